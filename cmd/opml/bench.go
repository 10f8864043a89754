package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/opml-dev/opml/tooling/benchreport"
)

func benchCommand() *cli.Command {
	return &cli.Command{
		Name:  "bench",
		Usage: "measure opml and write the benchmark report (BENCHMARKS.md); `make bench` runs it",
		Description: "Measures the VM on the fixture models and the completion model against gorgonia, the trace\n" +
			"service, scaling over synthetic MLPs and the protocol end to end on an in-process devnet, and\n" +
			"writes the report with the gas tables of the gas report tests and the micro-benchmarks of\n" +
			"`go test -bench` (both produced by `make bench` before it runs this command). Run from the\n" +
			"repository root.",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "quick", Usage: "the short suite (under 2 minutes with make bench)"},
			&cli.StringFlag{Name: "bench-txt", Value: "bench.txt", Usage: "`go test -bench` output to read (empty: none)"},
			&cli.StringFlag{Name: "gas-verifier", Value: "gas-verifier.md", Usage: "contracts/verifier TestGasReport markdown (GAS_REPORT)"},
			&cli.StringFlag{Name: "gas-arbiter", Value: "gas-arbiter.md", Usage: "contracts/arbiter TestGasReport markdown (GAS_REPORT)"},
			&cli.StringFlag{Name: "root", Value: ".", Usage: "the repository root"},
			&cli.StringFlag{Name: "out", Value: "BENCHMARKS.md", Usage: "the report to write (- for stdout)"},
			&cli.BoolFlag{Name: "no-e2e", Usage: "skip the end-to-end demo run"},
			&cli.StringFlag{Name: "json", Usage: "also write the measured figures as JSON to `FILE` (benchreport.Report)"},
			&cli.StringFlag{Name: "render", Usage: "measure nothing: render the report from the figures in `FILE` (written by --json) with the load results (" + benchreport.LoadResultsDir + ") read anew; `make load` runs it"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("opml: bench takes no arguments, got %q", c.Args().First())
			}
			if p := c.String("render"); p != "" {
				return renderBench(c, p)
			}
			read := func(flag string) (string, error) {
				b, err := os.ReadFile(c.String(flag))
				if err != nil {
					return "", fmt.Errorf("opml: bench: --%s: %w (make bench writes it)", flag, err)
				}
				return string(b), nil
			}
			cfg := benchreport.Config{Quick: c.Bool("quick"), Root: c.String("root"), E2E: !c.Bool("no-e2e"), Log: c.App.ErrWriter}
			var err error
			if cfg.VerifierGas, err = read("gas-verifier"); err != nil {
				return err
			}
			if cfg.ArbiterGas, err = read("gas-arbiter"); err != nil {
				return err
			}
			if p := c.String("bench-txt"); p != "" {
				f, err := os.Open(p)
				if err != nil {
					return fmt.Errorf("opml: bench: --bench-txt: %w (make bench writes it)", err)
				}
				cfg.Bench, err = benchreport.ParseBench(f)
				f.Close()
				if err != nil {
					return err
				}
			}
			ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
			defer stop()
			rep, err := benchreport.Measure(ctx, cfg)
			if err != nil {
				return err
			}
			if p := c.String("json"); p != "" {
				b, err := json.MarshalIndent(rep, "", "  ")
				if err != nil {
					return err
				}
				if err := os.WriteFile(p, append(b, '\n'), 0o644); err != nil {
					return err
				}
			}
			return writeBench(c, rep)
		},
	}
}

// renderBench re-renders the report from the figures of an earlier run
// (its --json file) and the load results as they are now.
func renderBench(c *cli.Context, path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("opml: bench: --render: %w (make bench writes it)", err)
	}
	var rep benchreport.Report
	if err := json.Unmarshal(b, &rep); err != nil {
		return fmt.Errorf("opml: bench: --render %s: %w", path, err)
	}
	if rep.Load, err = benchreport.ReadLoad(c.String("root")); err != nil {
		return err
	}
	return writeBench(c, &rep)
}

func writeBench(c *cli.Context, rep *benchreport.Report) error {
	md := benchreport.Render(rep)
	if out := c.String("out"); out != "-" {
		if err := os.WriteFile(out, md, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(c.App.ErrWriter, "bench: wrote %s (%.0f s)\n", out, rep.Elapsed)
		return nil
	}
	_, err := c.App.Writer.Write(md)
	return err
}
