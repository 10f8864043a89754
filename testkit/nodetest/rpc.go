package nodetest

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"reflect"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"
)

// RPCURL serves the chain's JSON-RPC API over HTTP (on first use) and
// returns the endpoint. The simulated backend exposes only an in-process
// client, so this is a relay: each request (single or batch) is re-issued
// on that client and its result or error (code, message and data, so
// revert data survives) is written back. Closed when the test ends.
func (e *Env) RPCURL() string {
	e.rpcOnce.Do(func() {
		// simulated.Client is a struct embedding *ethclient.Client, whose
		// field name shadows the Client() method: reach it by reflection.
		v := reflect.ValueOf(e.Chain.Client)
		require.Equal(e.T, reflect.Struct, v.Kind())
		f := v.FieldByName("Client")
		require.True(e.T, f.IsValid() && f.CanInterface(), "the simulated client embeds *ethclient.Client")
		ec, ok := f.Interface().(*ethclient.Client)
		require.True(e.T, ok, "the simulated client embeds *ethclient.Client")
		srv := httptest.NewServer(relay{ec.Client()})
		e.T.Cleanup(srv.Close)
		e.rpcURL = srv.URL
	})
	return e.rpcURL
}

type relay struct{ c *rpc.Client }

type relayReq struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

type relayErr struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

type relayResp struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *relayErr       `json:"error,omitempty"`
}

func (r relay) call(ctx context.Context, q relayReq) relayResp {
	out := relayResp{JSONRPC: "2.0", ID: q.ID}
	if len(out.ID) == 0 {
		out.ID = json.RawMessage("null")
	}
	args := make([]any, len(q.Params))
	for i, p := range q.Params {
		args[i] = p
	}
	var res json.RawMessage
	err := r.c.CallContext(ctx, &res, q.Method, args...)
	if err != nil {
		re := &relayErr{Code: -32000, Message: err.Error()}
		var ce rpc.Error
		if errors.As(err, &ce) {
			re.Code = ce.ErrorCode()
		}
		var de rpc.DataError
		if errors.As(err, &de) {
			re.Data = de.ErrorData()
		}
		out.Error = re
		return out
	}
	if len(res) == 0 {
		res = json.RawMessage("null")
	}
	out.Result = res
	return out
}

func (r relay) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	body, err := io.ReadAll(req.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(req.Context(), time.Minute)
	defer cancel()
	w.Header().Set("Content-Type", "application/json")
	if b := trimSpace(body); len(b) > 0 && b[0] == '[' {
		var qs []relayReq
		if err := json.Unmarshal(b, &qs); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		outs := make([]relayResp, len(qs))
		for i, q := range qs {
			outs[i] = r.call(ctx, q)
		}
		_ = json.NewEncoder(w).Encode(outs)
		return
	}
	var q relayReq
	if err := json.Unmarshal(body, &q); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	_ = json.NewEncoder(w).Encode(r.call(ctx, q))
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\n' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	return b
}

// Head returns the current head's number and hash.
func (e *Env) Head() (uint64, common.Hash) {
	h, err := e.Chain.Client.HeaderByNumber(context.Background(), nil)
	require.NoError(e.T, err)
	return h.Number.Uint64(), h.Hash()
}

// Reorg replaces the newest depth blocks with depth+extra new blocks
// (extra ≥ 1 so the fork is longer and canonical). With dropTxs the
// transactions of the orphaned blocks are removed from the pool, so they
// are gone unless someone re-broadcasts them; otherwise the pool re-injects
// them and they land again in the new blocks. It returns the number of the
// common ancestor. The miner is held off meanwhile.
func (e *Env) Reorg(depth uint64, extra int, dropTxs bool) uint64 {
	return e.reorg(func(head uint64) uint64 {
		require.Greater(e.T, head, depth)
		return head - depth
	}, extra, dropTxs)
}

// ReorgTo is Reorg back to block ancestor: every block above it is
// replaced, with (head - ancestor) + extra new blocks.
func (e *Env) ReorgTo(ancestor uint64, extra int, dropTxs bool) uint64 {
	return e.reorg(func(head uint64) uint64 {
		require.Greater(e.T, head, ancestor)
		return ancestor
	}, extra, dropTxs)
}

func (e *Env) reorg(ancestorOf func(head uint64) uint64, extra int, dropTxs bool) uint64 {
	e.mu.Lock()
	defer e.mu.Unlock()
	ctx := context.Background()
	var anc *types.Header
	var depth uint64
	for i := 0; ; i++ {
		// Fork needs an empty pool: a node may just have sent something
		// (the miner is held off), so mine it first and retry.
		head, _ := e.Head()
		a := ancestorOf(head)
		depth = head - a
		var err error
		anc, err = e.Chain.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(a))
		require.NoError(e.T, err)
		if err = e.Chain.Backend.Fork(anc.Hash()); err == nil {
			break
		}
		require.Less(e.T, i, 100, "Reorg: %v", err)
		e.Chain.Backend.Commit()
		time.Sleep(2 * time.Millisecond)
	}
	if dropTxs {
		// The pool re-injects orphaned transactions on its (asynchronous)
		// reset after the head moved back; let it finish, then clear it.
		time.Sleep(50 * time.Millisecond)
		e.Chain.Backend.Rollback()
	}
	for range int(depth) + extra {
		e.Chain.Backend.Commit()
	}
	return anc.Number.Uint64()
}
