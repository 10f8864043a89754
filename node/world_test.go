package node_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/challenger"
	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/chainconfig"
	"github.com/opml-dev/opml/infra/chainfollow"
	"github.com/opml-dev/opml/infra/txmgr"
	"github.com/opml-dev/opml/node"
	"github.com/opml-dev/opml/node/nodemetrics"
	"github.com/opml-dev/opml/submitter"
	"github.com/opml-dev/opml/testkit/nodetest"
	"github.com/opml-dev/opml/testkit/rpcproxy"
	"github.com/opml-dev/opml/vm/model"
)

// Tests of node.Run with the real submitter and challenger services on the
// real contracts (fixture MLP), each node with its own store and txmgr.

const (
	runFee   = 5000
	pollTick = 20 * time.Millisecond
)

type runWorld struct {
	t     *testing.T
	e     *nodetest.Env
	m     *model.Model
	input []byte
	want  []byte
	o     arbiter.Oracle
}

func newRunWorld(t *testing.T) *runWorld {
	fe := nodetest.NewFixture(t, "mlp", nodetest.Params())
	e := fe.Env
	return &runWorld{t: t, e: e, m: fe.Model, input: fe.Input, want: fe.Want, o: arbiter.Oracle{Addr: e.Addrs.Oracle, Caller: e.Chain.Client}}
}

func (w *runWorld) request() *big.Int {
	w.e.Send(w.e.Chain.Accounts[1], w.e.Addrs.Oracle, big.NewInt(runFee), arbiter.PackRequest(w.m.ID(), w.input, 0))
	return big.NewInt(1)
}

// chainClient is what a node reads and sends through.
type chainClient interface {
	node.Client
	chainfollow.Client
	txmgr.Client
}

// runNode is a node run by node.Run in a goroutine.
type runNode struct {
	*nodetest.Node
	client chainClient
	ticks  atomic.Int64
	cancel context.CancelFunc
	done   chan error
	once   sync.Once
}

// countTicks counts Tick calls (the polls a scenario needed).
type countTicks struct {
	node.Service
	n *atomic.Int64
}

func (c countTicks) Tick(ctx context.Context) error { c.n.Add(1); return c.Service.Tick(ctx) }

// opts configure a node of a scenario.
type opts struct {
	liar          bool
	client        chainClient // nil: the in-process client
	confirmations uint64
	metrics       *nodemetrics.Metrics // nil: none
	// budgetTraces > 0 bounds the node's VM work to that many traces of
	// the world's model and one run at a time (node.Budget).
	budgetTraces int
	dir          string // the node's datadir ("": a fresh one); the same dir restarts a node
	retention    node.Retention
}

func (w *runWorld) newNode(name string, acct int, chal bool, o opts) *runNode {
	client := o.client
	if client == nil {
		client = w.e.Chain.Client
	}
	no := nodetest.NodeOptions{Client: client}
	if o.client != nil {
		// Over a lossy endpoint a broadcast may never arrive: re-broadcast
		// (fee-bumped, same nonce) after a second.
		no.Txmgr = func(c *txmgr.Config) { c.ResubmissionTimeout = time.Second }
	}
	n := w.e.NewNodeWith(name, o.dir, w.e.Chain.Accounts[acct], no)
	log := nodetest.Logger(w.t, name)
	var budget *node.Budget
	if o.budgetTraces > 0 {
		budget = node.NewBudget(uint64(o.budgetTraces)*node.TraceBytes(w.m), 1)
	}
	if chal {
		cfg := challenger.Config{Oracle: w.e.Addrs.Oracle, Models: node.NewModels(w.m),
			Client: client, Sender: n.Txm, Store: n.Store, Logger: log, Metrics: o.metrics, Budget: budget}
		c, err := retryNew(func() (*challenger.Challenger, error) { return challenger.New(context.Background(), cfg) })
		require.NoError(w.t, err)
		n.Svc = c
	} else {
		cfg := submitter.Config{Oracle: w.e.Addrs.Oracle, Models: node.NewModels(w.m), Client: client,
			Sender: n.Txm, Store: n.Store, Logger: log, Metrics: o.metrics, Budget: budget}
		if o.liar {
			cfg.DishonestOutput = true
			cfg.DishonestLieAtStep = w.m.Header.NumSteps / 2
		}
		s, err := retryNew(func() (*submitter.Submitter, error) { return submitter.New(context.Background(), cfg) })
		require.NoError(w.t, err)
		n.Svc = s
	}
	rn := &runNode{Node: n, client: client, done: make(chan error, 1)}
	ctx, cancel := context.WithCancel(context.Background())
	rn.cancel = cancel
	cfg := node.RunConfig{TickInterval: pollTick, Follow: chainfollow.Config{Stream: "events",
		Addresses: []common.Address{w.e.Addrs.Oracle, w.e.Addrs.Game}, Confirmations: o.confirmations,
		PollInterval: pollTick, RetryInterval: pollTick, MaxRetryInterval: 200 * time.Millisecond}, Retention: o.retention}
	go func() { rn.done <- node.Run(ctx, client, n.Store, cfg, countTicks{n.Svc, &rn.ticks}, log.Named("run")) }()
	w.t.Cleanup(rn.stop)
	return rn
}

// retryNew retries a service constructor: New reads the chain (bonds,
// game address) once and fails on a flaky endpoint, so a node's start-up
// must retry it.
func retryNew[T any](f func() (T, error)) (T, error) {
	var (
		v   T
		err error
	)
	for range 50 {
		if v, err = f(); err == nil {
			return v, nil
		}
		time.Sleep(pollTick)
	}
	return v, err
}

// stop cancels Run, checks it returned the context's error, and closes
// the node.
func (n *runNode) stop() {
	n.once.Do(func() {
		n.cancel()
		select {
		case err := <-n.done:
			if !errors.Is(err, context.Canceled) {
				n.Node.Close()
				panic("node.Run returned " + err.Error())
			}
		case <-time.After(30 * time.Second):
			panic("node.Run did not return after cancel")
		}
		n.Node.Close()
	})
}

// flakyClient returns a client that talks to the chain over HTTP through a
// seeded fault-injecting proxy.
func (w *runWorld) flakyClient(seed uint64, f rpcproxy.Faults) (*ethclient.Client, *rpcproxy.Proxy) {
	p, err := rpcproxy.Start(w.e.RPCURL(), f, seed)
	require.NoError(w.t, err)
	w.t.Cleanup(func() { _ = p.Close() })
	c, err := ethclient.Dial(p.URL())
	require.NoError(w.t, err)
	w.t.Cleanup(c.Close)
	return c, p
}

// waitFor polls cond every pollTick until it holds or timeout passes.
func (w *runWorld) waitFor(what string, timeout time.Duration, cond func() bool) {
	w.t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			w.t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(pollTick)
	}
}

func (w *runWorld) requestState(id *big.Int) arbiter.Request {
	r, err := w.o.Request(context.Background(), id)
	require.NoError(w.t, err)
	return r
}

func (w *runWorld) claimState(id *big.Int) arbiter.Claim {
	c, err := w.o.Claim(context.Background(), id)
	require.NoError(w.t, err)
	return c
}

func (w *runWorld) credit(a common.Address) *big.Int {
	c, err := w.o.Credit(context.Background(), a)
	require.NoError(w.t, err)
	return c
}

// gameTxs returns the calldata of every transaction a sent to the game
// contract on the canonical chain, whether each succeeded, and how many
// reverted.
func (w *runWorld) gameTxs(a common.Address) (data []string, ok []bool, reverted int) {
	ctx := context.Background()
	head, _ := w.e.Head()
	signer := types.LatestSignerForChainID(big.NewInt(chainconfig.ChainID))
	for i := uint64(0); i <= head; i++ {
		blk, err := w.e.Chain.Client.BlockByNumber(ctx, new(big.Int).SetUint64(i))
		require.NoError(w.t, err)
		for _, tx := range blk.Transactions() {
			from, err := types.Sender(signer, tx)
			require.NoError(w.t, err)
			if from != a || tx.To() == nil || *tx.To() != w.e.Addrs.Game {
				continue
			}
			data = append(data, common.Bytes2Hex(tx.Data()))
			r, err := w.e.Chain.Client.TransactionReceipt(ctx, tx.Hash())
			require.NoError(w.t, err)
			ok = append(ok, r.Status == types.ReceiptStatusSuccessful)
			if r.Status != types.ReceiptStatusSuccessful {
				reverted++
			}
		}
	}
	return data, ok, reverted
}

// requireDistinctMoves checks that no game transaction of a that
// succeeded repeats another successful one (calldata names the game and
// position, so a move landing twice would repeat it).
func (w *runWorld) requireDistinctMoves(a common.Address, who string) {
	data, ok, _ := w.gameTxs(a)
	seen := map[string]bool{}
	for i, d := range data {
		if !ok[i] {
			continue
		}
		require.False(w.t, seen[d], "%s: a game move landed twice", who)
		seen[d] = true
	}
}

// requireNoDuplicateMoves checks that every game transaction of a on the
// canonical chain is distinct (a move names its position, so a re-sent
// move would repeat calldata) and none reverted.
func (w *runWorld) requireNoDuplicateMoves(a common.Address, who string) {
	data, _, reverted := w.gameTxs(a)
	seen := map[string]bool{}
	for _, d := range data {
		require.False(w.t, seen[d], "%s sent a game move twice", who)
		seen[d] = true
	}
	require.Zero(w.t, reverted, "%s: reverted game transactions", who)
}
