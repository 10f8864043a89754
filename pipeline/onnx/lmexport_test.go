package onnx

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/lm"
	"github.com/opml-dev/opml/pipeline/reference"
)

// The project's exporter (pipeline/lm) writes the trained language model
// in every form torch writes; each must import to the language-model ops
// and compute what the float model computes.

// checkImportedLM imports data, checks the recognized ops for a model of
// c, and compares the float reference with lm's Forward on ids.
func checkImportedLM(t *testing.T, data []byte, m *lm.Model, ids []int) {
	t.Helper()
	c := m.Config
	g, im, err := decode(data)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if len(im.fallbacks) > 0 {
		t.Errorf("imported node by node: %q", im.fallbacks)
	}
	ops := countOps(g)
	want := map[graph.Op]int{graph.Embed: 1, graph.Norm: 2*c.Layers + 1, graph.Rope: 2 * c.Layers, graph.MatMul: 2 * c.Layers,
		graph.GluMul: c.Layers, graph.Softmax: c.Layers, graph.Dense: 7*c.Layers + 1, graph.Unary: 0, graph.Reduce: 0, graph.Mul: 0}
	for op, n := range want {
		if ops[op] != n {
			t.Errorf("%d %v nodes, want %d (ops %v)", ops[op], op, n, ops)
		}
	}
	for _, n := range g.Nodes {
		if n.Op == graph.MatMul && n.GroupOf() != c.Heads/c.KVHeads {
			t.Errorf("%s: group %d, want %d", n.Name, n.GroupOf(), c.Heads/c.KVHeads)
		}
		if (n.Op == graph.MatMul || n.Op == graph.Softmax) && n.Causal == graph.CausalNone {
			t.Errorf("%s (%v) is not causal", n.Name, n.Op)
		}
	}
	x := &graph.Tensor{Shape: []int{1, c.Context}, Data: make([]float32, c.Context)}
	for k, id := range ids {
		x.Data[k] = float32(id)
	}
	r, err := reference.NewRunner(g)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	got, err := r.Output(x)
	if err != nil {
		t.Fatal(err)
	}
	wantLogits, err := m.Forward(ids)
	if err != nil {
		t.Fatal(err)
	}
	worst := 0.0
	for k, v := range wantLogits {
		worst = max(worst, math.Abs(float64(got.Data[k]-v))/max(1, math.Abs(float64(v))))
	}
	if worst > 1e-4 {
		t.Errorf("imported graph's logits differ from lm.Forward by %.3g (relative)", worst)
	}
}

func TestImportLMExports(t *testing.T) {
	gqa := lm.Config{Vocab: 300, Context: 8, Dim: 16, Layers: 2, Heads: 4, KVHeads: 2, HeadDim: 4, Hidden: 24, Eps: 1e-5, RopeTheta: 10000}
	mha := lm.Config{Vocab: 40, Context: 6, Dim: 12, Layers: 1, Heads: 2, KVHeads: 2, HeadDim: 6, Hidden: 10, Eps: 1e-6, RopeTheta: 500}
	k := 0
	for _, base := range []lm.Config{gqa, mha} {
		for _, kind := range []lm.NormKind{lm.RMSNorm, lm.LayerNorm} {
			c := base
			c.Norm = kind
			norms := []lm.NormForm{lm.NormDecomposed, lm.NormReciprocal, lm.NormSimplified}
			if kind == lm.LayerNorm {
				norms[2] = lm.NormLayerNormalization
			}
			for _, nf := range norms {
				for _, rot := range []lm.Rotary{lm.RotaryInterleaved, lm.RotaryHalf} {
					for _, mask := range []lm.MaskForm{lm.MaskAdd, lm.MaskWhere, lm.MaskTrilu} {
						o := lm.ExportOptions{Rotary: rot, Norm: nf, Mask: mask, ScaleMul: k%2 == 1}
						k++
						t.Run(fmt.Sprintf("kv%d-%v-%+v", c.KVHeads, kind, o), func(t *testing.T) {
							m, err := lm.NewModel(c)
							if err != nil {
								t.Fatal(err)
							}
							rng := rand.New(rand.NewPCG(uint64(k), 1))
							for i := range m.Data {
								m.Data[i] = float32(rng.NormFloat64() * 0.3)
							}
							data, err := lm.Export(m, o)
							if err != nil {
								t.Fatal(err)
							}
							ids := make([]int, c.Context)
							for i := range ids {
								ids[i] = rng.IntN(c.Vocab)
							}
							ids[0] = c.Vocab - 1
							checkImportedLM(t, data, m, ids)
						})
					}
				}
			}
		}
	}
}

// trainedLM reads the committed trained model (fixtures/trained/lm.onnx)
// and a prompt of its context's length.
func trainedLM(tb testing.TB) ([]byte, *lm.Model, []int) {
	tb.Helper()
	data, m, err := lm.ReadTrained("../../fixtures/trained")
	if errors.Is(err, fs.ErrNotExist) {
		tb.Skipf("no trained language model: %v", err)
	}
	if err != nil {
		tb.Fatal(err)
	}
	prompt := "Q: What do you get when you cross a fortune with a compiler? A: "
	ids := make([]int, m.Context)
	for k := range ids {
		ids[k] = int(prompt[k%len(prompt)])
	}
	return data, m, ids
}

// TestImportTrainedLM imports the trained model and runs a prompt through
// it.
func TestImportTrainedLM(t *testing.T) {
	data, m, ids := trainedLM(t)
	checkImportedLM(t, data, m, ids)
}

// BenchmarkDecodeTrainedLM: the import of the trained model (recognition
// included).
func BenchmarkDecodeTrainedLM(b *testing.B) {
	data, _, _ := trainedLM(b)
	for b.Loop() {
		if _, err := Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReferenceTrainedLM: one float pass of the imported trained
// model over its full context in the gorgonia reference (compiled once),
// beside BenchmarkForwardTrainedLM, lm's own float forward.
func BenchmarkReferenceTrainedLM(b *testing.B) {
	data, m, ids := trainedLM(b)
	g, err := Decode(data)
	if err != nil {
		b.Fatal(err)
	}
	r, err := reference.NewRunner(g)
	if err != nil {
		b.Fatal(err)
	}
	defer r.Close()
	x := &graph.Tensor{Shape: []int{1, m.Context}, Data: make([]float32, m.Context)}
	for k, id := range ids {
		x.Data[k] = float32(id)
	}
	for b.Loop() {
		if _, err := r.Output(x); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkForwardTrainedLM(b *testing.B) {
	_, m, ids := trainedLM(b)
	for b.Loop() {
		if _, err := m.Forward(ids); err != nil {
			b.Fatal(err)
		}
	}
}
