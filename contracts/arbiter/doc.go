// Package arbiter is the contract-facing layer of opml: everything outside
// contracts/ deploys, reads, calls and decodes the onchain arbiter
// (StepVerifier, ModelRegistry, DisputeGame, InferenceOracle and the
// ExampleConsumer) through it, never through the generated bindings
// (layering_test.go enforces that), as op-challenger goes through its
// game/fault/contracts. It provides:
//
//   - Deploy: the four contracts with Params (docs/protocol.md §1), the
//     StepVerifier being a dispatcher in front of the op family contracts
//     (DeployStepVerifier, StepFamilies; docs/spec.md §7.5).
//   - The commitments the oracle derives onchain, computed in Go: a
//     request's start hash and a claim's final hash (docs/protocol.md §3),
//     and the claim IDs (ClaimID).
//   - Completions (docs/protocol.md §3.6): Completion (a completion
//     request's prompt, tokens and token width, checked as the oracle
//     checks it), its one definition of a claim's trace input x
//     (Completion.Input), completion (Generated, Result) and start hash
//     (CompletionStartHash), greedy decoding on the VM fast path
//     (GenerateInput, Generate, with CheckConsistent) and TraceCompletion,
//     which submitters, challengers, tests and tools share.
//   - The contracts' enums as Go types: RequestStatus, ClaimStatus,
//     GameStatus, Turn and Reason, their constants named after the Solidity
//     members and String returning those names.
//   - Readers with typed results: Oracle (requestOf, claimOf, credit, bonds,
//     the game, Challenged events), Game (gameOf, positionOf, splitPoints,
//     clocks, Bisected events) and Registry; RequestCall, ClaimCall and
//     ClocksCall are the eth_calls of requestOf, claimOf and clocks, so that
//     a caller can send them ahead in a batch (node.Reads).
//   - The calldata of every transaction the nodes and the CLI send
//     (PackSubmit, PackChallenge, PackBisect, ...; the value and the sending
//     are the caller's) and MethodName, which names calldata.
//   - DecodeEvent: a log of the contracts to its typed event.
//   - The one revert error of opml, RevertError (Name, Args, Value, Data,
//     Err), and its one decoder, DecodeRevert, built on the generated
//     bindings' UnpackError over the one list of the deployed contracts'
//     custom errors (the StepVerifier's included, so that contracts/verifier
//     and the Go VM's differential tests share the names). WrapRevert decodes
//     the revert an RPC error carries; CustomError values (ErrStalePosition,
//     ErrRequestNotOpen, ...) test a revert's reason with errors.Is.
//
// Guarantees: the commitment functions are pure and deterministic and agree
// bit for bit with contracts/src/arbiter/Commitments.sol (tested against the
// deployed contracts). The enums cannot drift from the contracts: a test
// checks every value's name against the Solidity sources and the ABI's
// types, and every CustomError against the ABIs. The readers talk to the
// chain only through the Caller and LogFilterer they are given (one eth_call
// per read; a multi-call view is the caller's to make consistent, as
// node/dispute does with the game's position), report a revert as a
// *RevertError, and never panic on bad input (a value the ABI cannot encode
// is an error). Deploy talks to the chain only through the Deployer it is
// given, with the context it is given. Safe for concurrent use: the package state is the parsed bindings,
// read-only after initialization. Errors are prefixed "arbiter: ".
package arbiter
