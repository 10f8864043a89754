package conformance

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sort"
	"strconv"
	"strings"

	"google.golang.org/protobuf/proto"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/onnx"
	"github.com/opml-dev/opml/pipeline/onnx/internal/onnxpb"
	"github.com/opml-dev/opml/pipeline/quantize"
	"github.com/opml-dev/opml/pipeline/reference"
	"github.com/opml-dev/opml/vm"
)

// Outcome is what happened to one test.
type Outcome string

// The outcomes (see the package documentation).
const (
	Passed     Outcome = "passed"
	Refused    Outcome = "refused"
	Failed     Outcome = "failed"
	Ineligible Outcome = "ineligible"
)

// Outcomes lists the outcomes in report order.
var Outcomes = []Outcome{Passed, Refused, Failed, Ineligible}

// Result is the outcome of one test.
type Result struct {
	Test    string  // the test directory's name, e.g. "test_relu"
	Outcome Outcome //
	// Reason: for refused, the importer's or quantizer's error; for failed,
	// the error against the bound or the VM's error; for ineligible, why;
	// for passed, the error against the bound.
	Reason string
	// Class groups refused and ineligible results by reason (see Class).
	Class string
	// Simple: the model has exactly one graph input besides initializers,
	// a float tensor, and exactly one graph output, a float tensor (the
	// element types as declared in model.onnx). Known before any folding.
	Simple bool
	// MaxError and Bound, for passed and failed-on-tolerance results: the
	// largest |VM − expected| over every element of every data set, and
	// the smallest bound over the data sets (Bound).
	MaxError, Bound float64
}

// Bound is the tolerance for an expected output: 5% of its range
// (max − min), or, when the range is 0 (a constant output, or one
// element), 5% of max(max |expected|, 1). A result passes when every
// element's |VM − expected| is at most the bound. The rule is fixed: no
// test has its own tolerance.
func Bound(expected []float32) float64 {
	if len(expected) == 0 {
		return 0.05
	}
	lo, hi, amax := math.Inf(1), math.Inf(-1), 0.0
	for _, v := range expected {
		f := float64(v)
		lo, hi, amax = min(lo, f), max(hi, f), max(amax, math.Abs(f))
	}
	if r := hi - lo; r > 0 {
		return 0.05 * r
	}
	return 0.05 * max(amax, 1)
}

// MaxError is the largest |got[i] − want[i]|; +Inf if an element of got is
// not finite or the lengths differ.
func MaxError(got, want []float32) float64 {
	if len(got) != len(want) {
		return math.Inf(1)
	}
	e := 0.0
	for i := range got {
		d := math.Abs(float64(got[i]) - float64(want[i]))
		if math.IsNaN(d) {
			return math.Inf(1)
		}
		e = max(e, d)
	}
	return e
}

// dataSet is one test_data_set_* directory: its input and output files.
type dataSet struct {
	name    string
	inputs  [][]byte // input_0.pb, input_1.pb, ... in order
	outputs [][]byte // output_0.pb, ...
}

// Run runs the test in directory dir (model.onnx and test_data_set_*/).
// It never returns an error: everything that goes wrong is an outcome. A
// panic in the pipeline (a bug: none of the packages it calls may panic)
// is reported as a failed result whose reason starts with "panic: ".
func Run(dir string) (res Result) {
	res.Test = filepath.Base(dir)
	defer func() {
		if v := recover(); v != nil {
			res.Outcome, res.Reason = Failed, fmt.Sprintf("panic: %v (in %s)", v, panicSite(debug.Stack()))
			res.MaxError, res.Bound = 0, 0
		}
	}()
	c, bad := prepare(dir)
	if bad != nil {
		res.Simple = bad.simple
		res.Outcome, res.Reason, res.Class = Ineligible, bad.reason, Class(bad.reason)
		return res
	}
	res.Simple = c.simple
	r := c.run()
	r.Test, r.Simple = res.Test, c.simple
	return r
}

// ineligible is a reason a test is not run.
type ineligible struct {
	reason string
	simple bool
}

// testCase is a test ready to run: the model with every input but the
// first folded in, and per data set the first input and expected output.
type testCase struct {
	model  []byte
	simple bool
	inputs []*graph.Tensor
	wants  []*graph.Tensor
	sets   []string
}

func elemType(vi *onnxpb.ValueInfoProto) (int32, bool) {
	tt := vi.GetType().GetTensorType()
	if tt == nil {
		return 0, false
	}
	return tt.GetElemType(), true
}

func typeName(vi *onnxpb.ValueInfoProto) string {
	et, ok := elemType(vi)
	if !ok {
		return "a non-tensor"
	}
	if s, ok := onnxpb.TensorProto_DataType_name[et]; ok {
		return s
	}
	return "data type " + strconv.Itoa(int(et))
}

func isFloat(vi *onnxpb.ValueInfoProto) bool {
	et, ok := elemType(vi)
	return ok && et == int32(onnxpb.TensorProto_FLOAT)
}

// readSets reads the test_data_set_* directories in name order.
func readSets(dir string) ([]dataSet, error) {
	dirs, err := filepath.Glob(filepath.Join(dir, "test_data_set_*"))
	if err != nil {
		return nil, err
	}
	sort.Strings(dirs)
	var sets []dataSet
	for _, d := range dirs {
		s := dataSet{name: filepath.Base(d)}
		for _, kind := range []string{"input", "output"} {
			for k := 0; ; k++ {
				b, err := os.ReadFile(filepath.Join(d, fmt.Sprintf("%s_%d.pb", kind, k)))
				if errors.Is(err, os.ErrNotExist) {
					break
				}
				if err != nil {
					return nil, fmt.Errorf("%s: %v", s.name, err)
				}
				if kind == "input" {
					s.inputs = append(s.inputs, b)
				} else {
					s.outputs = append(s.outputs, b)
				}
			}
		}
		sets = append(sets, s)
	}
	return sets, nil
}

// prepare reads a test and decides its eligibility (see the package
// documentation).
func prepare(dir string) (*testCase, *ineligible) {
	data, err := os.ReadFile(filepath.Join(dir, "model.onnx"))
	if err != nil {
		return nil, &ineligible{reason: "no model.onnx"}
	}
	var m onnxpb.ModelProto
	if err := proto.Unmarshal(data, &m); err != nil {
		return nil, &ineligible{reason: fmt.Sprintf("model.onnx does not parse: %v", err)}
	}
	gp := m.GetGraph()
	if gp == nil {
		return nil, &ineligible{reason: "model.onnx has no graph"}
	}
	inits := map[string]bool{}
	for _, t := range gp.Initializer {
		inits[t.GetName()] = true
	}
	var inputs []*onnxpb.ValueInfoProto
	for _, in := range gp.Input {
		if !inits[in.GetName()] {
			inputs = append(inputs, in)
		}
	}
	simple := len(inputs) == 1 && isFloat(inputs[0]) && len(gp.Output) == 1 && isFloat(gp.Output[0])
	bad := func(format string, args ...any) *ineligible {
		return &ineligible{reason: fmt.Sprintf(format, args...), simple: simple}
	}
	switch {
	case len(inputs) == 0:
		return nil, bad("no graph input")
	case !isFloat(inputs[0]):
		return nil, bad("the first input %q is %s, not FLOAT", inputs[0].GetName(), typeName(inputs[0]))
	case len(gp.Output) != 1:
		return nil, bad("%d graph outputs", len(gp.Output))
	case !isFloat(gp.Output[0]):
		return nil, bad("the output %q is %s, not FLOAT", gp.Output[0].GetName(), typeName(gp.Output[0]))
	}
	sets, err := readSets(dir)
	if err != nil {
		return nil, bad("test data: %v", err)
	}
	if len(sets) == 0 {
		return nil, bad("no test data")
	}
	c := &testCase{simple: simple}
	for _, s := range sets {
		if len(s.inputs) != len(inputs) {
			return nil, bad("%s has %d input files for %d graph inputs", s.name, len(s.inputs), len(inputs))
		}
		if len(s.outputs) != 1 {
			return nil, bad("%s has %d output files for 1 graph output", s.name, len(s.outputs))
		}
		// The later inputs become constants, so every data set must give
		// them the same values.
		for k := 1; k < len(inputs); k++ {
			if !bytes.Equal(s.inputs[k], sets[0].inputs[k]) {
				return nil, bad("input %q, folded as a constant, differs between %s and %s", inputs[k].GetName(), sets[0].name, s.name)
			}
		}
		x, err := onnx.DecodeTensor(s.inputs[0])
		if err != nil {
			return nil, bad("%s input_0.pb: %v", s.name, err)
		}
		if !finite(x.Data) {
			return nil, bad("%s: the input has non-finite values", s.name)
		}
		want, err := onnx.DecodeTensor(s.outputs[0])
		if err != nil {
			return nil, bad("%s output_0.pb: %v", s.name, err)
		}
		if !finite(want.Data) {
			return nil, bad("%s: the expected output has non-finite values", s.name)
		}
		c.inputs, c.wants, c.sets = append(c.inputs, x), append(c.wants, want), append(c.sets, s.name)
	}
	folded, err := foldInputs(&m, inputs[1:], sets[0].inputs[1:])
	if err != nil {
		return nil, bad("%v", err)
	}
	c.model = folded
	return c, nil
}

// foldInputs makes each of the given graph inputs an initializer holding
// the tensor serialized in data (the test's input_k.pb for it) and returns
// the serialized model. The inputs stay listed in graph.input, which ONNX
// allows (an input with an initializer is a default value; Decode treats
// it as a constant).
func foldInputs(m *onnxpb.ModelProto, inputs []*onnxpb.ValueInfoProto, data [][]byte) ([]byte, error) {
	m = proto.Clone(m).(*onnxpb.ModelProto)
	for k, in := range inputs {
		var t onnxpb.TensorProto
		if err := proto.Unmarshal(data[k], &t); err != nil {
			return nil, fmt.Errorf("the data of input %q does not parse: %v", in.GetName(), err)
		}
		t.Name = proto.String(in.GetName())
		m.Graph.Initializer = append(m.Graph.Initializer, &t)
	}
	b, err := proto.MarshalOptions{Deterministic: true}.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("re-serializing the model: %v", err)
	}
	return b, nil
}

func finite(v []float32) bool {
	for _, x := range v {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return false
		}
	}
	return true
}

// run imports, quantizes (calibrated on the test's inputs), compiles and
// executes the test and compares the dequantized output, in ONNX order,
// with the expected one.
func (c *testCase) run() Result {
	g, err := onnx.Decode(c.model)
	if err != nil {
		return Result{Outcome: Refused, Reason: err.Error(), Class: refusalClass(err)}
	}
	for k, x := range c.inputs {
		if !slices.Equal(x.Shape, g.InputShape) {
			reason := fmt.Sprintf("%s: the input has shape %v, the imported graph takes %v (batch 1)", c.sets[k], x.Shape, g.InputShape)
			return Result{Outcome: Ineligible, Reason: reason, Class: Class(reason)}
		}
	}
	runner, err := reference.NewRunner(g)
	if err != nil {
		return Result{Outcome: Refused, Reason: err.Error(), Class: refusalClass(err)}
	}
	defer runner.Close()
	res, err := quantize.Compile(g, c.inputs, runner.Run, quantize.Options{Name: "conformance"})
	if err != nil {
		return Result{Outcome: Refused, Reason: err.Error(), Class: refusalClass(err)}
	}
	r := Result{Outcome: Passed, Bound: math.Inf(1)}
	for k, x := range c.inputs {
		want := c.wants[k]
		q, err := res.Card.Input.Quantize(x.Data)
		if err != nil {
			return Result{Outcome: Failed, Reason: fmt.Sprintf("%s: quantizing the input: %v", c.sets[k], err)}
		}
		ram, err := vm.Execute(res.Model, q)
		if err != nil {
			return Result{Outcome: Failed, Reason: fmt.Sprintf("%s: %v", c.sets[k], err)}
		}
		// The card's Dequantize maps the VM's element order (HWC for an
		// NCHW output) back to ONNX order.
		got, err := res.Card.Output.Dequantize(vm.ReadTensor(res.Model.Header.Output, ram))
		if err != nil {
			return Result{Outcome: Failed, Reason: fmt.Sprintf("%s: dequantizing the output: %v", c.sets[k], err)}
		}
		if !slices.Equal(res.Card.Output.Shape, want.Shape) {
			return Result{Outcome: Failed, Reason: fmt.Sprintf("%s: the output has shape %v, expected %v", c.sets[k], res.Card.Output.Shape, want.Shape)}
		}
		r.MaxError = max(r.MaxError, MaxError(got, want.Data))
		r.Bound = min(r.Bound, Bound(want.Data))
	}
	r.Reason = fmt.Sprintf("max error %s ≤ bound %s", num(r.MaxError), num(r.Bound))
	if !(r.MaxError <= r.Bound) {
		r.Outcome = Failed
		r.Reason = fmt.Sprintf("max error %s > bound %s", num(r.MaxError), num(r.Bound))
	}
	return r
}

// num formats an error or bound for the table: 3 significant digits.
func num(v float64) string { return strconv.FormatFloat(v, 'g', 3, 64) }

// panicSite returns the function that panicked, from a debug.Stack()
// taken in a deferred recover: the first frame after the runtime's panic
// frame (function names only, no file paths, so that the table does not
// depend on where the code was built).
func panicSite(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "panic(") {
			for _, f := range lines[i+1:] {
				if f != "" && !strings.HasPrefix(f, "\t") {
					if p := strings.LastIndexByte(f, '('); p > 0 {
						f = f[:p]
					}
					return f
				}
			}
		}
	}
	return "unknown"
}
