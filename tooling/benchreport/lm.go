package benchreport

import (
	"fmt"
	"strings"

	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/fixtures/fixturebuild"
	"github.com/opml-dev/opml/pipeline/accuracy"
	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/lm"
	"github.com/opml-dev/opml/pipeline/modelcard"
	"github.com/opml-dev/opml/pipeline/onnx"
	"github.com/opml-dev/opml/pipeline/quantize"
	"github.com/opml-dev/opml/pipeline/reference"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/merkle"
	"github.com/opml-dev/opml/vm/model"
)

// LLM is the completion model's pass (fixtures/models/lm.opml, issue 15):
// one teacher-forced pass over a full context, the unit a completion
// dispute is about, measured side by side in one process.
type LLM struct {
	// VM: ExecuteNs is vm.ExecuteInt32 (the fast path), TraceNs
	// vm.NewTraceInt32 + Final (the nodes' trace build), GorgoniaNs
	// reference.Runner.Output on the imported ONNX graph; Params counts the
	// float model's (lm.Config.NumParams).
	VM VMRow `json:"vm"`
	// Trace is the trace service on the same pass; Checkpoint is the heap
	// the Trace retains after GC.
	Trace   TraceRow `json:"trace"`
	Context int      `json:"context"`
	Ops     int      `json:"ops"`
	// TreeBytes is the heap one RAM tree of the model's RAM (RAMLeaves
	// leaves, hashed) retains, measured alone: what one snapshot holds.
	RAMLeaves uint64 `json:"ram_leaves"`
	TreeBytes uint64 `json:"tree_bytes"`
	// Snapshots is the number of full RAM trees the trace keeps
	// (vm.CheckpointPlan); Estimate is vm.TraceBytes, the memory node
	// budgets charge for a trace of the model.
	Snapshots int    `json:"snapshots"`
	Estimate  uint64 `json:"estimate_bytes"`
	// Accuracy is the committed completion model against the trained float
	// model (pipeline/accuracy, as `opml eval` measures it); nil when not
	// measured.
	Accuracy *LMAccuracy `json:"accuracy,omitempty"`
}

// LMAccuracy is the completion model's accuracy report: next-token
// agreement and bits per byte on held-out windows (Data names them), and
// greedy completions of prompts of the first lmPromptLen bytes of windows.
type LMAccuracy struct {
	Data        string                    `json:"data"`
	Next        accuracy.LMReport         `json:"next"`
	Completions accuracy.CompletionReport `json:"completions"`
}

// lmPromptLen and lmTokens: each accuracy prompt is the first lmPromptLen
// bytes of a window, completed by lmTokens greedy tokens (lmPromptLen +
// lmTokens = T, the fixture's context).
const (
	lmPromptLen = 32
	lmTokens    = 32
)

// measureLMAccuracy measures the committed completion model m (with its
// card) against the trained float model f on s.lmWindows held-out windows
// and s.lmPrompts prompts; the int8 bits per byte come from the logits
// program compiled as the fixture was (fixturebuild.BuildLM).
func measureLMAccuracy(root string, f *lm.Model, m *model.Model, card *modelcard.Card, s suite) (*LMAccuracy, error) {
	lf, err := fixturebuild.BuildLM(root, quantize.ArgmaxOff)
	if err != nil {
		return nil, err
	}
	windows, what, err := fixturebuild.LMHeldoutWindows(root, f.Context, s.lmWindows)
	if err != nil {
		return nil, err
	}
	next, err := accuracy.MeasureLM(f, m, card, lf.Result.Model, lf.Result.Card, windows)
	if err != nil {
		return nil, err
	}
	comp, err := accuracy.MeasureCompletions(f, m, accuracy.SpreadPrompts(windows, s.lmPrompts, lmPromptLen), lmTokens)
	if err != nil {
		return nil, err
	}
	return &LMAccuracy{Data: what, Next: *next, Completions: *comp}, nil
}

// LMDisputeRow is one whole completion dispute on the completion model,
// played down to the most expensive sampled step of one step kind
// (contracts/arbiter TestGasReport).
type LMDisputeRow struct {
	Kind       string `json:"kind"` // op family, or "halt"
	Step       uint64 `json:"step"` // the step executed onchain
	Rounds     int    `json:"rounds"`
	Moves      int    `json:"moves"`
	Request    uint64 `json:"request"` // requestCompletion (the consumer's)
	Submit     uint64 `json:"submit"`  // submitCompletion
	Bisects    uint64 `json:"bisects"`
	Challenge  uint64 `json:"challenge"`
	Chooses    uint64 `json:"chooses"`
	StepGas    uint64 `json:"step_gas"`
	Submitter  uint64 `json:"submitter"`  // Submit + Bisects
	Challenger uint64 `json:"challenger"` // Challenge + Chooses + StepGas
}

// lmText is the text whose bytes, repeated, are the measured pass's input
// (fixtures/fixturebuild BenchmarkInferenceLM uses the same ids).
const lmText = "Q: What do you get when you cross a fortune with a compiler? A: "

// lmTraceSeed seeds the StateAt / ProveStep step indices.
const lmTraceSeed = 13

// TraceBound is how far a Trace's retained heap may exceed vm.TraceBytes
// (its snapshot trees, the ops' outputs and a working tree) and still
// count as bounded by it: the rest is the checkpoint states, the output
// and slices' slack, nothing that grows with the steps. Node budgets charge
// vm.TraceBytes per trace, so this is also the check that they are honest.
const TraceBound = 1.1

func measureLM(r *Report, root string, s suite) error {
	m, card, err := fixtures.LoadModel(fixtures.LM)
	if err != nil {
		return err
	}
	src, f, err := fixturebuild.ReadTrainedLM(root)
	if err != nil {
		return fmt.Errorf("benchreport: the trained completion model (is --root the repository root?): %w", err)
	}
	g, err := onnx.Decode(src)
	if err != nil {
		return fmt.Errorf("benchreport: lm: %w", err)
	}
	runner, err := reference.NewRunner(g)
	if err != nil {
		return err
	}
	defer runner.Close()
	h := &m.Header
	T := int(h.Input.Numel())
	in, x := make([]int32, T), graph.NewTensor(g.InputShape...)
	if len(x.Data) != T {
		return fmt.Errorf("benchreport: lm: the ONNX input has %d elements, the VM model %d", len(x.Data), T)
	}
	for k := range in {
		in[k] = int32(lmText[k%len(lmText)])
		x.Data[k] = float32(in[k])
	}
	l := &LLM{Context: T, Ops: len(m.Ops), RAMLeaves: uint64(h.RAMLeaves), Trace: TraceRow{Model: fixtures.LM},
		VM: VMRow{Model: fixtures.LM, Params: int64(f.Config.NumParams()), Steps: h.NumSteps,
			Desc: fmt.Sprintf("byte decoder, %d layers, D %d, %d heads (%d KV), T %d", f.Config.Layers, f.Dim, f.Heads, f.KVHeads, f.Context)}}
	exec := func() error { _, err := vm.ExecuteInt32(m, in); return err }
	newTrace := func() (*vm.Trace, error) { return vm.NewTraceInt32(m, in) }
	float := func() error { _, err := runner.Output(x); return err }
	if err := measureSides(&l.VM, s.opBudget, exec, newTrace, float); err != nil {
		return err
	}
	// One checkpoint's RAM tree, measured before the Trace (nothing large is
	// live then or freed in between): the mean of treeClones clones of a
	// hashed tree of the model's RAM, as newTrace keeps them.
	const treeClones = 8
	mem, _, err := retained(func() (any, error) {
		t, err := merkle.New(int(h.RAMDepth), uint64(h.RAMLeaves))
		if err != nil {
			return nil, err
		}
		t.Root()
		clones := make([]*merkle.Tree, treeClones)
		for i := range clones {
			clones[i] = t.Clone()
		}
		return clones, nil
	})
	if err != nil {
		return err
	}
	l.TreeBytes = mem / treeClones
	snap, _ := vm.CheckpointPlan(m)
	for _, s := range snap {
		if s {
			l.Snapshots++
		}
	}
	l.Estimate = vm.TraceBytes(m)
	if _, err := measureTrace(&l.Trace, newTrace, s.traceCalls, lmTraceSeed); err != nil {
		return err
	}
	if l.Accuracy, err = measureLMAccuracy(root, f, m, card, s); err != nil {
		return err
	}
	r.LLM = l
	return nil
}

// lmDisputeHeader starts the completion dispute table of the arbiter gas
// report.
const lmDisputeHeader = "| step kind | step | rounds | moves | requestCompletion | submitCompletion | bisects | challenge | chooses | step gas | submitter | challenger |"

// ParseLMDisputes reads the completion dispute table of the arbiter gas
// report (contracts/arbiter TestGasReport's markdown, the table after
// lmDisputeHeader). A report without it gives no rows and no error; a row
// whose sides are not the sums of their transactions is an error.
func ParseLMDisputes(md string) ([]LMDisputeRow, error) {
	i := strings.Index(md, lmDisputeHeader)
	if i < 0 {
		return nil, nil
	}
	var rows []LMDisputeRow
	for _, line := range strings.Split(md[i+len(lmDisputeHeader):], "\n")[1:] {
		c := cells(line)
		if c == nil {
			if strings.TrimSpace(line) == "" && len(rows) > 0 {
				break
			}
			continue
		}
		if len(c) != 12 {
			return nil, fmt.Errorf("benchreport: completion dispute row %q: %d cells, want 12", line, len(c))
		}
		if strings.HasPrefix(c[1], "-") {
			continue // the alignment row
		}
		var v [11]uint64
		for k := range v {
			x, err := parseGas(c[k+1])
			if err != nil {
				return nil, fmt.Errorf("benchreport: completion dispute row %q: %v", line, err)
			}
			v[k] = x
		}
		row := LMDisputeRow{Kind: c[0], Step: v[0], Rounds: int(v[1]), Moves: int(v[2]), Request: v[3], Submit: v[4], Bisects: v[5],
			Challenge: v[6], Chooses: v[7], StepGas: v[8], Submitter: v[9], Challenger: v[10]}
		if row.Submitter != row.Submit+row.Bisects || row.Challenger != row.Challenge+row.Chooses+row.StepGas {
			return nil, fmt.Errorf("benchreport: completion dispute row %q: a side is not the sum of its transactions", line)
		}
		rows = append(rows, row)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("benchreport: the completion dispute table has no rows")
	}
	return rows, nil
}

// WorstLMDispute returns the completion dispute whose larger side is the
// largest (false if there is none).
func WorstLMDispute(rows []LMDisputeRow) (LMDisputeRow, bool) {
	var w LMDisputeRow
	for _, d := range rows {
		if max(d.Submitter, d.Challenger) > max(w.Submitter, w.Challenger) {
			w = d
		}
	}
	return w, len(rows) > 0
}

// lmAccuracy is r's completion model accuracy, nil when not measured.
func lmAccuracy(r *Report) *LMAccuracy {
	if r.LLM == nil || r.LLM.Accuracy == nil || r.LLM.Accuracy.Next.Positions == 0 {
		return nil
	}
	return r.LLM.Accuracy
}

// Bounded reports whether the trace's retained heap is within TraceBound
// of vm.TraceBytes (false when not measured).
func (l *LLM) Bounded() bool {
	return l.Estimate > 0 && l.Trace.Checkpoint > 0 && float64(l.Trace.Checkpoint) <= TraceBound*float64(l.Estimate)
}

// Goals of issue 15 (the completion model's performance goals).
const (
	goalLMSteps       = 1 << 20
	goalLMTraceFactor = 4
	goalLMStateAtNs   = 50e6
)

// lmGoals appends the goals of issue 15 against r's figures.
func lmGoals(r *Report, add func(goal, measured string, ok *bool)) {
	const (
		gSteps   = "completion pass (lm.opml, T = 64): steps N ≤ 2^20 (k = 16: ≤ 5 rounds)"
		gFloat   = "completion pass: VM fast path at least as fast as gorgonia float on the same pass"
		gFull    = "completion pass: full run with commitments ≤ 4× the fast path"
		gStateAt = "completion pass: StateAt p99 ≤ 50 ms"
		gMemory  = "completion pass: trace memory bounded (≤ 1.1 × vm.TraceBytes: sparse checkpoints, the node budget's charge)"
	)
	if r.LLM == nil || r.LLM.VM.Steps == 0 {
		for _, g := range []string{gSteps, gFloat, gFull, gStateAt, gMemory} {
			add(g, "–", nil)
		}
	} else {
		l, v, t := r.LLM, r.LLM.VM, r.LLM.Trace
		add(gSteps, fmt.Sprintf("N = %s (%d rounds at k = 16)", comma(v.Steps), Rounds(v.Steps, 16)), met(v.Steps <= goalLMSteps))
		if v.ExecuteNs > 0 && v.GorgoniaNs > 0 {
			add(gFloat, fmt.Sprintf("VM %s, float %s: VM time / float time = %s", dur(v.ExecuteNs), dur(v.GorgoniaNs), sig3(v.ExecuteNs/v.GorgoniaNs)), met(v.ExecuteNs <= v.GorgoniaNs))
		} else {
			add(gFloat, "–", nil)
		}
		if v.ExecuteNs > 0 && v.TraceNs > 0 {
			add(gFull, fmt.Sprintf("%s (%s / %s)", ratio(v.TraceNs, v.ExecuteNs), dur(v.TraceNs), dur(v.ExecuteNs)), met(v.TraceNs <= goalLMTraceFactor*v.ExecuteNs))
		} else {
			add(gFull, "–", nil)
		}
		if t.Samples > 0 {
			add(gStateAt, fmt.Sprintf("%s (median %s, %d random steps)", dur(t.StateAtP99), dur(t.StateAtMedian), t.Samples), met(t.StateAtP99 <= goalLMStateAtNs))
		} else {
			add(gStateAt, "–", nil)
		}
		if l.Estimate > 0 && t.Checkpoint > 0 {
			add(gMemory, fmt.Sprintf("%s retained, vm.TraceBytes %s (%d RAM trees for %d op boundaries; one tree per boundary: %s)", mib(t.Checkpoint), mib(l.Estimate),
				l.Snapshots, t.Checkpoints, mib(uint64(t.Checkpoints)*l.TreeBytes)), met(l.Bounded()))
		} else {
			add(gMemory, "–", nil)
		}
	}
	const (
		gAgree = "completion model: next-token agreement with the float model ≥ 95% (held-out text)"
		gBPB   = "completion model: bits per byte within 5% of the float model's"
	)
	if a := lmAccuracy(r); a == nil {
		add(gAgree, "–", nil)
		add(gBPB, "–", nil)
	} else {
		n := &a.Next
		add(gAgree, fmt.Sprintf("%.2f%% of %s positions (%d windows)", 100*n.Agreement, comma(uint64(n.Positions)), n.Windows), met(n.AgreementMet()))
		add(gBPB, fmt.Sprintf("VM %.4f, float %.4f (%+.2f%%)", n.VMBPB, n.FloatBPB, 100*(n.VMBPB/n.FloatBPB-1)), met(n.BPBMet()))
	}
	const gGas = "whole completion dispute on lm.opml ≤ 2M gas per side (k = 16, worst step kind)"
	if w, ok := WorstLMDispute(r.Gas.LM); ok {
		add(gGas, fmt.Sprintf("max side %s (submitter %s, challenger %s; step kind %s)", comma(max(w.Submitter, w.Challenger)),
			comma(w.Submitter), comma(w.Challenger), w.Kind), met(max(w.Submitter, w.Challenger) <= goalDisputeSide))
	} else {
		add(gGas, "–", nil)
	}
}

func renderLLM(w writer, r *Report) {
	w("## 8. Completion model (LLM)\n\n")
	if l := r.LLM; l == nil {
		w("*Not measured in this run.*\n\n")
	} else {
		v, t := l.VM, l.Trace
		w("The committed completion model `fixtures/models/%s.opml`\n(%s): one teacher-forced pass\n", v.Model, v.Desc)
		w("over a full context of T = %d token ids, the pass a completion's trace and its dispute are about\n", l.Context)
		w("(docs/protocol.md §3.6). Input: the bytes of a fixed English text, repeated to T ids (the\n")
		w("ids of `BenchmarkInferenceLM`). *Fast path*: `vm.ExecuteInt32`. *Full run*: `vm.NewTraceInt32`\n")
		w("+ `Final`, the trace build a submitter or challenger runs (a checkpoint at every op boundary,\n")
		w("sparse as in spec §8, and the final commitment). *gorgonia*: a reused `reference.Runner` (float32) on the\n")
		w("imported ONNX graph of the trained model (fixtures/trained/lm.onnx) and the same ids. Times\n")
		w("are medians over interleaved batches in one process; heap figures as in section 1.\n\n")
		w("| params | ops | steps N | rounds (k = 16) | fast path | gorgonia float | fast path vs float | full run + commitment | full run / fast path | peak heap | allocated |\n")
		w("|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|\n")
		w("| %s | %d | **%s** | %d | %s | %s | %s | %s | **%s** | %s | %s |\n\n", comma(uint64(v.Params)), l.Ops, comma(v.Steps), Rounds(v.Steps, 16),
			dur(v.ExecuteNs), dur(v.GorgoniaNs), versus(v.ExecuteNs, v.GorgoniaNs), dur(v.TraceNs), ratio(v.TraceNs, v.ExecuteNs), mib(v.PeakHeap), mib(v.AllocPerRun))
		w("Trace service on the same pass: StateAt and ProveStep timed individually at step indices drawn\n")
		w("uniformly from [0, N) by a PCG with the seed shown. *Trace memory* is the heap a live Trace\n")
		w("retains after GC; *RAM tree* the heap one RAM tree (%s leaves of 32 bytes, with its cached\n", comma(l.RAMLeaves))
		w("node levels) retains, measured alone. A Trace keeps every op's output and a full RAM tree only\n")
		w("at the snapshots of `vm.CheckpointPlan` (spec §8); `vm.TraceBytes` is its memory as node budgets\n")
		w("charge it. It grows with the activations and the op count, not with N. *One tree per boundary*\n")
		w("is what a trace would hold with a full RAM tree at every op boundary.\n\n")
		w("| calls | seed | StateAt median | StateAt p99 | ProveStep median | ProveStep p99 | op boundaries | RAM trees kept | RAM tree | one tree per boundary | vm.TraceBytes | trace memory |\n")
		w("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
		w("| %d | %d | %s | **%s** | %s | %s | %d | %d | %s | %s | %s | **%s** (%s bytes) |\n\n", t.Samples, t.Seed, dur(t.StateAtMedian), dur(t.StateAtP99),
			dur(t.ProveMedian), dur(t.ProveP99), t.Checkpoints, l.Snapshots, mib(l.TreeBytes), mib(uint64(t.Checkpoints)*l.TreeBytes), mib(l.Estimate), mib(t.Checkpoint), comma(t.Checkpoint))
	}
	w("### Accuracy of the completion model\n\n")
	if a := lmAccuracy(r); a == nil {
		w("*Not measured in this run.*\n\n")
	} else {
		n, c := &a.Next, &a.Completions
		w("The committed completion model (int8, the VM) against the trained float model (`lm.Forward`), by\n")
		w("the measures of `opml eval` (pipeline/accuracy), on %s. *Agreement*: the VM's greedy next\n", a.Data)
		w("token equals the float model's, at every position of every window of T + 1 bytes. *Bits per byte*:\n")
		w("the cross-entropy of the next byte, the VM side from the logits program (the same compilation\n")
		w("without the final Argmax). *Completions*: prompts of the first %d bytes of windows spread evenly\n", lmPromptLen)
		w("over them, %d greedy tokens each, by the float model and by `vm/complete` (what a claim asserts).\n\n", c.Tokens)
		w("| windows | positions | next-token agreement | greedy accuracy float | greedy accuracy VM | bits/byte float | bits/byte VM | prompts | identical completions | mean first divergence |\n")
		w("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
		w("| %d | %s | **%.2f%%** | %.2f%% | %.2f%% | %.4f | **%.4f** (%+.2f%%) | %d | %.0f%% | token %.1f of %d |\n\n", n.Windows, comma(uint64(n.Positions)),
			100*n.Agreement, 100*n.FloatAccuracy, 100*n.VMAccuracy, n.FloatBPB, n.VMBPB, 100*(n.VMBPB/n.FloatBPB-1), c.Prompts, 100*c.Identical, c.MeanFirstDivergence, c.Tokens)
	}
	w("### Whole completion dispute, per side\n\n")
	if len(r.Gas.LM) == 0 {
		w("*Not in the arbiter gas report.*\n\n")
		return
	}
	w("Receipt gas on the simulated chain under the rules of section 3 (contracts/arbiter TestGasReport,\n")
	w("which also asserts the 2M goal per side). A consumer asks for a completion; a liar claims the\n")
	w("honest completion with its last token changed and lies about every state after one chosen step;\n")
	w("the honest watcher challenges, and the game (k = 16, the deployed default) narrows to that step,\n")
	w("executed onchain by the real StepVerifier, which resolves the game. One whole game per step kind\n")
	w("of the model, each at the most expensive of its sampled steps (every op's first step, the middle\n")
	w("and last step of its first iteration and its last step, sent to the StepVerifier first).\n")
	w("*Submitter*: submitCompletion + every bisect. *Challenger*: challenge + every choose + the step.\n")
	w("requestCompletion is the consumer's, on neither side. The first game of the deployment (the first\n")
	w("row) also writes storage slots from zero, so its request and challenge cost more.\n\n")
	w("| step kind | step t | rounds | moves | requestCompletion | submitCompletion | bisects | challenge | chooses | step | submitter | challenger |\n")
	w("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	worst, _ := WorstLMDispute(r.Gas.LM)
	for _, d := range r.Gas.LM {
		sub, ch := comma(d.Submitter), comma(d.Challenger)
		if d == worst {
			sub, ch = "**"+sub+"**", "**"+ch+"**"
		}
		w("| %s | %s | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s |\n", d.Kind, comma(d.Step), d.Rounds, d.Moves, comma(d.Request), comma(d.Submit),
			comma(d.Bisects), comma(d.Challenge), comma(d.Chooses), comma(d.StepGas), sub, ch)
	}
	w("\n**Bold**: the game with the largest side (%s gas, step kind %s).\n\n", comma(max(worst.Submitter, worst.Challenger)), worst.Kind)
}
