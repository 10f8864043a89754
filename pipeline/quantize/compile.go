package quantize

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"slices"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/modelcard"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// Evaluate runs the float graph on one input and returns every value by
// name (the input and each node's output). reference.Runner provides it.
type Evaluate func(x *graph.Tensor) (map[string]*graph.Tensor, error)

// Method is how activation ranges are chosen from the calibration samples.
type Method string

// The calibration methods.
const (
	MinMax     Method = "minmax"     // the extreme values seen
	Percentile Method = "percentile" // the p-th and (100−p)-th percentiles
)

// Options control Compile.
type Options struct {
	Method     Method  // default MinMax
	Percentile float64 // for Percentile, in (50, 100); default 99.99
	Name       string  // recorded in the card
	Source     []byte  // the source ONNX file, hashed into the card (optional)

	// Argmax appends an Argmax over the last axis of the output: the
	// model's output is then int32, the index of each row's largest
	// element (a completion model's greedy next token at every position,
	// docs/onnx.md), and the card's Logits locate the int8 rows. ArgmaxAuto
	// (the default) does so for a completion-shaped graph (Completion).
	Argmax ArgmaxMode
}

// ArgmaxMode says whether Compile appends an Argmax to the output.
type ArgmaxMode int

// The Argmax modes.
const (
	ArgmaxAuto ArgmaxMode = iota // for a completion-shaped graph only
	ArgmaxOn
	ArgmaxOff
)

// Completion reports whether g is shaped like a language model whose
// compiled program is a completion model: an integer (token id) input of
// shape [1, T] or [T] and an output [1, T, V] (or [T, V]), the logits of
// the next token at every position.
func Completion(g *graph.Graph) bool {
	shapes, err := g.Shapes()
	if err != nil || !g.InputInt {
		return false
	}
	T := graph.Numel(g.InputShape)
	o := shapes[g.Output]
	switch {
	case len(o) == 3 && o[0] == 1:
		return o[1] == T
	case len(o) == 2:
		return o[0] == T
	}
	return false
}

// Result is a compiled model and its card.
type Result struct {
	Model *model.Model
	Card  *modelcard.Card

	// Values locates the graph values the program holds in ONNX order
	// (flat, not permuted): the op that wrote each and its quantization,
	// for per-value error reports (accuracy.ValueErrors). The input and
	// values folded into a later table are absent.
	Values map[string]Value
}

// Value is where a graph value is in the compiled program: the output of
// op Op, quantized with Scale and Zero.
type Value struct {
	Op    int
	Scale float64
	Zero  int8
	// Causal: the value is [.., L, L] and the program leaves the elements
	// past each row's diagonal unwritten (causal-N scores, causal
	// probabilities).
	Causal bool
}

// Compile quantizes g, calibrated on samples (float inputs of g's input
// shape, evaluated by eval), and lowers it to a VM model.
func Compile(g *graph.Graph, samples []*graph.Tensor, eval Evaluate, opt Options) (*Result, error) {
	if opt.Method == "" {
		opt.Method = MinMax
	}
	switch opt.Method {
	case MinMax:
		opt.Percentile = 0
	case Percentile:
		if opt.Percentile == 0 {
			opt.Percentile = 99.99
		}
		if !(opt.Percentile > 50 && opt.Percentile < 100) {
			return nil, fmt.Errorf("quantize: percentile %v must be in (50, 100)", opt.Percentile)
		}
	default:
		return nil, fmt.Errorf("quantize: unknown calibration method %q", opt.Method)
	}
	shapes, err := g.Shapes()
	if err != nil {
		return nil, fmt.Errorf("quantize: %w", err)
	}
	if len(samples) == 0 {
		return nil, fmt.Errorf("quantize: no calibration samples")
	}
	ranges, err := calibrate(g, shapes, samples, eval, opt.Percentile)
	if err != nil {
		return nil, err
	}
	argmax := opt.Argmax == ArgmaxOn || (opt.Argmax == ArgmaxAuto && Completion(g))
	if argmax {
		// Only each row's largest values decide its Argmax: the output's
		// range starts just below the smallest row maximum seen, so the
		// int8 steps resolve the top of the rows (values below it clamp
		// to the lowest code, which no row's maximum takes).
		lo, err := argmaxFloor(g, shapes, samples, eval)
		if err != nil {
			return nil, err
		}
		for _, name := range reshapedFrom(g, g.Output) {
			r := ranges[name]
			ranges[name] = [2]float64{max(r[0], lo), r[1]}
		}
	}
	l := &lowering{g: g, shapes: shapes, ranges: ranges, b: model.NewBuilder(), vals: map[string]*value{}, uses: map[string]int{}}
	for _, n := range g.Nodes {
		for _, in := range n.Inputs {
			l.uses[in]++
		}
	}
	l.uses[g.Output]++
	if err := l.lower(); err != nil {
		return nil, err
	}
	out, err := l.materialize(g.Output)
	if err != nil {
		return nil, err
	}
	if out.flat && !out.identity() {
		return nil, fmt.Errorf("quantize: the output %q is a flattened NCHW tensor whose element order the VM's HWC layout cannot keep", g.Output)
	}
	final, outCard := out.t, l.cardTensor(g.Output)
	if argmax {
		if !out.flat || !out.identity() {
			return nil, fmt.Errorf("quantize: the output %q is held in the VM's HWC layout, whose rows are not its last axis: no Argmax", g.Output)
		}
		s := l.shapes[g.Output]
		V := s[len(s)-1]
		rows := graph.Numel(s) / V
		if shape := l.b.Shape(final); shape[len(shape)-1] != uint32(V) {
			final = l.b.Reshape(final, uint32(rows), uint32(V))
			l.emit()
		}
		final = l.b.Argmax(final)
		l.emit()
		outCard = modelcard.Tensor{Shape: append([]int(nil), s[:len(s)-1]...), Layout: modelcard.LayoutFlat, Scale: 1}
	}
	m, err := l.b.Build(final)
	if err != nil {
		return nil, fmt.Errorf("quantize: %w", err)
	}
	card := &modelcard.Card{
		Version: modelcard.Version,
		Name:    opt.Name,
		ModelID: m.ID(),
		Input:   l.cardTensor(g.Input),
		Output:  outCard,
		Source: modelcard.Source{Calibration: modelcard.Calibration{
			Method: string(opt.Method), Percentile: opt.Percentile, Samples: len(samples)}},
	}
	if argmax && out.op >= 0 {
		card.Logits = &modelcard.Logits{Op: out.op, Tensor: l.cardTensor(g.Output)}
	}
	if opt.Source != nil {
		h := sha256.Sum256(opt.Source)
		card.Source.ONNXSHA256 = hex.EncodeToString(h[:])
	}
	if k := len(g.Nodes) - 1; k >= 0 && g.Nodes[k].Op == graph.Softmax && g.Nodes[k].Output == g.Output {
		if v := l.vals[g.Nodes[k].Inputs[0]]; v.op >= 0 {
			card.Logits = &modelcard.Logits{Op: v.op, Tensor: l.cardTensor(g.Nodes[k].Inputs[0])}
		}
	}
	if err := card.Bind(m); err != nil {
		return nil, fmt.Errorf("quantize: %w", err)
	}
	values := map[string]Value{}
	for name, v := range l.vals {
		if v != nil && v.lazy == nil && v.op >= 0 && v.flat && v.identity() && m.Ops[v.op].Out.DType == ops.Int8 &&
			m.Ops[v.op].Out.Numel() == uint64(graph.Numel(l.shapes[name])) && !overwritten(m, v.op) {
			values[name] = Value{Op: v.op, Scale: v.q.Scale, Zero: v.q.Zero, Causal: causalOutput(g, name)}
		}
	}
	return &Result{Model: m, Card: card, Values: values}, nil
}

// calibrate runs every sample and returns each value's range.
func calibrate(g *graph.Graph, shapes map[string][]int, samples []*graph.Tensor, eval Evaluate, percentile float64) (map[string][2]float64, error) {
	seen := map[string][]float32{}
	lo, hi := map[string]float64{}, map[string]float64{}
	for i, x := range samples {
		if graph.Numel(x.Shape) != graph.Numel(g.InputShape) || len(x.Data) != graph.Numel(g.InputShape) {
			return nil, fmt.Errorf("quantize: calibration sample %d has shape %v, the input %v", i, x.Shape, g.InputShape)
		}
		vals, err := eval(x)
		if err != nil {
			return nil, fmt.Errorf("quantize: calibration sample %d: %w", i, err)
		}
		for name := range shapes {
			v, ok := vals[name]
			if !ok {
				return nil, fmt.Errorf("quantize: the evaluator returned no value %q", name)
			}
			data := unmasked(g, shapes, name, v.Data)
			for _, f := range data {
				if math.IsNaN(float64(f)) || math.IsInf(float64(f), 0) {
					return nil, fmt.Errorf("quantize: calibration sample %d: value %q is not finite", i, name)
				}
			}
			if percentile > 0 {
				seen[name] = append(seen[name], data...)
				continue
			}
			a, b := rangeOf(data, 0)
			if i == 0 {
				lo[name], hi[name] = a, b
			} else {
				lo[name], hi[name] = min(lo[name], a), max(hi[name], b)
			}
		}
	}
	out := map[string][2]float64{}
	for name := range shapes {
		if percentile > 0 {
			a, b := rangeOf(seen[name], percentile)
			out[name] = [2]float64{a, b}
		} else {
			out[name] = [2]float64{lo[name], hi[name]}
		}
	}
	return out, nil
}

// value is a graph value lowered to a VM tensor.
type value struct {
	t  model.T
	q  qparams
	op int // index of the op that wrote it, -1 for the input

	// spatial: the float value is [1, C, H, W] and t is [H, W, C].
	// flat: the float value is [1, F]; VM element e holds float element
	// perm[e] (nil perm: the identity).
	flat    bool
	c, h, w int
	perm    []int

	// lazy, if set, is a Lut not emitted yet: this value is f(src) and
	// t, q and op are unset. A Unary consuming it alone composes its
	// function into f, so a chain of elementwise functions is one table
	// (materialize emits it for any other consumer).
	lazy *lazyLut
}

// lazyLut is a pending Lut: the function f of value src, quantized as the
// graph value name.
type lazyLut struct {
	src      *value
	srcRange [2]float64 // the calibrated range src's values lie in
	f        func(float64) float64
	name     string      // whose calibrated range the output takes
	node     *graph.Node // the last node composed in, for errors
	what     string      // the function, for errors
	neg      bool        // f is exactly Neg of src: exact output parameters
}

// pending is the value lz computes: laid out as v (a table maps each
// element in place), not emitted yet.
func (v *value) pending(lz *lazyLut) *value {
	return &value{flat: v.flat, c: v.c, h: v.h, w: v.w, perm: v.perm, lazy: lz}
}

func (v *value) identity() bool {
	for e, p := range v.perm {
		if p != e {
			return false
		}
	}
	return true
}

type lowering struct {
	g      *graph.Graph
	shapes map[string][]int
	ranges map[string][2]float64
	b      *model.Builder
	ops    int // ops emitted so far
	vals   map[string]*value
	uses   map[string]int
	fused  map[int]bool // indices of Relu nodes folded into their producer
}

func (l *lowering) params(name string) qparams {
	r := l.ranges[name]
	return activationParams(r[0], r[1])
}

func (l *lowering) cardTensor(name string) modelcard.Tensor {
	v := l.vals[name]
	layout := modelcard.LayoutFlat
	if !v.flat {
		layout = modelcard.LayoutNCHWAsHWC
	}
	s := l.shapes[name]
	if !v.flat && len(s) != 4 {
		layout = modelcard.LayoutFlat
	}
	return modelcard.Tensor{Shape: append([]int(nil), s...), Layout: layout, Scale: v.q.Scale, ZeroPoint: v.q.Zero}
}

// emit counts an op the builder just appended and returns its index.
func (l *lowering) emit() int {
	l.ops++
	return l.ops - 1
}

func nodeErr(n *graph.Node, format string, args ...any) error {
	return fmt.Errorf("quantize: node %q (%s): "+format, append([]any{n.Name, n.Op}, args...)...)
}

func (l *lowering) lower() error {
	g := l.g
	in := &value{q: l.params(g.Input), op: -1}
	s := g.InputShape
	switch {
	case g.InputInt:
		in = l.inputInt32()
	case len(s) == 4 && s[0] == 1:
		in.c, in.h, in.w = s[1], s[2], s[3]
		in.t = l.b.Input(uint32(s[2]), uint32(s[3]), uint32(s[1]))
	case len(s) == 2 && s[0] == 1:
		in.flat = true
		in.t = l.b.Input(uint32(s[1]))
	default:
		// Any other shape of rank 1 to 4 is held as it is, in ONNX
		// (row-major) order.
		in.flat = true
		dims := make([]uint32, len(s))
		for k, d := range s {
			dims[k] = uint32(d)
		}
		in.t = l.b.Input(dims...)
	}
	l.vals[g.Input] = in
	l.fused = map[int]bool{}
	for i := range g.Nodes {
		n := &g.Nodes[i]
		if l.fused[i] {
			l.vals[n.Output] = l.vals[n.Inputs[0]]
			continue
		}
		if n.Op != graph.Unary && n.Op != graph.Mul && n.Op != graph.Add {
			for _, in := range n.Inputs {
				if _, err := l.materialize(in); err != nil {
					return err
				}
			}
		}
		v, err := l.node(i, n)
		if err != nil {
			return err
		}
		l.vals[n.Output] = v
	}
	return nil
}

// fuseRelu returns the output name whose quantization node i's result
// takes: that of the Relu right after it when the Relu is node i's only
// consumer (then marked fused: the Relu becomes the clamp), else node i's
// own output.
func (l *lowering) fuseRelu(i int) (string, bool) {
	n := &l.g.Nodes[i]
	if l.uses[n.Output] != 1 || i+1 >= len(l.g.Nodes) {
		return n.Output, false
	}
	next := &l.g.Nodes[i+1]
	if next.Op != graph.Relu || next.Inputs[0] != n.Output {
		return n.Output, false
	}
	l.fused[i+1] = true
	return next.Output, true
}

func (l *lowering) node(i int, n *graph.Node) (*value, error) {
	x := l.vals[n.Inputs[0]]
	switch n.Op {
	case graph.Conv, graph.Dense:
		return l.linear(i, n, x)
	case graph.Add, graph.Max, graph.Min, graph.Mul:
		combine, what := func(v, fv float64) float64 { return v * fv }, "x times "
		if n.Op == graph.Add {
			combine, what = func(v, fv float64) float64 { return v + fv }, "x plus "
		}
		if n.Op == graph.Add || n.Op == graph.Mul {
			if v := l.selfCombine(n, combine, what); v != nil {
				return v, nil
			}
		}
		a, err := l.materialize(n.Inputs[0])
		if err != nil {
			return nil, err
		}
		b, err := l.materialize(n.Inputs[1])
		if err != nil {
			return nil, err
		}
		if n.Op == graph.Mul {
			return l.mul(i, n, a, b)
		}
		return l.add(i, n, a, b)
	case graph.Relu:
		v := *x
		v.t = l.b.ReLU(x.t, x.q.Zero)
		v.op = l.emit()
		return &v, nil
	case graph.MaxPool, graph.AvgPool, graph.GlobalAvgPool:
		if x.flat {
			return nil, nodeErr(n, "input is not a [1, C, H, W] tensor")
		}
		win := model.Window{KH: uint16(n.Kernel[0]), KW: uint16(n.Kernel[1]), SH: uint16(max(1, n.Strides[0])), SW: uint16(max(1, n.Strides[1])),
			PadT: uint16(n.Pads[0]), PadL: uint16(n.Pads[1]), PadB: uint16(n.Pads[2]), PadR: uint16(n.Pads[3])}
		if n.Op == graph.GlobalAvgPool {
			win = model.Window{KH: uint16(x.h), KW: uint16(x.w), SH: 1, SW: 1}
		}
		if err := fitsWindow(n, win, x); err != nil {
			return nil, err
		}
		out := l.shapes[n.Output]
		v := &value{q: x.q, c: out[1], h: out[2], w: out[3]}
		v.t = l.b.Pool2D(x.t, n.Op == graph.MaxPool, win, -128, 127)
		v.op = l.emit()
		return v, nil
	case graph.Reshape:
		return l.reshape(n, x)
	case graph.Softmax:
		return l.softmax(n, x)
	case graph.Unary:
		return l.unary(n, x)
	case graph.Reduce:
		return l.reduce(n, x)
	case graph.Gather:
		return l.gather(n)
	case graph.Embed:
		return l.embed(n, x)
	case graph.Norm:
		return l.norm(n, x)
	case graph.Rope:
		return l.rope(n, x)
	case graph.MatMul:
		return l.matmul(n)
	case graph.GluMul:
		return l.gluMul(i, n)
	}
	return nil, nodeErr(n, "unsupported op")
}

func fitsWindow(n *graph.Node, win model.Window, x *value) error {
	for _, d := range []int{int(win.KH), int(win.KW), int(win.SH), int(win.SW), int(win.PadT), int(win.PadL), int(win.PadB), int(win.PadR)} {
		if d > math.MaxUint16 {
			return nodeErr(n, "window %+v exceeds the VM's 16-bit window fields", win)
		}
	}
	if x.h > math.MaxUint16 || x.w > math.MaxUint16 {
		return nodeErr(n, "input %d×%d exceeds the VM's 16-bit image size", x.h, x.w)
	}
	return nil
}

// linear lowers Conv and Dense (with a fused ReLU when one follows).
func (l *lowering) linear(i int, n *graph.Node, x *value) (*value, error) {
	outName, relu := l.fuseRelu(i)
	oq := l.params(outName)
	q := model.Quant{ZIn: x.q.Zero, ZOut: oq.Zero, Lo: -128, Hi: 127}
	if relu {
		q.Lo = oq.Zero
	}
	rows := n.W.Shape[0]
	scales := weightScales(n.W.Data, rows)
	k := len(n.W.Data) / rows
	w := make([]int8, len(n.W.Data))
	ch := make([]model.Channel, rows)
	for r := 0; r < rows; r++ {
		bias := 0.0
		if n.B != nil {
			bias = float64(n.B.Data[r])
		}
		accScale := x.q.Scale * scales[r]
		m, s, err := multiplier(accScale / oq.Scale)
		if err != nil {
			return nil, nodeErr(n, "channel %d: %v", r, err)
		}
		ch[r] = model.Channel{Bias: quantBias(bias, accScale), Mult: m, Shift: s}
	}
	v := &value{q: oq}
	switch n.Op {
	case graph.Conv:
		if x.flat {
			return nil, nodeErr(n, "input is not a [1, C, H, W] tensor")
		}
		C, KH, KW := n.W.Shape[1], n.W.Shape[2], n.W.Shape[3]
		// ONNX [OC][C][KH][KW] → VM [OC][KH][KW][C].
		for o := 0; o < rows; o++ {
			for c := 0; c < C; c++ {
				for ky := 0; ky < KH; ky++ {
					for kx := 0; kx < KW; kx++ {
						src := ((o*C+c)*KH+ky)*KW + kx
						w[((o*KH+ky)*KW+kx)*C+c] = quantWeight(n.W.Data[src], scales[o])
					}
				}
			}
		}
		win := model.Window{KH: uint16(KH), KW: uint16(KW), SH: uint16(max(1, n.Strides[0])), SW: uint16(max(1, n.Strides[1])),
			PadT: uint16(n.Pads[0]), PadL: uint16(n.Pads[1]), PadB: uint16(n.Pads[2]), PadR: uint16(n.Pads[3])}
		if err := fitsWindow(n, win, x); err != nil {
			return nil, err
		}
		out := l.shapes[n.Output]
		v.c, v.h, v.w = out[1], out[2], out[3]
		v.t = l.b.Conv2D(x.t, uint32(rows), win, w, ch, q)
	case graph.Dense:
		M := l.shapes[n.Inputs[0]][0]
		t := x.t
		if M == 1 {
			// One row: the whole input, of any VM shape, is one vector.
			// Column e of the VM weights multiplies VM input element e,
			// which holds float element perm[e].
			perm := l.order(x)
			for r := 0; r < rows; r++ {
				for e := 0; e < k; e++ {
					w[r*k+e] = quantWeight(n.W.Data[r*k+perm[e]], scales[r])
				}
			}
		} else {
			// M rows: each VM row one input row, in ONNX order.
			if !x.flat || !x.identity() {
				return nil, nodeErr(n, "input %v is held in the VM's HWC layout, whose rows are not its rows", l.shapes[n.Inputs[0]])
			}
			if shape := l.b.Shape(t); shape[len(shape)-1] != uint32(k) {
				t = l.b.Reshape(t, uint32(M), uint32(k))
				l.emit()
			}
			for r := range w {
				w[r] = quantWeight(n.W.Data[r], scales[r/k])
			}
		}
		v.flat = true
		v.t = l.b.Gemm(t, uint32(M), uint32(rows), w, ch, q)
	}
	v.op = l.emit()
	return v, nil
}

// order returns, for each VM element of x, the float element it holds.
func (l *lowering) order(x *value) []int {
	switch {
	case x.perm != nil:
		return x.perm
	case x.flat:
		n := 1
		for _, d := range l.b.Shape(x.t) {
			n *= int(d)
		}
		return identity(n)
	}
	return hwcOrder(x.c, x.h, x.w)
}

// feedsImageOp reports whether a node that takes an image (Conv or a
// pool, which need the VM's HWC layout) reads value name: a Gather, free
// to lay its output out either way, then writes HWC, and ONNX order for
// any other reader.
func (l *lowering) feedsImageOp(name string) bool {
	for _, n := range l.g.Nodes {
		switch n.Op {
		case graph.Conv, graph.MaxPool, graph.AvgPool, graph.GlobalAvgPool:
			if slices.Contains(n.Inputs, name) {
				return true
			}
		}
	}
	return false
}

// identity is the order of a value held in ONNX order.
func identity(n int) []int {
	p := make([]int, n)
	for e := range p {
		p[e] = e
	}
	return p
}

// hwcOrder is the order of an image [1, C, H, W] held as [H, W, C]: VM
// element e holds float element c·H·W + hw for c = e mod C, hw = e div C.
func hwcOrder(c, h, w int) []int {
	p := make([]int, c*h*w)
	for e := range p {
		p[e] = (e%c)*h*w + e/c
	}
	return p
}

func (l *lowering) add(i int, n *graph.Node, a, b *value) (*value, error) {
	b, err := l.sameLayout(n, a, b)
	if err != nil {
		return nil, err
	}
	outName, relu := l.fuseRelu(i)
	oq := l.params(outName)
	// Each input is off by up to half its step; where the sum is much
	// smaller than its terms (x − max(x) of values offset by thousands)
	// those errors swamp it: refused like a steep table.
	r := l.ranges[n.Output]
	bound := tolerance(r)
	if e := (a.q.Scale + b.q.Scale) / 2; n.Op == graph.Add && e > bound {
		return nil, nodeErr(n, "the inputs' steps (%.3g, %.3g) allow an error of %.3g, more than %g%% of the output's range [%.3g, %.3g] (the sum cancels most of its terms); refused rather than approximated",
			a.q.Scale, b.q.Scale, e, 100*maxTableError, r[0], r[1])
	}
	twice := 2 * max(a.q.Scale, b.q.Scale)
	p := model.AddParams{ZA: a.q.Zero, ZB: b.q.Zero, ZOut: oq.Zero, Lo: -128, Hi: 127}
	if relu {
		p.Lo = oq.Zero
	}
	if p.MulA, p.ShA, err = multiplier(a.q.Scale / twice); err != nil {
		return nil, nodeErr(n, "%v", err)
	}
	if p.MulB, p.ShB, err = multiplier(b.q.Scale / twice); err != nil {
		return nil, nodeErr(n, "%v", err)
	}
	if p.MulOut, p.ShOut, err = multiplier(twice / (float64(1<<20) * oq.Scale)); err != nil {
		return nil, nodeErr(n, "%v", err)
	}
	v := *a
	v.q = oq
	switch n.Op {
	case graph.Max:
		v.t = l.b.Max(a.t, b.t, p)
	case graph.Min:
		v.t = l.b.Min(a.t, b.t, p)
	default:
		v.t = l.b.Add(a.t, b.t, p)
	}
	v.op = l.emit()
	return &v, nil
}

// selfCombine returns x ∘ f(x) (combine) as one pending table when one
// operand of Mul or Add n is a pending table f of the other, x, read only
// here: SiLU's x·sigmoid(x), GELU's x·Φ(x), HardSwish, Mish, the tanh
// GELU's x + 0.044715·x³. An elementwise function of x like any other: one
// rounding and no Mul or Add. Nil otherwise.
func (l *lowering) selfCombine(n *graph.Node, combine func(x, fx float64) float64, what string) *value {
	for k := range 2 {
		xName, yName := n.Inputs[k], n.Inputs[1-k]
		x, y := l.vals[xName], l.vals[yName]
		if x.lazy != nil || y.lazy == nil || y.lazy.src != x || l.uses[yName] != 1 {
			continue
		}
		f := y.lazy.f
		lz := &lazyLut{src: x, srcRange: y.lazy.srcRange, f: func(v float64) float64 { return combine(v, f(v)) },
			name: n.Output, node: n, what: what + y.lazy.what}
		return x.pending(lz)
	}
	return nil
}

// mul lowers a Mul onto the VM's Mul (spec §6.12), TFLite's int8 product:
// (a − Z_a)·(b − Z_b) rescaled by S_a·S_b / S_out (with a fused ReLU as
// the lower clamp). Its error is about |b|·S_a/2 + |a|·S_b/2 at most;
// beyond 5% of the output's range it is refused, like a steep table.
func (l *lowering) mul(i int, n *graph.Node, a, b *value) (*value, error) {
	b, err := l.sameLayout(n, a, b)
	if err != nil {
		return nil, err
	}
	outName, relu := l.fuseRelu(i)
	oq := l.params(outName)
	ra, rb, r := l.ranges[n.Inputs[0]], l.ranges[n.Inputs[1]], l.ranges[n.Output]
	magA, magB := max(math.Abs(ra[0]), math.Abs(ra[1])), max(math.Abs(rb[0]), math.Abs(rb[1]))
	bound := tolerance(r)
	if e := magB*a.q.Scale/2 + magA*b.q.Scale/2 + a.q.Scale*b.q.Scale/4; e > bound {
		return nil, nodeErr(n, "the inputs' steps (%.3g, %.3g) allow an error of %.3g in the product, more than %g%% of the output's range [%.3g, %.3g]; refused rather than approximated",
			a.q.Scale, b.q.Scale, e, 100*maxTableError, r[0], r[1])
	}
	m, sh, err := multiplier(a.q.Scale * b.q.Scale / oq.Scale)
	if err != nil {
		return nil, nodeErr(n, "%v", err)
	}
	p := model.MulParams{ZA: a.q.Zero, ZB: b.q.Zero, ZOut: oq.Zero, Lo: -128, Hi: 127, Mul: m, Sh: sh}
	if relu {
		p.Lo = oq.Zero
	}
	v := *a
	v.q = oq
	v.t = l.b.Mul(a.t, b.t, p)
	v.op = l.emit()
	return &v, nil
}

// sameLayout returns b laid out as a, for an op combining them element by
// element: b in another element order is gathered into a's (one step per
// element), and b in the same order in other rows ([3] and [1, 3]) is
// reshaped to a's VM shape.
func (l *lowering) sameLayout(n *graph.Node, a, b *value) (*value, error) {
	as, bs := l.b.Shape(a.t), l.b.Shape(b.t)
	if oa, ob := l.order(a), l.order(b); a.flat != b.flat || !equalPerm(oa, ob) {
		// Another element order (an image in HWC and a value in ONNX
		// order): a Gather puts b's elements where a holds them.
		pos := make([]int, len(ob)) // ONNX element -> b's VM element
		for vm, e := range ob {
			pos[e] = vm
		}
		idx := make([]int32, len(oa))
		for vm, e := range oa {
			idx[vm] = int32(pos[e])
		}
		v := *a
		v.q = b.q
		v.t = l.b.Gather(b.t, -1, as, idx, 0)
		v.op = l.emit()
		return &v, nil
	}
	if slices.Equal(as, bs) {
		return b, nil
	}
	v := *b
	v.t = l.b.Reshape(b.t, as...)
	v.op = l.emit()
	return &v, nil
}

func equalPerm(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (l *lowering) reshape(n *graph.Node, x *value) (*value, error) {
	to := n.Shape
	v := *x
	spatialOrder := !x.flat && (x.c == 1 || x.h*x.w == 1) // HWC order is NCHW order
	switch {
	case len(to) == 4 && to[0] == 1 && !x.flat && to[1] == x.c && to[2] == x.h && to[3] == x.w:
		return &v, nil
	case len(to) == 4 && to[0] == 1 && (spatialOrder || (x.flat && x.identity())) && (to[1] == 1 || to[2]*to[3] == 1):
		// [1, C, H, W] whose VM layout [H, W, C] has the same element
		// order as ONNX's (C = 1 or H·W = 1): an image again, for a
		// Conv or pool that may follow.
		v = value{q: x.q, c: to[1], h: to[2], w: to[3]}
		v.t = l.b.Reshape(x.t, uint32(to[2]), uint32(to[3]), uint32(to[1]))
		v.op = l.emit()
		return &v, nil
	case x.flat:
		// The elements stay where they are (in ONNX order when perm is
		// nil); a later Dense permutes its weights instead (order).
		v.perm = l.order(x)
		if x.identity() {
			v.perm = nil
		}
		return &v, nil
	case len(to) == 2 && to[0] == 1 || spatialOrder:
		// Flatten of an image: the elements stay in HWC order; a later
		// Dense permutes its weights instead (order). With C = 1 or
		// H·W = 1 that order is ONNX's, so any shape is fine.
		v.flat = true
		v.perm = l.order(x)
		if spatialOrder {
			v.perm = nil
		}
		return &v, nil
	}
	return nil, nodeErr(n, "reshape of %v to %v changes the element order in the VM's HWC layout; only flattening (before Dense or Softmax) and reshapes that keep it are supported", l.shapes[n.Inputs[0]], to)
}

// maxSoftmaxStep is the largest quantization step of a Softmax input. With
// every input off by up to S/2, a probability moves by at most about
// p·(1 − p)·S ≤ S/4 (first order: ∂p_i/∂x_j = p_i·(δ_ij − p_j)): nothing
// for a confident row, S/4 at a near-tie. A classifier's logits over a
// range R have S = R/255 (the MNIST MLP's: 0.24, a tie off by at most
// 0.06). Beyond a step of 1 (an input range wider than 255, such as logits
// offset by thousands) the input's rounding decides the probabilities
// (a tie off by up to 0.25): refused (docs/onnx.md).
const maxSoftmaxStep = 1.0

func (l *lowering) softmax(n *graph.Node, x *value) (*value, error) {
	if x.q.Scale > maxSoftmaxStep {
		r := l.ranges[n.Inputs[0]]
		return nil, nodeErr(n, "input range [%.4g, %.4g] quantizes in steps of %.3g, coarser than %g: a probability could be off by %.3g; refused rather than approximated", r[0], r[1], x.q.Scale, maxSoftmaxStep, x.q.Scale/4)
	}
	if !((x.flat && x.identity()) || (!x.flat && (x.c == 1 || x.h*x.w == 1))) {
		return nil, nodeErr(n, "input %v is held in the VM's HWC layout, whose rows are not its last axis", l.shapes[n.Inputs[0]])
	}
	t := x.t
	s := l.shapes[n.Inputs[0]]
	F := s[len(s)-1]
	rows := graph.Numel(s) / F
	if shape := l.b.Shape(t); uint64(shape[len(shape)-1]) != uint64(F) {
		// Softmax runs over rows (the innermost dimension): make the
		// last axis the rows.
		if rows == 1 {
			t = l.b.Reshape(t, uint32(F))
		} else {
			t = l.b.Reshape(t, uint32(rows), uint32(F))
		}
		l.emit()
	}
	v := &value{flat: true, q: qparams{Scale: 1.0 / 256, Zero: -128}}
	if n.Causal == graph.CausalN {
		// Row r of the [P·L, L] rows sees its first (r mod L) + 1
		// elements, as the graph op's row m of each [L, L] matrix.
		v.t = l.b.SoftmaxCausal(t, expTable(x.q.Scale))
		v.op = l.emit()
		return v, nil
	}
	v.t = l.b.Softmax(t, expTable(x.q.Scale))
	v.op = l.emit()
	return v, nil
}

// tolerance is the largest error accepted in a value of calibrated range
// r: maxTableError of the range its int8 quantization spans, which
// includes 0 (activationParams), so a value far from 0 with a narrow range
// is judged against its magnitude, the scale its int8 step has anyway.
func tolerance(r [2]float64) float64 {
	lo, hi := min(r[0], 0), max(r[1], 0)
	if hi == lo {
		return maxTableError
	}
	return maxTableError * (hi - lo)
}

// maxTableError is the largest error of a Lut table (tableError) that
// unary accepts, as a fraction of the output's calibrated range (of its
// magnitude, at least 1, if the range is empty): the conformance
// tolerance (docs/onnx.md).
const maxTableError = 0.05

func (l *lowering) unary(n *graph.Node, x *value) (*value, error) {
	lz := &lazyLut{src: x, srcRange: l.ranges[n.Inputs[0]], f: n.Fn.Eval, name: n.Output, node: n, what: n.Fn.String(), neg: n.Fn.Kind == graph.Neg}
	if x.lazy != nil && l.uses[n.Inputs[0]] == 1 {
		// x is a pending table only this node reads: compose.
		g, f := x.lazy.f, n.Fn.Eval
		lz.src, lz.srcRange, lz.f, lz.neg = x.lazy.src, x.lazy.srcRange, func(v float64) float64 { return f(g(v)) }, false
		lz.what = n.Fn.String() + " of " + x.lazy.what
	} else if x, err := l.materialize(n.Inputs[0]); err != nil {
		return nil, err
	} else {
		lz.src = x
	}
	return lz.src.pending(lz), nil
}

// materialize returns value name with its pending Lut, if any, emitted
// (and records it): the table of f from the source's quantization to the
// value's own, refused when its error bound (tableError) exceeds
// maxTableError of the value's calibrated range.
func (l *lowering) materialize(name string) (*value, error) {
	v := l.vals[name]
	if v == nil || v.lazy == nil {
		return v, nil
	}
	lz := v.lazy
	x := lz.src
	oq := l.params(lz.name)
	if lz.neg {
		// −x in x's own scale, code −1 − q: exact, no rounding.
		oq = qparams{Scale: x.q.Scale, Zero: -1 - x.q.Zero}
	}
	table := tabulate(lz.f, x.q, oq)
	r := l.ranges[lz.name]
	bound := tolerance(r)
	lo, hi := lz.srcRange[0], lz.srcRange[1]
	if e := tableError(lz.f, table, x.q, oq, lo, hi); e > bound {
		return nil, nodeErr(lz.node, "%v is too steep or discontinuous for an int8 input of step %.3g over [%.3g, %.3g]: rounding an input to its step moves the output by up to %.3g, more than %g%% of the output's range [%.3g, %.3g]; refused rather than approximated",
			lz.what, x.q.Scale, lo, hi, e, 100*maxTableError, r[0], r[1])
	}
	m := *x
	m.lazy = nil
	m.q = oq
	m.t = l.b.Lut(x.t, table)
	m.op = l.emit()
	l.vals[name] = &m
	return &m, nil
}

// reduce lowers a Reduce onto a pool whose window spans the reduced axes:
// x viewed as [A, R, B] (graph.ReduceSplit) is an image of height A,
// width R and B channels, pooled by a 1×R window (MaxPool2D for max,
// AvgPool2D for mean and sum, exact up to DivRound). An image reduced over
// H and W is pooled as it is. Max and mean keep x's quantization; a sum is
// the mean times R, rescaled to the sum's own quantization by a Lut.
func (l *lowering) reduce(n *graph.Node, x *value) (*value, error) {
	in := l.shapes[n.Inputs[0]]
	A, R, B := graph.ReduceSplit(in, n.Axes)
	inOrder := (x.flat && x.identity()) || (!x.flat && (x.c == 1 || x.h*x.w == 1))
	v := &value{q: x.q, flat: true}
	var win model.Window
	t := x.t
	switch {
	case !x.flat && slices.Equal(n.Axes, []int{2, 3}):
		if x.h > math.MaxUint16 || x.w > math.MaxUint16 {
			return nil, nodeErr(n, "input %d×%d exceeds the VM's 16-bit window size", x.h, x.w)
		}
		win = model.Window{KH: uint16(x.h), KW: uint16(x.w), SH: 1, SW: 1}
		if n.KeepDims {
			v = &value{q: x.q, c: x.c, h: 1, w: 1}
		}
	case inOrder:
		if A > math.MaxUint16 || R > math.MaxUint16 {
			return nil, nodeErr(n, "the reduction of %v over axes %v is a %d×%d pool, beyond the VM's 16-bit window size", in, n.Axes, A, R)
		}
		if shape := l.b.Shape(t); !slices.Equal(shape, []uint32{uint32(A), uint32(R), uint32(B)}) {
			t = l.b.Reshape(t, uint32(A), uint32(R), uint32(B))
			l.emit()
		}
		win = model.Window{KH: 1, KW: uint16(R), SH: 1, SW: 1}
	default:
		return nil, nodeErr(n, "reducing axes %v of %v held in the VM's HWC layout would reorder its elements; only the spatial axes [2, 3] are supported", n.Axes, in)
	}
	v.t = l.b.Pool2D(t, n.Reduction == graph.ReduceMax, win, -128, 127)
	v.op = l.emit()
	if n.Reduction == graph.ReduceSum {
		// R terms each off by up to half the input's step: a sum off by
		// up to R·S/2, refused where that exceeds the tolerance.
		if e, bound := float64(R)*x.q.Scale/2, tolerance(l.ranges[n.Output]); e > bound {
			r := l.ranges[n.Output]
			return nil, nodeErr(n, "a sum of %d terms of step %.3g may be off by %.3g, more than %g%% of its range [%.3g, %.3g]; refused rather than approximated",
				R, x.q.Scale, e, 100*maxTableError, r[0], r[1])
		}
		// The mean times R, a pending table (a Unary after it composes).
		r := float64(R)
		mean := *v
		sum := l.ranges[n.Output]
		v = mean.pending(&lazyLut{src: &mean, srcRange: [2]float64{sum[0] / r, sum[1] / r},
			f: func(m float64) float64 { return r * m }, name: n.Output, node: n, what: fmt.Sprintf("the sum of %d terms", R)})
	}
	return v, nil
}

// gather lowers a Gather onto the VM's Gather op (spec §6.11), whose index
// table addresses the VM elements: each entry maps the ONNX element the
// node names to where its input's layout holds it, and the output is laid
// out in HWC when a Conv or pool reads it (feedsImageOp), in ONNX order
// otherwise. It copies int8 codes, so the output keeps the input's
// quantization; two inputs of different quantizations are first both
// rescaled to the output's by Lut tables. −1 entries are the fill value's
// code.
func (l *lowering) gather(n *graph.Node) (*value, error) {
	ins := make([]*value, len(n.Inputs))
	for k, name := range n.Inputs {
		ins[k] = l.vals[name]
	}
	q := ins[0].q
	if len(ins) == 2 && ins[1].q != q {
		q = l.params(n.Output)
		for k, x := range ins {
			if x.q != q {
				v := *x
				v.t = l.b.Lut(x.t, tabulate(func(f float64) float64 { return f }, x.q, q))
				v.q = q
				v.op = l.emit()
				ins[k] = &v
			}
		}
	}
	// vmOf[k][onnx element] = VM element of input k.
	base := 0
	var where []int // ONNX element of the inputs' sequence -> VM gather index
	for _, x := range ins {
		order := l.order(x) // VM element -> ONNX element
		pos := make([]int, len(order))
		for vm, onnx := range order {
			pos[onnx] = base + vm
		}
		where = append(where, pos...)
		base += len(order)
	}
	shape := n.Shape
	v := &value{q: q, flat: true}
	vmShape := make([]uint32, len(shape))
	for k, d := range shape {
		vmShape[k] = uint32(d)
	}
	if len(shape) == 4 && shape[0] == 1 && l.feedsImageOp(n.Output) {
		v = &value{q: q, c: shape[1], h: shape[2], w: shape[3]}
		vmShape = []uint32{uint32(shape[2]), uint32(shape[3]), uint32(shape[1])}
	}
	outOrder := identity(graph.Numel(shape))
	if !v.flat {
		outOrder = hwcOrder(v.c, v.h, v.w)
	}
	idx := make([]int32, len(n.Index))
	for e, onnx := range outOrder {
		k := n.Index[onnx]
		if k < 0 {
			idx[e] = -1
			continue
		}
		if where[k] > math.MaxInt32 {
			return nil, nodeErr(n, "input element %d is beyond the VM's int32 gather index", where[k])
		}
		idx[e] = int32(where[k])
	}
	fill := int8(max(-128, min(127, math.Round(float64(n.Fill)/q.Scale)+float64(q.Zero))))
	x2 := model.T(-1)
	if len(ins) == 2 {
		x2 = ins[1].t
	}
	v.t = l.b.Gather(ins[0].t, x2, vmShape, idx, fill)
	v.op = l.emit()
	return v, nil
}
