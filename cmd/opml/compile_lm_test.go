package main

import (
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
