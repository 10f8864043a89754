package chainfollow

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/hashicorp/go-hclog"
	"github.com/jonboulle/clockwork"

	"github.com/opml-dev/opml/infra/nodestore"
	"github.com/opml-dev/opml/testkit/simchain"
)

var (
	_ Client = (*ethclient.Client)(nil)
	_ Client = simulated.Client(nil)
)

// pingTopic is the topic0 of the emitter's log.
var pingTopic = crypto.Keccak256Hash([]byte("Ping(bytes)"))

// emitterCode is init code deploying a runtime that logs its calldata:
//
//	CALLDATASIZE PUSH1 0 PUSH1 0 CALLDATACOPY
//	PUSH32 pingTopic CALLDATASIZE PUSH1 0 LOG1 STOP
func emitterCode() []byte {
	runtime := []byte{0x36, 0x60, 0x00, 0x60, 0x00, 0x37, 0x7f}
	runtime = append(runtime, pingTopic.Bytes()...)
	runtime = append(runtime, 0x36, 0x60, 0x00, 0xa1, 0x00)
	n := byte(len(runtime))
	// PUSH1 n PUSH1 12 PUSH1 0 CODECOPY PUSH1 n PUSH1 0 RETURN
	init := []byte{0x60, n, 0x60, 12, 0x60, 0x00, 0x39, 0x60, n, 0x60, 0x00, 0xf3}
	return append(init, runtime...)
}

type env struct {
	t       *testing.T
	chain   *simchain.Chain
	emitter common.Address
	nextID  uint64
}

func newEnv(t *testing.T) *env {
	t.Helper()
	c := simchain.New(t)
	addr, _, err := c.Deploy(c.Accounts[0], emitterCode(), nil)
	if err != nil {
		t.Fatalf("deploy emitter: %v", err)
	}
	return &env{t: t, chain: c, emitter: addr, nextID: 1}
}

// emit mines a block with one log carrying a fresh id, sent by account a.
func (e *env) emitFrom(a int) uint64 {
	e.t.Helper()
	id := e.nextID
	e.nextID++
	var data [8]byte
	binary.BigEndian.PutUint64(data[:], id)
	r, err := e.chain.Send(e.chain.Accounts[a], e.emitter, nil, data[:])
	if err != nil {
		e.t.Fatalf("emit %d: %v", id, err)
	}
	if len(r.Logs) != 1 {
		e.t.Fatalf("emit %d: %d logs", id, len(r.Logs))
	}
	return id
}

func (e *env) emit() uint64 { return e.emitFrom(0) }

// fork makes block n the parent of the next block mined (a reorg once
// the new branch is longer) and returns its header.
func (e *env) fork(n uint64) *types.Header {
	e.t.Helper()
	parent, err := e.chain.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.chain.Backend.Fork(parent.Hash()); err != nil {
		e.t.Fatal(err)
	}
	return parent
}

func (e *env) head() uint64 {
	e.t.Helper()
	h, err := e.chain.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Number.Uint64()
}

// canonical returns the ids of the emitter's canonical logs up to block to.
func (e *env) canonical(to uint64) map[string]uint64 {
	e.t.Helper()
	logs, err := e.chain.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(to), Addresses: []common.Address{e.emitter},
	})
	if err != nil {
		e.t.Fatal(err)
	}
	out := map[string]uint64{}
	for _, l := range logs {
		out[hex.EncodeToString(l.Data)] = l.BlockNumber
	}
	return out
}

func (e *env) config(stream string, conf uint64) Config {
	return Config{
		Stream: stream, Addresses: []common.Address{e.emitter}, Topics: [][]common.Hash{{pingTopic}},
		Confirmations: conf, PollInterval: 5 * time.Millisecond, MaxRange: 1000,
		RetryInterval: time.Millisecond, MaxRetryInterval: 10 * time.Millisecond,
	}
}

func ctxT(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

func openStore(t *testing.T, dir string) *nodestore.Store {
	t.Helper()
	s, err := nodestore.Open(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// record is what the test consumer stores per log.
type record struct {
	Block uint64 `json:"block"`
	Index uint   `json:"index"`
}

type pos struct {
	Block uint64 `json:"block"`
	Index uint   `json:"index"`
	Set   bool   `json:"set"`
}

const (
	recBucket  = "test.records"
	metaBucket = "test.meta"
)

// consumer is an idempotent test consumer. It stores a record per log id in
// the batch and fails the test on a duplicate (an id already committed and
// not undone by a reorg in the same call) or an out-of-order log.
type consumer struct {
	t       *testing.T
	store   *nodestore.Store
	mu      sync.Mutex
	updates []Update // handler calls that returned nil
	commits []Update // OnCommit calls
	stream  string   // of the Follower made by follow
	reorgs  []Reorg
	failOn  func(u Update) error
}

// follow returns a Follower for cfg on c's store whose OnCommit is
// c.committed.
func (c *consumer) follow(cfg Config, client Client) *Follower {
	cfg.OnCommit = c.committed
	c.stream = cfg.Stream
	return newFollower(c.t, cfg, client, c.store)
}

// committed is the OnCommit signal: when it comes, the store must hold the
// update's cursor and its records, and the signal must follow a handler
// call for the same range.
func (c *consumer) committed(u Update) {
	c.mu.Lock()
	defer c.mu.Unlock()
	cur, ok, err := c.store.Cursor(c.stream)
	if err == nil && !ok {
		err = errors.New("no cursor")
	}
	if err != nil || cur != (nodestore.Cursor{Number: u.To, Hash: u.ToHash}) {
		c.t.Errorf("OnCommit(%d..%d): stored cursor %+v (%v), want %d %s", u.From, u.To, cur, err, u.To, u.ToHash)
	}
	for _, l := range u.Logs {
		if has, err := c.store.Has(recBucket, hex.EncodeToString(l.Data)); err != nil || !has {
			c.t.Errorf("OnCommit(%d..%d): record of log %d/%d not committed (%v)", u.From, u.To, l.BlockNumber, l.Index, err)
		}
	}
	if n := len(c.updates); n == 0 || !sameUpdate(c.updates[n-1], u) {
		c.t.Errorf("OnCommit(%d..%d) not after a handler call for that range", u.From, u.To)
	}
	c.commits = append(c.commits, u)
}

func sameUpdate(a, b Update) bool {
	return a.From == b.From && a.To == b.To && a.ToHash == b.ToHash && len(a.Logs) == len(b.Logs) && (a.Reorg == nil) == (b.Reorg == nil)
}

// requireCommitted checks that every successful handler call was followed
// by its OnCommit, in order.
func (c *consumer) requireCommitted() {
	c.t.Helper()
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.commits) != len(c.updates) {
		c.t.Fatalf("%d OnCommit calls for %d delivered ranges", len(c.commits), len(c.updates))
	}
	for i := range c.commits {
		if !sameUpdate(c.commits[i], c.updates[i]) {
			c.t.Fatalf("OnCommit %d: %d..%d, delivered %d..%d", i, c.commits[i].From, c.commits[i].To, c.updates[i].From, c.updates[i].To)
		}
	}
}

func (c *consumer) handle(ctx context.Context, u Update, b *nodestore.Batch) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.failOn != nil {
		if err := c.failOn(u); err != nil {
			return err
		}
	}
	var last pos
	if err := c.store.Get(metaBucket, "last", &last); err != nil && !errors.Is(err, nodestore.ErrNotFound) {
		return err
	}
	undone := map[string]bool{}
	if u.Reorg != nil {
		c.reorgs = append(c.reorgs, *u.Reorg)
		err := c.store.Iterate(recBucket, func(key string, decode func(any) error) error {
			var r record
			if err := decode(&r); err != nil {
				return err
			}
			if u.Reorg.Genesis || r.Block > u.Reorg.Ancestor.Number {
				b.Delete(recBucket, key)
				undone[key] = true
			}
			return nil
		})
		if err != nil {
			return err
		}
		last = pos{}
	}
	for _, l := range u.Logs {
		if l.Removed {
			c.t.Errorf("removed log delivered: %+v", l)
		}
		if l.BlockNumber < u.From || l.BlockNumber > u.To {
			c.t.Errorf("log of block %d outside update %d..%d", l.BlockNumber, u.From, u.To)
		}
		if last.Set && (l.BlockNumber < last.Block || l.BlockNumber == last.Block && l.Index <= last.Index) {
			c.t.Errorf("log %d/%d delivered after %d/%d", l.BlockNumber, l.Index, last.Block, last.Index)
		}
		last = pos{Block: l.BlockNumber, Index: l.Index, Set: true}
		key := hex.EncodeToString(l.Data)
		has, err := c.store.Has(recBucket, key)
		if err != nil {
			return err
		}
		if has && !undone[key] {
			c.t.Errorf("log %s (block %d) delivered twice", key, l.BlockNumber)
		}
		b.Put(recBucket, key, record{Block: l.BlockNumber, Index: l.Index})
	}
	b.Put(metaBucket, "last", last)
	c.updates = append(c.updates, u)
	return nil
}

// records returns the committed records: id → block.
func records(t *testing.T, s *nodestore.Store) map[string]uint64 {
	t.Helper()
	out := map[string]uint64{}
	err := s.Iterate(recBucket, func(key string, decode func(any) error) error {
		var r record
		if err := decode(&r); err != nil {
			return err
		}
		out[key] = r.Block
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func sameSet(t *testing.T, what string, got, want map[string]uint64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d records, want %d\n got %v\nwant %v", what, len(got), len(want), got, want)
	}
	for k, b := range want {
		if gb, ok := got[k]; !ok || gb != b {
			t.Fatalf("%s: record %s at block %d (present %v), want block %d", what, k, gb, ok, b)
		}
	}
}

func step(t *testing.T, f *Follower, h Handler) bool {
	t.Helper()
	p, err := f.Step(context.Background(), h)
	if err != nil {
		t.Fatalf("step: %v", err)
	}
	return p
}

func newFollower(t *testing.T, cfg Config, c Client, s *nodestore.Store) *Follower {
	t.Helper()
	f, err := New(cfg, c, s, hclog.NewNullLogger())
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestNewValidates(t *testing.T) {
	s := openStore(t, t.TempDir())
	defer s.Close()
	c := simulated.Client(nil)
	if _, err := New(Config{}, c, s, nil); err == nil || !strings.HasPrefix(err.Error(), "chainfollow: ") {
		t.Fatalf("empty stream: %v", err)
	}
	if _, err := New(Config{Stream: "x"}, nil, s, nil); err == nil {
		t.Fatal("nil client accepted")
	}
	if _, err := New(Config{Stream: "x"}, &flakyClient{}, nil, nil); err == nil {
		t.Fatal("nil store accepted")
	}
}

func TestDeliversConfirmedOnce(t *testing.T) {
	for _, conf := range []uint64{0, 3} {
		t.Run(fmt.Sprintf("confirmations=%d", conf), func(t *testing.T) {
			e := newEnv(t)
			s := openStore(t, t.TempDir())
			defer s.Close()
			c := &consumer{t: t, store: s}
			f := c.follow(e.config("pings", conf), e.chain.Client)
			for i := 0; i < 8; i++ {
				e.emit()
				step(t, f, c.handle)
				head := e.head()
				want := map[string]uint64{}
				if head >= conf {
					want = e.canonical(head - conf)
				}
				sameSet(t, fmt.Sprintf("after block %d", head), records(t, s), want)
				if conf > 0 && len(want) == len(e.canonical(head)) {
					t.Fatalf("unconfirmed logs delivered")
				}
				cur, ok, err := f.Cursor()
				if head >= conf && (err != nil || !ok || cur.Number != head-conf) {
					t.Fatalf("cursor %+v %v %v, want number %d", cur, ok, err, head-conf)
				}
			}
			if step(t, f, c.handle) {
				t.Fatal("progress without new blocks")
			}
			for i := uint64(0); i < conf; i++ {
				e.chain.Backend.Commit()
			}
			step(t, f, c.handle)
			want := e.canonical(e.head())
			if len(want) != 8 {
				t.Fatalf("%d canonical logs", len(want))
			}
			sameSet(t, "all confirmed", records(t, s), want)
			c.requireCommitted()
			// Ranges are contiguous from StartBlock.
			next := uint64(0)
			for _, u := range c.updates {
				if u.From != next || u.To < u.From {
					t.Fatalf("update %d..%d, want from %d", u.From, u.To, next)
				}
				next = u.To + 1
			}
		})
	}
}

func TestRestartContinuesFromCursor(t *testing.T) {
	e := newEnv(t)
	dir := t.TempDir()
	s := openStore(t, dir)
	cfg := e.config("pings", 1)
	c := &consumer{t: t, store: s}
	f := c.follow(cfg, e.chain.Client)
	for i := 0; i < 3; i++ {
		e.emit()
	}
	step(t, f, c.handle)
	before, _, _ := f.Cursor()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		e.emit()
	}

	// Crash between handler and commit: the store goes away inside the
	// handler, so the batch never commits.
	s = openStore(t, dir)
	c = &consumer{t: t, store: s}
	f = c.follow(cfg, e.chain.Client)
	handled := 0
	if _, err := f.Step(context.Background(), func(ctx context.Context, u Update, b *nodestore.Batch) error {
		handled++
		b.Put(recBucket, "staged", record{Block: u.To})
		return s.Close() // the handler succeeds; the commit cannot
	}); !errors.Is(err, nodestore.ErrClosed) || !strings.HasPrefix(err.Error(), "chainfollow: ") {
		t.Fatalf("step with store closed mid-batch: %v", err)
	}
	if handled != 1 || len(c.commits) != 0 {
		t.Fatalf("%d handler calls, %d OnCommit calls; want no OnCommit for the failed commit", handled, len(c.commits))
	}

	s = openStore(t, dir)
	defer s.Close()
	c = &consumer{t: t, store: s}
	f = c.follow(cfg, e.chain.Client)
	cur, ok, err := f.Cursor()
	if err != nil || !ok || cur != before {
		t.Fatalf("cursor after crash %+v %v %v, want %+v", cur, ok, err, before)
	}
	step(t, f, c.handle)
	if len(c.updates) == 0 || c.updates[0].From != before.Number+1 {
		t.Fatalf("restart delivered %+v, want from %d", c.updates, before.Number+1)
	}
	sameSet(t, "after restart", records(t, s), e.canonical(e.head()-1))
	c.requireCommitted()
}

func TestHandlerErrorRedelivers(t *testing.T) {
	e := newEnv(t)
	s := openStore(t, t.TempDir())
	defer s.Close()
	c := &consumer{t: t, store: s}
	f := c.follow(e.config("pings", 0), e.chain.Client)
	e.emit()
	step(t, f, c.handle)
	before, _, _ := f.Cursor()
	e.emit()
	e.emit()

	boom := errors.New("boom")
	var failed *Update
	c.failOn = func(u Update) error {
		if failed == nil {
			failed = &u
			return boom
		}
		return nil
	}
	// The consumer's records are written to the batch before failOn runs in
	// real consumers; here make the failing call also stage writes.
	p, err := f.Step(context.Background(), func(ctx context.Context, u Update, b *nodestore.Batch) error {
		b.Put(recBucket, "staged", record{Block: 999})
		return c.handle(ctx, u, b)
	})
	if p || !errors.Is(err, boom) || !strings.HasPrefix(err.Error(), "chainfollow: ") {
		t.Fatalf("step: progressed %v err %v", p, err)
	}
	if cur, _, _ := f.Cursor(); cur != before {
		t.Fatalf("cursor moved to %+v after handler error", cur)
	}
	if has, _ := s.Has(recBucket, "staged"); has {
		t.Fatal("failed batch committed")
	}
	sameSet(t, "after failure", records(t, s), e.canonical(before.Number))
	if len(c.commits) != 1 {
		t.Fatalf("%d OnCommit calls, want 1 (none for the failed range)", len(c.commits))
	}

	step(t, f, c.handle)
	if len(c.updates) < 2 {
		t.Fatalf("no redelivery")
	}
	re := c.updates[1]
	if re.From != failed.From || re.To != failed.To || len(re.Logs) != len(failed.Logs) || len(re.Logs) != 2 {
		t.Fatalf("redelivered %d..%d (%d logs), failed %d..%d (%d logs)", re.From, re.To, len(re.Logs), failed.From, failed.To, len(failed.Logs))
	}
	sameSet(t, "after redelivery", records(t, s), e.canonical(e.head()))
	c.requireCommitted()
}

func TestReorgDeeperThanConfirmations(t *testing.T) {
	e := newEnv(t)
	s := openStore(t, t.TempDir())
	defer s.Close()
	c := &consumer{t: t, store: s}
	f := c.follow(e.config("pings", 2), e.chain.Client)
	for i := 0; i < 8; i++ {
		e.emit()
		step(t, f, c.handle)
	}
	cur, _, _ := f.Cursor()
	sameSet(t, "before reorg", records(t, s), e.canonical(cur.Number))

	forkAt := cur.Number - 3 // 3 processed blocks orphaned, deeper than 2 confirmations
	parent := e.fork(forkAt)
	for e.head() <= cur.Number+3 {
		e.emitFrom(1)
	}
	if h, _ := e.chain.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(cur.Number)); h.Hash() == cur.Hash {
		t.Fatal("fork did not replace the cursor block")
	}
	beforeIDs := records(t, s)

	// A crash (here: a handler error) before the reorg batch commits leaves
	// the orphaned cursor in place, so the reorg is detected again.
	c.failOn = func(u Update) error {
		if u.Reorg != nil {
			return errors.New("crash")
		}
		return nil
	}
	if _, err := f.Step(context.Background(), c.handle); err == nil {
		t.Fatal("step: no error from failing handler")
	}
	if now, _, _ := f.Cursor(); now != cur {
		t.Fatalf("cursor moved to %+v", now)
	}
	c.failOn = nil
	step(t, f, c.handle)
	if len(c.reorgs) != 1 {
		t.Fatalf("%d reorgs reported, want 1", len(c.reorgs))
	}
	r := c.reorgs[0]
	if r.Genesis || r.Ancestor.Number != forkAt || r.Ancestor.Hash != parent.Hash() || r.Orphaned != cur {
		t.Fatalf("reorg %+v, want ancestor %d %s orphaned %+v", r, forkAt, parent.Hash(), cur)
	}
	var first *Update
	for i := range c.updates {
		if c.updates[i].Reorg != nil {
			first = &c.updates[i]
		}
	}
	if first.From != forkAt+1 {
		t.Fatalf("re-delivery from %d, want %d", first.From, forkAt+1)
	}
	after := e.canonical(e.head() - 2)
	sameSet(t, "after reorg", records(t, s), after)
	moved := 0
	for id, b := range beforeIDs {
		if nb, ok := after[id]; !ok || nb != b {
			moved++
		}
	}
	if moved == 0 {
		t.Fatal("reorg changed no delivered log")
	}
	t.Logf("reorg at %d: %d of %d delivered logs moved or vanished", forkAt, moved, len(beforeIDs))

	// The orphaned blocks' logs are gone unless re-mined on the new chain,
	// and nothing more happens without new blocks.
	if step(t, f, c.handle) {
		t.Fatal("progress without new blocks")
	}
	if len(c.reorgs) != 1 {
		t.Fatal("reorg reported twice")
	}
	// The reorg's first range is signalled as committed, with its Reorg,
	// once (the crashed attempt never committed).
	c.requireCommitted()
	reorgCommits := 0
	for _, u := range c.commits {
		if u.Reorg != nil {
			reorgCommits++
			if *u.Reorg != r {
				t.Fatalf("OnCommit reorg %+v, want %+v", *u.Reorg, r)
			}
		}
	}
	if reorgCommits != 1 {
		t.Fatalf("%d reorg commits signalled, want 1", reorgCommits)
	}
}

func TestReorgEmptyRange(t *testing.T) {
	// The new chain is not yet confirmed above the ancestor: the handler is
	// told at once with an empty range and the cursor rewinds.
	e := newEnv(t)
	s := openStore(t, t.TempDir())
	defer s.Close()
	c := &consumer{t: t, store: s}
	f := c.follow(e.config("pings", 3), e.chain.Client)
	for i := 0; i < 8; i++ {
		e.emit()
		step(t, f, c.handle)
	}
	cur, _, _ := f.Cursor()
	forkAt := cur.Number - 2
	parent, _ := e.chain.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(forkAt))
	if err := e.chain.Backend.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	for e.head() < cur.Number {
		e.chain.Backend.Commit()
	}
	if e.head()-3 > forkAt {
		t.Skipf("new chain already confirmed above the ancestor (head %d)", e.head())
	}
	step(t, f, c.handle)
	if len(c.reorgs) != 1 {
		t.Fatalf("%d reorgs", len(c.reorgs))
	}
	u := c.updates[len(c.updates)-1]
	if u.Reorg == nil || u.From != forkAt+1 || u.To != forkAt || len(u.Logs) != 0 {
		t.Fatalf("update %d..%d reorg %+v", u.From, u.To, u.Reorg)
	}
	if now, _, _ := f.Cursor(); now.Number != forkAt || now.Hash != parent.Hash() {
		t.Fatalf("cursor %+v, want %d", now, forkAt)
	}
	sameSet(t, "after rewind", records(t, s), e.canonical(forkAt))
	for i := 0; i < 4; i++ {
		e.emitFrom(1)
	}
	step(t, f, c.handle)
	sameSet(t, "after catch-up", records(t, s), e.canonical(e.head()-3))
	if len(c.reorgs) != 1 {
		t.Fatal("reorg reported twice")
	}
	c.requireCommitted() // the empty rewind range included
}

// countingClient records FilterLogs ranges.
type countingClient struct {
	Client
	mu     sync.Mutex
	ranges [][2]uint64
}

func (c *countingClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.mu.Lock()
	c.ranges = append(c.ranges, [2]uint64{q.FromBlock.Uint64(), q.ToBlock.Uint64()})
	c.mu.Unlock()
	return c.Client.FilterLogs(ctx, q)
}

func TestMaxRangeChunks(t *testing.T) {
	e := newEnv(t)
	s := openStore(t, t.TempDir())
	defer s.Close()
	for i := 0; i < 7; i++ {
		e.emit()
	}
	cc := &countingClient{Client: e.chain.Client}
	cfg := e.config("pings", 0)
	cfg.MaxRange = 3
	cfg.StartBlock = 1
	c := &consumer{t: t, store: s}
	f := c.follow(cfg, cc)
	step(t, f, c.handle)
	head := e.head()
	if want := int((head + 2) / 3); len(c.updates) != want {
		t.Fatalf("%d updates, want %d", len(c.updates), want)
	}
	next := uint64(1)
	for _, u := range c.updates {
		if u.From != next || u.To-u.From+1 > 3 {
			t.Fatalf("update %d..%d", u.From, u.To)
		}
		next = u.To + 1
	}
	for _, r := range cc.ranges {
		if r[1]-r[0]+1 > 3 {
			t.Fatalf("FilterLogs over %d..%d", r[0], r[1])
		}
	}
	sameSet(t, "chunked", records(t, s), e.canonical(head))
	c.requireCommitted() // one signal per range
}

// flakyClient fails every other call and adds a removed copy of every log.
type flakyClient struct {
	Client
	calls atomic.Int64
}

var errFlaky = errors.New("flaky: connection reset")

func (c *flakyClient) fail() bool { return c.calls.Add(1)%2 == 0 }

func (c *flakyClient) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if c.fail() {
		return nil, errFlaky
	}
	return c.Client.HeaderByNumber(ctx, n)
}

func (c *flakyClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if c.fail() {
		return nil, errFlaky
	}
	logs, err := c.Client.FilterLogs(ctx, q)
	if err != nil {
		return nil, err
	}
	out := append([]types.Log(nil), logs...)
	for _, l := range logs {
		l.Removed = true
		l.Data = []byte("removed")
		out = append(out, l)
	}
	return out, nil
}

func TestFlakyClientRun(t *testing.T) {
	e := newEnv(t)
	s := openStore(t, t.TempDir())
	defer s.Close()
	for i := 0; i < 5; i++ {
		e.emit()
	}
	fc := &flakyClient{Client: e.chain.Client}
	c := &consumer{t: t, store: s}
	clk := clockwork.NewFakeClock()
	cfg := e.config("pings", 1)
	cfg.Clock, cfg.PollInterval, cfg.RetryInterval, cfg.MaxRetryInterval = clk, 2*time.Second, time.Second, time.Minute
	f := c.follow(cfg, fc)

	// Step returns the RPC error.
	fc.calls.Store(1)
	if _, err := f.Step(context.Background(), c.handle); !errors.Is(err, errFlaky) || !strings.HasPrefix(err.Error(), "chainfollow: ") {
		t.Fatalf("step on a failing client: %v", err)
	}

	// Run retries every failed call after a back-off on the clock and polls
	// every PollInterval on it: the test advances the clock whenever Run
	// is parked, until the records are in.
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- f.Run(ctx, c.handle) }()
	waitFor := func(want map[string]uint64) {
		t.Helper()
		for steps := 0; ; steps++ {
			if err := clk.BlockUntilContext(ctxT(t, 20*time.Second), 1); err != nil {
				t.Fatalf("Run not parked after %d steps: %v", steps, err)
			}
			if len(records(t, s)) >= len(want) {
				break
			}
			if steps > 1000 {
				t.Fatal("no progress in 1000 steps")
			}
			clk.Advance(time.Minute) // the longest wait
		}
		sameSet(t, "run", records(t, s), want)
	}
	waitFor(e.canonical(e.head() - 1))
	for i := 0; i < 3; i++ {
		e.emit()
	}
	waitFor(e.canonical(e.head() - 1))
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("run: %v", err)
	}
	if fc.calls.Load() < 10 {
		t.Fatalf("only %d calls", fc.calls.Load())
	}
	c.requireCommitted()
}

func TestRunReturnsPermanentError(t *testing.T) {
	e := newEnv(t)
	s := openStore(t, t.TempDir())
	defer s.Close()
	e.emit()
	clk := clockwork.NewFakeClock()
	cfg := e.config("pings", 0)
	cfg.Clock, cfg.RetryInterval, cfg.MaxRetryInterval = clk, time.Second, time.Minute
	c := &consumer{t: t, store: s}
	f := c.follow(cfg, e.chain.Client)
	bad := errors.New("bad event")
	start := clk.Now()
	var at []time.Duration // clock time of each handler call
	done := make(chan error, 1)
	returned, cancel := context.WithCancel(ctxT(t, 20*time.Second))
	go func() {
		defer cancel()
		done <- f.Run(context.Background(), func(ctx context.Context, u Update, b *nodestore.Batch) error {
			at = append(at, clk.Since(start))
			if len(at) < 3 {
				return errors.New("transient")
			}
			return Permanent(bad)
		})
	}()
	// Advance the clock by a second whenever Run is parked, until it
	// returns.
	for clk.BlockUntilContext(returned, 1) == nil {
		clk.Advance(time.Second)
	}
	var err error
	select {
	case err = <-done:
	default:
		t.Fatal("Run neither parked nor returned")
	}
	if !errors.Is(err, bad) || !IsPermanent(err) {
		t.Fatalf("run: %v after %d calls", err, len(at))
	}
	if want := []time.Duration{0, time.Second, 3 * time.Second}; fmt.Sprint(at) != fmt.Sprint(want) {
		t.Fatalf("handler called at %v, want %v (back-off 1s, then 2s)", at, want)
	}
	if _, ok, _ := f.Cursor(); ok {
		t.Fatal("cursor moved")
	}
	if len(c.commits) != 0 {
		t.Fatalf("OnCommit called for an uncommitted range: %+v", c.commits)
	}
}

func TestNoCanonicalHistoryRestartsFromStart(t *testing.T) {
	e := newEnv(t)
	s := openStore(t, t.TempDir())
	defer s.Close()
	for i := 0; i < 4; i++ {
		e.emit()
	}
	cfg := e.config("pings", 0)
	cfg.StartBlock = 2
	// A cursor on a chain this node never saw and no history.
	bogus := nodestore.Cursor{Number: 3, Hash: common.HexToHash("0xdead")}
	if err := s.SetCursor(cfg.Stream, bogus); err != nil {
		t.Fatal(err)
	}
	if err := s.Put(recBucket, "stale", record{Block: 3}); err != nil {
		t.Fatal(err)
	}
	c := &consumer{t: t, store: s}
	f := c.follow(cfg, e.chain.Client)
	step(t, f, c.handle)
	if len(c.reorgs) != 1 || !c.reorgs[0].Genesis || c.reorgs[0].Ancestor.Number != 1 || c.reorgs[0].Orphaned != bogus {
		t.Fatalf("reorgs %+v", c.reorgs)
	}
	if c.updates[0].From != 2 {
		t.Fatalf("re-delivery from %d, want 2", c.updates[0].From)
	}
	want := e.canonical(e.head())
	for id, b := range want {
		if b < 2 {
			delete(want, id)
		}
	}
	sameSet(t, "from start", records(t, s), want)
}

// TestFloor: Floor is the oldest remembered position, which moves up once
// the history holds HistoryLen positions, and a reorg's ancestor is never
// below it.
func TestFloor(t *testing.T) {
	e := newEnv(t)
	s := openStore(t, t.TempDir())
	defer s.Close()
	c := &consumer{t: t, store: s}
	f := c.follow(e.config("pings", 0), e.chain.Client)
	if _, ok, err := f.Floor(); ok || err != nil {
		t.Fatalf("floor before any delivery: ok %v err %v", ok, err)
	}
	var cursors []uint64 // one position per step: a block each
	for i := 0; i < HistoryLen+3; i++ {
		e.emit()
		step(t, f, c.handle)
		cur, _, _ := f.Cursor()
		cursors = append(cursors, cur.Number)
		floor, ok, err := f.Floor()
		if err != nil || !ok {
			t.Fatalf("floor: ok %v err %v", ok, err)
		}
		if want := cursors[max(0, len(cursors)-HistoryLen)]; floor != want {
			t.Fatalf("step %d: floor %d, want %d", i, floor, want)
		}
	}
	floor, _, _ := f.Floor()
	cur, _, _ := f.Cursor()
	e.fork(cur.Number - 2)
	for e.head() <= cur.Number+1 {
		e.emitFrom(1)
	}
	step(t, f, c.handle)
	if len(c.reorgs) != 1 || c.reorgs[0].Ancestor.Number < floor {
		t.Fatalf("reorgs %+v, floor %d", c.reorgs, floor)
	}
}
