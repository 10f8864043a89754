package node_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/testkit/echomodel"
	"github.com/opml-dev/opml/testkit/nodetest"
)

// newCompletionWorld is a runWorld serving the echo completion model
// (testkit/echomodel, T = 64).
func newCompletionWorld(t *testing.T) *runWorld {
	e := nodetest.New(t, nodetest.Params())
	m := echo(t)
	e.Register(m)
	return &runWorld{t: t, e: e, m: m, o: arbiter.Oracle{Addr: e.Addrs.Oracle, Caller: e.Chain.Client}}
}

// TestRunCompletionDispute: a completion request ("Hello, wo", 12 tokens)
// is served by node.Run nodes: a lying submitter claims first with its
// first generated token changed (and defends it with a trace lying from
// N/2), an honest submitter generates greedily and claims beside it, the
// honest challenger rebuilds the liar's trace input from the prompt and the
// claimed output, challenges and wins its game at one step; the false
// claim is rejected and, after the window, the honest completion finalizes
// as the request's text. Each node bounds its VM work with a budget of two
// traces and one run at a time; the honest submitter and the challenger
// restart in the middle (the challenger during its game).
func TestRunCompletionDispute(t *testing.T) {
	w := newCompletionWorld(t)
	prompt := []int32{'H', 'e', 'l', 'l', 'o', ',', ' ', 'w', 'o'}
	c, err := arbiter.NewCompletion(&w.m.Header, prompt, 12, 1)
	require.NoError(t, err)
	w.e.Send(w.e.Chain.Accounts[1], w.e.Addrs.Oracle, big.NewInt(runFee), arbiter.PackRequestCompletion(w.m.ID(), c, 0))
	req := big.NewInt(1)
	require.NotNil(t, w.requestState(req).Completion)
	hdir, cdir := t.TempDir(), t.TempDir()
	budget := func(dir string) opts { return opts{budgetTraces: 2, dir: dir} }

	timeout := 60 * time.Second
	lo := budget("")
	lo.liar = true
	liar := w.newNode("liar", 2, false, lo)
	w.waitFor("the false claim", timeout, func() bool { return w.requestState(req).Attempts >= 1 })
	honest := w.newNode("honest", 4, false, budget(hdir))
	w.waitFor("the honest claim beside it", timeout, func() bool { return w.requestState(req).Attempts == 2 })
	falseClaim, trueClaim := arbiter.ClaimID(req, 1), arbiter.ClaimID(req, 2)
	// Both the honest submitter and the challenger restart on their
	// datadirs in the middle: what they need of the completion request
	// (prompt, tokens, width, the claims' outputs) is in their stores.
	honest.stop()
	honest = w.newNode("honest", 4, false, budget(hdir))
	chal := w.newNode("challenger", 3, true, budget(cdir))
	w.waitFor("the game to progress", timeout, func() bool { return w.e.Txs(chal.Acct.Addr)["choose"] >= 1 })
	chal.stop()
	chal = w.newNode("challenger", 3, true, budget(cdir))
	w.waitFor("the game to end", timeout, func() bool { return len(w.e.GamesResolved()) > 0 })
	require.Equal(t, []arbiter.GameStatus{arbiter.GameChallengerWon}, w.e.GamesResolved())
	w.waitFor("the false claim rejected", timeout, func() bool { return w.claimState(falseClaim).Status == arbiter.ClaimRejected })
	require.Equal(t, arbiter.ClaimPending, w.claimState(trueClaim).Status)

	// The start hashes are the claims' own: the liar's x differs from the
	// honest one in its first generated token.
	ls, err := w.o.StartHashOf(context.Background(), falseClaim)
	require.NoError(t, err)
	hs, err := w.o.StartHashOf(context.Background(), trueClaim)
	require.NoError(t, err)
	require.NotEqual(t, ls, hs)

	seen := chal.ticks.Load()
	w.waitFor("challenger ticks", timeout, func() bool { return chal.ticks.Load() >= seen+3 })
	w.e.Advance(time.Duration(w.e.P.ChallengeWindow+1) * time.Second)
	w.waitFor("finalization", timeout, func() bool { return w.requestState(req).Status == arbiter.RequestFinalized })
	res := w.requestState(req)
	require.Equal(t, "oooooooooooo", string(res.Output), "the honest completion is the request's text")
	require.Equal(t, arbiter.EncodeTokens(echomodel.Completion(prompt, 12), 1), res.Output)
	require.Equal(t, arbiter.ClaimAccepted, w.claimState(trueClaim).Status)
	w.waitFor("withdrawals", timeout, func() bool {
		return w.credit(honest.Acct.Addr).Sign() == 0 && w.credit(chal.Acct.Addr).Sign() == 0
	})
	for _, n := range []*runNode{liar, chal, honest} {
		n.stop()
	}
	lt, ct, ht := w.e.Txs(liar.Acct.Addr), w.e.Txs(chal.Acct.Addr), w.e.Txs(honest.Acct.Addr)
	t.Logf("liar %v, challenger %v, honest %v", lt, ct, ht)
	require.Equal(t, 1, ht["submitCompletion"], "the honest submitter claims once")
	require.Equal(t, 1, lt["submitCompletion"], "the liar claims once")
	require.Equal(t, 1, ct["challenge"], "one challenge")
	require.Equal(t, 1, ct["step"], "one step onchain")
	require.Zero(t, ht["challenge"]+ht["bisect"], "nobody disputes the honest claim")
	require.Equal(t, new(big.Int).Add(w.e.P.SubmitBond, big.NewInt(runFee)), w.e.Withdrawn(honest.Acct.Addr), "honest: bond + fee")
	require.Zero(t, w.e.Withdrawn(liar.Acct.Addr).Sign(), "the liar gets nothing")
	w.requireNoDuplicateMoves(chal.Acct.Addr, "challenger")
}
