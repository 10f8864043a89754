package main

import (
	"errors"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/tooling/deployment"
)

// requestCompletion sends opml request --prompt: a completion request
// (docs/protocol.md §3.6), checked against the model's header from the
// registry before anything is sent.
func requestCompletion(c *cli.Context, s *chainSession, id common.Hash, fee *big.Int) error {
	ids, err := promptIDs(c.String("prompt"), c.String("prompt-ids"))
	if err != nil {
		return err
	}
	tokens, width := c.Uint("tokens"), c.Uint("token-bytes")
	if tokens == 0 || tokens > 1<<31 {
		return fmt.Errorf("opml: --tokens %d: a completion request generates at least one token (set --tokens N)", tokens)
	}
	if width == 0 || width > arbiter.MaxTokenBytes {
		return fmt.Errorf("opml: --token-bytes %d: want 1 to %d", width, arbiter.MaxTokenBytes)
	}
	h, err := arbiter.Registry{Addr: s.d.Contracts.Registry, Caller: s.client}.Header(c.Context, id)
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	comp, err := arbiter.NewCompletion(&h, ids, uint32(tokens), uint8(width))
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	args := deployment.CompletionArgs{Oracle: s.d.Contracts.Oracle, ModelID: id, Completion: comp, Fee: fee}
	if args.Via, args.CallbackGas, err = viaConsumer(c, s); err != nil {
		return err
	}
	reqID, r, err := deployment.RequestCompletion(c.Context, s.txm, args)
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	fmt.Fprintf(c.App.Writer, "request %v: completion of %d tokens after a %d-token prompt, model %s, fee %v wei, tx %s (block %v, gas %d)\n",
		reqID, tokens, len(ids), id, fee, r.TxHash, r.BlockNumber, r.GasUsed)
	if !c.Bool("wait") {
		return nil
	}
	return waitResult(c, s, reqID)
}

// promptIDs is the prompt of --prompt TEXT (its bytes) or --prompt-ids
// LIST (comma-separated ids); exactly one must be set.
func promptIDs(text, list string) ([]int32, error) {
	switch {
	case text != "" && list != "":
		return nil, errors.New("opml: --prompt and --prompt-ids are exclusive")
	case text != "":
		ids := make([]int32, len(text))
		for i := range len(text) {
			ids[i] = int32(text[i])
		}
		return ids, nil
	case list != "":
		parts := strings.Split(list, ",")
		ids := make([]int32, len(parts))
		for i, p := range parts {
			v, err := strconv.ParseUint(strings.TrimSpace(p), 0, 32)
			if err != nil {
				return nil, fmt.Errorf("opml: --prompt-ids: token %d %q: %w", i, p, err)
			}
			ids[i] = int32(uint32(v))
		}
		return ids, nil
	}
	return nil, errors.New("opml: an empty prompt: a completion request needs at least one prompt token")
}

// printCompletion prints a completion request's parameters and, once
// finalized, the completion: text for 1-byte tokens, ids (and hex)
// otherwise.
func printCompletion(w io.Writer, res *deployment.Result) {
	cr := res.Completion
	if cr == nil {
		return
	}
	fmt.Fprintf(w, "  completion of %d tokens (%d byte(s) each) after a %d-token prompt\n", cr.Tokens, cr.TokenBytes, cr.PromptTokens)
	if res.Status != "finalized" {
		return
	}
	if cr.TokenBytes == 1 {
		fmt.Fprintf(w, "  completion: %q\n", cr.Text)
		return
	}
	fmt.Fprintf(w, "  completion ids: %v\n  completion hex: %x\n", cr.IDs, res.Output)
}

// viaConsumer is --via-consumer: the deployment's ExampleConsumer and the
// --callback-gas it asks for (nil and 0 without the flag).
func viaConsumer(c *cli.Context, s *chainSession) (*common.Address, uint64, error) {
	if !c.Bool("via-consumer") {
		return nil, 0, nil
	}
	if s.d.Consumer == nil {
		return nil, 0, errors.New("opml: --via-consumer: the deployment has no ExampleConsumer (deploy with --example-consumer)")
	}
	return s.d.Consumer, c.Uint64("callback-gas"), nil
}
