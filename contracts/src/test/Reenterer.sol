// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {InferenceOracle} from "../arbiter/InferenceOracle.sol";

/// @title Reenterer (test only)
/// @notice Receives oracle payouts and tries to withdraw again from its
/// receive function; the oracle's lock must make the whole withdrawal fail.
contract Reenterer {
    InferenceOracle public immutable oracle;
    bool public armed = true;

    constructor(InferenceOracle oracle_) {
        oracle = oracle_;
    }

    function setArmed(bool a) external {
        armed = a;
    }

    function request(bytes32 modelId, bytes calldata input) external payable returns (uint256) {
        return oracle.request{value: msg.value}(modelId, input, 0);
    }

    function cancel(uint256 requestId) external {
        oracle.cancel(requestId);
    }

    function withdraw() external {
        oracle.withdraw();
    }

    receive() external payable {
        if (armed) oracle.withdraw();
    }
}
