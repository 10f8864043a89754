package node_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/testkit/nodetest"
)

// maxTicks bounds the Tick calls (polls) a node may need for a scenario.
const maxTicks = 2000

// honestScenario: an honest submitter and an honest challenger run by
// node.Run; the submitter claims the request, the challenger checks the
// claim and stays quiet, the claim finalizes after the window and the
// submitter withdraws bond + fee. Exactly one submit, finalize and withdraw.
//
// With strict false (the flaky-RPC runs while the txmgr bug described at
// TestFlakyNoDoubleSend is open) a duplicate that reverted is tolerated:
// only the outcome and the successful transactions are checked.
func honestScenario(t *testing.T, w *runWorld, sub, chal opts, timeout time.Duration, strict bool) {
	req := w.request()
	s := w.newNode("submitter", 2, false, sub)
	c := w.newNode("challenger", 3, true, chal)
	w.waitFor("the claim", timeout, func() bool { return w.requestState(req).Status == arbiter.RequestClaimed })
	// Let the challenger see and check the claim before the window closes.
	seen := c.ticks.Load()
	w.waitFor("challenger ticks", timeout, func() bool { return c.ticks.Load() >= seen+3 })
	w.e.Advance(time.Duration(w.e.P.ChallengeWindow+1) * time.Second)
	w.waitFor("finalization and withdrawal", timeout, func() bool {
		return w.requestState(req).Status == arbiter.RequestFinalized && w.credit(s.Acct.Addr).Sign() == 0
	})
	res, err := w.o.Request(context.Background(), req)
	require.NoError(t, err)
	require.Equal(t, w.want, res.Output, "the true output finalized")
	// Idle polls send nothing more.
	n := s.ticks.Load()
	w.waitFor("idle ticks", timeout, func() bool { return s.ticks.Load() >= n+5 })
	s.stop()
	c.stop()
	st := w.e.Txs(s.Acct.Addr)
	t.Logf("submitter %v", st)
	if strict {
		require.Equal(t, map[string]int{"submit": 1, "finalize": 1, "withdraw": 1}, st)
	} else {
		for _, k := range []string{"submit", "finalize", "withdraw"} {
			require.Equal(t, 1, st[k]-st[k+" (reverted)"], "one successful %s", k)
		}
	}
	require.Empty(t, w.e.Txs(c.Acct.Addr), "nothing to challenge")
	require.Equal(t, new(big.Int).Add(w.e.P.SubmitBond, big.NewInt(runFee)), w.e.Withdrawn(s.Acct.Addr))
	t.Logf("ticks: submitter %d, challenger %d", s.ticks.Load(), c.ticks.Load())
	require.Less(t, s.ticks.Load(), int64(maxTicks))
}

// disputeScenario: a lying submitter (wrong output, lying from step N/2)
// against an honest challenger, both run by node.Run. The challenger
// challenges, wins the game, the claim is rejected; an honest submitter
// (started once the lie is on chain) claims the reopened request and its
// claim finalizes with the true output; bonds are paid. Nothing is sent
// twice: one submit per claim, one challenge, each game move once, no
// reverted game transaction. mid, if set, runs once while the game is in
// progress (after the challenger's second choose).
//
// strict false: see honestScenario; then a duplicated challenge (a second
// game on the same claim, which the challenger also wins) is tolerated.
func disputeScenario(t *testing.T, w *runWorld, liarO, chalO, honestO opts, timeout time.Duration, strict bool, mid func()) {
	req := w.request()
	liar := w.newNode("liar", 2, false, liarO)
	w.waitFor("the false claim", timeout, func() bool { return w.requestState(req).Status == arbiter.RequestClaimed })
	chal := w.newNode("challenger", 3, true, chalO)
	honest := w.newNode("honest", 4, false, honestO)
	if mid != nil {
		w.waitFor("the game to progress", timeout, func() bool { return w.e.Txs(chal.Acct.Addr)["choose"] >= 2 })
		mid()
	}
	w.waitFor("the game to end", timeout, func() bool { return len(w.e.GamesResolved()) > 0 })
	if strict {
		require.Equal(t, []arbiter.GameStatus{arbiter.GameChallengerWon}, w.e.GamesResolved(), "one game, challenger won")
	}
	w.waitFor("the honest claim", timeout, func() bool {
		r := w.requestState(req)
		return r.Status == arbiter.RequestClaimed && r.Attempts == 2
	})
	seen := chal.ticks.Load()
	w.waitFor("challenger ticks", timeout, func() bool { return chal.ticks.Load() >= seen+3 })
	w.e.Advance(time.Duration(w.e.P.ChallengeWindow+1) * time.Second)
	w.waitFor("finalization and withdrawals", timeout, func() bool {
		if w.requestState(req).Status != arbiter.RequestFinalized {
			return false
		}
		for _, n := range []*runNode{liar, chal, honest} {
			if w.credit(n.Acct.Addr).Sign() != 0 {
				return false
			}
		}
		return true
	})
	res, err := w.o.Request(context.Background(), req)
	require.NoError(t, err)
	require.Equal(t, w.want, res.Output, "the true output finalized")
	n := chal.ticks.Load()
	w.waitFor("idle ticks", timeout, func() bool { return chal.ticks.Load() >= n+5 })
	for _, n := range []*runNode{liar, chal, honest} {
		n.stop()
	}
	lt, ct, ht := w.e.Txs(liar.Acct.Addr), w.e.Txs(chal.Acct.Addr), w.e.Txs(honest.Acct.Addr)
	t.Logf("liar %v, challenger %v, honest %v, games %v", lt, ct, ht, w.e.GamesResolved())
	t.Logf("ticks: liar %d, challenger %d, honest %d", liar.ticks.Load(), chal.ticks.Load(), honest.ticks.Load())
	p := w.e.P
	require.Zero(t, w.e.Withdrawn(liar.Acct.Addr).Sign(), "the liar gets nothing")
	games := w.e.GamesResolved()
	for _, g := range games {
		require.Equal(t, arbiter.GameChallengerWon, g, "the challenger won every game")
	}
	if !strict {
		// The challenger got its bond and the liar's back. A duplicate
		// challenge's game on the rejected claim refunds its bond when it
		// ends, which may be only after its clock runs out (not waited for).
		challenges := ct["challenge"] - ct["challenge (reverted)"]
		require.GreaterOrEqual(t, challenges, 1)
		got := w.e.Withdrawn(chal.Acct.Addr)
		min := new(big.Int).Add(p.ChallengeBond, p.SubmitBond)
		max := new(big.Int).Mul(p.ChallengeBond, big.NewInt(int64(challenges)))
		max.Add(max, p.SubmitBond)
		require.True(t, got.Cmp(min) >= 0 && got.Cmp(max) <= 0, "challenger withdrew %v, want own bond(s) + liar's bond in [%v, %v]", got, min, max)
		require.Equal(t, new(big.Int).Add(p.SubmitBond, big.NewInt(runFee)), w.e.Withdrawn(honest.Acct.Addr), "honest: bond + fee")
		for _, k := range []string{"submit", "finalize", "withdraw"} {
			require.Equal(t, 1, ht[k]-ht[k+" (reverted)"], "honest: one successful %s", k)
		}
		require.Equal(t, 1, lt["submit"]-lt["submit (reverted)"], "the liar claims once")
		require.NotEmpty(t, games)
		require.LessOrEqual(t, len(games), challenges)
		require.Equal(t, len(games), ct["step"]-ct["step (reverted)"], "one step per won game")
		w.requireDistinctMoves(liar.Acct.Addr, "liar")
		w.requireDistinctMoves(chal.Acct.Addr, "challenger")
		for _, n := range []*runNode{liar, chal, honest} {
			require.Less(t, n.ticks.Load(), int64(maxTicks), n.Name)
		}
		return
	}
	require.Equal(t, new(big.Int).Add(p.ChallengeBond, p.SubmitBond), w.e.Withdrawn(chal.Acct.Addr), "challenger: own bond + liar's bond")
	require.Equal(t, new(big.Int).Add(p.SubmitBond, big.NewInt(runFee)), w.e.Withdrawn(honest.Acct.Addr), "honest: bond + fee")
	nodetest.RequireCleanDispute(t, lt, ct, ht)
	w.requireNoDuplicateMoves(liar.Acct.Addr, "liar")
	w.requireNoDuplicateMoves(chal.Acct.Addr, "challenger")
	for _, n := range []*runNode{liar, chal, honest} {
		require.Less(t, n.ticks.Load(), int64(maxTicks), n.Name)
	}
}

// TestRunHonestFinalizes: honest submitter and challenger under node.Run.
func TestRunHonestFinalizes(t *testing.T) {
	w := newRunWorld(t)
	honestScenario(t, w, opts{}, opts{}, 20*time.Second, true)
}

// TestRunLiarLoses: a liar against an honest challenger under node.Run.
func TestRunLiarLoses(t *testing.T) {
	w := newRunWorld(t)
	disputeScenario(t, w, opts{liar: true}, opts{}, opts{}, 20*time.Second, true, nil)
}
