package explorer

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/hashicorp/go-hclog"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/infra/nodestore"
	"github.com/opml-dev/opml/node/modelfetch"
)

// DefaultHTTPAddr is where the explorer listens unless told otherwise: a
// loopback address, so that it is not exposed by default.
const DefaultHTTPAddr = "127.0.0.1:7070"

// Config configures Run.
type Config struct {
	RPC           string         // JSON-RPC endpoint of the chain
	Oracle        common.Address // the InferenceOracle; the game and registry are read from it
	StartBlock    uint64         // follow from this block on first start (the deployment block)
	Confirmations uint64         // show blocks this deep (0: the head)
	PollInterval  time.Duration  // default 1s
	// DataDir keeps the followed logs and fetched models across restarts;
	// empty: a temporary directory removed when Run returns.
	DataDir  string
	HTTPAddr string // default DefaultHTTPAddr
	// FetchModels fetches every registered model and its card (names,
	// decoded outputs, the op of a step), as the nodes do (node/modelfetch);
	// AllowLocal allows file:// URIs and local addresses (devnets).
	FetchModels      bool
	ModelsAllowLocal bool
	ModelCacheBytes  uint64
	Labels           map[common.Address]string
	// Ready, if set, is called once with the explorer's URL when it serves.
	Ready func(url string)
}

// Run follows the chain and serves the explorer until ctx ends; it returns
// nil then, once everything it started has stopped.
func Run(ctx context.Context, cfg Config, logger hclog.Logger) error {
	if logger == nil {
		logger = hclog.NewNullLogger()
	}
	if cfg.RPC == "" || cfg.Oracle == (common.Address{}) {
		return errors.New("explorer: need an RPC endpoint and the oracle's address")
	}
	if cfg.HTTPAddr == "" {
		cfg.HTTPAddr = DefaultHTTPAddr
	}
	dir := cfg.DataDir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "opml-explorer-")
		if err != nil {
			return fmt.Errorf("explorer: %w", err)
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	client, err := ethclient.DialContext(ctx, cfg.RPC)
	if err != nil {
		return fmt.Errorf("explorer: dial %s: %w", cfg.RPC, err)
	}
	defer client.Close()
	contracts, err := readContracts(ctx, client, cfg.Oracle, logger)
	if err != nil {
		return err
	}
	if ctx.Err() != nil {
		return nil
	}
	store, err := nodestore.Open(filepath.Join(dir, "store"), logger.Named("store"))
	if err != nil {
		return fmt.Errorf("explorer: %w", err)
	}
	defer store.Close()
	ln, err := net.Listen("tcp", cfg.HTTPAddr)
	if err != nil {
		return fmt.Errorf("explorer: listen %s: %w", cfg.HTTPAddr, err)
	}
	if ip := ln.Addr().(*net.TCPAddr).IP; !ip.IsLoopback() {
		logger.Warn("serving on a non-loopback address: anyone who can reach it sees the explorer", "addr", ln.Addr())
	}
	ix := NewIndex(contracts)
	// Serve what the store holds from the first page on, not an empty view
	// until Follow has loaded it (Follow loads it again: it is idempotent).
	if err := Load(store, ix); err != nil {
		_ = ln.Close()
		return err
	}
	scfg := ServerConfig{Index: ix, Contracts: contracts, Chain: client, Labels: cfg.Labels, Logger: logger.Named("http")}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	defer wg.Wait()
	if cfg.FetchModels {
		f, err := modelfetch.New(modelfetch.Config{Dir: filepath.Join(dir, "models"), AllowLocal: cfg.ModelsAllowLocal,
			CacheBytes: cfg.ModelCacheBytes, Logger: logger.Named("modelfetch")})
		if err != nil {
			_ = ln.Close()
			return fmt.Errorf("explorer: %w", err)
		}
		pool := modelfetch.NewPool(f)
		scfg.Models = pool
		wg.Add(2)
		go func() { defer wg.Done(); _ = pool.Run(ctx) }()
		go func() {
			defer wg.Done()
			_ = pool.Watch(ctx, modelfetch.RegistryChain{Registry: arbiter.Registry{Addr: contracts.Registry, Caller: client}, Client: client},
				cfg.StartBlock, max(cfg.PollInterval, time.Second))
		}()
	}
	srv, err := NewServer(scfg)
	if err != nil {
		_ = ln.Close()
		return err
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second, BaseContext: func(net.Listener) context.Context { return ctx }}
	serveErr := make(chan error, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := hs.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			serveErr <- err
			cancel()
		}
	}()
	url := "http://" + ln.Addr().String() + "/"
	logger.Info("serving the explorer", "url", url, "oracle", contracts.Oracle, "game", contracts.Game, "registry", contracts.Registry, "datadir", dir)
	if cfg.Ready != nil {
		cfg.Ready(url)
	}
	followErr := Follow(ctx, client, store, FollowConfig{Contracts: contracts, StartBlock: cfg.StartBlock,
		Confirmations: cfg.Confirmations, PollInterval: cfg.PollInterval}, ix, logger)
	shutCtx, stop := context.WithTimeout(context.Background(), 5*time.Second)
	defer stop()
	_ = hs.Shutdown(shutCtx)
	cancel()
	select {
	case err := <-serveErr:
		return fmt.Errorf("explorer: serve: %w", err)
	default:
	}
	return followErr
}

// readContracts reads the game and registry addresses from the oracle,
// retrying with backoff while the chain does not answer.
func readContracts(ctx context.Context, client *ethclient.Client, oracle common.Address, logger hclog.Logger) (Contracts, error) {
	o := arbiter.Oracle{Addr: oracle, Caller: client}
	for wait := time.Second; ; wait = min(2*wait, 30*time.Second) {
		game, err := o.Game(ctx)
		if err == nil {
			var reg common.Address
			if reg, err = o.Registry(ctx); err == nil {
				return Contracts{Oracle: oracle, Game: game, Registry: reg}, nil
			}
		}
		if ctx.Err() != nil {
			return Contracts{}, nil
		}
		logger.Warn("reading the contracts failed; retrying", "err", err, "wait", wait)
		select {
		case <-ctx.Done():
			return Contracts{}, nil
		case <-time.After(wait):
		}
	}
}
