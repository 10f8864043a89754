package onnx

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/onnx/onnxbuild"
	"github.com/opml-dev/opml/pipeline/reference"
)

// lmForm is one way of writing a LLaMA-style decoder in ONNX, as
// torch.onnx.export writes the Meta, llama2.c and Hugging Face models.
type lmForm struct {
	V, T, D, H, Hkv, F, layers int
	// rope: "half" (Hugging Face rotate-half on [1, H, T, hd]), "step"
	// (even/odd by Slice with step 2 on [1, H, T, hd], stacked back),
	// "pairs" (Meta: Reshape [1, T, H, hd/2, 2] before the head
	// transpose, Gather of the halves), "none".
	rope string
	// mask: "add" ([T, T] of finfo.min), "add4" ([1, 1, T, T] of −1e9),
	// "where" (BOOL tril, Where(cond, scores, −inf)), "trilu"
	// (ConstantOfShape → Trilu(lower) → Equal 0 → Where(·, −inf, scores)),
	// "triu" (Meta: Trilu(upper, k=1) of a −inf matrix, added), "none".
	mask string
	// norm: "pow" (Pow → ReduceMean → Add → Sqrt → Div → Mul), "recip"
	// (… Sqrt → Reciprocal → Mul → Mul), "simplified"
	// (SimplifiedLayerNormalization), "layer" (LayerNormalization with
	// bias), "layerdec" (LayerNorm decomposed, with bias).
	norm string
	// scaleMul writes the score scale as Mul by 1/√hd (else Div by √hd);
	// maskFirst masks the scores before scaling them.
	scaleMul, maskFirst bool
	// fusedQKV projects Q, K and V by one MatMul and splits the result
	// (Phi-3's qkv_proj).
	fusedQKV bool
	// sdpa scales as torch's scaled_dot_product_attention export does:
	// Q and Kᵀ each multiplied by √(1/√hd) before the product.
	sdpa bool
	// metaRepeat repeats the KV heads as Meta's LLaMA does, on
	// [1, T, Hkv, hd] before the head transpose (x[:, :, :, None, :]
	// expanded and reshaped), instead of transformers' repeat_kv after it.
	metaRepeat bool
	// casts writes Hugging Face's Casts to FLOAT around the RMSNorm and
	// the softmax.
	casts bool
	// Deliberate mismatches, for the fallbacks: the RMSNorm's square is a
	// cube, the mask also hides the diagonal, the cos table is scaled.
	cube, maskDiagonal, badCos bool
}

func (f lmForm) String() string {
	return fmt.Sprintf("V%d_H%d_KV%d_%s_%s_%s", f.V, f.H, f.Hkv, f.rope, f.mask, f.norm)
}

// lmBuilder writes a model of one form with random weights.
type lmBuilder struct {
	f   lmForm
	m   *onnxbuild.Model
	rng *rand.Rand
	n   int
}

func (b *lmBuilder) name(base string) string {
	b.n++
	return fmt.Sprintf("%s_%d", base, b.n)
}

func (b *lmBuilder) weights(name string, scale float64, dims ...int64) string {
	n := 1
	for _, d := range dims {
		n *= int(d)
	}
	w := make([]float32, n)
	for k := range w {
		w[k] = float32((b.rng.Float64()*2 - 1) * scale)
	}
	b.m.Init(name, dims, w)
	return name
}

func (b *lmBuilder) ints(vals ...int64) string {
	name := b.name("c")
	b.m.InitInt64(name, []int64{int64(len(vals))}, vals...)
	return name
}

func (b *lmBuilder) scalar(v float32) string {
	name := b.name("s")
	b.m.Init(name, nil, []float32{v})
	return name
}

func (b *lmBuilder) node(op string, in []string, attrs ...onnxbuild.Attr) string {
	out := b.name(strings.ToLower(op))
	b.m.Node(op, out, in, []string{out}, attrs...)
	return out
}

// norm normalizes x [1, T, D] in the form's way.
func (b *lmBuilder) norm(x string) string {
	D := int64(b.f.D)
	w := b.name("norm_w")
	gamma := make([]float32, D)
	beta := make([]float32, D)
	for k := range gamma {
		gamma[k] = float32(0.5 + b.rng.Float64())
		beta[k] = float32(b.rng.Float64()*0.2 - 0.1)
	}
	b.m.Init(w, []int64{D}, gamma)
	bias := b.name("norm_b")
	b.m.Init(bias, []int64{D}, beta)
	eps := b.scalar(1e-5)
	mean := func(v string) string { return b.node("ReduceMean", []string{v}, onnxbuild.Ints("axes", -1)) }
	switch b.f.norm {
	case "simplified":
		return b.node("SimplifiedLayerNormalization", []string{x, w}, onnxbuild.Int("axis", -1), onnxbuild.Float("epsilon", 1e-5))
	case "layer":
		return b.node("LayerNormalization", []string{x, w, bias}, onnxbuild.Int("axis", -1), onnxbuild.Float("epsilon", 1e-5))
	case "layerdec":
		d := b.node("Sub", []string{x, mean(x)})
		v := mean(b.node("Pow", []string{d, b.scalar(2)}))
		y := b.node("Div", []string{d, b.node("Sqrt", []string{b.node("Add", []string{v, eps})})})
		return b.node("Add", []string{b.node("Mul", []string{y, w}), bias})
	}
	exp := float32(2)
	if b.f.cube {
		exp = 3
	}
	cast := func(v string) string {
		if !b.f.casts {
			return v
		}
		return b.node("Cast", []string{v}, onnxbuild.Int("to", 1))
	}
	x = cast(x)
	ms := mean(b.node("Pow", []string{x, b.scalar(exp)}))
	rs := b.node("Sqrt", []string{b.node("Add", []string{ms, eps})})
	var y string
	if b.f.norm == "recip" {
		y = b.node("Mul", []string{x, b.node("Reciprocal", []string{rs})})
	} else {
		y = b.node("Div", []string{x, rs})
	}
	return b.node("Mul", []string{w, cast(y)})
}

// rotary tables: angle t·θ^(−2i/hd) for position t and pair i.
func (b *lmBuilder) angles() [][]float64 {
	hd := b.f.D / b.f.H
	a := make([][]float64, b.f.T+3) // a longer cache, sliced or gathered
	for t := range a {
		a[t] = make([]float64, hd/2)
		for i := range hd / 2 {
			a[t][i] = float64(t) * math.Pow(10000, -2*float64(i)/float64(hd))
		}
	}
	return a
}

// ropeTables returns cos and sin constants for x of shape [1, H, T, hd]
// (post) or [1, T, H, hd] (pre), as the form's exporter computes them.
func (b *lmBuilder) ropeTables() (cos, sin string) {
	hd, T := b.f.D/b.f.H, int64(b.f.T)
	a := b.angles()
	var cs, sn []float32
	width := hd / 2
	if b.f.rope == "half" {
		width = hd
	}
	for t := range a {
		for j := range width {
			i := j % (hd / 2)
			c := math.Cos(a[t][i])
			if b.f.badCos {
				c *= 1.5
			}
			cs = append(cs, float32(c))
			sn = append(sn, float32(math.Sin(a[t][i])))
		}
	}
	Tc := int64(len(a))
	cache := func(name string, v []float32) string {
		b.m.Init(name, []int64{Tc, int64(width)}, v)
		return name
	}
	cc, sc := cache(b.name("cos_cache"), cs), cache(b.name("sin_cache"), sn)
	switch b.f.rope {
	case "half":
		// Gather by position ids [1, T], Unsqueeze to [1, 1, T, hd].
		pos := b.name("position_ids")
		ids := make([]int64, T)
		for k := range ids {
			ids[k] = int64(k)
		}
		b.m.InitInt64(pos, []int64{1, T}, ids...)
		g := func(c string) string {
			return b.node("Unsqueeze", []string{b.node("Gather", []string{c, pos}), b.ints(1)})
		}
		return g(cc), g(sc)
	case "step":
		// Slice the first T rows, Reshape [1, 1, T, hd/2].
		s := func(c string) string {
			v := b.node("Slice", []string{c, b.ints(0), b.ints(T), b.ints(0)})
			return b.node("Reshape", []string{v, b.ints(1, 1, T, int64(hd/2))})
		}
		return s(cc), s(sc)
	}
	// pairs: Slice, Reshape [1, T, 1, hd/2].
	s := func(c string) string {
		v := b.node("Slice", []string{c, b.ints(0), b.ints(T), b.ints(0)})
		return b.node("Reshape", []string{v, b.ints(1, T, 1, int64(hd/2))})
	}
	return s(cc), s(sc)
}

// rope rotates x ([1, H, T, hd] for half and step, [1, T, H, hd] for pairs).
func (b *lmBuilder) rope(x string, heads int) string {
	hd, T := int64(b.f.D/b.f.H), int64(b.f.T)
	cos, sin := b.ropeTables()
	mul := func(a, c string) string { return b.node("Mul", []string{a, c}) }
	switch b.f.rope {
	case "half":
		x1 := b.node("Slice", []string{x, b.ints(0), b.ints(hd / 2), b.ints(3)})
		x2 := b.node("Slice", []string{x, b.ints(hd / 2), b.ints(math.MaxInt64), b.ints(-1)})
		rot := b.node("Concat", []string{b.node("Neg", []string{x2}), x1}, onnxbuild.Int("axis", -1))
		return b.node("Add", []string{mul(x, cos), mul(rot, sin)})
	case "step":
		xe := b.node("Slice", []string{x, b.ints(0), b.ints(hd), b.ints(3), b.ints(2)})
		xo := b.node("Slice", []string{x, b.ints(1), b.ints(hd), b.ints(3), b.ints(2)})
		oe := b.node("Sub", []string{mul(xe, cos), mul(xo, sin)})
		oo := b.node("Add", []string{mul(xe, sin), mul(xo, cos)})
		st := b.node("Concat", []string{b.node("Unsqueeze", []string{oe, b.ints(-1)}), b.node("Unsqueeze", []string{oo, b.ints(-1)})}, onnxbuild.Int("axis", -1))
		return b.node("Reshape", []string{st, b.ints(1, int64(heads), T, hd)})
	}
	xr := b.node("Reshape", []string{x, b.ints(1, T, int64(heads), hd/2, 2)})
	zero, one := b.name("i0"), b.name("i1")
	b.m.InitInt64(zero, nil, 0)
	b.m.InitInt64(one, nil, 1)
	re := b.node("Gather", []string{xr, zero}, onnxbuild.Int("axis", -1))
	im := b.node("Gather", []string{xr, one}, onnxbuild.Int("axis", -1))
	or := b.node("Sub", []string{mul(re, cos), mul(im, sin)})
	oi := b.node("Add", []string{mul(re, sin), mul(im, cos)})
	st := b.node("Concat", []string{b.node("Unsqueeze", []string{or, b.ints(4)}), b.node("Unsqueeze", []string{oi, b.ints(4)})}, onnxbuild.Int("axis", 4))
	return b.node("Reshape", []string{st, b.ints(1, T, int64(heads), hd)})
}

// projections returns Q, K and V projected from h, [1, T, heads·hd].
func (b *lmBuilder) projections(h string) (q, k, v string) {
	f := b.f
	hd, D := int64(f.D/f.H), int64(f.D)
	if !f.fusedQKV {
		p := func(heads int) string {
			return b.node("MatMul", []string{h, b.weights(b.name("w"), 0.3, D, int64(heads)*hd)})
		}
		return p(f.H), p(f.Hkv), p(f.Hkv)
	}
	fused := b.node("MatMul", []string{h, b.weights(b.name("wqkv"), 0.3, D, int64(f.H+2*f.Hkv)*hd)})
	q, k, v = b.name("q"), b.name("k"), b.name("v")
	b.m.Node("Split", b.name("split"), []string{fused, b.ints(int64(f.H)*hd, int64(f.Hkv)*hd, int64(f.Hkv)*hd)}, []string{q, k, v}, onnxbuild.Int("axis", -1))
	return q, k, v
}

// heads turns the projection p into [1, H, T, hd] (rotated for Q and K).
func (b *lmBuilder) heads(p string, heads int, rotate bool) string {
	hd, T := int64(b.f.D/b.f.H), int64(b.f.T)
	x := b.node("Reshape", []string{p, b.ints(1, T, int64(heads), hd)})
	if rotate && b.f.rope == "pairs" {
		x = b.rope(x, heads)
	}
	if G := int64(b.f.H / heads); b.f.metaRepeat && G > 1 {
		u := b.node("Unsqueeze", []string{x, b.ints(3)})
		e := b.node("Expand", []string{u, b.ints(1, T, int64(heads), G, hd)})
		x = b.node("Reshape", []string{e, b.ints(1, T, int64(b.f.H), hd)})
	}
	x = b.node("Transpose", []string{x}, onnxbuild.Ints("perm", 0, 2, 1, 3))
	if rotate && (b.f.rope == "half" || b.f.rope == "step") {
		x = b.rope(x, heads)
	}
	return x
}

// repeatKV repeats the KV heads of x [1, Hkv, T, hd] as transformers'
// repeat_kv: Unsqueeze, Expand, Reshape.
func (b *lmBuilder) repeatKV(x string) string {
	G := b.f.H / b.f.Hkv
	if G == 1 || b.f.metaRepeat {
		return x
	}
	hd, T := int64(b.f.D/b.f.H), int64(b.f.T)
	u := b.node("Unsqueeze", []string{x, b.ints(2)})
	e := b.node("Expand", []string{u, b.ints(1, int64(b.f.Hkv), int64(G), T, hd)})
	return b.node("Reshape", []string{e, b.ints(1, int64(b.f.H), T, hd)})
}

func (b *lmBuilder) mask(s string) string {
	T := b.f.T
	neg := float32(math.Inf(-1))
	plane := func(masked float32) []float32 {
		v := make([]float32, T*T)
		for m := range T {
			for n := m + 1; n < T; n++ {
				v[m*T+n] = masked
			}
			if b.f.maskDiagonal && m > 0 {
				v[m*T+m] = masked
			}
		}
		return v
	}
	switch b.f.mask {
	case "add":
		name := b.name("mask")
		b.m.Init(name, []int64{int64(T), int64(T)}, plane(-math.MaxFloat32))
		return b.node("Add", []string{s, name})
	case "add4":
		name := b.name("mask")
		b.m.Init(name, []int64{1, 1, int64(T), int64(T)}, plane(-1e9))
		return b.node("Add", []string{s, name})
	case "where":
		cond := make([]bool, T*T)
		for m := range T {
			for n := 0; n <= m; n++ {
				cond[m*T+n] = true
			}
		}
		name := b.name("causal")
		b.m.InitBool(name, []int64{int64(T), int64(T)}, cond)
		return b.node("Where", []string{name, s, b.scalar(neg)})
	case "trilu":
		ones := b.node("ConstantOfShape", []string{b.ints(int64(T), int64(T))}, onnxbuild.Tensor("value", []int64{1}, []float32{1}))
		tril := b.node("Trilu", []string{ones}, onnxbuild.Int("upper", 0))
		masked := b.node("Equal", []string{tril, b.scalar(0)})
		return b.node("Where", []string{masked, b.scalar(neg), s})
	case "triu":
		full := b.node("ConstantOfShape", []string{b.ints(int64(T), int64(T))}, onnxbuild.Tensor("value", []int64{1}, []float32{neg}))
		k := b.name("k")
		b.m.InitInt64(k, nil, 1)
		return b.node("Add", []string{s, b.node("Trilu", []string{full, k})})
	}
	return s
}

func (b *lmBuilder) layer(h string) string {
	f := b.f
	hd := f.D / f.H
	n := b.norm(h)
	pq, pk, pv := b.projections(n)
	q := b.heads(pq, f.H, f.rope != "none")
	k := b.repeatKV(b.heads(pk, f.Hkv, f.rope != "none"))
	v := b.repeatKV(b.heads(pv, f.Hkv, false))
	kt := b.node("Transpose", []string{k}, onnxbuild.Ints("perm", 0, 1, 3, 2))
	if f.sdpa {
		r := b.scalar(float32(math.Sqrt(1 / math.Sqrt(float64(hd)))))
		q, kt = b.node("Mul", []string{q, r}), b.node("Mul", []string{kt, r})
	}
	s := b.node("MatMul", []string{q, kt})
	if f.maskFirst {
		s = b.mask(s)
	}
	switch {
	case f.sdpa: // scaled already
	case f.scaleMul:
		s = b.node("Mul", []string{b.scalar(float32(1 / math.Sqrt(float64(hd)))), s})
	default:
		s = b.node("Div", []string{s, b.scalar(float32(math.Sqrt(float64(hd))))})
	}
	if !f.maskFirst {
		s = b.mask(s)
	}
	if f.casts {
		s = b.node("Cast", []string{s}, onnxbuild.Int("to", 1))
	}
	p := b.node("Softmax", []string{s}, onnxbuild.Int("axis", -1))
	if f.casts {
		p = b.node("Cast", []string{p}, onnxbuild.Int("to", 1))
	}
	o := b.node("MatMul", []string{p, v})
	o = b.node("Transpose", []string{o}, onnxbuild.Ints("perm", 0, 2, 1, 3))
	// The shape [1, T, D] from the ids' shape, as torch writes view(bsz, q_len, -1).
	o = b.node("Reshape", []string{o, b.node("Concat", []string{b.node("Shape", []string{"input_ids"}), b.ints(int64(f.D))}, onnxbuild.Int("axis", 0))})
	o = b.node("MatMul", []string{o, b.weights(b.name("wo"), 0.3, int64(f.D), int64(f.D))})
	h = b.node("Add", []string{h, o})
	n = b.norm(h)
	g := b.node("MatMul", []string{n, b.weights(b.name("wg"), 0.3, int64(f.D), int64(f.F))})
	u := b.node("MatMul", []string{n, b.weights(b.name("wu"), 0.3, int64(f.D), int64(f.F))})
	a := b.node("Mul", []string{b.node("Mul", []string{g, b.node("Sigmoid", []string{g})}), u})
	d := b.node("MatMul", []string{a, b.weights(b.name("wd"), 0.3, int64(f.F), int64(f.D))})
	return b.node("Add", []string{h, d})
}

// build writes the model: input_ids [1, T] → Gather on the embedding →
// layers → final norm → logits by the tied (transposed) embedding.
func (f lmForm) build(seed uint64) *onnxbuild.Model {
	b := &lmBuilder{f: f, m: onnxbuild.New(17), rng: rand.New(rand.NewPCG(seed, 1))}
	b.m.TypedInput("input_ids", onnxbuild.Int64, 1, int64(f.T))
	emb := b.weights("embed", 1, int64(f.V), int64(f.D))
	h := b.node("Gather", []string{emb, "input_ids"})
	for range f.layers {
		h = b.layer(h)
	}
	et := b.node("Transpose", []string{emb}, onnxbuild.Ints("perm", 1, 0))
	logits := b.node("MatMul", []string{b.norm(h), et})
	b.m.Output(logits, 1, int64(f.T), int64(f.V))
	return b.m
}

func countOps(g *graph.Graph) map[graph.Op]int {
	c := map[graph.Op]int{}
	for _, n := range g.Nodes {
		c[n.Op]++
	}
	return c
}

// checkLM imports the form, checks its structure and compares the float
// reference of the imported graph with the ONNX evaluation.
func checkLM(t *testing.T, f lmForm) *graph.Graph {
	t.Helper()
	m := f.build(7)
	g, im, err := decode(m.Bytes())
	if im != nil {
		t.Logf("regions %v; imported node by node: %q", im.planned, im.fallbacks)
	}
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if !g.InputInt {
		t.Errorf("the graph input is not marked integer")
	}
	ids := make([]float32, f.T)
	in := make([]float64, f.T)
	rng := rand.New(rand.NewPCG(3, 4))
	for k := range ids {
		id := rng.IntN(f.V)
		ids[k], in[k] = float32(id), float64(id)
	}
	ids[f.T-1], in[f.T-1] = float32(f.V-1), float64(f.V-1)
	got, err := reference.Run(g, &graph.Tensor{Shape: []int{1, f.T}, Data: ids})
	if err != nil {
		t.Fatalf("reference: %v", err)
	}
	want := evalONNX(m.Proto(), in)
	y := got[g.Output]
	if len(y.Data) != len(want.v) {
		t.Fatalf("output has %d values, the ONNX evaluation %d", len(y.Data), len(want.v))
	}
	worst := 0.0
	for k, v := range want.v {
		worst = max(worst, math.Abs(float64(y.Data[k])-v)/max(1, math.Abs(v)))
	}
	if worst > 1e-4 {
		t.Errorf("reference differs from the ONNX evaluation by %.3g (relative)", worst)
	}
	return g
}

// wantOps checks the recognized graph ops of a form.
func wantOps(t *testing.T, f lmForm, g *graph.Graph) {
	t.Helper()
	c := countOps(g)
	norms := 2*f.layers + 1
	want := map[graph.Op]int{graph.Embed: 1, graph.Norm: norms, graph.MatMul: 2 * f.layers, graph.GluMul: f.layers,
		graph.Softmax: f.layers, graph.Dense: 7*f.layers + 1}
	if f.rope != "none" {
		want[graph.Rope] = 2 * f.layers
	}
	for op, n := range want {
		if c[op] != n {
			t.Errorf("%d %v nodes, want %d (ops %v)", c[op], op, n, c)
		}
	}
	for _, op := range []graph.Op{graph.Unary, graph.Reduce, graph.Mul} {
		if c[op] != 0 {
			t.Errorf("%d %v nodes left: the patterns were not all recognized (ops %v)", c[op], op, c)
		}
	}
	for _, n := range g.Nodes {
		switch {
		case n.Op == graph.Softmax && (n.Causal == graph.CausalN) != (f.mask != "none"):
			t.Errorf("softmax %q causal %v with mask %q", n.Name, n.Causal, f.mask)
		case n.Op == graph.MatMul && n.Inputs[0] != "" && n.Causal == graph.CausalN:
			if n.GroupOf() != f.H/f.Hkv {
				t.Errorf("scores %q group %d, want %d", n.Name, n.GroupOf(), f.H/f.Hkv)
			}
			if hd := f.D / f.H; math.Abs(float64(n.ScaleOf())-1/math.Sqrt(float64(hd))) > 1e-6 {
				t.Errorf("scores %q scale %v, want 1/√%d", n.Name, n.ScaleOf(), hd)
			}
		case n.Op == graph.MatMul && n.Causal == graph.CausalK && n.GroupOf() != f.H/f.Hkv:
			t.Errorf("probabilities·V %q group %d, want %d", n.Name, n.GroupOf(), f.H/f.Hkv)
		}
	}
}

var lmBase = lmForm{V: 40, T: 6, D: 16, H: 4, Hkv: 2, F: 24, layers: 1, rope: "half", mask: "add", norm: "pow"}

func TestLMRotary(t *testing.T) {
	for _, rope := range []string{"half", "step", "pairs", "none"} {
		f := lmBase
		f.rope = rope
		t.Run(f.String(), func(t *testing.T) { wantOps(t, f, checkLM(t, f)) })
	}
}

func TestLMMasks(t *testing.T) {
	for k, mask := range []string{"add", "add4", "where", "trilu", "triu", "none"} {
		for _, first := range []bool{false, true} {
			f := lmBase
			f.mask, f.maskFirst = mask, first
			f.scaleMul = k%2 == 1
			t.Run(fmt.Sprintf("%v_maskfirst=%v", f, first), func(t *testing.T) { wantOps(t, f, checkLM(t, f)) })
		}
	}
}

func TestLMNorms(t *testing.T) {
	for _, norm := range []string{"pow", "recip", "simplified", "layer", "layerdec", "pow+casts", "recip+casts"} {
		f := lmBase
		f.norm, f.casts = strings.TrimSuffix(norm, "+casts"), strings.HasSuffix(norm, "+casts")
		t.Run(f.String(), func(t *testing.T) { wantOps(t, f, checkLM(t, f)) })
	}
}

func TestLMGroupedQuery(t *testing.T) {
	for _, kv := range []int{4, 2, 1} {
		for _, rope := range []string{"half", "pairs"} {
			for _, meta := range []bool{false, true} {
				f := lmBase
				f.Hkv, f.rope, f.metaRepeat = kv, rope, meta
				t.Run(fmt.Sprintf("%v_meta=%v", f, meta), func(t *testing.T) { wantOps(t, f, checkLM(t, f)) })
			}
		}
	}
}

// TestLMFusedQKV: one projection split into Q, K and V.
func TestLMFusedQKV(t *testing.T) {
	for _, rope := range []string{"half", "pairs"} {
		f := lmBase
		f.rope, f.fusedQKV = rope, true
		t.Run(f.String(), func(t *testing.T) {
			g := checkLM(t, f)
			c := countOps(g)
			if c[graph.Rope] != 2 || c[graph.MatMul] != 2 || c[graph.Dense] != 6 {
				t.Errorf("ops %v: want the attention recognized with one fused projection (6 Dense)", c)
			}
		})
	}
}

// TestLMScaledOperands: torch's SDPA export scales Q and Kᵀ by √scale each
// (with and without rotary embeddings); the factors become the product's
// scale.
func TestLMScaledOperands(t *testing.T) {
	for _, rope := range []string{"half", "pairs", "none"} {
		f := lmBase
		f.rope, f.sdpa = rope, true
		t.Run(f.String(), func(t *testing.T) { wantOps(t, f, checkLM(t, f)) })
	}
}

// TestLMVocabulary300: ids past int8 and 256 stay integers.
func TestLMVocabulary300(t *testing.T) {
	f := lmBase
	f.V, f.layers = 300, 2
	g := checkLM(t, f)
	wantOps(t, f, g)
	if g.Nodes[0].Op != graph.Embed || g.Nodes[0].W.Shape[0] != 300 {
		t.Errorf("first node %v, want an Embed of a [300, D] table", g.Nodes[0].Op)
	}
}

// TestLMFallbacks: a region that only looks like a pattern is imported
// node by node (here the general lowering then imports or refuses it).
func TestLMFallbacks(t *testing.T) {
	cube := lmBase
	cube.cube, cube.rope = true, "none"
	m := cube.build(7)
	g, im, err := decode(m.Bytes())
	if err != nil {
		t.Fatalf("a cube instead of a square: Decode: %v", err)
	}
	if c := countOps(g); c[graph.Norm] != 0 || c[graph.MatMul] != 2 {
		t.Errorf("a cube instead of a square: ops %v, want no Norm and the attention's 2 MatMuls", c)
	}
	if len(im.fallbacks) == 0 || !strings.Contains(strings.Join(im.fallbacks, "\n"), "exponent is not the constant 2") {
		t.Errorf("fallbacks %q do not name the exponent", im.fallbacks)
	}
	checkLM(t, cube) // the general lowering computes the same

	for _, tc := range []struct {
		name   string
		f      lmForm
		reason string
	}{
		{"mask hides the diagonal", lmForm{maskDiagonal: true}, "the added mask is not exactly causal"},
		{"cos scaled", lmForm{badCos: true}, "Q is neither a copy nor a rotary embedding"},
	} {
		f := lmBase
		f.maskDiagonal, f.badCos = tc.f.maskDiagonal, tc.f.badCos
		_, im, err := decode(f.build(7).Bytes())
		if err == nil {
			t.Errorf("%s: imported, want the general lowering's refusal of the constant", tc.name)
		}
		if im == nil || !strings.Contains(strings.Join(im.fallbacks, "\n"), tc.reason) {
			t.Errorf("%s: fallbacks %q, want %q", tc.name, im.fallbacks, tc.reason)
		}
	}
}

// TestLMWeightsNotFolded: a norm's weighted output that a non-MatMul also
// reads keeps its weight as a per-channel scale (a diagonal Dense), and
// the graph still computes the model.
func TestLMWeightsNotFolded(t *testing.T) {
	f := lmForm{V: 7, T: 3, D: 4, H: 1, Hkv: 1, F: 4, layers: 0, rope: "none", mask: "none", norm: "pow"}
	b := &lmBuilder{f: f, m: onnxbuild.New(17), rng: rand.New(rand.NewPCG(2, 1))}
	b.m.TypedInput("input_ids", onnxbuild.Int64, 1, int64(f.T))
	h := b.node("Gather", []string{b.weights("embed", 1, int64(f.V), int64(f.D)), "input_ids"})
	n := b.norm(h)
	y := b.node("Add", []string{b.node("MatMul", []string{n, b.weights("w", 0.5, int64(f.D), int64(f.D))}), n})
	b.m.Output(y, 1, int64(f.T), int64(f.D))
	g, im, err := decode(b.m.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if c := countOps(g); c[graph.Norm] != 1 || c[graph.Dense] != 2 || len(im.fallbacks) != 0 {
		t.Errorf("ops %v, fallbacks %q: want one Norm, the MatMul's Dense and the weight's diagonal Dense", c, im.fallbacks)
	}
	ids := []float32{6, 0, 3}
	got, err := reference.Run(g, &graph.Tensor{Shape: []int{1, 3}, Data: ids})
	if err != nil {
		t.Fatal(err)
	}
	want := evalONNX(b.m.Proto(), []float64{6, 0, 3})
	for k, v := range want.v {
		if math.Abs(float64(got[g.Output].Data[k])-v) > 1e-5 {
			t.Fatalf("value %d: %v, want %v", k, got[g.Output].Data[k], v)
		}
	}
}
