package explorer_test

import (
	"context"
	"encoding/json"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/explorer"
	"github.com/opml-dev/opml/testkit/nodetest"
)

// TestRun runs the explorer as `opml explorer` does, over JSON-RPC: it
// finds the game and registry from the oracle, follows the chain and
// serves; it stops when its context ends.
func TestRun(t *testing.T) {
	w := newWorld(t)
	w.fe.Request(w.fe.Chain.Accounts[1], big.NewInt(fee), 0)
	dir := t.TempDir()
	run := func() (url string, stop func()) {
		ctx, cancel := context.WithCancel(context.Background())
		ready := make(chan string, 1)
		done := make(chan error, 1)
		go func() {
			done <- explorer.Run(ctx, explorer.Config{RPC: w.fe.RPCURL(), Oracle: w.fe.Addrs.Oracle, DataDir: dir,
				HTTPAddr: "127.0.0.1:0", PollInterval: 10 * time.Millisecond, Ready: func(u string) { ready <- u }},
				nodetest.Logger(t, "explorer"))
		}()
		select {
		case url = <-ready:
		case err := <-done:
			t.Fatalf("Run returned before serving: %v", err)
		case <-time.After(20 * time.Second):
			t.Fatal("Run never served")
		}
		return url, func() {
			cancel()
			require.NoError(t, <-done, "Run returns nil when its context ends")
		}
	}
	requests := func(url string) []explorer.RequestView {
		resp, err := http.Get(url + "api/requests")
		require.NoError(t, err)
		defer resp.Body.Close()
		require.Equal(t, http.StatusOK, resp.StatusCode)
		var out []explorer.RequestView
		require.NoError(t, json.NewDecoder(resp.Body).Decode(&out))
		return out
	}
	url, stop := run()
	require.Eventually(t, func() bool { return len(requests(url)) == 1 }, 20*time.Second, 10*time.Millisecond)
	r := requests(url)[0]
	require.Equal(t, "1", r.ID)
	require.Equal(t, "open", r.Status)
	require.Equal(t, w.fe.Model.ID().Hex(), r.Model.ID)
	stop()

	// A restart on the same data directory shows what it had followed.
	url, stop = run()
	defer stop()
	require.Len(t, requests(url), 1)
	resp, err := http.Get(url + "requests/1")
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.Equal(t, "text/html; charset=utf-8", resp.Header.Get("Content-Type"))
}
