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
	"github.com/opml-dev/opml/submitter"
	"github.com/opml-dev/opml/testkit/nodetest"
	"github.com/opml-dev/opml/vm"
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
		if r.Status == arbiter.RequestClaimed && !advanced {
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
