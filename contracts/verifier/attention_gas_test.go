package verifier_test

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/testkit/randmodel"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// attentionModel is one attention block at the shape of the LLM of issue
// 15 (docs/spec.md §6.14): 4 query heads, 2 KV heads (G = 2), T = 64
// positions, head dim 16 (randmodel.AttentionBlock).
func attentionModel(t testing.TB) (*model.Model, []int8) {
	m, in, err := randmodel.AttentionBlock(rand.New(rand.NewPCG(15, 16)), 4, 2, 64, 16)
	require.NoError(t, err)
	return m, in
}

// attentionStepKind names the kind of an attention step by its op and
// its accesses: a MatMul chunk (2 RAM reads) or final step (1 update), a
// Softmax phase (1, 2 or 3 accesses).
func attentionStepKind(t testing.TB, witness []byte) string {
	w, err := vm.DecodeWitness(witness)
	require.NoError(t, err)
	d, err := ops.Decode(w.Op)
	require.NoError(t, err)
	switch {
	case d.Op == ops.OpMatMul && len(w.Accesses) == 2:
		return fmt.Sprintf("matmul mode %d chunk", d.KH)
	case d.Op == ops.OpMatMul:
		return fmt.Sprintf("matmul mode %d final", d.KH)
	case d.Op == ops.OpSoftmax:
		return fmt.Sprintf("causal softmax phase %d", len(w.Accesses))
	}
	return d.Op.String()
}

// attentionSteps are the steps of the attention model the gas report
// measures: every op's boundary steps and, for the MatMuls and the
// Softmax, the first steps of a late row (long causal rows) and random
// steps.
func attentionSteps(tr *vm.Trace, n int) []uint64 {
	m := tr.Model()
	r := rand.New(rand.NewPCG(1, 15))
	steps := opBoundarySteps(tr)
	steps = steps[:len(steps)-1] // not the step past the end: no witness
	for k := range m.Ops {
		d := &m.Ops[k]
		if d.Op != ops.OpMatMul && d.Op != ops.OpSoftmax {
			continue
		}
		I, _ := d.Schedule()
		late := m.OpStart(k) + d.StepsBefore(I-1)
		for j := uint64(0); j < 4 && late+j < m.OpStart(k+1); j++ {
			steps = append(steps, late+j)
		}
		for range n {
			steps = append(steps, m.OpStart(k)+r.Uint64N(m.OpStart(k+1)-m.OpStart(k)))
		}
	}
	return steps
}

// attentionGasTable writes the mean and max gas of each attention step
// kind (samples whose source starts with prefix).
func attentionGasTable(b *strings.Builder, samples []gasSample, prefix string) {
	by := map[string][]gasSample{}
	for _, s := range samples {
		if k, ok := strings.CutPrefix(s.source, prefix); ok {
			by[k] = append(by[k], s)
		}
	}
	kinds := make([]string, 0, len(by))
	for k := range by {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	fmt.Fprintf(b, "| step kind | steps | tx gas mean | tx gas max | exec gas mean | exec gas max |\n|---|---:|---:|---:|---:|---:|\n")
	for _, k := range kinds {
		txMean, txMax := meanMax(by[k], func(x gasSample) uint64 { return x.txGas })
		exMean, exMax := meanMax(by[k], func(x gasSample) uint64 { return x.execGas })
		fmt.Fprintf(b, "| %s | %d | %s | %s | %s | %s |\n", k, len(by[k]), gasStr(txMean), gasStr(txMax), gasStr(exMean), gasStr(exMax))
	}
}
