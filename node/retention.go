package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/opml-dev/opml/infra/chainfollow"
	"github.com/opml-dev/opml/infra/nodestore"
)

// DefaultRetentionBlocks is how many blocks finished records are kept by
// default: 7200 blocks, a day at 12 s per block (docs/nodes.md,
// Retention).
const DefaultRetentionBlocks = 7200

// DefaultPrunePerTick bounds the records a retention step stamps and
// examines (DefaultPrunePerTick each).
const DefaultPrunePerTick = 256

// Retention says how long finished records are kept: a finished record is
// deleted (with its done marker and side records) once the block it was
// stamped with (the head when it finished) is Depth blocks below the
// follower's cursor and at or below the follower's floor (the oldest
// position a reorg can rewind to). See docs/nodes.md, Retention.
type Retention struct {
	// Blocks is the retention in blocks (0: DefaultRetentionBlocks; less
	// than chainfollow.HistoryLen counts as HistoryLen).
	Blocks uint64
	// PerTick bounds one step's work (0: DefaultPrunePerTick).
	PerTick int
}

// Depth is the retention in blocks: Blocks (or its default), at least
// chainfollow.HistoryLen.
func (r Retention) Depth() uint64 {
	d := r.Blocks
	if d == 0 {
		d = DefaultRetentionBlocks
	}
	return max(d, chainfollow.HistoryLen)
}

// Max is the bound of one step: PerTick or its default.
func (r Retention) Max() int {
	if r.PerTick <= 0 {
		return DefaultPrunePerTick
	}
	return r.PerTick
}

// Settled is the highest stamp whose records a step may delete, given the
// follower's cursor and floor: min(cursor − Depth, floor), or 0 (nothing:
// no record is stamped at genesis) while the cursor is less than Depth.
func (r Retention) Settled(cursor, floor uint64) uint64 {
	d := r.Depth()
	if cursor < d {
		return 0
	}
	return min(cursor-d, floor)
}

// Retention buckets (besides the kinds' and "done"): "retire.new" holds
// the finished records not yet stamped ("kind/key"), "retire" the stamped
// ones keyed "<stamp as 16 hex digits>/kind/key", so that it iterates in
// stamp order, and "retire.at" each stamped record's current stamp
// ("kind/key" → stamp): an entry whose stamp is not the record's current
// one is stale (the record was undone by a reorg, or stamped again).
// Retention never writes done markers: the follower's Reorg (which deletes
// them) runs concurrently with it, and a done marker written back would
// hide an undone record's re-delivered events.
const (
	retireNew = "retire.new"
	retire    = "retire"
	retireAt  = "retire.at"
	metaKey   = "retention" // bucket meta: the old finished records are queued
)

// errStop ends an Iterate early.
var errStop = errors.New("node: stop")

// refs are the IDs an active claim or game refers to: a finished record
// they name is kept (a game's trace reads its request and claim; a
// claimant's lost bond is counted once per claim over its games).
type refs struct {
	RequestID *big.Int `json:"requestId"`
	ClaimID   *big.Int `json:"claimId"`
}

// PruneResult is what a retention step did.
type PruneResult struct {
	Stamped int // finished records stamped with the head
	Pruned  int // finished records deleted (each with its done marker and side records)
	Kept    int // settled records kept (named by an active claim or game) and stamped again
}

// Prune is one retention step over the buckets of kinds (records finished
// with Finish). It stamps up to max finished records with head (a
// record's stamp is the head when this step first sees it finished), then
// examines up to max stamped records in stamp order whose stamp is at or
// below settled (Retention.Settled; 0: none): a record still named by an
// active claim or game (refs) is stamped again with head; any other is
// deleted in one batch with its done marker and the side records side
// names (bucket, key; nil: none). Records finished before retention
// existed (a store written by an older node) are queued once, on the first
// step. Callers serialise Prune with their Tick.
func (b Buckets) Prune(head, settled uint64, max int, side func(kind, key string) [][2]string, kinds ...string) (PruneResult, error) {
	var res PruneResult
	if err := b.queueOld(kinds); err != nil {
		return res, err
	}
	n, err := b.stamp(head, max)
	if err != nil {
		return res, err
	}
	res.Stamped = n
	if settled == 0 {
		return res, nil
	}
	entries, err := b.keys(b.Name(retire), max, func(entry string) bool {
		at, _, ok := parseRetire(entry)
		return ok && at > settled
	})
	if err != nil {
		return res, fmt.Errorf("node: prune: %w", err)
	}
	var active map[string]bool // "requests/<key>", "claims/<key>" named by active records
	batch := b.Store.NewBatch()
	for _, entry := range entries {
		batch.Delete(b.Name(retire), entry)
		at, item, ok := parseRetire(entry)
		if !ok {
			continue
		}
		kind, key, _ := strings.Cut(item, "/")
		current, err := b.current(item, at)
		if err == nil && !current {
			// Undone by a reorg, stamped again, or finished again; a
			// stamp left by a step racing the undo goes too.
			if done, err := b.Done(kind, key); err == nil && !done {
				batch.Delete(b.Name(retireAt), item)
			}
			continue
		}
		var r refs
		if err == nil {
			err = b.Store.Get(b.Finished(kind), key, &r)
		}
		if err == nil && active == nil {
			active, err = b.activeRefs()
		}
		if err != nil && !errors.Is(err, nodestore.ErrNotFound) {
			batch.Discard()
			return PruneResult{Stamped: res.Stamped}, fmt.Errorf("node: prune: %w", err)
		}
		if named(active, kind, r) {
			batch.Put(b.Name(retire), retireKey(head, item), true)
			batch.Put(b.Name(retireAt), item, head)
			res.Kept++
			continue
		}
		batch.Delete(b.Name("done"), item)
		batch.Delete(b.Name(retireAt), item)
		batch.Delete(b.Finished(kind), key)
		if side != nil {
			for _, s := range side(kind, key) {
				batch.Delete(s[0], s[1])
			}
		}
		res.Pruned++
	}
	if err := batch.Commit(); err != nil {
		return PruneResult{Stamped: res.Stamped}, fmt.Errorf("node: prune: %w", err)
	}
	return res, nil
}

// current reports whether a retire entry stamped at for item is the
// record's current one: it is marked done, stamped at, and not queued
// again.
func (b Buckets) current(item string, at uint64) (bool, error) {
	kind, key, _ := strings.Cut(item, "/")
	done, err := b.Done(kind, key)
	if err != nil || !done {
		return false, err
	}
	var stamp uint64
	if err := b.Store.Get(b.Name(retireAt), item, &stamp); errors.Is(err, nodestore.ErrNotFound) || (err == nil && stamp != at) {
		return false, nil
	} else if err != nil {
		return false, err
	}
	queued, err := b.Store.Has(b.Name(retireNew), item)
	return !queued, err
}

// keys returns up to max keys of bucket in order, stopping before the
// first key stop reports (nil: none).
func (b Buckets) keys(bucket string, max int, stop func(key string) bool) ([]string, error) {
	var out []string
	err := b.Store.Iterate(bucket, func(key string, _ func(any) error) error {
		if len(out) >= max || (stop != nil && stop(key)) {
			return errStop
		}
		out = append(out, key)
		return nil
	})
	if errors.Is(err, errStop) {
		err = nil
	}
	return out, err
}

// Prune is a service's retention step: it reads the head, runs before
// (nil: none) with the head's time, then Buckets.Prune over requests,
// claims and games with the head as the stamp. name prefixes its errors.
func (b *Base) Prune(ctx context.Context, name string, settled uint64, max int, side func(kind, key string) [][2]string,
	before func(now uint64) error) (PruneResult, error) {
	now, head, err := b.Now(ctx)
	if err == nil && before != nil {
		err = before(now)
	}
	var res PruneResult
	if err == nil {
		res, err = b.B.Prune(head, settled, max, side, "requests", "claims", "games")
	}
	if err != nil {
		return res, fmt.Errorf("%s: %w", name, err)
	}
	return res, nil
}

// named says whether finished record r of kind is named by an active
// claim or game: a request by its ID, a claim or a game by its claim's.
func named(active map[string]bool, kind string, r refs) bool {
	switch {
	case kind == "requests" && r.RequestID != nil:
		return active["requests/"+IDKey(r.RequestID)]
	case r.ClaimID != nil:
		return active["claims/"+IDKey(r.ClaimID)]
	}
	return false
}

// activeRefs collects the requests and claims the active claims and games
// name.
func (b Buckets) activeRefs() (map[string]bool, error) {
	out := map[string]bool{}
	for _, kind := range []string{"claims", "games"} {
		err := b.Store.Iterate(b.Name(kind), func(_ string, decode func(any) error) error {
			var r refs
			if err := decode(&r); err != nil {
				return err
			}
			if r.RequestID != nil {
				out["requests/"+IDKey(r.RequestID)] = true
			}
			if r.ClaimID != nil {
				out["claims/"+IDKey(r.ClaimID)] = true
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// ReopenAbove moves back to kind's bucket, in batch, every finished record
// of kind that may have finished in a block above ancestor (a reorg
// orphaned them): not stamped yet, or stamped above ancestor. Records in
// undone (UndoAbove's, deleted in batch) are left alone. The challenger
// reopens its requests so, for one that takes claims again on the new
// chain, retention cannot prune the record those claims need; a reopened
// record is finished again by the service.
func (b Buckets) ReopenAbove(batch *nodestore.Batch, ancestor uint64, kind string, undone map[string]bool) error {
	recs := map[string]json.RawMessage{}
	err := b.Store.Iterate(b.Finished(kind), func(key string, decode func(any) error) error {
		var rec json.RawMessage
		if undone[kind+"/"+key] {
			return nil
		}
		if err := decode(&rec); err != nil {
			return err
		}
		recs[key] = rec
		return nil
	})
	if err != nil {
		return err
	}
	for key, rec := range recs {
		item := kind + "/" + key
		var at uint64
		err := b.Store.Get(b.Name(retireAt), item, &at)
		if err != nil && !errors.Is(err, nodestore.ErrNotFound) {
			return err
		}
		if err == nil && at <= ancestor {
			queued, err := b.Store.Has(b.Name(retireNew), item)
			if err != nil {
				return err
			}
			if !queued {
				continue // finished at or below the ancestor
			}
		}
		batch.Put(b.Name(kind), key, rec)
		batch.Delete(b.Finished(kind), key)
		batch.Delete(b.Name("done"), item)
		batch.Delete(b.Name(retireNew), item)
		batch.Delete(b.Name(retireAt), item)
	}
	return nil
}

// stamp moves up to max records from retire.new to retire, stamped with
// head (a record no longer marked done, undone by a reorg, is dropped).
func (b Buckets) stamp(head uint64, max int) (int, error) {
	items, err := b.keys(b.Name(retireNew), max, nil)
	if err != nil {
		return 0, fmt.Errorf("node: stamp: %w", err)
	}
	batch := b.Store.NewBatch()
	n := 0
	for _, item := range items {
		kind, key, _ := strings.Cut(item, "/")
		batch.Delete(b.Name(retireNew), item)
		done, err := b.Done(kind, key)
		if err != nil {
			batch.Discard()
			return 0, fmt.Errorf("node: stamp: %w", err)
		}
		if done {
			batch.Put(b.Name(retire), retireKey(head, item), true)
			batch.Put(b.Name(retireAt), item, head)
			n++
		}
	}
	if err := batch.Commit(); err != nil {
		return 0, fmt.Errorf("node: stamp: %w", err)
	}
	return n, nil
}

// queueOld queues, once per store (its first step, before anything was
// stamped), the finished records of kinds: those a node without retention
// wrote were never queued (queueing one twice is harmless).
func (b Buckets) queueOld(kinds []string) error {
	if ok, err := b.Store.Has(b.Name("meta"), metaKey); err != nil || ok {
		return err
	}
	batch := b.Store.NewBatch()
	err := b.Store.Iterate(b.Name("done"), func(item string, _ func(any) error) error {
		if kind, _, _ := strings.Cut(item, "/"); slices.Contains(kinds, kind) {
			batch.Put(b.Name(retireNew), item, true)
		}
		return nil
	})
	if err != nil {
		batch.Discard()
		return fmt.Errorf("node: queue finished records: %w", err)
	}
	batch.Put(b.Name("meta"), metaKey, 1)
	if err := batch.Commit(); err != nil {
		return fmt.Errorf("node: queue finished records: %w", err)
	}
	return nil
}

func retireKey(at uint64, item string) string { return fmt.Sprintf("%016x/%s", at, item) }

func parseRetire(entry string) (at uint64, item string, ok bool) {
	hex, item, ok := strings.Cut(entry, "/")
	if !ok || len(hex) != 16 {
		return 0, "", false
	}
	at, err := strconv.ParseUint(hex, 16, 64)
	return at, item, err == nil
}

// LiveRecords is the number of records in the service's buckets except
// its fixed totals (bucket meta): requests, claims and games, active and
// finished, their done markers and side records, the retention queues.
// Once every request is finished and retention has passed, it is back to
// its count before the first request.
func (b Buckets) LiveRecords() (int, error) {
	counts, err := b.Store.Counts()
	if err != nil {
		return 0, err
	}
	return b.Live(counts), nil
}

// Live is LiveRecords from counts of records by bucket (a store's Counts,
// or the opml_store_records gauge that reports them): the service's
// buckets but meta. It reads only b.Prefix.
func (b Buckets) Live(counts map[string]int) int {
	n := 0
	for bucket, c := range counts {
		if strings.HasPrefix(bucket, b.Prefix+".") && bucket != b.Name("meta") {
			n += c
		}
	}
	return n
}
