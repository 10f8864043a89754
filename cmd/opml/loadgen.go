package main

import (
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/opml-dev/opml/tooling/demo"
	"github.com/opml-dev/opml/tooling/deployment"
	"github.com/opml-dev/opml/tooling/loadgen"
)

func loadgenCommand() *cli.Command {
	return &cli.Command{
		Name:  "loadgen",
		Usage: "send bursts of requests and report latency, challenger throughput, games, gas, memory and datadir growth",
		Description: "Sends requests from several funded accounts (each its own transaction manager) in bursts, either\n" +
			"to a deployment (--deployment: a file with the keys of funded accounts, as opml devnet writes;\n" +
			"the nodes are whatever serves that chain) or to an in-process devnet (--devnet) with the contracts,\n" +
			"the fixture models and the nodes started in this process: --submitters honest submitters, one\n" +
			"challenger and, with --lies, a dishonest submitter that claims (beside the honest ones) the\n" +
			"requests sent with the liar's fee. It waits until every request is finalized, checks every\n" +
			"finalized output against a local VM run, every false claim rejected, no game lost by an honest\n" +
			"party and no transaction sent twice, and prints a summary (--json: as JSON). Exits non-zero if a\n" +
			"check failed.",
		Flags: append([]cli.Flag{
			deploymentFlag(false), rpcFlag(),
			&cli.BoolFlag{Name: "devnet", Usage: "start an in-process devnet with the contracts, the fixture models and the nodes"},
			&cli.DurationFlag{Name: "block-time", Usage: "with --devnet: the heartbeat `DURATION` (default 1s)"},
			&cli.BoolFlag{Name: "fixed-block-time", Usage: "with --devnet: a block every --block-time only, never as transactions arrive (capacity runs: chain time follows the wall clock)"},
			&cli.Uint64Flag{Name: "challenge-window", Usage: "with --devnet: the challenge window in `SECONDS` of chain time (default 15, the demo's)"},
			&cli.BoolFlag{Name: "node-processes", Usage: "with --devnet: run each node as a process of this opml binary (opml submitter|challenger, /metrics on loopback), so that each node's memory is measured on its own"},
			&cli.IntFlag{Name: "submitters", Value: 1, Usage: "with --devnet: `N` honest submitters"},
			&cli.Float64Flag{Name: "lies", Usage: "with --devnet: the `SHARE` of requests (0..1) a dishonest submitter claims falsely beside the honest ones"},
			&cli.IntFlag{Name: "accounts", Value: 4, Usage: "send from `K` accounts"},
			&cli.IntFlag{Name: "burst", Value: 10, Usage: "`B` requests per burst"},
			&cli.StringFlag{Name: "rate", Value: "1", Usage: "bursts per second (`R`, e.g. 2 or 0.5/s) or \"block\" (one burst per new block)"},
			&cli.IntFlag{Name: "requests", Usage: "send `N` requests"},
			&cli.DurationFlag{Name: "duration", Usage: "send for `DURATION` (with --requests: whichever ends first)"},
			&cli.StringFlag{Name: "models", Value: "mlp=1", Usage: "the model `MIX`: fixture model weights, e.g. mlp=8,cnn=1,lm=1"},
			&cli.IntFlag{Name: "inputs", Value: 4, Usage: "`N` distinct inputs per model (chosen from --seed)"},
			&cli.IntFlag{Name: "tokens", Usage: "completion requests generate `N` tokens (default: the fixture prompt's)"},
			&cli.Uint64Flag{Name: "seed", Usage: "the `SEED` of the request choice"},
			&cli.DurationFlag{Name: "progress", Value: loadgenDefaultProgress, Usage: "print progress every `DURATION` (negative: never)"},
			&cli.DurationFlag{Name: "timeout", Value: loadgenDefaultTimeout, Usage: "give up after `DURATION` (sending and waiting for the finalizations)"},
			&cli.Uint64Flag{Name: "vm.memory", Usage: "with --devnet: the nodes' VM memory budget in `BYTES` (0: unbounded)"},
			&cli.IntFlag{Name: "vm.runs", Usage: "with --devnet: the nodes' concurrent VM runs `N` (0: the CPUs)"},
			&cli.Uint64Flag{Name: "retention.blocks", Usage: "with --devnet: the nodes' retention `N` (at least 128); then end by sealing blocks until every node's live store records are back to their count before the load"},
			&cli.BoolFlag{Name: "json", Usage: "print the report as JSON instead of the table"},
		}, logFlags("off")...),
		Action: runLoadgen,
	}
}

const (
	loadgenDefaultProgress = 5 * time.Second
	loadgenDefaultTimeout  = 10 * time.Minute
)

func runLoadgen(c *cli.Context) error {
	if c.NArg() > 0 {
		return fmt.Errorf("opml: loadgen takes no arguments, got %q", c.Args().First())
	}
	logger, err := nodeLogger(c, "loadgen")
	if err != nil {
		return err
	}
	cfg := loadgen.Config{Devnet: c.Bool("devnet"), BlockTime: c.Duration("block-time"), FixedBlockTime: c.Bool("fixed-block-time"), Submitters: c.Int("submitters"), Lies: c.Float64("lies"),
		Accounts: c.Int("accounts"), Burst: c.Int("burst"), Requests: c.Int("requests"), Duration: c.Duration("duration"),
		Inputs: c.Int("inputs"), Tokens: c.Int("tokens"), Seed: c.Uint64("seed"), Progress: c.Duration("progress"), Timeout: c.Duration("timeout"),
		VMMemory: c.Uint64("vm.memory"), MaxVMRuns: c.Int("vm.runs"), Retention: c.Uint64("retention.blocks"), Out: c.App.Writer, Logger: logger}
	// In the Config 0 means the default; on the command line it is an error.
	for _, f := range []string{"submitters", "accounts", "burst", "inputs"} {
		if c.Int(f) < 1 {
			return fmt.Errorf("opml: --%s %d: want at least 1", f, c.Int(f))
		}
	}
	if c.IsSet("rpc") && cfg.Devnet {
		return fmt.Errorf("opml: --rpc is an option of --deployment (the devnet serves its own)")
	}
	if c.Bool("node-processes") {
		if cfg.NodeBinary, err = os.Executable(); err != nil {
			return fmt.Errorf("opml: --node-processes: this binary's path: %w", err)
		}
	}
	for _, f := range []string{"block-time", "fixed-block-time", "node-processes", "challenge-window", "submitters", "lies", "vm.memory", "vm.runs", "retention.blocks"} {
		if c.IsSet(f) && !cfg.Devnet {
			return fmt.Errorf("opml: --%s is an option of --devnet", f)
		}
	}
	if c.IsSet("challenge-window") {
		p := demo.Params()
		p.ChallengeWindow = c.Uint64("challenge-window")
		if err := p.Validate(); err != nil {
			return fmt.Errorf("opml: --challenge-window: %w", err)
		}
		cfg.Params = &p
	}
	if p := c.String("deployment"); p != "" {
		if cfg.Devnet {
			return fmt.Errorf("opml: --deployment and --devnet: load one or the other")
		}
		if cfg.Deployment, err = deployment.Load(p); err != nil {
			return err
		}
		if u := c.String("rpc"); u != "" {
			cfg.Deployment.RPC = u
		}
	} else if !cfg.Devnet {
		return fmt.Errorf("opml: loadgen needs --deployment FILE or --devnet")
	}
	if cfg.Rate, cfg.PerBlock, err = loadgen.ParseRate(c.String("rate")); err != nil {
		return err
	}
	if cfg.Mix, err = loadgen.ParseMix(c.String("models")); err != nil {
		return err
	}
	if c.Bool("json") {
		cfg.Out = c.App.ErrWriter // progress to stderr, the JSON alone on stdout
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	rep, err := loadgen.Run(ctx, cfg)
	if rep != nil {
		rep.Command = loadgenArgs(os.Args)
		if c.Bool("json") {
			if werr := rep.WriteJSON(c.App.Writer); werr != nil {
				return werr
			}
		} else if werr := rep.WriteText(c.App.Writer); werr != nil {
			return werr
		}
	}
	if err != nil {
		return err
	}
	if len(rep.Problems) > 0 {
		return fmt.Errorf("opml: loadgen: %d problem(s), the first: %s", len(rep.Problems), rep.Problems[0])
	}
	return nil
}

// loadgenArgs is the arguments after "loadgen" (what a report records of
// its command line).
func loadgenArgs(args []string) string {
	for i, a := range args {
		if a == "loadgen" {
			return strings.Join(args[i+1:], " ")
		}
	}
	return ""
}
