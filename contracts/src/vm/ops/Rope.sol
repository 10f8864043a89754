// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Desc} from "./Desc.sol";
import {Elementwise} from "./Elementwise.sol";
import {Kernel} from "./Kernel.sol";
import {Mem, MemLib} from "./Mem.sol";
import {Norm} from "./Norm.sol";
import {TensorLib} from "./Tensor.sol";
import {FixedPoint} from "../FixedPoint.sol";

/// @title Rope
/// @notice Mirrors rope of vm/ops/rope.go (docs/spec.md §6.17): rotary
/// embedding of the interleaved pairs (x[2p], x[2p+1]) of each row by the
/// int16 Q14 cos and sin of a ROM table, one leaf per (row, half leaf):
/// leaf W + i · H + h holds pairs 8h … 8h + 7 of row i, cos at bytes 2t,
/// sin at 16 + 2t. One half leaf (8 pairs) per step: read the input leaf,
/// read the table leaf, update the output leaf's half; in place allowed.
library Rope {
    /// @notice ops.RopePairs.
    uint256 internal constant PAIRS = 8;

    /// @notice ops.RopeHalves: half leaves of a row of n elements, ceil(n / 16).
    function ropeHalves(uint256 n) internal pure returns (uint256) {
        unchecked {
            return (n + 2 * PAIRS - 1) / (2 * PAIRS);
        }
    }

    /// @notice rope.validate: R1-R4.
    function validate(Desc memory d, uint256 romLeaves) internal pure returns (bool) {
        unchecked {
            if (d.input.dtype != TensorLib.INT8) return false; // R1
            if (!Elementwise.validateInPlace(d.input, d.output)) return false; // R1
            uint256 n = TensorLib.rowLen(d.input);
            if (n % 2 != 0) return false; // R2
            if (!Norm.validateRequant(d.mulOut, d.shOut)) return false; // R4
            return Kernel.romFits(romLeaves, d.w, TensorLib.rows(d.input) * ropeHalves(n)); // R3
        }
    }

    /// @notice rope.schedule: I = Rows(In), J = RopeHalves(RowLen(In)).
    function schedule(Desc memory d) internal pure returns (uint256 I, uint256 J) {
        return (TensorLib.rows(d.input), ropeHalves(TensorLib.rowLen(d.input)));
    }

    /// @notice ropeAngle: pair p's cos and sin (big-endian int16) in its
    /// table leaf.
    function ropeAngle(bytes32 t, uint256 p) internal pure returns (int256 cos, int256 sin) {
        unchecked {
            cos = int16(uint16(uint256(t) >> (240 - 16 * p)));
            sin = int16(uint16(uint256(t) >> (240 - 16 * (PAIRS + p))));
        }
    }

    /// @notice ropePairs: the pairs of half h of a row of n elements,
    /// min(8, n/2 − 8h).
    function ropePairs(uint256 n, uint256 h) internal pure returns (uint256) {
        unchecked {
            uint256 p = n / 2 - PAIRS * h;
            return p < PAIRS ? p : PAIRS;
        }
    }

    /// @notice ropeLanes: the first np pairs of half h of x rotated into
    /// out: a = x[2p] − ZIn, b = x[2p+1] − ZIn, out[2p] = rq(a·cos − b·sin),
    /// out[2p+1] = rq(a·sin + b·cos), rq(v) = Clamp(Requantize(v, MulOut,
    /// ShOut) + ZOut, Lo, Hi).
    function ropeLanes(Desc memory d, bytes32 x, bytes32 t, bytes32 out, uint256 h, uint256 np)
        internal
        pure
        returns (bytes32)
    {
        unchecked {
            uint256 base = (h % 2) * 2 * PAIRS;
            (int256 z, int256 zOut, int256 lo, int256 hi) = (d.zIn, d.zOut, d.lo, d.hi);
            (int256 mulOut, uint256 shOut) = (d.mulOut, d.shOut);
            for (uint256 p = 0; p < np; ++p) {
                int256 a = Kernel.lane(x, base + 2 * p) - z;
                int256 b = Kernel.lane(x, base + 2 * p + 1) - z;
                (int256 cos, int256 sin) = ropeAngle(t, p);
                int256 ya = FixedPoint.clamp(FixedPoint.requantize(a * cos - b * sin, mulOut, shOut) + zOut, lo, hi);
                int256 yb = FixedPoint.clamp(FixedPoint.requantize(a * sin + b * cos, mulOut, shOut) + zOut, lo, hi);
                out = Kernel.setLane(Kernel.setLane(out, base + 2 * p, ya), base + 2 * p + 1, yb);
            }
            return out;
        }
    }

    /// @notice rope.step: half h of row i: x = RAM[In.Addr + i·L + h/2],
    /// t = ROM[W + i·H + h], Out leaf Out.Addr + i·L + h/2 updated.
    function step(Desc memory d, uint256 i, uint256 h, Mem memory m) internal pure {
        unchecked {
            uint256 L = TensorLib.rowLeaves(d.input);
            uint256 n = TensorLib.rowLen(d.input);
            bytes32 x = MemLib.ram(m, uint256(d.input.addr) + i * L + h / 2);
            bytes32 t = MemLib.rom(m, uint256(d.w) + i * ropeHalves(n) + h);
            bytes32 old = MemLib.updateRAM(m, uint256(d.output.addr) + i * L + h / 2);
            MemLib.commitRAM(m, ropeLanes(d, x, t, old, h, ropePairs(n, h)));
        }
    }
}
