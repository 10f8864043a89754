package submitter_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/node"
	"github.com/opml-dev/opml/node/nodemetrics"
	"github.com/opml-dev/opml/submitter"
	"github.com/opml-dev/opml/testkit/nodetest"
	"github.com/opml-dev/opml/testkit/rpcproxy"
)

// TestTickBatchesReads: a submitter reading the chain through a counting
// proxy reads the state of a tick's N requests in one JSON-RPC batch, not
// N eth_calls: the tick that claims them sends one batch of N requestOf;
// the next, with every request claimed and every claim in its window, one
// batch of 2N (requestOf and our claim's claimOf per request, claimOf per
// claim: the claim read twice is sent once). The few single eth_calls left
// are the tick's own (the credit). The backlog stays empty (N < TickBatch).
func TestTickBatchesReads(t *testing.T) {
	ctx := context.Background()
	f := nodetest.NewFixture(t, "mlp", nodetest.Params())
	const n = 12
	for range n {
		f.Request(f.Chain.Accounts[1], big.NewInt(1000), 100_000)
	}
	p, err := rpcproxy.Start(f.RPCURL(), rpcproxy.Faults{}, 1)
	require.NoError(t, err)
	t.Cleanup(func() { _ = p.Close() })
	c, err := ethclient.Dial(p.URL())
	require.NoError(t, err)
	t.Cleanup(c.Close)

	nd := f.NewNode("submitter", "", f.Chain.Accounts[2])
	m := nodemetrics.New("submitter")
	s, err := submitter.New(ctx, submitter.Config{Oracle: f.Addrs.Oracle, Models: node.NewModels(f.Model),
		Client: c, Sender: nd.Txm, Store: nd.Store, Logger: nodetest.Logger(t, "submitter"), Metrics: m})
	require.NoError(t, err)
	nd.Svc = s
	t.Cleanup(nd.Close)

	nd.Feed(ctx)
	p.ResetCalls()
	require.NoError(t, s.Tick(ctx))
	calls := p.Calls()
	t.Logf("claiming tick: %+v", calls)
	require.Equal(t, 1, calls.Batches)
	require.Equal(t, n, calls.Batched["eth_call"], "requestOf of every request in the batch")
	require.LessOrEqual(t, calls.Single["eth_call"], 1, "no read per request")
	require.Equal(t, n, f.Txs(nd.Acct.Addr)["submit"], "every request claimed")

	nd.Feed(ctx) // our Submitted events
	require.Equal(t, n, nd.Count("submitter.claims"))
	p.ResetCalls()
	require.NoError(t, s.Tick(ctx))
	calls = p.Calls()
	t.Logf("following tick: %+v", calls)
	require.Equal(t, 1, calls.Batches)
	require.Equal(t, 2*n, calls.Batched["eth_call"])
	require.LessOrEqual(t, calls.Single["eth_call"], 1)
	require.Zero(t, nodetest.Metric(t, m.Registry(), "opml_backlog", "kind", "requests"))
	require.Zero(t, nodetest.Metric(t, m.Registry(), "opml_backlog", "kind", "claims"))

	// Past the window: the claims are finalized from batched reads too.
	f.Advance(time.Duration(f.P.ChallengeWindow+1) * time.Second)
	p.ResetCalls()
	require.NoError(t, s.Tick(ctx))
	require.Equal(t, n, f.Txs(nd.Acct.Addr)["finalize"])
	require.LessOrEqual(t, p.Calls().Single["eth_call"], 1)
}
