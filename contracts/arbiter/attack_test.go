package arbiter_test

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/contracts/testbindings"
	"github.com/opml-dev/opml/testkit/simchain"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// The attack scenarios of issue 13 ("protocol hardening"), one per finding.
// Each is played against the contracts as they are now; its comment says
// what the attack is and why it worked on the contracts before issue 13.
// They run on the bare EVM where balances matter: it charges no gas, so an
// account's balance moves only by the value it sends and withdraws, and the
// accounting below is exact.

// balances is the sum of the accounts' balances.
func (s *system) balances(accts ...*simchain.Account) *big.Int {
	sum := new(big.Int)
	for _, a := range accts {
		sum.Add(sum, s.w.balance(a.Addr))
	}
	return sum
}

// withdrawAll has every account with credit withdraw it.
func (s *system) withdrawAll(accts ...*simchain.Account) {
	s.t.Helper()
	for _, a := range accts {
		if s.credit(a.Addr).Sign() > 0 {
			require.NoError(s.t, s.withdraw(a))
		}
	}
}

// halfBond is the part of a rejected claim's bond that is burned:
// BurnPercent of it (P1 says its submitter loses at least that).
func (s *system) halfBond() *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(s.p.SubmitBond, big.NewInt(arbiter.BurnPercent)), big.NewInt(100))
}

// playToStep plays a game until only the challenger's final step is left.
func (e *gameEnv) playToStep(id *big.Int, claimant, challenger *player) {
	e.t.Helper()
	var last []common.Hash
	for i := 0; i < 1000; i++ {
		g := e.game(id)
		require.Equal(e.t, arbiter.GameActive, g.Status)
		if g.Turn == arbiter.TurnChallenger && g.Hi-g.Lo == 1 {
			return
		}
		p := claimant
		if g.Turn == arbiter.TurnChallenger {
			p = challenger
		}
		kind, logs, _, err := e.move(id, p, last)
		require.NoError(e.t, err, kind)
		for _, l := range logs {
			if ev, err := gameABI.UnpackBisectedEvent(l); err == nil {
				last = make([]common.Hash, len(ev.Hashes))
				for j, h := range ev.Hashes {
					last[j] = h
				}
			}
		}
	}
	e.t.Fatalf("game %v did not reach its step in 1000 moves", id)
}

// TestAttackSelfChallenge (finding F1): a liar submits a false claim and
// challenges it itself from a second address (its sybil), beside an honest
// watcher's challenge. It throws the sybil's game at once, so that the
// sybil wins the reward, and stalls the watcher's game for as long as its
// clock allows.
//
// On the old contracts the first challenger to win took the whole submit
// bond: the sybil got it back, so lying cost the liar nothing, while the
// honest watcher, who had done the real work, got only its own bond back.
// And a pending claim held the request (status Claimed): nobody could
// submit the true output until the lie was rejected.
//
// Now the rejection burns half the bond and splits the other half between
// the two games open at that moment, so the liar's addresses lose 3/4 of
// the bond together, the watcher is paid its share when its stalled game
// ends, and the honest submitter's claim runs beside the lie and
// finalizes while the liar is still stalling.
func TestAttackSelfChallenge(t *testing.T) {
	w := newEVMWorld()
	s := newScenario(t, w)
	sybil := w.accounts()[7]
	liarSide := []*simchain.Account{s.liar, sybil}
	start := s.balances(liarSide...)
	burned := s.burned()

	req := s.mustRequest(300)
	liar := lyingVM(t, s.tr, s.wrongOutput(), s.tr.Steps()/2)
	lie := s.mustSubmit(s.liar, req, liar.claim)
	sybilGame := s.mustChallenge(sybil, lie)
	watcherGame := s.mustChallenge(s.watcher, lie)

	// The honest submitter posts the true output beside the pending lie.
	w.advance(5)
	truth := s.mustSubmit(s.sub, req, s.honest.claim)
	r := s.requestOf(req)
	require.Equal(t, arbiter.RequestOpen, r.Status)
	require.Equal(t, uint32(2), r.Pending, "two claims side by side")

	// The liar throws the sybil's game: it defends its lie at once and loses
	// the step. The lie is rejected with both games open.
	out := s.game.play(sybilGame, &player{acct: s.liar, tr: liar}, &player{acct: sybil, tr: s.honest, choose: honestChoice}, 0)
	require.Equal(t, arbiter.GameChallengerWon, out.status)
	require.Equal(t, arbiter.ReasonStepDisproved, out.reason)
	c := s.claimOf(lie)
	require.Equal(t, arbiter.ClaimRejected, c.Status)
	require.Equal(t, uint32(2), c.RewardGames, "the sybil's and the watcher's games share the reward")
	require.Equal(t, uint32(1), c.OpenGames)
	share := s.share(2)
	require.Equal(t, "250", share.String())
	onchainShare, err := s.oracle().RewardShare(context.Background(), lie)
	require.NoError(t, err)
	require.Equal(t, share.String(), onchainShare.String())
	require.Equal(t, new(big.Int).Add(s.p.ChallengeBond, share).String(), s.credit(sybil.Addr).String(), "the sybil gets its bond and one share, not the submit bond")
	halfBurned := new(big.Int).Sub(s.p.SubmitBond, new(big.Int).Mul(share, big.NewInt(2)))
	require.Equal(t, new(big.Int).Add(burned, halfBurned).String(), s.burned().String(), "half the bond burned at the rejection")
	s.checkSolvency(t)

	// The liar stalls the watcher's game (it never moves). The true claim
	// does not wait for it: its window passes and it finalizes.
	s.passWindow()
	_, err = s.finalize(s.troll, truth, s.honest.claim)
	require.NoError(t, err)
	st, got := s.result(req)
	require.Equal(t, arbiter.RequestFinalized, st)
	require.Equal(t, s.honest.claim.output, got)
	require.Equal(t, arbiter.GameActive, s.game.game(watcherGame).Status, "finalized while the liar still stalls")
	require.Equal(t, new(big.Int).Add(s.p.SubmitBond, big.NewInt(300)).String(), s.credit(s.sub.Addr).String())

	// The stalled game ends when the liar's clock runs out; the watcher is
	// paid its bond and its share.
	out = s.game.play(watcherGame, &player{acct: s.liar, silent: true}, &player{acct: s.watcher, tr: s.honest, choose: honestChoice}, 0)
	require.Equal(t, arbiter.GameChallengerWon, out.status)
	require.Equal(t, arbiter.ReasonClaimantTimedOut, out.reason)
	require.Equal(t, new(big.Int).Add(s.p.ChallengeBond, share).String(), s.credit(s.watcher.Addr).String())
	require.Zero(t, s.claimOf(lie).OpenGames)
	require.Equal(t, new(big.Int).Add(burned, halfBurned).String(), s.burned().String(), "nothing more burned: both challengers won")
	s.checkSolvency(t)

	// The liar's side, every credit withdrawn: it paid the submit bond and
	// the sybil's challenge bond, and got back the challenge bond and one
	// share.
	require.Zero(t, s.credit(s.liar.Addr).Sign())
	s.withdrawAll(liarSide...)
	loss := new(big.Int).Sub(start, s.balances(liarSide...))
	require.Equal(t, new(big.Int).Sub(s.p.SubmitBond, share).String(), loss.String())
	require.GreaterOrEqual(t, loss.Cmp(s.halfBond()), 0, "P1: the liar's addresses lost at least half the bond")
	s.checkSolvency(t)
}

// TestAttackResolveAndResubmit (finding F1, continued): the liar settles
// its sybil's game and submits a new lie in the same block, so that no
// other transaction comes in between.
//
// On the old contracts the rejection reopened the request and the
// resubmission closed it again at once (status Claimed): whoever resolved
// the game could keep the request held by one lie after another, and the
// honest submitter never got a claim in.
//
// Now the request was never held: the honest submitter submits the next
// block (the worst case: it could have submitted before), its claim runs
// beside the new lie and finalizes when its window ends.
func TestAttackResolveAndResubmit(t *testing.T) {
	w := newEVMWorld()
	s := newScenario(t, w)
	sybil := w.accounts()[7]
	liarSide := []*simchain.Account{s.liar, sybil}
	start := s.balances(liarSide...)
	req := s.mustRequest(300)
	liar := lyingVM(t, s.tr, s.wrongOutput(), 7)
	first := s.mustSubmit(s.liar, req, liar.claim)
	sybilGame := s.mustChallenge(sybil, first)
	watcherGame := s.mustChallenge(s.watcher, first)
	s.game.playToStep(sybilGame, &player{acct: s.liar, tr: liar}, &player{acct: sybil, tr: s.honest, choose: honestChoice})

	// One block: the sybil's step rejects the lie, then the liar submits a
	// new one.
	var second *big.Int
	w.sameBlock(func() {
		g := s.game.game(sybilGame)
		pre, wit := s.honest.proof(g.Lo)
		_, _, err := w.send(sybil, s.addrs.Game, nil, gameABI.PackStep(sybilGame, s.game.position(sybilGame), pre, wit))
		require.NoError(t, err)
		require.Equal(t, arbiter.ClaimRejected, s.claimOf(first).Status)
		second = s.mustSubmit(s.liar, req, liar.claim)
	})
	watcherGame2 := s.mustChallenge(s.watcher, second)

	// The next block, the honest submitter answers.
	truth := s.mustSubmit(s.sub, req, s.honest.claim)
	r := s.requestOf(req)
	require.Equal(t, uint32(3), r.Attempts)
	require.Equal(t, uint32(2), r.Pending, "the new lie and the truth")
	s.passWindow()
	_, err := s.finalize(s.troll, truth, s.honest.claim)
	require.NoError(t, err)
	st, got := s.result(req)
	require.Equal(t, arbiter.RequestFinalized, st)
	require.Equal(t, s.honest.claim.output, got)

	// The liar stalls both of the watcher's games and loses them on time.
	for _, g := range []*big.Int{watcherGame, watcherGame2} {
		out := s.game.play(g, &player{acct: s.liar, silent: true}, &player{acct: s.watcher, tr: s.honest, choose: honestChoice}, 0)
		require.Equal(t, arbiter.GameChallengerWon, out.status)
	}
	require.Equal(t, arbiter.ClaimRejected, s.claimOf(second).Status)
	require.Equal(t, uint32(1), s.claimOf(second).RewardGames)
	want := new(big.Int).Add(s.p.ChallengeBond, s.share(2))
	want.Add(want, new(big.Int).Add(s.p.ChallengeBond, s.share(1)))
	require.Equal(t, want.String(), s.credit(s.watcher.Addr).String(), "a share of the first lie, all the reward of the second")

	// Two lies cost the liar's addresses: the first its bond less the
	// sybil's share, the second its whole bond.
	s.withdrawAll(liarSide...)
	loss := new(big.Int).Sub(start, s.balances(liarSide...))
	want = new(big.Int).Sub(new(big.Int).Mul(s.p.SubmitBond, big.NewInt(2)), s.share(2))
	require.Equal(t, want.String(), loss.String())
	require.GreaterOrEqual(t, loss.Cmp(new(big.Int).Mul(s.halfBond(), big.NewInt(2))), 0, "P1, per lie")
	s.checkSolvency(t)
}

// depthOf is the smallest d with 2^d >= n (the header's depth rule).
func depthOf(n uint64) uint8 {
	d := uint8(0)
	for uint64(1)<<d < n {
		d++
	}
	return d
}

// headerFor is a valid header (H1-H9) of a one-op model with int8 input
// `in` at leaf 0 and output `out` in the first aligned subtree after the
// input region: all the registry and the oracle read of a model (neither
// reads the program).
func headerFor(t testing.TB, in, out ops.Tensor) model.Header {
	t.Helper()
	in.Addr = 0
	h := model.Header{Version: model.Version1, NumOps: 1, NumSteps: 1000, Input: in, InputDepth: depthOf(in.Leaves()),
		OutputDepth: depthOf(out.Leaves()), ProgramDepth: max(2, depthOf(model.OpLeaves))}
	region := uint64(1) << h.OutputDepth
	addr := (uint64(1)<<h.InputDepth + region - 1) / region * region
	out.Addr = uint32(addr)
	h.Output = out
	h.RAMLeaves = uint32(addr + region)
	h.RAMDepth = depthOf(addr + region)
	_, err := model.DecodeHeader(h.Leaves())
	require.NoError(t, err, "the header is valid by H1-H9")
	return h
}

func tensor(dt ops.DType, dims ...uint32) ops.Tensor {
	t := ops.Tensor{DType: dt, Rank: uint8(len(dims))}
	copy(t.Dims[:], dims)
	return t
}

// registerHeader registers a model by its header alone (arbitrary program
// and weights roots) and returns its ID.
func (s *system) registerHeader(h model.Header, from *simchain.Account) (common.Hash, error) {
	var leaves [3][32]byte
	for i, l := range h.Leaves() {
		leaves[i] = l
	}
	program, weights := common.Hash{0xaa}, common.Hash{0xbb}
	_, _, err := s.w.send(from, s.addrs.Registry, nil, registryABI.PackRegister(leaves, program, weights, "ipfs://header-only"))
	return model.ID(h.Leaves(), program, weights), err
}

// TestAttackInputClobbersOutput (finding F2): a model whose input tensor
// has leaves in its output region without being the output itself (model
// rule M6, part b). Its output region then holds input bytes that no op
// wrote (a row's padding, whole rows, or an empty output's one slack leaf),
// so the output root of the true halted state is not the one the oracle
// derives from the output bytes with zero padding: no true claim can win
// its game (P4). On the old contracts such a header registered (it
// satisfies H1-H9): honest submitters would lose their bonds defending true
// outputs, and no request on the model could finalize. The registry now
// refuses it, with the same rule as model.Header.InputClobbersOutput (the
// decoder refuses the model file too, and part (a) of M6 there).
func TestAttackInputClobbersOutput(t *testing.T) {
	w := newEVMWorld()
	s := newSystem(t, w, testParams())
	from := w.accounts()[0]
	// Input int8 [3, 32]: 3 leaves, region [0, 4). Output int8 [32]: 1 leaf.
	h := headerFor(t, tensor(ops.Int8, 3, 32), tensor(ops.Int8, 32))
	require.Equal(t, uint32(4), h.Output.Addr, "placed after the input region")
	empty := headerFor(t, tensor(ops.Int8, 3, 32), tensor(ops.Int8, 0, 32))
	same := headerFor(t, tensor(ops.Int8, 4, 32), tensor(ops.Int8, 4, 32))
	for _, tc := range []struct {
		name string
		h    model.Header
		addr uint32
		want string
	}{
		{"output on the input's first row", h, 0, "InputClobbersOutput"},
		{"output on the input's last row", h, 2, "InputClobbersOutput"},
		{"empty output on the input's first leaf", empty, 0, "InputClobbersOutput"},
		{"output in the input region's slack (M5's business)", h, 3, ""},
		{"output after the input region", h, 4, ""},
		{"empty output after the input", empty, 3, ""},
		{"output is the input (same address and shape)", same, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := tc.h
			g.Output.Addr = tc.addr
			_, err := model.DecodeHeader(g.Leaves())
			require.NoError(t, err, "H1-H9 accept the header")
			require.Equal(t, tc.want != "", g.InputClobbersOutput(), "the Go rule agrees")
			require.Equal(t, tc.want != "", arbiter.CheckRegistrable(&g) != nil, "arbiter.CheckRegistrable agrees")
			id, err := s.registerHeader(g, from)
			if tc.want == "" {
				require.NoError(t, err)
				ok, err := arbiter.Registry{Addr: s.addrs.Registry, Caller: worldCaller{w}}.IsRegistered(context.Background(), id)
				require.NoError(t, err)
				require.True(t, ok)
				return
			}
			requireRevert(t, err, tc.want)
		})
	}
	// The same with an int32 output of two rows over the input's first two rows.
	g := headerFor(t, tensor(ops.Int8, 3, 32), tensor(ops.Int32, 2, 8))
	g.Output.Addr = 0 // two leaves [0, 2): aligned, inside RAM
	_, err := s.registerHeader(g, from)
	requireRevert(t, err, "InputClobbersOutput")
}

// TestAttackOutputTooLarge (finding F3): a model whose output is larger
// than MaxOutputBytes. Submit and finalize hash the output leaf by leaf,
// finalize stores it and hands it to the consumer's callback: on the old
// contracts a model with a large enough output registered, and then no
// claim on it could ever finalize within the per-transaction gas cap
// (EIP-7825: 2^24), so every honest submitter's bond and every fee on it
// was stuck until the request was cancelled. The registry now refuses
// outputs over 4096 bytes counted with their padding (Leaves x 32: the
// element bytes alone do not bound the leaves, see
// TestGasWorstCaseFinalize, which shows the largest allowed output
// finalizes).
func TestAttackOutputTooLarge(t *testing.T) {
	w := newEVMWorld()
	s := newSystem(t, w, testParams())
	in := tensor(ops.Int8, 4)
	for _, tc := range []struct {
		out  ops.Tensor
		size int64 // Leaves x 32; refused above MaxOutputBytes
	}{
		{tensor(ops.Int8, 4096), 4096},
		{tensor(ops.Int8, 4097), 4128},
		{tensor(ops.Int32, 1024), 4096},
		{tensor(ops.Int32, 1025), 4128},
		{tensor(ops.Int8, 64, 64), 4096},
		{tensor(ops.Int8, 128, 32), 4096},
		{tensor(ops.Int8, 65, 64), 4160},
		{tensor(ops.Int8, 2, 2, 32, 33), 8192},
		{tensor(ops.Int32, 1<<20), 1 << 22},
		// 4096 element bytes or fewer, but more than 128 leaves.
		{tensor(ops.Int8, 129, 1), 4128},
		{tensor(ops.Int8, 4096, 1), 1 << 17},
		{tensor(ops.Int32, 1024, 1), 1 << 15},
		{tensor(ops.Int8, 2048, 2), 1 << 16},
		{tensor(ops.Int8, 100, 33), 6400},
	} {
		t.Run(tc.out.String(), func(t *testing.T) {
			require.Equal(t, uint64(tc.size), tc.out.Leaves()*ops.LeafSize)
			h := headerFor(t, in, tc.out)
			require.Equal(t, tc.size > arbiter.MaxOutputBytes, arbiter.CheckRegistrable(&h) != nil, "arbiter.CheckRegistrable agrees")
			_, err := s.registerHeader(h, w.accounts()[0])
			if tc.size <= arbiter.MaxOutputBytes {
				require.NoError(t, err)
				return
			}
			requireRevert(t, err, "OutputTooLarge")
			var re *arbiter.RevertError
			require.ErrorAs(t, err, &re)
			require.Equal(t, []any{big.NewInt(tc.size), big.NewInt(arbiter.MaxOutputBytes)}, re.Args)
		})
	}
}

// TestGasWorstCaseFinalize (finding F3, P5): the costliest claim the
// bounds allow stays under 2^23 gas (half the EIP-7825 per-transaction cap)
// to submit and to finalize. The output is 4096 bytes, all non-zero (the
// costliest calldata), in the shapes of 128 leaves (the most the registry
// allows): one row, int32, and one leaf per row (the most rows); the
// consumer asked for the largest callback gas (MaxCallbackGas) and burns
// all of it. Transaction gas on the simulated chain (intrinsic, calldata
// with the EIP-7623 floor, execution).
//
// The registry used to count the element bytes only, which let an int8
// [4096, 1] output (4096 bytes in 4096 leaves) register: its submit took
// 3.44M gas and its finalize 9.28M, over the bound (int32 [1024, 1]: 1.0M
// and 6.83M; int8 [2048, 2]: 1.81M and 7.64M). TestAttackOutputTooLarge
// checks that such outputs are now refused.
func TestGasWorstCaseFinalize(t *testing.T) {
	const gasCap = 1 << 23
	w := newSimWorld(t)
	p := testParams()
	p.MaxCallbackGas = arbiter.MaxCallbackGas
	s := newSystem(t, w, p)
	a := w.accounts()
	consumer, sub, finalizer := a[1], a[2], a[9]
	tc, err := w.deploy(consumer, testbindings.TestConsumerMetaData.Bin, consumerABI.PackConstructor(s.addrs.Oracle))
	require.NoError(t, err)
	s.extraCreditors = append(s.extraCreditors, tc)
	_, _, err = w.send(consumer, tc, nil, consumerABI.PackSetMode(2)) // BurnGas
	require.NoError(t, err)

	in := tensor(ops.Int8, 1)
	var worstSubmit, worstFinalize uint64
	var rows []string
	for _, out := range []ops.Tensor{
		tensor(ops.Int8, 4096), tensor(ops.Int32, 1024), tensor(ops.Int8, 64, 64),
		tensor(ops.Int8, 128, 32), tensor(ops.Int32, 128, 8), tensor(ops.Int8, 2, 4, 16, 32),
	} {
		require.Equal(t, uint64(arbiter.MaxOutputBytes), out.Leaves()*ops.LeafSize)
		require.Equal(t, uint64(arbiter.MaxOutputBytes), out.Numel()*out.DType.Size())
		h := headerFor(t, in, out)
		id, err := s.registerHeader(h, a[0])
		require.NoError(t, err)
		logs, _, err := w.send(consumer, tc, big.NewInt(1), consumerABI.PackAsk(id, []byte{7}, arbiter.MaxCallbackGas))
		require.NoError(t, err)
		var req *big.Int
		for _, l := range logs {
			if ev, err := oracleABI.UnpackRequestedEvent(l); err == nil {
				req = ev.RequestId
			}
		}
		require.NotNil(t, req)
		output := make([]byte, arbiter.MaxOutputBytes)
		for i := range output {
			output[i] = byte(1 + i%255)
		}
		ram := common.HexToHash("0x0101010101010101010101010101010101010101010101010101010101010101")
		logs, submitGas, err := w.send(sub, s.addrs.Oracle, s.p.SubmitBond, oracleABI.PackSubmit(req, output, ram))
		require.NoError(t, err)
		ev, err := oracleABI.UnpackSubmittedEvent(logs[0])
		require.NoError(t, err)
		want, err := arbiter.ClaimHash(id, &h, output, ram)
		require.NoError(t, err)
		require.Equal(t, want, common.Hash(ev.FinalHash), "the oracle derives the Go claim hash")
		w.advance(s.p.ChallengeWindow)
		logs, finGas, err := w.send(finalizer, s.addrs.Oracle, nil, oracleABI.PackFinalize(ev.ClaimId, output, ram))
		require.NoError(t, err)
		require.False(t, callbackOK(t, logs), "the callback ran out of gas")
		require.Greater(t, finGas, uint64(arbiter.MaxCallbackGas), "the callback had its full gas")
		st, got := s.result(req)
		require.Equal(t, arbiter.RequestFinalized, st)
		require.Equal(t, output, got)
		rows = append(rows, fmt.Sprintf("| %v | %d | %s | %s |", out, out.Leaves(), gasStr(submitGas), gasStr(finGas)))
		worstSubmit, worstFinalize = max(worstSubmit, submitGas), max(worstFinalize, finGas)
	}
	s.checkSolvency(t)
	t.Logf("4096-byte outputs, callback burning %d gas:\n| output | leaves | submit | finalize |\n|---|---:|---:|---:|\n%s\nworst: submit %s, finalize %s (cap 2^23 = %s)",
		arbiter.MaxCallbackGas, strings.Join(rows, "\n"), gasStr(worstSubmit), gasStr(worstFinalize), gasStr(gasCap))
	require.LessOrEqual(t, worstSubmit, uint64(gasCap), "submit")
	require.LessOrEqual(t, worstFinalize, uint64(gasCap), "finalize")
}

// TestAttackUnboundedParams (finding F4): deployment parameters outside the
// bounds the protocol's arithmetic and liveness rely on. On the old
// contracts the constructors took them: a challenge window of 2^40 s
// overflowed the uint40 deadline (every submit reverted), a zero window
// let claims finalize unchallengeable, zero bonds made lying and trolling
// free, bonds of 2^96 wei and more broke the sums of the packed fields, a
// callback gas above what fits in a transaction made every finalize
// impossible, and an unbounded clock budget let a game (and the claim it
// holds) last for ever. Each constructor now refuses them, and
// arbiter.Params.Validate refuses exactly the same set, case by case.
func TestAttackUnboundedParams(t *testing.T) {
	w := newEVMWorld()
	from := w.accounts()[0]
	day := uint64(86400)
	pow := func(n uint) *big.Int { return new(big.Int).Lsh(big.NewInt(1), n) }
	minus1 := func(b *big.Int) *big.Int { return new(big.Int).Sub(b, big.NewInt(1)) }
	for _, tc := range []struct {
		name string
		set  func(*arbiter.Params)
		want string // the constructor's error, "" if accepted
	}{
		{"defaults", func(*arbiter.Params) {}, ""},
		{"production defaults", func(p *arbiter.Params) { *p = arbiter.DefaultParams() }, ""},
		{"challengeWindow 0", func(p *arbiter.Params) { p.ChallengeWindow = 0 }, "BadWindow"},
		{"challengeWindow 1", func(p *arbiter.Params) { p.ChallengeWindow = 1 }, ""},
		{"challengeWindow 30 days", func(p *arbiter.Params) { p.ChallengeWindow = 30 * day }, ""},
		{"challengeWindow 30 days + 1", func(p *arbiter.Params) { p.ChallengeWindow = 30*day + 1 }, "BadWindow"},
		{"challengeWindow 2^40", func(p *arbiter.Params) { p.ChallengeWindow = 1 << 40 }, "BadWindow"},
		{"challengeWindow 2^64-1", func(p *arbiter.Params) { p.ChallengeWindow = ^uint64(0) }, "BadWindow"},
		{"requestTimeout 0", func(p *arbiter.Params) { p.RequestTimeout = 0 }, "BadRequestTimeout"},
		{"requestTimeout 365 days", func(p *arbiter.Params) { p.RequestTimeout = 365 * day }, ""},
		{"requestTimeout 365 days + 1", func(p *arbiter.Params) { p.RequestTimeout = 365*day + 1 }, "BadRequestTimeout"},
		{"requestTimeout 2^40", func(p *arbiter.Params) { p.RequestTimeout = 1 << 40 }, "BadRequestTimeout"},
		{"submitBond 0", func(p *arbiter.Params) { p.SubmitBond = new(big.Int) }, "BadBond"},
		{"challengeBond 0", func(p *arbiter.Params) { p.ChallengeBond = new(big.Int) }, "BadBond"},
		{"submitBond 1", func(p *arbiter.Params) { p.SubmitBond = big.NewInt(1) }, ""},
		{"submitBond 2^96-1", func(p *arbiter.Params) { p.SubmitBond = minus1(pow(96)) }, ""},
		{"challengeBond 2^96-1", func(p *arbiter.Params) { p.ChallengeBond = minus1(pow(96)) }, ""},
		{"submitBond 2^96", func(p *arbiter.Params) { p.SubmitBond = pow(96) }, "BadBond"},
		{"challengeBond 2^96", func(p *arbiter.Params) { p.ChallengeBond = pow(96) }, "BadBond"},
		{"challengeBond 2^255", func(p *arbiter.Params) { p.ChallengeBond = pow(255) }, "BadBond"},
		{"maxCallbackGas 0", func(p *arbiter.Params) { p.MaxCallbackGas = 0 }, ""},
		{"maxCallbackGas 3M", func(p *arbiter.Params) { p.MaxCallbackGas = 3_000_000 }, ""},
		{"maxCallbackGas 3M + 1", func(p *arbiter.Params) { p.MaxCallbackGas = 3_000_001 }, "BadMaxCallbackGas"},
		{"maxCallbackGas 2^63", func(p *arbiter.Params) { p.MaxCallbackGas = 1 << 63 }, "BadMaxCallbackGas"},
		{"clockBudget 0", func(p *arbiter.Params) { p.ClockBudget = 0 }, "BadClockBudget"},
		{"clockBudget 1", func(p *arbiter.Params) { p.ClockBudget = 1 }, ""},
		{"clockBudget 30 days", func(p *arbiter.Params) { p.ClockBudget = 30 * day }, ""},
		{"clockBudget 30 days + 1", func(p *arbiter.Params) { p.ClockBudget = 30*day + 1 }, "BadClockBudget"},
		{"clockBudget 2^32-1", func(p *arbiter.Params) { p.ClockBudget = 1<<32 - 1 }, "BadClockBudget"},
		{"arity 1", func(p *arbiter.Params) { p.Arity = 1 }, "BadArity"},
		{"arity 2", func(p *arbiter.Params) { p.Arity = 2 }, ""},
		{"arity 64", func(p *arbiter.Params) { p.Arity = 64 }, ""},
		{"arity 65", func(p *arbiter.Params) { p.Arity = 65 }, "BadArity"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := testParams()
			tc.set(&p)
			// The constructors, deployed as they are: the game, then the
			// oracle (stand-in addresses: neither constructor calls them).
			_, gameErr := w.deploy(from, bindings.DisputeGameMetaData.Bin,
				gameABI.PackConstructor(common.Address{3}, new(big.Int).SetUint64(p.Arity), uint32(p.ClockBudget)))
			_, oracleErr := w.deploy(from, bindings.InferenceOracleMetaData.Bin,
				oracleABI.PackConstructor(common.Address{1}, common.Address{2}, p.SubmitBond, p.ChallengeBond,
					p.ChallengeWindow, p.RequestTimeout, p.MaxCallbackGas))
			switch {
			case tc.want == "":
				require.NoError(t, gameErr)
				require.NoError(t, oracleErr)
			case gameErr != nil:
				requireRevert(t, gameErr, tc.want)
				require.NoError(t, oracleErr)
			default:
				requireRevert(t, oracleErr, tc.want)
			}
			require.Equal(t, tc.want == "", p.Validate() == nil, "Validate disagrees with the constructors: %v", p.Validate())
			if tc.want != "" {
				addrs, err := arbiter.Deploy(context.Background(), worldDeployer{w: w, from: from}, p)
				require.Error(t, err)
				require.Equal(t, arbiter.Addresses{}, addrs, "nothing deployed")
			}
		})
	}
	// A clock budget the uint32 constructor argument cannot even carry:
	// arbiter.Deploy would truncate it to a valid one (3600), so Validate
	// must refuse it before.
	// A missing bond cannot be passed either.
	p := testParams()
	p.ClockBudget = 1<<32 + 3600
	require.Error(t, p.Validate())
	p = testParams()
	p.SubmitBond = nil
	require.Error(t, p.Validate())
}

// TestAttackReorgedClaimID (finding F5): a challenge computed on a claim
// that a reorg replaced. Claim IDs are positional (the n-th claim on a
// request), so after a reorg the same ID can name a different claim: here
// the watcher sees the liar's false claim, but the chain reorganizes and
// the honest submitter's true claim gets that ID. On the old contracts
// challenge(claimId) then landed on the true claim: the watcher opened a
// game it could only lose (its bond paid to the honest submitter), or
// forfeited it. Now the challenge names the final hash it disputes, and
// one that no longer matches reverts (ClaimMismatch): no game, no bond
// taken.
func TestAttackReorgedClaimID(t *testing.T) {
	w := newEVMWorld()
	s := newScenario(t, w)
	req := s.mustRequest(100)
	fork := w.e.Copy() // the common ancestor

	// Branch A: the liar's claim, as the watcher sees it.
	liar := lyingVM(t, s.tr, s.wrongOutput(), 3)
	seenID := s.mustSubmit(s.liar, req, liar.claim)
	seen := s.claimOf(seenID).FinalHash
	require.Equal(t, liar.final, seen)

	// Branch B replaces A: the honest claim comes first, under the same ID.
	w.e = fork.Copy()
	id := s.mustSubmit(s.sub, req, s.honest.claim)
	require.Equal(t, seenID, id, "the same ID names a different claim")
	require.NotEqual(t, seen, s.claimOf(id).FinalHash)

	watcherBefore, oracleBefore, games := w.balance(s.watcher.Addr), w.balance(s.addrs.Oracle), s.game.count()
	_, err := s.challengeHash(s.watcher, id, seen)
	require.ErrorIs(t, err, arbiter.ErrClaimMismatch)
	requireRevert(t, err, "ClaimMismatch")
	require.Equal(t, watcherBefore, w.balance(s.watcher.Addr), "no bond taken")
	require.Equal(t, oracleBefore, w.balance(s.addrs.Oracle))
	require.Equal(t, games, s.game.count(), "no game")
	require.Zero(t, s.claimOf(id).OpenGames)
	s.checkSolvency(t)

	// Only the hash stopped it: the claim's own hash is accepted.
	_, err = s.challengeHash(s.troll, id, s.claimOf(id).FinalHash)
	require.NoError(t, err)
}

var exampleABI = bindings.NewExampleConsumer()

// TestAttackConsumerCancel (finding F6): the consumer side. On the old
// contracts a consumer could cancel its request at any moment no claim was
// pending, e.g. just ahead of an honest submitter's transaction, voiding
// its work; ExampleConsumer, the contract consumers copy, had no way to
// cancel, so the fee of a request nobody answered was stuck for ever, and
// it accepted ETH from anyone. Now a request can be cancelled only after
// it expired, with no claim pending; ExampleConsumer cancels only for the
// account that asked and pays the fee back to it alone; it takes ETH only
// from the oracle. A callback gas above maxCallbackGas is refused (it could
// make finalize impossible).
func TestAttackConsumerCancel(t *testing.T) {
	w := newEVMWorld()
	s := newScenario(t, w)
	asker, other := s.consumer, s.troll
	ec, err := w.deploy(asker, bindings.ExampleConsumerMetaData.Bin, exampleABI.PackConstructor(s.addrs.Oracle))
	require.NoError(t, err)
	s.extraCreditors = append(s.extraCreditors, ec)

	_, err = s.request(asker, s.id, s.input, s.p.MaxCallbackGas+1, 1)
	requireRevert(t, err, "CallbackGasTooHigh")
	_, _, err = w.send(asker, ec, big.NewInt(1), arbiter.PackAsk(s.id, s.input, s.p.MaxCallbackGas+1))
	requireRevert(t, err, "CallbackGasTooHigh")

	const fee = 1234
	logs, _, err := w.send(asker, ec, big.NewInt(fee), arbiter.PackAsk(s.id, s.input, s.p.MaxCallbackGas))
	require.NoError(t, err)
	var req *big.Int
	for _, l := range logs {
		if ev, err := exampleABI.UnpackAskedEvent(l); err == nil {
			require.Equal(t, asker.Addr, ev.By)
			req = ev.RequestId
		}
	}
	require.NotNil(t, req)
	out, err := w.call(ec, exampleABI.PackAskerOf(req))
	require.NoError(t, err)
	who, err := exampleABI.UnpackAskerOf(out)
	require.NoError(t, err)
	require.Equal(t, asker.Addr, who)
	r := s.requestOf(req)
	require.Equal(t, ec, r.Consumer)
	require.Equal(t, w.now()+s.p.RequestTimeout, r.ExpiresAt)

	cancel := exampleABI.PackCancel(req)
	_, _, err = w.send(asker, ec, nil, cancel)
	requireRevert(t, err, "RequestNotExpired")
	_, _, err = w.send(other, ec, nil, cancel)
	requireRevert(t, err, "NotAsker")
	_, err = s.tx(asker, nil, oracleABI.PackCancel(req))
	requireRevert(t, err, "NotConsumer") // the consumer is the contract, not the asker

	w.advance(s.p.RequestTimeout - 1)
	_, _, err = w.send(asker, ec, nil, cancel)
	requireRevert(t, err, "RequestNotExpired")
	w.advance(1)
	_, _, err = w.send(other, ec, nil, cancel)
	requireRevert(t, err, "NotAsker")
	askerBefore := w.balance(asker.Addr)
	logs, _, err = w.send(asker, ec, nil, cancel)
	require.NoError(t, err)
	refunded := false
	for _, l := range logs {
		if ev, err := exampleABI.UnpackRefundedEvent(l); err == nil {
			require.Equal(t, asker.Addr, ev.To)
			require.Equal(t, int64(fee), ev.Fee.Int64())
			refunded = true
		}
	}
	require.True(t, refunded)
	st, _ := s.result(req)
	require.Equal(t, arbiter.RequestCancelled, st)
	require.Zero(t, s.credit(ec).Sign(), "the consumer contract withdrew the fee from the oracle")
	require.Equal(t, int64(fee), w.balance(ec).Int64())
	_, _, err = w.send(asker, ec, nil, cancel)
	requireRevert(t, err, "RequestNotOpen")

	// Nobody but the asker can take the fee.
	for _, a := range []*simchain.Account{other, s.sub, s.watcher} {
		_, _, err = w.send(a, ec, nil, exampleABI.PackWithdraw())
		requireRevert(t, err, "NothingToWithdraw")
		requireRevert(t, s.withdraw(a), "NothingToWithdraw")
	}
	_, _, err = w.send(asker, ec, nil, exampleABI.PackWithdraw())
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Add(askerBefore, big.NewInt(fee)).String(), w.balance(asker.Addr).String(), "exactly the fee back")
	require.Zero(t, w.balance(ec).Sign())
	_, _, err = w.send(asker, ec, nil, exampleABI.PackWithdraw())
	requireRevert(t, err, "NothingToWithdraw")

	// ExampleConsumer takes ETH from the oracle only.
	_, _, err = w.send(other, ec, big.NewInt(5), nil)
	requireRevert(t, err, "NotOracle")
	_, _, err = w.send(other, ec, nil, exampleABI.PackOnInferenceResult(req, []byte{1}))
	requireRevert(t, err, "NotOracle")
	s.checkSolvency(t)
}

// TestConcurrentClaims: claims side by side. The first claim to survive
// its window finalizes the request; a later true claim is superseded (its
// bond back, no fee). A claim pending at the expiry keeps the request
// from being cancelled until it settles, and no claim is accepted after
// the expiry.
func TestConcurrentClaims(t *testing.T) {
	t.Run("superseded", func(t *testing.T) {
		w := newEVMWorld()
		s := newScenario(t, w)
		sub2 := w.accounts()[8]
		req := s.mustRequest(300)
		first := s.mustSubmit(s.sub, req, s.honest.claim)
		w.advance(10)
		second := s.mustSubmit(sub2, req, s.honest.claim)
		require.Equal(t, uint32(2), s.requestOf(req).Pending)
		s.passWindow()
		_, err := s.finalize(s.troll, first, s.honest.claim)
		require.NoError(t, err)
		w.advance(10)
		_, err = s.finalize(s.troll, second, claim{}) // a superseded claim's output is not read
		require.NoError(t, err)
		require.Equal(t, arbiter.ClaimAccepted, s.claimOf(first).Status)
		require.Equal(t, arbiter.ClaimSuperseded, s.claimOf(second).Status)
		require.Equal(t, new(big.Int).Add(s.p.SubmitBond, big.NewInt(300)).String(), s.credit(s.sub.Addr).String(), "bond and fee")
		require.Equal(t, s.p.SubmitBond.String(), s.credit(sub2.Addr).String(), "bond back, no fee")
		r := s.requestOf(req)
		require.Equal(t, arbiter.RequestFinalized, r.Status)
		require.Zero(t, r.Pending)
		require.Equal(t, s.honest.claim.output, r.Output)
		_, err = s.finalize(s.troll, second, s.honest.claim)
		requireRevert(t, err, "ClaimNotPending")
		s.checkSolvency(t)
	})
	t.Run("the first to survive wins, not the first submitted", func(t *testing.T) {
		w := newEVMWorld()
		s := newScenario(t, w)
		sub2 := w.accounts()[8]
		req := s.mustRequest(300)
		first := s.mustSubmit(s.sub, req, s.honest.claim)
		troll := s.mustChallenge(s.troll, first)
		w.advance(10)
		second := s.mustSubmit(sub2, req, s.honest.claim)
		s.passWindow()
		_, err := s.finalize(s.anyoneAcct(), first, s.honest.claim)
		requireRevert(t, err, "GamesOpen")
		_, err = s.finalize(s.anyoneAcct(), second, s.honest.claim)
		require.NoError(t, err)
		s.game.play(troll, &player{acct: s.sub, tr: s.honest}, &player{acct: s.troll, silent: true}, 0)
		_, err = s.finalize(s.anyoneAcct(), first, s.honest.claim)
		require.NoError(t, err)
		require.Equal(t, arbiter.ClaimSuperseded, s.claimOf(first).Status)
		require.Equal(t, new(big.Int).Add(s.p.SubmitBond, s.p.ChallengeBond).String(), s.credit(s.sub.Addr).String(), "its bond and the troll's")
		require.Equal(t, new(big.Int).Add(s.p.SubmitBond, big.NewInt(300)).String(), s.credit(sub2.Addr).String())
		s.checkSolvency(t)
	})
	t.Run("a pending claim holds the cancel past the expiry", func(t *testing.T) {
		w := newEVMWorld()
		s := newScenario(t, w)
		req := s.mustRequest(300)
		expires := s.requestOf(req).ExpiresAt
		w.advance(s.p.RequestTimeout - 10)
		claimID := s.mustSubmit(s.sub, req, s.honest.claim)
		w.advance(10)
		require.Equal(t, expires, w.now())
		_, err := s.submit(w.accounts()[8], req, s.honest.claim)
		require.ErrorIs(t, err, arbiter.ErrRequestExpired)
		_, err = s.tx(s.consumer, nil, oracleABI.PackCancel(req))
		requireRevert(t, err, "ClaimsPending")
		s.passWindow()
		_, err = s.tx(s.consumer, nil, oracleABI.PackCancel(req))
		requireRevert(t, err, "ClaimsPending")
		_, err = s.finalize(s.troll, claimID, s.honest.claim)
		require.NoError(t, err, "a claim submitted before the expiry finalizes after it")
		_, err = s.tx(s.consumer, nil, oracleABI.PackCancel(req))
		requireRevert(t, err, "RequestNotOpen")
		s.checkSolvency(t)
	})
	t.Run("cancel after the pending lie is rejected", func(t *testing.T) {
		w := newEVMWorld()
		s := newScenario(t, w)
		req := s.mustRequest(300)
		w.advance(s.p.RequestTimeout - 1)
		liar := lyingVM(t, s.tr, s.wrongOutput(), 5)
		lie := s.mustSubmit(s.liar, req, liar.claim)
		g := s.mustChallenge(s.watcher, lie)
		w.advance(1)
		_, err := s.submit(s.sub, req, s.honest.claim)
		require.ErrorIs(t, err, arbiter.ErrRequestExpired)
		_, err = s.tx(s.consumer, nil, oracleABI.PackCancel(req))
		requireRevert(t, err, "ClaimsPending")
		s.game.play(g, &player{acct: s.liar, tr: liar}, &player{acct: s.watcher, tr: s.honest, choose: honestChoice}, 0)
		require.Zero(t, s.requestOf(req).Pending)
		_, err = s.tx(s.consumer, nil, oracleABI.PackCancel(req))
		require.NoError(t, err)
		require.Equal(t, "300", s.credit(s.consumer.Addr).String())
		s.checkSolvency(t)
	})
}

// anyoneAcct is an account with no role in the scenario.
func (s *scenario) anyoneAcct() *simchain.Account { return s.w.accounts()[6] }
