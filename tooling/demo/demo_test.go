package demo_test

import (
	"bytes"
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/hashicorp/go-hclog"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/testkit/testlog"
	"github.com/opml-dev/opml/tooling/demo"
	"github.com/opml-dev/opml/vm"
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
