package vm

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/testkit/randmodel"
	"github.com/opml-dev/opml/vm/merkle"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// requireCheckpoints checks a trace's sparse checkpoints: snapshots where
// CheckpointPlan puts them and nowhere else, and every op boundary rebuilt
// to the RAM the fast path had there (the ops run again over flat memory
// from the encoded input enc), with the root of a tree built afresh from
// that RAM; a snapshot's state commits to that root.
func requireCheckpoints(t *testing.T, tr *Trace, enc []byte) {
	t.Helper()
	m := tr.m
	snap, _ := CheckpointPlan(m)
	require.Len(t, tr.cps, len(m.Ops)+1)
	flat := make([]byte, uint64(m.Header.RAMLeaves)*ops.LeafSize)
	copy(flat, enc)
	for k, cp := range tr.cps {
		require.Equal(t, snap[k], cp.ram != nil, "boundary %d: snapshot", k)
		ram, err := tr.ramAt(k)
		require.NoError(t, err)
		require.Equal(t, flat, ram.Data(), "boundary %d: rebuilt RAM", k)
		fresh, err := merkle.New(int(m.Header.RAMDepth), uint64(m.Header.RAMLeaves))
		require.NoError(t, err)
		require.NoError(t, fresh.WriteAt(0, flat))
		require.Equal(t, fresh.Root(), ram.Root(), "boundary %d: rebuilt RAM root", k)
		if snap[k] {
			require.Equal(t, fresh.Root(), cp.state.RAMRoot, "boundary %d: the snapshot state's RAM root", k)
		}
		if k < len(m.Ops) {
			m.Ops[k].Run(flat, m.Weights)
		}
	}
}

// The committed completion model has 88 ops: its trace keeps a handful of
// trees, not one per op, and rebuilds every boundary exactly.
func TestSparseCheckpointsLM(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "fixtures", "models", "lm.opml"))
	require.NoError(t, err)
	m, err := model.Decode(b)
	require.NoError(t, err)
	in := make([]int32, m.Header.Input.Numel())
	for k := range in {
		in[k] = int32("Q: what is a fortune? A: "[k%25])
	}
	tr, err := NewTraceInt32(m, in)
	require.NoError(t, err)

	enc, err := EncodeInputInt32(&m.Header, in)
	require.NoError(t, err)
	requireCheckpoints(t, tr, enc)

	snap, outBytes := CheckpointPlan(m)
	trees := 0
	for _, s := range snap {
		if s {
			trees++
		}
	}
	ramBytes := uint64(m.Header.RAMLeaves) * ops.LeafSize
	t.Logf("%d ops, %d snapshot trees, %d output bytes, TraceBytes %d (one tree per boundary: %d)",
		len(m.Ops), trees, outBytes, TraceBytes(m), uint64(len(m.Ops)+2)*2*ramBytes)
	require.Less(t, trees, len(m.Ops)/4, "snapshots")
	require.Less(t, TraceBytes(m), uint64(len(m.Ops)+2)*2*ramBytes/4)
	// Rebuilding replays less than half the RAM onto a snapshot
	// between two snapshots (an op larger than that is alone in its span).
	since := uint64(0)
	for k := range m.Ops {
		if snap[k] {
			since = 0
		}
		n := m.Ops[k].Out.Leaves() * ops.LeafSize
		require.True(t, 2*since < ramBytes || since == 0, "boundary %d replays %d bytes", k, since)
		since += n
	}

	// States and proofs inside ops between snapshots are those of the
	// step semantics.
	for _, k := range []int{1, len(m.Ops) / 2, len(m.Ops) - 1} {
		for _, off := range []uint64{0, m.Ops[k].Steps() / 2, m.Ops[k].Steps() - 1} {
			step := m.OpStart(k) + off
			pre, post, w, err := tr.ProveStep(step)
			require.NoError(t, err)
			got, err := Step(pre, w)
			require.NoError(t, err)
			require.Equal(t, post, got, "op %d step %d", k, off)
			next, err := tr.StateAt(step + 1)
			require.NoError(t, err)
			require.Equal(t, post, next, "op %d step %d", k, off)
		}
	}
}

// Every random model kind rebuilds every boundary to its committed root.
func TestSparseCheckpointsRandom(t *testing.T) {
	for k, kind := range randmodel.Kinds {
		m, in, err := randmodel.Model(rand.New(rand.NewPCG(uint64(k), 77)), kind)
		require.NoError(t, err)
		tr, err := traceOf(m, in)
		require.NoError(t, err)
		var enc []byte
		if m.Header.Input.DType == ops.Int32 {
			enc, err = EncodeInputInt32(&m.Header, in.Int32)
		} else {
			enc, err = EncodeInput(&m.Header, in.Int8)
		}
		require.NoError(t, err)
		requireCheckpoints(t, tr, enc)
	}
}
