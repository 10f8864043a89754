// Package simchain runs the opml contracts on go-ethereum's in-process
// simulated chain under pinned, named chain rules, for tests and gas
// reports.
//
// Pinned rules: Config activates every fork up to and including Osaka (the
// rules of Ethereum mainnet since the Fusaka upgrade) at genesis and no later
// fork. go-ethereum's dev config (params.AllDevChainProtocolChanges) also
// turns on future forks that reprice gas, so gas measured under it would not
// be the gas users pay; every gas figure opml reports comes from Config and
// is labelled with RulesName.
//
// Two execution environments share those rules:
//   - Chain: a simulated backend (real blocks, receipts, logs, block time
//     under test control). Use it for scenario tests and gas figures.
//   - EVM: a bare in-memory EVM over a state database, with no blocks,
//     signatures or fees. Use it where millions of calls are needed (fuzz and
//     invariant tests); gas figures from it are execution gas only.
//
// Both report a reverted call (and a Chain a transaction whose gas
// estimation reverts) as an *arbiter.RevertError, decoded by the contracts'
// layer (contracts/arbiter).
//
// Concurrency: a Chain or EVM must be used from one goroutine at a time.
package simchain
