// Package onnxbuild builds ONNX models op by op: for tests (the ONNX
// importer's own tests and those of packages that start from an ONNX model:
// the quantizer, the CLI) and for the project's exporters (pipeline/lm
// writes its language model with it). It writes what exporters write (float
// weights as raw_data by default, a symbolic batch dimension on request)
// and can write what they should not, so that tests can check the
// importer's errors.
//
// A Model is built by chaining calls and serialized with Bytes:
//
//	data := onnxbuild.New(13).
//		Input("x", -1, 4).
//		Init("w", []int64{3, 4}, w).
//		Node("Gemm", "fc", []string{"x", "w"}, []string{"y"}, onnxbuild.Int("transB", 1)).
//		Output("y").
//		Bytes()
//
// Bytes is deterministic. Nothing is validated: a Model is whatever the
// calls made it. Not safe for concurrent use; distinct Models are
// independent.
package onnxbuild

import (
	"encoding/binary"
	"math"

	"google.golang.org/protobuf/proto"

	"github.com/opml-dev/opml/pipeline/onnx/internal/onnxpb"
)

// Model is an ONNX ModelProto under construction.
type Model struct {
	p *onnxpb.ModelProto
}

// New starts a model importing ai.onnx at opset (none if opset is 0), IR
// version 7, producer "onnxbuild", graph name "test".
func New(opset int64) *Model {
	m := &Model{p: &onnxpb.ModelProto{
		IrVersion:    proto.Int64(7),
		ProducerName: proto.String("onnxbuild"),
		Graph:        &onnxpb.GraphProto{Name: proto.String("test")},
	}}
	if opset != 0 {
		m.Opset("", opset)
	}
	return m
}

// IRVersion sets the model's IR version.
func (m *Model) IRVersion(v int64) *Model {
	m.p.IrVersion = proto.Int64(v)
	return m
}

// Opset adds an opset import.
func (m *Model) Opset(domain string, version int64) *Model {
	m.p.OpsetImport = append(m.p.OpsetImport, &onnxpb.OperatorSetIdProto{Domain: proto.String(domain), Version: proto.Int64(version)})
	return m
}

// Name sets the graph name.
func (m *Model) Name(name string) *Model {
	m.p.Graph.Name = proto.String(name)
	return m
}

// Input adds a float graph input. A negative dimension is symbolic
// (dim_param "N"), a zero one is unknown (neither value nor parameter).
func (m *Model) Input(name string, dims ...int64) *Model {
	m.p.Graph.Input = append(m.p.Graph.Input, ValueInfo(name, int32(onnxpb.TensorProto_FLOAT), dims))
	return m
}

// Output adds a float graph output with dims as for Input; without dims
// it has no shape.
func (m *Model) Output(name string, dims ...int64) *Model {
	vi := ValueInfo(name, int32(onnxpb.TensorProto_FLOAT), dims)
	if len(dims) == 0 {
		vi.Type.GetTensorType().Shape = nil
	}
	m.p.Graph.Output = append(m.p.Graph.Output, vi)
	return m
}

// ValueInfo describes a tensor of an ONNX element type (1 is FLOAT) and
// dims as for Input.
func ValueInfo(name string, elemType int32, dims []int64) *onnxpb.ValueInfoProto {
	shape := &onnxpb.TensorShapeProto{Dim: []*onnxpb.TensorShapeProto_Dimension{}}
	for _, d := range dims {
		dim := &onnxpb.TensorShapeProto_Dimension{}
		switch {
		case d < 0:
			dim.Value = &onnxpb.TensorShapeProto_Dimension_DimParam{DimParam: "N"}
		case d > 0:
			dim.Value = &onnxpb.TensorShapeProto_Dimension_DimValue{DimValue: d}
		}
		shape.Dim = append(shape.Dim, dim)
	}
	return &onnxpb.ValueInfoProto{
		Name: proto.String(name),
		Type: &onnxpb.TypeProto{Value: &onnxpb.TypeProto_TensorType{TensorType: &onnxpb.TypeProto_Tensor{
			ElemType: proto.Int32(elemType),
			Shape:    shape,
		}}},
	}
}

// Init adds a float initializer stored as raw_data (as PyTorch writes
// them). len(data) is not checked against dims.
func (m *Model) Init(name string, dims []int64, data []float32) *Model {
	m.p.Graph.Initializer = append(m.p.Graph.Initializer, FloatTensor(name, dims, data))
	return m
}

// InitFloatData adds a float initializer stored in float_data.
func (m *Model) InitFloatData(name string, dims []int64, data []float32) *Model {
	t := &onnxpb.TensorProto{
		Name:      proto.String(name),
		Dims:      append([]int64{}, dims...),
		DataType:  proto.Int32(int32(onnxpb.TensorProto_FLOAT)),
		FloatData: append([]float32{}, data...),
	}
	m.p.Graph.Initializer = append(m.p.Graph.Initializer, t)
	return m
}

// InitInt64 adds an int64 initializer stored as raw_data.
func (m *Model) InitInt64(name string, dims []int64, data ...int64) *Model {
	m.p.Graph.Initializer = append(m.p.Graph.Initializer, Int64Tensor(name, dims, data))
	return m
}

// FloatTensor is a float TensorProto with raw_data.
func FloatTensor(name string, dims []int64, data []float32) *onnxpb.TensorProto {
	raw := make([]byte, 4*len(data))
	for k, v := range data {
		binary.LittleEndian.PutUint32(raw[4*k:], math.Float32bits(v))
	}
	return &onnxpb.TensorProto{
		Name:     proto.String(name),
		Dims:     append([]int64{}, dims...),
		DataType: proto.Int32(int32(onnxpb.TensorProto_FLOAT)),
		RawData:  raw,
	}
}

// Int64Tensor is an int64 TensorProto with raw_data.
func Int64Tensor(name string, dims []int64, data []int64) *onnxpb.TensorProto {
	raw := make([]byte, 8*len(data))
	for k, v := range data {
		binary.LittleEndian.PutUint64(raw[8*k:], uint64(v))
	}
	return &onnxpb.TensorProto{
		Name:     proto.String(name),
		Dims:     append([]int64{}, dims...),
		DataType: proto.Int32(int32(onnxpb.TensorProto_INT64)),
		RawData:  raw,
	}
}

// Node adds a node of the default (ai.onnx) domain. An empty input name is
// an omitted optional input.
func (m *Model) Node(op, name string, inputs, outputs []string, attrs ...Attr) *Model {
	n := &onnxpb.NodeProto{
		OpType: proto.String(op),
		Input:  append([]string{}, inputs...),
		Output: append([]string{}, outputs...),
	}
	if name != "" {
		n.Name = proto.String(name)
	}
	for _, a := range attrs {
		n.Attribute = append(n.Attribute, proto.Clone(a.p).(*onnxpb.AttributeProto))
	}
	m.p.Graph.Node = append(m.p.Graph.Node, n)
	return m
}

// Op adds a node with one input and one output.
func (m *Model) Op(op, name, input, output string, attrs ...Attr) *Model {
	return m.Node(op, name, []string{input}, []string{output}, attrs...)
}

// Constant adds a Constant node whose value is a float tensor.
func (m *Model) Constant(name, output string, dims []int64, data []float32) *Model {
	return m.Node("Constant", name, nil, []string{output}, Tensor("value", dims, data))
}

// Proto returns the ModelProto itself (not a copy), for changes the
// builder has no call for.
func (m *Model) Proto() *onnxpb.ModelProto { return m.p }

// Bytes serializes the model deterministically.
func (m *Model) Bytes() []byte {
	data, err := proto.MarshalOptions{Deterministic: true}.Marshal(m.p)
	if err != nil {
		panic("onnxbuild: " + err.Error()) // proto2 without required fields: cannot fail
	}
	return data
}

// Attr is a node attribute.
type Attr struct {
	p *onnxpb.AttributeProto
}

// Proto returns the AttributeProto itself.
func (a Attr) Proto() *onnxpb.AttributeProto { return a.p }

func attr(name string, t onnxpb.AttributeProto_AttributeType) *onnxpb.AttributeProto {
	return &onnxpb.AttributeProto{Name: proto.String(name), Type: t.Enum()}
}

// Int is an INT attribute.
func Int(name string, v int64) Attr {
	a := attr(name, onnxpb.AttributeProto_INT)
	a.I = proto.Int64(v)
	return Attr{a}
}

// Ints is an INTS attribute.
func Ints(name string, v ...int64) Attr {
	a := attr(name, onnxpb.AttributeProto_INTS)
	a.Ints = append([]int64{}, v...)
	return Attr{a}
}

// Float is a FLOAT attribute.
func Float(name string, v float32) Attr {
	a := attr(name, onnxpb.AttributeProto_FLOAT)
	a.F = proto.Float32(v)
	return Attr{a}
}

// Floats is a FLOATS attribute.
func Floats(name string, v ...float32) Attr {
	a := attr(name, onnxpb.AttributeProto_FLOATS)
	a.Floats = append([]float32{}, v...)
	return Attr{a}
}

// String is a STRING attribute.
func String(name, v string) Attr {
	a := attr(name, onnxpb.AttributeProto_STRING)
	a.S = []byte(v)
	return Attr{a}
}

// Tensor is a TENSOR attribute holding a float tensor.
func Tensor(name string, dims []int64, data []float32) Attr {
	a := attr(name, onnxpb.AttributeProto_TENSOR)
	a.T = FloatTensor("", dims, data)
	return Attr{a}
}

// TensorInt64 is a TENSOR attribute holding an int64 tensor.
func TensorInt64(name string, dims []int64, data ...int64) Attr {
	a := attr(name, onnxpb.AttributeProto_TENSOR)
	a.T = Int64Tensor("", dims, data)
	return Attr{a}
}
