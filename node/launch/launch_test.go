package launch

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jonboulle/clockwork"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/node"
	"github.com/opml-dev/opml/submitter"
)

// TestConfigErrors: every incomplete or contradictory Config is refused
// before anything is opened or dialled.
func TestConfigErrors(t *testing.T) {
	fx, err := fixtures.Load("mlp")
	require.NoError(t, err)
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	good := Config{Role: Submitter, RPC: "http://127.0.0.1:1", Oracle: common.HexToAddress("0x1"), Models: node.NewModels(fx.Model),
		DataDir: t.TempDir(), Key: key}
	for _, tc := range []struct {
		edit func(*Config)
		err  string
	}{
		{func(c *Config) { c.Role = "watcher" }, `role "watcher"`},
		{func(c *Config) { c.RPC = "" }, "no RPC endpoint"},
		{func(c *Config) { c.Oracle = common.Address{} }, "no oracle"},
		{func(c *Config) { c.Models = nil }, "no models"},
		{func(c *Config) { c.DataDir = "" }, "no data directory"},
		{func(c *Config) { c.Key = nil }, "no key"},
		{func(c *Config) { c.WatchOnly = true }, "watch-only is a challenger option"},
		{func(c *Config) { c.Role, c.DishonestOutput = Challenger, true }, "dishonest output is a submitter option"},
		{func(c *Config) { c.DishonestToken = -1 }, "set dishonest output too"},
		{func(c *Config) { c.Role, c.Fees = Challenger, submitter.FeePolicy{AutoGasPrice: true} }, "fee policy is a submitter option"},
		{func(c *Config) { c.MetricsAddr = "0.0.0.0:0" }, "loopback"},
	} {
		c := good
		tc.edit(&c)
		err := Run(context.Background(), c, nil)
		require.ErrorContains(t, err, tc.err)
	}
	// A valid Config whose context has ended: Run returns nil at once.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	require.NoError(t, Run(ctx, good, nil))
}

// TestStartUpWaitsForChain: a node whose endpoint fails every call keeps
// retrying its start-up reads, each retry after a back-off on its clock
// (one request per wait, none while the clock stands still), and returns
// nil once its context ends; a node whose endpoint never answers stops as
// soon as its context ends, from inside the request.
func TestStartUpWaitsForChain(t *testing.T) {
	fx, err := fixtures.Load("mlp")
	require.NoError(t, err)
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	cfg := Config{Role: Challenger, Oracle: common.HexToAddress("0x1"), Models: node.NewModels(fx.Model), Key: key}

	t.Run("failing endpoint", func(t *testing.T) {
		var requests atomic.Int64
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			requests.Add(1)
			http.Error(w, "chain not up yet", http.StatusServiceUnavailable)
		}))
		defer srv.Close()
		clk := clockwork.NewFakeClock()
		c := cfg
		c.RPC, c.DataDir, c.Clock = srv.URL, t.TempDir(), clk
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- Run(ctx, c, nil) }()
		// Past txmgr's own retries (1 + 5) into Run's back-off and back.
		for k := int64(1); k <= 10; k++ {
			wctx, wcancel := context.WithTimeout(context.Background(), 20*time.Second)
			require.NoError(t, clk.BlockUntilContext(wctx, 1), "not waiting on the clock")
			wcancel()
			require.Equal(t, k, requests.Load(), "requests before wait %d", k)
			clk.Advance(time.Minute) // longer than any back-off
		}
		cancel()
		require.NoError(t, <-done)
	})

	t.Run("endpoint not answering", func(t *testing.T) {
		got := make(chan struct{}, 1)
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			// Read the request: only then does the server notice the
			// client hanging up (and cancel r.Context()).
			_, _ = io.Copy(io.Discard, r.Body)
			select {
			case got <- struct{}{}:
			default:
			}
			<-r.Context().Done() // never answers; returns when the client hangs up
		}))
		defer srv.Close()
		c := cfg
		c.RPC, c.DataDir, c.Clock = srv.URL, t.TempDir(), clockwork.NewFakeClock()
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- Run(ctx, c, nil) }()
		<-got
		cancel()
		require.NoError(t, <-done)
	})
}
