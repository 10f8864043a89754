package arbiter_test

import (
	"context"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/testkit/simchain"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
)

var invariantSeqs = flag.Int("invariant.seqs", 0, "random action sequences TestInvariants plays (0: 1500, or 250 with -short)")

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
// checks need: which claims are true, who controls which address, and what
// every claim's games paid whom.
//
// The parties: a consumer (of plain and completion requests); two honest
// submitters (sub answers most requests at once, sub2 and sub post late
// and duplicate true claims); an honest watcher, who challenges every false claim at once; and one
// adversary controlling four addresses: the liar (false claims,
// resubmitted, defended or stalled), two sybils (challenging the liar's
// claims and winning or throwing their games) and a troll (challenging
// honest claims and playing at random). Honest parties react at once to
// everything, and time never jumps over a moment they would act at.
type inv struct {
	t      *testing.T
	r      *rand.Rand
	s      *system
	w      *evmWorld
	id     common.Hash
	inputs [][]byte
	truth  []*vmTrace       // honest trace per input
	cid    common.Hash      // the completion model's ID (echo, invariant_completion_test.go)
	comps  []*invCompletion // the completions requested of it

	consumer, sub, sub2, watcher, liar, troll, anyone *simchain.Account
	sybils                                            []*simchain.Account
	adversary                                         map[common.Address]bool
	byAddr                                            map[common.Address]*simchain.Account

	stats map[string]int // events and outcomes, across all sequences
	owed  *big.Int       // what the oracle holds by its events: fees and bonds in, withdrawals out
	burn  *big.Int       // what it must have burned, by the rule (P1/P2 accounting)

	resubmit bool     // this sequence's liar resubmits at once, same block, when a lie is rejected
	stall    bool     // this sequence's liar never moves against the watcher (it plays its sybils' games only)
	queued   []uint64 // requests whose lie was just rejected, for the liar to resubmit on

	reqs   map[uint64]*invReq
	claims map[uint64]*invClaim
	games  map[uint64]*invGame

	maxDelay uint64 // the longest honest submission to finalization seen (P3)
}

type invReq struct {
	truth     *vmTrace       // the honest claim
	want      []byte         // the output it finalizes with: the truth's, or a completion's text
	comp      *invCompletion // a completion request's; nil for a plain request
	serve     bool           // sub answers it as soon as it is requested
	expiresAt uint64
	status    arbiter.RequestStatus
	honestAt  uint64 // when its first true claim was submitted
	hasHonest bool
	doneAt    uint64 // when it was finalized
}

type invClaim struct {
	req         uint64
	tr          *vmTrace // the submitter's trace
	truth       *vmTrace // the true trace from the claim's start (a completion claim's start depends on its output)
	honest      bool
	submitter   *simchain.Account
	deadline    uint64
	status      arbiter.ClaimStatus
	games       []uint64
	rewardGames uint32                      // once rejected: the games open at the rejection, counted here
	paid        *big.Int                    // what the adversary paid into the claim: its bond, its challengers' bonds
	credited    map[common.Address]*big.Int // what the claim's games and finalization credited to whom
	fee         *big.Int                    // the request's fee, if this claim earned it
}

type invGame struct {
	claim      uint64
	challenger *simchain.Account
	last       []common.Hash // the hashes of the last bisect
	over       bool
}

// invSlack is the pacing slack of the P3 bound: a timeout can be resolved
// one second after the clock ran out, and the finalization follows.
const invSlack = 2

// TestInvariants plays random action sequences of a coordinated adversary
// against honest parties, each to its end: after the random actions, time
// advances (the adversary stalls) until every game and claim is settled
// and every request finalized or cancelled. Throughout, it checks
// (1) solvency: the oracle's balance equals what came in minus what went
// out by its events, after every action; and equals its liabilities plus
// what it burned, recomputed from its state, after every action of the
// first sequences and at the end of every sequence, where the burned total
// must also match the rule; (2) a claim finalizes only after its window
// with every game on it won by the claimant; (3) honest parties win every
// game they play, and no true claim is rejected; (4) no false claim
// finalizes, and a finalized request holds the true output (a completion
// request: the greedy completion). At the end of
// every sequence: P1, every rejected claim cost the adversary at least
// BurnPercent of the submit bond net of everything its addresses were
// credited from the claim's games; P2, every game the watcher won credited
// it at least its bond plus its share (settled as each game ends); P3,
// every request with a true claim finalized with the true output by
// (first true claim) + challengeWindow + 2 clockBudget + invSlack; and
// honest submitters got back at least their bonds from every claim.
//
// Requests are plain (a tiny real model's input) or completion requests
// (the echo model, invariant_completion_test.go): the liar's completion
// claims change a token or another output element, so their start (the
// input x the claimed output implies) is the honest one or another, and
// every challenger plays with the true trace from the claim's own start.
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
	base.cid, base.comps = invCompletions(t, base.s)
	a := w.accounts()
	base.consumer, base.sub, base.liar, base.watcher, base.troll, base.anyone = a[1], a[2], a[3], a[4], a[5], a[6]
	base.sybils = []*simchain.Account{a[7], a[8]}
	base.sub2 = a[9]
	base.adversary = map[common.Address]bool{base.liar.Addr: true, base.troll.Addr: true, a[7].Addr: true, a[8].Addr: true}
	base.byAddr = map[common.Address]*simchain.Account{}
	for _, acct := range a {
		base.byAddr[acct.Addr] = acct
	}
	snapshot := w.e.Copy()
	base.stats = map[string]int{}

	seqs := *invariantSeqs
	switch {
	case seqs > 0:
	case testing.Short():
		seqs = 250
	default:
		seqs = 1500
	}
	actions := 0
	for seq := 0; seq < seqs; seq++ {
		w.e = snapshot.Copy()
		x := *base
		x.r = rand.New(rand.NewPCG(uint64(seq), 0x1f))
		x.reqs, x.claims, x.games = map[uint64]*invReq{}, map[uint64]*invClaim{}, map[uint64]*invGame{}
		x.owed, x.burn, x.queued = new(big.Int), new(big.Int), nil
		x.resubmit, x.stall = x.r.IntN(2) == 0, x.r.IntN(2) == 0
		n := 5 + x.r.IntN(25)
		for i := 0; i < n; i++ {
			x.act()
			x.react()
			x.checkBalance()
			if seq < 100 { // the full recomputation is slow; after every action in the first 100
				x.s.checkSolvency(t)
			}
			actions++
		}
		x.settle()
		x.checkEnd()
		if t.Failed() {
			t.Fatalf("sequence %d failed", seq)
		}
		base.maxDelay = max(base.maxDelay, x.maxDelay)
	}
	keys := make([]string, 0, len(base.stats))
	for k := range base.stats {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, " %s=%d", k, base.stats[k])
	}
	st := base.stats
	t.Logf("%d sequences, %d adversary actions, each played to the end: %d claims settled (%d accepted, %d superseded, %d rejected), %d games settled, %d requests finalized, %d cancelled; longest honest submission to finalization %d s (bound %d s)\nevents and outcomes:%s",
		seqs, actions, st["settled:claim"], st["Finalized"], st["ClaimSuperseded"], st["ClaimRejected"], st["GameSettled"],
		st["Finalized"], st["Cancelled"], base.maxDelay, base.s.p.ChallengeWindow+2*base.s.p.ClockBudget+invSlack, b.String())
	// The sequences must reach every outcome the invariants talk about.
	for _, ev := range []string{"Requested", "Cancelled", "Submitted", "Challenged", "ClaimRejected", "ClaimSuperseded", "Finalized",
		"Burned", "Withdrawn", "StepDisproved", "StepConfirmed", "ClaimantTimedOut", "ChallengerTimedOut", "Bisected", "Chosen",
		"P1 checked", "P2 checked", "P3 checked", "sybil game won", "sybil game lost", "troll game", "same-block resubmission",
		"sybil game settled before the watcher's", "sybil game settled after the watcher's", "ClaimMismatch",
		"CompletionRequested", "completion Finalized", "completion lie", "completion lie from another start", "completion ClaimRejected",
		"completion StepDisproved", "completion game lost by the adversary", "completion refused"} {
		require.Positive(t, base.stats[ev], "no sequence produced %s", ev)
	}
}

// share is the reward share of a claim rejected with `games` games open
// (the rule of docs/protocol.md §3.4, computed here).
func (x *inv) share(games uint32) *big.Int { return x.s.share(games) }

func (x *inv) send(from *simchain.Account, to common.Address, value *big.Int, data []byte) ([]*types.Log, error) {
	logs, _, err := x.w.send(from, to, value, data)
	if err != nil {
		return nil, err
	}
	x.observe(logs)
	x.drain()
	return logs, nil
}

func (x *inv) oracleTx(from *simchain.Account, value *big.Int, data []byte) error {
	_, err := x.send(from, x.s.addrs.Oracle, value, data)
	return err
}

// drain lets the liar resubmit on the requests whose lie was just
// rejected, in the same block, before anyone else acts.
func (x *inv) drain() {
	for len(x.queued) > 0 {
		req := x.queued[0]
		x.queued = x.queued[1:]
		blk := x.w.e.Block
		x.w.e.Block = blk - 1 // the block of the rejecting transaction
		if x.lie(req) {
			x.stats["same-block resubmission"]++
		}
		x.w.e.Block = blk
	}
}

// lie has the liar submit a false claim on req; it reports whether the
// claim was accepted.
func (x *inv) lie(req uint64) bool {
	rq := x.reqs[req]
	if rq.comp != nil {
		return x.lieCompletion(req, rq)
	}
	tr := rq.truth.tr
	out := append([]byte(nil), rq.truth.claim.output...)
	out[x.r.IntN(len(out))] ^= byte(1 + x.r.IntN(255))
	return x.submit(x.liar, req, lyingVM(x.t, tr, out, 1+x.r.Uint64N(tr.Steps())), rq.truth) == nil
}

// submit has from claim what trace tr asserts on request req (submit, or
// submitCompletion on a completion request); truth is the true trace from
// the claim's start, and the claim is true iff tr is it.
func (x *inv) submit(from *simchain.Account, req uint64, tr, truth *vmTrace) error {
	data := oracleABI.PackSubmit(big64(req), tr.claim.output, tr.claim.ramRoot)
	if comp := x.reqs[req].comp; comp != nil {
		var err error
		data, err = arbiter.PackSubmitCompletion(big64(req), comp.c.Prompt, tr.claim.output, tr.claim.ramRoot)
		require.NoError(x.t, err)
	}
	honest := tr == truth
	logs, _, err := x.w.send(from, x.s.addrs.Oracle, x.s.p.SubmitBond, data)
	if err != nil {
		return err
	}
	for _, l := range logs {
		if ev, err := oracleABI.UnpackSubmittedEvent(l); err == nil {
			c := &invClaim{req: req, tr: tr, truth: truth, honest: honest, submitter: from, status: arbiter.ClaimPending,
				paid: new(big.Int), credited: map[common.Address]*big.Int{}}
			if x.adversary[from.Addr] {
				c.paid.Add(c.paid, x.s.p.SubmitBond)
			}
			x.claims[ev.ClaimId.Uint64()] = c
			rq := x.reqs[req]
			if rq.comp != nil {
				start, err := x.s.oracle().StartHashOf(context.Background(), ev.ClaimId)
				require.NoError(x.t, err)
				require.Equal(x.t, truth.hash(0), start, "the oracle's start of a completion claim is the initial state on the x its output implies")
			}
			if honest && !rq.hasHonest {
				rq.hasHonest, rq.honestAt = true, x.w.now()
			}
		}
	}
	x.observe(logs)
	x.drain()
	return nil
}

// observe records what the logs of one transaction say and checks the
// invariants on every settlement.
func (x *inv) observe(logs []*types.Log) {
	t := x.t
	// The claim whose game or finalization the transaction settled: every
	// credit in it comes from that claim.
	var ctx *invClaim
	var settled *arbiter.GameSettledEvent
	for _, l := range logs {
		if ev, err := oracleABI.UnpackGameSettledEvent(l); err == nil {
			ctx, settled = x.claims[ev.ClaimId.Uint64()], ev
		}
		if ev, err := oracleABI.UnpackFinalizedEvent(l); err == nil {
			ctx = x.claims[ev.ClaimId.Uint64()]
		}
		if ev, err := oracleABI.UnpackClaimSupersededEvent(l); err == nil {
			ctx = x.claims[ev.ClaimId.Uint64()]
		}
	}
	credited := map[common.Address]*big.Int{}
	for _, l := range logs {
		x.count(l)
		if ev, err := oracleABI.UnpackWithdrawnEvent(l); err == nil {
			x.owed.Sub(x.owed, ev.Amount)
		}
		if ev, err := oracleABI.UnpackCreditedEvent(l); err == nil {
			if credited[ev.To] == nil {
				credited[ev.To] = new(big.Int)
			}
			credited[ev.To].Add(credited[ev.To], ev.Amount)
			if ctx != nil {
				if ctx.credited[ev.To] == nil {
					ctx.credited[ev.To] = new(big.Int)
				}
				ctx.credited[ev.To].Add(ctx.credited[ev.To], ev.Amount)
			}
		}
		if ev, err := oracleABI.UnpackSubmittedEvent(l); err == nil {
			x.owed.Add(x.owed, x.s.p.SubmitBond)
			if c := x.claims[ev.ClaimId.Uint64()]; c != nil {
				c.deadline = ev.Deadline
			}
		}
		if ev, err := oracleABI.UnpackRequestedEvent(l); err == nil {
			x.owed.Add(x.owed, ev.Fee)
			for k, in := range x.inputs {
				if string(in) == string(ev.Input) {
					x.reqs[ev.RequestId.Uint64()] = &invReq{truth: x.truth[k], want: x.truth[k].claim.output,
						status: arbiter.RequestOpen, expiresAt: x.s.requestOf(ev.RequestId).ExpiresAt}
				}
			}
		}
		if ev, err := oracleABI.UnpackCompletionRequestedEvent(l); err == nil {
			x.owed.Add(x.owed, ev.Fee)
			x.completionRequested(ev)
		}
		if ev, err := oracleABI.UnpackCancelledEvent(l); err == nil {
			rq := x.reqs[ev.RequestId.Uint64()]
			require.GreaterOrEqual(t, x.w.now(), rq.expiresAt, "cancelled before the expiry")
			require.False(t, rq.hasHonest, "a request with a true claim was cancelled")
			rq.status = arbiter.RequestCancelled
		}
		if ev, err := oracleABI.UnpackChallengedEvent(l); err == nil {
			x.owed.Add(x.owed, x.s.p.ChallengeBond)
			c := x.claims[ev.ClaimId.Uint64()]
			c.games = append(c.games, ev.GameId.Uint64())
			if x.adversary[ev.Challenger] {
				c.paid.Add(c.paid, x.s.p.ChallengeBond)
			}
			x.games[ev.GameId.Uint64()] = &invGame{claim: ev.ClaimId.Uint64(), challenger: x.byAddr[ev.Challenger]}
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
			if g.challenger == x.watcher {
				require.False(t, c.honest, "the watcher challenged a true claim")
				require.Equal(t, arbiter.GameChallengerWon, ev.Status, "(3) the honest watcher lost a game")
			}
			x.outcome(g, c, ev.Status)
			if x.reqs[c.req].comp != nil {
				x.stats["completion "+ev.Reason.String()]++
				if c.honest == (ev.Status == arbiter.GameClaimantWon) && x.adversary[g.challenger.Addr] != x.adversary[c.submitter.Addr] {
					x.stats["completion game lost by the adversary"]++
				}
			}
		}
		if ev, err := oracleABI.UnpackGameSettledEvent(l); err == nil && ev.ClaimantWon {
			if c := x.claims[ev.ClaimId.Uint64()]; c.status == arbiter.ClaimRejected {
				x.burn.Add(x.burn, x.share(c.rewardGames)) // a lost game's share is burned
			}
		}
		if ev, err := oracleABI.UnpackClaimRejectedEvent(l); err == nil {
			c := x.claims[ev.ClaimId.Uint64()]
			require.False(t, c.honest, "(3) a true claim was rejected")
			require.Equal(t, arbiter.ClaimPending, c.status)
			c.status = arbiter.ClaimRejected
			for _, g := range c.games { // the games open at the rejection, this one included
				if !x.games[g].over || g == ev.GameId.Uint64() {
					c.rewardGames++
				}
			}
			require.Equal(t, c.rewardGames, x.s.claimOf(ev.ClaimId).RewardGames, "games sharing the reward")
			x.burn.Add(x.burn, new(big.Int).Sub(x.s.p.SubmitBond, new(big.Int).Mul(x.share(c.rewardGames), big.NewInt(int64(c.rewardGames)))))
			x.stats["settled:claim"]++
			if x.reqs[c.req].comp != nil {
				x.stats["completion ClaimRejected"]++
			}
			if x.resubmit && c.submitter == x.liar {
				x.queued = append(x.queued, c.req)
			}
		}
		if ev, err := oracleABI.UnpackClaimSupersededEvent(l); err == nil {
			c := x.claims[ev.ClaimId.Uint64()]
			require.Equal(t, arbiter.RequestFinalized, x.reqs[c.req].status, "superseded before the request was finalized")
			require.True(t, c.honest, "(4) a false claim survived")
			c.status = arbiter.ClaimSuperseded
			x.stats["settled:claim"]++
		}
		if ev, err := oracleABI.UnpackFinalizedEvent(l); err == nil {
			id := ev.ClaimId.Uint64()
			c := x.claims[id]
			onchain := x.s.claimOf(ev.ClaimId)
			require.GreaterOrEqual(t, x.w.now(), onchain.Deadline, "(2) finalized inside the window")
			for _, g := range c.games {
				require.Equal(t, arbiter.GameClaimantWon, x.s.game.game(big64(g)).Status, "(2) finalized with a game not won")
			}
			require.True(t, c.honest, "(4) a false claim finalized")
			rq := x.reqs[c.req]
			require.Equal(t, rq.want, ev.Output, "(4) wrong output finalized")
			if rq.comp != nil {
				x.stats["completion Finalized"]++
			}
			c.status, c.fee = arbiter.ClaimAccepted, x.s.requestOf(ev.RequestId).Fee
			rq.status, rq.doneAt = arbiter.RequestFinalized, x.w.now()
			x.stats["settled:claim"]++
		}
	}
	// P2: a game the watcher won paid it its bond and its share.
	if settled != nil && !settled.ClaimantWon && x.games[settled.GameId.Uint64()].challenger == x.watcher {
		want := new(big.Int).Add(x.s.p.ChallengeBond, x.share(ctx.rewardGames))
		got := credited[x.watcher.Addr]
		require.NotNil(t, got, "P2: the watcher was not paid")
		require.GreaterOrEqual(t, got.Cmp(want), 0, "P2: the watcher got %v, less than its bond and share %v", got, want)
		require.Equal(t, want.String(), got.String(), "the watcher's pay by the rule")
		if new(big.Int).Div(x.s.p.SubmitBond, big.NewInt(2)).Cmp(big.NewInt(int64(ctx.rewardGames))) >= 0 {
			require.Positive(t, got.Cmp(x.s.p.ChallengeBond), "P2: the watcher got no reward")
		}
		x.stats["P2 checked"]++
	}
}

// outcome tallies how a game between the adversary's addresses or against
// an honest party ended, for the coverage check.
func (x *inv) outcome(g *invGame, c *invClaim, st arbiter.GameStatus) {
	switch {
	case g.challenger == x.troll:
		x.stats["troll game"]++
	case g.challenger == x.sybils[0] || g.challenger == x.sybils[1]:
		if st == arbiter.GameChallengerWon {
			x.stats["sybil game won"]++
		} else {
			x.stats["sybil game lost"]++
		}
		for _, id := range c.games {
			if x.games[id].challenger == x.watcher {
				if x.games[id].over {
					x.stats["sybil game settled after the watcher's"]++
				} else {
					x.stats["sybil game settled before the watcher's"]++
				}
			}
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
	default: // the events DecodeEvent does not know
		if _, err := oracleABI.UnpackClaimSupersededEvent(l); err == nil {
			x.stats["ClaimSuperseded"]++
		}
		if _, err := oracleABI.UnpackBurnedEvent(l); err == nil {
			x.stats["Burned"]++
		}
	}
}

// checkBalance: the oracle holds exactly what came in minus what went out
// according to its events (burned wei stays in).
func (x *inv) checkBalance() {
	require.Equal(x.t, x.owed.String(), x.w.balance(x.s.addrs.Oracle).String(), "(1) balance = fees + bonds - withdrawals")
}

// pick picks a random entry of m. Map order is random but not seeded, so
// it picks from the sorted keys: a sequence replays exactly from its seed.
func pick[V any](r *rand.Rand, m map[uint64]V) (uint64, V, bool) {
	return pickWhere(r, m, func(V) bool { return true })
}

// pickWhere picks a random entry of m satisfying ok.
func pickWhere[V any](r *rand.Rand, m map[uint64]V, ok func(V) bool) (uint64, V, bool) {
	var keys []uint64
	for _, k := range sorted(m) {
		if ok(m[k]) {
			keys = append(keys, k)
		}
	}
	var zero V
	if len(keys) == 0 {
		return 0, zero, false
	}
	k := keys[r.IntN(len(keys))]
	return k, m[k], true
}

// sorted returns the keys of m in order.
func sorted[V any](m map[uint64]V) []uint64 {
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func big64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// act performs one random action of the adversary or the environment; most
// are legal, some not.
func (x *inv) act() {
	r := x.r
	switch r.IntN(19) {
	case 0, 1: // a request, most of which sub will answer at once
		in := r.IntN(len(x.inputs))
		logs, err := x.send(x.consumer, x.s.addrs.Oracle, big.NewInt(int64(r.IntN(4))*100), oracleABI.PackRequest(x.id, x.inputs[in], 0))
		require.NoError(x.t, err)
		for _, l := range logs {
			if ev, err := oracleABI.UnpackRequestedEvent(l); err == nil {
				x.reqs[ev.RequestId.Uint64()].serve = r.IntN(4) != 0
			}
		}
	case 2: // a cancel, by the consumer or someone else
		if req, _, ok := pick(r, x.reqs); ok {
			from := x.consumer
			if r.IntN(4) == 0 {
				from = x.anyone
			}
			_ = x.oracleTx(from, nil, oracleABI.PackCancel(big64(req)))
		}
	case 3: // a late or duplicate true claim
		if req, rq, ok := pick(r, x.reqs); ok {
			from := x.sub2
			if r.IntN(3) == 0 {
				from = x.sub
			}
			_ = x.submit(from, req, rq.truth, rq.truth)
		}
	case 4, 5: // a lie
		if req, _, ok := pick(r, x.reqs); ok {
			x.lie(req)
		}
	case 6: // a sybil challenges one of the liar's claims
		if id, c, ok := pickWhere(r, x.claims, func(c *invClaim) bool { return c.submitter == x.liar }); ok {
			sybil := x.sybils[r.IntN(2)]
			hash := c.tr.final
			stale := r.IntN(8) == 0
			if stale { // a hash from another claim (a stale view): it must change nothing
				hash = c.truth.final
			}
			err := x.oracleTx(sybil, x.s.p.ChallengeBond, oracleABI.PackChallenge(big64(id), hash))
			if stale && c.status == arbiter.ClaimPending {
				require.ErrorIs(x.t, err, arbiter.ErrClaimMismatch)
				x.stats["ClaimMismatch"]++
			}
		}
	case 7: // the troll challenges a true claim (now and then any claim)
		anyClaim := r.IntN(4) == 0
		if id, c, ok := pickWhere(r, x.claims, func(c *invClaim) bool { return c.honest || anyClaim }); ok {
			_ = x.oracleTx(x.troll, x.s.p.ChallengeBond, oracleABI.PackChallenge(big64(id), c.tr.final))
		}
	case 8, 9: // the liar defends one of its lies (stalling the others)
		x.adversaryMove(func(g *invGame, c *invClaim, turn arbiter.Turn) *player {
			if turn != arbiter.TurnClaimant || c.honest || (x.stall && g.challenger == x.watcher) {
				return nil
			}
			return &player{acct: c.submitter, tr: c.tr}
		})
	case 10: // a sybil plays: to win (honestly) or at random
		x.adversaryMove(func(g *invGame, c *invClaim, turn arbiter.Turn) *player {
			if turn != arbiter.TurnChallenger || (g.challenger != x.sybils[0] && g.challenger != x.sybils[1]) {
				return nil
			}
			p := &player{acct: g.challenger, tr: c.truth, choose: honestChoice}
			if x.r.IntN(3) == 0 {
				p.choose = randomChoice(x.r)
			}
			return p
		})
	case 11: // the troll plays at random
		x.adversaryMove(func(g *invGame, c *invClaim, turn arbiter.Turn) *player {
			if turn != arbiter.TurnChallenger || g.challenger != x.troll {
				return nil
			}
			return &player{acct: x.troll, tr: c.tr, choose: randomChoice(x.r)}
		})
	case 12, 13: // time passes
		switch r.IntN(3) {
		case 0:
			x.advance(1 + r.Uint64N(x.s.p.ChallengeWindow))
		case 1:
			x.advance(x.s.p.ChallengeWindow)
		default:
			x.advance(x.s.p.ClockBudget + 1)
		}
	case 14: // anyone resolves a timeout
		if id, _, ok := pick(r, x.games); ok {
			_, _ = x.send(x.anyone, x.s.addrs.Game, nil, gameABI.PackResolveTimeout(big64(id)))
		}
	case 15: // anyone finalizes
		if id, c, ok := pick(r, x.claims); ok {
			_ = x.oracleTx(x.anyone, nil, oracleABI.PackFinalize(big64(id), c.tr.claim.output, c.tr.claim.ramRoot))
		}
	case 17: // the liar throws one of its sybils' games: both play it out at once, the sybil to win
		if id, g, ok := pickWhere(r, x.games, func(g *invGame) bool {
			return !g.over && (g.challenger == x.sybils[0] || g.challenger == x.sybils[1])
		}); ok {
			c := x.claims[g.claim]
			liar := &player{acct: c.submitter, tr: c.tr}
			sybil := &player{acct: g.challenger, tr: c.truth, choose: honestChoice}
			for !g.over {
				st := x.s.game.game(big64(id))
				p := liar
				if st.Turn == arbiter.TurnChallenger {
					p = sybil
				}
				_, logs, _, err := x.s.game.move(big64(id), p, g.last)
				if err != nil {
					break // a clock ran out
				}
				x.observe(logs)
				x.drain()
			}
		}
	case 16: // someone withdraws
		acct := []*simchain.Account{x.consumer, x.sub, x.sub2, x.liar, x.watcher, x.troll, x.anyone, x.sybils[0]}[r.IntN(8)]
		_ = x.oracleTx(acct, nil, oracleABI.PackWithdraw())
	case 18: // a completion request, most of which sub will answer at once
		x.requestCompletion()
	}
}

// adversaryMove makes one move, sensible or not, in a random open game
// where who names the adversary's player for the side to move (nil: not
// the adversary's turn).
func (x *inv) adversaryMove(who func(*invGame, *invClaim, arbiter.Turn) *player) {
	type cand struct {
		id uint64
		p  *player
	}
	var cands []cand
	for _, id := range sorted(x.games) {
		g := x.games[id]
		if g.over {
			continue
		}
		if p := who(g, x.claims[g.claim], x.s.game.game(big64(id)).Turn); p != nil {
			cands = append(cands, cand{id, p})
		}
	}
	if len(cands) == 0 {
		return
	}
	c := cands[x.r.IntN(len(cands))]
	gid := big64(c.id)
	if x.r.IntN(5) == 0 { // garbage: a wrong index or hashes
		_, _ = x.send(c.p.acct, x.s.addrs.Game, nil, gameABI.PackChoose(gid, x.s.game.position(gid), big64(x.r.Uint64N(9)), toArr(x.games[c.id].last)))
		return
	}
	_, logs, _, err := x.s.game.move(gid, c.p, x.games[c.id].last)
	if err == nil {
		x.observe(logs)
		x.drain()
	}
}

// timedOut reports whether the side to move in game id ran out of time
// (resolveTimeout would succeed), and when it does (or did).
func (x *inv) timedOut(id uint64) (bool, uint64, arbiter.GameRecord) {
	st := x.s.game.game(big64(id))
	left := uint64(st.ClaimantClock)
	if st.Turn == arbiter.TurnChallenger {
		left = uint64(st.ChallengerClock)
	}
	at := st.LastMoveAt + left + 1
	return x.w.now() >= at, at, st
}

// honestTurn is the honest player whose turn it is in game g (nil if none).
func (x *inv) honestTurn(g *invGame, st arbiter.GameRecord) *player {
	c := x.claims[g.claim]
	truth := c.truth
	switch {
	case st.Turn == arbiter.TurnClaimant && c.honest:
		return &player{acct: c.submitter, tr: truth}
	case st.Turn == arbiter.TurnChallenger && g.challenger == x.watcher:
		return &player{acct: x.watcher, tr: truth, choose: honestChoice}
	}
	return nil
}

// react lets the honest parties respond at once to the current state: sub
// answers the requests it serves, the watcher challenges every false claim
// in its window, both make their moves and resolve the games the other side
// lost on time, and the honest submitters finalize their claims as soon as
// they can.
func (x *inv) react() {
	t := x.t
	for changed := true; changed; {
		changed = false
		now := x.w.now()
		for _, id := range sorted(x.reqs) {
			rq := x.reqs[id]
			if rq.serve && !rq.hasHonest && rq.status == arbiter.RequestOpen && now < rq.expiresAt {
				require.NoError(t, x.submit(x.sub, id, rq.truth, rq.truth), "the honest submitter could not submit")
				changed = true
			}
		}
		for _, id := range sorted(x.claims) {
			c := x.claims[id]
			if c.honest || c.status != arbiter.ClaimPending || now >= c.deadline || x.watching(c) {
				continue
			}
			require.NoError(t, x.oracleTx(x.watcher, x.s.p.ChallengeBond, oracleABI.PackChallenge(big64(id), c.tr.final)), "the watcher could not challenge")
			changed = true
		}
		for _, id := range sorted(x.games) {
			g := x.games[id]
			if g.over {
				continue
			}
			out, _, st := x.timedOut(id)
			p := x.honestTurn(g, st)
			honestSide := x.claims[g.claim].honest || g.challenger == x.watcher
			switch {
			case out && p == nil && honestSide: // the adversary ran out of time
				_, err := x.send(x.watcher, x.s.addrs.Game, nil, gameABI.PackResolveTimeout(big64(id)))
				require.NoError(t, err, "an honest party could not resolve a timeout")
			case p != nil:
				require.False(t, out, "an honest party ran out of time")
				_, logs, _, err := x.s.game.move(big64(id), p, g.last)
				require.NoError(t, err, "an honest move failed")
				x.observe(logs)
				x.drain()
			default:
				continue
			}
			changed = true
		}
		for _, id := range sorted(x.claims) {
			c := x.claims[id]
			if !c.honest || c.status != arbiter.ClaimPending || now < c.deadline || !x.gamesOver(c) {
				continue
			}
			require.NoError(t, x.oracleTx(c.submitter, nil, oracleABI.PackFinalize(big64(id), c.tr.claim.output, c.tr.claim.ramRoot)), "an honest finalization failed")
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

func (x *inv) gamesOver(c *invClaim) bool {
	for _, g := range c.games {
		if !x.games[g].over {
			return false
		}
	}
	return true
}

// nextEvent is the first moment after now at which something can happen
// without anyone moving: a claim's window closes, a clock runs out or a
// request expires (^0 if none).
func (x *inv) nextEvent() uint64 {
	now, next := x.w.now(), ^uint64(0)
	later := func(at uint64) {
		if at > now && at < next {
			next = at
		}
	}
	for _, c := range x.claims {
		if c.status == arbiter.ClaimPending {
			later(c.deadline)
		}
	}
	for id, g := range x.games {
		if !g.over {
			_, at, _ := x.timedOut(id)
			later(at)
		}
	}
	for _, rq := range x.reqs {
		if rq.status == arbiter.RequestOpen {
			later(rq.expiresAt)
		}
	}
	return next
}

// advance moves time forward by d, stopping at every moment an honest
// party would act at to let it react (a real chain has a block there).
func (x *inv) advance(d uint64) {
	target := x.w.now() + d
	for x.w.now() < target {
		x.w.advance(min(target, x.nextEvent()) - x.w.now())
		x.react()
	}
}

// settle plays the sequence to its end with the adversary stalling: anyone
// resolves the games whose clock ran out and finalizes the claims it can,
// the consumer cancels its expired requests, and time advances from one
// event to the next, until nothing is left open.
func (x *inv) settle() {
	t := x.t
	for i := 0; ; i++ {
		require.Less(t, i, 10_000, "the sequence does not settle")
		x.react()
		progress := false
		for _, id := range sorted(x.games) {
			if out, _, _ := x.timedOut(id); out && !x.games[id].over {
				_, err := x.send(x.anyone, x.s.addrs.Game, nil, gameABI.PackResolveTimeout(big64(id)))
				require.NoError(t, err)
				progress = true
			}
		}
		now := x.w.now()
		for _, id := range sorted(x.claims) {
			c := x.claims[id]
			if c.status == arbiter.ClaimPending && now >= c.deadline && x.gamesOver(c) {
				require.NoError(t, x.oracleTx(x.anyone, nil, oracleABI.PackFinalize(big64(id), c.tr.claim.output, c.tr.claim.ramRoot)))
				progress = true
			}
		}
		for _, id := range sorted(x.reqs) {
			rq := x.reqs[id]
			if rq.status == arbiter.RequestOpen && now >= rq.expiresAt && x.s.requestOf(big64(id)).Pending == 0 {
				require.NoError(t, x.oracleTx(x.consumer, nil, oracleABI.PackCancel(big64(id))))
				progress = true
			}
		}
		if x.settled() {
			return
		}
		if !progress {
			next := x.nextEvent()
			require.NotEqual(t, ^uint64(0), next, "nothing left to wait for, yet not settled")
			x.w.advance(next - now)
		}
	}
}

// settled reports whether every game, claim and request is over.
func (x *inv) settled() bool {
	for _, g := range x.games {
		if !g.over {
			return false
		}
	}
	for _, c := range x.claims {
		if c.status == arbiter.ClaimPending {
			return false
		}
	}
	for _, rq := range x.reqs {
		if rq.status == arbiter.RequestOpen {
			return false
		}
	}
	return true
}

// checkEnd checks a settled sequence: solvency, the burned total, P1, P3
// and what the honest submitters got back; the chain agrees with the
// Go-side record of every request, claim and game.
func (x *inv) checkEnd() {
	t, s := x.t, x.s
	s.checkSolvency(t)
	x.checkBalance()
	require.Equal(t, x.burn.String(), s.burned().String(), "(1) burned by the rule")
	credits := new(big.Int)
	for _, a := range x.w.accounts() {
		credits.Add(credits, s.credit(a.Addr))
	}
	require.Equal(t, new(big.Int).Add(credits, x.burn).String(), x.w.balance(s.addrs.Oracle).String(), "(1) settled: balance = credits + burned")

	half := new(big.Int).Div(new(big.Int).Mul(s.p.SubmitBond, big.NewInt(arbiter.BurnPercent)), big.NewInt(100))
	for _, id := range sorted(x.claims) {
		c := x.claims[id]
		require.Equal(t, c.status, s.claimOf(big64(id)).Status, "claim %d", id)
		switch {
		case c.status == arbiter.ClaimRejected:
			// P1: what the adversary's addresses paid into the claim
			// minus what its games credited to them.
			require.True(t, x.adversary[c.submitter.Addr])
			got := new(big.Int)
			for a, v := range c.credited {
				if x.adversary[a] {
					got.Add(got, v)
				}
			}
			loss := new(big.Int).Sub(c.paid, got)
			require.GreaterOrEqual(t, loss.Cmp(half), 0, "P1: claim %d cost the adversary %v (paid %v, got %v back)", id, loss, c.paid, got)
			x.stats["P1 checked"]++
		case c.honest:
			// An honest submitter gets its bond (and the fee, if accepted)
			// and every challenger's bond back.
			want := new(big.Int).Add(s.p.SubmitBond, new(big.Int).Mul(s.p.ChallengeBond, big.NewInt(int64(len(c.games)))))
			if c.status == arbiter.ClaimAccepted {
				want.Add(want, c.fee)
			}
			got := c.credited[c.submitter.Addr]
			require.NotNil(t, got, "claim %d: the honest submitter got nothing", id)
			require.Equal(t, want.String(), got.String(), "claim %d: the honest submitter's credit", id)
		default:
			t.Fatalf("claim %d: a false claim ended %s", id, c.status)
		}
	}
	bound := s.p.ChallengeWindow + 2*s.p.ClockBudget + invSlack
	for _, id := range sorted(x.reqs) {
		rq := x.reqs[id]
		r := s.requestOf(big64(id))
		require.Equal(t, rq.status, r.Status, "request %d", id)
		require.Zero(t, r.Pending)
		if !rq.hasHonest {
			require.Equal(t, arbiter.RequestCancelled, rq.status, "request %d: no true claim, yet not cancelled", id)
			continue
		}
		// P3: finalized with the true output within the bound.
		require.Equal(t, arbiter.RequestFinalized, rq.status, "P3: request %d with a true claim not finalized", id)
		require.Equal(t, rq.want, r.Output, "P3: request %d", id)
		delay := rq.doneAt - rq.honestAt
		require.LessOrEqual(t, delay, bound, "P3: request %d finalized %d s after its first true claim", id, delay)
		x.maxDelay = max(x.maxDelay, delay)
		x.stats["P3 checked"]++
	}
	for _, id := range sorted(x.games) {
		require.True(t, s.game.game(big64(id)).Status.Over())
	}
}
