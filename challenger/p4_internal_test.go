package challenger

import (
	"context"
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/node"
	"github.com/opml-dev/opml/node/nodemetrics"
	"github.com/opml-dev/opml/submitter"
	"github.com/opml-dev/opml/testkit/nodetest"
	"github.com/opml-dev/opml/vm"
)

// TestFlagsUnderivableTrace (P4): a challenger whose trace's final state
// hash is not the oracle-derived hash flags it (once per claim) and, since
// no claim can equal such a trace, disputes the claim (watch-only here, so
// nothing is sent).
func TestFlagsUnderivableTrace(t *testing.T) {
	ctx := context.Background()
	e := nodetest.NewFixture(t, "mlp", nodetest.Params())
	e.Request(e.Chain.Accounts[1], big.NewInt(5000), 0)

	sn := e.NewNode("submitter", "", e.Chain.Accounts[2])
	t.Cleanup(sn.Close)
	sub, err := submitter.New(ctx, submitter.Config{Oracle: e.Addrs.Oracle, Models: node.NewModels(e.Model), Client: e.Chain.Client,
		Sender: sn.Txm, Store: sn.Store, Logger: nodetest.Logger(t, "submitter")})
	require.NoError(t, err)
	sn.Svc = sub
	sn.Step(ctx) // an honest claim

	cn := e.NewNode("challenger", "", e.Chain.Accounts[3])
	t.Cleanup(cn.Close)
	m := nodemetrics.New("challenger")
	c, err := New(ctx, Config{Oracle: e.Addrs.Oracle, Models: node.NewModels(e.Model), Client: e.Chain.Client, Sender: cn.Txm,
		Store: cn.Store, Logger: nodetest.Logger(t, "challenger"), Metrics: m, WatchOnly: true})
	require.NoError(t, err)
	c.claimable = func(tr *vm.Trace) (node.Claimable, error) {
		cl, err := node.ClaimableOf(tr)
		cl.TraceHash[7] ^= 1
		return cl, err
	}
	cn.Svc = c
	for range 3 {
		cn.Step(ctx)
	}
	reg := m.Registry()
	require.Equal(t, 1.0, nodetest.Metric(t, reg, "opml_claims_total", "outcome", "underivable"), "flagged once")
	require.Equal(t, 1.0, nodetest.Metric(t, reg, "opml_claims_total", "outcome", "disputed"), "the claim differs from the trace")
	require.Zero(t, nodetest.Metric(t, reg, "opml_claims_total", "outcome", "agreed"))
	require.Empty(t, e.Txs(cn.Acct.Addr), "watch-only")
}
