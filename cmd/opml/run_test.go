package main

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/modelcard"
	"github.com/opml-dev/opml/pipeline/onnx"
	"github.com/opml-dev/opml/pipeline/onnx/onnxbuild"
	"github.com/opml-dev/opml/pipeline/reference"
	"github.com/opml-dev/opml/pipeline/tensorfile"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
)

// identity requantizes an accumulator to itself: acc * 2^30 / 2^30.
func identity(n int) []model.Channel {
	ch := make([]model.Channel, n)
	for k := range ch {
		ch[k] = model.Channel{Mult: 1 << 30, Shift: 30}
	}
	return ch
}

var full = model.Quant{Lo: -128, Hi: 127}

// gemmModel maps x[4] to [x0, x1, x0+x1+x2+x3].
func gemmModel(t *testing.T) *model.Model {
	b := model.NewBuilder()
	x := b.Input(4)
	x = b.Gemm(x, 1, 3, []int8{1, 0, 0, 0, 0, 1, 0, 0, 1, 1, 1, 1}, identity(3), full)
	m, err := b.Build(x)
	require.NoError(t, err)
	return m
}

// rowsModel maps x[2][2] to the rows [x0, x1, x0+x1] (int8 [2][3]), with a
// trailing argmax op when withArgmax.
func rowsModel(t *testing.T, withArgmax bool) *model.Model {
	b := model.NewBuilder()
	x := b.Input(2, 2)
	x = b.Gemm(x, 2, 3, []int8{1, 0, 0, 1, 1, 1}, identity(3), full)
	if withArgmax {
		x = b.Argmax(x)
	}
	m, err := b.Build(x)
	require.NoError(t, err)
	return m
}

// fixture is a model and an input written to files, and their trace.
type fixture struct {
	dir, model, input string
	m                 *model.Model
	tr                *vm.Trace
}

func newFixture(t *testing.T, m *model.Model, input []int8) fixture {
	t.Helper()
	dir := t.TempDir()
	f := fixture{dir: dir, model: filepath.Join(dir, "tiny.opml"), input: filepath.Join(dir, "input.json"), m: m}
	require.NoError(t, os.WriteFile(f.model, m.Encode(), 0o644))
	vals := make([]int64, len(input))
	for k, v := range input {
		vals[k] = int64(v)
	}
	require.NoError(t, os.WriteFile(f.input, tensorfile.EncodeJSON(vals), 0o644))
	var err error
	f.tr, err = vm.NewTrace(m, input)
	require.NoError(t, err)
	return f
}

func (f fixture) args(extra ...string) []string {
	return append([]string{"--model", f.model, "--input", f.input}, extra...)
}

// runCLI runs `opml run args...` in-process.
func runCLI(args ...string) (stdout, stderr string, err error) {
	return opmlCLI(append([]string{"run"}, args...)...)
}

func TestRunText(t *testing.T) {
	f := newFixture(t, gemmModel(t), []int8{1, -2, 3, 4})
	out, stderr, err := runCLI(f.args()...)
	require.NoError(t, err)
	require.Empty(t, stderr)
	final := f.tr.Final()
	want := fmt.Sprintf("model        %s\ninput root   %s\nsteps        %d\noutput       int8 [3], VM order (no model card): [1,-2,6]\nargmax       2\n"+
		"final state  %s (halted)\noutput root  %s\n", f.m.ID(), f.tr.InputRoot(), f.tr.Steps(), final.Hash(), final.OutputRoot)
	require.Equal(t, want, out)
}

func TestRunJSON(t *testing.T) {
	f := newFixture(t, gemmModel(t), []int8{1, -2, 3, 4})
	out, _, err := runCLI(f.args("--json")...)
	require.NoError(t, err)
	var r result
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	final := f.tr.Final()
	require.Equal(t, final.Hash(), r.FinalStateHash)
	require.Equal(t, final.Encode(), []byte(r.FinalState))
	require.Equal(t, final.OutputRoot, r.OutputRoot)
	require.Equal(t, f.m.ID(), r.ModelID)
	require.Equal(t, f.tr.InputRoot(), r.InputRoot)
	require.Equal(t, f.tr.Steps(), r.Steps)
	require.Equal(t, []int64{1, -2, 6}, r.Output)
	require.Equal(t, []int64{2}, r.Argmax)
	require.Equal(t, []int{3}, r.OutputShape)
	require.Equal(t, "vm", r.OutputOrder)
	require.Equal(t, "int8", r.OutputDType)
	require.Nil(t, r.OutputDequantized)
	require.Equal(t, []uint32{3}, r.VMOutputShape)
	require.Equal(t, []byte{1, 0xfe, 6}, []byte(r.VMOutput))
	// The field names are part of the interface.
	var fields map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(out), &fields))
	for _, k := range []string{"modelId", "inputRoot", "steps", "outputOrder", "outputShape", "outputDType", "output", "argmax",
		"vmOutputShape", "vmOutput", "finalState", "finalStateHash", "outputRoot"} {
		require.Contains(t, fields, k)
	}
	require.NotContains(t, fields, "outputDequantized")
	require.Equal(t, `"0x01fe06"`, string(fields["vmOutput"]))
}

// hwcModel maps an int8 [H, W, C] input (an NCHW [1, C, H, W] image in the
// VM's HWC layout) to itself through a ReLU that clamps nothing, with a
// trailing argmax (int32 [H·W]) when withArgmax.
func hwcModel(t *testing.T, H, W, C uint32, withArgmax bool) *model.Model {
	b := model.NewBuilder()
	x := b.ReLU(b.Input(H, W, C), -128)
	if withArgmax {
		x = b.Argmax(x)
	}
	m, err := b.Build(x)
	require.NoError(t, err)
	return m
}

// writeCard writes the card of f's model with the given ONNX sides.
func writeCard(t *testing.T, f fixture, in, out modelcard.Tensor) {
	t.Helper()
	c := &modelcard.Card{Version: modelcard.Version, Name: "tiny", ModelID: f.m.ID(), Input: in, Output: out,
		Source: modelcard.Source{Calibration: modelcard.Calibration{Method: "minmax", Samples: 1}}}
	require.NoError(t, c.Bind(f.m))
	b, err := c.Encode()
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(modelcard.Path(f.model), b, 0o644))
}

// TestRunONNXOrder: with a card, a [1, 3, 2, 4] output (VM [2, 4, 3]) is
// printed in ONNX's NCHW order and dequantized, and --json keeps the VM's
// bytes and shape beside it.
func TestRunONNXOrder(t *testing.T) {
	const C, H, W = 3, 2, 4
	in := make([]int8, C*H*W) // VM element e = (h·W + w)·C + c holds 10c + 3h + w − 40
	for h := 0; h < H; h++ {
		for w := 0; w < W; w++ {
			for c := 0; c < C; c++ {
				in[(h*W+w)*C+c] = int8(10*c + 3*h + w - 40)
			}
		}
	}
	f := newFixture(t, hwcModel(t, H, W, C, false), in)
	nchw := modelcard.Tensor{Shape: []int{1, C, H, W}, Layout: modelcard.LayoutNCHWAsHWC, Scale: 0.5, ZeroPoint: -40}
	writeCard(t, f, nchw, nchw)

	wantQ := make([]int64, 0, C*H*W) // ONNX order: c, then h, then w
	wantF := make([]float32, 0, C*H*W)
	for c := 0; c < C; c++ {
		for h := 0; h < H; h++ {
			for w := 0; w < W; w++ {
				q := int64(10*c + 3*h + w - 40)
				wantQ = append(wantQ, q)
				wantF = append(wantF, float32(q+40)/2)
			}
		}
	}
	out, _, err := runCLI(f.args("--json")...)
	require.NoError(t, err)
	var r result
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	require.Equal(t, "onnx", r.OutputOrder)
	require.Equal(t, []int{1, C, H, W}, r.OutputShape)
	require.Equal(t, wantQ, r.Output)
	require.Equal(t, wantF, r.OutputDequantized)
	require.Equal(t, []uint32{H, W, C}, r.VMOutputShape)
	raw := make([]byte, len(in))
	for e, v := range in {
		raw[e] = byte(v)
	}
	require.Equal(t, raw, []byte(r.VMOutput))
	// Argmax over the channels of each pixel, pixels in (h, w) order: the
	// last channel everywhere here.
	require.Equal(t, []int64{2, 2, 2, 2, 2, 2, 2, 2}, r.Argmax)

	text, _, err := runCLI(f.args()...)
	require.NoError(t, err)
	require.Contains(t, text, "output       int8 [1,3,2,4], ONNX order: [-40,-39,-38,-37,-37,-36,-35,-34,-30,")
	require.Contains(t, text, "dequantized  [0,0.5,1,1.5,1.5,2,2.5,3,5,")
	require.Contains(t, text, "vm output    int8 [2,4,3], 24 bytes as claimed onchain (--json: vmOutput)\n")
}

// TestRunONNXOrderArgmax: an argmax output is int32 indices in ONNX
// ArgMax(axis=1, keepdims=1)'s shape [1, 1, H, W], not dequantized, and
// big-endian on the wire.
func TestRunONNXOrderArgmax(t *testing.T) {
	const C, H, W = 3, 2, 4
	in := make([]int8, C*H*W)
	want := make([]int64, H*W)
	for p := range want {
		want[p] = int64(p % C)
		in[p*C+p%C] = 9
	}
	f := newFixture(t, hwcModel(t, H, W, C, true), in)
	writeCard(t, f, modelcard.Tensor{Shape: []int{1, C, H, W}, Layout: modelcard.LayoutNCHWAsHWC, Scale: 1},
		modelcard.Tensor{Shape: []int{1, 1, H, W}, Layout: modelcard.LayoutFlat, Scale: 1})
	out, _, err := runCLI(f.args("--json")...)
	require.NoError(t, err)
	var r result
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	require.Equal(t, "onnx", r.OutputOrder)
	require.Equal(t, "int32", r.OutputDType)
	require.Equal(t, []int{1, 1, H, W}, r.OutputShape)
	require.Equal(t, want, r.Output)
	require.Equal(t, want, r.Argmax)
	require.Nil(t, r.OutputDequantized)
	require.Equal(t, []uint32{H * W}, r.VMOutputShape)
	require.Equal(t, []byte{0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 0}, []byte(r.VMOutput)[:16])

	text, _, err := runCLI(f.args()...)
	require.NoError(t, err)
	require.Contains(t, text, "output       int32 [1,1,2,4], ONNX order: [0,1,2,0,1,2,0,1]\n")
	require.NotContains(t, text, "dequantized")
}

// TestRunCardOfAnotherModel: a card beside the model that does not
// describe it is an error, not a silently wrong order.
func TestRunCardOfAnotherModel(t *testing.T) {
	f := newFixture(t, hwcModel(t, 2, 4, 3, false), make([]int8, 24))
	other := newFixture(t, hwcModel(t, 2, 4, 3, true), make([]int8, 24))
	nchw := modelcard.Tensor{Shape: []int{1, 3, 2, 4}, Layout: modelcard.LayoutNCHWAsHWC, Scale: 1}
	writeCard(t, other, nchw, modelcard.Tensor{Shape: []int{1, 1, 2, 4}, Layout: modelcard.LayoutFlat, Scale: 1})
	b, err := os.ReadFile(modelcard.Path(other.model))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(modelcard.Path(f.model), b, 0o644))
	_, _, err = runCLI(f.args()...)
	require.ErrorContains(t, err, "opml: model card: modelcard: card is for model")
	// --step and --prove do not read the card.
	_, _, err = runCLI(f.args("--step", "1")...)
	require.NoError(t, err)
}

func TestRunArgmaxRows(t *testing.T) {
	in := []int8{5, -3, -1, 2} // rows [5, -3, 2] and [-1, 2, 1]
	for _, withArgmax := range []bool{false, true} {
		f := newFixture(t, rowsModel(t, withArgmax), in)
		out, _, err := runCLI(f.args("--json")...)
		require.NoError(t, err)
		var r result
		require.NoError(t, json.Unmarshal([]byte(out), &r))
		require.Equal(t, []int64{0, 1}, r.Argmax, "argmax op: %v", withArgmax)
		if withArgmax {
			require.Equal(t, []int64{0, 1}, r.Output)
		} else {
			require.Equal(t, []int64{5, -3, 2, -1, 2, 1}, r.Output)
		}
		out, _, err = runCLI(f.args()...)
		require.NoError(t, err)
		require.Contains(t, out, "argmax       [0,1]\n")
	}
}

func TestRunStep(t *testing.T) {
	f := newFixture(t, gemmModel(t), []int8{1, -2, 3, 4})
	initial := vm.InitialState(f.m.ID(), &f.m.Header, f.tr.InputRoot())

	out, stderr, err := runCLI(f.args("--step", "0")...)
	require.NoError(t, err)
	require.Empty(t, stderr)
	require.Equal(t, fmt.Sprintf("step        0\nstatus      running\npc          0\ni           0\nj           0\nstate hash  %s\n", initial.Hash()), out)

	n := f.tr.Steps()
	for _, step := range []uint64{0, 1, n - 1, n} {
		want, err := f.tr.StateAt(step)
		require.NoError(t, err)
		out, _, err := runCLI(f.args("--step", fmt.Sprint(step), "--json")...)
		require.NoError(t, err)
		var s state
		require.NoError(t, json.Unmarshal([]byte(out), &s))
		require.Equal(t, want.Hash(), s.Hash, "step %d", step)
		require.Equal(t, want.Encode(), []byte(s.Encoded), "step %d", step)
		require.Equal(t, step, s.Step)
		require.Equal(t, want.Status.String(), s.Status)
		require.Equal(t, want.PC, s.PC)
		require.Equal(t, want.RAMRoot, s.RAMRoot)
	}

	// Past N: the halted state, with a note.
	out, stderr, err = runCLI(f.args("--step", fmt.Sprint(n+10))...)
	require.NoError(t, err)
	require.Contains(t, out, "status      halted\n")
	final := f.tr.Final()
	require.Contains(t, out, final.Hash().Hex())
	require.Contains(t, stderr, "past the halting step")
}

// replay checks a step vector the way the onchain verifier's tests do.
func replay(t *testing.T, v vm.StepVector) {
	t.Helper()
	pre, err := vm.DecodeState(v.PreState)
	require.NoError(t, err)
	require.Equal(t, v.PreHash, pre.Hash())
	post, err := vm.Step(pre, v.Witness)
	require.NoError(t, err, "step %d", v.Step)
	require.Equal(t, v.PostHash, post.Hash(), "step %d", v.Step)
	require.Equal(t, []byte(v.PostState), post.Encode(), "step %d", v.Step)
}

func TestRunProve(t *testing.T) {
	f := newFixture(t, gemmModel(t), []int8{1, -2, 3, 4})
	n := f.tr.Steps()
	for step := uint64(0); step < n; step++ {
		out, stderr, err := runCLI(f.args("--prove", fmt.Sprint(step))...)
		require.NoError(t, err)
		require.Empty(t, stderr)
		var v vm.StepVector
		require.NoError(t, json.Unmarshal([]byte(out), &v))
		require.Equal(t, step, v.Step)
		require.Equal(t, "tiny", v.Name)
		require.Equal(t, f.m.ID(), v.ModelID)
		require.NotEmpty(t, v.Witness)
		want, err := f.tr.StateAt(step)
		require.NoError(t, err)
		require.Equal(t, want.Hash(), v.PreHash)
		replay(t, v)
		if final := f.tr.Final(); step == n-1 {
			require.Equal(t, final.Hash(), v.PostHash)
		}
	}

	// The vector is the golden vectors' JSON: indented, newline-terminated.
	pre, post, w, err := f.tr.ProveStep(1)
	require.NoError(t, err)
	golden, err := json.MarshalIndent(vm.NewStepVector("tiny", pre, post, w), "", "  ")
	require.NoError(t, err)
	path := filepath.Join(f.dir, "step1.json")
	out, _, err := runCLI(f.args("--prove", "1", "--out", path)...)
	require.NoError(t, err)
	require.Contains(t, out, "wrote step 1 ")
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Equal(t, string(golden)+"\n", string(b))

	// At or past N: the halted state, an empty witness and a note.
	final := f.tr.Final()
	for _, step := range []uint64{n, n + 5} {
		out, stderr, err := runCLI(f.args("--prove", fmt.Sprint(step))...)
		require.NoError(t, err)
		require.Contains(t, stderr, "the witness is empty")
		var v vm.StepVector
		require.NoError(t, json.Unmarshal([]byte(out), &v))
		require.Empty(t, v.Witness)
		require.Equal(t, n, v.Step)
		require.Equal(t, final.Hash(), v.PreHash)
		require.Equal(t, v.PreHash, v.PostHash)
		replay(t, v)
	}
}

func TestRunInputFormatsAgree(t *testing.T) {
	in := []int8{-128, 127, 0, -7}
	f := newFixture(t, gemmModel(t), in)
	want, _, err := runCLI(f.args("--json")...)
	require.NoError(t, err)

	bin := filepath.Join(f.dir, "input.bin")
	raw := make([]byte, len(in))
	for k, v := range in {
		raw[k] = byte(v)
	}
	require.NoError(t, os.WriteFile(bin, raw, 0o644))
	nested := filepath.Join(f.dir, "nested.json")
	require.NoError(t, os.WriteFile(nested, []byte("[[-128, 127],\n [0, -7]]\n"), 0o644))
	for _, path := range []string{bin, nested} {
		got, _, err := runCLI("--model", f.model, "--input", path, "--json")
		require.NoError(t, err, path)
		require.Equal(t, want, got, path)
	}
}

// TestRunBinaryInputStartingWithBracket: the byte '[' (91) is a valid int8;
// a binary file that starts with it is still binary, and --input-format
// overrides the extension.
func TestRunBinaryInputStartingWithBracket(t *testing.T) {
	in := []int8{91, 32, 93, 10}
	f := newFixture(t, gemmModel(t), in)
	want, _, err := runCLI(f.args("--json")...)
	require.NoError(t, err)
	bin := filepath.Join(f.dir, "input.bin")
	require.NoError(t, os.WriteFile(bin, []byte("[ ]\n"), 0o644))
	got, _, err := runCLI("--model", f.model, "--input", bin, "--json")
	require.NoError(t, err)
	require.Equal(t, want, got)
	asJSON := filepath.Join(f.dir, "input.txt")
	require.NoError(t, os.WriteFile(asJSON, tensorfile.EncodeJSON([]int64{91, 32, 93, 10}), 0o644))
	got, _, err = runCLI("--model", f.model, "--input", asJSON, "--input-format", "json", "--json")
	require.NoError(t, err)
	require.Equal(t, want, got)
	_, _, err = runCLI("--model", f.model, "--input", bin, "--input-format", "yaml")
	require.ErrorContains(t, err, `--input-format "yaml": want json, binary, float, png or auto`)
}

func TestRunEnv(t *testing.T) {
	f := newFixture(t, gemmModel(t), []int8{1, 2, 3, 4})
	want, _, err := runCLI(f.args()...)
	require.NoError(t, err)
	t.Setenv("OPML_MODEL", f.model)
	t.Setenv("OPML_INPUT", f.input)
	got, _, err := runCLI()
	require.NoError(t, err)
	require.Equal(t, want, got)
}

func TestRunErrors(t *testing.T) {
	t.Setenv("OPML_MODEL", "")
	t.Setenv("OPML_INPUT", "")
	f := newFixture(t, gemmModel(t), []int8{1, 2, 3, 4})
	write := func(name string, b []byte) string {
		p := filepath.Join(f.dir, name)
		require.NoError(t, os.WriteFile(p, b, 0o644))
		return p
	}
	missing := filepath.Join(f.dir, "missing.opml")
	garbage := write("garbage.opml", []byte("not a model"))
	enc := f.m.Encode()
	truncated := write("truncated.opml", enc[:len(enc)-1])
	short := write("short.json", []byte("[1,2,3]"))
	wide := write("wide.json", []byte("[1,300,3,4]"))
	empty := write("empty.bin", nil)
	b := model.NewBuilder()
	tm, err := b.Build(b.Reshape(b.InputInt32(4), 2, 2))
	require.NoError(t, err)
	tokens := write("tokens.opml", tm.Encode())

	for _, c := range []struct {
		name string
		args []string
		want []string
	}{
		{"missing model", []string{"--model", missing, "--input", f.input}, []string{"opml: open model: ", missing, "no such file or directory"}},
		{"missing input", []string{"--model", f.model, "--input", missing}, []string{"opml: open input: ", "no such file or directory"}},
		{"malformed model", []string{"--model", garbage, "--input", f.input}, []string{"opml: malformed model " + garbage + ": model: "}},
		{"truncated model", []string{"--model", truncated, "--input", f.input}, []string{"opml: malformed model ", "model: file is"}},
		{"short input", []string{"--model", f.model, "--input", short}, []string{
			"opml: input " + short + " does not fit model " + f.model, "has 3 values", "takes 4"}},
		{"value out of range", []string{"--model", f.model, "--input", wide}, []string{
			"opml: input " + wide + ": tensorfile: value 300 at index 1 is out of the int8 range"}},
		{"empty input", []string{"--model", f.model, "--input", empty}, []string{"tensorfile: empty file"}},
		{"step and prove", f.args("--step", "1", "--prove", "1"), []string{"opml: --step and --prove cannot be used together"}},
		{"out without prove", f.args("--out", filepath.Join(f.dir, "x.json")), []string{"opml: --out is only used with --prove"}},
		{"no model", []string{"--input", f.input}, []string{"opml: no model: pass --model FILE or set OPML_MODEL"}},
		{"no input", []string{"--model", f.model}, []string{"opml: no input: pass --input FILE or set OPML_INPUT"}},
		{"argument", f.args("extra"), []string{`opml: run takes no arguments, got "extra"`}},
		{"int32 input model", []string{"--model", tokens, "--input", f.input}, []string{
			"opml: input " + f.input + ": the model's input is int32 [4] (token ids); the input formats read int8 values only"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, _, err := runCLI(c.args...)
			require.Error(t, err)
			for _, w := range c.want {
				require.Contains(t, err.Error(), w)
			}
			require.Empty(t, out)
		})
	}

	_, _, err = runCLI("--model", missing, "--input", f.input)
	require.ErrorIs(t, err, fs.ErrNotExist)
	require.True(t, strings.HasPrefix(err.Error(), "opml: open model: "))
}

// TestRunCompiledConvOutput is the case end to end: an ONNX model
// whose output is a Conv's [1, 3, 5, 4], compiled, run on a float input:
// `opml run` prints the output in ONNX's NCHW order, element for element
// within the quantization error of the float model's output, and keeps the
// VM's [5, 4, 3] bytes beside it.
func TestRunCompiledConvOutput(t *testing.T) {
	const C, H, W = 3, 5, 4
	r := rand.New(rand.NewPCG(7, 7))
	uniform := func(n int, scale float32) []float32 {
		v := make([]float32, n)
		for i := range v {
			v[i] = (r.Float32()*2 - 1) * scale
		}
		return v
	}
	data := onnxbuild.New(13).Input("x", 1, 2, H, W).
		Init("w", []int64{C, 2, 3, 3}, uniform(C*2*9, 0.5)).Init("b", []int64{C}, []float32{-1, 0, 1}).
		Node("Conv", "conv", []string{"x", "w", "b"}, []string{"y"}, onnxbuild.Ints("pads", 1, 1, 1, 1)).
		Output("y").Bytes()
	dir := t.TempDir()
	onnxPath, modelPath := filepath.Join(dir, "conv.onnx"), filepath.Join(dir, "conv.opml")
	require.NoError(t, os.WriteFile(onnxPath, data, 0o644))
	samples := make([][]float32, 16)
	for k := range samples {
		samples[k] = uniform(2*H*W, 1)
	}
	calib, err := json.Marshal(samples)
	require.NoError(t, err)
	calibPath := filepath.Join(dir, "calib.json")
	require.NoError(t, os.WriteFile(calibPath, calib, 0o644))
	_, _, err = opmlCLI("compile", "--onnx", onnxPath, "--calibration", calibPath, "--out", modelPath)
	require.NoError(t, err)

	input, err := json.Marshal(samples[3])
	require.NoError(t, err)
	inputPath := filepath.Join(dir, "x.json")
	require.NoError(t, os.WriteFile(inputPath, input, 0o644))
	out, _, err := opmlCLI("run", "--model", modelPath, "--input", inputPath, "--input-format", "float", "--json")
	require.NoError(t, err)
	var res result
	require.NoError(t, json.Unmarshal([]byte(out), &res))
	require.Equal(t, "onnx", res.OutputOrder)
	require.Equal(t, []int{1, C, H, W}, res.OutputShape)
	require.Equal(t, []uint32{H, W, C}, res.VMOutputShape)

	g, err := onnx.Decode(data)
	require.NoError(t, err)
	run, err := reference.NewRunner(g)
	require.NoError(t, err)
	defer run.Close()
	x := graph.NewTensor(g.InputShape...)
	copy(x.Data, samples[3])
	want, err := run.Output(x)
	require.NoError(t, err)
	m, err := model.Decode(mustRead(t, modelPath))
	require.NoError(t, err)
	card, err := modelcard.Load(modelcard.Path(modelPath), m)
	require.NoError(t, err)
	lo, hi := float32(math.Inf(1)), float32(math.Inf(-1))
	for _, v := range want.Data {
		lo, hi = min(lo, v), max(hi, v)
	}
	tol := 0.05*float64(hi-lo) + 2*card.Output.Scale
	require.Len(t, res.OutputDequantized, C*H*W)
	for i, v := range want.Data {
		require.InDelta(t, v, res.OutputDequantized[i], tol, "ONNX element %d (c %d, h %d, w %d)", i, i/(H*W), i/W%H, i%W)
		// The VM's bytes hold the same value at (h·W + w)·C + c.
		c, h, w := i/(H*W), i/W%H, i%W
		require.Equal(t, res.Output[i], int64(int8(res.VMOutput[(h*W+w)*C+c])))
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return b
}
