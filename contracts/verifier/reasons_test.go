package verifier_test

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/vm"
)

// dispatchErrors are the custom errors of the StepVerifier contracts that
// are not rejections of a step (docs/spec.md §7.5): no step reaches them
// through the dispatcher, so the Go VM has no reason for them.
var dispatchErrors = map[string]string{
	"FamilyWithoutCode": "StepVerifier constructor: a family address without code",
	"WrongFamily":       "an op family contract called directly with another family's opcode",
}

// TestReasonsMatchABI: the custom errors of the StepVerifier dispatcher's ABI
// and of every op family's ABI are exactly the Go VM's rejection reasons
// (vm.Reasons), with the same argument names, in both directions, besides
// the dispatch errors above; every argument of a reason is an unsigned
// integer, which vm.RejectError carries as a uint64.
func TestReasonsMatchABI(t *testing.T) {
	goReasons := map[string]string{}
	for _, r := range vm.Reasons() {
		goReasons[r.String()] = r.String() + "(" + strings.Join(r.ArgNames(), ",") + ")"
	}
	metas := []struct {
		name string
		meta *bind.MetaData
	}{{"StepVerifier", &bindings.StepVerifierMetaData}}
	for _, f := range arbiter.StepFamilies {
		metas = append(metas, struct {
			name string
			meta *bind.MetaData
		}{f.Name, f.Meta})
	}
	seen := map[string]bool{}
	for _, m := range metas {
		parsed, err := m.meta.ParseABI()
		require.NoError(t, err)
		abiErrors := map[string]string{}
		for name, e := range parsed.Errors {
			if dispatchErrors[name] != "" {
				seen[name] = true
				continue
			}
			var args []string
			for _, in := range e.Inputs {
				require.True(t, strings.HasPrefix(in.Type.String(), "uint"), "%s %s: argument %s is a %s", m.name, name, in.Name, in.Type)
				require.LessOrEqual(t, in.Type.Size, 256)
				args = append(args, in.Name)
			}
			abiErrors[name] = name + "(" + strings.Join(args, ",") + ")"
		}
		for name, sig := range abiErrors {
			require.Equal(t, sig, goReasons[name], "the %s ABI error %s has no equal vm.Reason", m.name, sig)
		}
		for name, sig := range goReasons {
			require.Equal(t, sig, abiErrors[name], "the vm.Reason %s is not an error of the %s ABI", sig, m.name)
		}
	}
	for name := range dispatchErrors {
		require.True(t, seen[name], "dispatch error %s is in no StepVerifier ABI (stale entry)", name)
	}
}
