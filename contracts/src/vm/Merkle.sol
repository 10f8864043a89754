// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title Merkle
/// @notice Mirrors vm/merkle/merkle.go: binary Keccak-256 Merkle trees of raw
/// 32-byte leaves (docs/spec.md §3.1). Leaves are not hashed; the parent of
/// a and b is keccak256(a ‖ b). Proofs are bottom-up sibling lists read
/// straight from calldata (a whole number of 32-byte words).
library Merkle {
    /// @notice merkle.MaxDepth: the deepest tree Verify accepts (2^40 leaves).
    uint256 internal constant MAX_DEPTH = 40;
    /// @notice merkle.MaxZeroLevel: the highest level ZeroHash serves.
    uint256 internal constant MAX_ZERO_LEVEL = 64;
    /// @notice Z[1] = keccak256(0³² ‖ 0³²) (spec §3.1).
    bytes32 internal constant ZERO_1 = 0xad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5;

    /// @notice ZeroHash was asked for a level above MAX_ZERO_LEVEL (Go panics).
    error ZeroHashLevel(uint256 level);

    /// @notice merkle.HashPair: keccak256(a ‖ b), hashed in scratch space.
    function hashPair(bytes32 a, bytes32 b) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            mstore(0x00, a)
            mstore(0x20, b)
            h := keccak256(0x00, 0x40)
        }
    }

    /// @notice merkle.ZeroHash: Z[0] = 0³², Z[k+1] = H(Z[k] ‖ Z[k]), the
    /// value of every level-k node over zero leaves. Reverts (Go panics) for
    /// level > 64.
    function zeroHash(uint256 level) internal pure returns (bytes32 z) {
        if (level > MAX_ZERO_LEVEL) revert ZeroHashLevel(level);
        assembly ("memory-safe") {
            for { let k := 0 } lt(k, level) { k := add(k, 1) } {
                mstore(0x00, z)
                mstore(0x20, z)
                z := keccak256(0x00, 0x40)
            }
        }
    }

    /// @notice merkle.ComputeRoot: folds the bottom-up siblings onto node at
    /// position `index`. Bit s of index says whether the current node is a
    /// right child (1) or a left child (0) at step s. Only the low
    /// siblings.length/32 bits of index are used; Verify does the
    /// well-formedness checks. siblings.length must be a multiple of 32.
    function computeRoot(bytes32 node, uint256 index, bytes calldata siblings) internal pure returns (bytes32 cur) {
        assembly ("memory-safe") {
            cur := node
            let p := siblings.offset
            for { let end := add(p, siblings.length) } lt(p, end) { p := add(p, 0x20) } {
                // A right child (bit 1) goes to 0x20 and its sibling to 0x00.
                let right := shl(5, and(index, 1))
                mstore(right, cur)
                mstore(xor(right, 0x20), calldataload(p))
                cur := keccak256(0x00, 0x40)
                index := shr(1, index)
            }
        }
    }

    /// @notice merkle.Verify: whether siblings prove node as the node at
    /// (level, index) of the tree with this root. False if
    /// level > MAX_DEPTH, level + len > MAX_DEPTH or index >= 2^len, where
    /// len = siblings.length / 32. The caller checks len = depth - level.
    function verify(bytes32 root, bytes32 node, uint256 level, uint256 index, bytes calldata siblings)
        internal
        pure
        returns (bool)
    {
        uint256 n = siblings.length >> 5;
        if (level > MAX_DEPTH || n > MAX_DEPTH - level) return false;
        if (index >> n != 0) return false;
        return computeRoot(node, index, siblings) == root;
    }
}
