package complete_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/complete"
	"github.com/opml-dev/opml/vm/model"
)

func load(t *testing.T, name string) *model.Model {
	t.Helper()
	b, err := os.ReadFile("../../fixtures/models/" + name + ".opml")
	require.NoError(t, err)
	m, err := model.Decode(b)
	require.NoError(t, err)
	return m
}

func ids(s string) []int32 {
	out := make([]int32, len(s))
	for k := range s {
		out[k] = int32(s[k])
	}
	return out
}

// Greedy on the committed completion model: each token is the model's
// output at its position after the prefix, x is prompt ‖ completion minus
// its last token ‖ zeros, and one pass over x reproduces the completion.
func TestGreedy(t *testing.T) {
	m := load(t, "lm")
	T, err := complete.Context(&m.Header)
	require.NoError(t, err)
	require.Equal(t, 64, T)
	prompt := ids("Q: What do you get when you cross ")
	r, err := complete.Greedy(m, prompt, 20)
	require.NoError(t, err)
	require.Len(t, r.Tokens, 20)
	require.Equal(t, 20, r.Passes)
	require.Equal(t, prompt, r.Input[:len(prompt)])
	require.Equal(t, r.Tokens[:19], r.Input[len(prompt):len(prompt)+19])
	for _, id := range r.Input[len(prompt)+19:] {
		require.Zero(t, id)
	}
	ram, err := vm.ExecuteInt32(m, r.Input)
	require.NoError(t, err)
	out := vm.ReadTensor(m.Header.Output, ram)
	for i, c := range r.Tokens {
		require.Equal(t, int64(c), out[len(prompt)-1+i], "token %d", i)
	}
	t.Logf("%q → %q", string(toBytes(prompt)), string(toBytes(r.Tokens)))

	// Deterministic, and a prefix of a longer completion.
	r2, err := complete.Greedy(m, prompt, 25)
	require.NoError(t, err)
	require.Equal(t, r.Tokens, r2.Tokens[:20])

	// The whole context: P + n − 1 = T.
	_, err = complete.Greedy(m, ids(string(make([]byte, 60))), 5)
	require.NoError(t, err)
}

func toBytes(x []int32) []byte {
	b := make([]byte, len(x))
	for k, v := range x {
		b[k] = byte(v)
	}
	return b
}

func TestGreedyRefuses(t *testing.T) {
	m := load(t, "lm")
	for _, tc := range []struct {
		prompt []int32
		n      int
	}{{nil, 1}, {ids("a"), 0}, {ids(string(make([]byte, 60))), 6}, {ids(string(make([]byte, 65))), 1}} {
		_, err := complete.Greedy(m, tc.prompt, tc.n)
		require.ErrorContains(t, err, "do not fit the context of 64")
	}
	_, err := complete.Greedy(load(t, "mlp"), ids("a"), 1)
	require.ErrorContains(t, err, "not a completion model")
}
