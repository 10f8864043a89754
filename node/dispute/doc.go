// Package dispute plays opml dispute games (docs/protocol.md §4) on chain.
//
// It has three layers, each usable on its own:
//
//   - TraceProvider: what a party believes about an execution — the state
//     hash after t steps and the proof of step t. NewVMTrace wraps a real
//     vm.Trace; ToyTrace mirrors contracts/src/test/ToyStepVerifier.sol for
//     fast game-logic tests; Lying (tests and demos only) injects faults.
//   - Solve: a pure function from the onchain game (GameState) and a trace
//     to the next move (Action): bisect, choose, step, resolveTimeout or
//     wait.
//   - Player: drives one game on chain through small interfaces declared
//     here (Sender, Caller, LogReader), making at most one move per Act. It
//     reads the game, packs its moves and decodes their reverts through the
//     contract-facing layer, contracts/arbiter (whose GameStatus and Turn
//     are the solver's status and sides).
//
// Guarantees:
//
//   - Determinism and restart safety: Solve depends only on its arguments.
//     The Player keeps no game state between calls to Act; it re-reads the
//     chain each time, so a node that crashed and restarted computes the
//     same next move. Every move names the position it answers (parent), so
//     a move computed on a stale view reverts onchain (arbiter.ErrStalePosition,
//     ErrNotYourTurn, ErrGameOver, ErrClockNotExpired) and is retried on the
//     fresh view instead of being treated as a failure.
//   - An honest party wins (docs/protocol.md §5 (3)): the claimant posts its
//     own hash at every split point; the challenger chooses the first
//     sub-range whose end hash it disagrees with and, at one step, executes
//     it from its own trace.
//   - Concurrency: a Player is used by one goroutine. Solve and the trace
//     providers in this package are safe for concurrent use if the wrapped
//     vm.Trace is (its methods only read the trace).
//   - No panics: every failure is returned as an error prefixed "dispute: ".
package dispute
