package node_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/node"
	"github.com/opml-dev/opml/testkit/echomodel"
	"github.com/opml-dev/opml/vm/model"
)

func echo(t *testing.T) *model.Model {
	t.Helper()
	m, err := echomodel.Echo(echomodel.DefaultContext)
	require.NoError(t, err)
	return m
}

func echoInput(i int) []byte {
	x := make([]int32, echomodel.DefaultContext)
	x[0] = int32(i)
	return arbiter.InputBytes(x)
}

// TestBudgetBurstQueues: a burst of trace requests (16 at once) against a
// budget of two traces and one run slot all complete, never holding more
// than the budget nor running two VM passes at once; the cache keeps at
// most two traces, evicting the least recently used idle ones, and an
// evicted trace is rebuilt on demand with the same result.
func TestBudgetBurstQueues(t *testing.T) {
	m := echo(t)
	per := node.TraceBytes(m)
	b := node.NewBudget(2*per, 1)
	c := &node.TraceCache{Budget: b}
	var (
		wg      sync.WaitGroup
		maxUsed atomic.Uint64
		errs    = make(chan error, 16)
	)
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tr, err := c.Get(context.Background(), fmt.Sprint(i), m, echoInput(i))
			if err != nil {
				errs <- err
				return
			}
			if u := b.Used(); u > maxUsed.Load() {
				maxUsed.Store(u)
			}
			if tr.Output()[0] != int64(i) {
				errs <- fmt.Errorf("trace %d: output %d", i, tr.Output()[0])
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	require.LessOrEqual(t, maxUsed.Load(), 2*per, "never more than the budget")
	require.LessOrEqual(t, c.Len(), 2, "at most two traces cached")
	require.Equal(t, uint64(c.Len())*per, b.Used(), "the budget counts exactly the cached traces")

	// Least recently used first: after a, b, then a again, c evicts b.
	c.DropAll()
	require.Zero(t, b.Used(), "DropAll releases every trace")
	ctx := context.Background()
	for _, k := range []string{"a", "b", "a", "c"} {
		_, err := c.Get(ctx, k, m, echoInput(len(k)))
		require.NoError(t, err)
	}
	require.Equal(t, 2, c.Len())
	p, err := c.Provider(ctx, "a", m, echoInput(1))
	require.NoError(t, err)
	require.Equal(t, 2, c.Len(), "a was cached: no rebuild")
	_, err = p.StateHash(ctx, 0)
	require.NoError(t, err)
	c.Drop("a")
	c.Drop("c")
	require.Zero(t, b.Used())
}

// TestBudgetRuns: Run never lets more than the run slots run at once, and
// a run whose memory is held elsewhere waits until it is released or its
// context ends.
func TestBudgetRuns(t *testing.T) {
	m := echo(t)
	b := node.NewBudget(3*node.RunBytes(m), 2)
	var (
		running, peak atomic.Int32
		wg            sync.WaitGroup
	)
	for range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			require.NoError(t, b.Run(context.Background(), node.RunBytes(m), "a pass", func() error {
				n := running.Add(1)
				for {
					p := peak.Load()
					if n <= p || peak.CompareAndSwap(p, n) {
						break
					}
				}
				time.Sleep(2 * time.Millisecond)
				running.Add(-1)
				return nil
			}))
		}()
	}
	wg.Wait()
	require.Equal(t, int32(2), peak.Load(), "two run slots, twelve runs: two at a time")
	require.Zero(t, b.Used())

	// The memory is held by a cached trace that is idle: a run that needs
	// it evicts the trace and proceeds.
	small := node.NewBudget(node.TraceBytes(m), 2)
	c := &node.TraceCache{Budget: small}
	p, err := c.Provider(context.Background(), "idle", m, echoInput(1))
	require.NoError(t, err)
	_, err = p.StateHash(context.Background(), 1)
	require.NoError(t, err)
	require.Equal(t, 1, c.Len())
	require.NoError(t, small.Run(context.Background(), node.TraceBytes(m), "a second trace", func() error { return nil }))
	require.Zero(t, c.Len(), "the idle trace was evicted")

	// Too large for the whole budget: a clear error, no wait.
	err = small.Run(context.Background(), 2*node.TraceBytes(m), "a huge trace", func() error { return nil })
	require.ErrorContains(t, err, "VM memory budget")
	_, err = (&node.TraceCache{Budget: node.NewBudget(node.TraceBytes(m)-1, 1)}).Get(context.Background(), "k", m, echoInput(0))
	require.ErrorContains(t, err, "VM memory budget")

	// Memory held by a run in progress: another run waits for it and gives
	// up when its context ends.
	one := node.NewBudget(node.RunBytes(m), 2)
	hold := make(chan struct{})
	started := make(chan struct{})
	go func() {
		_ = one.Run(context.Background(), node.RunBytes(m), "holder", func() error { close(started); <-hold; return nil })
	}()
	<-started
	short, cancel2 := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel2()
	err = one.Run(short, node.RunBytes(m), "waiter", func() error { return nil })
	require.ErrorIs(t, err, context.DeadlineExceeded)
	close(hold)
	require.Eventually(t, func() bool { return one.Used() == 0 }, 5*time.Second, time.Millisecond)
	require.NoError(t, one.Run(context.Background(), node.RunBytes(m), "after", func() error { return nil }))
}
