package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/opml-dev/opml/pipeline/accuracy"
	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/lm"
	"github.com/opml-dev/opml/pipeline/modelcard"
	"github.com/opml-dev/opml/pipeline/onnx"
	"github.com/opml-dev/opml/pipeline/quantize"
	"github.com/opml-dev/opml/pipeline/reference"
	"github.com/opml-dev/opml/vm/complete"
	"github.com/opml-dev/opml/vm/model"
)

const lmEvalDescription = "the float model (the ONNX graph through\n" +
	"the gorgonia reference) against the int8 model (the .opml through the VM): next-token\n" +
	"agreement and greedy accuracy over --windows windows of T+1 bytes of the corpus, bits per\n" +
	"byte of both (the int8 side from the logits program, recompiled from --onnx with\n" +
	"--calibration and the card's method; the completion model itself must come out of the same\n" +
	"compilation, or eval stops), and over --prompts prompts the share of --tokens-token greedy\n" +
	"completions identical to the float model's and the mean first divergence. Goals: agreement\n" +
	"at least 95%, bits per byte within 5% of float.\n\n" +
	"--corpus is a directory of fortune files or one text file, split as pipeline/lm splits\n" +
	"its training corpus: fortune k is held out when k mod 20 == 19. --split heldout (default) reads\n" +
	"the held-out fortunes; --split all every fortune, training ones first (--skip 96 on the\n" +
	"committed sample skips its calibration windows). Windows start at multiples of T. Prompts\n" +
	"are the first T - tokens bytes of windows spread evenly over the evaluated ones."

var lmEvalFlags = []cli.Flag{
	&cli.BoolFlag{Name: "lm", Usage: "evaluate as a language model (without it: when the model is a completion model)"},
	&cli.StringFlag{Name: "corpus", Usage: "the text `PATH`: a directory of fortune files or one text file", TakesFile: true},
	&cli.StringFlag{Name: "split", Value: "heldout", Usage: "the `PART` of the corpus: heldout (every 20th fortune) or all"},
	&cli.IntFlag{Name: "skip", Usage: "skip the first `N` windows of the part"},
	&cli.IntFlag{Name: "windows", Value: 400, Usage: "compare next-token predictions on at most `N` windows of T+1 bytes"},
	&cli.IntFlag{Name: "prompts", Value: 100, Usage: "complete at most `N` prompts"},
	&cli.IntFlag{Name: "tokens", Value: 32, Usage: "generate `N` greedy tokens per prompt"},
	&cli.StringFlag{Name: "calibration", Usage: "the calibration `SAMPLES` the model was compiled with (as for compile): eval recompiles its logits program from them", TakesFile: true},
}

// languageModel says whether eval treats m as a language model: when it
// is a completion model (vm/complete.Context), or by --lm.
func languageModel(c *cli.Context, m *model.Model) (bool, error) {
	_, err := complete.Context(&m.Header)
	switch {
	case err != nil && c.Bool("lm"):
		return false, fmt.Errorf("opml: --lm: %w", err)
	case err != nil && c.IsSet("corpus"):
		return false, fmt.Errorf("opml: --corpus evaluates language models: %w", err)
	case err == nil && c.IsSet("data"):
		return false, fmt.Errorf("opml: %s is a completion model: evaluate it on a text --corpus, not --data", c.String("model"))
	}
	return err == nil, nil
}

// lmEvaluation is `opml eval`'s report on a language model.
type lmEvaluation struct {
	Model        string                     `json:"model"`
	ModelID      string                     `json:"modelId"`
	ONNX         string                     `json:"onnx"`
	Corpus       string                     `json:"corpus"`
	Split        string                     `json:"split"`
	Skip         int                        `json:"skip"`
	Context      int                        `json:"context"`
	Vocab        int                        `json:"vocab"`
	Calibration  modelcard.Calibration      `json:"calibration"`
	PromptTokens int                        `json:"promptTokens"`
	NextToken    *accuracy.LMReport         `json:"nextToken"`
	Completions  *accuracy.CompletionReport `json:"completions"`
	Goals        []lmGoal                   `json:"goals"`
}

// lmGoal is one accuracy goal of issue 15 and whether it is met.
type lmGoal struct {
	Name  string  `json:"name"`
	Goal  string  `json:"goal"`
	Value float64 `json:"value"`
	Met   bool    `json:"met"`
}

func evalLM(c *cli.Context, modelPath string, m *model.Model, card *modelcard.Card) error {
	T, err := complete.Context(&m.Header)
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	corpus, calib, onnxPath := c.String("corpus"), c.String("calibration"), c.String("onnx")
	switch {
	case corpus == "":
		return fmt.Errorf("opml: eval of a language model needs --corpus (a directory of fortune files or a text file)")
	case calib == "":
		return fmt.Errorf("opml: eval of a language model needs --calibration (the samples %s was compiled with), to recompile its logits program for bits per byte", modelPath)
	case c.Int("windows") < 1 || c.Int("prompts") < 1 || c.Int("tokens") < 1 || c.Int("skip") < 0:
		return fmt.Errorf("opml: --windows, --prompts and --tokens must be at least 1 and --skip at least 0")
	case c.Int("tokens") >= T:
		return fmt.Errorf("opml: --tokens %d leaves no prompt in the context of %d (prompts are the first T - tokens bytes of a window)", c.Int("tokens"), T)
	}
	src, err := os.ReadFile(onnxPath)
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	if want := card.Source.ONNXSHA256; want != "" {
		if h := sha256.Sum256(src); hex.EncodeToString(h[:]) != want {
			return fmt.Errorf("opml: %s is not the float model %s was compiled from (its card records ONNX sha256 %s)", onnxPath, modelPath, want)
		}
	}
	g, err := onnx.Decode(src)
	if err != nil {
		return fmt.Errorf("opml: %s: %w", onnxPath, err)
	}
	runner, err := reference.NewRunner(g)
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	defer runner.Close()
	float, err := accuracy.NewGraphLM(g, runner.Output)
	if err != nil {
		return fmt.Errorf("opml: %s: %w", onnxPath, err)
	}
	if float.Context != T {
		return fmt.Errorf("opml: %s has a context of %d, the model %d", onnxPath, float.Context, T)
	}
	windows, err := evalWindows(corpus, c.String("split"), c.Int("skip"), c.Int("windows"), T)
	if err != nil {
		return err
	}
	P := T - c.Int("tokens")
	prompts := accuracy.SpreadPrompts(windows, c.Int("prompts"), P)

	progress := func(format string, a ...any) {
		if !c.Bool("quiet") {
			fmt.Fprintf(c.App.ErrWriter, format+"\n", a...)
		}
	}
	cal := card.Source.Calibration
	progress("compiling the logits program (%s, %d samples of %s)", cal.Method, cal.Samples, calib)
	logits, err := logitsProgram(g, src, runner, m, card, calib)
	if err != nil {
		return err
	}
	progress("next-token predictions on %d windows", len(windows))
	next, err := accuracy.MeasureLM(float, m, card, logits.Model, logits.Card, windows)
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	progress("greedy completions of %d prompts, %d tokens each", len(prompts), c.Int("tokens"))
	comp, err := accuracy.MeasureCompletions(float, m, prompts, c.Int("tokens"))
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	r := &lmEvaluation{
		Model: modelPath, ModelID: m.ID().Hex(), ONNX: onnxPath, Corpus: corpus, Split: c.String("split"), Skip: c.Int("skip"),
		Context: T, Vocab: float.Vocab, Calibration: cal, PromptTokens: P, NextToken: next, Completions: comp,
		Goals: []lmGoal{
			{Name: "next-token agreement", Goal: fmt.Sprintf(">= %g", accuracy.GoalAgreement), Value: next.Agreement, Met: next.AgreementMet()},
			{Name: "bits per byte", Goal: fmt.Sprintf("<= float x %g", 1+accuracy.GoalBPBLoss), Value: next.VMBPB, Met: next.BPBMet()},
		},
	}
	if c.Bool("json") {
		return json.NewEncoder(c.App.Writer).Encode(r)
	}
	return r.write(c.App.Writer)
}

// evalWindows are the evaluation windows of T+1 ids of a corpus
// (lm.ReadFortunes): the stream of its held-out fortunes or of all of them
// (training ones first), cut at multiples of T (lm.Stream.FullWindows), the
// first skip dropped, at most limit kept.
func evalWindows(corpus, split string, skip, limit, T int) ([][]int, error) {
	c, err := lm.ReadFortunes(corpus)
	if err != nil {
		return nil, fmt.Errorf("opml: --corpus: %w", err)
	}
	var part [][]byte
	switch split {
	case "heldout":
		if len(c.Heldout) == 0 {
			return nil, fmt.Errorf("opml: --corpus %s has %d fortunes, none held out (fortune k is held out when k mod %d == %d); --split all evaluates every one", corpus, len(c.Train), lm.HeldoutEvery, lm.HeldoutEvery-1)
		}
		part = c.Heldout
	case "all":
		part = c.All()
	default:
		return nil, fmt.Errorf("opml: --split %q: want heldout or all", split)
	}
	w := lm.NewStream(part).FullWindows(T)
	if skip >= len(w) {
		return nil, fmt.Errorf("opml: --corpus %s (--split %s) gives %d windows of %d bytes, none past --skip %d", corpus, split, len(w), T+1, skip)
	}
	w = w[skip:]
	return w[:min(len(w), limit)], nil
}

// logitsProgram compiles the graph again on the calibration samples with
// the card's method, once with the Argmax (which must reproduce m: the
// same calibration) and once without (the logits program: its int8
// logits give the VM's bits per byte).
func logitsProgram(g *graph.Graph, src []byte, runner *reference.Runner, m *model.Model, card *modelcard.Card, calib string) (*quantize.Result, error) {
	cal := card.Source.Calibration
	if cal.Samples < 1 {
		return nil, fmt.Errorf("opml: the card of the model records no calibration (method %q, %d samples): its logits program cannot be recompiled", cal.Method, cal.Samples)
	}
	samples, err := calibrationSamples(calib, g, cal.Samples)
	if err != nil {
		return nil, err
	}
	opt := quantize.Options{Method: quantize.Method(cal.Method), Percentile: cal.Percentile, Name: card.Name, Source: src, Argmax: quantize.ArgmaxOn}
	same, err := quantize.Compile(g, samples, runner.Run, opt)
	if err != nil {
		return nil, fmt.Errorf("opml: %w", err)
	}
	if same.Model.ID() != m.ID() {
		return nil, fmt.Errorf("opml: --calibration %s (%d samples, %s) does not reproduce the model: compiling gives model ID %s, the model is %s; give the samples it was compiled with", calib, len(samples), cal.Method, same.Model.ID().Hex(), m.ID().Hex())
	}
	opt.Argmax = quantize.ArgmaxOff
	res, err := quantize.Compile(g, samples, runner.Run, opt)
	if err != nil {
		return nil, fmt.Errorf("opml: %w", err)
	}
	return res, nil
}

func met(ok bool) string {
	if ok {
		return "met"
	}
	return "missed"
}

// write prints the report as a table.
func (r *lmEvaluation) write(w io.Writer) error {
	n, c := r.NextToken, r.Completions
	part := "held-out fortunes (every 20th)"
	if r.Split == "all" {
		part = "all fortunes"
	}
	if r.Skip > 0 {
		part += fmt.Sprintf(", past the first %d windows", r.Skip)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "model\t%s (%s), context %d, vocabulary %d\n", r.Model, r.ModelID, r.Context, r.Vocab)
	fmt.Fprintf(tw, "float\t%s through the float reference (gorgonia)\n", r.ONNX)
	fmt.Fprintf(tw, "int8\tthe model through the VM; bits per byte from its logits program (%s, %d samples)\n", r.Calibration.Method, r.Calibration.Samples)
	fmt.Fprintf(tw, "corpus\t%s: %s, %d windows of %d bytes, %d predictions\n", r.Corpus, part, n.Windows, r.Context+1, n.Positions)
	fmt.Fprintf(tw, "completions\t%d prompts of %d bytes, %d greedy tokens each\n", c.Prompts, r.PromptTokens, c.Tokens)
	if err := tw.Flush(); err != nil {
		return err
	}
	var table bytes.Buffer
	tw = tabwriter.NewWriter(&table, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "\nmetric\tfloat\tint8 (VM)\tgoal\t")
	fmt.Fprintf(tw, "next-token agreement\t\t%.2f%%\t>= %.0f%%\t%s\n", 100*n.Agreement, 100*accuracy.GoalAgreement, met(n.AgreementMet()))
	fmt.Fprintf(tw, "greedy next-byte accuracy\t%.2f%%\t%.2f%%\t\t\n", 100*n.FloatAccuracy, 100*n.VMAccuracy)
	fmt.Fprintf(tw, "bits per byte\t%.4f\t%.4f (%+.2f%%)\t<= float +%.0f%%\t%s\n", n.FloatBPB, n.VMBPB, 100*(n.VMBPB/n.FloatBPB-1), 100*accuracy.GoalBPBLoss, met(n.BPBMet()))
	fmt.Fprintf(tw, "completions identical to float\t\t%.1f%%\t\t\n", 100*c.Identical)
	fmt.Fprintf(tw, "mean first divergence\t\ttoken %.2f of %d\t\t\n", c.MeanFirstDivergence, c.Tokens)
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, line := range strings.SplitAfter(table.String(), "\n") {
		if _, err := io.WriteString(w, strings.TrimRight(line, " \n")+strings.Repeat("\n", strings.Count(line, "\n"))); err != nil {
			return err
		}
	}
	return nil
}
