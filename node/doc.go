// Package node holds the pieces the submitter and challenger services
// share: Send (txmgr send that treats a failed receipt as an error and
// reports a revert as an *arbiter.RevertError), MoveSender (a txmgr-backed
// dispute.Sender keying every move by game and calldata hash),
// Models/LoadModels (a registry of .opml model files by model ID;
// Models.Lookup and Serves add the models a ModelSource — node/modelfetch's
// Pool of the models registered onchain — supplies at run time),
// TraceCache (VM traces per request or completion claim, recomputed on
// demand), Select/RunLimit (a tick's share of a kind's records: at most
// TickBatch, in Due order — at risk by deadline, then oldest, waiting ones
// last — at most Parallel at once; the rest wait for the next tick,
// Base.Backlog reports them), Reads/Base.Prefetch (the contracts' reads a
// tick needs sent ahead as one JSON-RPC batch, single calls if the batch
// fails or the client cannot batch), Budget (a node's bound on concurrent VM runs and the estimated
// memory of runs and cached traces, evicting idle traces; RunBytes,
// TraceBytes), CompletionRec (a completion request's persisted
// parameters), Buckets/Each
// (nodestore buckets with a "done" set; Finish moves a finished record to
// "<kind>.finished", UndoAbove deletes what a reorg orphaned, Stats are the
// persisted game totals; Prune, with Retention, deletes finished records
// once they are settled, LiveRecords counts what is left), Base.Play (one dispute.Player move; when the game
// is over its result is added to the stats and the game finished),
// Base.Gauges (the per-game metrics, recomputed from the store every tick)
// and Withdraw (credit withdrawal keyed "withdraw/<n>"), and Base/NewBase
// (the set-up both services share: the oracle and game readers of
// contracts/arbiter, the bonds read once, buckets, metrics, the head time).
// Run drives a Service (HandleLogs, Reorg, Tick, Prune) from a chainfollow
// Follower and a timer: after each Tick one bounded retention step
// (docs/nodes.md, Retention). The contracts are read, called and decoded only
// through contracts/arbiter.
//
// Run's lifecycle and time: Run owns its follower and returns only after
// the follower has stopped, when ctx is done (with ctx's error) or on a
// permanent follower error. Tick runs on the follower's commit signal
// (chainfollow Config.OnCommit): right after a delivery's batch — the
// service's records and the cursor — has been committed, so Tick always sees
// what it was woken for; signals arriving during a Tick coalesce into one
// more Tick. Without deliveries Tick runs RunConfig.TickInterval after the
// previous one ended. The tick timer and, unless Follow.Clock is set, the
// follower wait on RunConfig.Clock (a clockwork.Clock, default the real
// clock), one timer per wait, so tests drive Run with a fake clock.
//
// Everything here is stateless or an in-memory cache rebuilt from
// persisted data, so a restart loses nothing. Models, MoveSender,
// TraceCache and Budget are safe for concurrent use. Errors are prefixed "node:".
//
// Package nodetest (test use only) runs the services against the real
// contracts on a simulated chain.
package node
