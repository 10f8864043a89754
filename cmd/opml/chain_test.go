package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/hashicorp/go-hclog"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/node/modelfetch"
	"github.com/opml-dev/opml/pipeline/modelcard"
	"github.com/opml-dev/opml/testkit/testlog"
	"github.com/opml-dev/opml/tooling/deployment"
	"github.com/opml-dev/opml/tooling/devnet"
	"github.com/opml-dev/opml/vm/model"
)

func TestParseWei(t *testing.T) {
	for in, want := range map[string]string{
		"0": "0", "1000": "1000", "1000wei": "1000", "5gwei": "5000000000", "0.1ether": "100000000000000000",
		" 2 ether ": "2000000000000000000", "1.5gwei": "1500000000",
	} {
		got, err := parseWei(in)
		require.NoError(t, err, in)
		require.Equal(t, want, got.String(), in)
	}
	for _, in := range []string{"", "-1", "abc", "0.5wei", "1e-30ether", "1 eth"} {
		_, err := parseWei(in)
		require.Error(t, err, in)
	}
}

// TestChainCommands deploys, registers, requests and reads a result with
// the CLI against an in-process devnet, and checks the errors of each.
func TestChainCommands(t *testing.T) {
	d, err := devnet.Start(devnet.Config{Logger: testlog.New(t, "devnet", hclog.Warn)})
	require.NoError(t, err)
	t.Cleanup(func() { _ = d.Close() })
	key := func(i int) string { return hex.EncodeToString(crypto.FromECDSA(d.Accounts()[i].Key)) }
	dir := t.TempDir()
	dep := filepath.Join(dir, "deployment.json")
	mlp, input := "../../fixtures/models/mlp.opml", "../../fixtures/inputs/mlp_input.json"

	out, _, err := opmlCLI("deploy", "--rpc", d.HTTPEndpoint(), "--key", key(0), "--example-consumer", "--arity", "8",
		"--clock-budget", "10m", "--challenge-window", "30s", "--request-timeout", "4s", "--submit-bond", "0.5ether", "--out", dep)
	require.NoError(t, err)
	require.Contains(t, out, "InferenceOracle")
	// The op families and the dispatcher, the registry, game, oracle and consumer.
	require.Equal(t, len(arbiter.StepFamilies)+5, strings.Count(out, "  created 0x"), "a transaction line per contract:\n%s", out)
	f, err := deployment.Load(dep)
	require.NoError(t, err)
	require.Equal(t, uint64(8), f.Params.Arity)
	require.Equal(t, uint64(600), f.Params.ClockBudget)
	require.Equal(t, uint64(30), f.Params.ChallengeWindow)
	require.Equal(t, "500000000000000000", f.Params.SubmitBond.String())
	require.NotNil(t, f.Consumer)
	require.Equal(t, d.HTTPEndpoint(), f.RPC)

	out, _, err = opmlCLI("register", "--deployment", dep, "--key", key(0), "--model", mlp)
	require.NoError(t, err)
	require.Contains(t, out, "registered model mlp")
	out, _, err = opmlCLI("register", "--deployment", dep, "--key", key(1), "--model", mlp, "--name", "digits")
	require.NoError(t, err)
	require.Contains(t, out, "already registered")
	f, err = deployment.Load(dep)
	require.NoError(t, err)
	require.Len(t, f.Models, 1, "one model, recorded under its latest name")
	require.Equal(t, "digits", f.Models[0].Name)

	out, _, err = opmlCLI("request", "--deployment", dep, "--key", key(1), "--model", "digits", "--input", input, "--fee", "1gwei", "--via-consumer")
	require.NoError(t, err)
	require.Contains(t, out, "request 1:")
	out, _, err = opmlCLI("result", "--deployment", dep, "--request", "1", "--json")
	require.NoError(t, err)
	var res deployment.Result
	require.NoError(t, json.Unmarshal([]byte(out), &res))
	require.Equal(t, "open", res.Status)
	require.Equal(t, *f.Consumer, res.Consumer, "sent through the ExampleConsumer")
	require.Equal(t, big.NewInt(1e9), res.Fee)
	require.NotZero(t, res.ExpiresAt)
	out, _, err = opmlCLI("result", "--deployment", dep, "--request", "1")
	require.NoError(t, err)
	require.Contains(t, out, "accepts claims until")
	require.Contains(t, out, "0 of 0 claim(s) pending")

	// opml cancel: too early, then through the ExampleConsumer once the
	// request has expired unanswered (4 s of chain time).
	_, _, err = opmlCLI("cancel", "--deployment", dep, "--key", key(1), "--request", "1", "--via-consumer")
	require.ErrorContains(t, err, "request 1 has not expired: it accepts claims until")
	_, _, err = opmlCLI("cancel", "--deployment", dep, "--key", key(1), "--request", "1")
	require.ErrorContains(t, err, "pass --via-consumer")
	ec, err := ethclient.Dial(d.HTTPEndpoint())
	require.NoError(t, err)
	defer ec.Close()
	require.Eventually(t, func() bool {
		h, err := ec.HeaderByNumber(context.Background(), nil)
		return err == nil && h.Time >= res.ExpiresAt
	}, time.Minute, 200*time.Millisecond, "the request expires")
	_, _, err = opmlCLI("cancel", "--deployment", dep, "--key", key(2), "--request", "1", "--via-consumer")
	require.ErrorContains(t, err, "only the asker may cancel it")
	out, _, err = opmlCLI("cancel", "--deployment", dep, "--key", key(1), "--request", "1", "--via-consumer")
	require.NoError(t, err)
	require.Contains(t, out, "request 1 cancelled: fee 1000000000 wei given back")
	require.Contains(t, out, "withdrew 1000000000 wei")
	out, _, err = opmlCLI("result", "--deployment", dep, "--request", "1")
	require.NoError(t, err)
	require.Contains(t, out, "request 1: cancelled")
	_, _, err = opmlCLI("cancel", "--deployment", dep, "--key", key(1), "--request", "1", "--via-consumer")
	require.ErrorContains(t, err, "request 1 is cancelled")

	for _, tc := range []struct {
		args []string
		err  string
	}{
		{[]string{"deploy", "--key", key(0)}, "Required flag"},
		{[]string{"deploy", "--rpc", d.HTTPEndpoint(), "--key", key(0), "--arity", "1", "--out", filepath.Join(dir, "x.json")}, "arity 1"},
		{[]string{"deploy", "--rpc", d.HTTPEndpoint(), "--key", key(0), "--clock-budget", "1500ms"}, "whole number of seconds"},
		{[]string{"deploy", "--rpc", d.HTTPEndpoint(), "--key", key(0), "--submit-bond", "lots"}, "--submit-bond"},
		{[]string{"deploy", "--rpc", d.HTTPEndpoint()}, "no key"},
		{[]string{"register", "--deployment", filepath.Join(dir, "none.json"), "--key", key(0), "--model", mlp}, "no such file"},
		{[]string{"register", "--deployment", dep, "--key", key(0), "--model", input}, "malformed model"},
		{[]string{"request", "--deployment", dep, "--key", key(1), "--model", "nope", "--input", input}, `--model "nope"`},
		{[]string{"request", "--deployment", dep, "--key", key(1), "--model", mlp, "--input", mlp}, "input"},
		{[]string{"request", "--deployment", dep, "--key", key(1), "--model", "digits", "--input", input, "--fee", "-1"}, "--fee"},
		{[]string{"result", "--deployment", dep, "--request", "7"}, "unknown request 7"},
		{[]string{"result", "--deployment", dep, "--request", "x"}, `--request "x"`},
		{[]string{"result", "--deployment", dep, "--request", "1", "--rpc", "http://127.0.0.1:1"}, "chain ID"},
		{[]string{"cancel", "--deployment", dep, "--key", key(1), "--request", "7"}, "unknown request 7"},
		{[]string{"cancel", "--deployment", dep, "--key", key(1), "--request", "x"}, `--request "x"`},
		{[]string{"cancel", "--deployment", dep, "--request", "1"}, "no key"},
	} {
		_, _, err := opmlCLI(tc.args...)
		require.Error(t, err, "%v", tc.args)
		require.Contains(t, err.Error(), tc.err, "%v", tc.args)
	}
}

// TestDevnetCommand: opml devnet writes the deployment file and the fixture
// models, serves until its context ends, and then returns cleanly.
func TestDevnetCommand(t *testing.T) {
	dir := t.TempDir()
	dep, models := filepath.Join(dir, "deployment.json"), filepath.Join(dir, "models")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	app := newApp()
	var o, e bytes.Buffer
	app.Writer, app.ErrWriter = &o, &e
	done := make(chan error, 1)
	go func() {
		done <- app.RunContext(ctx, []string{"opml", "devnet", "--http.port", "0", "--ws.port", "0", "--deployment", dep,
			"--write-models", models, "--challenge-window", "20s"})
	}()
	var f *deployment.File
	require.Eventually(t, func() bool {
		var err error
		f, err = deployment.Load(dep)
		return err == nil
	}, time.Minute, 50*time.Millisecond, "deployment file")
	require.Equal(t, uint64(20), f.Params.ChallengeWindow)
	require.Len(t, f.Models, len(fixtures.Names), "every built-in fixture, the completion model lm among them")
	require.Equal(t, "lm", f.Models[2].Name)
	require.Len(t, f.Accounts, devnet.DefaultAccounts)
	require.Equal(t, "consumer", f.Accounts[1].Role)
	for _, m := range f.Models {
		b, err := os.ReadFile(m.File)
		require.NoError(t, err)
		mm, err := model.Decode(b)
		require.NoError(t, err)
		require.Equal(t, m.ID, mm.ID())
		_, err = os.Stat(modelcard.Path(m.File))
		require.NoError(t, err, "the card is written next to the model")
		// Registered at the written file: a node without --models fetches it
		// with --models.allow-local.
		fetcher, err := modelfetch.New(modelfetch.Config{Dir: filepath.Join(dir, "cache"), AllowLocal: true})
		require.NoError(t, err)
		_, _, err = fetcher.Get(context.Background(), modelfetch.Registration{ID: m.ID, Header: mm.Header, URI: m.URI})
		require.NoError(t, err, "fetching %s", m.URI)
	}
	out, _, err := opmlCLI("result", "--deployment", dep, "--request", "1")
	require.ErrorContains(t, err, "unknown request", "the chain answers: %s", out)
	cancel()
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(time.Minute):
		t.Fatal("devnet did not stop")
	}
	require.Contains(t, o.String(), "PUBLIC TEST KEYS")
}

func TestEtherString(t *testing.T) {
	for _, wei := range []string{"0", "1", "100000000000000000", "1000000000000000000", "1500000000000000000", "25000000000000000000"} {
		v, _ := new(big.Int).SetString(wei, 10)
		s := etherString(v)
		back, err := parseWei(s)
		require.NoError(t, err, s)
		require.Equal(t, wei, back.String(), s)
	}
	require.Equal(t, "0.1ether", etherString(big.NewInt(1e17)))
	require.Equal(t, "1ether", etherString(big.NewInt(1e18)))
}
