package onnx

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strings"

	"google.golang.org/protobuf/proto"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/onnx/internal/onnxpb"
)

// What Encode writes.
const (
	ExportOpset     = 14
	ExportIRVersion = 7 // the IR version of ONNX 1.9, which introduced opset 14 (HardSwish)
)

// Encode exports g as an ONNX model (ai.onnx opset 14, IR version 7) with
// its weights as initializers, using only standard ops: Conv, Gemm
// (transB=1) for Dense, Add, Relu, MaxPool, AveragePool, GlobalAveragePool,
// Reshape (with an int64 shape initializer) and Softmax (axis -1). The bytes
// are a deterministic function of g.
//
// Decode(Encode(g)) equals g for a valid g whose name and node names are
// not empty and whose Strides are both zero (written as no strides
// attribute) or both set; Encode names an unnamed graph "opml".
func Encode(g *graph.Graph) ([]byte, error) {
	shapes, err := g.Shapes()
	if err != nil {
		return nil, fmt.Errorf("onnx: cannot encode: %v", err)
	}
	if g.InputInt {
		return nil, fmt.Errorf("onnx: cannot encode the integer (token id) input %q: the language-model ops have no encoding", g.Input)
	}
	e := &encoder{used: map[string]bool{g.Input: true}, shapes: shapes}
	for _, n := range g.Nodes {
		e.used[n.Output] = true
	}
	name := g.Name
	if name == "" {
		name = "opml"
	}
	gp := &onnxpb.GraphProto{
		Name:   proto.String(name),
		Input:  []*onnxpb.ValueInfoProto{valueInfo(g.Input, g.InputShape)},
		Output: []*onnxpb.ValueInfoProto{valueInfo(g.Output, shapes[g.Output])},
	}
	for i := range g.Nodes {
		n := &g.Nodes[i]
		np, err := e.node(n)
		if err != nil {
			return nil, err
		}
		gp.Node = append(gp.Node, e.pre...)
		e.pre = e.pre[:0]
		gp.Node = append(gp.Node, np)
	}
	gp.Initializer = e.inits
	m := &onnxpb.ModelProto{
		IrVersion:    proto.Int64(ExportIRVersion),
		ProducerName: proto.String("opml"),
		OpsetImport:  []*onnxpb.OperatorSetIdProto{{Domain: proto.String(""), Version: proto.Int64(ExportOpset)}},
		Graph:        gp,
	}
	data, err := proto.MarshalOptions{Deterministic: true}.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("onnx: %v", err)
	}
	return data, nil
}

type encoder struct {
	used   map[string]bool // value names, for initializer names
	inits  []*onnxpb.TensorProto
	pre    []*onnxpb.NodeProto // nodes the current one needs before it
	shapes map[string][]int
}

// initName returns an unused initializer name for a node's tensor.
func (e *encoder) initName(n *graph.Node, suffix string) string {
	base := n.Name
	if base == "" {
		base = n.Output
	}
	base += "." + suffix
	name := base
	for k := 1; e.used[name]; k++ {
		name = fmt.Sprintf("%s_%d", base, k)
	}
	e.used[name] = true
	return name
}

func (e *encoder) floatInit(n *graph.Node, suffix string, t *graph.Tensor) string {
	name := e.initName(n, suffix)
	raw := make([]byte, 4*len(t.Data))
	for k, v := range t.Data {
		binary.LittleEndian.PutUint32(raw[4*k:], math.Float32bits(v))
	}
	e.inits = append(e.inits, &onnxpb.TensorProto{
		Name:     proto.String(name),
		Dims:     int64s(t.Shape),
		DataType: proto.Int32(int32(onnxpb.TensorProto_FLOAT)),
		RawData:  raw,
	})
	return name
}

func (e *encoder) int64Init(n *graph.Node, suffix string, v []int) string {
	name := e.initName(n, suffix)
	raw := make([]byte, 8*len(v))
	for k, x := range v {
		binary.LittleEndian.PutUint64(raw[8*k:], uint64(int64(x)))
	}
	e.inits = append(e.inits, &onnxpb.TensorProto{
		Name:     proto.String(name),
		Dims:     []int64{int64(len(v))},
		DataType: proto.Int32(int32(onnxpb.TensorProto_INT64)),
		RawData:  raw,
	})
	return name
}

func (e *encoder) node(n *graph.Node) (*onnxpb.NodeProto, error) {
	np := &onnxpb.NodeProto{Name: proto.String(n.Name), Input: append([]string{}, n.Inputs...), Output: []string{n.Output}}
	window := func() {
		np.Attribute = append(np.Attribute, intsAttr("kernel_shape", n.Kernel[:]))
		if n.Pads != [4]int{} {
			np.Attribute = append(np.Attribute, intsAttr("pads", n.Pads[:]))
		}
		if n.Strides != [2]int{} {
			s := n.Strides
			for k := range s {
				s[k] = max(s[k], 1) // zero means 1
			}
			np.Attribute = append(np.Attribute, intsAttr("strides", s[:]))
		}
	}
	switch n.Op {
	case graph.Conv:
		np.OpType = proto.String("Conv")
		np.Input = append(np.Input, e.floatInit(n, "weight", n.W))
		if n.B != nil {
			np.Input = append(np.Input, e.floatInit(n, "bias", n.B))
		}
		window()
	case graph.Dense:
		np.OpType = proto.String("Gemm")
		np.Input = append(np.Input, e.floatInit(n, "weight", n.W))
		if n.B != nil {
			np.Input = append(np.Input, e.floatInit(n, "bias", n.B))
		}
		np.Attribute = append(np.Attribute, intAttr("transB", 1))
	case graph.Add:
		np.OpType = proto.String("Add")
	case graph.Mul, graph.Max, graph.Min:
		np.OpType = proto.String(n.Op.String())
	case graph.Relu:
		np.OpType = proto.String("Relu")
	case graph.MaxPool:
		np.OpType = proto.String("MaxPool")
		window()
	case graph.AvgPool:
		np.OpType = proto.String("AveragePool")
		window()
	case graph.GlobalAvgPool:
		np.OpType = proto.String("GlobalAveragePool")
	case graph.Reshape:
		np.OpType = proto.String("Reshape")
		np.Input = append(np.Input, e.int64Init(n, "shape", n.Shape))
	case graph.Softmax:
		if n.Causal != graph.CausalNone {
			return nil, fmt.Errorf("onnx: cannot encode node %q: a causal Softmax", n.Name)
		}
		np.OpType = proto.String("Softmax")
		np.Attribute = append(np.Attribute, intAttr("axis", -1))
	case graph.Unary:
		return e.unary(n, np)
	case graph.Gather:
		return e.gather(n)
	case graph.Reduce:
		keep := int64(0)
		if n.KeepDims {
			keep = 1
		}
		np.Attribute = append(np.Attribute, intAttr("keepdims", keep))
		switch n.Reduction {
		case graph.ReduceMax:
			np.OpType = proto.String("ReduceMax")
		case graph.ReduceMean:
			np.OpType = proto.String("ReduceMean")
		case graph.ReduceSum: // axes are an input from opset 13
			np.OpType = proto.String("ReduceSum")
			np.Input = append(np.Input, e.int64Init(n, "axes", n.Axes))
			return np, nil
		default:
			return nil, fmt.Errorf("onnx: cannot encode node %q: reduction %v", n.Name, n.Reduction)
		}
		np.Attribute = append(np.Attribute, intsAttr("axes", n.Axes))
	default:
		return nil, fmt.Errorf("onnx: cannot encode node %q: op %v", n.Name, n.Op)
	}
	return np, nil
}

// unary encodes a Unary node as the ONNX op of its function (opset 17),
// with Clip's bounds as scalar initializers. the subgraphs the importer
// recognizes... except that these have no single op at opset 17, so they
// are refused.
func (e *encoder) unary(n *graph.Node, np *onnxpb.NodeProto) (*onnxpb.NodeProto, error) {
	f := n.Fn
	op := f.Kind.String()
	float := func(name string, v float64) {
		np.Attribute = append(np.Attribute, &onnxpb.AttributeProto{Name: proto.String(name),
			Type: onnxpb.AttributeProto_FLOAT.Enum(), F: proto.Float32(float32(v))})
	}
	switch f.Kind {
	case graph.Elu, graph.Celu, graph.ThresholdedRelu, graph.LeakyRelu:
		float("alpha", f.Alpha)
	case graph.Selu:
		float("alpha", f.Alpha)
		float("gamma", f.Beta)
	case graph.HardSigmoid:
		float("alpha", f.Alpha)
		float("beta", f.Beta)
	case graph.Shrink:
		float("lambd", f.Alpha)
		float("bias", f.Beta)
	case graph.Clip:
		np.Input = append(np.Input,
			e.floatInit(n, "min", &graph.Tensor{Data: []float32{float32(f.Alpha)}}),
			e.floatInit(n, "max", &graph.Tensor{Data: []float32{float32(f.Beta)}}))
	case graph.Pow:
		np.Input = append(np.Input, e.floatInit(n, "exponent", &graph.Tensor{Data: []float32{float32(f.Alpha)}}))
	case graph.Affine:
		// Mul by Alpha (unless 1), then Add of Beta (unless 0 after a
		// Mul): the importer merges the two back into one Affine.
		scalar := func(suffix string, v float64) string {
			return e.floatInit(n, suffix, &graph.Tensor{Data: []float32{float32(v)}})
		}
		if f.Alpha != 1 {
			mul := &onnxpb.NodeProto{Name: proto.String(n.Name), OpType: proto.String("Mul"), Input: []string{n.Inputs[0], scalar("alpha", f.Alpha)}, Output: []string{n.Output}}
			if f.Beta == 0 {
				return mul, nil
			}
			mid := e.initName(n, "scaled")
			mul.Output[0] = mid
			e.pre = append(e.pre, mul)
			np.Name = proto.String(n.Name + "/add")
			np.Input = []string{mid}
		}
		np.OpType = proto.String("Add")
		np.Input = append(np.Input, scalar("beta", f.Beta))
		return np, nil
	case graph.Gelu, graph.GeluTanh, graph.Silu, graph.Mish:
		return nil, fmt.Errorf("onnx: cannot encode node %q: %v has no ONNX op at opset %d", n.Name, f, ExportOpset)
	}
	np.OpType = proto.String(op)
	return np, nil
}

// gather encodes a Gather as ONNX's own data movement on flattened
// values: Reshape of each input to one dimension, Concat of two inputs, Pad
// by one fill element (index −1 becomes that element), Gather along axis 0
// by the table, Reshape to the shape. The importer composes the chain back
// into one Gather; the first movement node takes the node's name.
func (e *encoder) gather(n *graph.Node) (*onnxpb.NodeProto, error) {
	name := n.Name
	next := func(suffix string) string { // names the movement nodes in order
		s := name
		name = n.Name + "/" + suffix
		return s
	}
	node := func(op, nodeName string, in []string, attrs ...*onnxpb.AttributeProto) string {
		out := e.initName(n, strings.ToLower(op))
		e.pre = append(e.pre, &onnxpb.NodeProto{Name: proto.String(nodeName), OpType: proto.String(op), Input: in, Output: []string{out}, Attribute: attrs})
		return out
	}
	total := 0
	var flat []string
	for k, in := range n.Inputs {
		s := e.shapes[in]
		total += graph.Numel(s)
		if len(s) != 1 {
			in = node("Reshape", fmt.Sprintf("%s/flatten%d", n.Name, k), []string{in, e.int64Init(n, fmt.Sprintf("flat%d", k), []int{graph.Numel(s)})})
		}
		flat = append(flat, in)
	}
	src := flat[0]
	if len(flat) == 2 {
		src = node("Concat", next("pad"), flat, intAttr("axis", 0))
	}
	idx := slices.Clone(n.Index)
	if slices.Contains(idx, -1) {
		fill := e.floatInit(n, "fill", &graph.Tensor{Data: []float32{n.Fill}})
		src = node("Pad", next("gather"), []string{src, e.int64Init(n, "pads", []int{0, 1}), fill})
		for k, v := range idx {
			if v == -1 {
				idx[k] = total
			}
		}
	}
	indices := e.int64Init(n, "indices", idx)
	gather := &onnxpb.NodeProto{Name: proto.String(next("shape")), OpType: proto.String("Gather"), Input: []string{src, indices},
		Output: []string{n.Output}, Attribute: []*onnxpb.AttributeProto{intAttr("axis", 0)}}
	if len(n.Shape) == 1 {
		return gather, nil
	}
	gather.Output[0] = e.initName(n, "gathered")
	e.pre = append(e.pre, gather)
	return &onnxpb.NodeProto{Name: proto.String(name), OpType: proto.String("Reshape"),
		Input: []string{gather.Output[0], e.int64Init(n, "shape", n.Shape)}, Output: []string{n.Output}}, nil
}

func int64s(v []int) []int64 {
	out := make([]int64, len(v))
	for k, x := range v {
		out[k] = int64(x)
	}
	return out
}

func intAttr(name string, v int64) *onnxpb.AttributeProto {
	return &onnxpb.AttributeProto{Name: proto.String(name), Type: onnxpb.AttributeProto_INT.Enum(), I: proto.Int64(v)}
}

func intsAttr(name string, v []int) *onnxpb.AttributeProto {
	return &onnxpb.AttributeProto{Name: proto.String(name), Type: onnxpb.AttributeProto_INTS.Enum(), Ints: int64s(v)}
}

// valueInfo describes a float tensor of a fixed shape.
func valueInfo(name string, shape []int) *onnxpb.ValueInfoProto {
	dims := make([]*onnxpb.TensorShapeProto_Dimension, len(shape))
	for k, d := range shape {
		dims[k] = &onnxpb.TensorShapeProto_Dimension{Value: &onnxpb.TensorShapeProto_Dimension_DimValue{DimValue: int64(d)}}
	}
	return &onnxpb.ValueInfoProto{
		Name: proto.String(name),
		Type: &onnxpb.TypeProto{Value: &onnxpb.TypeProto_TensorType{TensorType: &onnxpb.TypeProto_Tensor{
			ElemType: proto.Int32(int32(onnxpb.TensorProto_FLOAT)),
			Shape:    &onnxpb.TensorShapeProto{Dim: dims},
		}}},
	}
}
