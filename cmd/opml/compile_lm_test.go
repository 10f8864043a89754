package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/pipeline/modelcard"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
)

// compile of the trained language model, calibrated on a text file: a
// completion model (int32 ids [64] → int32 greedy tokens [64]) by default,
// its int8 logits with --argmax off.
func TestCompileLanguageModel(t *testing.T) {
	dir := t.TempDir()
	text := "../../pipeline/lm/testdata/fortunes/paradoxum"
	for _, tc := range []struct {
		argmax, output string
	}{
		{"auto", "output     [1 64] (VM int32 [64], flat), scale 1, zero point 0\n"},
		{"off", "output     [1 64 256] (VM int8 [64 256], flat)"},
	} {
		calib := filepath.Join(dir, "calib.txt")
		b, err := os.ReadFile(text)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(calib, b, 0o644))
		out := filepath.Join(dir, "lm-"+tc.argmax+".opml")
		stdout, _, err := opmlCLI("compile", "--onnx", "../../fixtures/trained/lm.onnx", "--calibration", calib, "--samples", "16", "--argmax", tc.argmax, "--out", out)
		require.NoError(t, err)
		require.Contains(t, stdout, "input      [1 64] (VM int32 [1 64], flat), scale 1, zero point 0\n")
		require.Contains(t, stdout, tc.output)
		require.Contains(t, stdout, "calibrated on 16 samples")
		b, err = os.ReadFile(out)
		require.NoError(t, err)
		m, err := model.Decode(b)
		require.NoError(t, err)
		_, err = modelcard.Load(modelcard.Path(out), m)
		require.NoError(t, err)
		if tc.argmax == "auto" {
			ids := make([]int32, 64)
			for k := range ids {
				ids[k] = int32("the quick brown fox jumps over the lazy dog; the quick brown fox "[k])
			}
			ram, err := vm.ExecuteInt32(m, ids)
			require.NoError(t, err)
			for _, id := range vm.ReadTensor(m.Header.Output, ram) {
				require.True(t, id >= 0 && id < 256, "token %d", id)
			}
		}
	}
	_, _, err := opmlCLI("compile", "--onnx", "../../fixtures/trained/lm.onnx", "--calibration", "x.txt", "--argmax", "maybe", "--out", filepath.Join(dir, "x.opml"))
	require.ErrorContains(t, err, `--argmax "maybe"`)
}

// generate on the committed completion model: the text is the prompt and
// the greedy completion, and --json's ids, input and final state agree
// with vm/complete and a trace of the input.
func TestGenerate(t *testing.T) {
	const lmModel = "../../fixtures/models/lm.opml"
	stdout, _, err := opmlCLI("generate", "--model", lmModel, "--prompt", "The ", "--tokens", "12")
	require.NoError(t, err)
	require.Equal(t, "The stand the st\n", stdout)
	stdout, _, err = opmlCLI("generate", "--model", lmModel, "--prompt", "The ", "--tokens", "12", "--json")
	require.NoError(t, err)
	var g generation
	require.NoError(t, json.Unmarshal([]byte(stdout), &g))
	require.Equal(t, "stand the st", g.Text)
	require.Len(t, g.Completion, 12)
	require.Equal(t, uint64(857025), g.Steps)
	require.Equal(t, 12, g.Passes)
	b, err := os.ReadFile(lmModel)
	require.NoError(t, err)
	m, err := model.Decode(b)
	require.NoError(t, err)
	tr, err := vm.NewTraceInt32(m, g.Input)
	require.NoError(t, err)
	final := tr.Final()
	require.Equal(t, final.Hash(), g.FinalStateHash)
	require.Equal(t, m.ID(), g.ModelID)

	_, _, err = opmlCLI("generate", "--model", lmModel, "--prompt", "The ", "--tokens", "62")
	require.ErrorContains(t, err, "do not fit the context of 64")
	_, _, err = opmlCLI("generate", "--model", "../../fixtures/models/mlp.opml", "--prompt", "x")
	require.ErrorContains(t, err, "not a completion model")
}
