// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {IInferenceConsumer} from "./IInferenceConsumer.sol";
import {IInferenceOracle} from "./IInferenceOracle.sol";

/// @title InferenceConsumerBase
/// @notice A base for contracts that use opml inferences. It sends requests
/// to the oracle (_requestInference, _requestCompletion), accepts the
/// oracle's callback and no one else's (onInferenceResult calls
/// _fulfillInference only when the oracle calls it), cancels a request that
/// expired unanswered (_cancelRequest: the oracle credits the fee back) and
/// withdraws what the oracle credits this contract (_withdrawFromOracle).
/// Who may request, cancel or receive refunds is the derived contract's to
/// decide.
abstract contract InferenceConsumerBase is IInferenceConsumer {
    /// @notice The oracle this contract requests from and accepts results from.
    IInferenceOracle public immutable oracle;

    error ZeroOracle();
    error OnlyOracle(address caller);

    constructor(IInferenceOracle oracle_) {
        if (address(oracle_) == address(0)) revert ZeroOracle();
        oracle = oracle_;
    }

    /// @notice Called by the oracle when a request of this contract made
    /// with a non-zero callbackGas is finalized; reverts for any other caller.
    function onInferenceResult(uint256 requestId, bytes calldata output) external {
        if (msg.sender != address(oracle)) revert OnlyOracle(msg.sender);
        _fulfillInference(requestId, output);
    }

    /// @notice Accepts ETH from the oracle only (the fees _withdrawFromOracle
    /// takes back).
    receive() external payable virtual {
        if (msg.sender != address(oracle)) revert OnlyOracle(msg.sender);
    }

    /// @dev The finalized output of request requestId, delivered with the
    /// request's callbackGas: keep it within that budget.
    function _fulfillInference(uint256 requestId, bytes calldata output) internal virtual;

    /// @dev Requests an inference of modelId on input, paying fee (from this
    /// contract's balance) to the oracle.
    function _requestInference(bytes32 modelId, bytes memory input, uint64 callbackGas, uint256 fee)
        internal
        returns (uint256 requestId)
    {
        return oracle.request{value: fee}(modelId, input, callbackGas);
    }

    /// @dev Requests a completion of `tokens` tokens after prompt, paying fee.
    function _requestCompletion(
        bytes32 modelId,
        bytes memory prompt,
        uint32 tokens,
        uint8 tokenBytes,
        uint64 callbackGas,
        uint256 fee
    ) internal returns (uint256 requestId) {
        return oracle.requestCompletion{value: fee}(modelId, prompt, tokens, tokenBytes, callbackGas);
    }

    /// @dev Cancels request requestId of this contract, which must have
    /// expired unanswered (the oracle reverts otherwise), and returns its
    /// fee, now credited to this contract by the oracle.
    function _cancelRequest(uint256 requestId) internal returns (uint256 fee) {
        fee = oracle.requestOf(requestId).fee;
        oracle.cancel(requestId);
    }

    /// @dev Withdraws everything the oracle credits this contract (the fees
    /// of cancelled requests) into this contract's balance; returns the amount.
    function _withdrawFromOracle() internal returns (uint256 amount) {
        amount = oracle.credit(address(this));
        if (amount != 0) oracle.withdraw();
    }
}
