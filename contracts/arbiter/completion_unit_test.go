package arbiter_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/testkit/echomodel"
)

// TestCompletionEncoding: the Go definitions of a completion request
// (docs/protocol.md §3.6) on their own: prompt ids round-trip through
// every width, x is prompt ‖ c_0 … c_{tokens−2} ‖ 0 …, the completion is
// output[P−1 …], and a claim whose output does not imply its own x is
// inconsistent.
func TestCompletionEncoding(t *testing.T) {
	m, err := echomodel.Echo(8)
	require.NoError(t, err)
	h := &m.Header
	for _, w := range []uint8{1, 2, 3, 4} {
		ids := []int32{0, 1, 255}
		if w > 1 {
			ids = append(ids, 256, 1<<(8*int(w))-1)
		}
		if w == 4 {
			ids = append(ids, -1, 1<<31-1)
		}
		c, err := arbiter.NewCompletion(h, ids[:min(len(ids), 7)], 1, w)
		require.NoError(t, err, "width %d", w)
		require.Len(t, c.Prompt, int(w)*min(len(ids), 7))
		require.Equal(t, ids[:min(len(ids), 7)], c.PromptIDs())
		require.Equal(t, c.Prompt, arbiter.EncodeTokens(c.PromptIDs(), w))
		require.Equal(t, ids, arbiter.DecodeTokens(arbiter.EncodeTokens(ids, w), w))
	}
	_, err = arbiter.NewCompletion(h, []int32{256}, 1, 1)
	require.ErrorContains(t, err, "does not fit 1 bytes")

	c, err := arbiter.NewCompletion(h, []int32{'a', 'b', 'c'}, 4, 1)
	require.NoError(t, err)
	out := []int64{9, 9, 'x', 'y', 'z', 'w', 9, 9} // c = x y z w
	x, err := c.Input(h, out)
	require.NoError(t, err)
	require.Equal(t, []int32{'a', 'b', 'c', 'x', 'y', 'z', 0, 0}, x, "prompt, c_0..c_2, padding 0")
	gen, err := c.Generated(h, out)
	require.NoError(t, err)
	require.Equal(t, []int32{'x', 'y', 'z', 'w'}, gen)
	res, err := c.Result(h, out)
	require.NoError(t, err)
	require.Equal(t, "xyzw", string(res))
	require.NoError(t, c.CheckConsistent(h, x, out), "the x an output implies is consistent with it")
	again := append([]int64(nil), out...)
	again[3] = 'q' // the final pass over x gives another c_1 than x holds
	require.ErrorIs(t, c.CheckConsistent(h, x, again), arbiter.ErrInconsistent)
	consistent := []int64{'a', 'b', 'c', 'c', 'c', 'c', 0, 0} // the echo model's own output on its x
	xc, err := c.Input(h, consistent)
	require.NoError(t, err)
	require.NoError(t, c.CheckConsistent(h, xc, consistent))
	_, err = c.Input(h, out[:7])
	require.ErrorContains(t, err, "output has 7 values")
	wide := append([]int64(nil), out...)
	wide[5] = 256
	_, err = c.Result(h, wide)
	require.ErrorIs(t, err, arbiter.ErrTokenTooWide)
}
