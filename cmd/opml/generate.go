package main

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/complete"
)

func generateCommand() *cli.Command {
	return &cli.Command{
		Name:      "generate",
		Usage:     "complete a prompt greedily with a completion model (int32 token ids in, the greedy next token at every position out)",
		UsageText: "opml generate --model lm.opml --prompt TEXT [--tokens 32] [--json]",
		Description: "Extends the prompt (its bytes are the token ids of a byte-level model) one token per\n" +
			"VM fast-path pass over the growing prefix (vm/complete), then traces the teacher-forced\n" +
			"input x = prompt ‖ completion (its last token excluded) ‖ zeros, the input a completion\n" +
			"claim's trace runs on (docs/protocol.md §3.6), and prints the completion; --json also\n" +
			"prints the ids, the trace's final state hash and its step count.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "model", Usage: "the completion model `FILE` (e.g. fixtures/models/lm.opml)", TakesFile: true, Required: true},
			&cli.StringFlag{Name: "prompt", Usage: "the prompt `TEXT` (byte-level: one token per byte)", Required: true},
			&cli.IntFlag{Name: "tokens", Value: 32, Usage: "generate `N` tokens (prompt + N − 1 ≤ the model's context)"},
			&cli.BoolFlag{Name: "json", Usage: "print a JSON object"},
		},
		Action: generate,
	}
}

// generation is generate's --json output.
type generation struct {
	ModelID        common.Hash `json:"modelId"`
	Prompt         []int32     `json:"prompt"`
	Completion     []int32     `json:"completion"`
	Text           string      `json:"text"`
	Input          []int32     `json:"input"` // the teacher-forced input x of the trace
	Steps          uint64      `json:"steps"`
	FinalStateHash common.Hash `json:"finalStateHash"`
	Passes         int         `json:"passes"`
}

func generate(c *cli.Context) error {
	if c.NArg() > 0 {
		return fmt.Errorf("opml: generate takes no arguments, got %q", c.Args().First())
	}
	m, err := readModel(c.String("model"))
	if err != nil {
		return err
	}
	text := c.String("prompt")
	prompt := make([]int32, len(text))
	for k := range len(text) {
		prompt[k] = int32(text[k])
	}
	r, err := complete.Greedy(m, prompt, c.Int("tokens"))
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	tr, err := vm.NewTraceInt32(m, r.Input)
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	var b strings.Builder
	for _, id := range r.Tokens {
		if id < 0 || id > 255 {
			return fmt.Errorf("opml: token %d is not a byte; this model's completions are not byte-level text", id)
		}
		b.WriteByte(byte(id))
	}
	if c.Bool("json") {
		final := tr.Final()
		return writeJSON(c.App.Writer, generation{ModelID: m.ID(), Prompt: prompt, Completion: r.Tokens, Text: b.String(),
			Input: r.Input, Steps: tr.Steps(), FinalStateHash: final.Hash(), Passes: r.Passes})
	}
	_, err = fmt.Fprintln(c.App.Writer, text+b.String())
	return err
}
