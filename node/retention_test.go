package node_test

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/infra/nodestore"
	"github.com/opml-dev/opml/node"
)

// ref is a record naming a request and a claim, as the services' claims
// and games do.
type ref struct {
	RequestID *big.Int `json:"requestId"`
	ClaimID   *big.Int `json:"claimId"`
	Block     uint64   `json:"block"`
}

func id(i int64) string { return node.IDKey(big.NewInt(i)) }

func has(t *testing.T, st *nodestore.Store, bucket, key string) bool {
	ok, err := st.Has(bucket, key)
	require.NoError(t, err)
	return ok
}

func live(t *testing.T, b node.Buckets) int {
	n, err := b.LiveRecords()
	require.NoError(t, err)
	return n
}

func prune(t *testing.T, b node.Buckets, head, settled uint64, max int) node.PruneResult {
	res, err := b.Prune(head, settled, max, func(kind, key string) [][2]string {
		if kind == "requests" {
			return [][2]string{{b.Name("claimed"), key}}
		}
		return nil
	}, "requests", "claims", "games")
	require.NoError(t, err)
	return res
}

// TestPrune: finished records are stamped with the head at the first step
// that sees them, deleted (with done marker and side records) once their
// stamp is settled, never while an active claim or game names them, and at
// most max per step; the live count returns to its baseline and the
// persisted totals stay.
func TestPrune(t *testing.T) {
	st := openStore(t)
	b := node.Buckets{Store: st, Prefix: "svc"}
	require.NoError(t, st.Put(b.Name("meta"), "stats", node.Stats{GamesWon: 3}))
	base := live(t, b)
	require.Zero(t, base, "meta is not counted")

	for i := int64(1); i <= 3; i++ {
		r := ref{RequestID: big.NewInt(i), Block: 5}
		require.NoError(t, st.Put(b.Name("requests"), id(i), r))
		require.NoError(t, st.Put(b.Name("claimed"), id(i), big.NewInt(10+i)))
		require.NoError(t, b.Finish("requests", id(i), r))
	}
	// Claim 11 (request 1) is finished; an active game on claim 11 keeps
	// it and request 1.
	c := ref{RequestID: big.NewInt(1), ClaimID: big.NewInt(11), Block: 6}
	require.NoError(t, b.Finish("claims", id(11), c))
	require.NoError(t, st.Put(b.Name("games"), id(7), ref{RequestID: big.NewInt(1), ClaimID: big.NewInt(11), Block: 7}))
	require.Equal(t, 1+4*3+1+2, live(t, b), "active game; 4 finished records, each with done marker and queue entry; 2 claimed left")

	// Stamping is bounded too: two per step.
	require.Equal(t, node.PruneResult{Stamped: 2}, prune(t, b, 10, 0, 2))
	require.Equal(t, node.PruneResult{Stamped: 2}, prune(t, b, 12, 9, 2), "stamped at 10 and 12: none settled at 9")
	require.Equal(t, node.PruneResult{}, prune(t, b, 12, 9, 2))
	// Settled at 10: two examined per step. The first stamped (claim 11,
	// request 1: queue order) are named by game 7: kept, stamped again.
	require.Equal(t, node.PruneResult{Kept: 2}, prune(t, b, 20, 10, 2))
	require.Equal(t, node.PruneResult{}, prune(t, b, 20, 11, 2))
	require.Equal(t, node.PruneResult{Pruned: 2}, prune(t, b, 20, 12, 5))
	require.False(t, has(t, st, b.Finished("requests"), id(2)))
	require.False(t, has(t, st, b.Name("claimed"), id(2)), "a side record goes with its record")
	done, err := b.Done("requests", id(3))
	require.NoError(t, err)
	require.False(t, done)
	var got ref
	require.NoError(t, b.GetAny("claims", id(11), &got), "kept while game 7 is active")

	// Game 7 finishes: now everything goes, once settled past the stamps.
	g := ref{RequestID: big.NewInt(1), ClaimID: big.NewInt(11), Block: 7}
	require.NoError(t, b.Finish("games", id(7), g))
	require.Equal(t, node.PruneResult{Stamped: 1}, prune(t, b, 25, 19, 5))
	require.Equal(t, node.PruneResult{Pruned: 3}, prune(t, b, 30, 25, 5))
	require.Equal(t, base, live(t, b), "back to the baseline")
	st2, err := b.Stats()
	require.NoError(t, err)
	require.Equal(t, uint64(3), st2.GamesWon, "persisted totals stay")
}

// TestPruneAfterReorg: a reorg shallower than the retention still finds
// and undoes a finished record (not pruned yet); its stale queue entry is
// dropped, and a record finished again is pruned by its new stamp only.
func TestPruneAfterReorg(t *testing.T) {
	st := openStore(t)
	b := node.Buckets{Store: st, Prefix: "svc"}
	r := ref{RequestID: big.NewInt(1), Block: 15}
	require.NoError(t, b.Finish("requests", id(1), r))
	require.Equal(t, 1, prune(t, b, 20, 0, 5).Stamped)

	batch := st.NewBatch()
	undone, err := b.UndoAbove(batch, 12, nil, "requests", "claims", "games")
	require.NoError(t, err)
	require.NoError(t, batch.Commit())
	require.Equal(t, map[string]bool{"requests/" + id(1): true}, undone)
	require.Equal(t, node.PruneResult{}, prune(t, b, 30, 20, 5), "the stale entry is dropped, nothing pruned")
	require.Zero(t, live(t, b))

	// A step stamping concurrently with the undo leaves a stamp behind;
	// the record is delivered again (active): it is neither pruned nor
	// hidden (retention never writes a done marker).
	require.NoError(t, st.Put(b.Name("retire"), "0000000000000015/requests/"+id(1), true))
	require.NoError(t, st.Put(b.Name("retire.at"), "requests/"+id(1), 21))
	require.NoError(t, st.Put(b.Name("requests"), id(1), r))
	require.Equal(t, node.PruneResult{}, prune(t, b, 30, 25, 5))
	n, err := b.Count("requests")
	require.NoError(t, err)
	require.Equal(t, uint64(1), n, "still acted on")
	require.NoError(t, st.Delete(b.Name("requests"), id(1)))
	require.Zero(t, live(t, b), "the left-over stamp is gone too")

	// Recorded again on the new chain, finished again, stamped at 40.
	require.NoError(t, b.Finish("requests", id(1), r))
	require.Equal(t, 1, prune(t, b, 40, 0, 5).Stamped)
	require.NoError(t, st.Put(b.Name("retire"), "0000000000000014/requests/"+id(1), true)) // a stale entry at 20
	require.Equal(t, node.PruneResult{}, prune(t, b, 41, 39, 5))
	require.True(t, has(t, st, b.Finished("requests"), id(1)), "not pruned by the stale entry")
	require.Equal(t, node.PruneResult{Pruned: 1}, prune(t, b, 41, 40, 5))
	require.Zero(t, live(t, b))
}

// TestReopenAbove: finished records that may have finished above the
// ancestor (unstamped, or stamped above it) go back to the active bucket;
// the others, and those undone, stay.
func TestReopenAbove(t *testing.T) {
	st := openStore(t)
	b := node.Buckets{Store: st, Prefix: "svc"}
	for i, stampAt := range []uint64{10, 20} {
		require.NoError(t, b.Finish("requests", id(int64(i+1)), ref{RequestID: big.NewInt(int64(i + 1)), Block: 5}))
		require.Equal(t, 1, prune(t, b, stampAt, 0, 5).Stamped)
	}
	require.NoError(t, b.Finish("requests", id(3), ref{RequestID: big.NewInt(3), Block: 5})) // unstamped
	require.NoError(t, b.Finish("requests", id(4), ref{RequestID: big.NewInt(4), Block: 5}))
	batch := st.NewBatch()
	require.NoError(t, b.ReopenAbove(batch, 15, "requests", map[string]bool{"requests/" + id(4): true}))
	require.NoError(t, batch.Commit())
	var ids []string
	require.NoError(t, node.Each(b, "requests", func(key string, _ *ref) error { ids = append(ids, key); return nil }))
	require.Equal(t, []string{id(2), id(3)}, ids, "stamped above the ancestor, or not stamped")
	require.True(t, has(t, st, b.Finished("requests"), id(1)))
	require.True(t, has(t, st, b.Finished("requests"), id(4)), "undone records are left to UndoAbove")
	// The reopened records' queue entries are dropped, not pruned.
	require.Equal(t, node.PruneResult{Stamped: 1, Pruned: 1}, prune(t, b, 30, 25, 5), "4 stamped; 1 pruned; 2's entry stale")
	require.True(t, has(t, st, b.Name("requests"), id(2)))
}

// TestPruneQueuesOldRecords: a store written before retention (done
// markers true, no queue) has its finished records queued on the first
// step and pruned like the others.
func TestPruneQueuesOldRecords(t *testing.T) {
	st := openStore(t)
	b := node.Buckets{Store: st, Prefix: "svc"}
	for i := int64(1); i <= 2; i++ {
		require.NoError(t, st.Put(b.Finished("claims"), id(i), ref{ClaimID: big.NewInt(i)}))
		require.NoError(t, st.Put(b.Name("done"), "claims/"+id(i), true))
	}
	require.NoError(t, st.Put(b.Name("done"), "disputed/"+id(1), true)) // a side marker: not a record
	require.Equal(t, node.PruneResult{Stamped: 2}, prune(t, b, 50, 0, 5))
	require.Equal(t, node.PruneResult{Pruned: 2}, prune(t, b, 60, 50, 5))
	require.Equal(t, 1, live(t, b), "the side marker (the challenger's side callback deletes it)")
}
