package verifier_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/vm"
)

// TestReasonsMatchABI: the custom errors of the StepVerifier ABI are exactly
// the Go VM's rejection reasons (vm.Reasons), with the same argument names,
// in both directions; every argument is an unsigned integer, which
// vm.RejectError carries as a uint64.
func TestReasonsMatchABI(t *testing.T) {
	parsed, err := bindings.StepVerifierMetaData.ParseABI()
	require.NoError(t, err)
	abiErrors := map[string]string{}
	for name, e := range parsed.Errors {
		var args []string
		for _, in := range e.Inputs {
			require.True(t, strings.HasPrefix(in.Type.String(), "uint"), "%s: argument %s is a %s", name, in.Name, in.Type)
			require.LessOrEqual(t, in.Type.Size, 256)
			args = append(args, in.Name)
		}
		abiErrors[name] = name + "(" + strings.Join(args, ",") + ")"
	}
	goReasons := map[string]string{}
	for _, r := range vm.Reasons() {
		goReasons[r.String()] = r.String() + "(" + strings.Join(r.ArgNames(), ",") + ")"
	}
	for name, sig := range abiErrors {
		require.Equal(t, sig, goReasons[name], "the ABI error %s has no equal vm.Reason", sig)
	}
	for name, sig := range goReasons {
		require.Equal(t, sig, abiErrors[name], "the vm.Reason %s is not an error of the StepVerifier ABI", sig)
	}
}
