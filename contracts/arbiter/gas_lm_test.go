package arbiter_test

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/chainconfig"
	"github.com/opml-dev/opml/contracts/verifier"
	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
)

// lmDisputePrompt is the prompt of the completion disputed in
// lmDisputeReport: 49 bytes, so a 16-token completion fills the context
// (P + tokens - 1 = T = 64).
const (
	lmDisputePrompt = "Q: What do you get when you cross a fortune with "
	lmDisputeTokens = 16
)

// lmStepCandidate is the most expensive step of one op family of the
// completion model, found by sending candidate steps to the StepVerifier.
type lmStepCandidate struct {
	family string
	t      uint64
	gas    uint64 // the direct StepVerifier transaction
}

// lmStepCandidates returns the steps of op k whose gas is sampled: the
// op's first step, the middle and the last step of its first iteration
// (an accumulation and a write step) and the op's last step.
func lmStepCandidates(m *model.Model, k int) []uint64 {
	d := &m.Ops[k]
	start, end := m.OpStart(k), m.OpStart(k+1)
	ts := []uint64{start, end - 1}
	if I, J := d.Schedule(); I*J > 0 {
		n := d.IterLen(0)
		ts = append(ts, start+n/2, start+n-1)
	}
	return ts
}

// lmWorstSteps sends every candidate step of every op of the completion
// trace tr (and its halting step) to the StepVerifier and returns, per op
// family in program order, the most expensive one.
func lmWorstSteps(t *testing.T, s *completionScenario, tr *vm.Trace) []lmStepCandidate {
	m := tr.Model()
	var order []string
	worst := map[string]*lmStepCandidate{}
	try := func(family string, step uint64) {
		pre, _, w, err := tr.ProveStep(step)
		require.NoError(t, err)
		_, gas, err := s.w.send(s.ff, s.addrs.StepVerifier, nil, verifier.PackStep(pre.Encode(), w))
		require.NoError(t, err, "%s step %d", family, step)
		c, ok := worst[family]
		if !ok {
			c = &lmStepCandidate{family: family}
			worst[family] = c
			order = append(order, family)
		}
		if gas > c.gas {
			c.t, c.gas = step, gas
		}
	}
	for k := range m.Ops {
		for _, step := range lmStepCandidates(m, k) {
			try(m.Ops[k].Op.String(), step)
		}
	}
	try("halt", tr.Steps()-1)
	out := make([]lmStepCandidate, len(order))
	for i, f := range order {
		out[i] = *worst[f]
	}
	return out
}

// lmDisputeReport plays whole completion disputes on the committed
// completion model (fixtures/models/lm.opml) at the deployed default arity
// (arbiter.DefaultParams), one per op family of the model: the consumer
// asks for a completion, a liar claims the honest completion with its last
// token changed (its trace input x is the honest one), lies about every
// state from the step after the family's most expensive step on, and the
// honest watcher challenges and plays the game down to that step, executed
// onchain by the real StepVerifier (which resolves the game). It returns
// the markdown table of the gas per side (submitter: submitCompletion +
// every bisect; challenger: challenge + every choose + the step) and the
// largest side; tooling/benchreport parses the table (ParseLMDisputes).
func lmDisputeReport(t *testing.T, w world) (string, uint64) {
	m, _, err := fixtures.LoadModel(fixtures.LM)
	require.NoError(t, err)
	p := arbiter.DefaultParams()
	a := w.accounts()
	s := &completionScenario{system: newSystem(t, w, p), m: m, consumer: a[1], sub: a[2], liar: a[3], watcher: a[4], ff: a[9]}
	s.id = s.register(m)
	ids := make([]int32, len(lmDisputePrompt))
	for i := range ids {
		ids[i] = int32(lmDisputePrompt[i])
	}
	c := s.completion(ids, lmDisputeTokens, 1)
	h := s.honest(c)
	tr := h.tr
	n := tr.Steps()
	last := c.PromptTokens() - 1 + int(c.Tokens) - 1
	wrong := changeToken(c, h.claim, int(c.Tokens)-1, binary.BigEndian.Uint32(h.claim.output[4*last:])^1).output

	var rows []string
	var side uint64
	for _, st := range lmWorstSteps(t, s, tr) {
		req, request, err := s.requestCompletion(c, 0, 100)
		require.NoError(t, err)
		liar := lyingVM(t, tr, wrong, st.t+1)
		claimID, submit, err := s.submitCompletion(s.liar, req, c.Prompt, liar.claim)
		require.NoError(t, err)
		logs, challenge, err := s.w.send(s.watcher, s.addrs.Oracle, p.ChallengeBond, oracleABI.PackChallenge(claimID, liar.final))
		require.NoError(t, err)
		var gameID *big.Int
		for _, l := range logs {
			if ev, err := oracleABI.UnpackChallengedEvent(l); err == nil {
				gameID = ev.GameId
			}
		}
		require.NotNil(t, gameID, "no Challenged event")
		out := s.game.play(gameID, &player{acct: s.liar, tr: liar}, &player{acct: s.watcher, tr: honestVM(t, tr), choose: honestChoice}, 0)
		require.Equal(t, arbiter.GameChallengerWon, out.status, st.family)
		require.True(t, out.stepped, st.family)
		require.Equal(t, st.t, out.stepAt, "%s: the game narrows to the chosen step", st.family)
		require.Equal(t, ceilLog(n, p.Arity), out.rounds)
		require.Len(t, out.gas["step"], 1)
		bisect, choose, step := sum(out.gas["bisect"]), sum(out.gas["choose"]), out.gas["step"][0]
		submitter, challenger := submit+bisect, challenge+choose+step
		side = max(side, submitter, challenger)
		rows = append(rows, fmt.Sprintf("| %s | %d | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s |", st.family, st.t, out.rounds, out.moves,
			gasStr(request), gasStr(submit), gasStr(bisect), gasStr(challenge), gasStr(choose), gasStr(step), gasStr(submitter), gasStr(challenger)))
	}

	var b strings.Builder
	fmt.Fprintf(&b, "Completion dispute on lm.opml (%s): N = %d steps, k = %d, T = %d, prompt %d tokens + %d generated; one whole game per op family, played down to the family's most expensive sampled step, executed onchain (submitter: submitCompletion + every bisect; challenger: challenge + every choose + the step, which resolves the game):\n\n",
		chainconfig.RulesName, n, p.Arity, arbiter.Context(&m.Header), c.PromptTokens(), c.Tokens)
	b.WriteString("| step kind | step | rounds | moves | requestCompletion | submitCompletion | bisects | challenge | chooses | step gas | submitter | challenger |\n")
	b.WriteString("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	b.WriteString(strings.Join(rows, "\n") + "\n")
	return b.String(), side
}
