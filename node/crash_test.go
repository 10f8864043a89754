package node_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/testkit/opmlbin"
)

// The crash test: the challenger is the built `opml` binary, run as a
// subprocess against the simulated chain over HTTP JSON-RPC, and SIGKILLed
// at seeded-random points of a dispute against an in-process lying
// submitter: a random delay after start, just before one of its
// transactions reaches the node (journalled, never broadcast), just after
// one reached the node (in the pool, answer lost), or just after one was
// mined (receipt not yet seen). It is restarted with the same datadir each
// time; after the last restart it must win the game with exactly one
// challenge, each move once, nothing reverted, and withdraw its winnings.
//
// Trials: 3 by default, OPML_CRASH_TRIALS=N for long runs. Skipped with
// -short: like the e2e suite it builds cmd/opml and runs it as separate
// processes, which the fast lane (make check) leaves to the full one (make
// test); it also keeps go test's result cache sound there, since the cache
// cannot see the sources of a binary a test builds.
// OPML_CRASH_SEED=S runs trial seeds S, S+1, ... (default 1; a trial's
// seed fixes its kill plan, not the exact interleaving); OPML_CRASH_LOG=1
// logs the binary's output of passing trials too (failing ones always).

var opmlBin struct {
	once sync.Once
	dir  string
	path string
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if opmlBin.dir != "" {
		_ = os.RemoveAll(opmlBin.dir)
	}
	os.Exit(code)
}

// opmlBinary builds cmd/opml once per test binary run.
func opmlBinary(t *testing.T) string {
	opmlBin.once.Do(func() {
		opmlBin.path, opmlBin.dir, opmlBin.err = opmlbin.Build()
	})
	require.NoError(t, opmlBin.err)
	return opmlBin.path
}

func crashTrials() int {
	if s := os.Getenv("OPML_CRASH_TRIALS"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n > 0 {
			return n
		}
	}
	return 3
}

func crashSeed() uint64 {
	if s := os.Getenv("OPML_CRASH_SEED"); s != "" {
		if n, err := strconv.ParseUint(s, 10, 64); err == nil {
			return n
		}
	}
	return 1
}

// Kill points.
const (
	killDelay      = iota // a random delay after start
	killBeforeSend        // the k-th eth_sendRawTransaction arrives: kill, do not forward
	killAfterSend         // the k-th eth_sendRawTransaction was forwarded: kill before answering
	killAfterMined        // the k-th transaction of the account is mined
)

var killNames = []string{"delay", "before-send", "after-send", "after-mined"}

type killPoint struct {
	kind  int
	delay time.Duration // killDelay
	k     int           // the others: k more sends/mined txs after the restart
}

func (k killPoint) String() string {
	if k.kind == killDelay {
		return fmt.Sprintf("delay %v", k.delay)
	}
	return fmt.Sprintf("%s +%d", killNames[k.kind], k.k)
}

// binProc is one run of the binary, in its own process group.
type binProc struct {
	cmd    *exec.Cmd
	done   chan struct{}
	err    error
	once   sync.Once
	killed atomic.Bool
}

// kill SIGKILLs the process group and reaps the process.
func (p *binProc) kill() {
	p.once.Do(func() { p.killed.Store(true); _ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL) })
	<-p.done
}

// crashRelay sits between the binary and the chain's JSON-RPC relay: it
// mines a block after each eth_sendRawTransaction before answering, like an
// automining dev chain (nodetest's miner is only kicked by in-process
// txmgrs, and the binary's txmgr polls receipts every second, its default,
// so a block mined later would cost a second per move), and it can kill
// the binary around the k-th send.
type crashRelay struct {
	target string
	mine   func()
	mu     sync.Mutex
	sends  int
	armAt  int // 0: not armed
	before bool
	fire   func()
	fired  chan struct{}
}

// arm kills with fire at the k-th send from now, before forwarding it or
// after.
func (r *crashRelay) arm(k int, before bool, fire func()) chan struct{} {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.armAt, r.before, r.fire, r.fired = r.sends+k, before, fire, make(chan struct{})
	return r.fired
}

func (r *crashRelay) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.sends
}

func (r *crashRelay) disarm() {
	r.mu.Lock()
	r.armAt = 0
	r.mu.Unlock()
}

// trigger fires the armed kill if this is its send and phase.
func (r *crashRelay) trigger(n int, before bool) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.armAt == 0 || n != r.armAt || before != r.before {
		return false
	}
	r.armAt = 0
	r.fire()
	close(r.fired)
	return true
}

func (r *crashRelay) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	body, err := io.ReadAll(req.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	n := 0
	send := bytes.Contains(body, []byte("eth_sendRawTransaction"))
	if send {
		r.mu.Lock()
		r.sends++
		n = r.sends
		r.mu.Unlock()
		if r.trigger(n, true) {
			http.Error(w, "killed", http.StatusServiceUnavailable)
			return
		}
	}
	resp, err := http.Post(r.target, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	if send {
		if r.trigger(n, false) {
			// Killed with the transaction in the pool, unmined: the
			// restarted node finds it pending (the next send mines it).
			return
		}
		r.mine()
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	_, _ = w.Write(out)
}

// TestChallengerCrash: the issue-5 crash test (see the top of this file).
func TestChallengerCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the opml binary as separate processes; not with -short (make test runs it)")
	}
	bin := opmlBinary(t)
	base := crashSeed()
	for i := range crashTrials() {
		seed := base + uint64(i)
		t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) {
			start := time.Now()
			crashTrial(t, bin, seed)
			t.Logf("trial took %v", time.Since(start).Round(time.Millisecond))
		})
	}
}

func crashTrial(t *testing.T, bin string, seed uint64) {
	const timeout = 30 * time.Second
	rng := rand.New(rand.NewPCG(seed, 0x6f706d6c))
	var plan []killPoint
	// A dispute takes the binary about 150 ms and 9 transactions
	// (challenge, 6 chooses, step, withdraw): delays fall within it, and
	// send/mined points are 1–3 transactions after the restart.
	for range 1 + rng.IntN(4) {
		kp := killPoint{kind: rng.IntN(4)}
		if kp.kind == killDelay {
			kp.delay = time.Duration(5+rng.IntN(200)) * time.Millisecond
		} else {
			kp.k = 1 + rng.IntN(3)
		}
		plan = append(plan, kp)
	}
	t.Logf("kill plan: %v", plan)

	w := newRunWorld(t)
	ctx := context.Background()
	dir := t.TempDir()
	models := filepath.Join(dir, "models")
	require.NoError(t, os.MkdirAll(models, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(models, "mlp.opml"), w.m.Encode(), 0o644))
	datadir := filepath.Join(dir, "data")
	logPath := filepath.Join(dir, "challenger.log")
	logFile, err := os.Create(logPath)
	require.NoError(t, err)
	t.Cleanup(func() {
		_ = logFile.Close()
		if !t.Failed() && os.Getenv("OPML_CRASH_LOG") == "" {
			return
		}
		b, _ := os.ReadFile(logPath)
		const max = 200_000
		if len(b) > max {
			b = append([]byte("…\n"), b[len(b)-max:]...)
		}
		t.Logf("challenger output:\n%s", b)
	})

	relay := &crashRelay{target: w.e.RPCURL(), mine: func() {
		w.e.Pause() // holds the miner off
		defer w.e.Resume()
		w.e.Chain.Backend.Commit()
	}}
	srv := httptest.NewServer(relay)
	t.Cleanup(srv.Close)

	acct := w.e.Chain.Accounts[3]
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "OPML_") {
			env = append(env, kv)
		}
	}
	env = append(env, "OPML_KEY="+hexutil.Encode(crypto.FromECDSA(acct.Key)))
	runs := 0
	startBin := func() *binProc {
		runs++
		_, _ = fmt.Fprintf(logFile, "=== run %d\n", runs)
		cmd := exec.CommandContext(ctx, bin, "challenger", "--rpc", srv.URL, "--oracle", w.e.Addrs.Oracle.Hex(),
			"--models", models, "--datadir", datadir, "--confirmations", "0", "--poll-interval", "20ms",
			"--tick-interval", "20ms", "--log.format", "json")
		cmd.Env = env
		cmd.Stdout, cmd.Stderr = logFile, logFile
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
		cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
		require.NoError(t, cmd.Start())
		p := &binProc{cmd: cmd, done: make(chan struct{})}
		go func() { p.err = cmd.Wait(); close(p.done) }()
		t.Cleanup(p.kill)
		return p
	}

	req := w.request()
	liar := w.newNode("liar", 2, false, opts{liar: true})
	w.waitFor("the false claim", timeout, func() bool { return w.requestState(req).Attempts >= 1 })
	claimID := arbiter.ClaimID(req, 1)
	require.NoError(t, err)

	p := w.e.P
	// Its bond back and the whole reward of the only game: half the liar's
	// bond (the other half is burned).
	wantWon := new(big.Int).Add(p.ChallengeBond, new(big.Int).Div(new(big.Int).Mul(p.SubmitBond, big.NewInt(100-arbiter.BurnPercent)), big.NewInt(100)))
	finished := func() bool {
		return len(w.e.GamesResolved()) > 0 && w.credit(acct.Addr).Sign() == 0 && w.e.Withdrawn(acct.Addr).Cmp(wantWon) >= 0
	}
	mined := func() uint64 {
		n, err := w.e.Chain.Client.NonceAt(ctx, acct.Addr, nil)
		require.NoError(t, err)
		return n
	}

	for i, kp := range plan {
		proc := startBin()
		var fired <-chan struct{}
		stopWatch := func() {}
		switch kp.kind {
		case killDelay:
			ch := make(chan struct{})
			tm := time.AfterFunc(kp.delay, func() { proc.kill(); close(ch) })
			fired = ch
			stopWatch = func() {
				if !tm.Stop() {
					<-ch
				}
			}
		case killBeforeSend, killAfterSend:
			fired = relay.arm(kp.k, kp.kind == killBeforeSend, proc.kill)
		case killAfterMined:
			target := mined() + uint64(kp.k)
			ch := make(chan struct{})
			stop, exited := make(chan struct{}), make(chan struct{})
			go func() {
				defer close(exited)
				for {
					n, err := w.e.Chain.Client.NonceAt(ctx, acct.Addr, nil)
					if err == nil && n >= target {
						break
					}
					select {
					case <-stop:
						return
					case <-time.After(time.Millisecond):
					}
				}
				proc.kill()
				close(ch)
			}()
			fired = ch
			stopWatch = func() { close(stop); <-exited }
		}
		deadline := time.After(timeout)
		done := false
	wait:
		for {
			select {
			case <-fired:
				break wait
			case <-proc.done:
				if proc.killed.Load() { // fired and done raced
					<-fired
					break wait
				}
				require.Failf(t, "the challenger exited by itself", "run %d: %v", runs, proc.err)
			case <-deadline:
				require.Failf(t, "kill point not reached", "%v", kp)
			case <-time.After(50 * time.Millisecond):
				if finished() { // the dispute ended before the kill point
					done = true
					break wait
				}
			}
		}
		relay.disarm()
		stopWatch()
		proc.kill()
		t.Logf("kill %d (%v): %d challenger txs mined, %d sends so far", i+1, kp, mined(), relay.count())
		if done {
			break
		}
	}

	// The last run: let it finish the dispute and withdraw.
	proc := startBin()
	w.waitFor("the challenger to win and withdraw", timeout, finished)
	// Idle polls send nothing more; then a clean shutdown.
	time.Sleep(300 * time.Millisecond)
	require.NoError(t, proc.cmd.Process.Signal(os.Interrupt))
	select {
	case <-proc.done:
		require.NoError(t, proc.err, "clean shutdown on SIGINT")
	case <-time.After(10 * time.Second):
		t.Fatal("the challenger did not stop on SIGINT")
	}
	liar.stop()

	require.Equal(t, []arbiter.GameStatus{arbiter.GameChallengerWon}, w.e.GamesResolved(), "one game, the challenger won")
	cl, err := w.o.Claim(ctx, claimID)
	require.NoError(t, err)
	require.Equal(t, arbiter.ClaimRejected, cl.Status, "the false claim is rejected")
	require.Equal(t, arbiter.RequestOpen, w.requestState(req).Status, "the request is still open (no other claim)")
	lt, ct := w.e.Txs(liar.Acct.Addr), w.e.Txs(acct.Addr)
	t.Logf("liar %v, challenger %v, runs %d, sends %d", lt, ct, runs, relay.count())
	for k := range ct {
		require.NotContains(t, k, "reverted", "challenger: %v", ct)
	}
	require.Equal(t, 1, ct["challenge"], "exactly one challenge")
	require.Equal(t, 1, ct["step"], "one step")
	require.Equal(t, 1, ct["withdraw"], "one withdraw")
	require.Equal(t, lt["bisect"], ct["choose"], "one choose per bisect")
	require.Positive(t, ct["choose"])
	w.requireNoDuplicateMoves(acct.Addr, "challenger")
	require.Equal(t, wantWon, w.e.Withdrawn(acct.Addr), "challenger: own bond + half the liar's bond")
	require.Zero(t, w.e.Withdrawn(liar.Acct.Addr).Sign(), "the liar gets nothing")
	require.Equal(t, uint64(ct["challenge"]+ct["choose"]+ct["step"]+ct["withdraw"]), mined(), "no other transaction")
}
