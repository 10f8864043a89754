package arbiter_test

import (
	"flag"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/testkit/simchain"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
)

var invariantSeqs = flag.Int("invariant.seqs", 10000, "random action sequences TestInvariants runs")

// invariantModel is a tiny real model (ReLU then Argmax over 40 int8
// values, N = 6) so that random games finish in a few moves and their final
// step runs through the real StepVerifier.
func invariantModel(t testing.TB) *model.Model {
	b := model.NewBuilder()
	x := b.Input(40)
	x = b.ReLU(x, 3)
	x = b.Argmax(x)
	m, err := b.Build(x)
	require.NoError(t, err)
	return m
}

// inv is one random action sequence's world, with the Go-side knowledge the
// checks need: which claims are true and which games involve honest parties.
type inv struct {
	t      *testing.T
	r      *rand.Rand
	s      *system
	w      *evmWorld
	id     common.Hash
	inputs [][]byte
	truth  []*vmTrace // honest trace per input

	consumer, sub, liar, watcher, troll, anyone *simchain.Account

	stats map[string]int // events seen, across all sequences
	owed  *big.Int       // what the oracle owes, from its events: fees and bonds in, withdrawals out

	reqInput map[uint64]int       // request -> input index
	claims   map[uint64]*invClaim // claim -> what was claimed
	games    map[uint64]*invGame  // game -> parties
}

type invClaim struct {
	req    uint64
	tr     *vmTrace // the submitter's trace
	honest bool
	games  []uint64
}

type invGame struct {
	claim      uint64
	challenger *simchain.Account
	last       []common.Hash // the hashes of the last bisect
	over       bool
}

// TestInvariants runs random action sequences across the oracle and its
// games, with an honest submitter and an honest watcher reacting at once to
// whatever the adversary does, and checks after every action:
// (1) the oracle's balance equals what it owes, recomputed from its state
// (after every action of the first 500 sequences, at the end of every
// other), and what came in minus what went out by its events (always); (2) a claim finalizes only after its window
// with every game on it won by the claimant; (3) honest parties win every
// game they play; (4) no false claim ever finalizes.
func TestInvariants(t *testing.T) {
	m := invariantModel(t)
	w := newEVMWorld()
	base := &inv{t: t, w: w}
	base.s = newSystem(t, w, testParams())
	base.id = base.s.register(m)
	r := rand.New(rand.NewPCG(7, 11))
	for k := 0; k < 4; k++ {
		vals := make([]int8, 40)
		for i := range vals {
			vals[i] = int8(r.IntN(256) - 128)
		}
		in, err := arbiter.RequestInput(&m.Header, vals)
		require.NoError(t, err)
		tr, err := vm.NewTrace(m, vals)
		require.NoError(t, err)
		base.inputs = append(base.inputs, in)
		base.truth = append(base.truth, honestVM(t, tr))
	}
	a := w.accounts()
	base.consumer, base.sub, base.liar, base.watcher, base.troll, base.anyone = a[1], a[2], a[3], a[4], a[5], a[6]
	snapshot := w.e.Copy()
	base.stats = map[string]int{}

	seqs := *invariantSeqs
	if testing.Short() {
		seqs = 1000
	}
	actions := 0
	for seq := 0; seq < seqs; seq++ {
		w.e = snapshot.Copy()
		x := *base
		x.r = rand.New(rand.NewPCG(uint64(seq), 0x1f))
		x.reqInput, x.claims, x.games = map[uint64]int{}, map[uint64]*invClaim{}, map[uint64]*invGame{}
		x.owed = new(big.Int)
		n := 5 + x.r.IntN(25)
		for i := 0; i < n; i++ {
			x.act()
			x.react()
			x.checkBalance()
			if seq < 500 { // the full recomputation is slow; after every action in the first 500
				x.s.checkSolvency(t)
			}
			actions++
		}
		x.s.checkSolvency(t)
		if t.Failed() {
			t.Fatalf("sequence %d failed", seq)
		}
	}
	t.Logf("%d sequences, %d adversary actions; events: %v", seqs, actions, base.stats)
	// The sequences must reach every outcome the invariants talk about.
	for _, ev := range []string{"Requested", "Cancelled", "Submitted", "Challenged", "ClaimRejected", "Finalized",
		"Withdrawn", "StepDisproved", "StepConfirmed", "ClaimantTimedOut", "ChallengerTimedOut", "Bisected", "Chosen"} {
		require.Positive(t, base.stats[ev], "no sequence produced %s", ev)
	}
}

func (x *inv) send(from *simchain.Account, to common.Address, value *big.Int, data []byte) bool {
	logs, _, err := x.w.send(from, to, value, data)
	if err != nil {
		return false
	}
	x.observe(logs)
	return true
}

func (x *inv) oracleTx(from *simchain.Account, value *big.Int, data []byte) bool {
	return x.send(from, x.s.addrs.Oracle, value, data)
}

// observe records what the logs say and checks invariants (2)-(4) on every
// game resolution and finalization.
func (x *inv) observe(logs []*types.Log) {
	t := x.t
	for _, l := range logs {
		x.count(l)
		if ev, err := oracleABI.UnpackWithdrawnEvent(l); err == nil {
			x.owed.Sub(x.owed, ev.Amount)
		}
		if ev, err := oracleABI.UnpackSubmittedEvent(l); err == nil && ev.RequestId != nil {
			x.owed.Add(x.owed, x.s.p.SubmitBond)
		}
		if ev, err := oracleABI.UnpackRequestedEvent(l); err == nil {
			x.owed.Add(x.owed, ev.Fee)
			for k, in := range x.inputs {
				if string(in) == string(ev.Input) {
					x.reqInput[ev.RequestId.Uint64()] = k
				}
			}
		}
		if ev, err := oracleABI.UnpackChallengedEvent(l); err == nil {
			x.owed.Add(x.owed, x.s.p.ChallengeBond)
			c := x.claims[ev.ClaimId.Uint64()]
			c.games = append(c.games, ev.GameId.Uint64())
			ch := x.troll
			if ev.Challenger == x.watcher.Addr {
				ch = x.watcher
			}
			x.games[ev.GameId.Uint64()] = &invGame{claim: ev.ClaimId.Uint64(), challenger: ch}
		}
		if ev, err := gameABI.UnpackBisectedEvent(l); err == nil {
			g := x.games[ev.GameId.Uint64()]
			g.last = make([]common.Hash, len(ev.Hashes))
			for i, h := range ev.Hashes {
				g.last[i] = h
			}
		}
		if ev, ok := arbiter.DecodeEvent(l).(*arbiter.GameResolvedEvent); ok {
			g := x.games[ev.GameID.Uint64()]
			g.over = true
			c := x.claims[g.claim]
			if c.honest {
				require.Equal(t, arbiter.GameClaimantWon, ev.Status, "(3) the honest submitter lost a game")
			}
			if g.challenger == x.watcher && !c.honest {
				require.Equal(t, arbiter.GameChallengerWon, ev.Status, "(3) the honest watcher lost a game")
			}
		}
		if ev, err := oracleABI.UnpackFinalizedEvent(l); err == nil {
			id := ev.ClaimId.Uint64()
			c := x.claims[id]
			onchain := x.s.claimOf(ev.ClaimId)
			require.GreaterOrEqual(t, x.w.now(), onchain.Deadline, "(2) finalized inside the window")
			for _, g := range c.games {
				require.Equal(t, arbiter.GameClaimantWon, x.s.game.game(new(big.Int).SetUint64(g)).Status, "(2) finalized with a game not won")
			}
			require.True(t, c.honest, "(4) a false claim finalized")
			require.Equal(t, x.truth[x.reqInput[c.req]].claim.output, ev.Output, "(4) wrong output finalized")
		}
	}
}

// count tallies an oracle or game event by name (game resolutions by reason).
func (x *inv) count(l *types.Log) {
	switch ev := arbiter.DecodeEvent(l).(type) {
	case *arbiter.GameResolvedEvent:
		x.stats[ev.Reason.String()]++
	case interface{ ContractEventName() string }:
		x.stats[ev.ContractEventName()]++
	}
}

// checkBalance: the oracle holds exactly what came in minus what went out
// according to its events (the full recomputation from state runs at the end
// of every sequence).
func (x *inv) checkBalance() {
	require.Equal(x.t, x.owed.String(), x.w.balance(x.s.addrs.Oracle).String(), "(1) balance = fees + bonds - withdrawals")
}

func pick[K comparable, V any](r *rand.Rand, m map[K]V) (K, V, bool) {
	var k K
	var v V
	if len(m) == 0 {
		return k, v, false
	}
	i := r.IntN(len(m))
	for kk, vv := range m {
		if i == 0 {
			return kk, vv, true
		}
		i--
	}
	return k, v, false
}

func big64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// act performs one random adversary action; most are legal, some not.
func (x *inv) act() {
	r := x.r
	switch r.IntN(12) {
	case 0, 1: // a request
		in := r.IntN(len(x.inputs))
		_ = x.oracleTx(x.consumer, big.NewInt(int64(r.IntN(4))*100), oracleABI.PackRequest(x.id, x.inputs[in], 0))
	case 2: // a cancel, by the consumer or someone else
		if req, _, ok := pick(r, x.reqInput); ok {
			from := x.consumer
			if r.IntN(4) == 0 {
				from = x.anyone
			}
			_ = x.oracleTx(from, nil, oracleABI.PackCancel(big64(req)))
		}
	case 3: // an honest submission
		if req, in, ok := pick(r, x.reqInput); ok {
			x.submit(x.sub, req, x.truth[in], true)
		}
	case 4: // a lie
		if req, in, ok := pick(r, x.reqInput); ok {
			tr := x.truth[in].tr
			out := append([]byte(nil), x.truth[in].claim.output...)
			out[r.IntN(len(out))] ^= byte(1 + r.IntN(255))
			x.submit(x.liar, req, lyingVM(x.t, tr, out, 1+r.Uint64N(tr.Steps())), false)
		}
	case 5: // the troll challenges anything
		if id, _, ok := pick(r, x.claims); ok {
			_ = x.oracleTx(x.troll, x.s.p.ChallengeBond, oracleABI.PackChallenge(big64(id)))
		}
	case 6: // the liar defends its lies (or not)
		x.adversaryMove(func(g *invGame, c *invClaim) bool { return !c.honest })
	case 7: // the troll plays its games
		x.adversaryMove(func(g *invGame, c *invClaim) bool { return g.challenger == x.troll })
	case 8: // time passes
		switch r.IntN(3) {
		case 0:
			x.w.advance(1 + r.Uint64N(x.s.p.ChallengeWindow))
		case 1:
			x.w.advance(x.s.p.ChallengeWindow)
		default:
			x.w.advance(x.s.p.ClockBudget + 1)
		}
	case 9: // anyone resolves a timeout
		if id, _, ok := pick(r, x.games); ok {
			_ = x.send(x.anyone, x.s.addrs.Game, nil, gameABI.PackResolveTimeout(big64(id)))
		}
	case 10: // anyone finalizes
		if id, c, ok := pick(r, x.claims); ok {
			_ = x.oracleTx(x.anyone, nil, oracleABI.PackFinalize(big64(id), c.tr.claim.output, c.tr.claim.ramRoot))
		}
	case 11: // someone withdraws
		acct := []*simchain.Account{x.consumer, x.sub, x.liar, x.watcher, x.troll, x.anyone}[r.IntN(6)]
		_ = x.oracleTx(acct, nil, oracleABI.PackWithdraw())
	}
}

func (x *inv) submit(from *simchain.Account, req uint64, tr *vmTrace, honest bool) {
	logs, _, err := x.w.send(from, x.s.addrs.Oracle, x.s.p.SubmitBond, oracleABI.PackSubmit(big64(req), tr.claim.output, tr.claim.ramRoot))
	if err != nil {
		return
	}
	for _, l := range logs {
		if ev, err := oracleABI.UnpackSubmittedEvent(l); err == nil {
			x.claims[ev.ClaimId.Uint64()] = &invClaim{req: req, tr: tr, honest: honest}
		}
	}
	x.observe(logs)
}

// adversaryMove makes one move, sensible or not, in a random game of the
// adversary's whose turn it is.
func (x *inv) adversaryMove(mine func(*invGame, *invClaim) bool) {
	id, g, ok := pick(x.r, x.games)
	if !ok || g.over || !mine(g, x.claims[g.claim]) {
		return
	}
	c := x.claims[g.claim]
	gid := big64(id)
	st := x.s.game.game(gid)
	var p *player
	switch {
	case st.Turn == arbiter.TurnClaimant && !c.honest:
		p = &player{acct: x.liar, tr: c.tr}
	case st.Turn == arbiter.TurnChallenger && g.challenger == x.troll:
		p = &player{acct: x.troll, tr: c.tr, choose: randomChoice(x.r)}
	default:
		return
	}
	if x.r.IntN(5) == 0 { // garbage: a wrong parent or index
		_ = x.send(p.acct, x.s.addrs.Game, nil, gameABI.PackChoose(gid, x.s.game.position(gid), big64(x.r.Uint64N(9)), toArr(g.last)))
		return
	}
	_, logs, _, err := x.s.game.move(gid, p, g.last)
	if err == nil {
		x.observe(logs)
	}
}

// react lets the honest parties respond at once to the current state: the
// watcher challenges every false claim in its window and both honest parties
// make their moves.
func (x *inv) react() {
	for changed := true; changed; {
		changed = false
		for id, c := range x.claims {
			if c.honest || x.watching(c) {
				continue
			}
			cl := x.s.claimOf(big64(id))
			if cl.Status == arbiter.ClaimPending && x.w.now() < cl.Deadline {
				require.True(x.t, x.oracleTx(x.watcher, x.s.p.ChallengeBond, oracleABI.PackChallenge(big64(id))), "the watcher could not challenge")
				changed = true
			}
		}
		for id, g := range x.games {
			if g.over {
				continue
			}
			c := x.claims[g.claim]
			st := x.s.game.game(big64(id))
			var p *player
			truth := x.truth[x.reqInput[c.req]]
			switch {
			case st.Turn == arbiter.TurnClaimant && c.honest:
				p = &player{acct: x.sub, tr: truth}
			case st.Turn == arbiter.TurnChallenger && g.challenger == x.watcher:
				p = &player{acct: x.watcher, tr: truth, choose: honestChoice}
			default:
				continue
			}
			_, logs, _, err := x.s.game.move(big64(id), p, g.last)
			require.NoError(x.t, err, "an honest move failed")
			x.observe(logs)
			changed = true
		}
	}
}

func (x *inv) watching(c *invClaim) bool {
	for _, g := range c.games {
		if x.games[g].challenger == x.watcher {
			return true
		}
	}
	return false
}
