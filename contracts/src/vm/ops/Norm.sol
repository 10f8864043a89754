// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Desc} from "./Desc.sol";
import {Elementwise} from "./Elementwise.sol";
import {Kernel} from "./Kernel.sol";
import {Mem, MemLib} from "./Mem.sol";
import {TensorLib} from "./Tensor.sol";
import {FixedPoint} from "../FixedPoint.sol";

/// @title Norm
/// @notice Mirrors norm of vm/ops/norm.go (docs/spec.md §6.16): RMSNorm
/// (mode 0, the descriptor's KH) or LayerNorm (mode 1) over each row,
/// without gamma and beta. Phase 1 (RowLeaves steps): Acc[0] += Σ(x − Z)
/// (mode 1 only), Acc[1] += Σ(x − Z)². Phase 2 (RowLeaves steps): per leaf,
/// y = Clamp(Requantize(Sat32(DivRound((D·(x − Z) − S1)·2^24, R)), MulOut,
/// ShOut) + ZOut, Lo, Hi) with R = isqrt(max(D·S2 − S1², 0)·2^16 +
/// D²·EpsQ), EpsQ the descriptor's M.
library Norm {
    /// @notice ops.NormLayer: mode 1, LayerNorm.
    uint256 internal constant LAYER = 1;
    /// @notice ops.NormEpsShift (f) and ops.NormValueShift (k).
    uint256 internal constant EPS_SHIFT = 16;
    uint256 internal constant VALUE_SHIFT = 24;
    /// @notice ops.MaxNormRow.
    uint256 internal constant MAX_ROW = 2 ** 15;

    /// @notice validateRequant: an op's output multiplier is >= 0 and its
    /// shift <= 62.
    function validateRequant(int256 mult, uint256 shift) internal pure returns (bool) {
        return mult >= 0 && shift <= FixedPoint.MAX_SHIFT;
    }

    /// @notice norm.validate: N1-N5.
    function validate(Desc memory d) internal pure returns (bool) {
        if (d.input.dtype != TensorLib.INT8) return false; // N1
        if (!Elementwise.validateInPlace(d.input, d.output)) return false; // N1
        if (TensorLib.rowLen(d.input) > MAX_ROW) return false; // N2
        if (d.kh > LAYER) return false; // N3
        if (d.m == 0) return false; // N4
        return validateRequant(d.mulOut, d.shOut); // N5
    }

    /// @notice norm.schedule: I = Rows(In), J = 2 · RowLeaves(In).
    function schedule(Desc memory d) internal pure returns (uint256 I, uint256 J) {
        unchecked {
            return (TensorLib.rows(d.input), 2 * TensorLib.rowLeaves(d.input));
        }
    }

    /// @notice normSums: Acc[0] += Σ_{l<n} (x[l] − ZIn) in mode 1 and
    /// Acc[1] += Σ (x[l] − ZIn)², wrapping (the exact sum wrapped once).
    function normSums(Desc memory d, uint256[4] memory acc, bytes32 x, uint256 n) internal pure {
        unchecked {
            int256 z = d.zIn;
            int256 s1 = Kernel.getAcc(acc, 0);
            int256 s2 = Kernel.getAcc(acc, 1);
            for (uint256 l = 0; l < n; ++l) {
                int256 v = Kernel.lane(x, l) - z;
                s1 += v;
                s2 += v * v;
            }
            if (d.kh == LAYER) Kernel.setAcc(acc, 0, s1);
            Kernel.setAcc(acc, 1, s2);
        }
    }

    /// @notice normS1: S1, Acc[0] in mode 1 and 0 in mode 0.
    function normS1(Desc memory d, uint256[4] memory acc) internal pure returns (int256) {
        if (d.kh == LAYER) return Kernel.getAcc(acc, 0);
        return 0;
    }

    /// @notice normRoot: R = isqrt(max(D·S2 − S1², 0)·2^16 + D²·EpsQ), the
    /// operand < 2^63 for every accumulator (spec §6.16).
    function normRoot(Desc memory d, uint256[4] memory acc) internal pure returns (uint256) {
        unchecked {
            int256 D = int256(TensorLib.rowLen(d.input));
            int256 s1 = normS1(d, acc);
            int256 v = D * Kernel.getAcc(acc, 1) - s1 * s1;
            if (v < 0) v = 0;
            return FixedPoint.isqrt((uint256(v) << EPS_SHIFT) + uint256(D * D) * uint256(d.m));
        }
    }

    /// @notice normLanes: lanes l < n of out set to
    /// Clamp(Requantize(Sat32(DivRound((D·(x[l] − ZIn) − S1)·2^24, R)),
    /// MulOut, ShOut) + ZOut, Lo, Hi).
    function normLanes(Desc memory d, uint256[4] memory acc, bytes32 x, bytes32 out, uint256 n)
        internal
        pure
        returns (bytes32)
    {
        unchecked {
            int256 D = int256(TensorLib.rowLen(d.input));
            int256 s1 = normS1(d, acc);
            int256 r = int256(normRoot(d, acc));
            (int256 z, int256 zOut, int256 lo, int256 hi) = (d.zIn, d.zOut, d.lo, d.hi);
            (int256 mulOut, uint256 shOut) = (d.mulOut, d.shOut);
            for (uint256 l = 0; l < n; ++l) {
                int256 c = D * (Kernel.lane(x, l) - z) - s1;
                int256 q = FixedPoint.sat32(FixedPoint.divRound(c * int256(1 << VALUE_SHIFT), r));
                int256 y = FixedPoint.clamp(FixedPoint.requantize(q, mulOut, shOut) + zOut, lo, hi);
                out = Kernel.setLane(out, l, y);
            }
            return out;
        }
    }

    /// @notice norm.step: leaf c = j mod L of row `row`: phase 1 (j < L)
    /// adds it to the sums; phase 2 writes its outputs.
    function step(Desc memory d, uint256 row, uint256 j, uint256[4] memory acc, Mem memory m) internal pure {
        unchecked {
            uint256 L = TensorLib.rowLeaves(d.input);
            uint256 c = j % L;
            bytes32 x = MemLib.ram(m, uint256(d.input.addr) + row * L + c);
            uint256 n = Kernel.lanesIn(d.input, c);
            if (j < L) {
                normSums(d, acc, x, n);
                return;
            }
            bytes32 old = MemLib.updateRAM(m, uint256(d.output.addr) + row * L + c);
            MemLib.commitRAM(m, normLanes(d, acc, x, old, n));
        }
    }
}
