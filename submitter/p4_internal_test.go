package submitter

import (
	"context"
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/node"
	"github.com/opml-dev/opml/node/nodemetrics"
	"github.com/opml-dev/opml/testkit/nodetest"
	"github.com/opml-dev/opml/vm"
)

// TestRefusesUnderivableTrace (P4): a trace whose final state hash is not
// the hash the oracle derives from its output and final RAM root is never
// claimed: the submitter logs the refusal, counts it once, finishes the
// request and sends nothing.
func TestRefusesUnderivableTrace(t *testing.T) {
	ctx := context.Background()
	e := nodetest.NewFixture(t, "mlp", nodetest.Params())
	e.Request(e.Chain.Accounts[1], big.NewInt(5000), 0)

	n := e.NewNode("submitter", "", e.Chain.Accounts[2])
	t.Cleanup(n.Close)
	m := nodemetrics.New("submitter")
	s, err := New(ctx, Config{Oracle: e.Addrs.Oracle, Models: node.NewModels(e.Model), Client: e.Chain.Client, Sender: n.Txm,
		Store: n.Store, Logger: nodetest.Logger(t, "submitter"), Metrics: m})
	require.NoError(t, err)
	s.claimable = func(tr *vm.Trace) (node.Claimable, error) {
		cl, err := node.ClaimableOf(tr)
		cl.TraceHash[7] ^= 1 // a final state the derivation does not see
		return cl, err
	}
	n.Svc = s
	for range 3 {
		n.Step(ctx)
	}
	require.Empty(t, e.Txs(n.Acct.Addr), "no claim")
	require.Equal(t, 1.0, nodetest.Metric(t, m.Registry(), "opml_claims_total", "outcome", "underivable"), "refused once")
	require.Zero(t, n.Count("submitter.requests"))
	require.Equal(t, 1, n.Count("submitter.requests.finished"))
}

// TestDropsTraceOnceClaimed: once its claim is on chain, a request's trace
// is dropped (a challenge rebuilds it), so a node keeps no trace for each
// claim waiting out its window.
func TestDropsTraceOnceClaimed(t *testing.T) {
	ctx := context.Background()
	e := nodetest.NewFixture(t, "mlp", nodetest.Params())
	e.Request(e.Chain.Accounts[1], big.NewInt(5000), 0)

	n := e.NewNode("submitter", "", e.Chain.Accounts[2])
	t.Cleanup(n.Close)
	s, err := New(ctx, Config{Oracle: e.Addrs.Oracle, Models: node.NewModels(e.Model), Client: e.Chain.Client, Sender: n.Txm,
		Store: n.Store, Logger: nodetest.Logger(t, "submitter")})
	require.NoError(t, err)
	n.Svc = s
	for range 3 {
		n.Step(ctx)
	}
	require.Len(t, e.Txs(n.Acct.Addr), 1, "one claim")
	require.Equal(t, 1, n.Count("submitter.requests"), "the request stays active until its claim is finalized")
	require.Zero(t, s.traces.Len(), "no trace kept for a claim nobody challenged")
}
