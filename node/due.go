package node

import (
	"sort"
)

// TickBatch is the most records of one kind (requests, claims) a service
// starts in one tick: back-pressure. The rest wait, in the store, for the
// next tick, which orders them again with whatever arrived meanwhile, so a
// burst never makes a tick walk thousands of records (and hold up the
// games, the gauges and the retention step) before urgent new work is
// seen. Twice Parallel: a tick is at most two rounds of receipts, while
// records needing only a read (a claim in its window, a claimed request)
// fill the slots sends leave waiting. docs/nodes.md, Back-pressure.
const TickBatch = 128

// Due is where a record stands in a tick's queue (Select). Records fall in
// three tiers, served in this order:
//
//  1. at risk: a Deadline still ahead (Deadline > now): earliest first;
//  2. due: no Deadline: oldest Block first;
//  3. waiting: Wait, or a Deadline already passed (nothing can be won any
//     more, only retired): oldest Block first.
//
// Ties go by key, so the order is total and the same every tick.
type Due struct {
	// Deadline is the chain time (seconds) before which the record's work
	// must be done to count (a claim's challenge window end); 0: none.
	Deadline uint64
	// Block is the block the record was recorded in: its age.
	Block uint64
	// Wait marks a record with nothing due now, only a read to follow it
	// (a claim of ours in its window, a request we claimed).
	Wait bool
}

// tier is the record's tier at chain time now (0 served first).
func (d Due) tier(now uint64) int {
	switch {
	case d.Wait:
		return 2
	case d.Deadline == 0:
		return 1
	case d.Deadline > now:
		return 0
	default:
		return 2
	}
}

// Backlog is what a tick left for later ticks of one kind: the records at
// risk or due (not waiting, see Due) beyond the cap.
type Backlog struct {
	Records int // records left waiting
	// Oldest is the lowest Block among them (0 when Records is 0).
	Oldest uint64
	// Deadline is the earliest Deadline among them still ahead (0: none).
	Deadline uint64
}

// Work is a tick's share of a kind's active records (Select): in Due
// order, at most the cap; Left is the backlog it leaves.
type Work[T any] struct {
	Kind string
	Keys []string
	Vals []*T
	Left Backlog
}

// Select orders the active records of kind (see Active) by due (Due) at
// chain time now and takes the first max (0: all). The others stay in the
// store untouched: the next tick selects again, so nothing is dropped. due
// must not fail; it may read the store.
func Select[T any](b Buckets, kind string, now uint64, max int, due func(key string, v *T) Due) (Work[T], error) {
	keys, vals, err := Active[T](b, kind)
	if err != nil {
		return Work[T]{}, err
	}
	type item struct {
		key  string
		v    *T
		d    Due
		tier int
	}
	items := make([]item, len(keys))
	for i, k := range keys {
		d := due(k, vals[i])
		items[i] = item{key: k, v: vals[i], d: d, tier: d.tier(now)}
	}
	sort.SliceStable(items, func(i, j int) bool {
		a, c := &items[i], &items[j]
		if a.tier != c.tier {
			return a.tier < c.tier
		}
		if a.tier == 0 && a.d.Deadline != c.d.Deadline {
			return a.d.Deadline < c.d.Deadline
		}
		if a.d.Block != c.d.Block {
			return a.d.Block < c.d.Block
		}
		return a.key < c.key
	})
	n := len(items)
	if max > 0 && n > max {
		n = max
	}
	w := Work[T]{Kind: kind, Keys: make([]string, n), Vals: make([]*T, n)}
	for i := range n {
		w.Keys[i], w.Vals[i] = items[i].key, items[i].v
	}
	for _, it := range items[n:] {
		if it.tier == 2 {
			continue
		}
		if w.Left.Records == 0 || it.d.Block < w.Left.Oldest {
			w.Left.Oldest = it.d.Block
		}
		w.Left.Records++
		if it.tier == 0 && (w.Left.Deadline == 0 || it.d.Deadline < w.Left.Deadline) {
			w.Left.Deadline = it.d.Deadline
		}
	}
	return w, nil
}

// RunLimit runs fn for every record of w with at most limit in flight (0:
// no limit), started in w's order, and returns when all have returned,
// their errors joined. fn must be safe for concurrent use.
func RunLimit[T any](w Work[T], limit int, fn func(key string, v *T) error) error {
	return run(w.Keys, w.Vals, limit, fn)
}

// Backlog reports what a tick left of kind (Work.Left) to the metrics,
// as ages at the head: head is its number, now its time.
func (b *Base) Backlog(kind string, l Backlog, head, now uint64) {
	if b.M == nil {
		return
	}
	var age, left uint64
	if l.Records > 0 && head > l.Oldest {
		age = head - l.Oldest
	}
	if l.Deadline > now {
		left = l.Deadline - now
	}
	b.M.Backlog(kind, l.Records, age, left)
}
