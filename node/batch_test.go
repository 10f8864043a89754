package node_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/node"
	"github.com/opml-dev/opml/testkit/nodetest"
	"github.com/opml-dev/opml/testkit/rpcproxy"
)

// TestReadsPrefetch: reads prefetched as one JSON-RPC batch are answered
// from it (as many times as they were listed, with the same results as
// single calls), then go to the chain again; a failed batch leaves every
// read to a single call; a client that cannot batch makes single calls.
func TestReadsPrefetch(t *testing.T) {
	ctx := context.Background()
	f := nodetest.NewFixture(t, "mlp", nodetest.Params())
	for range 3 {
		f.Request(f.Chain.Accounts[1], big.NewInt(int64(1000)), 100_000)
	}
	p, err := rpcproxy.Start(f.RPCURL(), rpcproxy.Faults{}, 1)
	require.NoError(t, err)
	t.Cleanup(func() { _ = p.Close() })
	c, err := ethclient.Dial(p.URL())
	require.NoError(t, err)
	t.Cleanup(c.Close)

	reads := node.NewReads(c)
	require.True(t, reads.Batches())
	o := arbiter.Oracle{Addr: f.Addrs.Oracle, Caller: reads}
	direct := arbiter.Oracle{Addr: f.Addrs.Oracle, Caller: f.Chain.Client}
	var calls []ethereum.CallMsg
	for id := int64(1); id <= 3; id++ {
		msg, err := o.RequestCall(big.NewInt(id))
		require.NoError(t, err)
		calls = append(calls, msg)
	}
	calls = append(calls, calls[0]) // request 1 is read twice

	p.ResetCalls()
	n, clear, err := reads.Prefetch(ctx, calls)
	require.NoError(t, err)
	require.Equal(t, 3, n)
	require.Equal(t, rpcproxy.Calls{Single: map[string]int{}, Batched: map[string]int{"eth_call": 3}, Batches: 1}, p.Calls())
	for _, id := range []int64{1, 2, 3, 1} {
		got, err := o.Request(ctx, big.NewInt(id))
		require.NoError(t, err)
		want, err := direct.Request(ctx, big.NewInt(id))
		require.NoError(t, err)
		require.Equal(t, want, got)
		require.Equal(t, arbiter.RequestOpen, got.Status)
	}
	require.Zero(t, p.Calls().Single["eth_call"], "answered from the batch")
	_, err = o.Request(ctx, big.NewInt(1))
	require.NoError(t, err)
	require.Equal(t, 1, p.Calls().Single["eth_call"], "a read beyond the prefetched ones goes to the chain")

	// clear drops what no read used.
	p.ResetCalls()
	_, clear2, err := reads.Prefetch(ctx, calls[1:2])
	require.NoError(t, err)
	clear2()
	clear()
	_, err = o.Request(ctx, big.NewInt(2))
	require.NoError(t, err)
	require.Equal(t, 1, p.Calls().Single["eth_call"])

	// A failed batch: every read is a single call, and succeeds.
	p.SetFaults(rpcproxy.Faults{RPCError: 1})
	p.ResetCalls()
	n, _, err = reads.Prefetch(ctx, calls)
	require.Error(t, err)
	require.Zero(t, n)
	p.SetFaults(rpcproxy.Faults{})
	for _, id := range []int64{1, 2, 3} {
		got, err := o.Request(ctx, big.NewInt(id))
		require.NoError(t, err)
		require.Equal(t, arbiter.RequestOpen, got.Status)
	}
	require.Equal(t, 3, p.Calls().Single["eth_call"])

	// A client without batches: Prefetch does nothing, reads are single.
	plain := node.NewReads(f.Chain.Client)
	require.False(t, plain.Batches())
	n, _, err = plain.Prefetch(ctx, calls)
	require.NoError(t, err)
	require.Zero(t, n)
}
