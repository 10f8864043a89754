// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Desc} from "./Desc.sol";
import {Kernel} from "./Kernel.sol";
import {Mem, MemLib} from "./Mem.sol";
import {TensorLib} from "./Tensor.sol";
import {Conv2D} from "./Gemm.sol";
import {FixedPoint} from "../FixedPoint.sol";

/// @title Pool
/// @notice Mirrors vm/ops/pool.go: MaxPool2D and AvgPool2D over [H, W, C]
/// int8 tensors (docs/spec.md §6.4, §6.5). One outer iteration computes one
/// output leaf in the 32 accumulator lanes, one window tap per step, and
/// writes it in a final step. MaxPool keeps max + 128 per lane; AvgPool the
/// lane sums, divided by the number of in-input taps.
library Pool {
    /// @notice pool.validate: P1-P3 (every window has a tap in the input).
    function validate(Desc memory d) internal pure returns (bool) {
        unchecked {
            if (!Conv2D.validateWindow(d)) return false;
            uint256 H = d.input.dims[0];
            uint256 W = d.input.dims[1];
            uint256 C = d.input.dims[2];
            uint256 OH = d.output.dims[0];
            uint256 OW = d.output.dims[1];
            if (d.output.dims[2] != C) return false;
            if (OH * OW * C == 0) return true;
            return !(H == 0 || W == 0 || d.padT >= d.kh || d.padL >= d.kw || (OH - 1) * d.sh >= H + d.padT
                    || (OW - 1) * d.sw >= W + d.padL);
        }
    }

    /// @notice pool.schedule: I = Rows(Out) · RowLeaves(Out), J = KH · KW + 1.
    function schedule(Desc memory d) internal pure returns (uint256 I, uint256 J) {
        unchecked {
            return (TensorLib.rows(d.output) * TensorLib.rowLeaves(d.output), uint256(d.kh) * d.kw + 1);
        }
    }

    /// @notice windowCount: the taps of output pixel (oy, ox) inside the input.
    function windowCount(Desc memory d, uint256 oy, uint256 ox) internal pure returns (int256) {
        unchecked {
            return _span(oy, d.sh, d.padT, d.kh, d.input.dims[0]) * _span(ox, d.sw, d.padL, d.kw, d.input.dims[1]);
        }
    }

    /// @dev The count helper of windowCount: the taps of a window starting
    /// at o · s − pad, k wide, that fall in [0, size).
    function _span(uint256 o, uint256 s, uint256 pad, uint256 k, uint256 size) private pure returns (int256) {
        unchecked {
            int256 lo = int256(o * s) - int256(pad);
            int256 hi = lo + int256(k);
            if (lo < 0) lo = 0;
            if (hi > int256(size)) hi = int256(size);
            return hi > lo ? hi - lo : int256(0);
        }
    }

    /// @notice pool.step: tap j < KH · KW folds one input leaf into the
    /// lanes (no access for a padding tap); the final step writes the leaf.
    function step(Desc memory d, bool isMax, uint256 i, uint256 j, uint256[4] memory acc, Mem memory m)
        internal
        pure
    {
        unchecked {
            uint256 cpc = TensorLib.rowLeaves(d.input);
            uint256 ow = d.output.dims[1];
            uint256 pix = i / cpc;
            uint256 c = i % cpc;
            uint256 oy = pix / ow;
            uint256 ox = pix % ow;
            uint256 n = Kernel.lanesIn(d.input, c);
            if (j < uint256(d.kh) * d.kw) {
                (uint256 iy, uint256 ix, bool ok) = Conv2D.inputPixel(d, oy, ox, j / d.kw, j % d.kw);
                if (!ok) return;
                bytes32 x = MemLib.ram(m, uint256(d.input.addr) + (iy * d.input.dims[1] + ix) * cpc + c);
                tapLanes(isMax, acc, x, n);
                return;
            }
            bytes32 old = MemLib.updateRAM(m, uint256(d.output.addr) + pix * cpc + c);
            MemLib.commitRAM(m, outLanes(d, isMax, acc, oy, ox, n, old));
        }
    }

    /// @notice pool.tapLanes: folds one input leaf into lanes l < n.
    function tapLanes(bool isMax, uint256[4] memory acc, bytes32 x, uint256 n) internal pure {
        unchecked {
            for (uint256 l = 0; l < n; ++l) {
                int256 v = Kernel.lane(x, l);
                int256 a = Kernel.getAcc(acc, l);
                if (isMax) {
                    if (v + 128 > a) Kernel.setAcc(acc, l, v + 128);
                } else {
                    Kernel.setAcc(acc, l, a + v); // wraps like Go's int32
                }
            }
        }
    }

    /// @notice pool.outLanes: the finished lanes l < n written into the old
    /// output leaf; the other bytes keep their value.
    function outLanes(Desc memory d, bool isMax, uint256[4] memory acc, uint256 oy, uint256 ox, uint256 n, bytes32 out)
        internal
        pure
        returns (bytes32)
    {
        unchecked {
            int256 cnt = windowCount(d, oy, ox);
            for (uint256 l = 0; l < n; ++l) {
                int256 a = Kernel.getAcc(acc, l);
                int256 v = isMax ? a - 128 : FixedPoint.divRound(a, cnt);
                out = Kernel.setLane(out, l, FixedPoint.clamp(v, d.lo, d.hi));
            }
            return out;
        }
    }
}
