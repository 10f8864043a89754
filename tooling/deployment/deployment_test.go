package deployment

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/contracts/chainconfig"
	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/infra/txmgr"
	"github.com/opml-dev/opml/testkit/golden"
	"github.com/opml-dev/opml/testkit/simchain"
	"github.com/opml-dev/opml/vm"
)

// chainSender sends through the simulated chain (one block per send).
type chainSender struct {
	c *simchain.Chain
	a *simchain.Account
}

func (s chainSender) From() common.Address { return s.a.Addr }

func (s chainSender) Send(_ context.Context, c txmgr.Candidate) (*types.Receipt, error) {
	if c.To == nil {
		_, r, err := s.c.Deploy(s.a, c.Data, nil)
		return r, err
	}
	return s.c.Send(s.a, *c.To, c.Value, c.Data)
}

func testParams() arbiter.Params {
	return arbiter.Params{Arity: 4, ClockBudget: 600, SubmitBond: big.NewInt(1000), ChallengeBond: big.NewInt(700),
		ChallengeWindow: 60, RequestTimeout: 3600, MaxCallbackGas: 300_000}
}

// TestLifecycle deploys, registers (twice), requests directly and through
// the ExampleConsumer, finalizes an honest claim and reads the results.
func TestLifecycle(t *testing.T) {
	ctx := context.Background()
	c := simchain.New(t)
	s := chainSender{c, c.Accounts[0]}
	addrs, first, err := Deploy(ctx, s, testParams())
	require.NoError(t, err)
	require.NotZero(t, first)
	consumer, err := DeployConsumer(ctx, s, addrs.Oracle)
	require.NoError(t, err)

	fx, err := fixtures.Load("mlp")
	require.NoError(t, err)
	ok, err := Registered(ctx, c.Client, addrs.Registry, fx.Model.ID())
	require.NoError(t, err)
	require.False(t, ok)
	r, err := Register(ctx, s, c.Client, addrs.Registry, fx.Model, "file://mlp.opml")
	require.NoError(t, err)
	require.NotNil(t, r)
	r, err = Register(ctx, s, c.Client, addrs.Registry, fx.Model, "file://mlp.opml")
	require.NoError(t, err)
	require.Nil(t, r, "registering a registered model sends nothing")

	d := &File{Version: Version, ChainID: chainconfig.ChainID, DeployBlock: first, Contracts: addrs, Params: FromArbiter(testParams())}
	id1, _, err := Request(ctx, s, RequestArgs{Oracle: addrs.Oracle, ModelID: fx.Model.ID(), Input: fx.Input, Fee: big.NewInt(5)})
	require.NoError(t, err)
	require.Equal(t, int64(1), id1.Int64())
	id2, _, err := Request(ctx, s, RequestArgs{Oracle: addrs.Oracle, ModelID: fx.Model.ID(), Input: fx.Input, CallbackGas: 200_000, Via: &consumer})
	require.NoError(t, err)
	require.Equal(t, int64(2), id2.Int64())

	res, err := ReadResult(ctx, c.Client, d, id2)
	require.NoError(t, err)
	require.Equal(t, "open", res.Status)
	require.Equal(t, consumer, res.Consumer)
	require.Empty(t, res.Claims)
	require.NotNil(t, res.Claims, "no claims is an empty list, not null")
	_, err = ReadResult(ctx, c.Client, d, big.NewInt(3))
	require.ErrorIs(t, err, ErrUnknownRequest)
	_, err = ReadResult(ctx, c.Client, d, big.NewInt(0))
	require.ErrorIs(t, err, ErrUnknownRequest)

	// An honest claim on request 2, finalized after the window.
	tr, err := vm.NewTrace(fx.Model, fx.Input)
	require.NoError(t, err)
	out, err := arbiter.ClaimOutput(&fx.Model.Header, tr.Output())
	require.NoError(t, err)
	oracle := bindings.NewInferenceOracle()
	sub := c.Accounts[1]
	_, err = c.Send(sub, addrs.Oracle, big.NewInt(1000), oracle.PackSubmit(id2, out, tr.Final().RAMRoot))
	require.NoError(t, err)
	res, err = ReadResult(ctx, c.Client, d, id2)
	require.NoError(t, err)
	require.Equal(t, "open", res.Status, "claims run side by side: the request stays open")
	require.Equal(t, uint32(1), res.Pending)
	require.NotZero(t, res.ExpiresAt)
	require.Len(t, res.Claims, 1)
	require.Equal(t, "pending", res.Claims[0].Status)
	require.Equal(t, sub.Addr, res.Claims[0].Submitter)
	require.NoError(t, c.Advance(61*time.Second))
	claimID := res.Claims[0].ID
	_, err = c.Send(sub, addrs.Oracle, nil, oracle.PackFinalize(claimID, out, tr.Final().RAMRoot))
	require.NoError(t, err)

	res, err = ReadResult(ctx, c.Client, d, id2)
	require.NoError(t, err)
	require.Equal(t, "finalized", res.Status)
	require.Zero(t, res.Pending)
	require.Equal(t, "accepted", res.Claims[0].Status)
	require.Equal(t, out, res.Output)
	require.Equal(t, tr.Output(), res.Values)
	require.Equal(t, fx.Model.Header.Output.Shape(), res.OutputShape)
	require.NotNil(t, res.Argmax)
	for i, v := range res.Values {
		require.LessOrEqual(t, v, res.Values[*res.Argmax], "value %d exceeds the argmax", i)
	}
	require.Equal(t, 2, Argmax([]int64{1, 3, 7, 7, -2}), "the first of equal maxima")

	ex := bindings.NewExampleConsumer()
	b, err := c.Call(sub.Addr, consumer, ex.PackDelivered(id2))
	require.NoError(t, err)
	delivered, err := ex.UnpackDelivered(b)
	require.NoError(t, err)
	require.True(t, delivered, "the consumer's callback stored the output")
	b, err = c.Call(sub.Addr, consumer, ex.PackOutputOf(id2))
	require.NoError(t, err)
	got, err := ex.UnpackOutputOf(b)
	require.NoError(t, err)
	require.Equal(t, out, got)
}

// TestCancel: a consumer cancels its expired, unanswered requests, sent
// directly and through the ExampleConsumer, and gets the fees back; too
// early, with a claim pending, or by someone else, Cancel says why and
// sends nothing.
func TestCancel(t *testing.T) {
	ctx := context.Background()
	c := simchain.New(t)
	s := chainSender{c, c.Accounts[0]}
	p := testParams()
	addrs, _, err := Deploy(ctx, s, p)
	require.NoError(t, err)
	consumer, err := DeployConsumer(ctx, s, addrs.Oracle)
	require.NoError(t, err)
	fx, err := fixtures.Load("mlp")
	require.NoError(t, err)
	_, err = Register(ctx, s, c.Client, addrs.Registry, fx.Model, "file://mlp.opml")
	require.NoError(t, err)

	asker := chainSender{c, c.Accounts[1]}
	fee := big.NewInt(7000)
	direct, _, err := Request(ctx, asker, RequestArgs{Oracle: addrs.Oracle, ModelID: fx.Model.ID(), Input: fx.Input, Fee: fee})
	require.NoError(t, err)
	via, _, err := Request(ctx, asker, RequestArgs{Oracle: addrs.Oracle, ModelID: fx.Model.ID(), Input: fx.Input, Fee: fee, Via: &consumer})
	require.NoError(t, err)
	claimed, _, err := Request(ctx, asker, RequestArgs{Oracle: addrs.Oracle, ModelID: fx.Model.ID(), Input: fx.Input, Fee: fee})
	require.NoError(t, err)
	tr, err := vm.NewTrace(fx.Model, fx.Input)
	require.NoError(t, err)
	out, err := arbiter.ClaimOutput(&fx.Model.Header, tr.Output())
	require.NoError(t, err)
	_, err = c.Send(c.Accounts[2], addrs.Oracle, p.SubmitBond, bindings.NewInferenceOracle().PackSubmit(claimed, out, tr.Final().RAMRoot))
	require.NoError(t, err)

	head, err := c.Client.BlockNumber(ctx)
	require.NoError(t, err)
	_, err = Cancel(ctx, asker, c.Client, CancelArgs{Oracle: addrs.Oracle, RequestID: direct})
	require.ErrorContains(t, err, "has not expired: it accepts claims until")
	_, err = Cancel(ctx, asker, c.Client, CancelArgs{Oracle: addrs.Oracle, RequestID: big.NewInt(9)})
	require.ErrorIs(t, err, ErrUnknownRequest)
	now, err := c.Client.BlockNumber(ctx)
	require.NoError(t, err)
	require.Equal(t, head, now, "nothing sent")

	require.NoError(t, c.Advance(time.Duration(p.RequestTimeout)*time.Second))
	_, err = Cancel(ctx, chainSender{c, c.Accounts[2]}, c.Client, CancelArgs{Oracle: addrs.Oracle, RequestID: direct})
	require.ErrorContains(t, err, "only the consumer may cancel it")
	_, err = Cancel(ctx, asker, c.Client, CancelArgs{Oracle: addrs.Oracle, RequestID: via})
	require.ErrorContains(t, err, "pass --via-consumer")
	_, err = Cancel(ctx, chainSender{c, c.Accounts[2]}, c.Client, CancelArgs{Oracle: addrs.Oracle, RequestID: via, Via: &consumer})
	require.ErrorContains(t, err, "only the asker may cancel it")
	_, err = Cancel(ctx, asker, c.Client, CancelArgs{Oracle: addrs.Oracle, RequestID: claimed})
	require.ErrorContains(t, err, "1 claim(s) pending")

	before := c.Balance(asker.a.Addr)
	res1, err := Cancel(ctx, asker, c.Client, CancelArgs{Oracle: addrs.Oracle, RequestID: direct})
	require.NoError(t, err)
	require.Equal(t, fee, res1.Fee)
	require.Equal(t, fee, res1.Withdrawn)
	res2, err := Cancel(ctx, asker, c.Client, CancelArgs{Oracle: addrs.Oracle, RequestID: via, Via: &consumer})
	require.NoError(t, err)
	require.Equal(t, fee, res2.Withdrawn, "the consumer contract owed the asker the fee")
	gas := new(big.Int)
	for _, r := range []*types.Receipt{res1.Cancel, res1.Withdraw, res2.Cancel, res2.Withdraw} {
		require.NotNil(t, r)
		gas.Add(gas, new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice))
	}
	got := new(big.Int).Sub(c.Balance(asker.a.Addr), before)
	require.Equal(t, new(big.Int).Sub(new(big.Int).Mul(fee, big.NewInt(2)), gas), got, "both fees back, less the gas")
	for _, id := range []*big.Int{direct, via} {
		r, err := ReadResult(ctx, c.Client, &File{Contracts: addrs}, id)
		require.NoError(t, err)
		require.Equal(t, "cancelled", r.Status)
	}
	_, err = Cancel(ctx, asker, c.Client, CancelArgs{Oracle: addrs.Oracle, RequestID: direct})
	require.ErrorContains(t, err, "is cancelled: only an open request can be cancelled")
	r, err := arbiter.Consumer{Addr: consumer, Caller: c.Client}.RefundOf(ctx, asker.a.Addr)
	require.NoError(t, err)
	require.Zero(t, r.Sign(), "the refund was withdrawn")
}

func sample() *File {
	p := arbiter.DefaultParams()
	consumer := common.HexToAddress("0x5")
	return &File{Version: Version, ChainID: 1337, RPC: "http://127.0.0.1:8545", WS: "ws://127.0.0.1:8546", Rules: chainconfig.RulesName,
		DeployBlock: 1, Contracts: arbiter.Addresses{StepVerifier: common.HexToAddress("0x1"), Registry: common.HexToAddress("0x2"),
			Game: common.HexToAddress("0x3"), Oracle: common.HexToAddress("0x4")},
		Consumer: &consumer, Params: FromArbiter(p),
		Models:   []Model{{Name: "mlp", ID: common.HexToHash("0xaa"), File: "fixtures/models/mlp.opml", URI: "file://mlp.opml"}},
		Accounts: []Account{{Role: "deployer", Address: common.HexToAddress("0x6"), Key: strings.Repeat("11", 32)}}}
}

// TestFileGolden pins the version 2 format.
func TestFileGolden(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "deployment.json")
	require.NoError(t, sample().Save(path))
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	golden.Check(t, filepath.Join("testdata", "deployment-v2.json"), b, "go test ./tooling/deployment -update")
	f, err := Load(filepath.Join("testdata", "deployment-v2.json"))
	require.NoError(t, err)
	require.Equal(t, sample(), f)
	f.AddModel(Model{Name: "cnn", ID: common.HexToHash("0xbb")})
	f.AddModel(Model{Name: "mlp2", ID: common.HexToHash("0xaa")})
	require.Len(t, f.Models, 2)
	m, ok := f.Model("mlp2")
	require.True(t, ok)
	require.Equal(t, common.HexToHash("0xaa"), m.ID)
	_, ok = f.Model(common.HexToHash("0xbb").Hex())
	require.True(t, ok)
	_, ok = f.Model("nope")
	require.False(t, ok)
}

// TestLoadErrors: every malformed file is an error naming the problem, and
// a failed Save leaves the old file intact.
func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	good, err := json.Marshal(sample())
	require.NoError(t, err)
	edit := func(f func(m map[string]any)) []byte {
		var m map[string]any
		require.NoError(t, json.Unmarshal(good, &m))
		f(m)
		b, err := json.Marshal(m)
		require.NoError(t, err)
		return b
	}
	for name, tc := range map[string]struct {
		body []byte
		want string
	}{
		"not json":     {[]byte("{"), "unexpected end"},
		"version 1":    {edit(func(m map[string]any) { m["version"] = 1 }), "version 1"},
		"no chain":     {edit(func(m map[string]any) { delete(m, "chainId") }), "chainId"},
		"no oracle":    {edit(func(m map[string]any) { delete(m["contracts"].(map[string]any), "oracle") }), "address is missing"},
		"bad wei":      {edit(func(m map[string]any) { m["params"].(map[string]any)["submitBondWei"] = "-1" }), "non-negative"},
		"numeric wei":  {edit(func(m map[string]any) { m["params"].(map[string]any)["submitBondWei"] = 5 }), "decimal string"},
		"arity 1":      {edit(func(m map[string]any) { m["params"].(map[string]any)["arity"] = 1 }), "arity"},
		"missing file": {nil, "no such file"},
	} {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(name, " ", "_")+".json")
			if tc.body != nil {
				require.NoError(t, os.WriteFile(p, tc.body, 0o644))
			}
			_, err := Load(p)
			require.ErrorContains(t, err, tc.want)
			require.True(t, strings.HasPrefix(err.Error(), "deployment: "), err.Error())
		})
	}
	p := filepath.Join(dir, "keep.json")
	require.NoError(t, sample().Save(p))
	bad := sample()
	bad.ChainID = 0
	require.Error(t, bad.Save(p))
	_, err = Load(p)
	require.NoError(t, err, "a refused Save leaves the file as it was")
}

func TestDecodeOutput(t *testing.T) {
	fx, err := fixtures.Load("cnn")
	require.NoError(t, err)
	h := fx.Model.Header
	vals := make([]int64, h.Output.Numel())
	for i := range vals {
		vals[i] = int64(i*37%255) - 127
	}
	b, err := arbiter.ClaimOutput(&h, vals)
	require.NoError(t, err)
	got, err := DecodeOutput(h.Output, b)
	require.NoError(t, err)
	require.Equal(t, vals, got)
	_, err = DecodeOutput(h.Output, b[1:])
	require.ErrorContains(t, err, "bytes")
}
