package main

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// The LLM demo's options are refused, before anything starts, on the
// MNIST demo; a bad --lie-token or prompt is refused by the LLM demo
// before the devnet starts.
func TestDemoFlags(t *testing.T) {
	for _, f := range [][]string{{"--prompt", "x"}, {"--tokens", "3"}, {"--lie-token", "-1"}} {
		_, _, err := opmlCLI(append([]string{"demo"}, f...)...)
		require.ErrorContains(t, err, f[0]+" is an option of the LLM demo (--model lm)")
	}
	_, _, err := opmlCLI("demo", "--model", "lm", "--tokens", "4", "--lie-token", "4")
	require.ErrorContains(t, err, "dishonest token 4: the request generates 4 tokens")
	_, _, err = opmlCLI("demo", "--model", "lm", "--tokens", "64")
	require.ErrorContains(t, err, "do not fit the model's context of 64 tokens")
	_, _, err = opmlCLI("demo", "--model", "cnn-typo")
	require.ErrorContains(t, err, "cnn-typo")
}
