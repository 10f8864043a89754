package conformance

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"google.golang.org/protobuf/proto"

	"github.com/opml-dev/opml/pipeline/onnx"
	"github.com/opml-dev/opml/pipeline/onnx/internal/onnxpb"
	ob "github.com/opml-dev/opml/pipeline/onnx/onnxbuild"
	"github.com/opml-dev/opml/testkit/golden"
)

func TestBound(t *testing.T) {
	for _, c := range []struct {
		x    []float32
		want float64
	}{
		{[]float32{-1, 3, 0.5}, 0.2},    // 5% of the range 4
		{[]float32{2, 2, 2}, 0.1},       // range 0: 5% of max |x| = 2
		{[]float32{-40}, 2},             // one element: 5% of 40
		{[]float32{0.25, 0.25}, 0.05},   // range 0, |x| < 1: 5% of 1
		{[]float32{0, 0, 0, 0}, 0.05},   // all zero
		{nil, 0.05},                     // no elements
		{[]float32{1e6, 1e6 + 64}, 3.2}, // the range, not the magnitude
	} {
		if got := Bound(c.x); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("Bound(%v) = %v, want %v", c.x, got, c.want)
		}
	}
}

func TestMaxError(t *testing.T) {
	if got := MaxError([]float32{1, -2, 3}, []float32{1.5, -2, 2}); got != 1 {
		t.Errorf("MaxError = %v, want 1", got)
	}
	if got := MaxError([]float32{float32(math.NaN())}, []float32{0}); !math.IsInf(got, 1) {
		t.Errorf("MaxError with NaN = %v, want +Inf", got)
	}
	if got := MaxError([]float32{1}, []float32{1, 2}); !math.IsInf(got, 1) {
		t.Errorf("MaxError of different lengths = %v, want +Inf", got)
	}
}

// writeTest writes a backend test directory: model.onnx and one
// test_data_set_k per element of sets (each the input tensors then the
// output tensor, named as ONNX's generator names them).
func writeTest(t *testing.T, model []byte, sets ...[]*onnxpb.TensorProto) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "test_case")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "model.onnx"), model, 0o644); err != nil {
		t.Fatal(err)
	}
	for k, set := range sets {
		sd := filepath.Join(dir, fmt.Sprintf("test_data_set_%d", k))
		if err := os.MkdirAll(sd, 0o755); err != nil {
			t.Fatal(err)
		}
		for i, tp := range set {
			name := fmt.Sprintf("input_%d.pb", i)
			if i == len(set)-1 {
				name = "output_0.pb"
			}
			b, err := proto.Marshal(tp)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(sd, name), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dir
}

// conv2d is a direct NCHW convolution, no padding, stride 1: x [1, C, H,
// W], w [M, C, K, K].
func conv2d(x []float32, C, H, W int, w []float32, M, K int) []float32 {
	OH, OW := H-K+1, W-K+1
	y := make([]float32, M*OH*OW)
	for m := range M {
		for oh := range OH {
			for ow := range OW {
				var s float64
				for c := range C {
					for i := range K {
						for j := range K {
							s += float64(x[(c*H+oh+i)*W+ow+j]) * float64(w[((m*C+c)*K+i)*K+j])
						}
					}
				}
				y[(m*OH+oh)*OW+ow] = float32(s)
			}
		}
	}
	return y
}

func ramp(n int, scale, offset float32) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = float32((i*7)%11)*scale + offset
	}
	return v
}

// convCase is a Conv whose weights are a second graph input, as in ONNX's
// node tests: 2 input channels, 3 output channels, a 4×5 input and a 3×4
// output, so that the VM's HWC order differs from ONNX's NCHW order.
func convCase() (model []byte, x, w, y *onnxpb.TensorProto) {
	xd, wd := ramp(2*4*5, 0.1, -0.4), ramp(3*2*2*2, 0.2, -1)
	model = ob.New(13).Input("x", 1, 2, 4, 5).Input("w", 3, 2, 2, 2).
		Node("Conv", "conv", []string{"x", "w"}, []string{"y"}).Output("y", 1, 3, 3, 4).Bytes()
	return model, ob.FloatTensor("x", []int64{1, 2, 4, 5}, xd), ob.FloatTensor("w", []int64{3, 2, 2, 2}, wd),
		ob.FloatTensor("y", []int64{1, 3, 3, 4}, conv2d(xd, 2, 4, 5, wd, 3, 2))
}

// A later graph input is folded in as a constant, the result is compared
// in ONNX order, and a wrong expected output fails.
func TestRunFoldsInputs(t *testing.T) {
	model, x, w, y := convCase()
	r := Run(writeTest(t, model, []*onnxpb.TensorProto{x, w, y}))
	if r.Outcome != Passed || r.Simple {
		t.Fatalf("got %+v, want passed, not simple (two graph inputs)", r)
	}
	if !(r.MaxError <= r.Bound) || r.Bound != Bound(y.GetFloatData()) && r.Bound != Bound(rawFloats(y)) {
		t.Errorf("max error %v, bound %v", r.MaxError, r.Bound)
	}
	if !strings.HasPrefix(r.Reason, "max error ") {
		t.Errorf("reason %q", r.Reason)
	}

	// The same expected values in HWC order: the comparison is in ONNX
	// order, so this fails.
	want, err := onnx.DecodeTensor(marshal(t, y))
	if err != nil {
		t.Fatal(err)
	}
	hwc := make([]float32, len(want.Data))
	for c := range 3 {
		for hw := range 12 {
			hwc[hw*3+c] = want.Data[c*12+hw]
		}
	}
	r = Run(writeTest(t, model, []*onnxpb.TensorProto{x, w, ob.FloatTensor("y", []int64{1, 3, 3, 4}, hwc)}))
	if r.Outcome != Failed || !strings.Contains(r.Reason, " > bound ") || !(r.MaxError > r.Bound) {
		t.Errorf("expected output in HWC order: got %+v, want failed on the bound", r)
	}

	// An expected output of another shape fails.
	r = Run(writeTest(t, model, []*onnxpb.TensorProto{x, w, ob.FloatTensor("y", []int64{1, 3, 12}, want.Data)}))
	if r.Outcome != Failed || !strings.Contains(r.Reason, "the output has shape [1 3 3 4], expected [1 3 12]") {
		t.Errorf("expected output of another shape: got %+v", r)
	}
}

func rawFloats(p *onnxpb.TensorProto) []float32 {
	v := make([]float32, len(p.RawData)/4)
	for i := range v {
		v[i] = math.Float32frombits(uint32(p.RawData[4*i]) | uint32(p.RawData[4*i+1])<<8 | uint32(p.RawData[4*i+2])<<16 | uint32(p.RawData[4*i+3])<<24)
	}
	return v
}

func marshal(t *testing.T, p *onnxpb.TensorProto) []byte {
	t.Helper()
	b, err := proto.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestRunOutcomes(t *testing.T) {
	model, x, w, y := convCase()
	x2 := ob.FloatTensor("x", []int64{1, 2, 4, 5}, ramp(40, -0.05, 0.3))
	w2 := ob.FloatTensor("w", []int64{3, 2, 2, 2}, ramp(24, 0.1, 0))
	relu := func(in ...int64) *ob.Model {
		return ob.New(13).Input("x", in...).Op("Relu", "relu", "x", "y").Output("y")
	}
	f := func(dims []int64, v ...float32) *onnxpb.TensorProto { return ob.FloatTensor("t", dims, v) }
	intIn := ob.New(13)
	intIn.Proto().Graph.Input = append(intIn.Proto().Graph.Input, ob.ValueInfo("i", int32(onnxpb.TensorProto_INT64), []int64{1, 2}))
	intIn.Op("Relu", "relu", "i", "y").Output("y")
	intOut := relu(1, 2)
	intOut.Proto().Graph.Output[0].Type.GetTensorType().ElemType = proto.Int32(int32(onnxpb.TensorProto_INT64))

	for _, c := range []struct {
		name    string
		dir     string
		outcome Outcome
		simple  bool
		reason  string // a substring
		class   string
	}{
		{"relu", writeTest(t, relu(1, 4).Bytes(), []*onnxpb.TensorProto{f([]int64{1, 4}, -1, 0, 2, 4), f([]int64{1, 4}, 0, 0, 2, 4)}),
			Passed, true, "max error 0 ≤ bound 0.2", ""},
		{"two data sets", writeTest(t, relu(1, 2).Bytes(),
			[]*onnxpb.TensorProto{f([]int64{1, 2}, -1, 2), f([]int64{1, 2}, 0, 2)},
			[]*onnxpb.TensorProto{f([]int64{1, 2}, 1, 1), f([]int64{1, 2}, 1, 1.5)}),
			Failed, true, "max error 0.5 > bound 0.025", ""}, // the smaller bound: the second set's, 5% of 0.5; its error 1 − 1.5
		{"no test data", writeTest(t, relu(1, 4).Bytes()), Ineligible, true, "no test data", "no test data"},
		{"int64 input", writeTest(t, intIn.Bytes()), Ineligible, false, `the first input "i" is INT64, not FLOAT`, "the first input … is INT64, not FLOAT"},
		{"int64 output", writeTest(t, intOut.Bytes()), Ineligible, false, `the output "y" is INT64, not FLOAT`, ""},
		{"two outputs", writeTest(t, relu(1, 4).Output("x").Bytes()), Ineligible, false, "2 graph outputs", "2 graph outputs"},
		{"missing input data", writeTest(t, model, []*onnxpb.TensorProto{x, y}), Ineligible, false,
			"test_data_set_0 has 1 input files for 2 graph inputs", ""},
		{"folded input differs", writeTest(t, model, []*onnxpb.TensorProto{x, w, y}, []*onnxpb.TensorProto{x2, w2, y}), Ineligible, false,
			`input "w", folded as a constant, differs between test_data_set_0 and test_data_set_1`, ""},
		{"non-finite output", writeTest(t, relu(1, 1).Bytes(), []*onnxpb.TensorProto{f([]int64{1, 1}, 1), f([]int64{1, 1}, float32(math.Inf(1)))}),
			Ineligible, true, "the expected output has non-finite values", ""},
		{"batch 2 for a symbolic batch", writeTest(t, relu(-1, 2).Bytes(), []*onnxpb.TensorProto{f([]int64{2, 2}, 1, 2, 3, 4), f([]int64{2, 2}, 1, 2, 3, 4)}),
			Ineligible, true, "test_data_set_0: the input has shape [2 2], the imported graph takes [1 2] (batch 1)", ""},
		{"unsupported op", writeTest(t, ob.New(13).Input("x", 1, 4).Op("LpNormalization", "lp", "x", "y").Output("y").Bytes(),
			[]*onnxpb.TensorProto{f([]int64{1, 4}, -1, 0, 2, 4), f([]int64{1, 4}, 0, 0, 0, 1)}),
			Refused, true, `onnx: node "lp" (LpNormalization): op LpNormalization is not supported`, "op LpNormalization unsupported"},
		{"op refused by decision", writeTest(t, ob.New(13).Input("x", 1, 4).Op("Hardmax", "hm", "x", "y").Output("y").Bytes(),
			[]*onnxpb.TensorProto{f([]int64{1, 4}, -1, 0, 2, 4), f([]int64{1, 4}, 0, 0, 0, 1)}),
			Refused, true, `op Hardmax is not supported: a one-hot of the maximum is discontinuous`, ""},
		{"input rank", writeTest(t, relu(1, 1, 1, 2, 3).Bytes(), []*onnxpb.TensorProto{f([]int64{1, 1, 1, 2, 3}, 1, 2, 3, 4, 5, 6), f([]int64{1, 1, 1, 2, 3}, 1, 2, 3, 4, 5, 6)}),
			Refused, true, "has rank 5", `onnx: the graph input … has rank 5, want 1 to 4`},
		{"quantizer refusal", writeTest(t, ob.New(13).Input("x", 8).Op("Acosh", "ac", "x", "y").Output("y").Bytes(),
			[]*onnxpb.TensorProto{f([]int64{8}, 1, 1.01, 1.1, 2, 3, 5, 8, 10), f([]int64{8}, 0, 0.1413, 0.4436, 1.3170, 1.7627, 2.2924, 2.7687, 2.9932)}),
			Refused, true, `quantize: node "ac" (Unary): Acosh is too steep or discontinuous`, "quantize: Unary: Acosh is too steep or discontinuous for an int8 input of step … over […]: rounding an input to its step moves the output by up to …, more than 5% of the output's range […]; refused rather than approximated"},
		{"identity", writeTest(t, ob.New(13).Input("x", 1, 4).Op("Identity", "id", "x", "y").Output("y").Bytes(),
			[]*onnxpb.TensorProto{f([]int64{1, 4}, 1, 2, 3, 4), f([]int64{1, 4}, 1, 2, 3, 4)}),
			Passed, true, "≤ bound", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := Run(c.dir)
			if r.Test != "test_case" || r.Outcome != c.outcome || r.Simple != c.simple || !strings.Contains(r.Reason, c.reason) {
				t.Errorf("got %+v, want %s, simple %v, reason containing %q", r, c.outcome, c.simple, c.reason)
			}
			if c.class != "" && r.Class != c.class {
				t.Errorf("class %q, want %q", r.Class, c.class)
			}
			if (r.Outcome == Refused || r.Outcome == Ineligible) != (r.Class != "") {
				t.Errorf("class %q for outcome %s", r.Class, r.Outcome)
			}
		})
	}
}

func TestClass(t *testing.T) {
	for _, c := range []struct{ err, want string }{
		{`onnx: node "conv3" (Conv): attribute group=2: only group 1 is supported`, "onnx: Conv: attribute group=2: only group 1 is supported"},
		{`quantize: node "r" (Reshape): reshape of [1 2 3 4] to [1 6 4] changes the order`, "quantize: Reshape: reshape of […] to […] changes the order"},
		{`the first input "x" is INT64, not FLOAT`, "the first input … is INT64, not FLOAT"},
	} {
		if got := Class(c.err); got != c.want {
			t.Errorf("Class(%q) = %q, want %q", c.err, got, c.want)
		}
	}
	ne := &onnx.NodeError{Node: "n", Op: "Col2Im", Msg: "op Col2Im is not supported"}
	if got := refusalClass(fmt.Errorf("wrapped: %w", ne)); got != "op Col2Im unsupported" {
		t.Errorf("refusalClass = %q", got)
	}
	if got := refusalClass(errors.New(`onnx: opset 18 is not supported (want 7 to 17)`)); got != "onnx: opset 18 is not supported (want 7 to 17)" {
		t.Errorf("refusalClass = %q", got)
	}
}

func TestPanicSite(t *testing.T) {
	var site string
	func() {
		defer func() {
			if recover() != nil {
				site = panicSite(debug.Stack())
			}
		}()
		panic("boom")
	}()
	if !strings.HasSuffix(site, "conformance.TestPanicSite.func1") {
		t.Errorf("panicSite = %q", site)
	}
	if got := panicSite([]byte("goroutine 1 [running]:\nmain.main()\n")); got != "unknown" {
		t.Errorf("panicSite without a panic frame = %q", got)
	}
}

// The rendering of a small synthetic suite, pinned.
func TestMarkdownGolden(t *testing.T) {
	s := []*Suite{{Name: "node", Results: []Result{
		{Test: "test_a", Outcome: Passed, Simple: true, Reason: "max error 0.01 ≤ bound 0.1"},
		{Test: "test_b", Outcome: Refused, Simple: true, Reason: `onnx: node "n" (Abs): op Abs is not supported`, Class: "op Abs unsupported"},
		{Test: "test_c", Outcome: Refused, Reason: `onnx: node "m" (Abs): op Abs is not supported`, Class: "op Abs unsupported"},
		{Test: "test_d", Outcome: Failed, Simple: true, Reason: "max error 1 > bound 0.1"},
		{Test: "test_e", Outcome: Ineligible, Reason: "2 graph outputs | x", Class: "2 graph outputs | x"},
	}}, {Name: "pytorch-converted", Results: []Result{
		{Test: "test_f", Outcome: Refused, Simple: true, Reason: "onnx: opset 6 is not supported (want 7 to 17)", Class: "onnx: opset 6 is not supported (want 7 to 17)"},
	}}}
	golden.Check(t, filepath.Join("testdata", "markdown.golden"), Markdown(s), "go test ./pipeline/onnx/conformance -update")
}
