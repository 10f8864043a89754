package loadgen

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"math"
	"path/filepath"
	"runtime"
	"sort"
	"text/tabwriter"
	"time"

	"github.com/opml-dev/opml/node/nodemetrics"
)

// Report is what Run measured and checked.
type Report struct {
	// Command is the command line's arguments after `opml loadgen`, set
	// by the command (empty for a Run called from Go).
	Command  string  `json:"command,omitempty"`
	Target   string  `json:"target"` // "devnet" or the RPC endpoint
	Mix      string  `json:"mix"`
	Lies     float64 `json:"lies"`
	Burst    int     `json:"burst"`
	Accounts int     `json:"accounts"`
	Seed     uint64  `json:"seed"`

	Sent           int    `json:"sent"`        // requests mined
	SendErrors     int    `json:"send_errors"` // requests whose transaction failed
	FirstSendError string `json:"first_send_error,omitempty"`
	LieRequests    int    `json:"lie_requests"` // sent with the liar's fee
	Claimed        int    `json:"claimed"`      // requests with a true claim
	Finalized      int    `json:"finalized"`    // requests finalized
	FinalizedTrue  int    `json:"finalized_true"`

	FalseClaims   int `json:"false_claims"`   // claims whose output is not the VM's
	FalseRejected int `json:"false_rejected"` // of them, rejected
	TrueRejected  int `json:"true_rejected"`  // true claims rejected (an honest game lost)

	Games             int `json:"games"`
	GamesChallengerOK int `json:"games_won_by_challenger"`
	GamesClaimantOK   int `json:"games_won_by_claimant"`
	GamesOpen         int `json:"games_open"`
	GamesLostByHonest int `json:"games_lost_by_honest"`

	// ClaimBlocks/ClaimSeconds: request → first true claim;
	// FinalBlocks/FinalSeconds: request → finalized. Seconds are from
	// the start of the request's send to when the watcher (polling every
	// 250 ms) saw the event.
	ClaimBlocks  Percentiles `json:"claim_blocks"`
	ClaimSeconds Percentiles `json:"claim_seconds"`
	FinalBlocks  Percentiles `json:"final_blocks"`
	FinalSeconds Percentiles `json:"final_seconds"`

	// ChallengeBlocks and ChallengeChainSeconds: a false claim's block →
	// the block of the first game on it (chain time from the blocks'
	// timestamps); WindowSeconds is the challenge window and WindowSpare
	// the least share of it left at a challenge (1 − max/window; negative:
	// a challenge came too late, or a false claim had no game).
	ChallengeBlocks       Percentiles `json:"challenge_blocks"`
	ChallengeChainSeconds Percentiles `json:"challenge_chain_seconds"`
	WindowSeconds         uint64      `json:"window_seconds"`
	WindowSpare           float64     `json:"window_spare"`

	// Checked is the claims the in-process challenger re-executed (its
	// metrics: agreed + disputed); ChecksPerSecond is Checked over the
	// time from the first claim seen to the last check; MaxUnchecked is
	// the largest backlog (claims seen − checked) over the samples.
	Checked         int     `json:"checked"`
	ChecksPerSecond float64 `json:"checks_per_second"`
	MaxUnchecked    int     `json:"max_unchecked"`
	// CheckLagSeconds is, per claim, the time from when the load
	// generator saw it to when the challenger's count of checks covered
	// it (the k-th claim seen counts as checked once the count reaches k;
	// sampled every 250 ms): how much of its window a claim waited.
	CheckLagSeconds Percentiles `json:"check_lag_seconds"`

	// RequestsPerBlock is the requests mined per block over every block
	// from the first request's to the last's: the load really offered.
	RequestsPerBlock Percentiles `json:"requests_per_block"`
	// The chain and the nodes: the devnet's block time (0: a deployment's
	// chain) and whether blocks came only at that pace; whether the nodes
	// ran as processes of their own; the burst pace.
	BlockSeconds   float64 `json:"block_seconds,omitempty"`
	FixedBlockTime bool    `json:"fixed_block_time,omitempty"`
	NodeProcesses  bool    `json:"node_processes,omitempty"`
	Pace           string  `json:"pace"`

	// GasPerFinalized is the gas of every transaction attributable to a
	// request (request, submits, challenges, moves, timeouts, finalize)
	// over the requests finalized; GasByMethod and TxsByMethod count
	// every transaction of the senders and of the nodes seen in events;
	// Reverted counts the reverted ones by method.
	GasPerFinalized uint64            `json:"gas_per_finalized"`
	GasByMethod     map[string]uint64 `json:"gas_by_method"`
	TxsByMethod     map[string]int    `json:"txs_by_method"`
	Reverted        map[string]int    `json:"reverted_by_method"`
	DoubleSends     []string          `json:"double_sends"`

	Samples      []Sample `json:"samples"`
	StartSeconds float64  `json:"start_seconds"` // from Run to the first request (devnet, contracts, nodes)
	SendSeconds  float64  `json:"send_seconds"`  // from the first request to the end of sending
	TotalSeconds float64  `json:"total_seconds"`
	// RetentionBlocks is the nodes' retention depth when the run ended
	// with a settle phase (Config.Retention); LiveBefore and LiveAfter are
	// each in-process node's live store records (node.Buckets.LiveRecords
	// plus its pending transactions) before the first request, once the
	// work was done (LiveDrained) and after the settle phase.
	RetentionBlocks uint64         `json:"retention_blocks,omitempty"`
	LiveBefore      map[string]int `json:"live_records_before,omitempty"`
	LiveDrained     map[string]int `json:"live_records_drained,omitempty"` // once the work was done, before the settle phase
	LiveAfter       map[string]int `json:"live_records_after,omitempty"`
	SettleBlocks    int            `json:"settle_blocks,omitempty"` // blocks sealed until they were back

	// Problems are the violated guarantees (empty: the run is clean).
	Problems []string `json:"problems"`
}

// Percentiles are nearest-rank percentiles of a sample.
type Percentiles struct {
	N   int     `json:"n"`
	P50 float64 `json:"p50"`
	P90 float64 `json:"p90"`
	P99 float64 `json:"p99"`
	Max float64 `json:"max"`
}

func percentiles(v []float64) Percentiles {
	if len(v) == 0 {
		return Percentiles{}
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	at := func(p float64) float64 { return s[max(0, int(math.Ceil(p*float64(len(s))))-1)] }
	return Percentiles{N: len(s), P50: at(0.5), P90: at(0.9), P99: at(0.99), Max: s[len(s)-1]}
}

// Sample is the state at one moment of the run: the first is taken just
// before the first request (the baseline; the nodes may still be opening
// their stores), then one every Progress, and the last when the work (and
// the settle phase) is done, before the nodes stop. HeapBytes and SysBytes
// are runtime.MemStats of the whole process (with Devnet: the devnet, the
// nodes and the load generator together); DataDirBytes is each
// in-process node's data directory (its store and its cache of fetched
// models).
type Sample struct {
	Seconds      float64          `json:"seconds"`
	Block        uint64           `json:"block"`
	Sent         int              `json:"sent"`
	Claimed      int              `json:"claimed"`
	Finalized    int              `json:"finalized"`
	Games        int              `json:"games"`
	Claims       int              `json:"claims"`
	Checked      int              `json:"checked"`
	HeapBytes    uint64           `json:"heap_bytes"`
	SysBytes     uint64           `json:"sys_bytes"`
	DataDirBytes map[string]int64 `json:"datadir_bytes,omitempty"`
	// Nodes are each devnet node's own figures from its metrics: its live
	// store records (as Report.LiveBefore counts them) always, its memory
	// only when it is a process of its own (Config.NodeBinary).
	Nodes map[string]NodeSample `json:"nodes,omitempty"`
}

// NodeSample is one node's state in a Sample: Live is its live store
// records (-1: not reported yet); RSSBytes is the process's resident set
// (process_resident_memory_bytes), HeapBytes its Go heap in use
// (go_memstats_heap_inuse_bytes); both 0 for a node in this process.
type NodeSample struct {
	Live      int    `json:"live_records"`
	RSSBytes  uint64 `json:"rss_bytes,omitempty"`
	HeapBytes uint64 `json:"heap_bytes,omitempty"`
}

// sample takes a Sample from the watcher's state (as of its last poll).
func (r *run) sample() Sample {
	s := Sample{Seconds: time.Since(r.start).Seconds(), Checked: r.checked(), Nodes: r.nodeSamples()}
	r.mu.Lock()
	for _, q := range r.reqs {
		if q.id != nil {
			s.Sent++
		}
	}
	r.mu.Unlock()
	claimed := map[string]bool{}
	for _, c := range r.w.Claims() {
		s.Claims++
		s.Block = max(s.Block, c.Block)
		if r.honest[c.Submitter] || r.cfg.Deployment != nil {
			claimed[c.RequestID.String()] = true
		}
		if !c.Finalized.IsZero() {
			s.Finalized++
		}
	}
	s.Claimed, s.Games = len(claimed), len(r.w.Games())
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	s.HeapBytes, s.SysBytes = ms.HeapAlloc, ms.Sys
	if len(r.dirs) > 0 {
		s.DataDirBytes = map[string]int64{}
		for name, dir := range r.dirs {
			s.DataDirBytes[name] = dirSize(dir)
		}
	}
	return s
}

// dirSize is the total size of the regular files under dir (0 if absent).
func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, e fs.DirEntry, err error) error {
		if err == nil && e.Type().IsRegular() {
			if fi, err := e.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

// checked is the in-process challenger's count of claims re-executed.
func (r *run) checked() int {
	if r.chal == nil {
		return 0
	}
	mfs, err := r.chal.Gather()
	if err != nil {
		return 0
	}
	n := 0.0
	for _, mf := range mfs {
		if mf.GetName() != "opml_claims_total" {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "outcome" && (l.GetValue() == nodemetrics.ClaimAgreed || l.GetValue() == nodemetrics.ClaimDisputed) {
					n += m.GetCounter().GetValue()
				}
			}
		}
	}
	return int(n)
}

// progress polls the watcher, records a sample and prints it.
func (r *run) progress(ctx context.Context) Sample {
	if err := r.w.Poll(ctx); err != nil && ctx.Err() == nil {
		r.say("watcher: %v (retrying)", err)
	}
	s := r.sample()
	r.mu.Lock()
	r.samples = append(r.samples, s)
	total, errs := max(r.cfg.Requests, len(r.reqs)), 0
	for _, q := range r.reqs {
		if q.err != nil {
			errs++
		}
	}
	r.mu.Unlock()
	if r.cfg.Progress > 0 {
		var dd int64
		for _, v := range s.DataDirBytes {
			dd += v
		}
		mem := "heap " + mib(s.HeapBytes)
		if r.procs {
			var rss uint64
			for _, n := range s.Nodes {
				rss += n.RSSBytes
			}
			mem = "nodes' RSS " + mib(rss)
		}
		r.say("sent %d/%d (errors %d), claimed %d, finalized %d, games %d, checked %d/%d claims; %s, datadirs %s",
			s.Sent, total, errs, s.Claimed, s.Finalized, s.Games, s.Checked, s.Claims, mem, mib(uint64(dd)))
	}
	return s
}

func mib(b uint64) string { return fmt.Sprintf("%.1f MiB", float64(b)/(1<<20)) }

// WriteText writes the summary table.
func (rep *Report) WriteText(out io.Writer) error {
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	row := func(k, format string, args ...any) { fmt.Fprintf(tw, "%s\t"+format+"\n", append([]any{k}, args...)...) }
	pct := func(p Percentiles, unit string) string {
		return fmt.Sprintf("p50 %.4g  p90 %.4g  p99 %.4g  max %.4g %s (n=%d)", p.P50, p.P90, p.P99, p.Max, unit, p.N)
	}
	row("target", "%s (mix %s, lies %.0f%%, bursts of %d, %d accounts, seed %d)", rep.Target, rep.Mix, 100*rep.Lies, rep.Burst, rep.Accounts, rep.Seed)
	row("requests", "%d sent (%d for the liar), %d send errors, sending took %.1fs (after %.1fs of start-up)", rep.Sent, rep.LieRequests, rep.SendErrors, rep.SendSeconds, rep.StartSeconds)
	row("requests/block", "%s", pct(rep.RequestsPerBlock, "per block"))
	row("finalized", "%d (%d with the VM's output)", rep.Finalized, rep.FinalizedTrue)
	row("request → claim", "%s", pct(rep.ClaimBlocks, "blocks"))
	row("", "%s", pct(rep.ClaimSeconds, "s"))
	row("request → final", "%s", pct(rep.FinalBlocks, "blocks"))
	row("", "%s", pct(rep.FinalSeconds, "s"))
	row("false → challenge", "%s", pct(rep.ChallengeBlocks, "blocks"))
	row("", "%s; window %ds, least spare %.0f%%", pct(rep.ChallengeChainSeconds, "chain s"), rep.WindowSeconds, 100*rep.WindowSpare)
	row("false claims", "%d, %d rejected; true claims rejected: %d", rep.FalseClaims, rep.FalseRejected, rep.TrueRejected)
	row("games", "%d opened: %d won by the challenger, %d by the claimant, %d open; lost by an honest party: %d",
		rep.Games, rep.GamesChallengerOK, rep.GamesClaimantOK, rep.GamesOpen, rep.GamesLostByHonest)
	row("challenger", "%d claims checked, %.2f/s, largest backlog %d", rep.Checked, rep.ChecksPerSecond, rep.MaxUnchecked)
	row("", "%s; least window spare %.1f%%", pct(rep.CheckLagSeconds, "s from seen to checked"), 100*rep.CheckSpare())
	row("gas", "%d per finalized request", rep.GasPerFinalized)
	var methods []string
	for m := range rep.TxsByMethod {
		methods = append(methods, m)
	}
	sort.Strings(methods)
	for _, m := range methods {
		row("", "%-18s %6d txs  %12d gas  %d reverted", m, rep.TxsByMethod[m], rep.GasByMethod[m], rep.Reverted[m])
	}
	row("double sends", "%d", len(rep.DoubleSends))
	if len(rep.Samples) > 0 {
		first, last := rep.Samples[0], rep.Samples[len(rep.Samples)-1]
		row("process memory", "heap %s → %s, sys %s → %s (whole process)", mib(first.HeapBytes), mib(last.HeapBytes), mib(first.SysBytes), mib(last.SysBytes))
		var names []string
		for n := range last.DataDirBytes {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			row("datadir "+n, "%s → %s (max %s)", mib(uint64(first.DataDirBytes[n])), mib(uint64(last.DataDirBytes[n])), mib(uint64(rep.maxOf(func(s Sample) uint64 { return uint64(s.DataDirBytes[n]) }))))
		}
		for _, n := range names {
			if last.Nodes[n].RSSBytes == 0 {
				continue
			}
			row("memory "+n, "RSS %s → %s (max %s), Go heap in use %s → %s (max %s)",
				mib(first.Nodes[n].RSSBytes), mib(last.Nodes[n].RSSBytes), mib(rep.maxOf(func(s Sample) uint64 { return s.Nodes[n].RSSBytes })),
				mib(first.Nodes[n].HeapBytes), mib(last.Nodes[n].HeapBytes), mib(rep.maxOf(func(s Sample) uint64 { return s.Nodes[n].HeapBytes })))
		}
	}
	if rep.LiveBefore != nil {
		row("live store records", "%v before → %v when done → %v after %d blocks (retention %d)", rep.LiveBefore, rep.LiveDrained, rep.LiveAfter, rep.SettleBlocks, rep.RetentionBlocks)
	}
	row("time", "%.1fs", rep.TotalSeconds)
	if len(rep.Problems) == 0 {
		row("problems", "none")
	}
	for _, p := range rep.Problems {
		row("PROBLEM", "%s", p)
	}
	return tw.Flush()
}

// CheckSpare is the least share of the challenge window left when a claim
// was checked: 1 − CheckLagSeconds.Max / WindowSeconds (0 without a
// window). The window is in chain seconds: the figure is meaningful where
// chain time follows the wall clock (a fixed block time).
func (rep *Report) CheckSpare() float64 {
	if rep.WindowSeconds == 0 {
		return 0
	}
	return 1 - rep.CheckLagSeconds.Max/float64(rep.WindowSeconds)
}

// maxOf is the largest of f over the samples.
func (rep *Report) maxOf(f func(Sample) uint64) uint64 {
	var m uint64
	for _, s := range rep.Samples {
		m = max(m, f(s))
	}
	return m
}

// WriteJSON writes the report as indented JSON.
func (rep *Report) WriteJSON(out io.Writer) error {
	e := json.NewEncoder(out)
	e.SetIndent("", "  ")
	return e.Encode(rep)
}

// problem records a violated guarantee.
func (rep *Report) problem(format string, args ...any) {
	rep.Problems = append(rep.Problems, fmt.Sprintf(format, args...))
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
