// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IInferenceConsumer} from "../arbiter/interfaces.sol";
import {InferenceOracle} from "../arbiter/InferenceOracle.sol";

/// @title TestConsumer (test only)
/// @notice A consuming contract whose callback behaves as configured: records
/// the result, reverts, burns all its gas, returns a huge return buffer, or
/// tries to re-enter the oracle. Finalization must stand in every case.
contract TestConsumer is IInferenceConsumer {
    enum Mode {
        Record,
        Revert,
        BurnGas,
        ReturnBomb,
        Reenter
    }

    InferenceOracle public immutable oracle;
    Mode public mode;
    uint256 public calls;
    uint256 public lastRequestId;
    bytes public lastOutput;

    error NotOracle();
    error Refused();

    constructor(InferenceOracle oracle_) {
        oracle = oracle_;
    }

    function setMode(Mode m) external {
        mode = m;
    }

    /// @notice Sends a request to the oracle as this contract.
    function ask(bytes32 modelId, bytes calldata input, uint64 callbackGas) external payable returns (uint256) {
        return oracle.request{value: msg.value}(modelId, input, callbackGas);
    }

    function onInferenceResult(uint256 requestId, bytes calldata output) external {
        if (msg.sender != address(oracle)) revert NotOracle();
        Mode m = mode;
        if (m == Mode.Revert) revert Refused();
        if (m == Mode.BurnGas) {
            uint256 x;
            while (true) {
                x = uint256(keccak256(abi.encode(x)));
            }
        }
        if (m == Mode.ReturnBomb) {
            assembly {
                return(0, 100000) // 100 kB of return data the oracle must not copy
            }
        }
        if (m == Mode.Reenter) {
            oracle.withdraw(); // must fail: the oracle is locked during finalize
        }
        calls += 1;
        lastRequestId = requestId;
        lastOutput = output;
    }
}
