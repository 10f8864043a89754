// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {StepCore} from "../StepCore.sol";
import {Desc, DescLib} from "../ops/Desc.sol";
import {Mem} from "../ops/Mem.sol";
import {Reshape} from "../ops/Reshape.sol";

/// @title ReshapeFamily
/// @notice The step function for the ops of the reshape family: Reshape
/// (ops/Reshape.sol; docs/spec.md §6.7). Deployed on its own; the StepVerifier
/// dispatcher routes the steps of these opcodes here (docs/spec.md §7.5).
/// @dev Dispatch only: the kernel table of Go's vm/ops/kernel.go restricted
/// to this family's opcodes. Any other defined opcode reverts WrongFamily.
contract ReshapeFamily is StepCore {
    function _kernelValidate(Desc memory d, uint256) internal pure override returns (bool) {
        uint8 op = d.op;
        if (op == DescLib.OP_RESHAPE) return Reshape.validate(d);
        revert WrongFamily(op);
    }

    function _schedule(Desc memory d) internal pure override returns (uint256, uint256) {
        uint8 op = d.op;
        if (op == DescLib.OP_RESHAPE) return Reshape.schedule(d);
        revert WrongFamily(op);
    }

    function _kernelStep(Desc memory d, uint256 i, uint256, uint256[4] memory, Mem memory m)
        internal
        pure
        override
    {
        uint8 op = d.op;
        if (op == DescLib.OP_RESHAPE) Reshape.step(d, i, m);
        else revert WrongFamily(op);
    }
}
