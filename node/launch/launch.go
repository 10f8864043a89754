package launch

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/hashicorp/go-hclog"
	"github.com/jonboulle/clockwork"

	"github.com/opml-dev/opml/challenger"
	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/infra/chainfollow"
	"github.com/opml-dev/opml/infra/nodestore"
	"github.com/opml-dev/opml/infra/txmgr"
	"github.com/opml-dev/opml/node"
	"github.com/opml-dev/opml/node/modelfetch"
	"github.com/opml-dev/opml/node/nodemetrics"
	"github.com/opml-dev/opml/submitter"
)

// Roles.
const (
	Submitter  = "submitter"
	Challenger = "challenger"
)

// Config is one node.
type Config struct {
	Role    string // Submitter or Challenger
	RPC     string // JSON-RPC endpoint (http(s):// or ws(s)://)
	Oracle  common.Address
	Models  node.Models
	DataDir string
	Key     *ecdsa.PrivateKey

	// FetchModels: also serve every model registered onchain, fetched from
	// its registered URI, verified and cached in DataDir/models
	// (node/modelfetch); Models take precedence. ModelsAllowLocal allows
	// file:// URIs and loopback/private addresses (tests, the devnet);
	// ModelCacheBytes bounds the cache (0: modelfetch.DefaultCacheBytes).
	FetchModels      bool
	ModelsAllowLocal bool
	ModelCacheBytes  uint64

	Confirmations uint64        // act on events this many blocks deep
	StartBlock    uint64        // on first start, follow from this block
	PollInterval  time.Duration // new-block polling (default 2s)
	TickInterval  time.Duration // acting on the recorded state (default 1s)
	// RetentionBlocks: finished records are deleted this many blocks
	// after they finished (0: node.DefaultRetentionBlocks; at least
	// chainfollow.HistoryLen). See node.Retention.
	RetentionBlocks uint64
	// ResubmissionTimeout, ReceiptInterval and FeeLimitMultiplier tune the
	// transaction manager (defaults 48s, 1s and
	// txmgr.DefaultFeeLimitMultiplier; see txmgr.Config).
	ResubmissionTimeout time.Duration
	ReceiptInterval     time.Duration
	FeeLimitMultiplier  uint64

	// MetricsAddr, if set, serves Prometheus metrics on that loopback
	// address; Metrics, if set, is used instead of a fresh registry.
	MetricsAddr string
	Metrics     *nodemetrics.Metrics

	// Clock drives every wait of the node: the start-up retries, the
	// transaction manager, the follower and the tick timer (default: the
	// real clock).
	Clock clockwork.Clock

	// Fees (submitter) is the fee policy: requests paying less are not
	// claimed (see submitter.FeePolicy; the zero value claims every request).
	Fees submitter.FeePolicy

	// VMMemory bounds the estimated memory of the node's VM runs and
	// cached traces in bytes (0: unbounded); MaxVMRuns its concurrent VM
	// runs (0: the CPUs). See node.Budget.
	VMMemory  uint64
	MaxVMRuns int

	// WatchOnly (challenger): report false claims, never bond.
	WatchOnly bool
	// TEST ONLY fault injection (see submitter.Config and challenger.Config).
	DishonestOutput    bool   // submitter
	DishonestToken     int    // submitter, with DishonestOutput
	DishonestLieAtStep uint64 // submitter and challenger
}

// metered records ticks, processed blocks and the store's records of a
// service.
type metered struct {
	node.Service
	m     *nodemetrics.Metrics
	store *nodestore.Store
}

func (s metered) HandleLogs(ctx context.Context, logs []types.Log, b *nodestore.Batch) error {
	if err := s.Service.HandleLogs(ctx, logs, b); err != nil {
		return err
	}
	if len(logs) > 0 {
		s.m.Block(logs[len(logs)-1].BlockNumber)
	}
	return nil
}

func (s metered) Tick(ctx context.Context) error {
	err := s.Service.Tick(ctx)
	s.m.Tick(err)
	if counts, cerr := s.store.Counts(); cerr == nil {
		s.m.StoreRecords(counts)
	} else if err == nil {
		err = cerr
	}
	return err
}

func (cfg *Config) validate() error {
	switch {
	case cfg.Role != Submitter && cfg.Role != Challenger:
		return fmt.Errorf("launch: role %q: want %s or %s", cfg.Role, Submitter, Challenger)
	case cfg.RPC == "":
		return errors.New("launch: no RPC endpoint")
	case cfg.Oracle == (common.Address{}):
		return errors.New("launch: no oracle address")
	case len(cfg.Models) == 0 && !cfg.FetchModels:
		return errors.New("launch: no models (pass models or fetch the registered ones)")
	case cfg.ModelsAllowLocal && !cfg.FetchModels:
		return errors.New("launch: allowing local model URIs needs model fetching")
	case cfg.DataDir == "":
		return errors.New("launch: no data directory")
	case cfg.Key == nil:
		return errors.New("launch: no key")
	case cfg.Role == Submitter && cfg.WatchOnly:
		return errors.New("launch: watch-only is a challenger option")
	case cfg.Role == Challenger && cfg.DishonestOutput:
		return errors.New("launch: dishonest output is a submitter option")
	case cfg.DishonestToken != 0 && !cfg.DishonestOutput:
		return errors.New("launch: the dishonest token is the token a dishonest output changes: set dishonest output too")
	case cfg.Role == Challenger && cfg.Fees.Active():
		return errors.New("launch: the fee policy is a submitter option")
	}
	return nil
}

// Run runs the node until ctx is done, then returns nil once everything it
// started has stopped. Every chain read, at start-up too, gets ctx, so a
// node whose chain is not reachable yet retries (with back-off on
// cfg.Clock) and still stops promptly when ctx ends.
func Run(ctx context.Context, cfg Config, logger hclog.Logger) error {
	if err := cfg.validate(); err != nil {
		return err
	}
	if logger == nil {
		logger = hclog.NewNullLogger()
	}
	clock := cfg.Clock
	if clock == nil {
		clock = clockwork.NewRealClock()
	}
	client, err := ethclient.DialContext(ctx, cfg.RPC)
	if err != nil {
		return fmt.Errorf("launch: dial %s: %w", cfg.RPC, err)
	}
	defer client.Close()
	store, err := nodestore.Open(cfg.DataDir, logger.Named("store"))
	if err != nil {
		return fmt.Errorf("launch: %w", err)
	}
	defer store.Close()
	metrics := cfg.Metrics
	if metrics == nil {
		metrics = nodemetrics.New(cfg.Role)
	}
	if cfg.MetricsAddr != "" {
		bound, err := metrics.Serve(ctx, cfg.MetricsAddr)
		if err != nil {
			return fmt.Errorf("launch: %w", err)
		}
		logger.Info("serving metrics", "addr", "http://"+bound.String()+"/metrics")
	}
	// The transaction manager (it reads the chain ID and re-broadcasts the
	// journal) and the services read the chain at start-up, all under ctx;
	// a flaky or not yet reachable endpoint is retried with backoff until it
	// answers or ctx ends.
	var (
		txm      *txmgr.Manager
		svc      node.Service
		game     common.Address
		registry common.Address
		pool     *modelfetch.Pool
	)
	if cfg.FetchModels {
		f, err := modelfetch.New(modelfetch.Config{Dir: filepath.Join(cfg.DataDir, "models"), AllowLocal: cfg.ModelsAllowLocal,
			CacheBytes: cfg.ModelCacheBytes, Logger: logger.Named("modelfetch"), Metrics: metrics})
		if err != nil {
			return fmt.Errorf("launch: %w", err)
		}
		pool = modelfetch.NewPool(f)
	}
	defer func() {
		if txm != nil {
			txm.Close()
		}
	}()
	setup := func() (err error) {
		if txm == nil {
			if txm, err = txmgr.New(ctx, txmgr.Config{ResubmissionTimeout: cfg.ResubmissionTimeout, ReceiptQueryInterval: cfg.ReceiptInterval, FeeLimitMultiplier: cfg.FeeLimitMultiplier,
				Revert: arbiter.WrapRevert, Metrics: metrics, Clock: clock}, client, cfg.Key, txmgr.NewStoreJournal(store), logger.Named("txmgr")); err != nil {
				return err
			}
		}
		if svc, err = newService(ctx, cfg, client, txm, store, pool, logger, metrics); err != nil {
			return err
		}
		if pool != nil {
			if registry, err = (arbiter.Oracle{Addr: cfg.Oracle, Caller: client}).Registry(ctx); err != nil {
				return err
			}
		}
		game, err = arbiter.Oracle{Addr: cfg.Oracle, Caller: client}.Game(ctx)
		return err
	}
	for wait := time.Second; ; wait = min(2*wait, 30*time.Second) {
		if ctx.Err() != nil {
			return nil
		}
		err := setup()
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			return nil
		}
		logger.Warn("start-up chain reads failed; retrying", "err", err, "wait", wait)
		t := clock.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.Chan():
		}
	}
	logger.Info("starting", "account", txm.From(), "oracle", cfg.Oracle, "game", game, "models", len(cfg.Models),
		"fetch", cfg.FetchModels, "datadir", cfg.DataDir)
	runCtx, stopFetch := context.WithCancel(ctx)
	var fetching sync.WaitGroup
	defer fetching.Wait()
	defer stopFetch()
	if pool != nil {
		poll := cfg.PollInterval
		if poll == 0 {
			poll = 2 * time.Second
		}
		fetching.Add(2)
		go func() { defer fetching.Done(); _ = pool.Run(runCtx) }()
		go func() {
			defer fetching.Done()
			_ = pool.Watch(runCtx, modelfetch.RegistryChain{Registry: arbiter.Registry{Addr: registry, Caller: client}, Client: client},
				cfg.StartBlock, poll)
		}()
	}
	err = node.Run(ctx, client, store, node.RunConfig{
		Follow: chainfollow.Config{Stream: cfg.Role, Addresses: []common.Address{cfg.Oracle, game}, Confirmations: cfg.Confirmations,
			StartBlock: cfg.StartBlock, PollInterval: cfg.PollInterval},
		TickInterval: cfg.TickInterval,
		Clock:        clock,
		Retention:    node.Retention{Blocks: cfg.RetentionBlocks},
	}, metered{svc, metrics, store}, logger)
	if errors.Is(err, context.Canceled) || ctx.Err() != nil {
		logger.Info("stopped")
		return nil
	}
	return err
}

func newService(ctx context.Context, cfg Config, client *ethclient.Client, txm *txmgr.Manager, store *nodestore.Store,
	pool *modelfetch.Pool, logger hclog.Logger, m *nodemetrics.Metrics) (node.Service, error) {
	budget := node.NewBudget(cfg.VMMemory, cfg.MaxVMRuns)
	var fetched node.ModelSource
	if pool != nil {
		fetched = pool
	}
	if cfg.Role == Submitter {
		return submitter.New(ctx, submitter.Config{Oracle: cfg.Oracle, Models: cfg.Models, Fetched: fetched, Client: client, Sender: txm, Store: store,
			Logger: logger, Metrics: m, Fees: cfg.Fees, Budget: budget, DishonestOutput: cfg.DishonestOutput, DishonestToken: cfg.DishonestToken,
			DishonestLieAtStep: cfg.DishonestLieAtStep})
	}
	return challenger.New(ctx, challenger.Config{Oracle: cfg.Oracle, Models: cfg.Models, Fetched: fetched, Client: client, Sender: txm, Store: store,
		Logger: logger, Metrics: m, Budget: budget, WatchOnly: cfg.WatchOnly, DishonestLieAtStep: cfg.DishonestLieAtStep})
}
