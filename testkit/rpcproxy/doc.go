// Package rpcproxy is a loopback HTTP proxy for JSON-RPC that misbehaves on
// purpose, for tests of nodes against flaky endpoints (issue: submitter and
// challenger nodes): it forwards each request to the upstream endpoint, or,
// with configured probabilities, fails it before forwarding (HTTP 503 or a
// JSON-RPC error), forwards it and then drops the response (the call may
// have taken effect: the nastiest case for transaction senders), or delays
// it.
//
// Guarantees: faults are drawn from a seeded generator, so a seed gives the
// same fault sequence for the same request sequence; counters report what
// was done (Stats) and which calls came, alone or in batches (Calls). Safe for concurrent use. Test-only: it listens on 127.0.0.1.
package rpcproxy
