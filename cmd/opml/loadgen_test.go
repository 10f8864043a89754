package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/tooling/loadgen"
)

// TestLoadgenFlags: bad flags are clear errors, before anything starts.
func TestLoadgenFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--requests", "5"}, "needs --deployment FILE or --devnet"},
		{[]string{"--devnet"}, "set a number of requests or a duration"},
		{[]string{"--devnet", "--requests", "5", "--rate", "fast"}, `rate "fast"`},
		{[]string{"--devnet", "--requests", "5", "--rate", "0"}, `rate "0"`},
		{[]string{"--devnet", "--requests", "5", "--models", "mlp=x"}, `weight "x"`},
		{[]string{"--devnet", "--requests", "5", "--models", "gpt=1"}, `"gpt" is not a fixture model`},
		{[]string{"--devnet", "--requests", "5", "--models", "mlp=0"}, "no model has a weight"},
		{[]string{"--devnet", "--requests", "5", "--lies", "1.5"}, "share of lies"},
		{[]string{"--devnet", "--requests", "5", "--accounts", "0"}, "--accounts 0: want at least 1"},
		{[]string{"--devnet", "--requests", "5", "--burst", "-1"}, "--burst -1: want at least 1"},
		{[]string{"--devnet", "--requests", "-5"}, "negative request count"},
		{[]string{"--devnet", "--requests", "5", "--submitters", "0"}, "--submitters 0"},
		{[]string{"--devnet", "--requests", "5", "--accounts", "2000"}, "sending accounts"},
		{[]string{"--deployment", "x.json", "--lies", "0.1", "--requests", "5"}, "--lies is an option of --devnet"},
		{[]string{"--deployment", "x.json", "--devnet", "--requests", "5"}, "load one or the other"},
		{[]string{"--deployment", "/nonexistent/x.json", "--requests", "5"}, "nonexistent"},
		{[]string{"--devnet", "--requests", "5", "extra"}, "takes no arguments"},
		{[]string{"--devnet", "--requests", "5", "--rpc", "http://127.0.0.1:1"}, "--rpc is an option of --deployment"},
		{[]string{"--devnet", "--requests", "5", "--challenge-window", "0"}, "--challenge-window"},
		{[]string{"--deployment", "x.json", "--challenge-window", "60", "--requests", "5"}, "--challenge-window is an option of --devnet"},
	} {
		_, _, err := opmlCLI(append([]string{"loadgen"}, tc.args...)...)
		require.ErrorContains(t, err, tc.want, "%v", tc.args)
	}
}

// TestLoadgenDevnet: a small load on the in-process devnet, reported as
// JSON, with a lie disproven.
func TestLoadgenDevnet(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet and three nodes")
	}
	out, _, err := opmlCLI("loadgen", "--devnet", "--requests", "6", "--burst", "3", "--rate", "2", "--lies", "0.34", "--seed", "3", "--json", "--timeout", "3m")
	require.NoError(t, err)
	var rep loadgen.Report
	require.NoError(t, json.Unmarshal([]byte(out), &rep), out)
	require.Equal(t, 6, rep.FinalizedTrue)
	require.Equal(t, 2, rep.LieRequests)
	require.Equal(t, 2, rep.FalseRejected)
	require.Empty(t, rep.Problems)
	require.Empty(t, rep.DoubleSends)
	require.NotEmpty(t, rep.Samples)
	require.Positive(t, rep.GasPerFinalized)
}
