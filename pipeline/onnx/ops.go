package onnx

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/onnx/internal/onnxpb"
)

// handlers import one ONNX op each. A handler reads every attribute it
// supports (node reports the unread ones) and defines the node's output.
var handlers map[string]func(*nodeCtx) error

func init() {
	handlers = map[string]func(*nodeCtx) error{
		"Conv":               oneD(opConv),
		"Gemm":               opGemm,
		"MatMul":             opMatMul,
		"Add":                opBinary,
		"Sub":                opBinary,
		"Mul":                opBinary,
		"Div":                opBinary,
		"Relu":               opRelu,
		"MaxPool":            oneD(opPool),
		"AveragePool":        oneD(opPool),
		"GlobalAveragePool":  oneD(opGlobalPool),
		"GlobalMaxPool":      oneD(opGlobalPool),
		"Flatten":            opFlatten,
		"Reshape":            opReshape,
		"Transpose":          opTranspose,
		"Softmax":            opSoftmax,
		"Constant":           opConstant,
		"Identity":           opIdentity,
		"Dropout":            opDropout,
		"BatchNormalization": opBatchNorm,
		"Shape":              opShape,
		"Gather":             opGather,
		"Unsqueeze":          opUnsqueeze,
		"Squeeze":            opSqueeze,
		"Concat":             opConcat,
		"Cast":               opCast,
	}
	registerUnary()
	registerReduce()
	registerMovement()
	registerNorm()
	registerMasks()
}

// ---- helpers ----

// oneD wraps the handler of a 2-D window op so that it also takes a 1-D
// input [1, C, L]: viewed as the image [1, C, L, 1] (a Gather
// "<name>/to2d", since the VM holds images channel-last), the 2-D op with
// the window attributes widened (windowInts), and the result [1, OC, OL, 1]
// viewed back (a Gather "<name>/to1d").
func oneD(h func(*nodeCtx) error) func(*nodeCtx) error {
	return func(c *nodeCtx) error {
		x, ok := c.im.vals[c.input(0)]
		if !ok || len(x.shape) != 3 || x.shape[0] != 1 {
			return h(c)
		}
		in := []int{1, x.shape[1], x.shape[2], 1}
		out := c.output()
		c.ins = map[int]string{0: c.im.genUsed(x.name + "_2d")}
		if err := c.emitGatherAs([]*value{x}, in, identityIndex(graph.Numel(in)), 0, c.name+"/to2d", c.ins[0]); err != nil {
			return err
		}
		// Weights [A, B, K] become [A, B, K, 1].
		if t, ok := c.im.consts[c.input(1)]; ok && len(t.shape) == 3 {
			name := c.im.genName(c.input(1) + "_2d")
			c.im.consts[name] = reshaped(t, append(slices.Clone(t.shape), 1))
			c.ins[1] = name
		}
		c.out, c.oneD = c.im.genUsed(out+"_2d"), true
		if err := h(c); err != nil {
			return err
		}
		y := c.im.vals[c.out]
		c.ins, c.out, c.oneD = nil, "", false
		shape := []int{1, y.shape[1], y.shape[2]}
		return c.emitGatherAs([]*value{y}, shape, identityIndex(graph.Numel(shape)), 0, c.name+"/to1d", c.output())
	}
}

// identityIndex is [0, 1, …, n−1].
func identityIndex(n int) []int {
	v := make([]int, n)
	for k := range v {
		v[k] = k
	}
	return v
}

// axis normalizes an axis attribute or input value against rank r
// (negative counts from the end); hi is r for ops that allow axis == r.
func (c *nodeCtx) axis(attr string, a int64, r, hi int) (int, error) {
	if a < -int64(r) || a > int64(hi) {
		return 0, c.attrErrorf(attr, "is out of range for rank %d", r)
	}
	if a < 0 {
		a += int64(r)
	}
	return int(a), nil
}

// shapeOf returns the shape of input k, constant or computed.
func (c *nodeCtx) shapeOf(k int) ([]int, bool) {
	if t, ok := c.im.consts[c.input(k)]; ok {
		return t.shape, true
	}
	if v, ok := c.im.vals[c.input(k)]; ok {
		return v.shape, true
	}
	return nil, false
}

// window computes the output size of a 2-D window op over x [1, C, H, W].
func (c *nodeCtx) window(x []int, kernel, stride [2]int, pads [4]int) (int, int, error) {
	oh, ok1 := graph.PoolOut(x[2], kernel[0], stride[0], pads[0], pads[2])
	ow, ok2 := graph.PoolOut(x[3], kernel[1], stride[1], pads[1], pads[3])
	if !ok1 || !ok2 {
		return 0, 0, c.errorf("kernel %v, strides %v and pads %v do not fit input shape %v", kernel, stride, pads, x)
	}
	return oh, ow, nil
}

// pads resolves the pads and auto_pad attributes of a window op over the
// spatial sizes in ([H, W]) into [top, left, bottom, right].
//
// SAME_UPPER and SAME_LOWER give out = ceil(in / stride) and a total
// padding of max(0, (out-1)·stride + kernel - in) per axis, split evenly
// with the odd one at the end (SAME_UPPER) or the beginning (SAME_LOWER);
// VALID is no padding.
func (c *nodeCtx) pads(in, kernel, stride [2]int) ([4]int, error) {
	var pads [4]int
	p, err := c.windowInts("pads", 0)
	if err != nil {
		return pads, err
	}
	if p != nil {
		if len(p) != 4 {
			return pads, c.attrErrorf("pads", "has %d values, want 4 (only 2-D windows are supported)", len(p))
		}
		for k, v := range p {
			if v < 0 || v > maxDim {
				return pads, c.attrErrorf("pads", "value %d is out of range (negative pads are not supported)", v)
			}
			pads[k] = int(v)
		}
	}
	mode, err := c.stringAttr("auto_pad", "NOTSET")
	if err != nil {
		return pads, err
	}
	switch mode {
	case "NOTSET":
		return pads, nil
	case "VALID", "SAME_UPPER", "SAME_LOWER":
		if pads != [4]int{} {
			return pads, c.attrErrorf("auto_pad", "cannot be combined with non-zero pads %v", pads)
		}
	default:
		return pads, c.attrErrorf("auto_pad", "unknown value (want NOTSET, SAME_UPPER, SAME_LOWER or VALID)")
	}
	if mode == "VALID" {
		return pads, nil
	}
	for a := range 2 {
		out := (in[a] + stride[a] - 1) / stride[a]
		total := max(0, (out-1)*stride[a]+kernel[a]-in[a])
		lo := total / 2
		if mode == "SAME_LOWER" {
			lo = total - total/2
		}
		pads[a], pads[a+2] = lo, total-lo
	}
	return pads, nil
}

// channels converts constant input k, which must broadcast to the value
// shape [1, C, ...] without changing it and be constant along every axis
// but the channel axis 1, to a vector of C values.
func (c *nodeCtx) channels(k int, vshape []int) ([]float32, error) {
	t, err := c.floatConst(k, "operand")
	if err != nil {
		return nil, err
	}
	if len(t.shape) > len(vshape) {
		return nil, c.errorf("constant %q of shape %v would broadcast the value of shape %v to a higher rank", c.input(k), t.shape, vshape)
	}
	if len(vshape) < 2 {
		return nil, c.errorf("constant %q of shape %v: value of shape %v has no channel axis to fold a per-channel constant into", c.input(k), t.shape, vshape)
	}
	oc := vshape[1]
	perChannel := false
	for j, d := range t.shape {
		axis := len(vshape) - len(t.shape) + j
		switch {
		case d == 1:
		case axis == 1 && d == oc:
			perChannel = true
		default:
			return nil, c.errorf("constant %q of shape %v does not broadcast to %v as a per-channel or scalar constant: only those fold into a Conv or Dense", c.input(k), t.shape, vshape)
		}
	}
	out := make([]float32, oc)
	for o := range out {
		if perChannel {
			out[o] = t.f[o]
		} else {
			out[o] = t.f[0]
		}
	}
	return out, nil
}

// foldInto checks that v is computed by a Conv or Dense node that nothing
// else uses and returns that node, to which the caller applies this node's
// affine map; the node's output then takes this node's output name.
func (c *nodeCtx) foldInto(v *value) (*graph.Node, error) {
	n, err := c.foldTarget(v)
	if err != nil {
		return nil, err
	}
	out := c.output()
	n.Output = out
	v.name = out
	v.uses = c.im.uses[out]
	c.im.vals[out] = v
	return n, nil
}

// foldTarget returns the Conv or Dense node that computes v and that a
// constant operation on v can be folded into, or an error.
func (c *nodeCtx) foldTarget(v *value) (*graph.Node, error) {
	what := c.op + " by a constant"
	if c.op == "BatchNormalization" {
		what = c.op
	}
	if v.producer < 0 {
		return nil, c.errorf("input %q is the graph input: %s can only be folded into a preceding Conv, Gemm or MatMul", v.name, what)
	}
	n := &c.im.g.Nodes[v.producer]
	if n.Op != graph.Conv && n.Op != graph.Dense {
		return nil, c.errorf("input %q is computed by %s node %q: %s can only be folded into a preceding Conv, Gemm or MatMul", v.name, n.Op, n.Name, what)
	}
	if v.uses != 1 {
		return nil, c.errorf("input %q of %s node %q has other uses (or is the graph output), so %s cannot be folded into it", v.name, n.Op, n.Name, what)
	}
	return n, nil
}

// affine folds y = x·scale + shift (per output channel; either may be
// nil) into the Conv or Dense node computing v: W' = W·scale,
// B' = B·scale + shift.
func (c *nodeCtx) affine(v *value, scale, shift []float32) error {
	n, err := c.foldInto(v)
	if err != nil {
		return err
	}
	oc := n.W.Shape[0]
	row := len(n.W.Data) / oc
	if scale != nil {
		for o := range oc {
			for k := o * row; k < (o+1)*row; k++ {
				n.W.Data[k] *= scale[o]
			}
			if n.B != nil {
				// The explicit conversion rounds here: no fused
				// multiply-add with the shift below on any platform.
				n.B.Data[o] = float32(n.B.Data[o] * scale[o])
			}
		}
	}
	if shift != nil {
		if n.B == nil {
			n.B = graph.NewTensor(oc)
		}
		for o := range oc {
			n.B.Data[o] += shift[o]
		}
	}
	return nil
}

func neg(v []float32) []float32 {
	out := make([]float32, len(v))
	for k, x := range v {
		out[k] = -x
	}
	return out
}

// ---- ops ----

// opConv: 2-D convolution (grouped and dilated ones as dense), constant
// weights and bias.
func opConv(c *nodeCtx) error {
	x, err := c.convInput("convolutions")
	if err != nil {
		return err
	}
	group, err := c.intAttr("group", 1)
	if err != nil {
		return err
	}
	w, err := c.floatConst(1, "weights")
	if err != nil {
		return err
	}
	if len(w.shape) != 4 || w.shape[0] < 1 || w.shape[2] < 1 || w.shape[3] < 1 {
		return c.errorf("weights %q have shape %v, want [OC, C/group, KH, KW]", c.input(1), w.shape)
	}
	C := x.shape[1]
	if group < 1 || int64(C)%group != 0 || int64(w.shape[0])%group != 0 {
		return c.attrErrorf("group", "must divide the input's %d channels and the weights' %d output channels", C, w.shape[0])
	}
	if w.shape[1]*int(group) != C {
		return c.errorf("weights %q have shape %v: %d input channels per group of %d, the input has %d", c.input(1), w.shape, w.shape[1], group, C)
	}
	var b *tensor
	if c.input(2) != "" {
		if b, err = c.floatConst(2, "bias"); err != nil {
			return err
		}
		if len(b.shape) != 1 || b.shape[0] != w.shape[0] {
			return c.errorf("bias %q has shape %v, want [%d]", c.input(2), b.shape, w.shape[0])
		}
	}
	kernel, dil, err := c.kernelDilations(w.shape)
	if err != nil {
		return err
	}
	// A grouped or dilated convolution is the dense one whose weights are
	// zero across groups and between the dilated taps: exact, and as many
	// steps per tap as before while C ≤ 32 (spec §6.2: one leaf per tap).
	if group != 1 || dil != [2]int{1, 1} {
		if w, err = c.im.denseConvWeights(w, C, int(group), dil); err != nil {
			return c.errorf("%v", err)
		}
		kernel = [2]int{w.shape[2], w.shape[3]}
	}
	stride, explicit, err := c.dims2("strides", 1, [2]int{1, 1})
	if err != nil {
		return err
	}
	pads, err := c.pads([2]int{x.shape[2], x.shape[3]}, kernel, stride)
	if err != nil {
		return err
	}
	oh, ow, err := c.window(x.shape, kernel, stride, pads)
	if err != nil {
		return err
	}
	n := graph.Node{Op: graph.Conv, Inputs: []string{x.name}, Kernel: kernel, Pads: pads}
	if explicit {
		n.Strides = stride
	}
	if n.W, err = c.im.cloneTensor(w); err != nil {
		return err
	}
	if n.B, err = c.im.cloneTensor(b); err != nil {
		return err
	}
	return c.emit(n, []int{1, w.shape[0], oh, ow})
}

// opGemm: Y = alpha·A·B' + beta·C with A computed [1, K], B constant
// ([K, N], or [N, K] with transB = 1) and C constant, broadcast to [1, N].
func opGemm(c *nodeCtx) error {
	if err := c.checkInputs(2, 3); err != nil {
		return err
	}
	alpha, err := c.floatAttr("alpha", 1)
	if err != nil {
		return err
	}
	beta, err := c.floatAttr("beta", 1)
	if err != nil {
		return err
	}
	transA, err := c.intAttr("transA", 0)
	if err != nil {
		return err
	}
	if transA != 0 && transA != 1 {
		return c.attrErrorf("transA", "want 0 or 1")
	}
	transB, err := c.intAttr("transB", 0)
	if err != nil {
		return err
	}
	if transB != 0 && transB != 1 {
		return c.attrErrorf("transB", "want 0 or 1")
	}
	a, err := c.dynamic(0)
	if err != nil {
		return err
	}
	if len(a.shape) != 2 {
		return c.errorf("input %q has shape %v, want [M, K]", c.input(0), a.shape)
	}
	if transA == 1 {
		if a, err = c.transposed(a); err != nil {
			return err
		}
	}
	b, err := c.floatConst(1, "B")
	if err != nil {
		return err
	}
	if len(b.shape) != 2 {
		return c.errorf("input %q (B) has shape %v, want rank 2", c.input(1), b.shape)
	}
	w := b
	if transB == 0 {
		if w, err = c.im.transpose(b, []int{1, 0}); err != nil {
			return c.errorf("%v", err)
		}
	}
	if w.shape[1] != a.shape[1] || w.shape[0] < 1 {
		return c.errorf("input %q (B) has shape %v (transB=%d), which does not multiply input shape %v", c.input(1), b.shape, transB, a.shape)
	}
	n := graph.Node{Op: graph.Dense, Inputs: []string{a.name}}
	if n.W, err = c.im.cloneTensor(w); err != nil {
		return err
	}
	if alpha != 1 {
		for k := range n.W.Data {
			n.W.Data[k] *= alpha
		}
	}
	if c.input(2) != "" {
		bias, err := c.channels(2, []int{a.shape[0], w.shape[0]})
		if err != nil {
			return err
		}
		if beta != 1 {
			for k := range bias {
				bias[k] *= beta
			}
		}
		n.B = &graph.Tensor{Shape: []int{w.shape[0]}, Data: bias}
	}
	return c.emit(n, []int{a.shape[0], w.shape[0]})
}

// matMulComputed imports the MatMul of two computed values A [.., M, K]
// and B [.., K, N] (equal leading dimensions, or rank 2) as its definition,
// C[i, j] = Σ_k A[i, k]·B[k, j]: both operands gathered to [P, M, N, K]
// (P the product of the leading dimensions; Gathers "<name>/a" and
// "<name>/b"), multiplied ("<name>/product", a Mul), summed over K
// ("<name>/sum", a Reduce) and, for leading dimensions, reshaped.
func (c *nodeCtx) matMulComputed(a, b *value) error {
	ra, rb := len(a.shape), len(b.shape)
	if ra < 2 || rb < 2 {
		return c.errorf("inputs %q and %q have shapes %v and %v: a product of two computed values needs rank 2 or more", c.input(0), c.input(1), a.shape, b.shape)
	}
	M, K, K2, N := a.shape[ra-2], a.shape[ra-1], b.shape[rb-2], b.shape[rb-1]
	lead := a.shape[:ra-2]
	if K != K2 || (rb > 2 && !slices.Equal(b.shape[:rb-2], lead)) || (rb == 2 && ra != 2) {
		return c.errorf("inputs %q and %q have shapes %v and %v: want [.., M, K] and [.., K, N] with the same leading dimensions", c.input(0), c.input(1), a.shape, b.shape)
	}
	P := graph.Numel(lead)
	shape := []int{P, M, N, K}
	if len(lead) == 0 {
		shape = shape[1:] // [M, N, K]
	}
	n, ok := numel(shape)
	if !ok {
		return c.errorf("the products %v are too many", shape)
	}
	if err := c.im.alloc(2 * n); err != nil {
		return c.errorf("%v", err)
	}
	ia, ib := make([]int, n), make([]int, n)
	for e := range n {
		p, i, j, k := e/(M*N*K), (e/(N*K))%M, (e/K)%N, e%K
		ia[e] = (p*M+i)*K + k
		ib[e] = (p*K+k)*N + j
	}
	out := c.output()
	ga, gb := c.im.genUsed(out+"_a"), c.im.genUsed(out+"_b")
	if err := c.emitGatherAs([]*value{a}, shape, ia, 0, c.name+"/a", ga); err != nil {
		return err
	}
	if err := c.emitGatherAs([]*value{b}, shape, ib, 0, c.name+"/b", gb); err != nil {
		return err
	}
	prod, err := c.step(graph.Node{Op: graph.Mul, Inputs: []string{ga, gb}}, "product", shape)
	if err != nil {
		return err
	}
	sum := graph.Node{Op: graph.Reduce, Inputs: []string{prod.name}, Reduction: graph.ReduceSum, Axes: []int{len(shape) - 1}}
	res := append(slices.Clone(lead), M, N)
	if len(lead) <= 1 {
		return c.emit(sum, res)
	}
	s, err := c.step(sum, "sum", []int{P, M, N})
	if err != nil {
		return err
	}
	return c.emit(graph.Node{Name: c.name + "/reshape", Op: graph.Reshape, Inputs: []string{s.name}, Shape: res}, slices.Clone(res))
}

// convInput checks a convolution's inputs (X, W and an optional B) and
// returns X, an image [1, C, H, W].
func (c *nodeCtx) convInput(what string) (*value, error) {
	if err := c.checkInputs(2, 3); err != nil {
		return nil, err
	}
	x, err := c.dynamic(0)
	if err != nil {
		return nil, err
	}
	if len(x.shape) != 4 || x.shape[0] != 1 {
		return nil, c.errorf("input %q has shape %v, want [1, C, H, W] (only 2-D %s of batch 1 are supported)", c.input(0), x.shape, what)
	}
	return x, nil
}

// kernelDilations reads a convolution's kernel (from its weights' shape
// [.., .., KH, KW], which kernel_shape must match) and dilations.
func (c *nodeCtx) kernelDilations(wshape []int) (kernel, dil [2]int, err error) {
	kernel = [2]int{wshape[2], wshape[3]}
	ks, given, err := c.dims2("kernel_shape", 1, kernel)
	if err != nil {
		return kernel, dil, err
	}
	if given && ks != kernel {
		return kernel, dil, c.attrErrorf("kernel_shape", "does not match the weights' shape %v", wshape)
	}
	dil, _, err = c.dims2("dilations", 1, [2]int{1, 1})
	return kernel, dil, err
}

// axisOf reads the axis attribute (default 0) of an op on input 0, which
// must not be a scalar: the input's shape and the axis.
func (c *nodeCtx) axisOf(what string) ([]int, int, error) {
	shape, ok := c.shapeOf(0)
	if !ok {
		return nil, 0, c.errorf("input %q is not available", c.input(0))
	}
	a, err := c.intAttr("axis", 0)
	if err != nil {
		return nil, 0, err
	}
	if len(shape) == 0 {
		return nil, 0, c.errorf("input %q%s is a scalar", c.input(0), what)
	}
	axis, err := c.axis("axis", a, len(shape), len(shape)-1)
	return shape, axis, err
}

// transposed emits the transpose of a computed [M, K] value (a Gather
// named "<name>/transposeA") and returns it.
func (c *nodeCtx) transposed(a *value) (*value, error) {
	m, k := a.shape[0], a.shape[1]
	idx := make([]int, m*k)
	for e := range idx {
		idx[e] = (e%m)*k + e/m
	}
	if err := c.im.alloc(len(idx)); err != nil {
		return nil, c.errorf("%v", err)
	}
	name := c.im.genName(c.output() + "_transposed")
	n := graph.Node{Name: c.name + "/transposeA", Op: graph.Gather, Inputs: []string{a.name}, Shape: []int{k, m}, Index: idx}
	if err := c.emitAs(n, []int{k, m}, name); err != nil {
		return nil, err
	}
	return c.im.vals[name], nil
}

// opMatMul: A computed [1, K] times a constant B [K, N].
func opMatMul(c *nodeCtx) error {
	if err := c.checkInputs(2, 2); err != nil {
		return err
	}
	if c.isConst(0) && c.isConst(1) {
		return c.errorf("folding a MatMul of two constants is not supported")
	}
	a, err := c.dynamic(0)
	if err != nil {
		return err
	}
	if bv, ok := c.im.vals[c.input(1)]; ok {
		return c.matMulComputed(a, bv)
	}
	b, err := c.floatConst(1, "B")
	if err != nil {
		return err
	}
	K := a.shape[len(a.shape)-1]
	if len(b.shape) != 2 || b.shape[0] != K || b.shape[1] < 1 {
		return c.errorf("input %q (B) has shape %v, want [%d, N]", c.input(1), b.shape, K)
	}
	w, err := c.im.transpose(b, []int{1, 0})
	if err != nil {
		return c.errorf("%v", err)
	}
	n := graph.Node{Op: graph.Dense, Inputs: []string{a.name}}
	if n.W, err = c.im.cloneTensor(w); err != nil {
		return err
	}
	N := b.shape[1]
	if bias, ok := c.im.matMulBias[c.output()]; ok { // a folded LayerNorm bias (llm.go)
		n.B = &graph.Tensor{Shape: []int{N}, Data: bias}
	}
	if len(a.shape) == 2 {
		return c.emit(n, []int{a.shape[0], N})
	}
	// Any other rank: the rows [M, K] (M the product of the leading
	// dimensions), the product, the rows back in the input's shape.
	out := append(slices.Clone(a.shape[:len(a.shape)-1]), N)
	rows := graph.Numel(a.shape) / K
	flat := c.im.genName(c.output() + "_rows")
	if err := c.emitAs(graph.Node{Name: c.name + "/rows", Op: graph.Reshape, Inputs: []string{a.name}, Shape: []int{rows, K}}, []int{rows, K}, flat); err != nil {
		return err
	}
	prod := c.im.genName(c.output() + "_product")
	n.Inputs = []string{flat}
	if err := c.emitAs(n, []int{rows, N}, prod); err != nil {
		return err
	}
	return c.emit(graph.Node{Name: c.name + "/unrows", Op: graph.Reshape, Inputs: []string{prod}, Shape: out}, slices.Clone(out))
}

// opBinary: Add, Sub, Mul, Div. Constants fold; a computed value and a
// constant fold into the Conv or Dense computing the value; two computed
// values of one shape are a graph Add.
func opBinary(c *nodeCtx) error {
	if err := c.checkInputs(2, 2); err != nil {
		return err
	}
	ac, bc := c.isConst(0), c.isConst(1)
	switch {
	case ac && bc:
		a, _ := c.constant(0, "A")
		b, _ := c.constant(1, "B")
		t, err := c.im.binary(c.op, a, b)
		if err != nil {
			return c.errorf("folding constants %q and %q: %v", c.input(0), c.input(1), err)
		}
		return c.defineConst(t)
	case !ac && !bc:
		a, err := c.dynamic(0)
		if err != nil {
			return err
		}
		b, err := c.dynamic(1)
		if err != nil {
			return err
		}
		return c.binaryComputed(a, b)
	}
	vi, ki := 0, 1
	if ac {
		vi, ki = 1, 0
	}
	v, err := c.dynamic(vi)
	if err != nil {
		return err
	}
	if _, err := c.foldTarget(v); err != nil {
		if t, ok := c.im.consts[c.input(ki)]; ok && t.isFloat() && len(t.f) == 1 && len(t.shape) <= len(v.shape) {
			return c.scalarAffine(v, vi, float64(t.f[0]))
		}
		if t, ok := c.im.consts[c.input(ki)]; ok && t.isFloat() {
			if axis, ok := constAxis(t.shape, v.shape); ok {
				return c.binaryAxisAffine(v, vi, axis, t.f)
			}
		}
	}
	k, err := c.channels(ki, v.shape)
	if err != nil {
		return err
	}
	switch {
	case c.op == "Add":
		return c.affine(v, nil, k)
	case c.op == "Sub" && vi == 0: // x - k
		return c.affine(v, nil, neg(k))
	case c.op == "Sub": // k - x
		minus := make([]float32, len(k))
		for o := range minus {
			minus[o] = -1
		}
		return c.affine(v, minus, k)
	case c.op == "Mul":
		return c.affine(v, k, nil)
	case c.op == "Div" && vi == 0: // x / k
		inv := make([]float32, len(k))
		for o, x := range k {
			if x == 0 {
				return c.errorf("constant %q has a zero: division by zero", c.input(ki))
			}
			inv[o] = 1 / x
		}
		return c.affine(v, inv, nil)
	}
	return c.errorf("division of constant %q by a computed value is not supported", c.input(0))
}

// binaryComputed imports Add, Sub, Mul or Div of two computed values (and
// the pairs of a variadic Max or Min): a graph Add, Mul, Max or Min, of −b
// (an exact Neg) for Sub and of 1/b (Reciprocal) for Div, each operand
// first broadcast (numpy rules) to the result's shape by a Gather named
// "<name>/expand<k>". in names the operands' values, out the result.
func (c *nodeCtx) binaryComputed(a, b *value) error {
	return c.binaryComputedAs(c.op, c.name, a, b, c.output())
}

func (c *nodeCtx) binaryComputedAs(op, name string, a, b *value, result string) error {
	out, err := broadcastShape(a.shape, b.shape)
	if err != nil {
		return c.errorf("inputs %q and %q: %v", a.name, b.name, err)
	}
	if len(out) > graph.MaxRank {
		return c.errorf("result shape %v must have rank 1 to %d", out, graph.MaxRank)
	}
	names := []string{a.name, b.name}
	for k, v := range []*value{a, b} {
		if slices.Equal(v.shape, out) {
			continue
		}
		idx := broadcastIndex(v.shape, out)
		if err := c.im.alloc(len(idx)); err != nil {
			return c.errorf("%v", err)
		}
		names[k] = c.im.genName(fmt.Sprintf("%s_expand%d", result, k))
		n := graph.Node{Name: fmt.Sprintf("%s/expand%d", name, k), Op: graph.Gather, Inputs: []string{v.name}, Shape: slices.Clone(out), Index: idx}
		if err := c.emitAs(n, slices.Clone(out), names[k]); err != nil {
			return err
		}
	}
	var gop graph.Op
	var pre graph.FnKind
	switch op {
	case "Add":
		gop = graph.Add
	case "Sub":
		gop, pre = graph.Add, graph.Neg
	case "Mul":
		gop = graph.Mul
	case "Div":
		gop, pre = graph.Mul, graph.Recip
	case "Max":
		gop = graph.Max
	case "Min":
		gop = graph.Min
	default:
		return c.errorf("%s of two computed values is not supported", op)
	}
	if pre != 0 {
		v := c.im.genName(fmt.Sprintf("%s_%s", result, strings.ToLower(pre.String())))
		n := graph.Node{Name: name + "/" + strings.ToLower(pre.String()), Op: graph.Unary, Inputs: []string{names[1]}, Fn: graph.Fn{Kind: pre}}
		if err := c.emitAs(n, slices.Clone(out), v); err != nil {
			return err
		}
		names[1] = v
	}
	return c.emitAs(graph.Node{Name: name, Op: gop, Inputs: names}, out, result)
}

// constAxis returns the one axis of vshape along which a constant of shape
// cshape varies (right-aligned as numpy broadcasts it), with the value's
// size there; false if it varies along several or has a higher rank.
func constAxis(cshape, vshape []int) (int, bool) {
	if len(cshape) > len(vshape) {
		return 0, false
	}
	axis := -1
	for j, d := range cshape {
		a := len(vshape) - len(cshape) + j
		switch {
		case d == 1:
		case d == vshape[a] && axis < 0:
			axis = a
		default:
			return 0, false
		}
	}
	return axis, axis >= 0
}

// binaryAxisAffine imports Add, Sub, Mul or Div of computed value v (input
// vi) and a constant k varying along one axis of v as axisAffine.
func (c *nodeCtx) binaryAxisAffine(v *value, vi, axis int, k []float32) error {
	n := len(k)
	scale, shift := make([]float32, n), make([]float32, n)
	for o := range n {
		scale[o] = 1
		switch {
		case c.op == "Add":
			shift[o] = k[o]
		case c.op == "Sub" && vi == 0:
			shift[o] = -k[o]
		case c.op == "Sub":
			scale[o], shift[o] = -1, k[o]
		case c.op == "Mul":
			scale[o] = k[o]
		case c.op == "Div" && vi == 0:
			if k[o] == 0 {
				return c.errorf("constant %q has a zero: division by zero", c.input(1))
			}
			scale[o] = 1 / k[o]
		default:
			return c.errorf("division of constant %q by a computed value is not supported", c.input(0))
		}
	}
	return c.axisAffine(v, axis, scale, shift)
}

// axisAffine imports y = x·scale + shift along one axis of computed value
// x, where no Conv or Dense can absorb it, as a node of its own with a
// diagonal weight matrix (exact: one non-zero weight per output): a Dense
// over the rows when the axis is the last one (x viewed as [M, F]), a
// 1×1 Conv when it is the channel axis of an image [1, C, H, W].
func (c *nodeCtx) axisAffine(x *value, axis int, scale, shift []float32) error {
	F := x.shape[axis]
	w := graph.NewTensor(F, F)
	b := graph.NewTensor(F)
	for o := range F {
		w.Data[o*F+o] = scale[o]
		b.Data[o] = shift[o]
	}
	if err := c.im.alloc(F*F + F); err != nil {
		return c.errorf("%v", err)
	}
	if len(x.shape) == 4 && x.shape[0] == 1 && axis == 1 {
		w.Shape = []int{F, F, 1, 1}
		return c.emit(graph.Node{Op: graph.Conv, Inputs: []string{x.name}, W: w, B: b, Kernel: [2]int{1, 1}}, slices.Clone(x.shape))
	}
	if axis != len(x.shape)-1 {
		return c.errorf("a constant along axis %d of %v is not supported (only the last axis, or the channels of an image [1, C, H, W])", axis, x.shape)
	}
	if len(x.shape) == 2 {
		return c.emit(graph.Node{Op: graph.Dense, Inputs: []string{x.name}, W: w, B: b}, slices.Clone(x.shape))
	}
	rows := []int{graph.Numel(x.shape) / F, F}
	flat := c.im.genName(c.output() + "_rows")
	if err := c.emitAs(graph.Node{Name: c.name + "/rows", Op: graph.Reshape, Inputs: []string{x.name}, Shape: rows}, slices.Clone(rows), flat); err != nil {
		return err
	}
	prod := c.im.genName(c.output() + "_affine")
	if err := c.emitAs(graph.Node{Op: graph.Dense, Inputs: []string{flat}, W: w, B: b}, slices.Clone(rows), prod); err != nil {
		return err
	}
	return c.emit(graph.Node{Name: c.name + "/unrows", Op: graph.Reshape, Inputs: []string{prod}, Shape: slices.Clone(x.shape)}, slices.Clone(x.shape))
}

// denseConvWeights expands grouped weights [OC, C/group, KH, KW] with
// dilations dil to the dense [OC, C, (KH−1)·dh + 1, (KW−1)·dw + 1]:
// output channel o of group o/(OC/group) reads its group's input channels
// at the dilated taps, and every other weight is zero.
func (im *importer) denseConvWeights(w *tensor, C, group int, dil [2]int) (*tensor, error) {
	OC, cg, KH, KW := w.shape[0], w.shape[1], w.shape[2], w.shape[3]
	kh, kw := (KH-1)*dil[0]+1, (KW-1)*dil[1]+1
	out, err := im.newTensor([]int{OC, C, kh, kw}, true)
	if err != nil {
		return nil, err
	}
	per := OC / group
	for o := range OC {
		base := (o / per) * cg
		for ci := range cg {
			for ky := range KH {
				for kx := range KW {
					out.f[((o*C+base+ci)*kh+ky*dil[0])*kw+kx*dil[1]] = w.f[((o*cg+ci)*KH+ky)*KW+kx]
				}
			}
		}
	}
	return out, nil
}

func opRelu(c *nodeCtx) error {
	if err := c.checkInputs(1, 1); err != nil {
		return err
	}
	if c.isConst(0) {
		return c.foldEach(func(x float32) float32 { return max(x, 0) })
	}
	x, err := c.dynamic(0)
	if err != nil {
		return err
	}
	return c.emit(graph.Node{Op: graph.Relu, Inputs: []string{x.name}}, slices.Clone(x.shape))
}

// opPool: MaxPool and AveragePool over 2-D windows.
func opPool(c *nodeCtx) error {
	if err := c.checkInputs(1, 1); err != nil {
		return err
	}
	x, err := c.dynamic(0)
	if err != nil {
		return err
	}
	if len(x.shape) != 4 || x.shape[0] != 1 {
		return c.errorf("input %q has shape %v, want [1, C, H, W] (only 2-D pooling of batch 1 is supported)", c.input(0), x.shape)
	}
	kernel, given, err := c.dims2("kernel_shape", 1, [2]int{})
	if err != nil {
		return err
	}
	if !given {
		return c.attrErrorf("kernel_shape", "is required")
	}
	stride, explicit, err := c.dims2("strides", 1, [2]int{1, 1})
	if err != nil {
		return err
	}
	dil, _, err := c.dims2("dilations", 1, [2]int{1, 1})
	if err != nil {
		return err
	}
	if dil != [2]int{1, 1} {
		return c.attrErrorf("dilations", "only dilation 1 is supported")
	}
	in := [2]int{x.shape[2], x.shape[3]}
	pads, err := c.pads(in, kernel, stride)
	if err != nil {
		return err
	}
	ceil, err := c.intAttr("ceil_mode", 0)
	if err != nil {
		return err
	}
	switch ceil {
	case 0:
	case 1:
		// The last, partial window: more padding at the end, as many
		// windows as ONNX's ceil (a window starting beyond the input
		// and the start padding is dropped). Pads are skipped by the
		// VM's pools (max) and left out of the count (average), which
		// is how ONNX treats the part of a ceil window past the input.
		for a := range 2 {
			span := in[a] + pads[a] + pads[a+2] - kernel[a]
			if span < 0 {
				continue
			}
			out := (span+stride[a]-1)/stride[a] + 1
			if (out-1)*stride[a] >= in[a]+pads[a] {
				out--
			}
			pads[a+2] = max(pads[a+2], (out-1)*stride[a]+kernel[a]-in[a]-pads[a])
		}
	default:
		return c.attrErrorf("ceil_mode", "want 0 or 1")
	}
	op := graph.MaxPool
	if c.op == "MaxPool" {
		if err := c.wantInt("storage_order", 0, 0, "only storage_order=0 is supported"); err != nil {
			return err
		}
	} else {
		op = graph.AvgPool
		cip, err := c.intAttr("count_include_pad", 0)
		if err != nil {
			return err
		}
		if cip != 0 && pads != [4]int{} {
			if ceil != 0 {
				return c.attrErrorf("count_include_pad", "is not supported with ceil_mode=1 and padding (pads %v)", pads)
			}
			// Padding that counts: explicit zeros around the input (a
			// Gather "<name>/pad" with fill 0), then no padding.
			shape := []int{1, x.shape[1], in[0] + pads[0] + pads[2], in[1] + pads[1] + pads[3]}
			idx := make([]int, graph.Numel(shape))
			for e := range idx {
				ch, y, xx := e/(shape[2]*shape[3]), (e/shape[3])%shape[2]-pads[0], e%shape[3]-pads[1]
				idx[e] = -1
				if y >= 0 && y < in[0] && xx >= 0 && xx < in[1] {
					idx[e] = (ch*in[0]+y)*in[1] + xx
				}
			}
			padded := c.im.genUsed(c.output() + "_padded")
			if err := c.emitGatherAs([]*value{x}, shape, idx, 0, c.name+"/pad", padded); err != nil {
				return err
			}
			x, in, pads = c.im.vals[padded], [2]int{shape[2], shape[3]}, [4]int{}
		}
	}
	oh, ow, err := c.window(x.shape, kernel, stride, pads)
	if err != nil {
		return err
	}
	if pads[0] >= kernel[0] || pads[2] >= kernel[0] || pads[1] >= kernel[1] || pads[3] >= kernel[1] {
		return c.attrErrorf("pads", "not smaller than the kernel %v: a window would lie entirely in the padding", kernel)
	}
	n := graph.Node{Op: op, Inputs: []string{x.name}, Kernel: kernel, Pads: pads}
	if explicit {
		n.Strides = stride
	}
	return c.emit(n, []int{1, x.shape[1], oh, ow})
}

// opGlobalPool: GlobalAveragePool, and GlobalMaxPool as a MaxPool whose
// one window is the whole plane.
func opGlobalPool(c *nodeCtx) error {
	if err := c.checkInputs(1, 1); err != nil {
		return err
	}
	x, err := c.dynamic(0)
	if err != nil {
		return err
	}
	if len(x.shape) != 4 || x.shape[0] != 1 {
		return c.errorf("input %q has shape %v, want [1, C, H, W]", c.input(0), x.shape)
	}
	out := []int{1, x.shape[1], 1, 1}
	if c.op == "GlobalMaxPool" {
		return c.emit(graph.Node{Op: graph.MaxPool, Inputs: []string{x.name}, Kernel: [2]int{x.shape[2], x.shape[3]}}, out)
	}
	return c.emit(graph.Node{Op: graph.GlobalAvgPool, Inputs: []string{x.name}}, out)
}

// reshapeTo defines the node's output as input 0 with another shape of the
// same element count: a constant, or a graph Reshape.
func (c *nodeCtx) reshapeTo(shape []int) error {
	if t, ok := c.im.consts[c.input(0)]; ok {
		return c.defineConst(reshaped(t, shape))
	}
	x, err := c.dynamic(0)
	if err != nil {
		return err
	}
	if len(shape) == 0 || len(shape) > graph.MaxRank {
		return c.errorf("result shape %v of computed value %q must have rank 1 to %d", shape, c.input(0), graph.MaxRank)
	}
	if x.producer >= 0 && x.uses == 1 {
		if p := &c.im.g.Nodes[x.producer]; p.Op == graph.Gather {
			// A Gather viewed in another shape is that Gather.
			out := c.output()
			p.Shape, p.Output = slices.Clone(shape), out
			x.name, x.shape, x.uses = out, slices.Clone(shape), c.im.uses[out]
			c.im.vals[out] = x
			return nil
		}
	}
	return c.emit(graph.Node{Op: graph.Reshape, Inputs: []string{x.name}, Shape: slices.Clone(shape)}, slices.Clone(shape))
}

func opFlatten(c *nodeCtx) error {
	if err := c.checkInputs(1, 1); err != nil {
		return err
	}
	shape, ok := c.shapeOf(0)
	if !ok {
		return c.errorf("input %q is not available", c.input(0))
	}
	a, err := c.intAttr("axis", 1)
	if err != nil {
		return err
	}
	axis, err := c.axis("axis", a, len(shape), len(shape))
	if err != nil {
		return err
	}
	return c.reshapeTo([]int{graph.Numel(shape[:axis]), graph.Numel(shape[axis:])})
}

func opReshape(c *nodeCtx) error {
	if err := c.checkInputs(2, 2); err != nil {
		return err
	}
	shape, ok := c.shapeOf(0)
	if !ok {
		return c.errorf("input %q is not available", c.input(0))
	}
	allowZero, err := c.intAttr("allowzero", 0)
	if err != nil {
		return err
	}
	st, err := c.intConst(1, "shape")
	if err != nil {
		return err
	}
	if len(st.shape) != 1 || len(st.i) > maxRank {
		return c.errorf("input %q (shape) has shape %v, want a 1-D list of at most %d dimensions", c.input(1), st.shape, maxRank)
	}
	total := graph.Numel(shape)
	out := make([]int, len(st.i))
	infer := -1
	known := 1
	for k, d := range st.i {
		switch {
		case d == 0 && allowZero == 0:
			if k >= len(shape) {
				return c.errorf("shape %v: 0 at position %d copies a dimension the input %v does not have", st.i, k, shape)
			}
			out[k] = shape[k]
		case d == -1:
			if infer >= 0 {
				return c.errorf("shape %v has more than one -1", st.i)
			}
			infer = k
			continue
		case d < 1 || d > maxDim:
			return c.errorf("shape %v has an invalid dimension %d", st.i, d)
		default:
			out[k] = int(d)
		}
		if out[k] != 0 && known > maxElem/out[k] {
			return c.errorf("shape %v is too large", st.i)
		}
		known *= out[k]
	}
	if infer >= 0 {
		if known == 0 || total%known != 0 {
			return c.errorf("shape %v does not fit the %d elements of input shape %v", st.i, total, shape)
		}
		out[infer] = total / known
	}
	if graph.Numel(out) != total {
		return c.errorf("shape %v (resolved %v) does not hold the %d elements of input shape %v", st.i, out, total, shape)
	}
	return c.reshapeTo(out)
}

// opTranspose folds a transpose of a constant; a computed value may only be
// transposed where that keeps its elements in order (only size-1 axes
// move), which is a Reshape.
func opTranspose(c *nodeCtx) error {
	if err := c.checkInputs(1, 1); err != nil {
		return err
	}
	shape, ok := c.shapeOf(0)
	if !ok {
		return c.errorf("input %q is not available", c.input(0))
	}
	p, err := c.intsAttr("perm")
	if err != nil {
		return err
	}
	perm := make([]int, len(shape))
	if p == nil {
		for k := range perm {
			perm[k] = len(perm) - 1 - k
		}
	} else {
		if len(p) != len(shape) {
			return c.attrErrorf("perm", "has %d values for input rank %d", len(p), len(shape))
		}
		seen := make([]bool, len(shape))
		for k, a := range p {
			if a < 0 || a >= int64(len(shape)) || seen[a] {
				return c.attrErrorf("perm", "is not a permutation of the %d axes", len(shape))
			}
			seen[a] = true
			perm[k] = int(a)
		}
	}
	transpose := func(data []*tensor, _ fillValue) (*tensor, error) { return c.im.transpose(data[0], perm) }
	if c.isConst(0) {
		return c.movement([]int{0}, 0, transpose)
	}
	last := -1
	for _, a := range perm {
		if shape[a] == 1 {
			continue
		}
		if a < last { // the elements move: a Gather
			return c.movement([]int{0}, 0, transpose)
		}
		last = a
	}
	out := make([]int, len(perm))
	for k, a := range perm {
		out[k] = shape[a]
	}
	return c.reshapeTo(out)
}

// opSoftmax: graph Softmax normalizes the last axis (each row). Before
// opset 13 ONNX Softmax normalizes the flattened axes from axis on (default
// 1): the value is viewed as [A, R], normalized by rows and viewed back.
// From opset 13 it normalizes the one axis (default -1), which must be the
// last one or followed only by axes of size 1.
func opSoftmax(c *nodeCtx) error {
	x, axis, err := c.softmaxAxis()
	if err != nil {
		return err
	}
	r := len(x.shape)
	inner := x.shape[axis] // the normalized length
	if c.im.opset < 13 {
		inner = graph.Numel(x.shape[axis:])
	} else if graph.Numel(x.shape[axis+1:]) != 1 {
		// Over an inner axis: ONNX's decomposition exp(x − max)/Σ.
		return c.softmaxInner(x, axis)
	}
	if x.shape[r-1] == inner {
		return c.emit(graph.Node{Op: graph.Softmax, Inputs: []string{x.name}}, slices.Clone(x.shape))
	}
	// [..., inner, 1...] -> [A, inner] -> Softmax -> back.
	rows := []int{graph.Numel(x.shape) / inner, inner}
	out := c.output()
	flat := c.im.genName(out + "_flat")
	soft := c.im.genName(out + "_softmax")
	if err := c.emitAs(graph.Node{Name: c.name + "/flatten", Op: graph.Reshape, Inputs: []string{x.name}, Shape: rows}, slices.Clone(rows), flat); err != nil {
		return err
	}
	if err := c.emitAs(graph.Node{Op: graph.Softmax, Inputs: []string{flat}}, slices.Clone(rows), soft); err != nil {
		return err
	}
	return c.emit(graph.Node{Name: c.name + "/unflatten", Op: graph.Reshape, Inputs: []string{soft}, Shape: slices.Clone(x.shape)}, slices.Clone(x.shape))
}

// softmaxAxis reads the input and the axis of Softmax and LogSoftmax:
// default 1 before opset 13, −1 from it.
func (c *nodeCtx) softmaxAxis() (*value, int, error) {
	if err := c.checkInputs(1, 1); err != nil {
		return nil, 0, err
	}
	x, err := c.dynamic(0)
	if err != nil {
		return nil, 0, err
	}
	def := int64(-1)
	if c.im.opset < 13 {
		def = 1
	}
	a, err := c.intAttr("axis", def)
	if err != nil {
		return nil, 0, err
	}
	r := len(x.shape)
	axis, err := c.axis("axis", a, r, r-1)
	return x, axis, err
}

// softmaxInner imports a Softmax over an inner axis as ONNX defines it:
// e = exp(x − max), e · (1 / Σ e), each over the axis (keepdims) and
// broadcast back, steps named "<name>/<step>".
func (c *nodeCtx) softmaxInner(x *value, axis int) error {
	_, e, sum, err := c.expShifted(x, []int{axis})
	if err != nil {
		return err
	}
	return c.binaryComputedAs("Div", c.name, e, sum, c.output())
}

func opConstant(c *nodeCtx) error {
	if err := c.checkInputs(0, 0); err != nil {
		return err
	}
	var t *tensor
	set := 0
	for _, name := range c.order {
		c.read[name] = true
		p := c.attrs[name]
		var err error
		switch name {
		case "value":
			if attrType(p) != onnxpb.AttributeProto_TENSOR {
				return c.attrErrorf(name, "has type %s, want TENSOR", attrType(p))
			}
			t, err = c.im.parseTensor(p.T)
		case "value_float":
			if attrType(p) != onnxpb.AttributeProto_FLOAT {
				return c.attrErrorf(name, "has type %s, want FLOAT", attrType(p))
			}
			t = &tensor{shape: []int{}, f: []float32{p.GetF()}}
		case "value_floats":
			if attrType(p) != onnxpb.AttributeProto_FLOATS {
				return c.attrErrorf(name, "has type %s, want FLOATS", attrType(p))
			}
			t = &tensor{shape: []int{len(p.Floats)}, f: append([]float32{}, p.Floats...)}
		case "value_int":
			if attrType(p) != onnxpb.AttributeProto_INT {
				return c.attrErrorf(name, "has type %s, want INT", attrType(p))
			}
			t = &tensor{shape: []int{}, i: []int64{p.GetI()}}
		case "value_ints":
			if attrType(p) != onnxpb.AttributeProto_INTS {
				return c.attrErrorf(name, "has type %s, want INTS", attrType(p))
			}
			t = &tensor{shape: []int{len(p.Ints)}, i: append([]int64{}, p.Ints...)}
		default:
			return c.attrErrorf(name, "is not supported (only value, value_float(s) and value_int(s))")
		}
		if err != nil {
			return c.attrErrorf(name, "%v", err)
		}
		set++
	}
	if set != 1 {
		return c.errorf("has %d value attributes, want exactly 1", set)
	}
	return c.defineConst(t)
}

// identity defines the output as input 0, constant or computed.
func (c *nodeCtx) identity() error {
	if t, ok := c.im.consts[c.input(0)]; ok {
		return c.defineConst(t)
	}
	v, err := c.dynamic(0)
	if err != nil {
		return err
	}
	return c.alias(v)
}

func opIdentity(c *nodeCtx) error {
	if err := c.checkInputs(1, 1); err != nil {
		return err
	}
	return c.identity()
}

// opDropout is the identity at inference. Before opset 12 the ratio is an
// attribute; from 12 it and training_mode are inputs, and training_mode
// must be absent or a constant false.
func opDropout(c *nodeCtx) error {
	if c.im.opset < 12 {
		if err := c.checkInputs(1, 1); err != nil {
			return err
		}
		if _, err := c.floatAttr("ratio", 0.5); err != nil {
			return err
		}
		return c.identity()
	}
	if err := c.checkInputs(1, 3); err != nil {
		return err
	}
	if _, err := c.intAttr("seed", 0); err != nil {
		return err
	}
	if c.input(1) != "" {
		if _, err := c.constant(1, "ratio"); err != nil {
			return err
		}
	}
	if c.input(2) != "" {
		t, err := c.constant(2, "training_mode")
		if err != nil {
			return err
		}
		if t.numel() != 1 || (t.isFloat() && t.f[0] != 0) || (!t.isFloat() && t.i[0] != 0) {
			return c.errorf("input %q (training_mode) must be false: only inference is supported", c.input(2))
		}
	}
	return c.identity()
}

// opBatchNorm folds an inference batch normalization into the Conv or
// Dense computing its input: with s = γ/√(σ²+ε) per channel,
// W' = W·s and B' = (B − μ)·s + β (B = 0 without a bias), computed in
// float64 and rounded once.
func opBatchNorm(c *nodeCtx) error {
	if err := c.checkInputs(5, 5); err != nil {
		return err
	}
	x, err := c.dynamic(0)
	if err != nil {
		return err
	}
	eps, err := c.floatAttr("epsilon", 1e-5)
	if err != nil {
		return err
	}
	if _, err := c.floatAttr("momentum", 0.9); err != nil {
		return err
	}
	if c.im.opset < 9 {
		if err := c.wantInt("spatial", 1, 1, "only spatial=1 is supported"); err != nil {
			return err
		}
	}
	if c.im.opset >= 14 {
		if err := c.wantInt("training_mode", 0, 0, "only inference (training_mode=0) is supported"); err != nil {
			return err
		}
	}
	_, notFoldable := c.foldTarget(x)
	if notFoldable != nil && len(x.shape) < 2 {
		return notFoldable
	}
	ch := x.shape[1]
	var p [4][]float32 // scale, bias, mean, var
	for k, what := range []string{"scale", "B", "mean", "var"} {
		t, err := c.floatConst(k+1, what)
		if err != nil {
			return err
		}
		if len(t.shape) != 1 || t.shape[0] != ch {
			return c.errorf("input %q (%s) has shape %v, want [%d]", c.input(k+1), what, t.shape, ch)
		}
		p[k] = t.f
	}
	s := make([]float64, ch)
	for o := range s {
		d := float64(p[3][o]) + float64(eps)
		if !(d > 0) {
			return c.errorf("channel %d: variance + epsilon = %g is not positive", o, d)
		}
		s[o] = float64(p[0][o]) / math.Sqrt(d)
	}
	if notFoldable != nil {
		// A standalone normalization: the same per-channel map as an op
		// of its own (axisAffine), where the channel axis allows it.
		scale, shift := make([]float32, ch), make([]float32, ch)
		for o := range ch {
			scale[o] = float32(s[o])
			shift[o] = float32(float64(p[1][o]) - float64(p[2][o])*s[o])
		}
		return c.axisAffine(x, 1, scale, shift)
	}
	n, err := c.foldInto(x)
	if err != nil {
		return err
	}
	row := len(n.W.Data) / ch
	if n.B == nil {
		n.B = graph.NewTensor(ch)
	}
	for o := range ch {
		for k := o * row; k < (o+1)*row; k++ {
			n.W.Data[k] = float32(float64(n.W.Data[k]) * s[o])
		}
		centred := float64(n.B.Data[o]) - float64(p[2][o])
		n.B.Data[o] = float32(float64(centred*s[o]) + float64(p[1][o]))
	}
	return nil
}

// opShape folds the shape of a constant or computed value (opset 15's
// start and end select a slice of it).
func opShape(c *nodeCtx) error {
	if err := c.checkInputs(1, 1); err != nil {
		return err
	}
	shape, ok := c.shapeOf(0)
	if !ok {
		return c.errorf("input %q is not available", c.input(0))
	}
	r := int64(len(shape))
	clamp := func(v int64) int64 {
		if v < 0 {
			v += r
		}
		return min(max(v, 0), r)
	}
	lo, hi := int64(0), r
	if c.im.opset >= 15 {
		s, err := c.intAttr("start", 0)
		if err != nil {
			return err
		}
		e, err := c.intAttr("end", r)
		if err != nil {
			return err
		}
		lo, hi = clamp(s), clamp(e)
	}
	out := &tensor{shape: []int{0}, i: []int64{}}
	for k := lo; k < hi; k++ {
		out.i = append(out.i, int64(shape[k]))
	}
	out.shape[0] = len(out.i)
	return c.defineConst(out)
}

func opGather(c *nodeCtx) error {
	if err := c.checkInputs(2, 2); err != nil {
		return err
	}
	idx, err := c.intConst(1, "indices")
	if err != nil {
		return err
	}
	_, axis, err := c.axisOf(" (data)")
	if err != nil {
		return err
	}
	return c.movement([]int{0}, 0, func(data []*tensor, _ fillValue) (*tensor, error) {
		return c.im.gather(data[0], idx, axis)
	})
}

// axesList returns the axes of Squeeze/Unsqueeze: an attribute before
// opset 13, an optional constant input from 13.
func (c *nodeCtx) axesList() ([]int64, bool, error) {
	if c.im.opset < 13 {
		if err := c.checkInputs(1, 1); err != nil {
			return nil, false, err
		}
		a, err := c.intsAttr("axes")
		return a, a != nil, err
	}
	if err := c.checkInputs(1, 2); err != nil {
		return nil, false, err
	}
	if c.has("axes") {
		c.read["axes"] = true
		return nil, false, c.attrErrorf("axes", "is an input from opset 13, not an attribute")
	}
	if c.input(1) == "" {
		return nil, false, nil
	}
	t, err := c.intConst(1, "axes")
	if err != nil {
		return nil, false, err
	}
	if len(t.shape) > 1 {
		return nil, false, c.errorf("input %q (axes) has shape %v, want 1-D", c.input(1), t.shape)
	}
	return t.i, true, nil
}

func opUnsqueeze(c *nodeCtx) error {
	axes, given, err := c.axesList()
	if err != nil {
		return err
	}
	if !given {
		return c.attrErrorf("axes", "is required")
	}
	shape, ok := c.shapeOf(0)
	if !ok {
		return c.errorf("input %q is not available", c.input(0))
	}
	r := len(shape) + len(axes)
	if r > maxRank {
		return c.errorf("result rank %d exceeds %d", r, maxRank)
	}
	ins := make([]bool, r)
	for _, a := range axes {
		k, err := c.axis("axes", a, r, r-1)
		if err != nil {
			return err
		}
		if ins[k] {
			return c.errorf("axes %v repeat an axis", axes)
		}
		ins[k] = true
	}
	out := make([]int, 0, r)
	j := 0
	for k := range r {
		if ins[k] {
			out = append(out, 1)
		} else {
			out = append(out, shape[j])
			j++
		}
	}
	return c.reshapeTo(out)
}

func opSqueeze(c *nodeCtx) error {
	axes, given, err := c.axesList()
	if err != nil {
		return err
	}
	shape, ok := c.shapeOf(0)
	if !ok {
		return c.errorf("input %q is not available", c.input(0))
	}
	drop := make([]bool, len(shape))
	if given {
		for _, a := range axes {
			k, err := c.axis("axes", a, len(shape), len(shape)-1)
			if err != nil {
				return err
			}
			if shape[k] != 1 {
				return c.errorf("axis %d of shape %v is not 1", k, shape)
			}
			drop[k] = true
		}
	} else {
		for k, d := range shape {
			drop[k] = d == 1
		}
	}
	out := []int{}
	for k, d := range shape {
		if !drop[k] {
			out = append(out, d)
		}
	}
	return c.reshapeTo(out)
}

func opConcat(c *nodeCtx) error {
	n := c.nInputs()
	if n < 1 {
		return c.errorf("has no inputs")
	}
	if err := c.checkInputs(n, n); err != nil {
		return err
	}
	shape, ok := c.shapeOf(0)
	if !ok {
		return c.errorf("input %q is not available", c.input(0))
	}
	a, err := c.intAttr("axis", 0)
	if err != nil {
		return err
	}
	if !c.has("axis") {
		return c.attrErrorf("axis", "is required")
	}
	if len(shape) == 0 {
		return c.errorf("input %q is a scalar", c.input(0))
	}
	axis, err := c.axis("axis", a, len(shape), len(shape)-1)
	if err != nil {
		return err
	}
	ks := make([]int, n)
	for k := range ks {
		ks[k] = k
	}
	return c.movement(ks, 0, func(data []*tensor, _ fillValue) (*tensor, error) {
		return c.im.concat(data, axis)
	})
}

// opCast converts constants between float and int64 (INT32 is held as
// int64); a computed value may only be cast to FLOAT, which it is.
func opCast(c *nodeCtx) error {
	if err := c.checkInputs(1, 1); err != nil {
		return err
	}
	to, err := c.intAttr("to", 0)
	if err != nil {
		return err
	}
	if !c.has("to") {
		return c.attrErrorf("to", "is required")
	}
	toFloat := to == int64(onnxpb.TensorProto_FLOAT)
	if !toFloat && to != int64(onnxpb.TensorProto_INT64) && to != int64(onnxpb.TensorProto_INT32) {
		return c.attrErrorf("to", "only FLOAT, INT64 and INT32 are supported")
	}
	t, isConst := c.im.consts[c.input(0)]
	if !isConst {
		if !toFloat {
			return c.attrErrorf("to", "a computed value can only be cast to FLOAT")
		}
		return c.identity()
	}
	if t.isFloat() == toFloat {
		return c.defineConst(t)
	}
	out, err := c.im.newTensor(t.shape, toFloat)
	if err != nil {
		return c.errorf("%v", err)
	}
	if toFloat {
		for k, v := range t.i {
			out.f[k] = float32(v)
		}
		return c.defineConst(out)
	}
	for k, v := range t.f {
		if v != v || v >= 1<<63 || v < -(1<<63) {
			return c.errorf("constant %q: %v does not fit an integer", c.input(0), v)
		}
		out.i[k] = int64(v)
	}
	return c.defineConst(out)
}
