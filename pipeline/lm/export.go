package lm

import (
	"fmt"
	"math"
	"slices"

	"github.com/opml-dev/opml/pipeline/onnx/onnxbuild"
)

// Rotary selects how the exported graph writes rotary embeddings.
type Rotary int

const (
	// RotaryInterleaved rotates pairs (2i, 2i+1) of each head, as Meta's
	// LLaMA and llama2.c do (and the float model): the graph reshapes a
	// head to [hd/2, 2], slices the even and odd lanes, builds
	// Concat(−odd, even) and computes x·cos + rot·sin with cos and sin
	// repeated per pair.
	RotaryInterleaved Rotary = iota
	// RotaryHalf rotates pairs (i, i+hd/2), as Hugging Face's LLaMA does:
	// rotate_half(x) = Concat(−x[hd/2:], x[:hd/2]) by two Slices, and
	// x·cos + rotate_half(x)·sin with cos and sin repeated per half. The
	// exporter permutes the output columns of q_proj and k_proj inside
	// each head (new column j < hd/2 is column 2j, new column hd/2+j is
	// column 2j+1), as Hugging Face's conversion of Meta's weights does, so
	// the graph computes the same function: the scores Q·Kᵀ are invariant
	// under the same permutation of Q's and K's columns.
	RotaryHalf
)

// NormForm selects how the exported graph writes each norm.
type NormForm int

const (
	// NormDecomposed: RMSNorm as Pow(x, 2) → ReduceMean → Add(eps) → Sqrt →
	// Div(x, ·) → Mul(weight, ·); LayerNorm as ReduceMean → Sub → Pow →
	// ReduceMean → Add(eps) → Sqrt → Div → Mul(weight) → Add(bias).
	NormDecomposed NormForm = iota
	// NormReciprocal: as NormDecomposed with Sqrt → Reciprocal → Mul(x, ·)
	// in place of the Div (torch's export of rsqrt, as Hugging Face's
	// LlamaRMSNorm writes it).
	NormReciprocal
	// NormSimplified: one SimplifiedLayerNormalization(x, weight) node
	// (onnxruntime's contrib op, domain "", axis −1, epsilon); RMSNorm
	// models only. ONNX's checker does not know this op.
	NormSimplified
	// NormLayerNormalization: one LayerNormalization(x, weight, bias)
	// node (opset 17, axis −1, epsilon); LayerNorm models only.
	NormLayerNormalization
)

// MaskForm selects how the exported graph writes the causal mask.
type MaskForm int

const (
	// MaskAdd: scores + a constant [T, T] initializer, 0 on and below the
	// diagonal and float32's lowest value (torch.finfo(float32).min) above.
	MaskAdd MaskForm = iota
	// MaskWhere: Where(a constant bool [T, T], true on and below the
	// diagonal, scores, −inf), as torch writes masked_fill.
	MaskWhere
	// MaskTrilu: ConstantOfShape([T, T], lowest) → Trilu(upper, k = 1) →
	// Add to the scores (torch.triu(torch.full(...), diagonal=1)).
	MaskTrilu
)

// ExportOptions selects the exported graph's form; the zero value is the
// default (interleaved rotary, decomposed norm, additive mask, Div scale).
// Every form computes the same function as Model.Forward.
type ExportOptions struct {
	Rotary   Rotary
	Norm     NormForm
	Mask     MaskForm
	ScaleMul bool // scale the scores by Mul(1/√hd) instead of Div(√hd)

	// PositionIDs adds a second graph input position_ids, int64 [1, T],
	// as torch's export of Hugging Face's LLaMA has it: each rotary
	// embedding gathers its cos and sin rows by position_ids
	// (cos[position_ids].unsqueeze(1)) instead of reading the tables
	// whole. The model's function is the same for position_ids = 0..T−1.
	PositionIDs bool
}

// Opset is the ONNX opset the exporter writes.
const Opset = 17

// Export writes m as one ONNX graph (opset 17) in the decomposed form that
// torch.onnx.export writes for LLaMA-family models: input input_ids int64
// [1, T], output logits float [1, T, V]. Initializers carry Hugging Face's
// parameter names with matrices in [in, out] layout (MatMul's right
// operand); the rotary tables are initializers rope.cos and rope.sin. The
// output is deterministic.
func Export(m *Model, o ExportOptions) ([]byte, error) {
	c := m.Config
	if err := c.Validate(); err != nil {
		return nil, err
	}
	if len(m.Data) != c.NumParams() {
		return nil, fmt.Errorf("lm: export: %d parameters, config needs %d", len(m.Data), c.NumParams())
	}
	switch {
	case o.Rotary != RotaryInterleaved && o.Rotary != RotaryHalf:
		return nil, fmt.Errorf("lm: export: unknown rotary form %d", o.Rotary)
	case o.Mask < MaskAdd || o.Mask > MaskTrilu:
		return nil, fmt.Errorf("lm: export: unknown mask form %d", o.Mask)
	case o.Norm < NormDecomposed || o.Norm > NormLayerNormalization:
		return nil, fmt.Errorf("lm: export: unknown norm form %d", o.Norm)
	case o.Norm == NormSimplified && c.Norm != RMSNorm:
		return nil, fmt.Errorf("lm: export: SimplifiedLayerNormalization computes RMSNorm, the model uses %v", c.Norm)
	case o.Norm == NormLayerNormalization && c.Norm != LayerNorm:
		return nil, fmt.Errorf("lm: export: LayerNormalization computes LayerNorm, the model uses %v", c.Norm)
	}
	e := &exporter{c: c, o: o, b: onnxbuild.New(Opset).Name("lm")}
	e.graph(m)
	return e.b.Bytes(), nil
}

type exporter struct {
	c Config
	o ExportOptions
	b *onnxbuild.Model
}

func i64s(v ...int) []int64 {
	out := make([]int64, len(v))
	for i, x := range v {
		out[i] = int64(x)
	}
	return out
}

// node adds a node named name (torch's naming: /module/path/Op_k) with
// one output name_output_0 and returns that output.
func (e *exporter) node(name, op string, inputs []string, attrs ...onnxbuild.Attr) string {
	out := name + "_output_0"
	e.b.Node(op, name, inputs, []string{out}, attrs...)
	return out
}

// constInt64 adds a Constant node holding int64 values (dims [len] or a
// scalar when scalar is set).
func (e *exporter) constInt64(name string, scalar bool, v ...int) string {
	dims := []int64{int64(len(v))}
	if scalar {
		dims = []int64{}
	}
	out := name + "_output_0"
	e.b.Node("Constant", name, nil, []string{out}, onnxbuild.TensorInt64("value", dims, i64s(v...)...))
	return out
}

// constFloat adds a Constant node holding a float scalar.
func (e *exporter) constFloat(name string, v float32) string {
	out := name + "_output_0"
	e.b.Constant(name, out, []int64{}, []float32{v})
	return out
}

func (e *exporter) graph(m *Model) {
	c := e.c
	T := c.Context
	e.b.TypedInput("input_ids", onnxbuild.Int64, 1, int64(T))
	if e.o.PositionIDs {
		e.b.TypedInput("position_ids", onnxbuild.Int64, 1, int64(T))
	}
	for _, t := range m.Tensors() {
		data := t.Data
		if e.o.Rotary == RotaryHalf && (hasName(t.Name, "q_proj.weight") || hasName(t.Name, "k_proj.weight")) {
			data = halfPermute(data, t.Shape[0], t.Shape[1], c.HeadDim, c.rotary(), false)
		}
		e.b.Init(t.Name, i64s(t.Shape...), data)
	}
	e.ropeTables()
	if e.o.Mask == MaskAdd {
		mask := make([]float32, T*T)
		for i := range T {
			for j := i + 1; j < T; j++ {
				mask[i*T+j] = -math.MaxFloat32
			}
		}
		e.b.Init("causal_mask", i64s(T, T), mask)
	}
	if e.o.Mask == MaskWhere {
		keep := make([]bool, T*T)
		for i := range T {
			for j := 0; j <= i; j++ {
				keep[i*T+j] = true
			}
		}
		e.b.InitBool("causal_keep", i64s(T, T), keep)
	}

	x := e.node("/model/embed_tokens/Gather", "Gather", []string{"model.embed_tokens.weight", "input_ids"}, onnxbuild.Int("axis", 0))
	for l := range c.Layers {
		p := fmt.Sprintf("/model/layers.%d", l)
		w := fmt.Sprintf("model.layers.%d.", l)
		n := e.norm(p+"/input_layernorm", x, w+"input_layernorm")
		a := e.attention(p+"/self_attn", n, w+"self_attn.")
		x = e.node(p+"/Add", "Add", []string{x, a})
		n = e.norm(p+"/post_attention_layernorm", x, w+"post_attention_layernorm")
		f := e.mlp(p+"/mlp", n, w+"mlp.")
		x = e.node(p+"/Add_1", "Add", []string{x, f})
	}
	x = e.norm("/model/norm", x, "model.norm")
	et := e.node("/lm_head/Transpose", "Transpose", []string{"model.embed_tokens.weight"}, onnxbuild.Ints("perm", 1, 0))
	e.b.Node("MatMul", "/lm_head/MatMul", []string{x, et}, []string{"logits"})
	e.b.Output("logits", 1, int64(T), int64(c.Vocab))
}

func hasName(name, suffix string) bool {
	return len(name) >= len(suffix) && name[len(name)-len(suffix):] == suffix
}

// halfPermute reorders the output columns of a [rows, heads·hd] matrix
// inside the rotated first r columns of each head: new column j < r/2 is
// old column 2j, new column r/2+j is old column 2j+1 (the columns from r
// on stay); inverse undoes it.
func halfPermute(w []float32, rows, cols, hd, r int, inverse bool) []float32 {
	out := slices.Clone(w)
	half := r / 2
	for r := range rows {
		for h := 0; h < cols; h += hd {
			for j := range half {
				b := r*cols + h
				if inverse {
					out[b+2*j], out[b+2*j+1] = w[b+j], w[b+half+j]
				} else {
					out[b+j], out[b+half+j] = w[b+2*j], w[b+2*j+1]
				}
			}
		}
	}
	return out
}

// ropeTables writes rope.cos and rope.sin, [T, r] (r the rotated width):
// the float model's tables (Config.RopeTables) repeated per pair
// (interleaved: lanes 2i and 2i+1 get angle i) or per half (rotate-half:
// lanes i and r/2+i).
func (e *exporter) ropeTables() {
	c := e.c
	cos, sin := c.RopeTables()
	r := c.rotary()
	half := r / 2
	fc := make([]float32, c.Context*r)
	fs := make([]float32, c.Context*r)
	for t := range c.Context {
		for i := range half {
			a, b := t*r+2*i, t*r+2*i+1
			if e.o.Rotary == RotaryHalf {
				a, b = t*r+i, t*r+half+i
			}
			fc[a], fc[b] = cos[t*half+i], cos[t*half+i]
			fs[a], fs[b] = sin[t*half+i], sin[t*half+i]
		}
	}
	e.b.Init("rope.cos", i64s(c.Context, r), fc)
	e.b.Init("rope.sin", i64s(c.Context, r), fs)
}

// norm writes one norm layer over the last axis of x; w names its weight
// (and bias: w+".bias").
func (e *exporter) norm(p, x, w string) string {
	c := e.c
	weight, bias := w+".weight", w+".bias"
	switch e.o.Norm {
	case NormSimplified:
		return e.node(p+"/SimplifiedLayerNormalization", "SimplifiedLayerNormalization", []string{x, weight},
			onnxbuild.Int("axis", -1), onnxbuild.Float("epsilon", c.Eps), onnxbuild.Int("stash_type", 1))
	case NormLayerNormalization:
		return e.node(p+"/LayerNormalization", "LayerNormalization", []string{x, weight, bias},
			onnxbuild.Int("axis", -1), onnxbuild.Float("epsilon", c.Eps))
	}
	axes, keep := onnxbuild.Ints("axes", -1), onnxbuild.Int("keepdims", 1)
	centered := x
	if c.Norm == LayerNorm {
		mean := e.node(p+"/ReduceMean", "ReduceMean", []string{x}, axes, keep)
		centered = e.node(p+"/Sub", "Sub", []string{x, mean})
	}
	sq := e.node(p+"/Pow", "Pow", []string{centered, e.constFloat(p+"/Constant", 2)})
	ms := e.node(p+"/ReduceMean_1", "ReduceMean", []string{sq}, axes, keep)
	v := e.node(p+"/Add", "Add", []string{ms, e.constFloat(p+"/Constant_1", c.Eps)})
	sd := e.node(p+"/Sqrt", "Sqrt", []string{v})
	var y string
	if e.o.Norm == NormReciprocal {
		r := e.node(p+"/Reciprocal", "Reciprocal", []string{sd})
		y = e.node(p+"/Mul", "Mul", []string{centered, r})
	} else {
		y = e.node(p+"/Div", "Div", []string{centered, sd})
	}
	y = e.node(p+"/Mul_1", "Mul", []string{weight, y})
	if c.Norm == LayerNorm {
		y = e.node(p+"/Add_1", "Add", []string{y, bias})
	}
	return y
}

// heads reshapes x [1, T, n·hd] to [1, T, n, hd] and transposes it to
// [1, n, T, hd].
func (e *exporter) heads(p, x string, n int) string {
	shape := e.constInt64(p+"/Constant", false, 1, e.c.Context, n, e.c.HeadDim)
	r := e.node(p+"/Reshape", "Reshape", []string{x, shape})
	return e.node(p+"/Transpose", "Transpose", []string{r}, onnxbuild.Ints("perm", 0, 2, 1, 3))
}

// rope writes x·cos + rot(x)·sin for x [1, n, T, hd]; a partial rotary
// (r < hd) as GPT-NeoX's export writes it: Slice x on the last axis into
// [:r] and [r:], rotate the first, Concat the second after it.
func (e *exporter) rope(p, x string, n int) string {
	c := e.c
	T, hd, r := c.Context, c.HeadDim, c.rotary()
	half := r / 2
	var cos, sin string
	if e.o.PositionIDs {
		// cos[position_ids].unsqueeze(1): [1, T, r] → [1, 1, T, r].
		ax := e.constInt64(p+"/Constant", false, 1)
		cos = e.node(p+"/Unsqueeze", "Unsqueeze", []string{e.node(p+"/Gather", "Gather", []string{"rope.cos", "position_ids"}, onnxbuild.Int("axis", 0)), ax})
		sin = e.node(p+"/Unsqueeze_1", "Unsqueeze", []string{e.node(p+"/Gather_1", "Gather", []string{"rope.sin", "position_ids"}, onnxbuild.Int("axis", 0)), ax})
	} else {
		ax := e.constInt64(p+"/Constant", false, 0, 1)
		cos = e.node(p+"/Unsqueeze", "Unsqueeze", []string{"rope.cos", ax})
		sin = e.node(p+"/Unsqueeze_1", "Unsqueeze", []string{"rope.sin", ax})
	}
	var pass string
	if r < hd {
		axis := e.constInt64(p+"/Constant_8", false, 3)
		xr := e.node(p+"/Slice_2", "Slice", []string{x, e.constInt64(p+"/Constant_9", false, 0), e.constInt64(p+"/Constant_10", false, r), axis})
		pass = e.node(p+"/Slice_3", "Slice", []string{x, e.constInt64(p+"/Constant_11", false, r), e.constInt64(p+"/Constant_12", false, math.MaxInt64), axis})
		x, hd = xr, r
	}
	var rot string
	if e.o.Rotary == RotaryHalf {
		axis := e.constInt64(p+"/Constant_1", false, 3)
		x1 := e.node(p+"/Slice", "Slice", []string{x, e.constInt64(p+"/Constant_2", false, 0), e.constInt64(p+"/Constant_3", false, half), axis})
		x2 := e.node(p+"/Slice_1", "Slice", []string{x, e.constInt64(p+"/Constant_4", false, half), e.constInt64(p+"/Constant_5", false, math.MaxInt64), axis})
		neg := e.node(p+"/Neg", "Neg", []string{x2})
		rot = e.node(p+"/Concat", "Concat", []string{neg, x1}, onnxbuild.Int("axis", -1))
	} else {
		pairs := e.node(p+"/Reshape", "Reshape", []string{x, e.constInt64(p+"/Constant_1", false, 1, n, T, half, 2)})
		axis := e.constInt64(p+"/Constant_2", false, 4)
		even := e.node(p+"/Slice", "Slice", []string{pairs, e.constInt64(p+"/Constant_3", false, 0), e.constInt64(p+"/Constant_4", false, 1), axis})
		odd := e.node(p+"/Slice_1", "Slice", []string{pairs, e.constInt64(p+"/Constant_5", false, 1), e.constInt64(p+"/Constant_6", false, 2), axis})
		neg := e.node(p+"/Neg", "Neg", []string{odd})
		cat := e.node(p+"/Concat", "Concat", []string{neg, even}, onnxbuild.Int("axis", -1))
		rot = e.node(p+"/Reshape_1", "Reshape", []string{cat, e.constInt64(p+"/Constant_7", false, 1, n, T, hd)})
	}
	a := e.node(p+"/Mul", "Mul", []string{x, cos})
	b := e.node(p+"/Mul_1", "Mul", []string{rot, sin})
	y := e.node(p+"/Add", "Add", []string{a, b})
	if pass != "" {
		y = e.node(p+"/Concat_1", "Concat", []string{y, pass}, onnxbuild.Int("axis", -1))
	}
	return y
}

// repeatKV repeats each of the KV heads of x [1, KVH, T, hd] G times (as
// transformers' repeat_kv): Unsqueeze → Expand [1, KVH, G, T, hd] →
// Reshape [1, H, T, hd]; query head h reads KV head h / G.
func (e *exporter) repeatKV(p, x string) string {
	c := e.c
	G := c.group()
	if G == 1 {
		return x
	}
	u := e.node(p+"/Unsqueeze", "Unsqueeze", []string{x, e.constInt64(p+"/Constant", false, 2)})
	ex := e.node(p+"/Expand", "Expand", []string{u, e.constInt64(p+"/Constant_1", false, 1, c.KVHeads, G, c.Context, c.HeadDim)})
	return e.node(p+"/Reshape", "Reshape", []string{ex, e.constInt64(p+"/Constant_2", false, 1, c.Heads, c.Context, c.HeadDim)})
}

// attention writes one causal self-attention block on n [1, T, D].
func (e *exporter) attention(p, n, w string) string {
	c := e.c
	T, hd := c.Context, c.HeadDim
	q := e.node(p+"/q_proj/MatMul", "MatMul", []string{n, w + "q_proj.weight"})
	k := e.node(p+"/k_proj/MatMul", "MatMul", []string{n, w + "k_proj.weight"})
	v := e.node(p+"/v_proj/MatMul", "MatMul", []string{n, w + "v_proj.weight"})
	q = e.rope(p+"/rotary_q", e.heads(p+"/q", q, c.Heads), c.Heads)
	k = e.rope(p+"/rotary_k", e.heads(p+"/k", k, c.KVHeads), c.KVHeads)
	v = e.heads(p+"/v", v, c.KVHeads)
	k = e.repeatKV(p+"/repeat_k", k)
	v = e.repeatKV(p+"/repeat_v", v)
	kt := e.node(p+"/Transpose", "Transpose", []string{k}, onnxbuild.Ints("perm", 0, 1, 3, 2))
	s := e.node(p+"/MatMul", "MatMul", []string{q, kt})
	if e.o.ScaleMul {
		s = e.node(p+"/Mul", "Mul", []string{s, e.constFloat(p+"/Constant", float32(1/math.Sqrt(float64(hd))))})
	} else {
		s = e.node(p+"/Div", "Div", []string{s, e.constFloat(p+"/Constant", float32(math.Sqrt(float64(hd))))})
	}
	switch e.o.Mask {
	case MaskAdd:
		s = e.node(p+"/Add", "Add", []string{s, "causal_mask"})
	case MaskWhere:
		s = e.node(p+"/Where", "Where", []string{"causal_keep", s, e.constFloat(p+"/Constant_1", float32(math.Inf(-1)))})
	case MaskTrilu:
		full := e.node(p+"/ConstantOfShape", "ConstantOfShape", []string{e.constInt64(p+"/Constant_1", false, T, T)},
			onnxbuild.Tensor("value", []int64{1}, []float32{-math.MaxFloat32}))
		upper := e.node(p+"/Trilu", "Trilu", []string{full, e.constInt64(p+"/Constant_2", true, 1)}, onnxbuild.Int("upper", 1))
		s = e.node(p+"/Add", "Add", []string{s, upper})
	}
	pr := e.node(p+"/Softmax", "Softmax", []string{s}, onnxbuild.Int("axis", -1))
	o := e.node(p+"/MatMul_1", "MatMul", []string{pr, v})
	o = e.node(p+"/Transpose_1", "Transpose", []string{o}, onnxbuild.Ints("perm", 0, 2, 1, 3))
	o = e.node(p+"/Reshape", "Reshape", []string{o, e.constInt64(p+"/Constant_3", false, 1, T, c.Heads*hd)})
	return e.node(p+"/o_proj/MatMul", "MatMul", []string{o, w + "o_proj.weight"})
}

// mlp writes SwiGLU: down(silu(gate(n)) · up(n)), SiLU as x·Sigmoid(x).
func (e *exporter) mlp(p, n, w string) string {
	g := e.node(p+"/gate_proj/MatMul", "MatMul", []string{n, w + "gate_proj.weight"})
	sg := e.node(p+"/act_fn/Sigmoid", "Sigmoid", []string{g})
	a := e.node(p+"/act_fn/Mul", "Mul", []string{g, sg})
	u := e.node(p+"/up_proj/MatMul", "MatMul", []string{n, w + "up_proj.weight"})
	h := e.node(p+"/Mul", "Mul", []string{a, u})
	return e.node(p+"/down_proj/MatMul", "MatMul", []string{h, w + "down_proj.weight"})
}
