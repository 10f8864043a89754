// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {StepCore} from "../StepCore.sol";
import {Desc, DescLib} from "../ops/Desc.sol";
import {Mem} from "../ops/Mem.sol";
import {Reshape} from "../ops/Reshape.sol";
import {Gather} from "../ops/Gather.sol";

/// @title ReshapeFamily
/// @notice The step function for the ops of the reshape (data-movement)
/// family: Reshape (ops/Reshape.sol) and Gather (ops/Gather.sol;
/// docs/spec.md §6.7, §6.11). Deployed on its own; the StepVerifier
/// dispatcher routes the steps of these opcodes here (docs/spec.md §7.5).
/// @dev Dispatch only: the kernel table of Go's vm/ops/kernel.go restricted
/// to this family's opcodes. Any other defined opcode reverts WrongFamily.
contract ReshapeFamily is StepCore {
    function _kernelValidate(Desc memory d, uint256 romLeaves) internal pure override returns (bool) {
        uint8 op = d.op;
        if (op == DescLib.OP_RESHAPE) return Reshape.validate(d);
        if (op == DescLib.OP_GATHER) return Gather.validate(d, romLeaves);
        revert WrongFamily(op);
    }

    function _schedule(Desc memory d) internal pure override returns (uint256, uint256) {
        uint8 op = d.op;
        if (op == DescLib.OP_RESHAPE) return Reshape.schedule(d);
        if (op == DescLib.OP_GATHER) return Gather.schedule(d);
        revert WrongFamily(op);
    }

    function _kernelStep(Desc memory d, uint256 i, uint256 j, uint256[4] memory, Mem memory m)
        internal
        pure
        override
    {
        uint8 op = d.op;
        if (op == DescLib.OP_RESHAPE) Reshape.step(d, i, m);
        else if (op == DescLib.OP_GATHER) Gather.step(d, i, j, m);
        else revert WrongFamily(op);
    }
}
