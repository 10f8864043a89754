package node

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/dustin/go-humanize"

	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// Budget bounds what a node's VM work may hold at once (issue "Nodes with
// big traces"): at most Runs VM runs (fast-path passes and trace builds)
// in progress, and at most Bytes of estimated memory held by the runs in
// progress and the traces cached by the TraceCaches that share it
// (RunBytes, TraceBytes). A run or a new trace that does not fit waits:
// first the least recently used idle traces of the caches are evicted
// (they are recomputed from the persisted input when needed again), then
// it waits until memory or a run slot is released. So a burst of requests
// for a large model queues instead of exhausting the node's memory. One
// Budget is shared by the services of one process. A nil *Budget bounds
// nothing. Safe for concurrent use.
type Budget struct {
	bytes uint64
	runs  chan struct{} // one token per run in progress

	mu     sync.Mutex
	used   uint64
	freed  chan struct{} // closed (and replaced) whenever memory is released
	caches []*TraceCache
}

// DefaultRuns is the default bound on concurrent VM runs: the CPUs.
func DefaultRuns() int { return runtime.GOMAXPROCS(0) }

// NewBudget returns a budget of maxBytes of memory (0: unbounded) and
// maxRuns concurrent VM runs (0: DefaultRuns).
func NewBudget(maxBytes uint64, maxRuns int) *Budget {
	if maxRuns <= 0 {
		maxRuns = DefaultRuns()
	}
	return &Budget{bytes: maxBytes, runs: make(chan struct{}, maxRuns), freed: make(chan struct{})}
}

// RunBytes estimates the memory of one fast-path run of m (vm.Execute):
// its flat RAM.
func RunBytes(m *model.Model) uint64 { return uint64(m.Header.RAMLeaves) * ops.LeafSize }

// TraceBytes estimates the memory of a trace of m (vm.NewTrace): its
// sparse RAM checkpoints and a working tree (vm.TraceBytes).
func TraceBytes(m *model.Model) uint64 { return vm.TraceBytes(m) }

// pollEvery bounds a waiter's sleep: traces become idle (evictable)
// without releasing memory, so a waiter also retries eviction this often.
const pollEvery = 50 * time.Millisecond

// acquire takes n bytes, evicting idle traces of the caches if needed,
// and waits until they are free or ctx is done. The caller holds no
// TraceCache lock.
func (b *Budget) acquire(ctx context.Context, n uint64, what string) error {
	if b == nil || b.bytes == 0 {
		return nil
	}
	if n > b.bytes {
		return fmt.Errorf("node: %s needs about %s of memory, more than the node's VM memory budget of %s (raise --vm-memory)",
			what, humanize.IBytes(n), humanize.IBytes(b.bytes))
	}
	for {
		b.mu.Lock()
		if b.used+n <= b.bytes {
			b.used += n
			b.mu.Unlock()
			return nil
		}
		need := b.used + n - b.bytes
		freed, caches := b.freed, append([]*TraceCache(nil), b.caches...)
		b.mu.Unlock()
		evicted := false
		for _, c := range caches {
			if c.evictIdle(need) {
				evicted = true
				break
			}
		}
		if evicted {
			continue
		}
		t := time.NewTimer(pollEvery)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("node: waiting for VM memory for %s: %w", what, ctx.Err())
		case <-freed:
		case <-t.C:
		}
		t.Stop()
	}
}

// release returns n bytes.
func (b *Budget) release(n uint64) {
	if b == nil || b.bytes == 0 || n == 0 {
		return
	}
	b.mu.Lock()
	b.used -= n
	close(b.freed)
	b.freed = make(chan struct{})
	b.mu.Unlock()
}

// Used is the memory the budget counts as held now.
func (b *Budget) Used() uint64 {
	if b == nil {
		return 0
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.used
}

// Run runs f as one VM run of n estimated bytes: it waits for a run slot
// and the memory, and releases both when f returns.
func (b *Budget) Run(ctx context.Context, n uint64, what string, f func() error) error {
	if b == nil {
		return f()
	}
	select {
	case b.runs <- struct{}{}:
	case <-ctx.Done():
		return fmt.Errorf("node: waiting for a VM run slot for %s: %w", what, ctx.Err())
	}
	defer func() { <-b.runs }()
	if err := b.acquire(ctx, n, what); err != nil {
		return err
	}
	defer b.release(n)
	return f()
}

// register makes c's idle traces evictable to make room.
func (b *Budget) register(c *TraceCache) {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, x := range b.caches {
		if x == c {
			return
		}
	}
	b.caches = append(b.caches, c)
}
