// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Desc} from "./Desc.sol";
import {Kernel} from "./Kernel.sol";
import {Mem, MemLib} from "./Mem.sol";
import {Reshape} from "./Reshape.sol";
import {Tensor, TensorLib} from "./Tensor.sol";

/// @title Gather
/// @notice Mirrors gather of vm/ops/gather.go (docs/spec.md §6.11):
/// Out[e] = source element idx[e], for a table idx of Numel(Out) int32
/// entries in ROM at leaf W (entry e at leaf W + e / 8, bytes
/// [4 · (e mod 8), +4), big-endian). The sources are In's elements, then
/// those of the optional In2 (the all-zero tensor when absent); any other
/// index, negative ones included, yields the fill value ZIn. One output
/// element per step: read the index leaf, read the source element's leaf
/// (none for the fill), update the output element.
library Gather {
    /// @notice ops.GatherEntriesPerLeaf: int32 entries per ROM leaf.
    uint256 internal constant ENTRIES_PER_LEAF = 8;

    /// @notice ops.GatherTableLeaves: the ROM leaves of a table of n
    /// entries, ceil(n / 8).
    function gatherTableLeaves(uint256 n) internal pure returns (uint256) {
        unchecked {
            return (n + ENTRIES_PER_LEAF - 1) / ENTRIES_PER_LEAF;
        }
    }

    /// @notice gather.validate: G1-G3.
    function validate(Desc memory d, uint256 romLeaves) internal pure returns (bool) {
        bool hasIn2 = !TensorLib.isZero(d.input2);
        if (d.input.dtype != TensorLib.INT8 || d.output.dtype != TensorLib.INT8) return false; // G1
        if (hasIn2 && d.input2.dtype != TensorLib.INT8) return false; // G1
        if (TensorLib.overlaps(d.output, d.input)) return false; // G2
        if (hasIn2 && TensorLib.overlaps(d.output, d.input2)) return false; // G2
        return Kernel.romFits(romLeaves, d.w, gatherTableLeaves(TensorLib.numel(d.output))); // G3
    }

    /// @notice gather.schedule: I = Rows(Out), J = RowLen(Out).
    function schedule(Desc memory d) internal pure returns (uint256 I, uint256 J) {
        return (TensorLib.rows(d.output), TensorLib.rowLen(d.output));
    }

    /// @notice gatherIndex: entry e of the table, given its leaf W + e / 8:
    /// the big-endian int32 at bytes [4 · (e mod 8), +4).
    function gatherIndex(bytes32 leaf, uint256 e) internal pure returns (int256) {
        unchecked {
            return int32(uint32(uint256(leaf) >> (224 - 32 * (e % ENTRIES_PER_LEAF))));
        }
    }

    /// @notice gatherSource: the tensor and flat element index k selects:
    /// element k of In, element k − Numel(In) of a present In2, or ok =
    /// false (the fill).
    function gatherSource(Desc memory d, int256 k) internal pure returns (Tensor memory t, uint256 e, bool ok) {
        unchecked {
            if (k < 0) return (t, 0, false);
            uint256 u = uint256(k);
            uint256 n = TensorLib.numel(d.input);
            if (u < n) return (d.input, u, true);
            if (!TensorLib.isZero(d.input2) && u - n < TensorLib.numel(d.input2)) return (d.input2, u - n, true);
            return (t, 0, false);
        }
    }

    /// @notice gather.step: element e = i · RowLen(Out) + j: k = idx[e] from
    /// ROM leaf W + e / 8; the value is the source element k (one RAM read)
    /// or ZIn; Out[i][j] = the value.
    function step(Desc memory d, uint256 i, uint256 j, Mem memory m) internal pure {
        unchecked {
            uint256 e = i * TensorLib.rowLen(d.output) + j;
            bytes32 idx = MemLib.rom(m, uint256(d.w) + e / ENTRIES_PER_LEAF);
            int256 v = d.zIn;
            (Tensor memory src, uint256 se, bool ok) = gatherSource(d, gatherIndex(idx, e));
            if (ok) {
                (uint256 leaf, uint256 off) = Reshape.elemAddr(src, se);
                v = Kernel.lane(MemLib.ram(m, leaf), off);
            }
            (uint256 outLeaf, uint256 outOff) = TensorLib.elemLeaf(d.output, i, j);
            bytes32 old = MemLib.updateRAM(m, outLeaf);
            MemLib.commitRAM(m, Kernel.setLane(old, outOff, v));
        }
    }
}
