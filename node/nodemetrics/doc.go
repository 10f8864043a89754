// Package nodemetrics exposes a node's Prometheus metrics: transactions by
// kind (submit, challenge, move, finalize, withdraw — the prefix of the
// txmgr idempotency key) and fate (broadcast, fee-bumped, confirmed,
// reverted), RPC errors by method, service ticks and tick failures, the
// last block the node processed, and the per-game metrics the services
// feed: claims by outcome, games by status, moves by kind, the smallest own
// clock time left, bonds at stake/won/lost, execution and proof latency and
// the challenger's reaction in blocks, and the backlog a tick leaves
// (records waiting per kind, the oldest one's age in blocks, the least
// challenge window left; docs/nodes.md lists them). It
// implements txmgr.Metrics and serves /metrics on a loopback address only.
// The per-game recorders accept a nil *Metrics.
//
// Guarantees: safe for concurrent use; every Metrics value has its own
// registry (no global state), so tests and several nodes in one process do
// not collide.
package nodemetrics
