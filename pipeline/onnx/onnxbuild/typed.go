package onnxbuild

import (
	"google.golang.org/protobuf/proto"

	"github.com/opml-dev/opml/pipeline/onnx/internal/onnxpb"
)

// ONNX element types (TensorProto.DataType) that the typed calls take.
const (
	Float32 int32 = 1
	Int64   int32 = 7
	Bool    int32 = 9
)

// TypedInput adds a graph input of an ONNX element type (e.g. Int64 for
// token ids), dims as for Input.
func (m *Model) TypedInput(name string, elemType int32, dims ...int64) *Model {
	m.p.Graph.Input = append(m.p.Graph.Input, ValueInfo(name, elemType, dims))
	return m
}

// InitBool adds a bool initializer stored as raw_data (one byte each).
func (m *Model) InitBool(name string, dims []int64, data []bool) *Model {
	m.p.Graph.Initializer = append(m.p.Graph.Initializer, BoolTensor(name, dims, data))
	return m
}

// BoolTensor is a bool TensorProto with raw_data.
func BoolTensor(name string, dims []int64, data []bool) *onnxpb.TensorProto {
	raw := make([]byte, len(data))
	for k, v := range data {
		if v {
			raw[k] = 1
		}
	}
	return &onnxpb.TensorProto{
		Name:     proto.String(name),
		Dims:     append([]int64{}, dims...),
		DataType: proto.Int32(int32(onnxpb.TensorProto_BOOL)),
		RawData:  raw,
	}
}
