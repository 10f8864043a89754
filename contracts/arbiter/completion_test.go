package arbiter_test

import (
	"context"
	"encoding/binary"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/testkit/echomodel"
	"github.com/opml-dev/opml/testkit/simchain"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
)

var exampleConsumerABI = bindings.NewExampleConsumer()

// completionScenario is an oracle deployment with the echo completion
// model (testkit/echomodel, T = 64) registered.
type completionScenario struct {
	*system
	m                                *model.Model
	id                               common.Hash
	consumer, sub, liar, watcher, ff *simchain.Account
}

func newCompletionScenario(t *testing.T, w world) *completionScenario {
	t.Helper()
	m, err := echomodel.Echo(echomodel.DefaultContext)
	require.NoError(t, err)
	s := &completionScenario{system: newSystem(t, w, testParams()), m: m}
	s.id = s.register(m)
	a := w.accounts()
	s.consumer, s.sub, s.liar, s.watcher, s.ff = a[1], a[2], a[3], a[4], a[9]
	return s
}

func (s *completionScenario) completion(prompt []int32, tokens uint32, width uint8) arbiter.Completion {
	s.t.Helper()
	c, err := arbiter.NewCompletion(&s.m.Header, prompt, tokens, width)
	require.NoError(s.t, err)
	return c
}

// requestCompletion sends requestCompletion and returns the request ID and
// the gas.
func (s *completionScenario) requestCompletion(c arbiter.Completion, callbackGas uint64, fee int64) (*big.Int, uint64, error) {
	logs, gas, err := s.w.send(s.consumer, s.addrs.Oracle, big.NewInt(fee), arbiter.PackRequestCompletion(s.id, c, callbackGas))
	if err != nil {
		return nil, gas, err
	}
	for _, l := range logs {
		if ev, ok := arbiter.DecodeEvent(l).(*arbiter.CompletionRequestedEvent); ok {
			require.Equal(s.t, c.Prompt, ev.Prompt, "the event carries the prompt")
			require.Equal(s.t, c.Tokens, ev.Tokens)
			require.Equal(s.t, c.TokenBytes, ev.TokenBytes)
			return ev.RequestId, gas, nil
		}
	}
	s.t.Fatal("no CompletionRequested event")
	return nil, 0, nil
}

// completionClaim is a claim on a completion request and the trace of its
// input x: honest (Generate's) or a liar's.
type completionClaim struct {
	tr    *vm.Trace
	claim claim
}

func (s *completionScenario) honest(c arbiter.Completion) completionClaim {
	s.t.Helper()
	tr, err := arbiter.Generate(s.m, c, nil)
	require.NoError(s.t, err)
	out, err := arbiter.ClaimOutput(&s.m.Header, tr.Output())
	require.NoError(s.t, err)
	return completionClaim{tr: tr, claim: claim{output: out, ramRoot: tr.Final().RAMRoot}}
}

// lie is the honest claim's output with completion token i changed to
// token (4-byte big-endian element P-1+i), and the trace of the input x
// that output implies.
func (s *completionScenario) lie(c arbiter.Completion, honest completionClaim, i int, token uint32) completionClaim {
	s.t.Helper()
	out := changeToken(c, honest.claim, i, token).output
	tr, err := arbiter.TraceCompletion(s.m, c, out)
	require.NoError(s.t, err)
	return completionClaim{tr: tr, claim: claim{output: out, ramRoot: tr.Final().RAMRoot}}
}

// changeToken is cl with completion token i's output element set to token.
func changeToken(c arbiter.Completion, cl claim, i int, token uint32) claim {
	out := append([]byte(nil), cl.output...)
	binary.BigEndian.PutUint32(out[4*(c.PromptTokens()-1+i):], token)
	return claim{output: out, ramRoot: cl.ramRoot}
}

func (s *completionScenario) submitCompletion(from *simchain.Account, req *big.Int, prompt []byte, cl claim) (*big.Int, uint64, error) {
	data, err := arbiter.PackSubmitCompletion(req, prompt, cl.output, cl.ramRoot)
	require.NoError(s.t, err)
	logs, gas, err := s.w.send(from, s.addrs.Oracle, s.p.SubmitBond, data)
	if err != nil {
		return nil, gas, err
	}
	for _, l := range logs {
		if ev, err := oracleABI.UnpackSubmittedEvent(l); err == nil {
			return ev.ClaimId, gas, nil
		}
	}
	s.t.Fatal("no Submitted event")
	return nil, 0, nil
}

func (s *completionScenario) startHashOf(claimID *big.Int) common.Hash {
	s.t.Helper()
	h, err := s.oracle().StartHashOf(context.Background(), claimID)
	require.NoError(s.t, err)
	return h
}

// TestCompletionHappyPath: a consumer contract asks for a completion of a
// text prompt; the honest submitter generates it greedily and claims it;
// the oracle's start hash of the claim is the Go initial state of
// prompt ‖ completion and its final hash the trace's; after the window the
// request finalizes and the consumer receives the completion as text.
func TestCompletionHappyPath(t *testing.T) {
	s := newCompletionScenario(t, newSimWorld(t))
	consumer, err := s.w.deploy(s.consumer, bindings.ExampleConsumerMetaData.Bin, exampleConsumerABI.PackConstructor(s.addrs.Oracle))
	require.NoError(t, err)
	s.extraCreditors = append(s.extraCreditors, consumer)
	c := s.completion([]int32{'h', 'e', 'l', 'l', 'o'}, 10, 1)
	logs, _, err := s.w.send(s.consumer, consumer, big.NewInt(500), arbiter.PackAskCompletion(s.id, c, 200_000))
	require.NoError(t, err)
	var req *big.Int
	for _, l := range logs {
		if ev, ok := arbiter.DecodeEvent(l).(*arbiter.CompletionRequestedEvent); ok {
			req = ev.RequestId
		}
	}
	require.NotNil(t, req)
	r := s.requestOf(req)
	require.NotNil(t, r.Completion)
	require.Equal(t, arbiter.CompletionParams{PromptTokens: 5, Tokens: 10, TokenBytes: 1, PromptHash: r.Completion.PromptHash}, *r.Completion)
	require.True(t, r.Completion.CheckPrompt(c.Prompt))
	require.Zero(t, r.StartHash, "a completion request has no start hash of its own")

	h := s.honest(c)
	claimID, _, err := s.submitCompletion(s.sub, req, c.Prompt, h.claim)
	require.NoError(t, err)
	x, err := c.Input(&s.m.Header, h.tr.Output())
	require.NoError(t, err)
	want, err := arbiter.CompletionStartHash(s.m, x)
	require.NoError(t, err)
	s0, err := h.tr.StateAt(0)
	require.NoError(t, err)
	require.Equal(t, s0.Hash(), want)
	require.Equal(t, want, s.startHashOf(claimID), "the oracle's start hash is the initial state of prompt ‖ completion")
	f := h.tr.Final()
	require.Equal(t, f.Hash(), common.Hash(s.claimOf(claimID).FinalHash))
	s.checkSolvency(t)

	s.passWindow()
	logs, err = s.finalize(s.ff, claimID, h.claim)
	require.NoError(t, err)
	require.True(t, callbackOK(t, logs))
	st, out := s.result(req)
	require.Equal(t, arbiter.RequestFinalized, st)
	require.Equal(t, "oooooooooo", string(out), "the request's output is the completion's text")
	delivered, err := exampleConsumerABI.UnpackOutputOf(s.view2(consumer, exampleConsumerABI.PackOutputOf(req)))
	require.NoError(t, err)
	require.Equal(t, "oooooooooo", string(delivered), "the consumer received the text")
	res, err := c.Result(&s.m.Header, h.tr.Output())
	require.NoError(t, err)
	require.Equal(t, out, res, "Go's Completion.Result is what the oracle delivers")
	require.Equal(t, arbiter.ClaimAccepted, s.claimOf(claimID).Status)
	s.checkSolvency(t)
}

func (s *completionScenario) view2(to common.Address, data []byte) []byte {
	s.t.Helper()
	out, err := s.w.call(to, data)
	require.NoError(s.t, err)
	return out
}

// TestCompletionLiarLoses: a submitter that changes one completion token
// (the first, a middle or the last generated position) claims an output
// that the program does not compute on the input x its own claim implies;
// the honest watcher, who rebuilds x from the prompt and the claimed
// output, disproves it at one step onchain, and the honest completion then
// finalizes.
func TestCompletionLiarLoses(t *testing.T) {
	s := newCompletionScenario(t, newSimWorld(t))
	c := s.completion([]int32{'a', 'b', 'c'}, 16, 1)
	h := s.honest(c)
	n := h.tr.Steps()
	for name, pos := range map[string]int{"first": 0, "middle": 7, "last": 15} {
		t.Run(name, func(t *testing.T) {
			req, _, err := s.requestCompletion(c, 0, 100)
			require.NoError(t, err)
			liar := s.lie(c, h, pos, 'z')
			claimID, _, err := s.submitCompletion(s.liar, req, c.Prompt, liar.claim)
			require.NoError(t, err)
			x, err := arbiter.TraceCompletion(s.m, c, liar.claim.output)
			require.NoError(t, err)
			s0, err := x.StateAt(0)
			require.NoError(t, err)
			require.Equal(t, s0.Hash(), s.startHashOf(claimID), "the liar's claim starts from its own x")
			if pos < int(c.Tokens)-1 {
				require.NotEqual(t, s.startHashOf(claimID), mustStart(t, s, h), "a changed token before the last changes x")
			}
			truth := x.Final()
			require.NotEqual(t, truth.Hash(), common.Hash(s.claimOf(claimID).FinalHash), "the program does not compute the lie on x")

			gameID := s.mustChallengeCompletion(claimID)
			lying := lyingVM(t, liar.tr, liar.claim.output, n) // honest states, false output: the natural liar
			out := s.game.play(gameID, &player{acct: s.liar, tr: lying},
				&player{acct: s.watcher, tr: honestVM(t, x), choose: honestChoice}, 0)
			require.Equal(t, arbiter.GameChallengerWon, out.status)
			require.Equal(t, arbiter.ReasonStepDisproved, out.reason)
			require.True(t, out.stepped)
			require.Equal(t, n-1, out.stepAt, "the halting step, whose output root is the lie, is executed onchain")
			require.Equal(t, ceilLog(n, s.p.Arity), out.rounds)
			require.Equal(t, arbiter.ClaimRejected, s.claimOf(claimID).Status)

			honestID, _, err := s.submitCompletion(s.sub, req, c.Prompt, h.claim)
			require.NoError(t, err)
			s.passWindow()
			_, err = s.finalize(s.ff, honestID, h.claim)
			require.NoError(t, err)
			st, got := s.result(req)
			require.Equal(t, arbiter.RequestFinalized, st)
			require.Equal(t, "cccccccccccccccc", string(got))
			s.checkSolvency(t)
		})
	}
}

func mustStart(t *testing.T, s *completionScenario, h completionClaim) common.Hash {
	s0, err := h.tr.StateAt(0)
	require.NoError(t, err)
	return s0.Hash()
}

func (s *completionScenario) mustChallengeCompletion(claimID *big.Int) *big.Int {
	s.t.Helper()
	g, err := s.challenge(s.watcher, claimID)
	require.NoError(s.t, err)
	rec := s.game.game(g)
	require.Equal(s.t, s.startHashOf(claimID), common.Hash(rec.LoHash), "the game starts from the claim's start hash")
	return g
}

// TestCompletionRefusals: what requestCompletion and submitCompletion
// refuse, each with its reason, and what Go's Completion checks refuse
// alike.
func TestCompletionRefusals(t *testing.T) {
	s := newCompletionScenario(t, newEVMWorld())
	hd := &s.m.Header
	c := s.completion([]int32{'x', 'y'}, 4, 1)
	req, _, err := s.requestCompletion(c, 0, 1)
	require.NoError(t, err)
	h := s.honest(c)

	// A claim with another prompt than the request's.
	_, _, err = s.submitCompletion(s.liar, req, []byte("xz"), h.claim)
	requireRevert(t, err, "PromptMismatch")
	// Width 1, a completion token >= 256: not encodable.
	for _, pos := range []int{0, 3} {
		wide := changeToken(c, h.claim, pos, 256)
		_, _, err = s.submitCompletion(s.liar, req, c.Prompt, wide)
		requireRevert(t, err, "TokenTooWide")
		vals, err := arbiter.ClaimValues(hd, wide.output)
		require.NoError(t, err)
		_, err = c.Input(hd, vals)
		require.ErrorIs(t, err, arbiter.ErrTokenTooWide, "Go refuses it alike")
	}
	neg := changeToken(c, h.claim, 1, 0xffffffff) // id -1
	_, _, err = s.submitCompletion(s.liar, req, c.Prompt, neg)
	requireRevert(t, err, "TokenTooWide")
	// The wrong output length.
	_, _, err = s.submitCompletion(s.liar, req, c.Prompt, claim{output: h.claim.output[4:], ramRoot: h.claim.ramRoot})
	requireRevert(t, err, "BadTensorLength")
	// submit on a completion request, submitCompletion on another request.
	_, err = s.submit(s.liar, req, h.claim)
	requireRevert(t, err, "CompletionRequest")

	// The requests a completion model refuses.
	for name, tc := range map[string]struct {
		c    arbiter.Completion
		want string
	}{
		"empty prompt":     {arbiter.Completion{Prompt: nil, Tokens: 1, TokenBytes: 1}, "BadCompletionLength"},
		"no tokens":        {arbiter.Completion{Prompt: []byte("a"), Tokens: 0, TokenBytes: 1}, "BadCompletionLength"},
		"past the context": {arbiter.Completion{Prompt: make([]byte, 60), Tokens: 6, TokenBytes: 1}, "BadCompletionLength"},
		"ragged prompt":    {arbiter.Completion{Prompt: []byte("abc"), Tokens: 1, TokenBytes: 2}, "BadCompletionLength"},
		"zero token bytes": {arbiter.Completion{Prompt: []byte("a"), Tokens: 1, TokenBytes: 0}, "BadTokenBytes"},
		"five token bytes": {arbiter.Completion{Prompt: make([]byte, 5), Tokens: 1, TokenBytes: 5}, "BadTokenBytes"},
	} {
		_, _, err := s.requestCompletion(tc.c, 0, 1)
		requireRevert(t, err, tc.want)
		require.Error(t, tc.c.Check(hd), "%s: Go refuses it too", name)
	}
	// At the context's edge: P + tokens - 1 = T.
	edge := arbiter.Completion{Prompt: make([]byte, 60), Tokens: 5, TokenBytes: 1}
	require.NoError(t, edge.Check(hd))
	_, _, err = s.requestCompletion(edge, 0, 1)
	require.NoError(t, err)

	// A model that is not a completion model (int8 input: the MLP).
	f, _ := mlp(t)
	mlpID := s.register(f.Model)
	_, _, err = s.w.send(s.consumer, s.addrs.Oracle, nil, oracleABI.PackRequestCompletion(mlpID, []byte("a"), 1, 1, 0))
	requireRevert(t, err, "NotCompletionModel")
	require.Error(t, arbiter.CheckCompletionModel(&f.Model.Header))
	input, err := arbiter.RequestInput(&f.Model.Header, f.Input)
	require.NoError(t, err)
	plain, err := s.request(s.consumer, mlpID, input, 0, 1)
	require.NoError(t, err)
	_, _, err = s.submitCompletion(s.liar, plain, []byte("a"), h.claim)
	requireRevert(t, err, "NotCompletionRequest")
}

// TestCompletionWideTokens: a request with 4-byte tokens carries ids above
// 255 (a vocabulary above 256); the echo model repeats the last one and
// the consumer receives the ids, 4 bytes each, big-endian.
func TestCompletionWideTokens(t *testing.T) {
	s := newCompletionScenario(t, newEVMWorld())
	prompt := []int32{50000, 70000, 1 << 20}
	c := s.completion(prompt, 3, 4)
	require.Equal(t, prompt, c.PromptIDs())
	req, _, err := s.requestCompletion(c, 0, 1)
	require.NoError(t, err)
	h := s.honest(c)
	claimID, _, err := s.submitCompletion(s.sub, req, c.Prompt, h.claim)
	require.NoError(t, err)
	s0, err := h.tr.StateAt(0)
	require.NoError(t, err)
	require.Equal(t, s0.Hash(), s.startHashOf(claimID))
	s.passWindow()
	_, err = s.finalize(s.ff, claimID, h.claim)
	require.NoError(t, err)
	_, out := s.result(req)
	require.Equal(t, arbiter.EncodeTokens(echomodel.Completion(prompt, 3), 4), out)
	require.Equal(t, []byte{0, 0x10, 0, 0, 0, 0x10, 0, 0, 0, 0x10, 0, 0}, out)
}

func (s *completionScenario) passWindow() { s.w.advance(s.p.ChallengeWindow) }

func mustEcho(t *testing.T) *model.Model {
	t.Helper()
	m, err := echomodel.Echo(echomodel.DefaultContext)
	require.NoError(t, err)
	return m
}
