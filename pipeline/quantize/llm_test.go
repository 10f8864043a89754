package quantize_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/fixtures/fixturebuild"
	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/lm"
	"github.com/opml-dev/opml/pipeline/onnx"
	"github.com/opml-dev/opml/pipeline/quantize"
	"github.com/opml-dev/opml/pipeline/reference"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/ops"
)

// trainedLM reads the committed language model, its float weights and
// the context windows of the committed corpus sample.
func trainedLM(t *testing.T) ([]byte, *lm.Model, [][]int) {
	t.Helper()
	const root = "../.."
	data, m, err := fixturebuild.ReadTrainedLM(root)
	require.NoError(t, err)
	c, err := lm.LoadFortunes(fixturebuild.LMCorpusDir(root))
	require.NoError(t, err)
	return data, m, fixturebuild.FullWindows(append(c.Train, c.Heldout...), m.Context)
}

func idTensor(ids []int) *graph.Tensor {
	x := graph.NewTensor(1, len(ids))
	for k, id := range ids {
		x.Data[k] = float32(id)
	}
	return x
}

// TestCompileTrainedLM compiles the trained language model into a
// completion model (the Argmax is appended for its token-id input and
// [1, T, V] output): int32 ids [T] in, int32 greedy tokens [T] out, within
// the 2^20 steps of the goal, following the float model's greedy
// token (fixtures/fixturebuild's TestLMAccuracy measures it on held-out
// text with the committed calibration).
func TestCompileTrainedLM(t *testing.T) {
	data, m, windows := trainedLM(t)
	g, err := onnx.Decode(data)
	require.NoError(t, err)
	require.True(t, quantize.Completion(g))
	r, err := reference.NewRunner(g)
	require.NoError(t, err)
	defer r.Close()
	var samples []*graph.Tensor
	for k := 0; k < len(windows); k += 2 {
		samples = append(samples, idTensor(windows[k][:m.Context]))
	}
	res, err := quantize.Compile(g, samples, r.Run, quantize.Options{Name: "lm"})
	require.NoError(t, err)
	h := res.Model.Header
	t.Logf("ops %d, N %d, RAM leaves %d, weights leaves %d", h.NumOps, h.NumSteps, h.RAMLeaves, h.WeightsLeaves)
	require.LessOrEqual(t, h.NumSteps, uint64(1<<20))
	require.Equal(t, "int32", res.Card.Input.DType)
	require.Equal(t, "int32", res.Card.Output.DType)
	require.Equal(t, []int{m.Context}, res.Card.Output.VMShape)
	require.NotNil(t, res.Card.Logits)
	agree, total := 0, 0
	for k := 1; k < len(windows); k += 2 {
		ids := windows[k][:m.Context]
		logits, err := m.Forward(ids)
		require.NoError(t, err)
		in := make([]int32, len(ids))
		for i, id := range ids {
			in[i] = int32(id)
		}
		ram, err := vm.ExecuteInt32(res.Model, in)
		require.NoError(t, err)
		out := vm.ReadTensor(h.Output, ram)
		require.Len(t, out, m.Context)
		for p := range ids {
			total++
			if int64(graph.Argmax(logits[p*m.Vocab:(p+1)*m.Vocab])) == out[p] {
				agree++
			}
		}
	}
	t.Logf("agreement %d/%d = %.2f%%", agree, total, 100*float64(agree)/float64(total))
	require.Greater(t, float64(agree)/float64(total), 0.9)
}

// Each language-model op, alone, tracks the float reference: the VM's
// output dequantized is within 5% of the output's range of the float
// value (masked elements of a causal-N product, never read, excepted).
func TestCompileLMOps(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	ropeCos, ropeSin := graph.NewTensor(16, 4), graph.NewTensor(16, 4)
	for k := range ropeCos.Data {
		a := float64(k/4) / math.Pow(100, float64(k%4)/4)
		ropeCos.Data[k], ropeSin.Data[k] = float32(math.Cos(a)), float32(math.Sin(a))
	}
	// A partial rotary (docs/onnx.md): pairs 2 and 3 of each row pass
	// through, as rotations by angle 0.
	partCos, partSin := ropeCos.Clone(), ropeSin.Clone()
	for k := range partCos.Data {
		if k%4 >= 2 {
			partCos.Data[k], partSin.Data[k] = 1, 0
		}
	}
	head := make([]int, 64)
	for k := range head {
		head[k] = k
	}
	x := "x"
	for _, tc := range []struct {
		name  string
		shape []int
		nodes []graph.Node
	}{
		{"norm-rms", []int{4, 24}, []graph.Node{{Name: "n", Op: graph.Norm, Inputs: []string{x}, Output: "y", Norm: graph.NormRMS, Eps: 1e-5}}},
		{"norm-layer", []int{4, 40}, []graph.Node{{Name: "n", Op: graph.Norm, Inputs: []string{x}, Output: "y", Norm: graph.NormLayer, Eps: 1e-5}}},
		{"rope", []int{2, 8, 8}, []graph.Node{{Name: "r", Op: graph.Rope, Inputs: []string{x}, Output: "y", W: ropeCos, B: ropeSin}}},
		{"rope-partial", []int{2, 8, 8}, []graph.Node{{Name: "r", Op: graph.Rope, Inputs: []string{x}, Output: "y", W: partCos, B: partSin}}},
		{"glumul", []int{3, 40}, []graph.Node{
			{Name: "u", Op: graph.Unary, Inputs: []string{x}, Output: "u", Fn: graph.Fn{Kind: graph.Neg}},
			{Name: "g", Op: graph.GluMul, Inputs: []string{x, "u"}, Output: "y"}}},
		{"glumul-shared", []int{3, 40}, []graph.Node{
			{Name: "g", Op: graph.GluMul, Inputs: []string{x, x}, Output: "y"}}},
		{"softmax-causal", []int{2, 8, 8}, []graph.Node{{Name: "s", Op: graph.Softmax, Inputs: []string{x}, Output: "y", Causal: graph.CausalN}}},
		{"matmul", []int{2, 8, 8}, []graph.Node{{Name: "m", Op: graph.MatMul, Inputs: []string{x, x}, Output: "y", Scale: 0.5}}},
		{"matmul-causal-n", []int{2, 8, 8}, []graph.Node{{Name: "m", Op: graph.MatMul, Inputs: []string{x, x}, Output: "y", Causal: graph.CausalN}}},
		{"matmul-causal-k-gqa", []int{2, 8, 8}, []graph.Node{
			{Name: "h", Op: graph.Gather, Inputs: []string{x}, Output: "h", Shape: []int{1, 8, 8}, Index: head},
			{Name: "m", Op: graph.MatMul, Inputs: []string{x, "h"}, Output: "y", Causal: graph.CausalK, Group: 2}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := &graph.Graph{Input: x, InputShape: tc.shape, Output: "y", Nodes: tc.nodes}
			ref, err := reference.NewRunner(g)
			require.NoError(t, err)
			defer ref.Close()
			var calib []*graph.Tensor
			for range 32 {
				calib = append(calib, randTensor(r, 2, tc.shape...))
			}
			// The inputs checked are among the calibration samples: the
			// check is the ops' rounding, not clamping at a range the
			// samples did not reach.
			res, err := quantize.Compile(g, calib, ref.Run, quantize.Options{})
			require.NoError(t, err)
			shapes, err := g.Shapes()
			require.NoError(t, err)
			// Masked elements: never written by the VM, never read.
			causal := tc.nodes[len(tc.nodes)-1].Causal == graph.CausalN
			for _, in := range calib[:8] {
				want, err := ref.Output(in)
				require.NoError(t, err)
				_, got := runCompiled(t, res, in)
				lo, hi := 0.0, 0.0
				for e, f := range want.Data {
					if causal && e%8 > (e/8)%8 {
						continue
					}
					lo, hi = min(lo, float64(f)), max(hi, float64(f))
				}
				for e, f := range want.Data {
					if causal && e%8 > (e/8)%8 {
						continue
					}
					require.InDelta(t, f, got[e], 0.05*(hi-lo)+1e-6, "element %d of %v", e, shapes["y"])
				}
			}
		})
	}
}

// An integer token-id input becomes the VM's int32 input, read by Embed.
func TestCompileEmbed(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 4))
	g := &graph.Graph{Input: "ids", InputShape: []int{1, 5}, InputInt: true, Output: "e", Nodes: []graph.Node{
		{Name: "e", Op: graph.Embed, Inputs: []string{"ids"}, Output: "e", W: randTensor(r, 1, 300, 3)}}}
	ref, err := reference.NewRunner(g)
	require.NoError(t, err)
	defer ref.Close()
	ids := []int{0, 299, 7, 256, 42}
	res, err := quantize.Compile(g, []*graph.Tensor{idTensor(ids)}, ref.Run, quantize.Options{Argmax: quantize.ArgmaxOff})
	require.NoError(t, err)
	require.Equal(t, "int32", res.Card.Input.DType)
	in := make([]int32, len(ids))
	for k, id := range ids {
		in[k] = int32(id)
	}
	ram, err := vm.ExecuteInt32(res.Model, append(in[:0:0], in...))
	require.NoError(t, err)
	got, err := res.Card.Output.Dequantize(vm.ReadTensor(res.Model.Header.Output, ram))
	require.NoError(t, err)
	want, err := ref.Output(idTensor(ids))
	require.NoError(t, err)
	for e := range want.Data {
		require.InDelta(t, want.Data[e], got[e], res.Card.Output.Scale/2+1e-6, "element %d", e)
	}
}

// A model with a partial rotary and a position_ids input (docs/onnx.md),
// exported by pipeline/lm, compiles to the same ops (the pass-through dims
// are identity pairs of the Rope), and the VM's dequantized logits track
// lm.Forward: relative RMS error below 10% on every calibration window.
func TestCompileExportedPartialRotary(t *testing.T) {
	c := lm.Config{Vocab: 64, Context: 16, Dim: 32, Layers: 1, Heads: 2, KVHeads: 1, HeadDim: 16, RotaryDims: 8,
		Hidden: 48, Eps: 1e-5, RopeTheta: 10000}
	m, err := lm.NewModel(c)
	require.NoError(t, err)
	r := rand.New(rand.NewPCG(5, 6))
	for i := range m.Data {
		m.Data[i] = float32(r.NormFloat64() * 0.2)
	}
	for _, rot := range []lm.Rotary{lm.RotaryInterleaved, lm.RotaryHalf} {
		data, err := lm.Export(m, lm.ExportOptions{Rotary: rot, PositionIDs: true})
		require.NoError(t, err)
		g, err := onnx.Decode(data)
		require.NoError(t, err)
		ref, err := reference.NewRunner(g)
		require.NoError(t, err)
		var windows [][]int
		var calib []*graph.Tensor
		for range 16 {
			ids := make([]int, c.Context)
			for k := range ids {
				ids[k] = r.IntN(c.Vocab)
			}
			windows = append(windows, ids)
			calib = append(calib, idTensor(ids))
		}
		res, err := quantize.Compile(g, calib, ref.Run, quantize.Options{Argmax: quantize.ArgmaxOff})
		ref.Close()
		require.NoError(t, err)
		ropes := 0
		for _, op := range res.Model.Ops {
			if op.Op == ops.OpRope {
				ropes++
			}
		}
		require.Equal(t, 2, ropes, "one Rope on Q and one on K")
		worst := 0.0
		for _, ids := range windows {
			want, err := m.Forward(ids)
			require.NoError(t, err)
			in := make([]int32, len(ids))
			for k, id := range ids {
				in[k] = int32(id)
			}
			ram, err := vm.ExecuteInt32(res.Model, in)
			require.NoError(t, err)
			got, err := res.Card.Output.Dequantize(vm.ReadTensor(res.Model.Header.Output, ram))
			require.NoError(t, err)
			var se, sf float64
			for k, f := range want {
				d := float64(got[k] - f)
				se, sf = se+d*d, sf+float64(f)*float64(f)
			}
			worst = max(worst, math.Sqrt(se/sf))
			require.Less(t, math.Sqrt(se/sf), 0.1, "%v: relative RMS error of the logits", rot)
		}
		t.Logf("rotary form %d: worst relative RMS error of the logits %.4f", rot, worst)
	}
}
