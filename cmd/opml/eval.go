package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"

	"github.com/opml-dev/opml/pipeline/accuracy"
	"github.com/opml-dev/opml/pipeline/mnist"
	"github.com/opml-dev/opml/pipeline/modelcard"
	"github.com/opml-dev/opml/pipeline/onnx"
	"github.com/opml-dev/opml/pipeline/reference"
	"github.com/opml-dev/opml/vm/model"
)

func evalCommand() *cli.Command {
	return &cli.Command{
		Name:  "eval",
		Usage: "measure a compiled model against its float ONNX model on a labelled test set or a text corpus",
		UsageText: "opml eval --model model.opml --onnx model.onnx --data fixtures/mnist/t10k [--limit N] [--json]\n" +
			"opml eval --model lm.opml --onnx lm.onnx --corpus DIR|FILE --calibration SAMPLES [--windows N] [--prompts N] [--tokens N] [--json]",
		Description: "Runs every test input through the float reference (gorgonia) and through the VM, and\n" +
			"prints the float accuracy, the VM accuracy, how often both pick the same class, and the\n" +
			"max and mean absolute error of the dequantized logits. The model's card (model.opml.json)\n" +
			"says how to quantize the inputs.\n\n" +
			"--data names an MNIST-style IDX pair by prefix: PREFIX-images-idx3-ubyte[.gz] and\n" +
			"PREFIX-labels-idx1-ubyte[.gz], or a directory holding t10k-* files.\n\n" +
			"A completion model (int32 token ids [T] in, int32 tokens [T] out; or --lm) is evaluated\n" +
			"as a language model on a text corpus instead: " + lmEvalDescription,
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "model", Usage: "the compiled VM model `FILE`", TakesFile: true, Required: true},
			&cli.StringFlag{Name: "onnx", Usage: "the float model `FILE` it was compiled from", TakesFile: true, Required: true},
			&cli.StringFlag{Name: "data", Usage: "the labelled test set (IDX `PREFIX` or directory); for a classifier", TakesFile: true},
			&cli.IntFlag{Name: "limit", Usage: "evaluate only the first `N` inputs (0: all)"},
			&cli.BoolFlag{Name: "json", Usage: "print the report as one JSON object"},
			&cli.BoolFlag{Name: "quiet", Usage: "no progress bar (no progress lines for a language model)"},
		}, lmEvalFlags...),
		Action: eval,
	}
}

func eval(c *cli.Context) error {
	if c.NArg() > 0 {
		return fmt.Errorf("opml: eval takes no arguments, got %q", c.Args().First())
	}
	modelPath := c.String("model")
	b, err := os.ReadFile(modelPath)
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	m, err := model.Decode(b)
	if err != nil {
		return fmt.Errorf("opml: malformed model %s: %w", modelPath, err)
	}
	card, err := modelcard.Load(modelcard.Path(modelPath), m)
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	if isLM, err := languageModel(c, m); err != nil {
		return err
	} else if isLM {
		return evalLM(c, modelPath, m, card)
	}
	if c.String("data") == "" {
		return fmt.Errorf("opml: eval of a classifier needs --data (the labelled test set)")
	}
	g, err := onnx.Load(c.String("onnx"))
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	set, err := loadLabelled(c.String("data"))
	if err != nil {
		return err
	}
	n := set.Len()
	if l := c.Int("limit"); l > 0 && l < n {
		n = l
	}
	samples := make([]accuracy.Sample, n)
	for k := range samples {
		x, err := mnist.Tensor(set.Images[k], g.InputShape...)
		if err != nil {
			return fmt.Errorf("opml: test input %d: %w", k, err)
		}
		samples[k] = accuracy.Sample{X: x, Label: int(set.Labels[k])}
	}
	runner, err := reference.NewRunner(g)
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	defer runner.Close()
	var progress func(int)
	if !c.Bool("quiet") {
		bar := progressbar.NewOptions(n, progressbar.OptionSetWriter(c.App.ErrWriter), progressbar.OptionSetDescription("evaluating"),
			progressbar.OptionShowCount(), progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(100_000_000))
		progress = func(done int) { _ = bar.Set(done) }
		defer bar.Finish()
	}
	r, err := accuracy.Measure(g, runner.Run, m, card, samples, progress)
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	if c.Bool("json") {
		enc := json.NewEncoder(c.App.Writer)
		return enc.Encode(r)
	}
	_, err = fmt.Fprint(c.App.Writer, r.String())
	return err
}

// loadLabelled reads an IDX image/label pair named by prefix (with or
// without .gz), or the t10k pair of a directory.
func loadLabelled(data string) (*mnist.Set, error) {
	if st, err := os.Stat(data); err == nil && st.IsDir() {
		data = filepath.Join(data, "t10k")
	}
	find := func(kind string) (string, error) {
		for _, p := range []string{data + "-" + kind, data + "-" + kind + ".gz"} {
			if _, err := os.Stat(p); err == nil {
				return p, nil
			}
		}
		return "", fmt.Errorf("opml: --data %s: no %s-%s[.gz]", data, data, kind)
	}
	images, err := find("images-idx3-ubyte")
	if err != nil {
		return nil, err
	}
	labels, err := find("labels-idx1-ubyte")
	if err != nil {
		return nil, err
	}
	set, err := mnist.Load(images, labels)
	if err != nil {
		return nil, fmt.Errorf("opml: %w", err)
	}
	return set, nil
}
