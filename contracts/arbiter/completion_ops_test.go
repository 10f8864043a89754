package arbiter_test

import (
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// The committed completion model, fixtures/models/lm.opml (N = 857,025
// steps), and one honest completion on it, with its trace: built once per
// test binary and shared by the tests of this file.
var (
	lmOnce sync.Once
	lmFix  *lmCompletion
	lmErr  error
)

// lmPrompt and lmTokens are the completion the games dispute.
const (
	lmPrompt = "Q: What do you get when you cross "
	lmTokens = 16
)

type lmCompletion struct {
	m      *model.Model
	c      arbiter.Completion
	tr     *vm.Trace // the trace of x = prompt ‖ c_0 … c_14 ‖ 0 … 0
	honest *vmTrace  // the honest claim and its states
	text   string    // the greedy completion
}

func lmFixture(t testing.TB) *lmCompletion {
	t.Helper()
	lmOnce.Do(func() {
		var b []byte
		if b, lmErr = os.ReadFile(filepath.Join("..", "..", "fixtures", "models", "lm.opml")); lmErr != nil {
			return
		}
		f := &lmCompletion{}
		if f.m, lmErr = model.Decode(b); lmErr != nil {
			return
		}
		ids := make([]int32, len(lmPrompt))
		for i := range lmPrompt {
			ids[i] = int32(lmPrompt[i])
		}
		if f.c, lmErr = arbiter.NewCompletion(&f.m.Header, ids, lmTokens, 1); lmErr != nil {
			return
		}
		if f.tr, lmErr = arbiter.Generate(f.m, f.c, nil); lmErr != nil {
			return
		}
		var res []byte
		if res, lmErr = f.c.Result(&f.m.Header, f.tr.Output()); lmErr != nil {
			return
		}
		f.text = string(res)
		f.honest = honestVM(t, f.tr)
		lmFix = f
	})
	require.NoError(t, lmErr)
	return lmFix
}

// lmOpCase is an op type of the transformer ops (docs/spec.md §6.14-6.18)
// and the causal Softmax (§6.8, KH = 1): the first op of lm.opml with that
// opcode and mode is where a game is narrowed to.
type lmOpCase struct {
	name string
	op   ops.Opcode
	kh   uint16
}

var lmOpCases = []lmOpCase{
	{"Embed", ops.OpEmbed, 0},
	{"Norm", ops.OpNorm, 0},
	{"Rope", ops.OpRope, 0},
	{"MatMul causal-N (scores)", ops.OpMatMul, ops.MatMulCausalN},
	{"Softmax causal", ops.OpSoftmax, 1},
	{"MatMul causal-K (values)", ops.OpMatMul, ops.MatMulCausalK},
	{"GluMul", ops.OpGluMul, 0},
}

// lmFastCase is the case that also runs under -short.
const lmFastCase = "Norm"

// opIndex is the index of the first op of m with opcode op and mode kh.
func opIndex(t testing.TB, m *model.Model, op ops.Opcode, kh uint16) int {
	t.Helper()
	for k := range m.Ops {
		if m.Ops[k].Op == op && m.Ops[k].KH == kh {
			return k
		}
	}
	t.Fatalf("lm.opml has no %v op with KH = %d", op, kh)
	return 0
}

// corruptTrace is a dishonest trace provider: the states of v before step
// from, then, from step from to N − 1, well-formed states that differ from
// the truth by one accumulator lane (lane 0 off by one: a miscomputed
// multiply-accumulate carried on), and at N the final hash v asserts.
type corruptTrace struct {
	v    *vmTrace
	from uint64
}

func (c *corruptTrace) state(t uint64) vm.State {
	s, err := c.v.tr.StateAt(t)
	if err != nil {
		panic(err)
	}
	if t >= c.from {
		s.Acc[0]++
	}
	return s
}

func (c *corruptTrace) hash(t uint64) common.Hash {
	if t < c.from || t >= c.v.tr.Steps() {
		return c.v.hash(t)
	}
	s := c.state(t)
	return s.Hash()
}

// proof is the pre-state the provider believes and the honest witness.
func (c *corruptTrace) proof(t uint64) ([]byte, []byte) {
	pre, w := c.v.proof(t)
	if t >= c.from && t < c.v.tr.Steps() {
		s := c.state(t)
		pre = s.Encode()
	}
	return pre, w
}

// lieInside returns, for case oc, the op index k and the first state a
// dishonest trace gets wrong, one past the step the game narrows to: the
// middle micro-step of op k's next-to-last iteration (in a causal op, the
// last head's row T − 2, of almost the whole context), so that the step
// runs with a partial accumulator where the op has one.
func lieInside(t testing.TB, m *model.Model, oc lmOpCase) (int, uint64) {
	k := opIndex(t, m, oc.op, oc.kh)
	d := &m.Ops[k]
	iters, _ := d.Schedule()
	i := iters - 2
	return k, m.OpStart(k) + d.StepsBefore(i) + d.IterLen(i)/2 + 1
}

// checkStepInside requires that the game with outcome out executed step
// lie − 1 (the step into the first state the dishonest side gets wrong)
// onchain, that this step is one of op k's (the VM state before it is in
// op k) and that the game took ⌈log_k N⌉ rounds; it logs the step's gas.
func checkStepInside(t *testing.T, f *lmCompletion, oc lmOpCase, k int, lie uint64, out outcome, arity uint64) {
	t.Helper()
	require.True(t, out.stepped, "a step was executed onchain")
	require.Equal(t, lie-1, out.stepAt, "the first false state's step is the one executed onchain")
	pre, err := f.tr.StateAt(out.stepAt)
	require.NoError(t, err)
	require.Equal(t, uint32(k), pre.PC, "the executed step is in op %d", k)
	d := &f.m.Ops[k]
	iters, _ := d.Schedule()
	require.Less(t, uint64(pre.I), iters, "inside the op's schedule")
	require.Less(t, uint64(pre.J), d.IterLen(uint64(pre.I)), "inside the iteration")
	require.Equal(t, ceilLog(f.tr.Steps(), arity), out.rounds, "⌈log_k N⌉ rounds")
	t.Logf("op %d (%v, KH %d): step %d (iteration %d, micro-step %d) executed onchain, %d moves, step gas %v",
		k, oc.op, oc.kh, out.stepAt, pre.I, pre.J, out.moves, out.gas["step"])
}

func newLMScenario(t *testing.T, f *lmCompletion) *completionScenario {
	s := &completionScenario{system: newSystem(t, newSimWorld(t), testParams()), m: f.m}
	s.id = s.register(f.m)
	a := s.w.accounts()
	s.consumer, s.sub, s.liar, s.watcher, s.ff = a[1], a[2], a[3], a[4], a[9]
	return s
}

// eachOp runs play as a subtest per op case (under -short, lmFastCase's
// only) with the op index k, the first state a dishonest trace gets wrong
// and a new completion request of f's completion with fee fee. It returns
// the number of cases played.
func (s *completionScenario) eachOp(t *testing.T, f *lmCompletion, fee int64, play func(t *testing.T, oc lmOpCase, k int, lie uint64, req *big.Int)) int {
	played := 0
	for _, oc := range lmOpCases {
		t.Run(oc.name, func(t *testing.T) {
			if testing.Short() && oc.name != lmFastCase {
				t.Skip("-short: one op type (" + lmFastCase + ") only")
			}
			s.t, s.game.t = t, t
			k, lie := lieInside(t, f.m, oc)
			req, _, err := s.requestCompletion(f.c, 0, fee)
			require.NoError(t, err)
			play(t, oc, k, lie, req)
			played++
		})
	}
	return played
}

// TestCompletionLiarInsideOp: on the committed completion model
// (fixtures/models/lm.opml, N = 857,025 steps), a submitter claims a
// completion whose last token is changed and defends it with a trace that
// is honest up to a step inside one op of each transformer op type (Embed,
// Norm, Rope, MatMul in both causal modes, the causal Softmax, GluMul) and
// corrupted from there. The honest watcher narrows the game to that one
// step, which executes onchain: the liar loses, its claim is rejected (half
// its bond burned, half to the watcher with its challenge bond back), the
// request stays open and the honest completion then finalizes and is
// delivered as text. Under -short only the Norm case runs.
func TestCompletionLiarInsideOp(t *testing.T) {
	f := lmFixture(t)
	s := newLMScenario(t, f)
	const fee = 300
	n := f.tr.Steps()
	require.Equal(t, uint64(857_025), n)
	s0, err := f.tr.StateAt(0)
	require.NoError(t, err)

	// The lie: the last completion token changed. x is the honest one (it
	// holds c_0 … c_{tokens−2} only), so the claim starts from the honest
	// start hash and the program's true output on it is the honest one.
	last := int(f.c.Tokens) - 1
	wrong := changeToken(f.c, f.honest.claim, last, uint32(f.text[last]^0x01)).output
	played := s.eachOp(t, f, fee, func(t *testing.T, oc lmOpCase, k int, lie uint64, req *big.Int) {
		liar := &corruptTrace{v: lyingVM(t, f.tr, wrong, n), from: lie}
		claimID, _, err := s.submitCompletion(s.liar, req, f.c.Prompt, liar.v.claim)
		require.NoError(t, err)
		require.Equal(t, s0.Hash(), s.startHashOf(claimID), "a changed last token leaves x as it is")
		require.Equal(t, liar.v.final, common.Hash(s.claimOf(claimID).FinalHash))
		require.NotEqual(t, f.honest.final, liar.v.final)

		gameID := s.mustChallengeCompletion(claimID)
		out := s.game.play(gameID, &player{acct: s.liar, tr: liar}, &player{acct: s.watcher, tr: f.honest, choose: honestChoice}, 0)
		require.Equal(t, arbiter.GameChallengerWon, out.status)
		require.Equal(t, arbiter.ReasonStepDisproved, out.reason)
		checkStepInside(t, f, oc, k, lie, out, s.p.Arity)

		s.requireRejectedOneGame(t, claimID, req)
		s.checkSolvency(t)

		honestID, _, err := s.submitCompletion(s.sub, req, f.c.Prompt, f.honest.claim)
		require.NoError(t, err)
		s.passWindow()
		_, err = s.finalize(s.ff, honestID, f.honest.claim)
		require.NoError(t, err)
		st, got := s.result(req)
		require.Equal(t, arbiter.RequestFinalized, st)
		require.Equal(t, f.text, string(got), "the honest completion is delivered as text")
		s.checkSolvency(t)
	})
	// Per game the watcher earned its bond back plus half the submit bond
	// (the only game on the claim) and the other half was burned; the
	// honest submitter got its bond and the fee.
	games := big.NewInt(int64(played))
	require.Equal(t, new(big.Int).Mul(games, new(big.Int).Add(s.p.ChallengeBond, s.share(1))).String(), s.credit(s.watcher.Addr).String())
	require.Equal(t, new(big.Int).Mul(games, new(big.Int).Sub(s.p.SubmitBond, s.share(1))).String(), s.burned().String())
	require.Equal(t, new(big.Int).Mul(games, new(big.Int).Add(s.p.SubmitBond, big.NewInt(fee))).String(), s.credit(s.sub.Addr).String())
	require.Zero(t, s.credit(s.liar.Addr).Sign())
}

// TestCompletionDishonestChallengerInsideOp: the reverse. An honest
// submitter claims the greedy completion on lm.opml; a challenger whose
// trace is corrupted from a step inside one op of each transformer op type
// disputes it and plays its belief out. The game narrows to that step, the
// step executes onchain and confirms the claimant's state: the challenger
// loses its bond to the submitter, and the claim finalizes. Under -short
// only the Norm case runs.
func TestCompletionDishonestChallengerInsideOp(t *testing.T) {
	f := lmFixture(t)
	s := newLMScenario(t, f)
	troll := s.w.accounts()[5]
	const fee = 200
	played := s.eachOp(t, f, fee, func(t *testing.T, oc lmOpCase, k int, lie uint64, req *big.Int) {
		claimID, _, err := s.submitCompletion(s.sub, req, f.c.Prompt, f.honest.claim)
		require.NoError(t, err)
		gameID, err := s.challenge(troll, claimID)
		require.NoError(t, err)
		s.passWindow()
		_, err = s.finalize(s.ff, claimID, f.honest.claim)
		requireRevert(t, err, "GamesOpen")

		believes := &corruptTrace{v: f.honest, from: lie}
		out := s.game.play(gameID, &player{acct: s.sub, tr: f.honest}, &player{acct: troll, tr: believes, choose: honestChoice}, 0)
		require.Equal(t, arbiter.GameClaimantWon, out.status)
		require.Equal(t, arbiter.ReasonStepConfirmed, out.reason)
		checkStepInside(t, f, oc, k, lie, out, s.p.Arity)

		_, err = s.finalize(s.ff, claimID, f.honest.claim)
		require.NoError(t, err)
		st, got := s.result(req)
		require.Equal(t, arbiter.RequestFinalized, st)
		require.Equal(t, f.text, string(got))
		require.Equal(t, arbiter.ClaimAccepted, s.claimOf(claimID).Status)
		s.checkSolvency(t)
	})
	// The submitter took each troll's bond, and its own bond and the fee.
	games := big.NewInt(int64(played))
	want := new(big.Int).Mul(games, new(big.Int).Add(new(big.Int).Add(s.p.SubmitBond, s.p.ChallengeBond), big.NewInt(fee)))
	require.Equal(t, want.String(), s.credit(s.sub.Addr).String())
	require.Zero(t, s.credit(troll.Addr).Sign())
	require.Zero(t, s.burned().Sign())
}
