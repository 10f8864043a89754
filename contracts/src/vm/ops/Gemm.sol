// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Desc, DescLib} from "./Desc.sol";
import {Kernel} from "./Kernel.sol";
import {Mem, MemLib} from "./Mem.sol";
import {Tensor, TensorLib} from "./Tensor.sol";
import {FixedPoint} from "../FixedPoint.sol";

/// @title Gemm
/// @notice Mirrors the Gemm half of vm/ops/gemm.go (docs/spec.md §6.1) and
/// the helpers the dot-product family shares: Out[row][n] =
/// Clamp(Requantize(bias[n] +₃₂ Σ (X − ZIn) · W, m, s) + ZOut, Lo, Hi),
/// one 32-lane chunk per step into acc[0], then a final step per output.
library Gemm {
    /// @notice gemmDims: G (input rows per output row), chunks per output
    /// element and N (output channels).
    function dims(Desc memory d) internal pure returns (uint256 G, uint256 chunks, uint256 N) {
        unchecked {
            N = TensorLib.rowLen(d.output);
            if (d.m == 0) return (0, 0, N);
            G = TensorLib.rows(d.input) / d.m;
            chunks = G * TensorLib.rowLeaves(d.input);
        }
    }

    /// @notice gemm.validate: rules G1-G7.
    function validate(Desc memory d, uint256 romLeaves) internal pure returns (bool) {
        unchecked {
            if (d.input.dtype != TensorLib.INT8 || d.output.dtype != TensorLib.INT8) return false; // G1
            if (d.m == 0 || TensorLib.rows(d.input) % d.m != 0) return false; // G2
            if (!((d.output.rank == 2 && d.output.dims[0] == d.m) || (d.output.rank == 1 && d.m == 1))) return false; // G3
            if (TensorLib.overlaps(d.input, d.output)) return false; // G4
            (, uint256 chunks, uint256 N) = dims(d);
            if (chunks > DescLib.MAX_COUNT) return false; // G5
            if (!Kernel.romFits(romLeaves, d.w, N * chunks)) return false; // G6
            return Kernel.romFits(romLeaves, d.cp, Kernel.chanParamsLeaves(N)); // G7
        }
    }

    /// @notice gemm.schedule: I = M · N, J = chunks + 1.
    function schedule(Desc memory d) internal pure returns (uint256 I, uint256 J) {
        unchecked {
            (, uint256 chunks, uint256 N) = dims(d);
            return (uint256(d.m) * N, chunks + 1);
        }
    }

    /// @notice gemm.step: chunk step j < chunks, or the final step.
    function step(Desc memory d, uint256 i, uint256 j, uint256[4] memory acc, Mem memory m) internal pure {
        unchecked {
            (uint256 G, uint256 chunks, uint256 N) = dims(d);
            uint256 row = i / N;
            uint256 n = i % N;
            if (j < chunks) {
                uint256 cpr = TensorLib.rowLeaves(d.input);
                uint256 g = j / cpr;
                uint256 c = j % cpr;
                dotStep(
                    d, uint256(d.input.addr) + (row * G + g) * cpr + c, uint256(d.w) + n * chunks + j,
                    Kernel.lanesIn(d.input, c), acc, m
                );
            } else {
                outStep(d, row, n, acc, m);
            }
        }
    }

    /// @notice dotStep: acc[0] +₃₂= the masked dot product of RAM leaf
    /// xLeaf (minus ZIn) and ROM leaf wLeaf over n lanes; RAM is read first.
    function dotStep(Desc memory d, uint256 xLeaf, uint256 wLeaf, uint256 n, uint256[4] memory acc, Mem memory m)
        internal
        pure
    {
        bytes32 x = MemLib.ram(m, xLeaf);
        bytes32 w = MemLib.rom(m, wLeaf);
        Kernel.setAcc(acc, 0, Kernel.getAcc(acc, 0) + Kernel.dot32(x, w, n, d.zIn)); // wraps
    }

    /// @notice outStep: reads channel ch's record, requantizes acc[0]
    /// (gemmOut) and writes element (row, ch) of Out.
    function outStep(Desc memory d, uint256 row, uint256 ch, uint256[4] memory acc, Mem memory m) internal pure {
        unchecked {
            bytes32 cpl = MemLib.rom(m, uint256(d.cp) + ch / 2);
            (int256 bias, int256 mult, uint256 shift) = Kernel.chanParams(cpl, ch);
            int256 y = gemmOut(Kernel.getAcc(acc, 0), bias, mult, shift, d);
            (uint256 leaf, uint256 off) = TensorLib.elemLeaf(d.output, row, ch);
            bytes32 old = MemLib.updateRAM(m, leaf);
            MemLib.commitRAM(m, Kernel.setLane(old, off, y));
        }
    }

    /// @notice gemmOut: Clamp(Requantize(acc +₃₂ bias, m, s) + ZOut, Lo, Hi),
    /// the + ZOut exact.
    function gemmOut(int256 acc, int256 bias, int256 mult, uint256 shift, Desc memory d)
        internal
        pure
        returns (int256)
    {
        int256 v = FixedPoint.wrap32(acc + bias);
        return FixedPoint.clamp(FixedPoint.requantize(v, mult, shift) + d.zOut, d.lo, d.hi);
    }
}

/// @title Conv2D
/// @notice Mirrors the Conv2D half of vm/ops/gemm.go (spec §6.2): NHWC,
/// batch 1, In [H, W, C], Out [OH, OW, OC], weights [OC][KH][KW][C padded
/// to leaves]. Taps outside the input read nothing.
library Conv2D {
    /// @notice validateWindow: the kernel and stride rules shared by Conv2D
    /// and the pools (C1-C3).
    function validateWindow(Desc memory d) internal pure returns (bool) {
        if (d.kh == 0 || d.kw == 0 || d.sh == 0 || d.sw == 0) return false;
        if (uint256(d.kh) * d.kw > 1 << 16) return false;
        if (
            d.input.dtype != TensorLib.INT8 || d.output.dtype != TensorLib.INT8 || d.input.rank != 3
                || d.output.rank != 3
        ) return false;
        return !TensorLib.overlaps(d.input, d.output);
    }

    /// @notice convChunks: KH · KW · RowLeaves(In).
    function chunks(Desc memory d) internal pure returns (uint256) {
        unchecked {
            return uint256(d.kh) * d.kw * TensorLib.rowLeaves(d.input);
        }
    }

    /// @notice conv2d.validate: C1-C4.
    function validate(Desc memory d, uint256 romLeaves) internal pure returns (bool) {
        unchecked {
            if (!validateWindow(d)) return false;
            uint256 oc = d.output.dims[2];
            if (!Kernel.romFits(romLeaves, d.w, oc * chunks(d))) return false;
            return Kernel.romFits(romLeaves, d.cp, Kernel.chanParamsLeaves(oc));
        }
    }

    /// @notice conv2d.schedule: I = Numel(Out), J = chunks + 1.
    function schedule(Desc memory d) internal pure returns (uint256 I, uint256 J) {
        unchecked {
            return (TensorLib.numel(d.output), chunks(d) + 1);
        }
    }

    /// @notice inputPixel: the input pixel of output pixel (oy, ox) and tap
    /// (ky, kx); ok is false when the tap falls in the padding (spec §4.4).
    function inputPixel(Desc memory d, uint256 oy, uint256 ox, uint256 ky, uint256 kx)
        internal
        pure
        returns (uint256 iy, uint256 ix, bool ok)
    {
        unchecked {
            int256 y = int256(oy * d.sh + ky) - int256(uint256(d.padT));
            int256 x = int256(ox * d.sw + kx) - int256(uint256(d.padL));
            if (y < 0 || x < 0 || y >= int256(uint256(d.input.dims[0])) || x >= int256(uint256(d.input.dims[1]))) {
                return (0, 0, false);
            }
            return (uint256(y), uint256(x), true);
        }
    }

    /// @notice conv2d.step: a tap chunk (no access if the tap is padding),
    /// or the final step of output channel oc of pixel pix.
    function step(Desc memory d, uint256 i, uint256 j, uint256[4] memory acc, Mem memory m) internal pure {
        unchecked {
            uint256 ow = d.output.dims[1];
            uint256 oc = i % d.output.dims[2];
            uint256 pix = i / d.output.dims[2];
            uint256 nChunks = chunks(d);
            if (j < nChunks) {
                uint256 cpc = TensorLib.rowLeaves(d.input);
                uint256 t = j / cpc;
                uint256 c = j % cpc;
                (uint256 iy, uint256 ix, bool ok) = inputPixel(d, pix / ow, pix % ow, t / d.kw, t % d.kw);
                if (!ok) return;
                Gemm.dotStep(
                    d, uint256(d.input.addr) + (iy * d.input.dims[1] + ix) * cpc + c, uint256(d.w) + oc * nChunks + j,
                    Kernel.lanesIn(d.input, c), acc, m
                );
            } else {
                Gemm.outStep(d, pix, oc, acc, m);
            }
        }
    }
}
