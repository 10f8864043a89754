// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Tensor, TensorLib} from "./Tensor.sol";

/// @title Kernel
/// @notice Mirrors vm/ops/kernel.go: the accumulator and the helpers shared
/// by the op families. Go's kernel table (the per-op dispatch of validate,
/// schedule and step) is, onchain, the dispatch of each op family contract
/// (families/*.sol, behind the StepVerifier dispatcher: docs/spec.md §7.5).
/// Only the step semantics exist onchain: not the fast path (`run`) or
/// `writtenThrough`.
///
/// Leaves are bytes32 values; lane l of a leaf is its byte l (the l-th most
/// significant byte). The accumulator (ops.Acc) is the state's four packed
/// words; setAcc stores a lane modulo 2^32, which is exactly Go's wrapping
/// int32 arithmetic on the lanes.
library Kernel {
    /// @notice ops.LeafSize.
    uint256 internal constant LEAF_SIZE = 32;
    /// @notice Size of one channel record in ROM (spec §4.5).
    uint256 internal constant CHAN_PARAMS_SIZE = 16;

    // ---- the accumulator ----

    /// @notice acc[l]: lane l as a signed int32.
    function getAcc(uint256[4] memory acc, uint256 l) internal pure returns (int256 v) {
        assembly ("memory-safe") {
            v := signextend(3, shr(sub(224, shl(5, and(l, 7))), mload(add(acc, shl(5, shr(3, l))))))
        }
    }

    /// @notice acc[l] = int32(v): lane l set to v modulo 2^32 (Go's int32
    /// wrap, so callers pass exact sums).
    function setAcc(uint256[4] memory acc, uint256 l, int256 v) internal pure {
        assembly ("memory-safe") {
            let p := add(acc, shl(5, shr(3, l)))
            let s := sub(224, shl(5, and(l, 7)))
            mstore(p, or(and(mload(p), not(shl(s, 0xffffffff))), shl(s, and(v, 0xffffffff))))
        }
    }

    // ---- helpers shared by the op families ----

    /// @notice lanesIn: how many elements of chunk (leaf) c of a row of t
    /// are real elements rather than padding. Requires c < rowLeaves(t).
    function lanesIn(Tensor memory t, uint256 c) internal pure returns (uint256) {
        unchecked {
            uint256 size = TensorLib.elemSize(t);
            uint256 n = TensorLib.rowLen(t) * size - c * LEAF_SIZE;
            if (n > LEAF_SIZE) n = LEAF_SIZE;
            return n / size;
        }
    }

    /// @notice int8(x[l]): lane l of a leaf as a signed byte.
    function lane(bytes32 x, uint256 l) internal pure returns (int256 v) {
        assembly ("memory-safe") {
            v := signextend(0, byte(l, x))
        }
    }

    /// @notice x with byte l replaced by the low byte of v (Go's
    /// `l[lane] = byte(v)`).
    function setLane(bytes32 x, uint256 l, int256 v) internal pure returns (bytes32 y) {
        assembly ("memory-safe") {
            let s := shl(3, sub(31, l))
            y := or(and(x, not(shl(s, 0xff))), shl(s, and(v, 0xff)))
        }
    }

    /// @notice dot32: Σ_{l < n} (int8(x[l]) − zx) · int8(w[l]), wrapping in
    /// int32. The exact sum of at most 32 terms of magnitude ≤ 32,640 is
    /// taken first; wrapping it once equals Go's per-term int32 wrap. The
    /// lanes are consumed from the top byte down (SAR 248 reads the top
    /// byte as a signed int8), four per iteration while four remain.
    function dot32(bytes32 x, bytes32 w, uint256 n, int256 zx) internal pure returns (int256 s) {
        assembly ("memory-safe") {
            let l := 0
            for {} lt(add(l, 3), n) { l := add(l, 4) } {
                s := add(s, mul(sub(sar(248, x), zx), sar(248, w)))
                s := add(s, mul(sub(sar(248, shl(8, x)), zx), sar(248, shl(8, w))))
                s := add(s, mul(sub(sar(248, shl(16, x)), zx), sar(248, shl(16, w))))
                s := add(s, mul(sub(sar(248, shl(24, x)), zx), sar(248, shl(24, w))))
                x := shl(32, x)
                w := shl(32, w)
            }
            for {} lt(l, n) { l := add(l, 1) } {
                s := add(s, mul(sub(sar(248, x), zx), sar(248, w)))
                x := shl(8, x)
                w := shl(8, w)
            }
            s := signextend(3, s)
        }
    }

    /// @notice getChanParams: channel ch's record in its ROM leaf, at bytes
    /// [16 · (ch mod 2), +16): bias int32, multiplier int32, shift u8.
    function chanParams(bytes32 leaf, uint256 ch)
        internal
        pure
        returns (int256 bias, int256 mult, uint256 shift)
    {
        unchecked {
            uint256 v = uint256(leaf) << (8 * CHAN_PARAMS_SIZE * (ch % 2));
            bias = int32(uint32(v >> 224));
            mult = int32(uint32(v >> 192));
            shift = uint8(v >> 184);
        }
    }

    /// @notice ChanParamsLeaves: the ROM leaves holding n channel records.
    function chanParamsLeaves(uint256 n) internal pure returns (uint256) {
        unchecked {
            return (n + 1) / 2;
        }
    }

    /// @notice romFits: the ROM region [addr, addr + leaves) lies in the
    /// weights region.
    function romFits(uint256 romLeaves, uint256 addr, uint256 leaves) internal pure returns (bool) {
        unchecked {
            return addr + leaves <= romLeaves;
        }
    }
}
