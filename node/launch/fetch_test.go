package launch

import (
	"context"
	"math/big"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/node/modelfetch"
	"github.com/opml-dev/opml/node/nodemetrics"
	"github.com/opml-dev/opml/testkit/nodetest"
)

// TestFetchRegisteredModel: a submitter started with no models learns of
// a model registered onchain with an http:// URI, fetches and verifies it
// and its card (served beside it), and claims a request on it; the store
// records gauge shows the request and the claim.
func TestFetchRegisteredModel(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a node against the simulated chain")
	}
	fx, err := fixtures.Load("mlp")
	require.NoError(t, err)
	card, err := fx.Card.Encode()
	require.NoError(t, err)
	file := fx.Model.Encode()
	mux := http.NewServeMux()
	mux.HandleFunc("/m/mlp.opml", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write(file) })
	mux.HandleFunc("/m/mlp.opml.json", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write(card) })
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	e := nodetest.New(t, nodetest.Params())
	e.Send(e.Chain.Accounts[0], e.Addrs.Registry, nil, arbiter.PackRegister(fx.Model, srv.URL+"/m/mlp.opml"))

	metrics := nodemetrics.New(Submitter)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, Config{Role: Submitter, RPC: e.RPCURL(), Oracle: e.Addrs.Oracle, DataDir: t.TempDir(),
			Key: e.Chain.Accounts[2].Key, FetchModels: true, ModelsAllowLocal: true, Confirmations: 0,
			PollInterval: 20 * time.Millisecond, TickInterval: 20 * time.Millisecond, Metrics: metrics}, nodetest.Logger(t, "submitter"))
	}()
	t.Cleanup(func() { cancel(); require.NoError(t, <-done) })

	input, err := arbiter.RequestInput(&fx.Model.Header, fx.Input)
	require.NoError(t, err)
	e.Send(e.Chain.Accounts[1], e.Addrs.Oracle, big.NewInt(5000), arbiter.PackRequest(fx.Model.ID(), input, 0))
	o := arbiter.Oracle{Addr: e.Addrs.Oracle, Caller: e.Chain.Client}
	id := big.NewInt(1)
	require.Eventually(t, func() bool {
		r, err := o.Request(context.Background(), id)
		return err == nil && r.Attempts >= 1
	}, 60*time.Second, 20*time.Millisecond, "the node never claimed the request")
	c, err := o.Claim(context.Background(), arbiter.ClaimID(id, 1))
	require.NoError(t, err)
	require.Equal(t, e.Chain.Accounts[2].Addr, c.Submitter)
	require.Equal(t, 1.0, nodetest.Metric(t, metrics.Registry(), "opml_model_fetches_total", "result", modelfetch.ResultFetched))
	// The store's records by bucket, counted after each tick: the request
	// and the pending claim (with its claimed-request entry).
	require.Eventually(t, func() bool {
		reg := metrics.Registry()
		return nodetest.Metric(t, reg, "opml_store_records", "bucket", "submitter.requests") == 1 &&
			nodetest.Metric(t, reg, "opml_store_records", "bucket", "submitter.claims") == 1 &&
			nodetest.Metric(t, reg, "opml_store_records", "bucket", "submitter.claimed") == 1
	}, 30*time.Second, 20*time.Millisecond, "store records gauge")
}
