// Package nodemetrics exposes a node's Prometheus metrics: transactions by
// kind (submit, challenge, move, finalize, withdraw — the prefix of the
// txmgr idempotency key) and fate (broadcast, fee-bumped, confirmed,
// reverted), RPC errors by method, service ticks and tick failures, and the
// last block the node processed. It implements txmgr.Metrics and serves
// /metrics on a loopback address only.
//
// Guarantees: safe for concurrent use; every Metrics value has its own
// registry (no global state), so tests and several nodes in one process do
// not collide.
package nodemetrics
