// Package txmgr sends Ethereum transactions for an opml node reliably, in the
// manner of Optimism's op-service/txmgr: it assigns nonces, prices EIP-1559
// fees, broadcasts, waits for confirmations, re-broadcasts and fee-bumps
// stuck transactions, retries RPC errors, and journals every signed
// transaction so that a node restarted after a crash never sends a second
// transaction for the same idempotency key.
//
// Guarantees:
//   - Idempotency: a signed transaction is saved to the Journal (synced to
//     disk by the nodestore adapter) before it is first broadcast. While a
//     journal record exists for a key, Send with that key waits for the
//     journalled transaction (any of its fee-bumped versions) instead of
//     sending a new one, in this process or after a restart: New re-broadcasts
//     every journalled transaction and awaits it in the background. The
//     record is deleted once a version is mined with Config.NumConfirmations.
//     After that the key is forgotten: callers must record completion in
//     their own state (or rely on the contract rejecting a repeated move).
//   - Nonces: tracked locally, initialised from max(chain pending nonce,
//     highest journalled nonce + 1) and re-read from the chain after a
//     failed first broadcast or a "nonce too low" rejection.
//   - Fees: tip = SuggestGasTipCap, fee cap = 2·baseFee + tip, capped by
//     Config.MaxTipCap/MaxFeeCap. A transaction not mined within
//     Config.ResubmissionTimeout is replaced at the same nonce with tip and
//     fee cap raised by at least 10% (geth's replacement rule; a zero tip
//     goes to 1 wei) or to the current market price if higher. The bumped
//     fee cap may not exceed Config.FeeLimitMultiplier times the market fee
//     cap read for that bump (the limit follows the market, so congestion
//     that outgrows the first price cannot strand a transaction; see
//     docs/nodes.md, "Fees under congestion"); past the limit, or when the
//     market cannot be read, it is re-broadcast unchanged.
//   - No replacement of a mined nonce: before a resubmission the chain's
//     latest nonce is read; if it has passed the transaction's nonce (a
//     version was mined but its receipt is not served yet), nothing is
//     sent and the receipt is awaited.
//   - Reverts: gas is always estimated first; an estimation revert sends
//     nothing. A mined transaction that reverted returns its receipt and is
//     not retried. Either way the error wraps go-ethereum's
//     vm.ErrExecutionReverted and, if the node reported revert data (an
//     estimation, or an eth_call replay of the mined transaction), the
//     node's rpc.DataError carrying it. The package knows no contract:
//     Config.Revert, if set, turns that error into the caller's own (opml's
//     nodes and CLI decode the contracts' custom errors with
//     contracts/arbiter.WrapRevert).
//   - RPC errors are retried with exponential backoff (Config.RetryInterval,
//     Config.MaxRetries); waiting for a receipt retries until ctx ends.
//   - Reorgs: a receipt counts only with NumConfirmations blocks on top of
//     it at the time of the check; a receipt that disappears is waited for
//     again (and the transaction re-broadcast).
//   - Lost transactions and nonce gaps: a transaction the node no longer
//     knows (dropped from its pool) is re-broadcast unchanged. Before
//     signing, the local nonce is reconciled with the chain's pending nonce
//     when nothing in flight fills the difference (a reorg dropped confirmed
//     transactions); a flight stuck behind such a gap ends with ErrNonceGap
//     and its journal record removed, so that the caller sends it again.
//   - Lost answers: a broadcast whose retry hears "nonce too low" first
//     checks whether the node has this very transaction (an earlier attempt
//     whose answer was lost): then the send succeeded, nothing is re-signed.
//
// Lifecycle: the context passed to New governs the start-up only (chain ID,
// pending nonce, journal re-broadcast), as with ethclient.DialContext: when
// it ends first, New returns an error wrapping ctx's error, promptly (every
// RPC gets ctx, every back-off waits on it) and leaves nothing running. The
// Manager then lives until Close, which stops every background goroutine
// (the flights awaiting receipts) and returns once they have ended; the
// context of Send governs only that call's signing, broadcast and wait.
//
// Time: every wait — the pause between receipt polls, the resubmission
// timeout, the nonce-gap check every 5 receipt intervals, the RPC back-off —
// and the journal's timestamps use Config.Clock (a clockwork.Clock; default
// the real clock). Each wait is one timer on that clock, stopped when the
// wait ends, so a test with a clockwork.FakeClock can wait until the
// Manager is parked (BlockUntilContext) and advance time instead of
// sleeping.
//
// Concurrency: a *Manager is safe for concurrent use; concurrent Sends get
// consecutive nonces (signing and first broadcast are serialised, waiting
// is concurrent). Errors all start with "txmgr: ".
package txmgr
