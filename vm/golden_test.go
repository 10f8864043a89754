package vm

import (
	"encoding/json"
	"maps"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/testkit/golden"
	"github.com/opml-dev/opml/testkit/randmodel"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

const vectorDir = "../fixtures/vectors"

// goldenCase is a model, an input and the steps whose vectors are recorded.
type goldenCase struct {
	name    string
	model   *model.Model
	input   []int8
	input32 []int32 // the input of a model whose input is int32 (then input is nil)
}

// trace runs the case's model on its input.
func (c goldenCase) trace() (*Trace, error) {
	if c.input32 != nil {
		return NewTraceInt32(c.model, c.input32)
	}
	return NewTrace(c.model, c.input)
}

// edgeModel builds a model with the builder or fails the test.
func edgeModel(t *testing.T, name string, in []int8, f func(b *model.Builder) model.T) goldenCase {
	t.Helper()
	b := model.NewBuilder()
	m, err := b.Build(f(b))
	require.NoError(t, err, name)
	return goldenCase{name: name, model: m, input: in}
}

func fill(n int, v int8) []int8 {
	out := make([]int8, n)
	for k := range out {
		out[k] = v
	}
	return out
}

// half is the channel record that multiplies by exactly 1/2: acc 1 -> 0.5.
var half = []model.Channel{{Bias: 0, Mult: 1 << 30, Shift: 31}}

func goldenCases(t *testing.T) []goldenCase {
	var cases []goldenCase
	// One random model per generator: op_<opcode> ends in that op,
	// model_<kind> are the in-place, reshaped-argmax, chain and empty
	// models. The seed is the kind's index in randmodel.Kinds, which never
	// changes.
	for k, kind := range randmodel.Kinds {
		r := rand.New(rand.NewPCG(uint64(1000+k), 42))
		m, in, err := randmodel.Model(r, kind)
		require.NoError(t, err)
		name := "model_" + kind
		if slices.Contains(randmodel.OpKinds, kind) {
			name = "op_" + kind
		}
		cases = append(cases, goldenCase{name: name, model: m, input: in.Int8, input32: in.Int32})
	}
	full := model.Quant{Lo: -128, Hi: 127}
	cases = append(cases,
		// Saturation: 127*127*40 + bias far beyond int8 in both directions.
		edgeModel(t, "edge_gemm_saturate", fill(40, 127), func(b *model.Builder) model.T {
			return b.Gemm(b.Input(40), 1, 2, append(fill(40, 127), fill(40, -127)...),
				[]model.Channel{{Mult: 1 << 30, Shift: 31}, {Mult: 1 << 30, Shift: 31}}, full)
		}),
		// Rounding ties: 1 * 1 / 2 = 0.5 -> 1, and -1 * 1 / 2 = -0.5 -> -1.
		edgeModel(t, "edge_gemm_tie_positive", []int8{1}, func(b *model.Builder) model.T {
			return b.Gemm(b.Input(1), 1, 1, []int8{1}, half, full)
		}),
		edgeModel(t, "edge_gemm_tie_negative", []int8{-1}, func(b *model.Builder) model.T {
			return b.Gemm(b.Input(1), 1, 1, []int8{1}, half, full)
		}),
		// Avg pool tie: (1 + 2) / 2 = 1.5 -> 2 and (-1 - 2) / 2 -> -2.
		edgeModel(t, "edge_avgpool_tie", []int8{1, -1, 2, -2}, func(b *model.Builder) model.T {
			return b.Pool2D(b.Input(1, 2, 2), false, model.Window{KH: 1, KW: 2, SH: 1, SW: 1}, -128, 127)
		}),
		// Zero-size tensor: the op takes one no-op step.
		edgeModel(t, "edge_zero_size_relu", nil, func(b *model.Builder) model.T {
			return b.ReLU(b.Input(0), 0)
		}),
		// Empty reduction: K = 0, the output is the requantized bias.
		edgeModel(t, "edge_gemm_empty_k", nil, func(b *model.Builder) model.T {
			return b.Gemm(b.Input(0), 1, 2, nil, []model.Channel{{Bias: 7, Mult: 1 << 30, Shift: 30}, {Bias: -300, Mult: 1 << 30, Shift: 30}}, full)
		}),
		// One element: softmax of a single logit is probability 1 (127).
		edgeModel(t, "edge_one_element_softmax", []int8{-5}, func(b *model.Builder) model.T {
			return b.Softmax(b.Input(1), randmodel.ExpTable(rand.New(rand.NewPCG(1, 1))))
		}),
		// No ops at all: the halting step binds the input as the output.
		edgeModel(t, "edge_no_ops_halt", []int8{3, -4, 5}, func(b *model.Builder) model.T {
			return b.Input(3)
		}),
		// Lut: x = -128 and x = 127 read the table's first and last
		// entries (leaves W and W + 7), x = -97 and -96 the last of leaf W
		// and the first of leaf W + 1.
		edgeModel(t, "edge_lut_extremes", []int8{-128, 127, -97, -96, 0}, func(b *model.Builder) model.T {
			return b.Lut(b.Input(5), edgeLutTable)
		}),
		edgeLutInPlace(t),
		edgeInt32Input(t),
		// Gather: the first and last elements of In (leaves 0 and 1) and
		// of In2, the fill for -1, Numel(In) + Numel(In2) and the int32
		// extremes, and entries 7 and 8 either side of an index-table leaf
		// boundary. Small enough that every step is recorded.
		edgeModel(t, "edge_gather_sources", edgeGatherInput, func(b *model.Builder) model.T {
			x := b.Input(40)
			y := b.Gather(x, -1, []uint32{2}, []int32{39, 0}, 0)
			return b.Gather(x, y, []uint32{3, 3}, []int32{0, 39, 40, 41, -1, 42, math.MinInt32, math.MaxInt32, 32}, -77)
		}),
		// Mul: the zero points -128 and 127 give the extreme factors 255
		// and -255 (the largest product, clamped to Lo), a tie (-256/512 =
		// -0.5 -> -1) and values under half; then a second Mul whose
		// multiplier 2^31 - 1 with shift 0 saturates the requantization at
		// both int32 ends before ZOut and the clamp. Two Gathers split the
		// input into the two operands.
		edgeModel(t, "edge_mul_extremes", []int8{127, -128, 0, 1, 127, 0, -128, 127, 126, 125, 126, 125}, func(b *model.Builder) model.T {
			x := b.Input(12)
			a := b.Gather(x, -1, []uint32{6}, []int32{0, 1, 2, 3, 4, 5}, 0)
			c := b.Gather(x, -1, []uint32{6}, []int32{6, 7, 8, 9, 10, 11}, 0)
			y := b.Mul(a, c, model.MulParams{ZA: -128, ZB: 127, ZOut: 3, Lo: -100, Hi: 120, Mul: 1 << 30, Sh: 39})
			return b.Mul(y, y, model.MulParams{ZA: 3, ZOut: 7, Lo: -50, Hi: 60, Mul: 1<<31 - 1, Sh: 0})
		}),
		// Max then Min, operands of different scales compared in one common
		// scale: In's scale is four times In2's (MulIn = MulIn2 = 2^30,
		// shifts 30 and 32), so a - 2 = 10 is 40 against b = 39, 40, 41;
		// 127 against -128 saturates the output at Hi. Then Min against
		// the first operand at equal scales.
		edgeModel(t, "edge_minmax_scales", []int8{12, 12, 12, -8, -8, 127, 39, 40, 41, -41, -40, -128}, func(b *model.Builder) model.T {
			x := b.Input(12)
			a := b.Gather(x, -1, []uint32{6}, []int32{0, 1, 2, 3, 4, 5}, 0)
			c := b.Gather(x, -1, []uint32{6}, []int32{6, 7, 8, 9, 10, 11}, 0)
			m := b.Max(a, c, model.AddParams{ZA: 2, ZOut: 5, MulA: 1 << 30, MulB: 1 << 30, MulOut: 1, ShA: 30, ShB: 32, ShOut: 18, Lo: -128, Hi: 127})
			return b.Min(m, a, model.AddParams{MulA: 1 << 30, MulB: 1 << 30, MulOut: 1, ShA: 30, ShB: 30, ShOut: 20, Lo: -128, Hi: 127})
		}),
		// Gather as Pad: [2 2] -> [3 4], one fill row on top and a fill
		// column either side; In2 absent.
		edgeModel(t, "edge_gather_pad", []int8{1, 2, 3, 4}, func(b *model.Builder) model.T {
			return b.Gather(b.Input(2, 2), -1, []uint32{3, 4}, []int32{-1, -1, -1, -1, -1, 0, 1, -1, -1, 2, 3, -1}, 9)
		}),
	)
	cases = append(cases, attentionEdgeCases(t)...)
	cases = append(cases, transformerGoldenCases(t)...)
	return cases
}

// edgeGatherInput is x[e] = 3e - 60 for e < 40: x[0] = -60, x[32] = 36,
// x[39] = 57.
var edgeGatherInput = func() []int8 {
	x := make([]int8, 40)
	for e := range x {
		x[e] = int8(3*e - 60)
	}
	return x
}()

// edgeLutTable maps x to -1 - x except at the two ends: T[0] (x = -128) is
// 100 and T[255] (x = 127) is -100.
var edgeLutTable = func() [256]int8 {
	var t [256]int8
	for k := range t {
		t[k] = int8(127 - k)
	}
	t[0], t[255] = 100, -100
	return t
}()

// edgeTokenIDs is the input of edge_int32_input: token ids past int8 and
// the int32 extremes, 2 rows of 9 (36 bytes: a row spans two leaves, its
// 9th element alone at the start of the second).
var edgeTokenIDs = []int32{
	0, 1, 127, 128, 255, 256, 50256, 50257, 1 << 24,
	math.MaxInt32, math.MaxInt32 - 1, 65535, 65536, 3, 2, 1, -1, math.MinInt32,
}

func int64s(v []int32) []int64 {
	out := make([]int64, len(v))
	for k, x := range v {
		out[k] = int64(x)
	}
	return out
}

// edgeInt32Input is a version-2 model with an int32 input (token ids, rule
// H7) that a Reshape reads: every int32 element of the input region is
// read by a step and written to a row of another layout (3 rows of 6).
func edgeInt32Input(t *testing.T) goldenCase {
	b := model.NewBuilder()
	m, err := b.Build(b.Reshape(b.InputInt32(2, 9), 3, 6))
	require.NoError(t, err)
	require.Equal(t, uint8(model.Version2), m.Header.Version)
	return goldenCase{name: "edge_int32_input", model: m, input32: edgeTokenIDs}
}

// edgeLutInPlace is a Lut that overwrites its input (the output is the
// input tensor), which the builder never emits: the read and the update
// of each step prove the same leaf.
func edgeLutInPlace(t *testing.T) goldenCase {
	in := ops.NewTensor(ops.Int8, 1, 3)
	w := make([]byte, ops.LutTableLeaves*ops.LeafSize)
	ops.PutLutTable(w, &edgeLutTable)
	m, err := model.New(model.Header{RAMLeaves: 1, Input: in, Output: in}, []ops.Desc{{Op: ops.OpLut, In: in, Out: in}}, w)
	require.NoError(t, err)
	return goldenCase{name: "edge_lut_in_place", model: m, input: []int8{127, 5, -128}}
}

// recordedSteps picks the steps of a case worth recording: all of them for
// tiny models, else the first and last step of every op, the first final
// (write) step of every op, a middle step, and the halting step.
func recordedSteps(m *model.Model) []uint64 {
	n := m.Header.NumSteps
	if n <= 16 {
		out := make([]uint64, n)
		for t := range out {
			out[t] = uint64(t)
		}
		return out
	}
	set := map[uint64]bool{n - 1: true, n / 2: true}
	for k := range m.Ops {
		start, end := m.OpStart(k), m.OpStart(k+1)
		set[start], set[end-1] = true, true
		// The last step of the first iteration (J(0) of a ragged op) and,
		// for a ragged op, the first step of the last iteration.
		d := &m.Ops[k]
		if I, J := d.Schedule(); I*J > 0 {
			if J0 := d.IterLen(0); J0 > 1 && start+J0-1 < end {
				set[start+J0-1] = true
			}
			if d.StepsBefore(I-1) != (I-1)*J {
				set[start+d.StepsBefore(I-1)] = true
			}
		}
	}
	out := make([]uint64, 0, len(set))
	for t := range set {
		out = append(out, t)
	}
	sort.Slice(out, func(a, b int) bool { return out[a] < out[b] })
	return out
}

func caseVectors(t *testing.T, c goldenCase) []StepVector {
	tr, err := c.trace()
	require.NoError(t, err)
	var vs []StepVector
	for _, step := range recordedSteps(c.model) {
		pre, post, w, err := tr.ProveStep(step)
		require.NoError(t, err)
		vs = append(vs, NewStepVector(c.name, pre, post, w))
	}
	return vs
}

// TestGoldenVectors regenerates every vector and compares it with the
// committed file byte for byte; -update rewrites the files.
func TestGoldenVectors(t *testing.T) {
	for _, c := range goldenCases(t) {
		t.Run(c.name, func(t *testing.T) {
			b, err := json.MarshalIndent(caseVectors(t, c), "", "  ")
			require.NoError(t, err)
			b = append(b, '\n')
			golden.Check(t, filepath.Join(vectorDir, c.name+".json"), b, "go test ./vm -update")
		})
	}
}

// TestReplayGoldenVectors replays the committed vectors through Step alone:
// the check the Solidity verifier's tests repeat, and the one that pins the
// step semantics on every architecture the suite runs on.
func TestReplayGoldenVectors(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(vectorDir, "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	count := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		var vs []StepVector
		require.NoError(t, json.Unmarshal(b, &vs), f)
		for _, v := range vs {
			pre, err := DecodeState(v.PreState)
			require.NoError(t, err)
			require.Equal(t, v.PreHash, pre.Hash(), "%s step %d", f, v.Step)
			post, err := Step(pre, v.Witness)
			require.NoError(t, err, "%s step %d", f, v.Step)
			require.Equal(t, v.PostHash, post.Hash(), "%s step %d", f, v.Step)
			require.Equal(t, []byte(v.PostState), post.Encode(), "%s step %d", f, v.Step)
			count++
		}
	}
	t.Logf("replayed %d vectors from %d files", count, len(files))
}

// TestEdgeCaseOutputs pins what the edge cases compute.
func TestEdgeCaseOutputs(t *testing.T) {
	want := map[string][]int64{
		"edge_gemm_saturate":       {127, -128},
		"edge_gemm_tie_positive":   {1},
		"edge_gemm_tie_negative":   {-1},
		"edge_avgpool_tie":         {2, -2},
		"edge_zero_size_relu":      {},
		"edge_gemm_empty_k":        {7, -128},
		"edge_one_element_softmax": {127},
		"edge_no_ops_halt":         {3, -4, 5},
		"edge_lut_extremes":        {100, -100, 96, 95, -1},
		"edge_lut_in_place":        {-100, -6, 100},
		"edge_gather_sources":      {-60, 57, 57, -60, -77, -77, -77, -77, 36},
		"edge_gather_pad":          {9, 9, 9, 9, 9, 1, 2, 9, 9, 3, 4, 9},
		"edge_mul_extremes":        {60, 7, 7, -50, 7, -50},
		"edge_minmax_scales":       {12, 12, 12, -35, -35, 127},
		"edge_int32_input":         int64s(edgeTokenIDs),
	}
	maps.Copy(want, transformerEdgeOutputs())
	seen := 0
	for _, c := range goldenCases(t) {
		w, ok := want[c.name]
		if !ok {
			continue
		}
		tr, err := c.trace()
		require.NoError(t, err)
		require.Equal(t, w, tr.Output(), c.name)
		checkAllSteps(t, tr)
		seen++
	}
	require.Equal(t, len(want), seen, "an edge case without its golden vector")
}
