// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Desc} from "./Desc.sol";
import {Kernel} from "./Kernel.sol";
import {Mem, MemLib} from "./Mem.sol";
import {TensorLib} from "./Tensor.sol";
import {FixedPoint} from "../FixedPoint.sol";

/// @title MatMul
/// @notice Mirrors matmul of vm/ops/matmul.go (docs/spec.md §6.14): the
/// product of two int8 activations, Out[p][m][n] = Clamp(Requantize(Σ_k
/// (A[p][m][k] − ZIn) · (B[p div G][n][k] − ZIn2), MulOut, ShOut) + ZOut,
/// Lo, Hi) with A = In [P, M, K], B = In2 [PB, N, K], Out [P, M, N] and
/// G = P / PB (grouped-query attention). KH is the causal mode: 0 none,
/// 1 causal-N (row m writes only n ≤ m), 2 causal-K (row m's dot runs over
/// k ≤ m). Iteration i = p·M + m is output row i: per element, chunk steps
/// (two RAM reads into acc[0]) then a step that writes it and clears acc[0].
library MatMul {
    uint256 internal constant CAUSAL_N = 1;
    uint256 internal constant CAUSAL_K = 2;

    /// @notice matmulDims: M (rows per head), N (outputs per row), C (chunks
    /// of a full dot) and G (A heads per B head; 0 if PB = 0).
    function matmulDims(Desc memory d) internal pure returns (uint256 M, uint256 N, uint256 C, uint256 G) {
        unchecked {
            M = d.input.dims[1];
            N = d.input2.dims[1];
            C = TensorLib.rowLeaves(d.input);
            uint256 pb = d.input2.dims[0];
            if (pb != 0) G = uint256(d.input.dims[0]) / pb;
        }
    }

    /// @notice matmul.validate: int8 rank-3 shapes [P, M, K], [PB, N, K],
    /// [P, M, N] with PB ≥ 1 dividing P; the mode (KH ≤ 2, causal-N needs
    /// M = N, causal-K M = K); Out disjoint from both inputs; MulOut ≥ 0 and
    /// ShOut ≤ 62.
    function validate(Desc memory d) internal pure returns (bool) {
        unchecked {
            uint32[4] memory a = d.input.dims;
            uint32[4] memory b = d.input2.dims;
            uint32[4] memory o = d.output.dims;
            if (
                d.input.dtype != TensorLib.INT8 || d.input2.dtype != TensorLib.INT8
                    || d.output.dtype != TensorLib.INT8 || d.input.rank != 3 || d.input2.rank != 3
                    || d.output.rank != 3
            ) return false;
            if (b[2] != a[2] || o[0] != a[0] || o[1] != a[1] || o[2] != b[1]) return false;
            if (b[0] == 0 || a[0] % b[0] != 0) return false;
            uint256 mode = d.kh;
            if (!(mode == 0 || (mode == CAUSAL_N && a[1] == b[1]) || (mode == CAUSAL_K && a[1] == a[2]))) return false;
            if (TensorLib.overlaps(d.output, d.input) || TensorLib.overlaps(d.output, d.input2)) return false;
            return d.mulOut >= 0 && d.shOut <= 62;
        }
    }

    /// @notice matmul.schedule: I = P·M, J = N·(C + 1) (the longest row).
    function schedule(Desc memory d) internal pure returns (uint256 I, uint256 J) {
        unchecked {
            (uint256 M, uint256 N, uint256 C,) = matmulDims(d);
            return (uint256(d.input.dims[0]) * M, N * (C + 1));
        }
    }

    /// @notice matmulChunks: the chunk steps of one element of row m: C, or
    /// ceil((m + 1)/32) in causal-K mode.
    function matmulChunks(Desc memory d, uint256 C, uint256 m) internal pure returns (uint256) {
        unchecked {
            if (d.kh == CAUSAL_K) return m / 32 + 1;
            return C;
        }
    }

    /// @notice matmul.iterLen: J(i) with m = i mod M: (m + 1)·(C + 1) in
    /// causal-N mode, N·(matmulChunks + 1) otherwise.
    function iterLen(Desc memory d, uint256 i) internal pure returns (uint256) {
        unchecked {
            (uint256 M, uint256 N, uint256 C,) = matmulDims(d);
            if (M == 0) return 0;
            uint256 m = i % M;
            if (d.kh == CAUSAL_N) return (m + 1) * (C + 1);
            return N * (matmulChunks(d, C, m) + 1);
        }
    }

    /// @notice matmul.step: chunk c of element n (A leaf, then B leaf, both
    /// RAM reads), or the element's final step (one update).
    function step(Desc memory d, uint256 i, uint256 j, uint256[4] memory acc, Mem memory m) internal pure {
        unchecked {
            (uint256 M, uint256 N, uint256 C, uint256 G) = matmulDims(d);
            uint256 row = i % M;
            uint256 chunks = matmulChunks(d, C, row);
            uint256 n = j / (chunks + 1);
            uint256 c = j % (chunks + 1);
            if (c < chunks) {
                bytes32 a = MemLib.ram(m, uint256(d.input.addr) + i * C + c);
                bytes32 b = MemLib.ram(m, uint256(d.input2.addr) + ((i / M / G) * N + n) * C + c);
                uint256 lanes = Kernel.lanesIn(d.input, c);
                if (d.kh == CAUSAL_K && row + 1 - c * 32 < lanes) lanes = row + 1 - c * 32;
                Kernel.setAcc(acc, 0, Kernel.getAcc(acc, 0) + dot2(a, b, lanes, d.zIn, d.zIn2)); // wraps
                return;
            }
            int256 y = matmulOut(Kernel.getAcc(acc, 0), d);
            Kernel.setAcc(acc, 0, 0);
            (uint256 leaf, uint256 off) = TensorLib.elemLeaf(d.output, i, n);
            bytes32 old = MemLib.updateRAM(m, leaf);
            MemLib.commitRAM(m, Kernel.setLane(old, off, y));
        }
    }

    /// @notice dot2: Σ_{l < n} (int8(a[l]) − za) · (int8(b[l]) − zb),
    /// wrapping in int32: the exact sum of at most 32 terms of magnitude
    /// ≤ 255², wrapped once (Kernel.dot32's scheme).
    function dot2(bytes32 a, bytes32 b, uint256 n, int256 za, int256 zb) internal pure returns (int256 s) {
        assembly ("memory-safe") {
            let l := 0
            for {} lt(add(l, 1), n) { l := add(l, 2) } {
                s := add(s, mul(sub(sar(248, a), za), sub(sar(248, b), zb)))
                s := add(s, mul(sub(sar(248, shl(8, a)), za), sub(sar(248, shl(8, b)), zb)))
                a := shl(16, a)
                b := shl(16, b)
            }
            if lt(l, n) { s := add(s, mul(sub(sar(248, a), za), sub(sar(248, b), zb))) }
            s := signextend(3, s)
        }
    }

    /// @notice matmulOut: Clamp(Requantize(acc, MulOut, ShOut) + ZOut, Lo,
    /// Hi), the + ZOut exact.
    function matmulOut(int256 acc, Desc memory d) internal pure returns (int256) {
        return FixedPoint.clamp(FixedPoint.requantize(acc, d.mulOut, d.shOut) + d.zOut, d.lo, d.hi);
    }
}
