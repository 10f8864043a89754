package main

import (
	"bytes"
	"encoding/json"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/pipeline/accuracy"
	"github.com/opml-dev/opml/pipeline/mnist"
	"github.com/opml-dev/opml/pipeline/modelcard"
	"github.com/opml-dev/opml/vm/model"
)

const (
	trainedMLP  = "../../fixtures/trained/mlp.onnx"
	mnistDir    = "../../fixtures/mnist"
	trainImages = mnistDir + "/" + mnist.TrainImagesFile
)

func opmlCLI(args ...string) (stdout, stderr string, err error) {
	app := newApp()
	var o, e bytes.Buffer
	app.Writer, app.ErrWriter = &o, &e
	err = app.Run(append([]string{"opml"}, args...))
	return o.String(), e.String(), err
}

// compile → eval → run with float and PNG inputs, on the trained MLP.
func TestCompileEvalRun(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "mlp.opml")
	stdout, _, err := opmlCLI("compile", "--onnx", trainedMLP, "--calibration", trainImages, "--samples", "50", "--out", out)
	require.NoError(t, err)
	require.Contains(t, stdout, "steps N = 3400")
	require.Contains(t, stdout, "calibrated on 50 samples (minmax)")
	require.Contains(t, stdout, "output     [1 10] (VM int8 [10], flat), scale 0.00390625, zero point -128\n")
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	m, err := model.Decode(b)
	require.NoError(t, err)
	card, err := modelcard.Load(modelcard.Path(out), m)
	require.NoError(t, err)
	require.Equal(t, "mlp", card.Name)

	stdout, _, err = opmlCLI("eval", "--model", out, "--onnx", trainedMLP, "--data", mnistDir, "--limit", "100", "--json", "--quiet")
	require.NoError(t, err)
	var r accuracy.Report
	require.NoError(t, json.Unmarshal([]byte(stdout), &r))
	require.Equal(t, 100, r.Samples)
	require.GreaterOrEqual(t, r.FloatAccuracy, 0.9)
	require.GreaterOrEqual(t, r.Agreement, 0.95)
	stdout, _, err = opmlCLI("eval", "--model", out, "--onnx", trainedMLP, "--data", mnistDir+"/t10k", "--limit", "20", "--quiet")
	require.NoError(t, err)
	require.Contains(t, stdout, "argmax agreement")

	// A test digit as float JSON and as a PNG: the same int8 input, the
	// same result, the right class.
	_, test, err := mnist.LoadFixtures(mnistDir)
	require.NoError(t, err)
	x, err := mnist.FlatTensor(test.Images[1])
	require.NoError(t, err)
	js, err := json.Marshal(x.Data)
	require.NoError(t, err)
	floatPath := filepath.Join(dir, "digit.json")
	require.NoError(t, os.WriteFile(floatPath, js, 0o644))
	img := image.NewGray(image.Rect(0, 0, 28, 28))
	for k, p := range test.Images[1] {
		img.SetGray(k%28, k/28, color.Gray{Y: p})
	}
	var pb bytes.Buffer
	require.NoError(t, png.Encode(&pb, img))
	pngPath := filepath.Join(dir, "digit.png")
	require.NoError(t, os.WriteFile(pngPath, pb.Bytes(), 0o644))

	var results []map[string]any
	for _, args := range [][]string{{"--input", floatPath, "--input-format", "float"}, {"--input", pngPath}} {
		stdout, _, err := opmlCLI(append([]string{"run", "--model", out, "--json"}, args...)...)
		require.NoError(t, err, "%v", args)
		var res map[string]any
		require.NoError(t, json.Unmarshal([]byte(stdout), &res))
		results = append(results, res)
	}
	require.Equal(t, results[0], results[1])
	require.Equal(t, []any{float64(test.Labels[1])}, results[0]["argmax"])

	// A float input without a card is an error that says so.
	require.NoError(t, os.Remove(modelcard.Path(out)))
	_, _, err = opmlCLI("run", "--model", out, "--input", floatPath, "--input-format", "float")
	require.ErrorContains(t, err, "needs the model card")
}

func TestCompileErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.onnx")
	require.NoError(t, os.WriteFile(bad, []byte("not onnx"), 0o644))
	out := filepath.Join(dir, "m.opml")
	for _, tc := range []struct {
		args []string
		err  string
	}{
		{[]string{"compile", "--calibration", trainImages, "--out", out}, `Required flag "onnx" not set`},
		{[]string{"compile", "--onnx", bad, "--calibration", trainImages, "--out", out}, "onnx: "},
		{[]string{"compile", "--onnx", trainedMLP, "--calibration", bad, "--out", out}, "mnist: "},
		{[]string{"compile", "--onnx", trainedMLP, "--calibration", trainImages, "--out", out, "--method", "median"}, `unknown calibration method "median"`},
		{[]string{"compile", "--onnx", trainedMLP, "--calibration", trainImages, "--out", out, "--samples", "0"}, "--samples 0"},
		{[]string{"eval", "--model", out, "--onnx", trainedMLP, "--data", mnistDir}, "no such file"},
		{[]string{"eval", "--model", trainedMLP, "--onnx", trainedMLP, "--data", mnistDir}, "malformed model"},
	} {
		_, _, err := opmlCLI(tc.args...)
		require.Error(t, err, strings.Join(tc.args, " "))
		require.Contains(t, err.Error(), tc.err, strings.Join(tc.args, " "))
	}
	_, err := os.Stat(out)
	require.True(t, os.IsNotExist(err), "a failed compile wrote its output")
}
