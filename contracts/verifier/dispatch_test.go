package verifier_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/testkit/simchain"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/ops"
)

// The StepVerifier is a dispatcher in front of separately deployed op
// family contracts (docs/spec.md §7.5). These tests pin the dispatch: every
// defined opcode goes to the one family that executes it, a family refuses
// (WrongFamily) a defined opcode of another family, a step without an op is
// decided identically by every family, and the contracts stay far below the
// EIP-170 code size limit.

// families returns the dispatcher's family addresses, in constructor order.
func (e *evmVerifier) families(t *testing.T) []common.Address {
	t.Helper()
	e.mu.Lock()
	defer e.mu.Unlock()
	var out []common.Address
	for _, get := range []struct {
		pack   func() []byte
		unpack func([]byte) (common.Address, error)
	}{
		{e.abi.PackGemmFamily, e.abi.UnpackGemmFamily},
		{e.abi.PackPoolFamily, e.abi.UnpackPoolFamily},
		{e.abi.PackElementwiseFamily, e.abi.UnpackElementwiseFamily},
		{e.abi.PackReshapeFamily, e.abi.UnpackReshapeFamily},
		{e.abi.PackSoftmaxFamily, e.abi.UnpackSoftmaxFamily},
		{e.abi.PackAttentionFamily, e.abi.UnpackAttentionFamily},
		{e.abi.PackNormFamily, e.abi.UnpackNormFamily},
		{e.abi.PackLookupFamily, e.abi.UnpackLookupFamily},
	} {
		out = append(out, e.getAddress(t, get.pack(), get.unpack))
	}
	require.Len(t, out, len(arbiter.StepFamilies))
	return out
}

// familyOf asks the dispatcher which family executes op.
func (e *evmVerifier) familyOf(t *testing.T, op uint8) common.Address {
	t.Helper()
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.getAddress(t, e.abi.PackFamilyOf(op), e.abi.UnpackFamilyOf)
}

func (e *evmVerifier) getAddress(t *testing.T, data []byte, unpack func([]byte) (common.Address, error)) common.Address {
	t.Helper()
	out, _, rev := e.call(t, data)
	require.Nil(t, rev)
	a, err := unpack(out)
	require.NoError(t, err)
	return a
}

// callFamily runs stepState directly on a family contract: the post-state,
// or the name and arguments of the custom error it reverted with.
func (e *evmVerifier) callFamily(t *testing.T, family common.Address, pre, witness []byte) ([]byte, string) {
	t.Helper()
	e.mu.Lock()
	defer e.mu.Unlock()
	out, _, err := e.evm.Call(e.from, family, nil, e.abi.PackStepState(pre, witness))
	if err != nil {
		var re *arbiter.RevertError
		require.True(t, errors.As(err, &re), "family call failed without a revert: %v", err)
		require.NotEmpty(t, re.Name, "revert data %x is no custom error of the contracts", re.Data)
		return nil, fmt.Sprintf("%s%v", re.Name, re.Args)
	}
	post, err := e.abi.UnpackStepState(out)
	require.NoError(t, err)
	return post, ""
}

// opVectors returns the golden step vectors that execute an op, by the
// opcode of their witness's descriptor.
func opVectors(t *testing.T) map[ops.Opcode][]vm.StepVector {
	t.Helper()
	out := map[ops.Opcode][]vm.StepVector{}
	for _, vs := range loadVectors(t) {
		for _, v := range vs {
			if len(v.Witness) > 162 && v.Witness[161] == 1 {
				op := ops.Opcode(v.Witness[162])
				out[op] = append(out[op], v)
			}
		}
	}
	for _, op := range ops.Opcodes() {
		require.NotEmpty(t, out[op], "no golden vector executes %s", op)
	}
	return out
}

func TestDispatchRoutesEveryOpcode(t *testing.T) {
	e := sharedEVM(t)
	fams := e.families(t)
	index := map[common.Address]int{}
	for k, f := range fams {
		require.NotZero(t, f)
		_, dup := index[f]
		require.False(t, dup, "family %d deployed at the address of another", k)
		index[f] = k
	}
	// Opcodes no family executes (0 = no op) go to the first family.
	for _, op := range []uint8{0, 20, 0x7f, 0xff} {
		require.Equal(t, fams[0], e.familyOf(t, op), "opcode %d", op)
	}
	used := map[int][]string{}
	for op, vs := range opVectors(t) {
		home := e.familyOf(t, uint8(op))
		k, ok := index[home]
		require.True(t, ok, "%s is routed to %s, not a family", op, home)
		used[k] = append(used[k], op.String())
		for i, v := range vs {
			for j, f := range fams {
				post, rev := e.callFamily(t, f, v.PreState, v.Witness)
				if f == home {
					require.Empty(t, rev, "%s vector %d on its family %s", op, i, arbiter.StepFamilies[j].Name)
					require.Equal(t, []byte(v.PostState), post, "%s vector %d on its family", op, i)
				} else {
					require.Equal(t, fmt.Sprintf("WrongFamily[%d]", op), rev, "%s vector %d on family %s", op, i, arbiter.StepFamilies[j].Name)
				}
			}
		}
	}
	// Each family executes at least one opcode: no dead contract is
	// deployed. The grouping is the one the family files name.
	var got []string
	for k := range fams {
		require.NotEmpty(t, used[k], "family %s executes no opcode", arbiter.StepFamilies[k].Name)
		sort.Strings(used[k])
		got = append(got, arbiter.StepFamilies[k].Name+": "+strings.Join(used[k], " "))
	}
	require.Equal(t, []string{
		"GemmFamily: conv2d gemm",
		"PoolFamily: avgpool2d maxpool2d",
		"ElementwiseFamily: add lut max min mul relu",
		"ReshapeFamily: gather reshape",
		"SoftmaxFamily: argmax softmax",
		"AttentionFamily: matmul",
		"NormFamily: norm rope",
		"LookupFamily: embed glumul",
	}, got)
}

// TestDispatchNoOpSteps: steps that read no op (the halting step, a
// malformed witness, a non-running pre-state) give the same answer on every
// family, so routing them to the first one cannot change a result.
func TestDispatchNoOpSteps(t *testing.T) {
	e := sharedEVM(t)
	fams := e.families(t)
	halt := loadVectors(t)["edge_no_ops_halt.json"][0]
	gemm := loadVectors(t)["op_gemm.json"][0]
	truncated := gemm.Witness[:100]
	for _, tc := range []struct {
		name         string
		pre, witness []byte
		wantRevert   string
	}{
		{"halting step", halt.PreState, halt.Witness, ""},
		{"truncated witness", gemm.PreState, truncated, "WitnessTruncated[]"},
		{"bad pre-state", gemm.PreState[:10], gemm.Witness, "BadPreState[]"},
	} {
		var first []byte
		for k, f := range fams {
			post, rev := e.callFamily(t, f, tc.pre, tc.witness)
			require.Equal(t, tc.wantRevert, rev, "%s on %s", tc.name, arbiter.StepFamilies[k].Name)
			if k == 0 {
				first = post
			}
			require.Equal(t, first, post, "%s on %s", tc.name, arbiter.StepFamilies[k].Name)
		}
		// And through the dispatcher, the same.
		got := e.run(t, tc.pre, tc.witness)
		if tc.wantRevert == "" {
			require.NoError(t, got.err)
			require.Equal(t, first, got.post)
		} else {
			require.Error(t, got.err)
		}
	}
}

// TestDispatcherRejectsFamilyWithoutCode: the constructor refuses an
// address without code (a mistyped deployment would otherwise make every
// step of that family succeed with empty returndata and fail to decode).
func TestDispatcherRejectsFamilyWithoutCode(t *testing.T) {
	e := simchain.NewEVM()
	from := common.HexToAddress("0x0b51")
	var fams [len(arbiter.StepFamilies)]common.Address
	for k, f := range arbiter.StepFamilies {
		a, err := e.Deploy(from, common.FromHex(f.Meta.Bin), nil)
		require.NoError(t, err)
		fams[k] = a
	}
	fams[3] = common.HexToAddress("0xdead")
	_, err := e.Deploy(from, common.FromHex(bindings.StepVerifierMetaData.Bin), bindings.NewStepVerifier().PackConstructor(fams))
	var re *arbiter.RevertError
	require.True(t, errors.As(err, &re), "the deployment must revert: %v", err)
	require.Equal(t, &bindings.StepVerifierFamilyWithoutCode{Index: big.NewInt(3), Family: fams[3]}, re.Value)
}

// TestCodeSizeHeadroom: the split leaves room for many more op families
// (docs/spec.md §7.5). A family holds the shared step core (about 8 KB) and
// its ops' kernels; the dispatcher grows by one route per family (about
// 145 bytes, measured by compiling a 60-family variant: 9.2 KB). The bounds
// below keep every family at most half the EIP-170 limit (so a family with
// twice the kernels of today's largest still fits) and the dispatcher small
// enough for well over twenty more families.
func TestCodeSizeHeadroom(t *testing.T) {
	const (
		eip170        = 24_576
		maxFamily     = eip170 / 2
		maxDispatcher = 2_048
		routeBytes    = 256 // generous per-family dispatcher growth
		moreFamilies  = 20
	)
	size := func(name string) int {
		t.Helper()
		raw, err := os.ReadFile(filepath.Join("..", "artifacts", name+".json"))
		require.NoError(t, err)
		var art struct {
			DeployedBytecode string `json:"deployedBytecode"`
		}
		require.NoError(t, json.Unmarshal(raw, &art))
		code := common.FromHex(art.DeployedBytecode)
		require.NotEmpty(t, code, "%s has no runtime code", name)
		return len(code)
	}
	d := size("StepVerifier")
	t.Logf("StepVerifier (dispatcher): %d bytes", d)
	require.LessOrEqual(t, d, maxDispatcher)
	require.LessOrEqual(t, d+moreFamilies*routeBytes, eip170)
	for _, f := range arbiter.StepFamilies {
		n := size(f.Name)
		t.Logf("%s: %d bytes", f.Name, n)
		require.LessOrEqual(t, n, maxFamily, "%s", f.Name)
	}
}
