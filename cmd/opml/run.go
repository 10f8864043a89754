package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/pipeline/imagefile"
	"github.com/opml-dev/opml/pipeline/modelcard"
	"github.com/opml-dev/opml/pipeline/tensorfile"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// maxShown is the number of output values text mode prints.
const maxShown = 64

func runCommand() *cli.Command {
	return &cli.Command{
		Name:  "run",
		Usage: "run a model on an input: print the result, the state at a step, or prove a step",
		UsageText: "opml run --model M --input I [--json]\n" +
			"opml run --model M --input I --step T [--json]\n" +
			"opml run --model M --input I --prove T [--out FILE]",
		Description: "The input file is a JSON array of int8 values (flat or nested, read row-major)\n" +
			"or raw binary, one two's complement int8 per byte; --input-format auto (the default)\n" +
			"reads a .json file as JSON, a .png file as an image and any other file as binary.\n" +
			"--input-format float reads a JSON array of floats in the float model's input shape (NCHW)\n" +
			"and png a grayscale image (pixels / 255); both are quantized with the model's card\n" +
			"(MODEL.json, written by opml compile). int8 inputs (json, binary) are in the VM's order\n" +
			"(HWC for an image input), float and png inputs in the ONNX model's (NCHW).\n" +
			"With a model card the output is printed in the ONNX model's shape and order, with its\n" +
			"dequantized values; without one in the VM's. --json also prints the VM's output tensor\n" +
			"as a claim carries it onchain (vmOutput, hex; vmOutputShape): docs/onnx.md, Input and output layout.\n" +
			"Steps are numbered from 0;\n" +
			"--step T shows the state after T steps, --prove T proves the step from it.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "model", Usage: "read the model from `FILE`", EnvVars: []string{"OPML_MODEL"}, TakesFile: true},
			&cli.StringFlag{Name: "input", Usage: "read the input tensor (JSON or binary) from `FILE`", EnvVars: []string{"OPML_INPUT"}, TakesFile: true},
			&cli.StringFlag{Name: "input-format", Value: "auto", Usage: "input `FORMAT`: json (int8), binary (int8), float (JSON), png, or auto (by extension: .json, .png, else binary)"},
			&cli.BoolFlag{Name: "json", Usage: "print one JSON object"},
			&cli.Uint64Flag{Name: "step", Usage: "print the state before step `T` instead of the result", DefaultText: "none"},
			&cli.Uint64Flag{Name: "prove", Usage: "write the step vector (JSON) of step `T` instead of the result", DefaultText: "none"},
			&cli.StringFlag{Name: "out", Usage: "with --prove: write the vector to `FILE` instead of stdout", TakesFile: true},
		},
		Action: run,
	}
}

func run(c *cli.Context) error {
	if c.NArg() > 0 {
		return fmt.Errorf("opml: run takes no arguments, got %q (the model and input are --model and --input)", c.Args().First())
	}
	if c.IsSet("step") && c.IsSet("prove") {
		return errors.New("opml: --step and --prove cannot be used together")
	}
	if c.IsSet("out") && !c.IsSet("prove") {
		return errors.New("opml: --out is only used with --prove")
	}
	modelPath, inputPath := c.String("model"), c.String("input")
	if modelPath == "" {
		return errors.New("opml: no model: pass --model FILE or set OPML_MODEL")
	}
	if inputPath == "" {
		return errors.New("opml: no input: pass --input FILE or set OPML_INPUT")
	}
	format, err := inputFormat(c.String("input-format"), inputPath)
	if err != nil {
		return err
	}
	tr, err := load(modelPath, inputPath, format)
	if err != nil {
		return err
	}
	w, ew := c.App.Writer, c.App.ErrWriter
	switch {
	case c.IsSet("step"):
		return printState(w, ew, tr, c.Uint64("step"), c.Bool("json"))
	case c.IsSet("prove"):
		name := strings.TrimSuffix(filepath.Base(modelPath), filepath.Ext(modelPath))
		return prove(w, ew, tr, c.Uint64("prove"), name, c.String("out"))
	}
	card, err := readCard(modelPath, tr.Model())
	if err != nil {
		return err
	}
	return printResult(w, tr, card, c.Bool("json"))
}

// inputFormat picks the input format. The format is never guessed from the
// content: a raw int8 file may begin with the byte '['.
func inputFormat(format, path string) (string, error) {
	switch format {
	case "json", "binary", "float", "png":
		return format, nil
	case "auto":
		switch strings.ToLower(filepath.Ext(path)) {
		case ".json":
			return "json", nil
		case ".png":
			return "png", nil
		}
		return "binary", nil
	}
	return "", fmt.Errorf("opml: --input-format %q: want json, binary, float, png or auto", format)
}

// parseInput reads the input values of model m (at modelPath) in format.
// Every format reads int8 values: a model whose input is int32 (token ids,
// docs/spec.md decision 19) is refused, since the JSON tensor format
// (pipeline/tensorfile) does not read int32 values yet.
func parseInput(format string, b []byte, m *model.Model, modelPath string) ([]int8, error) {
	if m != nil && m.Header.Input.DType != ops.Int8 {
		return nil, fmt.Errorf("the model's input is %v %v (token ids); the input formats read int8 values only", m.Header.Input.DType, m.Header.Input.Shape())
	}
	switch format {
	case "json":
		return tensorfile.ParseJSON(b)
	case "binary":
		return tensorfile.ParseBinary(b)
	}
	card, err := modelcard.Load(modelcard.Path(modelPath), m)
	if err != nil {
		return nil, fmt.Errorf("a %s input needs the model card: %w", format, err)
	}
	var x []float32
	if format == "float" {
		x, err = tensorfile.ParseFloatJSON(b)
	} else {
		x, err = imagefile.Gray(b)
	}
	if err != nil {
		return nil, err
	}
	return card.Input.Quantize(x)
}

// load reads the model and the input and runs the model.
func load(modelPath, inputPath, format string) (*vm.Trace, error) {
	b, err := os.ReadFile(modelPath)
	if err != nil {
		return nil, fmt.Errorf("opml: open model: %w", err)
	}
	m, err := model.Decode(b)
	if err != nil {
		return nil, fmt.Errorf("opml: malformed model %s: %w", modelPath, err)
	}
	if b, err = os.ReadFile(inputPath); err != nil {
		return nil, fmt.Errorf("opml: open input: %w", err)
	}
	values, err := parseInput(format, b, m, modelPath)
	if err != nil {
		return nil, fmt.Errorf("opml: input %s: %w", inputPath, err)
	}
	tr, err := vm.NewTrace(m, values)
	if err != nil {
		if uint64(len(values)) != m.Header.Input.Numel() {
			return nil, fmt.Errorf("opml: input %s does not fit model %s: %w", inputPath, modelPath, err)
		}
		return nil, fmt.Errorf("opml: run model %s: %w", modelPath, err)
	}
	return tr, nil
}

// Output orders of `opml run`: with a model card the output is printed in
// the ONNX model's order, without one in the VM's (the only one known).
const (
	orderONNX = "onnx"
	orderVM   = "vm"
)

// result is what `opml run --json` prints. output, outputShape and
// outputDequantized are in the ONNX model's order and shape when the model
// has a card (outputOrder "onnx"; docs/onnx.md, "Input and output
// layout"), else the VM's (outputOrder "vm"). vmOutput is the VM's output tensor as a claim
// carries it and the chain delivers it (Numel elements in the VM's
// row-major order over vmOutputShape: int8 bytes or 4-byte big-endian
// int32), whatever the order of output.
type result struct {
	ModelID           common.Hash   `json:"modelId"`
	InputRoot         common.Hash   `json:"inputRoot"`
	Steps             uint64        `json:"steps"`
	OutputOrder       string        `json:"outputOrder"`
	OutputShape       []int         `json:"outputShape"`
	OutputDType       string        `json:"outputDType"`
	Output            []int64       `json:"output"`
	OutputDequantized []float32     `json:"outputDequantized,omitempty"`
	Argmax            []int64       `json:"argmax"`
	VMOutputShape     []uint32      `json:"vmOutputShape"`
	VMOutput          hexutil.Bytes `json:"vmOutput"`
	FinalState        hexutil.Bytes `json:"finalState"`
	FinalStateHash    common.Hash   `json:"finalStateHash"`
	OutputRoot        common.Hash   `json:"outputRoot"`
}

// readCard returns the card beside the model file at modelPath, checked
// against m, or nil if there is none.
func readCard(modelPath string, m *model.Model) (*modelcard.Card, error) {
	path := modelcard.Path(modelPath)
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	card, err := modelcard.Load(path, m)
	if err != nil {
		return nil, fmt.Errorf("opml: model card: %w", err)
	}
	return card, nil
}

func printResult(w io.Writer, tr *vm.Trace, card *modelcard.Card, asJSON bool) error {
	out := tr.Model().Header.Output
	final := tr.Final()
	raw, err := arbiter.ClaimOutput(&tr.Model().Header, tr.Output())
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	r := result{
		ModelID:        tr.Model().ID(),
		InputRoot:      tr.InputRoot(),
		Steps:          tr.Steps(),
		OutputOrder:    orderVM,
		OutputDType:    out.DType.String(),
		Output:         tr.Output(),
		Argmax:         argmax(out, tr.Output()),
		VMOutputShape:  out.Shape(),
		VMOutput:       raw,
		FinalState:     final.Encode(),
		FinalStateHash: final.Hash(),
		OutputRoot:     final.OutputRoot,
	}
	for _, d := range out.Shape() {
		r.OutputShape = append(r.OutputShape, int(d))
	}
	if card != nil {
		v, err := card.Output.FromVM(raw)
		if err != nil {
			return fmt.Errorf("opml: output: %w", err)
		}
		r.OutputOrder, r.OutputShape, r.Output = orderONNX, v.Shape, v.Q
		if v.DType == modelcard.DTypeInt8 {
			r.OutputDequantized = v.Real
		}
	}
	if asJSON {
		return writeJSON(w, r)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "model        %s\ninput root   %s\nsteps        %d\n", r.ModelID, r.InputRoot, r.Steps)
	if card != nil {
		fmt.Fprintf(&b, "output       %s %s, ONNX order: %s\n", r.OutputDType, shapeString(r.OutputShape), shown(r.Output, formatInt))
		if r.OutputDequantized != nil {
			fmt.Fprintf(&b, "dequantized  %s\n", shown(r.OutputDequantized, formatFloat))
		}
	} else {
		fmt.Fprintf(&b, "output       %s %s, VM order (no model card): %s\n", r.OutputDType, shapeString(r.OutputShape), shown(r.Output, formatInt))
	}
	am := shown(r.Argmax, formatInt)
	if len(r.Argmax) == 1 {
		am = fmt.Sprint(r.Argmax[0])
	}
	fmt.Fprintf(&b, "argmax       %s\n", am)
	if card != nil {
		fmt.Fprintf(&b, "vm output    %s %s, %d bytes as claimed onchain (--json: vmOutput)\n",
			r.OutputDType, shapeString(r.VMOutputShape), len(r.VMOutput))
	}
	fmt.Fprintf(&b, "final state  %s (%s)\noutput root  %s\n", r.FinalStateHash, final.Status, r.OutputRoot)
	_, err = io.WriteString(w, b.String())
	return err
}

func formatInt(v int64) string     { return strconv.FormatInt(v, 10) }
func formatFloat(v float32) string { return strconv.FormatFloat(float64(v), 'g', -1, 32) }

// shown formats values as a JSON array, the first maxShown of them.
func shown[T any](values []T, format func(T) string) string {
	var b strings.Builder
	b.WriteByte('[')
	for k, v := range values {
		if k == maxShown {
			fmt.Fprintf(&b, ",...] (%d values, --json prints all)", len(values))
			return b.String()
		}
		if k > 0 {
			b.WriteByte(',')
		}
		b.WriteString(format(v))
	}
	b.WriteByte(']')
	return b.String()
}

// shapeString formats a shape as [d0,d1,...].
func shapeString[T int | uint32](shape []T) string {
	parts := make([]string, len(shape))
	for k, d := range shape {
		parts[k] = strconv.FormatUint(uint64(d), 10)
	}
	return "[" + strings.Join(parts, ",") + "]"
}

// argmax returns, for every row of the output tensor t (in the VM's order),
// the index of the row's first maximum: over the classes of a [1, F]
// output, over the channels of each pixel, in (h, w) order, of a
// [1, C, H, W] one (the VM's rows are the innermost axis of its HWC
// layout), as ONNX ArgMax(axis=1) orders them. An int32 output holds argmax indices already (only
// the argmax op makes int32 tensors) and is returned as it is.
func argmax(t ops.Tensor, values []int64) []int64 {
	if t.DType == ops.Int32 {
		return values
	}
	out := []int64{}
	n := int(t.RowLen())
	for r := 0; n > 0 && r+n <= len(values); r += n {
		best := 0
		for k := 1; k < n; k++ {
			if values[r+k] > values[r+best] {
				best = k
			}
		}
		out = append(out, int64(best))
	}
	return out
}

// state is what `opml run --step T --json` prints.
type state struct {
	Step       uint64        `json:"step"`
	Status     string        `json:"status"`
	ModelID    common.Hash   `json:"modelId"`
	RAMRoot    common.Hash   `json:"ramRoot"`
	OutputRoot common.Hash   `json:"outputRoot"`
	PC         uint32        `json:"pc"`
	I          uint32        `json:"i"`
	J          uint32        `json:"j"`
	Acc        ops.Acc       `json:"acc"`
	Encoded    hexutil.Bytes `json:"encoded"`
	Hash       common.Hash   `json:"hash"`
}

func printState(w, ew io.Writer, tr *vm.Trace, t uint64, asJSON bool) error {
	s, err := tr.StateAt(t)
	if err != nil {
		return fmt.Errorf("opml: state at step %d: %w", t, err)
	}
	if t > tr.Steps() {
		fmt.Fprintf(ew, "opml: note: step %d is past the halting step N = %d; showing the halted state\n", t, tr.Steps())
	}
	if asJSON {
		return writeJSON(w, state{Step: s.Step, Status: s.Status.String(), ModelID: s.ModelID, RAMRoot: s.RAMRoot,
			OutputRoot: s.OutputRoot, PC: s.PC, I: s.I, J: s.J, Acc: s.Acc, Encoded: s.Encode(), Hash: s.Hash()})
	}
	_, err = fmt.Fprintf(w, "step        %d\nstatus      %s\npc          %d\ni           %d\nj           %d\nstate hash  %s\n",
		s.Step, s.Status, s.PC, s.I, s.J, s.Hash())
	return err
}

func prove(w, ew io.Writer, tr *vm.Trace, t uint64, name, outPath string) error {
	pre, post, witness, err := tr.ProveStep(t)
	if err != nil {
		return fmt.Errorf("opml: prove step %d: %w", t, err)
	}
	if t >= tr.Steps() {
		fmt.Fprintf(ew, "opml: note: step %d is not before N = %d: the state is halted (step %d), the witness is empty and post = pre\n",
			t, tr.Steps(), pre.Step)
	}
	b, err := json.MarshalIndent(vm.NewStepVector(name, pre, post, witness), "", "  ")
	if err != nil {
		return fmt.Errorf("opml: encode step vector: %w", err)
	}
	b = append(b, '\n')
	if outPath == "" {
		_, err = w.Write(b)
		return err
	}
	if err := os.WriteFile(outPath, b, 0o644); err != nil {
		return fmt.Errorf("opml: write step vector: %w", err)
	}
	_, err = fmt.Fprintf(w, "wrote step %d (%s -> %s) to %s\n", pre.Step, pre.Hash(), post.Hash(), outPath)
	return err
}

// writeJSON writes v as one line of JSON.
func writeJSON(w io.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("opml: encode JSON: %w", err)
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
