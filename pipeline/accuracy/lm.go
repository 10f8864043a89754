package accuracy

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/modelcard"
	"github.com/opml-dev/opml/pipeline/quantize"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/complete"
	"github.com/opml-dev/opml/vm/model"
)

// The language-model accuracy goals (issue 15): the VM's next-token
// agreement with the float model at least GoalAgreement, and its bits per
// byte (int8 logits) at most GoalBPBLoss above the float model's.
const (
	GoalAgreement = 0.95
	GoalBPBLoss   = 0.05
)

// FloatLM is a float language model of a fixed context, the side a
// compiled completion model is compared with: *lm.Model (the trained
// weights) and GraphLM (an imported graph run by a float evaluator) are
// FloatLMs.
type FloatLM interface {
	// Forward returns the logits [len(ids), V], row-major: row t predicts
	// the token after ids[0..t].
	Forward(ids []int) ([]float32, error)
	// Greedy returns the n tokens greedily decoded after prompt.
	Greedy(prompt []int, n int) ([]int, error)
}

// LMReport compares a language model in float with its compiled
// completion model on text windows: at every position, the next byte's
// prediction.
type LMReport struct {
	Windows       int     `json:"windows"`
	Positions     int     `json:"positions"`          // predictions compared
	Agreement     float64 `json:"nextTokenAgreement"` // fraction where the VM's greedy token is the float model's
	FloatAccuracy float64 `json:"floatAccuracy"`      // fraction where the float model's greedy token is the next byte
	VMAccuracy    float64 `json:"vmAccuracy"`         // the same for the VM
	FloatBPB      float64 `json:"floatBitsPerByte"`   // cross-entropy of the next byte, float logits
	VMBPB         float64 `json:"vmBitsPerByte"`      // the same from the logits program's int8 logits (dequantized)
}

// AgreementMet says whether the next-token agreement reaches GoalAgreement.
func (r *LMReport) AgreementMet() bool { return r.Agreement >= GoalAgreement }

// BPBMet says whether the VM's bits per byte are within GoalBPBLoss of
// the float model's.
func (r *LMReport) BPBMet() bool { return r.VMBPB <= r.FloatBPB*(1+GoalBPBLoss) }

// MeasureLM runs every window (T+1 token ids: the context and its next
// tokens; T the completion model's context) through the float model f,
// the completion model m (int32 ids → the greedy next token at every
// position) and the logits program lm (the same compilation without the
// Argmax: its output is the int8 logits [T, V]; an Argmax model's own
// logits are clamped below the rows' tops, docs/onnx.md), and compares
// them.
func MeasureLM(f FloatLM, m *model.Model, card *modelcard.Card, logits *model.Model, lcard *modelcard.Card, windows [][]int) (*LMReport, error) {
	if err := card.Check(m); err != nil {
		return nil, fmt.Errorf("accuracy: %w", err)
	}
	if err := lcard.Check(logits); err != nil {
		return nil, fmt.Errorf("accuracy: %w", err)
	}
	if len(windows) == 0 {
		return nil, fmt.Errorf("accuracy: no windows")
	}
	T, err := complete.Context(&m.Header)
	if err != nil {
		return nil, fmt.Errorf("accuracy: %w", err)
	}
	r := &LMReport{}
	var agree, fok, vok int
	var fbits, vbits float64
	for k, w := range windows {
		if len(w) != T+1 {
			return nil, fmt.Errorf("accuracy: window %d has %d ids, want %d", k, len(w), T+1)
		}
		fwd, err := f.Forward(w[:T])
		if err != nil {
			return nil, fmt.Errorf("accuracy: window %d: %w", k, err)
		}
		in := make([]int32, T)
		for i, id := range w[:T] {
			in[i] = int32(id)
		}
		ram, err := vm.ExecuteInt32(m, in)
		if err != nil {
			return nil, fmt.Errorf("accuracy: window %d: %w", k, err)
		}
		greedy := vm.ReadTensor(m.Header.Output, ram)
		if ram, err = vm.ExecuteInt32(logits, in); err != nil {
			return nil, fmt.Errorf("accuracy: window %d: %w", k, err)
		}
		ql, err := lcard.Output.Dequantize(vm.ReadTensor(logits.Header.Output, ram))
		if err != nil {
			return nil, fmt.Errorf("accuracy: %w", err)
		}
		V := len(fwd) / T
		if V == 0 || len(fwd) != T*V {
			return nil, fmt.Errorf("accuracy: the float model gave %d logits for %d ids", len(fwd), T)
		}
		if len(greedy) != T || len(ql) != T*V {
			return nil, fmt.Errorf("accuracy: the VM model's output has %d tokens and %d logits, want %d and %d", len(greedy), len(ql), T, T*V)
		}
		for p := range T {
			next := w[p+1]
			if next < 0 || next >= V {
				return nil, fmt.Errorf("accuracy: window %d: token %d is outside the vocabulary of %d", k, next, V)
			}
			fl := fwd[p*V : (p+1)*V]
			best := argmax(fl)
			if int64(best) == greedy[p] {
				agree++
			}
			if best == next {
				fok++
			}
			if greedy[p] == int64(next) {
				vok++
			}
			fbits += nll(fl, next)
			vbits += nll(ql[p*V:(p+1)*V], next)
		}
		r.Windows++
		r.Positions += T
	}
	n := float64(r.Positions)
	r.Agreement, r.FloatAccuracy, r.VMAccuracy = float64(agree)/n, float64(fok)/n, float64(vok)/n
	r.FloatBPB, r.VMBPB = fbits/n, vbits/n
	return r, nil
}

func argmax(x []float32) int {
	best := 0
	for i, v := range x {
		if v > x[best] {
			best = i
		}
	}
	return best
}

// nll is −log2 softmax(x)[target], in float64.
func nll(x []float32, target int) float64 {
	mx := math.Inf(-1)
	for _, v := range x {
		mx = max(mx, float64(v))
	}
	s := 0.0
	for _, v := range x {
		s += math.Exp(float64(v) - mx)
	}
	return (math.Log(s) - (float64(x[target]) - mx)) / math.Ln2
}

func (r *LMReport) String() string {
	return fmt.Sprintf("%d windows, %d positions: next-token agreement %.2f%%; greedy accuracy float %.2f%%, VM %.2f%%; bits per byte float %.4f, VM (int8 logits) %.4f (%+.2f%%)",
		r.Windows, r.Positions, 100*r.Agreement, 100*r.FloatAccuracy, 100*r.VMAccuracy, r.FloatBPB, r.VMBPB, 100*(r.VMBPB/r.FloatBPB-1))
}

// CompletionReport compares greedy completions of the float model and
// the VM.
type CompletionReport struct {
	Prompts             int     `json:"prompts"`
	Tokens              int     `json:"tokens"`              // generated per prompt
	Identical           float64 `json:"identical"`           // fraction of completions equal token for token
	MeanFirstDivergence float64 `json:"meanFirstDivergence"` // mean index of the first differing token (Tokens when identical)
}

// SpreadPrompts returns at most n prompts: the first P ids of windows
// spread evenly over them (every max(1, len/n)-th window from the first).
func SpreadPrompts(windows [][]int, n, P int) [][]int {
	var out [][]int
	for k := 0; k < len(windows) && len(out) < n; k += max(1, len(windows)/n) {
		out = append(out, windows[k][:P])
	}
	return out
}

// MeasureCompletions generates n tokens greedily after every prompt with
// the float model (f.Greedy) and the completion model m (vm/complete:
// what a completion claim asserts) and compares the completions.
func MeasureCompletions(f FloatLM, m *model.Model, prompts [][]int, n int) (*CompletionReport, error) {
	if len(prompts) == 0 {
		return nil, fmt.Errorf("accuracy: no prompts")
	}
	r := &CompletionReport{Prompts: len(prompts), Tokens: n}
	same, div := 0, 0
	for k, p := range prompts {
		want, err := f.Greedy(p, n)
		if err != nil {
			return nil, fmt.Errorf("accuracy: prompt %d: %w", k, err)
		}
		ids := make([]int32, len(p))
		for i, id := range p {
			ids[i] = int32(id)
		}
		got, err := complete.Greedy(m, ids, n)
		if err != nil {
			return nil, fmt.Errorf("accuracy: prompt %d: %w", k, err)
		}
		d := n
		for i := range n {
			if int(got.Tokens[i]) != want[i] {
				d = i
				break
			}
		}
		if d == n {
			same++
		}
		div += d
	}
	r.Identical = float64(same) / float64(len(prompts))
	r.MeanFirstDivergence = float64(div) / float64(len(prompts))
	return r, nil
}

func (r *CompletionReport) String() string {
	return fmt.Sprintf("%d prompts, %d tokens each: %.1f%% of the VM's greedy completions identical to the float model's; mean first divergence at token %.2f",
		r.Prompts, r.Tokens, 100*r.Identical, r.MeanFirstDivergence)
}

// ValueError is one graph value's quantization error on one input: the
// VM's dequantized value against the float one.
type ValueError struct {
	Name     string  `json:"name"`
	Op       int     `json:"op"`
	RelRMS   float64 `json:"relRms"`   // RMS of the error over RMS of the float value
	MaxAbs   float64 `json:"maxAbs"`   // the largest error
	RelRange float64 `json:"relRange"` // MaxAbs over the float value's range on this input
}

// ValueErrors compares every value res locates (quantize.Result.Values)
// in the final RAM of one VM run with the float values of the same input
// (want, by name, as quantize.Evaluate returns them), worst RelRMS first.
// The masked elements of causal values (Value.Causal) are skipped.
func ValueErrors(res *quantize.Result, want map[string]*graph.Tensor, ram []byte) ([]ValueError, error) {
	var out []ValueError
	for name, v := range res.Values {
		w, ok := want[name]
		if !ok {
			return nil, fmt.Errorf("accuracy: no float value %q", name)
		}
		q := vm.ReadTensor(res.Model.Ops[v.Op].Out, ram)
		if len(q) != len(w.Data) {
			return nil, fmt.Errorf("accuracy: value %q has %d VM and %d float elements", name, len(q), len(w.Data))
		}
		var se, sf, mx float64
		lo, hi := math.Inf(1), math.Inf(-1)
		for e, f := range w.Data {
			x := float64(f)
			if v.Causal && quantize.CausalMask(w.Shape, e) {
				continue
			}
			d := v.Scale*float64(q[e]-int64(v.Zero)) - x
			se, sf, mx = se+d*d, sf+x*x, max(mx, math.Abs(d))
			lo, hi = min(lo, x), max(hi, x)
		}
		ve := ValueError{Name: name, Op: v.Op, MaxAbs: mx}
		if sf > 0 {
			ve.RelRMS = math.Sqrt(se / sf)
		}
		if hi > lo {
			ve.RelRange = mx / (hi - lo)
		}
		out = append(out, ve)
	}
	slices.SortFunc(out, func(a, b ValueError) int {
		if c := cmp.Compare(b.RelRMS, a.RelRMS); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
	return out, nil
}
