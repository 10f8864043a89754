// Package nodetest is a test harness for the node services (submitter,
// challenger): a simulated chain with the real contracts, a background
// miner, per-node stores and transaction managers, and a driver that feeds
// each service the logs of every new block (like chainfollow) and ticks it.
// Test use only.
package nodetest

import (
	"context"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/hashicorp/go-hclog"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/chainconfig"
	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/infra/nodestore"
	"github.com/opml-dev/opml/infra/txmgr"
	"github.com/opml-dev/opml/node"
	"github.com/opml-dev/opml/testkit/simchain"
	"github.com/opml-dev/opml/testkit/testlog"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
)

// Logger routes hclog output to t.Log.
func Logger(t testing.TB, name string) hclog.Logger { return testlog.New(t, name, hclog.Info) }

// Params are short-clock test parameters.
func Params() arbiter.Params {
	return arbiter.Params{Arity: 4, ClockBudget: 3600, SubmitBond: big.NewInt(1000), ChallengeBond: big.NewInt(700),
		ChallengeWindow: 600, RequestTimeout: 7200, MaxCallbackGas: 300_000}
}

// Env is a deployment on a simulated chain with a background miner.
type Env struct {
	T     *testing.T
	Chain *simchain.Chain
	P     arbiter.Params
	Addrs arbiter.Addresses
	mu    sync.Mutex // serialises Advance with the miner
	kick  chan struct{}

	rpcOnce sync.Once
	rpcURL  string
}

// kickClient wakes the miner after every transaction it sends.
type kickClient struct {
	txmgr.Client
	kick chan struct{}
}

func (k kickClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	err := k.Client.SendTransaction(ctx, tx)
	select {
	case k.kick <- struct{}{}:
	default:
	}
	return err
}

// New deploys the contracts and starts a miner that mines a block right
// after a node's txmgr sends a transaction (and every 500ms while the pool
// reports one pending).
func New(t *testing.T, p arbiter.Params) *Env {
	c := simchain.New(t)
	addrs, err := arbiter.Deploy(context.Background(), c.Deployer(c.Accounts[0]), p)
	require.NoError(t, err)
	e := &Env{T: t, Chain: c, P: p, Addrs: addrs, kick: make(chan struct{}, 1)}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			kicked := false
			select {
			case <-done:
				return
			case <-e.kick:
				kicked = true
			case <-time.After(500 * time.Millisecond):
			}
			if !kicked { // the pending count is cached for up to 2s: only a fallback
				n, err := c.Client.PendingTransactionCount(context.Background())
				if err != nil || n == 0 {
					continue
				}
			}
			e.mu.Lock()
			c.Backend.Commit()
			e.mu.Unlock()
		}
	}()
	t.Cleanup(func() { close(done); wg.Wait() })
	return e
}

// Register registers m in the registry.
func (e *Env) Register(m *model.Model) {
	e.mu.Lock()
	defer e.mu.Unlock()
	_, err := e.Chain.Send(e.Chain.Accounts[0], e.Addrs.Registry, nil, arbiter.PackRegister(m, "test://"+m.ID().Hex()))
	require.NoError(e.T, err)
}

// Send sends a transaction from a directly (not through a node).
func (e *Env) Send(a *simchain.Account, to common.Address, value *big.Int, data []byte) *types.Receipt {
	e.mu.Lock()
	defer e.mu.Unlock()
	r, err := e.Chain.Send(a, to, value, data)
	require.NoError(e.T, err)
	return r
}

// Call runs an eth_call.
func (e *Env) Call(to common.Address, data []byte) []byte {
	out, err := e.Chain.Call(common.Address{}, to, data)
	require.NoError(e.T, err)
	return out
}

// Advance moves chain time forward by d (one empty block).
func (e *Env) Advance(d time.Duration) {
	e.mu.Lock()
	defer e.mu.Unlock()
	// AdjustTime needs an empty pool; with nodes running concurrently a
	// transaction may just have arrived: mine it first (the miner waits on
	// mu, so it cannot do it).
	for i := 0; ; i++ {
		err := e.Chain.Backend.AdjustTime(d)
		if err == nil {
			return
		}
		require.Less(e.T, i, 100, "Advance: %v", err)
		e.Chain.Backend.Commit()
		time.Sleep(2 * time.Millisecond)
	}
}

// Service is what the driver drives.
type Service interface {
	HandleLogs(ctx context.Context, logs []types.Log, b *nodestore.Batch) error
	Reorg(ctx context.Context, ancestor uint64, logs []types.Log, b *nodestore.Batch) error
	Tick(ctx context.Context) error
	Prune(ctx context.Context, settled uint64, max int) (node.PruneResult, error)
}

// Node is one service's persistent pieces: a store and a txmgr over it.
type Node struct {
	Name  string
	Dir   string
	Acct  *simchain.Account
	Store *nodestore.Store
	Txm   *txmgr.Manager
	Svc   Service
	next  uint64 // next block to feed
	env   *Env
}

// NewNode opens (or reopens) the store in dir and a txmgr for acct.
func (e *Env) NewNode(name, dir string, acct *simchain.Account) *Node {
	return e.NewNodeWith(name, dir, acct, NodeOptions{})
}

// NodeOptions change how NewNodeWith builds a node's txmgr.
type NodeOptions struct {
	// Client is the txmgr's chain client (default: the in-process
	// client); the miner is still kicked after every send attempt.
	Client txmgr.Client
	// Txmgr, if set, adjusts the txmgr configuration.
	Txmgr func(*txmgr.Config)
}

// NewNodeWith is NewNode with options.
func (e *Env) NewNodeWith(name, dir string, acct *simchain.Account, o NodeOptions) *Node {
	if dir == "" {
		dir = filepath.Join(e.T.TempDir(), name)
	}
	st, err := nodestore.Open(dir, Logger(e.T, name+".store"))
	require.NoError(e.T, err)
	client := o.Client
	if client == nil {
		client = e.Chain.Client
	}
	cfg := txmgr.Config{ReceiptQueryInterval: 5 * time.Millisecond, ResubmissionTimeout: time.Hour,
		RetryInterval: time.Millisecond, Revert: arbiter.WrapRevert}
	if o.Txmgr != nil {
		o.Txmgr(&cfg)
	}
	txm, err := txmgr.New(context.Background(), cfg, kickClient{client, e.kick}, acct.Key, txmgr.NewStoreJournal(st),
		Logger(e.T, name+".txmgr"))
	require.NoError(e.T, err)
	n := &Node{Name: name, Dir: dir, Acct: acct, Store: st, Txm: txm, env: e}
	if c, ok, err := st.Cursor("test"); err == nil && ok {
		n.next = c.Number + 1
	}
	return n
}

// Close closes the node's txmgr and store (a restart).
func (n *Node) Close() {
	n.Txm.Close()
	require.NoError(n.env.T, n.Store.Close())
}

// Feed hands the service the oracle and game logs of every block it has
// not seen, committing the batch with the cursor (as chainfollow does).
func (n *Node) Feed(ctx context.Context) {
	t := n.env.T
	head, err := n.env.Chain.Client.BlockNumber(ctx)
	require.NoError(t, err)
	for ; n.next <= head; n.next++ {
		logs, err := n.env.Chain.Client.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(n.next), ToBlock: new(big.Int).SetUint64(n.next),
			Addresses: []common.Address{n.env.Addrs.Oracle, n.env.Addrs.Game}})
		require.NoError(t, err)
		h, err := n.env.Chain.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(n.next))
		require.NoError(t, err)
		b := n.Store.NewBatch()
		require.NoError(t, n.Svc.HandleLogs(ctx, logs, b))
		b.SetCursor("test", nodestore.Cursor{Number: n.next, Hash: h.Hash()})
		require.NoError(t, b.Commit())
	}
}

// Step feeds new logs then ticks; a Tick error fails the test.
func (n *Node) Step(ctx context.Context) {
	n.Feed(ctx)
	require.NoError(n.env.T, n.Svc.Tick(ctx), n.Name)
}

// Prune takes one retention step of the service with retention r, settled
// by the driver's cursor (the last block fed; the driver keeps no reorg
// history, so its floor is the cursor); an error fails the test.
func (n *Node) Prune(ctx context.Context, r node.Retention) node.PruneResult {
	var settled uint64
	if n.next > 0 {
		settled = r.Settled(n.next-1, n.next-1)
	}
	res, err := n.Svc.Prune(ctx, settled, r.Max())
	require.NoError(n.env.T, err, n.Name)
	return res
}

// Txs counts the transactions a sent in blocks [0, head] to the oracle or
// game, by method name; reverted ones are counted again under
// name + " (reverted)".
func (e *Env) Txs(a common.Address) map[string]int {
	ctx := context.Background()
	head, err := e.Chain.Client.BlockNumber(ctx)
	require.NoError(e.T, err)
	out := map[string]int{}
	signer := types.LatestSignerForChainID(big.NewInt(chainconfig.ChainID))
	for i := uint64(0); i <= head; i++ {
		blk, err := e.Chain.Client.BlockByNumber(ctx, new(big.Int).SetUint64(i))
		require.NoError(e.T, err)
		for _, tx := range blk.Transactions() {
			from, err := types.Sender(signer, tx)
			require.NoError(e.T, err)
			if from != a || len(tx.Data()) < 4 {
				continue
			}
			name := arbiter.MethodName(tx.Data())
			if name == "" {
				name = "?"
			}
			out[name]++
			r, err := e.Chain.Client.TransactionReceipt(ctx, tx.Hash())
			require.NoError(e.T, err)
			if r.Status != types.ReceiptStatusSuccessful {
				out[name+" (reverted)"]++
			}
		}
	}
	return out
}

// Withdrawn is the total a withdrew from the oracle (Withdrawn events).
func (e *Env) Withdrawn(a common.Address) *big.Int {
	logs, err := e.Chain.Client.FilterLogs(context.Background(), ethereum.FilterQuery{FromBlock: big.NewInt(0),
		Addresses: []common.Address{e.Addrs.Oracle}})
	require.NoError(e.T, err)
	sum := new(big.Int)
	for i := range logs {
		if ev, ok := arbiter.DecodeEvent(&logs[i]).(*arbiter.WithdrawnEvent); ok && ev.To == a {
			sum.Add(sum, ev.Amount)
		}
	}
	return sum
}

// Pause stops mining (and Advance) until Resume.
func (e *Env) Pause() { e.mu.Lock() }

// Resume undoes Pause.
func (e *Env) Resume() { e.mu.Unlock() }

// Rewind makes the next Feed start at block next again (a replay).
func (n *Node) Rewind(next uint64) { n.next = next }

// GamesResolved returns the GameResolved status of every resolved game, in
// order.
func (e *Env) GamesResolved() []arbiter.GameStatus {
	logs, err := e.Chain.Client.FilterLogs(context.Background(), ethereum.FilterQuery{FromBlock: big.NewInt(0),
		Addresses: []common.Address{e.Addrs.Game}})
	require.NoError(e.T, err)
	var out []arbiter.GameStatus
	for i := range logs {
		if ev, ok := arbiter.DecodeEvent(&logs[i]).(*arbiter.GameResolvedEvent); ok {
			out = append(out, ev.Status)
		}
	}
	return out
}

// RequireCleanDispute checks the mined transactions (Txs) of a liar, its
// challenger and an honest resubmitter after a dispute: one claim each,
// one challenge, one choose per bisect, one step, the honest node's
// submit/finalize/withdraw only, and nothing reverted.
func RequireCleanDispute(t testing.TB, liar, chal, honest map[string]int) {
	t.Helper()
	require.Equal(t, map[string]int{"submit": 1, "finalize": 1, "withdraw": 1}, honest)
	require.Equal(t, 1, liar["submit"], "the liar claims once")
	require.Equal(t, 1, chal["challenge"])
	require.Equal(t, 1, chal["step"])
	require.Equal(t, 1, chal["withdraw"])
	require.Equal(t, liar["bisect"], chal["choose"], "one choose per bisect")
	for _, m := range []map[string]int{liar, chal, honest} {
		for k := range m {
			require.NotContains(t, k, "reverted")
		}
	}
}

// FixtureEnv is an Env with one fixture model registered.
type FixtureEnv struct {
	*Env
	Model *model.Model
	Input []byte // the fixture's input as InferenceOracle.request takes it
	Want  []byte // the true output, as a claim carries it
}

// NewFixture deploys with p and registers fixture model name
// (fixtures.Load).
func NewFixture(t *testing.T, name string, p arbiter.Params) *FixtureEnv {
	f, err := fixtures.Load(name)
	require.NoError(t, err)
	e := New(t, p)
	e.Register(f.Model)
	input, err := arbiter.RequestInput(&f.Model.Header, f.Input)
	require.NoError(t, err)
	tr, err := vm.NewTrace(f.Model, f.Input)
	require.NoError(t, err)
	want, err := arbiter.ClaimOutput(&f.Model.Header, tr.Output())
	require.NoError(t, err)
	return &FixtureEnv{Env: e, Model: f.Model, Input: input, Want: want}
}

// Request asks for the fixture model on the fixture input from a, paying
// fee, with callbackGas.
func (f *FixtureEnv) Request(a *simchain.Account, fee *big.Int, callbackGas uint64) *types.Receipt {
	return f.Send(a, f.Addrs.Oracle, fee, arbiter.PackRequest(f.Model.ID(), f.Input, callbackGas))
}
