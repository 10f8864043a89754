package node_test

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/hashicorp/go-hclog"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/infra/chainfollow"
	"github.com/opml-dev/opml/infra/nodestore"
	"github.com/opml-dev/opml/node"
	"github.com/opml-dev/opml/testkit/simchain"
)

// fakeService fails its first Tick calls and counts deliveries.
type fakeService struct {
	ticks, failures, deliveries atomic.Int64
	failFirst                   int64
}

func (f *fakeService) HandleLogs(ctx context.Context, logs []types.Log, b *nodestore.Batch) error {
	f.deliveries.Add(1)
	return nil
}

func (f *fakeService) Reorg(ctx context.Context, _ uint64, logs []types.Log, b *nodestore.Batch) error {
	return f.HandleLogs(ctx, logs, b)
}

func (f *fakeService) Tick(ctx context.Context) error {
	if f.ticks.Add(1) <= f.failFirst {
		f.failures.Add(1)
		return errors.New("injected tick failure")
	}
	return nil
}

// TestRunLoop: Tick errors are logged and retried (Run keeps going);
// deliveries reach HandleLogs; cancel returns context.Canceled; a closed
// store stops Run with an error.
func TestRunLoop(t *testing.T) {
	c := simchain.New(t)
	st, err := nodestore.Open(t.TempDir(), hclog.NewNullLogger())
	require.NoError(t, err)
	svc := &fakeService{failFirst: 3}
	cfg := node.RunConfig{TickInterval: 5 * time.Millisecond, Follow: chainfollow.Config{Stream: "s", PollInterval: 5 * time.Millisecond}}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- node.Run(ctx, c.Client, st, cfg, svc, nil) }()
	c.Backend.Commit()
	require.Eventually(t, func() bool { return svc.ticks.Load() > 10 && svc.deliveries.Load() > 0 }, 5*time.Second, 5*time.Millisecond)
	require.EqualValues(t, 3, svc.failures.Load())
	cancel()
	select {
	case err := <-done:
		require.ErrorIs(t, err, context.Canceled)
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after cancel")
	}

	// A closed store is permanent: Run returns its error.
	go func() { done <- node.Run(context.Background(), c.Client, st, cfg, svc, nil) }()
	time.Sleep(20 * time.Millisecond)
	require.NoError(t, st.Close())
	c.Backend.Commit()
	select {
	case err := <-done:
		require.ErrorIs(t, err, nodestore.ErrClosed)
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after the store closed")
	}
}
