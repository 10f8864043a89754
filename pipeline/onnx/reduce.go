package onnx

import (
	"fmt"
	"slices"
	"strings"

	"github.com/opml-dev/opml/pipeline/graph"
)

// A reduction is imported as a chain of graph nodes: elementwise functions
// (graph.Unary) around one graph.Reduce, ONNX's definitions composed.
type reduceStep struct {
	fn graph.FnKind    // a Unary step, or
	r  graph.Reduction // the Reduce step
}

var reduceChains = map[string][]reduceStep{
	"ReduceMax":       {{r: graph.ReduceMax}},
	"ReduceMin":       {{fn: graph.Neg}, {r: graph.ReduceMax}, {fn: graph.Neg}},
	"ReduceMean":      {{r: graph.ReduceMean}},
	"ReduceSum":       {{r: graph.ReduceSum}},
	"ReduceSumSquare": {{fn: graph.Pow}, {r: graph.ReduceSum}},
	"ReduceL1":        {{fn: graph.Abs}, {r: graph.ReduceSum}},
	"ReduceL2":        {{fn: graph.Pow}, {r: graph.ReduceSum}, {fn: graph.Sqrt}},
	"ReduceLogSum":    {{r: graph.ReduceSum}, {fn: graph.Log}},
	"ReduceLogSumExp": {{fn: graph.Exp}, {r: graph.ReduceSum}, {fn: graph.Log}},
}

// registerReduce adds the handlers of this file (called by ops.go's init, after
// the map exists).
func registerReduce() {
	for op := range reduceChains {
		handlers[op] = opReduce
	}
	handlers["Pow"] = opPow
	for _, op := range []string{"Sum", "Mean", "Max", "Min"} {
		handlers[op] = opVariadic
	}
	handlers["LogSoftmax"] = opLogSoftmax
	handlers["LRN"] = opLRN
}

// opLogSoftmax is ONNX's own decomposition, x − max − log Σ exp(x − max),
// over the normalized axes (from axis on before opset 13, the one axis
// from it): a Reduce max (keepdims), a broadcast Sub, Exp, a Reduce sum,
// Log and a broadcast Sub, named "<name>/<step>". Unlike a Softmax, whose
// 1/256 output step would make log p coarse, every value keeps its own
// quantization.
func opLogSoftmax(c *nodeCtx) error {
	x, axis, err := c.softmaxAxis()
	if err != nil {
		return err
	}
	r := len(x.shape)
	axes := []int{axis}
	if c.im.opset < 13 {
		axes = axes[:0]
		for k := axis; k < r; k++ {
			axes = append(axes, k)
		}
	}
	d, _, sum, err := c.expShifted(x, axes)
	if err != nil {
		return err
	}
	lg, err := c.step(graph.Node{Op: graph.Unary, Inputs: []string{sum.name}, Fn: graph.Fn{Kind: graph.Log}}, "log", sum.shape)
	if err != nil {
		return err
	}
	return c.binaryComputedAs("Sub", c.name, d, lg, c.output())
}

// opVariadic: Sum, Mean, Max and Min of one input are that input; of
// several computed values a chain of graph Adds (Mean then scaled by 1/n as
// an Affine), Maxs or Mins, with numpy broadcasting.
func opVariadic(c *nodeCtx) error {
	n := c.nInputs()
	if n < 1 {
		return c.errorf("has no inputs")
	}
	if n == 1 {
		if err := c.checkInputs(1, 1); err != nil {
			return err
		}
		if t, ok := c.im.consts[c.input(0)]; ok {
			return c.defineConst(t)
		}
		x, err := c.dynamic(0)
		if err != nil {
			return err
		}
		return c.alias(x)
	}
	if err := c.checkInputs(n, n); err != nil {
		return err
	}
	// A chain of pairs: ((x0 ∘ x1) ∘ x2) …, broadcast as ONNX's
	// multidirectional rule; Mean is the sum scaled by 1/n.
	pair := map[string]string{"Sum": "Add", "Mean": "Add", "Max": "Max", "Min": "Min"}[c.op]
	acc, err := c.dynamic(0)
	if err != nil {
		return err
	}
	for k := 1; k < n; k++ {
		x, err := c.dynamic(k)
		if err != nil {
			return err
		}
		out := c.output()
		if k < n-1 || c.op == "Mean" {
			out = c.im.genName(fmt.Sprintf("%s_%s%d", c.output(), strings.ToLower(pair), k))
		}
		name := fmt.Sprintf("%s/%s%d", c.name, strings.ToLower(pair), k)
		if n == 2 && c.op != "Mean" {
			name = c.name // one pair: the node itself
		}
		if err := c.binaryComputedAs(pair, name, acc, x, out); err != nil {
			return err
		}
		acc = c.im.vals[out]
	}
	if c.op != "Mean" {
		return nil
	}
	f := graph.Fn{Kind: graph.Affine, Alpha: float64(1 / float32(n))}
	return c.emit(graph.Node{Name: c.name + "/mean", Op: graph.Unary, Inputs: []string{acc.name}, Fn: f}, slices.Clone(acc.shape))
}

// reduceAxes reads the axes (attribute; ReduceSum's input from opset 13)
// and noop_with_empty_axes; nil axes with noop mean "no reduction".
func (c *nodeCtx) reduceAxes(rank int) (axes []int, noop bool, err error) {
	var raw []int64
	if c.op == "ReduceSum" && c.im.opset >= 13 {
		if err := c.checkInputs(1, 2); err != nil {
			return nil, false, err
		}
		if c.input(1) != "" {
			t, err := c.intConst(1, "axes")
			if err != nil {
				return nil, false, err
			}
			if len(t.shape) != 1 {
				return nil, false, c.errorf("input %q (axes) has shape %v, want a 1-D list", c.input(1), t.shape)
			}
			raw = t.i
		}
		n, err := c.intAttr("noop_with_empty_axes", 0)
		if err != nil {
			return nil, false, err
		}
		if n != 0 && n != 1 {
			return nil, false, c.attrErrorf("noop_with_empty_axes", "want 0 or 1")
		}
		if len(raw) == 0 && n == 1 {
			return nil, true, nil
		}
	} else {
		if err := c.checkInputs(1, 1); err != nil {
			return nil, false, err
		}
		if raw, err = c.intsAttr("axes"); err != nil {
			return nil, false, err
		}
	}
	if len(raw) == 0 { // every axis
		for k := range rank {
			axes = append(axes, k)
		}
		return axes, false, nil
	}
	for _, a := range raw {
		k, err := c.axis("axes", a, rank, rank-1)
		if err != nil {
			return nil, false, err
		}
		if slices.Contains(axes, k) {
			return nil, false, c.attrErrorf("axes", "repeats axis %d", k)
		}
		axes = append(axes, k)
	}
	slices.Sort(axes)
	return axes, false, nil
}

// opReduce: ReduceMax, ReduceMin, ReduceMean, ReduceSum, ReduceSumSquare,
// ReduceL1, ReduceL2, ReduceLogSum and ReduceLogSumExp of a computed value
// over contiguous axes (reduceChains).
func opReduce(c *nodeCtx) error {
	x, err := c.dynamic(0)
	if err != nil {
		return err
	}
	axes, noop, err := c.reduceAxes(len(x.shape))
	if err != nil {
		return err
	}
	keep, err := c.intAttr("keepdims", 1)
	if err != nil {
		return err
	}
	if keep != 0 && keep != 1 {
		return c.attrErrorf("keepdims", "want 0 or 1")
	}
	if noop {
		return c.alias(x)
	}
	red := graph.Node{Op: graph.Reduce, Axes: axes, KeepDims: keep == 1}
	var outShape []int
	for k, d := range x.shape {
		switch {
		case !slices.Contains(axes, k):
			outShape = append(outShape, d)
		case keep == 1:
			outShape = append(outShape, 1)
		}
	}
	if len(outShape) == 0 {
		return c.attrErrorf("keepdims", "reduces every axis to a scalar (rank 0), which is not supported: keepdims=1 keeps the result as a tensor of ones")
	}
	// Separate axes ([0, 2, 3]): a transpose (Gather "<name>/transpose")
	// moves them last, the reduction is over the trailing axes, and a
	// Reshape "<name>/reshape" gives the result its shape.
	redShape, reshape := outShape, false
	if axes[len(axes)-1]-axes[0] != len(axes)-1 {
		var perm, kept []int
		for k := range x.shape {
			if !slices.Contains(axes, k) {
				perm, kept = append(perm, k), append(kept, x.shape[k])
			}
		}
		perm = append(perm, axes...)
		tshape := make([]int, len(perm))
		for k, a := range perm {
			tshape[k] = x.shape[a]
		}
		idx, err := c.im.transposeIndex(x.shape, perm)
		if err != nil {
			return c.errorf("%v", err)
		}
		t := c.im.genUsed(c.output() + "_transposed")
		if err := c.emitGatherAs([]*value{x}, tshape, idx, 0, c.name+"/transpose", t); err != nil {
			return err
		}
		x = c.im.vals[t]
		axes = nil
		for k := len(kept); k < len(perm); k++ {
			axes = append(axes, k)
		}
		red.Axes, red.KeepDims, redShape, reshape = axes, false, kept, true
	}
	chain := reduceChains[c.op]
	in, shape := x.name, x.shape
	for k, st := range chain {
		n := red
		n.Reduction = st.r
		if st.fn != 0 {
			n = graph.Node{Op: graph.Unary, Fn: graph.Fn{Kind: st.fn}}
			if st.fn == graph.Pow {
				n.Fn.Alpha = 2
			}
		} else {
			shape = redShape
		}
		n.Name = c.name
		if len(chain) > 1 {
			n.Name = c.name + "/" + stepName(st)
		}
		n.Inputs = []string{in}
		if k == len(chain)-1 && !reshape {
			return c.emit(n, slices.Clone(shape))
		}
		in = c.im.genName(c.output() + "_" + stepName(st))
		if err := c.emitAs(n, slices.Clone(shape), in); err != nil {
			return err
		}
	}
	return c.emit(graph.Node{Name: c.name + "/reshape", Op: graph.Reshape, Inputs: []string{in}, Shape: slices.Clone(outShape)}, slices.Clone(outShape))
}

// transposeIndex is the Gather index table of a transpose of shape by
// perm: the constant transpose of the element numbers.
func (im *importer) transposeIndex(shape, perm []int) ([]int, error) {
	t, err := im.newTensor(shape, false)
	if err != nil {
		return nil, err
	}
	for e := range t.i {
		t.i[e] = int64(e)
	}
	out, err := im.transpose(t, perm)
	if err != nil {
		return nil, err
	}
	idx := make([]int, len(out.i))
	for e, k := range out.i {
		idx[e] = int(k)
	}
	return idx, nil
}

func stepName(st reduceStep) string {
	if st.fn != 0 {
		return st.fn.String()
	}
	return "reduce_" + st.r.String()
}

// opPow: x raised to a constant scalar exponent (a graph Unary), or
// constants folded.
func opPow(c *nodeCtx) error {
	if err := c.checkInputs(2, 2); err != nil {
		return err
	}
	e, err := c.scalarInput(1, "exponent")
	if err != nil {
		return err
	}
	return c.elementwise(graph.Fn{Kind: graph.Pow, Alpha: e})
}

// step emits graph node n as step suffix of this node: named
// "<name>/<suffix>", computing value "<output>_<suffix>" of shape.
func (c *nodeCtx) step(n graph.Node, suffix string, shape []int) (*value, error) {
	name := c.im.genName(c.output() + "_" + suffix)
	n.Name = c.name + "/" + suffix
	if err := c.emitAs(n, slices.Clone(shape), name); err != nil {
		return nil, err
	}
	return c.im.vals[name], nil
}

// expShifted emits the common part of ONNX's softmax decompositions over
// axes of x: m = max (keepdims), d = x − m (broadcast), e = exp(d) and
// s = Σ e (keepdims), steps "max", "shift", "exp" and "sum".
func (c *nodeCtx) expShifted(x *value, axes []int) (d, e, s *value, err error) {
	kept := slices.Clone(x.shape)
	for _, k := range axes {
		kept[k] = 1
	}
	m, err := c.step(graph.Node{Op: graph.Reduce, Inputs: []string{x.name}, Reduction: graph.ReduceMax, Axes: axes, KeepDims: true}, "max", kept)
	if err != nil {
		return nil, nil, nil, err
	}
	shifted := c.im.genName(c.output() + "_shifted")
	if err := c.binaryComputedAs("Sub", c.name+"/shift", x, m, shifted); err != nil {
		return nil, nil, nil, err
	}
	d = c.im.vals[shifted]
	if e, err = c.step(graph.Node{Op: graph.Unary, Inputs: []string{d.name}, Fn: graph.Fn{Kind: graph.Exp}}, "exp", x.shape); err != nil {
		return nil, nil, nil, err
	}
	s, err = c.step(graph.Node{Op: graph.Reduce, Inputs: []string{e.name}, Reduction: graph.ReduceSum, Axes: axes, KeepDims: true}, "sum", kept)
	return d, e, s, err
}

// opLRN is ONNX's local response normalization across channels,
// y = x · (bias + alpha/size · Σ x²)^(−beta), the sum over a window of size
// channels around each one: the squares (a Unary), moved channel-last (a
// Gather "<name>/transpose" to the rows [N·H·W, C]), summed over the window
// by a Dense whose weights are a band of ones, moved back (a Gather
// "<name>/untranspose"), the power (a Unary) and the product with x (a
// Mul).
func opLRN(c *nodeCtx) error {
	if err := c.checkInputs(1, 1); err != nil {
		return err
	}
	x, err := c.dynamic(0)
	if err != nil {
		return err
	}
	if len(x.shape) != 4 {
		return c.errorf("input %q has shape %v, want [N, C, H, W]", c.input(0), x.shape)
	}
	alpha, err := c.floatAttr("alpha", 0.0001)
	if err != nil {
		return err
	}
	beta, err := c.floatAttr("beta", 0.75)
	if err != nil {
		return err
	}
	bias, err := c.floatAttr("bias", 1)
	if err != nil {
		return err
	}
	size, err := c.intAttr("size", 0)
	if err != nil {
		return err
	}
	if !c.has("size") || size < 1 {
		return c.attrErrorf("size", "must be given and positive")
	}
	N, C, H, W := x.shape[0], x.shape[1], x.shape[2], x.shape[3]
	sq, err := c.step(graph.Node{Op: graph.Unary, Inputs: []string{x.name}, Fn: graph.Fn{Kind: graph.Pow, Alpha: 2}}, "square", x.shape)
	if err != nil {
		return err
	}
	rows := []int{N * H * W, C}
	idx, err := c.im.transposeIndex(x.shape, []int{0, 2, 3, 1})
	if err != nil {
		return c.errorf("%v", err)
	}
	t := c.im.genUsed(c.output() + "_transpose")
	if err := c.emitGatherAs([]*value{sq}, rows, idx, 0, c.name+"/transpose", t); err != nil {
		return err
	}
	band := graph.NewTensor(C, C)
	lo, hi := (int(size)-1)/2, (int(size)-1+1)/2 // floor and ceil of (size−1)/2
	for o := range C {
		for k := max(0, o-lo); k <= min(C-1, o+hi); k++ {
			band.Data[o*C+k] = 1
		}
	}
	if err := c.im.alloc(C * C); err != nil {
		return c.errorf("%v", err)
	}
	sum, err := c.step(graph.Node{Op: graph.Dense, Inputs: []string{t}, W: band}, "sum", rows)
	if err != nil {
		return err
	}
	back, err := c.im.transposeIndex([]int{N, H, W, C}, []int{0, 3, 1, 2})
	if err != nil {
		return c.errorf("%v", err)
	}
	u := c.im.genUsed(c.output() + "_untranspose")
	if err := c.emitGatherAs([]*value{sum}, x.shape, back, 0, c.name+"/untranspose", u); err != nil {
		return err
	}
	scale, err := c.step(graph.Node{Op: graph.Unary, Inputs: []string{u}, Fn: graph.Fn{Kind: graph.Affine, Alpha: float64(alpha / float32(size)), Beta: float64(bias)}}, "scale", x.shape)
	if err != nil {
		return err
	}
	pw, err := c.step(graph.Node{Op: graph.Unary, Inputs: []string{scale.name}, Fn: graph.Fn{Kind: graph.Pow, Alpha: -float64(beta)}}, "power", x.shape)
	if err != nil {
		return err
	}
	return c.emit(graph.Node{Op: graph.Mul, Inputs: []string{x.name, pw.name}}, slices.Clone(x.shape))
}
