// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {IInferenceOracle} from "@opml-dev/contracts/src/IInferenceOracle.sol";
import {InferenceConsumerBase} from "@opml-dev/contracts/src/InferenceConsumerBase.sol";

/// @title DigitClassifier
/// @notice An example consumer built on the kit: it asks a classifier (e.g.
/// opml's MNIST fixture models, whose output is 10 int8 logits) to classify
/// an input and keeps the predicted class, the index of the largest logit,
/// when the oracle calls it back. Whoever asked may cancel a request that
/// expired unanswered and withdraw its fee.
contract DigitClassifier is InferenceConsumerBase {
    /// @notice Who asked for each request (and may cancel it).
    mapping(uint256 => address) public askerOf;
    /// @notice The predicted class of each delivered request.
    mapping(uint256 => uint256) public labelOf;
    /// @notice Whether a request's result was delivered.
    mapping(uint256 => bool) public delivered;
    /// @notice Fees of cancelled requests owed to their askers.
    mapping(address => uint256) public refundOf;

    event Asked(uint256 indexed requestId, bytes32 indexed modelId, address indexed by);
    event Classified(uint256 indexed requestId, uint256 label);
    event Refunded(uint256 indexed requestId, address indexed to, uint256 fee);

    error NotAsker(address caller);
    error EmptyOutput(uint256 requestId);
    error NothingToWithdraw();
    error WithdrawFailed(address to, uint256 amount);

    constructor(IInferenceOracle oracle_) InferenceConsumerBase(oracle_) {}

    /// @notice Requests a classification of input (the model's int8 input,
    /// row-major) by modelId, forwarding msg.value as the fee; the result is
    /// delivered with callbackGas gas.
    function classify(bytes32 modelId, bytes calldata input, uint64 callbackGas)
        external
        payable
        returns (uint256 requestId)
    {
        requestId = _requestInference(modelId, input, callbackGas, msg.value);
        askerOf[requestId] = msg.sender;
        emit Asked(requestId, modelId, msg.sender);
    }

    /// @notice Cancels an expired, unanswered request asked by the caller
    /// and owes the caller its fee (withdraw pays it).
    function cancel(uint256 requestId) external {
        if (askerOf[requestId] != msg.sender) revert NotAsker(msg.sender);
        uint256 fee = _cancelRequest(requestId);
        _withdrawFromOracle();
        refundOf[msg.sender] += fee;
        emit Refunded(requestId, msg.sender, fee);
    }

    /// @notice Sends the caller the fees of its cancelled requests.
    function withdraw() external {
        uint256 amount = refundOf[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        refundOf[msg.sender] = 0;
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert WithdrawFailed(msg.sender, amount);
    }

    /// @dev The label is the index of the largest int8 logit (the first on a tie).
    function _fulfillInference(uint256 requestId, bytes calldata output) internal override {
        if (output.length == 0) revert EmptyOutput(requestId);
        uint256 best;
        int8 max = int8(uint8(output[0]));
        for (uint256 i = 1; i < output.length; i++) {
            int8 v = int8(uint8(output[i]));
            if (v > max) (max, best) = (v, i);
        }
        labelOf[requestId] = best;
        delivered[requestId] = true;
        emit Classified(requestId, best);
    }
}
