package accuracy_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/fixtures/fixturebuild"
	"github.com/opml-dev/opml/pipeline/accuracy"
	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/lm"
	"github.com/opml-dev/opml/pipeline/onnx"
	"github.com/opml-dev/opml/pipeline/quantize"
	"github.com/opml-dev/opml/pipeline/reference"
	"github.com/opml-dev/opml/vm"
)

const root = "../.."

// trainedLM reads the committed trained language model: its float weights,
// its imported graph and a float reference runner of the graph (closed
// with the test).
func trainedLM(t *testing.T) (*lm.Model, *graph.Graph, *reference.Runner) {
	t.Helper()
	src, f, err := fixturebuild.ReadTrainedLM(root)
	require.NoError(t, err)
	g, err := onnx.Decode(src)
	require.NoError(t, err)
	r, err := reference.NewRunner(g)
	require.NoError(t, err)
	t.Cleanup(func() { r.Close() })
	return f, g, r
}

// MeasureLM on the trained language model compiled twice from a few
// windows (min/max): a completion model and its logits program.
func TestMeasureLM(t *testing.T) {
	f, g, r := trainedLM(t)
	c, err := lm.LoadFortunes(fixturebuild.LMCorpusDir(root))
	require.NoError(t, err)
	windows := fixturebuild.FullWindows(append(c.Train, c.Heldout...), f.Context)[:12]
	var calib []*graph.Tensor
	for _, w := range windows[:8] {
		x := graph.NewTensor(g.InputShape...)
		for k, id := range w[:f.Context] {
			x.Data[k] = float32(id)
		}
		calib = append(calib, x)
	}
	greedy, err := quantize.Compile(g, calib, r.Run, quantize.Options{Argmax: quantize.ArgmaxOn})
	require.NoError(t, err)
	logits, err := quantize.Compile(g, calib, r.Run, quantize.Options{Argmax: quantize.ArgmaxOff})
	require.NoError(t, err)
	rep, err := accuracy.MeasureLM(f, greedy.Model, greedy.Card, logits.Model, logits.Card, windows[8:])
	require.NoError(t, err)
	t.Log(rep)
	require.Equal(t, 4, rep.Windows)
	require.Equal(t, 4*f.Context, rep.Positions)
	require.Greater(t, rep.Agreement, 0.8)
	require.InDelta(t, rep.FloatBPB, rep.VMBPB, 0.2*rep.FloatBPB)
	require.Greater(t, rep.FloatAccuracy, 0.2)

	// The per-value error report on one window.
	want, err := r.Run(calib[0])
	require.NoError(t, err)
	in := make([]int32, f.Context)
	for k, id := range windows[0][:f.Context] {
		in[k] = int32(id)
	}
	ram, err := vm.ExecuteInt32(logits.Model, in)
	require.NoError(t, err)
	errs, err := accuracy.ValueErrors(logits, want, ram)
	require.NoError(t, err)
	require.Greater(t, len(errs), 40)
	seen := map[string]bool{}
	for k, e := range errs {
		if k < 6 {
			t.Logf("%-70s op %3d: relative RMS error %.4f, max %.4f (%.2f%% of its range)", e.Name, e.Op, e.RelRMS, e.MaxAbs, 100*e.RelRange)
		}
		require.Less(t, e.RelRMS, 0.5, e.Name)
		seen[e.Name] = true
	}
	for _, overwritten := range []string{"/model/layers.0/mlp/up_proj/MatMul_output_0", "/model/layers.0/mlp/up_proj/MatMul_output_0_product"} {
		require.False(t, seen[overwritten], "%s is overwritten in place by GluMul", overwritten)
	}
	require.True(t, seen["/model/layers.0/mlp/gate_proj/MatMul_output_0"])
	require.True(t, seen["/model/layers.0/self_attn/MatMul_1_output_0_scores"])
	require.True(t, seen["/model/layers.0/self_attn/MatMul_1_output_0_probs"])
	require.True(t, seen["/model/layers.3/post_attention_layernorm/Mul_1_output_0"])

	c2, err := accuracy.MeasureCompletions(f, greedy.Model, [][]int{windows[8][:20], windows[9][:20]}, 8)
	require.NoError(t, err)
	t.Log(c2)
	require.Equal(t, 2, c2.Prompts)
	require.True(t, c2.MeanFirstDivergence >= 0 && c2.MeanFirstDivergence <= 8)
	_, err = accuracy.MeasureCompletions(f, greedy.Model, nil, 8)
	require.ErrorContains(t, err, "accuracy: no prompts")
	_, err = accuracy.MeasureCompletions(f, greedy.Model, [][]int{windows[8][:60]}, 8)
	require.ErrorContains(t, err, "accuracy: prompt 0")

	_, err = accuracy.MeasureLM(f, greedy.Model, greedy.Card, logits.Model, logits.Card, nil)
	require.ErrorContains(t, err, "accuracy: no windows")
	_, err = accuracy.MeasureLM(f, greedy.Model, greedy.Card, logits.Model, logits.Card, [][]int{{1, 2, 3}})
	require.ErrorContains(t, err, "window 0 has 3 ids, want 65")
	// The logits program in place of the completion model: its output is
	// not T tokens.
	_, err = accuracy.MeasureLM(f, logits.Model, logits.Card, greedy.Model, greedy.Card, windows[8:9])
	require.ErrorContains(t, err, "not a completion model")
	_, err = accuracy.MeasureLM(f, greedy.Model, logits.Card, logits.Model, logits.Card, windows[8:9])
	require.ErrorContains(t, err, "accuracy: modelcard")
}

// GraphLM, the imported graph run by the float reference, is the trained
// model: its logits are lm.Forward's within 1e-4, its greedy completions
// lm.Greedy's, and MeasureLM and MeasureCompletions accept it.
func TestGraphLM(t *testing.T) {
	f, g, r := trainedLM(t)
	gl, err := accuracy.NewGraphLM(g, r.Output)
	require.NoError(t, err)
	require.Equal(t, f.Context, gl.Context)
	require.Equal(t, f.Vocab, gl.Vocab)
	c, err := lm.LoadFortunes(fixturebuild.LMCorpusDir(root))
	require.NoError(t, err)
	windows := fixturebuild.FullWindows(c.Heldout, f.Context)
	require.NotEmpty(t, windows)
	for _, ids := range [][]int{windows[0][:f.Context], windows[0][:5]} {
		want, err := f.Forward(ids)
		require.NoError(t, err)
		got, err := gl.Forward(ids)
		require.NoError(t, err)
		require.Len(t, got, len(want))
		for k := range want {
			require.InDelta(t, want[k], got[k], 1e-4, "logit %d", k)
		}
	}
	want, err := f.Greedy(windows[0][:20], 12)
	require.NoError(t, err)
	got, err := gl.Greedy(windows[0][:20], 12)
	require.NoError(t, err)
	require.Equal(t, want, got)
	// One more token than lm.Greedy allows: the last pass reads P + n − 1 ids.
	_, err = gl.Greedy(windows[0][:32], 33)
	require.NoError(t, err)

	_, err = gl.Greedy(windows[0][:32], 34)
	require.ErrorContains(t, err, "do not fit the context of 64")
	_, err = gl.Greedy(nil, 1)
	require.ErrorContains(t, err, "do not fit")
	_, err = gl.Forward([]int{1, 256})
	require.ErrorContains(t, err, "token 256 is outside the vocabulary of 256")
	_, err = gl.Forward(make([]int, 65))
	require.ErrorContains(t, err, "65 ids for a context of 64")
	mnist, err := onnx.Load(root + "/fixtures/trained/mlp.onnx")
	require.NoError(t, err)
	_, err = accuracy.NewGraphLM(mnist, nil)
	require.ErrorContains(t, err, "accuracy: not a language model graph")
}

func TestSpreadPrompts(t *testing.T) {
	w := make([][]int, 10)
	for k := range w {
		w[k] = []int{k, k + 1, k + 2, k + 3}
	}
	ps := accuracy.SpreadPrompts(w, 4, 2)
	require.Len(t, ps, 4)
	step := len(w) / 4
	for k, p := range ps {
		require.Equal(t, w[k*step][:2], p)
	}
	require.Len(t, accuracy.SpreadPrompts(w[:3], 100, 2), 3)
}
