package loadgen_test

import (
	"context"
	"maps"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/opml-dev/opml/infra/chainfollow"
	"github.com/opml-dev/opml/testkit/opmlbin"
	"github.com/opml-dev/opml/tooling/demo"
	"github.com/opml-dev/opml/tooling/loadgen"
)

// soakRequests is the soak's size: OPML_SOAK_REQUESTS overrides it.
const soakRequests = 200

// TestSoak runs the load generator on the in-process devnet: requests in
// bursts from several accounts (MNIST mostly, a few of the CNN and
// completions of the language model), a tenth of them answered by a liar beside
// the honest submitter, and asserts that every request finalizes with the
// VM's output, every false claim is rejected by a game the challenger
// wins, no game is lost by an honest party and no node sends a
// transaction twice.
func TestSoak(t *testing.T) {
	if testing.Short() {
		t.Skip("soak: the full lane only (not -short)")
	}
	n := soakRequests
	if v := os.Getenv("OPML_SOAK_REQUESTS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 {
			t.Fatalf("OPML_SOAK_REQUESTS=%q: want a positive count", v)
		}
	}
	// A 60-second challenge window (the demo's is 15): under load the
	// devnet's chain time runs ahead of the wall clock, and a loaded CI
	// machine must still challenge every lie in time (measured on 2 shared
	// cores: 11 to 15 chain seconds at most from a false claim to its
	// challenge).
	p := demo.Params()
	p.ChallengeWindow = 60
	var out strings.Builder
	rep, err := loadgen.Run(context.Background(), loadgen.Config{Devnet: true, Params: &p, Requests: n, Burst: 20, Rate: 0.5, Accounts: 4,
		Mix: loadgen.Mix{"mlp": 18, "cnn": 1, "lm": 1}, Lies: 0.1, Seed: 17, Progress: 10 * time.Second, Timeout: 8 * time.Minute, Out: &out,
		Retention: chainfollow.HistoryLen})
	t.Log("\n" + out.String())
	if rep != nil {
		var tab strings.Builder
		rep.WriteText(&tab)
		t.Log("\n" + tab.String())
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range rep.Problems {
		t.Errorf("problem: %s", p)
	}
	wantLies := n / 10
	switch {
	case rep.Sent != n || rep.SendErrors != 0:
		t.Errorf("%d requests sent, %d errors; want %d, 0", rep.Sent, rep.SendErrors, n)
	case rep.FinalizedTrue != n:
		t.Errorf("%d requests finalized with the VM's output, want %d", rep.FinalizedTrue, n)
	case rep.LieRequests != wantLies:
		t.Errorf("%d requests for the liar, want %d", rep.LieRequests, wantLies)
	case rep.FalseClaims != wantLies || rep.FalseRejected != wantLies:
		t.Errorf("%d false claims, %d rejected; want the liar's %d, all rejected", rep.FalseClaims, rep.FalseRejected, wantLies)
	case rep.GamesChallengerOK < wantLies || rep.GamesLostByHonest != 0 || rep.GamesOpen != 0:
		t.Errorf("games: %d won by the challenger, %d lost by an honest party, %d open; want ≥ %d, 0, 0",
			rep.GamesChallengerOK, rep.GamesLostByHonest, rep.GamesOpen, wantLies)
	case rep.WindowSpare <= 0:
		t.Errorf("a false claim was challenged %v chain seconds after it was posted (window %ds), or not at all",
			rep.ChallengeChainSeconds.Max, rep.WindowSeconds)
	case len(rep.DoubleSends) != 0:
		t.Errorf("double sends: %v", rep.DoubleSends)
	case rep.TxsByMethod["submit"]+rep.TxsByMethod["submitCompletion"] != n+wantLies || rep.TxsByMethod["challenge"] != wantLies:
		t.Errorf("transactions %v: want %d submits (one per request, one per lie) and %d challenges", rep.TxsByMethod, n+wantLies, wantLies)
	case rep.TxsByMethod["askCompletion"] == 0 && n >= 100:
		t.Errorf("transactions %v: no completion request in the mix", rep.TxsByMethod)
	}
	// Retention: after the work, every node's live store records are back
	// to their count before the first request (Config.Retention's settle
	// phase seals blocks until they are).
	for name, n := range rep.LiveDrained {
		if n <= rep.LiveBefore[name] {
			t.Errorf("node %s: %d live store records once the work was done, %d before it: the work left no finished record to prune", name, n, rep.LiveBefore[name])
		}
	}
	if len(rep.LiveBefore) != 3 || !maps.Equal(rep.LiveBefore, rep.LiveAfter) {
		t.Errorf("live store records per node: %v before the first request, %v after the work and %d blocks (retention %d)",
			rep.LiveBefore, rep.LiveAfter, rep.SettleBlocks, rep.RetentionBlocks)
	}
}

// TestNodeProcesses runs a small load with the nodes as processes of the
// opml binary (Config.NodeBinary): each node's memory is sampled from its
// own /metrics, its live store records too, and the run is as clean as in
// process.
func TestNodeProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the opml binary and runs the nodes as processes: the full lane only (not -short)")
	}
	bin, dir, err := opmlbin.Build()
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	p := demo.Params()
	p.ChallengeWindow = 30
	var out strings.Builder
	rep, err := loadgen.Run(context.Background(), loadgen.Config{Devnet: true, NodeBinary: bin, Params: &p, Requests: 30, Burst: 15, Rate: 0.5, Accounts: 3,
		Lies: 0.1, Seed: 5, Progress: 2 * time.Second, Timeout: 5 * time.Minute, Out: &out, Retention: chainfollow.HistoryLen})
	t.Log("\n" + out.String())
	if err != nil {
		t.Fatal(err)
	}
	var tab strings.Builder
	rep.WriteText(&tab)
	t.Log("\n" + tab.String())
	for _, p := range rep.Problems {
		t.Errorf("problem: %s", p)
	}
	if !rep.NodeProcesses || rep.FinalizedTrue != 30 || rep.FalseRejected != 3 {
		t.Errorf("node processes %v, %d finalized true, %d false claims rejected; want true, 30, 3", rep.NodeProcesses, rep.FinalizedTrue, rep.FalseRejected)
	}
	last := rep.Samples[len(rep.Samples)-1]
	for _, name := range []string{"submitter", "challenger", "liar"} {
		ns, ok := last.Nodes[name]
		if !ok || ns.RSSBytes < 1<<20 || ns.HeapBytes == 0 || ns.Live < 0 {
			t.Errorf("node %s at the end: %+v (present %v): want its own RSS, heap and live records", name, ns, ok)
		}
	}
	if len(rep.LiveBefore) != 3 || !maps.Equal(rep.LiveBefore, rep.LiveAfter) {
		t.Errorf("live store records per node: %v before, %v after the settle phase", rep.LiveBefore, rep.LiveAfter)
	}
}
