package main

import (
	"bytes"
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/hashicorp/go-hclog"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/testkit/echomodel"
	"github.com/opml-dev/opml/testkit/testlog"
	"github.com/opml-dev/opml/tooling/deployment"
	"github.com/opml-dev/opml/tooling/devnet"
)

// TestPromptIDs: --prompt is one token per byte, --prompt-ids a
// comma-separated list; both or neither, and a bad id, are refused.
func TestPromptIDs(t *testing.T) {
	ids, err := promptIDs("hé", "")
	require.NoError(t, err)
	require.Equal(t, []int32{'h', 0xc3, 0xa9}, ids, "the UTF-8 bytes")
	ids, err = promptIDs("", "1, 256,0x10000")
	require.NoError(t, err)
	require.Equal(t, []int32{1, 256, 65536}, ids)
	for _, bad := range [][2]string{{"a", "1"}, {"", ""}, {"", "1,x"}, {"", "-1"}, {"", "4294967296"}} {
		_, err := promptIDs(bad[0], bad[1])
		require.Error(t, err, "%q %q", bad[0], bad[1])
	}
}

// TestPrintCompletion: a finalized completion prints as text with 1-byte
// tokens and as ids and hex otherwise; an open one prints its parameters.
func TestPrintCompletion(t *testing.T) {
	var b bytes.Buffer
	printCompletion(&b, &deployment.Result{Status: "finalized", Output: []byte("kkk"),
		Completion: &deployment.CompletionResult{PromptTokens: 2, Tokens: 3, TokenBytes: 1, IDs: []int32{'k', 'k', 'k'}, Text: "kkk"}})
	require.Equal(t, "  completion of 3 tokens (1 byte(s) each) after a 2-token prompt\n  completion: \"kkk\"\n", b.String())
	b.Reset()
	printCompletion(&b, &deployment.Result{Status: "finalized", Output: []byte{0, 1, 0x11, 0x70},
		Completion: &deployment.CompletionResult{PromptTokens: 1, Tokens: 1, TokenBytes: 4, IDs: []int32{70000}}})
	require.Contains(t, b.String(), "completion ids: [70000]\n  completion hex: 00011170\n")
	b.Reset()
	printCompletion(&b, &deployment.Result{Status: "open", Completion: &deployment.CompletionResult{PromptTokens: 1, Tokens: 5, TokenBytes: 1}})
	require.Equal(t, "  completion of 5 tokens (1 byte(s) each) after a 1-token prompt\n", b.String())
	b.Reset()
	printCompletion(&b, &deployment.Result{Status: "finalized"})
	require.Empty(t, b.String(), "not a completion request: nothing")
}

// TestCompletionCommands: opml request --prompt sends a completion request
// to a completion model (the echo test model, registered from a file) and
// opml result shows its parameters; the refusals are clear errors, before
// anything is sent.
func TestCompletionCommands(t *testing.T) {
	d, err := devnet.Start(devnet.Config{Logger: testlog.New(t, "devnet", hclog.Warn)})
	require.NoError(t, err)
	t.Cleanup(func() { _ = d.Close() })
	key := hex.EncodeToString(crypto.FromECDSA(d.Accounts()[0].Key))
	dir := t.TempDir()
	dep := filepath.Join(dir, "deployment.json")
	m, err := echomodel.Echo(echomodel.DefaultContext)
	require.NoError(t, err)
	echo := filepath.Join(dir, "echo.opml")
	require.NoError(t, os.WriteFile(echo, m.Encode(), 0o644))

	_, _, err = opmlCLI("deploy", "--rpc", d.HTTPEndpoint(), "--key", key, "--example-consumer", "--out", dep)
	require.NoError(t, err)
	_, _, err = opmlCLI("register", "--deployment", dep, "--key", key, "--model", echo)
	require.NoError(t, err)
	_, _, err = opmlCLI("register", "--deployment", dep, "--key", key, "--model", "../../fixtures/models/mlp.opml")
	require.NoError(t, err)

	out, _, err := opmlCLI("request", "--deployment", dep, "--key", key, "--model", "echo", "--prompt", "Hello", "--tokens", "8", "--via-consumer")
	require.NoError(t, err)
	require.Contains(t, out, "request 1: completion of 8 tokens after a 5-token prompt")
	out, _, err = opmlCLI("result", "--deployment", dep, "--request", "1")
	require.NoError(t, err)
	require.Contains(t, out, "completion of 8 tokens (1 byte(s) each) after a 5-token prompt")
	out, _, err = opmlCLI("request", "--deployment", dep, "--key", key, "--model", "echo", "--prompt-ids", "300,70000", "--tokens", "2", "--token-bytes", "4")
	require.NoError(t, err)
	require.Contains(t, out, "request 2: completion of 2 tokens after a 2-token prompt")

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--model", "echo", "--prompt", "a", "--input", echo, "--tokens", "1"}, "exclusive"},
		{[]string{"--model", "echo", "--prompt", "a"}, "--tokens 0"},
		{[]string{"--model", "echo", "--prompt", "a", "--tokens", "1", "--token-bytes", "5"}, "--token-bytes 5"},
		{[]string{"--model", "echo", "--prompt", "abc", "--tokens", "63"}, "do not fit the model's context of 64 tokens"},
		{[]string{"--model", "echo", "--prompt-ids", "300", "--tokens", "1"}, "does not fit 1 bytes"},
		{[]string{"--model", "mlp", "--prompt", "a", "--tokens", "1"}, "not a completion model"},
		{[]string{"--model", "echo"}, "needs --input FILE (or --prompt TEXT --tokens N"},
	} {
		_, _, err := opmlCLI(append([]string{"request", "--deployment", dep, "--key", key}, tc.args...)...)
		require.ErrorContains(t, err, tc.want, "%v", tc.args)
	}
	out, _, err = opmlCLI("result", "--deployment", dep, "--request", "3")
	require.Error(t, err, "nothing more was sent: %s", out)
}
