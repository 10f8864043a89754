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
		Description: "Starts a devnet, deploys the contracts and a consumer contract, and runs a challenger, a\n" +
			"dishonest submitter and an honest submitter in-process. The consumer asks for an inference;\n" +
			"the dishonest submitter claims a wrong output and the honest one claims the true output beside\n" +
			"it (claims run side by side); the challenger disputes the false claim, the dissection game\n" +
			"narrows the range to one step, the step is executed onchain and the false claim is rejected:\n" +
			"half its bond burned, half paid to the challenger. The honest result is finalized after the\n" +
			"challenge window and delivered to the consumer contract; a second request is answered by the\n" +
			"honest submitter alone. Exits 0 only if all of that happened.",
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
