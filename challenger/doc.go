// Package challenger is the core of an opml challenger node: it
// re-executes every claim on the models it has and disputes false ones
// (docs/protocol.md §3.3, §4, invariant 4; docs/nodes.md "Submitter and
// challenger").
//
// A Challenger has two entry points, meant to be wired to a chainfollow
// Follower and a timer:
//
//   - HandleLogs(ctx, logs, batch) records facts from confirmed logs into
//     the batch: Requested events for models we have (with the input),
//     Submitted events on those requests, and Challenged events by us (our
//     games). It never sends and never reads the chain.
//   - Tick(ctx) takes the actions due now: for each unchecked claim, run the
//     VM on the request input and compare the claim's final hash (which
//     commits to output and final RAM root) with our trace's final state
//     hash; on a mismatch, while the claim is Pending and its window open,
//     challenge it with the challenge bond, naming the final hash we checked
//     (challenge(claimId, finalHash): if a reorg put another claim under the
//     ID the oracle refuses with ClaimMismatch, counted as missed;
//     WatchOnly: only log it); play one move per open game as challenger
//     (dispute.Player over dispute.NewVMTrace, which also resolves the
//     claimant's timeout); withdraw our credit. Claims are checked whether
//     or not their request is still open: a false claim on a request
//     another claim already finalized is still Pending and is challenged,
//     so that its submitter pays (docs/protocol.md P1). A trace whose final
//     state hash is not the hash the oracle derives from its output and
//     final RAM root (a model breaking P4) is flagged (error log, metric
//     "underivable"): no claim can equal it, so every claim on it is
//     disputed.
//
// # Restart safety
//
// HandleLogs writes only records that are pure functions of the logs;
// Tick's progress is kept apart ("done" bucket), so replayed logs never undo
// it. Before challenging, Tick asks the chain for a Challenged event of the
// claim by our account (a crash after the challenge was mined but before it
// was noted), and the challenge is keyed "challenge/<claim>" in txmgr (a
// crash before it was mined); moves are keyed "move/<game>/<hash of
// calldata>" and name the position they answer; withdrawals "withdraw/<n>".
// A restarted node over the same store and journal therefore never sends a
// transaction twice. Traces are in memory only and recomputed from the
// persisted input.
//
// # Reorgs and pruning
//
// Records carry the block of their event; Reorg (called by node.Run after
// a reorg deeper than the confirmation depth) deletes, in the follower's
// batch, the records and done markers from blocks above the common
// ancestor before handling the re-delivered logs, so Tick acts again on
// whatever the new chain holds. Finished records move to "<kind>.finished"
// buckets that Tick does not iterate; game totals for the metrics are kept
// in the "meta" bucket. Finished records are deleted by Prune (node.Run's
// retention step) once settled below the reorg floor and the retention
// depth (docs/nodes.md, Retention). A request is finished by its Finalized
// or Cancelled event, or by Prune at its expiry (read once from the
// oracle); a reorg reopens the requests that may have finished above the
// ancestor. A pruned claim takes its "disputed" and "underivable" markers.
//
// # Concurrency
//
// HandleLogs and Tick may run concurrently with each other; Tick calls are
// serialised internally. Tick blocks while its transactions confirm. A Tick
// checks at most node.TickBatch claims: the one whose challenge window ends
// first first, claims whose window has passed last; the rest wait for the
// next Tick (docs/nodes.md, Back-pressure).
//
// # Watch-only
//
// With Config.WatchOnly the challenger checks and logs (a WARN "FALSE
// CLAIM" line) but never sends a transaction and never locks a bond.
package challenger
