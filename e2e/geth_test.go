package e2e

import (
	"bytes"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/tooling/demo"
	"github.com/opml-dev/opml/tooling/deployment"
	"github.com/opml-dev/opml/tooling/devnet"
)

// gethBinary finds geth at $OPML_GETH or bin/tools/geth, skipping the test
// if there is none (failing it if OPML_E2E_REQUIRE_GETH=1).
func gethBinary(t *testing.T) string {
	t.Helper()
	p := os.Getenv("OPML_GETH")
	if p == "" {
		p = filepath.Join(moduleDir, "bin", "tools", "geth")
	}
	if st, err := os.Stat(p); err != nil || st.IsDir() {
		msg := fmt.Sprintf("no geth binary at %s (set OPML_GETH, or install geth v1.17.8 to bin/tools: "+
			"GOBIN=$PWD/bin/tools go install github.com/ethereum/go-ethereum/cmd/geth@v1.17.8)", p)
		if os.Getenv("OPML_E2E_REQUIRE_GETH") == "1" {
			t.Fatal(msg + "; OPML_E2E_REQUIRE_GETH=1")
		}
		t.Skip(msg)
	}
	if out, err := exec.Command(p, "version").Output(); err == nil {
		for _, l := range strings.Split(string(out), "\n") {
			if strings.HasPrefix(l, "Version:") {
				t.Logf("geth %s (%s)", strings.TrimSpace(strings.TrimPrefix(l, "Version:")), p)
			}
		}
	}
	return p
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// startGeth starts `geth --dev` (a block a second) on free loopback ports
// and returns its HTTP endpoint once it answers.
func startGeth(t *testing.T, bin, logDir string) (string, *rpc.Client) {
	t.Helper()
	return startClient(t, "geth", bin, logDir, func(httpPort int) []string {
		wsPort, authPort := freePort(t), freePort(t)
		return []string{"--dev", "--dev.period", "1",
			"--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(httpPort), "--http.api", "eth,net,web3,txpool",
			"--ws", "--ws.addr", "127.0.0.1", "--ws.port", strconv.Itoa(wsPort), "--ws.api", "eth,net,web3",
			"--authrpc.addr", "127.0.0.1", "--authrpc.port", strconv.Itoa(authPort),
			"--datadir", t.TempDir(), "--nodiscover", "--maxpeers", "0", "--port", "0", "--ipcdisable", "--verbosity", "2"}
	})
}

// startClient starts the EVM client bin (named name in logs) with the
// arguments args returns for a free HTTP port and returns its HTTP endpoint
// once eth_chainId answers, retrying on other ports (3 attempts) if it does
// not come up.
func startClient(t *testing.T, name, bin, logDir string, args func(httpPort int) []string) (string, *rpc.Client) {
	t.Helper()
	for attempt := 1; ; attempt++ {
		httpPort := freePort(t)
		p := StartProc(t, logDir, t.TempDir(), name, nil, bin, args(httpPort)...)
		url := fmt.Sprintf("http://127.0.0.1:%d", httpPort)
		ctx, cancel := waitCtx(t, time.Minute)
		for {
			c, err := rpc.DialContext(ctx, url)
			if err == nil {
				var id hexutil.Big
				if err = c.CallContext(ctx, &id, "eth_chainId"); err == nil {
					cancel()
					t.Cleanup(c.Close)
					return url, c
				}
				c.Close()
			}
			if p.Exited() || ctx.Err() != nil {
				break
			}
			time.Sleep(200 * time.Millisecond)
		}
		cancel()
		p.Kill(t)
		if attempt == 3 {
			logTail(t, name, p.Log)
			t.Fatalf("%s did not start (3 attempts)", name)
		}
		t.Logf("%s did not come up on port %d; retrying on other ports", name, httpPort)
	}
}

// StartGeth starts geth --dev and deploys onto it with deployOn.
func StartGeth(t *testing.T, arity int, models ...string) *Chain {
	t.Helper()
	bin := gethBinary(t)
	logDir := t.TempDir()
	url, rc := startGeth(t, bin, logDir)
	return deployOn(t, "geth", url, rc, logDir, arity, models...)
}

// deployOn funds devnet.AccountKey(0..5) (roles as in the devnet) from the
// client's first unlocked account (geth's dev account, anvil's first test
// account), deploys the contracts with an ExampleConsumer through `opml
// deploy` (dissection arity arity, 10-minute clocks, a 15-second window,
// 1-ether bonds) and registers the fixture models named
// (fixtures/models/NAME.opml) with `opml register`.
func deployOn(t *testing.T, client, url string, rc *rpc.Client, logDir string, arity int, models ...string) *Chain {
	t.Helper()
	dir := t.TempDir()
	ctx, cancel := waitCtx(t, 2*time.Minute)
	defer cancel()
	var dev []common.Address
	if err := rc.CallContext(ctx, &dev, "eth_accounts"); err != nil || len(dev) == 0 {
		t.Fatalf("%s eth_accounts: %v %v", client, dev, err)
	}
	acct := map[string]Account{}
	fund := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	for i, role := range demo.Roles {
		k, err := devnet.AccountKey(i)
		if err != nil {
			t.Fatal(err)
		}
		a := Account{Role: role, Address: crypto.PubkeyToAddress(k.PublicKey), Key: fmt.Sprintf("%x", crypto.FromECDSA(k))}
		acct[role] = a
		var h common.Hash
		tx := map[string]any{"from": dev[0], "to": a.Address, "value": (*hexutil.Big)(fund)}
		if err := rc.CallContext(ctx, &h, "eth_sendTransaction", tx); err != nil {
			t.Fatalf("fund %s: %v", role, err)
		}
	}
	for _, a := range acct {
		for {
			var bal hexutil.Big
			if err := rc.CallContext(ctx, &bal, "eth_getBalance", a.Address, "latest"); err == nil && (*big.Int)(&bal).Cmp(fund) >= 0 {
				break
			}
			select {
			case <-ctx.Done():
				t.Fatalf("%s not funded: %v", a.Role, ctx.Err())
			case <-time.After(200 * time.Millisecond):
			}
		}
	}

	deployer := []string{"OPML_KEY=" + acct["deployer"].Key}
	out := runCmd(t, dir, deployer, "deploy", "--rpc", url, "--example-consumer", "--arity", strconv.Itoa(arity), "--clock-budget", "10m",
		"--challenge-window", "15s", "--submit-bond", "1ether", "--challenge-bond", "1ether", "--out", "deployment.json")
	t.Logf("opml deploy:\n%s", out)
	modDir := filepath.Join(dir, "models")
	if err := os.MkdirAll(modDir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range models {
		for _, f := range []string{name + ".opml", name + ".opml.json"} {
			b, err := os.ReadFile(filepath.Join(moduleDir, "fixtures", "models", f))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(modDir, f), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		out = runCmd(t, dir, deployer, "register", "--deployment", "deployment.json", "--model", filepath.Join(modDir, name+".opml"))
		t.Logf("opml register:\n%s", out)
	}
	path := filepath.Join(dir, "deployment.json")
	d, err := deployment.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if d.RPC != url || d.Consumer == nil {
		t.Fatalf("deployment: rpc %q consumer %v", d.RPC, d.Consumer)
	}
	for _, name := range models {
		if _, ok := d.Model(name); !ok {
			t.Fatalf("deployment: %s not recorded", name)
		}
	}
	return newChain(t, dir, logDir, path, d, modDir, acct)
}

// TestGeth runs the happy path and one dispute against a real geth --dev.
func TestGeth(t *testing.T) {
	t.Parallel()
	c := StartGeth(t, 4, "mlp")
	c.Node("challenger", "challenger", "challenger")
	want := RunOutput(t, filepath.Join(c.ModDir, "mlp.opml"), Input("mlp"))

	t.Run("happy", func(t *testing.T) { happyMLP(c.For(t), want) })
	if t.Failed() {
		return
	}
	t.Run("dispute", func(t *testing.T) { disputeMLP(c.For(t)) })
}

// happyMLP is the happy path on a chain from StartGeth or StartAnvil: an
// honest submitter's claim on the mlp fixture (whose output is want)
// finalizes without a game and the ExampleConsumer receives the output; a
// second request, through the consumer kit's DigitClassifier, is answered
// alike and the classifier keeps the argmax of want.
// The submitter is stopped at the end, so a later dispute meets the liar only.
func happyMLP(c *Chain, want []int64) {
	t := c.t
	sub := c.Addr("submitter")
	honest := c.Node("submitter", "submitter", "submitter")
	defer honest.Stop(t) // the dispute below must meet the liar only
	// geth --dev and anvil run rules beyond Osaka whose state-creation gas
	// makes the ExampleConsumer's callback cost about 223,000 gas; opml
	// request's default --callback-gas (400,000) must cover it.
	kit, id, kid, claim := c.happyRequests(sub, 3*time.Minute, 4*time.Minute)
	if cl := c.Claim(claim); len(cl.Games) != 0 || cl.Finalized.IsZero() {
		t.Errorf("claim %v: games %v finalized %v", claim, cl.Games, cl.Finalized)
	}
	final, _ := c.W.Finalized(id)
	res := c.Result(id)
	if res.Status != "finalized" || !slices.Equal(res.Values, want) || !bytes.Equal(res.Output, final) {
		t.Errorf("opml result: %s %v (%x), want finalized %v (%x)", res.Status, res.Values, res.Output, want, final)
	}
	c.ConsumerOutput(id, final)
	kit.CheckClassified(kid, want)
	if gs := c.W.Games(); len(gs) != 0 {
		t.Errorf("%d games, want none", len(gs))
	}
}

// disputeMLP is one dispute on a chain from StartGeth or StartAnvil with a
// challenger running: a submitter lying from the middle step of the mlp
// fixture on is disproven at that one step and the challenger is credited.
func disputeMLP(c *Chain) {
	t := c.t
	lie := c.Models["mlp"].Header.NumSteps / 2
	ch := c.Addr("challenger")
	c.Node("submitter", "dishonest-submitter", "liar", "--dishonest.output", "--dishonest.lie-at-step", u64(lie))
	id := c.Request("mlp", Input("mlp"), false)
	claim := c.ClaimBy(3*time.Minute, id, c.Addr("dishonest-submitter"))
	gs := c.gamesOver(5*time.Minute, claim, true)
	if len(gs) != 1 {
		t.Fatalf("%d games, want 1", len(gs))
	}
	if g := gs[0]; g.Challenger != ch || g.Status != arbiter.GameChallengerWon || !g.Stepped || g.Step != lie-1 {
		t.Errorf("game %v: challenger %s status %v step %d (stepped %v); want the challenger to win at step %d", g.ID, g.Challenger, g.Status, g.Step, g.Stepped, lie-1)
	}
	if got, want := c.W.Credited(ch), sum(c.ChallengeBond(), c.reward(1)); got.Cmp(want) != 0 {
		t.Errorf("challenger credited %v, want its bond plus half the liar's: %v", got, want)
	}
}
