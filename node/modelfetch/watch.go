package modelfetch

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/opml-dev/opml/contracts/arbiter"
)

// Chain is what Watch reads of the chain: its head and the registrations
// in a block range. RegistryChain implements it.
type Chain interface {
	Head(ctx context.Context) (uint64, error)
	Registered(ctx context.Context, from, to uint64) ([]Registration, error)
}

// ChainClient is what RegistryChain needs of a JSON-RPC client.
type ChainClient interface {
	arbiter.LogFilterer
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// RegistryChain reads the ModelRegistered events of a ModelRegistry.
type RegistryChain struct {
	Registry arbiter.Registry
	Client   ChainClient
}

// Head is the number of the head block.
func (c RegistryChain) Head(ctx context.Context) (uint64, error) {
	h, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	return h.Number.Uint64(), nil
}

// Registered returns the registrations of blocks [from, to]. A
// registration whose header does not decode (the registry checks headers,
// so none should) is skipped.
func (c RegistryChain) Registered(ctx context.Context, from, to uint64) ([]Registration, error) {
	evs, err := c.Registry.Registered(ctx, c.Client, from, to)
	if err != nil {
		return nil, err
	}
	out := make([]Registration, 0, len(evs))
	for _, e := range evs {
		r, err := NewRegistration(e.ModelId, [3]common.Hash{e.H0, e.H1, e.H2}, e.Uri)
		if err != nil {
			continue
		}
		out = append(out, r)
	}
	return out, nil
}

// watchSpan is the most blocks Watch asks logs of in one call.
const watchSpan = 10_000

// Watch adds every registration of chain from block from on to the pool,
// polling the head every interval, until ctx is done. A failed read is
// logged and retried at the next poll. Registration is final and a model
// ID names its content, so Watch reads the head block without waiting for
// confirmations: a registration a reorg removes leaves a verified model
// that no request can name until it is registered again.
func (p *Pool) Watch(ctx context.Context, chain Chain, from uint64, interval time.Duration) error {
	next := from
	for {
		if head, err := chain.Head(ctx); err != nil {
			p.f.cfg.Logger.Warn("reading the head failed", "err", err)
		} else {
			for next <= head && ctx.Err() == nil {
				to := min(head, next+watchSpan-1)
				regs, err := chain.Registered(ctx, next, to)
				if err != nil {
					p.f.cfg.Logger.Warn("reading model registrations failed", "from", next, "to", to, "err", err)
					break
				}
				for _, r := range regs {
					p.Add(r)
				}
				next = to + 1
			}
		}
		t := time.NewTimer(interval)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}
