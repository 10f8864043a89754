package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/hashicorp/go-hclog"
	"github.com/opml-dev/opml/infra/nodestore"
	"github.com/opml-dev/opml/testkit/simchain"
	"github.com/opml-dev/opml/testkit/testlog"
)

func testLogger(t testing.TB) hclog.Logger { return testlog.New(t, "txmgr", hclog.Debug) }

// fakeClient wraps a real client: it fails the first failFirst calls (any
// method), silently drops the first dropSends transactions, and reports a
// base fee of 1 wei for the first lowBaseFee header queries.
type fakeClient struct {
	Client
	mu         sync.Mutex
	failFirst  int
	dropSends  int
	lowBaseFee int
	alternate  bool // fail only odd calls among the first failFirst
	calls      int
	failed     int
	failedOn   map[string]int
	sent       []*types.Transaction // every SendTransaction that got past fail, in order
	dropped    int                  // how many of them were dropped
}

var errFlaky = errors.New("flaky: connection refused")

func (f *fakeClient) fail(method string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	if f.calls <= f.failFirst && (!f.alternate || f.calls%2 == 1) {
		f.failed++
		if f.failedOn == nil {
			f.failedOn = map[string]int{}
		}
		f.failedOn[method]++
		return errFlaky
	}
	return nil
}

func (f *fakeClient) ChainID(ctx context.Context) (*big.Int, error) {
	if err := f.fail("ChainID"); err != nil {
		return nil, err
	}
	return f.Client.ChainID(ctx)
}

func (f *fakeClient) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	if err := f.fail("PendingNonceAt"); err != nil {
		return 0, err
	}
	return f.Client.PendingNonceAt(ctx, a)
}

func (f *fakeClient) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	if err := f.fail("SuggestGasTipCap"); err != nil {
		return nil, err
	}
	return f.Client.SuggestGasTipCap(ctx)
}

func (f *fakeClient) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if err := f.fail("HeaderByNumber"); err != nil {
		return nil, err
	}
	h, err := f.Client.HeaderByNumber(ctx, n)
	f.mu.Lock()
	defer f.mu.Unlock()
	if err == nil && f.lowBaseFee > 0 {
		f.lowBaseFee--
		h = types.CopyHeader(h)
		h.BaseFee = big.NewInt(1)
	}
	return h, err
}

func (f *fakeClient) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	if err := f.fail("EstimateGas"); err != nil {
		return 0, err
	}
	return f.Client.EstimateGas(ctx, msg)
}

func (f *fakeClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := f.fail("SendTransaction"); err != nil {
		return err
	}
	f.mu.Lock()
	f.sent = append(f.sent, tx)
	if f.dropSends > 0 {
		f.dropSends--
		f.dropped++
		f.mu.Unlock()
		return nil
	}
	f.mu.Unlock()
	return f.Client.SendTransaction(ctx, tx)
}

func (f *fakeClient) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if err := f.fail("TransactionReceipt"); err != nil {
		return nil, err
	}
	return f.Client.TransactionReceipt(ctx, h)
}

func (f *fakeClient) sends() []*types.Transaction {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]*types.Transaction(nil), f.sent...)
}

// miner commits a block every 20ms until stopped.
func startMiner(t *testing.T, c *simchain.Chain) (stop func()) {
	done := make(chan struct{})
	var once sync.Once
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				c.Backend.Commit()
			}
		}
	}()
	stop = func() { once.Do(func() { close(done); wg.Wait() }) }
	t.Cleanup(stop)
	return stop
}

func fastConfig() Config {
	return Config{
		ReceiptQueryInterval: 10 * time.Millisecond,
		ResubmissionTimeout:  time.Hour,
		RetryInterval:        time.Millisecond,
	}
}

type env struct {
	chain *simchain.Chain
	store *nodestore.Store
	dir   string
	fake  *fakeClient
	acct  *simchain.Account
}

func newEnv(t *testing.T) *env {
	t.Helper()
	c := simchain.New(t)
	dir := t.TempDir()
	st, err := nodestore.Open(dir, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return &env{chain: c, store: st, dir: dir, fake: &fakeClient{Client: c.Client}, acct: c.Accounts[0]}
}

func (e *env) manager(t *testing.T, cfg Config) *Manager {
	t.Helper()
	m, err := New(cfg, e.fake, e.acct.Key, NewStoreJournal(e.store), testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(m.Close)
	return m
}

func (e *env) nonce(t *testing.T) uint64 {
	t.Helper()
	n, err := e.chain.Client.NonceAt(context.Background(), e.acct.Addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func (e *env) journalKeys(t *testing.T) []string {
	t.Helper()
	recs, err := NewStoreJournal(e.store).Load()
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, r := range recs {
		keys = append(keys, r.Key)
	}
	return keys
}

func ctxT(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

func transfer(e *env, key string) Candidate {
	to := e.chain.Accounts[1].Addr
	return Candidate{To: &to, Value: big.NewInt(1), Key: key}
}

func TestSendPlain(t *testing.T) {
	tests := []struct {
		name  string
		confs uint64
	}{{"one confirmation", 1}, {"three confirmations", 3}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			startMiner(t, e.chain)
			cfg := fastConfig()
			cfg.NumConfirmations = tc.confs
			m := e.manager(t, cfg)
			before := e.nonce(t)
			r, err := m.Send(ctxT(t, 20*time.Second), transfer(e, "plain"))
			if err != nil {
				t.Fatal(err)
			}
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("status %d", r.Status)
			}
			head, err := e.chain.Client.BlockNumber(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if got := head - r.BlockNumber.Uint64() + 1; got < tc.confs {
				t.Fatalf("returned with %d confirmations, want %d", got, tc.confs)
			}
			if n := e.nonce(t); n != before+1 {
				t.Fatalf("nonce %d -> %d, want one tx", before, n)
			}
			if k := e.journalKeys(t); len(k) != 0 {
				t.Fatalf("journal not emptied: %q", k)
			}
		})
	}
}

func TestConcurrentSendNonces(t *testing.T) {
	e := newEnv(t)
	startMiner(t, e.chain)
	m := e.manager(t, fastConfig())
	before := e.nonce(t)
	const n = 8
	receipts := make([]*types.Receipt, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			receipts[i], errs[i] = m.Send(ctxT(t, 30*time.Second), transfer(e, fmt.Sprint("k", i)))
		}(i)
	}
	wg.Wait()
	seen := map[uint64]bool{}
	for i := 0; i < n; i++ {
		if errs[i] != nil {
			t.Fatalf("send %d: %v", i, errs[i])
		}
		tx, _, err := e.chain.Client.TransactionByHash(context.Background(), receipts[i].TxHash)
		if err != nil {
			t.Fatal(err)
		}
		if seen[tx.Nonce()] {
			t.Fatalf("nonce %d used twice", tx.Nonce())
		}
		seen[tx.Nonce()] = true
	}
	for k := before; k < before+n; k++ {
		if !seen[k] {
			t.Fatalf("nonce %d unused; nonces %v", k, seen)
		}
	}
	if got := e.nonce(t); got != before+n {
		t.Fatalf("chain nonce %d, want %d", got, before+n)
	}
}

func TestSameKeyJoins(t *testing.T) {
	e := newEnv(t)
	startMiner(t, e.chain)
	m := e.manager(t, fastConfig())
	before := e.nonce(t)
	var wg sync.WaitGroup
	hashes := make([]common.Hash, 4)
	for i := range hashes {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r, err := m.Send(ctxT(t, 20*time.Second), transfer(e, "same"))
			if err != nil {
				t.Error(err)
				return
			}
			hashes[i] = r.TxHash
		}(i)
	}
	wg.Wait()
	for _, h := range hashes[1:] {
		if h != hashes[0] {
			t.Fatalf("same key gave different txs: %v", hashes)
		}
	}
	if got := e.nonce(t); got != before+1 {
		t.Fatalf("%d txs sent for one key", got-before)
	}
}

func TestStuckTxBumped(t *testing.T) {
	tests := []struct {
		name       string
		dropSends  int  // the first broadcast never reaches the pool
		lowBaseFee int  // the first price is below the chain's base fee
		wantBump   bool // else the same transaction is re-broadcast
	}{
		// A transaction the node does not know is re-broadcast unchanged
		// (no reason to pay more); one the pool holds but does not mine is
		// fee-bumped.
		{"dropped from pool", 1, 0, false},
		{"fee cap below base fee", 0, 1, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			e.fake.dropSends, e.fake.lowBaseFee = tc.dropSends, tc.lowBaseFee
			startMiner(t, e.chain)
			cfg := fastConfig()
			cfg.ResubmissionTimeout = 300 * time.Millisecond
			cfg.FeeLimitMultiplier = 1_000_000_000 // the low price is far below market
			m := e.manager(t, cfg)
			before := e.nonce(t)
			r, err := m.Send(ctxT(t, 30*time.Second), transfer(e, "stuck"))
			if err != nil {
				t.Fatal(err)
			}
			sent := e.fake.sends()
			if len(sent) == 0 {
				t.Fatal("nothing sent")
			}
			first := sent[0]
			if !tc.wantBump {
				if r.TxHash != first.Hash() {
					t.Fatalf("mined %s, want the re-broadcast first version %s", r.TxHash, first.Hash())
				}
				time.Sleep(100 * time.Millisecond)
				if got := e.nonce(t); got != before+1 {
					t.Fatalf("%d txs mined", got-before)
				}
				return
			}
			if r.TxHash == first.Hash() {
				t.Fatalf("mined the first version %s; expected a fee-bumped replacement", first.Hash())
			}
			mined, _, err := e.chain.Client.TransactionByHash(context.Background(), r.TxHash)
			if err != nil {
				t.Fatal(err)
			}
			if mined.Nonce() != before || first.Nonce() != before {
				t.Fatalf("nonces first %d mined %d, want %d", first.Nonce(), mined.Nonce(), before)
			}
			if mined.GasTipCap().Cmp(bumpFee(first.GasTipCap())) < 0 || mined.GasFeeCap().Cmp(bumpFee(first.GasFeeCap())) < 0 {
				t.Fatalf("fees not bumped >=10%%: first tip %v cap %v, mined tip %v cap %v",
					first.GasTipCap(), first.GasFeeCap(), mined.GasTipCap(), mined.GasFeeCap())
			}
			time.Sleep(100 * time.Millisecond) // further blocks must not mine a second version
			if got := e.nonce(t); got != before+1 {
				t.Fatalf("%d txs mined for one key", got-before)
			}
		})
	}
}

// boomABI declares the custom error of the boom contract.
const boomABI = `[{"type":"error","name":"Boom","inputs":[{"name":"code","type":"uint256"}]}]`

// boomError is a caller's decoded revert: what a Config.Revert built on
// the boom contract's ABI returns.
type boomError struct {
	args []any
	err  error
}

func (e *boomError) Error() string { return fmt.Sprintf("Boom%v: %v", e.args, e.err) }
func (e *boomError) Unwrap() error { return e.err }

// decodeBoom is a Config.Revert that decodes the revert data the node
// reported into a *boomError.
func decodeBoom(a abi.ABI) func(error) error {
	return func(err error) error {
		var de rpc.DataError
		if !errors.As(err, &de) {
			return err
		}
		s, _ := de.ErrorData().(string)
		data, derr := hexutil.Decode(s)
		if derr != nil {
			return err
		}
		boom := a.Errors["Boom"]
		args, uerr := boom.Unpack(data)
		if uerr != nil {
			return err
		}
		return &boomError{args: args.([]any), err: err}
	}
}

// boomInitCode deploys a contract whose every call reverts with Boom(7).
func boomInitCode(t *testing.T, a abi.ABI) []byte {
	id := a.Errors["Boom"].ID
	sel := id[:4]
	runtime := []byte{0x63}                     // PUSH4 selector
	runtime = append(runtime, sel...)           //
	runtime = append(runtime, 0x60, 0xe0, 0x1b, // PUSH1 224 SHL
		0x60, 0x00, 0x52, // PUSH1 0 MSTORE
		0x60, 0x07, 0x60, 0x04, 0x52, // PUSH1 7 PUSH1 4 MSTORE
		0x60, 0x24, 0x60, 0x00, 0xfd) // PUSH1 36 PUSH1 0 REVERT
	if len(runtime) != 0x15 {
		t.Fatalf("runtime length %d", len(runtime))
	}
	init := []byte{0x60, 0x15, 0x80, 0x60, 0x0b, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}
	return append(init, runtime...)
}

func TestEstimationRevertSendsNothing(t *testing.T) {
	e := newEnv(t)
	a, err := abi.JSON(strings.NewReader(boomABI))
	if err != nil {
		t.Fatal(err)
	}
	addr, _, err := e.chain.Deploy(e.chain.Accounts[9], boomInitCode(t, a), nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		revert  func(error) error
		decoded bool
	}{
		{"decoded by the caller", decodeBoom(a), true},
		{"no Config.Revert", nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := fastConfig()
			cfg.Revert = tc.revert
			m := e.manager(t, cfg)
			before := e.nonce(t)
			r, err := m.Send(ctxT(t, 10*time.Second), Candidate{To: &addr, Data: []byte{1}, Key: "boom-" + tc.name})
			if !errors.Is(err, vm.ErrExecutionReverted) || !strings.Contains(err.Error(), "txmgr: EstimateGas: execution reverted, nothing sent") {
				t.Fatalf("err = %v, want a txmgr revert", err)
			}
			var de rpc.DataError
			if !errors.As(err, &de) || !strings.HasPrefix(fmt.Sprint(de.ErrorData()), "0x") {
				t.Fatalf("err = %v: the node's revert data is lost", err)
			}
			var be *boomError
			if errors.As(err, &be) != tc.decoded || tc.decoded && fmt.Sprint(be.args) != "[7]" {
				t.Fatalf("err = %v: decoded %v, want %v", err, errors.As(err, &be), tc.decoded)
			}
			if r != nil {
				t.Fatal("a receipt for an estimation revert")
			}
			if len(e.fake.sends()) != 0 || e.nonce(t) != before {
				t.Fatal("a transaction was sent")
			}
			if k := e.journalKeys(t); len(k) != 0 {
				t.Fatalf("journal: %q", k)
			}
		})
	}
}

func TestRPCErrorsRetried(t *testing.T) {
	tests := []struct {
		name      string
		failFirst int
		alternate bool
		retries   int
		wantErr   bool
	}{
		{"few failures recovered", 4, false, 5, false},
		{"every other call fails", 60, true, 3, false},
		{"persistent failure gives up", 1000, false, 3, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			startMiner(t, e.chain)
			e.fake.failFirst = 1 // New itself must retry ChainID
			cfg := fastConfig()
			cfg.MaxRetries = tc.retries
			m := e.manager(t, cfg)
			e.fake.mu.Lock()
			e.fake.calls, e.fake.failFirst, e.fake.alternate, e.fake.failedOn = 0, tc.failFirst, tc.alternate, nil
			e.fake.mu.Unlock()
			before := e.nonce(t)
			_, err := m.Send(ctxT(t, 20*time.Second), transfer(e, "flaky"))
			if tc.wantErr {
				if err == nil || !strings.HasPrefix(err.Error(), "txmgr: ") || !errors.Is(err, errFlaky) {
					t.Fatalf("err = %v, want a txmgr error wrapping the RPC error", err)
				}
				if len(e.fake.sends()) != 0 || e.nonce(t) != before {
					t.Fatal("a transaction was sent")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			e.fake.mu.Lock()
			failedOn := e.fake.failedOn
			e.fake.mu.Unlock()
			if tc.alternate {
				for _, meth := range []string{"EstimateGas", "SuggestGasTipCap", "HeaderByNumber", "PendingNonceAt", "SendTransaction", "TransactionReceipt"} {
					if failedOn[meth] == 0 {
						t.Errorf("no failure injected into %s: %v", meth, failedOn)
					}
				}
			} else if failedOn["EstimateGas"] != tc.failFirst {
				t.Fatalf("failures %v, want %d on EstimateGas", failedOn, tc.failFirst)
			}
			if got := e.nonce(t); got != before+1 {
				t.Fatalf("%d txs mined", got-before)
			}
		})
	}
}

func TestRestartNoDuplicate(t *testing.T) {
	tests := []struct {
		name string
		// dropFirst: the crash came after journalling, before the
		// broadcast reached the node. Otherwise the tx reached the pool
		// and is mined while the node is down.
		dropFirst bool
	}{
		{"journalled but never broadcast", true},
		{"mined while node was down", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			if tc.dropFirst {
				e.fake.dropSends = 1
			}
			before := e.nonce(t)
			m1, err := New(fastConfig(), e.fake, e.acct.Key, NewStoreJournal(e.store), testLogger(t).Named("m1"))
			if err != nil {
				t.Fatal(err)
			}
			// No miner: Send cannot complete; the "crash" is its timeout.
			_, err = m1.Send(ctxT(t, 200*time.Millisecond), transfer(e, "move-1"))
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("first Send: %v, want deadline", err)
			}
			m1.Close()
			if k := e.journalKeys(t); len(k) != 1 || k[0] != "move-1" {
				t.Fatalf("journal before restart: %q", k)
			}
			sent := e.fake.sends()
			if len(sent) == 0 {
				t.Fatal("nothing sent before restart")
			}
			for _, tx := range sent {
				if tx.Hash() != sent[0].Hash() {
					t.Fatalf("two different transactions broadcast before restart: %s, %s", sent[0].Hash(), tx.Hash())
				}
			}
			if err := e.store.Close(); err != nil {
				t.Fatal(err)
			}
			if !tc.dropFirst {
				e.chain.Backend.Commit()
				if got := e.nonce(t); got != before+1 {
					t.Fatalf("tx not mined while down")
				}
			}

			st, err := nodestore.Open(e.dir, testLogger(t))
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			e.store = st
			startMiner(t, e.chain)
			m2, err := New(fastConfig(), e.fake, e.acct.Key, NewStoreJournal(st), testLogger(t).Named("m2"))
			if err != nil {
				t.Fatal(err)
			}
			defer m2.Close()
			// Same key, different payload: must join, not send.
			c := transfer(e, "move-1")
			c.Value = big.NewInt(999)
			r, err := m2.Send(ctxT(t, 20*time.Second), c)
			if err != nil {
				t.Fatal(err)
			}
			if r.TxHash != sent[0].Hash() {
				t.Fatalf("restart sent a new tx %s, journalled %s", r.TxHash, sent[0].Hash())
			}
			if got := e.nonce(t); got != before+1 {
				t.Fatalf("%d txs mined for one key", got-before)
			}
			if k := e.journalKeys(t); len(k) != 0 {
				t.Fatalf("journal after mining: %q", k)
			}
			// The next key gets the next nonce.
			r2, err := m2.Send(ctxT(t, 20*time.Second), transfer(e, "move-2"))
			if err != nil {
				t.Fatal(err)
			}
			tx2, _, err := e.chain.Client.TransactionByHash(context.Background(), r2.TxHash)
			if err != nil || tx2.Nonce() != before+1 {
				t.Fatalf("second tx nonce %v (%v), want %d", tx2.Nonce(), err, before+1)
			}
		})
	}
}

// onceInitCode deploys a contract whose first call sets a flag and whose
// later calls revert with Boom(7).
func onceInitCode(t *testing.T, a abi.ABI) []byte {
	id := a.Errors["Boom"].ID
	code := []byte{
		0x60, 0x00, 0x54, // PUSH1 0 SLOAD
		0x60, 0x0c, 0x57, // PUSH1 12 JUMPI
		0x60, 0x01, 0x60, 0x00, 0x55, // PUSH1 1 PUSH1 0 SSTORE
		0x00,                             // STOP
		0x5b,                             // 12: JUMPDEST
		0x63, id[0], id[1], id[2], id[3], // PUSH4 selector
		0x60, 0xe0, 0x1b, 0x60, 0x00, 0x52, // PUSH1 224 SHL PUSH1 0 MSTORE
		0x60, 0x07, 0x60, 0x04, 0x52, // PUSH1 7 PUSH1 4 MSTORE
		0x60, 0x24, 0x60, 0x00, 0xfd, // PUSH1 36 PUSH1 0 REVERT
	}
	if len(code) != 0x22 {
		t.Fatalf("runtime length %d", len(code))
	}
	init := []byte{0x60, 0x22, 0x80, 0x60, 0x0b, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}
	return append(init, code...)
}

func TestMinedRevertNotRetried(t *testing.T) {
	e := newEnv(t)
	a, err := abi.JSON(strings.NewReader(boomABI))
	if err != nil {
		t.Fatal(err)
	}
	addr, _, err := e.chain.Deploy(e.chain.Accounts[9], onceInitCode(t, a), nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := fastConfig()
	cfg.Revert = decodeBoom(a)
	m := e.manager(t, cfg)
	before := e.nonce(t)
	// Both estimate against the unset flag; mined in one block, the second
	// reverts.
	type result struct {
		r   *types.Receipt
		err error
	}
	res := make(chan result, 2)
	for _, k := range []string{"a", "b"} {
		go func(k string) {
			r, err := m.Send(ctxT(t, 20*time.Second), Candidate{To: &addr, Key: k})
			res <- result{r, err}
		}(k)
	}
	deadline := time.Now().Add(10 * time.Second)
	for len(e.fake.sends()) < 2 {
		if time.Now().After(deadline) {
			t.Fatal("transactions not sent")
		}
		time.Sleep(5 * time.Millisecond)
	}
	startMiner(t, e.chain)
	var ok, reverted int
	for i := 0; i < 2; i++ {
		got := <-res
		if got.err == nil {
			ok++
			continue
		}
		if !errors.Is(got.err, vm.ErrExecutionReverted) || got.r == nil || got.r.Status != types.ReceiptStatusFailed {
			t.Fatalf("err %v, receipt %+v: want a mined revert with its receipt", got.err, got.r)
		}
		var be *boomError
		if !errors.As(got.err, &be) || fmt.Sprint(be.args) != "[7]" || !strings.Contains(got.err.Error(), got.r.TxHash.Hex()) {
			t.Errorf("error %q: want the replayed Boom[7] decoded by Config.Revert, naming the transaction", got.err)
		}
		reverted++
	}
	if ok != 1 || reverted != 1 {
		t.Fatalf("ok %d reverted %d, want 1 and 1", ok, reverted)
	}
	time.Sleep(100 * time.Millisecond)
	if n := e.nonce(t); n != before+2 || len(e.fake.sends()) != 2 {
		t.Fatalf("reverted tx retried: nonce %d -> %d, %d sends", before, n, len(e.fake.sends()))
	}
	if k := e.journalKeys(t); len(k) != 0 {
		t.Fatalf("journal: %q", k)
	}
}

func TestCloseKeepsJournal(t *testing.T) {
	e := newEnv(t) // no miner: the tx stays pending
	m, err := New(fastConfig(), e.fake, e.acct.Key, NewStoreJournal(e.store), testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	errc := make(chan error, 1)
	go func() {
		_, err := m.Send(ctxT(t, 10*time.Second), transfer(e, "pending"))
		errc <- err
	}()
	deadline := time.Now().Add(10 * time.Second)
	for len(e.fake.sends()) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("not sent")
		}
		time.Sleep(5 * time.Millisecond)
	}
	m.Close()
	if err := <-errc; !errors.Is(err, ErrClosed) {
		t.Fatalf("Send during Close: %v, want ErrClosed", err)
	}
	if _, err := m.Send(context.Background(), transfer(e, "later")); !errors.Is(err, ErrClosed) {
		t.Fatalf("Send after Close: %v, want ErrClosed", err)
	}
	if k := e.journalKeys(t); len(k) != 1 || k[0] != "pending" {
		t.Fatalf("journal after Close: %q", k)
	}
}
