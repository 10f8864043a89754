package deployment

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/chainconfig"
	"github.com/opml-dev/opml/testkit/echomodel"
	"github.com/opml-dev/opml/testkit/simchain"
)

// TestCompletionLifecycle: a completion request sent directly and one
// through the ExampleConsumer (1-byte and 4-byte tokens) are read back
// with their parameters; once an honest claim finalizes, ReadResult gives
// the completion as text (1-byte tokens) or ids.
func TestCompletionLifecycle(t *testing.T) {
	ctx := context.Background()
	c := simchain.New(t)
	s := chainSender{c, c.Accounts[0]}
	addrs, first, err := Deploy(ctx, s, testParams())
	require.NoError(t, err)
	consumer, err := DeployConsumer(ctx, s, addrs.Oracle)
	require.NoError(t, err)
	m, err := echomodel.Echo(echomodel.DefaultContext)
	require.NoError(t, err)
	_, err = Register(ctx, s, c.Client, addrs.Registry, m, "file://echo.opml")
	require.NoError(t, err)
	d := &File{Version: Version, ChainID: chainconfig.ChainID, DeployBlock: first, Contracts: addrs, Params: FromArbiter(testParams())}

	text, err := arbiter.NewCompletion(&m.Header, []int32{'o', 'k'}, 4, 1)
	require.NoError(t, err)
	wide, err := arbiter.NewCompletion(&m.Header, []int32{70000}, 2, 4)
	require.NoError(t, err)
	id1, _, err := RequestCompletion(ctx, s, CompletionArgs{Oracle: addrs.Oracle, ModelID: m.ID(), Completion: text, Fee: big.NewInt(5)})
	require.NoError(t, err)
	id2, _, err := RequestCompletion(ctx, s, CompletionArgs{Oracle: addrs.Oracle, ModelID: m.ID(), Completion: wide, CallbackGas: 200_000, Via: &consumer})
	require.NoError(t, err)
	res, err := ReadResult(ctx, c.Client, d, id2)
	require.NoError(t, err)
	require.Equal(t, "open", res.Status)
	require.Equal(t, consumer, res.Consumer)
	require.Equal(t, &CompletionResult{PromptTokens: 1, Tokens: 2, TokenBytes: 4}, res.Completion)

	sub := c.Accounts[1]
	for _, req := range []struct {
		id *big.Int
		c  arbiter.Completion
	}{{id1, text}, {id2, wide}} {
		tr, err := arbiter.Generate(m, req.c, nil)
		require.NoError(t, err)
		out, err := arbiter.ClaimOutput(&m.Header, tr.Output())
		require.NoError(t, err)
		data, err := arbiter.PackSubmitCompletion(req.id, req.c.Prompt, out, tr.Final().RAMRoot)
		require.NoError(t, err)
		_, err = c.Send(sub, addrs.Oracle, big.NewInt(1000), data)
		require.NoError(t, err)
		require.NoError(t, c.Advance(61*time.Second))
		data, err = arbiter.PackFinalize(arbiter.ClaimID(req.id, 1), out, tr.Final().RAMRoot)
		require.NoError(t, err)
		_, err = c.Send(sub, addrs.Oracle, nil, data)
		require.NoError(t, err)
	}
	res, err = ReadResult(ctx, c.Client, d, id1)
	require.NoError(t, err)
	require.Equal(t, "finalized", res.Status)
	require.Equal(t, &CompletionResult{PromptTokens: 2, Tokens: 4, TokenBytes: 1, IDs: []int32{'k', 'k', 'k', 'k'}, Text: "kkkk"}, res.Completion)
	require.Equal(t, []byte("kkkk"), res.Output)
	require.Nil(t, res.Values, "a completion is not decoded as the output tensor")
	res, err = ReadResult(ctx, c.Client, d, id2)
	require.NoError(t, err)
	require.Equal(t, []int32{70000, 70000}, res.Completion.IDs)
	require.Empty(t, res.Completion.Text)
	require.Equal(t, arbiter.EncodeTokens([]int32{70000, 70000}, 4), res.Output)
}
