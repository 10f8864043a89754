// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Desc} from "./Desc.sol";
import {Kernel} from "./Kernel.sol";
import {Lut} from "./Lut.sol";
import {Mem, MemLib} from "./Mem.sol";
import {Norm} from "./Norm.sol";
import {TensorLib} from "./Tensor.sol";
import {FixedPoint} from "../FixedPoint.sol";

/// @title GluMul
/// @notice Mirrors glumul of vm/ops/glumul.go (docs/spec.md §6.18):
/// SwiGLU's product, u ← Clamp(Requantize(T[g + 128] · (u − ZIn2), MulOut,
/// ShOut) + ZOut, Lo, Hi) per element, g = In (the gate), u = In2 = Out
/// (updated in place), T a 256-entry int16 table in ROM (entry k at leaf
/// W + k / 16, bytes [2(k mod 16), +2), big-endian). One element per step:
/// read g's leaf, read the table leaf, update u's leaf.
library GluMul {
    /// @notice ops.GluTableLeaves: 256 int16 entries.
    uint256 internal constant TABLE_LEAVES = 16;
    /// @notice int16 entries per table leaf.
    uint256 internal constant ENTRIES_PER_LEAF = 16;

    /// @notice glumul.validate: U1-U4.
    function validate(Desc memory d, uint256 romLeaves) internal pure returns (bool) {
        if (d.input.dtype != TensorLib.INT8 || !TensorLib.sameShape(d.input, d.input2)) return false; // U1
        if (d.output.addr != d.input2.addr || !TensorLib.sameShape(d.output, d.input2)) return false; // U1
        if (d.input.addr != d.input2.addr && TensorLib.overlaps(d.input, d.input2)) return false; // U2
        if (!Norm.validateRequant(d.mulOut, d.shOut)) return false; // U4
        return Kernel.romFits(romLeaves, d.w, TABLE_LEAVES); // U3
    }

    /// @notice glumul.schedule: I = Rows(In), J = RowLen(In).
    function schedule(Desc memory d) internal pure returns (uint256 I, uint256 J) {
        return (TensorLib.rows(d.input), TensorLib.rowLen(d.input));
    }

    /// @notice gluEntry: table entry k (the gate k − 128) in its leaf.
    function gluEntry(bytes32 t, uint256 k) internal pure returns (int256) {
        unchecked {
            return int16(uint16(uint256(t) >> (240 - 16 * (k % ENTRIES_PER_LEAF))));
        }
    }

    /// @notice gluOut: Clamp(Requantize(s · (u − ZIn2), MulOut, ShOut) +
    /// ZOut, Lo, Hi); |s · (u − ZIn2)| < 2^23.
    function gluOut(Desc memory d, int256 s, int256 u) internal pure returns (int256) {
        unchecked {
            return FixedPoint.clamp(FixedPoint.requantize(s * (u - d.zIn2), d.mulOut, d.shOut) + d.zOut, d.lo, d.hi);
        }
    }

    /// @notice glumul.step: element (i, j): g = In[i][j], s = T[g + 128],
    /// In2[i][j] = gluOut(s, In2[i][j]).
    function step(Desc memory d, uint256 i, uint256 j, Mem memory m) internal pure {
        unchecked {
            (uint256 gLeaf, uint256 gOff) = TensorLib.elemLeaf(d.input, i, j);
            bytes32 g = MemLib.ram(m, gLeaf);
            uint256 k = Lut.lutIndex(Kernel.lane(g, gOff));
            bytes32 t = MemLib.rom(m, uint256(d.w) + k / ENTRIES_PER_LEAF);
            int256 s = gluEntry(t, k);
            (uint256 uLeaf, uint256 uOff) = TensorLib.elemLeaf(d.input2, i, j);
            bytes32 old = MemLib.updateRAM(m, uLeaf);
            MemLib.commitRAM(m, Kernel.setLane(old, uOff, gluOut(d, s, Kernel.lane(old, uOff))));
        }
    }
}
