// Command opml is the command-line tool of the opml optimistic-ML
// fraud-proof system.
//
//	opml run --model M --input I [--json]                 run a model, print the output and final state
//	opml run --model M --input I --step T [--json]        print the state before step T
//	opml run --model M --input I --prove T [--out FILE]   write the step vector of step T
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
		Commands:    []*cli.Command{runCommand()},
	}
}

func main() {
	if err := newApp().Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
