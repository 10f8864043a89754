// Package chainconfig pins the chain rules opml runs and measures under:
// every fork up to and including Osaka (the rules of Ethereum mainnet since
// the Fusaka upgrade) active at genesis, post-merge, and no later fork.
//
// go-ethereum's dev config (params.AllDevChainProtocolChanges) also turns
// on future forks that reprice gas, so gas measured under it would not be
// the gas users pay. The devnet (tooling/devnet), the simulated chain of the
// tests (testkit/simchain) and every gas figure opml reports use Config and
// are labelled with RulesName.
//
// Determinism and concurrency: Config returns a fresh value on every call;
// the package has no state.
package chainconfig
