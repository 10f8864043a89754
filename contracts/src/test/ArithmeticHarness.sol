// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {FixedPoint} from "../vm/FixedPoint.sol";
import {Merkle} from "../vm/Merkle.sol";

/// @title ArithmeticHarness (test only)
/// @notice Exposes the internal FixedPoint and Merkle library functions so
/// that Go tests can compare each one with its vm/fixedpoint and vm/merkle
/// counterpart directly (contracts/verifier/arithmetic_test.go), on the
/// golden arithmetic grid and on random operands, below the level of whole
/// steps.
contract ArithmeticHarness {
    function sat8(int256 x) external pure returns (int256) {
        return FixedPoint.sat8(x);
    }

    function sat32(int256 x) external pure returns (int256) {
        return FixedPoint.sat32(x);
    }

    function clamp(int256 x, int256 lo, int256 hi) external pure returns (int256) {
        return FixedPoint.clamp(x, lo, hi);
    }

    function roundShift(int256 p, uint256 s) external pure returns (int256) {
        return FixedPoint.roundShift(p, s);
    }

    function requantize(int256 x, int256 m, uint256 s) external pure returns (int256) {
        return FixedPoint.requantize(x, m, s);
    }

    function divRound(int256 a, int256 b) external pure returns (int256) {
        return FixedPoint.divRound(a, b);
    }

    function wrap32(int256 x) external pure returns (int256) {
        return FixedPoint.wrap32(x);
    }

    function isqrt(uint256 n) external pure returns (uint256) {
        return FixedPoint.isqrt(n);
    }

    function hashPair(bytes32 a, bytes32 b) external pure returns (bytes32) {
        return Merkle.hashPair(a, b);
    }

    function zeroHash(uint256 level) external pure returns (bytes32) {
        return Merkle.zeroHash(level);
    }

    function verify(bytes32 root, bytes32 node, uint256 level, uint256 index, bytes calldata siblings)
        external
        pure
        returns (bool)
    {
        return Merkle.verify(root, node, level, index, siblings);
    }
}
