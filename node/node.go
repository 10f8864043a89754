package node

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/infra/txmgr"
	"github.com/opml-dev/opml/node/dispute"
	"github.com/opml-dev/opml/node/nodemetrics"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
)

// Client is what the services need from an Ethereum RPC client:
// eth_call, eth_getLogs and the head header. ethclient.Client and
// simulated.Client satisfy it.
type Client interface {
	dispute.Caller
	dispute.LogReader
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Sender sends transactions through a txmgr.Manager; tests may substitute
// it. *txmgr.Manager implements it.
type Sender interface {
	From() common.Address
	Send(ctx context.Context, c txmgr.Candidate) (*types.Receipt, error)
}

// Send sends c and converts a mined failure into an error. A revert is an
// *arbiter.RevertError (decoded here if the Sender did not), so that callers
// test its reason with errors.Is(err, arbiter.ErrRequestNotOpen) and the
// like.
func Send(ctx context.Context, s Sender, c txmgr.Candidate) (*types.Receipt, error) {
	r, err := s.Send(ctx, c)
	if err != nil {
		return r, arbiter.WrapRevert(err)
	}
	if r == nil || r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("node: transaction %s failed", c.Key)
	}
	return r, nil
}

// MoveSender adapts a Sender to dispute.Sender. Every move is keyed
// Prefix + "/" + keccak256(calldata): a move names the position it answers,
// so the same move after a restart (computed again from the same position)
// joins the journalled transaction instead of sending a second one.
type MoveSender struct {
	S       Sender
	Prefix  string
	Metrics *nodemetrics.Metrics // nil: none; counts mined moves by kind
}

// From implements dispute.Sender.
func (m MoveSender) From() common.Address { return m.S.From() }

// Send implements dispute.Sender. Reverts reach the Player as the txmgr
// reports them: decoded by its Config.Revert (arbiter.WrapRevert) or in the
// node's own form, which the Player decodes.
func (m MoveSender) Send(ctx context.Context, to common.Address, data []byte) (*types.Receipt, error) {
	key := fmt.Sprintf("%s/%x", m.Prefix, crypto.Keccak256(data)[:16])
	r, err := m.S.Send(ctx, txmgr.Candidate{To: &to, Data: data, Key: key})
	if err == nil && r != nil && r.Status == types.ReceiptStatusSuccessful {
		m.Metrics.Move(MoveKind(data))
	}
	return r, err
}

// MoveKind names a DisputeGame call by its calldata (bisect, choose, step,
// resolveTimeout, ...; "unknown" if it is none).
func MoveKind(data []byte) string {
	if name := arbiter.MethodName(data); name != "" {
		return name
	}
	return "unknown"
}

// Models maps model IDs to models.
type Models map[common.Hash]*model.Model

// ModelSource supplies models learnt while the node runs: node/modelfetch's
// Pool, which fetches and verifies every model registered onchain. Model
// returns only verified models.
type ModelSource interface {
	Model(id common.Hash) (*model.Model, bool)
}

// Lookup returns model id from ms or, if not there, from fetched (nil: none).
func (ms Models) Lookup(fetched ModelSource, id common.Hash) (*model.Model, bool) {
	if m, ok := ms[id]; ok {
		return m, true
	}
	if fetched != nil {
		return fetched.Model(id)
	}
	return nil, false
}

// Serves says whether a node with models ms and fetched records requests
// on model id: a model of ms, or any model when fetched is set (a request
// names a registered model, which fetched fetches; until it is verified
// the request waits, retried every tick).
func (ms Models) Serves(fetched ModelSource, id common.Hash) bool {
	_, ok := ms[id]
	return ok || fetched != nil
}

// NewModels indexes models by their ID.
func NewModels(ms ...*model.Model) Models {
	out := Models{}
	for _, m := range ms {
		out[m.ID()] = m
	}
	return out
}

// LoadModels decodes every *.opml file in dir.
func LoadModels(dir string) (Models, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("node: %w", err)
	}
	out := Models{}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".opml") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("node: %w", err)
		}
		m, err := model.Decode(b)
		if err != nil {
			return nil, fmt.Errorf("node: %s: %w", e.Name(), err)
		}
		out[m.ID()] = m
	}
	return out, nil
}

// IDs returns the model IDs, sorted.
func (ms Models) IDs() []common.Hash {
	out := make([]common.Hash, 0, len(ms))
	for id := range ms {
		out = append(out, id)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Cmp(out[j]) < 0 })
	return out
}

// TraceCache keeps VM traces in memory by key (a request, or a completion
// claim); a missing entry (after a restart, or evicted) is recomputed from
// the persisted input. With a Budget, each cached trace holds its
// estimated memory (TraceBytes) until it is dropped or evicted, each build
// takes a VM run slot, and the least recently used idle traces are
// evicted when the budget is short.
type TraceCache struct {
	M      *nodemetrics.Metrics // nil: none; records each VM run's duration
	Budget *Budget              // nil: unbounded
	mu     sync.Mutex
	traces map[string]*traceEntry
}

// traceEntry is a cached trace and the lock that serialises its use (a
// vm.Trace is not safe for concurrent use; games run concurrently, and
// several may be on one request).
type traceEntry struct {
	ready   chan struct{} // closed once tr or err is set
	tr      *vm.Trace
	err     error
	mu      sync.Mutex
	lastUse atomic.Int64 // unix nanoseconds
	held    uint64       // budget bytes held (under TraceCache.mu)
	gone    bool         // dropped or evicted (under TraceCache.mu)
}

func (c *TraceCache) entry(ctx context.Context, key string, m *model.Model, input []byte) (*traceEntry, error) {
	c.mu.Lock()
	e, ok := c.traces[key]
	if !ok {
		if c.traces == nil {
			c.traces = map[string]*traceEntry{}
		}
		e = &traceEntry{ready: make(chan struct{})}
		c.traces[key] = e
	}
	e.lastUse.Store(time.Now().UnixNano())
	c.mu.Unlock()
	if ok {
		select {
		case <-e.ready:
		case <-ctx.Done():
			return nil, fmt.Errorf("node: waiting for the trace of %s: %w", key, ctx.Err())
		}
		if e.err != nil {
			return nil, e.err
		}
		return e, nil
	}
	e.tr, e.err = c.build(ctx, e, key, m, input)
	if e.err != nil {
		c.mu.Lock()
		if c.traces[key] == e {
			delete(c.traces, key) // the next call retries
		}
		c.forget(e)
		c.mu.Unlock()
	}
	close(e.ready)
	if e.err != nil {
		return nil, e.err
	}
	return e, nil
}

// build runs the VM for entry e, holding the trace's memory in the budget.
func (c *TraceCache) build(ctx context.Context, e *traceEntry, key string, m *model.Model, input []byte) (*vm.Trace, error) {
	c.Budget.register(c)
	n := TraceBytes(m)
	what := fmt.Sprintf("the trace of %s (model %s)", key, m.ID())
	if err := c.Budget.acquire(ctx, n, what); err != nil {
		return nil, err
	}
	c.mu.Lock()
	if e.gone {
		c.Budget.release(n) // dropped meanwhile: it is not cached
	} else {
		e.held = n
	}
	c.mu.Unlock()
	var tr *vm.Trace
	err := c.Budget.Run(ctx, 0, what, func() (err error) {
		start := time.Now()
		tr, err = arbiter.TraceRequest(m, input)
		c.M.Execution(time.Since(start))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("node: run model %s: %w", m.ID(), err)
	}
	return tr, nil
}

// forget releases e's memory; c.mu is held.
func (c *TraceCache) forget(e *traceEntry) {
	e.gone = true
	c.Budget.release(e.held)
	e.held = 0
}

// evictIdle forgets the least recently used traces that are built and not
// in use until need bytes are freed; it reports whether it freed any.
func (c *TraceCache) evictIdle(need uint64) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	var idle []string
	for k, e := range c.traces {
		select {
		case <-e.ready:
		default:
			continue // being built
		}
		if e.held > 0 {
			idle = append(idle, k)
		}
	}
	sort.Slice(idle, func(i, j int) bool { return c.traces[idle[i]].lastUse.Load() < c.traces[idle[j]].lastUse.Load() })
	var freed uint64
	for _, k := range idle {
		if freed >= need {
			break
		}
		e := c.traces[k]
		if !e.mu.TryLock() {
			continue // a move is being computed on it
		}
		e.mu.Unlock()
		freed += e.held
		delete(c.traces, k)
		c.forget(e)
	}
	return freed > 0
}

// Get returns the trace of key, running the VM if needed. Only its
// results fixed at construction (Output, Final, Steps) may be used
// concurrently with games on it; replay through Provider.
func (c *TraceCache) Get(ctx context.Context, key string, m *model.Model, input []byte) (*vm.Trace, error) {
	e, err := c.entry(ctx, key, m, input)
	if err != nil {
		return nil, err
	}
	return e.tr, nil
}

// Provider returns a dispute.TraceProvider over the trace of key that is
// safe for concurrent use: calls on one trace are serialised.
func (c *TraceCache) Provider(ctx context.Context, key string, m *model.Model, input []byte) (dispute.TraceProvider, error) {
	e, err := c.entry(ctx, key, m, input)
	if err != nil {
		return nil, err
	}
	return lockedTrace{e: e, p: dispute.NewVMTrace(e.tr)}, nil
}

type lockedTrace struct {
	e *traceEntry
	p dispute.TraceProvider
}

func (l lockedTrace) Steps() uint64 { return l.p.Steps() }

func (l lockedTrace) StateHash(ctx context.Context, t uint64) (common.Hash, error) {
	l.e.mu.Lock()
	defer l.e.mu.Unlock()
	l.e.lastUse.Store(time.Now().UnixNano())
	return l.p.StateHash(ctx, t)
}

func (l lockedTrace) ProveStep(ctx context.Context, t uint64) (pre, witness []byte, err error) {
	l.e.mu.Lock()
	defer l.e.mu.Unlock()
	l.e.lastUse.Store(time.Now().UnixNano())
	return l.p.ProveStep(ctx, t)
}

// DropAll forgets every trace (after a reorg a request ID may name
// another request).
func (c *TraceCache) DropAll() {
	c.mu.Lock()
	for _, e := range c.traces {
		c.forget(e)
	}
	c.traces = nil
	c.mu.Unlock()
}

// Drop forgets the trace of key.
func (c *TraceCache) Drop(key string) {
	c.mu.Lock()
	if e, ok := c.traces[key]; ok {
		c.forget(e)
		delete(c.traces, key)
	}
	c.mu.Unlock()
}

// Len is the number of traces cached or being built.
func (c *TraceCache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.traces)
}

// IDKey formats an ID as a fixed-width key, so buckets iterate in numeric
// order.
func IDKey(id *big.Int) string { return fmt.Sprintf("%064x", id) }

// ParseIDKey is the inverse of IDKey.
func ParseIDKey(k string) (*big.Int, bool) { return new(big.Int).SetString(k, 16) }

// ClaimKey is the TraceCache key of a claim's own trace (a completion
// claim's: its input depends on the claim).
func ClaimKey(id *big.Int) string { return "claim/" + IDKey(id) }
