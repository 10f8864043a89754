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
contract ExampleConsumer is IInferenceConsumer {
    InferenceOracle public immutable oracle;

    /// @notice Outputs delivered by the oracle, by request.
    mapping(uint256 => bytes) public outputOf;
    /// @notice Whether the oracle delivered a request's output.
    mapping(uint256 => bool) public delivered;

    event Asked(uint256 indexed requestId, bytes32 indexed modelId, address indexed by);
    event Delivered(uint256 indexed requestId, bytes output);

    error NotOracle(address caller);

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
        emit Asked(requestId, modelId, msg.sender);
    }

    /// @inheritdoc IInferenceConsumer
    function onInferenceResult(uint256 requestId, bytes calldata output) external {
        if (msg.sender != address(oracle)) revert NotOracle(msg.sender);
        outputOf[requestId] = output;
        delivered[requestId] = true;
        emit Delivered(requestId, output);
    }
}
