// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Merkle} from "./Merkle.sol";
import {Desc, DescLib} from "./ops/Desc.sol";
import {Tensor, TensorLib} from "./ops/Tensor.sol";

/// @title ModelHeader
/// @notice Mirrors vm/model/header.go: the three header leaves h0, h1, h2
/// (docs/spec.md §3.2), the header-only rules H1-H9 and the model ID
/// (spec §3.5).
library ModelHeader {
    /// @notice model.Version1 and model.Version2: the header version byte
    /// h0[0] (spec §3.6). Version 2 adds the Lut op (opcode 10), the
    /// Gather op (opcode 11), the Mul, Max and Min ops (opcodes 12-14) and
    /// an int32 input tensor (rule H7).
    uint8 internal constant VERSION1 = 1;
    uint8 internal constant VERSION2 = 2;
    /// @notice model.MaxVersion: the newest version this verifier reads.
    uint8 internal constant MAX_VERSION = VERSION2;
    /// @notice model.MaxDepth: bound on every Merkle depth of a model (H5).
    uint256 internal constant MAX_DEPTH = 32;
    /// @notice model.MaxOps: bound on NumOps (H4).
    uint256 internal constant MAX_OPS = 1 << 24;
    /// @notice model.MaxSteps: bound on NumSteps (H6).
    uint256 internal constant MAX_STEPS = 1 << 62;
    /// @notice model.OpLeaves: program leaves per op.
    uint256 internal constant OP_LEAVES = 4;

    /// @notice model.Header, field for field.
    struct Header {
        uint8 version; // the format version h0[0] (H1)
        uint8 programDepth; // depth of the program tree (>= 2)
        uint8 weightsDepth; // depth of the weights tree
        uint8 ramDepth; // depth of the RAM tree
        uint32 numOps; // number of ops
        uint64 numSteps; // N: steps from the initial state to the halted state
        uint32 ramLeaves; // leaves of RAM that tensors may use
        uint32 weightsLeaves; // leaves of the weights region
        uint8 inputDepth; // the input occupies the subtree [0, 2^inputDepth)
        uint8 outputDepth; // the output occupies 2^outputDepth leaves at output.addr
        Tensor input;
        Tensor output;
    }

    /// @notice model.DecodeHeader: parses the three header leaves and checks
    /// H1-H9. ok is false exactly when the Go function returns an error; h
    /// is then only partially meaningful.
    function decode(bytes32 h0, bytes32 h1, bytes32 h2) internal pure returns (Header memory h, bool ok) {
        uint256 b = uint256(h0);
        h.version = uint8(b >> 248);
        if (!checkVersion(h.version)) return (h, false); // H1
        h.programDepth = uint8(b >> 240);
        h.weightsDepth = uint8(b >> 232);
        h.ramDepth = uint8(b >> 224);
        h.numOps = uint32(b >> 192);
        h.numSteps = uint64(b >> 128);
        h.ramLeaves = uint32(b >> 96);
        h.weightsLeaves = uint32(b >> 64);
        h.inputDepth = uint8(b >> 56);
        h.outputDepth = uint8(b >> 48);
        if (uint48(b) != 0) return (h, false); // H2: h0[26..31]
        ok = TensorLib.decodeInto(h.input, h1);
        if (!ok || uint64(uint256(h1)) != 0) return (h, false); // H2: h1[6..7], h1[24..31]
        ok = TensorLib.decodeInto(h.output, h2);
        if (!ok || uint64(uint256(h2)) != 0) return (h, false); // H2: h2[6..7], h2[24..31]
        return (h, validate(h));
    }

    /// @notice model.checkVersion: rule H1, the version is one this
    /// verifier reads.
    function checkVersion(uint8 v) internal pure returns (bool) {
        return v >= VERSION1 && v <= MAX_VERSION;
    }

    /// @notice Header.MaxOpcode: the highest opcode the header's version
    /// defines (rule V1): Argmax (9) for version 1, GluMul (19) for version
    /// 2, 0 for a version this verifier does not read.
    function maxOpcode(Header memory h) internal pure returns (uint8) {
        if (h.version == VERSION1) return DescLib.OP_ARGMAX;
        if (h.version == VERSION2) return DescLib.OP_GLUMUL;
        return 0;
    }

    /// @notice Header.Defines: the header's version defines op d (rule V1):
    /// its opcode is at most maxOpcode, and a causal Softmax (KH = 1) is
    /// version 2.
    function defines(Header memory h, Desc memory d) internal pure returns (bool) {
        if (d.op > maxOpcode(h)) return false;
        return h.version >= VERSION2 || !(d.op == DescLib.OP_SOFTMAX && d.kh != 0);
    }

    /// @notice Header.InputDTypeAllowed: whether the header's version allows
    /// an input tensor of type dt (rule H7): int8 in every version, int32
    /// from version 2 on.
    function inputDTypeAllowed(Header memory h, uint8 dt) internal pure returns (bool) {
        if (dt == TensorLib.INT8) return true;
        if (dt == TensorLib.INT32) return h.version >= VERSION2;
        return false;
    }

    /// @notice model.depthFor: the smallest d with 2^d >= n (ceilLog2),
    /// stopping at 64.
    function depthFor(uint256 n) internal pure returns (uint256 d) {
        unchecked {
            if (n <= 1) return 0;
            uint256 x = n - 1; // depthFor(n) = bit length of n - 1
            if (x >> 64 != 0) return 64;
            if (x >> 32 != 0) {
                x >>= 32;
                d += 32;
            }
            if (x >> 16 != 0) {
                x >>= 16;
                d += 16;
            }
            if (x >> 8 != 0) {
                x >>= 8;
                d += 8;
            }
            if (x >> 4 != 0) {
                x >>= 4;
                d += 4;
            }
            if (x >> 2 != 0) {
                x >>= 2;
                d += 2;
            }
            if (x >> 1 != 0) d += 1;
            return d + 1;
        }
    }

    /// @notice Header.validate: rules H1 and H3-H9 (the order does not
    /// matter: the result is their conjunction).
    function validate(Header memory h) internal pure returns (bool) {
        unchecked {
            if (!checkVersion(h.version)) return false; // H1
            uint256 pd = depthFor(uint256(h.numOps) * OP_LEAVES);
            if (pd < 2) pd = 2;
            if (
                h.programDepth != pd || h.weightsDepth != depthFor(h.weightsLeaves)
                    || h.ramDepth != depthFor(h.ramLeaves) || h.inputDepth != depthFor(TensorLib.leaves(h.input))
                    || h.outputDepth != depthFor(TensorLib.leaves(h.output))
            ) return false; // H3
            if (h.numOps > MAX_OPS) return false; // H4
            if (h.ramDepth > MAX_DEPTH || h.weightsDepth > MAX_DEPTH || h.programDepth > MAX_DEPTH) return false; // H5
            if (h.numSteps == 0 || h.numSteps > MAX_STEPS) return false; // H6
            if (h.input.addr != 0 || !inputDTypeAllowed(h, h.input.dtype)) return false; // H7
            if (!TensorLib.validate(h.input, h.ramLeaves) || !TensorLib.validate(h.output, h.ramLeaves)) return false; // H8
            // H9. Reached only with outputDepth, ramDepth <= 64 (H3, H5, H8).
            uint256 a = h.output.addr;
            uint256 size = uint256(1) << h.outputDepth;
            return a % size == 0 && a + size <= uint256(1) << h.ramDepth;
        }
    }

    /// @notice model.ID: the root of the depth-3 tree over
    /// [h0, h1, h2, 0, programRoot, weightsRoot, 0, 0] (spec §3.5).
    function id(bytes32 h0, bytes32 h1, bytes32 h2, bytes32 programRoot, bytes32 weightsRoot)
        internal
        pure
        returns (bytes32)
    {
        bytes32 left = Merkle.hashPair(Merkle.hashPair(h0, h1), Merkle.hashPair(h2, bytes32(0)));
        bytes32 right = Merkle.hashPair(Merkle.hashPair(programRoot, weightsRoot), Merkle.ZERO_1);
        return Merkle.hashPair(left, right);
    }
}
