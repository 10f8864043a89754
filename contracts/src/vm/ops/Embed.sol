// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Desc} from "./Desc.sol";
import {Kernel} from "./Kernel.sol";
import {Mem, MemLib} from "./Mem.sol";
import {Reshape} from "./Reshape.sol";
import {TensorLib} from "./Tensor.sol";

/// @title Embed
/// @notice Mirrors embed of vm/ops/embed.go (docs/spec.md §6.15): Out[i] =
/// row id_i of an int8 table [V, D] in ROM (row v at leaves W +
/// v · RowLeaves(Out) …, laid out like a RAM row of Out), for the int32 ids
/// of In in row-major order; V is the descriptor's M. An id outside [0, V)
/// gives the fill ZOut with no ROM read. One output leaf per step: read the
/// id's leaf, read the table leaf (none for the fill), update the output
/// leaf's real lanes.
library Embed {
    /// @notice embed.validate: E1-E4.
    function validate(Desc memory d, uint256 romLeaves) internal pure returns (bool) {
        unchecked {
            if (d.input.dtype != TensorLib.INT32 || d.output.dtype != TensorLib.INT8) return false; // E1
            if (TensorLib.rows(d.output) != TensorLib.numel(d.input)) return false; // E2
            if (TensorLib.overlaps(d.input, d.output)) return false; // E3
            return Kernel.romFits(romLeaves, d.w, uint256(d.m) * TensorLib.rowLeaves(d.output)); // E4
        }
    }

    /// @notice embed.schedule: I = Rows(Out), J = RowLeaves(Out).
    function schedule(Desc memory d) internal pure returns (uint256 I, uint256 J) {
        return (TensorLib.rows(d.output), TensorLib.rowLeaves(d.output));
    }

    /// @notice embedID: the id of output row i, flat element i of In, given
    /// the leaf holding it (a big-endian int32).
    function embedID(Desc memory d, bytes32 leaf, uint256 i) internal pure returns (int256) {
        unchecked {
            (, uint256 off) = Reshape.elemAddr(d.input, i);
            return int32(uint32(uint256(leaf) >> (224 - 8 * off)));
        }
    }

    /// @notice embedLanes: lanes l < n of out replaced by the table leaf t's
    /// (hasRow) or by the fill ZOut; the other lanes kept.
    /// @dev One masked merge: the top n bytes of the mask are 0xff.
    function embedLanes(Desc memory d, bytes32 t, bool hasRow, bytes32 out, uint256 n)
        internal
        pure
        returns (bytes32 y)
    {
        uint256 src = uint256(t);
        if (!hasRow) src = uint256(uint8(int8(d.zOut))) * (type(uint256).max / 0xff);
        assembly ("memory-safe") {
            let mask := not(sub(shl(sub(256, shl(3, n)), 1), 1)) // n = 0: shl gives 0, the mask 0
            y := or(and(out, not(mask)), and(src, mask))
        }
    }

    /// @notice embed.step: row i, leaf c: id from In's flat element i; the
    /// table leaf W + id · RowLeaves(Out) + c if 0 <= id < V; Out leaf
    /// Out.Addr + i · RowLeaves(Out) + c updated.
    function step(Desc memory d, uint256 i, uint256 c, Mem memory m) internal pure {
        unchecked {
            (uint256 idLeaf,) = Reshape.elemAddr(d.input, i);
            bytes32 x = MemLib.ram(m, idLeaf);
            uint256 L = TensorLib.rowLeaves(d.output);
            int256 id = embedID(d, x, i);
            bytes32 t;
            bool hasRow = id >= 0 && id < int256(uint256(d.m));
            if (hasRow) t = MemLib.rom(m, uint256(d.w) + uint256(id) * L + c);
            bytes32 old = MemLib.updateRAM(m, uint256(d.output.addr) + i * L + c);
            MemLib.commitRAM(m, embedLanes(d, t, hasRow, old, Kernel.lanesIn(d.output, c)));
        }
    }
}
