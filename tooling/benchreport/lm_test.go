package benchreport

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// lmArbiterMD is arbiterMD with the completion dispute table the arbiter
// gas report appends (contracts/arbiter gas_lm_test.go).
const lmArbiterMD = arbiterMD + `
Completion dispute on lm.opml (Osaka): N = 857025 steps, k = 16, T = 64:

| step kind | step | rounds | moves | requestCompletion | submitCompletion | bisects | challenge | chooses | step gas | submitter | challenger |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
| embed | 127 | 5 | 11 | 213,304 | 141,521 | 289,204 | 229,980 | 279,927 | 198,174 | 430,725 | 708,081 |
| halt | 857024 | 5 | 11 | 155,470 | 141,521 | 289,331 | 212,880 | 269,680 | 116,352 | 430,852 | 598,912 |
`

func TestParseLMDisputes(t *testing.T) {
	rows, err := ParseLMDisputes(lmArbiterMD)
	require.NoError(t, err)
	require.Equal(t, []LMDisputeRow{
		{Kind: "embed", Step: 127, Rounds: 5, Moves: 11, Request: 213_304, Submit: 141_521, Bisects: 289_204, Challenge: 229_980,
			Chooses: 279_927, StepGas: 198_174, Submitter: 430_725, Challenger: 708_081},
		{Kind: "halt", Step: 857_024, Rounds: 5, Moves: 11, Request: 155_470, Submit: 141_521, Bisects: 289_331, Challenge: 212_880,
			Chooses: 269_680, StepGas: 116_352, Submitter: 430_852, Challenger: 598_912},
	}, rows)
	w, ok := WorstLMDispute(rows)
	require.True(t, ok)
	require.Equal(t, "embed", w.Kind, "the largest side is embed's challenger")
	_, ok = WorstLMDispute(nil)
	require.False(t, ok)

	// The other tables of the report are unaffected by it.
	d, err := ParseDisputes(lmArbiterMD)
	require.NoError(t, err)
	require.Len(t, d, 3)
	require.NotContains(t, CallsTable(lmArbiterMD), "Completion dispute")

	rows, err = ParseLMDisputes(arbiterMD)
	require.NoError(t, err, "an arbiter report without the table")
	require.Nil(t, rows)

	for name, bad := range map[string]string{
		"submitter is not the sum":  strings.Replace(lmArbiterMD, "430,725", "430,726", 1),
		"challenger is not the sum": strings.Replace(lmArbiterMD, "598,912", "598,000", 1),
		"not a number":              strings.Replace(lmArbiterMD, "| 127 |", "| x |", 1),
		"a cell missing":            strings.Replace(lmArbiterMD, "| 5 | 11 | 213,304 |", "| 5 | 213,304 |", 1),
		"no rows":                   lmArbiterMD[:strings.Index(lmArbiterMD, "| embed")],
	} {
		_, err := ParseLMDisputes(bad)
		require.Error(t, err, name)
	}
}

func TestLLMBounded(t *testing.T) {
	l := &LLM{Trace: TraceRow{Checkpoints: 89, Checkpoint: 8 << 20}, TreeBytes: 1 << 20, Snapshots: 6, Estimate: 8 << 20}
	require.True(t, l.Bounded())
	l.Trace.Checkpoint = 8<<20 + 8<<20/10 + 1
	require.False(t, l.Bounded(), "more than TraceBound × vm.TraceBytes")
	require.False(t, (&LLM{Trace: TraceRow{Checkpoint: 1}}).Bounded(), "not measured")
}
