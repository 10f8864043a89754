package node_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/infra/txmgr"
	"github.com/opml-dev/opml/node"
)

// TestRunRetention: an honest submitter and challenger under node.Run with
// the shortest retention (chainfollow.HistoryLen blocks) settle a request;
// their finished records are kept until the follower has delivered that
// many more blocks, one position each (so its reorg floor passes them too),
// then Run's retention steps delete them: each node's live records
// and journal return to their count before the request, its totals stay,
// and nothing is sent again.
func TestRunRetention(t *testing.T) {
	w := newRunWorld(t)
	o := opts{retention: node.Retention{Blocks: 1}}
	s := w.newNode("submitter", 2, false, o)
	c := w.newNode("challenger", 3, true, o)
	type svc struct {
		n      *runNode
		prefix string
	}
	nodes := []svc{{s, "submitter"}, {c, "challenger"}}
	records := func(n svc) int {
		l, err := node.Buckets{Store: n.n.Store, Prefix: n.prefix}.LiveRecords()
		require.NoError(t, err)
		return l + n.n.Count(txmgr.JournalBucket)
	}
	w.waitFor("first ticks", 20*time.Second, func() bool { return s.ticks.Load() >= 1 && c.ticks.Load() >= 1 })
	baseline := []int{records(nodes[0]), records(nodes[1])}

	req := w.request()
	w.waitFor("the claim", 20*time.Second, func() bool { return w.requestState(req).Attempts >= 1 })
	w.waitFor("the challenger's check", 20*time.Second, func() bool {
		return c.Count("challenger.claims.finished") == 1
	})
	w.e.Advance(time.Duration(w.e.P.ChallengeWindow+1) * time.Second)
	w.waitFor("finalization and withdrawal", 20*time.Second, func() bool {
		return w.requestState(req).Status == arbiter.RequestFinalized && w.credit(s.Acct.Addr).Sign() == 0 &&
			s.Count("submitter.requests.finished") == 1 && c.Count("challenger.requests.finished") == 1
	})
	n := s.ticks.Load()
	w.waitFor("idle ticks", 20*time.Second, func() bool { return s.ticks.Load() >= n+3 })
	for i, n := range nodes {
		require.Greater(t, records(n), baseline[i], "%s: finished records kept", n.prefix)
	}
	txs := w.e.Txs(s.Acct.Addr)
	require.Equal(t, map[string]int{"submit": 1, "finalize": 1, "withdraw": 1}, txs)

	// One block per follower position: the floor (the oldest of the last
	// chainfollow.HistoryLen positions) must pass the stamps too.
	cursor := func(n svc) uint64 {
		cur, _, err := n.n.Store.Cursor("events")
		require.NoError(t, err)
		return cur.Number
	}
	// Depth blocks in one range are not enough: the follower could still
	// rewind to its first position.
	w.e.Pause()
	for range o.retention.Depth() + 1 {
		w.e.Chain.Backend.Commit()
	}
	w.e.Resume()
	head, _ := w.e.Head()
	w.waitFor("the range's delivery", 20*time.Second, func() bool { return cursor(nodes[0]) == head && cursor(nodes[1]) == head })
	n = s.ticks.Load()
	w.waitFor("idle ticks", 20*time.Second, func() bool { return s.ticks.Load() >= n+3 })
	for i, n := range nodes {
		require.Greater(t, records(n), baseline[i], "%s: kept above the reorg floor", n.prefix)
	}
	for range o.retention.Depth() + 2 {
		w.e.Advance(time.Second)
		head, _ := w.e.Head()
		w.waitFor("the block's delivery", 20*time.Second, func() bool { return cursor(nodes[0]) == head && cursor(nodes[1]) == head })
	}
	w.waitFor("live records back to the baseline", 20*time.Second, func() bool {
		return records(nodes[0]) == baseline[0] && records(nodes[1]) == baseline[1]
	})
	n = s.ticks.Load()
	w.waitFor("idle ticks", 20*time.Second, func() bool { return s.ticks.Load() >= n+3 })
	s.stop()
	c.stop()
	require.Equal(t, txs, w.e.Txs(s.Acct.Addr), "nothing sent again")
	require.Empty(t, w.e.Txs(c.Acct.Addr))
}
