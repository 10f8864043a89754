package benchreport

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/opml-dev/opml/tooling/loadgen"
)

// LoadResultsDir is where `make load` writes the load generator's reports
// (relative to the repository root): capacity.json, burst.json and
// soak.json, committed, read by Measure and checked by a test.
const LoadResultsDir = "tooling/loadgen/results"

// Goals of the load issue (BENCHMARKS.md §9).
const (
	goalLoadPerBlock   = 50  // MNIST requests per block, sustained
	goalLoadSpare      = 0.9 // share of a claim's window left when checked
	goalLoadClaimP99   = 5   // blocks from a request to its claim (p99): the submitter keeps up
	goalLoadBurst      = 1000
	goalLoadBlockTime  = 2   // seconds, fixed
	goalLoadWindow     = 600 // seconds
	goalSoakSeconds    = 3600
	goalSoakFlatGrowth = 1.10 // the last third's 90th percentile over the middle third's (soakFlatness)
)

// Load is the load generator's committed reports (nil: not there).
type Load struct {
	Capacity *loadgen.Report `json:"capacity,omitempty"`
	Burst    *loadgen.Report `json:"burst,omitempty"`
	Soak     *loadgen.Report `json:"soak,omitempty"`
}

// ReadLoad reads the reports under root/LoadResultsDir. A missing file
// leaves its run nil; a file that does not decode is an error.
func ReadLoad(root string) (*Load, error) {
	l := &Load{}
	for name, dst := range map[string]**loadgen.Report{"capacity": &l.Capacity, "burst": &l.Burst, "soak": &l.Soak} {
		b, err := os.ReadFile(filepath.Join(root, LoadResultsDir, name+".json"))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("benchreport: load results: %w", err)
		}
		var rep loadgen.Report
		if err := json.Unmarshal(b, &rep); err != nil {
			return nil, fmt.Errorf("benchreport: load results %s.json: %w", name, err)
		}
		*dst = &rep
	}
	return l, nil
}

const (
	gLoadCapacity = "≥ 50 MNIST requests per block (2 s fixed blocks, 10-minute window): one submitter and one challenger keep up, every claim checked with ≥ 90% of its window to spare"
	gLoadBurst    = "a 1,000-request burst with 10% lies: 100% finalized true, 100% of lies disproven, zero double sends"
	gLoadSoak     = "memory and datadir bounded: flat after pruning over a one-hour soak (each node's RSS, datadir and live records in the last third ≤ 1.1 × the middle third's, 90th percentile of each third's samples)"
)

// loadGoals adds the goals of the load issue.
func loadGoals(r *Report, add func(goal, measured string, ok *bool)) {
	l := r.Load
	if l == nil {
		l = &Load{}
	}
	if c := l.Capacity; c != nil {
		ok, why := capacityMet(c)
		add(gLoadCapacity, fmt.Sprintf("%s requests/block (p50 over %d blocks), request → claim p99 %s blocks, check lag max %s s of %d s: %.1f%% spare%s",
			trimFloat(c.RequestsPerBlock.P50), c.RequestsPerBlock.N, trimFloat(c.ClaimBlocks.P99), trimFloat(c.CheckLagSeconds.Max), c.WindowSeconds, 100*c.CheckSpare(), why), met(ok))
	} else {
		add(gLoadCapacity, "–", nil)
	}
	if b := l.Burst; b != nil {
		ok, why := burstMet(b)
		add(gLoadBurst, fmt.Sprintf("%d of %d finalized true, %d of %d lies disproven, %d double sends%s",
			b.FinalizedTrue, b.Sent, b.FalseRejected, b.LieRequests, len(b.DoubleSends), why), met(ok))
	} else {
		add(gLoadBurst, "–", nil)
	}
	if s := l.Soak; s != nil {
		f := soakFlatness(s)
		ok, why := soakMet(s, f)
		add(gLoadSoak, fmt.Sprintf("%.0f min; last third / middle third, p90: RSS ≤ %s, datadir ≤ %s, live records ≤ %s (peaks: RSS ≤ %s)%s",
			s.SendSeconds/60, ratio2(f.rss), ratio2(f.dir), ratio2(f.live), ratio2(f.rssPeak), why), met(ok))
	} else {
		add(gLoadSoak, "–", nil)
	}
}

func ratio2(x float64) string { return fmt.Sprintf("%.2f×", x) }

// clean is "" for a run without problems, else a note for the goal.
func clean(rep *loadgen.Report) (bool, string) {
	if len(rep.Problems) > 0 {
		return false, fmt.Sprintf("; **%d problem(s)**: %s", len(rep.Problems), rep.Problems[0])
	}
	return true, ""
}

func capacityMet(c *loadgen.Report) (bool, string) {
	ok, why := clean(c)
	if !c.FixedBlockTime || c.BlockSeconds != goalLoadBlockTime || c.WindowSeconds != goalLoadWindow {
		return false, fmt.Sprintf("; **not the goal's chain** (block time %v s, fixed %v, window %d s)", c.BlockSeconds, c.FixedBlockTime, c.WindowSeconds)
	}
	return ok && c.RequestsPerBlock.P50 >= goalLoadPerBlock && c.CheckSpare() >= goalLoadSpare && c.ClaimBlocks.P99 <= goalLoadClaimP99, why
}

func burstMet(b *loadgen.Report) (bool, string) {
	ok, why := clean(b)
	return ok && b.Sent >= goalLoadBurst && b.SendErrors == 0 && b.FinalizedTrue == b.Sent && b.LieRequests == b.Sent/10 &&
		b.FalseClaims == b.LieRequests && b.FalseRejected == b.FalseClaims && len(b.DoubleSends) == 0, why
}

// flatness is the soak's worst ratio, over the nodes, of the 90th
// percentile of the last third of its samples to that of the middle third
// (rssPeak: of the peaks, reported, not judged). Why the 90th percentile
// and not the peak: a node's RSS moves with the garbage collector's timing
// and with which large traces (a completion's) happen to be in flight at a
// sample, so one sample of a third can stand 20% above the rest of both
// thirds with nothing growing; the 90th percentile passes over the top
// tenth of a third's samples yet follows any growth that lasts (a leak
// lifts every sample after it). docs/nodes.md, "The load goals".
type flatness struct{ rss, dir, live, rssPeak float64 }

// soakThirds splits the samples taken while the soak sent its requests
// into thirds by time (the settle phase's samples are left out).
func soakThirds(s *loadgen.Report) (mid, last []loadgen.Sample) {
	t0 := s.StartSeconds
	span := s.SendSeconds
	for _, x := range s.Samples {
		switch at := x.Seconds - t0; {
		case at >= span/3 && at < 2*span/3:
			mid = append(mid, x)
		case at >= 2*span/3 && at <= span:
			last = append(last, x)
		}
	}
	return mid, last
}

func soakFlatness(s *loadgen.Report) flatness {
	mid, last := soakThirds(s)
	values := func(xs []loadgen.Sample, f func(loadgen.Sample) float64) []float64 {
		out := make([]float64, len(xs))
		for i, x := range xs {
			out[i] = f(x)
		}
		return out
	}
	peak := func(xs []float64) float64 {
		m := 0.0
		for _, x := range xs {
			m = max(m, x)
		}
		return m
	}
	var f flatness
	worse := func(dst *float64, a, b float64) {
		if a > 0 {
			*dst = max(*dst, b/a)
		} else if b > 0 {
			*dst = max(*dst, 1e9) // nothing in the middle third, something after
		}
	}
	for _, n := range sampleNodes(s) {
		for _, m := range []struct {
			dst, peak *float64 // peak: where the peaks' ratio goes (RSS only)
			g         func(loadgen.Sample) float64
		}{
			{&f.rss, &f.rssPeak, func(x loadgen.Sample) float64 { return float64(x.Nodes[n].RSSBytes) }},
			{&f.dir, nil, func(x loadgen.Sample) float64 { return float64(x.DataDirBytes[n]) }},
			{&f.live, nil, func(x loadgen.Sample) float64 { return float64(x.Nodes[n].Live) }},
		} {
			a, b := values(mid, m.g), values(last, m.g)
			worse(m.dst, Percentile(a, 90), Percentile(b, 90))
			if m.peak != nil {
				worse(m.peak, peak(a), peak(b))
			}
		}
	}
	return f
}

func soakMet(s *loadgen.Report, f flatness) (bool, string) {
	ok, why := clean(s)
	if !s.NodeProcesses {
		return false, "; **the nodes did not run as processes: no per-node memory**"
	}
	mid, last := soakThirds(s)
	return ok && s.SendSeconds >= goalSoakSeconds && len(mid) > 0 && len(last) > 0 && f.rss > 0 &&
		f.rss <= goalSoakFlatGrowth && f.dir <= goalSoakFlatGrowth && f.live <= goalSoakFlatGrowth, why
}

// sampleNodes are the node names of a report's samples, sorted.
func sampleNodes(s *loadgen.Report) []string {
	set := map[string]bool{}
	for _, x := range s.Samples {
		for n := range x.Nodes {
			set[n] = true
		}
	}
	var out []string
	for n := range set {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// RenderLoad is section 9 of the report: the load generator's committed
// runs. It depends only on l.
func RenderLoad(l *Load) []byte {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	renderLoad(w, l)
	return []byte(b.String())
}

func renderLoad(w writer, l *Load) {
	w("## 9. Load and soak\n\n")
	if l == nil {
		l = &Load{}
	}
	w("Written by `make load` (`opml loadgen`, docs/nodes.md \"Load generator and soak test\") into\n")
	w("`%s/*.json` and rendered from those files, so this section is not re-measured by\n", LoadResultsDir)
	w("`make bench`; a test checks that it matches them. Each run is an in-process devnet with the\n")
	w("pinned rules, a block every 2 s only (`--fixed-block-time`) and the devnet's 60M block gas\n")
	w("limit; one honest submitter, one challenger and a liar (a TEST-ONLY node that claims falsely,\n")
	w("beside the honest claims, the requests paying its fee) each run as a process of their own\n")
	w("(`--node-processes`), on the one 2-core machine with the chain and the load generator.\n\n")
	runs := []struct {
		name string
		rep  *loadgen.Report
	}{{"capacity", l.Capacity}, {"burst", l.Burst}, {"soak", l.Soak}}
	some := false
	for _, r := range runs {
		some = some || r.rep != nil
	}
	if !some {
		w("*No load results committed.*\n\n")
		return
	}
	w("| | capacity | burst | soak |\n|---|---|---|---|\n")
	row := func(label string, f func(*loadgen.Report) string) {
		w("| %s |", label)
		for _, r := range runs {
			if r.rep == nil {
				w(" – |")
				continue
			}
			w(" %s |", f(r.rep))
		}
		w("\n")
	}
	pct := func(p loadgen.Percentiles) string {
		if p.N == 0 {
			return "–"
		}
		return fmt.Sprintf("%s / %s / %s", trimFloat(p.P50), trimFloat(p.P99), trimFloat(p.Max))
	}
	row("command", func(r *loadgen.Report) string {
		return "`opml loadgen " + strings.ReplaceAll(r.Command, "|", "\\|") + "`"
	})
	row("load", func(r *loadgen.Report) string {
		return fmt.Sprintf("bursts of %d, %s, from %d accounts; mix %s; lies %.0f%%", r.Burst, r.Pace, r.Accounts, r.Mix, 100*r.Lies)
	})
	row("requests sent (for the liar)", func(r *loadgen.Report) string {
		return fmt.Sprintf("%s (%s) in %.0f s", comma(uint64(r.Sent)), comma(uint64(r.LieRequests)), r.SendSeconds)
	})
	row("requests per block p50 / p99 / max", func(r *loadgen.Report) string { return pct(r.RequestsPerBlock) })
	row("request → claim, blocks p50 / p99 / max", func(r *loadgen.Report) string { return pct(r.ClaimBlocks) })
	row("request → finalized, s p50 / p99 / max", func(r *loadgen.Report) string { return pct(r.FinalSeconds) })
	row("claims checked, per second", func(r *loadgen.Report) string {
		return fmt.Sprintf("%s, %.1f/s", comma(uint64(r.Checked)), r.ChecksPerSecond)
	})
	row("largest backlog of unchecked claims", func(r *loadgen.Report) string { return fmt.Sprint(r.MaxUnchecked) })
	row("claim seen → checked, s p50 / p99 / max", func(r *loadgen.Report) string { return pct(r.CheckLagSeconds) })
	row("least window spare at a check / at a challenge", func(r *loadgen.Report) string {
		return fmt.Sprintf("%.1f%% / %.1f%% (window %d s)", 100*r.CheckSpare(), 100*r.WindowSpare, r.WindowSeconds)
	})
	row("finalized with the VM's output", func(r *loadgen.Report) string {
		return fmt.Sprintf("%s of %s", comma(uint64(r.FinalizedTrue)), comma(uint64(r.Sent)))
	})
	row("false claims rejected; true claims rejected", func(r *loadgen.Report) string {
		return fmt.Sprintf("%d of %d; %d", r.FalseRejected, r.FalseClaims, r.TrueRejected)
	})
	row("games (won by the challenger, lost by an honest party, open)", func(r *loadgen.Report) string {
		return fmt.Sprintf("%d (%d, %d, %d)", r.Games, r.GamesChallengerOK, r.GamesLostByHonest, r.GamesOpen)
	})
	row("double sends; send errors; problems", func(r *loadgen.Report) string {
		return fmt.Sprintf("%d; %d; %d", len(r.DoubleSends), r.SendErrors, len(r.Problems))
	})
	row("gas per finalized request", func(r *loadgen.Report) string { return comma(r.GasPerFinalized) })
	for _, n := range []string{"submitter", "challenger", "liar"} {
		row("peak RSS / Go heap, "+n, func(r *loadgen.Report) string {
			var rss, heap uint64
			for _, s := range r.Samples {
				rss, heap = max(rss, s.Nodes[n].RSSBytes), max(heap, s.Nodes[n].HeapBytes)
			}
			return mib(rss) + " / " + mib(heap)
		})
	}
	for _, n := range []string{"submitter", "challenger", "liar"} {
		row("datadir at the end, "+n, func(r *loadgen.Report) string {
			if len(r.Samples) == 0 {
				return "–"
			}
			return mib(uint64(r.Samples[len(r.Samples)-1].DataDirBytes[n]))
		})
	}
	w("\n*request → claim* counts blocks from the request's block to the first true claim's. *claim seen\n")
	w("→ checked*: the k-th claim the load generator saw counts as checked when the challenger's count\n")
	w("of checks (`opml_claims_total` agreed + disputed) reaches k, sampled every 250 ms; the spare\n")
	w("share is 1 − the largest such lag over the window (chain time follows the wall clock with a\n")
	w("fixed block time). Memory is each node process's own (`process_resident_memory_bytes`,\n")
	w("`go_memstats_heap_inuse_bytes` from its /metrics); a datadir holds the node's pebble store\n")
	w("and its cache of fetched models.\n\n")
	if s := l.Soak; s != nil {
		renderSoakCurve(w, s)
	}
}

// renderSoakCurve is the soak's curve: one row per 5 minutes (the sample
// nearest each mark) and the last sample.
func renderSoakCurve(w writer, s *loadgen.Report) {
	nodes := sampleNodes(s)
	w("### The soak's curve\n\n")
	w("Retention %d blocks (`--retention.blocks`): a finished record is deleted %d blocks (%s s) after\n",
		s.RetentionBlocks, s.RetentionBlocks, trimFloat(float64(s.RetentionBlocks)*s.BlockSeconds))
	w("it finished, so live records, datadirs and memory should level off once the first records are\n")
	w("pruned (the challenge window plus the retention) and stay flat. Then the settle phase seals\n")
	w("blocks until every node's live records are back to their count before the load.\n\n")
	w("| min | sent | finalized |")
	for _, n := range nodes {
		w(" %s live / RSS / datadir |", n)
	}
	w("\n|---|---|---|")
	for range nodes {
		w("---|")
	}
	w("\n")
	var picks []loadgen.Sample
	next := 0.0
	var reported []loadgen.Sample // samples with every node's figures
	for _, x := range s.Samples {
		ok := len(x.Nodes) > 0
		for _, ns := range x.Nodes {
			ok = ok && ns.Live >= 0 && ns.RSSBytes > 0
		}
		if ok {
			reported = append(reported, x)
		}
	}
	for i, x := range reported {
		if x.Seconds-s.StartSeconds >= next || i == len(reported)-1 {
			picks = append(picks, x)
			for next <= x.Seconds-s.StartSeconds {
				next += 300
			}
		}
	}
	for _, x := range picks {
		w("| %.0f | %s | %s |", max(0, x.Seconds-s.StartSeconds)/60, comma(uint64(x.Sent)), comma(uint64(x.Finalized)))
		for _, n := range nodes {
			ns := x.Nodes[n]
			live := "–"
			if ns.Live >= 0 {
				live = comma(uint64(ns.Live))
			}
			w(" %s / %s / %s |", live, mib(ns.RSSBytes), mib(uint64(x.DataDirBytes[n])))
		}
		w("\n")
	}
	w("\nLive records before the load %s, when the work was done %s, after the settle phase %s (%d blocks).\n\n",
		liveText(s.LiveBefore), liveText(s.LiveDrained), liveText(s.LiveAfter), s.SettleBlocks)
}

func liveText(m map[string]int) string {
	if m == nil {
		return "–"
	}
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	return strings.Join(parts, ", ")
}
