package node_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/node/nodemetrics"
	"github.com/opml-dev/opml/testkit/nodetest"
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
	require.Equal(t, []arbiter.GameStatus{arbiter.GameChallengerWon}, w.e.GamesResolved(), "one game, challenger won")
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

// reorgOrphaningClaim: a liar and an honest challenger under node.Run at
// Confirmations 0. Once the false claim is challenged (and the game under
// way), the chain is reorganised back to the block before the claim's
// Submitted event, so the orphaned range holds both the Submitted and the
// Challenged event (and the first moves). The nodes must undo the records
// those events made (node.Service.Reorg) and act on the new chain: with
// drop, the liar claims again (its claimed-request record is gone) and the
// challenger challenges again (its done marker is gone); without, the pool
// re-injects the transactions and the re-delivered events are recorded
// again. Either way the challenger wins the only game, and no transaction
// succeeds twice: one claim by the liar, one challenge, each move once.
func reorgOrphaningClaim(t *testing.T, drop bool) {
	w := newRunWorld(t)
	req := w.request()
	lm, cm := nodemetrics.New("submitter"), nodemetrics.New("challenger")
	liar := w.newNode("liar", 2, false, opts{liar: true, metrics: lm})
	w.waitFor("the false claim", 20*time.Second, func() bool { return w.requestState(req).Attempts >= 1 })
	submitted := w.eventBlock(arbiter.SubmittedEvent{})
	chal := w.newNode("challenger", 3, true, opts{metrics: cm})
	w.waitFor("the challenge and a first bisect", 20*time.Second, func() bool { return w.e.Txs(liar.Acct.Addr)["bisect"] >= 1 })
	challenged := w.eventBlock(arbiter.ChallengedEvent{})
	require.Greater(t, challenged, submitted)
	anc := w.e.ReorgTo(submitted-1, 1, drop)
	t.Logf("reorg to ancestor %d: Submitted at %d and Challenged at %d orphaned (pool cleared %v)", anc, submitted, challenged, drop)

	w.waitFor("the game to end", 30*time.Second, func() bool { return len(w.e.GamesResolved()) > 0 })
	w.waitFor("the challenger's withdrawal", 30*time.Second, func() bool {
		return w.e.Withdrawn(chal.Acct.Addr).Sign() > 0 && w.credit(chal.Acct.Addr).Sign() == 0
	})
	// Gauges are recomputed every tick: wait for one after the withdrawal.
	n := chal.ticks.Load()
	w.waitFor("idle ticks", 20*time.Second, func() bool { return chal.ticks.Load() >= n+3 && liar.ticks.Load() >= 3 })
	liar.stop()
	chal.stop()

	require.Equal(t, []arbiter.GameStatus{arbiter.GameChallengerWon}, w.e.GamesResolved(), "one game, challenger won")
	lt, ct := w.e.Txs(liar.Acct.Addr), w.e.Txs(chal.Acct.Addr)
	t.Logf("liar %v, challenger %v", lt, ct)
	require.Equal(t, 1, lt["submit"]-lt["submit (reverted)"], "the liar claims once on the new chain")
	require.Equal(t, 1, ct["challenge"], "one challenge")
	require.Zero(t, ct["challenge (reverted)"])
	require.Equal(t, 1, ct["step"]-ct["step (reverted)"])
	w.requireDistinctMoves(liar.Acct.Addr, "liar")
	w.requireDistinctMoves(chal.Acct.Addr, "challenger")
	p := w.e.P
	half := new(big.Int).Div(new(big.Int).Mul(p.SubmitBond, big.NewInt(100-arbiter.BurnPercent)), big.NewInt(100))
	require.Equal(t, new(big.Int).Add(p.ChallengeBond, half), w.e.Withdrawn(chal.Acct.Addr), "challenger: own bond + half the liar's bond")
	r := w.requestState(req)
	require.Equal(t, arbiter.RequestOpen, r.Status)
	require.Zero(t, r.Pending, "the false claim was rejected")

	// The game counted once, though it was recorded on both branches.
	reg := cm.Registry()
	require.Equal(t, 1.0, nodetest.Metric(t, reg, "opml_games", "status", "won"))
	require.Zero(t, nodetest.Metric(t, reg, "opml_games", "status", "open"))
	require.Equal(t, float64(half.Int64()), nodetest.Metric(t, reg, "opml_bonds_won_wei"), "the reward won")
	require.Equal(t, 1.0, nodetest.Metric(t, lm.Registry(), "opml_games", "status", "lost"))
}

// eventBlock is the block of the (first) oracle event of ev's kind on the
// canonical chain.
func (w *runWorld) eventBlock(ev interface{ ContractEventName() string }) uint64 {
	logs, err := w.e.Chain.Client.FilterLogs(context.Background(), ethereum.FilterQuery{FromBlock: big.NewInt(0),
		Addresses: []common.Address{w.e.Addrs.Oracle}})
	require.NoError(w.t, err)
	for i := range logs {
		if got, ok := arbiter.DecodeEvent(&logs[i]).(interface{ ContractEventName() string }); ok && got.ContractEventName() == ev.ContractEventName() {
			return logs[i].BlockNumber
		}
	}
	w.t.Fatalf("no %s event", ev.ContractEventName())
	return 0
}

// TestReorgOrphansClaimDropped: the reorg orphans the Submitted and
// Challenged events and their transactions are dropped: the nodes must
// claim and challenge again.
func TestReorgOrphansClaimDropped(t *testing.T) { reorgOrphaningClaim(t, true) }

// TestReorgOrphansClaimReinjected: the same, with the pool re-injecting
// the orphaned transactions (the events come back on the new chain).
func TestReorgOrphansClaimReinjected(t *testing.T) { reorgOrphaningClaim(t, false) }
