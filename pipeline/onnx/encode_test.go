package onnx

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"google.golang.org/protobuf/proto"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/onnx/internal/onnxpb"
	"github.com/opml-dev/opml/testkit/golden"
)

// cnn is a small graph with every op and the field variants: Conv with
// bias, strides and pads; Conv without bias or strides; pools; a residual
// Add; Reshape; Dense with and without bias; Softmax.
func cnn() *graph.Graph {
	r := rand.New(rand.NewPCG(1, 2))
	return &graph.Graph{Name: "cnn", Input: "image", InputShape: []int{1, 2, 8, 8}, Output: "probs", Nodes: []graph.Node{
		{Name: "conv1", Op: graph.Conv, Inputs: S("image"), Output: "c1", W: randTensor(r, 4, 2, 3, 3), B: randTensor(r, 4),
			Kernel: [2]int{3, 3}, Strides: [2]int{1, 1}, Pads: [4]int{1, 1, 1, 1}},
		{Name: "relu1", Op: graph.Relu, Inputs: S("c1"), Output: "r1"},
		{Name: "conv2", Op: graph.Conv, Inputs: S("r1"), Output: "c2", W: randTensor(r, 4, 4, 3, 3), Kernel: [2]int{3, 3}, Pads: [4]int{1, 1, 1, 1}},
		{Name: "res", Op: graph.Add, Inputs: S("c2", "r1"), Output: "a"},
		{Name: "pool", Op: graph.MaxPool, Inputs: S("a"), Output: "p", Kernel: [2]int{2, 2}, Strides: [2]int{2, 2}},
		{Name: "avg", Op: graph.AvgPool, Inputs: S("p"), Output: "q", Kernel: [2]int{3, 3}, Pads: [4]int{1, 1, 1, 1}},
		{Name: "conv3", Op: graph.Conv, Inputs: S("q"), Output: "c3", W: randTensor(r, 3, 4, 2, 1), B: randTensor(r, 3), Kernel: [2]int{2, 1}, Strides: [2]int{2, 1}, Pads: [4]int{0, 0, 1, 0}},
		{Name: "flatten", Op: graph.Reshape, Inputs: S("c3"), Output: "f", Shape: []int{1, 24}},
		{Name: "fc1", Op: graph.Dense, Inputs: S("f"), Output: "h", W: randTensor(r, 6, 24), B: randTensor(r, 6)},
		{Name: "fc2", Op: graph.Dense, Inputs: S("h"), Output: "logits", W: randTensor(r, 5, 6)},
		{Name: "softmax", Op: graph.Softmax, Inputs: S("logits"), Output: "probs"},
	}}
}

func gapGraph() *graph.Graph {
	return &graph.Graph{Name: "gap", Input: "x", InputShape: []int{1, 3, 4, 4}, Output: "y", Nodes: []graph.Node{
		{Name: "gap", Op: graph.GlobalAvgPool, Inputs: S("x"), Output: "g"},
		{Name: "flat", Op: graph.Reshape, Inputs: S("g"), Output: "y", Shape: []int{1, 3}},
	}}
}

func roundTrip(t *testing.T, g *graph.Graph) []byte {
	t.Helper()
	data, err := Encode(g)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Decode(data)
	if err != nil {
		t.Fatalf("Decode(Encode(g)): %v", err)
	}
	if !reflect.DeepEqual(back, g) {
		t.Fatalf("Decode(Encode(g)) differs from g: %s", diffGraph(back, g))
	}
	return data
}

func TestEncodeRoundTrip(t *testing.T) {
	t.Run("cnn", func(t *testing.T) { roundTrip(t, cnn()) })
	t.Run("gap", func(t *testing.T) { roundTrip(t, gapGraph()) })
	t.Run("input is output", func(t *testing.T) {
		roundTrip(t, &graph.Graph{Name: "id", Input: "x", InputShape: []int{1, 3}, Output: "x"})
	})
	r := rand.New(rand.NewPCG(7, 7))
	for range 300 {
		roundTrip(t, randGraph(r))
	}
}

func TestEncodeGolden(t *testing.T) {
	data := roundTrip(t, cnn())
	golden.Check(t, filepath.Join("testdata", "cnn.onnx"), data, "go test ./pipeline/onnx -update")
}

func TestEncodeDeterministic(t *testing.T) {
	a, err := Encode(cnn())
	if err != nil {
		t.Fatal(err)
	}
	b, err := Encode(cnn().Clone())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("Encode is not deterministic")
	}
}

// TestEncodeModel checks what Encode writes: opset, IR version, op names
// and attributes other tools expect.
func TestEncodeModel(t *testing.T) {
	data, err := Encode(cnn())
	if err != nil {
		t.Fatal(err)
	}
	var m onnxpb.ModelProto
	if err := proto.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if m.GetIrVersion() != ExportIRVersion || len(m.OpsetImport) != 1 || m.OpsetImport[0].GetDomain() != "" || m.OpsetImport[0].GetVersion() != ExportOpset {
		t.Fatalf("ir_version %d, opsets %v", m.GetIrVersion(), m.OpsetImport)
	}
	var ops []string
	attrs := map[string]string{}
	for _, n := range m.Graph.Node {
		ops = append(ops, n.GetOpType())
		for _, a := range n.Attribute {
			attrs[n.GetName()+"."+a.GetName()] = attrValue(a)
		}
	}
	if got := strings.Join(ops, " "); got != "Conv Relu Conv Add MaxPool AveragePool Conv Reshape Gemm Gemm Softmax" {
		t.Errorf("ops %s", got)
	}
	for k, v := range map[string]string{
		"conv1.kernel_shape": "[3 3]", "conv1.pads": "[1 1 1 1]", "conv1.strides": "[1 1]",
		"conv3.strides": "[2 1]", "fc1.transB": "1", "softmax.axis": "-1",
	} {
		if attrs[k] != v {
			t.Errorf("attribute %s = %q, want %q", k, attrs[k], v)
		}
	}
	if _, ok := attrs["conv2.strides"]; ok {
		t.Error("conv2 has zero Strides but a strides attribute")
	}
	inits := map[string]*onnxpb.TensorProto{}
	for _, i := range m.Graph.Initializer {
		inits[i.GetName()] = i
	}
	if s := inits["flatten.shape"]; s == nil || s.GetDataType() != int32(onnxpb.TensorProto_INT64) || len(s.RawData) != 16 {
		t.Errorf("Reshape shape initializer: %v", s)
	}
	if w := inits["fc1.weight"]; w == nil || !reflect.DeepEqual(w.Dims, []int64{6, 24}) {
		t.Errorf("Gemm weight initializer: %v", w)
	}
	if out := m.Graph.Output[0].GetType().GetTensorType().GetShape().GetDim(); len(out) != 2 || out[1].GetDimValue() != 5 {
		t.Errorf("output shape %v", out)
	}

	data, err = Encode(gapGraph())
	if err != nil {
		t.Fatal(err)
	}
	if err := proto.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if op := m.Graph.Node[0].GetOpType(); op != "GlobalAveragePool" {
		t.Errorf("GlobalAvgPool encoded as %s", op)
	}
}

func TestEncodeInitializerNames(t *testing.T) {
	// A value named like the initializer Encode would pick, and unnamed
	// nodes.
	g := &graph.Graph{Name: "n", Input: "fc.weight", InputShape: []int{1, 2}, Output: "y", Nodes: []graph.Node{
		{Name: "fc", Op: graph.Dense, Inputs: S("fc.weight"), Output: "h", W: tens(vals(1, 2, 3, 4), 2, 2)},
		{Op: graph.Dense, Inputs: S("h"), Output: "y", W: tens(vals(1, 2), 1, 2)},
	}}
	data, err := Encode(g)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	g.Nodes[1].Name = "Gemm_1" // Decode names unnamed nodes
	if !reflect.DeepEqual(back, g) {
		t.Fatal(diffGraph(back, g))
	}
}

func TestEncodeErrors(t *testing.T) {
	bad := cnn()
	bad.Nodes[0].W.Shape = []int{4, 3, 3, 3}
	if _, err := Encode(bad); err == nil || !strings.HasPrefix(err.Error(), "onnx: cannot encode: graph: node \"conv1\"") {
		t.Errorf("invalid graph: %v", err)
	}
	unknown := gapGraph()
	unknown.Nodes[0].Op = graph.Op(99)
	if _, err := Encode(unknown); err == nil || !strings.HasPrefix(err.Error(), "onnx: ") {
		t.Errorf("unknown op: %v", err)
	}
}

// TestEncodeONNXChecker runs the ONNX project's model checker, with full
// shape inference, on encoded models where Python's onnx package is
// installed (Debian: python3-onnx); elsewhere it skips.
func TestEncodeONNXChecker(t *testing.T) {
	py := "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil {
		t.Skip("no /usr/bin/python3")
	}
	if err := exec.Command(py, "-c", "import onnx.checker").Run(); err != nil {
		t.Skip("Python onnx package not installed (apt-get install python3-onnx)")
	}
	dir := t.TempDir()
	var paths []string
	r := rand.New(rand.NewPCG(3, 4))
	graphs := []*graph.Graph{cnn(), gapGraph()}
	for range 20 {
		graphs = append(graphs, randGraph(r))
	}
	for k, g := range graphs {
		data, err := Encode(g)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, g.Name+string(rune('a'+k))+".onnx")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	script := `
import sys, onnx, onnx.checker, onnx.shape_inference
for p in sys.argv[1:]:
    m = onnx.load(p)
    onnx.checker.check_model(m, full_check=True)
    inferred = onnx.shape_inference.infer_shapes(m, check_type=True, strict_mode=True)
    want = [d.dim_value for d in m.graph.output[0].type.tensor_type.shape.dim]
    got = [d.dim_value for d in inferred.graph.output[0].type.tensor_type.shape.dim]
    assert want == got, (p, want, got)
`
	out, err := exec.Command(py, append([]string{"-c", script}, paths...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("onnx checker: %v\n%s", err, out)
	}
}

// TestConcurrent runs Decode and Encode from several goroutines (run with
// -race).
func TestConcurrent(t *testing.T) {
	data, err := Encode(cnn())
	if err != nil {
		t.Fatal(err)
	}
	want, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			for range 20 {
				g, err := Decode(data)
				if err == nil && !reflect.DeepEqual(g, want) {
					err = errors.New("concurrent Decode differs")
				}
				if err == nil {
					var again []byte
					again, err = Encode(g)
					if err == nil && !bytes.Equal(again, data) {
						err = errors.New("concurrent Encode differs")
					}
				}
				if err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}
