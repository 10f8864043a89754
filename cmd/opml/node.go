package main

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/dustin/go-humanize"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/hashicorp/go-hclog"
	"github.com/urfave/cli/v2"

	"github.com/opml-dev/opml/infra/chainfollow"
	"github.com/opml-dev/opml/infra/txmgr"
	"github.com/opml-dev/opml/node"
	"github.com/opml-dev/opml/node/launch"
	"github.com/opml-dev/opml/submitter"
	"github.com/opml-dev/opml/tooling/deployment"
)

const testOnly = "TEST ONLY (fault injection)"

// nodeFlags are the flags both services take; every one falls back to an
// OPML_* environment variable.
func nodeFlags() []cli.Flag {
	env := func(name string) []string {
		return []string{"OPML_" + strings.ToUpper(strings.ReplaceAll(name, ".", "_"))}
	}
	flags := []cli.Flag{
		&cli.StringFlag{Name: "deployment", Usage: "read --rpc, --oracle and --start-block defaults from the deployment `FILE`", EnvVars: env("deployment"), TakesFile: true},
		&cli.StringFlag{Name: "rpc", Usage: "JSON-RPC endpoint `URL` of the chain (http://, https://, ws://, wss://)", EnvVars: env("rpc")},
		&cli.StringFlag{Name: "oracle", Usage: "the InferenceOracle contract `ADDRESS`", EnvVars: env("oracle")},
		&cli.StringFlag{Name: "models", Usage: "serve/check only the *.opml models in `DIR` (default: fetch, verify and cache every model registered onchain)", EnvVars: env("models"), TakesFile: true},
		&cli.BoolFlag{Name: "models.allow-local", Usage: "when fetching registered models, allow file:// URIs and loopback/private addresses (devnets, tests)", EnvVars: env("models_allow_local")},
		&cli.StringFlag{Name: "models.cache", Value: "4GiB", Usage: "bound the cache of fetched models in DATADIR/models to `SIZE`, evicting the least recently used", EnvVars: env("models_cache")},
		&cli.StringFlag{Name: "datadir", Usage: "node state (cursor, claims, games, pending transactions) in `DIR`", EnvVars: env("datadir"), Required: true, TakesFile: true},
		&cli.Uint64Flag{Name: "confirmations", Value: 1, Usage: "act on events `N` blocks deep", EnvVars: env("confirmations")},
		&cli.Uint64Flag{Name: "start-block", Usage: "on first start, follow events from block `N`", EnvVars: env("start_block")},
		&cli.DurationFlag{Name: "poll-interval", Value: 2 * time.Second, Usage: "poll for new blocks every `DURATION`", EnvVars: env("poll_interval")},
		&cli.DurationFlag{Name: "tick-interval", Value: time.Second, Usage: "act on the recorded state every `DURATION`", EnvVars: env("tick_interval")},
		&cli.Uint64Flag{Name: "retention.blocks", Value: node.DefaultRetentionBlocks, Usage: "delete finished requests, claims and games `N` blocks after they finished (at least 128, the follower's reorg history); persisted totals stay", EnvVars: env("retention.blocks")},
		&cli.DurationFlag{Name: "resubmission-timeout", Value: 48 * time.Second, Usage: "fee-bump a transaction unmined for `DURATION`", EnvVars: env("resubmission_timeout")},
		&cli.Uint64Flag{Name: "fee-limit-multiplier", Value: txmgr.DefaultFeeLimitMultiplier, Usage: "never fee-bump a transaction past `N` times the market fee read at the bump (at least 1; the limit follows the market, so congestion cannot strand a transaction, while a bumped fee stays within N times what the chain asks; see docs/nodes.md, Fees under congestion)", EnvVars: env("fee_limit_multiplier")},
		&cli.DurationFlag{Name: "receipt-interval", Value: time.Second, Usage: "poll for a sent transaction's receipt every `DURATION`", EnvVars: env("receipt_interval")},
		&cli.StringFlag{Name: "vm-memory", Value: "4GiB", Usage: "bound the estimated memory of the node's VM runs and cached traces to `SIZE` (e.g. 512MiB; 0: unbounded); a burst of requests queues", EnvVars: env("vm_memory")},
		&cli.IntFlag{Name: "max-vm-runs", Usage: "run at most `N` VM passes or trace builds at once (0: the CPUs)", EnvVars: env("max_vm_runs")},
		&cli.StringFlag{Name: "metrics.addr", Usage: "serve Prometheus /metrics on loopback `ADDR` (e.g. 127.0.0.1:7300); empty: off", EnvVars: env("metrics.addr")},
	}
	return append(append(flags, keyFlags()...), logFlags("info")...)
}

func submitterCommand() *cli.Command {
	return &cli.Command{
		Name:  "submitter",
		Usage: "answer inference requests for the served models and defend the claims",
		Description: "Watches the oracle for requests on the models in --models, runs the VM, posts its\n" +
			"claim with its bond beside any other claims on each open request whose fee pays for it\n" +
			"(--min-fee, --fee-gas-price), defends every game opened against it, finalizes claims after\n" +
			"the challenge window and withdraws fees and bonds. State lives in --datadir: a node killed\n" +
			"at any point continues where it stopped, without sending any transaction twice.",
		Flags: append(nodeFlags(),
			&cli.StringFlag{Name: "min-fee", Value: "0", Usage: "claim only requests paying at least `AMOUNT` (wei, or with a gwei/ether suffix) plus their gas (--fee-gas-price)", EnvVars: []string{"OPML_MIN_FEE"}},
			&cli.StringFlag{Name: "fee-gas-price", Value: "auto", Usage: "`PRICE` per gas of the gas a claim costs (submit + finalize, 250,000 gas, + the request's callback gas), required on top of --min-fee: auto (the chain's suggested gas price when the request is considered), or an AMOUNT (0: gas not counted)", EnvVars: []string{"OPML_FEE_GAS_PRICE"}},
			&cli.Uint64Flag{Name: "dishonest.lie-at-step", Category: testOnly, Usage: "defend games with false state hashes from step `T` on (loses its bond)"},
			&cli.BoolFlag{Name: "dishonest.output", Category: testOnly, Usage: "claim a wrong output (loses its bond)"},
			&cli.IntFlag{Name: "dishonest.token", Category: testOnly, Usage: "with --dishonest.output, on a completion request: change generated token `I` (0 the first; negative counts from the end, -1 the last)"},
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
			&cli.Uint64Flag{Name: "dishonest.lie-at-step", Category: testOnly, Usage: "dispute every claim, playing with false state hashes from step `T` on (loses its bond)"},
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

func runNode(c *cli.Context, role string) error {
	if c.NArg() > 0 {
		return fmt.Errorf("opml: %s takes no arguments, got %q", role, c.Args().First())
	}
	logger, err := nodeLogger(c, role)
	if err != nil {
		return err
	}
	cfg := launch.Config{Role: role, RPC: c.String("rpc"), DataDir: c.String("datadir"), Confirmations: c.Uint64("confirmations"),
		StartBlock: c.Uint64("start-block"), PollInterval: c.Duration("poll-interval"), TickInterval: c.Duration("tick-interval"),
		ResubmissionTimeout: c.Duration("resubmission-timeout"), ReceiptInterval: c.Duration("receipt-interval"), FeeLimitMultiplier: c.Uint64("fee-limit-multiplier"),
		MetricsAddr: c.String("metrics.addr"), DishonestLieAtStep: c.Uint64("dishonest.lie-at-step"), MaxVMRuns: c.Int("max-vm-runs"),
		RetentionBlocks: c.Uint64("retention.blocks")}
	if cfg.RetentionBlocks < chainfollow.HistoryLen {
		return fmt.Errorf("opml: --retention.blocks %d: at least %d (the blocks a reorg can still undo)", cfg.RetentionBlocks, chainfollow.HistoryLen)
	}
	if cfg.FeeLimitMultiplier < 1 {
		return fmt.Errorf("opml: --fee-limit-multiplier %d: at least 1 (a bumped fee may reach N times the market fee; below 1 no bump is possible)", cfg.FeeLimitMultiplier)
	}
	if cfg.VMMemory, err = humanize.ParseBytes(c.String("vm-memory")); err != nil {
		return fmt.Errorf("opml: --vm-memory: %w", err)
	}
	if cfg.MaxVMRuns < 0 {
		return fmt.Errorf("opml: --max-vm-runs %d: want 0 or more", cfg.MaxVMRuns)
	}
	if role == launch.Submitter {
		cfg.DishonestOutput, cfg.DishonestToken = c.Bool("dishonest.output"), c.Int("dishonest.token")
		if cfg.Fees, err = feePolicy(c.String("min-fee"), c.String("fee-gas-price")); err != nil {
			return err
		}
	} else {
		cfg.WatchOnly = c.Bool("watch-only")
	}
	if err := followTarget(c, &cfg.RPC, &cfg.Oracle, &cfg.StartBlock); err != nil {
		return err
	}
	if cfg.Key, err = nodeKey(c); err != nil {
		return err
	}
	if dir := c.String("models"); dir != "" {
		if c.Bool("models.allow-local") {
			return errors.New("opml: --models.allow-local applies to fetched models: drop it or --models")
		}
		if cfg.Models, err = node.LoadModels(dir); err != nil {
			return fmt.Errorf("opml: %w", err)
		}
		if len(cfg.Models) == 0 {
			return fmt.Errorf("opml: no *.opml models in %s", dir)
		}
	} else {
		cfg.FetchModels, cfg.ModelsAllowLocal = true, c.Bool("models.allow-local")
		if cfg.ModelCacheBytes, err = humanize.ParseBytes(c.String("models.cache")); err != nil {
			return fmt.Errorf("opml: --models.cache: %w", err)
		}
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	return runLaunch(ctx, cfg, logger)
}

// runLaunch runs a node from its parsed Config (a variable so that tests
// can see the Config the flags make without starting a node).
var runLaunch = launch.Run

// followTarget resolves what a follower of the contracts reads (the nodes,
// the explorer): the endpoint, the oracle and the first block, from --rpc,
// --oracle and --start-block, defaulting to the --deployment file's.
func followTarget(c *cli.Context, rpc *string, oracle *common.Address, startBlock *uint64) error {
	if p := c.String("deployment"); p != "" {
		d, err := deployment.Load(p)
		if err != nil {
			return err
		}
		if *rpc == "" {
			*rpc = d.RPC
		}
		*oracle = d.Contracts.Oracle
		if !c.IsSet("start-block") {
			*startBlock = d.DeployBlock
		}
	}
	if c.IsSet("oracle") {
		if !common.IsHexAddress(c.String("oracle")) {
			return fmt.Errorf("opml: --oracle %q is not an address", c.String("oracle"))
		}
		*oracle = common.HexToAddress(c.String("oracle"))
	}
	if *rpc == "" {
		return errors.New("opml: no endpoint: pass --rpc URL or --deployment FILE")
	}
	if *oracle == (common.Address{}) {
		return errors.New("opml: no oracle: pass --oracle ADDRESS or --deployment FILE")
	}
	return nil
}

// feePolicy reads --min-fee and --fee-gas-price ("auto" or an amount).
func feePolicy(minFee, gasPrice string) (submitter.FeePolicy, error) {
	var p submitter.FeePolicy
	var err error
	if p.MinFee, err = parseWei(minFee); err != nil {
		return p, fmt.Errorf("opml: --min-fee: %w", err)
	}
	if strings.TrimSpace(gasPrice) == "auto" {
		p.AutoGasPrice = true
		return p, nil
	}
	if p.GasPrice, err = parseWei(gasPrice); err != nil {
		return p, fmt.Errorf("opml: --fee-gas-price: want auto or an amount: %w", err)
	}
	return p, nil
}
