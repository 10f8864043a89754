package reference

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"

	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"

	"github.com/opml-dev/opml/pipeline/graph"
)

// buildMu serializes gorgonia graph construction and compilation: they
// touch package-level state of gorgonia (shared constant nodes, collision
// counters).
var buildMu sync.Mutex

// param is a learnable tensor of the gorgonia graph and where it lives in
// the graph.Graph.
type param struct {
	node  *G.Node
	index int  // graph node index
	bias  bool // B, else W
	// Dense weights are held transposed ([K, N]) in gorgonia so that the
	// product needs no transpose at run time.
	transposed bool
}

// built is a graph.Graph as a gorgonia expression graph for a batch size.
type built struct {
	eg     *G.ExprGraph
	x      *G.Node            // the input, [batch, ...]
	values map[string]*G.Node // graph value name -> gorgonia node
	order  []string           // value names: input, then node outputs
	params []param
	// logits is the input of the output Softmax node, nil if the output is
	// not a Softmax (training needs it).
	logits *G.Node
}

func withBatch(shape []int, batch int) tensor.Shape {
	s := tensor.Shape(slices.Clone(shape))
	if batch != 1 { // batch 1: the graph's shapes as they are (any rank)
		s[0] = batch
	}
	return s
}

func dense32(shape tensor.Shape, data []float32) *tensor.Dense {
	return tensor.New(tensor.WithShape(shape...), tensor.WithBacking(data))
}

// build translates g (already validated, with shapes) into gorgonia for
// the given batch size. Weights are copied. Any gorgonia panic becomes an
// error.
func build(g *graph.Graph, shapes map[string][]int, batch int) (b *built, err error) {
	buildMu.Lock()
	defer buildMu.Unlock()
	defer func() {
		if r := recover(); r != nil {
			b, err = nil, fmt.Errorf("reference: gorgonia panicked while building the graph: %v", r)
		}
	}()
	b = &built{eg: G.NewGraph(), values: map[string]*G.Node{}}
	inShape := withBatch(g.InputShape, batch)
	b.x = G.NewTensor(b.eg, tensor.Float32, len(inShape), G.WithShape(inShape...), G.WithName("input"))
	b.values[g.Input] = b.x
	b.order = append(b.order, g.Input)
	for i := range g.Nodes {
		n := &g.Nodes[i]
		out, err := b.node(i, n, shapes, batch)
		if err != nil {
			return nil, fmt.Errorf("reference: node %q (%s): %v", n.Name, n.Op, err)
		}
		if got, want := []int(out.Shape()), withBatch(shapes[n.Output], batch); !slices.Equal(got, []int(want)) {
			return nil, fmt.Errorf("reference: node %q (%s): gorgonia computes shape %v, want %v", n.Name, n.Op, got, want)
		}
		b.values[n.Output] = out
		b.order = append(b.order, n.Output)
		if n.Output == g.Output && n.Op == graph.Softmax {
			b.logits = b.values[n.Inputs[0]]
		}
	}
	return b, nil
}

// constant is an input node holding a fixed value (gorgonia's NewConstant
// deduplicates constants by name, which is unsafe for tensors).
func (b *built) constant(name string, shape tensor.Shape, data []float32) *G.Node {
	return G.NewTensor(b.eg, tensor.Float32, len(shape), G.WithShape(shape...), G.WithName(name),
		G.WithValue(dense32(shape, data)))
}

func (b *built) weights(i int, n *graph.Node, t *graph.Tensor, bias, transpose bool) *G.Node {
	shape := tensor.Shape(slices.Clone(t.Shape))
	data := slices.Clone(t.Data)
	if transpose { // [N, K] -> [K, N]
		rows, cols := t.Shape[0], t.Shape[1]
		for r := 0; r < rows; r++ {
			for c := 0; c < cols; c++ {
				data[c*rows+r] = t.Data[r*cols+c]
			}
		}
		shape = tensor.Shape{cols, rows}
	}
	what := "W"
	if bias {
		what = "B"
	}
	node := b.constant(fmt.Sprintf("n%d_%s_%s", i, n.Name, what), shape, data)
	b.params = append(b.params, param{node: node, index: i, bias: bias, transposed: transpose})
	return node
}

func (b *built) node(i int, n *graph.Node, shapes map[string][]int, batch int) (*G.Node, error) {
	in := make([]*G.Node, len(n.Inputs))
	for k, name := range n.Inputs {
		in[k] = b.values[name]
	}
	x := in[0]
	sh, sw := n.Strides[0], n.Strides[1]
	if sh == 0 {
		sh = 1
	}
	if sw == 0 {
		sw = 1
	}
	top, left, bottom, right := n.Pads[0], n.Pads[1], n.Pads[2], n.Pads[3]
	symmetric := top == bottom && left == right
	switch n.Op {
	case graph.Conv:
		w := b.weights(i, n, n.W, false, false)
		pad := []int{top, left}
		if !symmetric {
			// gorgonia's Conv2d pads symmetrically only: pad with zeros
			// explicitly, then convolve without padding.
			var err error
			if x, err = b.pad(fmt.Sprintf("n%d", i), x, n.Pads, 0); err != nil {
				return nil, err
			}
			pad = []int{0, 0}
		}
		y, err := G.Conv2d(x, w, tensor.Shape{n.Kernel[0], n.Kernel[1]}, pad, []int{sh, sw}, []int{1, 1})
		if err != nil {
			return nil, err
		}
		if n.B == nil {
			return y, nil
		}
		return G.BroadcastAdd(y, b.weights(i, n, n.B, true, false), nil, []byte{0, 2, 3})
	case graph.Dense:
		y, err := G.Mul(x, b.weights(i, n, n.W, false, true))
		if err != nil {
			return nil, err
		}
		if n.B == nil {
			return y, nil
		}
		return G.BroadcastAdd(y, b.weights(i, n, n.B, true, false), nil, []byte{0})
	case graph.Add:
		return G.Add(in[0], in[1])
	case graph.Mul:
		return G.HadamardProd(in[0], in[1])
	case graph.Max, graph.Min:
		return G.ApplyOp(pairOp(n.Op == graph.Max), in[0], in[1])
	case graph.Relu:
		return G.Rectify(x)
	case graph.MaxPool:
		return b.maxPool(i, n, x, shapes[n.Inputs[0]], shapes[n.Output], batch, [2]int{sh, sw})
	case graph.AvgPool:
		return b.avgPool(i, n, x, shapes[n.Inputs[0]], shapes[n.Output], batch, n.Kernel, [2]int{sh, sw}, n.Pads)
	case graph.GlobalAvgPool:
		// An average pool whose one window is the whole plane (gorgonia's
		// GlobalAveragePool2D has no gradient, and its Mean over two axes
		// mis-reduces some shapes in v0.9.18).
		in := shapes[n.Inputs[0]]
		return b.avgPool(i, n, x, in, shapes[n.Output], batch, [2]int{in[2], in[3]}, [2]int{1, 1}, [4]int{})
	case graph.Reshape:
		return G.Reshape(x, withBatch(n.Shape, batch))
	case graph.Softmax:
		if n.Causal != graph.CausalNone {
			return G.ApplyOp(causalSoftmaxOp(shapes[n.Inputs[0]]), x)
		}
		return G.SoftMax(x, len(x.Shape())-1)
	case graph.Embed, graph.MatMul, graph.Norm, graph.Rope, graph.GluMul:
		return G.ApplyOp(llmOp(n, shapes), in...)
	case graph.Unary:
		return G.ApplyOp(unaryOp(n.Fn), x)
	case graph.Reduce:
		return b.reduce(i, n, x, shapes[n.Inputs[0]], shapes[n.Output])
	case graph.Gather:
		dims := make([]int, len(n.Inputs))
		for k, name := range n.Inputs {
			dims[k] = len(shapes[name])
		}
		return G.ApplyOp(gatherOp(dims, n.Shape, n.Index, n.Fill), in...)
	}
	return nil, fmt.Errorf("unsupported op")
}

// pad surrounds x [N, C, H, W] with pads [top, left, bottom, right] of
// value v, by concatenation.
func (b *built) pad(prefix string, x *G.Node, pads [4]int, v float32) (*G.Node, error) {
	s := x.Shape()
	block := func(name string, h, w int) *G.Node {
		shape := tensor.Shape{s[0], s[1], h, w}
		data := make([]float32, shape.TotalSize())
		for k := range data {
			data[k] = v
		}
		return b.constant(prefix+"_pad_"+name, shape, data)
	}
	var err error
	if pads[0] > 0 || pads[2] > 0 {
		parts := []*G.Node{}
		if pads[0] > 0 {
			parts = append(parts, block("top", pads[0], s[3]))
		}
		parts = append(parts, x)
		if pads[2] > 0 {
			parts = append(parts, block("bottom", pads[2], s[3]))
		}
		if x, err = G.Concat(2, parts...); err != nil {
			return nil, err
		}
	}
	h := x.Shape()[2]
	if pads[1] > 0 || pads[3] > 0 {
		parts := []*G.Node{}
		if pads[1] > 0 {
			parts = append(parts, block("left", h, pads[1]))
		}
		parts = append(parts, x)
		if pads[3] > 0 {
			parts = append(parts, block("right", h, pads[3]))
		}
		if x, err = G.Concat(3, parts...); err != nil {
			return nil, err
		}
	}
	return x, nil
}

// maxPool is ONNX MaxPool (padding never wins), composed as: the N·C
// channels as a batch of one-channel images, explicit -Inf padding by
// concatenation, Im2Col without padding, Max over each window. gorgonia
// v0.9.18's MaxPool2D is not used: with four explicit pads it offsets the
// windows by the bottom/right pads instead of top/left, and its gradient
// indexes the input with -1 (a panic in the tape machine's goroutine,
// which cannot be recovered) when a window holds a NaN.
func (b *built) maxPool(i int, n *graph.Node, x *G.Node, inShape, outShape []int, batch int, strides [2]int) (*G.Node, error) {
	c, h, w := inShape[1], inShape[2], inShape[3]
	planes, err := G.Reshape(x, tensor.Shape{batch * c, 1, h, w})
	if err != nil {
		return nil, err
	}
	if n.Pads != [4]int{} {
		if planes, err = b.pad(fmt.Sprintf("n%d", i), planes, n.Pads, float32(math.Inf(-1))); err != nil {
			return nil, err
		}
	}
	cols, err := G.Im2Col(planes, tensor.Shape{n.Kernel[0], n.Kernel[1]}, tensor.Shape{0, 0}, tensor.Shape{strides[0], strides[1]}, tensor.Shape{1, 1})
	if err != nil {
		return nil, err
	}
	m, err := G.Max(cols, 3) // [N·C, OH, OW]
	if err != nil {
		return nil, err
	}
	return G.Reshape(m, tensor.Shape{batch, c, outShape[2], outShape[3]})
}

// avgPool is ONNX AveragePool with count_include_pad = 0, which gorgonia
// v0.9.18 lacks (its AveragePool2D divides every window sum by the input
// width). Composition: treat the N·C channels as a batch of one-channel
// images, zero-pad (symmetric pads by Im2Col, asymmetric by
// concatenation), Im2Col, Sum over each window, and divide by the number
// of window taps inside the input, a constant tensor.
func (b *built) avgPool(i int, n *graph.Node, x *G.Node, inShape, outShape []int, batch int, kernel, strides [2]int, pads [4]int) (*G.Node, error) {
	c, h, w := inShape[1], inShape[2], inShape[3]
	oh, ow := outShape[2], outShape[3]
	kh, kw := kernel[0], kernel[1]
	sh, sw := strides[0], strides[1]
	top, left, bottom, right := pads[0], pads[1], pads[2], pads[3]
	planes, err := G.Reshape(x, tensor.Shape{batch * c, 1, h, w})
	if err != nil {
		return nil, err
	}
	pad := tensor.Shape{top, left}
	if top != bottom || left != right {
		if planes, err = b.pad(fmt.Sprintf("n%d", i), planes, pads, 0); err != nil {
			return nil, err
		}
		pad = tensor.Shape{0, 0}
	}
	cols, err := G.Im2Col(planes, tensor.Shape{kh, kw}, pad, tensor.Shape{sh, sw}, tensor.Shape{1, 1})
	if err != nil {
		return nil, err
	}
	sums, err := G.Sum(cols, 3) // [N·C, OH, OW]
	if err != nil {
		return nil, err
	}
	if sums, err = G.Reshape(sums, tensor.Shape{batch, c, oh, ow}); err != nil {
		return nil, err
	}
	counts := make([]float32, batch*c*oh*ow)
	for y := 0; y < oh; y++ {
		rows := overlap(y*sh-top, kh, h)
		for z := 0; z < ow; z++ {
			cnt := float32(rows * overlap(z*sw-left, kw, w))
			for p := 0; p < batch*c; p++ {
				counts[(p*oh+y)*ow+z] = cnt
			}
		}
	}
	return G.HadamardDiv(sums, b.constant(fmt.Sprintf("n%d_%s_counts", i, n.Name), tensor.Shape{batch, c, oh, ow}, counts))
}

// overlap is the number of positions of [start, start+k) inside [0, n).
func overlap(start, k, n int) int {
	return max(0, min(start+k, n)-max(start, 0))
}

// reduce composes a Reduce: x viewed as [A, R, B] (graph.ReduceSplit),
// gorgonia.Max or gorgonia.Sum over axis 1, a division by R for the mean,
// and the result's shape.
func (b *built) reduce(i int, n *graph.Node, x *G.Node, in, out []int) (*G.Node, error) {
	A, R, B := graph.ReduceSplit(in, n.Axes)
	v, err := G.Reshape(x, tensor.Shape{A, R, B})
	if err != nil {
		return nil, err
	}
	switch n.Reduction {
	case graph.ReduceMax:
		v, err = G.Max(v, 1)
	default:
		v, err = G.Sum(v, 1)
	}
	if err != nil {
		return nil, err
	}
	if n.Reduction == graph.ReduceMean {
		scale := make([]float32, A*B)
		for k := range scale {
			scale[k] = 1 / float32(R)
		}
		if v, err = G.HadamardProd(v, b.constant(fmt.Sprintf("n%d_%s_mean", i, n.Name), tensor.Shape{A, B}, scale)); err != nil {
			return nil, err
		}
	}
	return G.Reshape(v, tensor.Shape(slices.Clone(out)))
}

// unaryOp applies f to every element (kernelOp).
func unaryOp(f graph.Fn) kernelOp {
	return kernelOp{name: fmt.Sprintf("Unary{%d, %v, %v}", f.Kind, f.Alpha, f.Beta), arity: 1,
		do: func(in [][]float32) ([]float32, error) {
			y := make([]float32, len(in[0]))
			for k, v := range in[0] {
				y[k] = float32(f.Eval(float64(v)))
			}
			return y, nil
		}}
}

// pairOp is the elementwise maximum (or minimum) of two values (kernelOp).
func pairOp(isMax bool) kernelOp {
	return kernelOp{name: fmt.Sprintf("Pair{max=%v}", isMax), arity: 2,
		do: func(in [][]float32) ([]float32, error) {
			a, b := in[0], in[1]
			if len(a) != len(b) {
				return nil, errSizes
			}
			y := make([]float32, len(a))
			for k := range y {
				if isMax {
					y[k] = max(a[k], b[k])
				} else {
					y[k] = min(a[k], b[k])
				}
			}
			return y, nil
		}}
}

// gatherOp copies elements of its inputs, taken as one sequence, by the
// index table (−1: fill) into a value of shape (kernelOp).
func gatherOp(inDims, shape, index []int, fill float32) kernelOp {
	return kernelOp{name: fmt.Sprintf("Gather{%v, %v, %v, %v}", inDims, shape, index, fill), arity: len(inDims),
		shape: tensor.Shape(slices.Clone(shape)), inDims: inDims,
		do: func(in [][]float32) ([]float32, error) {
			var src []float32
			for _, x := range in {
				src = append(src, x...)
			}
			y := make([]float32, len(index))
			for e, k := range index {
				switch {
				case k == -1:
					y[e] = fill
				case k >= 0 && k < len(src):
					y[e] = src[k]
				default:
					return nil, errors.New("index out of range")
				}
			}
			return y, nil
		}}
}
