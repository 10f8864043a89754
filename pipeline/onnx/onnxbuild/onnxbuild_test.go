package onnxbuild

import (
	"bytes"
	"encoding/binary"
	"math"
	"testing"

	"google.golang.org/protobuf/proto"

	"github.com/opml-dev/opml/pipeline/onnx/internal/onnxpb"
)

func TestModel(t *testing.T) {
	m := New(11).Opset("ai.onnx.ml", 2).IRVersion(6).Name("g").
		Input("x", -1, 0, 3).
		Init("w", []int64{2}, []float32{1.5, -2}).
		InitFloatData("f", []int64{1}, []float32{3}).
		InitInt64("s", []int64{2}, 1, -1).
		Node("Conv", "conv", []string{"x", "", "w"}, []string{"y"},
			Int("group", 1), Ints("pads", 1, 2), Float("alpha", 0.5), Floats("scales", 1, 2), String("auto_pad", "VALID"),
			Tensor("value", []int64{1}, []float32{7}), TensorInt64("shape", []int64{1}, 9)).
		Op("Relu", "", "y", "z").
		Constant("c", "k", []int64{}, []float32{4}).
		Output("z").Output("y", 1, 3)
	var p onnxpb.ModelProto
	if err := proto.Unmarshal(m.Bytes(), &p); err != nil {
		t.Fatal(err)
	}
	if !proto.Equal(&p, m.Proto()) {
		t.Fatal("Bytes does not serialize Proto")
	}
	if !bytes.Equal(m.Bytes(), m.Bytes()) {
		t.Fatal("Bytes is not deterministic")
	}
	if p.GetIrVersion() != 6 || len(p.OpsetImport) != 2 || p.OpsetImport[0].GetVersion() != 11 || p.OpsetImport[1].GetDomain() != "ai.onnx.ml" {
		t.Errorf("header: %v", &p)
	}
	g := p.Graph
	if g.GetName() != "g" {
		t.Errorf("name %q", g.GetName())
	}
	dims := g.Input[0].GetType().GetTensorType().GetShape().GetDim()
	if dims[0].GetDimParam() != "N" || dims[1].GetValue() != nil || dims[2].GetDimValue() != 3 {
		t.Errorf("input dims %v", dims)
	}
	if g.Output[0].GetType().GetTensorType().GetShape() != nil || len(g.Output[1].GetType().GetTensorType().GetShape().GetDim()) != 2 {
		t.Errorf("outputs %v", g.Output)
	}
	w := g.Initializer[0]
	if w.GetDataType() != 1 || math.Float32frombits(binary.LittleEndian.Uint32(w.RawData[4:])) != -2 {
		t.Errorf("raw float initializer %v", w)
	}
	if f := g.Initializer[1]; len(f.FloatData) != 1 || f.RawData != nil {
		t.Errorf("float_data initializer %v", f)
	}
	if s := g.Initializer[2]; s.GetDataType() != 7 || int64(binary.LittleEndian.Uint64(s.RawData[8:])) != -1 {
		t.Errorf("int64 initializer %v", s)
	}
	conv := g.Node[0]
	if conv.GetName() != "conv" || len(conv.Input) != 3 || conv.Input[1] != "" || len(conv.Attribute) != 7 {
		t.Errorf("conv node %v", conv)
	}
	if g.Node[1].Name != nil {
		t.Errorf("an unnamed node has a name field")
	}
	if c := g.Node[2]; c.GetOpType() != "Constant" || c.Attribute[0].GetT() == nil {
		t.Errorf("constant node %v", c)
	}
}

func TestTyped(t *testing.T) {
	m := New(17).TypedInput("ids", Int64, 1, 4).InitBool("mask", []int64{2}, []bool{true, false})
	var p onnxpb.ModelProto
	if err := proto.Unmarshal(m.Bytes(), &p); err != nil {
		t.Fatal(err)
	}
	if et := p.Graph.Input[0].GetType().GetTensorType().GetElemType(); et != int32(onnxpb.TensorProto_INT64) {
		t.Errorf("input element type %d", et)
	}
	b := p.Graph.Initializer[0]
	if b.GetDataType() != int32(onnxpb.TensorProto_BOOL) || !bytes.Equal(b.RawData, []byte{1, 0}) || b.GetName() != "mask" {
		t.Errorf("bool initializer %v", b)
	}
}
