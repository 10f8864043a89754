// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {StepCore} from "../StepCore.sol";
import {Desc, DescLib} from "../ops/Desc.sol";
import {Mem} from "../ops/Mem.sol";
import {Norm} from "../ops/Norm.sol";
import {Rope} from "../ops/Rope.sol";

/// @title NormFamily
/// @notice The step function for the per-row transforms of format version
/// 2: Norm (ops/Norm.sol) and Rope (ops/Rope.sol; docs/spec.md §6.16,
/// §6.17). Deployed on its own; the StepVerifier dispatcher routes the
/// steps of these opcodes here (docs/spec.md §7.5).
/// @dev Dispatch only: the kernel table of Go's vm/ops/kernel.go restricted
/// to this family's opcodes. Any other defined opcode reverts WrongFamily.
contract NormFamily is StepCore {
    function _kernelValidate(Desc memory d, uint256 romLeaves) internal pure override returns (bool) {
        uint8 op = d.op;
        if (op == DescLib.OP_NORM) return Norm.validate(d);
        if (op == DescLib.OP_ROPE) return Rope.validate(d, romLeaves);
        revert WrongFamily(op);
    }

    function _schedule(Desc memory d) internal pure override returns (uint256, uint256) {
        uint8 op = d.op;
        if (op == DescLib.OP_NORM) return Norm.schedule(d);
        if (op == DescLib.OP_ROPE) return Rope.schedule(d);
        revert WrongFamily(op);
    }

    function _kernelStep(Desc memory d, uint256 i, uint256 j, uint256[4] memory acc, Mem memory m)
        internal
        pure
        override
    {
        uint8 op = d.op;
        if (op == DescLib.OP_NORM) Norm.step(d, i, j, acc, m);
        else if (op == DescLib.OP_ROPE) Rope.step(d, i, j, m);
        else revert WrongFamily(op);
    }
}
