package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// The bench command's input handling; the measurements themselves are
// benchreport's (and take minutes), so nothing here measures.
func TestBenchInputs(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.md")
	require.NoError(t, os.WriteFile(bad, []byte("no tables here\n"), 0o644))
	out := filepath.Join(dir, "BENCHMARKS.md")

	_, _, err := opmlCLI("bench", "extra")
	require.ErrorContains(t, err, "takes no arguments")

	_, _, err = opmlCLI("bench", "--gas-verifier", filepath.Join(dir, "missing.md"), "--out", out)
	require.ErrorContains(t, err, "make bench writes it")

	_, _, err = opmlCLI("bench", "--gas-verifier", bad, "--gas-arbiter", bad, "--bench-txt", "", "--out", out)
	require.ErrorContains(t, err, "no **all** row")
	require.NoFileExists(t, out)
}
