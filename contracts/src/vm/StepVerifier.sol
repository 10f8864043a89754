// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IStepVerifier} from "../arbiter/interfaces.sol";
import {StepErrors} from "./Errors.sol";
import {DescLib} from "./ops/Desc.sol";

/// @title StepVerifier
/// @notice The onchain step function of the opml VM (`vm.Step`, docs/spec.md
/// §7.3): the dispatcher in front of the op family contracts (§7.5). Each
/// family (families/*.sol) is a complete step function (StepCore.sol) for
/// the opcodes of its family and is deployed on its own, so the size of no
/// contract grows with the number of ops. The dispatcher reads the opcode
/// of the witness's op descriptor, forwards the call unchanged to the family
/// of that opcode and returns (or reverts with) exactly what the family
/// returned. A step that carries no op, or an opcode no family executes, goes
/// to the first family: every family decides those steps identically (the
/// shared StepCore), so the choice cannot change a result.
/// @dev Dispatch only (no Go twin). Stateless: the family addresses are
/// immutables fixed at construction; one deployment serves every model.
contract StepVerifier is IStepVerifier, StepErrors {
    /// @notice Witness offsets (spec §7.2): the hasOp byte, and the op
    /// descriptor whose first byte is the opcode.
    uint256 internal constant HAS_OP_OFFSET = 161;
    uint256 internal constant OPCODE_OFFSET = 162;

    /// @notice The op family contracts, in constructor order.
    address public immutable gemmFamily; // Gemm, Conv2D
    address public immutable poolFamily; // MaxPool2D, AvgPool2D
    address public immutable elementwiseFamily; // ReLU, Add, Lut, Mul, Max, Min
    address public immutable reshapeFamily; // Reshape, Gather
    address public immutable softmaxFamily; // Softmax, Argmax
    address public immutable attentionFamily; // MatMul
    address public immutable normFamily; // Norm, Rope
    address public immutable lookupFamily; // Embed, GluMul

    /// @notice A family address without code.
    error FamilyWithoutCode(uint256 index, address family);

    /// @param families the family contracts, in the order of the immutables
    /// above (contracts/arbiter.Families lists them for the Go deployer).
    constructor(address[8] memory families) {
        for (uint256 k = 0; k < families.length; k++) {
            if (families[k].code.length == 0) revert FamilyWithoutCode(k, families[k]);
        }
        gemmFamily = families[0];
        poolFamily = families[1];
        elementwiseFamily = families[2];
        reshapeFamily = families[3];
        softmaxFamily = families[4];
        attentionFamily = families[5];
        normFamily = families[6];
        lookupFamily = families[7];
    }

    /// @notice vm.Step, returning StateHash(post) (StepCore.step).
    function step(bytes calldata preState, bytes calldata witness)
        external
        view
        override
        returns (bytes32)
    {
        _forward(familyOf(_opcode(preState, witness)));
    }

    /// @notice vm.Step, returning the full 245-byte post-state encoding
    /// (StepCore.stepState).
    function stepState(bytes calldata preState, bytes calldata witness)
        external
        view
        returns (bytes memory)
    {
        _forward(familyOf(_opcode(preState, witness)));
    }

    /// @notice The family contract that executes opcode op; the first family
    /// for 0 (no op) and for opcodes no family executes.
    function familyOf(uint8 op) public view returns (address) {
        if (op == DescLib.OP_GEMM || op == DescLib.OP_CONV2D) return gemmFamily;
        if (op == DescLib.OP_MAXPOOL2D || op == DescLib.OP_AVGPOOL2D) return poolFamily;
        if (
            op == DescLib.OP_RELU || op == DescLib.OP_ADD || op == DescLib.OP_LUT || op == DescLib.OP_MUL
                || op == DescLib.OP_MAX || op == DescLib.OP_MIN
        ) return elementwiseFamily;
        if (op == DescLib.OP_RESHAPE || op == DescLib.OP_GATHER) return reshapeFamily;
        if (op == DescLib.OP_SOFTMAX || op == DescLib.OP_ARGMAX) return softmaxFamily;
        if (op == DescLib.OP_MATMUL) return attentionFamily;
        if (op == DescLib.OP_NORM || op == DescLib.OP_ROPE) return normFamily;
        if (op == DescLib.OP_EMBED || op == DescLib.OP_GLUMUL) return lookupFamily;
        return gemmFamily;
    }

    /// @dev The opcode byte of the witness's op descriptor, or 0 when the
    /// witness carries no op (or is too short to: the family reverts on it).
    /// The pre-state does not take part in the routing: whatever it is
    /// (not running, not even a state), the family decides.
    function _opcode(bytes calldata, bytes calldata witness) private pure returns (uint8 op) {
        if (witness.length > OPCODE_OFFSET && uint8(witness[HAS_OP_OFFSET]) == 1) op = uint8(witness[OPCODE_OFFSET]);
    }

    /// @dev Calls family with this call's calldata and ends this call with
    /// its returndata: returned on success, reverted with on failure, so a
    /// family's custom error reaches the caller unchanged.
    function _forward(address family) private view {
        assembly {
            calldatacopy(0, 0, calldatasize())
            let ok := staticcall(gas(), family, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if iszero(ok) { revert(0, returndatasize()) }
            return(0, returndatasize())
        }
    }
}
