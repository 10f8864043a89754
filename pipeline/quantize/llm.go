package quantize

import (
	"fmt"
	"math"
	"slices"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// The language-model ops' lowering (docs/onnx.md, "Language models";
// docs/spec.md §6.8, §6.14–§6.18). Every value stays in ONNX (row-major)
// order: rows are the last axis, as the VM ops' rows are.

// inputInt32 declares the graph's integer (token id) input as the VM's
// int32 input (decision 19), held in ONNX order; it carries no
// quantization (scale 1, zero point 0: an id is its own code).
func (l *lowering) inputInt32() *value {
	dims := make([]uint32, len(l.g.InputShape))
	for k, d := range l.g.InputShape {
		dims[k] = uint32(d)
	}
	return &value{flat: true, q: qparams{Scale: 1}, op: -1, t: l.b.InputInt32(dims...)}
}

// rowsOf returns x's VM tensor with rows of the value's last axis (a
// Reshape where its VM shape's innermost dimension is not that axis), or
// an error when x is not held in ONNX order.
func (l *lowering) rowsOf(n *graph.Node, name string, x *value, dims ...int) (*value, error) {
	if !x.flat || !x.identity() {
		return nil, nodeErr(n, "input %v is held in the VM's HWC layout, whose rows are not its last axis", l.shapes[name])
	}
	s := l.shapes[name]
	if len(dims) == 0 {
		F := s[len(s)-1]
		dims = []int{graph.Numel(s) / F, F}
	}
	want := make([]uint32, len(dims))
	for k, d := range dims {
		want[k] = uint32(d)
	}
	shape := l.b.Shape(x.t)
	if len(dims) == 2 && shape[len(shape)-1] == want[1] || slices.Equal(shape, want) {
		return x, nil
	}
	v := *x
	v.t = l.b.Reshape(x.t, want...)
	v.op = l.emit()
	return &v, nil
}

// embed lowers Embed onto the VM's Embed (§6.15): the table quantized per
// tensor at the output's calibrated scale, so a row is copied code for
// code; an id outside [0, V) gives the output's zero point (float 0, the
// graph op's row of zeros).
func (l *lowering) embed(n *graph.Node, x *value) (*value, error) {
	oq := l.params(n.Output)
	V, D := n.W.Shape[0], n.W.Shape[1]
	table := make([][]int8, V)
	for v := range table {
		row := make([]int8, D)
		for d := range row {
			row[d] = clamp8(math.Round(float64(n.W.Data[v*D+d])/oq.Scale) + float64(oq.Zero))
		}
		table[v] = row
	}
	v := &value{flat: true, q: oq}
	v.t = l.b.Embed(x.t, uint32(D), table, oq.Zero)
	v.op = l.emit()
	return v, nil
}

func clamp8(f float64) int8 { return int8(max(-128, min(127, f))) }

// norm lowers Norm onto the VM's Norm (§6.16): EpsQ = max(1, round(eps /
// S_in² · 2^16)) and the rescale 2^−16 / S_out of the normalized value
// (16 fractional bits) to the output's calibrated quantization.
func (l *lowering) norm(n *graph.Node, x *value) (*value, error) {
	x, err := l.rowsOf(n, n.Inputs[0], x)
	if err != nil {
		return nil, err
	}
	if D := l.shapes[n.Inputs[0]]; D[len(D)-1] > 1<<15 {
		return nil, nodeErr(n, "rows of %d elements exceed the VM Norm's 2^15", D[len(D)-1])
	}
	oq := l.params(n.Output)
	eps := math.Round(float64(n.Eps) / (x.q.Scale * x.q.Scale) * (1 << 16))
	if eps > math.MaxUint32 {
		return nil, nodeErr(n, "eps %g is %g in units of the input's squared step %.3g, beyond the VM's 32-bit EpsQ", n.Eps, eps/(1<<16), x.q.Scale)
	}
	p := model.NormParams{Mode: normMode(n.Norm), EpsQ: max(1, uint32(eps)), RowParams: rowParams(x.q.Zero, oq.Zero)}
	if p.Mul, p.Sh, err = multiplier(1 / (float64(1<<16) * oq.Scale)); err != nil {
		return nil, nodeErr(n, "%v", err)
	}
	v := &value{flat: true, q: oq}
	v.t = l.b.Norm(x.t, p)
	v.op = l.emit()
	return v, nil
}

// rope lowers Rope onto the VM's Rope (§6.17): the graph op's per-row cos
// and sin tables in Q14 (int16; cos = 1 is 2^14), one half leaf per row,
// and the rescale S_in / (2^14 · S_out).
func (l *lowering) rope(n *graph.Node, x *value) (*value, error) {
	x, err := l.rowsOf(n, n.Inputs[0], x)
	if err != nil {
		return nil, err
	}
	R, H := n.W.Shape[0], n.W.Shape[1]
	q14 := func(f float32) int16 {
		return int16(max(math.MinInt16, min(math.MaxInt16, math.Round(float64(f)*(1<<14)))))
	}
	cos, sin := make([][]int16, R), make([][]int16, R)
	for r := range cos {
		cos[r], sin[r] = make([]int16, H), make([]int16, H)
		for i := range H {
			cos[r][i], sin[r][i] = q14(n.W.Data[r*H+i]), q14(n.B.Data[r*H+i])
		}
	}
	oq := l.params(n.Output)
	p := rowParams(x.q.Zero, oq.Zero)
	if p.Mul, p.Sh, err = multiplier(x.q.Scale / ((1 << 14) * oq.Scale)); err != nil {
		return nil, nodeErr(n, "%v", err)
	}
	v := &value{flat: true, q: oq}
	v.t = l.b.Rope(x.t, cos, sin, p)
	v.op = l.emit()
	return v, nil
}

// matmul lowers MatMul onto the VM's MatMul (§6.14): one per-tensor
// multiplier s_A · s_B · Scale / s_out (the graph op's scale, 1/√hd for
// scores, folded in), the causal mode as it is and the group from the
// operands' head counts. B arrives as the rows of Bᵀ (the importer's
// Gather transposes V), as the VM reads it.
func (l *lowering) matmul(n *graph.Node) (*value, error) {
	as, bs := l.shapes[n.Inputs[0]], l.shapes[n.Inputs[1]]
	a, err := l.rowsOf(n, n.Inputs[0], l.vals[n.Inputs[0]], as...)
	if err != nil {
		return nil, err
	}
	b, err := l.rowsOf(n, n.Inputs[1], l.vals[n.Inputs[1]], bs...)
	if err != nil {
		return nil, err
	}
	var mode uint16
	switch n.Causal {
	case graph.CausalNone:
		mode = ops.MatMulFull
	case graph.CausalN:
		mode = ops.MatMulCausalN
	case graph.CausalK:
		mode = ops.MatMulCausalK
	default:
		return nil, nodeErr(n, "unknown causal mode %v", n.Causal)
	}
	oq := l.params(n.Output)
	// Each product term is off by about |b|·S_a/2 + |a|·S_b/2; K terms of
	// independent roundings add up like √K of them.
	ra, rb, r := l.ranges[n.Inputs[0]], l.ranges[n.Inputs[1]], l.ranges[n.Output]
	magA, magB := max(math.Abs(ra[0]), math.Abs(ra[1])), max(math.Abs(rb[0]), math.Abs(rb[1]))
	K := float64(as[2])
	if e := math.Abs(float64(n.ScaleOf())) * math.Sqrt(K) * (magB*a.q.Scale/2 + magA*b.q.Scale/2); e > tolerance(r) {
		return nil, nodeErr(n, "the inputs' steps (%.3g, %.3g) allow an error of about %.3g in a sum of %d products, more than %g%% of the output's range [%.3g, %.3g]; refused rather than approximated",
			a.q.Scale, b.q.Scale, e, as[2], 100*maxTableError, r[0], r[1])
	}
	m, sh, err := multiplier(a.q.Scale * b.q.Scale * float64(n.ScaleOf()) / oq.Scale)
	if err != nil {
		return nil, nodeErr(n, "%v", err)
	}
	p := model.MulParams{ZA: a.q.Zero, ZB: b.q.Zero, ZOut: oq.Zero, Lo: -128, Hi: 127, Mul: m, Sh: sh}
	v := &value{flat: true, q: oq}
	v.t = l.b.MatMul(a.t, b.t, mode, p)
	v.op = l.emit()
	return v, nil
}

// gluMul lowers GluMul onto the VM's GluMul (§6.18): silu of the gate's
// 256 codes as an int16 table at the scale S_T = max|silu| / 32767, the
// product rescaled by S_T · S_u / S_out, in place of u. u's VM tensor is
// overwritten, so when anything else still reads it (another name held in
// the same tensor included), u is first copied.
func (l *lowering) gluMul(i int, n *graph.Node) (*value, error) {
	g := l.vals[n.Inputs[0]]
	u, err := l.sameLayout(n, g, l.vals[n.Inputs[1]])
	if err != nil {
		return nil, err
	}
	if !slices.Equal(l.b.Shape(g.t), l.b.Shape(u.t)) {
		return nil, nodeErr(n, "gate %v and up %v are held in different VM shapes", l.b.Shape(g.t), l.b.Shape(u.t))
	}
	if u.op < 0 || u.t == g.t || l.readLater(i, u) {
		c := *u
		c.t = l.b.Reshape(u.t, l.b.Shape(u.t)...)
		c.op = l.emit()
		u = &c
	}
	var f [256]float64
	peak := 0.0
	for k := range f {
		x := g.q.Scale * float64(k-128-int(g.q.Zero))
		f[k] = x / (1 + math.Exp(-x))
		peak = max(peak, math.Abs(f[k]))
	}
	sT := max(peak, 1e-30) / math.MaxInt16
	var table [256]int16
	for k, y := range f {
		table[k] = int16(max(math.MinInt16, min(math.MaxInt16, math.Round(y/sT))))
	}
	oq := l.params(n.Output)
	// silu's slope is at most 1.1: a gate off by S_g/2 moves the product
	// by up to 0.55·S_g·|u|, and u off by S_u/2 by |silu(g)|·S_u/2.
	rg, ru, r := l.ranges[n.Inputs[0]], l.ranges[n.Inputs[1]], l.ranges[n.Output]
	magU := max(math.Abs(ru[0]), math.Abs(ru[1]))
	magS := 0.0
	for _, x := range []float64{rg[0], rg[1]} {
		magS = max(magS, math.Abs(x/(1+math.Exp(-x))))
	}
	if e := 0.55*g.q.Scale*magU + magS*u.q.Scale/2; e > tolerance(r) {
		return nil, nodeErr(n, "the inputs' steps (%.3g, %.3g) allow an error of %.3g in the product, more than %g%% of the output's range [%.3g, %.3g]; refused rather than approximated",
			g.q.Scale, u.q.Scale, e, 100*maxTableError, r[0], r[1])
	}
	p := rowParams(u.q.Zero, oq.Zero)
	if p.Mul, p.Sh, err = multiplier(sT * u.q.Scale / oq.Scale); err != nil {
		return nil, nodeErr(n, "%v", err)
	}
	v := &value{flat: true, q: oq}
	v.t = l.b.GluMul(g.t, u.t, table, p)
	v.op = l.emit()
	return v, nil
}

// readLater reports whether a node after node i, or the graph's output,
// reads a value held in x's VM tensor.
func (l *lowering) readLater(i int, x *value) bool {
	for name, v := range l.vals {
		if v == nil || v.lazy != nil || v.t != x.t {
			continue
		}
		if name == l.g.Output {
			return true
		}
		for k := i + 1; k < len(l.g.Nodes); k++ {
			if slices.Contains(l.g.Nodes[k].Inputs, name) {
				return true
			}
		}
	}
	return false
}

// CausalMask reports, for a causal value [.., M, M] (a causal-N MatMul's
// or causal Softmax's output), whether element e is masked (n > m): the
// float product holds −Inf there, which calibration skips, and the
// program does not write it.
func CausalMask(shape []int, e int) bool {
	M := shape[len(shape)-1]
	return e%M > (e/M)%M
}

// unmasked returns data without the masked elements of value name when a
// causal-N MatMul writes it.
func unmasked(g *graph.Graph, shapes map[string][]int, name string, data []float32) []float32 {
	for k := range g.Nodes {
		n := &g.Nodes[k]
		if n.Output != name || n.Op != graph.MatMul || n.Causal != graph.CausalN {
			continue
		}
		out := make([]float32, 0, len(data)/2+1)
		for e, f := range data {
			if !CausalMask(shapes[name], e) {
				out = append(out, f)
			}
		}
		return out
	}
	return data
}

// causalOutput reports whether a causal-N MatMul or causal Softmax writes
// value name (whose masked elements the program does not write).
func causalOutput(g *graph.Graph, name string) bool {
	for k := range g.Nodes {
		if n := &g.Nodes[k]; n.Output == name {
			return n.Causal == graph.CausalN
		}
	}
	return false
}

// normMode is the VM Norm's mode of a graph normalization.
func normMode(m graph.NormMode) uint16 {
	if m == graph.NormLayer {
		return ops.NormLayer
	}
	return ops.NormRMS
}

// rowParams are the zero points and the full int8 clamp of Norm, Rope and
// GluMul; the caller sets the multiplier.
func rowParams(zIn, zOut int8) model.RowParams {
	return model.RowParams{ZIn: zIn, ZOut: zOut, Lo: -128, Hi: 127}
}

// argmaxFloor is where an Argmax model's output range starts: the
// smallest row maximum (over the last axis) of the calibration samples,
// less a quarter of the distance from it to the largest value seen, a
// margin for rows whose maximum is lower than any calibrated one.
func argmaxFloor(g *graph.Graph, shapes map[string][]int, samples []*graph.Tensor, eval Evaluate) (float64, error) {
	s := shapes[g.Output]
	V := s[len(s)-1]
	floor, top := math.Inf(1), math.Inf(-1)
	for i, x := range samples {
		vals, err := eval(x)
		if err != nil {
			return 0, fmt.Errorf("quantize: calibration sample %d: %w", i, err)
		}
		out := vals[g.Output].Data
		for r := 0; r+V <= len(out); r += V {
			m := math.Inf(-1)
			for _, f := range out[r : r+V] {
				m = max(m, float64(f))
			}
			floor, top = min(floor, m), max(top, m)
		}
	}
	return floor - (top-floor)/4, nil
}

// reshapedFrom returns name and the values it is a Reshape of, back to
// the first value some other op computes (they share one quantization).
func reshapedFrom(g *graph.Graph, name string) []string {
	out := []string{name}
	for k := len(g.Nodes) - 1; k >= 0; k-- {
		if n := &g.Nodes[k]; n.Output == name && n.Op == graph.Reshape {
			name = n.Inputs[0]
			out = append(out, name)
		}
	}
	return out
}

// overwritten reports whether an op after op k writes over k's output (an
// in-place GluMul), so the final RAM no longer holds it.
func overwritten(m *model.Model, k int) bool {
	for j := k + 1; j < len(m.Ops); j++ {
		if m.Ops[j].Out.Overlaps(m.Ops[k].Out) {
			return true
		}
	}
	return false
}
