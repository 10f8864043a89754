package txmgr

import (
	"context"
	"fmt"
	"math/big"
	"reflect"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/jonboulle/clockwork"

	"github.com/opml-dev/opml/contracts/chainconfig"
	"github.com/opml-dev/opml/testkit/simchain"
)

// Congestion tests run the Manager on the simulated chain against a
// competitor: another account whose transactions call a contract that
// executes INVALID, so each one uses its whole gas limit in no time. Sixty
// of them fill a block (simchain.BlockGasLimit), and a full block raises the
// base fee by 12.5%; thirty fill it to the gas target and keep the base fee
// where it is. The Manager runs on a fake clock: before each block the
// test waits until every goroutine of the Manager is parked, lets the
// competitor queue its load, mines, and advances the clock one receipt
// interval, so that a block is a second and every run takes the same steps.

const (
	burnGas    = 1_000_000
	fullBlock  = simchain.BlockGasLimit / burnGas
	targetLoad = fullBlock / 2
)

// competitorFeeCap keeps the competitor's transactions includable while the
// base fee climbs (from below 1 gwei), and under the node's 1 ether cap on
// a transaction's fee (burnGas × fee cap).
var competitorFeeCap = big.NewInt(900 * params.GWei)

type competitor struct {
	chain *simchain.Chain
	acct  *simchain.Account
	to    common.Address
	nonce uint64
	sent  int
}

func newCompetitor(t *testing.T, e *env) *competitor {
	t.Helper()
	// Init code: store 0xfe (INVALID) at 0 and return it as the code.
	burner, _, err := e.chain.Deploy(e.chain.Accounts[9], []byte{0x60, 0xfe, 0x60, 0x00, 0x53, 0x60, 0x01, 0x60, 0x00, 0xf3}, nil)
	if err != nil {
		t.Fatal(err)
	}
	acct := e.chain.Accounts[2]
	n, err := e.chain.Client.PendingNonceAt(context.Background(), acct.Addr)
	if err != nil {
		t.Fatal(err)
	}
	return &competitor{chain: e.chain, acct: acct, to: burner, nonce: n}
}

// queue sends n burning transactions paying tip.
func (c *competitor) queue(t *testing.T, n int, tip *big.Int) {
	t.Helper()
	signer := types.LatestSignerForChainID(big.NewInt(chainconfig.ChainID))
	for i := 0; i < n; i++ {
		tx, err := types.SignNewTx(c.acct.Key, signer, &types.DynamicFeeTx{
			ChainID: big.NewInt(chainconfig.ChainID), Nonce: c.nonce, GasTipCap: tip, GasFeeCap: competitorFeeCap,
			Gas: burnGas, To: &c.to,
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := c.chain.Client.SendTransaction(context.Background(), tx); err != nil {
			t.Fatalf("competitor: %v", err)
		}
		c.nonce++
		c.sent++
	}
	// The pool promotes new transactions in the background: wait until it
	// counts every one as pending, so that the next block holds them all.
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(time.Millisecond) {
		n, err := c.chain.Client.PendingNonceAt(context.Background(), c.acct.Addr)
		if err != nil {
			t.Fatal(err)
		}
		if n == c.nonce {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("competitor: the pool holds %d of its transactions pending, want %d", n, c.nonce)
		}
	}
}

func (e *env) baseFee(t *testing.T) *big.Int {
	t.Helper()
	h, err := e.chain.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return h.BaseFee
}

func (e *env) suggestedTip(t *testing.T) *big.Int {
	t.Helper()
	tip, err := e.chain.Client.SuggestGasTipCap(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return tip
}

// allParked waits until at least live() goroutines of the Manager wait on
// clk. live is re-read while waiting: a flight that has just ended is no
// longer counted once its Send has returned.
func allParked(t *testing.T, clk *clockwork.FakeClock, live func() int) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
		err := clk.BlockUntilContext(ctx, live())
		cancel()
		if err == nil {
			return
		}
	}
	t.Fatalf("the manager's %d live goroutine(s) never all parked on the clock", live())
}

// congested mines blocks, each after load(block) (block counts from 0) has
// queued the competitor's transactions, until done() or maxBlocks blocks.
// It returns the number of blocks mined.
func (e *env) congested(t *testing.T, clk *clockwork.FakeClock, live func() int, load func(block int), done func() bool, maxBlocks int) int {
	t.Helper()
	for b := 0; b < maxBlocks; b++ {
		if done() {
			return b
		}
		allParked(t, clk, live)
		load(b)
		e.chain.Backend.Commit()
		clk.Advance(time.Second)
	}
	return maxBlocks
}

// single returns live and done for one Send in flight.
func single(res <-chan sendResult) (live func() int, done func() bool, result func() sendResult) {
	var got *sendResult
	var mu sync.Mutex
	done = func() bool {
		mu.Lock()
		defer mu.Unlock()
		if got != nil {
			return true
		}
		select {
		case r := <-res:
			got = &r
			return true
		default:
			return false
		}
	}
	live = func() int {
		if done() {
			return 0
		}
		return 1
	}
	result = func() sendResult {
		mu.Lock()
		defer mu.Unlock()
		return *got
	}
	return live, done, result
}

// TestOutbid: a competitor outbids the Manager's transaction twentyfold,
// past FeeLimitMultiplier × the first send's tip, filling every block. The
// Manager
// follows the market with its bumps and is mined while the competitor
// still fills the blocks. With the limit tied to the first price it stayed
// stuck for good.
func TestOutbid(t *testing.T) {
	e := newEnv(t)
	comp := newCompetitor(t, e)
	clk := clockwork.NewFakeClock()
	m := e.manager(t, Config{Clock: clk, ResubmissionTimeout: 2 * time.Second})
	before := e.nonce(t)
	outbid := new(big.Int).Mul(e.suggestedTip(t), big.NewInt(20))
	res := sendAsync(ctxT(t, 120*time.Second), m, transfer(e, "outbid"))
	parked(t, clk, 1)
	live, done, result := single(res)
	blocks := e.congested(t, clk, live, func(int) { comp.queue(t, fullBlock, outbid) }, done, 50)
	if !done() {
		t.Fatalf("not mined after %d blocks of congestion (base fee %v)", blocks, e.baseFee(t))
	}
	got := result()
	if got.err != nil {
		t.Fatal(got.err)
	}
	sent := e.fake.sends()
	first := sent[0]
	var mined *types.Transaction
	for _, tx := range sent {
		if tx.Nonce() != before {
			t.Fatalf("a send at nonce %d, want every version at %d", tx.Nonce(), before)
		}
		if tx.Hash() == got.r.TxHash {
			mined = tx
		}
	}
	if mined == nil || mined.Hash() == first.Hash() {
		t.Fatalf("mined %s: want a bumped version of %s", got.r.TxHash, first.Hash())
	}
	limit := new(big.Int).Mul(first.GasTipCap(), big.NewInt(int64(m.cfg.FeeLimitMultiplier)))
	if mined.GasTipCap().Cmp(limit) <= 0 || mined.GasTipCap().Cmp(outbid) < 0 {
		t.Fatalf("mined tip %v: want the competitor's %v, above %d × the first tip %v", mined.GasTipCap(), outbid, m.cfg.FeeLimitMultiplier, first.GasTipCap())
	}
	// Mined in a block the competitor filled but for the Manager's
	// transaction: it outbid the competitor, not waited for it to stop.
	blk, err := e.chain.Client.BlockByNumber(context.Background(), got.r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	if blk.GasUsed() < uint64(fullBlock-1)*burnGas {
		t.Fatalf("mined in a block using %d gas: not a congested block", blk.GasUsed())
	}
	t.Logf("mined after %d blocks and %d sends; tip %v -> %v (competitor %v), fee cap %v -> %v, base fee %v",
		blocks, len(sent), first.GasTipCap(), mined.GasTipCap(), outbid, first.GasFeeCap(), mined.GasFeeCap(), e.baseFee(t))
	e.settled(t, m, len(sent), before+1)
}

// TestBaseFeeAboveLimit: full blocks raise the base fee past
// FeeLimitMultiplier × the first send's fee cap before the Manager's first
// resubmission; then the competitor keeps the base fee there (blocks at
// the gas target) with room to spare. The Manager's bump follows the base
// fee and is mined; with the limit tied to the first price it was
// re-broadcast unchanged for good.
func TestBaseFeeAboveLimit(t *testing.T) {
	e := newEnv(t)
	comp := newCompetitor(t, e)
	clk := clockwork.NewFakeClock()
	const rising = 32
	m := e.manager(t, Config{Clock: clk, ResubmissionTimeout: (rising + 2) * time.Second})
	before := e.nonce(t)
	tip := new(big.Int).Mul(e.suggestedTip(t), big.NewInt(2))
	res := sendAsync(ctxT(t, 120*time.Second), m, transfer(e, "basefee"))
	parked(t, clk, 1)
	live, done, result := single(res)
	load := func(b int) {
		if b < rising {
			comp.queue(t, fullBlock, tip)
			return
		}
		comp.queue(t, targetLoad, tip)
	}
	blocks := e.congested(t, clk, live, load, done, rising+40)
	sent := e.fake.sends()
	first := sent[0]
	limit := new(big.Int).Mul(first.GasFeeCap(), big.NewInt(int64(m.cfg.FeeLimitMultiplier)))
	if e.baseFee(t).Cmp(limit) <= 0 {
		t.Fatalf("base fee %v not above %d × the first fee cap %v: the test proves nothing", e.baseFee(t), m.cfg.FeeLimitMultiplier, first.GasFeeCap())
	}
	if !done() {
		t.Fatalf("not mined after %d blocks (base fee %v, first fee cap %v, %d sends)", blocks, e.baseFee(t), first.GasFeeCap(), len(sent))
	}
	got := result()
	if got.err != nil {
		t.Fatal(got.err)
	}
	if got.r.TxHash == first.Hash() {
		t.Fatal("the first version was mined, below the base fee")
	}
	t.Logf("mined after %d blocks and %d sends; fee cap %v -> %v, base fee %v", blocks, len(sent), first.GasFeeCap(), got.r.EffectiveGasPrice, e.baseFee(t))
	e.settled(t, m, len(sent), before+1)
}

// TestManyInFlightCongested: fifty transactions from one Manager, sent at
// once into blocks a competitor fills at twenty times their tip. Before
// their first resubmission the base fee has risen past FeeLimitMultiplier ×
// their fee caps; then the competitor leaves room (blocks at the gas
// target, still outbidding them). Every one is mined, at contiguous
// nonces; every broadcast for a key (each key pays a distinct value) is at
// the one nonce that key was mined at (bumps are replacements, never a
// second transaction); no key is lost and the journal is empty.
func TestManyInFlightCongested(t *testing.T) {
	e := newEnv(t)
	comp := newCompetitor(t, e)
	clk := clockwork.NewFakeClock()
	const n, rising = 50, 32
	m := e.manager(t, Config{Clock: clk, ResubmissionTimeout: (rising + 2) * time.Second})
	before := e.nonce(t)
	outbid := new(big.Int).Mul(e.suggestedTip(t), big.NewInt(20))
	var (
		pending atomic.Int64
		mu      sync.Mutex
		results = map[int64]sendResult{} // by value
	)
	pending.Store(n)
	ctx := ctxT(t, 180*time.Second)
	var wg sync.WaitGroup
	for i := int64(1); i <= n; i++ {
		wg.Add(1)
		go func(v int64) {
			defer wg.Done()
			c := transfer(e, fmt.Sprint("many-", v))
			c.Value = big.NewInt(v)
			r, err := m.Send(ctx, c)
			mu.Lock()
			results[v] = sendResult{r, err}
			mu.Unlock()
			pending.Add(-1)
		}(i)
	}
	parked(t, clk, n) // all fifty sent and awaited
	if p := len(e.fake.sends()); p != n {
		t.Fatalf("%d sends for %d transactions before any block", p, n)
	}
	load := func(b int) {
		if b < rising {
			comp.queue(t, fullBlock, outbid)
			return
		}
		comp.queue(t, targetLoad, outbid)
	}
	live := func() int { return int(pending.Load()) }
	done := func() bool { return pending.Load() == 0 }
	blocks := e.congested(t, clk, live, load, done, rising+40)
	sent := e.fake.sends()
	maxFirstCap := new(big.Int)
	for _, tx := range sent[:n] {
		maxFirstCap = maxBig(maxFirstCap, tx.GasFeeCap())
	}
	if limit := new(big.Int).Mul(maxFirstCap, big.NewInt(int64(m.cfg.FeeLimitMultiplier))); e.baseFee(t).Cmp(limit) <= 0 {
		t.Fatalf("base fee %v not above %d × the first fee caps (at most %v): the test proves nothing", e.baseFee(t), m.cfg.FeeLimitMultiplier, maxFirstCap)
	}
	if !done() {
		t.Fatalf("%d of %d still unmined after %d blocks", pending.Load(), n, blocks)
	}
	wg.Wait()
	nonceOf := map[int64]uint64{} // value (key) -> mined nonce
	keyAt := map[uint64]int64{}   // mined nonce -> value (key)
	for v, r := range results {
		if r.err != nil {
			t.Fatalf("key %d: %v", v, r.err)
		}
		if r.r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("key %d: status %d", v, r.r.Status)
		}
		tx, _, err := e.chain.Client.TransactionByHash(context.Background(), r.r.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		if tx.Value().Int64() != v {
			t.Fatalf("key %d got the receipt of a transaction paying %v", v, tx.Value())
		}
		if other, ok := keyAt[tx.Nonce()]; ok {
			t.Fatalf("keys %d and %d both mined at nonce %d", v, other, tx.Nonce())
		}
		keyAt[tx.Nonce()], nonceOf[v] = v, tx.Nonce()
	}
	if len(results) != n {
		t.Fatalf("%d results for %d sends", len(results), n)
	}
	for k := before; k < before+n; k++ {
		if _, ok := keyAt[k]; !ok {
			t.Fatalf("nonce %d not mined: nonces not contiguous", k)
		}
	}
	versions := map[int64]int{}
	for _, tx := range sent {
		v := tx.Value().Int64()
		if want, ok := nonceOf[v]; !ok || tx.Nonce() != want {
			t.Fatalf("a send for key %d at nonce %d; the key was mined at %d", v, tx.Nonce(), want)
		}
		versions[v]++
	}
	for v := int64(1); v <= n; v++ {
		if versions[v] < 2 {
			t.Fatalf("key %d broadcast %d time(s): the congestion did not hold it back", v, versions[v])
		}
	}
	if k := e.journalKeys(t); len(k) != 0 {
		t.Fatalf("journal not emptied: %q", k)
	}
	t.Logf("%d transactions mined after %d blocks with %d broadcasts; base fee %v, first fee caps at most %v", n, blocks, len(sent), e.baseFee(t), maxFirstCap)
	e.settled(t, m, len(sent), before+n)
}

// TestMinedNonceNotReplaced: the transaction is mined but the node does
// not serve its receipt yet (still indexing) when the resubmission timeout
// passes. The Manager sees that the chain has used the nonce and waits for
// the receipt; a replacement could only be rejected ("nonce too low").
func TestMinedNonceNotReplaced(t *testing.T) {
	e := newEnv(t)
	clk := clockwork.NewFakeClock()
	m := e.manager(t, Config{Clock: clk, ResubmissionTimeout: 3 * time.Second})
	cfg := m.cfg
	before := e.nonce(t)
	res := sendAsync(ctxT(t, 30*time.Second), m, transfer(e, "mined"))
	parked(t, clk, 1)
	e.fake.mu.Lock()
	e.fake.hideReceipts = 1 << 30
	e.fake.mu.Unlock()
	e.chain.Backend.Commit()
	if e.nonce(t) != before+1 {
		t.Fatal("not mined")
	}
	// Two resubmission timeouts pass without a receipt.
	for now := time.Duration(0); now < 2*cfg.ResubmissionTimeout; now += cfg.ReceiptQueryInterval {
		clk.Advance(cfg.ReceiptQueryInterval)
		parked(t, clk, 1)
	}
	if sent := e.fake.sends(); len(sent) != 1 {
		t.Fatalf("%d sends: a replacement of a mined nonce (second %s)", len(sent), sent[1].Hash())
	}
	e.fake.mu.Lock()
	e.fake.hideReceipts = 0
	e.fake.mu.Unlock()
	clk.Advance(cfg.ReceiptQueryInterval)
	got := <-res
	if got.err != nil {
		t.Fatal(got.err)
	}
	if got.r.TxHash != e.fake.sends()[0].Hash() {
		t.Fatalf("receipt of %s, want the one sent", got.r.TxHash)
	}
	e.settled(t, m, 1, before+1)
}

// TestZeroTipBumped: on a chain whose nodes suggest no tip and accept
// none (the miner's minimum tip set to 0), the first transaction pays tip
// 0. Stuck, it is still replaced: the bump pays 1 wei of tip, which the
// node accepts as a replacement, and that version is mined. A fee limit
// that is a multiple of a zero tip allowed no bump at all.
func TestZeroTipBumped(t *testing.T) {
	e := newEnv(t)
	setMinerTip(t, e.chain, 0)
	e.fake.zeroTip = true
	clk := clockwork.NewFakeClock()
	m := e.manager(t, Config{Clock: clk, ResubmissionTimeout: 3 * time.Second})
	cfg := m.cfg
	before := e.nonce(t)
	res := sendAsync(ctxT(t, 30*time.Second), m, transfer(e, "zero"))
	// No block until the Manager has bumped (or re-broadcast).
	for waited := time.Duration(0); len(e.fake.sends()) < 2; waited += cfg.ReceiptQueryInterval {
		if waited > 10*cfg.ResubmissionTimeout {
			t.Fatal("no second broadcast")
		}
		parked(t, clk, 1)
		clk.Advance(cfg.ReceiptQueryInterval)
	}
	parked(t, clk, 1)
	sent := e.fake.sends()
	first, second := sent[0], sent[1]
	if first.GasTipCap().Sign() != 0 {
		t.Fatalf("first tip %v, want 0", first.GasTipCap())
	}
	if second.Hash() == first.Hash() || second.Nonce() != first.Nonce() || second.GasTipCap().Sign() <= 0 {
		t.Fatalf("second broadcast tip %v nonce %d (first %s tip 0 nonce %d): want a bump", second.GasTipCap(), second.Nonce(), first.Hash(), first.Nonce())
	}
	// The node took the replacement: it knows the bump, not the first.
	if _, _, err := e.chain.Client.TransactionByHash(context.Background(), second.Hash()); err != nil {
		t.Fatalf("the node does not have the bump: %v", err)
	}
	e.chain.Backend.Commit()
	clk.Advance(cfg.ReceiptQueryInterval)
	got := <-res
	if got.err != nil {
		t.Fatal(got.err)
	}
	if got.r.TxHash != second.Hash() {
		t.Fatalf("mined %s, want the bump %s", got.r.TxHash, second.Hash())
	}
	e.settled(t, m, 2, before+1)
}

// setMinerTip sets the node's minimum tip for its pool and blocks
// (miner_setGasPrice; geth raises a configured 0 to its default, so only
// this call sets 0). The simulated client hides its RPC client; it is the
// embedded *ethclient.Client of the client's struct.
func setMinerTip(t *testing.T, c *simchain.Chain, tip int64) {
	t.Helper()
	v := reflect.ValueOf(c.Client)
	if v.Kind() != reflect.Struct {
		t.Fatalf("simulated client is a %v", v.Kind())
	}
	ec, ok := v.FieldByName("Client").Interface().(*ethclient.Client)
	if !ok {
		t.Fatal("simulated client embeds no *ethclient.Client")
	}
	var done bool
	if err := ec.Client().Call(&done, "miner_setGasPrice", (*hexutil.Big)(big.NewInt(tip))); err != nil || !done {
		t.Fatalf("miner_setGasPrice: %v %v", done, err)
	}
}
