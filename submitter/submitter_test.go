package submitter_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/testbindings"
	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/node"
	"github.com/opml-dev/opml/node/nodemetrics"
	"github.com/opml-dev/opml/submitter"
	"github.com/opml-dev/opml/testkit/nodetest"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
)

// TestHonestFinalizes: an honest submitter answers a consumer contract's
// request; nobody challenges; after the window it finalizes, the consumer's
// callback receives the output, result() returns it, and the submitter
// withdraws bond + fee. Exactly one submit, finalize and withdraw are sent.
func TestHonestFinalizes(t *testing.T) {
	ctx := context.Background()
	f, err := fixtures.Load("mlp")
	require.NoError(t, err)
	e := nodetest.New(t, nodetest.Params())
	e.Register(f.Model)

	consumerABI := testbindings.NewTestConsumer()
	consumer, _, err := e.Chain.Deploy(e.Chain.Accounts[1], common.FromHex(testbindings.TestConsumerMetaData.Bin),
		consumerABI.PackConstructor(e.Addrs.Oracle))
	require.NoError(t, err)

	n := e.NewNode("submitter", "", e.Chain.Accounts[2])
	s, err := submitter.New(ctx, submitter.Config{Oracle: e.Addrs.Oracle, Models: node.NewModels(f.Model),
		Client: e.Chain.Client, Sender: n.Txm, Store: n.Store, Logger: nodetest.Logger(t, "submitter")})
	require.NoError(t, err)
	n.Svc = s
	t.Cleanup(n.Close)

	input, err := arbiter.RequestInput(&f.Model.Header, f.Input)
	require.NoError(t, err)
	fee := big.NewInt(5000)
	e.Send(e.Chain.Accounts[1], consumer, fee, consumerABI.PackAsk(f.Model.ID(), input, 200_000))
	reqID := big.NewInt(1)

	tr, err := vm.NewTrace(f.Model, f.Input)
	require.NoError(t, err)
	want, err := arbiter.ClaimOutput(&f.Model.Header, tr.Output())
	require.NoError(t, err)

	o := arbiter.Oracle{Addr: e.Addrs.Oracle, Caller: e.Chain.Client}
	advanced := false
	for i := 0; ; i++ {
		require.Less(t, i, 50, "no finalization")
		n.Step(ctx)
		r, err := o.Request(ctx, reqID)
		require.NoError(t, err)
		credit, err := o.Credit(ctx, n.Acct.Addr)
		require.NoError(t, err)
		if r.Status == arbiter.RequestFinalized && credit.Sign() == 0 {
			break
		}
		if r.Pending > 0 && !advanced {
			e.Advance(time.Duration(e.P.ChallengeWindow+1) * time.Second)
			advanced = true
		}
	}
	res, err := o.Request(context.Background(), reqID)
	require.NoError(t, err)
	require.Equal(t, arbiter.RequestFinalized, res.Status)
	require.Equal(t, want, res.Output)
	got, err := consumerABI.UnpackLastOutput(e.Call(consumer, consumerABI.PackLastOutput()))
	require.NoError(t, err)
	require.Equal(t, want, got, "the consumer's callback got the output")

	require.Equal(t, map[string]int{"submit": 1, "finalize": 1, "withdraw": 1}, e.Txs(n.Acct.Addr))
	require.Equal(t, new(big.Int).Add(e.P.SubmitBond, fee), e.Withdrawn(n.Acct.Addr), "bond back plus the fee")

	// Idle ticks send nothing more, even after every log is handled again
	// (HandleLogs is idempotent; progress is kept apart from the facts).
	for range 3 {
		n.Step(ctx)
	}
	n.Rewind(0)
	for range 2 {
		n.Step(ctx)
	}
	require.Equal(t, map[string]int{"submit": 1, "finalize": 1, "withdraw": 1}, e.Txs(n.Acct.Addr))
}

// newSubmitter starts a submitter with cfg's options on account acct (the
// chain, store and sender fields are filled in).
func newSubmitter(t *testing.T, e *nodetest.Env, m *model.Model, name string, acct int, cfg submitter.Config) (*nodetest.Node, *nodemetrics.Metrics) {
	n := e.NewNode(name, "", e.Chain.Accounts[acct])
	met := nodemetrics.New("submitter")
	cfg.Oracle, cfg.Models, cfg.Client, cfg.Sender, cfg.Store = e.Addrs.Oracle, node.NewModels(m), e.Chain.Client, n.Txm, n.Store
	cfg.Logger, cfg.Metrics = nodetest.Logger(t, name), met
	s, err := submitter.New(context.Background(), cfg)
	require.NoError(t, err)
	n.Svc = s
	t.Cleanup(n.Close)
	return n, met
}

// TestFeePolicy: under a fee policy (minimum 1000 wei + 250,000 gas + the
// callback gas at 1 wei per gas) a zero-fee request and one whose callback
// gas raises the requirement above its fee are refused, logged once and
// never claimed; well-paid requests are claimed. The zero policy claims
// everything.
func TestFeePolicy(t *testing.T) {
	ctx := context.Background()
	f, err := fixtures.Load("mlp")
	require.NoError(t, err)
	e := nodetest.New(t, nodetest.Params())
	e.Register(f.Model)
	input, err := arbiter.RequestInput(&f.Model.Header, f.Input)
	require.NoError(t, err)

	policy := submitter.FeePolicy{MinFee: big.NewInt(1000), GasPrice: big.NewInt(1)}
	require.Equal(t, big.NewInt(1000+250_000), policy.Required(0, big.NewInt(1)))
	require.Equal(t, big.NewInt(1000+250_000+200_000), policy.Required(200_000, big.NewInt(1)), "callback gas raises the requirement")
	require.Equal(t, big.NewInt(1000), policy.Required(200_000, nil), "no gas price: the minimum")
	require.Equal(t, big.NewInt(2*(100_000+5)), submitter.FeePolicy{OverheadGas: 100_000}.Required(5, big.NewInt(2)))
	require.Zero(t, submitter.FeePolicy{}.Required(3_000_000, nil).Sign(), "the zero policy")
	require.Equal(t, big.NewInt(1000+250_000+submitter.CompletionExtraGas+7), policy.RequiredCompletion(7, big.NewInt(1)),
		"a completion claim costs CompletionExtraGas more")
	require.Equal(t, big.NewInt(1000), policy.RequiredCompletion(7, nil), "no gas price: the minimum")
	require.False(t, submitter.FeePolicy{}.Active())
	require.False(t, submitter.FeePolicy{MinFee: new(big.Int), GasPrice: new(big.Int)}.Active())
	require.True(t, policy.Active())

	type req struct {
		fee, cbGas int64
		claimed    bool
	}
	reqs := []req{
		{0, 0, false},              // zero fee
		{1_000_000, 0, true},       // well paid
		{300_000, 200_000, false},  // requires 451,000 with its callback gas
		{300_000, 0, true},         // the same fee without a callback pays
		{251_000, 0, true},         // exactly the requirement
		{250_999, 0, false},        // one wei short
		{1_000_000, 300_000, true}, // pays its callback
	}
	for _, r := range reqs {
		e.Send(e.Chain.Accounts[1], e.Addrs.Oracle, big.NewInt(r.fee), arbiter.PackRequest(f.Model.ID(), input, uint64(r.cbGas)))
	}
	n, met := newSubmitter(t, e, f.Model, "submitter", 2, submitter.Config{Fees: policy})
	for range 5 {
		n.Step(ctx)
	}
	o := arbiter.Oracle{Addr: e.Addrs.Oracle, Caller: e.Chain.Client}
	want := 0
	for i, r := range reqs {
		got, err := o.Request(ctx, big.NewInt(int64(i+1)))
		require.NoError(t, err)
		if r.claimed {
			want++
			require.Equal(t, uint32(1), got.Attempts, "request %d (fee %d, callback gas %d) claimed", i+1, r.fee, r.cbGas)
		} else {
			require.Zero(t, got.Attempts, "request %d (fee %d, callback gas %d) refused", i+1, r.fee, r.cbGas)
		}
	}
	require.Equal(t, map[string]int{"submit": want}, e.Txs(n.Acct.Addr))
	reg := met.Registry()
	require.Equal(t, float64(len(reqs)-want), nodetest.Metric(t, reg, "opml_claims_total", "outcome", "underpaid"), "each refusal counted once")
	require.Equal(t, float64(want), nodetest.Metric(t, reg, "opml_claims_total", "outcome", "posted"))
	require.Equal(t, want, n.Count("submitter.requests"), "refused requests are finished")
	require.Equal(t, len(reqs)-want, n.Count("submitter.requests.finished"))

	// The automatic gas price (the chain's suggestion, positive on the
	// simulated chain) refuses a 1-wei fee and accepts a realistic one; with
	// no policy a second submitter claims even the zero-fee request.
	e.Send(e.Chain.Accounts[1], e.Addrs.Oracle, big.NewInt(1), arbiter.PackRequest(f.Model.ID(), input, 0))
	e.Send(e.Chain.Accounts[1], e.Addrs.Oracle, big.NewInt(1e16), arbiter.PackRequest(f.Model.ID(), input, 0))
	auto, _ := newSubmitter(t, e, f.Model, "auto", 3, submitter.Config{Fees: submitter.FeePolicy{AutoGasPrice: true}})
	free, _ := newSubmitter(t, e, f.Model, "free", 4, submitter.Config{})
	for range 3 {
		auto.Step(ctx)
		free.Step(ctx)
	}
	attempts := func(id int64) uint32 {
		r, err := o.Request(ctx, big.NewInt(id))
		require.NoError(t, err)
		return r.Attempts
	}
	nreq := int64(len(reqs))
	require.Equal(t, uint32(1), attempts(nreq+1), "1 wei: only the submitter without a policy")
	require.Equal(t, uint32(2), attempts(nreq+2), "0.01 ether: both")
	require.Equal(t, uint32(1), attempts(1), "the zero-fee request: only the submitter without a policy")
	require.Equal(t, len(reqs)+2, e.Txs(free.Acct.Addr)["submit"])

	_, err = submitter.New(ctx, submitter.Config{Oracle: e.Addrs.Oracle, Models: node.NewModels(f.Model), Client: e.Chain.Client,
		Sender: n.Txm, Store: n.Store, Fees: submitter.FeePolicy{AutoGasPrice: true, GasPrice: big.NewInt(1)}})
	require.ErrorContains(t, err, "exclusive")
	_, err = submitter.New(ctx, submitter.Config{Oracle: e.Addrs.Oracle, Models: node.NewModels(f.Model), Client: e.Chain.Client,
		Sender: n.Txm, Store: n.Store, Fees: submitter.FeePolicy{MinFee: big.NewInt(-1)}})
	require.ErrorContains(t, err, "negative")
}

// TestExpiredRequest: a request nobody claimed before its expiry is
// finished without a claim; its consumer cancels it and gets the fee back.
func TestExpiredRequest(t *testing.T) {
	ctx := context.Background()
	e := nodetest.NewFixture(t, "mlp", nodetest.Params())
	e.Request(e.Chain.Accounts[1], big.NewInt(5000), 0)
	e.Advance(time.Duration(e.P.RequestTimeout) * time.Second)
	n, _ := newSubmitter(t, e.Env, e.Model, "late", 2, submitter.Config{})
	for range 3 {
		n.Step(ctx)
	}
	require.Empty(t, e.Txs(n.Acct.Addr), "no claim on an expired request")
	require.Zero(t, n.Count("submitter.requests"))
	require.Equal(t, 1, n.Count("submitter.requests.finished"))
	data, err := arbiter.PackCancel(big.NewInt(1))
	require.NoError(t, err)
	e.Send(e.Chain.Accounts[1], e.Addrs.Oracle, nil, data)
	o := arbiter.Oracle{Addr: e.Addrs.Oracle, Caller: e.Chain.Client}
	r, err := o.Request(ctx, big.NewInt(1))
	require.NoError(t, err)
	require.Equal(t, arbiter.RequestCancelled, r.Status)
	credit, err := o.Credit(ctx, e.Chain.Accounts[1].Addr)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(5000), credit, "the fee is the consumer's again")
}
