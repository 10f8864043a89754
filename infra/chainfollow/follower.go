package chainfollow

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/hashicorp/go-hclog"
	"github.com/jonboulle/clockwork"

	"github.com/opml-dev/opml/infra/nodestore"
)

// Client is the subset of go-ethereum's ethclient a Follower uses;
// *ethclient.Client and simulated.Client satisfy it.
type Client interface {
	// HeaderByNumber returns the canonical header at number (nil: the head).
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	// FilterLogs returns the logs matching q.
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// HistoryLen is the number of recently processed (number, hash) positions a
// Follower keeps per stream to find the common ancestor after a reorg.
const HistoryLen = 128

// historyBucket is the nodestore bucket of the recent-position rings, keyed
// by stream.
const historyBucket = "chainfollow.history"

// Config configures a Follower.
type Config struct {
	// Stream names the cursor in the store; one Follower per stream.
	Stream string
	// Addresses and Topics filter logs as in ethereum.FilterQuery.
	Addresses []common.Address
	Topics    [][]common.Hash
	// Confirmations: a block is delivered once head − number ≥
	// Confirmations (0: deliver the head block).
	Confirmations uint64
	// StartBlock is the first block delivered when the stream has no cursor.
	StartBlock uint64
	// PollInterval is the head polling period of Run (default 2s).
	PollInterval time.Duration
	// MaxRange is the largest number of blocks per FilterLogs call and per
	// handler call (default 1000).
	MaxRange uint64
	// RetryInterval is Run's first backoff after an error, doubling up to
	// MaxRetryInterval (defaults 500ms and 30s).
	RetryInterval    time.Duration
	MaxRetryInterval time.Duration
	// Clock drives Run's polling and every back-off (default: the real
	// clock). Tests pass a clockwork.FakeClock and advance it.
	Clock clockwork.Clock
	// OnCommit, if set, is called after each range's batch has been
	// committed, with that range's Update: the store then holds the cursor
	// (u.To, u.ToHash) and the handler's effects. It runs on the goroutine
	// of Step (or Run), once per committed range, in commit order, never for
	// a range whose handler or commit failed; it must not block (a consumer
	// that acts on commits signals itself, e.g. by a non-blocking send on a
	// buffered channel) and must not modify u.
	OnCommit func(u Update)
}

// Reorg tells a handler that blocks it was given earlier are no longer
// canonical.
type Reorg struct {
	// Ancestor is the newest processed block still canonical. Everything the
	// handler recorded for blocks above Ancestor.Number must be undone; they
	// are re-delivered from the new canonical chain starting with this call.
	// If no processed block is known to be canonical any more, Ancestor is
	// {StartBlock−1, zero hash} (Number 0 if StartBlock is 0, with
	// Genesis set): every block from StartBlock is re-delivered.
	Ancestor nodestore.Cursor
	// Genesis is set when the rewind goes back past every processed block.
	Genesis bool
	// Orphaned is the stream cursor that was found to be off the canonical
	// chain.
	Orphaned nodestore.Cursor
}

// Update is one handler call: the logs of confirmed blocks From..To
// (inclusive), in (block, index) order, never with Removed set.
type Update struct {
	From, To uint64
	// ToHash is the hash of block To; the cursor moves to (To, ToHash).
	ToHash common.Hash
	Logs   []types.Log
	// Reorg is non-nil on the first call after a reorg deeper than the
	// confirmation depth. Such a call may have an empty range (From = To+1,
	// To = Reorg.Ancestor.Number, no logs) when no block of the new chain
	// above the ancestor is confirmed yet.
	Reorg *Reorg
}

// Handler processes an Update. It records its effects in b (not directly in
// the store); the Follower adds the cursor move to b and commits it, so the
// effects and the cursor move are atomic. An error discards b: the cursor
// does not move and the same range is delivered again.
type Handler func(ctx context.Context, u Update, b *nodestore.Batch) error

// permanentError marks a handler error Run must return instead of retrying.
type permanentError struct{ err error }

func (p *permanentError) Error() string { return p.err.Error() }
func (p *permanentError) Unwrap() error { return p.err }

// Permanent wraps a handler error so that Run returns it instead of
// retrying the range.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return &permanentError{err}
}

// IsPermanent reports whether err was wrapped by Permanent.
func IsPermanent(err error) bool {
	var p *permanentError
	return errors.As(err, &p)
}

// Follower delivers the logs of confirmed blocks of one stream. It must be
// used by one goroutine at a time.
type Follower struct {
	cfg    Config
	client Client
	store  *nodestore.Store
	log    hclog.Logger
	retry  bool // Run: retry RPC calls with backoff; Step: return errors
}

// New returns a Follower. A nil logger discards.
func New(cfg Config, client Client, store *nodestore.Store, logger hclog.Logger) (*Follower, error) {
	if cfg.Stream == "" {
		return nil, errors.New("chainfollow: empty stream name")
	}
	if client == nil {
		return nil, errors.New("chainfollow: nil client")
	}
	if store == nil {
		return nil, errors.New("chainfollow: nil store")
	}
	if logger == nil {
		logger = hclog.NewNullLogger()
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 2 * time.Second
	}
	if cfg.MaxRange == 0 {
		cfg.MaxRange = 1000
	}
	if cfg.RetryInterval <= 0 {
		cfg.RetryInterval = 500 * time.Millisecond
	}
	if cfg.MaxRetryInterval <= 0 {
		cfg.MaxRetryInterval = 30 * time.Second
	}
	if cfg.MaxRetryInterval < cfg.RetryInterval {
		cfg.MaxRetryInterval = cfg.RetryInterval
	}
	if cfg.Clock == nil {
		cfg.Clock = clockwork.NewRealClock()
	}
	return &Follower{cfg: cfg, client: client, store: store, log: logger.With("stream", cfg.Stream)}, nil
}

// Cursor returns the stream's cursor (the last delivered block); ok is false
// before the first delivery.
func (f *Follower) Cursor() (nodestore.Cursor, bool, error) {
	c, ok, err := f.store.Cursor(f.cfg.Stream)
	if err != nil {
		return c, ok, fmt.Errorf("chainfollow: %w", err)
	}
	return c, ok, nil
}

// Floor is the number of the oldest position the stream remembers (its
// history, HistoryLen positions): a reorg rewinds the stream at most to it
// (Reorg.Ancestor is a remembered position), except one that finds no
// remembered position canonical and restarts at StartBlock
// (Reorg.Genesis). ok is false before the first delivery. The node's
// retention (node.Retention) prunes only records settled at or below it.
func (f *Follower) Floor() (floor uint64, ok bool, err error) {
	hist, err := f.loadHistory()
	if err != nil || len(hist) == 0 {
		return 0, false, err
	}
	return hist[0].Number, true, nil
}

// Run follows the chain until ctx is done, calling h for every confirmed
// range. RPC errors are retried with exponential backoff; handler and store
// errors are logged and the range retried after a backoff, except errors
// wrapped by Permanent and a closed store, which Run returns. Run returns
// ctx.Err() when ctx is done.
func (f *Follower) Run(ctx context.Context, h Handler) error {
	f.retry = true
	defer func() { f.retry = false }()
	wait := f.cfg.RetryInterval
	for {
		_, err := f.Step(ctx, h)
		delay := f.cfg.PollInterval
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if IsPermanent(err) || errors.Is(err, nodestore.ErrClosed) {
				return err
			}
			f.log.Error("follow step failed, retrying", "wait", wait, "err", err)
			delay = wait
			wait = min(2*wait, f.cfg.MaxRetryInterval)
		} else {
			wait = f.cfg.RetryInterval
		}
		if err := f.sleep(ctx, delay); err != nil {
			return err
		}
	}
}

// sleep waits d on the clock, or until ctx is done (then it returns ctx's
// error). Each wait is one timer, stopped on return, so that a fake clock
// counts exactly the goroutines parked on it.
func (f *Follower) sleep(ctx context.Context, d time.Duration) error {
	t := f.cfg.Clock.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.Chan():
		return nil
	}
}

// call runs an RPC. Under Run it retries with backoff until ctx is done;
// under Step it tries once.
func (f *Follower) call(ctx context.Context, method string, fn func() error) error {
	wait := f.cfg.RetryInterval
	for attempt := 1; ; attempt++ {
		err := fn()
		if err == nil {
			return nil
		}
		if errors.Is(err, ethereum.NotFound) || !f.retry {
			return fmt.Errorf("chainfollow: %s: %w", method, err)
		}
		f.log.Warn("rpc error, retrying", "method", method, "attempt", attempt, "wait", wait, "err", err)
		if serr := f.sleep(ctx, wait); serr != nil {
			return fmt.Errorf("chainfollow: %s: %w (last error: %v)", method, serr, err)
		}
		wait = min(2*wait, f.cfg.MaxRetryInterval)
	}
}

func (f *Follower) header(ctx context.Context, number *big.Int) (*types.Header, error) {
	var h *types.Header
	err := f.call(ctx, "header", func() error {
		var err error
		h, err = f.client.HeaderByNumber(ctx, number)
		if err == nil && h == nil {
			err = errors.New("nil header")
		}
		return err
	})
	return h, err
}

func (f *Follower) headerAt(ctx context.Context, n uint64) (*types.Header, error) {
	return f.header(ctx, new(big.Int).SetUint64(n))
}

// loadHistory reads the stream's ring of recent positions (oldest first).
func (f *Follower) loadHistory() ([]nodestore.Cursor, error) {
	var hist []nodestore.Cursor
	err := f.store.Get(historyBucket, f.cfg.Stream, &hist)
	if errors.Is(err, nodestore.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("chainfollow: read history: %w", err)
	}
	return hist, nil
}

// Step does one poll: it reads the head and delivers every confirmed range
// past the cursor (one handler call and one commit per range of at most
// MaxRange blocks). progressed is true if at least one range was committed.
// Errors (RPC, handler, store) are returned; a failed range is not
// committed and is delivered again by the next Step.
func (f *Follower) Step(ctx context.Context, h Handler) (progressed bool, err error) {
	head, err := f.header(ctx, nil)
	if err != nil {
		return false, err
	}
	if head.Number == nil || !head.Number.IsUint64() {
		return false, errors.New("chainfollow: head header without a valid number")
	}
	if head.Number.Uint64() < f.cfg.Confirmations {
		return false, nil
	}
	confirmed := head.Number.Uint64() - f.cfg.Confirmations
	for {
		if err := ctx.Err(); err != nil {
			return progressed, fmt.Errorf("chainfollow: %w", err)
		}
		done, err := f.stepRange(ctx, confirmed, h)
		if err != nil || done {
			return progressed, err
		}
		progressed = true
	}
}

// stepRange delivers the next range up to confirmed; done is true when there
// was nothing to deliver.
func (f *Follower) stepRange(ctx context.Context, confirmed uint64, h Handler) (done bool, err error) {
	cur, have, err := f.store.Cursor(f.cfg.Stream)
	if err != nil {
		return false, fmt.Errorf("chainfollow: read cursor: %w", err)
	}
	hist, err := f.loadHistory()
	if err != nil {
		return false, err
	}
	from := f.cfg.StartBlock
	var reorg *Reorg
	if have {
		from = cur.Number + 1
		ch, err := f.headerAt(ctx, cur.Number)
		if errors.Is(err, ethereum.NotFound) {
			f.log.Warn("cursor block not found; node behind?", "cursor", cur.Number)
			return true, nil
		}
		if err != nil {
			return false, err
		}
		if ch.Hash() != cur.Hash {
			reorg, err = f.findAncestor(ctx, cur, hist)
			if err != nil {
				return false, err
			}
			from = reorg.Ancestor.Number + 1
			if reorg.Genesis {
				from = f.cfg.StartBlock
			}
			f.log.Error("reorg deeper than the confirmation depth; re-delivering",
				"confirmations", f.cfg.Confirmations, "orphaned", cur.Number, "orphanedHash", cur.Hash,
				"canonicalHash", ch.Hash(), "ancestor", reorg.Ancestor.Number, "fromStart", reorg.Genesis)
		} else if cur.Number > confirmed {
			// Confirmed head behind the cursor (a lagging node or a larger
			// Confirmations than before): wait.
			return true, nil
		}
	}
	var u Update
	switch {
	case from <= confirmed:
		to := min(confirmed, from+f.cfg.MaxRange-1)
		base, check := cur, have
		if reorg != nil {
			base, check = reorg.Ancestor, !reorg.Genesis
		}
		u, err = f.fetch(ctx, from, to, base, check)
		if err != nil {
			return false, err
		}
	case reorg != nil && !reorg.Genesis:
		// Nothing of the new chain confirmed above the ancestor yet: tell
		// the handler now, with an empty range, and rewind the cursor.
		u = Update{From: reorg.Ancestor.Number + 1, To: reorg.Ancestor.Number, ToHash: reorg.Ancestor.Hash}
	default:
		return true, nil
	}
	u.Reorg = reorg
	if u.ToHash == (common.Hash{}) {
		return true, nil // fetch found the chain moving; try at the next poll
	}

	b := f.store.NewBatch()
	if err := h(ctx, u, b); err != nil {
		b.Discard()
		return false, fmt.Errorf("chainfollow: handler, blocks %d..%d: %w", u.From, u.To, err)
	}
	next := nodestore.Cursor{Number: u.To, Hash: u.ToHash}
	b.SetCursor(f.cfg.Stream, next)
	b.Put(historyBucket, f.cfg.Stream, pushHistory(hist, next))
	if err := b.Commit(); err != nil {
		return false, fmt.Errorf("chainfollow: commit blocks %d..%d: %w", u.From, u.To, err)
	}
	f.log.Debug("delivered", "from", u.From, "to", u.To, "logs", len(u.Logs), "reorg", reorg != nil)
	if f.cfg.OnCommit != nil {
		f.cfg.OnCommit(u)
	}
	return false, nil
}

// pushHistory appends c to the ring, dropping positions at or above c (a
// rewind) and the oldest beyond HistoryLen.
func pushHistory(hist []nodestore.Cursor, c nodestore.Cursor) []nodestore.Cursor {
	out := make([]nodestore.Cursor, 0, len(hist)+1)
	for _, p := range hist {
		if p.Number < c.Number {
			out = append(out, p)
		}
	}
	out = append(out, c)
	if len(out) > HistoryLen {
		out = out[len(out)-HistoryLen:]
	}
	return out
}

// findAncestor returns the newest position of hist (below the orphaned
// cursor) that is still canonical.
func (f *Follower) findAncestor(ctx context.Context, orphaned nodestore.Cursor, hist []nodestore.Cursor) (*Reorg, error) {
	for i := len(hist) - 1; i >= 0; i-- {
		p := hist[i]
		if p.Number >= orphaned.Number {
			continue
		}
		h, err := f.headerAt(ctx, p.Number)
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if h.Hash() == p.Hash {
			return &Reorg{Ancestor: p, Orphaned: orphaned}, nil
		}
	}
	f.log.Error("no processed block is canonical any more; re-delivering from the start block",
		"start", f.cfg.StartBlock, "history", len(hist))
	anc := nodestore.Cursor{}
	if f.cfg.StartBlock > 0 {
		anc.Number = f.cfg.StartBlock - 1
	}
	return &Reorg{Ancestor: anc, Genesis: true, Orphaned: orphaned}, nil
}

// fetch reads the logs of blocks from..to. If checkCursor, the cursor block
// must still be canonical once the logs are read. A zero Update (ToHash
// zero) means the chain changed while reading: retry at the next poll.
func (f *Follower) fetch(ctx context.Context, from, to uint64, cur nodestore.Cursor, checkCursor bool) (Update, error) {
	top, err := f.headerAt(ctx, to)
	if errors.Is(err, ethereum.NotFound) {
		return Update{}, nil
	}
	if err != nil {
		return Update{}, err
	}
	q := ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: f.cfg.Addresses,
		Topics:    f.cfg.Topics,
	}
	var raw []types.Log
	if err := f.call(ctx, "filter logs", func() error {
		var err error
		raw, err = f.client.FilterLogs(ctx, q)
		return err
	}); err != nil {
		return Update{}, err
	}
	// The chain must not have moved under the read: block `to` and the
	// cursor block are still canonical afterwards.
	top2, err := f.headerAt(ctx, to)
	if errors.Is(err, ethereum.NotFound) {
		return Update{}, nil
	}
	if err != nil {
		return Update{}, err
	}
	if top2.Hash() != top.Hash() {
		f.log.Warn("chain changed while reading logs; retrying", "block", to)
		return Update{}, nil
	}
	if checkCursor && to > cur.Number+1 {
		// (When to = cur+1 the parent hash of `to` proves the link.)
		ch, err := f.headerAt(ctx, cur.Number)
		if errors.Is(err, ethereum.NotFound) {
			return Update{}, nil
		}
		if err != nil {
			return Update{}, err
		}
		if ch.Hash() != cur.Hash {
			return Update{}, nil // reorg: detected by the next stepRange
		}
	} else if checkCursor && top.ParentHash != cur.Hash {
		return Update{}, nil
	}
	logs := make([]types.Log, 0, len(raw))
	for _, l := range raw {
		if l.Removed {
			continue
		}
		if l.BlockNumber < from || l.BlockNumber > to {
			return Update{}, fmt.Errorf("chainfollow: node returned a log of block %d for range %d..%d", l.BlockNumber, from, to)
		}
		if l.BlockNumber == to && l.BlockHash != top.Hash() {
			f.log.Warn("log of a non-canonical block; retrying", "block", to)
			return Update{}, nil
		}
		logs = append(logs, l)
	}
	sort.SliceStable(logs, func(i, j int) bool {
		if logs[i].BlockNumber != logs[j].BlockNumber {
			return logs[i].BlockNumber < logs[j].BlockNumber
		}
		return logs[i].Index < logs[j].Index
	})
	return Update{From: from, To: to, ToHash: top.Hash(), Logs: logs}, nil
}
