// Package demo runs the whole opml protocol on an in-process devnet and
// narrates it: contracts deployed, fixture models registered, a consumer
// contract's request answered first by a lying submitter, whose false claim
// a challenger disproves through the dissection game and one onchain step,
// then by an honest submitter whose result is finalized and delivered to
// the consumer contract.
//
// Watcher, the narrator, is independent of the nodes: it reads the
// contracts' events over JSON-RPC and keeps a typed record of what happened
// (claims, games, rounds, credits, deliveries), which is what Run checks and
// what the end-to-end tests assert on.
//
// Guarantees: Run returns nil only if the honest output (equal to a local VM
// run) was finalized and delivered to the consumer contract, the false claim
// was rejected and the challenger was credited the liar's bond. Everything
// it starts (devnet, nodes, goroutines) is stopped before it returns.
// Watcher is safe for concurrent use.
package demo
