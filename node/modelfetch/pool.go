package modelfetch

import (
	"context"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/sync/errgroup"

	"github.com/opml-dev/opml/pipeline/modelcard"
	"github.com/opml-dev/opml/vm/model"
)

// Default backoff of a Pool.
const (
	DefaultMinBackoff = 5 * time.Second
	DefaultMaxBackoff = 10 * time.Minute
)

// Pool fetches the registrations added to it in the background and keeps
// the verified models. A registration whose fetch fails is logged, counted
// (Metrics.ModelFetch(ResultFailed)) and retried after a backoff that
// doubles from MinBackoff up to MaxBackoff.
type Pool struct {
	f          *Fetcher
	MinBackoff time.Duration
	MaxBackoff time.Duration

	mu      sync.Mutex
	models  map[common.Hash]*model.Model
	cards   map[common.Hash]*modelcard.Card
	pending map[common.Hash]*pendingReg
	wake    chan struct{}
}

type pendingReg struct {
	reg     Registration
	next    time.Time
	backoff time.Duration
}

// NewPool returns a Pool fetching with f.
func NewPool(f *Fetcher) *Pool {
	return &Pool{f: f, MinBackoff: DefaultMinBackoff, MaxBackoff: DefaultMaxBackoff,
		models: map[common.Hash]*model.Model{}, cards: map[common.Hash]*modelcard.Card{},
		pending: map[common.Hash]*pendingReg{}, wake: make(chan struct{}, 1)}
}

// Add records a registration; Run fetches it. Adding a known model does
// nothing.
func (p *Pool) Add(reg Registration) {
	p.mu.Lock()
	_, have := p.models[reg.ID]
	_, waiting := p.pending[reg.ID]
	if !have && !waiting {
		p.pending[reg.ID] = &pendingReg{reg: reg}
		p.reportPending()
	}
	p.mu.Unlock()
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// Model returns the verified model id, if fetched.
func (p *Pool) Model(id common.Hash) (*model.Model, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	m, ok := p.models[id]
	return m, ok
}

// Card returns the verified model card of model id, if fetched.
func (p *Pool) Card(id common.Hash) (*modelcard.Card, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	c, ok := p.cards[id]
	return c, ok
}

// Pending is the number of registrations not yet fetched.
func (p *Pool) Pending() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.pending)
}

// FetchParallel is how many registrations FetchDue fetches at once: a
// slow or unreachable URI does not hold up the others.
const FetchParallel = 4

// FetchDue fetches every pending registration whose retry time has come,
// FetchParallel at a time, and returns when the next one is due (the zero
// time if none is pending).
func (p *Pool) FetchDue(ctx context.Context) time.Time {
	now := time.Now()
	p.mu.Lock()
	var due []*pendingReg
	for _, r := range p.pending {
		if !r.next.After(now) {
			due = append(due, r)
		}
	}
	p.mu.Unlock()
	var g errgroup.Group
	g.SetLimit(FetchParallel)
	for _, r := range due {
		g.Go(func() error {
			p.fetch(ctx, r)
			return nil
		})
	}
	_ = g.Wait()
	p.mu.Lock()
	defer p.mu.Unlock()
	p.reportPending()
	var next time.Time
	for _, r := range p.pending {
		if next.IsZero() || r.next.Before(next) {
			next = r.next
		}
	}
	return next
}

// fetch fetches one due registration: on success the model is served, on
// failure it is retried after the next backoff.
func (p *Pool) fetch(ctx context.Context, r *pendingReg) {
	m, c, err := p.f.Get(ctx, r.reg)
	p.mu.Lock()
	defer p.mu.Unlock()
	if err == nil {
		p.models[r.reg.ID], p.cards[r.reg.ID] = m, c
		delete(p.pending, r.reg.ID)
		p.f.cfg.Logger.Info("model ready", "model", r.reg.ID, "uri", r.reg.URI)
		return
	}
	if r.backoff == 0 {
		r.backoff = p.MinBackoff
	} else if r.backoff *= 2; r.backoff > p.MaxBackoff {
		r.backoff = p.MaxBackoff
	}
	r.next = time.Now().Add(r.backoff)
	p.f.cfg.Logger.Warn("model fetch failed; will retry", "model", r.reg.ID, "uri", r.reg.URI, "retry_in", r.backoff, "err", err)
}

// reportPending tells the metrics how many registrations wait for a
// successful fetch. The caller holds p.mu.
func (p *Pool) reportPending() {
	if m := p.f.cfg.Metrics; m != nil {
		m.ModelsPending(len(p.pending))
	}
}

// Run fetches registrations as they are added and retries failed ones
// until ctx is done.
func (p *Pool) Run(ctx context.Context) error {
	for {
		next := p.FetchDue(ctx)
		var timer <-chan time.Time
		var t *time.Timer
		if !next.IsZero() {
			t = time.NewTimer(time.Until(next))
			timer = t.C
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-p.wake:
		case <-timer:
		}
		if t != nil {
			t.Stop()
		}
	}
}
