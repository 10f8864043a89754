package demo

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/hashicorp/go-hclog"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/node/launch"
	"github.com/opml-dev/opml/submitter"
	"github.com/opml-dev/opml/tooling/deployment"
)

// LLMModel is the fixture completion model the LLM demo asks.
const LLMModel = fixtures.LM

// LLMConfig configures RunLLM.
type LLMConfig struct {
	Out    io.Writer    // narration (nil: discarded)
	Logger hclog.Logger // the devnet's and nodes' logs (nil: discarded)
	// Prompt and Tokens are the consumer's request (default: the lm
	// fixture's sample prompt, fixtures.Prompt).
	Prompt string
	Tokens int
	// LieToken is the generated token whose low bit the dishonest
	// submitter flips: 0 the first, negative counts from the end (−1 the
	// last).
	LieToken int
	// LieAtStep > 0 also makes the dishonest submitter defend its claim with
	// false state hashes from that step on. By default (0) it defends the
	// claim with the true trace of the input its own claim implies, so the
	// dispute ends at the last step, where the claimed output differs.
	LieAtStep uint64
	// Timeout bounds the whole run (default 5 minutes).
	Timeout time.Duration
	// Params are the deployment parameters (default Params()).
	Params *arbiter.Params
	// Explorer, if its Addr is set, serves opml explorer beside the demo.
	Explorer Explorer
}

// LLMReport is what RunLLM measured.
type LLMReport struct {
	Prompt   string
	Honest   string // the completion decoded greedily by the VM, finalized and delivered
	Lie      string // the dishonest submitter's completion
	LieToken int    // the index of the token it changed
	Steps    uint64 // N of the completion model
	Request  *big.Int
	// The game on the false claim.
	Rounds         int
	Moves          int
	ProvenStep     uint64 // the step executed onchain
	Op             string // the op of that step
	Status         arbiter.GameStatus
	Reason         arbiter.Reason
	ReactionBlocks uint64 // blocks from the false claim to the challenge
	SideBySide     bool   // the honest claim was posted while the false one was pending
	Burned         *big.Int
	Gas            LLMGas
	DisputeTime    time.Duration // false claim posted → rejected
	Total          time.Duration
}

// LLMGas is the gas of the LLM demo's transactions (receipts' gasUsed).
type LLMGas struct {
	Request     uint64   // the consumer contract's askCompletion (→ requestCompletion)
	SubmitTrue  uint64   // the honest submitCompletion
	SubmitFalse uint64   // the dishonest submitCompletion
	Challenge   uint64   // the challenger's challenge
	Bisect      []uint64 // the claimant's bisects
	Choose      []uint64 // the challenger's chooses
	Step        uint64   // the one step executed onchain
	Finalize    uint64   // the honest claim's finalize, with the callback to the consumer contract
}

// Claimant is what the dishonest side spent on its claim and the game:
// submitCompletion and its bisects.
func (g LLMGas) Claimant() uint64 { return g.SubmitFalse + total(g.Bisect) }

// Challenger is what the challenger spent on the game: challenge, chooses
// and the step.
func (g LLMGas) Challenger() uint64 { return g.Challenge + total(g.Choose) + g.Step }

func total(v []uint64) uint64 {
	var t uint64
	for _, x := range v {
		t += x
	}
	return t
}

// RunLLM runs the LLM demo: the consumer contract asks the fixture
// completion model to complete a prompt; a dishonest submitter claims the
// completion with one generated token changed, an honest submitter claims
// the greedy completion beside it; the challenger disputes the false claim
// down to one step executed onchain and wins; the honest completion
// finalizes after the challenge window and is delivered to the consumer
// contract as text. It returns an error unless all of that happened, the
// delivered text is the completion the VM decodes locally, the step
// executed is the last (LieAtStep 0) or LieAtStep − 1, and the bonds moved
// as in Run.
func RunLLM(ctx context.Context, cfg LLMConfig) (*LLMReport, error) {
	start := time.Now()
	if cfg.Out == nil {
		cfg.Out = io.Discard
	}
	if cfg.Logger == nil {
		cfg.Logger = hclog.NewNullLogger()
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 5 * time.Minute
	}
	p := Params()
	if cfg.Params != nil {
		p = *cfg.Params
	}
	fx, err := fixtures.Load(LLMModel)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	m, h := fx.Model, &fx.Model.Header
	prompt := *fx.Prompt
	if cfg.Prompt != "" {
		prompt.Text = cfg.Prompt
	}
	if cfg.Tokens != 0 {
		prompt.Tokens = cfg.Tokens
	}
	if prompt.Tokens < 1 || prompt.Tokens > 1<<16 {
		return nil, fmt.Errorf("demo: %d tokens to generate", prompt.Tokens)
	}
	comp, err := arbiter.NewCompletion(h, prompt.IDs(), uint32(prompt.Tokens), 1)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	lie, err := submitter.DishonestTokenIndex(cfg.LieToken, prompt.Tokens)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	n := h.NumSteps
	if cfg.LieAtStep > n {
		return nil, fmt.Errorf("demo: lie at step %d outside 1..%d", cfg.LieAtStep, n)
	}
	outer := ctx
	ctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	s, err := openSession(ctx, start, cfg.Out, cfg.Logger, p, m)
	if err != nil {
		return nil, err
	}
	defer s.close()
	defer s.holdExplorer(outer, cfg.Explorer.Hold)
	if err := s.startExplorer(ctx, cfg.Explorer); err != nil {
		return nil, err
	}

	s.say("decoding locally: %d greedy VM passes over %q, then one trace of the teacher-forced input (N = %d steps, %d ops)",
		prompt.Tokens, prompt.Text, n, h.NumOps)
	tr, err := arbiter.Generate(m, comp, nil)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	honest, err := comp.Result(h, tr.Output())
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	lied := append([]byte(nil), honest...)
	lied[lie] ^= 1
	rep := &LLMReport{Prompt: prompt.Text, Honest: string(honest), Lie: string(lied), LieToken: lie, Steps: n}
	s.say("the greedy completion is %q", honest)
	stepNote := "it defends the claim with the true trace of the input its claim implies, so the claimed output is false only at the last step"
	want := n - 1
	if cfg.LieAtStep > 0 {
		stepNote = fmt.Sprintf("its state hashes are false from step %d on", cfg.LieAtStep)
		want = cfg.LieAtStep - 1
	}
	s.say("starting a challenger, an HONEST submitter and a DISHONEST submitter that changes generated token %d %q → %q: %q; %s",
		lie, honest[lie:lie+1], lied[lie:lie+1], lied, stepNote)
	s.startParties(ctx, func(c *launch.Config) {
		c.DishonestOutput, c.DishonestToken, c.DishonestLieAtStep = true, cfg.LieToken, cfg.LieAtStep
	})

	id, r, err := deployment.RequestCompletion(ctx, s.consumer, deployment.CompletionArgs{Oracle: s.d.Contracts.Oracle, ModelID: m.ID(),
		Completion: comp, Fee: big.NewInt(fee), CallbackGas: cbGas, Via: s.d.Consumer})
	if err != nil {
		return nil, err
	}
	rep.Request = id
	s.say("the consumer contract asks %s to complete %q with %d tokens: tx %s", LLMModel, prompt.Text, prompt.Tokens, r.TxHash)
	dsp, err := s.awaitDispute(ctx, id)
	if dsp != nil {
		g := dsp.game
		rep.Rounds, rep.Moves, rep.ProvenStep, rep.Status, rep.Reason = g.Rounds, g.Moves, g.Step, g.Status, g.Reason
		rep.ReactionBlocks, rep.DisputeTime = dsp.reactionBlocks, dsp.time
		rep.SideBySide = dsp.trueClaim.Block <= dsp.falseClaim.SettledBlock
		rep.Op = opAtStep(m, g.Step)
	}
	if err != nil {
		return rep, err
	}
	if !dsp.game.Stepped || dsp.game.Step != want || dsp.game.Status != arbiter.GameChallengerWon || dsp.game.Reason != arbiter.ReasonStepDisproved {
		return rep, fmt.Errorf("demo: game %v: step %d (stepped %v), %s, %s; want the challenger to win by executing step %d",
			dsp.game.ID, dsp.game.Step, dsp.game.Stepped, statusText(dsp.game.Status), reasonText(dsp.game.Reason), want)
	}
	if got := string(arbiter.EncodeTokens(dsp.falseClaim.Completion, 1)); got != rep.Lie {
		return rep, fmt.Errorf("demo: the false claim asserts %q, want %q", got, rep.Lie)
	}
	err = s.until(ctx, "the honest completion finalized, delivered and the bonds withdrawn", func() bool {
		_, ok := s.w.Delivered(id)
		return ok && s.withdrawn()
	})
	if err != nil {
		return rep, err
	}
	if rep.Burned, err = s.checkOutcome(dsp, honest, id); err != nil {
		return rep, err
	}
	res, err := deployment.ReadResult(ctx, s.client, s.d, id)
	if err != nil {
		return rep, err
	}
	if res.Completion == nil || res.Completion.Text != rep.Honest {
		return rep, fmt.Errorf("demo: the oracle's result of request %v is %+v, want the text %q", id, res.Completion, rep.Honest)
	}
	if rep.Gas, err = s.llmGas(ctx); err != nil {
		return rep, err
	}
	rep.Total = time.Since(start)
	s.summary(rep)
	return rep, nil
}

// llmGas reads the gas of the demo's transactions from their receipts.
func (s *session) llmGas(ctx context.Context) (LLMGas, error) {
	var g LLMGas
	byRole := map[common.Address]string{}
	for _, r := range []string{"consumer", "submitter", "dishonest-submitter", "challenger"} {
		byRole[s.acct(r).Address] = r
	}
	txs, err := SentTxs(ctx, s.client, s.d.DeployBlock, byRole)
	if err != nil {
		return g, err
	}
	for _, tx := range txs {
		if !tx.OK {
			continue
		}
		switch byRole[tx.From] + "." + tx.Method {
		case "consumer.askCompletion":
			g.Request = tx.Gas
		case "submitter.submitCompletion":
			g.SubmitTrue = tx.Gas
		case "submitter.finalize":
			g.Finalize = tx.Gas
		case "dishonest-submitter.submitCompletion":
			g.SubmitFalse = tx.Gas
		case "dishonest-submitter.bisect":
			g.Bisect = append(g.Bisect, tx.Gas)
		case "challenger.challenge":
			g.Challenge = tx.Gas
		case "challenger.choose":
			g.Choose = append(g.Choose, tx.Gas)
		case "challenger.step":
			g.Step = tx.Gas
		}
	}
	return g, nil
}

// summary prints what a person wants to see at the end of the LLM demo.
func (s *session) summary(r *LLMReport) {
	g := r.Gas
	var b strings.Builder
	fmt.Fprintf(&b, "DONE: the false completion was rejected and the honest one delivered to the consumer contract as text\n")
	fmt.Fprintf(&b, "  prompt          %q\n", r.Prompt)
	fmt.Fprintf(&b, "  lie             token %d changed %q → %q: %q\n", r.LieToken, r.Honest[r.LieToken:r.LieToken+1], r.Lie[r.LieToken:r.LieToken+1], r.Lie)
	fmt.Fprintf(&b, "  honest text     %q (finalized, delivered to the ExampleConsumer)\n", r.Honest)
	fmt.Fprintf(&b, "  dispute         N = %d steps, %d rounds, %d moves, challenged %d block(s) after the claim, disproven in %.1fs\n",
		r.Steps, r.Rounds, r.Moves, r.ReactionBlocks, r.DisputeTime.Seconds())
	fmt.Fprintf(&b, "  step            %d, %s: %s (%s)\n", r.ProvenStep, r.Op, statusText(r.Status), reasonText(r.Reason))
	fmt.Fprintf(&b, "  bonds           %s of the liar's bond burned, the rest to the challenger\n", ether(r.Burned))
	fmt.Fprintf(&b, "  gas             askCompletion %d; submitCompletion %d (honest), %d (liar); finalize + callback %d\n",
		g.Request, g.SubmitTrue, g.SubmitFalse, g.Finalize)
	fmt.Fprintf(&b, "  dispute gas     liar %d (submit + %d bisects, mean %d); challenger %d (challenge %d + %d chooses, mean %d + step %d)",
		g.Claimant(), len(g.Bisect), mean(g.Bisect), g.Challenger(), g.Challenge, len(g.Choose), mean(g.Choose), g.Step)
	s.say("%s", b.String())
}

func mean(v []uint64) uint64 {
	if len(v) == 0 {
		return 0
	}
	return total(v) / uint64(len(v))
}
