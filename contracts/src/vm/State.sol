// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {StepErrors} from "./Errors.sol";

/// @title VMState
/// @notice Mirrors vm/state.go: the 245-byte state encoding, its decoder and
/// the state hash (docs/spec.md §7.1).
library VMState {
    /// @notice vm.Running, vm.Halted and vm.Error.
    uint8 internal constant RUNNING = 0;
    uint8 internal constant HALTED = 1;
    uint8 internal constant ERROR = 2;
    /// @notice vm.StateSize.
    uint256 internal constant STATE_SIZE = 245;
    /// @notice ops.Lanes: accumulator lanes.
    uint256 internal constant LANES = 32;

    /// @notice vm.State, field for field.
    struct State {
        uint8 status;
        bytes32 modelId;
        bytes32 ramRoot;
        bytes32 outputRoot; // zero until the halting step binds the output
        uint64 step; // steps executed
        uint32 pc; // op index; numOps means "halting step next"
        uint32 i; // outer iteration
        uint32 j; // micro-step in the iteration
        // The accumulator (ops.Acc, 32 wrapping int32 lanes) as it is
        // encoded: lane l is the big-endian int32 at bits
        // [224 − 32 · (l mod 8), +32) of word l / 8. Kernel.getAcc and
        // Kernel.setAcc read and write lanes.
        uint256[4] acc;
    }

    /// @notice vm.DecodeState: parses a state encoding. Reverts with
    /// BadPreState unless it is 245 bytes with a status of at most 2.
    function decode(bytes calldata b) internal pure returns (State memory s) {
        if (b.length != STATE_SIZE) revert StepErrors.BadPreState();
        uint256 o;
        uint256 status;
        assembly ("memory-safe") {
            o := b.offset
            status := shr(248, calldataload(o))
        }
        if (status > ERROR) revert StepErrors.BadPreState();
        bytes32 modelId;
        bytes32 ramRoot;
        bytes32 outputRoot;
        uint256 w; // bytes 97..128: step, pc, i, j
        assembly ("memory-safe") {
            modelId := calldataload(add(o, 1))
            ramRoot := calldataload(add(o, 33))
            outputRoot := calldataload(add(o, 65))
            w := calldataload(add(o, 97))
        }
        s.status = uint8(status);
        s.modelId = modelId;
        s.ramRoot = ramRoot;
        s.outputRoot = outputRoot;
        s.step = uint64(w >> 192);
        s.pc = uint32(w >> 160);
        s.i = uint32(w >> 128);
        s.j = uint32(w >> 96);
        uint256[4] memory acc = s.acc;
        assembly ("memory-safe") {
            calldatacopy(acc, add(o, 117), 128)
        }
    }

    /// @notice State.Encode: the 245-byte big-endian encoding.
    function encode(State memory s) internal pure returns (bytes memory b) {
        b = new bytes(STATE_SIZE);
        uint256 head = (uint256(s.step) << 192) | (uint256(s.pc) << 160) | (uint256(s.i) << 128)
            | (uint256(s.j) << 96);
        uint8 status = s.status;
        bytes32 modelId = s.modelId;
        bytes32 ramRoot = s.ramRoot;
        bytes32 outputRoot = s.outputRoot;
        uint256[4] memory acc = s.acc;
        assembly ("memory-safe") {
            let p := add(b, 0x20)
            // Each store writes a whole word; later stores overwrite the
            // zero tails of earlier ones, so the fields must go in order.
            mstore(p, shl(248, status))
            mstore(add(p, 1), modelId)
            mstore(add(p, 33), ramRoot)
            mstore(add(p, 65), outputRoot)
            mstore(add(p, 97), head)
            // The accumulator words end exactly at byte 245, so the zeroed
            // padding of the array stays zero.
            mstore(add(p, 117), mload(acc))
            mstore(add(p, 149), mload(add(acc, 0x20)))
            mstore(add(p, 181), mload(add(acc, 0x40)))
            mstore(add(p, 213), mload(add(acc, 0x60)))
        }
    }

    /// @notice State.Hash: keccak256 of the encoding with its first byte
    /// replaced by the status.
    function hash(State memory s) internal pure returns (bytes32) {
        return hashEncoded(encode(s));
    }

    /// @notice The state hash of a raw 245-byte encoding: keccak256(enc)
    /// with its first byte replaced by enc[0], the status.
    function hashEncoded(bytes memory enc) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let p := add(enc, 0x20)
            h := or(shr(8, shl(8, keccak256(p, mload(enc)))), shl(248, shr(248, mload(p))))
        }
    }
}
