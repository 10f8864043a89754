package launch

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/node"
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
		{func(c *Config) { c.MetricsAddr = "0.0.0.0:0" }, "loopback"},
	} {
		c := good
		tc.edit(&c)
		err := Run(context.Background(), c, nil)
		require.ErrorContains(t, err, tc.err)
	}
	// A valid Config whose endpoint never answers: Run keeps retrying the
	// start-up reads and returns nil once its context ends.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	require.NoError(t, Run(ctx, good, nil))
	ctx, cancel = context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	require.NoError(t, Run(ctx, good, nil), "a node whose chain is down waits for it instead of failing")
}
