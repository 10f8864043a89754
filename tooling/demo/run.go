package demo

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"sync"
	"time"

	"github.com/hashicorp/go-hclog"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/node/launch"
	"github.com/opml-dev/opml/tooling/deployment"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
)

// Config configures Run.
type Config struct {
	Out    io.Writer    // narration (nil: discarded)
	Logger hclog.Logger // the devnet's and nodes' logs (nil: discarded)
	// Model is the fixture model the consumer asks (default "mlp").
	Model string
	// LieAtStep is the first step whose state hash the dishonest submitter
	// falsifies (default: the middle step).
	LieAtStep uint64
	// Timeout bounds the whole run (default 3 minutes).
	Timeout time.Duration
	// Params are the deployment parameters (default Params()).
	Params *arbiter.Params
	// Explorer, if its Addr is set, serves opml explorer beside the demo.
	Explorer Explorer
}

// Report is what Run measured.
type Report struct {
	Model      string
	Steps      uint64 // N of the model
	LieAtStep  uint64 // where the liar's hashes start to differ
	ProvenStep uint64 // the step executed onchain
	Rounds     int    // dissection rounds played
	Moves      int    // game moves (bisect, choose, step)
	// ReactionBlocks is the number of blocks from the false claim's block to
	// the challenge's (1: the challenge landed in the next block).
	ReactionBlocks uint64
	// SideBySide: the honest claim on the first request was posted while
	// the false claim was still pending.
	SideBySide  bool
	Burned      *big.Int // burned of the false claim's bond
	Output      []int64  // the finalized output
	Argmax      int      // its largest element (the predicted class)
	Requests    []*big.Int
	DisputeTime time.Duration // false claim posted → rejected (challenger paid)
	HappyTime   time.Duration // honest request sent → result finalized and delivered
	Total       time.Duration
}

const (
	poll     = 200 * time.Millisecond
	fee      = 10_000_000_000_000_000 // 0.01 ether per request
	cbGas    = 400_000                // ExampleConsumer stores the output: ~60k under Osaka, ~223k under geth 1.17.8 --dev rules
	fetchGap = 100 * time.Millisecond
)

// Run runs the demo; see the package documentation for what it checks.
func Run(ctx context.Context, cfg Config) (*Report, error) {
	start := time.Now()
	if cfg.Out == nil {
		cfg.Out = io.Discard
	}
	if cfg.Logger == nil {
		cfg.Logger = hclog.NewNullLogger()
	}
	if cfg.Model == "" {
		cfg.Model = "mlp"
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 3 * time.Minute
	}
	p := Params()
	if cfg.Params != nil {
		p = *cfg.Params
	}
	fx, err := fixtures.Load(cfg.Model)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	if fx.Prompt != nil {
		return nil, fmt.Errorf("demo: %s is a completion model: its demo is RunLLM (opml demo --llm)", cfg.Model)
	}
	n := fx.Model.Header.NumSteps
	if cfg.LieAtStep == 0 {
		cfg.LieAtStep = n / 2
	}
	if cfg.LieAtStep == 0 || cfg.LieAtStep > n {
		return nil, fmt.Errorf("demo: lie at step %d outside 1..%d", cfg.LieAtStep, n)
	}
	tr, err := vm.NewTrace(fx.Model, fx.Input)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	want, err := arbiter.ClaimOutput(&fx.Model.Header, tr.Output())
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	outer := ctx
	ctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	s, err := openSession(ctx, start, cfg.Out, cfg.Logger, p, fx.Model)
	if err != nil {
		return nil, err
	}
	defer s.close()
	defer s.holdExplorer(outer, cfg.Explorer.Hold)
	if err := s.startExplorer(ctx, cfg.Explorer); err != nil {
		return nil, err
	}
	op := ""
	if k := opOf(fx.Model, cfg.LieAtStep-1); k >= 0 {
		op = fmt.Sprintf(" (inside op %d, %v)", k, fx.Model.Ops[k].Op)
	}
	s.say("starting a challenger, a DISHONEST submitter (claims a wrong output; its state hashes are false from step %d of %d%s) and an HONEST submitter",
		cfg.LieAtStep, n, op)
	s.startParties(ctx, func(c *launch.Config) { c.DishonestOutput, c.DishonestLieAtStep = true, cfg.LieAtStep })

	ask := func() (*big.Int, error) {
		id, r, err := deployment.Request(ctx, s.consumer, deployment.RequestArgs{Oracle: s.d.Contracts.Oracle, ModelID: fx.Model.ID(),
			Input: fx.Input, Fee: big.NewInt(fee), CallbackGas: cbGas, Via: s.d.Consumer})
		if err != nil {
			return nil, err
		}
		s.say("the consumer contract asks for %s on a %d-pixel digit image: tx %s", cfg.Model, len(fx.Input), r.TxHash)
		return id, nil
	}
	rep := &Report{Model: cfg.Model, Steps: n, LieAtStep: cfg.LieAtStep}
	req1, err := ask()
	if err != nil {
		return nil, err
	}
	rep.Requests = append(rep.Requests, req1)
	dsp, err := s.awaitDispute(ctx, req1)
	if dsp != nil {
		rep.DisputeTime, rep.Rounds, rep.Moves, rep.ProvenStep = dsp.time, dsp.game.Rounds, dsp.game.Moves, dsp.game.Step
		rep.ReactionBlocks, rep.SideBySide = dsp.reactionBlocks, dsp.trueClaim.Block <= dsp.falseClaim.SettledBlock
	}
	if err != nil {
		return rep, err
	}

	s.nodes.Stop("dishonest-submitter")
	s.say("the dishonest submitter lost its bond and leaves; the consumer asks again, only the honest submitter answers")
	happyStart := time.Now()
	req2, err := ask()
	if err != nil {
		return rep, err
	}
	rep.Requests = append(rep.Requests, req2)

	err = s.until(ctx, "both requests to be finalized, delivered and the bonds withdrawn", func() bool {
		for _, id := range rep.Requests {
			if _, ok := s.w.Delivered(id); !ok {
				return false
			}
		}
		if rep.HappyTime == 0 {
			rep.HappyTime = time.Since(happyStart)
		}
		return s.withdrawn()
	})
	if err != nil {
		return rep, err
	}
	if rep.Burned, err = s.checkOutcome(dsp, want, rep.Requests...); err != nil {
		return rep, err
	}
	rep.Output = tr.Output()
	rep.Argmax = deployment.Argmax(rep.Output)
	rep.Total = time.Since(start)
	chal, sub := s.acct("challenger").Address, s.acct("submitter").Address
	s.say("DONE: the false claim was rejected (half the liar's bond burned, half paid to the challenger); the honest result (digit %d), claimed beside it, was finalized and delivered to the consumer contract", rep.Argmax)
	s.say("the challenger withdrew %s (its bond back + half the liar's %s bond; %s burned); the honest submitter withdrew %s (its bonds back + %d fees)",
		ether(s.w.Withdrawn(chal)), ether(p.SubmitBond), ether(rep.Burned), ether(s.w.Withdrawn(sub)), len(rep.Requests))
	return rep, nil
}

// opOf is the op that executes step t, or -1 for the halting step.
func opOf(m *model.Model, t uint64) int {
	for k := int(m.Header.NumOps) - 1; k >= 0; k-- {
		if m.OpStart(k) <= t {
			return k
		}
	}
	return -1
}

// Nodes runs nodes (node/launch) in goroutines of this process and
// remembers the first failure. The zero value is ready; it is safe for
// concurrent use.
type Nodes struct {
	mu     sync.Mutex
	cancel map[string]context.CancelFunc
	done   map[string]chan struct{}
	err    error
}

// Start runs node name with cfg until ctx is done or Stop(name).
func (s *Nodes) Start(ctx context.Context, name string, cfg launch.Config, logger hclog.Logger) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cancel == nil {
		s.cancel, s.done = map[string]context.CancelFunc{}, map[string]chan struct{}{}
	}
	nctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	s.cancel[name], s.done[name] = cancel, done
	go func() {
		defer close(done)
		err := launch.Run(nctx, cfg, logger)
		if err == nil && nctx.Err() == nil {
			err = errors.New("stopped unexpectedly")
		}
		if err != nil {
			s.mu.Lock()
			if s.err == nil {
				s.err = fmt.Errorf("demo: %s: %w", name, err)
			}
			s.mu.Unlock()
		}
	}()
}

// Failed returns the first node failure (a node returning an error, or
// stopping before it was told to), or nil.
func (s *Nodes) Failed() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// Stop stops node name and waits for it to return.
func (s *Nodes) Stop(name string) {
	s.mu.Lock()
	cancel, done := s.cancel[name], s.done[name]
	delete(s.cancel, name)
	s.mu.Unlock()
	if cancel != nil {
		cancel()
		<-done
	}
}

// StopAll stops every node.
func (s *Nodes) StopAll() {
	s.mu.Lock()
	var names []string
	for n := range s.cancel {
		names = append(names, n)
	}
	s.mu.Unlock()
	for _, n := range names {
		s.Stop(n)
	}
}
