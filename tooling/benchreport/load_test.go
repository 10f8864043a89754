package benchreport

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/testkit/opmlbin"
	"github.com/opml-dev/opml/tooling/loadgen"
)

// capacityRun is a capacity report that meets its goal.
func capacityRun() *loadgen.Report {
	return &loadgen.Report{FixedBlockTime: true, BlockSeconds: 2, WindowSeconds: 600, NodeProcesses: true, Sent: 4500,
		RequestsPerBlock: loadgen.Percentiles{N: 90, P50: 50, Max: 50}, ClaimBlocks: loadgen.Percentiles{N: 4500, P50: 1, P99: 2},
		CheckLagSeconds: loadgen.Percentiles{N: 4950, Max: 30}}
}

func TestLoadGoals(t *testing.T) {
	goals := func(l *Load) []string { return status(Goals(&Report{Load: l})[20:]) }
	require.Equal(t, []string{"-", "-", "-"}, goals(nil))
	require.Equal(t, []string{"met", "-", "-"}, goals(&Load{Capacity: capacityRun()}))
	for name, mod := range map[string]func(*loadgen.Report){
		"fewer than 50 per block":       func(r *loadgen.Report) { r.RequestsPerBlock.P50 = 49 },
		"a check past 10% of a window":  func(r *loadgen.Report) { r.CheckLagSeconds.Max = 61 },
		"the submitter falls behind":    func(r *loadgen.Report) { r.ClaimBlocks.P99 = 6 },
		"a problem":                     func(r *loadgen.Report) { r.Problems = []string{"request 1 was not finalized"} },
		"blocks as transactions arrive": func(r *loadgen.Report) { r.FixedBlockTime = false },
		"another window":                func(r *loadgen.Report) { r.WindowSeconds = 60 },
	} {
		r := capacityRun()
		mod(r)
		require.Equal(t, []string{"NOT", "-", "-"}, goals(&Load{Capacity: r}), name)
	}

	burst := func() *loadgen.Report {
		return &loadgen.Report{Sent: 1000, FinalizedTrue: 1000, LieRequests: 100, FalseClaims: 100, FalseRejected: 100}
	}
	require.Equal(t, []string{"-", "met", "-"}, goals(&Load{Burst: burst()}))
	for name, mod := range map[string]func(*loadgen.Report){
		"a lie not disproven": func(r *loadgen.Report) { r.FalseRejected = 99 },
		"a wrong output":      func(r *loadgen.Report) { r.FinalizedTrue = 999 },
		"a double send":       func(r *loadgen.Report) { r.DoubleSends = []string{"submit/7 twice"} },
		"a smaller burst": func(r *loadgen.Report) {
			r.Sent, r.FinalizedTrue, r.LieRequests, r.FalseClaims, r.FalseRejected = 999, 999, 99, 99, 99
		},
	} {
		r := burst()
		mod(r)
		require.Equal(t, []string{"-", "NOT", "-"}, goals(&Load{Burst: r}), name)
	}

	require.Equal(t, []string{"-", "-", "met"}, goals(&Load{Soak: soakRun(1.05)}))
	require.Equal(t, []string{"-", "-", "NOT"}, goals(&Load{Soak: soakRun(1.2)}), "memory still growing in the last third")
	spike := soakRun(1)
	spike.Samples[50].Nodes["submitter"] = loadgen.NodeSample{Live: 3010, RSSBytes: 300e6, HeapBytes: 1e6}
	require.Equal(t, []string{"-", "-", "met"}, goals(&Load{Soak: spike}), "one sample's spike is not growth")
	require.Contains(t, Goals(&Report{Load: &Load{Soak: spike}})[22].Measured, "p90: RSS ≤ 1.00×, datadir ≤ 1.00×, live records ≤ 1.00× (peaks: RSS ≤ 2.00×)")
	for i := 41; i <= 60; i += 2 { // every other sample of the last third: more than a tenth
		spike.Samples[i].Nodes["submitter"] = loadgen.NodeSample{Live: 3010, RSSBytes: 200e6, HeapBytes: 1e6}
	}
	require.Equal(t, []string{"-", "-", "NOT"}, goals(&Load{Soak: spike}), "a lasting rise")
	short := soakRun(1)
	short.SendSeconds = 1800
	require.Equal(t, []string{"-", "-", "NOT"}, goals(&Load{Soak: short}), "half an hour is not the goal's hour")
	inProc := soakRun(1)
	inProc.NodeProcesses = false
	require.Equal(t, []string{"-", "-", "NOT"}, goals(&Load{Soak: inProc}), "no per-node memory")
}

// soakRun is an hour's soak whose samples level off after the first
// third, then grow by the factor growth over the last third.
func soakRun(growth float64) *loadgen.Report {
	r := &loadgen.Report{NodeProcesses: true, StartSeconds: 30, SendSeconds: 3600, RetentionBlocks: 300, BlockSeconds: 2}
	for m := 0; m <= 60; m++ {
		f := min(1, float64(m)/20)
		if m > 40 {
			f *= 1 + (growth-1)*float64(m-40)/20
		}
		r.Samples = append(r.Samples, loadgen.Sample{Seconds: 30 + 60*float64(m), Sent: 150 * m,
			DataDirBytes: map[string]int64{"submitter": int64(1e6 + 20e6*f)},
			Nodes:        map[string]loadgen.NodeSample{"submitter": {Live: int(10 + 3000*f), RSSBytes: uint64(50e6 + 100e6*f), HeapBytes: 1e6}}})
	}
	return r
}

func TestRenderLoad(t *testing.T) {
	md := string(RenderLoad(&Load{Capacity: capacityRun(), Soak: soakRun(1)}))
	require.Contains(t, md, "## 9. Load and soak")
	require.Contains(t, md, "| requests per block p50 / p99 / max | 50 / 0 / 50 | – |")
	require.Contains(t, md, "### The soak's curve")
	require.Equal(t, 13+1, strings.Count(md[strings.Index(md, "### The soak's curve"):], "\n| "), "a row every 5 minutes and the header")
	require.Contains(t, string(RenderLoad(nil)), "*No load results committed.*")
}

// TestLoadResultsCommitted: the load results (make load) are committed,
// each judged against its goal, and BENCHMARKS.md shows exactly them
// (section 9 and the goal rows, met or NOT), so a new run cannot land
// without its report, nor a report without its run.
func TestLoadResultsCommitted(t *testing.T) {
	root, err := opmlbin.ModuleRoot()
	require.NoError(t, err)
	l, err := ReadLoad(root)
	require.NoError(t, err)
	require.NotNil(t, l.Capacity, "%s/capacity.json: make load-capacity writes it", LoadResultsDir)
	require.NotNil(t, l.Burst, "%s/burst.json: make load-burst writes it", LoadResultsDir)
	require.NotNil(t, l.Soak, "%s/soak.json: make load-soak writes it", LoadResultsDir)
	bench, err := os.ReadFile(filepath.Join(root, "BENCHMARKS.md"))
	require.NoError(t, err)
	for _, g := range Goals(&Report{Load: l})[20:] {
		require.NotNil(t, g.Met, "%s: judged from the committed run", g.Goal)
		require.Contains(t, string(bench), g.row()+"\n", "BENCHMARKS.md's goal row (make load re-renders it)")
	}
	require.Contains(t, string(bench), string(RenderLoad(l)), "BENCHMARKS.md §9 (make load re-renders it: opml bench --render BENCHMARKS.json)")
}
