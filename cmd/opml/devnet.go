package main

import (
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/opml-dev/opml/tooling/demo"
	"github.com/opml-dev/opml/tooling/deployment"
	"github.com/opml-dev/opml/tooling/devnet"
)

func devnetCommand() *cli.Command {
	return &cli.Command{
		Name:  "devnet",
		Usage: "run a local Ethereum dev chain with the opml contracts deployed and the fixture models registered",
		Description: "Starts an in-process go-ethereum node (the eth service driven by a simulated beacon, as\n" +
			"geth --dev) under the pinned Osaka rules, chain ID 1337, serving JSON-RPC over HTTP and\n" +
			"WebSocket on 127.0.0.1. Transactions are sealed as they arrive, and an empty block every\n" +
			"--block-time keeps chain time moving. It deploys the contracts and an ExampleConsumer,\n" +
			"registers the models (--models: every *.opml in the directory; by default the built-in\n" +
			"fixtures, also written to --write-models so nodes can serve them), prints the prefunded\n" +
			"accounts with their keys (public test keys: never use them for real funds) and writes\n" +
			"the deployment file the other commands read. It runs until interrupted.",
		Flags: append([]cli.Flag{
			&cli.IntFlag{Name: "http.port", Value: 8545, Usage: "HTTP JSON-RPC `PORT` on 127.0.0.1 (0: any free port)"},
			&cli.IntFlag{Name: "ws.port", Value: 8546, Usage: "WebSocket JSON-RPC `PORT` on 127.0.0.1 (0: any free port)"},
			&cli.DurationFlag{Name: "block-time", Value: devnet.DefaultBlockTime, Usage: "seal an empty block when none was sealed for `DURATION`"},
			&cli.BoolFlag{Name: "fixed-block-time", Usage: "seal a block every --block-time only (the pending transactions that fit), never as they arrive: a chain with a fixed block time"},
			&cli.IntFlag{Name: "accounts", Value: devnet.DefaultAccounts, Usage: "`N` prefunded accounts"},
			&cli.StringFlag{Name: "deployment", Value: "deployment.json", Usage: "write the deployment to `FILE`", TakesFile: true},
			&cli.StringFlag{Name: "models", Usage: "register the *.opml models in `DIR` (default: the built-in fixtures)", TakesFile: true},
			&cli.StringFlag{Name: "write-models", Value: "devnet-models", Usage: "with the built-in fixtures: write them (and their cards) to `DIR`", TakesFile: true},
		}, append(paramFlags(demo.Params()), logFlags("warn")...)...),
		Action: runDevnet,
	}
}

// loadModelDir reads every *.opml model in dir.
func loadModelDir(dir string) ([]deployment.NamedModel, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.opml"))
	if err != nil {
		return nil, fmt.Errorf("opml: %w", err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("opml: --models %s: no *.opml files", dir)
	}
	var out []deployment.NamedModel
	for _, p := range paths {
		m, err := readModel(p)
		if err != nil {
			return nil, err
		}
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil, fmt.Errorf("opml: %w", err)
		}
		out = append(out, deployment.NamedModel{Name: strings.TrimSuffix(filepath.Base(p), ".opml"), Model: m, File: p, URI: "file://" + abs})
	}
	return out, nil
}

func runDevnet(c *cli.Context) error {
	if c.NArg() > 0 {
		return fmt.Errorf("opml: devnet takes no arguments, got %q", c.Args().First())
	}
	p, err := deployParams(c)
	if err != nil {
		return err
	}
	var models []deployment.NamedModel
	if dir := c.String("models"); dir != "" {
		if models, err = loadModelDir(dir); err != nil {
			return err
		}
	} else {
		if models, err = demo.FixtureModels(); err != nil {
			return err
		}
		if err := demo.WriteFixtures(c.String("write-models"), models); err != nil {
			return err
		}
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	logger, err := nodeLogger(c, "devnet")
	if err != nil {
		return err
	}
	ch, err := demo.StartChain(ctx, demo.ChainConfig{
		Devnet: devnet.Config{HTTPPort: c.Int("http.port"), WSPort: c.Int("ws.port"), BlockTime: c.Duration("block-time"),
			FixedBlockTime: c.Bool("fixed-block-time"), Accounts: c.Int("accounts")},
		Params: p, Models: models, Logger: logger,
	})
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	defer ch.Close()
	if err := ch.File.Save(c.String("deployment")); err != nil {
		return err
	}
	w := c.App.Writer
	fmt.Fprintf(w, "opml devnet: chain %d (%s)\n", ch.File.ChainID, ch.File.Rules)
	fmt.Fprintf(w, "  HTTP  %s\n  WS    %s\n\ncontracts:\n", ch.File.RPC, ch.File.WS)
	printDeployment(w, ch.File)
	fmt.Fprintf(w, "\nmodels:\n")
	for _, m := range ch.File.Models {
		fmt.Fprintf(w, "  %-6s %s  %s\n", m.Name, m.ID, m.File)
	}
	fmt.Fprintf(w, "\naccounts (10,000 ETH each; PUBLIC TEST KEYS, never use them for real funds):\n")
	for _, a := range ch.File.Accounts {
		fmt.Fprintf(w, "  %-20s %s  key %s\n", a.Role, a.Address, a.Key)
	}
	fmt.Fprintf(w, "\nwrote %s; press Ctrl-C to stop\n", c.String("deployment"))
	<-ctx.Done()
	fmt.Fprintln(w, "stopping")
	return nil
}
