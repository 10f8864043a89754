package main

import (
	"fmt"
	"os"

	"github.com/urfave/cli/v2"
)

// newApp returns the opml command-line application.
func newApp() *cli.App {
	return &cli.App{
		Name:        "opml",
		Usage:       "optimistic-ML fraud proofs: run models on the deterministic VM and prove steps",
		HideVersion: true,
		Commands: []*cli.Command{runCommand(), compileCommand(), evalCommand(), submitterCommand(), challengerCommand(),
			deployCommand(), registerCommand(), requestCommand(), resultCommand(), cancelCommand(), devnetCommand(), demoCommand(), loadgenCommand(), explorerCommand(), benchCommand(), generateCommand()},
	}
}

func main() {
	if err := newApp().Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
