package node_test

import (
	"errors"
	"math/big"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/hashicorp/go-hclog"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/infra/nodestore"
	"github.com/opml-dev/opml/node"
	"github.com/opml-dev/opml/testkit/testlog"
)

type rec struct {
	ID    int    `json:"id"`
	Block uint64 `json:"block"`
}

func openStore(t *testing.T) *nodestore.Store {
	st, err := nodestore.Open(t.TempDir(), testlog.New(t, "store", hclog.Info))
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	return st
}

func eachIDs(t *testing.T, b node.Buckets, kind string) []int {
	var ids []int
	require.NoError(t, node.Each(b, kind, func(_ string, r *rec) error { ids = append(ids, r.ID); return nil }))
	return ids
}

// TestFinishPrunes: a finished record leaves the iterated bucket for the
// finished one (still found by GetAny); a replay that writes it again is
// pruned by the next Each, not iterated.
func TestFinishPrunes(t *testing.T) {
	st := openStore(t)
	b := node.Buckets{Store: st, Prefix: "svc"}
	for i := 1; i <= 3; i++ {
		require.NoError(t, st.Put(b.Name("claims"), node.IDKey(big.NewInt(int64(i))), rec{ID: i, Block: uint64(10 * i)}))
	}
	require.Equal(t, []int{1, 2, 3}, eachIDs(t, b, "claims"))
	require.NoError(t, b.Finish("claims", node.IDKey(big.NewInt(2)), rec{ID: 2, Block: 20}))
	require.Equal(t, []int{1, 3}, eachIDs(t, b, "claims"))
	n, err := b.Count("claims")
	require.NoError(t, err)
	require.Equal(t, uint64(2), n)
	var got rec
	require.NoError(t, b.GetAny("claims", node.IDKey(big.NewInt(2)), &got), "finished records stay readable")
	require.Equal(t, 2, got.ID)
	ok, err := st.Has(b.Name("claims"), node.IDKey(big.NewInt(2)))
	require.NoError(t, err)
	require.False(t, ok, "moved out of the iterated bucket")

	// Replay: the log handler writes record 2 again.
	require.NoError(t, st.Put(b.Name("claims"), node.IDKey(big.NewInt(2)), rec{ID: 2, Block: 20}))
	require.Equal(t, []int{1, 3}, eachIDs(t, b, "claims"), "a replayed finished record is not acted on")
	ok, err = st.Has(b.Name("claims"), node.IDKey(big.NewInt(2)))
	require.NoError(t, err)
	require.False(t, ok, "and is pruned again")
}

// TestUndoAbove: records from blocks above the ancestor are deleted with
// their done markers (active and finished alike), so they are acted on
// again if their events come back; records at or below it stay.
func TestUndoAbove(t *testing.T) {
	st := openStore(t)
	b := node.Buckets{Store: st, Prefix: "svc"}
	for i := 1; i <= 4; i++ {
		require.NoError(t, st.Put(b.Name("claims"), node.IDKey(big.NewInt(int64(i))), rec{ID: i, Block: uint64(10 * i)}))
	}
	require.NoError(t, b.Finish("claims", node.IDKey(big.NewInt(1)), rec{ID: 1, Block: 10}))
	require.NoError(t, b.Finish("claims", node.IDKey(big.NewInt(3)), rec{ID: 3, Block: 30}))

	batch := st.NewBatch()
	var seen []string
	undone, err := b.UndoAbove(batch, 20, func(kind, key string, _ func(any) error) error {
		seen = append(seen, kind+"/"+key)
		return nil
	}, "claims")
	require.NoError(t, err)
	require.Len(t, undone, 2)
	require.ElementsMatch(t, seen, []string{"claims/" + node.IDKey(big.NewInt(3)), "claims/" + node.IDKey(big.NewInt(4))})
	require.Equal(t, []int{2, 4}, eachIDs(t, b, "claims"), "nothing changes before the batch commits")
	require.NoError(t, batch.Commit())
	require.Equal(t, []int{2}, eachIDs(t, b, "claims"))
	for _, id := range []int64{3, 4} {
		require.ErrorIs(t, b.GetAny("claims", node.IDKey(big.NewInt(id)), &rec{}), nodestore.ErrNotFound)
		done, err := b.Done("claims", node.IDKey(big.NewInt(id)))
		require.NoError(t, err)
		require.False(t, done)
	}
	require.NoError(t, b.GetAny("claims", node.IDKey(big.NewInt(1)), &rec{}), "finished below the ancestor: kept")

	// Re-delivered from the new chain, claim 3 is acted on again.
	require.NoError(t, st.Put(b.Name("claims"), node.IDKey(big.NewInt(3)), rec{ID: 3, Block: 31}))
	require.Equal(t, []int{2, 3}, eachIDs(t, b, "claims"))
}

func TestStatsDefault(t *testing.T) {
	b := node.Buckets{Store: openStore(t), Prefix: "svc"}
	s, err := b.Stats()
	require.NoError(t, err)
	require.Zero(t, s.GamesWon+s.GamesLost)
	require.Zero(t, s.BondsWon.Sign())
	require.Zero(t, s.BondsLost.Sign())
}

// TestEachParallel: fn runs for every active record at once (each call
// waits until all have started, which a sequential loop never reaches),
// done records are skipped, and errors are joined.
func TestEachParallel(t *testing.T) {
	st := openStore(t)
	b := node.Buckets{Store: st, Prefix: "svc"}
	for i := 1; i <= 4; i++ {
		require.NoError(t, st.Put(b.Name("games"), node.IDKey(big.NewInt(int64(i))), rec{ID: i}))
	}
	require.NoError(t, b.Finish("games", node.IDKey(big.NewInt(4)), rec{ID: 4}))
	var started sync.WaitGroup
	started.Add(3)
	all := make(chan struct{})
	go func() { started.Wait(); close(all) }()
	var mu sync.Mutex
	var seen []int
	err := node.EachParallel(b, "games", func(_ string, r *rec) error {
		started.Done()
		select {
		case <-all:
		case <-time.After(time.Minute):
			return errors.New("not all workers started: the records are not processed concurrently")
		}
		mu.Lock()
		seen = append(seen, r.ID)
		mu.Unlock()
		if r.ID == 2 {
			return errors.New("game 2 failed")
		}
		return nil
	})
	require.ErrorContains(t, err, "game 2 failed")
	require.NotContains(t, err.Error(), "not all workers")
	sort.Ints(seen)
	require.Equal(t, []int{1, 2, 3}, seen, "the done record is skipped")
}
