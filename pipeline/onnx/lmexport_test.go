package onnx

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"google.golang.org/protobuf/proto"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/lm"
	"github.com/opml-dev/opml/pipeline/onnx/internal/onnxpb"
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

// checkExportedLM exports a model of c with random weights in form o and
// checks its import (checkImportedLM) on random ids, the first the
// largest id.
func checkExportedLM(t *testing.T, c lm.Config, o lm.ExportOptions, rng *rand.Rand) {
	t.Helper()
	m, err := lm.NewModel(c)
	if err != nil {
		t.Fatal(err)
	}
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
							checkExportedLM(t, c, o, rand.New(rand.NewPCG(uint64(k), 1)))
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

// TestImportLMPartialRotaryAndPositionIDs: the exporter's partial rotary
// (the first r < hd dims of each head rotate, the rest pass through, as
// GPT-NeoX and Phi export it with Slices on the last axis and a Concat)
// and its position_ids input (int64 [1, T] gathering the cos/sin rows, as
// torch exports Hugging Face's LLaMA) import to the language-model ops
// with no fallback, in both rotary forms, and compute lm.Forward.
func TestImportLMPartialRotaryAndPositionIDs(t *testing.T) {
	gqa := lm.Config{Vocab: 300, Context: 8, Dim: 16, Layers: 2, Heads: 4, KVHeads: 2, HeadDim: 8, Hidden: 24, Eps: 1e-5, RopeTheta: 10000}
	mha := lm.Config{Vocab: 40, Context: 6, Dim: 12, Layers: 1, Heads: 2, KVHeads: 2, HeadDim: 6, Hidden: 10, Eps: 1e-6, RopeTheta: 500}
	k := 0
	for _, base := range []lm.Config{gqa, mha} {
		for _, r := range []int{0, 2, base.HeadDim - 2} {
			for _, rot := range []lm.Rotary{lm.RotaryInterleaved, lm.RotaryHalf} {
				for _, pos := range []bool{false, true} {
					if r == 0 && !pos {
						continue // TestImportLMExports
					}
					c := base
					c.RotaryDims = r
					o := lm.ExportOptions{Rotary: rot, PositionIDs: pos, ScaleMul: k%2 == 1}
					k++
					t.Run(fmt.Sprintf("hd%d-r%d-%+v", c.HeadDim, r, o), func(t *testing.T) {
						checkExportedLM(t, c, o, rand.New(rand.NewPCG(uint64(k), 2)))
					})
				}
			}
		}
	}
}

// position_ids are bound to 0..T−1 only where that is all they can mean:
// beside integer token ids of their shape, read only as the indices of
// Gathers of constant tables. Anything else is an error naming the reason.
func TestImportLMPositionIDsRejects(t *testing.T) {
	c := lm.Config{Vocab: 40, Context: 6, Dim: 12, Layers: 1, Heads: 2, KVHeads: 2, HeadDim: 6, Hidden: 10, Eps: 1e-6, RopeTheta: 500}
	m, err := lm.NewModel(c)
	if err != nil {
		t.Fatal(err)
	}
	m.Init(1)
	data, err := lm.Export(m, lm.ExportOptions{PositionIDs: true})
	if err != nil {
		t.Fatal(err)
	}
	ropeGather := func(p *onnxpb.ModelProto) *onnxpb.NodeProto {
		for _, n := range p.Graph.Node {
			if n.GetOpType() == "Gather" && len(n.Input) == 2 && n.Input[1] == PositionIDs {
				return n
			}
		}
		t.Fatal("no Gather of position_ids")
		return nil
	}
	input := func(p *onnxpb.ModelProto, name string) *onnxpb.ValueInfoProto {
		for _, in := range p.Graph.Input {
			if in.GetName() == name {
				return in
			}
		}
		t.Fatalf("no input %s", name)
		return nil
	}
	for _, tc := range []struct {
		name   string
		mutate func(p *onnxpb.ModelProto)
		want   string
	}{
		{"not a Gather", func(p *onnxpb.ModelProto) { ropeGather(p).OpType = proto.String("GatherElements") },
			`reads the graph input "position_ids": position ids are accepted only as the indices of a Gather of a constant table`},
		{"the Gather's data", func(p *onnxpb.ModelProto) { n := ropeGather(p); n.Input[0], n.Input[1] = n.Input[1], n.Input[0] },
			"accepted only as the indices of a Gather"},
		{"a computed table", func(p *onnxpb.ModelProto) { ropeGather(p).Input[0] = "/model/embed_tokens/Gather_output_0" },
			"accepted only as the indices of a Gather of a constant table"},
		{"float positions", func(p *onnxpb.ModelProto) {
			input(p, PositionIDs).Type.GetTensorType().ElemType = proto.Int32(int32(onnxpb.TensorProto_FLOAT))
		}, "binds to the positions 0..T-1 only beside integer token ids of its shape"},
		{"another shape", func(p *onnxpb.ModelProto) {
			input(p, PositionIDs).Type.GetTensorType().Shape.Dim[1].Value = &onnxpb.TensorShapeProto_Dimension_DimValue{DimValue: 5}
		}, `the graph input "position_ids" ([1 5]) binds to the positions 0..T-1 only beside integer token ids of its shape; "input_ids" is [1 6]`},
		{"another name", func(p *onnxpb.ModelProto) {
			input(p, PositionIDs).Name = proto.String("positions")
			for _, n := range p.Graph.Node {
				for j, in := range n.Input {
					if in == PositionIDs {
						n.Input[j] = "positions"
					}
				}
			}
		}, `2 inputs besides initializers ["input_ids" "positions"], want exactly 1 (or token ids and position_ids)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var p onnxpb.ModelProto
			if err := proto.Unmarshal(data, &p); err != nil {
				t.Fatal(err)
			}
			tc.mutate(&p)
			b, err := proto.Marshal(&p)
			if err != nil {
				t.Fatal(err)
			}
			_, err = Decode(b)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
		})
	}
}
