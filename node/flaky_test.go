package node_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/testkit/rpcproxy"
)

// flakyFaults: about a quarter of all calls fail — refused (503), answered
// with a JSON-RPC error, or forwarded with the answer dropped (the call
// reached the chain: for eth_sendRawTransaction the transaction is in the
// pool but the sender does not know) — and a fifth of the rest are delayed.
var flakyFaults = rpcproxy.Faults{Unavailable: 0.08, RPCError: 0.08, DropResponse: 0.10, Delay: 0.2, MaxDelay: 20 * time.Millisecond}

// flakyOpts gives each node its own proxy (seeded, so a failure replays
// with the same fault sequence as long as call order is the same).
func (w *runWorld) flakyOpts(seed uint64, liar bool) (opts, *rpcproxy.Proxy) {
	c, p := w.flakyClient(seed, flakyFaults)
	return opts{client: c, liar: liar}, p
}

func logStats(t *testing.T, ps ...*rpcproxy.Proxy) {
	for i, p := range ps {
		s := p.Stats()
		t.Logf("proxy %d: %+v", i, s)
		require.Positive(t, s.Dropped, "faults were injected")
	}
}

// TestFlakyHonestFinalizes: honestScenario with both nodes (follower,
// service reads and txmgr) talking to the chain over HTTP through a
// fault-injecting proxy.
func TestFlakyHonestFinalizes(t *testing.T) {
	w := newRunWorld(t)
	so, sp := w.flakyOpts(1, false)
	co, cp := w.flakyOpts(2, false)
	honestScenario(t, w, so, co, 40*time.Second, false)
	logStats(t, sp, cp)
}

// TestFlakyLiarLoses: disputeScenario with all three nodes behind
// fault-injecting proxies: the false claim is disproven, the true output
// finalizes, and nothing is sent twice.
func TestFlakyLiarLoses(t *testing.T) {
	seeds := []uint64{10}
	if !testing.Short() {
		seeds = append(seeds, 20, 30)
	}
	for _, seed := range seeds {
		t.Run("", func(t *testing.T) {
			w := newRunWorld(t)
			lo, lp := w.flakyOpts(seed+1, true)
			co, cp := w.flakyOpts(seed+2, false)
			ho, hp := w.flakyOpts(seed+3, false)
			disputeScenario(t, w, lo, co, ho, 40*time.Second, false, nil)
			logStats(t, lp, cp, hp)
		})
	}
}

// TestFlakyNoDoubleSend is TestFlakyLiarLoses with the strict checks:
// exactly one challenge, each move once, no reverted transaction. (It
// caught txmgr re-signing a call whose broadcast answer was lost after the
// transaction was mined; txmgr now checks for its own transaction first.)
func TestFlakyNoDoubleSend(t *testing.T) {
	w := newRunWorld(t)
	lo, _ := w.flakyOpts(21, true)
	co, _ := w.flakyOpts(22, false)
	ho, _ := w.flakyOpts(23, false)
	disputeScenario(t, w, lo, co, ho, 40*time.Second, true, nil)
}
