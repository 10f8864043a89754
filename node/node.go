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

// TraceCache keeps the VM trace of each request in memory; a missing entry
// (after a restart) is recomputed from the persisted input.
type TraceCache struct {
	M      *nodemetrics.Metrics // nil: none; records each VM run's duration
	mu     sync.Mutex
	traces map[string]*traceEntry
}

// traceEntry is a cached trace and the lock that serialises its use (a
// vm.Trace is not safe for concurrent use; games run concurrently, and
// several may be on one request).
type traceEntry struct {
	tr *vm.Trace
	mu sync.Mutex
}

func (c *TraceCache) entry(key string, m *model.Model, input []byte) (*traceEntry, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.traces[key]; ok {
		return e, nil
	}
	start := time.Now()
	tr, err := arbiter.TraceRequest(m, input)
	c.M.Execution(time.Since(start))
	if err != nil {
		return nil, fmt.Errorf("node: run model %s: %w", m.ID(), err)
	}
	if c.traces == nil {
		c.traces = map[string]*traceEntry{}
	}
	e := &traceEntry{tr: tr}
	c.traces[key] = e
	return e, nil
}

// Get returns the trace of request key, running the VM if needed. Only its
// results fixed at construction (Output, Final, Steps) may be used
// concurrently with games on it; replay through Provider.
func (c *TraceCache) Get(key string, m *model.Model, input []byte) (*vm.Trace, error) {
	e, err := c.entry(key, m, input)
	if err != nil {
		return nil, err
	}
	return e.tr, nil
}

// Provider returns a dispute.TraceProvider over the trace of request key
// that is safe for concurrent use: calls on one trace are serialised.
func (c *TraceCache) Provider(key string, m *model.Model, input []byte) (dispute.TraceProvider, error) {
	e, err := c.entry(key, m, input)
	if err != nil {
		return nil, err
	}
	return lockedTrace{mu: &e.mu, p: dispute.NewVMTrace(e.tr)}, nil
}

type lockedTrace struct {
	mu *sync.Mutex
	p  dispute.TraceProvider
}

func (l lockedTrace) Steps() uint64 { return l.p.Steps() }

func (l lockedTrace) StateHash(ctx context.Context, t uint64) (common.Hash, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.p.StateHash(ctx, t)
}

func (l lockedTrace) ProveStep(ctx context.Context, t uint64) (pre, witness []byte, err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.p.ProveStep(ctx, t)
}

// DropAll forgets every trace (after a reorg a request ID may name
// another request).
func (c *TraceCache) DropAll() {
	c.mu.Lock()
	c.traces = nil
	c.mu.Unlock()
}

// Drop forgets the trace of request key.
func (c *TraceCache) Drop(key string) {
	c.mu.Lock()
	delete(c.traces, key)
	c.mu.Unlock()
}

// IDKey formats an ID as a fixed-width key, so buckets iterate in numeric
// order.
func IDKey(id *big.Int) string { return fmt.Sprintf("%064x", id) }

// ParseIDKey is the inverse of IDKey.
func ParseIDKey(k string) (*big.Int, bool) { return new(big.Int).SetString(k, 16) }
