package verifier_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/contracts/verifier"
	"github.com/opml-dev/opml/testkit/randmodel"
	"github.com/opml-dev/opml/testkit/simchain"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// TestGoldenVectors replays every golden step vector through a StepVerifier
// deployed on the simulated chain, through the Verifier client: stepState
// must return postState byte for byte and step must return postHash.
func TestGoldenVectors(t *testing.T) {
	chain := simchain.New(t)
	addr, err := arbiter.DeployStepVerifier(context.Background(), chain.Deployer(chain.Accounts[0]))
	require.NoError(t, err)
	v := verifier.New(addr, chain.Client)
	ctx := context.Background()
	vectors := loadVectors(t)
	names := make([]string, 0, len(vectors))
	for name := range vectors {
		names = append(names, name)
	}
	sort.Strings(names)
	n := 0
	for _, name := range names {
		for k, vec := range vectors[name] {
			require.Equal(t, 1, vec.Version, "%s[%d]", name, k)
			// The vector is itself consistent with the Go reference.
			ref := goStep(vec.PreState, vec.Witness)
			require.NoError(t, ref.err, "%s[%d]", name, k)
			require.Equal(t, []byte(vec.PostState), ref.post, "%s[%d]", name, k)

			post, err := v.StepState(ctx, vec.PreState, vec.Witness)
			require.NoError(t, err, "%s[%d]", name, k)
			require.Equal(t, []byte(vec.PostState), post, "%s[%d] (step %d): stepState", name, k, vec.Step)
			h, err := v.Step(ctx, vec.PreState, vec.Witness)
			require.NoError(t, err, "%s[%d]", name, k)
			require.Equal(t, vec.PostHash, h, "%s[%d] (step %d): step", name, k, vec.Step)
			n++
		}
	}
	t.Logf("%d golden vectors in %d files: stepState and step equal postState and postHash", n, len(names))
}

// TestVerifierClient: the dispatcher and its families deployed, a step
// through the client, and a revert turned into an *arbiter.RevertError
// naming the custom error.
func TestVerifierClient(t *testing.T) {
	chain := simchain.New(t)
	addr, err := arbiter.DeployStepVerifier(context.Background(), chain.Deployer(chain.Accounts[0]))
	require.NoError(t, err)
	v := verifier.New(addr, chain.Client)
	require.Equal(t, addr, v.Address())
	vec := loadVectors(t)["op_gemm.json"][0]
	h, err := v.Step(context.Background(), vec.PreState, vec.Witness)
	require.NoError(t, err)
	require.Equal(t, vec.PostHash, h)
	bad := append([]byte(nil), vec.Witness...)
	bad[0] = 7
	_, err = v.Step(context.Background(), vec.PreState, bad)
	var re *arbiter.RevertError
	require.ErrorAs(t, err, &re)
	require.Equal(t, "WitnessVersion", re.Name)
	require.Equal(t, []any{uint8(7)}, re.Args)
	require.Equal(t, &bindings.StepVerifierWitnessVersion{Version: 7}, re.Value)
	require.Contains(t, err.Error(), "WitnessVersion(7)")
	_, err = v.StepState(context.Background(), vec.PreState[:10], nil)
	require.ErrorAs(t, err, &re)
	require.Equal(t, "BadPreState", re.Name)
}

// TestFixtureTraces compares Go and the EVM on real traces of the fixture
// models: every op boundary, each op's first, first-final and last step,
// the halting step, a step past the end and a few hundred random steps.
func TestFixtureTraces(t *testing.T) {
	e := sharedEVM(t)
	for _, name := range []string{"mlp", "cnn"} {
		t.Run(name, func(t *testing.T) {
			tr := fixtureTrace(t, name)
			steps := opBoundarySteps(tr)
			r := rand.New(rand.NewPCG(uint64(len(name)), 99))
			random := 300
			if testing.Short() {
				random = 30
			}
			for k := 0; k < random; k++ {
				steps = append(steps, r.Uint64N(tr.Steps()))
			}
			for _, s := range steps {
				pre, post, w, err := tr.ProveStep(s)
				require.NoError(t, err)
				got := e.check(t, name, pre.Encode(), w)
				require.NoError(t, got.err, "%s step %d", name, s)
				require.Equal(t, post.Encode(), got.post, "%s step %d", name, s)
			}
			a, rj := e.counts()
			require.Zero(t, rj)
			t.Logf("%s: N = %d, %d steps compared (%d op boundaries and edges, %d random)", name, tr.Steps(), a, len(steps)-random, random)
		})
	}
}

// TestRandomModels compares Go and the EVM on every step (or a sample of
// the steps) of random models of every kind, so every opcode's chunk,
// padding-tap and final steps are exercised.
func TestRandomModels(t *testing.T) {
	e := sharedEVM(t)
	seeds := 8
	if testing.Short() {
		seeds = 2
	}
	total := 0
	for ki, kind := range randmodel.Kinds {
		t.Run(kind, func(t *testing.T) {
			opsSeen := map[ops.Opcode]int{}
			for s := 0; s < seeds; s++ {
				r := rand.New(rand.NewPCG(uint64(ki), uint64(s)))
				m, in, err := randmodel.Model(r, kind)
				require.NoError(t, err)
				tr, err := traceOf(m, in)
				require.NoError(t, err)
				steps := opBoundarySteps(tr)
				if tr.Steps() <= 200 {
					for st := uint64(0); st < tr.Steps(); st++ {
						steps = append(steps, st)
					}
				} else {
					for k := 0; k < 120; k++ {
						steps = append(steps, r.Uint64N(tr.Steps()))
					}
				}
				for _, st := range steps {
					pre, post, w, err := tr.ProveStep(st)
					require.NoError(t, err)
					got := e.check(t, kind, pre.Encode(), w)
					require.NoError(t, got.err)
					require.Equal(t, post.Encode(), got.post)
					if pre.Status == vm.Running && int(pre.PC) < len(m.Ops) {
						opsSeen[m.Ops[pre.PC].Op]++
					}
				}
			}
			a, rj := e.counts()
			require.Zero(t, rj)
			total += a
			t.Logf("%s: %d steps compared, by op: %v", kind, a, opsSeen)
		})
	}
	t.Logf("random models: %d steps compared", total)
}

// TestEveryOpcodeCovered: the generators reach every opcode, in place ReLU
// and Add, padding taps, int32 Reshape and empty ops.
func TestEveryOpcodeCovered(t *testing.T) {
	seen := map[string]bool{}
	for ki, kind := range randmodel.Kinds {
		for s := 0; s < 8; s++ {
			r := rand.New(rand.NewPCG(uint64(ki), uint64(s)))
			m, _, err := randmodel.Model(r, kind)
			require.NoError(t, err)
			for _, d := range m.Ops {
				seen[d.Op.String()] = true
				I, J := d.Schedule()
				switch {
				case I*J == 0:
					seen["empty"] = true
				case (d.Op == ops.OpReLU || d.Op == ops.OpLut || d.Op == ops.OpNorm || d.Op == ops.OpRope || binaryOp(d.Op)) && d.In.Addr == d.Out.Addr:
					seen["in-place "+d.Op.String()] = true
					if binaryOp(d.Op) && d.In2.Addr == d.Out.Addr {
						seen["in-place "+d.Op.String()+" In and In2"] = true
					}
				case binaryOp(d.Op) && d.In2.Addr == d.Out.Addr:
					seen["in-place "+d.Op.String()+" In2"] = true
				case d.Op == ops.OpReshape && d.In.DType == ops.Int32:
					seen["int32 reshape"] = true
				case d.Op == ops.OpArgmax:
					seen["int32 argmax output"] = true
				case (d.Op == ops.OpConv2D || d.Op == ops.OpMaxPool2D || d.Op == ops.OpAvgPool2D) && (d.PadT > 0 || d.PadL > 0):
					seen["padding taps "+d.Op.String()] = true
				}
				if d.Op == ops.OpGather {
					gatherCoverage(seen, &d, m.Weights)
				}
				attentionCoverage(seen, &d)
				transformerCoverage(seen, &d)
				if d.In.RowLen()%32 != 0 {
					seen["partial leaf"] = true
				}
				if d.In.RowLeaves() > 1 {
					seen["multi-leaf rows"] = true
				}
			}
			if m.Header.ProgramDepth > 2 {
				seen["op proof siblings"] = true
			}
		}
	}
	for _, want := range []string{"gemm", "conv2d", "relu", "maxpool2d", "avgpool2d", "add", "reshape", "softmax", "argmax", "lut",
		"empty", "in-place relu", "in-place add", "in-place lut", "int32 reshape", "int32 argmax output", "padding taps conv2d",
		"padding taps maxpool2d", "padding taps avgpool2d", "partial leaf", "multi-leaf rows", "op proof siblings",
		"gather", "gather without In2", "gather with In2", "gather In source", "gather In2 source", "gather negative fill",
		"gather fill at or beyond the sources", "gather last In source", "gather last In2 source",
		"mul", "max", "min", "in-place mul", "in-place mul In2", "in-place mul In and In2",
		"in-place max", "in-place max In2", "in-place max In and In2", "in-place min", "in-place min In2", "in-place min In and In2",
		"matmul", "matmul full", "matmul causal-N", "matmul causal-K", "matmul G = 2", "matmul causal-K two chunks",
		"matmul In2 = In", "causal softmax", "causal softmax two leaves",
		"embed", "norm", "rope", "glumul", "in-place norm", "in-place rope", "norm rms", "norm layer", "norm multi-leaf rows",
		"rope partial half", "glumul gated by u itself", "glumul distinct gate"} {
		require.True(t, seen[want], "no generated model has %q", want)
	}
}

// transformerCoverage records the layouts of Norm, Rope and GluMul.
func transformerCoverage(seen map[string]bool, d *ops.Desc) {
	switch d.Op {
	case ops.OpNorm:
		seen[[]string{"norm rms", "norm layer"}[d.KH]] = true
		if d.In.RowLeaves() > 1 {
			seen["norm multi-leaf rows"] = true
		}
	case ops.OpRope:
		if d.In.RowLen()%16 != 0 {
			seen["rope partial half"] = true
		}
	case ops.OpGluMul:
		if d.In == d.In2 {
			seen["glumul gated by u itself"] = true
		} else {
			seen["glumul distinct gate"] = true
		}
	}
}

// binaryOp: the ops of two same-shape inputs (Add, Mul, Max, Min).
func binaryOp(op ops.Opcode) bool {
	return op == ops.OpAdd || op == ops.OpMul || op == ops.OpMax || op == ops.OpMin
}

// attentionCoverage records the MatMul modes and groupings and the causal
// Softmax rows a model exercises.
func attentionCoverage(seen map[string]bool, d *ops.Desc) {
	switch {
	case d.Op == ops.OpMatMul:
		seen["matmul "+[]string{"full", "causal-N", "causal-K"}[d.KH]] = true
		if d.In2.Dims[0] != 0 && d.In.Dims[0]/d.In2.Dims[0] == 2 {
			seen["matmul G = 2"] = true
		}
		if d.KH == ops.MatMulCausalK && d.In.Dims[1] > 32 {
			seen["matmul causal-K two chunks"] = true
		}
		if d.In2 == d.In {
			seen["matmul In2 = In"] = true
		}
	case d.Op == ops.OpSoftmax && d.KH == 1:
		seen["causal softmax"] = true
		if d.In.RowLen() > 32 {
			seen["causal softmax two leaves"] = true
		}
	}
}

// gatherCoverage records which kinds of index a Gather's table holds.
func gatherCoverage(seen map[string]bool, d *ops.Desc, weights []byte) {
	n, n2 := int64(d.In.Numel()), int64(0)
	if d.In2.IsZero() {
		seen["gather without In2"] = true
	} else {
		seen["gather with In2"] = true
		n2 = int64(d.In2.Numel())
	}
	for e := uint64(0); e < d.Out.Numel(); e++ {
		k := int64(int32(binary.BigEndian.Uint32(weights[uint64(d.W)*32+4*e:])))
		switch {
		case k < 0:
			seen["gather negative fill"] = true
		case k >= n+n2:
			seen["gather fill at or beyond the sources"] = true
		case k >= n:
			seen["gather In2 source"] = true
			if k == n+n2-1 {
				seen["gather last In2 source"] = true
			}
		default:
			seen["gather In source"] = true
			if k == n-1 {
				seen["gather last In source"] = true
			}
		}
	}
}

// TestArbitraryStates compares Go and the EVM away from any trace: random
// RAM contents (padding lanes included), random accumulators (wrapping
// sums, out-of-range softmax and pool lanes), malformed constant data
// (channel records with negative multipliers or shifts above 62, exp
// tables with negative or zero sums), every position of every op, positions
// outside the schedule and past the program, and huge step counters.
func TestArbitraryStates(t *testing.T) {
	e := sharedEVM(t)
	seeds := 6
	if testing.Short() {
		seeds = 2
	}
	for ki, kind := range randmodel.Kinds {
		for s := 0; s < seeds; s++ {
			r := rand.New(rand.NewPCG(uint64(100+ki), uint64(s)))
			m, _, err := randmodel.Model(r, kind)
			require.NoError(t, err)
			w := randomWorld(t, r, m)
			for k := 0; k < 60; k++ {
				pre, wit := randomPosition(t, r, w, m)
				got := e.check(t, kind, pre.Encode(), wit)
				ref := goStep(pre.Encode(), wit)
				require.NoError(t, ref.err, "%s: the honest witness of an arbitrary state must be accepted", kind)
				_ = got
			}
		}
	}
	a, rj := e.counts()
	require.Zero(t, rj)
	t.Logf("arbitrary states: %d steps compared", a)
}

// randomWorld gives m random RAM and, half the time, corrupted weights.
func randomWorld(t testing.TB, r *rand.Rand, m *model.Model) *world {
	ram := make([]byte, uint64(m.Header.RAMLeaves)*32)
	switch r.IntN(3) {
	case 0: // fully random
		for k := range ram {
			ram[k] = byte(r.Uint32())
		}
	case 1: // sparse
		for k := 0; k < len(ram)/8; k++ {
			ram[r.IntN(len(ram))] = byte(r.Uint32())
		}
	}
	w := modelWorld(t, m, ram)
	if r.IntN(2) == 0 && len(w.weights) > 0 {
		weights := append([]byte(nil), w.weights...)
		for k := 0; k < 1+len(weights)/16; k++ {
			weights[r.IntN(len(weights))] = byte(r.Uint32())
		}
		w = newWorld(t, w.leaves, modelDepths(m), w.program, weights, ram)
	}
	return w
}

// randomAcc is an accumulator of zeros, small values and extremes.
func randomAcc(r *rand.Rand) ops.Acc {
	var a ops.Acc
	if r.IntN(4) == 0 {
		return a
	}
	for l := range a {
		switch r.IntN(5) {
		case 0:
		case 1:
			a[l] = int32(r.IntN(600) - 300)
		case 2:
			a[l] = int32(r.Uint32())
		case 3:
			a[l] = []int32{-1 << 31, 1<<31 - 1, -1, 255, 256, 383, 384, -129}[r.IntN(8)]
		default:
			a[l] = int32(r.IntN(256))
		}
	}
	return a
}

// randomPosition picks a position (mostly inside the schedule of a random
// op, sometimes outside it or past the program) and proves it.
func randomPosition(t testing.TB, r *rand.Rand, w *world, m *model.Model) (vm.State, []byte) {
	step := r.Uint64N(1 << 20)
	if r.IntN(10) == 0 {
		step = ^uint64(0) - uint64(r.IntN(2)) // the u64 counter wraps
	}
	numOps := uint32(len(m.Ops))
	pc := uint32(r.IntN(int(numOps) + 1))
	var i, j uint32
	if pc < numOps {
		I, J := m.Ops[pc].Schedule()
		if I*J > 0 {
			i = uint32(r.Uint64N(I))
			Ji := m.Ops[pc].IterLen(uint64(i)) // J(i): a ragged op's iterations differ in length
			j = uint32(r.Uint64N(Ji))
			if r.IntN(3) == 0 {
				j = uint32(Ji - 1) // the final step of an iteration
			}
		}
	}
	switch r.IntN(12) {
	case 0:
		i += uint32(1 + r.IntN(3)) // possibly outside the schedule
	case 1:
		j += uint32(1 + r.IntN(3))
	case 2:
		pc = numOps + uint32(1+r.IntN(3)) // past the program
	case 3:
		pc, i, j = numOps, uint32(r.IntN(2)), uint32(1+r.IntN(2)) // halting step off position
	}
	return w.prove(t, step, pc, i, j, randomAcc(r))
}

// TestTerminalStates: a halted or error pre-state is returned unchanged,
// whatever the witness (even none or garbage).
func TestTerminalStates(t *testing.T) {
	e := sharedEVM(t)
	tr := fixtureTrace(t, "mlp")
	final := tr.Final()
	errState := final
	errState.Status = vm.Error
	for _, s := range []vm.State{final, errState} {
		for _, w := range [][]byte{nil, {1}, bytes.Repeat([]byte{0xff}, 300)} {
			got := e.check(t, "terminal", s.Encode(), w)
			require.NoError(t, got.err)
			require.Equal(t, s.Encode(), got.post)
			require.Equal(t, s.Hash(), got.hash)
		}
	}
}
