// Package submitter is the core of an opml submitter node: it answers
// InferenceOracle requests for the models it serves and defends its claims
// (docs/protocol.md §3, §4; docs/nodes.md "Submitter and challenger").
//
// A Submitter has two entry points, meant to be wired to a chainfollow
// Follower and a timer:
//
//   - HandleLogs(ctx, logs, batch) records facts from confirmed logs into
//     the batch: Requested events for served models (with the input),
//     Submitted events of our own claims, Challenged events on them (the
//     games). It never sends and never reads the chain.
//   - Tick(ctx) takes the actions due now: run the VM and submit
//     (output, final RAM root) with the submit bond to every Open,
//     unexpired request we have no claim on, beside whatever other claims
//     are pending on it (claims run side by side, so a false claim never
//     keeps ours out: docs/protocol.md P3); play one move per open game as
//     claimant (dispute.Player over dispute.NewVMTrace, which also resolves
//     the challenger's timeout); finalize our pending claims once the window
//     is over and no game is open (accepted if the request is still open,
//     superseded with the bond returned if another claim finalized it
//     first); withdraw our credit.
//
// # What is claimed
//
// A request is claimed once, unless our claim on it is orphaned by a reorg.
// It is finished without a claim when it is expired (block time at or past
// its expiresAt), when its fee is below Config.Fees (FeePolicy: MinFee +
// (OverheadGas + callback gas) × gas price, the gas price fixed or the
// chain's suggestion; logged once with the required and offered fee), or
// when our trace's final state hash differs from the hash the oracle
// derives from its output and final RAM root (P4: the claim could not be
// defended; logged as an error, counted as "underivable"). After our claim
// on a request was rejected we never claim it again (an honest node whose
// claim lost has a bug to find: logged as an error).
//
// # Restart safety
//
// HandleLogs writes only records that are pure functions of the logs
// (re-handling the same logs writes the same records); Tick's progress is
// kept apart, in a "done" bucket, so a replay never undoes it. Every
// decision in Tick is re-derived from the store plus chain reads (request
// and claim status, credit, the game itself), and every transaction carries
// a txmgr idempotency key — "submit/<request>", "finalize/<claim>",
// "withdraw/<n>", and "move/<game>/<hash of calldata>" (the calldata names
// the position the move answers) — so a node killed at any point and
// restarted over the same store and journal continues where it stopped
// without sending a transaction twice. Once a submit is confirmed its key
// is forgotten; before submitting, Tick looks for a claim of ours among the
// request's claims on chain (its Submitted event may not be handled yet),
// so a confirmed submit is never repeated either. VM traces live in memory
// only and are recomputed from the persisted input after a restart.
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
// depth (docs/nodes.md, Retention); a pruned request takes its
// claimed-request index entry with it.
//
// # Concurrency
//
// HandleLogs and Tick may run concurrently with each other; Tick calls are
// serialised internally (one goroutine per service is the intended use).
// Tick blocks while its transactions confirm. A Tick takes at most
// node.TickBatch requests and node.TickBatch claims, the oldest requests
// first (those we claimed after the ones to claim), claims past their
// window first; the rest wait for the next Tick (docs/nodes.md,
// Back-pressure). Their first reads (requestOf, claimOf) go in one JSON-RPC
// batch when the client offers batches (node.Reads).
//
// # Fault injection (tests only)
//
// Config.DishonestOutput and Config.DishonestLieAtStep make the submitter
// claim a wrong output and defend it with dispute.Lying, through the same
// code path as honest operation. They exist to test challengers; New logs a
// warning when they are set.
package submitter
