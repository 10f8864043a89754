package onnx

import (
	"fmt"

	"google.golang.org/protobuf/proto"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/onnx/internal/onnxpb"
)

// DecodeTensor reads a serialized FLOAT TensorProto (such as the
// input_*.pb and output_*.pb files of ONNX's backend tests) as a graph
// tensor of the same shape, with the decoder and limits Decode uses for
// initializers. Other data types, external data and malformed tensors are
// errors prefixed "onnx: ".
func DecodeTensor(data []byte) (*graph.Tensor, error) {
	var p onnxpb.TensorProto
	if err := proto.Unmarshal(data, &p); err != nil {
		return nil, fmt.Errorf("onnx: malformed tensor: %v", err)
	}
	if dt := p.GetDataType(); dt != int32(onnxpb.TensorProto_FLOAT) {
		return nil, fmt.Errorf("onnx: tensor %q has element type %s, want FLOAT", p.GetName(), dataTypeName(dt))
	}
	im := &importer{budget: baseBudget + len(data)}
	t, err := im.parseTensor(&p)
	if err != nil {
		return nil, fmt.Errorf("onnx: tensor %q: %v", p.GetName(), err)
	}
	return &graph.Tensor{Shape: t.shape, Data: t.f}, nil
}
