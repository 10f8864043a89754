package node

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/opml-dev/opml/contracts/arbiter"
)

// BatchCaller sends JSON-RPC batches; *rpc.Client implements it.
type BatchCaller interface {
	BatchCallContext(ctx context.Context, b []rpc.BatchElem) error
}

// rpcClienter is what *ethclient.Client offers to reach its *rpc.Client.
type rpcClienter interface {
	Client() *rpc.Client
}

// BatchMax is the most eth_calls Prefetch puts in one JSON-RPC batch
// (public endpoints refuse large batches; geth's default limit is 1,000).
const BatchMax = 256

// Reads is the arbiter.Caller the services read the contracts through:
// it forwards every eth_call to the client, except the ones a tick sent
// ahead in one JSON-RPC batch (Prefetch): each of those answers as many
// reads of the same call (target and calldata, at the latest block) as it
// was prefetched for, until the tick clears them. A read thus costs no round trip of its own,
// and is at most as old as the tick's start (the state Tick decides on;
// the transactions it sends are checked by the chain anyway). Safe for
// concurrent use.
type Reads struct {
	c     arbiter.Caller
	batch BatchCaller // nil: the client cannot batch, Prefetch does nothing

	mu    sync.Mutex
	ready map[string]*answer // prefetched results by callKey
}

// answer is a prefetched result and how many reads it still answers.
type answer struct {
	out  []byte
	uses int
}

// NewReads returns Reads over c. c batches if it is a BatchCaller or, like
// *ethclient.Client, offers its *rpc.Client (Client()); otherwise every
// read is a single call.
func NewReads(c arbiter.Caller) *Reads {
	r := &Reads{c: c}
	switch b := c.(type) {
	case BatchCaller:
		r.batch = b
	case rpcClienter:
		if rc := b.Client(); rc != nil {
			r.batch = rc
		}
	}
	return r
}

// Batches reports whether Prefetch can batch (the client offers batches).
func (r *Reads) Batches() bool { return r.batch != nil }

// callKey identifies a plain eth_call (no sender, value or gas, at the
// latest block: what the arbiter readers send); ok is false for others.
func callKey(msg ethereum.CallMsg, block *big.Int) (string, bool) {
	if block != nil || msg.To == nil || msg.From != (common.Address{}) || msg.Gas != 0 ||
		(msg.Value != nil && msg.Value.Sign() != 0) || msg.GasPrice != nil || msg.GasFeeCap != nil ||
		msg.GasTipCap != nil || len(msg.AccessList) > 0 || len(msg.BlobHashes) > 0 || msg.BlobGasFeeCap != nil ||
		len(msg.AuthorizationList) > 0 {
		return "", false
	}
	return msg.To.Hex() + "/" + string(msg.Data), true
}

// CallContract implements arbiter.Caller: a prefetched answer if one is
// left, else the client's.
func (r *Reads) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if k, ok := callKey(msg, block); ok {
		r.mu.Lock()
		a := r.ready[k]
		var out []byte
		if a != nil {
			out = append([]byte(nil), a.out...)
			if a.uses--; a.uses <= 0 {
				delete(r.ready, k)
			}
		}
		r.mu.Unlock()
		if a != nil {
			return out, nil
		}
	}
	return r.c.CallContract(ctx, msg, block)
}

// Prefetch sends calls as JSON-RPC batches of at most BatchMax eth_calls
// (a call listed k times is sent once and answers k reads) and keeps each
// successful answer for the reads it stands for; clear drops what no read used (call it when the tick ends).
// A call the batch answers with an error (a revert) is not kept: its read
// makes the call itself, and reports the error as a single call does. If a
// batch fails, or the client cannot batch, its reads are single calls as
// before; err says why (nil if the client cannot batch). n is the number
// of answers kept.
func (r *Reads) Prefetch(ctx context.Context, calls []ethereum.CallMsg) (n int, clear func(), err error) {
	clear = func() {}
	if r.batch == nil || len(calls) == 0 {
		return 0, clear, nil
	}
	uses := map[string]int{}
	var keys []string
	var elems []rpc.BatchElem
	var outs []*hexutil.Bytes
	for _, msg := range calls {
		k, ok := callKey(msg, nil)
		if !ok {
			continue
		}
		if uses[k]++; uses[k] > 1 {
			continue
		}
		out := new(hexutil.Bytes)
		keys, outs = append(keys, k), append(outs, out)
		elems = append(elems, rpc.BatchElem{Method: "eth_call", Result: out,
			Args: []any{map[string]any{"to": msg.To, "data": hexutil.Bytes(msg.Data)}, "latest"}})
	}
	got := map[string][]byte{}
	var errs []error
	for lo := 0; lo < len(elems); lo += BatchMax {
		hi := min(lo+BatchMax, len(elems))
		if err := r.batch.BatchCallContext(ctx, elems[lo:hi]); err != nil {
			errs = append(errs, err)
			continue
		}
		for i := lo; i < hi; i++ {
			if elems[i].Error == nil {
				got[keys[i]] = []byte(*outs[i])
			}
		}
	}
	if len(got) > 0 {
		r.mu.Lock()
		if r.ready == nil {
			r.ready = map[string]*answer{}
		}
		for k, v := range got {
			r.ready[k] = &answer{out: v, uses: uses[k]}
		}
		r.mu.Unlock()
		clear = func() {
			r.mu.Lock()
			for k := range got {
				delete(r.ready, k)
			}
			r.mu.Unlock()
		}
	}
	if len(errs) > 0 {
		err = fmt.Errorf("node: batched reads: %w (those reads are made one by one)", errs[0])
	}
	return len(got), clear, err
}

// Prefetch sends calls ahead as batches through the base's Reads (see
// Reads.Prefetch), logging a failed batch; the returned func drops what
// no read used (defer it to the tick's end).
func (b *Base) Prefetch(ctx context.Context, calls []ethereum.CallMsg) func() {
	if b.Reads == nil {
		return func() {}
	}
	_, clear, err := b.Reads.Prefetch(ctx, calls)
	if err != nil {
		b.Log.Warn("batched reads failed; reading one by one", "calls", len(calls), "err", err)
	}
	return clear
}
