// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {StepCore} from "../StepCore.sol";
import {Desc, DescLib} from "../ops/Desc.sol";
import {Mem} from "../ops/Mem.sol";
import {MatMul} from "../ops/MatMul.sol";

/// @title AttentionFamily
/// @notice The step function for the attention ops: MatMul of two
/// activations (ops/MatMul.sol; docs/spec.md §6.14), whose causal modes
/// make its rows differ in length (_iterLen). Deployed on its own; the
/// StepVerifier dispatcher routes the steps of this opcode here
/// (docs/spec.md §7.5).
/// @dev Dispatch only: the kernel table of Go's vm/ops/kernel.go restricted
/// to this family's opcodes. Any other defined opcode reverts WrongFamily.
contract AttentionFamily is StepCore {
    function _kernelValidate(Desc memory d, uint256) internal pure override returns (bool) {
        if (d.op == DescLib.OP_MATMUL) return MatMul.validate(d);
        revert WrongFamily(d.op);
    }

    function _schedule(Desc memory d) internal pure override returns (uint256, uint256) {
        if (d.op == DescLib.OP_MATMUL) return MatMul.schedule(d);
        revert WrongFamily(d.op);
    }

    function _iterLen(Desc memory d, uint256 i, uint256) internal pure override returns (uint256) {
        if (d.op == DescLib.OP_MATMUL) return MatMul.iterLen(d, i);
        revert WrongFamily(d.op);
    }

    function _kernelStep(Desc memory d, uint256 i, uint256 j, uint256[4] memory acc, Mem memory m)
        internal
        pure
        override
    {
        if (d.op == DescLib.OP_MATMUL) MatMul.step(d, i, j, acc, m);
        else revert WrongFamily(d.op);
    }
}
