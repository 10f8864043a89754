// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {StepCore} from "../StepCore.sol";
import {Desc, DescLib} from "../ops/Desc.sol";
import {Mem} from "../ops/Mem.sol";
import {Embed} from "../ops/Embed.sol";
import {GluMul} from "../ops/GluMul.sol";

/// @title LookupFamily
/// @notice The step function for the table-driven ops of format version 2:
/// Embed (ops/Embed.sol) and GluMul (ops/GluMul.sol; docs/spec.md §6.15,
/// §6.18), each reading a ROM table at an address its data selects.
/// Deployed on its own; the StepVerifier dispatcher routes the steps of
/// these opcodes here (docs/spec.md §7.5).
/// @dev Dispatch only: the kernel table of Go's vm/ops/kernel.go restricted
/// to this family's opcodes. Any other defined opcode reverts WrongFamily.
contract LookupFamily is StepCore {
    function _kernelValidate(Desc memory d, uint256 romLeaves) internal pure override returns (bool) {
        uint8 op = d.op;
        if (op == DescLib.OP_EMBED) return Embed.validate(d, romLeaves);
        if (op == DescLib.OP_GLUMUL) return GluMul.validate(d, romLeaves);
        revert WrongFamily(op);
    }

    function _schedule(Desc memory d) internal pure override returns (uint256, uint256) {
        uint8 op = d.op;
        if (op == DescLib.OP_EMBED) return Embed.schedule(d);
        if (op == DescLib.OP_GLUMUL) return GluMul.schedule(d);
        revert WrongFamily(op);
    }

    function _kernelStep(Desc memory d, uint256 i, uint256 j, uint256[4] memory, Mem memory m)
        internal
        pure
        override
    {
        uint8 op = d.op;
        if (op == DescLib.OP_EMBED) Embed.step(d, i, j, m);
        else if (op == DescLib.OP_GLUMUL) GluMul.step(d, i, j, m);
        else revert WrongFamily(op);
    }
}
