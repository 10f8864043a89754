package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/hashicorp/go-hclog"
	"github.com/urfave/cli/v2"

	"github.com/opml-dev/opml/chainfollow"
	"github.com/opml-dev/opml/challenger"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/node"
	"github.com/opml-dev/opml/node/nodemetrics"
	"github.com/opml-dev/opml/nodestore"
	"github.com/opml-dev/opml/submitter"
	"github.com/opml-dev/opml/txmgr"
)

const testOnly = "TEST ONLY (fault injection)"

// nodeFlags are the flags both services take; every one falls back to an
// OPML_* environment variable.
func nodeFlags() []cli.Flag {
	env := func(name string) []string {
		return []string{"OPML_" + strings.ToUpper(strings.ReplaceAll(name, ".", "_"))}
	}
	return []cli.Flag{
		&cli.StringFlag{Name: "rpc", Usage: "JSON-RPC endpoint `URL` of the chain (http://, https://, ws://, wss://)", EnvVars: env("rpc"), Required: true},
		&cli.StringFlag{Name: "oracle", Usage: "the InferenceOracle contract `ADDRESS`", EnvVars: env("oracle"), Required: true},
		&cli.StringFlag{Name: "models", Usage: "serve/check the *.opml models in `DIR`", EnvVars: env("models"), Required: true, TakesFile: true},
		&cli.StringFlag{Name: "datadir", Usage: "node state (cursor, claims, games, pending transactions) in `DIR`", EnvVars: env("datadir"), Required: true, TakesFile: true},
		&cli.StringFlag{Name: "keystore", Usage: "the account's encrypted key `FILE` (geth keystore format)", EnvVars: env("keystore"), TakesFile: true},
		&cli.StringFlag{Name: "password-file", Usage: "with --keystore: the key's password in `FILE`", EnvVars: env("password_file"), TakesFile: true},
		&cli.StringFlag{Name: "key", Usage: "the account's private key as `HEX` (prefer --keystore or the OPML_KEY variable)", EnvVars: env("key")},
		&cli.Uint64Flag{Name: "confirmations", Value: 1, Usage: "act on events `N` blocks deep", EnvVars: env("confirmations")},
		&cli.Uint64Flag{Name: "start-block", Usage: "on first start, follow events from block `N`", EnvVars: env("start_block")},
		&cli.DurationFlag{Name: "poll-interval", Value: 2 * time.Second, Usage: "how often to poll for new blocks", EnvVars: env("poll_interval")},
		&cli.DurationFlag{Name: "tick-interval", Value: time.Second, Usage: "how often to act on the recorded state", EnvVars: env("tick_interval")},
		&cli.DurationFlag{Name: "resubmission-timeout", Value: 48 * time.Second, Usage: "fee-bump a transaction unmined for this long", EnvVars: env("resubmission_timeout")},
		&cli.StringFlag{Name: "metrics.addr", Usage: "serve Prometheus /metrics on loopback `ADDR` (e.g. 127.0.0.1:7300); empty: off", EnvVars: env("metrics.addr")},
		&cli.StringFlag{Name: "log.format", Value: "text", Usage: "log `FORMAT`: text or json", EnvVars: env("log.format")},
		&cli.StringFlag{Name: "log.level", Value: "info", Usage: "log `LEVEL`: trace, debug, info, warn, error", EnvVars: env("log.level")},
	}
}

func submitterCommand() *cli.Command {
	return &cli.Command{
		Name:  "submitter",
		Usage: "answer inference requests for the served models and defend the claims",
		Description: "Watches the oracle for requests on the models in --models, runs the VM, posts each\n" +
			"claim with its bond, defends every game opened against it, finalizes claims after the\n" +
			"challenge window and withdraws fees and bonds. State lives in --datadir: a node killed\n" +
			"at any point continues where it stopped, without sending any transaction twice.",
		Flags: append(nodeFlags(),
			&cli.Uint64Flag{Name: "dishonest.lie-at-step", Category: testOnly, Usage: "defend games with false state hashes from step `T` on (loses its bond)"},
			&cli.BoolFlag{Name: "dishonest.output", Category: testOnly, Usage: "claim a wrong output (loses its bond)"},
		),
		Action: func(c *cli.Context) error { return runNode(c, "submitter") },
	}
}

func challengerCommand() *cli.Command {
	return &cli.Command{
		Name:  "challenger",
		Usage: "re-execute every claim on the known models and dispute the false ones",
		Description: "Watches every claim on the models in --models, re-executes it and, on a mismatch,\n" +
			"opens a game with the challenge bond and plays it to the end; resolves timed-out games\n" +
			"and withdraws winnings. --watch-only reports false claims (log and metrics) without\n" +
			"bonding. State lives in --datadir and survives crashes.",
		Flags: append(nodeFlags(),
			&cli.BoolFlag{Name: "watch-only", Usage: "report false claims, never challenge", EnvVars: []string{"OPML_WATCH_ONLY"}},
		),
		Action: func(c *cli.Context) error { return runNode(c, "challenger") },
	}
}

func nodeLogger(c *cli.Context, role string) (hclog.Logger, error) {
	format := c.String("log.format")
	if format != "text" && format != "json" {
		return nil, fmt.Errorf("opml: --log.format %q: want text or json", format)
	}
	level := hclog.LevelFromString(c.String("log.level"))
	if level == hclog.NoLevel {
		return nil, fmt.Errorf("opml: --log.level %q: want trace, debug, info, warn or error", c.String("log.level"))
	}
	return hclog.New(&hclog.LoggerOptions{Name: role, Level: level, JSONFormat: format == "json", Output: c.App.ErrWriter}), nil
}

// nodeKey reads the account key from --keystore/--password-file or --key.
func nodeKey(c *cli.Context) (*ecdsa.PrivateKey, error) {
	ks, hexKey := c.String("keystore"), c.String("key")
	switch {
	case ks != "" && hexKey != "":
		return nil, errors.New("opml: pass either --keystore or --key, not both")
	case ks != "":
		if c.String("password-file") == "" {
			return nil, errors.New("opml: --keystore needs --password-file")
		}
		blob, err := os.ReadFile(ks)
		if err != nil {
			return nil, fmt.Errorf("opml: keystore: %w", err)
		}
		pw, err := os.ReadFile(c.String("password-file"))
		if err != nil {
			return nil, fmt.Errorf("opml: password file: %w", err)
		}
		k, err := keystore.DecryptKey(blob, strings.TrimRight(string(pw), "\r\n"))
		if err != nil {
			return nil, fmt.Errorf("opml: keystore %s: %w", ks, err)
		}
		return k.PrivateKey, nil
	case hexKey != "":
		k, err := crypto.HexToECDSA(strings.TrimPrefix(hexKey, "0x"))
		if err != nil {
			return nil, fmt.Errorf("opml: --key: not a private key: %v", err)
		}
		return k, nil
	}
	return nil, errors.New("opml: no key: pass --keystore and --password-file, or set OPML_KEY")
}

// metered records ticks and processed blocks of a service.
type metered struct {
	node.Service
	m *nodemetrics.Metrics
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

func (s metered) Reorg(ctx context.Context, ancestor uint64, logs []types.Log, b *nodestore.Batch) error {
	if err := s.Service.Reorg(ctx, ancestor, logs, b); err != nil {
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
	return err
}

func newService(ctx context.Context, c *cli.Context, role string, oracle common.Address, models node.Models,
	client *ethclient.Client, txm *txmgr.Manager, store *nodestore.Store, logger hclog.Logger, m *nodemetrics.Metrics) (node.Service, error) {
	if role == "submitter" {
		return submitter.New(ctx, submitter.Config{Oracle: oracle, Models: models, Client: client, Sender: txm, Store: store,
			Logger: logger, Metrics: m, DishonestOutput: c.Bool("dishonest.output"), DishonestLieAtStep: c.Uint64("dishonest.lie-at-step")})
	}
	return challenger.New(ctx, challenger.Config{Oracle: oracle, Models: models, Client: client, Sender: txm, Store: store,
		Logger: logger, Metrics: m, WatchOnly: c.Bool("watch-only")})
}

func runNode(c *cli.Context, role string) error {
	if c.NArg() > 0 {
		return fmt.Errorf("opml: %s takes no arguments, got %q", role, c.Args().First())
	}
	logger, err := nodeLogger(c, role)
	if err != nil {
		return err
	}
	if !common.IsHexAddress(c.String("oracle")) {
		return fmt.Errorf("opml: --oracle %q is not an address", c.String("oracle"))
	}
	oracle := common.HexToAddress(c.String("oracle"))
	key, err := nodeKey(c)
	if err != nil {
		return err
	}
	models, err := node.LoadModels(c.String("models"))
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	if len(models) == 0 {
		return fmt.Errorf("opml: no *.opml models in %s", c.String("models"))
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()

	client, err := ethclient.DialContext(ctx, c.String("rpc"))
	if err != nil {
		return fmt.Errorf("opml: --rpc %s: %w", c.String("rpc"), err)
	}
	defer client.Close()
	store, err := nodestore.Open(c.String("datadir"), logger.Named("store"))
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	defer store.Close()
	metrics := nodemetrics.New(role)
	if addr := c.String("metrics.addr"); addr != "" {
		bound, err := metrics.Serve(ctx, addr)
		if err != nil {
			return fmt.Errorf("opml: %w", err)
		}
		logger.Info("serving metrics", "addr", "http://"+bound.String()+"/metrics")
	}
	oABI, err := bindings.InferenceOracleMetaData.ParseABI()
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	gABI, err := bindings.DisputeGameMetaData.ParseABI()
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	txm, err := txmgr.New(txmgr.Config{ResubmissionTimeout: c.Duration("resubmission-timeout"), ErrorABIs: []*abi.ABI{oABI, gABI}, Metrics: metrics},
		client, key, txmgr.NewStoreJournal(store), logger.Named("txmgr"))
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	defer txm.Close()

	// The services read the oracle at start-up; a flaky or not yet
	// reachable endpoint is retried with backoff until it answers.
	var svc node.Service
	var game common.Address
	for wait := time.Second; ; wait = min(2*wait, 30*time.Second) {
		svc, err = newService(ctx, c, role, oracle, models, client, txm, store, logger, metrics)
		if err == nil {
			game, err = node.Oracle{Addr: oracle, Client: client}.Game(ctx)
		}
		if err == nil {
			break
		}
		logger.Warn("start-up chain reads failed; retrying", "err", err, "wait", wait)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
	}
	logger.Info("starting", "account", txm.From(), "oracle", oracle, "game", game, "models", len(models), "datadir", c.String("datadir"))
	err = node.Run(ctx, client, store, node.RunConfig{
		Follow: chainfollow.Config{Stream: role, Addresses: []common.Address{oracle, game}, Confirmations: c.Uint64("confirmations"),
			StartBlock: c.Uint64("start-block"), PollInterval: c.Duration("poll-interval")},
		TickInterval: c.Duration("tick-interval"),
	}, metered{svc, metrics}, logger)
	if errors.Is(err, context.Canceled) {
		logger.Info("stopped")
		return nil
	}
	return err
}
