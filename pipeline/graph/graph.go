package graph

import (
	"fmt"
	"math"
	"slices"
)

// Op is a node's operation.
type Op int

// The ops. Values have rank 1 to 4; Conv and the pools take NCHW inputs
// with batch N = 1, Dense takes rows [M, K], and the
// elementwise ops (Add, Mul, Max, Min, Relu, Unary), Reshape, Reduce,
// Gather and Softmax (over
// the last axis) take any shape.
const (
	// Conv: 2-D convolution, group 1. Inputs: x [1, C, H, W]. W is
	// [OC, C, KH, KW], B is [OC] or nil. Output [1, OC, OH, OW].
	Conv Op = iota + 1
	// Dense: y = x · Wᵀ + B with x [M, K] (M rows), W [N, K], B [N] or nil
	// (ONNX Gemm with transB normalized, or MatMul). Output [M, N].
	Dense
	// Add: elementwise sum of two values of the same shape.
	Add
	// Relu: max(x, 0).
	Relu
	// MaxPool, AvgPool: 2-D pooling of x [1, C, H, W] with Kernel, Strides
	// and Pads; AvgPool divides by the number of taps inside the input
	// (ONNX count_include_pad = 0).
	MaxPool
	AvgPool
	// GlobalAvgPool: the mean over H and W: [1, C, H, W] -> [1, C, 1, 1].
	GlobalAvgPool
	// Reshape: the same elements in row-major order with shape Shape
	// (ONNX Flatten is a Reshape to [1, C·H·W]).
	Reshape
	// Softmax over the last axis of x (each row), any shape; with Causal
	// = CausalN, row m of each [L, L] matrix over its first m + 1
	// elements (llm.go).
	Softmax
	// Unary: the elementwise function Fn of x, any shape.
	Unary
	// Gather: data movement. Output element e (row-major, shape Shape) is
	// element Index[e] of the inputs (one or two) taken as one row-major
	// sequence, input 0's elements first, or Fill where Index[e] is −1.
	// Transpose, Slice, Pad, Expand, Tile, Concat, DepthToSpace,
	// SpaceToDepth and Gather with constant indices are Gathers.
	Gather
	// Mul, Max, Min: the elementwise product, maximum and minimum of two
	// values of the same shape.
	Mul
	Max
	Min
	// Reduce: the Reduction (max, mean or sum) of x over the contiguous
	// axes Axes (sorted, at least one), keeping them as size 1 if KeepDims;
	// the result has rank ≥ 1.
	Reduce
	// The language-model ops (llm.go): Embed, MatMul, Norm, Rope, GluMul.
	Embed
	MatMul
	Norm
	Rope
	GluMul
)

// Reduction is what a Reduce node computes over its axes.
type Reduction int

// The reductions.
const (
	ReduceMax Reduction = iota + 1
	ReduceMean
	ReduceSum
)

func (r Reduction) String() string {
	switch r {
	case ReduceMax:
		return "max"
	case ReduceMean:
		return "mean"
	case ReduceSum:
		return "sum"
	}
	return fmt.Sprintf("Reduction(%d)", int(r))
}

var opNames = map[Op]string{
	Conv: "Conv", Dense: "Dense", Add: "Add", Relu: "Relu", MaxPool: "MaxPool", AvgPool: "AvgPool",
	GlobalAvgPool: "GlobalAvgPool", Reshape: "Reshape", Softmax: "Softmax", Unary: "Unary",
	Reduce: "Reduce", Gather: "Gather", Mul: "Mul", Max: "Max", Min: "Min",
	Embed: "Embed", MatMul: "MatMul", Norm: "Norm", Rope: "Rope", GluMul: "GluMul",
}

func (o Op) String() string {
	if s, ok := opNames[o]; ok {
		return s
	}
	return fmt.Sprintf("Op(%d)", int(o))
}

// Tensor is a float32 constant, row-major.
type Tensor struct {
	Shape []int
	Data  []float32
}

// NewTensor returns a zero tensor of this shape.
func NewTensor(shape ...int) *Tensor {
	return &Tensor{Shape: slices.Clone(shape), Data: make([]float32, Numel(shape))}
}

// Numel is the number of elements of a shape (1 for a scalar).
func Numel(shape []int) int {
	n := 1
	for _, d := range shape {
		n *= d
	}
	return n
}

// Clone returns a deep copy.
func (t *Tensor) Clone() *Tensor {
	if t == nil {
		return nil
	}
	return &Tensor{Shape: slices.Clone(t.Shape), Data: slices.Clone(t.Data)}
}

// Node is one operation. Inputs and Output name values: the graph input or
// another node's output.
type Node struct {
	Name   string // for errors; the ONNX node name or a generated one
	Op     Op
	Inputs []string
	Output string

	W, B *Tensor // Conv, Dense; Embed (W the table); Rope (W cos, B sin)

	Kernel  [2]int // Conv (from W), MaxPool, AvgPool: [KH, KW]
	Strides [2]int // [SH, SW]; zero means 1
	Pads    [4]int // [top, left, bottom, right]

	Shape []int // Reshape, Gather: the output shape, fully resolved

	Index []int   // Gather: per output element, an input element or −1
	Fill  float32 // Gather: the value of the −1 entries

	Fn Fn // Unary

	Reduction Reduction // Reduce
	Axes      []int     // Reduce: sorted, contiguous
	KeepDims  bool      // Reduce

	Causal Causal   // MatMul: the mask mode; Softmax: CausalN or none
	Group  int      // MatMul: query rows per B row group (G); zero means 1
	Scale  float32  // MatMul: a factor on every product sum; zero means 1
	Norm   NormMode // Norm
	Eps    float32  // Norm: added to the mean square (variance)
}

// Graph is a model: Input (of shape InputShape) through Nodes to Output.
// InputInt marks an integer input (token ids): its values are integers
// (held as float32 by the float reference, exact below 2^24), and only
// Embed nodes may read it.
type Graph struct {
	Name       string
	Input      string
	InputShape []int
	InputInt   bool
	Nodes      []Node
	Output     string
}

// Clone returns a deep copy.
func (g *Graph) Clone() *Graph {
	c := *g
	c.InputShape = slices.Clone(g.InputShape)
	c.Nodes = make([]Node, len(g.Nodes))
	for i, n := range g.Nodes {
		n.Inputs = slices.Clone(n.Inputs)
		n.W, n.B = n.W.Clone(), n.B.Clone()
		n.Shape = slices.Clone(n.Shape)
		n.Axes = slices.Clone(n.Axes)
		n.Index = slices.Clone(n.Index)
		c.Nodes[i] = n
	}
	return &c
}

func (n *Node) errorf(format string, args ...any) error {
	return fmt.Errorf("graph: node %q (%s): "+format, append([]any{n.Name, n.Op}, args...)...)
}

// stride returns the effective strides (zero means 1).
func (n *Node) stride() (int, int) {
	sh, sw := n.Strides[0], n.Strides[1]
	if sh == 0 {
		sh = 1
	}
	if sw == 0 {
		sw = 1
	}
	return sh, sw
}

// MaxRank is the largest rank of a value (the VM's tensors have rank ≤ 4).
const MaxRank = 4

// MaxElements bounds the number of elements of every value and weight
// tensor of a valid graph, so that no element count overflows an int.
const MaxElements = 1 << 30

// checkedNumel is Numel, or false if the count exceeds MaxElements (or a
// dimension is negative).
func checkedNumel(shape []int) (int, bool) {
	n := 1
	for _, d := range shape {
		if d < 0 || (d > 0 && n > MaxElements/d) {
			return 0, false
		}
		n *= d
	}
	return n, n <= MaxElements
}

// tensorOK checks that t has rank r and exactly Numel(t.Shape) elements,
// with a count that cannot overflow.
func tensorOK(t *Tensor, r int) bool {
	if t == nil || len(t.Shape) != r {
		return false
	}
	n, ok := checkedNumel(t.Shape)
	return ok && len(t.Data) == n
}

// PoolOut is the output size of a window of size k, stride s and pads
// (lo, hi) over n positions: floor((n + lo + hi - k) / s) + 1, or false if
// the window does not fit.
func PoolOut(n, k, s, lo, hi int) (int, bool) {
	if k < 1 || s < 1 || lo < 0 || hi < 0 || n+lo+hi < k {
		return 0, false
	}
	return (n+lo+hi-k)/s + 1, true
}

// Shapes checks the graph and returns the shape of every value.
func (g *Graph) Shapes() (map[string][]int, error) {
	if g.Input == "" || g.Output == "" {
		return nil, fmt.Errorf("graph: input and output must be named")
	}
	if len(g.InputShape) == 0 || len(g.InputShape) > MaxRank {
		return nil, fmt.Errorf("graph: input shape %v must have rank 1 to %d", g.InputShape, MaxRank)
	}
	for _, d := range g.InputShape {
		if d < 1 {
			return nil, fmt.Errorf("graph: input shape %v has a non-positive dimension", g.InputShape)
		}
	}
	if _, ok := checkedNumel(g.InputShape); !ok {
		return nil, fmt.Errorf("graph: input shape %v has more than %d elements", g.InputShape, MaxElements)
	}
	shapes := map[string][]int{g.Input: slices.Clone(g.InputShape)}
	for i := range g.Nodes {
		n := &g.Nodes[i]
		in := make([][]int, len(n.Inputs))
		for k, name := range n.Inputs {
			s, ok := shapes[name]
			if !ok {
				return nil, n.errorf("input %q is not the graph input or an earlier node's output", name)
			}
			in[k] = s
		}
		want := 1
		switch {
		case n.Op == Add, n.Op == Mul, n.Op == Max, n.Op == Min, n.Op == MatMul, n.Op == GluMul:
			want = 2
		case n.Op == Gather && len(in) == 2:
			want = 2
		}
		if len(in) != want {
			return nil, n.errorf("has %d inputs, want %d", len(in), want)
		}
		if err := g.checkIntInput(n); err != nil {
			return nil, err
		}
		out, err := n.outShape(in)
		if err != nil {
			return nil, err
		}
		if _, ok := checkedNumel(out); !ok {
			return nil, n.errorf("output shape %v has more than %d elements", out, MaxElements)
		}
		if n.Output == "" {
			return nil, n.errorf("output is not named")
		}
		if _, dup := shapes[n.Output]; dup {
			return nil, n.errorf("output %q is already defined", n.Output)
		}
		shapes[n.Output] = out
	}
	if _, ok := shapes[g.Output]; !ok {
		return nil, fmt.Errorf("graph: output %q is not produced by any node", g.Output)
	}
	return shapes, nil
}

// Validate checks the graph.
func (g *Graph) Validate() error {
	_, err := g.Shapes()
	return err
}

func rank4(s []int) bool { return len(s) == 4 && s[0] == 1 }

func (n *Node) outShape(in [][]int) ([]int, error) {
	x := in[0]
	switch n.Op {
	case Conv:
		if !rank4(x) {
			return nil, n.errorf("input shape %v is not [1, C, H, W]", x)
		}
		if !tensorOK(n.W, 4) || n.W.Shape[0] < 1 || n.W.Shape[1] != x[1] {
			return nil, n.errorf("weights must be [OC, %d, KH, KW] with OC ≥ 1", x[1])
		}
		if n.Kernel != [2]int{n.W.Shape[2], n.W.Shape[3]} {
			return nil, n.errorf("kernel %v does not match weights %v", n.Kernel, n.W.Shape)
		}
		if err := n.checkBias(n.W.Shape[0]); err != nil {
			return nil, err
		}
		return n.window(x, n.W.Shape[0])
	case Dense:
		if len(x) != 2 {
			return nil, n.errorf("input shape %v is not [M, K]", x)
		}
		if !tensorOK(n.W, 2) || n.W.Shape[0] < 1 || n.W.Shape[1] != x[1] {
			return nil, n.errorf("weights must be [N, %d] with N ≥ 1", x[1])
		}
		if err := n.checkBias(n.W.Shape[0]); err != nil {
			return nil, err
		}
		return []int{x[0], n.W.Shape[0]}, nil
	case Add, Mul, Max, Min:
		if !slices.Equal(in[0], in[1]) {
			return nil, n.errorf("input shapes %v and %v differ", in[0], in[1])
		}
		return slices.Clone(x), nil
	case Relu:
		return slices.Clone(x), nil
	case Unary:
		if err := n.Fn.Check(); err != nil {
			return nil, n.errorf("%v", err)
		}
		return slices.Clone(x), nil
	case Reduce:
		return n.reduceShape(x)
	case Gather:
		return n.gatherShape(in)
	case MaxPool, AvgPool:
		if !rank4(x) {
			return nil, n.errorf("input shape %v is not [1, C, H, W]", x)
		}
		return n.window(x, x[1])
	case GlobalAvgPool:
		if !rank4(x) {
			return nil, n.errorf("input shape %v is not [1, C, H, W]", x)
		}
		return []int{1, x[1], 1, 1}, nil
	case Reshape:
		if len(n.Shape) == 0 || len(n.Shape) > MaxRank || Numel(n.Shape) != Numel(x) {
			return nil, n.errorf("shape %v: want rank 1 to %d and %d elements", n.Shape, MaxRank, Numel(x))
		}
		for _, d := range n.Shape {
			if d < 1 {
				return nil, n.errorf("shape %v has a non-positive dimension", n.Shape)
			}
		}
		return slices.Clone(n.Shape), nil
	case Softmax:
		return n.softmaxShape(x)
	case Embed, MatMul, Norm, Rope, GluMul:
		return n.llmShape(in)
	}
	return nil, n.errorf("unknown op")
}

// reduceShape checks a Reduce node's axes against x and returns the
// result's shape.
func (n *Node) reduceShape(x []int) ([]int, error) {
	if n.Reduction < ReduceMax || n.Reduction > ReduceSum {
		return nil, n.errorf("unknown reduction %v", n.Reduction)
	}
	if len(n.Axes) == 0 {
		return nil, n.errorf("no axes")
	}
	for k, a := range n.Axes {
		if a < 0 || a >= len(x) || (k > 0 && a != n.Axes[k-1]+1) {
			return nil, n.errorf("axes %v are not sorted, contiguous axes of a rank-%d value", n.Axes, len(x))
		}
	}
	var out []int
	for k, d := range x {
		if !slices.Contains(n.Axes, k) {
			out = append(out, d)
		} else if n.KeepDims {
			out = append(out, 1)
		}
	}
	if len(out) == 0 {
		return nil, n.errorf("reducing every axis without keeping them gives a scalar; values have rank ≥ 1")
	}
	return out, nil
}

// gatherShape checks a Gather node's index table against its inputs.
func (n *Node) gatherShape(in [][]int) ([]int, error) {
	if len(n.Shape) == 0 || len(n.Shape) > MaxRank {
		return nil, n.errorf("shape %v: want rank 1 to %d", n.Shape, MaxRank)
	}
	for _, d := range n.Shape {
		if d < 1 {
			return nil, n.errorf("shape %v has a non-positive dimension", n.Shape)
		}
	}
	numel, ok := checkedNumel(n.Shape)
	if !ok || len(n.Index) != numel {
		return nil, n.errorf("index table has %d entries for shape %v", len(n.Index), n.Shape)
	}
	total := 0
	for _, s := range in {
		total += Numel(s)
	}
	for e, k := range n.Index {
		if k < -1 || k >= total {
			return nil, n.errorf("index %d of entry %d is outside [-1, %d)", k, e, total)
		}
	}
	if math.IsNaN(float64(n.Fill)) || math.IsInf(float64(n.Fill), 0) {
		return nil, n.errorf("fill %v is not finite", n.Fill)
	}
	return slices.Clone(n.Shape), nil
}

// ReduceSplit views a value of shape x reduced over the contiguous axes
// as [A, R, B]: A the product of the dimensions before the axes, R of the
// reduced ones, B of those after.
func ReduceSplit(x, axes []int) (A, R, B int) {
	lo, hi := axes[0], axes[len(axes)-1]
	return Numel(x[:lo]), Numel(x[lo : hi+1]), Numel(x[hi+1:])
}

func (n *Node) checkBias(out int) error {
	if n.B != nil && (!tensorOK(n.B, 1) || n.B.Shape[0] != out) {
		return n.errorf("bias shape %v, want [%d]", n.B.Shape, out)
	}
	return nil
}

func (n *Node) window(x []int, oc int) ([]int, error) {
	sh, sw := n.stride()
	oh, ok1 := PoolOut(x[2], n.Kernel[0], sh, n.Pads[0], n.Pads[2])
	ow, ok2 := PoolOut(x[3], n.Kernel[1], sw, n.Pads[1], n.Pads[3])
	if !ok1 || !ok2 {
		return nil, n.errorf("kernel %v, strides %v, pads %v do not fit input %v", n.Kernel, n.Strides, n.Pads, x)
	}
	if n.Op != Conv && (n.Pads[0] >= n.Kernel[0] || n.Pads[2] >= n.Kernel[0] || n.Pads[1] >= n.Kernel[1] || n.Pads[3] >= n.Kernel[1]) {
		return nil, n.errorf("pads %v: a pooling window would lie entirely in the padding", n.Pads)
	}
	return []int{1, oc, oh, ow}, nil
}

// Argmax is the index of the largest element, the first one on ties; NaN
// never wins; -1 for an empty slice.
func Argmax(v []float32) int {
	best := -1
	for k, f := range v {
		if math.IsNaN(float64(f)) {
			continue
		}
		if best < 0 || f > v[best] {
			best = k
		}
	}
	if best < 0 && len(v) > 0 {
		return 0
	}
	return best
}
