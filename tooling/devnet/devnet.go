package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/eth/tracers"
	_ "github.com/ethereum/go-ethereum/eth/tracers/native" // callTracer, prestateTracer, ... for debug_trace*
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/hashicorp/go-hclog"

	"github.com/opml-dev/opml/contracts/chainconfig"
)

// Defaults applied by Start to zero-valued Config fields.
const (
	DefaultHost      = "127.0.0.1"
	DefaultBlockTime = time.Second
	DefaultAccounts  = 10
	DefaultGasLimit  = 60_000_000
)

// DefaultBalance is the default genesis balance of every account: 10,000 ether.
func DefaultBalance() *big.Int {
	return new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))
}

// MaxAccounts bounds Config.Accounts.
const MaxAccounts = 10_000

// Modules are the RPC namespaces served over HTTP and WebSocket.
var Modules = []string{"eth", "net", "web3", "txpool", "debug", "dev"}

// Config configures a Devnet. The zero value is valid: every zero field takes
// its default.
type Config struct {
	// Host is the address the HTTP and WebSocket servers listen on. Default
	// "127.0.0.1"; "localhost" means "127.0.0.1". Only loopback IP addresses
	// are accepted.
	Host string
	// HTTPPort is the HTTP JSON-RPC port; 0 picks a free port.
	HTTPPort int
	// WSPort is the WebSocket JSON-RPC port; 0 picks a free port. When
	// HTTPPort and WSPort are equal (in particular both 0) go-ethereum serves
	// HTTP and WebSocket on one listener, so the two endpoints differ only in
	// their scheme.
	WSPort int
	// BlockTime is the heartbeat: an empty block is sealed when no block was
	// sealed for this long (default 1s). Transactions are sealed as soon as
	// they arrive regardless. Every block advances chain time by at least
	// one second (see the package documentation on timestamps).
	BlockTime time.Duration
	// FixedBlockTime seals a block every BlockTime only, holding the
	// pending transactions that fit its gas limit, never as transactions
	// arrive: a chain with a fixed block time, as a mainnet, so that chain
	// time follows the wall clock under load (opml loadgen's capacity
	// runs; with a BlockTime of a second or more: timestamps are whole
	// seconds and strictly increase). Without it a burst of transactions seals a block per batch,
	// each advancing chain time by a second.
	FixedBlockTime bool
	// Accounts is the number of prefunded accounts (default 10, at most
	// MaxAccounts).
	Accounts int
	// Balance is every account's genesis balance (default 10,000 ether).
	Balance *big.Int
	// GasLimit is the block gas limit (default 60M). Osaka caps a single
	// transaction at 2^24 gas (EIP-7825) whatever the block limit.
	GasLimit uint64
	// Logger receives the node's log output at debug level; nil discards it.
	Logger hclog.Logger
}

// Account is a prefunded account. Its key is a public test key: never use it
// for real funds.
type Account struct {
	Address common.Address
	Key     *ecdsa.PrivateKey
}

// Devnet is a running in-process development chain. Its methods are safe for
// concurrent use.
type Devnet struct {
	cfg      Config
	log      hclog.Logger
	stack    *node.Node
	eth      *eth.Ethereum
	beacon   *catalyst.SimulatedBeacon
	accounts []Account
	chainID  *big.Int
	httpURL  string
	wsURL    string

	txSub   event.Subscription
	kick    chan struct{}        // a transaction arrived (capacity 1)
	mineReq chan chan sealResult // explicit seal requests (Mine)
	quit    chan struct{}
	wg      sync.WaitGroup

	closeOnce sync.Once
	closeErr  error
}

type sealResult struct {
	header *types.Header
	err    error
}

// ErrClosed is returned by Mine after Close.
var ErrClosed = errors.New("devnet: closed")

// AccountKey returns the deterministic private key of account i: the
// secp256k1 scalar keccak256("opml devnet account " + decimal(i)). It is a
// public test key.
func AccountKey(i int) (*ecdsa.PrivateKey, error) {
	seed := crypto.Keccak256([]byte("opml devnet account " + strconv.Itoa(i)))
	key, err := crypto.ToECDSA(seed)
	if err != nil {
		return nil, fmt.Errorf("devnet: account %d: %w", i, err)
	}
	return key, nil
}

// normalize validates cfg and fills in defaults.
func normalize(cfg Config) (Config, error) {
	host, err := loopbackHost(cfg.Host)
	if err != nil {
		return cfg, err
	}
	cfg.Host = host
	for _, p := range []struct {
		name string
		port int
	}{{"HTTPPort", cfg.HTTPPort}, {"WSPort", cfg.WSPort}} {
		if p.port < 0 || p.port > 65535 {
			return cfg, fmt.Errorf("devnet: %s %d out of range 0..65535", p.name, p.port)
		}
	}
	switch {
	case cfg.BlockTime < 0:
		return cfg, fmt.Errorf("devnet: negative BlockTime %v", cfg.BlockTime)
	case cfg.BlockTime == 0:
		cfg.BlockTime = DefaultBlockTime
	}
	switch {
	case cfg.Accounts < 0 || cfg.Accounts > MaxAccounts:
		return cfg, fmt.Errorf("devnet: Accounts %d out of range 0..%d", cfg.Accounts, MaxAccounts)
	case cfg.Accounts == 0:
		cfg.Accounts = DefaultAccounts
	}
	switch {
	case cfg.Balance == nil:
		cfg.Balance = DefaultBalance()
	case cfg.Balance.Sign() < 0:
		return cfg, fmt.Errorf("devnet: negative Balance %v", cfg.Balance)
	case cfg.Balance.BitLen() > 200:
		return cfg, fmt.Errorf("devnet: Balance %v too large", cfg.Balance)
	default:
		cfg.Balance = new(big.Int).Set(cfg.Balance)
	}
	switch {
	case cfg.GasLimit == 0:
		cfg.GasLimit = DefaultGasLimit
	case cfg.GasLimit < params.MinGasLimit || cfg.GasLimit > params.MaxGasLimit:
		return cfg, fmt.Errorf("devnet: GasLimit %d out of range %d..%d", cfg.GasLimit, params.MinGasLimit, params.MaxGasLimit)
	}
	if cfg.Logger == nil {
		cfg.Logger = hclog.NewNullLogger()
	}
	return cfg, nil
}

// loopbackHost accepts "", "localhost" and loopback IP literals.
func loopbackHost(h string) (string, error) {
	switch h {
	case "":
		return DefaultHost, nil
	case "localhost":
		return "127.0.0.1", nil
	}
	ip := net.ParseIP(h)
	if ip == nil || !ip.IsLoopback() {
		return "", fmt.Errorf("devnet: Host %q is not a loopback IP address (the devnet serves unauthenticated RPC and must not be reachable from other machines)", h)
	}
	return ip.String(), nil
}

// probePort fails if host:port cannot be listened on right now.
func probePort(host string, port int, name string) error {
	if port == 0 {
		return nil
	}
	l, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(port)))
	if err != nil {
		return fmt.Errorf("devnet: %s %d on %s is not available: %w", name, port, host, err)
	}
	return l.Close()
}

// Genesis returns the genesis block a Devnet started with cfg uses (after
// defaults), and the accounts it funds.
func Genesis(cfg Config) (*core.Genesis, []Account, error) {
	cfg, err := normalize(cfg)
	if err != nil {
		return nil, nil, err
	}
	return genesis(cfg)
}

func genesis(cfg Config) (*core.Genesis, []Account, error) {
	accounts := make([]Account, cfg.Accounts)
	alloc := core.SystemContractAllocs()
	for i := range accounts {
		key, err := AccountKey(i)
		if err != nil {
			return nil, nil, err
		}
		accounts[i] = Account{Address: crypto.PubkeyToAddress(key.PublicKey), Key: key}
		alloc[accounts[i].Address] = types.Account{Balance: new(big.Int).Set(cfg.Balance)}
	}
	return &core.Genesis{
		Config:     chainconfig.Config(),
		Timestamp:  0,
		GasLimit:   cfg.GasLimit,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: big.NewInt(0),
		Alloc:      alloc,
	}, accounts, nil
}

// Start validates cfg, starts the chain and its RPC servers, seals block 1 and
// returns. On error nothing is left running.
func Start(cfg Config) (*Devnet, error) {
	cfg, err := normalize(cfg)
	if err != nil {
		return nil, err
	}
	gen, accounts, err := genesis(cfg)
	if err != nil {
		return nil, err
	}
	// Probe the ports before building any go-ethereum service: a failure in
	// node.Start would leave the eth service's goroutines behind (it can only
	// be stopped once started).
	if err := probePort(cfg.Host, cfg.HTTPPort, "HTTPPort"); err != nil {
		return nil, err
	}
	if cfg.WSPort != cfg.HTTPPort {
		if err := probePort(cfg.Host, cfg.WSPort, "WSPort"); err != nil {
			return nil, err
		}
	}

	nodeConf := node.DefaultConfig
	nodeConf.Name = "opml-devnet"
	nodeConf.DataDir = "" // in-memory databases
	nodeConf.UseLightweightKDF = true
	nodeConf.P2P = p2p.Config{NoDiscovery: true, NoDial: true, MaxPeers: 0, ListenAddr: ""}
	nodeConf.HTTPHost, nodeConf.HTTPPort = cfg.Host, cfg.HTTPPort
	nodeConf.HTTPModules = append([]string(nil), Modules...)
	nodeConf.HTTPVirtualHosts = []string{"localhost"} // IP-literal Host headers are always accepted
	nodeConf.WSHost, nodeConf.WSPort = cfg.Host, cfg.WSPort
	nodeConf.WSModules = append([]string(nil), Modules...)
	nodeConf.AuthAddr, nodeConf.AuthPort = cfg.Host, 0 // unused: no authenticated API is registered
	nodeConf.Logger = newGethLogger(cfg.Logger)

	ethConf := ethconfig.Defaults
	ethConf.Genesis = gen
	ethConf.NetworkId = chainconfig.ChainID
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.Miner.GasCeil = cfg.GasLimit
	ethConf.Miner.GasPrice = big.NewInt(1) // like geth --dev: seal any tip the pool accepts
	ethConf.RPCGasCap = 0                  // eth_call / eth_estimateGas may use any amount of gas

	stack, err := node.New(&nodeConf)
	if err != nil {
		return nil, fmt.Errorf("devnet: create node: %w", err)
	}
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		_ = stack.Close()
		return nil, fmt.Errorf("devnet: create eth service: %w", err)
	}
	stack.RegisterAPIs(tracers.APIs(backend.APIBackend))
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{
		LogCacheSize:  ethConf.FilterLogCacheSize,
		LogQueryLimit: ethConf.LogQueryLimit,
		RangeLimit:    ethConf.RangeLimit,
	})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})

	// A non-zero period keeps the beacon's dev API from starting its own
	// period-0 sealing loop, and the beacon is not registered as a node
	// lifecycle, so its timed loop never runs either: all sealing happens on
	// the Devnet's sealing goroutine, because SimulatedBeacon.Commit mutates
	// unsynchronised state (forkchoice, last block time).
	beacon, err := catalyst.NewSimulatedBeacon(1, common.Address{}, backend)
	if err != nil {
		_ = stack.Close()
		return nil, fmt.Errorf("devnet: create simulated beacon: %w", err)
	}
	catalyst.RegisterSimulatedBeaconAPIs(stack, beacon) // "dev" (served) and "testing" (not in Modules)

	if err := stack.Start(); err != nil {
		// node.Start closes the node (listeners, databases) on failure.
		return nil, fmt.Errorf("devnet: start node: %w", err)
	}

	d := &Devnet{
		cfg:      cfg,
		log:      cfg.Logger,
		stack:    stack,
		eth:      backend,
		beacon:   beacon,
		accounts: accounts,
		chainID:  big.NewInt(chainconfig.ChainID),
		httpURL:  stack.HTTPEndpoint(),
		wsURL:    stack.WSEndpoint(),
		kick:     make(chan struct{}, 1),
		mineReq:  make(chan chan sealResult),
		quit:     make(chan struct{}),
	}
	// Seal block 1 now so the head timestamp is current when Start returns.
	if _, err := d.seal(); err != nil {
		_ = beacon.Stop()
		_ = stack.Close()
		return nil, err
	}
	// Wait for the transaction indexer's first pass: until it finishes,
	// eth_getTransactionReceipt answers "transaction indexing is in progress"
	// instead of "not found" for transactions not mined yet.
	for deadline := time.Now().Add(30 * time.Second); !backend.BlockChain().TxIndexDone(); {
		if time.Now().After(deadline) {
			d.log.Warn("transaction indexer still running after start; receipt queries may briefly report indexing in progress")
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	txs := make(chan core.NewTxsEvent, 16)
	d.txSub = backend.TxPool().SubscribeTransactions(txs, true)
	d.wg.Add(2)
	go d.listen(txs)
	go d.sealLoop()
	d.log.Debug("devnet started", "http", d.httpURL, "ws", d.wsURL,
		"genesis", backend.BlockChain().Genesis().Hash(), "accounts", len(accounts), "block_time", cfg.BlockTime)
	return d, nil
}

// listen turns transaction pool events into sealing signals. It must never
// block on sealing: the pool's Sync (called while sealing) waits for the
// pool's reorg loop, which waits for this receive.
func (d *Devnet) listen(txs <-chan core.NewTxsEvent) {
	defer d.wg.Done()
	for {
		select {
		case <-d.quit:
			return
		case <-d.txSub.Err():
			return
		case <-txs:
			select {
			case d.kick <- struct{}{}:
			default:
			}
		}
	}
}

// sealLoop is the only goroutine that seals blocks after Start.
func (d *Devnet) sealLoop() {
	defer d.wg.Done()
	timer := time.NewTimer(d.cfg.BlockTime)
	defer timer.Stop()
	for {
		select {
		case <-d.quit:
			return
		case <-d.kick:
			if d.cfg.FixedBlockTime {
				continue // the next tick seals them
			}
			d.sealPending()
			timer.Reset(d.cfg.BlockTime)
		case reply := <-d.mineReq:
			h, err := d.seal()
			reply <- sealResult{h, err}
			timer.Reset(d.cfg.BlockTime)
		case <-timer.C:
			if _, err := d.seal(); err != nil {
				d.log.Warn("heartbeat seal failed", "err", err)
			}
			timer.Reset(d.cfg.BlockTime)
		}
	}
}

// maxSealsPerKick bounds the blocks sealed back to back for one burst of
// transactions; whatever is left is picked up by the next signal or heartbeat.
const maxSealsPerKick = 64

// sealPending seals blocks while the pool holds executable transactions and
// the sealed blocks include some (a transaction the miner will not include,
// e.g. tip below the miner's minimum, must not make this spin).
func (d *Devnet) sealPending() {
	pool := d.eth.TxPool()
	for range maxSealsPerKick {
		if err := pool.Sync(); err != nil {
			return // pool closed
		}
		if executable, _ := pool.Stats(); executable == 0 {
			return
		}
		h, err := d.seal()
		if err != nil {
			d.log.Warn("seal failed", "err", err)
			return
		}
		if h.TxHash == types.EmptyTxsHash {
			return
		}
		select {
		case <-d.quit:
			return
		default:
		}
	}
}

// seal seals one block. Only Start (before the loops run) and sealLoop call it.
func (d *Devnet) seal() (*types.Header, error) {
	before := d.eth.BlockChain().CurrentBlock()
	d.beacon.Commit()
	head := d.eth.BlockChain().CurrentBlock()
	if head.Hash() == before.Hash() {
		return nil, fmt.Errorf("devnet: sealing a block on top of #%d failed (details in geth's root log)", before.Number.Uint64())
	}
	d.log.Trace("sealed block", "number", head.Number, "time", head.Time, "hash", head.Hash(), "gas_used", head.GasUsed)
	return head, nil
}

// Mine seals a block now (holding whatever executable transactions the pool
// has, possibly none) and returns its header.
func (d *Devnet) Mine(ctx context.Context) (*types.Header, error) {
	reply := make(chan sealResult, 1)
	select {
	case d.mineReq <- reply:
	case <-d.quit:
		return nil, ErrClosed
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	select {
	case r := <-reply:
		return r.header, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// HTTPEndpoint returns the HTTP JSON-RPC URL, e.g. "http://127.0.0.1:8545".
func (d *Devnet) HTTPEndpoint() string { return d.httpURL }

// WSEndpoint returns the WebSocket JSON-RPC URL, e.g. "ws://127.0.0.1:8546".
func (d *Devnet) WSEndpoint() string { return d.wsURL }

// ChainID returns the chain ID (1337). The caller may modify the result.
func (d *Devnet) ChainID() *big.Int { return new(big.Int).Set(d.chainID) }

// GenesisHash returns the hash of the genesis block.
func (d *Devnet) GenesisHash() common.Hash { return d.eth.BlockChain().Genesis().Hash() }

// Accounts returns the prefunded accounts, in order. The keys are public test
// keys (see AccountKey). The slice is a copy; the keys are shared and must not
// be modified.
func (d *Devnet) Accounts() []Account { return append([]Account(nil), d.accounts...) }

// Close stops sealing, the RPC servers and the chain, and frees the ports. It
// is safe to call more than once; later calls return the first call's result.
func (d *Devnet) Close() error {
	d.closeOnce.Do(func() {
		close(d.quit)
		d.txSub.Unsubscribe()
		d.wg.Wait()
		err := d.beacon.Stop()
		if cerr := d.stack.Close(); cerr != nil {
			err = errors.Join(err, cerr)
		}
		if err != nil {
			d.closeErr = fmt.Errorf("devnet: close: %w", err)
		}
		d.log.Debug("devnet stopped", "http", d.httpURL)
	})
	return d.closeErr
}
