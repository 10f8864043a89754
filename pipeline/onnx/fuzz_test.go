package onnx

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"google.golang.org/protobuf/proto"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/onnx/internal/onnxpb"
)

// seedModels are valid and invalid models: every TestDecode and
// TestDecodeErrors model and encoded random graphs.
func seedModels() [][]byte {
	var seeds [][]byte
	for _, tc := range decodeCases() {
		seeds = append(seeds, tc.model.Bytes())
	}
	for _, tc := range errorCases() {
		if tc.model != nil {
			seeds = append(seeds, tc.model.Bytes())
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	for _, g := range []*graph.Graph{cnn(), gapGraph(), randGraph(r), randGraph(r), randGraph(r)} {
		data, err := Encode(g)
		if err != nil {
			panic(err)
		}
		seeds = append(seeds, data)
	}
	// Language models: small, in the forms that exercise every region.
	for _, f := range []lmForm{
		{V: 5, T: 3, D: 4, H: 2, Hkv: 1, F: 3, layers: 1, rope: "half", mask: "where", norm: "pow"},
		{V: 5, T: 3, D: 4, H: 2, Hkv: 2, F: 3, layers: 1, rope: "pairs", mask: "trilu", norm: "layerdec"},
		{V: 5, T: 3, D: 4, H: 1, Hkv: 1, F: 3, layers: 1, rope: "step", mask: "add", norm: "simplified"},
	} {
		seeds = append(seeds, f.build(1).Bytes())
	}
	return seeds
}

// checkDecoded is the property every input must have: Decode fails with an
// "onnx: " error, or returns a valid graph that Encode exports and Decode
// imports back unchanged (a language model, whose ops have no ONNX
// encoding, must be refused by Encode with an "onnx: " error).
func checkDecoded(t *testing.T, data []byte) {
	g, err := Decode(data)
	if err != nil {
		if !strings.HasPrefix(err.Error(), "onnx: ") {
			t.Fatalf("error without prefix: %v", err)
		}
		return
	}
	if err := g.Validate(); err != nil {
		t.Fatalf("Decode returned an invalid graph: %v", err)
	}
	enc, err := Encode(g)
	if g.InputInt {
		if err == nil || !strings.HasPrefix(err.Error(), "onnx: ") {
			t.Fatalf("Encode of a language model: %v, want an onnx: error", err)
		}
		return
	}
	if err != nil {
		t.Fatalf("Encode of a decoded graph: %v", err)
	}
	back, err := Decode(enc)
	if err != nil {
		t.Fatalf("Decode(Encode(Decode(data))): %v", err)
	}
	if g.Name == "" {
		g.Name = "opml"
	}
	if d := sameBits(back, g); d != "" {
		t.Fatalf("round trip of a decoded graph differs: %s", d)
	}
}

// sameBits compares graphs exactly (floats by bits, so NaNs compare).
func sameBits(a, b *graph.Graph) string {
	if a.Name != b.Name {
		return fmt.Sprintf("name %q, want %q", a.Name, b.Name)
	}
	if d := diffGraph(a, b); d != "" {
		return d
	}
	for i := range a.Nodes {
		for _, p := range [][2]*graph.Tensor{{a.Nodes[i].W, b.Nodes[i].W}, {a.Nodes[i].B, b.Nodes[i].B}} {
			if p[0] == nil {
				continue
			}
			for k := range p[0].Data {
				if math.Float32bits(p[0].Data[k]) != math.Float32bits(p[1].Data[k]) {
					return fmt.Sprintf("node %d tensor value %d: %v, want %v", i, k, p[0].Data[k], p[1].Data[k])
				}
			}
		}
	}
	return ""
}

// FuzzDecode decodes arbitrary bytes; the seeds are valid and invalid
// models, so byte mutations of them reach the importer.
func FuzzDecode(f *testing.F) {
	for _, s := range seedModels() {
		f.Add(s)
	}
	f.Add([]byte{})
	f.Add([]byte("\x0a\x05not a model"))
	f.Fuzz(checkDecoded)
}

// FuzzDecodeMutated applies structured mutations (attribute values, op
// types, dims, inputs, opsets, data) to a seed model, which reach deeper
// into the importer than byte mutations.
func FuzzDecodeMutated(f *testing.F) {
	seeds := seedModels()
	for k := range seeds {
		f.Add(uint16(k), []byte{})
		f.Add(uint16(k), []byte{byte(k), byte(k * 7), byte(k * 13)})
	}
	f.Fuzz(func(t *testing.T, which uint16, ops []byte) {
		var m onnxpb.ModelProto
		if err := proto.Unmarshal(seeds[int(which)%len(seeds)], &m); err != nil {
			t.Fatal(err)
		}
		for len(ops) >= 3 {
			mutateModel(&m, ops[0], int(ops[1]), ops[2])
			ops = ops[3:]
		}
		data, err := proto.Marshal(&m)
		if err != nil {
			return
		}
		checkDecoded(t, data)
	})
}

var fuzzOps = []string{"Conv", "Gemm", "MatMul", "Add", "Sub", "Mul", "Div", "Relu", "MaxPool", "AveragePool",
	"GlobalAveragePool", "Flatten", "Reshape", "Transpose", "Softmax", "Constant", "Identity", "Dropout",
	"BatchNormalization", "Shape", "Gather", "Unsqueeze", "Squeeze", "Concat", "Cast", "Sigmoid"}

var fuzzAttrs = []*onnxpb.AttributeProto{
	{Name: proto.String("group"), Type: onnxpb.AttributeProto_INT.Enum(), I: proto.Int64(2)},
	{Name: proto.String("auto_pad"), Type: onnxpb.AttributeProto_STRING.Enum(), S: []byte("SAME_UPPER")},
	{Name: proto.String("auto_pad"), Type: onnxpb.AttributeProto_STRING.Enum(), S: []byte("SAME_LOWER")},
	{Name: proto.String("auto_pad"), Type: onnxpb.AttributeProto_STRING.Enum(), S: []byte("VALID")},
	{Name: proto.String("ceil_mode"), Type: onnxpb.AttributeProto_INT.Enum(), I: proto.Int64(1)},
	{Name: proto.String("axis"), Type: onnxpb.AttributeProto_INT.Enum(), I: proto.Int64(-1)},
	{Name: proto.String("transB"), Type: onnxpb.AttributeProto_INT.Enum(), I: proto.Int64(1)},
	{Name: proto.String("strides"), Type: onnxpb.AttributeProto_INTS.Enum(), Ints: []int64{2, 2}},
	{Name: proto.String("pads"), Type: onnxpb.AttributeProto_INTS.Enum(), Ints: []int64{1, 0, 0, 1}},
	{Name: proto.String("kernel_shape"), Type: onnxpb.AttributeProto_INTS.Enum(), Ints: []int64{2, 2}},
	{Name: proto.String("perm"), Type: onnxpb.AttributeProto_INTS.Enum(), Ints: []int64{1, 0}},
	{Name: proto.String("axes"), Type: onnxpb.AttributeProto_INTS.Enum(), Ints: []int64{0}},
	{Name: proto.String("alpha"), Type: onnxpb.AttributeProto_FLOAT.Enum(), F: proto.Float32(2)},
	{Name: proto.String("count_include_pad"), Type: onnxpb.AttributeProto_INT.Enum(), I: proto.Int64(1)},
}

// mutateModel applies mutation kind to the model, with parameters a and b.
func mutateModel(m *onnxpb.ModelProto, kind byte, a int, b byte) {
	g := m.GetGraph()
	if g == nil {
		return
	}
	var node *onnxpb.NodeProto
	if len(g.Node) > 0 {
		node = g.Node[a%len(g.Node)]
	}
	small := int64(int8(b)) // -128..127
	switch kind % 14 {
	case 0: // an int attribute's value
		if node != nil && len(node.Attribute) > 0 {
			at := node.Attribute[int(b)%len(node.Attribute)]
			at.I = proto.Int64(small % 8)
			if len(at.Ints) > 0 {
				at.Ints[int(b)%len(at.Ints)] = small % 6
			}
		}
	case 1: // the op type
		if node != nil {
			node.OpType = proto.String(fuzzOps[int(b)%len(fuzzOps)])
		}
	case 2: // drop a node
		if node != nil {
			g.Node = slices.Delete(g.Node, a%len(g.Node), a%len(g.Node)+1)
		}
	case 3: // rewire an input to another value
		if node != nil && len(node.Input) > 0 {
			var names []string
			for _, n := range g.Node {
				names = append(names, n.Output...)
			}
			for _, i := range g.Initializer {
				names = append(names, i.GetName())
			}
			for _, i := range g.Input {
				names = append(names, i.GetName())
			}
			node.Input[int(b)%len(node.Input)] = names[a%len(names)]
		}
	case 4: // an initializer's dims
		if len(g.Initializer) > 0 {
			t := g.Initializer[a%len(g.Initializer)]
			if len(t.Dims) > 0 {
				t.Dims[int(b)%len(t.Dims)] += small % 3
			} else {
				t.Dims = []int64{small % 4}
			}
		}
	case 5: // the opset
		for _, o := range m.OpsetImport {
			o.Version = proto.Int64(6 + int64(b)%13)
		}
	case 6: // drop an attribute
		if node != nil && len(node.Attribute) > 0 {
			k := int(b) % len(node.Attribute)
			node.Attribute = slices.Delete(node.Attribute, k, k+1)
		}
	case 7: // add an attribute
		if node != nil {
			node.Attribute = append(node.Attribute, proto.Clone(fuzzAttrs[int(b)%len(fuzzAttrs)]).(*onnxpb.AttributeProto))
		}
	case 8: // an input dimension
		if len(g.Input) > 0 {
			dims := g.Input[0].GetType().GetTensorType().GetShape().GetDim()
			if len(dims) > 0 {
				dims[a%len(dims)].Value = &onnxpb.TensorShapeProto_Dimension_DimValue{DimValue: small % 9}
			}
		}
	case 9: // truncate or extend raw data
		if len(g.Initializer) > 0 {
			t := g.Initializer[a%len(g.Initializer)]
			if len(t.RawData) > 0 && b%2 == 0 {
				t.RawData = t.RawData[:len(t.RawData)-1]
			} else {
				t.RawData = append(t.RawData, make([]byte, 4)...)
			}
		}
	case 10: // an initializer value (NaN, Inf, zero, large)
		if len(g.Initializer) > 0 {
			t := g.Initializer[a%len(g.Initializer)]
			if len(t.RawData) >= 4 {
				v := []float32{float32(math.NaN()), float32(math.Inf(1)), 0, 1e30, -1}[int(b)%5]
				k := (int(b) * 4) % (len(t.RawData) - 3)
				bits := math.Float32bits(v)
				t.RawData[k], t.RawData[k+1], t.RawData[k+2], t.RawData[k+3] = byte(bits), byte(bits>>8), byte(bits>>16), byte(bits>>24)
			}
		}
	case 11: // add or drop an output
		if b%2 == 0 && len(g.Output) > 0 {
			g.Output = g.Output[:len(g.Output)-1]
		} else if node != nil && len(node.Output) > 0 {
			g.Output = append(g.Output, &onnxpb.ValueInfoProto{Name: proto.String(node.Output[0])})
		}
	case 12: // an attribute's declared type
		if node != nil && len(node.Attribute) > 0 {
			node.Attribute[a%len(node.Attribute)].Type = onnxpb.AttributeProto_AttributeType(int32(b) % 15).Enum()
		}
	case 13: // duplicate a node (its outputs are then defined twice), or swap two
		if node != nil {
			if b%2 == 0 {
				g.Node = append(g.Node, proto.Clone(node).(*onnxpb.NodeProto))
			} else {
				j := int(b) % len(g.Node)
				k := a % len(g.Node)
				g.Node[j], g.Node[k] = g.Node[k], g.Node[j]
			}
		}
	}
}
