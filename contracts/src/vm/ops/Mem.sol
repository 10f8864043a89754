// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {StepErrors} from "../Errors.sol";
import {Merkle} from "../Merkle.sol";
import {WitnessLib} from "../Witness.sol";

/// @notice The memory a micro-step reads and writes: the ops.Mem interface
/// of vm/ops/kernel.go as implemented by witnessMem, which this file mirrors
/// (vm/mem.go). A cursor
/// over the witness accesses (in calldata) that serves ROM reads, RAM reads
/// and the one RAM update of a step in order, verifying each proof, and
/// tracks the RAM root through the update (docs/spec.md §7.3.1).
struct Mem {
    uint256 pos; // calldata offset of access k
    uint256 k; // accesses consumed so far
    uint256 count; // accesses the witness holds
    bytes32 ram; // the current RAM root
    bytes32 weightsRoot;
    uint256 weightsDepth;
    uint256 ramDepth;
    uint256 outputDepth;
    uint256 updateProof; // calldata offset of the pending update's proof
    uint256 updateLeaf; // leaf of the pending update
}

/// @title MemLib
/// @notice witnessMem's methods (vm/mem.go): newWitnessMem (init), next,
/// done, read, ROM, RAM and UpdateRAM. Go's UpdateRAM(leaf, f) is split in
/// two: updateRAM returns the proven old leaf, commitRAM folds f(old) with
/// the same proof into the new RAM root. A step's update is its last access
/// (spec §4.3).
library MemLib {
    /// @notice newWitnessMem: a cursor at the first access of witness w, with
    /// RAM root ramRoot.
    function init(WitnessLib.Witness memory w, bytes32 ramRoot) internal pure returns (Mem memory m) {
        m.pos = w.accesses;
        m.count = w.count;
        m.ram = ramRoot;
        m.weightsRoot = w.weightsRoot;
        m.weightsDepth = w.weightsDepth;
        m.ramDepth = w.ramDepth;
        m.outputDepth = w.outputDepth;
    }

    /// @notice witnessMem.next: takes the next access, which must exist and
    /// be of the given kind; returns its value and proof.
    function next(Mem memory m, uint8 kind) internal pure returns (bytes32 value, bytes calldata proof) {
        unchecked {
            uint256 k = m.k;
            if (k >= m.count) revert StepErrors.AccessMissing(k);
            uint256 p = m.pos;
            uint8 got;
            assembly ("memory-safe") {
                got := shr(248, calldataload(p))
                value := calldataload(add(p, 1))
            }
            if (got != kind) revert StepErrors.AccessKind(k, got, kind);
            uint256 len;
            if (kind == WitnessLib.READ_ROM) len = m.weightsDepth;
            else if (kind == WitnessLib.OUTPUT_NODE) len = m.ramDepth - m.outputDepth;
            else len = m.ramDepth;
            len *= 32;
            proof = WitnessLib.slice(p + 33, len);
            m.pos = p + 33 + len;
            m.k = k + 1;
        }
    }

    /// @notice witnessMem.done: every access of the witness was consumed.
    function done(Mem memory m) internal pure {
        if (m.k != m.count) revert StepErrors.AccessesUnused(m.count, m.k);
    }

    /// @notice witnessMem.read: the next access, of the given kind, proven
    /// as leaf `leaf` of the depth-`depth` tree with this root.
    function read(Mem memory m, uint8 kind, bytes32 root, uint256 depth, uint256 leaf)
        internal
        pure
        returns (bytes32 value, bytes calldata proof)
    {
        (value, proof) = next(m, kind);
        if (leaf >> depth != 0 || !Merkle.verify(root, value, 0, leaf, proof)) {
            revert StepErrors.AccessProofInvalid(m.k - 1, uint64(leaf));
        }
    }

    /// @notice witnessMem.ROM: weights leaf `leaf`.
    function rom(Mem memory m, uint256 leaf) internal pure returns (bytes32 value) {
        (value,) = read(m, WitnessLib.READ_ROM, m.weightsRoot, m.weightsDepth, leaf);
    }

    /// @notice witnessMem.RAM: RAM leaf `leaf` (against the current root).
    function ram(Mem memory m, uint256 leaf) internal pure returns (bytes32 value) {
        (value,) = read(m, WitnessLib.READ_RAM, m.ram, m.ramDepth, leaf);
    }

    /// @notice First half of witnessMem.UpdateRAM: the proven old value of
    /// RAM leaf `leaf`; commitRAM must follow with the new value.
    function updateRAM(Mem memory m, uint256 leaf) internal pure returns (bytes32 old) {
        bytes calldata proof;
        (old, proof) = read(m, WitnessLib.UPDATE_RAM, m.ram, m.ramDepth, leaf);
        uint256 off;
        assembly ("memory-safe") {
            off := proof.offset
        }
        m.updateProof = off;
        m.updateLeaf = leaf;
    }

    /// @notice Second half of witnessMem.UpdateRAM: the RAM root becomes the
    /// fold of the new leaf value with the update's proof.
    function commitRAM(Mem memory m, bytes32 value) internal pure {
        unchecked {
            m.ram = Merkle.computeRoot(value, m.updateLeaf, WitnessLib.slice(m.updateProof, 32 * m.ramDepth));
        }
    }
}
