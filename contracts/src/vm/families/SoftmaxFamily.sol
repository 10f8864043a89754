// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {StepCore} from "../StepCore.sol";
import {Desc, DescLib} from "../ops/Desc.sol";
import {Mem} from "../ops/Mem.sol";
import {Softmax, Argmax} from "../ops/Softmax.sol";

/// @title SoftmaxFamily
/// @notice The step function for the ops of the softmax family: Softmax and
/// Argmax (ops/Softmax.sol; docs/spec.md §6.8-6.9); a causal Softmax's
/// rows differ in length (_iterLen). Deployed on its own; the
/// StepVerifier dispatcher routes the steps of these opcodes here (docs/spec.md
/// §7.5).
/// @dev Dispatch only: the kernel table of Go's vm/ops/kernel.go restricted
/// to this family's opcodes. Any other defined opcode reverts WrongFamily.
contract SoftmaxFamily is StepCore {
    function _kernelValidate(Desc memory d, uint256 romLeaves) internal pure override returns (bool) {
        uint8 op = d.op;
        if (op == DescLib.OP_SOFTMAX) return Softmax.validate(d, romLeaves);
        if (op == DescLib.OP_ARGMAX) return Argmax.validate(d);
        revert WrongFamily(op);
    }

    function _schedule(Desc memory d) internal pure override returns (uint256, uint256) {
        uint8 op = d.op;
        if (op == DescLib.OP_SOFTMAX) return Softmax.schedule(d);
        if (op == DescLib.OP_ARGMAX) return Argmax.schedule(d);
        revert WrongFamily(op);
    }

    function _iterLen(Desc memory d, uint256 i, uint256 J) internal pure override returns (uint256) {
        if (d.op == DescLib.OP_SOFTMAX) return Softmax.iterLen(d, i);
        return J;
    }

    function _kernelStep(Desc memory d, uint256 i, uint256 j, uint256[4] memory acc, Mem memory m)
        internal
        pure
        override
    {
        uint8 op = d.op;
        if (op == DescLib.OP_SOFTMAX) Softmax.step(d, i, j, acc, m);
        else if (op == DescLib.OP_ARGMAX) Argmax.step(d, i, j, acc, m);
        else revert WrongFamily(op);
    }
}
