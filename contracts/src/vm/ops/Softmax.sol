// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Desc} from "./Desc.sol";
import {Kernel} from "./Kernel.sol";
import {Mem, MemLib} from "./Mem.sol";
import {TensorLib} from "./Tensor.sol";
import {FixedPoint} from "../FixedPoint.sol";

/// @title Softmax
/// @notice Mirrors softmax of vm/ops/softmax.go (docs/spec.md §6.8): per
/// row, L steps find the maximum (acc[0] = max + 128), n steps sum the exp
/// table entries (acc[1]), n steps write
/// y = Clamp(DivRound(256 · T[max − x], Σ) − 128, −128, 127). Causal
/// (KH = 1, version 2): row r uses only its first (r mod n) + 1 elements.
library Softmax {
    /// @notice ops.SoftmaxTableLeaves: 256 int32 entries.
    uint256 internal constant TABLE_LEAVES = 32;
    /// @notice ops.MaxSoftmaxRow.
    uint256 internal constant MAX_ROW = 2 ** 15 - 1;

    /// @notice softmax.validate: X1-X4.
    function validate(Desc memory d, uint256 romLeaves) internal pure returns (bool) {
        unchecked {
            if (d.input.dtype != TensorLib.INT8 || !TensorLib.sameShape(d.input, d.output)) return false;
            if (TensorLib.overlaps(d.input, d.output)) return false;
            if (TensorLib.rowLen(d.input) > MAX_ROW) return false;
            if (d.kh > 1) return false;
            return Kernel.romFits(romLeaves, d.w, TABLE_LEAVES);
        }
    }

    /// @notice softmax.schedule: I = Rows(In), J = RowLeaves(In) + 2 · RowLen(In).
    function schedule(Desc memory d) internal pure returns (uint256 I, uint256 J) {
        unchecked {
            return (TensorLib.rows(d.input), TensorLib.rowLeaves(d.input) + 2 * TensorLib.rowLen(d.input));
        }
    }

    /// @notice softmaxRow: the leaves L and elements n the row uses: the
    /// whole row, or in a causal Softmax its first (row mod RowLen) + 1.
    function softmaxRow(Desc memory d, uint256 row) internal pure returns (uint256 L, uint256 n) {
        unchecked {
            L = TensorLib.rowLeaves(d.input);
            n = TensorLib.rowLen(d.input);
            if (d.kh != 0 && n != 0) {
                n = row % n + 1;
                L = (n + 31) / 32;
            }
        }
    }

    /// @notice softmax.iterLen: J(row) = L + 2n over the elements the row
    /// uses.
    function iterLen(Desc memory d, uint256 row) internal pure returns (uint256) {
        unchecked {
            (uint256 L, uint256 n) = softmaxRow(d, row);
            return L + 2 * n;
        }
    }

    /// @notice softmax.step: phase 1 (j < L) the row maximum; phase 2 the
    /// denominator; phase 3 the outputs, over the elements the row uses.
    function step(Desc memory d, uint256 row, uint256 j, uint256[4] memory acc, Mem memory m) internal pure {
        unchecked {
            (uint256 L, uint256 n) = softmaxRow(d, row);
            if (j < L) {
                bytes32 x = MemLib.ram(m, uint256(d.input.addr) + row * TensorLib.rowLeaves(d.input) + j);
                uint256 lanes = Kernel.lanesIn(d.input, j);
                if (n - j * 32 < lanes) lanes = n - j * 32;
                int256 mx = Kernel.getAcc(acc, 0);
                for (uint256 l = 0; l < lanes; ++l) {
                    int256 v = Kernel.lane(x, l) + 128;
                    if (v > mx) mx = v;
                }
                Kernel.setAcc(acc, 0, mx);
                return;
            }
            uint256 e = (j - L) % n;
            (uint256 xLeaf, uint256 off) = TensorLib.elemLeaf(d.input, row, e);
            bytes32 xl = MemLib.ram(m, xLeaf);
            uint256 diff = softmaxDiff(Kernel.getAcc(acc, 0), Kernel.lane(xl, off));
            bytes32 t = MemLib.rom(m, uint256(d.w) + diff / 8);
            int256 p = tableEntry(t, diff);
            if (j < L + n) {
                Kernel.setAcc(acc, 1, Kernel.getAcc(acc, 1) + p); // wraps
                return;
            }
            int256 y = softmaxOut(p, Kernel.getAcc(acc, 1));
            (uint256 outLeaf, uint256 outOff) = TensorLib.elemLeaf(d.output, row, e);
            bytes32 old = MemLib.updateRAM(m, outLeaf);
            MemLib.commitRAM(m, Kernel.setLane(old, outOff, y));
        }
    }

    /// @notice softmaxDiff: max − x = acc0 − 128 − x, clamped to [0, 255].
    function softmaxDiff(int256 acc0, int256 x) internal pure returns (uint256) {
        unchecked {
            int256 v = acc0 - 128 - x;
            if (v < 0) return 0;
            if (v > 255) return 255;
            return uint256(v);
        }
    }

    /// @notice tableEntry: T[diff], the int32 at bytes [4 · (diff mod 8), +4)
    /// of its table leaf.
    function tableEntry(bytes32 leaf, uint256 diff) internal pure returns (int256) {
        unchecked {
            return int32(uint32(uint256(leaf) >> (224 - 32 * (diff % 8))));
        }
    }

    /// @notice softmaxOut: Clamp(DivRound(256 · p, sum) − 128, −128, 127);
    /// a sum <= 0 (only with a malformed table) yields −128.
    function softmaxOut(int256 p, int256 sum) internal pure returns (int256) {
        unchecked {
            return FixedPoint.clamp(FixedPoint.divRound(p * 256, sum) - 128, -128, 127);
        }
    }
}

/// @title Argmax
/// @notice Mirrors argmax of vm/ops/softmax.go (spec §6.9): Out[r] is the
/// smallest index of a maximum of row r, as int32. acc[0] holds max + 129
/// (0 = none yet), acc[1] its index.
library Argmax {
    /// @notice argmax.validate: Y1-Y3.
    function validate(Desc memory d) internal pure returns (bool) {
        unchecked {
            if (d.input.dtype != TensorLib.INT8) return false;
            if (d.output.dtype != TensorLib.INT32 || d.output.rank != 1 || d.output.dims[0] != TensorLib.rows(d.input)) {
                return false;
            }
            return !TensorLib.overlaps(d.input, d.output);
        }
    }

    /// @notice argmax.schedule: I = Rows(In), J = RowLeaves(In) + 1.
    function schedule(Desc memory d) internal pure returns (uint256 I, uint256 J) {
        unchecked {
            return (TensorLib.rows(d.input), TensorLib.rowLeaves(d.input) + 1);
        }
    }

    /// @notice argmax.step: scan chunk j < L in increasing lane order (strict
    /// >, so the first maximum wins), or write acc[1] as int32 big-endian.
    function step(Desc memory d, uint256 row, uint256 j, uint256[4] memory acc, Mem memory m) internal pure {
        unchecked {
            uint256 L = TensorLib.rowLeaves(d.input);
            if (j < L) {
                bytes32 x = MemLib.ram(m, uint256(d.input.addr) + row * L + j);
                uint256 n = Kernel.lanesIn(d.input, j);
                int256 mx = Kernel.getAcc(acc, 0);
                int256 argmax = Kernel.getAcc(acc, 1);
                for (uint256 l = 0; l < n; ++l) {
                    int256 v = Kernel.lane(x, l) + 129;
                    if (v > mx) (mx, argmax) = (v, int256(j * 32 + l));
                }
                Kernel.setAcc(acc, 0, mx);
                Kernel.setAcc(acc, 1, argmax); // int32(c · 32) + int32(l), as in Go
                return;
            }
            (uint256 leaf, uint256 off) = TensorLib.elemLeaf(d.output, 0, row);
            bytes32 old = MemLib.updateRAM(m, leaf);
            uint256 shift = 224 - 8 * off;
            uint256 mask = uint256(type(uint32).max) << shift;
            uint256 idx = uint256(Kernel.getAcc(acc, 1)) & type(uint32).max;
            MemLib.commitRAM(m, bytes32((uint256(old) & ~mask) | (idx << shift)));
        }
    }
}
