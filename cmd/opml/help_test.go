package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestHelpFormat: --help uses urfave/cli's plain format although
// go-ethereum's internal/flags (linked in through the devnet) replaces it
// at init: placeholders from the usage, env hints, no colours, no "MISC".
func TestHelpFormat(t *testing.T) {
	out, _, err := opmlCLI("run", "--help")
	require.NoError(t, err)
	require.Contains(t, out, "--model FILE")
	require.Contains(t, out, "[$OPML_MODEL]")
	require.NotContains(t, out, "`")
	out, _, err = opmlCLI("submitter", "--help")
	require.NoError(t, err)
	require.Contains(t, out, "--dishonest.lie-at-step T")
	require.Contains(t, out, "TEST ONLY (fault injection)")
	out, _, err = opmlCLI("--help")
	require.NoError(t, err)
	require.NotContains(t, out, "MISC")
	require.Contains(t, out, "--help, -h")
	require.False(t, strings.ContainsRune(out, '\x1b'), "no ANSI colours")
	p, u := unquoteUsage("read `FILE` then `X`")
	require.Equal(t, "FILE", p)
	require.Equal(t, "read FILE then `X`", u)
	p, u = unquoteUsage("no `closing")
	require.Empty(t, p)
	require.Equal(t, "no `closing", u)
}
