package main

import (
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/opml-dev/opml/explorer"
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
			"honest submitter alone. Exits 0 only if all of that happened.\n\n" +
			"With --model lm (make demo-llm), the LLM demo: the consumer contract asks the completion model\n" +
			"to complete a prompt; the dishonest submitter claims the greedy completion with one generated\n" +
			"token changed (--lie-token), the honest one the true completion beside it; the challenger wins\n" +
			"the game on the false claim at one step, and the honest completion is finalized and delivered\n" +
			"to the consumer contract as text. It prints the prompt, the lie, the honest text, the rounds,\n" +
			"the step's op, the verdict and the gas of every transaction.\n\n" +
			"With --explorer, opml explorer serves beside the demo (on --http.addr): the demo waits\n" +
			"--explorer.delay before its first request so the page can be opened first, and after it the\n" +
			"devnet and the explorer stay up until Ctrl-C (--explorer.hold=false: exit).",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "model", Value: "mlp", Usage: "the fixture model to ask: mlp or cnn (a digit), or lm (the LLM demo: a completion, a liar changing one token)"},
			&cli.Uint64Flag{Name: "lie-at-step", Usage: "the dishonest submitter's hashes are false from step `T` on (default: the middle step; with --model lm: none, the game ends at the last step)"},
			&cli.StringFlag{Name: "prompt", Usage: "with --model lm: the prompt `TEXT` (default: the fixture's sample prompt)"},
			&cli.IntFlag{Name: "tokens", Usage: "with --model lm: generate `N` tokens (default: the fixture's)"},
			&cli.IntFlag{Name: "lie-token", Usage: "with --model lm: the generated token `I` the dishonest submitter changes (0 the first, negative from the end, -1 the last)"},
			&cli.DurationFlag{Name: "timeout", Usage: "give up after this long (default 3m, with --model lm 5m)"},
			&cli.BoolFlag{Name: "explorer", Usage: "serve opml explorer on --http.addr beside the demo, to watch its requests, claims and game in a browser"},
			&cli.StringFlag{Name: "http.addr", Value: explorer.DefaultHTTPAddr, Usage: "with --explorer: serve it on `ADDR` (port 0: any free port)"},
			&cli.DurationFlag{Name: "explorer.delay", Value: 5 * time.Second, Usage: "with --explorer: wait `DURATION` before the first request, to open the page first"},
			&cli.DurationFlag{Name: "explorer.pace", Value: time.Second, Usage: "with --explorer: the nodes poll and act every `DURATION`, so that the game can be followed round by round"},
			&cli.BoolFlag{Name: "explorer.hold", Value: true, Usage: "with --explorer: keep the devnet and the explorer up after the demo until Ctrl-C"},
		}, logFlags("off")...),
		Action: runDemo,
	}
}

// openBrowser opens url in the desktop's browser, if there is a desktop
// (DISPLAY or WAYLAND_DISPLAY) and xdg-open; otherwise the printed URL is
// all. It does not wait for the browser.
func openBrowser(url string) {
	if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		return
	}
	if p, err := exec.LookPath("xdg-open"); err == nil {
		cmd := exec.Command(p, url)
		if cmd.Start() == nil {
			go func() { _ = cmd.Wait() }()
		}
	}
}

func runDemo(c *cli.Context) error {
	if c.NArg() > 0 {
		return fmt.Errorf("opml: demo takes no arguments, got %q", c.Args().First())
	}
	logger, err := nodeLogger(c, "demo")
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	w := c.App.Writer
	var ex demo.Explorer
	if c.Bool("explorer") {
		ex = demo.Explorer{Addr: c.String("http.addr"), Delay: c.Duration("explorer.delay"), Pace: c.Duration("explorer.pace"), Hold: c.Bool("explorer.hold"),
			Open: openBrowser}
	} else {
		for _, f := range []string{"http.addr", "explorer.delay", "explorer.pace", "explorer.hold"} {
			if c.IsSet(f) {
				return fmt.Errorf("opml: --%s is an option of --explorer", f)
			}
		}
	}
	if c.String("model") == demo.LLMModel {
		rep, err := demo.RunLLM(ctx, demo.LLMConfig{Out: w, Logger: logger, Prompt: c.String("prompt"), Tokens: c.Int("tokens"),
			LieToken: c.Int("lie-token"), LieAtStep: c.Uint64("lie-at-step"), Timeout: c.Duration("timeout"), Explorer: ex})
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "LLM demo passed in %.1fs (false completion disproven in %.1fs at step %d of %d; %q delivered)\n",
			rep.Total.Seconds(), rep.DisputeTime.Seconds(), rep.ProvenStep, rep.Steps, rep.Honest)
		return nil
	}
	for _, f := range []string{"prompt", "tokens", "lie-token"} {
		if c.IsSet(f) {
			return fmt.Errorf("opml: --%s is an option of the LLM demo (--model %s)", f, demo.LLMModel)
		}
	}
	rep, err := demo.Run(ctx, demo.Config{Out: w, Logger: logger, Model: c.String("model"),
		LieAtStep: c.Uint64("lie-at-step"), Timeout: c.Duration("timeout"), Explorer: ex})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "demo passed in %.1fs (false claim disproven in %.1fs; honest request finalized and delivered in %.1fs)\n",
		rep.Total.Seconds(), rep.DisputeTime.Seconds(), rep.HappyTime.Seconds())
	return nil
}
