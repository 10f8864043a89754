package devnet_test

import (
	"context"
	"encoding/json"
	"math/big"
	"net"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/hashicorp/go-hclog"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/testkit/testlog"
	"github.com/opml-dev/opml/tooling/devnet"
)

// generous is the deadline for anything that should happen "promptly".
const generous = 30 * time.Second

func start(t *testing.T, cfg devnet.Config) *devnet.Devnet {
	t.Helper()
	if cfg.Logger == nil {
		cfg.Logger = testlog.New(t, "devnet", hclog.Debug)
	}
	d, err := devnet.Start(cfg)
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, d.Close()) })
	return d
}

func dial(t *testing.T, url string) *ethclient.Client {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), generous)
	defer cancel()
	c, err := ethclient.DialContext(ctx, url)
	require.NoError(t, err)
	t.Cleanup(c.Close)
	return c
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), generous)
	t.Cleanup(cancel)
	return ctx
}

// send signs and sends a dynamic-fee transaction (to nil: contract creation).
func send(t *testing.T, ctx context.Context, c *ethclient.Client, from devnet.Account, to *common.Address, value *big.Int, data []byte) *types.Transaction {
	t.Helper()
	chainID, err := c.ChainID(ctx)
	require.NoError(t, err)
	nonce, err := c.PendingNonceAt(ctx, from.Address)
	require.NoError(t, err)
	tip, err := c.SuggestGasTipCap(ctx) // eth_maxPriorityFeePerGas
	require.NoError(t, err)
	head, err := c.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	gas, err := c.EstimateGas(ctx, ethereum.CallMsg{From: from.Address, To: to, Value: value, Data: data})
	require.NoError(t, err)
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas + gas/5, To: to, Value: value, Data: data,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(chainID), from.Key)
	require.NoError(t, err)
	require.NoError(t, c.SendTransaction(ctx, signed))
	return signed
}

func waitReceipt(t *testing.T, ctx context.Context, c *ethclient.Client, hash common.Hash) *types.Receipt {
	t.Helper()
	for {
		r, err := c.TransactionReceipt(ctx, hash)
		if err == nil {
			return r
		}
		require.ErrorIs(t, err, ethereum.NotFound)
		select {
		case <-ctx.Done():
			t.Fatalf("no receipt for %s: %v", hash, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func TestDialHTTPAndWS(t *testing.T) {
	d := start(t, devnet.Config{})
	require.True(t, strings.HasPrefix(d.HTTPEndpoint(), "http://127.0.0.1:"), d.HTTPEndpoint())
	require.True(t, strings.HasPrefix(d.WSEndpoint(), "ws://127.0.0.1:"), d.WSEndpoint())
	require.Equal(t, big.NewInt(1337), d.ChainID())
	ctx := ctxT(t)
	for _, url := range []string{d.HTTPEndpoint(), d.WSEndpoint()} {
		c := dial(t, url)
		id, err := c.ChainID(ctx)
		require.NoError(t, err, url)
		require.Equal(t, uint64(1337), id.Uint64(), url)
		net, err := c.NetworkID(ctx)
		require.NoError(t, err, url)
		require.Equal(t, uint64(1337), net.Uint64(), url)
		n, err := c.BlockNumber(ctx)
		require.NoError(t, err, url)
		require.GreaterOrEqual(t, n, uint64(1), "Start seals block 1")

		// The served namespaces answer.
		var version string
		require.NoError(t, c.Client().CallContext(ctx, &version, "web3_clientVersion"), url)
		var content map[string]any
		require.NoError(t, c.Client().CallContext(ctx, &content, "txpool_content"), url)
		require.NoError(t, c.Client().CallContext(ctx, nil, "dev_setFeeRecipient", common.Address{}), url)
		// The testing namespace would bypass the sealer: it is not served.
		var h common.Hash
		err = c.Client().CallContext(ctx, &h, "testing_commitBlockV1", map[string]any{}, nil, nil)
		require.Error(t, err, url)
	}
}

func TestOsakaRules(t *testing.T) {
	d := start(t, devnet.Config{})
	c := dial(t, d.HTTPEndpoint())
	ctx := ctxT(t)

	head, err := c.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.NotNil(t, head.BaseFee, "London")
	require.NotNil(t, head.WithdrawalsHash, "Shanghai")
	require.NotNil(t, head.BlobGasUsed, "Cancun")
	require.NotNil(t, head.ExcessBlobGas, "Cancun")
	require.NotNil(t, head.ParentBeaconRoot, "Cancun")
	require.NotNil(t, head.RequestsHash, "Prague")
	require.Zero(t, head.Difficulty.Sign(), "post-merge")
	require.Equal(t, uint64(devnet.DefaultGasLimit), head.GasLimit)

	// eth_config (EIP-7910): the current fork is Osaka (it has the P256VERIFY
	// precompile at 0x100) and no later fork is scheduled.
	var cfg struct {
		Current *struct {
			ChainID     *hexutil.Big              `json:"chainId"`
			Precompiles map[string]common.Address `json:"precompiles"`
		} `json:"current"`
		Next json.RawMessage `json:"next"`
	}
	require.NoError(t, c.Client().CallContext(ctx, &cfg, "eth_config"))
	require.NotNil(t, cfg.Current)
	require.Equal(t, uint64(1337), cfg.Current.ChainID.ToInt().Uint64())
	var hasP256 bool
	for _, a := range cfg.Current.Precompiles {
		hasP256 = hasP256 || a == common.BytesToAddress([]byte{0x01, 0x00})
	}
	require.True(t, hasP256, "Osaka precompile P256VERIFY: %v", cfg.Current.Precompiles)
	require.Equal(t, "null", string(cfg.Next), "no fork after Osaka")

	// CLZ (EIP-7939, Osaka): init code PUSH1 1 CLZ PUSH1 0 MSTORE PUSH1 32
	// PUSH1 0 RETURN returns clz(1) = 255.
	out, err := c.CallContract(ctx, ethereum.CallMsg{Data: common.FromHex("0x6001" + "1e" + "600052" + "60206000f3")}, nil)
	require.NoError(t, err)
	require.Equal(t, uint64(255), new(big.Int).SetBytes(out).Uint64())
}

func TestGenesisAndAccountsDeterministic(t *testing.T) {
	g1, a1, err := devnet.Genesis(devnet.Config{})
	require.NoError(t, err)
	g2, a2, err := devnet.Genesis(devnet.Config{})
	require.NoError(t, err)
	require.Equal(t, g1.ToBlock().Hash(), g2.ToBlock().Hash())
	require.Len(t, a1, devnet.DefaultAccounts)
	require.Equal(t, uint64(0), g1.Timestamp)
	require.Equal(t, uint64(1337), g1.Config.ChainID.Uint64())
	require.NotNil(t, g1.Config.OsakaTime)
	for i := range a1 {
		require.Equal(t, a1[i].Address, a2[i].Address)
		want := crypto.Keccak256([]byte("opml devnet account " + strconv.Itoa(i)))
		require.Equal(t, want, crypto.FromECDSA(a1[i].Key))
		require.Equal(t, crypto.PubkeyToAddress(a1[i].Key.PublicKey), a1[i].Address)
	}
	// A different config is a different genesis.
	g3, _, err := devnet.Genesis(devnet.Config{Accounts: 3})
	require.NoError(t, err)
	require.NotEqual(t, g1.ToBlock().Hash(), g3.ToBlock().Hash())

	d := start(t, devnet.Config{})
	require.Equal(t, g1.ToBlock().Hash(), d.GenesisHash())
	accts := d.Accounts()
	require.Len(t, accts, len(a1))
	for i := range accts {
		require.Equal(t, a1[i].Address, accts[i].Address)
	}
	c := dial(t, d.HTTPEndpoint())
	g, err := c.HeaderByNumber(ctxT(t), big.NewInt(0))
	require.NoError(t, err)
	require.Equal(t, d.GenesisHash(), g.Hash())
}

func TestPrefundedBalance(t *testing.T) {
	bal := new(big.Int).Mul(big.NewInt(7), big.NewInt(params.Ether))
	d := start(t, devnet.Config{Accounts: 3, Balance: bal})
	require.Len(t, d.Accounts(), 3)
	c := dial(t, d.HTTPEndpoint())
	for _, a := range d.Accounts() {
		got, err := c.BalanceAt(ctxT(t), a.Address, nil)
		require.NoError(t, err)
		require.Equal(t, bal, got)
	}
	// Default balance: 10,000 ether.
	d2 := start(t, devnet.Config{})
	c2 := dial(t, d2.HTTPEndpoint())
	got, err := c2.BalanceAt(ctxT(t), d2.Accounts()[9].Address, nil)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether)), got)
}

func TestTransferSealedInstantly(t *testing.T) {
	// An hour-long heartbeat: a receipt can only come from instant sealing.
	d := start(t, devnet.Config{BlockTime: time.Hour})
	c := dial(t, d.HTTPEndpoint())
	ctx := ctxT(t)
	from, to := d.Accounts()[0], d.Accounts()[1]
	before, err := c.BalanceAt(ctx, to.Address, nil)
	require.NoError(t, err)

	value := big.NewInt(params.Ether)
	tx := send(t, ctx, c, from, &to.Address, value, nil)
	r := waitReceipt(t, ctx, c, tx.Hash())
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)

	after, err := c.BalanceAt(ctx, to.Address, nil)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Add(before, value), after)

	// A burst of transactions is sealed too (possibly over several blocks).
	var last *types.Transaction
	for range 5 {
		last = send(t, ctx, c, from, &to.Address, big.NewInt(1), nil)
	}
	require.Equal(t, types.ReceiptStatusSuccessful, waitReceipt(t, ctx, c, last.Hash()).Status)

	// Fee market RPCs.
	fh, err := c.FeeHistory(ctx, 4, nil, []float64{50})
	require.NoError(t, err)
	require.NotEmpty(t, fh.BaseFee)
	tip, err := c.SuggestGasTipCap(ctx)
	require.NoError(t, err)
	require.Positive(t, tip.Sign())

	// Timestamps strictly increase.
	head, err := c.BlockNumber(ctx)
	require.NoError(t, err)
	var prev uint64
	for n := uint64(0); n <= head; n++ {
		h, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		require.NoError(t, err)
		if n > 0 {
			require.Greater(t, h.Time, prev, "block %d", n)
		}
		prev = h.Time
	}
	require.GreaterOrEqual(t, prev+2, uint64(time.Now().Unix()), "chain time is not behind the wall clock")
}

func TestHeartbeatAdvancesHead(t *testing.T) {
	d := start(t, devnet.Config{BlockTime: time.Second})
	c := dial(t, d.HTTPEndpoint())
	ctx := ctxT(t)
	first, err := c.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.Eventually(t, func() bool {
		h, err := c.HeaderByNumber(ctx, nil)
		return err == nil && h.Number.Cmp(new(big.Int).Add(first.Number, big.NewInt(1))) > 0 && h.Time > first.Time
	}, generous, 50*time.Millisecond, "head should advance on its own")
}

func TestNewHeadsOverWS(t *testing.T) {
	d := start(t, devnet.Config{BlockTime: time.Hour})
	c := dial(t, d.WSEndpoint())
	hc := dial(t, d.HTTPEndpoint())
	ctx := ctxT(t)
	heads := make(chan *types.Header, 16)
	sub, err := c.SubscribeNewHead(ctx, heads)
	require.NoError(t, err)
	defer sub.Unsubscribe()

	to := d.Accounts()[2].Address
	tx := send(t, ctx, hc, d.Accounts()[0], &to, big.NewInt(1), nil)
	r := waitReceipt(t, ctx, hc, tx.Hash())
	for {
		select {
		case h := <-heads:
			if h.Number.Cmp(r.BlockNumber) >= 0 {
				return
			}
		case err := <-sub.Err():
			t.Fatalf("subscription: %v", err)
		case <-ctx.Done():
			t.Fatal("no newHeads notification")
		}
	}
}

func TestDeployAndCall(t *testing.T) {
	d := start(t, devnet.Config{BlockTime: time.Hour})
	ws := dial(t, d.WSEndpoint())
	c := dial(t, d.HTTPEndpoint())
	ctx := ctxT(t)
	deployer := d.Accounts()[0]

	// ModelRegistry from the project's bindings.
	tx := send(t, ctx, c, deployer, nil, nil, common.FromHex(bindings.ModelRegistryMetaData.Bin))
	r := waitReceipt(t, ctx, c, tx.Hash())
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	code, err := c.CodeAt(ctx, r.ContractAddress, nil)
	require.NoError(t, err)
	require.NotEmpty(t, code)
	mr := bindings.NewModelRegistry()
	for _, cl := range []*ethclient.Client{c, ws} {
		out, err := cl.CallContract(ctx, ethereum.CallMsg{To: &r.ContractAddress, Data: mr.PackMAXURILENGTH()}, nil)
		require.NoError(t, err)
		v, err := mr.UnpackMAXURILENGTH(out)
		require.NoError(t, err)
		require.Equal(t, int64(2048), v.Int64())
	}

	// A log emitter (runtime PUSH1 0 PUSH1 0 LOG0 STOP) for eth_getLogs.
	tx = send(t, ctx, c, deployer, nil, nil, common.FromHex("0x65"+"60006000a000"+"600052"+"6006601af3"))
	r = waitReceipt(t, ctx, c, tx.Hash())
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	emitter := r.ContractAddress
	tx = send(t, ctx, c, deployer, &emitter, nil, nil)
	r = waitReceipt(t, ctx, c, tx.Hash())
	require.Len(t, r.Logs, 1)
	for _, cl := range []*ethclient.Client{c, ws} {
		logs, err := cl.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{emitter}})
		require.NoError(t, err)
		require.Len(t, logs, 1)
		require.Equal(t, tx.Hash(), logs[0].TxHash)
	}
}

func TestMine(t *testing.T) {
	d, err := devnet.Start(devnet.Config{BlockTime: time.Hour, Logger: testlog.New(t, "devnet", hclog.Debug)})
	require.NoError(t, err)
	ctx := ctxT(t)
	h1, err := d.Mine(ctx)
	require.NoError(t, err)
	h2, err := d.Mine(ctx)
	require.NoError(t, err)
	require.Equal(t, h1.Number.Uint64()+1, h2.Number.Uint64())
	require.Greater(t, h2.Time, h1.Time)
	require.NoError(t, d.Close())
	_, err = d.Mine(ctx)
	require.ErrorIs(t, err, devnet.ErrClosed)
}

func TestTwoDevnets(t *testing.T) {
	a := start(t, devnet.Config{BlockTime: time.Hour})
	b := start(t, devnet.Config{BlockTime: time.Hour})
	require.NotEqual(t, a.HTTPEndpoint(), b.HTTPEndpoint())
	require.NotEqual(t, a.WSEndpoint(), b.WSEndpoint())
	require.Equal(t, a.GenesisHash(), b.GenesisHash())
	ca, cb := dial(t, a.HTTPEndpoint()), dial(t, b.WSEndpoint())
	ctx := ctxT(t)
	from := a.Accounts()[0]
	to := a.Accounts()[1].Address
	tx := send(t, ctx, ca, from, &to, big.NewInt(1), nil)
	waitReceipt(t, ctx, ca, tx.Hash())
	nA, err := ca.NonceAt(ctx, from.Address, nil)
	require.NoError(t, err)
	nB, err := cb.NonceAt(ctx, from.Address, nil)
	require.NoError(t, err)
	require.Equal(t, uint64(1), nA)
	require.Equal(t, uint64(0), nB, "the chains are independent")
}

func TestExplicitPorts(t *testing.T) {
	httpPort, wsPort := freePort(t), freePort(t)
	d := start(t, devnet.Config{HTTPPort: httpPort, WSPort: wsPort})
	require.Equal(t, "http://127.0.0.1:"+strconv.Itoa(httpPort), d.HTTPEndpoint())
	require.Equal(t, "ws://127.0.0.1:"+strconv.Itoa(wsPort), d.WSEndpoint())
	_, err := dial(t, d.WSEndpoint()).ChainID(ctxT(t))
	require.NoError(t, err)
}

func TestCloseTwiceFreesPorts(t *testing.T) {
	d, err := devnet.Start(devnet.Config{Logger: testlog.New(t, "devnet", hclog.Debug)})
	require.NoError(t, err)
	c := dial(t, d.HTTPEndpoint())
	_, err = c.BlockNumber(ctxT(t))
	require.NoError(t, err)
	require.NoError(t, d.Close())
	require.NoError(t, d.Close())

	_, err = c.BlockNumber(ctxT(t))
	require.Error(t, err, "server is gone")
	for _, u := range []string{d.HTTPEndpoint(), d.WSEndpoint()} {
		_, port, err := net.SplitHostPort(u[strings.Index(u, "//")+2:])
		require.NoError(t, err)
		l, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", port))
		require.NoError(t, err, "port %s is free again", port)
		require.NoError(t, l.Close())
	}
}

func TestNonLoopbackHostRejected(t *testing.T) {
	for _, host := range []string{"0.0.0.0", "::", "192.168.1.10", "8.8.8.8", "example.com", "[::1]"} {
		_, err := devnet.Start(devnet.Config{Host: host})
		require.Error(t, err, host)
		require.True(t, strings.HasPrefix(err.Error(), "devnet: "), err.Error())
		require.Contains(t, err.Error(), "loopback", host)
	}
	for _, host := range []string{"localhost", "127.0.0.1", "::1"} {
		d, err := devnet.Start(devnet.Config{Host: host, Logger: testlog.New(t, "devnet", hclog.Debug)})
		if host == "::1" && err != nil && strings.Contains(err.Error(), "address") {
			t.Logf("no IPv6 loopback here: %v", err)
			continue
		}
		require.NoError(t, err, host)
		_, err = dial(t, d.HTTPEndpoint()).ChainID(ctxT(t))
		require.NoError(t, err, host)
		require.NoError(t, d.Close())
	}
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	require.NoError(t, l.Close())
	return port
}

func TestBusyPortRejected(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	busy := l.Addr().(*net.TCPAddr).Port

	for _, cfg := range []devnet.Config{{HTTPPort: busy}, {WSPort: busy}, {HTTPPort: busy, WSPort: busy}} {
		d, err := devnet.Start(cfg)
		require.Error(t, err)
		require.Nil(t, d)
		require.True(t, strings.HasPrefix(err.Error(), "devnet: "), err.Error())
		require.Contains(t, err.Error(), strconv.Itoa(busy))
		require.Contains(t, err.Error(), "not available")
	}
}

func TestBadConfigRejected(t *testing.T) {
	for name, cfg := range map[string]devnet.Config{
		"negative block time": {BlockTime: -time.Second},
		"negative accounts":   {Accounts: -1},
		"too many accounts":   {Accounts: devnet.MaxAccounts + 1},
		"negative balance":    {Balance: big.NewInt(-1)},
		"tiny gas limit":      {GasLimit: 100},
		"http port range":     {HTTPPort: 70000},
		"ws port range":       {WSPort: -1},
	} {
		_, err := devnet.Start(cfg)
		require.Error(t, err, name)
		require.True(t, strings.HasPrefix(err.Error(), "devnet: "), err.Error())
		_, _, err = devnet.Genesis(cfg)
		require.Error(t, err, name)
	}
}

func TestCloseStopsGoroutines(t *testing.T) {
	// Warm up process-wide goroutines started once by go-ethereum.
	d, err := devnet.Start(devnet.Config{})
	require.NoError(t, err)
	require.NoError(t, d.Close())
	settle := func() int {
		n := runtime.NumGoroutine()
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); {
			time.Sleep(50 * time.Millisecond)
			if m := runtime.NumGoroutine(); m == n {
				break
			} else {
				n = m
			}
		}
		return n
	}
	base := settle()
	for range 3 {
		d, err := devnet.Start(devnet.Config{BlockTime: time.Second})
		require.NoError(t, err)
		c := dial(t, d.WSEndpoint())
		to := d.Accounts()[1].Address
		tx := send(t, ctxT(t), c, d.Accounts()[0], &to, big.NewInt(1), nil)
		waitReceipt(t, ctxT(t), c, tx.Hash())
		c.Close()
		require.NoError(t, d.Close())
	}
	require.Eventually(t, func() bool { return runtime.NumGoroutine() <= base }, generous, 50*time.Millisecond,
		"goroutines: base %d, now %d", base, runtime.NumGoroutine())
}

func TestConcurrentSenders(t *testing.T) {
	d := start(t, devnet.Config{BlockTime: time.Second})
	c := dial(t, d.HTTPEndpoint())
	ctx := ctxT(t)
	chainID := d.ChainID()
	head, err := c.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	feeCap := new(big.Int).Mul(head.BaseFee, big.NewInt(4))
	signer := types.LatestSignerForChainID(chainID)
	const perSender = 10
	senders := d.Accounts()[:4]
	hashes := make(chan common.Hash, len(senders)*perSender)
	errs := make(chan error, len(senders))
	for _, from := range senders {
		go func() {
			to := d.Accounts()[9].Address
			for n := range uint64(perSender) {
				tx, err := types.SignNewTx(from.Key, signer, &types.DynamicFeeTx{
					ChainID: chainID, Nonce: n, GasTipCap: big.NewInt(params.GWei), GasFeeCap: new(big.Int).Add(feeCap, big.NewInt(params.GWei)),
					Gas: params.TxGas, To: &to, Value: big.NewInt(1),
				})
				if err == nil {
					err = c.SendTransaction(ctx, tx)
				}
				if err != nil {
					errs <- err
					return
				}
				hashes <- tx.Hash()
			}
			errs <- nil
		}()
	}
	for range senders {
		require.NoError(t, <-errs)
	}
	close(hashes)
	for h := range hashes {
		require.Equal(t, types.ReceiptStatusSuccessful, waitReceipt(t, ctx, c, h).Status)
	}
}

// TestHeartbeatWhileAhead: after a burst pushes chain time ahead of the
// wall clock, the heartbeat keeps sealing, so chain-time deadlines keep
// passing at the wall-clock rate instead of stalling until the wall clock
// catches up.
func TestHeartbeatWhileAhead(t *testing.T) {
	d := start(t, devnet.Config{BlockTime: time.Second})
	c := dial(t, d.HTTPEndpoint())
	ctx := ctxT(t)
	for i := 0; i < 10; i++ {
		_, err := d.Mine(ctx)
		require.NoError(t, err)
	}
	burst, err := c.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.Greater(t, burst.Time, uint64(time.Now().Unix())+3, "the burst put chain time ahead")
	require.Eventually(t, func() bool {
		h, err := c.HeaderByNumber(ctx, nil)
		return err == nil && h.Number.Uint64() >= burst.Number.Uint64()+2
	}, 5*time.Second, 50*time.Millisecond, "the heartbeat seals while chain time is ahead")
}

// With FixedBlockTime, a burst of transactions waits for the next block
// and lands in one block (not one per arrival), and blocks come every
// BlockTime, so chain time follows the wall clock.
func TestFixedBlockTime(t *testing.T) {
	d := start(t, devnet.Config{BlockTime: time.Second, FixedBlockTime: true})
	c := dial(t, d.HTTPEndpoint())
	ctx := ctxT(t)
	from, to := d.Accounts()[0], d.Accounts()[1]
	var txs []*types.Transaction
	for range 10 {
		txs = append(txs, send(t, ctx, c, from, &to.Address, big.NewInt(1), nil))
	}
	blocks := map[uint64]bool{}
	for _, tx := range txs {
		blocks[waitReceipt(t, ctx, c, tx.Hash()).BlockNumber.Uint64()] = true
	}
	require.LessOrEqual(t, len(blocks), 2, "10 transactions sent at once landed in blocks %v: sealed on arrival, not every BlockTime", blocks)
	// Blocks keep coming at about BlockTime, and chain time does not run
	// ahead of the wall clock.
	start, err := c.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	time.Sleep(3200 * time.Millisecond)
	end, err := c.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	n := end.Number.Uint64() - start.Number.Uint64()
	require.GreaterOrEqual(t, n, uint64(2), "blocks sealed in 3.2 s at a 1 s block time")
	require.LessOrEqual(t, n, uint64(4), "blocks sealed in 3.2 s at a 1 s block time")
	require.LessOrEqual(t, end.Time, uint64(time.Now().Unix())+1, "chain time ran ahead of the wall clock")
}
