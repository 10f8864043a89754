package node

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/hashicorp/go-hclog"
	"github.com/jonboulle/clockwork"

	"github.com/opml-dev/opml/infra/chainfollow"
	"github.com/opml-dev/opml/infra/nodestore"
)

// Service is a node service (the submitter or the challenger): HandleLogs
// records what confirmed logs say into the batch the follower commits with
// its cursor; Reorg does the same after a reorg, first undoing in the batch
// what it recorded for blocks above ancestor (the follower re-delivers them
// from the new chain, starting with these logs); Tick acts on the recorded
// state and the chain; Prune is one bounded retention step (Buckets.Prune:
// records stamped at or below settled are deleted, at most max examined).
type Service interface {
	HandleLogs(ctx context.Context, logs []types.Log, b *nodestore.Batch) error
	Reorg(ctx context.Context, ancestor uint64, logs []types.Log, b *nodestore.Batch) error
	Tick(ctx context.Context) error
	Prune(ctx context.Context, settled uint64, max int) (PruneResult, error)
}

// RunConfig configures Run.
type RunConfig struct {
	Follow       chainfollow.Config // Stream, Addresses (oracle and game), Confirmations, ...
	TickInterval time.Duration      // the longest pause between Ticks (default 1s)
	// Clock drives the tick timer and, unless Follow.Clock is set, the
	// follower (default: the real clock).
	Clock clockwork.Clock
	// Retention: after each Tick, Run takes one retention step (Prune)
	// with settled = Retention.Settled(cursor, floor) of the follower.
	Retention Retention
}

// Run follows the chain and ticks svc until ctx is done: the follower
// delivers confirmed logs to HandleLogs (exactly once per stream, committed
// with the cursor), and Tick runs as soon as the follower has committed a
// delivery (its chainfollow OnCommit signal: Tick sees the delivery's
// records), and otherwise TickInterval after the previous Tick ended.
// Signals arriving while a Tick runs coalesce into one more Tick. Tick
// errors are logged and retried on the next tick (a flaky endpoint must not
// stop the node); Run returns ctx's error, or a follower error that is
// permanent (the store closed, a handler refusing for good), after the
// follower has stopped.
func Run(ctx context.Context, client chainfollow.Client, store *nodestore.Store, cfg RunConfig, svc Service, logger hclog.Logger) error {
	if logger == nil {
		logger = hclog.NewNullLogger()
	}
	if cfg.TickInterval <= 0 {
		cfg.TickInterval = time.Second
	}
	if cfg.Clock == nil {
		cfg.Clock = clockwork.NewRealClock()
	}
	follow := cfg.Follow
	if follow.Clock == nil {
		follow.Clock = cfg.Clock
	}
	committed := make(chan struct{}, 1)
	onCommit := follow.OnCommit
	follow.OnCommit = func(u chainfollow.Update) {
		if onCommit != nil {
			onCommit(u)
		}
		select {
		case committed <- struct{}{}:
		default: // a Tick is already due
		}
	}
	f, err := chainfollow.New(follow, client, store, logger.Named("follow"))
	if err != nil {
		return fmt.Errorf("node: %w", err)
	}
	handler := func(ctx context.Context, u chainfollow.Update, b *nodestore.Batch) error {
		if u.Reorg != nil {
			logger.Warn("reorg: undoing records above the common ancestor and redelivering logs",
				"ancestor", u.Reorg.Ancestor.Number, "orphaned", u.Reorg.Orphaned.Number)
			return svc.Reorg(ctx, u.Reorg.Ancestor.Number, u.Logs, b)
		}
		return svc.HandleLogs(ctx, u.Logs, b)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	followErr := make(chan error, 1)
	go func() { followErr <- f.Run(ctx, handler) }()

	for {
		t := cfg.Clock.NewTimer(cfg.TickInterval)
		select {
		case <-ctx.Done():
			t.Stop()
			<-followErr
			return ctx.Err()
		case err := <-followErr:
			t.Stop()
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("node: follower stopped: %w", err)
		case <-t.Chan():
		case <-committed:
			t.Stop()
		}
		if err := svc.Tick(ctx); err != nil && ctx.Err() == nil {
			logger.Error("tick failed; retrying next tick", "err", err)
		}
		if err := prune(ctx, f, cfg.Retention, svc, logger); err != nil && ctx.Err() == nil {
			logger.Error("retention step failed; retrying next tick", "err", err)
		}
	}
}

// prune takes one retention step of svc, settled by the follower's cursor
// and floor (nothing is settled before the first delivery).
func prune(ctx context.Context, f *chainfollow.Follower, r Retention, svc Service, logger hclog.Logger) error {
	var settled uint64
	cur, ok, err := f.Cursor()
	if err != nil {
		return err
	}
	floor, fok, err := f.Floor()
	if err != nil {
		return err
	}
	if ok && fok {
		settled = r.Settled(cur.Number, floor)
	}
	res, err := svc.Prune(ctx, settled, r.Max())
	if res.Pruned > 0 || res.Kept > 0 {
		logger.Debug("retention", "settled", settled, "stamped", res.Stamped, "pruned", res.Pruned, "kept", res.Kept)
	}
	return err
}
