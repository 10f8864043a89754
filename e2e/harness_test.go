package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/testkit/opmlbin"
	"github.com/opml-dev/opml/tooling/demo"
	"github.com/opml-dev/opml/tooling/deployment"
	"github.com/opml-dev/opml/vm/model"
)

var (
	moduleDir string // the module root
	opmlBin   string // the opml binary under test
)

func TestMain(m *testing.M) {
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	flag.Parse()
	// The fast lane (make check: go test -short ./...) leaves the e2e suite
	// to the full one (make test): it builds the binary and runs processes
	// against real chains for about a minute, and go test's result cache
	// cannot see the sources of a binary a test builds. Listing tests
	// (go test -list, as scripts/fuzz-all.sh does) needs no binary either.
	if testing.Short() {
		fmt.Println("e2e: skipped with -short (make test or make e2e runs it)")
		return 0
	}
	if f := flag.Lookup("test.list"); f != nil && f.Value.String() != "" {
		return m.Run()
	}
	// The scenarios mostly wait (windows, clocks, blocks): run more of them
	// at once than GOMAXPROCS unless -parallel was given.
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == "test.parallel" })
	if !set {
		_ = flag.Set("test.parallel", "8")
	}
	root, err := opmlbin.ModuleRoot()
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	moduleDir = root
	if b := os.Getenv("OPML_BIN"); b != "" {
		if opmlBin, err = filepath.Abs(b); err != nil {
			fmt.Fprintln(os.Stderr, "e2e:", err)
			return 1
		}
	} else {
		bin, dir, err := opmlbin.Build()
		if err != nil {
			fmt.Fprintln(os.Stderr, "e2e:", err)
			return 1
		}
		defer os.RemoveAll(dir)
		opmlBin = bin
	}
	return m.Run()
}

// procAttr puts a child in its own process group and kills it when the test
// binary dies (also on -timeout, when cleanups do not run).
func procAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

// Proc is a long-running child process (devnet, node, geth).
type Proc struct {
	Name string
	Log  string // stdout and stderr
	cmd  *exec.Cmd
	done chan struct{}
	err  error
}

// logFile creates a fresh file for a process's output in a test temp dir.
func logFile(t testing.TB, dir, name string) (*os.File, string) {
	t.Helper()
	for i := 0; ; i++ {
		p := filepath.Join(dir, name+".log")
		if i > 0 {
			p = filepath.Join(dir, fmt.Sprintf("%s.%d.log", name, i))
		}
		f, err := os.OpenFile(p, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
		if errors.Is(err, os.ErrExist) {
			continue
		}
		if err != nil {
			t.Fatalf("log file: %v", err)
		}
		return f, p
	}
}

// StartProc starts bin with args in dir; its output goes to a file in
// logDir. It is killed (with its process group) when the test ends, and the
// tail of its output is logged if the test failed.
func StartProc(t testing.TB, logDir, dir, name string, env []string, bin string, args ...string) *Proc {
	t.Helper()
	f, path := logFile(t, logDir, name)
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = f, f
	cmd.Env = append(os.Environ(), env...)
	cmd.SysProcAttr = procAttr()
	if err := cmd.Start(); err != nil {
		f.Close()
		t.Fatalf("start %s: %v", name, err)
	}
	p := &Proc{Name: name, Log: path, cmd: cmd, done: make(chan struct{})}
	go func() {
		p.err = cmd.Wait()
		f.Close()
		close(p.done)
	}()
	t.Cleanup(func() {
		p.Kill(t)
		if t.Failed() {
			logTail(t, name, path)
		}
	})
	return p
}

// Exited reports whether the process has ended.
func (p *Proc) Exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// Kill SIGKILLs the process group and waits for the process.
func (p *Proc) Kill(t testing.TB) {
	if p.Exited() {
		return
	}
	_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
	select {
	case <-p.done:
	case <-time.After(30 * time.Second):
		t.Errorf("%s (pid %d) did not exit after SIGKILL", p.Name, p.cmd.Process.Pid)
	}
}

// Stop sends SIGTERM and waits (SIGKILL after 20 s).
func (p *Proc) Stop(t testing.TB) {
	if p.Exited() {
		return
	}
	_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(20 * time.Second):
		t.Logf("%s did not stop on SIGTERM; killing it", p.Name)
		p.Kill(t)
	}
}

// logTail logs the last lines of a process's output.
func logTail(t testing.TB, name, path string) {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Logf("%s: %v", name, err)
		return
	}
	const max = 60
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > max {
		lines = lines[len(lines)-max:]
	}
	t.Logf("---- %s (last %d lines of %s) ----\n%s", name, len(lines), path, strings.Join(lines, "\n"))
}

// runCmd runs a short-lived opml command in dir and returns its stdout.
func runCmd(t testing.TB, dir string, env []string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, opmlBin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	cmd.SysProcAttr = procAttr()
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("opml %s: %v\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), err, stdout.String(), stderr.String())
	}
	return stdout.Bytes()
}

// waitCtx is a context for one wait: at most d, and ending well before the
// test's deadline so that cleanups run and logs are dumped.
func waitCtx(t testing.TB, d time.Duration) (context.Context, context.CancelFunc) {
	deadline := time.Now().Add(d)
	if tt, ok := t.(*testing.T); ok {
		if td, ok := tt.Deadline(); ok && td.Add(-20*time.Second).Before(deadline) {
			deadline = td.Add(-20 * time.Second)
		}
	}
	return context.WithDeadline(context.Background(), deadline)
}

// Account is a test account with a role.
type Account struct {
	Role    string
	Address common.Address
	Key     string // hex, no 0x
}

// Chain is a chain with the opml contracts deployed, a deployment file and
// a Watcher following it.
type Chain struct {
	t      *testing.T
	Dir    string // working directory of the commands; holds the deployment file
	LogDir string
	Deploy string // the deployment file
	D      *deployment.File
	Client *ethclient.Client
	W      *demo.Watcher
	Models map[string]*model.Model // by name
	ModDir string                  // the models the nodes serve
	acct   map[string]Account
}

// For returns c bound to subtest t: processes started through it end with t.
func (c *Chain) For(t *testing.T) *Chain {
	cc := *c
	cc.t = t
	return &cc
}

// StartDevnet starts `opml devnet` on free ports with extra flags and waits
// until its deployment file is written and its RPC answers.
func StartDevnet(t *testing.T, extra ...string) *Chain {
	t.Helper()
	dir, logDir := t.TempDir(), t.TempDir()
	args := append([]string{"devnet", "--http.port", "0", "--ws.port", "0", "--deployment", "deployment.json",
		"--write-models", "devnet-models"}, extra...)
	p := StartProc(t, logDir, dir, "devnet", nil, opmlBin, args...)
	path := filepath.Join(dir, "deployment.json")
	ctx, cancel := waitCtx(t, 3*time.Minute)
	defer cancel()
	for {
		if _, err := os.Stat(path); err == nil {
			break
		}
		if p.Exited() {
			t.Fatalf("devnet exited before writing its deployment file: %v", p.err)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("devnet: no deployment file: %v", ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
	d, err := deployment.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	acct := map[string]Account{}
	for _, a := range d.Accounts {
		if _, ok := acct[a.Role]; !ok {
			acct[a.Role] = Account{Role: a.Role, Address: a.Address, Key: a.Key}
		}
	}
	modDir := filepath.Join(dir, "devnet-models")
	for i := 0; i+1 < len(extra); i++ {
		if extra[i] == "--models" { // the devnet registers these instead of the fixtures
			modDir = extra[i+1]
		}
	}
	return newChain(t, dir, logDir, path, d, modDir, acct)
}

// newChain dials the deployment's RPC and sets up the Watcher.
func newChain(t *testing.T, dir, logDir, path string, d *deployment.File, modDir string, acct map[string]Account) *Chain {
	t.Helper()
	ctx, cancel := waitCtx(t, 2*time.Minute)
	defer cancel()
	var client *ethclient.Client
	for {
		c, err := ethclient.DialContext(ctx, d.RPC)
		if err == nil {
			if id, err2 := c.ChainID(ctx); err2 == nil && id.Uint64() == d.ChainID {
				client = c
				break
			}
			c.Close()
		}
		select {
		case <-ctx.Done():
			t.Fatalf("RPC %s does not answer: %v", d.RPC, ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
	t.Cleanup(client.Close)
	models := map[string]*model.Model{}
	byID := map[common.Hash]*model.Model{}
	paths, _ := filepath.Glob(filepath.Join(modDir, "*.opml"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		m, err := model.Decode(b)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		models[strings.TrimSuffix(filepath.Base(p), ".opml")] = m
		byID[m.ID()] = m
	}
	names := map[common.Address]string{}
	for _, a := range acct {
		names[a.Address] = a.Role
	}
	wf, wpath := logFile(t, logDir, "watcher")
	t.Cleanup(func() {
		wf.Close()
		if t.Failed() {
			logTail(t, "watcher", wpath)
		}
	})
	w := demo.NewWatcher(client, d, &lockedWriter{w: wf}, names, byID)
	return &Chain{t: t, Dir: dir, LogDir: logDir, Deploy: path, D: d, Client: client, W: w, Models: models, ModDir: modDir,
		acct: acct}
}

type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

// Account returns the account of role.
func (c *Chain) Account(role string) Account {
	c.t.Helper()
	a, ok := c.acct[role]
	if !ok {
		c.t.Fatalf("no account with role %q", role)
	}
	return a
}

// Addr returns the address of role.
func (c *Chain) Addr(role string) common.Address { return c.Account(role).Address }

// Node starts `opml <kind>` (submitter or challenger) with role's key and
// datadir DIR/data-<datadir> (the same datadir name restarts the same node),
// following at 0 confirmations with short intervals, plus extra flags.
func (c *Chain) Node(kind, role, datadir string, extra ...string) *Proc {
	c.t.Helper()
	args := append([]string{kind, "--deployment", c.Deploy, "--models", c.ModDir, "--datadir", filepath.Join(c.Dir, "data-"+datadir),
		"--confirmations", "0", "--poll-interval", "200ms", "--tick-interval", "200ms", "--receipt-interval", "100ms"}, extra...)
	return StartProc(c.t, c.LogDir, c.Dir, datadir, []string{"OPML_KEY=" + c.Account(role).Key}, opmlBin, args...)
}

var requestRE = regexp.MustCompile(`(?m)^request (\d+):`)

// RequestFee is the fee `opml request` pays unless extra flags set
// --fee: realistic enough for the submitters' default fee policy
// (--min-fee 0, --fee-gas-price auto).
const RequestFee = "0.01ether"

// Request sends `opml request` (plus extra flags; --fee RequestFee unless
// they set it) from the consumer account and returns the request ID.
func (c *Chain) Request(modelName, input string, viaConsumer bool, extra ...string) *big.Int {
	c.t.Helper()
	return c.request(modelName, append([]string{"--input", input}, extra...), viaConsumer)
}

// request sends `opml request --model modelName` with extra flags.
func (c *Chain) request(modelName string, extra []string, viaConsumer bool) *big.Int {
	c.t.Helper()
	args := append([]string{"request", "--deployment", c.Deploy, "--model", modelName}, extra...)
	if !slices.Contains(extra, "--fee") {
		args = append(args, "--fee", RequestFee)
	}
	if viaConsumer {
		args = append(args, "--via-consumer")
	}
	out := runCmd(c.t, c.Dir, []string{"OPML_KEY=" + c.Account("consumer").Key}, args...)
	m := requestRE.FindSubmatch(out)
	if m == nil {
		c.t.Fatalf("opml request: no request ID in %q", out)
	}
	id, _ := new(big.Int).SetString(string(m[1]), 10)
	c.t.Logf("sent request %v (model %s)", id, modelName)
	return id
}

// Result reads `opml result --json`.
func (c *Chain) Result(id *big.Int) deployment.Result {
	c.t.Helper()
	out := runCmd(c.t, c.Dir, nil, "result", "--deployment", c.Deploy, "--request", id.String(), "--json")
	var r deployment.Result
	if err := json.Unmarshal(out, &r); err != nil {
		c.t.Fatalf("opml result --json: %v in %q", err, out)
	}
	return r
}

// RunOutput returns the values of `opml run --json`'s VM output tensor
// (vmOutput, the bytes a claim carries, in the VM's order, as opml result
// decodes them) for a model file with an int8 output and an input.
func RunOutput(t testing.TB, modelFile, input string) []int64 {
	t.Helper()
	out := runCmd(t, moduleDir, nil, "run", "--model", modelFile, "--input", input, "--json")
	var r struct {
		VMOutput    hexutil.Bytes `json:"vmOutput"`
		OutputDType string        `json:"outputDType"`
	}
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatalf("opml run --json: %v in %q", err, out)
	}
	if r.OutputDType != "int8" || len(r.VMOutput) == 0 {
		t.Fatalf("opml run --json: output %s, %d bytes, want int8 values in %q", r.OutputDType, len(r.VMOutput), out)
	}
	values := make([]int64, len(r.VMOutput))
	for k, b := range r.VMOutput {
		values[k] = int64(int8(b))
	}
	return values
}

// Input returns the path of a fixture input.
func Input(name string) string {
	return filepath.Join(moduleDir, "fixtures", "inputs", name+"_input.json")
}

// Wait polls the Watcher until cond holds; the test fails after d (or near
// the test's deadline).
func (c *Chain) Wait(d time.Duration, what string, cond func() bool) {
	c.t.Helper()
	ctx, cancel := waitCtx(c.t, d)
	defer cancel()
	if err := c.W.Until(ctx, 100*time.Millisecond, what, cond); err != nil {
		c.t.Fatalf("%v", err)
	}
}

// ClaimsOn returns the claims the Watcher saw on request id.
func (c *Chain) ClaimsOn(id *big.Int) []demo.ClaimState {
	var out []demo.ClaimState
	for _, cl := range c.W.Claims() {
		if cl.RequestID.Cmp(id) == 0 {
			out = append(out, cl)
		}
	}
	return out
}

// GamesOn returns the games the Watcher saw on claim id.
func (c *Chain) GamesOn(claim *big.Int) []demo.GameState {
	var out []demo.GameState
	for _, g := range c.W.Games() {
		if g.ClaimID.Cmp(claim) == 0 {
			out = append(out, g)
		}
	}
	return out
}

// ClaimBy waits for a claim on request id by addr and returns its ID.
func (c *Chain) ClaimBy(d time.Duration, id *big.Int, by common.Address) *big.Int {
	c.t.Helper()
	var claim *big.Int
	c.Wait(d, fmt.Sprintf("a claim on request %v by %s", id, by), func() bool {
		for _, cl := range c.ClaimsOn(id) {
			if cl.Submitter == by {
				claim = cl.ID
				return true
			}
		}
		return false
	})
	return claim
}

// Claim returns the Watcher's record of claim id.
func (c *Chain) Claim(id *big.Int) demo.ClaimState {
	for _, cl := range c.W.Claims() {
		if cl.ID.Cmp(id) == 0 {
			return cl
		}
	}
	c.t.Fatalf("no claim %v", id)
	return demo.ClaimState{}
}

// SubmitBond and ChallengeBond are the deployment's bonds.
func (c *Chain) SubmitBond() *big.Int    { return c.D.Params.SubmitBond.Int }
func (c *Chain) ChallengeBond() *big.Int { return c.D.Params.ChallengeBond.Int }

// Tx is a transaction sent by an account, with its receipt status.
type Tx struct {
	To     common.Address
	Data   []byte
	Status uint64
	Block  uint64
}

// Method names a transaction's call by selector over the oracle and game ABIs.
func (x Tx) Method() string {
	if len(x.Data) < 4 {
		return "?"
	}
	sel := x.Data[:4]
	for name, m := range oracleABI.Methods {
		if bytes.Equal(m.ID, sel) {
			return "oracle." + name
		}
	}
	for name, m := range gameABI.Methods {
		if bytes.Equal(m.ID, sel) {
			return "game." + name
		}
	}
	return fmt.Sprintf("0x%x", sel)
}

var (
	oracleABI = bindings.NewInferenceOracle().GetABI()
	gameABI   = bindings.NewDisputeGame().GetABI()
)

// TxsFrom scans every block from the deploy block to the head for
// transactions sent by from.
func (c *Chain) TxsFrom(from common.Address) []Tx {
	c.t.Helper()
	ctx, cancel := waitCtx(c.t, 2*time.Minute)
	defer cancel()
	head, err := c.Client.BlockNumber(ctx)
	if err != nil {
		c.t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(c.D.ChainID))
	var out []Tx
	for n := c.D.DeployBlock; n <= head; n++ {
		b, err := c.Client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			c.t.Fatalf("block %d: %v", n, err)
		}
		for _, tx := range b.Transactions() {
			s, err := types.Sender(signer, tx)
			if err != nil || s != from {
				continue
			}
			r, err := c.Client.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				c.t.Fatalf("receipt %s: %v", tx.Hash(), err)
			}
			to := common.Address{}
			if tx.To() != nil {
				to = *tx.To()
			}
			out = append(out, Tx{To: to, Data: tx.Data(), Status: r.Status, Block: n})
		}
	}
	return out
}

// ConsumerOutput checks through eth_call that the ExampleConsumer holds a
// delivered output for request id equal to final, and returns it.
func (c *Chain) ConsumerOutput(id *big.Int, final []byte) []byte {
	c.t.Helper()
	consumer := bindings.NewExampleConsumer()
	ok, err := consumer.UnpackDelivered(c.Call(*c.D.Consumer, consumer.PackDelivered(id)))
	if err != nil || !ok {
		c.t.Errorf("ExampleConsumer.delivered(%v) = %v, %v; want true", id, ok, err)
	}
	out, err := consumer.UnpackOutputOf(c.Call(*c.D.Consumer, consumer.PackOutputOf(id)))
	if err != nil || !bytes.Equal(out, final) {
		c.t.Errorf("ExampleConsumer.outputOf(%v) = %x, %v; want %x", id, out, err, final)
	}
	return out
}

// Call does an eth_call at the head.
func (c *Chain) Call(to common.Address, data []byte) []byte {
	c.t.Helper()
	ctx, cancel := waitCtx(c.t, time.Minute)
	defer cancel()
	out, err := c.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		c.t.Fatalf("eth_call %s: %v", to, err)
	}
	return out
}

func atLeast(a, b *big.Int) bool { return a.Cmp(b) >= 0 }

// reward is what a rejected claim's bond pays each of the games open on it
// at its rejection (the unburned half, split evenly; the division's
// remainder is burned too).
func (c *Chain) reward(games int64) *big.Int {
	half := new(big.Int).Div(new(big.Int).Mul(c.SubmitBond(), big.NewInt(100-arbiter.BurnPercent)), big.NewInt(100))
	return half.Div(half, big.NewInt(games))
}

func sum(vs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, v := range vs {
		s.Add(s, v)
	}
	return s
}

func u64(v uint64) string { return strconv.FormatUint(v, 10) }
