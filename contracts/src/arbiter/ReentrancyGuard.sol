// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice A reentrancy lock in transient storage (EIP-1153): one slot,
/// cleared at the end of every guarded call and of every transaction.
abstract contract ReentrancyGuard {
    /// @notice A guarded function was entered again before it returned.
    error Reentrancy();

    // keccak256("opml.reentrancy.lock") - 1
    uint256 private constant LOCK_SLOT = 0x115a0505b73d37ff2b039e01b66957dc9c424d5313c711995ad464ceb65f3ab2;

    modifier nonReentrant() {
        uint256 locked;
        assembly ("memory-safe") {
            locked := tload(LOCK_SLOT)
        }
        if (locked != 0) revert Reentrancy();
        assembly ("memory-safe") {
            tstore(LOCK_SLOT, 1)
        }
        _;
        assembly ("memory-safe") {
            tstore(LOCK_SLOT, 0)
        }
    }
}
