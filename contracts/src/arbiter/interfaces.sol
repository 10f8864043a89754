// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice The one-step arbiter: executes one VM step (docs/spec.md §7.3).
interface IStepVerifier {
    /// @return postStateHash the hash of the state after one step from preState.
    /// Reverts if the witness does not prove what the step reads.
    function step(bytes calldata preState, bytes calldata witness) external view returns (bytes32 postStateHash);
}

/// @notice Implemented by the contract that created a dispute game; told the
/// outcome in the transaction that decides it.
interface IDisputeGameOwner {
    /// @param gameId the game.
    /// @param ownerRef the reference the owner passed to DisputeGame.create.
    /// @param claimantWon true if the claimant's end state stands.
    function onGameResolved(uint256 gameId, uint256 ownerRef, bool claimantWon) external;
}

/// @notice Optional callback a consumer contract implements to be told its
/// request's finalized output. It runs with the gas the request asked for;
/// whatever it does (revert, run out of gas), finalization stands.
interface IInferenceConsumer {
    function onInferenceResult(uint256 requestId, bytes calldata output) external;
}
