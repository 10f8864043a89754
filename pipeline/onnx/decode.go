package onnx

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"google.golang.org/protobuf/proto"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/onnx/internal/onnxpb"
)

// The ai.onnx opsets Decode accepts.
const (
	MinOpset = 1
	MaxOpset = 17
)

// unsupportedOps says why an op is refused where the reason is a decision
// rather than work not done yet.
var unsupportedOps = map[string]string{
	"ReduceProd": "a product of many int8 values has no lowering with bounded error",
	"Hardmax":    "a one-hot of the maximum is discontinuous: inputs within one int8 step of the maximum would swap it",
}

// legacyOpset is the first opset whose definitions the importer follows;
// the models of older opsets (ONNX's opset 1 to 6, e.g. the converted
// PyTorch tests) are accepted only for legacyOps.
const legacyOpset = 7

// legacyOps are the ops whose definitions at every opset before
// legacyOpset equal the ones the importer follows wherever the attributes
// that changed are absent (an unsupported attribute such as
// consumed_inputs is an error anyway). Excluded: the broadcasting binary
// ops, Gemm, Dropout, BatchNormalization, PRelu (their broadcasting or
// training attributes changed in opset 7), Cast (its "to" was a string),
// and every op introduced later.
var legacyOps = map[string]bool{
	"Abs": true, "AveragePool": true, "Ceil": true, "Clip": true, "Concat": true, "Constant": true,
	"Conv": true, "Elu": true, "Exp": true, "Flatten": true, "Floor": true, "Gather": true,
	"GlobalAveragePool": true, "GlobalMaxPool": true, "HardSigmoid": true, "Identity": true,
	"LeakyRelu": true, "Log": true, "MatMul": true, "MaxPool": true, "Neg": true, "Reciprocal": true,
	"Relu": true, "Reshape": true, "Selu": true, "Shape": true, "Sigmoid": true, "Softmax": true,
	"Softplus": true, "Softsign": true, "Sqrt": true, "Squeeze": true, "Tanh": true,
	"Transpose": true, "Unsqueeze": true, "Pad": true, "Slice": true, "Tile": true,
	"DepthToSpace": true, "SpaceToDepth": true, "InstanceNormalization": true,
	// The reductions' opset 1 definitions equal opset 11's but for
	// negative axes, which opset 11 only adds.
	"ReduceMax": true, "ReduceMin": true, "ReduceMean": true, "ReduceSum": true, "ReduceSumSquare": true,
	"ReduceL1": true, "ReduceL2": true, "ReduceLogSum": true, "ReduceLogSumExp": true,
}

// Load reads and decodes an ONNX model file. Tensors stored as external
// data (beside the .onnx file) are not supported.
func Load(path string) (*graph.Graph, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("onnx: %w", err)
	}
	return Decode(data)
}

// Decode imports a serialized ONNX ModelProto as a normalized float graph.
// It folds constants, biases, scales and batch normalizations into the
// graph's Conv and Dense nodes (see the package documentation) and fails
// with an error prefixed "onnx: " on anything it cannot import exactly;
// errors about one node are *NodeError.
func Decode(data []byte) (*graph.Graph, error) {
	g, _, err := decode(data)
	return g, err
}

// decode is Decode, also returning the importer (for the regions it
// recognized and those it imported node by node).
func decode(data []byte) (*graph.Graph, *importer, error) {
	var m onnxpb.ModelProto
	if err := proto.Unmarshal(data, &m); err != nil {
		return nil, nil, fmt.Errorf("onnx: malformed model: %v", err)
	}
	im := &importer{budget: baseBudget + len(data)}
	g, err := im.model(&m)
	if err != nil {
		return nil, im, err
	}
	return g, im, nil
}

// value is a computed (non-constant) value of the graph being built.
// Several ONNX names may alias one value (Identity, Dropout, Cast).
type value struct {
	name     string // the graph's name for it
	shape    []int  // rank 1 to 4, positive dimensions
	producer int    // index of the graph node computing it, -1 for the input
	// uses counts the ONNX consumers of the value (Shape nodes excluded:
	// folding never changes a shape) plus one if it is the graph output.
	// A constant is folded into the producer only when uses is 1.
	uses int
}

type importer struct {
	opset  int64
	g      *graph.Graph
	consts map[string]*tensor
	vals   map[string]*value
	uses   map[string]int  // ONNX name -> consumers (excluding Shape) + graph output
	names  map[string]bool // every name in use, for generated names
	budget int             // elements left to allocate

	// The language-model regions (llm.go): the ONNX nodes, the region of
	// each node in one, and the biases that folded LayerNorm biases give
	// MatMuls (by output name).
	nodes      []*onnxpb.NodeProto
	producer   map[string]int // ONNX value name -> node index
	done       map[int]bool   // constant nodes already folded (ensureConst)
	regionOf   map[int]*region
	matMulBias map[string][]float32
	fallbacks  []string // the regions imported node by node, and why
	planned    []string // the regions found, by kind
}

var errBudget = errors.New("the model needs more memory than its size justifies")

// alloc charges n elements to the allocation budget.
func (im *importer) alloc(n int) error {
	if n < 0 || n > im.budget {
		return errBudget
	}
	im.budget -= n
	return nil
}

// cloneTensor copies a float constant into a graph tensor.
func (im *importer) cloneTensor(t *tensor) (*graph.Tensor, error) {
	if t == nil {
		return nil, nil
	}
	if err := im.alloc(len(t.f)); err != nil {
		return nil, err
	}
	return &graph.Tensor{Shape: slices.Clone(t.shape), Data: slices.Clone(t.f)}, nil
}

// genUsed returns an unused value name derived from base for a value that
// exactly one later node reads (so that it may be folded into that node,
// as the same value under an ONNX name would be).
func (im *importer) genUsed(base string) string {
	name := im.genName(base)
	im.uses[name] = 1
	return name
}

// genName returns an unused value name derived from base.
func (im *importer) genName(base string) string {
	name := base
	for k := 1; im.names[name]; k++ {
		name = fmt.Sprintf("%s_%d", base, k)
	}
	im.names[name] = true
	return name
}

func (im *importer) model(m *onnxpb.ModelProto) (*graph.Graph, error) {
	opset, err := aiOnnxOpset(m)
	if err != nil {
		return nil, err
	}
	im.opset = opset
	gp := m.GetGraph()
	if gp == nil {
		return nil, fmt.Errorf("onnx: the model has no graph")
	}
	if len(gp.SparseInitializer) > 0 {
		return nil, fmt.Errorf("onnx: sparse initializers are not supported")
	}
	im.g = &graph.Graph{Name: gp.GetName()}
	im.consts = map[string]*tensor{}
	im.vals = map[string]*value{}
	im.uses = map[string]int{}
	im.names = map[string]bool{}

	for _, t := range gp.Initializer {
		name := t.GetName()
		if name == "" {
			return nil, fmt.Errorf("onnx: an initializer has no name")
		}
		if im.names[name] {
			return nil, fmt.Errorf("onnx: initializer %q is defined twice", name)
		}
		c, err := im.parseTensor(t)
		if err != nil {
			return nil, fmt.Errorf("onnx: initializer %q: %v", name, err)
		}
		im.consts[name] = c
		im.names[name] = true
	}

	// The graph input: the one input that is not an initializer (before
	// IR version 4, initializers are listed as inputs too).
	var inputs []*onnxpb.ValueInfoProto
	var inputNames []string
	for _, in := range gp.Input {
		if _, isInit := im.consts[in.GetName()]; !isInit {
			inputs = append(inputs, in)
			inputNames = append(inputNames, fmt.Sprintf("%q", in.GetName()))
		}
	}
	if len(inputs) == 2 && (inputs[0].GetName() == PositionIDs) != (inputs[1].GetName() == PositionIDs) {
		pos, ids := inputs[0], inputs[1]
		if ids.GetName() == PositionIDs {
			pos, ids = ids, pos
		}
		if err := im.bindPositionIDs(gp, pos, ids); err != nil {
			return nil, err
		}
		inputs = []*onnxpb.ValueInfoProto{ids}
	}
	if len(inputs) != 1 {
		return nil, fmt.Errorf("onnx: the graph has %d inputs besides initializers [%s], want exactly 1 (or token ids and %s)", len(inputs), strings.Join(inputNames, " "), PositionIDs)
	}
	if len(gp.Output) != 1 {
		return nil, fmt.Errorf("onnx: the graph has %d outputs, want exactly 1", len(gp.Output))
	}
	in := inputs[0]
	if in.GetName() == "" {
		return nil, fmt.Errorf("onnx: the graph input has no name")
	}
	inShape, intInput, err := inputShape(in)
	if err != nil {
		return nil, err
	}
	im.names[in.GetName()] = true
	out := gp.Output[0].GetName()
	im.uses[out]++

	order, err := im.sortNodes(gp.Node)
	if err != nil {
		return nil, err
	}
	// Nodes none of whose outputs reach the graph output are dropped
	// before import: they are neither imported nor counted as uses, so a
	// dead consumer cannot block a fold that the same graph without it
	// would make (Encode writes the graph without them).
	for k, n := range gp.Node {
		if len(n.Output) == 0 || n.Output[0] == "" {
			return nil, nodeError(n, k, "has no output")
		}
	}
	order = liveOrder(gp.Node, order, out)
	for _, k := range order {
		n := gp.Node[k]
		if n.GetOpType() == "Shape" && (n.GetDomain() == "" || n.GetDomain() == "ai.onnx") {
			continue
		}
		for _, name := range n.Input {
			if name != "" {
				im.uses[name]++
			}
		}
	}

	im.g.Input = in.GetName()
	im.g.InputShape = inShape
	im.g.InputInt = intInput
	im.vals[in.GetName()] = &value{name: in.GetName(), shape: inShape, producer: -1, uses: im.uses[in.GetName()]}

	im.nodes = gp.Node
	im.matMulBias = map[string][]float32{}
	if err := im.plan(gp.Node, order, in.GetName(), out, intInput); err != nil {
		return nil, err
	}
	for _, k := range order {
		if im.done[k] {
			continue
		}
		if r := im.regionOf[k]; r != nil {
			if k == r.last {
				if err := im.importRegion(r, gp.Node, order); err != nil {
					return nil, err
				}
			}
			continue
		}
		if err := im.node(k, gp.Node[k]); err != nil {
			return nil, err
		}
	}

	v, ok := im.vals[out]
	if !ok {
		if _, isConst := im.consts[out]; isConst {
			return nil, fmt.Errorf("onnx: the graph output %q is a constant", out)
		}
		return nil, fmt.Errorf("onnx: the graph output %q is not computed by any node", out)
	}
	if err := checkOutput(gp.Output[0], v.shape); err != nil {
		return nil, err
	}
	im.g.Output = v.name
	im.prune()
	if err := im.g.Validate(); err != nil {
		// Not expected: the importer infers shapes as graph does.
		return nil, fmt.Errorf("onnx: internal error: imported graph is invalid: %v", err)
	}
	return im.g, nil
}

// aiOnnxOpset returns the model's ai.onnx opset version.
func aiOnnxOpset(m *onnxpb.ModelProto) (int64, error) {
	found := false
	var v int64
	for _, o := range m.OpsetImport {
		if d := o.GetDomain(); d != "" && d != "ai.onnx" {
			continue
		}
		if found {
			return 0, fmt.Errorf("onnx: the ai.onnx opset is imported twice")
		}
		found, v = true, o.GetVersion()
	}
	if !found {
		return 0, fmt.Errorf("onnx: the model imports no ai.onnx opset")
	}
	if v < MinOpset || v > MaxOpset {
		return 0, fmt.Errorf("onnx: opset %d is not supported (want %d to %d)", v, MinOpset, MaxOpset)
	}
	return v, nil
}

// inputShape reads the graph input's type: a float tensor of rank 1 to 4
// with fixed dimensions, except that a symbolic or unset first dimension
// (a batch) becomes 1; or an INT64 or INT32 tensor of token ids (isInt),
// which only embeddings may read (plan checks).
func inputShape(in *onnxpb.ValueInfoProto) (shape []int, isInt bool, err error) {
	tt := in.GetType().GetTensorType()
	if tt == nil {
		return nil, false, fmt.Errorf("onnx: the graph input %q is not a tensor", in.GetName())
	}
	switch et := tt.GetElemType(); et {
	case int32(onnxpb.TensorProto_FLOAT):
	case int32(onnxpb.TensorProto_INT64), int32(onnxpb.TensorProto_INT32):
		isInt = true
	default:
		return nil, false, fmt.Errorf("onnx: the graph input %q has element type %s, want FLOAT (or INT64/INT32 token ids)", in.GetName(), dataTypeName(et))
	}
	shape, err = inputDims(in, tt)
	return shape, isInt, err
}

// inputDims reads the graph input's dimensions.
func inputDims(in *onnxpb.ValueInfoProto, tt *onnxpb.TypeProto_Tensor) ([]int, error) {
	if tt.Shape == nil {
		return nil, fmt.Errorf("onnx: the graph input %q has no shape", in.GetName())
	}
	dims := tt.Shape.Dim
	if len(dims) < 1 || len(dims) > graph.MaxRank {
		return nil, fmt.Errorf("onnx: the graph input %q has rank %d, want 1 to %d", in.GetName(), len(dims), graph.MaxRank)
	}
	shape := make([]int, len(dims))
	for k, d := range dims {
		_, isParam := d.GetValue().(*onnxpb.TensorShapeProto_Dimension_DimParam)
		_, isValue := d.GetValue().(*onnxpb.TensorShapeProto_Dimension_DimValue)
		switch {
		case k == 0 && !isValue:
			shape[k] = 1 // a symbolic or unknown batch: batch size 1
		case isParam:
			return nil, fmt.Errorf("onnx: the graph input %q has symbolic dimension %d (%q): only the first (batch) dimension may be symbolic", in.GetName(), k, d.GetDimParam())
		case !isValue || d.GetDimValue() < 1 || d.GetDimValue() > maxDim:
			return nil, fmt.Errorf("onnx: the graph input %q has no valid size for dimension %d", in.GetName(), k)
		default:
			shape[k] = int(d.GetDimValue())
		}
	}
	if _, ok := numel(shape); !ok {
		return nil, fmt.Errorf("onnx: the graph input %q shape %v is too large", in.GetName(), shape)
	}
	return shape, nil
}

// checkOutput compares the declared output type, where given, with the
// inferred shape.
func checkOutput(out *onnxpb.ValueInfoProto, shape []int) error {
	tt := out.GetType().GetTensorType()
	if tt == nil {
		if out.GetType() != nil && out.GetType().GetValue() != nil {
			return fmt.Errorf("onnx: the graph output %q is not a tensor", out.GetName())
		}
		return nil
	}
	if et := tt.GetElemType(); et != 0 && et != int32(onnxpb.TensorProto_FLOAT) {
		return fmt.Errorf("onnx: the graph output %q has element type %s, want FLOAT", out.GetName(), dataTypeName(et))
	}
	if tt.Shape == nil {
		return nil
	}
	dims := tt.Shape.Dim
	if len(dims) != len(shape) {
		return fmt.Errorf("onnx: the graph output %q is declared with rank %d, the model computes shape %v", out.GetName(), len(dims), shape)
	}
	for k, d := range dims {
		if _, isValue := d.GetValue().(*onnxpb.TensorShapeProto_Dimension_DimValue); isValue && d.GetDimValue() != int64(shape[k]) {
			return fmt.Errorf("onnx: the graph output %q is declared with dimension %d = %d, the model computes shape %v", out.GetName(), k, d.GetDimValue(), shape)
		}
	}
	return nil
}

// sortNodes returns the nodes' indices in a topological order: the file's
// order where it is one (ONNX requires it), else the first order that
// visits each node's producers before it.
func (im *importer) sortNodes(nodes []*onnxpb.NodeProto) ([]int, error) {
	producer := map[string]int{}
	for k, n := range nodes {
		for _, o := range n.Output {
			if o == "" {
				continue
			}
			if im.names[o] {
				return nil, nodeError(n, k, "output %q is already defined", o)
			}
			im.names[o] = true
			producer[o] = k
		}
	}
	const (
		unvisited = iota
		visiting
		done
	)
	state := make([]uint8, len(nodes))
	order := make([]int, 0, len(nodes))
	// Iterative depth-first search (a deep chain must not exhaust the
	// stack): each frame is a node and the next input to look at.
	type frame struct{ node, next int }
	for root := range nodes {
		if state[root] != unvisited {
			continue
		}
		stack := []frame{{root, 0}}
		state[root] = visiting
		for len(stack) > 0 {
			f := &stack[len(stack)-1]
			n := nodes[f.node]
			if f.next == len(n.Input) {
				state[f.node] = done
				order = append(order, f.node)
				stack = stack[:len(stack)-1]
				continue
			}
			name := n.Input[f.next]
			f.next++
			if name == "" {
				continue
			}
			p, ok := producer[name]
			if !ok {
				if !im.names[name] {
					return nil, nodeError(n, f.node, "input %q is not defined", name)
				}
				continue // an initializer or the graph input
			}
			switch state[p] {
			case visiting:
				return nil, nodeError(n, f.node, "input %q depends on the node's own output (cycle)", name)
			case unvisited:
				state[p] = visiting
				stack = append(stack, frame{p, 0})
			}
		}
	}
	return order, nil
}

func nodeError(n *onnxpb.NodeProto, index int, format string, args ...any) error {
	name := n.GetName()
	if name == "" {
		name = fmt.Sprintf("%s_%d", n.GetOpType(), index)
	}
	return &NodeError{Node: name, Op: n.GetOpType(), Msg: fmt.Sprintf(format, args...)}
}

// node imports one node.
func (im *importer) node(index int, p *onnxpb.NodeProto) error {
	c, err := newNodeCtx(im, index, p)
	if err != nil {
		return err
	}
	if d := p.GetDomain(); d != "" && d != "ai.onnx" {
		return c.errorf("domain %q is not supported (only ai.onnx)", d)
	}
	if len(p.Output) == 0 || p.Output[0] == "" {
		return c.errorf("has no output")
	}
	for k, o := range p.Output[1:] {
		if o != "" && im.uses[o] > 0 && c.op != "Split" {
			return c.errorf("output %d (%q) is used, but only the first output is supported", k+1, o)
		}
	}
	h, ok := handlers[c.op]
	if !ok {
		if why, ok := unsupportedOps[c.op]; ok {
			return c.errorf("op %s is not supported: %s", c.op, why)
		}
		return c.errorf("op %s is not supported", c.op)
	}
	if im.opset < legacyOpset && !legacyOps[c.op] {
		return c.errorf("op %s at opset %d is not supported: its definition before opset %d differs from the one imported (or is not checked to be equal); re-export the model at opset %d or later", c.op, im.opset, legacyOpset, legacyOpset)
	}
	if err := h(c); err != nil {
		return err
	}
	return c.unread()
}

// defineConst makes the node's output the constant t.
func (c *nodeCtx) defineConst(t *tensor) error {
	c.im.consts[c.output()] = t
	return nil
}

// emit appends a graph node computing the node's output.
func (c *nodeCtx) emit(n graph.Node, shape []int) error {
	out := c.output()
	return c.emitAs(n, shape, out)
}

// emitAs appends a graph node computing value out (an ONNX name or a
// generated one).
func (c *nodeCtx) emitAs(n graph.Node, shape []int, out string) error {
	im := c.im
	if n.Name == "" {
		n.Name = c.name
	}
	n.Output = out
	im.g.Nodes = append(im.g.Nodes, n)
	im.vals[out] = &value{name: out, shape: shape, producer: len(im.g.Nodes) - 1, uses: im.uses[out]}
	return nil
}

// alias makes the node's output another name of v (Identity and the ops
// that are identities at inference). If v is computed by a node and this
// is its only consumer, the node's output takes the new name, so that
// graph names follow the ONNX names of the last alias.
func (c *nodeCtx) alias(v *value) error {
	im := c.im
	out := c.output()
	if v.producer >= 0 && v.uses == 1 {
		im.g.Nodes[v.producer].Output = out
		v.name = out
		v.uses = im.uses[out]
	} else {
		v.uses += im.uses[out] - 1
	}
	im.vals[out] = v
	return nil
}

// liveOrder returns the nodes of the topological order whose outputs reach
// the graph output (through the inputs of live nodes), in that order.
func liveOrder(nodes []*onnxpb.NodeProto, order []int, output string) []int {
	need := map[string]bool{output: true}
	live := make([]bool, len(nodes))
	for p := len(order) - 1; p >= 0; p-- {
		k := order[p]
		for _, o := range nodes[k].Output {
			if o != "" && need[o] {
				live[k] = true
			}
		}
		if live[k] {
			for _, in := range nodes[k].Input {
				need[in] = true
			}
		}
	}
	out := make([]int, 0, len(order))
	for _, k := range order {
		if live[k] {
			out = append(out, k)
		}
	}
	return out
}

// prune drops nodes whose outputs do not reach the graph output.
func (im *importer) prune() {
	need := map[string]bool{im.g.Output: true}
	keep := make([]bool, len(im.g.Nodes))
	for k := len(im.g.Nodes) - 1; k >= 0; k-- {
		n := &im.g.Nodes[k]
		if need[n.Output] {
			keep[k] = true
			for _, in := range n.Inputs {
				need[in] = true
			}
		}
	}
	nodes := im.g.Nodes[:0]
	for k, n := range im.g.Nodes {
		if keep[k] {
			nodes = append(nodes, n)
		}
	}
	im.g.Nodes = slices.Clip(nodes)
}
