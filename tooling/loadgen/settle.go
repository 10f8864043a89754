package loadgen

import (
	"context"
	"fmt"
	"maps"
	"time"

	dto "github.com/prometheus/client_model/go"

	"github.com/opml-dev/opml/infra/txmgr"
	"github.com/opml-dev/opml/node"
)

// liveRecords reads each devnet node's live store records from its
// metrics (opml_store_records, set after every tick): what
// node.Buckets.LiveRecords counts for its service, plus its pending
// transactions (txmgr.pending). ok is false until every node has reported
// once.
func (r *run) liveRecords() (live map[string]int, ok bool, err error) {
	live = map[string]int{}
	ok = true
	for name, g := range r.metrics {
		mfs, err := g.Gather()
		if err != nil {
			if r.procs {
				ok = false // a node process not serving yet
				continue
			}
			return nil, false, fmt.Errorf("loadgen: metrics of %s: %w", name, err)
		}
		n, reported := r.live(name, mfs)
		ok = ok && reported
		live[name] = n
	}
	return live, ok, nil
}

// live is node name's live store records in its metrics mfs, and whether
// it reported them yet.
func (r *run) live(name string, mfs []*dto.MetricFamily) (int, bool) {
	var counts map[string]int // by bucket; nil until the node reported
	for _, mf := range mfs {
		if mf.GetName() != "opml_store_records" {
			continue
		}
		counts = map[string]int{}
		for _, mt := range mf.GetMetric() {
			for _, l := range mt.GetLabel() {
				if l.GetName() == "bucket" {
					counts[l.GetValue()] = int(mt.GetGauge().GetValue())
				}
			}
		}
	}
	if counts == nil {
		return -1, false
	}
	return node.Buckets{Prefix: r.roles[name]}.Live(counts) + counts[txmgr.JournalBucket], true
}

// nodeSamples reads each devnet node's live records and, for a node
// process, its memory.
func (r *run) nodeSamples() map[string]NodeSample {
	if len(r.metrics) == 0 {
		return nil
	}
	out := map[string]NodeSample{}
	for name, g := range r.metrics {
		ns := NodeSample{Live: -1}
		if mfs, err := g.Gather(); err == nil {
			ns.Live, _ = r.live(name, mfs)
			if r.procs {
				rss, _ := gauge(mfs, "process_resident_memory_bytes")
				heap, _ := gauge(mfs, "go_memstats_heap_inuse_bytes")
				ns.RSSBytes, ns.HeapBytes = uint64(rss), uint64(heap)
			}
		}
		out[name] = ns
	}
	return out
}

// liveBaseline waits until every node has reported its store once and
// returns the counts: the baseline before the first request.
func (r *run) liveBaseline(ctx context.Context) (map[string]int, error) {
	for {
		live, ok, err := r.liveRecords()
		if err != nil || ok {
			return live, err
		}
		if err := r.nodes.Failed(); err != nil {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("loadgen: waiting for the nodes' first store report: %w", ctx.Err())
		case <-time.After(poll):
		}
	}
}

// settle seals blocks one at a time, each seen by the nodes' followers as
// its own position (a node deletes a finished record only once it is
// deeper than the retention depth and than the oldest position the
// follower can rewind to), until every node's live records are back to
// rep.LiveBefore, or adds a problem after 3 × Retention blocks.
func (r *run) settle(ctx context.Context, rep *Report) error {
	r.say("settling: sealing blocks one by one until the nodes' finished records pass the retention depth (%d blocks) and are deleted", r.cfg.Retention)
	limit := 3 * int(r.cfg.Retention)
	for i := 0; ; i++ {
		live, _, err := r.liveRecords()
		if err != nil {
			return err
		}
		if i == 0 {
			rep.LiveDrained = live
		}
		if maps.Equal(live, rep.LiveBefore) {
			rep.LiveAfter, rep.SettleBlocks = live, i
			r.say("settled after %d blocks: live records %v (%v once the work was done), as before the first request", i, live, rep.LiveDrained)
			return nil
		}
		if i == limit {
			rep.LiveAfter, rep.SettleBlocks = live, i
			rep.Problems = append(rep.Problems, fmt.Sprintf("live store records %v after %d blocks past the work, %v before the first request (retention %d blocks)",
				live, i, rep.LiveBefore, r.cfg.Retention))
			return nil
		}
		if err := r.nodes.Failed(); err != nil {
			return err
		}
		if _, err := r.ch.Devnet.Mine(ctx); err != nil {
			return fmt.Errorf("loadgen: settling: %w", err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("loadgen: settling: %w", ctx.Err())
		case <-time.After(poll + poll/4):
		}
	}
}
