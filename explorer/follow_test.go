package explorer_test

import (
	"context"
	"math/big"
	"net/http"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/challenger"
	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/explorer"
	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/infra/chainfollow"
	"github.com/opml-dev/opml/infra/nodestore"
	"github.com/opml-dev/opml/node"
	"github.com/opml-dev/opml/node/dispute"
	"github.com/opml-dev/opml/submitter"
	"github.com/opml-dev/opml/testkit/echomodel"
	"github.com/opml-dev/opml/testkit/nodetest"
	"github.com/opml-dev/opml/vm"
)

// The simulated chain's client is what Follow reads.
var _ chainfollow.Client = simulated.Client(nil)

const fee = 5000

// world is a deployment on a simulated chain (the mlp fixture registered)
// with an explorer following it into a store.
type world struct {
	t  *testing.T
	fe *nodetest.FixtureEnv
	o  arbiter.Oracle
	g  arbiter.Game
	c  explorer.Contracts
	// The running explorer: its store (dir), Index and how to stop it.
	dir   string
	store *nodestore.Store
	ix    *explorer.Index
	stop  func()
}

func newWorld(t *testing.T) *world {
	return worldOf(t, nodetest.NewFixture(t, "mlp", nodetest.Params()))
}

// worldOf is a world on fe's deployment (fe.Model registered).
func worldOf(t *testing.T, fe *nodetest.FixtureEnv) *world {
	a := fe.Addrs
	return &world{t: t, fe: fe, o: arbiter.Oracle{Addr: a.Oracle, Caller: fe.Chain.Client},
		g: arbiter.Game{Addr: a.Game, Caller: fe.Chain.Client}, c: explorer.Contracts{Oracle: a.Oracle, Game: a.Game, Registry: a.Registry},
		dir: filepath.Join(t.TempDir(), "explorer")}
}

// follow opens the store and starts explorer.Follow on it, at the head
// (no confirmations), into a new Index.
func (w *world) follow() { w.followWith(explorer.FollowConfig{}) }

// followWith is follow with cfg (its contracts and poll interval are set).
func (w *world) followWith(cfg explorer.FollowConfig) {
	cfg.Contracts, cfg.PollInterval = w.c, 10*time.Millisecond
	st, err := nodestore.Open(w.dir, nodetest.Logger(w.t, "explorer.store"))
	require.NoError(w.t, err)
	w.store, w.ix = st, explorer.NewIndex(w.c)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- explorer.Follow(ctx, w.fe.Chain.Client, st, cfg, w.ix, nodetest.Logger(w.t, "explorer"))
	}()
	stopped := false
	w.stop = func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		require.NoError(w.t, <-done, "Follow returns nil when its context ends")
		require.NoError(w.t, w.store.Close())
	}
	w.t.Cleanup(w.stop)
}

// waitFor polls cond until it holds (at most 20 s).
func (w *world) waitFor(what string, cond func() bool) {
	w.t.Helper()
	require.Eventually(w.t, cond, 20*time.Second, 5*time.Millisecond, "the explorer never showed %s", what)
}

// caughtUp waits until the Index has applied the chain's head block.
func (w *world) caughtUp() uint64 {
	w.t.Helper()
	head, _ := w.fe.Head()
	w.waitFor("the head block", func() bool { return w.ix.Head() >= head })
	return head
}

func (w *world) submitter(name string, acct int, liar bool) *nodetest.Node {
	n := w.fe.NewNode(name, "", w.fe.Chain.Accounts[acct])
	w.t.Cleanup(n.Close)
	cfg := submitter.Config{Oracle: w.fe.Addrs.Oracle, Models: node.NewModels(w.fe.Model), Client: w.fe.Chain.Client,
		Sender: n.Txm, Store: n.Store, Logger: nodetest.Logger(w.t, name)}
	if liar {
		cfg.DishonestOutput, cfg.DishonestLieAtStep = true, w.fe.Model.Header.NumSteps/2
	}
	s, err := submitter.New(context.Background(), cfg)
	require.NoError(w.t, err)
	n.Svc = s
	return n
}

func (w *world) challenger(name string, acct int) *nodetest.Node {
	n := w.fe.NewNode(name, "", w.fe.Chain.Accounts[acct])
	w.t.Cleanup(n.Close)
	c, err := challenger.New(context.Background(), challenger.Config{Oracle: w.fe.Addrs.Oracle, Models: node.NewModels(w.fe.Model),
		Client: w.fe.Chain.Client, Sender: n.Txm, Store: n.Store, Logger: nodetest.Logger(w.t, name)})
	require.NoError(w.t, err)
	n.Svc = c
	return n
}

// withdrawn reports whether every node has withdrawn all the oracle
// credited it.
func (w *world) withdrawn(nodes []*nodetest.Node) bool {
	for _, n := range nodes {
		c, err := w.o.Credit(context.Background(), n.Acct.Addr)
		require.NoError(w.t, err)
		if c.Sign() != 0 {
			return false
		}
	}
	return true
}

// requireClaim checks the Index's claim id against the chain's record:
// its submitter and settled status (both as expected), final hash,
// deadline and request.
func (w *world) requireClaim(id *big.Int, submitter common.Address, status arbiter.ClaimStatus) explorer.Claim {
	w.t.Helper()
	got, ok := w.ix.Claim(id)
	require.True(w.t, ok, "claim %v", id)
	onchain, err := w.o.Claim(context.Background(), id)
	require.NoError(w.t, err)
	require.Equal(w.t, status, onchain.Status)
	require.Equal(w.t, status, got.Status)
	require.Equal(w.t, submitter, onchain.Submitter)
	require.Equal(w.t, submitter, got.Submitter)
	require.Equal(w.t, onchain.FinalHash, got.FinalHash)
	require.Equal(w.t, onchain.Deadline, got.Deadline)
	req, _ := arbiter.SplitClaimID(id)
	require.Equal(w.t, req, got.RequestID)
	require.NotZero(w.t, got.Settled, "the block that settled it")
	return got
}

// chainLogs returns the decoded events of contract addr on the canonical
// chain, with their logs.
func (w *world) chainLogs(addr common.Address) []chainEvent {
	ls, err := w.fe.Chain.Client.FilterLogs(context.Background(), ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{addr}})
	require.NoError(w.t, err)
	var out []chainEvent
	for i := range ls {
		if ev := arbiter.DecodeEvent(&ls[i]); ev != nil {
			out = append(out, chainEvent{ls[i], ev})
		}
	}
	return out
}

type chainEvent struct {
	log types.Log
	ev  any
}

// disputed is a world after a dispute: a liar claimed a false output on
// request 1 (claim 1.1), the challenger won the game on it, an honest
// submitter's claim 1.2 finalized the request, and every node withdrew its
// credit. The explorer followed all of it.
type disputed struct {
	*world
	liar, chal, honest common.Address
	game               *big.Int
}

// runDispute plays the dispute; during, if set, is called after every
// node's moves, with the explorer caught up with the chain.
func runDispute(t *testing.T, during func(d *disputed)) *disputed {
	ctx := context.Background()
	w := newWorld(t)
	w.follow()
	w.fe.Request(w.fe.Chain.Accounts[1], big.NewInt(fee), 0)
	req := big.NewInt(1)
	nodes := []*nodetest.Node{w.submitter("liar", 2, true), w.challenger("challenger", 3), w.submitter("honest", 4, false)}
	d := &disputed{world: w, liar: nodes[0].Acct.Addr, chal: nodes[1].Acct.Addr, honest: nodes[2].Acct.Addr}
	seenSecond, advanced := 0, false
	for i := 0; ; i++ {
		require.Less(t, i, 100, "no finalization")
		for _, n := range nodes {
			n.Step(ctx)
			if during != nil {
				w.caughtUp()
				during(d)
			}
		}
		r, err := w.o.Request(ctx, req)
		require.NoError(t, err)
		resolved := len(w.fe.GamesResolved()) == 1
		if r.Status == arbiter.RequestFinalized && resolved && w.withdrawn(nodes) {
			break
		}
		if r.Attempts == 2 && resolved {
			// Every node has ticked with the game over and the honest
			// claim pending: let its challenge window pass.
			if seenSecond++; seenSecond >= 2 && !advanced {
				w.fe.Advance(time.Duration(w.fe.P.ChallengeWindow+1) * time.Second)
				advanced = true
			}
		}
	}
	for _, e := range w.chainLogs(w.fe.Addrs.Game) {
		if gc, ok := e.ev.(*arbiter.GameCreatedEvent); ok {
			require.Nil(t, d.game, "one game")
			d.game = gc.GameId
		}
	}
	require.NotNil(t, d.game, "a game was created")
	w.caughtUp()
	return d
}

// TestFollowDispute follows a whole dispute on a simulated chain (the real
// submitter lying, the real challenger, an honest submitter) and checks
// the Index against the chain's own records, then a restart from the
// store.
func TestFollowDispute(t *testing.T) {
	d := runDispute(t, nil)
	ctx := context.Background()
	ix, p := d.ix, d.fe.P
	req, falseClaim, trueClaim := big.NewInt(1), arbiter.ClaimID(big.NewInt(1), 1), arbiter.ClaimID(big.NewInt(1), 2)

	t.Run("model", func(t *testing.T) {
		m := d.fe.Model
		require.Len(t, ix.Models(), 1)
		got, ok := ix.Model(m.ID())
		require.True(t, ok)
		require.Equal(t, m.Header.NumSteps, got.NumSteps)
		require.Equal(t, "test://"+m.ID().Hex(), got.URI)
		require.Equal(t, d.fe.Chain.Accounts[0].Addr, got.Registrant)
	})

	t.Run("game", func(t *testing.T) {
		g, ok := ix.Game(d.game.Uint64())
		require.True(t, ok)
		require.Len(t, ix.Games(), 1)
		rec, err := d.g.Record(ctx, d.game)
		require.NoError(t, err)
		require.Equal(t, falseClaim, g.ClaimID)
		require.Equal(t, rec.OwnerRef, g.ClaimID)
		require.Equal(t, d.liar, g.Claimant)
		require.Equal(t, d.chal, g.Challenger)
		n := d.fe.Model.Header.NumSteps
		require.Equal(t, n, g.NumSteps)

		// The rounds, in order: round 1 splits [0, N], each next round
		// splits the range the challenger chose in the previous one, with
		// the split points DisputeGame uses and the hashes the claimant
		// posted (its Bisected events), down to a single step.
		require.Len(t, g.Rounds, int(rec.Rounds), "every completed round")
		bis, err := d.g.Bisections(ctx, d.fe.Chain.Client, d.game, 0)
		require.NoError(t, err)
		require.Len(t, bis, len(g.Rounds))
		lo, hi := uint64(0), n
		for i, r := range g.Rounds {
			require.Equal(t, i+1, r.Number)
			require.Equal(t, [2]uint64{lo, hi}, [2]uint64{r.Lo, r.Hi}, "round %d splits the previous choice", r.Number)
			pts, err := dispute.SplitPoints(lo, hi, uint64(p.Arity))
			require.NoError(t, err)
			require.Equal(t, len(pts)-1, r.Parts())
			require.Len(t, bis[i].Hashes, len(r.Hashes))
			for j := range r.Hashes {
				require.Equal(t, common.Hash(bis[i].Hashes[j]), r.Hashes[j], "round %d hash %d", r.Number, j)
			}
			require.True(t, r.Chosen, "round %d chosen", r.Number)
			require.Less(t, r.Index, r.Parts())
			require.Equal(t, [2]uint64{pts[r.Index], pts[r.Index+1]}, [2]uint64{r.ChosenLo, r.ChosenHi}, "round %d's choice", r.Number)
			require.GreaterOrEqual(t, r.ChooseBlock, r.BisectBlock)
			lo, hi = r.ChosenLo, r.ChosenHi
		}
		require.Equal(t, uint64(1), hi-lo, "narrowed to one step")
		require.Equal(t, [2]uint64{rec.Lo, rec.Hi}, [2]uint64{lo, hi}, "the game's final range")
		gl, gh := g.Range()
		require.Equal(t, [2]uint64{lo, hi}, [2]uint64{gl, gh})
		// ⌈log_k N⌉ rounds when the parts are even; uneven parts (floor
		// splits) may save one.
		full := 0
		for span := uint64(1); span < n; span *= uint64(p.Arity) {
			full++
		}
		require.True(t, len(g.Rounds) == full || len(g.Rounds) == full-1, "%d rounds for N = %d at arity %d", len(g.Rounds), n, p.Arity)

		// The step, the verdict and the settlement, as the chain says.
		require.NotNil(t, g.Step)
		require.Equal(t, rec.Lo, g.Step.Step, "the step executed is the final range's")
		require.True(t, g.Step.Disproved())
		require.Equal(t, arbiter.GameChallengerWon, rec.Status)
		require.Equal(t, rec.Status, g.Status)
		var resolved *arbiter.GameResolvedEvent
		var step *arbiter.StepExecutedEvent
		for _, e := range d.chainLogs(d.fe.Addrs.Game) {
			switch ev := e.ev.(type) {
			case *arbiter.GameResolvedEvent:
				resolved = ev
				require.Equal(t, e.log.BlockNumber, g.Resolved)
			case *arbiter.StepExecutedEvent:
				step = ev
				require.Equal(t, e.log.BlockNumber, g.Step.Block)
			}
		}
		require.NotNil(t, resolved)
		require.Equal(t, arbiter.ReasonStepDisproved, resolved.Reason)
		require.Equal(t, resolved.Reason, g.Reason)
		require.Equal(t, explorer.StepRecord{Step: step.Step, PreHash: step.PreHash, PostHash: step.PostHash, Claim: step.ClaimedHash,
			Block: g.Step.Block}, *g.Step)

		require.True(t, g.Settled)
		share, err := d.o.RewardShare(ctx, falseClaim)
		require.NoError(t, err)
		require.Positive(t, share.Sign())
		require.Equal(t, []explorer.Payout{{To: d.chal, Amount: new(big.Int).Add(p.ChallengeBond, share)}}, g.Credits,
			"the challenger gets its bond back and the reward")
		burned := new(big.Int)
		for _, e := range d.chainLogs(d.fe.Addrs.Oracle) {
			if b, ok := e.ev.(*arbiter.BurnedEvent); ok {
				burned.Add(burned, b.Amount)
			}
		}
		onchain, err := d.o.Burned(ctx)
		require.NoError(t, err)
		require.Equal(t, onchain, burned)
		require.Equal(t, new(big.Int).Sub(p.SubmitBond, share), burned, "the rest of the liar's bond")
		require.Equal(t, burned, g.Burned)
		require.Equal(t, burned, ix.Burned())
	})

	t.Run("claims and request", func(t *testing.T) {
		require.Len(t, ix.Claims(), 2)
		for _, c := range []struct {
			id        *big.Int
			submitter common.Address
			status    arbiter.ClaimStatus
			games     []uint64
			burned    *big.Int
		}{
			{falseClaim, d.liar, arbiter.ClaimRejected, []uint64{d.game.Uint64()}, ix.Burned()},
			{trueClaim, d.honest, arbiter.ClaimAccepted, nil, new(big.Int)},
		} {
			got := d.requireClaim(c.id, c.submitter, c.status)
			require.Equal(t, c.games, got.Games)
			require.Equal(t, c.burned, got.Burned)
		}
		r, ok := ix.Request(req)
		require.True(t, ok)
		onchain, err := d.o.Request(ctx, req)
		require.NoError(t, err)
		require.Equal(t, arbiter.RequestFinalized, r.Status)
		require.Equal(t, onchain.Status, r.Status)
		require.Equal(t, d.fe.Want, r.Output, "the true output")
		require.Equal(t, onchain.Output, r.Output)
		require.Equal(t, trueClaim, r.Accepted)
		require.Equal(t, []*big.Int{falseClaim, trueClaim}, r.Claims)
		require.Equal(t, big.NewInt(fee), r.Fee)
		require.Equal(t, d.fe.Input, r.Input)
		require.Equal(t, d.fe.Chain.Accounts[1].Addr, r.Consumer)
		require.Equal(t, d.fe.Model.ID(), r.ModelID)
	})

	t.Run("accounts", func(t *testing.T) {
		for _, a := range []common.Address{d.liar, d.chal, d.honest} {
			acc := ix.Account(a)
			require.Equal(t, d.fe.Withdrawn(a), acc.Withdrawn)
			require.Equal(t, acc.Credited, acc.Withdrawn, "everything credited was withdrawn")
		}
		require.Zero(t, ix.Account(d.liar).Credited.Sign(), "the liar gets nothing")
		require.Equal(t, new(big.Int).Add(p.SubmitBond, big.NewInt(fee)), ix.Account(d.honest).Credited)
	})

	t.Run("restart", func(t *testing.T) {
		// Stop the explorer and reopen its store, as a new process would:
		// Load rebuilds the same view without the chain.
		head, ver := ix.Head(), ix.Version()
		d.stop()
		require.Equal(t, ver, ix.Version(), "stopping changes nothing")
		st, err := nodestore.Open(d.dir, nodetest.Logger(t, "explorer.store"))
		require.NoError(t, err)
		defer func() { require.NoError(t, st.Close()) }()
		again := explorer.NewIndex(d.c)
		require.NoError(t, explorer.Load(st, again))
		requireSameView(t, ix, again)
		require.Equal(t, head, again.Head())

		// Load replaces the view at once (Follow reloads on a reorg while
		// pages are served): a reader never sees it half rebuilt.
		done := make(chan error, 1)
		go func() {
			var err error
			for i := 0; i < 100 && err == nil; i++ {
				err = explorer.Load(st, again)
			}
			done <- err
		}()
		for reads := 0; ; reads++ {
			select {
			case err := <-done:
				require.NoError(t, err)
				t.Logf("%d reads during the reloads", reads)
				requireSameView(t, ix, again)
				return
			default:
			}
			gs := again.Games()
			require.Len(t, gs, 1, "read %d", reads)
			require.Equal(t, arbiter.GameChallengerWon, gs[0].Status, "read %d", reads)
		}
	})
}

// requireSameView checks that two Indexes show the same records.
func requireSameView(t *testing.T, want, got *explorer.Index) {
	t.Helper()
	require.Equal(t, want.Models(), got.Models())
	require.Equal(t, want.Requests(), got.Requests())
	require.Equal(t, want.Claims(), got.Claims())
	require.Equal(t, want.Games(), got.Games())
	require.Equal(t, want.Burned(), got.Burned())
	require.Equal(t, want.Head(), got.Head())
}

// TestFollowReorg: a reorg removes the blocks holding a request and its
// claim; the explorer drops them from its Index and its store, and shows
// what the new chain holds instead.
func TestFollowReorg(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t)
	w.follow()
	ancestor := w.caughtUp() // the model is registered at or below it
	require.Len(t, w.ix.Models(), 1)

	w.fe.Request(w.fe.Chain.Accounts[1], big.NewInt(fee), 0)
	sub := w.submitter("submitter", 2, false)
	claim := arbiter.ClaimID(big.NewInt(1), 1)
	for i := 0; ; i++ {
		require.Less(t, i, 50, "no claim")
		sub.Step(ctx)
		if c, err := w.o.Claim(ctx, claim); err == nil && c.Status == arbiter.ClaimPending && c.Submitter == sub.Acct.Addr {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	w.waitFor("the claim", func() bool { _, ok := w.ix.Claim(claim); return ok })
	r, ok := w.ix.Request(big.NewInt(1))
	require.True(t, ok)
	require.Equal(t, []*big.Int{claim}, r.Claims)
	before := w.ix.Version()

	// Replace every block above the ancestor, dropping their transactions:
	// the request and the claim are gone from the canonical chain.
	require.Equal(t, ancestor, w.fe.ReorgTo(ancestor, 2, true))
	head := w.caughtUp()
	w.waitFor("the request removed", func() bool { _, ok := w.ix.Request(big.NewInt(1)); return !ok })
	require.Greater(t, w.ix.Version(), before)
	require.Empty(t, w.ix.Requests())
	require.Empty(t, w.ix.Claims())
	require.Len(t, w.ix.Models(), 1, "the model's block is still canonical")

	// A new request 1 on the new chain (another fee) is shown as it is.
	w.fe.Request(w.fe.Chain.Accounts[5], big.NewInt(fee+1), 0)
	w.waitFor("the new request", func() bool { _, ok := w.ix.Request(big.NewInt(1)); return ok })
	r, _ = w.ix.Request(big.NewInt(1))
	require.Equal(t, big.NewInt(fee+1), r.Fee)
	require.Equal(t, w.fe.Chain.Accounts[5].Addr, r.Consumer)
	require.Empty(t, r.Claims)
	require.Greater(t, r.Block, ancestor)
	require.GreaterOrEqual(t, r.Block, head)
	w.caughtUp()

	// The store lost the orphaned logs too: a restart shows the same.
	w.stop()
	st, err := nodestore.Open(w.dir, nodetest.Logger(t, "explorer.store"))
	require.NoError(t, err)
	defer func() { require.NoError(t, st.Close()) }()
	again := explorer.NewIndex(w.c)
	require.NoError(t, explorer.Load(st, again))
	requireSameView(t, w.ix, again)
	require.Empty(t, again.Claims())
}

// TestFollowConfirmations: the explorer starts at StartBlock and shows a
// block once it is Confirmations deep.
func TestFollowConfirmations(t *testing.T) {
	w := newWorld(t)
	registered, _ := w.fe.Head() // the model's registration is at or below it
	w.followWith(explorer.FollowConfig{StartBlock: registered + 1, Confirmations: 2})
	for range 3 {
		w.fe.Advance(time.Second)
	}
	w.waitFor("the first confirmed block", func() bool { return w.ix.Head() == registered+1 })
	r := w.fe.Request(w.fe.Chain.Accounts[1], big.NewInt(fee), 0)
	at := r.BlockNumber.Uint64()
	for depth := uint64(0); depth < 2; depth++ {
		w.waitFor("the confirmed head", func() bool { return w.ix.Head() == at+depth-2 })
		_, ok := w.ix.Request(big.NewInt(1))
		require.False(t, ok, "the request's block is %d deep", depth)
		w.fe.Advance(time.Second)
	}
	w.waitFor("the confirmed request", func() bool { _, ok := w.ix.Request(big.NewInt(1)); return ok })
	require.Equal(t, at, w.ix.Head())
	require.Empty(t, w.ix.Models(), "registered before the start block")
}

// TestFollowSettlements: the other ends of a request and a claim, sent as
// plain transactions: two true claims on one request (the first finalized
// accepts it, the second is superseded), and an expired request cancelled
// by its consumer.
func TestFollowSettlements(t *testing.T) {
	w := newWorld(t)
	w.follow()
	f, err := fixtures.Load("mlp")
	require.NoError(t, err)
	tr, err := vm.NewTrace(f.Model, f.Input)
	require.NoError(t, err)
	cl, err := node.ClaimableOf(tr)
	require.NoError(t, err)
	e, p, accts := w.fe, w.fe.P, w.fe.Chain.Accounts
	consumer := accts[1]

	e.Request(consumer, big.NewInt(fee), 0)
	submit, err := arbiter.PackSubmit(big.NewInt(1), cl.Output, cl.FinalRAMRoot)
	require.NoError(t, err)
	e.Send(accts[2], e.Addrs.Oracle, p.SubmitBond, submit)
	e.Send(accts[3], e.Addrs.Oracle, p.SubmitBond, submit)
	e.Advance(time.Duration(p.ChallengeWindow+1) * time.Second)
	first, second := arbiter.ClaimID(big.NewInt(1), 1), arbiter.ClaimID(big.NewInt(1), 2)
	for _, id := range []*big.Int{first, second} {
		fin, err := arbiter.PackFinalize(id, cl.Output, cl.FinalRAMRoot)
		require.NoError(t, err)
		e.Send(accts[4], e.Addrs.Oracle, nil, fin)
	}

	e.Request(consumer, big.NewInt(fee+1), 0)
	e.Advance(time.Duration(p.RequestTimeout+1) * time.Second)
	cancel, err := arbiter.PackCancel(big.NewInt(2))
	require.NoError(t, err)
	e.Send(consumer, e.Addrs.Oracle, nil, cancel)
	w.caughtUp()

	ctx := context.Background()
	r, ok := w.ix.Request(big.NewInt(1))
	require.True(t, ok)
	require.Equal(t, arbiter.RequestFinalized, r.Status)
	require.Equal(t, first, r.Accepted)
	require.Equal(t, w.fe.Want, r.Output)
	require.Nil(t, r.Callback, "no callback asked")
	for _, c := range []struct {
		id        *big.Int
		submitter common.Address
		status    arbiter.ClaimStatus
	}{{first, accts[2].Addr, arbiter.ClaimAccepted}, {second, accts[3].Addr, arbiter.ClaimSuperseded}} {
		got := w.requireClaim(c.id, c.submitter, c.status)
		require.Zero(t, got.Burned.Sign())
	}
	require.Equal(t, new(big.Int).Add(p.SubmitBond, big.NewInt(fee)), w.ix.Account(accts[2].Addr).Credited, "bond and fee")
	require.Equal(t, p.SubmitBond, w.ix.Account(accts[3].Addr).Credited, "its bond back")

	r, ok = w.ix.Request(big.NewInt(2))
	require.True(t, ok)
	onchain, err := w.o.Request(ctx, big.NewInt(2))
	require.NoError(t, err)
	require.Equal(t, arbiter.RequestCancelled, onchain.Status)
	require.Equal(t, onchain.Status, r.Status)
	require.NotZero(t, r.Settled)
	require.Empty(t, r.Output)
	require.Equal(t, big.NewInt(fee+1), w.ix.Account(consumer.Addr).Credited, "the fee refunded")
	require.Zero(t, w.ix.Burned().Sign())
	require.Empty(t, w.ix.Games())

	s := newServer(t, explorer.ServerConfig{Index: w.ix, Contracts: w.c, Chain: e.Chain.Client})
	for path, want := range map[string]string{
		"/requests/1": `id="request-status">finalized<`,
		"/requests/2": `id="request-status">cancelled<`,
		"/claims/1.2": `<span class="badge superseded">superseded</span>`,
		"/claims/1.1": `<span class="badge accepted">accepted</span>`,
	} {
		code, body := get(t, s, path)
		require.Equal(t, http.StatusOK, code, path)
		require.Contains(t, body, want, path)
	}
}

// TestFollowCompletion: a completion request served by an honest
// submitter: the Index keeps the prompt and the sizes, the pages show the
// prompt and the finalized completion as text and the claim's output as
// the generated tokens.
func TestFollowCompletion(t *testing.T) {
	ctx := context.Background()
	e := nodetest.New(t, nodetest.Params())
	m, err := echomodel.Echo(echomodel.DefaultContext)
	require.NoError(t, err)
	e.Register(m)
	w := worldOf(t, &nodetest.FixtureEnv{Env: e, Model: m})
	w.follow()
	prompt := []int32{'H', 'e', 'l', 'l', 'o', ',', ' ', 'w', 'o'}
	c, err := arbiter.NewCompletion(&m.Header, prompt, 12, 1)
	require.NoError(t, err)
	e.Send(e.Chain.Accounts[1], e.Addrs.Oracle, big.NewInt(fee), arbiter.PackRequestCompletion(m.ID(), c, 0))
	sub := w.submitter("submitter", 2, false)
	req, claim := big.NewInt(1), arbiter.ClaimID(big.NewInt(1), 1)
	advanced := false
	for i := 0; ; i++ {
		require.Less(t, i, 100, "no finalization")
		sub.Step(ctx)
		r, err := w.o.Request(ctx, req)
		require.NoError(t, err)
		if r.Status == arbiter.RequestFinalized {
			break
		}
		if r.Attempts == 1 && !advanced {
			e.Advance(time.Duration(e.P.ChallengeWindow+1) * time.Second)
			advanced = true
		}
	}
	w.caughtUp()
	want := arbiter.EncodeTokens(echomodel.Completion(prompt, 12), 1)
	r, ok := w.ix.Request(req)
	require.True(t, ok)
	require.Equal(t, arbiter.RequestFinalized, r.Status)
	require.Nil(t, r.Input)
	require.Equal(t, &explorer.Completion{Tokens: 12, TokenBytes: 1, Prompt: arbiter.EncodeTokens(prompt, 1)}, r.Completion)
	require.Equal(t, want, r.Output)
	w.requireClaim(claim, sub.Acct.Addr, arbiter.ClaimAccepted)

	s := newServer(t, explorer.ServerConfig{Index: w.ix, Contracts: w.c, Chain: e.Chain.Client})
	var v explorer.RequestView
	getJSON(t, s, "/api/requests/1", &v)
	require.Equal(t, `"Hello, wo"`, v.Input)
	require.Equal(t, uint32(12), v.Tokens)
	require.NotNil(t, v.Output)
	require.Equal(t, "oooooooooooo", v.Output.Text)
	require.Len(t, v.Claims, 1)
	require.Equal(t, "oooooooooooo", v.Claims[0].Output.Text, "the claim's output tensor decoded to the generated tokens")
	require.Equal(t, echomodel.Completion(prompt, 12), v.Claims[0].Output.IDs)
	code, body := get(t, s, "/requests/1")
	require.Equal(t, http.StatusOK, code)
	require.Contains(t, body, `<dd id="result"><q class="text">oooooooooooo</q>`)
	require.Contains(t, body, "&#34;Hello, wo&#34;, 12 tokens to generate")
}
