// Package arbiter deploys the opml onchain arbiter (StepVerifier,
// ModelRegistry, DisputeGame, InferenceOracle) and computes, in Go, the
// commitments the oracle derives onchain: a request's start hash and a
// claim's final hash (docs/protocol.md §3).
//
// Guarantees: the commitment functions are pure and deterministic and agree
// bit for bit with contracts/src/arbiter/Commitments.sol (tested against the
// deployed contracts). Deploy talks to the chain only through the Deployer it
// is given, with the context it is given. Safe for concurrent use (no package state).
package arbiter
