package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/fixtures/fixturebuild"
	"github.com/opml-dev/opml/pipeline/accuracy"
	"github.com/opml-dev/opml/pipeline/lm"
	"github.com/opml-dev/opml/pipeline/modelcard"
	"github.com/opml-dev/opml/pipeline/quantize"
	"github.com/opml-dev/opml/pipeline/reference"
	"github.com/opml-dev/opml/vm/model"
)

const (
	lmONNX   = "../../fixtures/trained/lm.onnx"
	lmOPML   = "../../fixtures/models/lm.opml"
	lmSample = "../../pipeline/lm/testdata/fortunes"
)

// eval of the committed completion model on the committed corpus sample
// (its held-out fortunes), calibrated as fixtures/fixturebuild calibrates
// it: the figures are the library's (accuracy.MeasureLM and
// MeasureCompletions on the fixture's logits program and the float
// reference), and the table prints them.
func TestEvalLanguageModel(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the language model three times (about 30 s)")
	}
	stdout, _, err := opmlCLI("eval", "--model", lmOPML, "--onnx", lmONNX, "--corpus", lmSample, "--calibration", lmSample,
		"--windows", "3", "--prompts", "2", "--tokens", "8", "--json", "--quiet")
	require.NoError(t, err)
	var got lmEvaluation
	require.NoError(t, json.Unmarshal([]byte(stdout), &got))

	// The library on the same windows and prompts.
	const root = "../.."
	logits, err := fixturebuild.BuildLM(root, quantize.ArgmaxOff)
	require.NoError(t, err)
	m, card := readModelCard(t, lmOPML)
	runner, err := reference.NewRunner(logits.Graph)
	require.NoError(t, err)
	defer runner.Close()
	float, err := accuracy.NewGraphLM(logits.Graph, runner.Output)
	require.NoError(t, err)
	c, err := lm.LoadFortunes(lmSample)
	require.NoError(t, err)
	windows := fixturebuild.FullWindows(c.Heldout, 64)[:3]
	next, err := accuracy.MeasureLM(float, m, card, logits.Result.Model, logits.Result.Card, windows)
	require.NoError(t, err)
	comp, err := accuracy.MeasureCompletions(float, m, [][]int{windows[0][:56], windows[1][:56]}, 8)
	require.NoError(t, err)
	require.Equal(t, next, got.NextToken)
	require.Equal(t, comp, got.Completions)
	require.Equal(t, 3, got.NextToken.Windows)
	require.Equal(t, 2, got.Completions.Prompts)
	require.Equal(t, 56, got.PromptTokens)
	require.Equal(t, m.ID().Hex(), got.ModelID)
	require.Equal(t, []lmGoal{
		{Name: "next-token agreement", Goal: ">= 0.95", Value: next.Agreement, Met: next.AgreementMet()},
		{Name: "bits per byte", Goal: "<= float x 1.05", Value: next.VMBPB, Met: next.BPBMet()},
	}, got.Goals)
	// The trained model meets both goals on these windows too.
	require.True(t, got.Goals[0].Met && got.Goals[1].Met, "%+v", got.Goals)
	// The float side is the trained model: the ONNX graph's greedy
	// next-byte accuracy is lm.Forward's within a prediction or two.
	_, f, err := fixturebuild.ReadTrainedLM(root)
	require.NoError(t, err)
	byLM, err := accuracy.MeasureLM(f, m, card, logits.Result.Model, logits.Result.Card, windows)
	require.NoError(t, err)
	require.InDelta(t, byLM.FloatAccuracy, next.FloatAccuracy, 2.0/192)
	require.InDelta(t, byLM.FloatBPB, next.FloatBPB, 1e-4)

	var table bytes.Buffer
	require.NoError(t, got.write(&table))
	for _, line := range []string{
		"corpus       " + lmSample + ": held-out fortunes (every 20th), 3 windows of 65 bytes, 192 predictions\n",
		"completions  2 prompts of 56 bytes, 8 greedy tokens each\n",
		fmt.Sprintf("next-token agreement                    %.2f%%", 100*next.Agreement),
		fmt.Sprintf("bits per byte                   %.4f  %.4f (%+.2f%%)", next.FloatBPB, next.VMBPB, 100*(next.VMBPB/next.FloatBPB-1)),
		fmt.Sprintf("mean first divergence                   token %.2f of 8\n", comp.MeanFirstDivergence),
	} {
		require.Contains(t, table.String(), line)
	}
	require.Contains(t, table.String(), "met\n")
	require.NotContains(t, table.String(), " \n", "no trailing blanks")
}

// The windows and prompts eval takes: the held-out or every fortune of a
// directory or a file, the fixture's fallback rule with --split all
// --skip 96, prompts spread as TestLMCompletions spreads them.
func TestEvalWindows(t *testing.T) {
	c, err := lm.LoadFortunes(lmSample)
	require.NoError(t, err)
	w, err := evalWindows(lmSample, "heldout", 0, 400, 64)
	require.NoError(t, err)
	require.Equal(t, fixturebuild.FullWindows(c.Heldout, 64), w)
	w, err = evalWindows(lmSample, "all", fixturebuild.LMCalibrationWindows, 400, 64)
	require.NoError(t, err)
	require.Equal(t, fixturebuild.FullWindows(append(c.Train, c.Heldout...), 64)[fixturebuild.LMCalibrationWindows:], w)
	w2, err := evalWindows(lmSample, "all", fixturebuild.LMCalibrationWindows, 5, 64)
	require.NoError(t, err)
	require.Equal(t, w[:5], w2)
	file, err := evalWindows(lmSample+"/paradoxum", "heldout", 0, 400, 16)
	require.NoError(t, err)
	para := lm.SplitFortunes(mustReadFile(t, lmSample+"/paradoxum"))
	require.Equal(t, lm.NewStream([][]byte{para[19], para[39], para[59]}).FullWindows(16), file)

	plain := filepath.Join(t.TempDir(), "plain.txt")
	require.NoError(t, os.WriteFile(plain, bytes.Repeat([]byte("a plain text, no fortunes. "), 10), 0o644))
	_, err = evalWindows(plain, "heldout", 0, 400, 64)
	require.ErrorContains(t, err, "none held out")
	w, err = evalWindows(plain, "all", 0, 400, 64)
	require.NoError(t, err)
	require.Len(t, w, 4)
	_, err = evalWindows(plain, "all", 4, 400, 64)
	require.ErrorContains(t, err, "gives 4 windows of 65 bytes, none past --skip 4")
	_, err = evalWindows(plain, "train", 0, 400, 64)
	require.ErrorContains(t, err, `--split "train"`)
	_, err = evalWindows(filepath.Join(t.TempDir(), "missing"), "all", 0, 400, 64)
	require.ErrorContains(t, err, "opml: --corpus")
}

// eval's refusals on a language model, each before any VM run.
func TestEvalLanguageModelErrors(t *testing.T) {
	base := []string{"eval", "--model", lmOPML, "--onnx", lmONNX}
	short := filepath.Join(t.TempDir(), "short.txt")
	text, err := os.ReadFile(lmSample + "/translate-me")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(short, text[:300], 0o644))
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--calibration", lmSample}, "needs --corpus"},
		{[]string{"--corpus", lmSample}, "needs --calibration"},
		{[]string{"--corpus", lmSample, "--calibration", lmSample, "--data", mnistDir}, "is a completion model: evaluate it on a text --corpus, not --data"},
		{[]string{"--corpus", lmSample, "--calibration", lmSample, "--tokens", "64"}, "--tokens 64 leaves no prompt in the context of 64"},
		{[]string{"--corpus", lmSample, "--calibration", lmSample, "--windows", "0"}, "must be at least 1"},
		{[]string{"--corpus", lmSample, "--calibration", lmSample, "--split", "train"}, `--split "train"`},
		// A calibration that does not reproduce the model (4 windows of a
		// short text instead of the sample's 96): refused after one compile.
		{[]string{"--corpus", lmSample, "--calibration", short}, "does not reproduce the model"},
	} {
		_, _, err := opmlCLI(append(base, append(tc.args, "--quiet")...)...)
		require.ErrorContains(t, err, tc.want, "%v", tc.args)
	}
	_, _, err = opmlCLI("eval", "--model", lmOPML, "--onnx", trainedMLP, "--corpus", lmSample, "--calibration", lmSample)
	require.ErrorContains(t, err, "is not the float model ../../fixtures/models/lm.opml was compiled from")
	_, _, err = opmlCLI("eval", "--model", "../../fixtures/models/mlp.opml", "--onnx", trainedMLP, "--corpus", lmSample)
	require.ErrorContains(t, err, "--corpus evaluates language models")
	_, _, err = opmlCLI("eval", "--model", "../../fixtures/models/mlp.opml", "--onnx", trainedMLP, "--lm")
	require.ErrorContains(t, err, "--lm: complete: not a completion model")
	_, _, err = opmlCLI("eval", "--model", "../../fixtures/models/mlp.opml", "--onnx", trainedMLP)
	require.ErrorContains(t, err, "needs --data")
}

func mustReadFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return b
}

func readModelCard(t *testing.T, path string) (*model.Model, *modelcard.Card) {
	t.Helper()
	m, err := readModel(path)
	require.NoError(t, err)
	card, err := modelcard.Load(modelcard.Path(path), m)
	require.NoError(t, err)
	return m, card
}
