// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ModelHeader} from "../vm/Header.sol";
import {Merkle} from "../vm/Merkle.sol";
import {VMState} from "../vm/State.sol";
import {Tensor, TensorLib} from "../vm/ops/Tensor.sol";

/// @title Commitments
/// @notice The commitments the oracle derives onchain from a request's input
/// and a claim's output (docs/protocol.md §3): tensor roots in the canonical
/// layout (docs/spec.md §3.4), the initial state hash of a request and the
/// halted state hash a claim asserts. Mirrors vm.InputRoot, vm.InitialState
/// and the halting step of vm.Step.
library Commitments {
    /// @notice The tensor data has the wrong length for the tensor's shape.
    error BadTensorLength(uint256 got, uint256 want);

    /// @notice Root of the depth-`depth` tree holding tensor t laid out
    /// canonically from `values`: Numel(t) elements, row-major, int8 bytes or
    /// 4-byte big-endian int32; every row starts on a leaf and its padding and
    /// all leaves past the tensor are zero.
    function tensorRoot(Tensor memory t, uint256 depth, bytes calldata values) internal pure returns (bytes32 root) {
        (bytes32[] memory nodes, uint256 rows, uint256 rowBytes, uint256 rowLeafBytes) = _leaves(t, values.length);
        for (uint256 r = 0; r < rows; r++) {
            uint256 src = r * rowBytes;
            uint256 dst = r * rowLeafBytes;
            assembly ("memory-safe") {
                calldatacopy(add(add(nodes, 0x20), dst), add(values.offset, src), rowBytes)
            }
        }
        return _root(nodes, depth);
    }

    /// @notice tensorRoot of values held in memory (the oracle builds a
    /// completion claim's trace input in memory, docs/protocol.md §3.6).
    function tensorRootMem(Tensor memory t, uint256 depth, bytes memory values) internal pure returns (bytes32 root) {
        (bytes32[] memory nodes, uint256 rows, uint256 rowBytes, uint256 rowLeafBytes) = _leaves(t, values.length);
        for (uint256 r = 0; r < rows; r++) {
            uint256 src = r * rowBytes;
            uint256 dst = r * rowLeafBytes;
            assembly ("memory-safe") {
                mcopy(add(add(nodes, 0x20), dst), add(add(values, 0x20), src), rowBytes)
            }
        }
        return _root(nodes, depth);
    }

    /// @dev The zeroed leaves of tensor t, after checking that its values
    /// are `length` bytes; a row is rowBytes bytes of values and starts at
    /// byte r · rowLeafBytes of the leaves.
    function _leaves(Tensor memory t, uint256 length)
        private
        pure
        returns (bytes32[] memory nodes, uint256 rows, uint256 rowBytes, uint256 rowLeafBytes)
    {
        rowBytes = TensorLib.rowLen(t) * TensorLib.elemSize(t);
        rows = TensorLib.rows(t);
        uint256 rowLeaves = TensorLib.rowLeaves(t);
        if (length != rows * rowBytes) revert BadTensorLength(length, rows * rowBytes);
        nodes = new bytes32[](rows * rowLeaves); // zeroed: padding stays zero
        rowLeafBytes = rowLeaves * 32;
    }

    /// @dev The root of the depth-`depth` tree whose first leaves are nodes
    /// and whose other leaves are zero; it overwrites nodes.
    function _root(bytes32[] memory nodes, uint256 depth) private pure returns (bytes32) {
        uint256 n = nodes.length;
        bytes32 zero; // Z[level]
        for (uint256 level = 0; level < depth; level++) {
            uint256 m = (n + 1) / 2;
            for (uint256 i = 0; i < m; i++) {
                bytes32 right = 2 * i + 1 < n ? nodes[2 * i + 1] : zero;
                nodes[i] = Merkle.hashPair(nodes[2 * i], right);
            }
            n = m;
            zero = Merkle.hashPair(zero, zero);
        }
        return n == 0 ? zero : nodes[0];
    }

    /// @notice Hash of the initial state of model `modelId` (header h) on the
    /// input whose root is inputRoot (vm.InitialState): Running, RAM holding
    /// the input subtree at leaf 0 and zeros elsewhere, everything else zero.
    function initialStateHash(bytes32 modelId, ModelHeader.Header memory h, bytes32 inputRoot)
        internal
        pure
        returns (bytes32)
    {
        return initialStateHashAt(modelId, h.inputDepth, h.ramDepth, inputRoot);
    }

    /// @notice initialStateHash of a model whose header has InputDepth
    /// inputDepth and RAMDepth ramDepth.
    function initialStateHashAt(bytes32 modelId, uint256 inputDepth, uint256 ramDepth, bytes32 inputRoot)
        internal
        pure
        returns (bytes32)
    {
        bytes32 ramRoot = inputRoot;
        bytes32 zero = Merkle.zeroHash(inputDepth);
        for (uint256 level = inputDepth; level < ramDepth; level++) {
            ramRoot = Merkle.hashPair(ramRoot, zero);
            zero = Merkle.hashPair(zero, zero);
        }
        return _stateHash(VMState.RUNNING, modelId, ramRoot, bytes32(0), 0, 0);
    }

    /// @notice Hash of the halted state after all numSteps (N) steps of model
    /// `modelId` (numOps ops) with final RAM root ramRoot and output root outputRoot: the halting
    /// step leaves PC = NumOps, I = J = 0 and a zero accumulator.
    function haltedStateHash(bytes32 modelId, uint64 numSteps, uint32 numOps, bytes32 ramRoot, bytes32 outputRoot)
        internal
        pure
        returns (bytes32)
    {
        return _stateHash(VMState.HALTED, modelId, ramRoot, outputRoot, numSteps, numOps);
    }

    /// @dev The hash of the state with these fields; I, J and the
    /// accumulator are zero.
    function _stateHash(uint8 status, bytes32 modelId, bytes32 ramRoot, bytes32 outputRoot, uint64 steps, uint32 pc)
        private
        pure
        returns (bytes32)
    {
        VMState.State memory st;
        st.status = status;
        st.modelId = modelId;
        st.ramRoot = ramRoot;
        st.outputRoot = outputRoot;
        st.step = steps;
        st.pc = pc;
        return VMState.hash(st);
    }
}
