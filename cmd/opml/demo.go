package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/opml-dev/opml/tooling/demo"
)

func demoCommand() *cli.Command {
	return &cli.Command{
		Name:  "demo",
		Usage: "run the whole protocol on an in-process devnet: a false claim disproven, an honest result delivered",
		Description: "Starts a devnet, deploys the contracts and a consumer contract, and runs a challenger and a\n" +
			"dishonest submitter in-process. The consumer asks for an inference; the dishonest submitter\n" +
			"claims a wrong output, the challenger disputes it, the dissection game narrows the range to\n" +
			"one step, the step is executed onchain and the false claim is rejected with its bond paid to\n" +
			"the challenger. An honest submitter then answers; its result is finalized after the challenge\n" +
			"window and delivered to the consumer contract. Exits 0 only if all of that happened.",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "model", Value: "mlp", Usage: "the fixture model to ask (mlp or cnn)"},
			&cli.Uint64Flag{Name: "lie-at-step", Usage: "the dishonest submitter's hashes are false from step `T` on (default: the middle step)"},
			&cli.DurationFlag{Name: "timeout", Value: 3 * time.Minute, Usage: "give up after this long"},
		}, logFlags("off")...),
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("opml: demo takes no arguments, got %q", c.Args().First())
			}
			logger, err := nodeLogger(c, "demo")
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
			defer stop()
			rep, err := demo.Run(ctx, demo.Config{Out: c.App.Writer, Logger: logger, Model: c.String("model"),
				LieAtStep: c.Uint64("lie-at-step"), Timeout: c.Duration("timeout")})
			if err != nil {
				return err
			}
			fmt.Fprintf(c.App.Writer, "demo passed in %.1fs (false claim disproven in %.1fs; honest request finalized and delivered in %.1fs)\n",
				rep.Total.Seconds(), rep.DisputeTime.Seconds(), rep.HappyTime.Seconds())
			return nil
		},
	}
}
