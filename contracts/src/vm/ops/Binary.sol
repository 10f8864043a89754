// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Desc} from "./Desc.sol";
import {Elementwise, Add} from "./Elementwise.sol";
import {Mem, MemLib} from "./Mem.sol";
import {TensorLib} from "./Tensor.sol";

/// @title Mul
/// @notice Mirrors mul of vm/ops/binary.go (docs/spec.md §6.12): TFLite's
/// int8 MUL, y = Clamp(Requantize((a − ZIn)·(b − ZIn2), MulOut, ShOut) + ZOut,
/// Lo, Hi), elementwise over two int8 tensors of the same shape, with Add's
/// layout and schedule: one leaf per step, reading the leaf of In, then of
/// In2, then updating the output leaf's real lanes.
library Mul {
    /// @notice mul.validate: Add's rules A1-A4.
    function validate(Desc memory d) internal pure returns (bool) {
        return Add.validate(d);
    }

    /// @notice mul.schedule: I = Leaves(In), J = 1.
    function schedule(Desc memory d) internal pure returns (uint256 I, uint256 J) {
        unchecked {
            return (TensorLib.leaves(d.input), 1);
        }
    }

    /// @notice mul.step: read In leaf i and In2 leaf i, update Out leaf i.
    function step(Desc memory d, uint256 i, Mem memory m) internal pure {
        unchecked {
            bytes32 a = MemLib.ram(m, uint256(d.input.addr) + i);
            bytes32 b = MemLib.ram(m, uint256(d.input2.addr) + i);
            bytes32 out = MemLib.updateRAM(m, uint256(d.output.addr) + i);
            MemLib.commitRAM(m, mulLanes(d, a, b, out, Elementwise.leafLanes(d.input, i)));
        }
    }

    /// @notice mulLanes: for l < n, out[l] = Clamp(Requantize((a[l] − ZIn) ·
    /// (b[l] − ZIn2), MulOut, ShOut) + ZOut, Lo, Hi).
    /// @dev The lane loop is Yul for gas: FixedPoint.requantize and clamp
    /// written out with the branch-free expressions of Add.addLanes, the
    /// shift clamp and half hoisted. |(a − ZIn)·(b − ZIn2)| ≤ 255², exact in
    /// int32 as in Go.
    function mulLanes(Desc memory d, bytes32 a, bytes32 b, bytes32 out, uint256 n) internal pure returns (bytes32) {
        (int256 zIn, int256 zIn2, int256 zOut, int256 lo, int256 hi) = (d.zIn, d.zIn2, d.zOut, d.lo, d.hi);
        (int256 mulOut, uint256 shOut) = (d.mulOut, d.shOut);
        assembly ("memory-safe") {
            let maxI := 0x7fffffff
            let minI := not(0x7fffffff)
            shOut := xor(shOut, mul(xor(shOut, 62), gt(shOut, 62)))
            let halfOut := shr(1, shl(shOut, 1))
            for { let l := 0 } lt(l, n) { l := add(l, 1) } {
                let sh := shl(3, l)
                // p = (a[l] − ZIn) · (b[l] − ZIn2) · MulOut
                let p := mul(mul(sub(sar(248, shl(sh, a)), zIn), sub(sar(248, shl(sh, b)), zIn2)), mulOut)
                let sg := sar(255, p)
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

/// @title MinMax
/// @notice Mirrors minmax of vm/ops/binary.go (spec §6.13): Max and Min,
/// Add's arithmetic with max(ra, rb) (resp. min) in place of Sat32(ra + rb):
/// both inputs rescaled to one common scale, compared, and the chosen one
/// rescaled to the output. Add's layout, rules and schedule.
library MinMax {
    /// @notice minmax.validate: Add's rules A1-A4.
    function validate(Desc memory d) internal pure returns (bool) {
        return Add.validate(d);
    }

    /// @notice minmax.schedule: I = Leaves(In), J = 1.
    function schedule(Desc memory d) internal pure returns (uint256 I, uint256 J) {
        unchecked {
            return (TensorLib.leaves(d.input), 1);
        }
    }

    /// @notice minmax.step: read In leaf i and In2 leaf i, update Out leaf
    /// i; isMax selects Max (opcode 13) over Min (14).
    function step(Desc memory d, bool isMax, uint256 i, Mem memory m) internal pure {
        unchecked {
            bytes32 a = MemLib.ram(m, uint256(d.input.addr) + i);
            bytes32 b = MemLib.ram(m, uint256(d.input2.addr) + i);
            bytes32 out = MemLib.updateRAM(m, uint256(d.output.addr) + i);
            MemLib.commitRAM(m, minMaxLanes(d, isMax, a, b, out, Elementwise.leafLanes(d.input, i)));
        }
    }

    /// @notice minMaxLanes: for l < n, out[l] = Clamp(Requantize(max(ra, rb),
    /// MulOut, ShOut) + ZOut, Lo, Hi) (min for Min), ra and rb as in
    /// Add.addLanes.
    /// @dev Yul for gas, Add.addLanes's expressions; the choice is
    /// branch-free: v = rb xor ((ra xor rb) · k), k = [ra > rb] for Max and
    /// [ra > rb] xor [ra ≠ rb] = [ra < rb] for Min.
    function minMaxLanes(Desc memory d, bool isMax, bytes32 a, bytes32 b, bytes32 out, uint256 n)
        internal
        pure
        returns (bytes32)
    {
        (int256 zIn, int256 mulIn, uint256 shIn) = (d.zIn, d.mulIn, d.shIn);
        (int256 zIn2, int256 mulIn2, uint256 shIn2) = (d.zIn2, d.mulIn2, d.shIn2);
        (int256 zOut, int256 mulOut, uint256 shOut, int256 lo, int256 hi) = (d.zOut, d.mulOut, d.shOut, d.lo, d.hi);
        uint256 leftShift = Add.LEFT_SHIFT;
        assembly ("memory-safe") {
            let maxI := 0x7fffffff
            let minI := not(0x7fffffff)
            shIn := xor(shIn, mul(xor(shIn, 62), gt(shIn, 62)))
            shIn2 := xor(shIn2, mul(xor(shIn2, 62), gt(shIn2, 62)))
            shOut := xor(shOut, mul(xor(shOut, 62), gt(shOut, 62)))
            let halfIn := shr(1, shl(shIn, 1))
            let halfIn2 := shr(1, shl(shIn2, 1))
            let halfOut := shr(1, shl(shOut, 1))
            // Max keeps ra when ra > rb, Min when ra < rb (else rb).
            let swap := iszero(isMax)
            for { let l := 0 } lt(l, n) { l := add(l, 1) } {
                let sh := shl(3, l)
                // ra = Requantize((a[l] − ZIn) << 20, MulIn, ShIn)
                let p := mul(shl(leftShift, sub(sar(248, shl(sh, a)), zIn)), mulIn)
                let sg := sar(255, p)
                p := shr(shIn, add(sub(xor(p, sg), sg), halfIn))
                let ra := sub(xor(p, sg), sg)
                ra := xor(ra, mul(xor(ra, maxI), sgt(ra, maxI)))
                ra := xor(ra, mul(xor(ra, minI), slt(ra, minI)))
                // rb = Requantize((b[l] − ZIn2) << 20, MulIn2, ShIn2)
                p := mul(shl(leftShift, sub(sar(248, shl(sh, b)), zIn2)), mulIn2)
                sg := sar(255, p)
                p := shr(shIn2, add(sub(xor(p, sg), sg), halfIn2))
                let rb := sub(xor(p, sg), sg)
                rb := xor(rb, mul(xor(rb, maxI), sgt(rb, maxI)))
                rb := xor(rb, mul(xor(rb, minI), slt(rb, minI)))
                // v = max(ra, rb) (Max) or min(ra, rb) (Min)
                let v := xor(rb, mul(xor(ra, rb), xor(sgt(ra, rb), and(swap, iszero(eq(ra, rb))))))
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
