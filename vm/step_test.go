package vm

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/testkit/randmodel"
	"github.com/opml-dev/opml/vm/merkle"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// traceOf traces m on a random model's input (int8 or int32).
func traceOf(m *model.Model, in randmodel.Input) (*Trace, error) {
	if m.Header.Input.DType == ops.Int32 {
		return NewTraceInt32(m, in.Int32)
	}
	return NewTrace(m, in.Int8)
}

// executeOf executes m on a random model's input (int8 or int32).
func executeOf(m *model.Model, in randmodel.Input) ([]byte, error) {
	if m.Header.Input.DType == ops.Int32 {
		return ExecuteInt32(m, in.Int32)
	}
	return Execute(m, in.Int8)
}

// checkAllSteps proves every step of tr and checks that Step on the witness
// reproduces StateAt(t+1), and that the stepped states meet the fast path's
// checkpoints and final state.
func checkAllSteps(t *testing.T, tr *Trace) {
	t.Helper()
	s, err := tr.StateAt(0)
	require.NoError(t, err)
	for step := uint64(0); step < tr.Steps(); step++ {
		pre, post, w, err := tr.ProveStep(step)
		require.NoError(t, err)
		require.Equal(t, s.Hash(), pre.Hash(), "step %d: pre-state differs from the stepped state", step)
		got, err := Step(s, w)
		require.NoError(t, err, "step %d", step)
		require.Equal(t, post, got, "step %d", step)
		s = got
	}
	require.Equal(t, tr.Final(), s)
	require.Equal(t, Halted, s.Status)
	// Past the end, a step changes nothing.
	again, err := Step(s, nil)
	require.NoError(t, err)
	require.Equal(t, s, again)
}

func TestStepMatchesFastPathEveryOp(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	iters := 12
	if testing.Short() {
		iters = 3
	}
	for _, kind := range randmodel.Kinds {
		t.Run(kind, func(t *testing.T) {
			for n := 0; n < iters; n++ {
				m, in, err := randmodel.Model(r, kind)
				require.NoError(t, err)
				tr, err := traceOf(m, in)
				require.NoError(t, err)
				checkAllSteps(t, tr)
			}
		})
	}
}

func TestMLPSmoke(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	b := model.NewBuilder()
	x := b.Input(100)
	x = b.Gemm(x, 1, 20, randmodel.Int8s(r, 2000), randmodel.Channels(r, 20, 100), model.Quant{Lo: 0, Hi: 127})
	x = b.Gemm(x, 1, 10, randmodel.Int8s(r, 200), randmodel.Channels(r, 10, 20), model.Quant{Lo: -128, Hi: 127})
	x = b.Softmax(x, randmodel.ExpTable(r))
	m, err := b.Build(x)
	require.NoError(t, err)
	tr, err := NewTrace(m, randmodel.Int8s(r, 100))
	require.NoError(t, err)
	t.Logf("N=%d output=%v", tr.Steps(), tr.Output())
	checkAllSteps(t, tr)
}

// Execute computes the same RAM as a Trace: every model of every generator
// kind gives the trace's output and output root.
func TestExecuteMatchesTrace(t *testing.T) {
	for ki, kind := range randmodel.Kinds {
		for seed := uint64(0); seed < 20; seed++ {
			m, in, err := randmodel.Model(rand.New(rand.NewPCG(seed, uint64(ki)+77)), kind)
			require.NoError(t, err)
			tr, err := traceOf(m, in)
			require.NoError(t, err)
			ram, err := executeOf(m, in)
			require.NoError(t, err)
			require.Equal(t, tr.Output(), ReadTensor(m.Header.Output, ram), "%s seed %d", kind, seed)
			tree, err := merkle.FromBytes(int(m.Header.RAMDepth), ram)
			require.NoError(t, err)
			require.Equal(t, tr.Final().RAMRoot, tree.Root(), "%s seed %d: RAM root", kind, seed)
		}
	}
	_, err := Execute(mustModel(t), make([]int8, 3))
	require.Error(t, err)
}

func mustModel(t *testing.T) *model.Model {
	b := model.NewBuilder()
	m, err := b.Build(b.ReLU(b.Input(10), 0))
	require.NoError(t, err)
	return m
}
