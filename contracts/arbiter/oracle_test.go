package arbiter_test

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/testbindings"
	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/testkit/randmodel"
	"github.com/opml-dev/opml/testkit/simchain"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
)

var (
	fixtureOnce  sync.Once
	fixtureMLP   fixtures.Fixture
	fixtureTrace *vm.Trace
	fixtureErr   error
)

// mlp returns the MLP fixture and its trace (built once per test binary).
func mlp(t testing.TB) (fixtures.Fixture, *vm.Trace) {
	t.Helper()
	fixtureOnce.Do(func() {
		var all []fixtures.Fixture
		if all, fixtureErr = fixtures.All(); fixtureErr != nil {
			return
		}
		fixtureMLP = all[0]
		fixtureTrace, fixtureErr = vm.NewTrace(fixtureMLP.Model, fixtureMLP.Input)
	})
	require.NoError(t, fixtureErr)
	return fixtureMLP, fixtureTrace
}

// scenario is an oracle deployment with the MLP registered.
type scenario struct {
	*system
	m        *model.Model
	id       common.Hash
	input    []byte
	tr       *vm.Trace
	honest   *vmTrace
	consumer *simchain.Account
	sub      *simchain.Account // honest submitter
	liar     *simchain.Account
	watcher  *simchain.Account // honest challenger
	troll    *simchain.Account // dishonest challenger
}

func newScenario(t *testing.T, w world) *scenario {
	f, tr := mlp(t)
	s := &scenario{system: newSystem(t, w, testParams()), m: f.Model, tr: tr}
	s.id = s.register(f.Model)
	var err error
	s.input, err = arbiter.RequestInput(&f.Model.Header, f.Input)
	require.NoError(t, err)
	s.honest = honestVM(t, tr)
	a := w.accounts()
	s.consumer, s.sub, s.liar, s.watcher, s.troll = a[1], a[2], a[3], a[4], a[5]
	return s
}

// wrongOutput is the honest output with its first element changed.
func (s *scenario) wrongOutput() []byte {
	out := append([]byte(nil), s.honest.claim.output...)
	out[0] ^= 0x40
	return out
}

func (s *scenario) mustRequest(fee int64) *big.Int {
	s.t.Helper()
	req, err := s.request(s.consumer, s.id, s.input, 0, fee)
	require.NoError(s.t, err)
	return req
}

func (s *scenario) mustSubmit(from *simchain.Account, req *big.Int, c claim) *big.Int {
	s.t.Helper()
	id, err := s.submit(from, req, c)
	require.NoError(s.t, err)
	return id
}

func (s *scenario) mustChallenge(from *simchain.Account, claimID *big.Int) *big.Int {
	s.t.Helper()
	g, err := s.challenge(from, claimID)
	require.NoError(s.t, err)
	return g
}

// passWindow moves the world's clock past a challenge window.
func (s *scenario) passWindow() {
	before := s.w.now()
	s.w.advance(s.p.ChallengeWindow)
	require.GreaterOrEqual(s.t, s.w.now(), before+s.p.ChallengeWindow, "the clock did not move by a window")
}

// TestOracleStartHashMatchesGo: the start hash the oracle computes onchain
// from the raw input is the Go VM's initial state hash.
func TestOracleStartHashMatchesGo(t *testing.T) {
	s := newScenario(t, newSimWorld(t))
	req := s.mustRequest(1)
	want, err := arbiter.StartHash(s.id, &s.m.Header, mustFixtureInput(t))
	require.NoError(t, err)
	require.Equal(t, want, common.Hash(s.requestOf(req).StartHash))
	s0, err := s.tr.StateAt(0)
	require.NoError(t, err)
	require.Equal(t, s0.Hash(), want)
	claimID := s.mustSubmit(s.sub, req, s.honest.claim)
	final := s.tr.Final()
	require.Equal(t, final.Hash(), common.Hash(s.claimOf(claimID).FinalHash), "the derived final hash is the VM's halted state hash")
}

func mustFixtureInput(t *testing.T) []int8 {
	f, _ := mlp(t)
	return f.Input
}

// TestOracleHappyPath: request, honest claim, window passes unchallenged,
// finalization delivers the output to the consumer contract and pays the
// submitter, who withdraws.
func TestOracleHappyPath(t *testing.T) {
	w := newSimWorld(t)
	s := newScenario(t, w)
	consumer := deployConsumer(t, s)
	req := consumerAsk(t, s, consumer, 200_000, 5000)
	s.checkSolvency(t)
	st, out := s.result(req)
	require.Equal(t, arbiter.RequestOpen, st)
	require.Empty(t, out)

	claimID := s.mustSubmit(s.sub, req, s.honest.claim)
	s.checkSolvency(t)
	require.Equal(t, uint32(1), s.requestOf(req).Pending)
	require.Equal(t, arbiter.RequestOpen, s.requestOf(req).Status, "a pending claim does not close the request")
	_, err := s.finalize(s.troll, claimID, s.honest.claim)
	requireRevert(t, err, "WindowOpen")

	s.passWindow()
	_, err = s.challenge(s.troll, claimID)
	requireRevert(t, err, "WindowClosed")
	_, err = s.finalize(s.troll, claimID, claim{output: s.wrongOutput(), ramRoot: s.honest.claim.ramRoot})
	requireRevert(t, err, "ClaimMismatch")
	logs, err := s.finalize(s.troll, claimID, s.honest.claim) // anyone may finalize
	require.NoError(t, err)
	require.True(t, callbackOK(t, logs))
	s.checkSolvency(t)

	st, out = s.result(req)
	require.Equal(t, arbiter.RequestFinalized, st)
	require.Equal(t, s.honest.claim.output, out)
	require.Zero(t, s.requestOf(req).Pending)
	require.Equal(t, arbiter.ClaimAccepted, s.claimOf(claimID).Status)
	_, err = s.submit(s.liar, req, s.honest.claim)
	requireRevert(t, err, "RequestNotOpen")
	require.Equal(t, uint64(1), consumerCalls(t, s, consumer))
	require.Equal(t, s.honest.claim.output, consumerLast(t, s, consumer))

	require.Equal(t, big.NewInt(1000+5000).String(), s.credit(s.sub.Addr).String(), "bond back plus the fee")
	before := w.balance(s.addrs.Oracle)
	logs, err = s.tx(s.sub, nil, oracleABI.PackWithdraw())
	require.NoError(t, err)
	ev, err := oracleABI.UnpackWithdrawnEvent(logs[0])
	require.NoError(t, err)
	require.Equal(t, s.sub.Addr, ev.To)
	require.Equal(t, "6000", ev.Amount.String())
	require.Equal(t, "6000", new(big.Int).Sub(before, w.balance(s.addrs.Oracle)).String())
	require.Zero(t, s.credit(s.sub.Addr).Sign())
	requireRevert(t, s.withdraw(s.sub), "NothingToWithdraw")
	s.checkSolvency(t)
	_, err = s.finalize(s.troll, claimID, s.honest.claim)
	requireRevert(t, err, "ClaimNotPending")
}

// TestOracleLyingSubmitterIsDisproved: a submitter who claims a wrong
// output, lying from the first, a middle or the last step or from inside
// each op, loses its game against the honest watcher; its claim is
// rejected (half its bond burned, half to the watcher), the request stayed
// open throughout, and an honest submission finalizes.
func TestOracleLyingSubmitterIsDisproved(t *testing.T) {
	w := newSimWorld(t)
	s := newScenario(t, w)
	n := s.tr.Steps()
	lies := map[string]uint64{"first step": 1, "middle step": n / 2, "last step": n}
	for k := uint32(0); k < s.m.Header.NumOps; k++ {
		start, end := s.m.OpStart(int(k)), s.m.OpStart(int(k)+1)
		lies[fmt.Sprintf("inside op %d (%s)", k, s.m.Ops[k].Op)] = (start + end) / 2
	}
	for name, lie := range lies {
		t.Run(name, func(t *testing.T) {
			s.t, s.game.t = t, t
			req := s.mustRequest(300)
			liar := lyingVM(t, s.tr, s.wrongOutput(), lie)
			claimID := s.mustSubmit(s.liar, req, liar.claim)
			gameID := s.mustChallenge(s.watcher, claimID)
			s.checkSolvency(t)
			out := s.game.play(gameID, &player{acct: s.liar, tr: liar}, &player{acct: s.watcher, tr: s.honest, choose: honestChoice}, 0)
			require.Equal(t, arbiter.GameChallengerWon, out.status)
			require.Equal(t, arbiter.ReasonStepDisproved, out.reason)
			require.Equal(t, lie-1, out.stepAt, "the first false step is the one executed onchain")
			s.requireRejectedOneGame(t, claimID, req)
			s.checkSolvency(t)

			// The honest submitter answers the request, open all along.
			honestID := s.mustSubmit(s.sub, req, s.honest.claim)
			s.passWindow()
			_, err := s.finalize(s.troll, honestID, s.honest.claim)
			require.NoError(t, err)
			st, got := s.result(req)
			require.Equal(t, arbiter.RequestFinalized, st)
			require.Equal(t, s.honest.claim.output, got)
			s.checkSolvency(t)
		})
	}
	// Per lie the watcher earned its bond back plus half the submit bond
	// (it was the only game on the claim), and the other half was burned.
	lies64 := big.NewInt(int64(len(lies)))
	want := new(big.Int).Mul(lies64, new(big.Int).Add(s.p.ChallengeBond, s.share(1)))
	require.Equal(t, want.String(), s.credit(s.watcher.Addr).String())
	require.Equal(t, new(big.Int).Mul(lies64, new(big.Int).Sub(s.p.SubmitBond, s.share(1))).String(), s.burned().String())
	require.Zero(t, s.credit(s.liar.Addr).Sign())
}

// requireRejectedOneGame requires that claimID was rejected by its only
// game (one game shared the reward, none is open) and that its request req
// is still open with no claim pending.
func (s *system) requireRejectedOneGame(t *testing.T, claimID, req *big.Int) {
	t.Helper()
	c := s.claimOf(claimID)
	require.Equal(t, arbiter.ClaimRejected, c.Status)
	require.Equal(t, uint32(1), c.RewardGames, "one game was open at the rejection")
	require.Zero(t, c.OpenGames)
	r := s.requestOf(req)
	require.Equal(t, arbiter.RequestOpen, r.Status, "the request is still open")
	require.Zero(t, r.Pending)
}

// TestOracleDishonestChallengerLoses: a challenger disputing a true claim
// loses whatever it picks; the claimant takes its bond and finalizes once
// the game is over and the window closed.
func TestOracleDishonestChallengerLoses(t *testing.T) {
	s := newScenario(t, newSimWorld(t))
	req := s.mustRequest(50)
	claimID := s.mustSubmit(s.sub, req, s.honest.claim)
	gameID := s.mustChallenge(s.troll, claimID)
	s.passWindow()
	_, err := s.finalize(s.troll, claimID, s.honest.claim)
	requireRevert(t, err, "GamesOpen")
	believes := lyingVM(t, s.tr, s.wrongOutput(), s.tr.Steps()/3)
	out := s.game.play(gameID, &player{acct: s.sub, tr: s.honest}, &player{acct: s.troll, tr: believes, choose: honestChoice}, 0)
	require.Equal(t, arbiter.GameClaimantWon, out.status)
	require.Equal(t, arbiter.ReasonStepConfirmed, out.reason)
	require.Equal(t, s.p.ChallengeBond.String(), s.credit(s.sub.Addr).String())
	_, err = s.finalize(s.troll, claimID, s.honest.claim)
	require.NoError(t, err)
	st, got := s.result(req)
	require.Equal(t, arbiter.RequestFinalized, st)
	require.Equal(t, s.honest.claim.output, got)
	s.checkSolvency(t)
}

// TestOracleTwoChallengers: every challenger gets its own game. Against a
// false claim the first win rejects it: half the submit bond is burned and
// the other half is split between the two games open at that moment, each
// paid to its challenger if it wins (whichever wins first) and burned if it
// loses; a true claim takes both challengers' bonds and finalizes only
// after both games end.
func TestOracleTwoChallengers(t *testing.T) {
	t.Run("false claim", func(t *testing.T) {
		s := newScenario(t, newSimWorld(t))
		req := s.mustRequest(10)
		liar := lyingVM(t, s.tr, s.wrongOutput(), 100)
		claimID := s.mustSubmit(s.liar, req, liar.claim)
		g1 := s.mustChallenge(s.watcher, claimID)
		g2 := s.mustChallenge(s.troll, claimID)
		require.NotEqual(t, g1, g2)
		require.Equal(t, uint32(2), s.claimOf(claimID).OpenGames)
		s.game.play(g1, &player{acct: s.liar, tr: liar}, &player{acct: s.watcher, tr: s.honest, choose: honestChoice}, 0)
		c := s.claimOf(claimID)
		require.Equal(t, arbiter.ClaimRejected, c.Status)
		require.Equal(t, uint32(2), c.RewardGames)
		require.Equal(t, uint32(1), c.OpenGames)
		share, err := s.oracle().RewardShare(context.Background(), claimID)
		require.NoError(t, err)
		require.Equal(t, s.share(2).String(), share.String())
		require.Equal(t, "250", share.String(), "(1000 / 2) / 2")
		require.Equal(t, new(big.Int).Sub(s.p.SubmitBond, new(big.Int).Mul(share, big.NewInt(2))).String(), s.burned().String())
		s.checkSolvency(t)
		out := s.game.play(g2, &player{acct: s.liar, tr: liar}, &player{acct: s.troll, tr: s.honest, choose: honestChoice}, 0)
		require.Equal(t, arbiter.GameChallengerWon, out.status)
		win := new(big.Int).Add(s.p.ChallengeBond, share)
		require.Equal(t, win.String(), s.credit(s.watcher.Addr).String(), "first winner: its bond and a share")
		require.Equal(t, win.String(), s.credit(s.troll.Addr).String(), "second winner: its bond and a share too")
		require.Zero(t, s.credit(s.liar.Addr).Sign())
		require.Equal(t, "500", s.burned().String(), "half the submit bond")
		s.checkSolvency(t)
	})
	t.Run("false claim, second challenger loses", func(t *testing.T) {
		s := newScenario(t, newSimWorld(t))
		req := s.mustRequest(10)
		liar := lyingVM(t, s.tr, s.wrongOutput(), 100)
		claimID := s.mustSubmit(s.liar, req, liar.claim)
		g1 := s.mustChallenge(s.watcher, claimID)
		g2 := s.mustChallenge(s.troll, claimID)
		s.game.play(g1, &player{acct: s.liar, tr: liar}, &player{acct: s.watcher, tr: s.honest, choose: honestChoice}, 0)
		out := s.game.play(g2, &player{acct: s.liar, tr: liar}, &player{acct: s.troll, silent: true}, 0)
		require.Equal(t, arbiter.GameClaimantWon, out.status)
		require.Equal(t, new(big.Int).Add(s.p.ChallengeBond, s.share(2)).String(), s.credit(s.watcher.Addr).String())
		require.Zero(t, s.credit(s.troll.Addr).Sign(), "the loser's bond goes to the claimant")
		require.Equal(t, s.p.ChallengeBond.String(), s.credit(s.liar.Addr).String(), "the liar wins the troll's bond, not its share")
		want := new(big.Int).Sub(s.p.SubmitBond, s.share(2)) // all but the watcher's share
		require.Equal(t, want.String(), s.burned().String(), "the lost game's share is burned")
		s.checkSolvency(t)
	})
	t.Run("true claim", func(t *testing.T) {
		s := newScenario(t, newSimWorld(t))
		req := s.mustRequest(10)
		claimID := s.mustSubmit(s.sub, req, s.honest.claim)
		believes := lyingVM(t, s.tr, s.wrongOutput(), 2000)
		g1 := s.mustChallenge(s.troll, claimID)
		g2 := s.mustChallenge(s.liar, claimID)
		s.game.play(g1, &player{acct: s.sub, tr: s.honest}, &player{acct: s.troll, tr: believes, choose: alwaysLast}, 0)
		s.passWindow()
		_, err := s.finalize(s.watcher, claimID, s.honest.claim)
		requireRevert(t, err, "GamesOpen")
		s.game.play(g2, &player{acct: s.sub, tr: s.honest}, &player{acct: s.liar, silent: true}, 0)
		_, err = s.finalize(s.watcher, claimID, s.honest.claim)
		require.NoError(t, err)
		want := new(big.Int).Add(new(big.Int).Mul(s.p.ChallengeBond, big.NewInt(2)), new(big.Int).Add(s.p.SubmitBond, big.NewInt(10)))
		require.Equal(t, want.String(), s.credit(s.sub.Addr).String())
		s.checkSolvency(t)
	})
}

// TestOracleTimeouts: a submitter that stops defending loses its claim; a
// challenger that stops playing loses its bond.
func TestOracleTimeouts(t *testing.T) {
	s := newScenario(t, newSimWorld(t))
	req := s.mustRequest(10)
	claimID := s.mustSubmit(s.sub, req, s.honest.claim)
	gameID := s.mustChallenge(s.troll, claimID)
	out := s.game.play(gameID, &player{acct: s.sub, silent: true}, &player{acct: s.troll, tr: s.honest, choose: alwaysFirst}, 0)
	require.Equal(t, arbiter.ReasonClaimantTimedOut, out.reason)
	require.Equal(t, arbiter.ClaimRejected, s.claimOf(claimID).Status, "an undefended claim is rejected, even a true one")
	claimID = s.mustSubmit(s.sub, req, s.honest.claim)
	gameID = s.mustChallenge(s.troll, claimID)
	out = s.game.play(gameID, &player{acct: s.sub, tr: s.honest}, &player{acct: s.troll, silent: true}, 0)
	require.Equal(t, arbiter.ReasonChallengerTimedOut, out.reason)
	s.passWindow()
	_, err := s.finalize(s.troll, claimID, s.honest.claim)
	require.NoError(t, err)
	s.checkSolvency(t)
}

// TestOracleCallbacks: whatever the consumer's callback does, finalization
// stands and only CallbackResult records the failure.
func TestOracleCallbacks(t *testing.T) {
	s := newScenario(t, newSimWorld(t))
	consumer := deployConsumer(t, s)
	modes := []struct {
		name string
		mode uint8
		ok   bool
	}{{"record", 0, true}, {"revert", 1, false}, {"burn gas", 2, false}, {"return bomb", 3, true}, {"re-enter", 4, false}}
	for _, m := range modes {
		t.Run(m.name, func(t *testing.T) {
			s.t, s.game.t = t, t
			_, _, err := s.w.send(s.consumer, consumer, nil, consumerABI.PackSetMode(m.mode))
			require.NoError(t, err)
			req := consumerAsk(t, s, consumer, 250_000, 1)
			claimID := s.mustSubmit(s.sub, req, s.honest.claim)
			s.passWindow()
			logs, err := s.finalize(s.troll, claimID, s.honest.claim)
			require.NoError(t, err)
			require.Equal(t, m.ok, callbackOK(t, logs))
			st, _ := s.result(req)
			require.Equal(t, arbiter.RequestFinalized, st)
			s.checkSolvency(t)
		})
	}
}

// TestOracleCallbackGasIsGuaranteed: finalize reverts rather than run the
// callback with less gas than the consumer asked for (bare EVM, where the
// call's gas limit is set exactly).
func TestOracleCallbackGasIsGuaranteed(t *testing.T) {
	w := newEVMWorld()
	s := newScenario(t, w)
	consumer := deployConsumer(t, s)
	req := consumerAsk(t, s, consumer, 300_000, 1)
	claimID := s.mustSubmit(s.sub, req, s.honest.claim)
	s.passWindow()
	w.e.GasLimit = 200_000
	_, err := s.finalize(s.troll, claimID, s.honest.claim)
	requireRevert(t, err, "InsufficientGasForCallback")
	w.e.GasLimit = 0
	logs, err := s.finalize(s.troll, claimID, s.honest.claim)
	require.NoError(t, err)
	require.True(t, callbackOK(t, logs))
}

// TestOracleWithdrawReentrancy: a recipient that re-enters withdraw from its
// receive function makes its own withdrawal fail and keeps its credit.
func TestOracleWithdrawReentrancy(t *testing.T) {
	s := newScenario(t, newSimWorld(t))
	addr, err := s.w.deploy(s.consumer, testbindings.ReentererMetaData.Bin, reentererABI.PackConstructor(s.addrs.Oracle))
	require.NoError(t, err)
	s.extraCreditors = append(s.extraCreditors, addr)
	logs, _, err := s.w.send(s.consumer, addr, big.NewInt(77), reentererABI.PackRequest(s.id, s.input))
	require.NoError(t, err)
	var req *big.Int
	for _, l := range logs {
		if ev, err := oracleABI.UnpackRequestedEvent(l); err == nil {
			req = ev.RequestId
		}
	}
	require.NotNil(t, req)
	s.w.advance(s.p.RequestTimeout) // a request can be cancelled once expired
	_, _, err = s.w.send(s.consumer, addr, nil, reentererABI.PackCancel(req))
	require.NoError(t, err)
	require.Equal(t, "77", s.credit(addr).String())
	_, _, err = s.w.send(s.consumer, addr, nil, reentererABI.PackWithdraw())
	requireRevert(t, err, "WithdrawFailed")
	require.Equal(t, "77", s.credit(addr).String(), "a failed withdrawal keeps the credit")
	s.checkSolvency(t)
	_, _, err = s.w.send(s.consumer, addr, nil, reentererABI.PackSetArmed(false))
	require.NoError(t, err)
	_, _, err = s.w.send(s.consumer, addr, nil, reentererABI.PackWithdraw())
	require.NoError(t, err)
	require.Equal(t, "77", s.w.balance(addr).String())
	s.checkSolvency(t)
}

// TestOracleRejectsBadCalls: every call outside the protocol reverts with
// its own error.
func TestOracleRejectsBadCalls(t *testing.T) {
	s := newScenario(t, newSimWorld(t))
	_, err := s.request(s.consumer, common.Hash{1}, s.input, 0, 1)
	requireRevert(t, err, "UnknownModel")
	_, err = s.request(s.consumer, s.id, s.input[1:], 0, 1)
	requireRevert(t, err, "BadTensorLength")
	_, err = s.request(s.consumer, s.id, s.input, s.p.MaxCallbackGas+1, 1)
	requireRevert(t, err, "CallbackGasTooHigh")
	req := s.mustRequest(9)
	_, err = s.tx(s.troll, nil, oracleABI.PackCancel(req))
	requireRevert(t, err, "NotConsumer")
	_, err = s.tx(s.consumer, nil, oracleABI.PackCancel(req))
	requireRevert(t, err, "RequestNotExpired")
	_, err = s.tx(s.sub, big.NewInt(1), oracleABI.PackSubmit(req, s.honest.claim.output, s.honest.claim.ramRoot))
	requireRevert(t, err, "WrongBond")
	_, err = s.submit(s.sub, req, claim{output: s.honest.claim.output[1:], ramRoot: s.honest.claim.ramRoot})
	requireRevert(t, err, "BadTensorLength")
	_, err = s.submit(s.sub, big.NewInt(99), s.honest.claim)
	requireRevert(t, err, "UnknownRequest")
	claimID := s.mustSubmit(s.sub, req, s.honest.claim)
	_, err = s.tx(s.consumer, nil, oracleABI.PackCancel(req))
	requireRevert(t, err, "RequestNotExpired")
	_, err = s.tx(s.troll, big.NewInt(1), oracleABI.PackChallenge(claimID, s.honest.final))
	requireRevert(t, err, "WrongBond")
	_, err = s.challengeHash(s.troll, claimID, common.Hash{1})
	requireRevert(t, err, "ClaimMismatch")
	_, err = s.challenge(s.sub, claimID)
	requireRevert(t, err, "SameParty")
	_, err = s.challenge(s.troll, big.NewInt(42))
	requireRevert(t, err, "UnknownClaim")
	_, err = s.tx(s.troll, nil, oracleABI.PackOnGameResolved(big.NewInt(1), claimID, false))
	requireRevert(t, err, "NotGame")
	requireRevert(t, s.withdraw(s.troll), "NothingToWithdraw")

	// A game created in the shared DisputeGame by someone else cannot touch
	// the oracle: it is not in gameRefs, and its owner is not the oracle.
	foreign, err := s.game.create(s.troll, s.troll.Addr, s.sub.Addr, common.Hash{}, common.Hash{2}, 1)
	require.NoError(t, err)
	out := s.game.play(foreign, &player{acct: s.troll}, &player{acct: s.sub, silent: true}, 0)
	require.Equal(t, arbiter.GameClaimantWon, out.status)
	require.Equal(t, arbiter.ClaimPending, s.claimOf(claimID).Status)
	s.checkSolvency(t)

	// Registry: an invalid header, a second registration.
	h := s.m.Header.Leaves()
	var hdr [3][32]byte
	for i := range h {
		hdr[i] = h[i]
	}
	_, _, err = s.w.send(s.consumer, s.addrs.Registry, nil, registryABI.PackRegister(hdr, s.m.ProgramRoot(), s.m.WeightsRoot(), "x"))
	requireRevert(t, err, "AlreadyRegistered")
	hdr[0][0] = model.MaxVersion + 1 // a version no verifier reads (H1)
	_, _, err = s.w.send(s.consumer, s.addrs.Registry, nil, registryABI.PackRegister(hdr, s.m.ProgramRoot(), s.m.WeightsRoot(), "x"))
	requireRevert(t, err, "InvalidHeader")
	// The same header as version 2 (docs/spec.md §3.6): a valid header of
	// another model ID, so it registers.
	hdr[0][0] = model.Version2
	_, _, err = s.w.send(s.consumer, s.addrs.Registry, nil, registryABI.PackRegister(hdr, s.m.ProgramRoot(), s.m.WeightsRoot(), "x"))
	require.NoError(t, err)
	hdr[0][0] = 1
	_, _, err = s.w.send(s.consumer, s.addrs.Registry, nil, registryABI.PackRegister(hdr, common.Hash{}, s.m.WeightsRoot(), ""))
	requireRevert(t, err, "BadURI")
}

// ---- consumer contract helpers ----

var (
	consumerABI  = testbindings.NewTestConsumer()
	reentererABI = testbindings.NewReenterer()
)

func deployConsumer(t *testing.T, s *scenario) common.Address {
	t.Helper()
	addr, err := s.w.deploy(s.consumer, testbindings.TestConsumerMetaData.Bin, consumerABI.PackConstructor(s.addrs.Oracle))
	require.NoError(t, err)
	s.extraCreditors = append(s.extraCreditors, addr)
	return addr
}

func consumerAsk(t *testing.T, s *scenario, consumer common.Address, callbackGas uint64, fee int64) *big.Int {
	t.Helper()
	logs, _, err := s.w.send(s.consumer, consumer, big.NewInt(fee), consumerABI.PackAsk(s.id, s.input, callbackGas))
	require.NoError(t, err)
	for _, l := range logs {
		if ev, err := oracleABI.UnpackRequestedEvent(l); err == nil {
			require.Equal(t, consumer, ev.Consumer)
			return ev.RequestId
		}
	}
	t.Fatal("no Requested event")
	return nil
}

func callbackOK(t *testing.T, logs []*types.Log) bool {
	t.Helper()
	for _, l := range logs {
		if ev, err := oracleABI.UnpackCallbackResultEvent(l); err == nil {
			return ev.Success
		}
	}
	t.Fatal("no CallbackResult event")
	return false
}

func consumerCalls(t *testing.T, s *scenario, consumer common.Address) uint64 {
	out, err := s.w.call(consumer, consumerABI.PackCalls())
	require.NoError(t, err)
	n, err := consumerABI.UnpackCalls(out)
	require.NoError(t, err)
	return n.Uint64()
}

func consumerLast(t *testing.T, s *scenario, consumer common.Address) []byte {
	out, err := s.w.call(consumer, consumerABI.PackLastOutput())
	require.NoError(t, err)
	b, err := consumerABI.UnpackLastOutput(out)
	require.NoError(t, err)
	return b
}

// TestOracleVersion2LutModel: a version-2 model (a Lut between two Gemms,
// docs/spec.md §6.10) goes through the whole protocol: it registers, a
// claim that lies from a step inside the Lut is disproved by executing
// that Lut step onchain, and the honest claim finalizes.
func TestOracleVersion2LutModel(t *testing.T) {
	r := rand.New(rand.NewPCG(10, 10))
	var tab [256]int8
	for k := range tab {
		tab[k] = int8(k/2 - 64) // a monotone activation
	}
	b := model.NewBuilder()
	x := b.Gemm(b.Input(40), 1, 33, randmodel.Int8s(r, 33*40), randmodel.Channels(r, 33, 40), model.Quant{Lo: -128, Hi: 127})
	x = b.Lut(x, tab)
	m, err := b.Build(b.Gemm(x, 1, 4, randmodel.Int8s(r, 4*33), randmodel.Channels(r, 4, 33), model.Quant{Lo: -128, Hi: 127}))
	require.NoError(t, err)
	require.Equal(t, uint8(model.Version2), m.Header.Version)
	in := randmodel.Int8s(r, 40)
	tr, err := vm.NewTrace(m, in)
	require.NoError(t, err)

	w := newSimWorld(t)
	s := &scenario{system: newSystem(t, w, testParams()), m: m, tr: tr}
	s.id = s.register(m)
	require.Equal(t, m.ID(), s.id)
	s.input, err = arbiter.RequestInput(&m.Header, in)
	require.NoError(t, err)
	s.honest = honestVM(t, tr)
	a := w.accounts()
	s.consumer, s.sub, s.liar, s.watcher = a[1], a[2], a[3], a[4]

	lutStart, lutEnd := m.OpStart(1), m.OpStart(2)
	require.Equal(t, uint64(33), lutEnd-lutStart, "one step per element")
	lie := lutStart + 17
	req := s.mustRequest(300)
	liar := lyingVM(t, tr, s.wrongOutput(), lie)
	claimID := s.mustSubmit(s.liar, req, liar.claim)
	gameID := s.mustChallenge(s.watcher, claimID)
	out := s.game.play(gameID, &player{acct: s.liar, tr: liar}, &player{acct: s.watcher, tr: s.honest, choose: honestChoice}, 0)
	require.Equal(t, arbiter.GameChallengerWon, out.status)
	require.Equal(t, arbiter.ReasonStepDisproved, out.reason)
	require.Equal(t, lie-1, out.stepAt, "the Lut step is executed onchain")
	require.Equal(t, arbiter.ClaimRejected, s.claimOf(claimID).Status)

	honestID := s.mustSubmit(s.sub, req, s.honest.claim)
	s.passWindow()
	_, err = s.finalize(s.watcher, honestID, s.honest.claim)
	require.NoError(t, err)
	st, got := s.result(req)
	require.Equal(t, arbiter.RequestFinalized, st)
	require.Equal(t, s.honest.claim.output, got)
	s.checkSolvency(t)
}

// TestOracleInt32InputModel: a version-2 model whose input is int32 (token
// ids, rule H7) registers, the oracle's input root of a request of 4-byte
// big-endian ids is the canonical int32 input region Go traces (the honest
// claimant's states match the oracle's start), a lie from a step of the
// Reshape that reads the int32 input is disproved onchain and the honest
// claim finalizes. The same header as version 1 does not register.
func TestOracleInt32InputModel(t *testing.T) {
	b := model.NewBuilder()
	m, err := b.Build(b.Reshape(b.InputInt32(2, 9), 3, 6))
	require.NoError(t, err)
	require.Equal(t, uint8(model.Version2), m.Header.Version)
	in := []int32{0, 1, 127, 128, 255, 256, 50256, 50257, 1 << 24,
		1<<31 - 1, 65535, 65536, 3, 2, 1, 0, 7, 100000}
	tr, err := vm.NewTraceInt32(m, in)
	require.NoError(t, err)

	w := newSimWorld(t)
	s := &scenario{system: newSystem(t, w, testParams()), m: m, tr: tr}
	a := w.accounts()
	s.consumer, s.sub, s.liar, s.watcher = a[1], a[2], a[3], a[4]

	// Version 1 with an int32 input is an invalid header (H7): refused.
	h := m.Header.Leaves()
	var hdr [3][32]byte
	for i := range h {
		hdr[i] = h[i]
	}
	hdr[0][0] = model.Version1
	_, _, err = s.w.send(s.consumer, s.addrs.Registry, nil, registryABI.PackRegister(hdr, m.ProgramRoot(), m.WeightsRoot(), "x"))
	requireRevert(t, err, "InvalidHeader")

	s.id = s.register(m)
	require.Equal(t, m.ID(), s.id)
	_, err = arbiter.RequestInput(&m.Header, make([]int8, 18))
	require.ErrorContains(t, err, "not int8")
	s.input, err = arbiter.RequestInputInt32(&m.Header, in)
	require.NoError(t, err)
	require.Len(t, s.input, 4*18)
	_, err = s.request(s.consumer, s.id, s.input[:4*17], 0, 1)
	requireRevert(t, err, "BadTensorLength")
	s.honest = honestVM(t, tr)

	steps := m.OpStart(1) - m.OpStart(0)
	lie := m.OpStart(0) + steps/2
	req := s.mustRequest(300)
	liar := lyingVM(t, tr, s.wrongOutput(), lie)
	claimID := s.mustSubmit(s.liar, req, liar.claim)
	gameID := s.mustChallenge(s.watcher, claimID)
	out := s.game.play(gameID, &player{acct: s.liar, tr: liar}, &player{acct: s.watcher, tr: s.honest, choose: honestChoice}, 0)
	require.Equal(t, arbiter.GameChallengerWon, out.status)
	require.Equal(t, arbiter.ReasonStepDisproved, out.reason)
	require.Equal(t, lie-1, out.stepAt, "a Reshape step is executed onchain")
	require.Equal(t, arbiter.ClaimRejected, s.claimOf(claimID).Status)

	honestID := s.mustSubmit(s.sub, req, s.honest.claim)
	s.passWindow()
	_, err = s.finalize(s.watcher, honestID, s.honest.claim)
	require.NoError(t, err)
	st, got := s.result(req)
	require.Equal(t, arbiter.RequestFinalized, st)
	require.Equal(t, s.honest.claim.output, got)
	want, err := arbiter.ClaimOutput(&m.Header, int64sOf(in))
	require.NoError(t, err)
	require.Equal(t, want, got, "the Reshape copies the token ids")
	s.checkSolvency(t)
}

func int64sOf(v []int32) []int64 {
	out := make([]int64, len(v))
	for k, x := range v {
		out[k] = int64(x)
	}
	return out
}

// TestTraceRequest: a request's input bytes, as RequestInput and
// RequestInputInt32 encode them, trace to the same execution as the values;
// a length that is not the model's is refused.
func TestTraceRequest(t *testing.T) {
	b := model.NewBuilder()
	m8, err := b.Build(b.ReLU(b.Input(2, 3), 0))
	require.NoError(t, err)
	b = model.NewBuilder()
	m32, err := b.Build(b.Reshape(b.InputInt32(2, 3), 6))
	require.NoError(t, err)

	v8 := []int8{-128, -1, 0, 1, 2, 127}
	in8, err := arbiter.RequestInput(&m8.Header, v8)
	require.NoError(t, err)
	want8, err := vm.NewTrace(m8, v8)
	require.NoError(t, err)
	got8, err := arbiter.TraceRequest(m8, in8)
	require.NoError(t, err)
	require.Equal(t, want8.Final(), got8.Final())
	require.Equal(t, []int64{0, 0, 0, 1, 2, 127}, got8.Output())

	v32 := []int32{-1 << 31, -1, 0, 128, 50257, 1<<31 - 1}
	in32, err := arbiter.RequestInputInt32(&m32.Header, v32)
	require.NoError(t, err)
	require.Equal(t, []byte{0x80, 0, 0, 0, 0xff, 0xff, 0xff, 0xff}, in32[:8])
	got32, err := arbiter.TraceRequest(m32, in32)
	require.NoError(t, err)
	require.Equal(t, int64sOf(v32), got32.Output())
	want32, err := vm.NewTraceInt32(m32, v32)
	require.NoError(t, err)
	require.Equal(t, want32.Final(), got32.Final())

	_, err = arbiter.TraceRequest(m32, in32[:23])
	require.EqualError(t, err, "arbiter: request input of 23 bytes, the model's int32 input [2 3] takes 24")
	_, err = arbiter.TraceRequest(m8, in32)
	require.EqualError(t, err, "arbiter: request input of 24 bytes, the model's int8 input [2 3] takes 6")
	_, err = arbiter.RequestInputInt32(&m8.Header, v32)
	require.ErrorContains(t, err, "not int32")
	_, err = arbiter.RequestInputInt32(&m32.Header, v32[:5])
	require.EqualError(t, err, "arbiter: input has 5 values, the model takes 6")
}
