// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title FixedPoint
/// @notice Mirrors vm/fixedpoint/fixedpoint.go: the VM's integer arithmetic
/// (docs/spec.md §2). Values are carried in int256 words, which hold every
/// intermediate exactly for the documented operand ranges (the Go code uses
/// int64 with the same ranges), so no result depends on the word size. The
/// bodies are assembly for gas; each follows the Go function line by line,
/// and divisions and shifts only ever act on non-negative operands (§10.1
/// rule 3: EVM SDIV truncates and SAR floors, neither is used).
library FixedPoint {
    /// @notice fixedpoint.MaxShift: larger shifts are treated as 62.
    uint256 internal constant MAX_SHIFT = 62;

    int256 internal constant INT8_MIN = -128;
    int256 internal constant INT8_MAX = 127;
    int256 internal constant INT32_MIN = -(2 ** 31);
    int256 internal constant INT32_MAX = 2 ** 31 - 1;

    // Branch-free selects: xor(a, mul(xor(a, b), c)) is b if c = 1 and a if
    // c = 0; sar(255, p) is −1 for a negative p and 0 otherwise, and
    // xor(p, m) − m with that m is |p| (and, applied to |p|, puts the sign
    // of p back).

    /// @notice fixedpoint.Sat8: x saturated to [-128, 127].
    function sat8(int256 x) internal pure returns (int256 y) {
        assembly ("memory-safe") {
            y := xor(x, mul(xor(x, 127), sgt(x, 127)))
            y := xor(y, mul(xor(y, not(127)), slt(y, not(127)))) // not(127) = -128
        }
    }

    /// @notice fixedpoint.Sat32: x saturated to [-2^31, 2^31 - 1].
    function sat32(int256 x) internal pure returns (int256 y) {
        assembly ("memory-safe") {
            y := xor(x, mul(xor(x, 0x7fffffff), sgt(x, 0x7fffffff)))
            y := xor(y, mul(xor(y, not(0x7fffffff)), slt(y, not(0x7fffffff)))) // -2^31
        }
    }

    /// @notice fixedpoint.Clamp: first x = max(x, lo), then x = min(x, hi),
    /// so the result is hi when lo > hi (spec §2.2).
    function clamp(int256 x, int256 lo, int256 hi) internal pure returns (int256 y) {
        assembly ("memory-safe") {
            y := xor(x, mul(xor(x, lo), slt(x, lo)))
            y := xor(y, mul(xor(y, hi), sgt(y, hi)))
        }
    }

    /// @notice fixedpoint.RoundShift: p / 2^s rounded half away from zero,
    /// p itself for s = 0, s clamped to 62 (spec §2.3). Requires
    /// |p| <= 2^62.
    function roundShift(int256 p, uint256 s) internal pure returns (int256 r) {
        assembly ("memory-safe") {
            s := xor(s, mul(xor(s, 62), gt(s, 62))) // min(s, 62)
            // sign(p) · ((|p| + half) >> s) with half = 2^(s−1), and 0 for
            // s = 0, where the result is p: Go's two branches, p < 0 and
            // p >= 0, in one expression.
            let m := sar(255, p)
            let q := shr(s, add(sub(xor(p, m), m), shr(1, shl(s, 1))))
            r := sub(xor(q, m), m)
        }
    }

    /// @notice fixedpoint.Requantize: Sat32(RoundShift(x · m, s)) with the
    /// product exact (spec §2.4). x and m are int32 values, so |x · m| <= 2^62.
    function requantize(int256 x, int256 m, uint256 s) internal pure returns (int256) {
        int256 p;
        assembly ("memory-safe") {
            p := mul(x, m) // two's complement: exact for |x · m| < 2^255
        }
        return sat32(roundShift(p, s));
    }

    /// @notice fixedpoint.DivRound: a / b rounded half away from zero, 0 when
    /// b <= 0 (spec §2.5). Requires |a| < 2^61 and b < 2^61 (Go's int64
    /// domain; int256 is exact far beyond it).
    function divRound(int256 a, int256 b) internal pure returns (int256 r) {
        assembly ("memory-safe") {
            if sgt(b, 0) {
                let d := shl(1, b)
                switch slt(a, 0)
                case 1 { r := sub(0, div(add(shl(1, sub(0, a)), b), d)) }
                default { r := div(add(shl(1, a), b), d) }
            }
        }
    }

    /// @notice x modulo 2^32 as an int32 (two's complement wrap, the Go
    /// behaviour of int32 addition): the `+₃₂` of spec §1.3.
    function wrap32(int256 x) internal pure returns (int256 y) {
        assembly ("memory-safe") {
            y := signextend(3, x)
        }
    }

    /// @notice fixedpoint.IsqrtIterations: Babylonian steps from the
    /// initial estimate.
    uint256 internal constant ISQRT_ITERATIONS = 6;

    /// @notice fixedpoint.Isqrt: floor(sqrt(n)) exactly, for n < 2^64
    /// (spec §2.8): r = 2^(floor(log2 n) div 2), six Babylonian steps
    /// r = (r + n / r) / 2, then r − 1 if r > n / r. isqrt(0) = 0.
    /// @dev floor(log2 n) by a binary search over the 64 bits.
    function isqrt(uint256 n) internal pure returns (uint256 r) {
        assembly ("memory-safe") {
            if n {
                let e := shl(5, gt(n, 0xffffffff))
                e := or(e, shl(4, gt(shr(e, n), 0xffff)))
                e := or(e, shl(3, gt(shr(e, n), 0xff)))
                e := or(e, shl(2, gt(shr(e, n), 0xf)))
                e := or(e, shl(1, gt(shr(e, n), 0x3)))
                e := or(e, gt(shr(e, n), 0x1))
                r := shl(shr(1, e), 1)
                r := shr(1, add(r, div(n, r)))
                r := shr(1, add(r, div(n, r)))
                r := shr(1, add(r, div(n, r)))
                r := shr(1, add(r, div(n, r)))
                r := shr(1, add(r, div(n, r)))
                r := shr(1, add(r, div(n, r)))
                r := sub(r, gt(r, div(n, r)))
            }
        }
    }
}
