package node

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/hashicorp/go-hclog"

	"github.com/opml-dev/opml/infra/chainfollow"
	"github.com/opml-dev/opml/infra/nodestore"
)

// Service is a node service (the submitter or the challenger): HandleLogs
// records what confirmed logs say into the batch the follower commits with
// its cursor; Reorg does the same after a reorg, first undoing in the batch
// what it recorded for blocks above ancestor (the follower re-delivers them
// from the new chain, starting with these logs); Tick acts on the recorded
// state and the chain.
type Service interface {
	HandleLogs(ctx context.Context, logs []types.Log, b *nodestore.Batch) error
	Reorg(ctx context.Context, ancestor uint64, logs []types.Log, b *nodestore.Batch) error
	Tick(ctx context.Context) error
}

// RunConfig configures Run.
type RunConfig struct {
	Follow       chainfollow.Config // Stream, Addresses (oracle and game), Confirmations, ...
	TickInterval time.Duration      // how often Tick runs (default 1s)
}

// Run follows the chain and ticks svc until ctx is done: the follower
// delivers confirmed logs to HandleLogs (exactly once per stream, committed
// with the cursor), and a timer runs Tick, which also runs after every
// delivery. Tick errors are logged and retried on the next tick (a flaky
// endpoint must not stop the node); Run returns ctx's error, or a
// follower error that is permanent (the store closed, a handler refusing
// for good).
func Run(ctx context.Context, client chainfollow.Client, store *nodestore.Store, cfg RunConfig, svc Service, logger hclog.Logger) error {
	if logger == nil {
		logger = hclog.NewNullLogger()
	}
	if cfg.TickInterval <= 0 {
		cfg.TickInterval = time.Second
	}
	f, err := chainfollow.New(cfg.Follow, client, store, logger.Named("follow"))
	if err != nil {
		return fmt.Errorf("node: %w", err)
	}
	delivered := make(chan struct{}, 1)
	var target atomic.Pointer[nodestore.Cursor] // cursor the latest delivery moves to
	handler := func(ctx context.Context, u chainfollow.Update, b *nodestore.Batch) error {
		if u.Reorg != nil {
			logger.Warn("reorg: undoing records above the common ancestor and redelivering logs",
				"ancestor", u.Reorg.Ancestor.Number, "orphaned", u.Reorg.Orphaned.Number)
			if err := svc.Reorg(ctx, u.Reorg.Ancestor.Number, u.Logs, b); err != nil {
				return err
			}
		} else if err := svc.HandleLogs(ctx, u.Logs, b); err != nil {
			return err
		}
		target.Store(&nodestore.Cursor{Number: u.To, Hash: u.ToHash})
		select {
		case delivered <- struct{}{}:
		default:
		}
		return nil
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	followErr := make(chan error, 1)
	go func() { followErr <- f.Run(ctx, handler) }()

	t := time.NewTicker(cfg.TickInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			<-followErr
			return ctx.Err()
		case err := <-followErr:
			if ctx.Err() != nil || errors.Is(err, context.Canceled) {
				return ctx.Err()
			}
			return fmt.Errorf("node: follower stopped: %w", err)
		case <-t.C:
		case <-delivered:
			// The follower commits the handler's batch after the handler
			// returns: let the commit land so Tick sees the new records.
			if c := target.Load(); c != nil {
				awaitCursor(ctx, store, cfg.Follow.Stream, *c)
			}
		}
		if err := svc.Tick(ctx); err != nil && ctx.Err() == nil {
			logger.Error("tick failed; retrying next tick", "err", err)
		}
	}
}

// awaitCursor waits (briefly, at most 100ms) until the stream's stored
// cursor has reached want: the delivery's batch has been committed. On a
// failed commit it gives up and Tick runs on what is stored.
func awaitCursor(ctx context.Context, store *nodestore.Store, stream string, want nodestore.Cursor) {
	deadline := time.Now().Add(100 * time.Millisecond)
	for {
		c, ok, err := store.Cursor(stream)
		if err != nil || (ok && (c.Number > want.Number || c == want)) || time.Now().After(deadline) {
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Millisecond):
		}
	}
}
