package node_test

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/hashicorp/go-hclog"
	"github.com/jonboulle/clockwork"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/infra/chainfollow"
	"github.com/opml-dev/opml/infra/nodestore"
	"github.com/opml-dev/opml/node"
	"github.com/opml-dev/opml/testkit/simchain"
)

// fakeService fails its first Tick calls, counts deliveries, and reports
// every Tick with the stream's stored cursor at that moment.
type fakeService struct {
	ticks, failures, deliveries atomic.Int64
	failFirst                   int64
	store                       *nodestore.Store
	stream                      string
	ticked                      chan nodestore.Cursor // the stored cursor at each Tick
	pruned                      chan uint64           // settled at each Prune
}

func newFakeService(st *nodestore.Store, stream string, failFirst int64) *fakeService {
	return &fakeService{failFirst: failFirst, store: st, stream: stream, ticked: make(chan nodestore.Cursor, 100),
		pruned: make(chan uint64, 100)}
}

func (f *fakeService) HandleLogs(ctx context.Context, logs []types.Log, b *nodestore.Batch) error {
	f.deliveries.Add(1)
	return nil
}

func (f *fakeService) Reorg(ctx context.Context, _ uint64, logs []types.Log, b *nodestore.Batch) error {
	return f.HandleLogs(ctx, logs, b)
}

func (f *fakeService) Tick(ctx context.Context) error {
	c, _, err := f.store.Cursor(f.stream)
	f.ticked <- c
	if err != nil {
		return err
	}
	if f.ticks.Add(1) <= f.failFirst {
		f.failures.Add(1)
		return errors.New("injected tick failure")
	}
	return nil
}

func (f *fakeService) Prune(_ context.Context, settled uint64, max int) (node.PruneResult, error) {
	if max != node.DefaultPrunePerTick {
		return node.PruneResult{}, errors.New("unexpected bound")
	}
	f.pruned <- settled
	return node.PruneResult{}, nil
}

// nextTick returns the cursor the next Tick saw.
func (f *fakeService) nextTick(t *testing.T) nodestore.Cursor {
	t.Helper()
	select {
	case c := <-f.ticked:
		return c
	case <-time.After(20 * time.Second): // only a safety net: Ticks are driven by the fake clock
		t.Fatal("no Tick")
		return nodestore.Cursor{}
	}
}

// parked waits until n goroutines wait on clk: node.Run's tick timer and
// its follower's poll timer.
func parked(t *testing.T, clk *clockwork.FakeClock, n int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	require.NoError(t, clk.BlockUntilContext(ctx, n), "Run never parked on the clock")
}

// idle checks that nothing waits on clk any more (no timer leaked).
func idle(t *testing.T, clk *clockwork.FakeClock) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	require.Error(t, clk.BlockUntilContext(ctx, 1), "a timer is still waiting on the clock")
}

// TestRunLoop: Tick errors are logged and retried every TickInterval on the
// clock (Run keeps going); cancel returns context.Canceled after the
// follower stopped; a closed store stops Run with its error.
func TestRunLoop(t *testing.T) {
	c := simchain.New(t)
	st, err := nodestore.Open(t.TempDir(), hclog.NewNullLogger())
	require.NoError(t, err)
	clk := clockwork.NewFakeClock()
	svc := newFakeService(st, "s", 3)
	cfg := node.RunConfig{Clock: clk, TickInterval: time.Second, Follow: chainfollow.Config{Stream: "s", PollInterval: time.Hour}}
	c.Backend.Commit()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- node.Run(ctx, c.Client, st, cfg, svc, nil) }()
	// The follower's first poll delivers blocks 0..1: its commit alone
	// triggers the first Tick.
	require.EqualValues(t, 1, svc.nextTick(t).Number)
	require.EqualValues(t, 1, svc.deliveries.Load())
	// Then a Tick every TickInterval, failed or not.
	for i := 2; i <= 10; i++ {
		parked(t, clk, 2)
		clk.Advance(time.Second)
		svc.nextTick(t)
	}
	require.EqualValues(t, 10, svc.ticks.Load())
	require.EqualValues(t, 3, svc.failures.Load())
	for range 9 { // a retention step after every Tick, failed or not (the 10th may be under way)
		require.Zero(t, <-svc.pruned, "nothing settled: the cursor is below the retention depth")
	}
	cancel()
	select {
	case err := <-done:
		require.ErrorIs(t, err, context.Canceled)
	case <-time.After(20 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
	idle(t, clk)

	// A closed store is permanent: Run returns its error.
	clk = clockwork.NewFakeClock()
	cfg.Clock = clk
	go func() { done <- node.Run(context.Background(), c.Client, st, cfg, svc, nil) }()
	parked(t, clk, 2) // nothing new to deliver: no Tick yet
	require.NoError(t, st.Close())
	c.Backend.Commit()
	clk.Advance(time.Hour)
	select {
	case err := <-done:
		require.ErrorIs(t, err, nodestore.ErrClosed)
	case <-time.After(20 * time.Second):
		t.Fatal("Run did not return after the store closed")
	}
	idle(t, clk)
}

// TestRunTicksOnCommit: Tick runs as soon as the follower has committed a
// delivery and sees its cursor, with no tick interval passing; a poll that
// delivers nothing does not tick.
func TestRunTicksOnCommit(t *testing.T) {
	c := simchain.New(t)
	st, err := nodestore.Open(t.TempDir(), hclog.NewNullLogger())
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	clk := clockwork.NewFakeClock()
	svc := newFakeService(st, "s", 0)
	cfg := node.RunConfig{Clock: clk, TickInterval: time.Hour, Follow: chainfollow.Config{Stream: "s", PollInterval: time.Second}}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- node.Run(ctx, c.Client, st, cfg, svc, nil) }()
	head := func() nodestore.Cursor {
		h, err := c.Client.HeaderByNumber(ctx, nil)
		require.NoError(t, err)
		return nodestore.Cursor{Number: h.Number.Uint64(), Hash: h.Hash()}
	}
	require.Equal(t, head(), svc.nextTick(t), "the first delivery (genesis)")
	for i := 0; i < 3; i++ {
		parked(t, clk, 2)
		c.Backend.Commit()
		c.Backend.Commit()
		clk.Advance(time.Second) // the follower polls and delivers both blocks in one range
		require.Equal(t, head(), svc.nextTick(t), "the Tick after delivery %d sees its commit", i+2)
	}
	// A poll without new blocks commits nothing: no Tick.
	parked(t, clk, 2)
	clk.Advance(time.Second)
	parked(t, clk, 2)
	require.Empty(t, svc.ticked)
	require.EqualValues(t, 4, svc.ticks.Load())
	require.EqualValues(t, 4, svc.deliveries.Load())
	cancel()
	require.ErrorIs(t, <-done, context.Canceled)
	idle(t, clk)
}

// TestRunPrunesSettled: after a Tick, Run takes a retention step settled at
// min(cursor − depth, floor): with 130 blocks delivered in one range the
// floor is the cursor, the depth chainfollow.HistoryLen (Blocks below it
// count as it).
func TestRunPrunesSettled(t *testing.T) {
	c := simchain.New(t)
	st, err := nodestore.Open(t.TempDir(), hclog.NewNullLogger())
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	for range 130 {
		c.Backend.Commit()
	}
	head, err := c.Client.BlockNumber(context.Background())
	require.NoError(t, err)
	clk := clockwork.NewFakeClock()
	svc := newFakeService(st, "s", 0)
	cfg := node.RunConfig{Clock: clk, TickInterval: time.Hour, Follow: chainfollow.Config{Stream: "s", PollInterval: time.Hour},
		Retention: node.Retention{Blocks: 1}}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- node.Run(ctx, c.Client, st, cfg, svc, nil) }()
	require.EqualValues(t, head, svc.nextTick(t).Number)
	require.Equal(t, head-chainfollow.HistoryLen, <-svc.pruned)
	cancel()
	require.ErrorIs(t, <-done, context.Canceled)
}

func TestRetentionSettled(t *testing.T) {
	r := node.Retention{}
	require.EqualValues(t, node.DefaultRetentionBlocks, r.Depth())
	require.Equal(t, node.DefaultPrunePerTick, r.Max())
	require.EqualValues(t, chainfollow.HistoryLen, node.Retention{Blocks: 5}.Depth(), "at least the follower's history")
	r = node.Retention{Blocks: 200, PerTick: 3}
	require.Equal(t, 3, r.Max())
	require.Zero(t, r.Settled(199, 199), "cursor below the depth")
	require.EqualValues(t, 100, r.Settled(300, 250), "cursor − depth")
	require.EqualValues(t, 90, r.Settled(300, 90), "the floor: a reorg may still rewind to it")
}
