// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Desc} from "./Desc.sol";
import {Kernel} from "./Kernel.sol";
import {Mem, MemLib} from "./Mem.sol";
import {Tensor, TensorLib} from "./Tensor.sol";
import {FixedPoint} from "../FixedPoint.sol";

/// @title Elementwise
/// @notice Helpers of vm/ops/elementwise.go shared by ReLU and Add: one
/// step handles one leaf, reading the input leaf (leaves) and then updating
/// the output leaf's real lanes. The output may alias an input exactly.
library Elementwise {
    /// @notice validateInPlace: out has in's shape and is identical to it
    /// or disjoint from it.
    function validateInPlace(Tensor memory t, Tensor memory out) internal pure returns (bool) {
        if (!TensorLib.sameShape(t, out)) return false;
        return !(t.addr != out.addr && TensorLib.overlaps(t, out));
    }

    /// @notice leafLanes: the real lanes of leaf i of t (row-major leaves).
    function leafLanes(Tensor memory t, uint256 i) internal pure returns (uint256) {
        unchecked {
            return Kernel.lanesIn(t, i % TensorLib.rowLeaves(t));
        }
    }
}

/// @title ReLU
/// @notice Mirrors relu of vm/ops/elementwise.go (docs/spec.md §6.3):
/// y = max(x, ZIn), one leaf per step, in place or into a disjoint tensor.
library ReLU {
    /// @notice relu.validate: R1-R3.
    function validate(Desc memory d) internal pure returns (bool) {
        if (d.input.dtype != TensorLib.INT8) return false;
        return Elementwise.validateInPlace(d.input, d.output);
    }

    /// @notice relu.schedule: I = Leaves(In), J = 1.
    function schedule(Desc memory d) internal pure returns (uint256 I, uint256 J) {
        unchecked {
            return (TensorLib.leaves(d.input), 1);
        }
    }

    /// @notice relu.step: read In leaf i, update Out leaf i.
    function step(Desc memory d, uint256 i, Mem memory m) internal pure {
        unchecked {
            bytes32 x = MemLib.ram(m, uint256(d.input.addr) + i);
            bytes32 out = MemLib.updateRAM(m, uint256(d.output.addr) + i);
            uint256 n = Elementwise.leafLanes(d.input, i);
            int256 z = d.zIn;
            for (uint256 l = 0; l < n; ++l) {
                int256 v = Kernel.lane(x, l);
                out = Kernel.setLane(out, l, v > z ? v : z);
            }
            MemLib.commitRAM(m, out);
        }
    }
}

/// @title Add
/// @notice Mirrors add of vm/ops/elementwise.go (spec §6.6): an elementwise
/// requantized sum of two int8 tensors with TFLite's 20-bit left shift.
library Add {
    /// @notice ops.AddLeftShift.
    uint256 internal constant LEFT_SHIFT = 20;

    /// @notice add.validate: A1-A4.
    function validate(Desc memory d) internal pure returns (bool) {
        if (d.input.dtype != TensorLib.INT8 || !TensorLib.sameShape(d.input, d.input2)) return false;
        if (!Elementwise.validateInPlace(d.input, d.output)) return false;
        if (!Elementwise.validateInPlace(d.input2, d.output)) return false;
        if (d.mulIn < 0 || d.mulIn2 < 0 || d.mulOut < 0) return false;
        return d.shIn <= FixedPoint.MAX_SHIFT && d.shIn2 <= FixedPoint.MAX_SHIFT && d.shOut <= FixedPoint.MAX_SHIFT;
    }

    /// @notice add.schedule: I = Leaves(In), J = 1.
    function schedule(Desc memory d) internal pure returns (uint256 I, uint256 J) {
        unchecked {
            return (TensorLib.leaves(d.input), 1);
        }
    }

    /// @notice add.step: read In leaf i and In2 leaf i, update Out leaf i.
    function step(Desc memory d, uint256 i, Mem memory m) internal pure {
        unchecked {
            bytes32 a = MemLib.ram(m, uint256(d.input.addr) + i);
            bytes32 b = MemLib.ram(m, uint256(d.input2.addr) + i);
            bytes32 out = MemLib.updateRAM(m, uint256(d.output.addr) + i);
            MemLib.commitRAM(m, addLanes(d, a, b, out, Elementwise.leafLanes(d.input, i)));
        }
    }

    /// @notice addLanes: for l < n, out[l] = Clamp(Requantize(Sat32(ra + rb),
    /// MulOut, ShOut) + ZOut, Lo, Hi), where ra and rb are the inputs minus
    /// their zero points, shifted left by 20 and requantized.
    /// @dev The lane loop is Yul for gas: FixedPoint.requantize (three
    /// times), sat32 and clamp written out with the same branch-free
    /// expressions, the per-op shift clamps and halves hoisted.
    /// (x − Z) ∈ [−255, 255], so the shift by 20 fits in int32, as in Go.
    function addLanes(Desc memory d, bytes32 a, bytes32 b, bytes32 out, uint256 n) internal pure returns (bytes32) {
        (int256 zIn, int256 mulIn, uint256 shIn) = (d.zIn, d.mulIn, d.shIn);
        (int256 zIn2, int256 mulIn2, uint256 shIn2) = (d.zIn2, d.mulIn2, d.shIn2);
        (int256 zOut, int256 mulOut, uint256 shOut, int256 lo, int256 hi) = (d.zOut, d.mulOut, d.shOut, d.lo, d.hi);
        assembly ("memory-safe") {
            // Each lane is three Requantize calls written out: p = x · m;
            // s = min(s, 62); sg = sign mask of p; r = sign(p) · ((|p| + half)
            // >> s), half = 2^(s − 1) (0 for s = 0); then Sat32.
            let maxI := 0x7fffffff
            let minI := not(0x7fffffff)
            shIn := xor(shIn, mul(xor(shIn, 62), gt(shIn, 62)))
            shIn2 := xor(shIn2, mul(xor(shIn2, 62), gt(shIn2, 62)))
            shOut := xor(shOut, mul(xor(shOut, 62), gt(shOut, 62)))
            let halfIn := shr(1, shl(shIn, 1))
            let halfIn2 := shr(1, shl(shIn2, 1))
            let halfOut := shr(1, shl(shOut, 1))
            for { let l := 0 } lt(l, n) { l := add(l, 1) } {
                let sh := shl(3, l)
                // ra = Requantize((a[l] − ZIn) << 20, MulIn, ShIn)
                let p := mul(shl(LEFT_SHIFT, sub(sar(248, shl(sh, a)), zIn)), mulIn)
                let sg := sar(255, p)
                p := shr(shIn, add(sub(xor(p, sg), sg), halfIn))
                let ra := sub(xor(p, sg), sg)
                ra := xor(ra, mul(xor(ra, maxI), sgt(ra, maxI)))
                ra := xor(ra, mul(xor(ra, minI), slt(ra, minI)))
                // rb = Requantize((b[l] − ZIn2) << 20, MulIn2, ShIn2)
                p := mul(shl(LEFT_SHIFT, sub(sar(248, shl(sh, b)), zIn2)), mulIn2)
                sg := sar(255, p)
                p := shr(shIn2, add(sub(xor(p, sg), sg), halfIn2))
                let rb := sub(xor(p, sg), sg)
                rb := xor(rb, mul(xor(rb, maxI), sgt(rb, maxI)))
                rb := xor(rb, mul(xor(rb, minI), slt(rb, minI)))
                // v = Sat32(ra + rb)
                let v := add(ra, rb)
                v := xor(v, mul(xor(v, maxI), sgt(v, maxI)))
                v := xor(v, mul(xor(v, minI), slt(v, minI)))
                // y = Clamp(Requantize(v, MulOut, ShOut) + ZOut, Lo, Hi)
                p := mul(v, mulOut)
                sg := sar(255, p)
                p := shr(shOut, add(sub(xor(p, sg), sg), halfOut))
                let y := sub(xor(p, sg), sg)
                y := xor(y, mul(xor(y, maxI), sgt(y, maxI)))
                y := xor(y, mul(xor(y, minI), slt(y, minI)))
                y := add(y, zOut)
                y := xor(y, mul(xor(y, lo), slt(y, lo)))
                y := xor(y, mul(xor(y, hi), sgt(y, hi)))
                let pos := sub(248, sh)
                out := or(and(out, not(shl(pos, 0xff))), shl(pos, and(y, 0xff)))
            }
        }
        return out;
    }
}
