package verifier_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/dustin/go-humanize"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/chainconfig"
	"github.com/opml-dev/opml/contracts/verifier"
	"github.com/opml-dev/opml/testkit/randmodel"
	"github.com/opml-dev/opml/testkit/simchain"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// The gas goals of the step verifier (docs/spec.md §9): a typical step
// (the mean of every op family) within 150k gas, and every step within 300k,
// both as the whole transaction's gasUsed.
const (
	typicalGasBudget = 150_000
	worstGasBudget   = 300_000
)

// gasSample is one step transaction.
type gasSample struct {
	family   string
	source   string
	txGas    uint64 // receipt gasUsed: intrinsic + calldata (or the EIP-7623 floor) + execution
	execGas  uint64 // execution only
	calldata int    // bytes of the transaction's input
	floor    bool   // the EIP-7623 calldata floor decided gasUsed
}

// gasFamilies is the order of the report's rows.
var gasFamilies = []string{"gemm", "conv2d", "relu", "maxpool2d", "avgpool2d", "add", "reshape", "softmax", "argmax", "lut", "gather", "mul", "max", "min", "embed", "matmul", "norm", "rope", "glumul", "halt", "error"}

// calldataCost returns the standard intrinsic gas of a call with this input
// (EIP-2028 pricing) and the EIP-7623 floor.
func calldataCost(data []byte) (standard, floor uint64) {
	var zero, nonZero uint64
	for _, b := range data {
		if b == 0 {
			zero++
		} else {
			nonZero++
		}
	}
	tokens := zero + nonZero*params.TxTokenPerNonZeroByte
	return params.TxGas + zero*params.TxDataZeroGas + nonZero*params.TxDataNonZeroGasEIP2028,
		params.TxGas + tokens*params.TxCostFloorPerToken
}

// TestGasReport sends real step transactions to a StepVerifier on the
// simulated chain under the pinned rules and reports, per op family, the
// mean and max gas over every golden vector, sampled steps of both fixture
// models, Error steps and (separately) a synthetic worst case with the
// deepest trees a valid header allows. It asserts the budgets and prints a
// markdown table (written to $GAS_REPORT if set; `make gas`).
func TestGasReport(t *testing.T) {
	chain := simchain.New(t)
	acct := chain.Accounts[0]
	addr, err := arbiter.DeployStepVerifier(context.Background(), chain.Deployer(acct))
	require.NoError(t, err)
	ex := newEVMVerifier(t)

	var samples []gasSample
	measure := func(family, source string, pre, witness []byte) {
		t.Helper()
		data := verifier.PackStep(pre, witness)
		want := goStep(pre, witness)
		require.NoError(t, want.err, source)
		r, err := chain.Send(acct, addr, nil, data)
		require.NoError(t, err, source)
		out, exec, rev := ex.call(t, data)
		require.Nil(t, rev, source)
		h, err := ex.abi.UnpackStep(out)
		require.NoError(t, err)
		require.Equal(t, want.hash, common.Hash(h), source)
		standard, floor := calldataCost(data)
		// gasUsed = max(intrinsic + execution, floor): the execution part
		// measured on the bare EVM accounts for the receipt exactly.
		require.Equal(t, max(standard+exec, floor), r.GasUsed, "%s: receipt gas is not intrinsic + execution", source)
		samples = append(samples, gasSample{family: family, source: source, txGas: r.GasUsed, execGas: exec,
			calldata: len(data), floor: floor > standard+exec})
	}

	// Golden vectors.
	for name, vs := range loadVectors(t) {
		for _, v := range vs {
			pre, err := vm.DecodeState(v.PreState)
			require.NoError(t, err)
			fam := vectorFamily(t, pre, v.Witness, v.PostState)
			measure(fam, "vector "+name, v.PreState, v.Witness)
		}
	}
	// Fixture steps: every op boundary and edge, and random steps.
	for _, name := range []string{"mlp", "cnn"} {
		tr := fixtureTrace(t, name)
		r := rand.New(rand.NewPCG(uint64(len(name)), 7))
		steps := opBoundarySteps(tr)
		steps = steps[:len(steps)-1] // not the step past the end: no witness
		n := 150
		if testing.Short() {
			n = 20
		}
		for k := 0; k < n; k++ {
			steps = append(steps, r.Uint64N(tr.Steps()))
		}
		for _, s := range steps {
			pre, post, w, err := tr.ProveStep(s)
			require.NoError(t, err)
			measure(stepFamily(tr.Model(), pre, post.Encode()), "fixture "+name, pre.Encode(), w)
		}
	}
	// An attention block at the LLM's shape: MatMul chunk and final steps
	// and causal Softmax phases, by step kind (attentionGasTable).
	atm, atIn := attentionModel(t)
	atr, err := vm.NewTrace(atm, atIn)
	require.NoError(t, err)
	nAt := 60
	if testing.Short() {
		nAt = 10
	}
	for _, s := range attentionSteps(atr, nAt) {
		pre, post, w, err := atr.ProveStep(s)
		require.NoError(t, err)
		fam := stepFamily(atm, pre, post.Encode())
		src := fam
		if fam == "matmul" || fam == "softmax" {
			src = attentionStepKind(t, w)
		}
		measure(fam, "attention "+src, pre.Encode(), w)
	}
	// Error steps: an invalid op, an invalid header, a position outside the
	// schedule, a PC past the program.
	r := rand.New(rand.NewPCG(3, 3))
	m, _, err := randmodel.Model(r, "softmax")
	require.NoError(t, err)
	ram := make([]byte, uint64(m.Header.RAMLeaves)*32)
	program := modelProgram(m)
	program[len(program)-1][2+4] = 3 // In dtype 3: invalid
	bad := newWorld(t, m.Header.Leaves(), modelDepths(m), program, m.Weights, ram)
	pre, wb := bad.prove(t, 5, uint32(len(program)-1), 0, 0, ops.Acc{})
	measure("error", "invalid op", pre.Encode(), wb)
	leaves := m.Header.Leaves()
	leaves[0][0] = model.MaxVersion + 1
	bad = newWorld(t, leaves, modelDepths(m), modelProgram(m), m.Weights, ram)
	pre, wb = bad.prove(t, 5, 0, 0, 0, ops.Acc{})
	measure("error", "invalid header", pre.Encode(), wb)
	good := modelWorld(t, m, ram)
	pre, wb = good.prove(t, 5, 0, 1<<30, 0, ops.Acc{})
	measure("error", "outside the schedule", pre.Encode(), wb)
	pre, wb = good.prove(t, 5, uint32(len(m.Ops)+1), 0, 0, ops.Acc{})
	measure("error", "PC past the program", pre.Encode(), wb)

	typical := samples
	// The synthetic worst case: ProgramDepth 26 (2^24 ops), WeightsDepth
	// and RAMDepth 32, on the step kinds with the most accesses.
	for _, kind := range []string{"add", "softmax", "gemm", "conv2d", "maxpool2d", "argmax", "lut", "gather", "mul", "max", "min", "matmul", "causal-softmax", "embed", "norm", "rope", "glumul"} {
		wr := rand.New(rand.NewPCG(11, uint64(len(kind))))
		m, _, err := randmodel.Model(wr, kind)
		require.NoError(t, err)
		w, fams := deepWorld(t, m)
		for pc, d := range m.Ops {
			I, J := d.Schedule()
			if I*J == 0 {
				continue
			}
			// J(i) of the iteration: J for all but the ragged ops.
			for _, pos := range [][2]uint64{{0, 0}, {0, d.IterLen(0) - 1}, {I - 1, d.IterLen(I-1) / 2}} {
				pre, wb := w.prove(t, 9, uint32(pc), uint32(pos[0]), uint32(pos[1]), randomAcc(wr))
				src := "worst-case depths"
				if d.Op == ops.OpMatMul || (d.Op == ops.OpSoftmax && d.KH != 0) {
					src = "worst attention " + attentionStepKind(t, wb)
				}
				measure(fams[pc], src, pre.Encode(), wb)
			}
		}
	}
	worst := samples[len(typical):]

	var b strings.Builder
	fmt.Fprintf(&b, "\n### StepVerifier gas, %s\n\n", chainconfig.RulesName)
	fmt.Fprintf(&b, "Golden vectors, sampled fixture steps (MLP, CNN) and Error steps: %d step transactions.\n", len(typical))
	fmt.Fprintf(&b, "tx = receipt gasUsed (21,000 + calldata, or the EIP-7623 floor, + execution); exec = execution only.\n\n")
	writeGasTable(&b, typical)
	fmt.Fprintf(&b, "\nSynthetic worst case (ProgramDepth 26, WeightsDepth 32, RAMDepth 32): %d step transactions.\n\n", len(worst))
	writeGasTable(&b, worst)
	fmt.Fprintf(&b, "\nAttention steps by kind (one block at the LLM's shape: 4 heads, 2 KV heads, T = 64, head dim 16):\n\n")
	attentionGasTable(&b, typical, "attention ")
	fmt.Fprintf(&b, "\nAttention steps by kind, synthetic worst case:\n\n")
	attentionGasTable(&b, worst, "worst attention ")
	t.Log("\n" + b.String())
	if path := os.Getenv("GAS_REPORT"); path != "" {
		require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	}

	// The budgets.
	byFam := map[string][]gasSample{}
	for _, s := range typical {
		byFam[s.family] = append(byFam[s.family], s)
	}
	for _, fam := range gasFamilies {
		require.NotEmpty(t, byFam[fam], "no %s step measured", fam)
		mean, _ := meanMax(byFam[fam], func(s gasSample) uint64 { return s.txGas })
		require.LessOrEqual(t, mean, uint64(typicalGasBudget), "%s: mean step gas above the typical budget", fam)
	}
	for _, s := range samples {
		require.LessOrEqual(t, s.txGas, uint64(worstGasBudget), "%s step (%s) above the worst-case budget", s.family, s.source)
	}
}

// vectorFamily names the step kind of a golden vector.
func vectorFamily(t testing.TB, pre vm.State, witness, post []byte) string {
	if post[0] == byte(vm.Error) {
		return "error"
	}
	w, err := vm.DecodeWitness(witness)
	require.NoError(t, err)
	if w.Op == nil {
		return "halt"
	}
	d, err := ops.Decode(w.Op)
	require.NoError(t, err)
	return d.Op.String()
}

// deepWorld moves m into the deepest trees a valid header allows: 2^24 ops
// (ProgramDepth 26), 2^32 − 1 weight and RAM leaves (depth 32). Only the
// model's own ops, weights and a random RAM prefix are non-zero. It returns
// the world and each op's family.
func deepWorld(t testing.TB, m *model.Model) (*world, []string) {
	h := m.Header
	h.NumOps, h.ProgramDepth = 1<<24, 26
	h.WeightsLeaves, h.WeightsDepth = 1<<32-1, 32
	h.RAMLeaves, h.RAMDepth = 1<<32-1, 32
	leaves := h.Leaves()
	_, err := model.DecodeHeader(leaves)
	require.NoError(t, err)
	r := rand.New(rand.NewPCG(1, 2))
	ram := make([]byte, uint64(m.Header.RAMLeaves)*32)
	for k := range ram {
		ram[k] = byte(r.Uint32())
	}
	var fams []string
	for _, d := range m.Ops {
		fams = append(fams, d.Op.String())
		if d.Op == ops.OpEmbed {
			// Ids 0, in range: Embed's heaviest step reads the table
			// (three accesses; a random id is the fill, two).
			clear(ram[uint64(d.In.Addr)*32 : d.In.End()*32])
		}
	}
	return newWorld(t, leaves, [3]int{26, 32, 32}, modelProgram(m), m.Weights, ram), fams
}

func meanMax(s []gasSample, f func(gasSample) uint64) (mean, mx uint64) {
	var sum uint64
	for _, x := range s {
		v := f(x)
		sum += v
		mx = max(mx, v)
	}
	return sum / uint64(len(s)), mx
}

func writeGasTable(b *strings.Builder, samples []gasSample) {
	byFam := map[string][]gasSample{}
	for _, s := range samples {
		byFam[s.family] = append(byFam[s.family], s)
	}
	fams := append([]string(nil), gasFamilies...)
	for f := range byFam {
		if !contains(fams, f) {
			fams = append(fams, f)
		}
	}
	sort.SliceStable(fams, func(i, j int) bool { return indexOf(gasFamilies, fams[i]) < indexOf(gasFamilies, fams[j]) })
	fmt.Fprintf(b, "| family | steps | tx gas mean | tx gas max | exec gas mean | exec gas max | calldata bytes max | floor-priced |\n")
	fmt.Fprintf(b, "|---|---:|---:|---:|---:|---:|---:|---:|\n")
	row := func(name string, s []gasSample) {
		txMean, txMax := meanMax(s, func(x gasSample) uint64 { return x.txGas })
		exMean, exMax := meanMax(s, func(x gasSample) uint64 { return x.execGas })
		_, cdMax := meanMax(s, func(x gasSample) uint64 { return uint64(x.calldata) })
		floors := 0
		for _, x := range s {
			if x.floor {
				floors++
			}
		}
		fmt.Fprintf(b, "| %s | %d | %s | %s | %s | %s | %s | %d%% |\n", name, len(s), gasStr(txMean), gasStr(txMax),
			gasStr(exMean), gasStr(exMax), gasStr(cdMax), 100*floors/len(s))
	}
	for _, f := range fams {
		if len(byFam[f]) > 0 {
			row(f, byFam[f])
		}
	}
	row("**all**", samples)
}

func contains(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

// indexOf is x's position in s, or len(s) if absent (sorted last).
func indexOf(s []string, x string) int {
	for k, v := range s {
		if v == x {
			return k
		}
	}
	return len(s)
}

// gasStr formats n with thousands separators.
func gasStr(n uint64) string { return humanize.Comma(int64(n)) }
