// Package verifier is the Go client of the onchain step verifier
// (contracts/src/vm/StepVerifier.sol), the Solidity mirror of vm.Step: a
// dispatcher that forwards each step to the op family contract of its
// opcode, each family a complete step function (StepCore.sol) for its ops
// (docs/spec.md §7.5; deployed by arbiter.DeployStepVerifier).
//
// What it guarantees. The StepVerifier contract computes, for every
// pre-state encoding and witness, exactly what vm.Step computes
// (docs/spec.md §7.3): the same post-state, byte for byte, and therefore the
// same post-state hash; and it reverts exactly when vm.Step returns an error
// (a bad witness, vm.ErrWitness) or vm.DecodeState rejects the pre-state,
// and then with the custom error named like the Go reason (vm.RejectError's
// Reason), with the same arguments (docs/spec.md §7.4). An
// invalid header, descriptor or schedule position is not a revert: both sides
// return the Error status. A non-running pre-state is returned unchanged
// whatever the witness. The tests of this package check that equivalence
// differentially against the Go reference on the golden vectors, on real
// traces of the fixture models, on random models of every opcode, on
// systematically corrupted witnesses and pre-states, and under fuzzing
// (FuzzStepDifferential, whose committed seed corpus covers every opcode and
// step kind, checked by TestFuzzCorpus), requiring for every rejected input
// the same reason from both sides; TestReasonsMatchABI checks that the
// contract's custom errors are exactly vm.Reasons; the dispatch tests check
// that every opcode reaches the one family that executes it, that a family
// refuses the others' opcodes, that steps without an op are decided
// identically by every family, and the contracts' code sizes
// (TestCodeSizeHeadroom); TestGasReport measures the gas of real step
// transactions under the pinned chain rules (chainconfig.RulesName).
//
// Verifier binds to a deployed StepVerifier on any bind.ContractBackend and
// turns a revert into an *arbiter.RevertError naming the contract's custom
// error (Name, for example "AccessProofInvalid"; contracts/src/vm/Errors.sol),
// so that a challenger can tell why a witness was refused.
package verifier
