package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/lm"
	"github.com/opml-dev/opml/pipeline/mnist"
	"github.com/opml-dev/opml/pipeline/modelcard"
	"github.com/opml-dev/opml/pipeline/onnx"
	"github.com/opml-dev/opml/pipeline/quantize"
	"github.com/opml-dev/opml/pipeline/reference"
	"github.com/opml-dev/opml/pipeline/tensorfile"
)

func compileCommand() *cli.Command {
	return &cli.Command{
		Name:      "compile",
		Usage:     "compile a float ONNX model into a VM model, quantized to int8 and calibrated on sample inputs",
		UsageText: "opml compile --onnx model.onnx --calibration SAMPLES --out model.opml [--method minmax|percentile] [--samples N]",
		Description: "Imports the ONNX graph (opset 7-17, NCHW; docs/onnx.md), runs the calibration samples\n" +
			"through the float reference (gorgonia) to choose every activation's int8 range, quantizes\n" +
			"weights per output channel and writes the VM model file (--out) and its model card\n" +
			"(--out + \".json\": input/output scales and layout; docs/quantization.md).\n\n" +
			"SAMPLES is an MNIST-style IDX images file (raw or .gz; pixels scaled to [0, 1]) or a JSON\n" +
			"file holding an array of inputs, each a flat or nested array of floats in the model's\n" +
			"input shape (NCHW). For a language model (token-id input) SAMPLES may also be a text\n" +
			"file (.txt): its bytes, cut into windows of the context's length, are the token ids;\n" +
			"or a directory of fortune files: the stream of its fortunes (training ones first, the\n" +
			"held-out every 20th after them), cut the same way.\n\n" +
			"A language model whose input is token ids [1, T] and whose output is logits [1, T, V]\n" +
			"compiles into a completion model: an Argmax over the vocabulary is appended, so the\n" +
			"output is int32 [T], the greedy next token at every position (--argmax off keeps the\n" +
			"int8 logits; docs/onnx.md).",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "onnx", Usage: "read the float model from `FILE`", TakesFile: true, Required: true},
			&cli.StringFlag{Name: "calibration", Usage: "calibration inputs `FILE` (IDX images or JSON)", TakesFile: true, Required: true},
			&cli.StringFlag{Name: "out", Usage: "write the VM model to `FILE` (and its card to FILE.json)", TakesFile: true, Required: true},
			&cli.StringFlag{Name: "method", Value: string(quantize.MinMax), Usage: "activation range `METHOD`: minmax or percentile"},
			&cli.Float64Flag{Name: "percentile", Value: 99.99, Usage: "with --method percentile: keep values up to the `P`-th percentile"},
			&cli.IntFlag{Name: "samples", Value: 200, Usage: "use at most `N` calibration inputs (the first N)"},
			&cli.StringFlag{Name: "name", Usage: "model `NAME` recorded in the card (default: the ONNX file name)"},
			&cli.StringFlag{Name: "argmax", Value: "auto", Usage: "append an Argmax over the output's last axis: `auto` (for a token-id model with [1, T, V] logits), on or off"},
		},
		Action: compile,
	}
}

func compile(c *cli.Context) error {
	if c.NArg() > 0 {
		return fmt.Errorf("opml: compile takes no arguments, got %q", c.Args().First())
	}
	if c.Int("samples") < 1 {
		return fmt.Errorf("opml: --samples %d: want at least 1", c.Int("samples"))
	}
	start := time.Now()
	onnxPath := c.String("onnx")
	src, err := os.ReadFile(onnxPath)
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	g, err := onnx.Decode(src)
	if err != nil {
		return fmt.Errorf("opml: %s: %w", onnxPath, err)
	}
	argmax, ok := map[string]quantize.ArgmaxMode{"auto": quantize.ArgmaxAuto, "on": quantize.ArgmaxOn, "off": quantize.ArgmaxOff}[c.String("argmax")]
	if !ok {
		return fmt.Errorf("opml: --argmax %q: want auto, on or off", c.String("argmax"))
	}
	samples, err := calibrationSamples(c.String("calibration"), g, c.Int("samples"))
	if err != nil {
		return err
	}
	runner, err := reference.NewRunner(g)
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	defer runner.Close()
	name := c.String("name")
	if name == "" {
		name = strings.TrimSuffix(filepath.Base(onnxPath), filepath.Ext(onnxPath))
	}
	res, err := quantize.Compile(g, samples, runner.Run, quantize.Options{
		Method: quantize.Method(c.String("method")), Percentile: c.Float64("percentile"), Name: name, Source: src, Argmax: argmax})
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	out := c.String("out")
	file := res.Model.Encode()
	card, err := res.Card.Encode()
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	if err := os.WriteFile(out, file, 0o644); err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	if err := os.WriteFile(modelcard.Path(out), card, 0o644); err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	h := res.Model.Header
	w := c.App.Writer
	fmt.Fprintf(w, "model      %s (%s)\n", out, name)
	fmt.Fprintf(w, "model ID   %s\n", res.Model.ID())
	fmt.Fprintf(w, "ops        %d, steps N = %d\n", h.NumOps, h.NumSteps)
	fmt.Fprintf(w, "size       %d bytes (ONNX %d bytes, %.2fx)\n", len(file), len(src), float64(len(file))/float64(len(src)))
	for _, t := range []struct {
		name string
		t    *modelcard.Tensor
	}{{"input     ", &res.Card.Input}, {"output    ", &res.Card.Output}} {
		fmt.Fprintf(w, "%s %v (VM %s %v, %s), scale %.6g, zero point %d\n",
			t.name, t.t.Shape, t.t.DType, t.t.VMShape, t.t.Layout, t.t.Scale, t.t.ZeroPoint)
	}
	fmt.Fprintf(w, "calibrated on %d samples (%s)\n", len(samples), res.Card.Source.Calibration.Method)
	fmt.Fprintf(w, "card       %s\n", modelcard.Path(out))
	fmt.Fprintf(c.App.ErrWriter, "compiled in %s\n", time.Since(start).Round(time.Millisecond))
	return nil
}

// calibrationSamples reads at most limit calibration inputs of g from
// path: for a token-id model a directory of fortune files (fortuneWindows)
// or a .txt file (textWindows), otherwise IDX images or JSON (loadInputs).
func calibrationSamples(path string, g *graph.Graph, limit int) ([]*graph.Tensor, error) {
	if g.InputInt {
		if st, err := os.Stat(path); err == nil && st.IsDir() {
			return fortuneWindows(path, g.InputShape, limit)
		}
		if strings.EqualFold(filepath.Ext(path), ".txt") {
			return textWindows(path, g.InputShape, limit)
		}
	}
	return loadInputs(path, g.InputShape, limit)
}

// fortuneWindows reads a directory of fortune files (lm.ReadFortunes) as
// token-id inputs of the given shape: the stream of its fortunes, training
// ones first (lm.Corpus.All), cut into windows of T ids at multiples of T
// (lm.Stream.FullWindows), as fixtures/fixturebuild calibrates the
// committed completion model. At most limit are returned.
func fortuneWindows(dir string, shape []int, limit int) ([]*graph.Tensor, error) {
	c, err := lm.ReadFortunes(dir)
	if err != nil {
		return nil, fmt.Errorf("opml: %w", err)
	}
	T := graph.Numel(shape)
	var out []*graph.Tensor
	for _, w := range lm.NewStream(c.All()).FullWindows(T) {
		if len(out) == limit {
			break
		}
		t := graph.NewTensor(shape...)
		for i, id := range w[:T] {
			t.Data[i] = float32(id)
		}
		out = append(out, t)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("opml: %s: its fortunes are shorter than one window of %d bytes", dir, T+1)
	}
	return out, nil
}

// loadInputs reads float inputs of the given shape: an IDX images file
// (pixels / 255) or a JSON array of inputs. At most limit are returned.
func loadInputs(path string, shape []int, limit int) ([]*graph.Tensor, error) {
	var out []*graph.Tensor
	if strings.EqualFold(filepath.Ext(path), ".json") {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("opml: %w", err)
		}
		flat, err := tensorfile.ParseFloatJSON(b)
		if err != nil {
			return nil, fmt.Errorf("opml: %s: %w", path, err)
		}
		n := graph.Numel(shape)
		if len(flat) == 0 || len(flat)%n != 0 {
			return nil, fmt.Errorf("opml: %s: %d values are not a whole number of inputs of shape %v (%d values each)", path, len(flat), shape, n)
		}
		for k := 0; k < len(flat)/n && k < limit; k++ {
			t := graph.NewTensor(shape...)
			copy(t.Data, flat[k*n:(k+1)*n])
			out = append(out, t)
		}
		return out, nil
	}
	images, err := mnist.LoadImages(path)
	if err != nil {
		return nil, fmt.Errorf("opml: %w", err)
	}
	for k := 0; k < len(images) && k < limit; k++ {
		t, err := mnist.Tensor(images[k], shape...)
		if err != nil {
			return nil, fmt.Errorf("opml: %s: image %d: %w", path, k, err)
		}
		out = append(out, t)
	}
	if len(out) == 0 {
		return nil, errors.New("opml: " + path + ": no inputs")
	}
	return out, nil
}

// textWindows cuts a text file into token-id inputs of the given shape:
// window k holds bytes [k·T, k·T + T) as ids (byte-level models). At most
// limit are returned; a text shorter than one window is an error.
func textWindows(path string, shape []int, limit int) ([]*graph.Tensor, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("opml: %w", err)
	}
	T := graph.Numel(shape)
	var out []*graph.Tensor
	for k := 0; (k+1)*T <= len(b) && k < limit; k++ {
		t := graph.NewTensor(shape...)
		for i, c := range b[k*T : (k+1)*T] {
			t.Data[i] = float32(c)
		}
		out = append(out, t)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("opml: %s: %d bytes, fewer than one window of %d", path, len(b), T)
	}
	return out, nil
}
