// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {StepCore} from "../StepCore.sol";
import {Desc, DescLib} from "../ops/Desc.sol";
import {Mem} from "../ops/Mem.sol";
import {ReLU, Add} from "../ops/Elementwise.sol";
import {Lut} from "../ops/Lut.sol";
import {Mul, MinMax} from "../ops/Binary.sol";

/// @title ElementwiseFamily
/// @notice The step function for the ops of the elementwise family: ReLU,
/// Add (ops/Elementwise.sol), Lut (ops/Lut.sol), Mul, Max and Min
/// (ops/Binary.sol; docs/spec.md §6.3, §6.6, §6.10, §6.12, §6.13). Deployed
/// on its own; the
/// StepVerifier dispatcher routes the steps of these opcodes here (docs/spec.md
/// §7.5).
/// @dev Dispatch only: the kernel table of Go's vm/ops/kernel.go restricted
/// to this family's opcodes. Any other defined opcode reverts WrongFamily.
contract ElementwiseFamily is StepCore {
    function _kernelValidate(Desc memory d, uint256 romLeaves) internal pure override returns (bool) {
        uint8 op = d.op;
        if (op == DescLib.OP_RELU) return ReLU.validate(d);
        if (op == DescLib.OP_ADD) return Add.validate(d);
        if (op == DescLib.OP_LUT) return Lut.validate(d, romLeaves);
        if (op == DescLib.OP_MUL) return Mul.validate(d);
        if (op == DescLib.OP_MAX || op == DescLib.OP_MIN) return MinMax.validate(d);
        revert WrongFamily(op);
    }

    function _schedule(Desc memory d) internal pure override returns (uint256, uint256) {
        uint8 op = d.op;
        if (op == DescLib.OP_RELU) return ReLU.schedule(d);
        if (op == DescLib.OP_ADD) return Add.schedule(d);
        if (op == DescLib.OP_LUT) return Lut.schedule(d);
        if (op == DescLib.OP_MUL) return Mul.schedule(d);
        if (op == DescLib.OP_MAX || op == DescLib.OP_MIN) return MinMax.schedule(d);
        revert WrongFamily(op);
    }

    function _kernelStep(Desc memory d, uint256 i, uint256 j, uint256[4] memory, Mem memory m)
        internal
        pure
        override
    {
        uint8 op = d.op;
        if (op == DescLib.OP_RELU) ReLU.step(d, i, m);
        else if (op == DescLib.OP_ADD) Add.step(d, i, m);
        else if (op == DescLib.OP_LUT) Lut.step(d, i, j, m);
        else if (op == DescLib.OP_MUL) Mul.step(d, i, m);
        else if (op == DescLib.OP_MAX || op == DescLib.OP_MIN) MinMax.step(d, op == DescLib.OP_MAX, i, m);
        else revert WrongFamily(op);
    }
}
