package benchreport

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/pipeline/accuracy"
)

func status(gs []Goal) []string {
	var out []string
	for _, g := range gs {
		switch {
		case g.Met == nil:
			out = append(out, "-")
		case *g.Met:
			out = append(out, "met")
		default:
			out = append(out, "NOT")
		}
	}
	return out
}

func TestGoals(t *testing.T) {
	empty := Goals(&Report{})
	require.Len(t, empty, 23, "one entry per goal, measured or not")
	for _, g := range empty {
		require.Nil(t, g.Met, g.Goal)
		require.Equal(t, "–", g.Measured, g.Goal)
	}

	r := &Report{
		VM: []VMRow{
			{Model: "mlp", Steps: 3_400, ExecuteNs: 40e3, GorgoniaNs: 70e3},
			{Model: "cnn", Steps: 246_355, ExecuteNs: 1.2e6, GorgoniaNs: 1e6}, // slower than float
		},
		Gemm:  []GemmRow{{MACs: 1e6, FastNs: 1e6}, {MACs: 1e6, FastNs: 5e5}}, // 1 and 2 GMAC/s
		Trace: []TraceRow{{StateAtP99: 2e6}, {StateAtP99: 11e6}},             // 11 ms > 10 ms
		Gas: Gas{
			Step:   StepGas{Steps: 9, Mean: 68_000, Max: 100_000},
			Worst:  StepGas{Steps: 3, Mean: 130_000, Max: 193_000},
			Submit: 100_001,
			Disputes: []DisputeRow{
				{LogN: 30, K: 16, MaxMove: 72_000, Claimant: 500_000, Challenger: 800_000},
				{LogN: 30, K: 64, MaxMove: 109_000, Claimant: 2_500_000, Challenger: 2_500_000}, // k > 16: not a goal
				{LogN: 20, K: 2, MaxMove: 61_000, Claimant: 900_000, Challenger: 2_100_000},     // not at 2^30
			},
		},
		Micro:       []MicroRow{{Name: "BenchmarkDissectionAnswer", Metrics: map[string]float64{"ns/op": 7e6}}},
		Conformance: &Conformance{All: map[string]int{"passed": 200, "failed": 0}, Simple: map[string]int{"passed": 149, "refused": 89}},
	}
	g := Goals(r)
	require.Equal(t, []string{"met", "met", "NOT", "NOT", "met", "met", "NOT", "met", "met", "met", "NOT", "met", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"}, status(g))
	require.Equal(t, "149 of 238", g[10].Measured)
	r.Conformance.All["failed"] = 1
	require.Equal(t, "NOT", status(Goals(r))[11])
	r.Conformance.All["failed"] = 0
	require.Equal(t, "1.00 GMAC/s (slowest shape)", g[1].Measured)
	require.Equal(t, "11.0 ms (worst fixture p99)", g[2].Measured)
	require.Equal(t, "max 72,000", g[7].Measured)
	require.Equal(t, "max side 800,000 over k = 16", g[8].Measured)

	r.Gas.MoveGoal = 70_000
	require.Equal(t, "NOT", status(Goals(r))[7])
	r.VM[1].Steps, r.VM[0].Steps = 1, 125_001
	require.Equal(t, "NOT", status(Goals(r))[0])
}

// TestLMGoals: the goals of issue 15 follow the completion model's figures.
func TestLMGoals(t *testing.T) {
	r := &Report{
		LLM: &LLM{VM: VMRow{Steps: 857_025, ExecuteNs: 14e6, GorgoniaNs: 5.7e6, TraceNs: 50e6},
			Trace:     TraceRow{Samples: 200, StateAtMedian: 3e6, StateAtP99: 40e6, Checkpoints: 89, Checkpoint: 8 << 20},
			TreeBytes: 1 << 20, Snapshots: 6, Estimate: 8 << 20,
			Accuracy: &LMAccuracy{Next: accuracy.LMReport{Windows: 400, Positions: 25_600, Agreement: 0.9553, FloatBPB: 2.7202, VMBPB: 2.7238}}},
		Gas: Gas{LM: []LMDisputeRow{
			{Kind: "embed", Submitter: 430_000, Challenger: 708_000},
			{Kind: "add", Submitter: 2_100_000, Challenger: 600_000},
		}},
	}
	lm := func() []Goal { return Goals(r)[12:20] }
	require.Equal(t, []string{"met", "NOT", "met", "met", "met", "met", "met", "NOT"}, status(lm()))
	g := lm()
	require.Equal(t, "N = 857,025 (5 rounds at k = 16)", g[0].Measured)
	require.Equal(t, "VM 14.0 ms, float 5.70 ms: VM time / float time = 2.46", g[1].Measured)
	require.Equal(t, "3.57× (50.0 ms / 14.0 ms)", g[2].Measured)
	require.Equal(t, "40.0 ms (median 3.00 ms, 200 random steps)", g[3].Measured)
	require.Equal(t, "8.0 MiB retained, vm.TraceBytes 8.0 MiB (6 RAM trees for 89 op boundaries; one tree per boundary: 89 MiB)", g[4].Measured)
	require.Equal(t, "95.53% of 25,600 positions (400 windows)", g[5].Measured)
	require.Equal(t, "VM 2.7238, float 2.7202 (+0.13%)", g[6].Measured)
	require.Equal(t, "max side 2,100,000 (submitter 2,100,000, challenger 600,000; step kind add)", g[7].Measured)

	r.LLM.VM.Steps, r.LLM.VM.ExecuteNs, r.LLM.VM.TraceNs, r.LLM.Trace.StateAtP99, r.LLM.Trace.Checkpoint = 1<<20+1, 5e6, 21e6, 51e6, 100<<20
	r.Gas.LM = r.Gas.LM[:1]
	r.LLM.Accuracy.Next.Agreement, r.LLM.Accuracy.Next.VMBPB = 0.9499, 2.7202*1.051
	require.Equal(t, []string{"NOT", "met", "NOT", "NOT", "NOT", "NOT", "NOT", "met"}, status(lm()))
	r.LLM.Accuracy = nil
	require.Equal(t, "–", lm()[5].Measured, "not measured")
}
