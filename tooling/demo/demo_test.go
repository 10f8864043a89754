package demo_test

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/hashicorp/go-hclog"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/testkit/testlog"
	"github.com/opml-dev/opml/tooling/demo"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/complete"
	"github.com/opml-dev/opml/vm/ops"
)

// TestDemo runs the demo end to end on the MLP with the lie at a chosen
// step, and checks what it reports against a local VM run: the game ends
// at the step before the first false hash, after ceil(log_4 N) rounds; the
// honest claim went in beside the false one; half the liar's bond burned.
func TestDemo(t *testing.T) {
	fx, err := fixtures.Load("mlp")
	require.NoError(t, err)
	tr, err := vm.NewTrace(fx.Model, fx.Input)
	require.NoError(t, err)
	var out bytes.Buffer
	const lie = 1234
	rep, err := demo.Run(context.Background(), demo.Config{Out: &out, Logger: testlog.New(t, "demo", hclog.Warn), LieAtStep: lie})
	t.Log("\n" + out.String())
	require.NoError(t, err)
	require.Equal(t, uint64(lie-1), rep.ProvenStep, "the first false post-state is that of step lie-1")
	rounds := 0
	for span := rep.Steps; span > 1; span = (span + 3) / 4 {
		rounds++
	}
	require.Equal(t, rounds, rep.Rounds)
	require.Equal(t, 2*rounds+1, rep.Moves, "a bisect and a choose per round, then the step")
	require.Equal(t, tr.Output(), rep.Output)
	// The goal is a challenge in the block after the claim; a heartbeat
	// block sealed while the challenge transaction is in flight may come
	// first, so allow one more.
	require.LessOrEqual(t, rep.ReactionBlocks, uint64(2), "challenger reaction")
	require.Positive(t, rep.ReactionBlocks)
	require.Len(t, rep.Requests, 2)
	require.True(t, rep.SideBySide, "the honest claim was posted beside the pending false claim")
	p := demo.Params()
	require.Equal(t, new(big.Int).Div(p.SubmitBond, big.NewInt(2)), rep.Burned, "half the liar's bond burned")
	require.Positive(t, rep.DisputeTime)
	require.Positive(t, rep.HappyTime)
	for _, want := range []string{"REJECTED", "FINALIZED", "DIFFERS from", "consumer contract received the output of request 2",
		"posted beside the false claim", "burns"} {
		require.True(t, strings.Contains(out.String(), want), "narration lacks %q", want)
	}
}

// TestDemoLLM runs the LLM demo: a liar changes one generated token of
// the lm fixture's completion and loses at one step; the honest completion
// (the fixture's golden greedy completion, decoded here by vm/complete) is
// delivered to the consumer contract as text. By default the liar defends
// its claim with the true trace of its own input, so the game ends at the
// last step (the halting step: only the claimed output is false); with a
// lie at a step inside an op, the game ends there. The gas of every
// transaction is within the protocol's goals.
func TestDemoLLM(t *testing.T) {
	if testing.Short() {
		t.Skip("about 10 s per case: the full lane (make test) runs it")
	}
	fx, err := fixtures.Load(demo.LLMModel)
	require.NoError(t, err)
	r, err := complete.Greedy(fx.Model, fx.Prompt.IDs(), fx.Prompt.Tokens)
	require.NoError(t, err)
	honest := string(arbiter.EncodeTokens(r.Tokens, 1))
	n := fx.Model.Header.NumSteps
	rope := -1
	for k := range fx.Model.Ops {
		if fx.Model.Ops[k].Op == ops.OpRope {
			rope = k
			break
		}
	}
	require.GreaterOrEqual(t, rope, 0, "the LM has a Rope op")
	ropeMid := fx.Model.OpStart(rope) + (fx.Model.OpStart(rope+1)-fx.Model.OpStart(rope))/2
	rounds := 0
	for span := n; span > 1; span = (span + 3) / 4 {
		rounds++
	}
	for _, tc := range []struct {
		name      string
		token     int
		lieAtStep uint64
		wantToken int
		wantStep  uint64
		wantOp    string
	}{
		{"first-token", 0, 0, 0, n - 1, "the halting step"},
		{"last-token-false-hashes-in-rope", -1, ropeMid + 1, fx.Prompt.Tokens - 1, ropeMid, fmt.Sprintf("in op %d (%v)", rope, ops.OpRope)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			rep, err := demo.RunLLM(context.Background(), demo.LLMConfig{Out: &out, Logger: testlog.New(t, "demo", hclog.Warn),
				LieToken: tc.token, LieAtStep: tc.lieAtStep})
			t.Log("\n" + out.String())
			require.NoError(t, err)
			require.Equal(t, fx.Prompt.Text, rep.Prompt)
			require.Equal(t, honest, rep.Honest)
			require.Equal(t, tc.wantToken, rep.LieToken)
			require.Len(t, rep.Lie, len(honest))
			for k := range honest {
				if k == tc.wantToken {
					require.Equal(t, honest[k]^1, rep.Lie[k], "the lie flips token %d's low bit", k)
				} else {
					require.Equal(t, honest[k], rep.Lie[k], "token %d", k)
				}
			}
			require.Equal(t, n, rep.Steps)
			require.Equal(t, tc.wantStep, rep.ProvenStep)
			require.Equal(t, tc.wantOp, rep.Op)
			require.Equal(t, arbiter.GameChallengerWon, rep.Status)
			require.Equal(t, arbiter.ReasonStepDisproved, rep.Reason)
			require.Equal(t, rounds, rep.Rounds)
			require.Equal(t, 2*rounds+1, rep.Moves, "a bisect and a choose per round, then the step")
			require.True(t, rep.SideBySide)
			// The challenger traces the false claim's input (857,025
			// steps, seconds under load) before it challenges, while the
			// devnet seals a block every second: no bound on the blocks.
			require.Positive(t, rep.ReactionBlocks)
			p := demo.Params()
			require.Equal(t, new(big.Int).Div(p.SubmitBond, big.NewInt(2)), rep.Burned, "half the liar's bond burned")
			g := rep.Gas
			require.Len(t, g.Bisect, rounds)
			require.Len(t, g.Choose, rounds)
			for _, v := range []uint64{g.Request, g.SubmitTrue, g.SubmitFalse, g.Challenge, g.Step, g.Finalize} {
				require.Positive(t, v)
			}
			require.LessOrEqual(t, g.SubmitTrue, uint64(150_000), "submitCompletion at T = 64")
			require.LessOrEqual(t, g.SubmitFalse, uint64(150_000), "submitCompletion at T = 64")
			for _, v := range append(append([]uint64(nil), g.Bisect...), g.Choose...) {
				require.LessOrEqual(t, v, uint64(80_000), "a move")
			}
			require.LessOrEqual(t, g.Step, uint64(300_000), "a step, worst case")
			require.LessOrEqual(t, g.Claimant(), uint64(2_000_000), "a side of a dispute")
			require.LessOrEqual(t, g.Challenger(), uint64(2_000_000), "a side of a dispute")
			for _, want := range []string{"REJECTED", "DIFFERS from", fmt.Sprintf("consumer contract received the completion of request %v: %q", rep.Request, honest),
				fmt.Sprintf("completion %q", rep.Lie), "DONE", "dispute gas"} {
				require.Contains(t, out.String(), want)
			}
		})
	}
}
