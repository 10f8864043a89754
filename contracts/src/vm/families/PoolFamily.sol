// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {StepCore} from "../StepCore.sol";
import {Desc, DescLib} from "../ops/Desc.sol";
import {Mem} from "../ops/Mem.sol";
import {Pool} from "../ops/Pool.sol";

/// @title PoolFamily
/// @notice The step function for the ops of the pool family: MaxPool2D and
/// AvgPool2D (ops/Pool.sol; docs/spec.md §6.4-6.5). Deployed on its own; the
/// StepVerifier dispatcher routes the steps of these opcodes here (docs/spec.md
/// §7.5).
/// @dev Dispatch only: the kernel table of Go's vm/ops/kernel.go restricted
/// to this family's opcodes. Any other defined opcode reverts WrongFamily.
contract PoolFamily is StepCore {
    function _kernelValidate(Desc memory d, uint256) internal pure override returns (bool) {
        uint8 op = d.op;
        if (op == DescLib.OP_MAXPOOL2D || op == DescLib.OP_AVGPOOL2D) return Pool.validate(d);
        revert WrongFamily(op);
    }

    function _schedule(Desc memory d) internal pure override returns (uint256, uint256) {
        uint8 op = d.op;
        if (op == DescLib.OP_MAXPOOL2D || op == DescLib.OP_AVGPOOL2D) return Pool.schedule(d);
        revert WrongFamily(op);
    }

    function _kernelStep(Desc memory d, uint256 i, uint256 j, uint256[4] memory acc, Mem memory m)
        internal
        pure
        override
    {
        uint8 op = d.op;
        if (op == DescLib.OP_MAXPOOL2D) Pool.step(d, true, i, j, acc, m);
        else if (op == DescLib.OP_AVGPOOL2D) Pool.step(d, false, i, j, acc, m);
        else revert WrongFamily(op);
    }
}
