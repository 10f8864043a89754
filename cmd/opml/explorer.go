package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/dustin/go-humanize"
	"github.com/urfave/cli/v2"

	"github.com/opml-dev/opml/explorer"
)

func explorerCommand() *cli.Command {
	return &cli.Command{
		Name:  "explorer",
		Usage: "serve a read-only web view of a deployment: models, requests, claims and dispute games, live",
		Description: "Follows the oracle's, the dispute game's and the registry's events through the same\n" +
			"confirmed-event follower the nodes use (no key, nothing is sent) and serves the explorer on\n" +
			"--http.addr (a loopback address by default). A game's page draws its dissection round by\n" +
			"round down to the step executed onchain, with the verdict, both clocks, bonds and payouts;\n" +
			"open pages update as blocks arrive. The same data is served as JSON under /api/.",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "deployment", Usage: "read --rpc, --oracle and --start-block defaults from the deployment `FILE`", EnvVars: []string{"OPML_DEPLOYMENT"}, TakesFile: true},
			&cli.StringFlag{Name: "rpc", Usage: "JSON-RPC endpoint `URL` of the chain", EnvVars: []string{"OPML_RPC"}},
			&cli.StringFlag{Name: "oracle", Usage: "the InferenceOracle contract `ADDRESS`", EnvVars: []string{"OPML_ORACLE"}},
			&cli.Uint64Flag{Name: "start-block", Usage: "on first start, follow events from block `N`", EnvVars: []string{"OPML_START_BLOCK"}},
			&cli.Uint64Flag{Name: "confirmations", Usage: "show blocks `N` deep (0: the head; reorgs are undone either way)", EnvVars: []string{"OPML_CONFIRMATIONS"}},
			&cli.DurationFlag{Name: "poll-interval", Value: time.Second, Usage: "poll for new blocks every `DURATION`", EnvVars: []string{"OPML_POLL_INTERVAL"}},
			&cli.StringFlag{Name: "http.addr", Value: explorer.DefaultHTTPAddr, Usage: "serve on `ADDR` (host:port; port 0: any free port)", EnvVars: []string{"OPML_HTTP_ADDR"}},
			&cli.StringFlag{Name: "datadir", Usage: "keep followed events and fetched models in `DIR` across restarts (default: a temporary directory)", EnvVars: []string{"OPML_DATADIR"}, TakesFile: true},
			&cli.BoolFlag{Name: "models.fetch", Value: true, Usage: "fetch and verify every registered model and card from its URI (names, decoded outputs, ops of steps)", EnvVars: []string{"OPML_MODELS_FETCH"}},
			&cli.BoolFlag{Name: "models.allow-local", Usage: "when fetching models, allow file:// URIs and loopback/private addresses (devnets, tests)", EnvVars: []string{"OPML_MODELS_ALLOW_LOCAL"}},
			&cli.StringFlag{Name: "models.cache", Value: "1GiB", Usage: "bound the cache of fetched models to `SIZE`", EnvVars: []string{"OPML_MODELS_CACHE"}},
		}, logFlags("info")...),
		Action: runExplorer,
	}
}

func runExplorer(c *cli.Context) error {
	if c.NArg() > 0 {
		return fmt.Errorf("opml: explorer takes no arguments, got %q", c.Args().First())
	}
	logger, err := nodeLogger(c, "explorer")
	if err != nil {
		return err
	}
	cfg := explorer.Config{RPC: c.String("rpc"), StartBlock: c.Uint64("start-block"), Confirmations: c.Uint64("confirmations"),
		PollInterval: c.Duration("poll-interval"), DataDir: c.String("datadir"), HTTPAddr: c.String("http.addr"),
		FetchModels: c.Bool("models.fetch"), ModelsAllowLocal: c.Bool("models.allow-local"),
		Ready: func(url string) { fmt.Fprintf(c.App.Writer, "explorer: %s\n", url) }}
	if cfg.ModelCacheBytes, err = humanize.ParseBytes(c.String("models.cache")); err != nil {
		return fmt.Errorf("opml: --models.cache: %w", err)
	}
	if err := followTarget(c, &cfg.RPC, &cfg.Oracle, &cfg.StartBlock); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	return explorer.Run(ctx, cfg, logger)
}
