// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IStepVerifier} from "../arbiter/interfaces.sol";
import {StepErrors} from "./Errors.sol";
import {ModelHeader} from "./Header.sol";
import {Merkle} from "./Merkle.sol";
import {VMState} from "./State.sol";
import {WitnessLib} from "./Witness.sol";
import {Desc, DescLib} from "./ops/Desc.sol";
import {Mem, MemLib} from "./ops/Mem.sol";

/// @title StepCore
/// @notice The onchain step function of the opml VM: mirrors vm/step.go
/// (`vm.Step`, docs/spec.md §7.3) bit for bit. Given a pre-state encoding
/// (245 bytes, §7.1) and the binary witness of one step (§7.2), it returns
/// the post-state (or its hash), or reverts when the witness does not prove
/// what the step reads (BAD WITNESS, the custom errors of Errors.sol). An
/// invalid header, descriptor or position is not a revert: it is the Error
/// status, a legitimate post-state (§7.4).
/// @dev Abstract: an op family contract (families/*.sol) completes it with
/// the kernel dispatch of its ops (Go's kernel table, vm/ops/kernel.go),
/// and the StepVerifier dispatcher routes each step to the family of its op
/// (§7.5). Every family runs this same code for everything but its ops'
/// kernels, so a step that reads no op, or an op no family knows, is decided
/// identically by any of them. Stateless and pure.
abstract contract StepCore is IStepVerifier, StepErrors {
    /// @notice vm.Step, returning StateHash(post): keccak256 of the post-state
    /// encoding with its first byte replaced by the status. A non-running
    /// pre-state is returned unchanged and the witness is not read.
    function step(bytes calldata preState, bytes calldata witness)
        external
        pure
        override
        returns (bytes32 postStateHash)
    {
        return VMState.hash(_step(preState, witness));
    }

    /// @notice vm.Step, returning the full 245-byte post-state encoding.
    function stepState(bytes calldata preState, bytes calldata witness)
        external
        pure
        returns (bytes memory postState)
    {
        return VMState.encode(_step(preState, witness));
    }

    /// @dev vm.Step: decode the pre-state (reverting on a non-state), return
    /// it unchanged unless running, otherwise decode the witness and step.
    function _step(bytes calldata preState, bytes calldata witness) private pure returns (VMState.State memory s) {
        s = VMState.decode(preState);
        if (s.status != VMState.RUNNING) return s;
        return _stepWitness(s, WitnessLib.decode(witness));
    }

    /// @dev vm.stepWitness, on s in place (s enters as the pre-state).
    function _stepWitness(VMState.State memory s, WitnessLib.Witness memory w)
        private
        pure
        returns (VMState.State memory)
    {
        if (ModelHeader.id(w.h0, w.h1, w.h2, w.programRoot, w.weightsRoot) != s.modelId) revert StepErrors.ModelIdMismatch();
        unchecked {
            s.step += 1; // u64, wraps like Go (unreachable: N <= 2^62)
        }
        (ModelHeader.Header memory h, bool ok) = ModelHeader.decode(w.h0, w.h1, w.h2);
        // A model ID that commits to a malformed header, or a state past the
        // end of the program: Error, reading no op and no memory.
        if (!ok || s.pc > h.numOps || (s.pc == h.numOps && (s.i != 0 || s.j != 0))) {
            if (w.hasOp) revert StepErrors.OpUnexpected();
            return _toError(s, w);
        }
        Mem memory m = MemLib.init(w, s.ramRoot);
        if (s.pc == h.numOps) {
            // The halting step binds the output root.
            if (w.hasOp) revert StepErrors.OpUnexpected();
            (bytes32 node, bytes calldata proof) = MemLib.next(m, WitnessLib.OUTPUT_NODE);
            uint256 idx = uint256(h.output.addr) >> h.outputDepth;
            if (!Merkle.verify(s.ramRoot, node, h.outputDepth, idx, proof)) revert StepErrors.OutputProofInvalid();
            s.status = VMState.HALTED;
            s.outputRoot = node;
            MemLib.done(m);
            return s;
        }
        if (!w.hasOp) revert StepErrors.OpMissing(s.pc);
        bytes calldata op = WitnessLib.op(w);
        if (!Merkle.verify(w.programRoot, descRoot(op), 2, s.pc, WitnessLib.opProof(w))) revert StepErrors.OpProofInvalid(s.pc);
        (Desc memory d, bool dok) = DescLib.decode(op);
        // V1 also bounds the op by the header's version: an op of a newer
        // version in an older model is as invalid as an undefined opcode.
        if (!dok || !_validate(d, op, h.ramLeaves, h.weightsLeaves) || !ModelHeader.defines(h, d)) {
            return _toError(s, w);
        }
        if (!_exec(s, d, m)) return _toError(s, w);
        s.ramRoot = m.ram;
        MemLib.done(m);
        return s;
    }

    /// @dev State.toError: the Error status; such a step reads no memory.
    function _toError(VMState.State memory s, WitnessLib.Witness memory w)
        private
        pure
        returns (VMState.State memory)
    {
        if (w.count != 0) revert StepErrors.AccessesUnused(w.count, 0);
        s.status = VMState.ERROR;
        return s;
    }

    /// @dev vm.exec: runs micro-step (s.i, s.j) of d against m and advances
    /// PC, I, J and the accumulator. Iteration i has J(i) = _iterLen(d, i, J)
    /// micro-steps. An op with an empty schedule has one step at (0, 0) that
    /// touches no memory. Returns false, leaving s
    /// untouched, for a position outside the schedule (Go sets the Error
    /// status there and the caller turns it into the Error post-state).
    function _exec(VMState.State memory s, Desc memory d, Mem memory m) private pure returns (bool) {
        unchecked {
            (uint256 I, uint256 J) = _schedule(d);
            bool empty = I * J == 0;
            if (empty) (I, J) = (1, 1);
            if (s.i >= I) return false;
            if (!empty) J = _iterLen(d, s.i, J); // J(pre.I): a ragged op's iterations differ in length
            if (s.j >= J) return false;
            if (!empty) _kernelStep(d, s.i, s.j, s.acc, m);
            // pre.J < J <= 2^32 - 1, pre.I < I <= 2^32 - 1, pre.PC < NumOps <= 2^24:
            // no counter overflows.
            s.j += 1;
            if (s.j == J) {
                s.j = 0;
                s.i += 1;
                delete s.acc;
                if (s.i == I) {
                    s.i = 0;
                    s.pc += 1;
                }
            }
            return true;
        }
    }

    /// @dev Desc.Validate against the limits (RAMLeaves, WeightsLeaves): V1-V3
    /// (DescLib.validate), V4 the op's own rules, V5 the schedule fits 32-bit
    /// counters (docs/spec.md §5.2).
    function _validate(Desc memory d, bytes calldata b, uint256 ramLeaves, uint256 romLeaves)
        private
        pure
        returns (bool)
    {
        if (!DescLib.validate(d, b, ramLeaves)) return false; // V1-V3
        if (!_kernelValidate(d, romLeaves)) return false; // V4
        (uint256 I, uint256 J) = _schedule(d);
        return I <= DescLib.MAX_COUNT && J <= DescLib.MAX_COUNT; // V5
    }

    // ---- the kernel dispatch of the family's ops (Go's kernel table) ----
    //
    // Called only for a descriptor that passed V1-V3, so d.op is a defined
    // opcode. A family reverts with WrongFamily for a defined opcode that is
    // not one of its own: the dispatcher never sends it one, and a direct
    // call must not be answered by a family that cannot execute the op.

    /// @notice A defined opcode reached a family that does not execute it.
    error WrongFamily(uint8 op);

    /// @dev k.validate of the op's kernel: the op's own rules (V4).
    function _kernelValidate(Desc memory d, uint256 romLeaves) internal pure virtual returns (bool);

    /// @dev Desc.Schedule: the op's static I × J schedule.
    function _schedule(Desc memory d) internal pure virtual returns (uint256 I, uint256 J);

    /// @dev Desc.IterLen: J(i), the micro-steps of iteration i < I of a
    /// valid op with a non-empty schedule whose iterations are at most J
    /// long. J for every op but the ragged ones (causal MatMul and Softmax,
    /// spec §4.1), whose families override this.
    function _iterLen(Desc memory, uint256, uint256 J) internal pure virtual returns (uint256) {
        return J;
    }

    /// @dev Desc.Step: micro-step (i, j) of a valid op, with i < I and j < J(i),
    /// on the accumulator, serving its accesses from m.
    function _kernelStep(Desc memory d, uint256 i, uint256 j, uint256[4] memory acc, Mem memory m)
        internal
        pure
        virtual;

    /// @notice vm.descRoot: H(H(leaf0 ‖ leaf1) ‖ H(leaf2 ‖ leaf3)) of a
    /// 128-byte descriptor in calldata.
    function descRoot(bytes calldata op) internal pure returns (bytes32 r) {
        assembly ("memory-safe") {
            let o := op.offset
            calldatacopy(0x00, o, 0x40)
            let a := keccak256(0x00, 0x40)
            calldatacopy(0x00, add(o, 0x40), 0x40)
            let b := keccak256(0x00, 0x40)
            mstore(0x00, a)
            mstore(0x20, b)
            r := keccak256(0x00, 0x40)
        }
    }
}
