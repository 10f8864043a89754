package node_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// reorgDuring runs disputeScenario with every node following at
// Confirmations 0 (so the orphaned blocks were delivered and acted on) and,
// after the challenger's second choose, replaces the newest depth blocks —
// which hold the latest moves — with depth+1 new ones. With drop the pool
// is cleared, so the orphaned moves are gone for good and must be
// recomputed and re-sent by the nodes; otherwise the pool re-injects them
// and they land again on the new branch.
//
// The honest party must still win with exactly one challenge, and no move
// may land twice. A move computed on the orphaned branch may still be
// mined on the new one and revert (NotYourTurn/StalePosition: e.g. the
// re-injected answer is ordered before the re-injected move it answers);
// that is the position check doing its job — the wrong move does not land
// — so reverted game moves are tolerated here (non-strict checks).
func reorgDuring(t *testing.T, depth uint64, drop bool) {
	w := newRunWorld(t)
	o := opts{confirmations: 0}
	lo := o
	lo.liar = true
	disputeScenario(t, w, lo, o, o, 30*time.Second, false, func() {
		before, beforeHash := w.e.Head()
		anc := w.e.Reorg(depth, 1, drop)
		after, _ := w.e.Head()
		t.Logf("reorg: head %d (%s) → %d, common ancestor %d, pool cleared %v", before, beforeHash, after, anc, drop)
	})
	ct := w.e.Txs(w.e.Chain.Accounts[3].Addr)
	require.Equal(t, 1, ct["challenge"], "one challenge")
	require.Zero(t, ct["challenge (reverted)"])
	require.Equal(t, []uint8{3}, w.e.GamesResolved(), "one game, challenger won")
}

// TestReorgReinjected: a 2-block reorg mid-game; the pool re-injects the
// orphaned moves.
func TestReorgReinjected(t *testing.T) { reorgDuring(t, 2, false) }

// TestReorgReinjectedDeep: the same with 5 blocks (several moves of both
// parties) orphaned.
func TestReorgReinjectedDeep(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	reorgDuring(t, 5, false)
}

// TestReorgDropped: a 2-block reorg mid-game; the orphaned moves are lost
// and must be re-sent by the nodes. (It caught txmgr keeping a local nonce
// above the chain's after the reorg and waiting for dropped transactions;
// txmgr now detects nonce gaps and re-broadcasts transactions the node
// lost.)
func TestReorgDropped(t *testing.T) {
	reorgDuring(t, 2, true)
}
