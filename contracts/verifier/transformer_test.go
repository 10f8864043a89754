package verifier_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/vm"
)

// TestEmbedWitnesses: whether an Embed step reads the table depends on the
// id it reads from RAM (docs/spec.md §6.15): a fill (an id outside [0, V))
// makes no ROM read. Both sides accept the honest steps of
// edge_embed_out_of_range and reject, for the same reason, a witness that
// reads the table for a fill, skips the read of an id in range, proves
// another table row or changes the id.
func TestEmbedWitnesses(t *testing.T) {
	e := sharedEVM(t)
	vs := loadVectors(t)["edge_embed_out_of_range.json"]
	// Rows of 33 (two leaves): steps 0-1 are id -1 (the fill), steps 2-3
	// id 0 (table row 0).
	require.GreaterOrEqual(t, len(vs), 4)
	fill, read := vs[0], vs[2]
	for _, v := range []vm.StepVector{fill, read} {
		got := e.check(t, "honest", v.PreState, v.Witness)
		require.NoError(t, got.err)
		require.Equal(t, []byte(v.PostState), got.post)
	}
	require.Equal(t, "[2 3]", accessKinds(t, fill.Witness))
	require.Equal(t, "[2 1 3]", accessKinds(t, read.Witness))
	dec := func(b []byte) *vm.Witness {
		w, err := vm.DecodeWitness(b)
		require.NoError(t, err)
		return w
	}
	edit := func(v vm.StepVector, f func(w *vm.Witness)) []byte {
		w := dec(v.Witness)
		f(w)
		return w.Encode()
	}
	for _, c := range []struct {
		name string
		v    vm.StepVector
		w    []byte
		want string
	}{
		{"fill with a table read", fill, edit(fill, func(w *vm.Witness) {
			w.Accesses = []vm.Access{w.Accesses[0], dec(read.Witness).Accesses[1], w.Accesses[1]}
		}), "AccessKind"},
		{"id in range without its table read", read, edit(read, func(w *vm.Witness) {
			w.Accesses = []vm.Access{w.Accesses[0], w.Accesses[2]}
		}), "AccessKind"},
		{"table row changed", read, edit(read, func(w *vm.Witness) { w.Accesses[1].Value[0] ^= 1 }), "AccessProofInvalid"},
		{"id changed", fill, edit(fill, func(w *vm.Witness) { w.Accesses[0].Value[3] ^= 0x01 }), "AccessProofInvalid"},
		{"fill without its update", fill, edit(fill, func(w *vm.Witness) { w.Accesses = w.Accesses[:1] }), "AccessMissing"},
	} {
		got := e.check(t, c.name, c.v.PreState, c.w)
		require.Error(t, got.err, c.name)
		require.True(t, errIs(got.err, c.want), "%s: got %v, want %s", c.name, got.err, c.want)
	}
}
