package node

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/vm"
)

// TestClaimable: a valid model's trace is derivable (its final state hash
// is the hash the oracle derives from its output and final RAM root); a
// final state that differs in anything the derivation does not see (here
// an accumulator lane left nonzero) is not, and neither is one whose output
// root disagrees with the output.
func TestClaimable(t *testing.T) {
	f, err := fixtures.Load("mlp")
	require.NoError(t, err)
	tr, err := vm.NewTrace(f.Model, f.Input)
	require.NoError(t, err)
	cl, err := ClaimableOf(tr)
	require.NoError(t, err)
	require.True(t, cl.Derivable(), "P4 holds for the fixture")
	fin := tr.Final()
	require.Equal(t, fin.Hash(), cl.TraceHash)
	require.Equal(t, fin.RAMRoot, cl.FinalRAMRoot)

	odd := fin
	odd.Acc[0] = 7
	bad, err := claimableOf(f.Model, tr.Output(), odd)
	require.NoError(t, err)
	require.False(t, bad.Derivable())
	require.Equal(t, cl.ClaimHash, bad.ClaimHash, "the derived hash depends on output and RAM root only")
	require.NotEqual(t, cl.TraceHash, bad.TraceHash)

	out := append([]int64(nil), tr.Output()...)
	out[0]++
	bad, err = claimableOf(f.Model, out, fin)
	require.NoError(t, err)
	require.False(t, bad.Derivable(), "an output the final state does not commit to")
}
