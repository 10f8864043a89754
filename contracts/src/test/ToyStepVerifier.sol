// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IStepVerifier} from "../arbiter/interfaces.sol";

/// @title ToyStepVerifier (test only)
/// @notice A trivial step function for fast dispute-game tests, standing in
/// for the real StepVerifier the way op-challenger's alphabet VM stands in
/// for cannon. A toy state is the 41 bytes 0x00 ‖ seed (32) ‖ t (uint64,
/// big-endian); one step increments t. Its hash follows the VM's rule:
/// keccak256 of the encoding with the first byte replaced by the status (0).
contract ToyStepVerifier is IStepVerifier {
    error BadToyState(uint256 length);

    function step(bytes calldata preState, bytes calldata) external pure returns (bytes32) {
        if (preState.length != 41 || preState[0] != 0) revert BadToyState(preState.length);
        bytes32 seed = bytes32(preState[1:33]);
        uint64 t = uint64(bytes8(preState[33:41]));
        return toyHash(seed, t + 1);
    }

    /// @notice Hash of toy state t of trace `seed`.
    function toyHash(bytes32 seed, uint64 t) public pure returns (bytes32 h) {
        h = keccak256(abi.encodePacked(uint8(0), seed, t));
        h &= bytes32(type(uint256).max >> 8);
    }
}
