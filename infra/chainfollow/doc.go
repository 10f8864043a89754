// Package chainfollow follows an EVM chain over JSON-RPC and hands a
// handler the logs of confirmed blocks, in order, exactly once across
// crashes. It is modelled on op-service's head and log tracking and is used
// by the submitter and challenger nodes to stay restart-safe.
//
// A Follower keeps, per stream (Config.Stream), a cursor in a
// nodestore.Store: the number and hash of the last delivered block. Each
// poll it reads the head, computes the confirmed head (head −
// Confirmations), reads the logs of (cursor, confirmed] with FilterLogs in
// ranges of at most MaxRange blocks and, for each range, calls the Handler
// with the logs and a fresh *nodestore.Batch, then adds the cursor move to
// that same batch and commits it.
//
// Guarantees:
//   - Exactly once: given that the handler records its effects only in the
//     batch it is passed, every log of a confirmed canonical block matching
//     the filter is committed exactly once per stream, in (block, log index)
//     order, also across crashes: a crash (or a handler or commit error)
//     before Commit leaves cursor and effects unchanged and the range is
//     delivered again; after Commit it never is.
//   - Logs with Removed set are never delivered. Blocks from StartBlock on
//     are covered without gaps; a range with no logs is still delivered
//     (with an empty Logs slice) so the cursor advances atomically.
//   - Reorgs deeper than Confirmations: before each range the cursor's hash
//     is checked against the canonical header at its number (and block
//     `to` is re-read after FilterLogs, so a range is never taken from a
//     chain that moved during the read). If the cursor is off the canonical
//     chain, the Follower logs an error, finds the newest still-canonical
//     position among the last HistoryLen it delivered (kept in the store,
//     bucket "chainfollow.history", updated in the same batch), and
//     re-delivers from there; the first call carries Update.Reorg naming the
//     ancestor, and the handler must undo, in the same batch, what it
//     recorded for blocks above it. This holds across crashes too: until
//     that batch commits the stored cursor stays orphaned and the reorg is
//     detected again. If no remembered position is canonical, delivery
//     restarts at StartBlock (Reorg.Genesis).
//   - Errors: Step returns every error; Run retries RPC calls with
//     exponential backoff (RetryInterval doubling to MaxRetryInterval) and
//     retries failed ranges after a backoff, returning only on ctx done, a
//     closed store or a handler error wrapped by Permanent. Errors start
//     with "chainfollow: ". The package does not panic.
//   - Commit signal: Config.OnCommit, if set, is called after each
//     range's batch has been committed (never before, never for a range
//     that failed), once per committed range, in commit order, on the
//     goroutine running Step or Run, with that range's Update (Reorg set on
//     the first call after a reorg). When it runs, the store holds the new
//     cursor and the handler's effects, so a consumer that acts on the
//     recorded state (node.Run's Tick) can act on the signal without
//     polling the store. It must not block.
//
// Lifecycle and time: New reads nothing from the chain. Run steps at once,
// then every Config.PollInterval, until its ctx is done, and returns
// promptly then (every RPC gets ctx, every wait is on it). All waiting —
// the poll interval and both back-offs — uses Config.Clock (a
// clockwork.Clock; default the real clock), one timer per wait, stopped
// when the wait ends, so that a test with a clockwork.FakeClock can wait
// until Run is parked (BlockUntilContext) and advance time instead of
// sleeping. Step never waits on the clock.
//
// Concurrency: a Follower must be used by one goroutine (one Run or Step at
// a time), and a stream must have only one Follower per store. Different
// streams may share a store.
package chainfollow
