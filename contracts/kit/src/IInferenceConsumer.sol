// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title IInferenceConsumer
/// @notice The callback a consumer contract implements to be told its
/// request's finalized output (IInferenceOracle.request with a non-zero
/// callbackGas). It runs with exactly the gas the request asked for; whatever
/// it does (revert, run out of gas), finalization stands, and the output
/// stays readable with IInferenceOracle.result.
interface IInferenceConsumer {
    function onInferenceResult(uint256 requestId, bytes calldata output) external;
}
