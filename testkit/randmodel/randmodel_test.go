package randmodel_test

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/testkit/randmodel"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// Every kind yields valid models whose file round-trips, a seed names one
// model, and the kinds cover every opcode.
func TestModels(t *testing.T) {
	seen := map[ops.Opcode]bool{}
	for ki, kind := range randmodel.Kinds {
		for seed := uint64(0); seed < 50; seed++ {
			m, in, err := randmodel.Model(rand.New(rand.NewPCG(seed, uint64(ki))), kind)
			require.NoError(t, err, "%s seed %d", kind, seed)
			require.Equal(t, int(m.Header.Input.Numel()), in.Len(), "%s seed %d: input size", kind, seed)
			file := m.Encode()
			back, err := model.Decode(file)
			require.NoError(t, err, "%s seed %d", kind, seed)
			require.Equal(t, m.ID(), back.ID())

			again, in2, err := randmodel.Model(rand.New(rand.NewPCG(seed, uint64(ki))), kind)
			require.NoError(t, err)
			require.Equal(t, file, again.Encode(), "%s seed %d: not deterministic", kind, seed)
			require.Equal(t, in, in2)
			for _, d := range m.Ops {
				seen[d.Op] = true
			}
		}
	}
	for _, kind := range randmodel.OpKinds {
		found := false
		for op := range seen {
			found = found || op.String() == kind
		}
		require.True(t, found, "no %s op generated", kind)
	}
	_, _, err := randmodel.Model(rand.New(rand.NewPCG(1, 1)), "nope")
	require.ErrorContains(t, err, `randmodel: unknown kind "nope"`)
}

// Every kind's halted state is the one the oracle derives from an honest
// claim of its output values (rules M5 and M6, docs/spec.md §3.6): the
// output root at the halt is the canonical root of the output, with zero
// padding and zero slack.
func TestHonestClaimIsTheHaltedState(t *testing.T) {
	for ki, kind := range randmodel.Kinds {
		for seed := uint64(0); seed < 10; seed++ {
			m, in, err := randmodel.Model(rand.New(rand.NewPCG(seed, uint64(ki))), kind)
			require.NoError(t, err, "%s seed %d", kind, seed)
			tr, err := traceOf(m, in)
			require.NoError(t, err, "%s seed %d", kind, seed)
			out, err := arbiter.ClaimOutput(&m.Header, tr.Output())
			require.NoError(t, err, "%s seed %d", kind, seed)
			final := tr.Final()
			claim, err := arbiter.ClaimHash(m.ID(), &m.Header, out, final.RAMRoot)
			require.NoError(t, err, "%s seed %d", kind, seed)
			require.Equal(t, final.Hash(), claim, "%s seed %d", kind, seed)
		}
	}
}

// traceOf traces m on a random model's input (int8 or int32).
func traceOf(m *model.Model, in randmodel.Input) (*vm.Trace, error) {
	if m.Header.Input.DType == ops.Int32 {
		return vm.NewTraceInt32(m, in.Int32)
	}
	return vm.NewTrace(m, in.Int8)
}
