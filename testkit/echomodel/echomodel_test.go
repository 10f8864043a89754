package echomodel_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/testkit/echomodel"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/ops"
)

// TestEcho: the model is a registrable version-2 completion model whose
// output is its input, and greedy decoding through arbiter.Generate
// repeats the prompt's last token.
func TestEcho(t *testing.T) {
	m, err := echomodel.Echo(echomodel.DefaultContext)
	require.NoError(t, err)
	h := &m.Header
	require.NoError(t, arbiter.CheckCompletionModel(h))
	require.NoError(t, arbiter.CheckRegistrable(h))
	require.Equal(t, ops.Int32, h.Input.DType)
	require.EqualValues(t, echomodel.DefaultContext, arbiter.Context(h))

	x := make([]int32, echomodel.DefaultContext)
	for i := range x {
		x[i] = int32(i*7 - 100)
	}
	tr, err := vm.NewTraceInt32(m, x)
	require.NoError(t, err)
	for i, v := range tr.Output() {
		require.EqualValues(t, x[i], v)
	}

	prompt := []int32{'h', 'i', '!'}
	c, err := arbiter.NewCompletion(h, prompt, 5, 1)
	require.NoError(t, err)
	g, err := arbiter.Generate(m, c, nil)
	require.NoError(t, err)
	got, err := c.Generated(h, g.Output())
	require.NoError(t, err)
	require.Equal(t, echomodel.Completion(prompt, 5), got)

	_, err = echomodel.Echo(0)
	require.Error(t, err)
}
