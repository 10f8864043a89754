package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/tooling/deployment"
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
