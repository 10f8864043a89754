package node_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/node/nodemetrics"
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
	w.waitFor("the claim", timeout, func() bool { return w.requestState(req).Attempts >= 1 })
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
// claims first; an honest submitter, started once the lie is on chain,
// claims beside it while the false claim is pending (claims run side by
// side: a pending false claim never keeps a true one out); then an honest
// challenger challenges the false claim and wins the game: the false claim
// is rejected, half of its bond burned and half paid to the challenger with
// its own bond back. After the window the honest claim finalizes with the
// true output. All run by node.Run. Nothing is sent twice: one submit per
// claim, one challenge, each game move once, no reverted game transaction.
// mid, if set, runs once while the game is in progress (after the
// challenger's second choose).
//
// strict false: see honestScenario; then a duplicated challenge (a second
// game on the same claim, which the challenger also wins) is tolerated.
func disputeScenario(t *testing.T, w *runWorld, liarO, chalO, honestO opts, timeout time.Duration, strict bool, mid func()) {
	req := w.request()
	liar := w.newNode("liar", 2, false, liarO)
	w.waitFor("the false claim", timeout, func() bool { return w.requestState(req).Attempts >= 1 })
	honest := w.newNode("honest", 4, false, honestO)
	w.waitFor("the honest claim beside the pending false claim", timeout, func() bool {
		r := w.requestState(req)
		return r.Attempts == 2 && r.Pending == 2
	})
	falseClaim, trueClaim := arbiter.ClaimID(req, 1), arbiter.ClaimID(req, 2)
	chal := w.newNode("challenger", 3, true, chalO)
	if mid != nil {
		w.waitFor("the game to progress", timeout, func() bool { return w.e.Txs(chal.Acct.Addr)["choose"] >= 2 })
		mid()
	}
	w.waitFor("the game to end", timeout, func() bool { return len(w.e.GamesResolved()) > 0 })
	if strict {
		require.Equal(t, []arbiter.GameStatus{arbiter.GameChallengerWon}, w.e.GamesResolved(), "one game, challenger won")
	}
	w.waitFor("the false claim rejected", timeout, func() bool { return w.claimState(falseClaim).Status == arbiter.ClaimRejected })
	require.Equal(t, arbiter.ClaimPending, w.claimState(trueClaim).Status, "the honest claim is still pending beside it")
	require.Equal(t, arbiter.RequestOpen, w.requestState(req).Status)
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
	require.Equal(t, arbiter.ClaimAccepted, w.claimState(trueClaim).Status)
	n := chal.ticks.Load()
	w.waitFor("idle ticks", timeout, func() bool { return chal.ticks.Load() >= n+5 })
	for _, n := range []*runNode{liar, chal, honest} {
		n.stop()
	}
	lt, ct, ht := w.e.Txs(liar.Acct.Addr), w.e.Txs(chal.Acct.Addr), w.e.Txs(honest.Acct.Addr)
	t.Logf("liar %v, challenger %v, honest %v, games %v", lt, ct, ht, w.e.GamesResolved())
	t.Logf("ticks: liar %d, challenger %d, honest %d", liar.ticks.Load(), chal.ticks.Load(), honest.ticks.Load())
	p := w.e.P
	half := new(big.Int).Div(new(big.Int).Mul(p.SubmitBond, big.NewInt(100-arbiter.BurnPercent)), big.NewInt(100))
	require.Zero(t, w.e.Withdrawn(liar.Acct.Addr).Sign(), "the liar gets nothing")
	games := w.e.GamesResolved()
	for _, g := range games {
		require.Equal(t, arbiter.GameChallengerWon, g, "the challenger won every game")
	}
	if !strict {
		// The challenger got its bond back and the reward (half the liar's
		// bond, shared by the games open at the rejection). A duplicate
		// challenge's game on the rejected claim refunds its bond when it
		// ends, which may be only after its clock runs out (not waited for).
		challenges := ct["challenge"] - ct["challenge (reverted)"]
		require.GreaterOrEqual(t, challenges, 1)
		got := w.e.Withdrawn(chal.Acct.Addr)
		min := new(big.Int).Add(p.ChallengeBond, new(big.Int).Div(half, big.NewInt(int64(challenges))))
		max := new(big.Int).Mul(p.ChallengeBond, big.NewInt(int64(challenges)))
		max.Add(max, half)
		require.True(t, got.Cmp(min) >= 0 && got.Cmp(max) <= 0, "challenger withdrew %v, want own bond(s) + the reward in [%v, %v]", got, min, max)
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
	require.Equal(t, new(big.Int).Add(p.ChallengeBond, half), w.e.Withdrawn(chal.Acct.Addr), "challenger: own bond + half the liar's bond")
	burned, err := w.o.Burned(context.Background())
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Sub(p.SubmitBond, half), burned, "the other half of the liar's bond is burned")
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

// TestRunLiarLoses (scenario a): an honest submitter claims beside a
// pending false claim; the challenger disproves the false claim and the
// honest claim finalizes, under node.Run.
func TestRunLiarLoses(t *testing.T) {
	w := newRunWorld(t)
	disputeScenario(t, w, opts{liar: true}, opts{}, opts{}, 20*time.Second, true, nil)
}

// TestRunSuperseded (scenario b): two honest submitters claim the same
// request side by side; after the window both finalize: the first claim
// finalized is accepted (bond + fee), the other superseded (its bond back,
// no fee). The challenger agrees with both and sends nothing.
func TestRunSuperseded(t *testing.T) {
	w := newRunWorld(t)
	req := w.request()
	m1, m2 := nodemetrics.New("submitter"), nodemetrics.New("submitter")
	s1 := w.newNode("submitter-1", 2, false, opts{metrics: m1})
	s2 := w.newNode("submitter-2", 4, false, opts{metrics: m2})
	c := w.newNode("challenger", 3, true, opts{})
	w.waitFor("two claims side by side", 20*time.Second, func() bool {
		r := w.requestState(req)
		return r.Attempts == 2 && r.Pending == 2
	})
	seen := c.ticks.Load()
	w.waitFor("challenger ticks", 20*time.Second, func() bool { return c.ticks.Load() >= seen+3 })
	w.e.Advance(time.Duration(w.e.P.ChallengeWindow+1) * time.Second)
	statuses := func() []arbiter.ClaimStatus {
		return []arbiter.ClaimStatus{w.claimState(arbiter.ClaimID(req, 1)).Status, w.claimState(arbiter.ClaimID(req, 2)).Status}
	}
	w.waitFor("both claims settled and withdrawn", 20*time.Second, func() bool {
		st := statuses()
		return st[0] != arbiter.ClaimPending && st[1] != arbiter.ClaimPending &&
			w.credit(s1.Acct.Addr).Sign() == 0 && w.credit(s2.Acct.Addr).Sign() == 0
	})
	r := w.requestState(req)
	require.Equal(t, arbiter.RequestFinalized, r.Status)
	require.Equal(t, w.want, r.Output)
	require.Zero(t, r.Pending)
	require.ElementsMatch(t, []arbiter.ClaimStatus{arbiter.ClaimAccepted, arbiter.ClaimSuperseded}, statuses())
	byAddr := map[common.Address]arbiter.ClaimStatus{}
	for a := uint32(1); a <= 2; a++ {
		cl := w.claimState(arbiter.ClaimID(req, a))
		byAddr[cl.Submitter] = cl.Status
	}
	winner, loser, wm, lm := s1, s2, m1, m2
	if byAddr[s1.Acct.Addr] == arbiter.ClaimSuperseded {
		winner, loser, wm, lm = s2, s1, m2, m1
	}
	require.Equal(t, arbiter.ClaimAccepted, byAddr[winner.Acct.Addr])
	require.Equal(t, arbiter.ClaimSuperseded, byAddr[loser.Acct.Addr], "one claim each")
	// Gauges and counters settle on the next ticks.
	w.waitFor("the superseded claim counted", 20*time.Second, func() bool {
		return nodetest.Metric(t, lm.Registry(), "opml_claims_total", "outcome", "superseded") == 1
	})
	s1.stop()
	s2.stop()
	c.stop()
	p := w.e.P
	require.Equal(t, new(big.Int).Add(p.SubmitBond, big.NewInt(runFee)), w.e.Withdrawn(winner.Acct.Addr), "accepted: bond + fee")
	require.Equal(t, p.SubmitBond, w.e.Withdrawn(loser.Acct.Addr), "superseded: its bond back")
	for _, n := range []*runNode{winner, loser} {
		require.Equal(t, map[string]int{"submit": 1, "finalize": 1, "withdraw": 1}, w.e.Txs(n.Acct.Addr), n.Name)
	}
	require.Empty(t, w.e.Txs(c.Acct.Addr), "nothing to challenge")
	require.Equal(t, 1.0, nodetest.Metric(t, wm.Registry(), "opml_claims_total", "outcome", "accepted"))
	require.Zero(t, nodetest.Metric(t, wm.Registry(), "opml_claims_total", "outcome", "superseded"))
	require.Zero(t, nodetest.Metric(t, lm.Registry(), "opml_claims_total", "outcome", "accepted"))
}
