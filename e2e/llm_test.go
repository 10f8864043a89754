package e2e

import (
	"bytes"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/fixtures"
)

// RequestCompletion sends `opml request --prompt --tokens` (--fee
// RequestFee) from the consumer account (through the ExampleConsumer with
// viaConsumer) and returns the request ID.
func (c *Chain) RequestCompletion(modelName, prompt string, tokens int, viaConsumer bool) *big.Int {
	c.t.Helper()
	return c.request(modelName, []string{"--prompt", prompt, "--tokens", strconv.Itoa(tokens)}, viaConsumer)
}

// goldenCompletion is the lm fixture's sample prompt and its greedy
// completion as `opml generate --json` prints it, checked against the
// fixture's golden completion (fixtures/golden/final.json).
func goldenCompletion(t *testing.T, modelFile string) (*fixtures.Prompt, string) {
	t.Helper()
	fx, err := fixtures.Load(fixtures.LM)
	if err != nil {
		t.Fatal(err)
	}
	p := fx.Prompt
	out := runCmd(t, moduleDir, nil, "generate", "--model", modelFile, "--prompt", p.Text, "--tokens", strconv.Itoa(p.Tokens), "--json")
	var g struct {
		Text  string `json:"text"`
		Steps uint64 `json:"steps"`
	}
	if err := json.Unmarshal(out, &g); err != nil {
		t.Fatalf("opml generate --json: %v in %q", err, out)
	}
	b, err := os.ReadFile(filepath.Join(moduleDir, "fixtures", "golden", "final.json"))
	if err != nil {
		t.Fatal(err)
	}
	var golden map[string]struct {
		Completion string `json:"completion"`
	}
	if err := json.Unmarshal(b, &golden); err != nil {
		t.Fatal(err)
	}
	if g.Text != golden["lm"].Completion || len(g.Text) != p.Tokens || g.Steps != fx.Model.Header.NumSteps {
		t.Fatalf("opml generate: %q (N = %d), the fixture's golden completion %q (N = %d)", g.Text, g.Steps, golden["lm"].Completion, fx.Model.Header.NumSteps)
	}
	return p, g.Text
}

// llmLiars: on chain c (serving the lm fixture), an honest challenger and
// an honest submitter run throughout; for the first, the middle and the
// last generated token in turn, a dishonest submitter (restarted on one
// datadir with --dishonest.token I) claims the fixture prompt's completion
// with that token's low bit flipped. Each false claim is challenged and
// loses its game at one step: the halting step, since the liar defends the
// claim with the true trace of the input its own claim implies and only
// the claimed output is false, after ⌈log_k N⌉ rounds. Each honest claim
// finalizes; the completion
// the oracle finalizes, the ExampleConsumer receives and stores, and `opml
// result` shows is `opml generate`'s.
func llmLiars(t *testing.T, c *Chain) {
	m := c.Models["lm"]
	if m == nil {
		t.Fatal("the chain does not serve the lm fixture")
	}
	prompt, want := goldenCompletion(t, filepath.Join(c.ModDir, "lm.opml"))
	n, k := m.Header.NumSteps, c.D.Params.Arity
	rounds := 0 // ⌈log_k N⌉
	for span := n; span > 1; span = (span + k - 1) / k {
		rounds++
	}
	c.Node("challenger", "challenger", "challenger")
	c.Node("submitter", "submitter", "submitter")
	ch, sub, liarAddr := c.Addr("challenger"), c.Addr("submitter"), c.Addr("dishonest-submitter")
	var requests []*big.Int
	for _, lc := range []struct {
		name  string
		flag  int // --dishonest.token
		token int // the token it changes
	}{
		{"first-token", 0, 0},
		{"middle-token", prompt.Tokens / 2, prompt.Tokens / 2},
		{"last-token", -1, prompt.Tokens - 1},
	} {
		t.Run(lc.name, func(t *testing.T) {
			c := c.For(t)
			liar := c.Node("submitter", "dishonest-submitter", "liar", "--dishonest.output", "--dishonest.token", strconv.Itoa(lc.flag))
			defer liar.Stop(t)
			before := c.W.Credited(ch)
			id := c.RequestCompletion("lm", prompt.Text, prompt.Tokens, true)
			requests = append(requests, id)
			claim := c.ClaimBy(3*time.Minute, id, liarAddr)
			honest := c.ClaimBy(3*time.Minute, id, sub)
			gs := c.gamesOver(5*time.Minute, claim, true)
			if len(gs) != 1 {
				t.Fatalf("%d games on the false claim, want 1", len(gs))
			}
			g := gs[0]
			if g.Challenger != ch || g.Status != arbiter.GameChallengerWon || g.Reason != arbiter.ReasonStepDisproved || !g.Stepped || g.Step != n-1 {
				t.Errorf("game %v: challenger %s, %v, %v, step %d (stepped %v); want the challenger to win by executing the halting step %d",
					g.ID, g.Challenger, g.Status, g.Reason, g.Step, g.Stepped, n-1)
			}
			if g.Rounds != rounds || g.Moves != 2*rounds+1 {
				t.Errorf("game %v: %d rounds, %d moves; want ⌈log_%d N⌉ = %d rounds of a bisect and a choose, then the step", g.ID, g.Rounds, g.Moves, k, rounds)
			}
			lie := []byte(want)
			lie[lc.token] ^= 1
			if got := string(arbiter.EncodeTokens(c.Claim(claim).Completion, 1)); got != string(lie) {
				t.Errorf("the false claim asserts %q, want %q (token %d changed)", got, lie, lc.token)
			}
			if got := string(arbiter.EncodeTokens(c.Claim(honest).Completion, 1)); got != want {
				t.Errorf("the honest claim asserts %q, want %q", got, want)
			}
			if got, due := new(big.Int).Sub(c.W.Credited(ch), before), sum(c.ChallengeBond(), c.reward(1)); got.Cmp(due) != 0 {
				t.Errorf("challenger credited %v for this game, want its bond plus half the liar's: %v", got, due)
			}
			if got, burned := c.W.Burned(claim), new(big.Int).Sub(c.SubmitBond(), c.reward(1)); got.Cmp(burned) != 0 {
				t.Errorf("%v burned of the liar's bond, want %v", got, burned)
			}
		})
	}
	c.Wait(4*time.Minute, "every completion finalized and delivered to the consumer", func() bool {
		for _, id := range requests {
			if _, ok := c.W.Delivered(id); !ok {
				return false
			}
		}
		return true
	})
	consumer := bindings.NewExampleConsumer()
	for _, id := range requests {
		final, _ := c.W.Finalized(id)
		delivered, _ := c.W.Delivered(id)
		if string(final) != want || !bytes.Equal(delivered, final) {
			t.Errorf("request %v: finalized %q, delivered %q; want %q", id, final, delivered, want)
		}
		res := c.Result(id)
		if res.Status != "finalized" || res.Completion == nil || res.Completion.Text != want {
			t.Errorf("opml result %v: %s %+v, want the text %q", id, res.Status, res.Completion, want)
		}
		stored, err := consumer.UnpackOutputOf(c.Call(*c.D.Consumer, consumer.PackOutputOf(id)))
		if err != nil || string(stored) != want {
			t.Errorf("ExampleConsumer.outputOf(%v) = %q, %v; want %q", id, stored, err, want)
		}
		for _, cl := range c.ClaimsOn(id) {
			if cl.Submitter == sub && cl.Finalized.IsZero() {
				t.Errorf("the honest claim %v on request %v was not the one finalized", cl.ID, id)
			}
		}
	}
	if got := c.W.Credited(liarAddr); got.Sign() != 0 {
		t.Errorf("the liar was credited %v", got)
	}
}

// TestLLMLiar: llmLiars on a devnet (which registers the built-in
// fixtures, lm among them).
func TestLLMLiar(t *testing.T) {
	t.Parallel()
	llmLiars(t, StartDevnet(t))
}

// TestGethLLMLiar: llmLiars on a real geth --dev with the lm fixture
// registered by `opml register`, deployed with the suggested arity 16
// (docs/protocol.md §6): 5 rounds at N = 857,025, each move waiting for
// geth's next block.
func TestGethLLMLiar(t *testing.T) {
	t.Parallel()
	llmLiars(t, StartGeth(t, 16, "lm"))
}
