// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

// Errors.sol: every way the step verifier rejects its input, declared once in
// the StepErrors interface: the dispatcher (StepVerifier.sol) and every op
// family contract inherit it, so each of their ABIs lists every error a step
// can revert with, and the libraries revert with `StepErrors.<Name>`. Mirrors
// vm/errors.go: each error is a vm.Reason of the same name (vm.ReasonX for
// error X, with the same arguments), the reason of the *vm.RejectError with
// which the Go reference `vm.Step` rejects a bad witness ("BAD WITNESS",
// docs/spec.md §7.4; errors.Is(err, vm.ErrWitness)) or vm.DecodeState
// rejects the pre-state (BadPreState). For every input both sides report the
// same first failing reason. A rejected step produces no post-state: the
// verifier reverts. Invalid descriptors, invalid headers and impossible
// positions are NOT errors: they are the legitimate Error status (spec
// §7.3), returned as a post-state.

/// @title StepErrors
/// @notice The custom errors of the step function (vm.Reason in vm/errors.go
/// names each one).
interface StepErrors {
    /// @notice The pre-state is not a state encoding: not 245 bytes, or its
    /// status byte is above 2 (vm.DecodeState; spec §7.1).
    error BadPreState();

    /// @notice The witness ends before a field it must hold (spec §7.2 rules 1
    /// and 5).
    error WitnessTruncated();

    /// @notice The witness version byte is not 1 (spec §7.2 rule 1).
    error WitnessVersion(uint8 version);

    /// @notice The witness carries an op or accesses but the header's depths
    /// (h0 bytes 1, 2, 3 and 25) are out of range, so proof lengths are
    /// undefined (spec §7.2 rules 2-4).
    error WitnessDepths();

    /// @notice The hasOp byte is neither 0 nor 1 (spec §7.2 rule 3).
    error WitnessOpFlag(uint8 flag);

    /// @notice Access k has an unknown kind, not 1-4 (spec §7.2 rule 4).
    error WitnessAccessKind(uint256 k, uint8 kind);

    /// @notice Bytes are left over after the last access (spec §7.2 rule 5).
    error WitnessTrailing(uint256 extra);

    /// @notice The witness header and roots do not hash to the pre-state's
    /// model ID (spec §7.3 step 3).
    error ModelIdMismatch();

    /// @notice The witness carries an op on a step that reads none: the halting
    /// step, or a step into Error decided by the header or position alone
    /// (spec §7.3 steps 5 and 6a).
    error OpUnexpected();

    /// @notice The witness carries no op on a step that executes op `pc`
    /// (spec §7.3 step 7).
    error OpMissing(uint32 pc);

    /// @notice The op descriptor's proof does not prove it as op `pc` of the
    /// program (spec §7.3 step 8).
    error OpProofInvalid(uint32 pc);

    /// @notice The step makes access k but the witness holds only k accesses
    /// (spec §7.3.1 rule 1).
    error AccessMissing(uint256 k);

    /// @notice Access k is of kind `got`, the step makes an access of kind
    /// `want` (spec §7.3.1 rule 2).
    error AccessKind(uint256 k, uint8 got, uint8 want);

    /// @notice Access k does not prove its value as leaf `leaf` (or the leaf is
    /// outside the tree) (spec §7.3.1 rules 3-4).
    error AccessProofInvalid(uint256 k, uint64 leaf);

    /// @notice The halting step's output node does not prove against the RAM
    /// root (spec §7.3 step 6c).
    error OutputProofInvalid();

    /// @notice The witness holds `supplied` accesses, the step made `used`
    /// (spec §7.3 step 14 and ERROR).
    error AccessesUnused(uint256 supplied, uint256 used);
}
