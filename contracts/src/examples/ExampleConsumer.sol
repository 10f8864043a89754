// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IInferenceConsumer} from "../arbiter/interfaces.sol";
import {InferenceOracle} from "../arbiter/InferenceOracle.sol";

/// @title ExampleConsumer
/// @notice What a contract that uses opml inferences looks like: it asks the
/// oracle for an inference (paying the fee), and the oracle calls it back with
/// the finalized output once the challenge window is over and no game on the
/// claim is open. The output bytes are the model's output tensor, row-major:
/// one byte per int8 element, or 4 big-endian bytes per int32 element
/// (docs/protocol.md §2). A consumer that does not want a callback can pass
/// callbackGas = 0 and read InferenceOracle.result(requestId) instead.
///
/// A request nobody answered before its expiry can be cancelled by whoever
/// asked: the fee comes back to this contract and is owed to the asker, who
/// withdraws it (pull payments, as in the oracle).
contract ExampleConsumer is IInferenceConsumer {
    InferenceOracle public immutable oracle;

    /// @notice Outputs delivered by the oracle, by request.
    mapping(uint256 => bytes) public outputOf;
    /// @notice Whether the oracle delivered a request's output.
    mapping(uint256 => bool) public delivered;
    /// @notice Who asked for each request (and may cancel it).
    mapping(uint256 => address) public askerOf;
    /// @notice Fees of cancelled requests owed to their askers.
    mapping(address => uint256) public refundOf;

    event Asked(uint256 indexed requestId, bytes32 indexed modelId, address indexed by);
    event Delivered(uint256 indexed requestId, bytes output);
    event Refunded(uint256 indexed requestId, address indexed to, uint256 fee);
    event Withdrawn(address indexed to, uint256 amount);

    error NotOracle(address caller);
    error NotAsker(address caller);
    error NothingToWithdraw();
    error WithdrawFailed(address to, uint256 amount);

    constructor(InferenceOracle oracle_) {
        oracle = oracle_;
    }

    /// @notice Requests an inference of modelId on input (int8 values,
    /// row-major), forwarding msg.value as the fee; the oracle will call
    /// onInferenceResult with callbackGas gas.
    function ask(bytes32 modelId, bytes calldata input, uint64 callbackGas)
        external
        payable
        returns (uint256 requestId)
    {
        requestId = oracle.request{value: msg.value}(modelId, input, callbackGas);
        askerOf[requestId] = msg.sender;
        emit Asked(requestId, modelId, msg.sender);
    }

    /// @notice Requests a completion of `tokens` tokens after prompt (token
    /// ids of tokenBytes bytes each; the text itself for a byte-level model)
    /// from completion model modelId (InferenceOracle.requestCompletion),
    /// forwarding msg.value as the fee; onInferenceResult receives the
    /// completion (tokens × tokenBytes bytes).
    function askCompletion(bytes32 modelId, bytes calldata prompt, uint32 tokens, uint8 tokenBytes, uint64 callbackGas)
        external
        payable
        returns (uint256 requestId)
    {
        requestId = oracle.requestCompletion{value: msg.value}(modelId, prompt, tokens, tokenBytes, callbackGas);
        askerOf[requestId] = msg.sender;
        emit Asked(requestId, modelId, msg.sender);
    }

    /// @notice Cancels an expired, unanswered request (InferenceOracle.cancel
    /// says when that is allowed) asked by the caller, and owes the caller
    /// its fee, which withdraw() pays.
    function cancel(uint256 requestId) external {
        if (askerOf[requestId] != msg.sender) revert NotAsker(msg.sender);
        uint256 fee = oracle.requestOf(requestId).fee;
        oracle.cancel(requestId); // credits the fee to this contract
        if (fee > 0) oracle.withdraw();
        refundOf[msg.sender] += fee;
        emit Refunded(requestId, msg.sender, fee);
    }

    /// @notice Sends the caller the fees of its cancelled requests.
    function withdraw() external {
        uint256 amount = refundOf[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        refundOf[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert WithdrawFailed(msg.sender, amount);
    }

    /// @notice Accepts ETH from the oracle only (the refunds it withdraws).
    receive() external payable {
        if (msg.sender != address(oracle)) revert NotOracle(msg.sender);
    }

    /// @inheritdoc IInferenceConsumer
    function onInferenceResult(uint256 requestId, bytes calldata output) external {
        if (msg.sender != address(oracle)) revert NotOracle(msg.sender);
        outputOf[requestId] = output;
        delivered[requestId] = true;
        emit Delivered(requestId, output);
    }
}
