package node_test

import (
	"math/big"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/node"
	"github.com/opml-dev/opml/node/nodemetrics"
	"github.com/opml-dev/opml/testkit/nodetest"
)

// dueRec is a record with what Due is computed from.
type dueRec struct {
	ID       int    `json:"id"`
	Deadline uint64 `json:"deadline"`
	Block    uint64 `json:"block"`
	Wait     bool   `json:"wait"`
}

func dueOf(_ string, r *dueRec) node.Due {
	return node.Due{Deadline: r.Deadline, Block: r.Block, Wait: r.Wait}
}

func putDue(t *testing.T, b node.Buckets, r dueRec) {
	t.Helper()
	require.NoError(t, b.Store.Put(b.Name("claims"), node.IDKey(big.NewInt(int64(r.ID))), r))
}

func ids(w node.Work[dueRec]) []int {
	out := make([]int, len(w.Vals))
	for i, v := range w.Vals {
		out[i] = v.ID
	}
	return out
}

// TestSelectOrder: records at risk (a deadline ahead) come first, the
// earliest deadline first; then the ones without a deadline, oldest block
// first; then the waiting ones and those whose deadline has passed, oldest
// first; ties by key. Key order (the order before) is not the order.
func TestSelectOrder(t *testing.T) {
	b := node.Buckets{Store: openStore(t), Prefix: "svc"}
	const now = 1000
	for _, r := range []dueRec{
		{ID: 1, Deadline: 900, Block: 1},   // window passed: last tier
		{ID: 2, Wait: true, Block: 2},      // waiting
		{ID: 3, Block: 20},                 // due
		{ID: 4, Block: 5},                  // due, older
		{ID: 5, Deadline: 1500, Block: 10}, // at risk
		{ID: 6, Deadline: 1200, Block: 30}, // at risk, sooner
		{ID: 7, Deadline: 1200, Block: 30}, // tie with 6: by key
		{ID: 8, Deadline: 1000, Block: 0},  // deadline is now: passed
	} {
		putDue(t, b, r)
	}
	w, err := node.Select(b, "claims", now, 0, dueOf)
	require.NoError(t, err)
	require.Equal(t, []int{6, 7, 5, 4, 3, 8, 1, 2}, ids(w))
	require.Zero(t, w.Left, "nothing left without a cap")

	w, err = node.Select(b, "claims", now, 2, dueOf)
	require.NoError(t, err)
	require.Equal(t, []int{6, 7}, ids(w))
	require.Equal(t, node.Backlog{Records: 3, Oldest: 5, Deadline: 1500}, w.Left,
		"left: 5 at risk, 4 and 3 due; the passed and the waiting ones are no backlog")
}

// TestRunLimitCap: a burst of 3·TickBatch+5 records is served over ticks
// of at most TickBatch records each, at most Parallel at once, most urgent
// first, every record exactly once: none dropped, none twice. Records
// arriving between ticks with an earlier deadline are served before the
// older ones left over.
func TestRunLimitCap(t *testing.T) {
	b := node.Buckets{Store: openStore(t), Prefix: "svc"}
	const now = 1000
	n := 3*node.TickBatch + 5
	for i := 1; i <= n; i++ {
		putDue(t, b, dueRec{ID: i, Deadline: now + 10_000 - uint64(i), Block: uint64(i)}) // the newest closest to its deadline
	}
	served := map[int]int{}
	var order []int
	var mu sync.Mutex
	inFlight, maxInFlight := 0, 0
	tick := func() node.Work[dueRec] {
		w, err := node.Select(b, "claims", now, node.TickBatch, dueOf)
		require.NoError(t, err)
		require.LessOrEqual(t, len(w.Keys), node.TickBatch)
		require.NoError(t, node.RunLimit(w, node.Parallel, func(key string, r *dueRec) error {
			mu.Lock()
			inFlight++
			maxInFlight = max(maxInFlight, inFlight)
			served[r.ID]++
			order = append(order, r.ID)
			mu.Unlock()
			defer func() { mu.Lock(); inFlight--; mu.Unlock() }()
			return b.Finish("claims", key, r)
		}))
		return w
	}
	w := tick()
	require.Len(t, w.Keys, node.TickBatch)
	require.Equal(t, node.Backlog{Records: n - node.TickBatch, Oldest: 1, Deadline: now + 10_000 - uint64(n-node.TickBatch)}, w.Left)
	require.Equal(t, n, ids(w)[0], "the record closest to its deadline first")
	// Three urgent records arrive: they go first in the next tick.
	for i := n + 1; i <= n+3; i++ {
		putDue(t, b, dueRec{ID: i, Deadline: now + 1, Block: uint64(i)})
	}
	w = tick()
	require.Equal(t, []int{n + 1, n + 2, n + 3}, ids(w)[:3])
	for range 10 {
		if len(w.Keys) == 0 {
			break
		}
		w = tick()
	}
	require.Empty(t, w.Keys, "all served")
	require.Zero(t, w.Left)
	require.Len(t, served, n+3, "none lost")
	for id, k := range served {
		require.Equal(t, 1, k, "record %d served once", id)
	}
	require.LessOrEqual(t, maxInFlight, node.Parallel)
	require.Greater(t, maxInFlight, 1, "run concurrently")
}

// TestBacklogMetrics: what a tick leaves sets opml_backlog{kind}, the
// oldest age over kinds and the least window left over kinds; a kind that
// catches up clears its part.
func TestBacklogMetrics(t *testing.T) {
	m := nodemetrics.New("challenger")
	b := &node.Base{M: m}
	reg := m.Registry()
	b.Backlog("claims", node.Backlog{Records: 7, Oldest: 90, Deadline: 1300}, 100, 1000)
	require.Equal(t, 7.0, nodetest.Metric(t, reg, "opml_backlog", "kind", "claims"))
	require.Equal(t, 10.0, nodetest.Metric(t, reg, "opml_backlog_oldest_blocks"))
	require.Equal(t, 300.0, nodetest.Metric(t, reg, "opml_backlog_window_left_seconds"))

	b.Backlog("requests", node.Backlog{Records: 2, Oldest: 60}, 100, 1000)
	require.Equal(t, 2.0, nodetest.Metric(t, reg, "opml_backlog", "kind", "requests"))
	require.Equal(t, 40.0, nodetest.Metric(t, reg, "opml_backlog_oldest_blocks"), "the oldest over kinds")
	require.Equal(t, 300.0, nodetest.Metric(t, reg, "opml_backlog_window_left_seconds"))

	b.Backlog("claims", node.Backlog{}, 101, 1002)
	require.Equal(t, 0.0, nodetest.Metric(t, reg, "opml_backlog", "kind", "claims"))
	require.Equal(t, 40.0, nodetest.Metric(t, reg, "opml_backlog_oldest_blocks"))
	require.Equal(t, 0.0, nodetest.Metric(t, reg, "opml_backlog_window_left_seconds"), "no claim waits")

	var nilBase node.Base
	nilBase.Backlog("claims", node.Backlog{Records: 1}, 1, 1) // no metrics: no-op
}
