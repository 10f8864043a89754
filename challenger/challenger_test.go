package challenger_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/challenger"
	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/infra/txmgr"
	"github.com/opml-dev/opml/node"
	"github.com/opml-dev/opml/node/nodemetrics"
	"github.com/opml-dev/opml/submitter"
	"github.com/opml-dev/opml/testkit/nodetest"
	"github.com/opml-dev/opml/testkit/simchain"
	"github.com/opml-dev/opml/vm/model"
)

type world struct {
	t     *testing.T
	e     *nodetest.Env
	m     *model.Model
	input []byte
	want  []byte // the true output
	o     arbiter.Oracle
	// metrics of each node by name (replaced on restart, like a process's)
	metrics map[string]*nodemetrics.Metrics
}

func newWorld(t *testing.T) *world {
	fe := nodetest.NewFixture(t, "mlp", nodetest.Params())
	e := fe.Env
	return &world{t: t, e: e, m: fe.Model, input: fe.Input, want: fe.Want, o: arbiter.Oracle{Addr: e.Addrs.Oracle, Caller: e.Chain.Client},
		metrics: map[string]*nodemetrics.Metrics{}}
}

const fee = 5000

func (w *world) request() *big.Int {
	w.e.Send(w.e.Chain.Accounts[1], w.e.Addrs.Oracle, big.NewInt(fee), arbiter.PackRequest(w.m.ID(), w.input, 0))
	return big.NewInt(1)
}

func (w *world) submitter(name, dir string, acct int, liar bool) *nodetest.Node {
	n := w.e.NewNode(name, dir, w.e.Chain.Accounts[acct])
	w.metrics[name] = nodemetrics.New("submitter")
	cfg := submitter.Config{Oracle: w.e.Addrs.Oracle, Models: node.NewModels(w.m), Client: w.e.Chain.Client,
		Sender: n.Txm, Store: n.Store, Logger: nodetest.Logger(w.t, name), Metrics: w.metrics[name]}
	if liar {
		cfg.DishonestOutput = true
		cfg.DishonestLieAtStep = w.m.Header.NumSteps / 2
	}
	s, err := submitter.New(context.Background(), cfg)
	require.NoError(w.t, err)
	n.Svc = s
	return n
}

func (w *world) challenger(name, dir string, acct int, watchOnly bool) *nodetest.Node {
	return w.challengerWith(name, dir, acct, challenger.Config{WatchOnly: watchOnly})
}

// challengerWith starts a challenger with cfg's options (the chain, store
// and sender fields are filled in).
func (w *world) challengerWith(name, dir string, acct int, cfg challenger.Config) *nodetest.Node {
	n := w.e.NewNode(name, dir, w.e.Chain.Accounts[acct])
	w.metrics[name] = nodemetrics.New("challenger")
	cfg.Oracle, cfg.Models, cfg.Client, cfg.Sender, cfg.Store = w.e.Addrs.Oracle, node.NewModels(w.m), w.e.Chain.Client, n.Txm, n.Store
	cfg.Logger, cfg.Metrics = nodetest.Logger(w.t, name), w.metrics[name]
	c, err := challenger.New(context.Background(), cfg)
	require.NoError(w.t, err)
	n.Svc = c
	return n
}

// dispute runs a liar, an honest challenger and an honest submitter until
// the request finalizes with the true output. If restartAfter > 0, the liar
// and the challenger are restarted (stores closed and reopened, new txmgrs,
// new services) after that many loop iterations, in the middle of the game.
func dispute(t *testing.T, restartAfter int) {
	ctx := context.Background()
	w := newWorld(t)
	req := w.request()
	liar := w.submitter("liar", "", 2, true)
	chal := w.challenger("challenger", "", 3, false)
	honest := w.submitter("honest", "", 4, false)
	nodes := []*nodetest.Node{liar, chal, honest}
	t.Cleanup(func() {
		for _, n := range nodes {
			n.Close()
		}
	})
	seenSecond, advanced := 0, false
	var clocks, stakes []float64 // own clock left and bonds at stake of challenger and liar while the game is open
	for i := 0; ; i++ {
		require.Less(t, i, 100, "no finalization")
		if restartAfter > 0 && i == restartAfter {
			require.Len(t, w.e.GamesResolved(), 0, "restart must happen mid-game")
			// The liar moves; the challenger computes its answer and sends
			// it, but the chain stalls and the node dies before the move is
			// mined: the move stays journalled under its position key.
			liar.Step(ctx)
			w.e.Pause()
			chal.Feed(ctx)
			tctx, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
			require.Error(t, chal.Svc.Tick(tctx))
			cancel()
			require.Len(t, chal.Txm.Pending(), 1, "the move is in flight")
			t.Log("=== restarting the liar and the challenger")
			liar.Close()
			chal.Close()
			liar = w.submitter("liar", liar.Dir, 2, true)
			chal = w.challenger("challenger", chal.Dir, 3, false)
			nodes[0], nodes[1] = liar, chal
			w.e.Resume()
		}
		for _, n := range nodes {
			n.Step(ctx)
		}
		if w.metric("challenger", "opml_games", "status", "open") == 1 {
			clocks = append(clocks, w.metric("challenger", "opml_clock_left_seconds"), w.metric("liar", "opml_clock_left_seconds"))
			stakes = append(stakes, w.metric("challenger", "opml_bonds_at_stake_wei"), w.metric("liar", "opml_bonds_at_stake_wei"))
		}
		r, done := w.settled(req, nodes...)
		if done {
			break
		}
		if r.Attempts == 2 && len(w.e.GamesResolved()) == 1 {
			seenSecond++ // every node has ticked once with the game over and the honest claim pending
			if seenSecond >= 2 && !advanced {
				e := w.e
				e.Advance(time.Duration(e.P.ChallengeWindow+1) * time.Second)
				advanced = true
			}
		}
	}
	res, err := w.o.Request(context.Background(), req)
	require.NoError(t, err)
	require.Equal(t, w.want, res.Output, "the true output finalized")
	require.Equal(t, []arbiter.GameStatus{arbiter.GameChallengerWon}, w.e.GamesResolved(), "one game, challenger won")

	p := w.e.P
	require.Equal(t, new(big.Int).Add(p.ChallengeBond, half(p.SubmitBond)), w.e.Withdrawn(chal.Acct.Addr), "challenger: own bond + half the liar's bond")
	require.Equal(t, new(big.Int).Add(p.SubmitBond, big.NewInt(fee)), w.e.Withdrawn(honest.Acct.Addr), "honest: bond + fee")
	require.Equal(t, 0, w.e.Withdrawn(liar.Acct.Addr).Sign(), "the liar gets nothing")
	require.Equal(t, half(p.SubmitBond), w.burned(), "the other half is burned")
	// The honest claim was posted beside the pending false claim, before the
	// game ended: claims run side by side.
	cl, err := w.o.Claim(ctx, arbiter.ClaimID(req, 2))
	require.NoError(t, err)
	require.Equal(t, honest.Acct.Addr, cl.Submitter)
	require.Equal(t, arbiter.ClaimAccepted, cl.Status)

	lt, ct, ht := w.e.Txs(liar.Acct.Addr), w.e.Txs(chal.Acct.Addr), w.e.Txs(honest.Acct.Addr)
	t.Logf("liar %v, challenger %v, honest %v", lt, ct, ht)
	nodetest.RequireCleanDispute(t, lt, ct, ht)

	// Metrics. Gauges are recomputed from the store on every tick, so they
	// hold after a restart too (new metrics objects); counters and
	// histograms count since the (last) start.
	for _, n := range nodes {
		n.Step(ctx)
	}
	sb, cb := float64(p.SubmitBond.Int64()), float64(p.ChallengeBond.Int64())
	require.NotEmpty(t, clocks, "the clock gauge was sampled while the game was open")
	for i := 0; i < len(clocks); i += 2 {
		for _, c := range clocks[i : i+2] {
			require.Positive(t, c, "own clock left while the game is open")
			require.LessOrEqual(t, c, float64(p.ClockBudget))
		}
		require.Equal(t, cb, stakes[i], "challenger: its bond at stake in the open game")
		require.Equal(t, sb, stakes[i+1], "liar: its bond at stake in its pending claim")
	}
	for _, c := range []struct {
		node, status string
		want         float64
	}{{"challenger", "won", 1}, {"challenger", "lost", 0}, {"challenger", "open", 0},
		{"liar", "lost", 1}, {"liar", "won", 0}, {"liar", "open", 0}, {"honest", "won", 0}, {"honest", "lost", 0}} {
		require.Equal(t, c.want, w.metric(c.node, "opml_games", "status", c.status), "%s games %s", c.node, c.status)
	}
	require.Equal(t, sb/2, w.metric("challenger", "opml_bonds_won_wei"), "challenger won half the liar's bond")
	require.Zero(t, w.metric("challenger", "opml_bonds_lost_wei"))
	require.Equal(t, sb, w.metric("liar", "opml_bonds_lost_wei"), "the liar lost its bond")
	require.Zero(t, w.metric("liar", "opml_bonds_won_wei"))
	for _, n := range []string{"challenger", "liar", "honest"} {
		require.Zero(t, w.metric(n, "opml_bonds_at_stake_wei"), n)
		require.Zero(t, w.metric(n, "opml_clock_left_seconds"), n)
	}
	if restartAfter == 0 {
		mv := func(n, kind string) float64 { return w.metric(n, "opml_moves_total", "kind", kind) }
		require.Equal(t, float64(lt["bisect"]), mv("liar", "bisect"))
		require.Positive(t, mv("challenger", "choose"))
		require.Equal(t, float64(ct["choose"]), mv("challenger", "choose"))
		require.Equal(t, 1.0, mv("challenger", "step"))
		cl := func(n, outcome string) float64 { return w.metric(n, "opml_claims_total", "outcome", outcome) }
		require.Equal(t, 1.0, cl("challenger", "disputed"))
		require.Equal(t, 1.0, cl("challenger", "challenged"))
		require.Equal(t, 1.0, cl("challenger", "agreed"), "the honest claim")
		require.Equal(t, 1.0, cl("liar", "posted"))
		require.Equal(t, 1.0, cl("liar", "rejected"))
		require.Equal(t, 1.0, cl("honest", "posted"))
		require.Equal(t, 1.0, cl("honest", "accepted"))
		n, sum := nodetest.HistogramSum(t, w.metrics["challenger"].Registry(), "opml_challenge_reaction_blocks")
		require.Equal(t, uint64(1), n, "one challenge")
		require.LessOrEqual(t, sum, 1.0, "challenged within one block of the claim")
		for _, name := range []string{"challenger", "liar", "honest"} {
			require.Positive(t, w.metric(name, "opml_execution_seconds"), "%s ran the VM", name)
		}
		require.Positive(t, w.metric("challenger", "opml_proof_seconds"))
		require.Positive(t, w.metric("liar", "opml_proof_seconds"))
	}

	// Pruning: nothing is left to iterate; the finished records are kept.
	for _, n := range nodes {
		prefix := "submitter"
		if n == chal {
			prefix = "challenger"
		}
		require.Zero(t, n.Count(prefix+".claims"), "%s: active claims", n.Name)
		require.Zero(t, n.Count(prefix+".games"), "%s: active games", n.Name)
		want := 1
		if n == chal {
			want = 2 // the false claim and the honest one
		}
		require.Equal(t, want, n.Count(prefix+".claims.finished"), "%s: finished claims", n.Name)
		if n != chal {
			require.Zero(t, n.Count(prefix+".requests"), "%s: active requests", n.Name)
		}
	}
	require.Equal(t, 1, chal.Count("challenger.games.finished"))
	require.Equal(t, 1, liar.Count("submitter.games.finished"))
	// Traces: none is kept once the games are over (a replay below drops
	// them all anyway).
	require.Zero(t, liar.Svc.(*submitter.Submitter).CachedTraces(), "the liar dropped its game's trace once the game was over")
	require.Zero(t, chal.Svc.(*challenger.Challenger).CachedTraces(), "the challenger dropped its game's trace once the game was over")

	// A replay of every log re-records finished claims and games; the next
	// tick prunes them again without acting or counting them twice.
	for _, n := range nodes {
		n.Rewind(0)
		n.Step(ctx)
		n.Step(ctx)
	}
	require.Equal(t, ct, w.e.Txs(chal.Acct.Addr), "nothing sent after the replay")
	require.Equal(t, lt, w.e.Txs(liar.Acct.Addr))
	require.Equal(t, 1.0, w.metric("challenger", "opml_games", "status", "won"))
	require.Equal(t, 1.0, w.metric("liar", "opml_games", "status", "lost"))
	require.Zero(t, chal.Count("challenger.claims"))
	require.Zero(t, chal.Count("challenger.games"))
	require.Zero(t, liar.Count("submitter.games"))
}

// half is what a rejected claim's bond pays the games open on it (the rest
// is burned).
func half(bond *big.Int) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(bond, big.NewInt(100-arbiter.BurnPercent)), big.NewInt(100))
}

func (w *world) credit(a common.Address) *big.Int {
	c, err := w.o.Credit(context.Background(), a)
	require.NoError(w.t, err)
	return c
}

func (w *world) burned() *big.Int {
	b, err := w.o.Burned(context.Background())
	require.NoError(w.t, err)
	return b
}

// settled returns request req and whether it is settled: finalized, its
// one game resolved, and every node's credit withdrawn.
func (w *world) settled(req *big.Int, nodes ...*nodetest.Node) (arbiter.Request, bool) {
	r, err := w.o.Request(context.Background(), req)
	require.NoError(w.t, err)
	done := r.Status == arbiter.RequestFinalized && len(w.e.GamesResolved()) == 1
	for _, n := range nodes {
		c, err := w.o.Credit(context.Background(), n.Acct.Addr)
		require.NoError(w.t, err)
		done = done && c.Sign() == 0
	}
	return r, done
}

func (w *world) metric(node, name string, labels ...string) float64 {
	return nodetest.Metric(w.t, w.metrics[node].Registry(), name, labels...)
}

// TestLiarLoses: a submitter claims a wrong output and defends it with a
// trace that lies from the middle step on; an honest submitter claims
// beside it; the honest challenger wins the game, the false claim is
// rejected (half its bond burned, half to the challenger), and the honest
// claim finalizes with the true output after its window.
func TestLiarLoses(t *testing.T) { dispute(t, 0) }

// TestRestartMidGame: as TestLiarLoses, but both game parties are restarted
// from their stores in the middle of the game, the challenger with a move
// sent but not mined; the game is still won and no transaction is
// duplicated or reverted.
func TestRestartMidGame(t *testing.T) { dispute(t, 4) }

// TestDishonestChallengerLoses: a (test-only) lying challenger disputes an
// honest claim; the onchain step confirms the claimant's hash, the claimant
// wins the game and its claim finalizes with the true output.
func TestDishonestChallengerLoses(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t)
	req := w.request()
	honest := w.submitter("honest", "", 2, false)
	liar := w.challengerWith("lying-challenger", "", 3, challenger.Config{DishonestLieAtStep: w.m.Header.NumSteps / 3})
	nodes := []*nodetest.Node{honest, liar}
	t.Cleanup(func() {
		for _, n := range nodes {
			n.Close()
		}
	})
	advanced := false
	for i := 0; ; i++ {
		require.Less(t, i, 100, "no finalization")
		for _, n := range nodes {
			n.Step(ctx)
		}
		r, err := w.o.Request(ctx, req)
		require.NoError(t, err)
		if r.Status == arbiter.RequestFinalized {
			require.Equal(t, w.want, r.Output, "the honest output finalized")
			break
		}
		if len(w.e.GamesResolved()) == 1 && !advanced {
			w.e.Advance(time.Duration(w.e.P.ChallengeWindow+1) * time.Second)
			advanced = true
		}
	}
	require.Equal(t, []arbiter.GameStatus{arbiter.GameClaimantWon}, w.e.GamesResolved(), "the claimant won the only game")
	require.Equal(t, 1, w.e.Txs(liar.Acct.Addr)["challenge"], "one challenge")
	require.Equal(t, 1.0, w.metric("honest", "opml_games", "status", "won"))
	require.Equal(t, 1.0, w.metric("lying-challenger", "opml_games", "status", "lost"))
}

// TestConcurrentGames: a liar claims three requests and two challengers
// dispute every claim, so the liar plays six games at once, two on each
// trace. Games are played concurrently (one worker per game), and every
// game ends with the challenger winning by the step.
func TestConcurrentGames(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t)
	for range 3 {
		w.request()
	}
	liar := w.submitter("liar", "", 2, true)
	c1 := w.challenger("challenger-1", "", 3, false)
	c2 := w.challenger("challenger-2", "", 5, false)
	nodes := []*nodetest.Node{liar, c1, c2}
	t.Cleanup(func() {
		for _, n := range nodes {
			n.Close()
		}
	})
	for i := 0; len(w.e.GamesResolved()) < 6; i++ {
		require.Less(t, i, 100, "games not resolved: %v", w.e.GamesResolved())
		for _, n := range nodes {
			n.Step(ctx)
		}
	}
	require.Equal(t, []arbiter.GameStatus{arbiter.GameChallengerWon, arbiter.GameChallengerWon, arbiter.GameChallengerWon, arbiter.GameChallengerWon, arbiter.GameChallengerWon, arbiter.GameChallengerWon}, w.e.GamesResolved())
	require.Equal(t, 3, w.e.Txs(c1.Acct.Addr)["challenge"])
	require.Equal(t, 3, w.e.Txs(c2.Acct.Addr)["challenge"])
	// Both games on each claim were open when the first win rejected it:
	// they share the unburned half of its bond.
	share := new(big.Int).Div(half(w.e.P.SubmitBond), big.NewInt(2))
	for a := uint32(1); a <= 3; a++ {
		id := arbiter.ClaimID(big.NewInt(int64(a)), 1)
		cl, err := w.o.Claim(ctx, id)
		require.NoError(t, err)
		require.Equal(t, arbiter.ClaimRejected, cl.Status)
		require.Equal(t, uint32(2), cl.RewardGames)
		got, err := w.o.RewardShare(ctx, id)
		require.NoError(t, err)
		require.Equal(t, share, got)
	}
	require.Equal(t, new(big.Int).Mul(big.NewInt(3), new(big.Int).Sub(w.e.P.SubmitBond, new(big.Int).Mul(share, big.NewInt(2)))), w.burned())
	// The nodes record the outcomes on their next ticks.
	for i := 0; w.metric("liar", "opml_games", "status", "lost") < 6 || w.metric("challenger-2", "opml_games", "status", "won") < 3 ||
		w.metric("challenger-1", "opml_games", "status", "won") < 3; i++ {
		require.Less(t, i, 100, "outcomes not recorded")
		for _, n := range nodes {
			n.Step(ctx)
		}
	}
	require.Equal(t, 6.0, w.metric("liar", "opml_games", "status", "lost"))
	for _, c := range []string{"challenger-1", "challenger-2"} {
		require.Equal(t, 3.0, w.metric(c, "opml_games", "status", "won"), c)
		require.Equal(t, float64(3*share.Int64()), w.metric(c, "opml_bonds_won_wei"), "%s: three shares", c)
	}
	require.Equal(t, float64(3*w.e.P.SubmitBond.Int64()), w.metric("liar", "opml_bonds_lost_wei"), "the liar lost each bond once, not once per game")
}

// TestWatchOnly: a watch-only challenger sees the false claim but sends no
// transaction and locks no bond; the false claim therefore finalizes.
func TestWatchOnly(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t)
	req := w.request()
	liar := w.submitter("liar", "", 2, true)
	watch := w.challenger("watcher", "", 3, true)
	t.Cleanup(liar.Close)
	t.Cleanup(watch.Close)
	advanced := false
	for i := 0; ; i++ {
		require.Less(t, i, 30, "no finalization")
		liar.Step(ctx)
		watch.Step(ctx)
		r, err := w.o.Request(ctx, req)
		require.NoError(t, err)
		if r.Status == arbiter.RequestFinalized {
			break
		}
		if r.Pending > 0 && !advanced {
			watch.Step(ctx)
			w.e.Advance(time.Duration(w.e.P.ChallengeWindow+1) * time.Second)
			advanced = true
		}
	}
	require.Empty(t, w.e.Txs(watch.Acct.Addr), "watch-only sends nothing")
	res, err := w.o.Request(context.Background(), req)
	require.NoError(t, err)
	require.NotEqual(t, w.want, res.Output, "unchallenged, the false claim finalized")
	require.Equal(t, simchain.Funding, w.e.Chain.Balance(watch.Acct.Addr), "watch-only spent nothing")
}

// TestClaimantTimesOut: the liar bisects once and then goes silent; once
// its clock has run out, the challenger's Tick resolves the game by timeout
// and wins; the claim is rejected and the challenger is paid.
func TestClaimantTimesOut(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t)
	req := w.request()
	liar := w.submitter("liar", "", 2, true)
	chal := w.challenger("challenger", "", 3, false)
	t.Cleanup(liar.Close)
	t.Cleanup(chal.Close)
	liar.Step(ctx) // submit
	chal.Step(ctx) // challenge
	liar.Step(ctx) // first bisect
	chal.Step(ctx) // choose
	require.Equal(t, 1, w.e.Txs(liar.Acct.Addr)["bisect"])
	for range 3 { // the liar is silent; its clock is not out yet
		chal.Step(ctx)
	}
	require.Empty(t, w.e.GamesResolved())
	w.e.Advance(time.Duration(w.e.P.ClockBudget+1) * time.Second)
	for range 3 {
		chal.Step(ctx)
	}
	require.Equal(t, []arbiter.GameStatus{arbiter.GameChallengerWon}, w.e.GamesResolved(), "challenger won on time")
	require.Equal(t, 1, w.e.Txs(chal.Acct.Addr)["resolveTimeout"])
	r, err := w.o.Request(ctx, req)
	require.NoError(t, err)
	require.Equal(t, arbiter.RequestOpen, r.Status, "the claim was rejected, the request is still open")
	require.Zero(t, r.Pending)
	p := w.e.P
	require.Equal(t, new(big.Int).Add(p.ChallengeBond, half(p.SubmitBond)), w.e.Withdrawn(chal.Acct.Addr))
}

// TestFalseClaimAfterFinalization (P1): a false claim posted beside an
// honest one shortly before the honest claim finalizes the request is still
// challenged afterwards (it is Pending, in its window): the challenger,
// started only once the request is finalized, disproves it, the liar loses
// its bond (half burned, half to the challenger) and the request keeps the
// true output. The liar's claim can never be superseded while its game is
// open.
func TestFalseClaimAfterFinalization(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t)
	req := w.request()
	honest := w.submitter("honest", "", 4, false)
	liar := w.submitter("liar", "", 2, true)
	t.Cleanup(honest.Close)
	t.Cleanup(liar.Close)
	p := w.e.P
	honest.Step(ctx) // the true claim
	w.e.Advance(time.Duration(p.ChallengeWindow-100) * time.Second)
	liar.Step(ctx) // the false claim, 100 s before the true one's window closes
	w.e.Advance(101 * time.Second)
	honest.Step(ctx) // finalize: accepted
	honest.Step(ctx)
	r, err := w.o.Request(ctx, req)
	require.NoError(t, err)
	require.Equal(t, arbiter.RequestFinalized, r.Status)
	require.Equal(t, w.want, r.Output)
	require.Equal(t, uint32(1), r.Pending, "the false claim is still pending")

	chal := w.challenger("challenger", "", 3, false)
	t.Cleanup(chal.Close)
	for i := 0; len(w.e.GamesResolved()) == 0 || w.credit(chal.Acct.Addr).Sign() != 0 || w.e.Withdrawn(chal.Acct.Addr).Sign() == 0; i++ {
		require.Less(t, i, 100, "the game did not end")
		chal.Step(ctx)
		liar.Step(ctx)
		honest.Step(ctx)
	}
	require.Equal(t, []arbiter.GameStatus{arbiter.GameChallengerWon}, w.e.GamesResolved())
	cl, err := w.o.Claim(ctx, arbiter.ClaimID(req, 2))
	require.NoError(t, err)
	require.Equal(t, liar.Acct.Addr, cl.Submitter)
	require.Equal(t, arbiter.ClaimRejected, cl.Status)
	require.Equal(t, new(big.Int).Add(p.ChallengeBond, half(p.SubmitBond)), w.e.Withdrawn(chal.Acct.Addr), "challenger: own bond + half the liar's bond")
	require.Equal(t, half(p.SubmitBond), w.burned())
	require.Zero(t, w.e.Withdrawn(liar.Acct.Addr).Sign(), "the liar gets nothing")
	require.Equal(t, new(big.Int).Add(p.SubmitBond, big.NewInt(fee)), w.e.Withdrawn(honest.Acct.Addr), "honest: bond + fee")
	r, err = w.o.Request(ctx, req)
	require.NoError(t, err)
	require.Equal(t, w.want, r.Output, "the request keeps the true output")
	require.Zero(t, r.Pending)
	require.Equal(t, 1.0, w.metric("challenger", "opml_claims_total", "outcome", "challenged"))
	require.Equal(t, 1.0, w.metric("challenger", "opml_claims_total", "outcome", "agreed"))
	require.Equal(t, 1, w.e.Txs(liar.Acct.Addr)["submit"], "the liar never claims again")
}

// rebinding sends through a txmgr but makes every challenge name another
// final hash than the claim's: what a challenge computed before a reorg put
// another claim under the same ID looks like to the oracle.
type rebinding struct{ *txmgr.Manager }

func (r rebinding) Send(ctx context.Context, c txmgr.Candidate) (*types.Receipt, error) {
	if arbiter.MethodName(c.Data) == "challenge" {
		c.Data = append([]byte(nil), c.Data...)
		c.Data[4+32+31] ^= 1 // the finalHash argument
	}
	return r.Manager.Send(ctx, c)
}

// TestChallengeClaimMismatch: a challenge the oracle refuses because the
// claim under its ID asserts another final hash (ClaimMismatch) is treated
// like a claim that is no longer challengeable: counted missed, the claim
// retired, nothing mined, no retry.
func TestChallengeClaimMismatch(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t)
	w.request()
	liar := w.submitter("liar", "", 2, true)
	t.Cleanup(liar.Close)
	liar.Step(ctx)
	n := w.e.NewNode("challenger", "", w.e.Chain.Accounts[3])
	t.Cleanup(n.Close)
	w.metrics["challenger"] = nodemetrics.New("challenger")
	c, err := challenger.New(ctx, challenger.Config{Oracle: w.e.Addrs.Oracle, Models: node.NewModels(w.m), Client: w.e.Chain.Client,
		Sender: rebinding{n.Txm}, Store: n.Store, Logger: nodetest.Logger(t, "challenger"), Metrics: w.metrics["challenger"]})
	require.NoError(t, err)
	n.Svc = c
	for range 3 {
		n.Step(ctx)
	}
	require.Empty(t, w.e.Txs(n.Acct.Addr), "the refused challenge is not mined")
	require.Equal(t, 1.0, w.metric("challenger", "opml_claims_total", "outcome", "missed"))
	require.Zero(t, w.metric("challenger", "opml_claims_total", "outcome", "challenged"))
	require.Zero(t, n.Count("challenger.claims"), "the claim is retired")
}
