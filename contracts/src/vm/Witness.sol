// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {StepErrors} from "./Errors.sol";

/// @title WitnessLib
/// @notice Mirrors vm/witness.go: structural decoding of the binary witness,
/// version 1 (docs/spec.md §7.2):
///
///   version (1) | h0 h1 h2 programRoot weightsRoot (5 × 32) | hasOp (1) |
///   [op (128) | opProof (32 · (P − 2))] | count (1) |
///   count × (kind (1) | value (32) | proof (32 · len(kind)))
///
/// Nothing is copied: the decoded witness holds calldata offsets of the op,
/// its proof and the first access. No proof is checked here; the step does.
library WitnessLib {
    /// @notice vm.WitnessVersion.
    uint8 internal constant VERSION = 1;
    /// @notice vm.AccessKind values.
    uint8 internal constant READ_ROM = 1;
    uint8 internal constant READ_RAM = 2;
    uint8 internal constant UPDATE_RAM = 3;
    uint8 internal constant OUTPUT_NODE = 4;
    /// @notice ops.DescSize.
    uint256 internal constant DESC_SIZE = 128;
    /// @notice The largest depth a witness header may imply (spec §7.2 rule 2).
    uint256 internal constant MAX_WITNESS_DEPTH = 64;

    /// @notice vm.Witness, by reference into calldata.
    struct Witness {
        bytes32 h0;
        bytes32 h1;
        bytes32 h2;
        bytes32 programRoot;
        bytes32 weightsRoot;
        bool hasOp;
        uint256 op; // calldata offset of the 128-byte descriptor (if hasOp)
        uint256 opProof; // calldata offset of the op proof (if hasOp)
        uint256 opProofLength; // its length in bytes: 32 · (P − 2)
        uint256 count; // number of accesses
        uint256 accesses; // calldata offset of the first access
        // The proof lengths the header implies (vm.depths): h0[2], h0[3],
        // h0[25]. In range whenever an op or an access is present.
        uint256 weightsDepth;
        uint256 ramDepth;
        uint256 outputDepth;
    }

    /// @notice vm.DecodeWitness: checks the structure (version, lengths
    /// implied by the header depths, access kinds, no trailing bytes) and
    /// reverts with the matching error on any failure.
    function decode(bytes calldata b) internal pure returns (Witness memory w) {
        unchecked {
            uint256 p;
            uint256 end;
            assembly ("memory-safe") {
                p := b.offset
                end := add(p, b.length)
            }
            if (b.length == 0) revert StepErrors.WitnessTruncated();
            uint8 version = uint8(_byteAt(p));
            if (version != VERSION) revert StepErrors.WitnessVersion(version);
            if (b.length < 161) revert StepErrors.WitnessTruncated();
            bytes32 h0;
            bytes32 h1;
            bytes32 h2;
            bytes32 programRoot;
            bytes32 weightsRoot;
            assembly ("memory-safe") {
                h0 := calldataload(add(p, 1))
                h1 := calldataload(add(p, 33))
                h2 := calldataload(add(p, 65))
                programRoot := calldataload(add(p, 97))
                weightsRoot := calldataload(add(p, 129))
            }
            (w.h0, w.h1, w.h2, w.programRoot, w.weightsRoot) = (h0, h1, h2, programRoot, weightsRoot);
            p += 161;

            // vm.headerDepths: the depths are in range iff 2 <= P <= 64,
            // weights, RAM <= 64 and output <= RAM.
            uint256 hv = uint256(h0);
            uint256 programDepth = uint8(hv >> 240);
            uint256 wd = uint8(hv >> 232);
            uint256 rd = uint8(hv >> 224);
            uint256 od = uint8(hv >> 48);
            bool depthsOk = programDepth >= 2 && programDepth <= MAX_WITNESS_DEPTH && wd <= MAX_WITNESS_DEPTH
                && rd <= MAX_WITNESS_DEPTH && od <= rd;
            (w.weightsDepth, w.ramDepth, w.outputDepth) = (wd, rd, od);

            if (p >= end) revert StepErrors.WitnessTruncated();
            uint256 flag = _byteAt(p);
            p += 1;
            if (flag == 1) {
                if (!depthsOk) revert StepErrors.WitnessDepths();
                w.hasOp = true;
                w.op = p;
                w.opProof = p + DESC_SIZE;
                w.opProofLength = 32 * (programDepth - 2);
                p += DESC_SIZE + w.opProofLength;
                if (p > end) revert StepErrors.WitnessTruncated();
            } else if (flag != 0) {
                revert StepErrors.WitnessOpFlag(uint8(flag));
            }

            if (p >= end) revert StepErrors.WitnessTruncated();
            uint256 count = _byteAt(p);
            p += 1;
            if (count > 0 && !depthsOk) revert StepErrors.WitnessDepths();
            w.count = count;
            w.accesses = p;
            for (uint256 k = 0; k < count; ++k) {
                if (p >= end) revert StepErrors.WitnessTruncated();
                uint8 kind = uint8(_byteAt(p));
                uint256 len;
                if (kind == READ_ROM) len = wd;
                else if (kind == READ_RAM || kind == UPDATE_RAM) len = rd;
                else if (kind == OUTPUT_NODE) len = rd - od;
                else revert StepErrors.WitnessAccessKind(k, kind);
                p += 33 + 32 * len;
                if (p > end) revert StepErrors.WitnessTruncated();
            }
            if (p != end) revert StepErrors.WitnessTrailing(end - p);
        }
    }

    /// @notice The op descriptor (128 bytes) of a witness with hasOp.
    function op(Witness memory w) internal pure returns (bytes calldata) {
        return slice(w.op, DESC_SIZE);
    }

    /// @notice The op proof (P − 2 siblings) of a witness with hasOp.
    function opProof(Witness memory w) internal pure returns (bytes calldata) {
        return slice(w.opProof, w.opProofLength);
    }

    /// @notice The calldata bytes [offset, offset + length), which the
    /// decoder has checked to lie inside the witness.
    function slice(uint256 offset, uint256 length) internal pure returns (bytes calldata s) {
        assembly ("memory-safe") {
            s.offset := offset
            s.length := length
        }
    }

    function _byteAt(uint256 p) private pure returns (uint256 v) {
        assembly ("memory-safe") {
            v := shr(248, calldataload(p))
        }
    }
}
