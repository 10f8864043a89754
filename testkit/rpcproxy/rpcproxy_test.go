package rpcproxy_test

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/testkit/rpcproxy"
)

func upstream(t *testing.T) (*httptest.Server, *atomic.Int64) {
	var calls atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		b, _ := io.ReadAll(r.Body)
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(append([]byte(`{"echo":`), append(b, '}')...))
	}))
	t.Cleanup(srv.Close)
	return srv, &calls
}

func post(url, body string) (int, string, error) {
	resp, err := http.Post(url, "application/json", bytes.NewBufferString(body))
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), err
}

func TestForwardsWhenHealthy(t *testing.T) {
	up, calls := upstream(t)
	p, err := rpcproxy.Start(up.URL, rpcproxy.Faults{}, 1)
	require.NoError(t, err)
	defer p.Close()
	code, body, err := post(p.URL(), `{"jsonrpc":"2.0","id":7,"method":"eth_chainId"}`)
	require.NoError(t, err)
	require.Equal(t, 200, code)
	require.Equal(t, `{"echo":{"jsonrpc":"2.0","id":7,"method":"eth_chainId"}}`, body)
	require.Equal(t, int64(1), calls.Load())
	require.Equal(t, rpcproxy.Stats{Requests: 1, Forwarded: 1}, p.Stats())
}

// TestCountsCalls: single calls and the calls inside a batch are counted
// by method, batches as one each; ResetCalls starts again.
func TestCountsCalls(t *testing.T) {
	up, _ := upstream(t)
	p, err := rpcproxy.Start(up.URL, rpcproxy.Faults{}, 1)
	require.NoError(t, err)
	defer p.Close()
	_, _, err = post(p.URL(), `{"jsonrpc":"2.0","id":1,"method":"eth_call"}`)
	require.NoError(t, err)
	_, _, err = post(p.URL(), ` [{"jsonrpc":"2.0","id":2,"method":"eth_call"},{"jsonrpc":"2.0","id":3,"method":"eth_call"},{"jsonrpc":"2.0","id":4,"method":"eth_blockNumber"}]`)
	require.NoError(t, err)
	require.Equal(t, rpcproxy.Calls{Single: map[string]int{"eth_call": 1},
		Batched: map[string]int{"eth_call": 2, "eth_blockNumber": 1}, Batches: 1}, p.Calls())
	p.ResetCalls()
	require.Equal(t, rpcproxy.Calls{Single: map[string]int{}, Batched: map[string]int{}}, p.Calls())
}

func TestEachFault(t *testing.T) {
	up, calls := upstream(t)
	for _, tc := range []struct {
		name     string
		faults   rpcproxy.Faults
		check    func(t *testing.T, code int, body string, err error)
		upstream int64
	}{
		{"unavailable", rpcproxy.Faults{Unavailable: 1}, func(t *testing.T, code int, _ string, err error) {
			require.NoError(t, err)
			require.Equal(t, http.StatusServiceUnavailable, code)
		}, 0},
		{"rpc error", rpcproxy.Faults{RPCError: 1}, func(t *testing.T, code int, body string, err error) {
			require.NoError(t, err)
			require.Equal(t, 200, code)
			require.JSONEq(t, `{"jsonrpc":"2.0","id":"a","error":{"code":-32000,"message":"rpcproxy: injected error"}}`, body)
		}, 0},
		{"dropped response", rpcproxy.Faults{DropResponse: 1}, func(t *testing.T, _ int, _ string, err error) {
			require.Error(t, err) // the connection closes without an answer
		}, 1}, // ...but the upstream got the call
		{"delay", rpcproxy.Faults{Delay: 1, MaxDelay: 50 * time.Millisecond}, func(t *testing.T, code int, _ string, err error) {
			require.NoError(t, err)
			require.Equal(t, 200, code)
		}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := calls.Load()
			p, err := rpcproxy.Start(up.URL, tc.faults, 2)
			require.NoError(t, err)
			defer p.Close()
			code, body, err := post(p.URL(), `{"jsonrpc":"2.0","id":"a","method":"eth_blockNumber"}`)
			tc.check(t, code, body, err)
			require.Equal(t, tc.upstream, calls.Load()-before, "calls that reached the upstream")
		})
	}
}

// A seed fixes the fault sequence; SetFaults heals the endpoint.
func TestSeededAndHealable(t *testing.T) {
	up, _ := upstream(t)
	run := func(seed uint64) []int {
		p, err := rpcproxy.Start(up.URL, rpcproxy.Faults{Unavailable: 0.3, RPCError: 0.3}, seed)
		require.NoError(t, err)
		defer p.Close()
		var codes []int
		for range 40 {
			code, body, err := post(p.URL(), `{"jsonrpc":"2.0","id":1,"method":"x"}`)
			require.NoError(t, err)
			if code == 200 && bytes.Contains([]byte(body), []byte("injected")) {
				code = -1
			}
			codes = append(codes, code)
		}
		s := p.Stats()
		require.Equal(t, 40, s.Requests)
		require.Greater(t, s.Unavailable, 0)
		require.Greater(t, s.RPCErrors, 0)
		require.Greater(t, s.Forwarded, 0)
		p.SetFaults(rpcproxy.Faults{})
		code, _, err := post(p.URL(), `{"jsonrpc":"2.0","id":1,"method":"x"}`)
		require.NoError(t, err)
		require.Equal(t, 200, code)
		return codes
	}
	require.Equal(t, run(42), run(42))
	require.NotEqual(t, run(42), run(43))
}
