package challenger_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/challenger"
	"github.com/opml-dev/opml/infra/txmgr"
	"github.com/opml-dev/opml/node"
	"github.com/opml-dev/opml/submitter"
	"github.com/opml-dev/opml/testkit/nodetest"
)

// TestRetention: a liar, an honest challenger and an honest submitter
// settle a request (a game, a rejected and an accepted claim), every node
// taking a retention step (two records at most) after each tick. Nothing
// is pruned before the retention depth has passed, and a reorg back to
// before the request (shallower than the depth) still undoes every
// finished record, which the next ticks finish again with the same totals
// and no transaction; once the chain is
// chainfollow.HistoryLen blocks further, the steps delete every finished
// record, two at a time, until each node's live records (and its
// transaction journal) are back to their count before the request; the
// persisted game totals are unchanged, and no transaction is sent again,
// neither by the following ticks nor after a restart.
func TestRetention(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t)
	ret := node.Retention{Blocks: 1, PerTick: 2} // depth chainfollow.HistoryLen
	type svcNode struct {
		*nodetest.Node
		prefix string
		open   func(dir string) *nodetest.Node
	}
	nodes := []*svcNode{
		{prefix: submitter.BucketPrefix, open: func(dir string) *nodetest.Node { return w.submitter("liar", dir, 2, true) }},
		{prefix: challenger.BucketPrefix, open: func(dir string) *nodetest.Node { return w.challenger("challenger", dir, 3, false) }},
		{prefix: submitter.BucketPrefix, open: func(dir string) *nodetest.Node { return w.submitter("honest", dir, 4, false) }},
	}
	for _, n := range nodes {
		n.Node = n.open("")
	}
	t.Cleanup(func() {
		for _, n := range nodes {
			n.Close()
		}
	})
	records := func(n *svcNode) int {
		c, err := node.Buckets{Store: n.Store, Prefix: n.prefix}.LiveRecords()
		require.NoError(t, err)
		return c + n.Count(txmgr.JournalBucket)
	}
	stats := func(n *svcNode) node.Stats {
		s, err := node.Buckets{Store: n.Store, Prefix: n.prefix}.Stats()
		require.NoError(t, err)
		return s
	}
	step := func() (pruned int) {
		for _, n := range nodes {
			n.Step(ctx)
			res := n.Prune(ctx, ret)
			require.LessOrEqual(t, res.Stamped, ret.PerTick, n.Name)
			require.LessOrEqual(t, res.Pruned+res.Kept, ret.PerTick, n.Name)
			pruned += res.Pruned
		}
		return pruned
	}
	baseline := make([]int, len(nodes))
	for i, n := range nodes {
		n.Step(ctx)
		baseline[i] = records(n)
	}

	req := w.request()
	advanced := false
	for i := 0; ; i++ {
		require.Less(t, i, 100, "no finalization")
		require.Zero(t, step(), "nothing is settled during the dispute")
		plain := make([]*nodetest.Node, len(nodes))
		for i, n := range nodes {
			plain[i] = n.Node
		}
		r, settled := w.settled(req, plain...)
		if settled {
			break
		}
		if !advanced && r.Attempts == 2 && len(w.e.GamesResolved()) == 1 {
			w.e.Advance(time.Duration(w.e.P.ChallengeWindow+1) * time.Second)
			advanced = true
		}
	}
	for range 2 { // the last events delivered, every record finished and stamped
		require.Zero(t, step())
	}
	head, _ := w.e.Head()
	require.Less(t, head, ret.Depth(), "the dispute fits below the depth")
	txs := map[string]map[string]int{}
	before := map[string]node.Stats{}
	for i, n := range nodes {
		require.Greater(t, records(n), baseline[i], "%s: finished records kept", n.Name)
		txs[n.Name], before[n.Name] = w.e.Txs(n.Acct.Addr), stats(n)
	}
	require.Equal(t, 1, nodes[1].Count("challenger.games.finished"))
	require.Equal(t, 1, nodes[1].Count("challenger.requests.finished"), "finished by its Finalized event")
	require.Equal(t, uint64(1), before["challenger"].GamesWon)
	require.Equal(t, uint64(1), before["liar"].GamesLost)

	// A reorg shallower than the retention, back to the block before the
	// request, re-delivering the same blocks: every finished record is
	// still there to be undone (the game results taken out of the totals)
	// and is recorded again; the next ticks finish them again from the
	// chain: the same totals, nothing sent.
	logs, err := w.e.Chain.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0),
		Addresses: []common.Address{w.e.Addrs.Oracle, w.e.Addrs.Game}})
	require.NoError(t, err)
	ancestor := logs[0].BlockNumber - 1 // the Requested event's block − 1
	for _, n := range nodes {
		var again []types.Log
		for _, l := range logs {
			if l.BlockNumber > ancestor && l.BlockNumber <= head {
				again = append(again, l)
			}
		}
		b := n.Store.NewBatch()
		require.NoError(t, n.Svc.Reorg(ctx, ancestor, again, b))
		require.NoError(t, b.Commit())
		st := stats(n)
		require.Zero(t, st.GamesWon+st.GamesLost, "%s: undone games leave the totals", n.Name)
	}
	for range 3 {
		require.Zero(t, step())
	}
	for _, n := range nodes {
		require.Equal(t, before[n.Name], stats(n), "%s: the same totals after the reorg", n.Name)
		require.Equal(t, txs[n.Name], w.e.Txs(n.Acct.Addr), "%s: nothing sent after the reorg", n.Name)
	}

	// Past the depth: the steps prune, at most two records each.
	w.e.Pause()
	for range ret.Depth() {
		w.e.Chain.Backend.Commit()
	}
	w.e.Resume()
	total := 0
	for i := 0; ; i++ {
		require.Less(t, i, 30, "pruning does not end")
		p := step()
		if p == 0 && i > 0 {
			break
		}
		total += p
	}
	t.Logf("pruned %d finished records, two per node and step", total)
	require.GreaterOrEqual(t, total, 9, "liar: request, claim, game; challenger: request, 2 claims, game; honest: request, claim")
	check := func() {
		for i, n := range nodes {
			require.Equal(t, baseline[i], records(n), "%s: live records back to the baseline", n.Name)
			require.Equal(t, before[n.Name], stats(n), "%s: totals unchanged", n.Name)
			require.Equal(t, txs[n.Name], w.e.Txs(n.Acct.Addr), "%s: nothing sent again", n.Name)
		}
	}
	check()
	require.Equal(t, 1.0, w.metric("challenger", "opml_games", "status", "won"), "the gauge reads the persisted totals")
	require.Equal(t, 1.0, w.metric("liar", "opml_games", "status", "lost"))

	// A restart (stores reopened, new txmgrs and services) sends nothing.
	for _, n := range nodes {
		n.Close()
		n.Node = n.open(n.Dir)
	}
	for range 3 {
		require.Zero(t, step())
	}
	check()
}
