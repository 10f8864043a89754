package demo

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/hashicorp/go-hclog"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/node"
	"github.com/opml-dev/opml/node/launch"
	"github.com/opml-dev/opml/submitter"
	"github.com/opml-dev/opml/tooling/deployment"
	"github.com/opml-dev/opml/tooling/devnet"
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
	ctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	say := func(format string, args ...any) {
		fmt.Fprintf(cfg.Out, "[%5.1fs] "+format+"\n", append([]any{time.Since(start).Seconds()}, args...)...)
	}

	say("starting an in-process devnet (go-ethereum, %s)", "Osaka rules, chain 1337")
	ch, err := StartChain(ctx, ChainConfig{Devnet: devnet.Config{BlockTime: time.Second}, Params: p, Logger: cfg.Logger})
	if err != nil {
		return nil, err
	}
	defer ch.Close()
	d := ch.File
	say("contracts deployed: oracle %s, dispute game %s (arity %d, %ds clocks, %ds challenge window)",
		d.Contracts.Oracle, d.Contracts.Game, p.Arity, p.ClockBudget, p.ChallengeWindow)
	for _, m := range d.Models {
		say("model %s registered: %s", m.Name, m.ID)
	}
	say("consumer contract (ExampleConsumer) at %s", *d.Consumer)

	dir, err := os.MkdirTemp("", "opml-demo-")
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	defer os.RemoveAll(dir)
	client, err := ethclient.DialContext(ctx, d.RPC)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	defer client.Close()

	accts := map[string]devnet.Account{}
	for _, r := range Roles {
		if accts[r], err = ch.Account(r); err != nil {
			return nil, err
		}
	}
	acct := func(role string) devnet.Account { return accts[role] }
	names := map[common.Address]string{*d.Consumer: "the consumer contract"}
	for _, r := range Roles {
		names[acct(r).Address] = "the " + r
	}
	names[acct("dishonest-submitter").Address] = "the DISHONEST submitter"
	w := NewWatcher(client, d, cfg.Out, names, map[common.Hash]*model.Model{fx.Model.ID(): fx.Model})
	w.start = start

	nodes := &nodeSet{}
	defer nodes.stopAll()
	models := node.NewModels(fx.Model)
	base := launch.Config{RPC: d.RPC, Oracle: d.Contracts.Oracle, Models: models, StartBlock: d.DeployBlock,
		PollInterval: poll, TickInterval: poll, ReceiptInterval: fetchGap}
	startNode := func(name, role string, mod func(*launch.Config)) {
		c := base
		c.Role, c.Key, c.DataDir = role, acct(name).Key, filepath.Join(dir, name)
		if mod != nil {
			mod(&c)
		}
		nodes.start(ctx, name, c, cfg.Logger.Named(name))
	}
	op := ""
	if k := opOf(fx.Model, cfg.LieAtStep-1); k >= 0 {
		op = fmt.Sprintf(" (inside op %d, %v)", k, fx.Model.Ops[k].Op)
	}
	say("starting a challenger, a DISHONEST submitter (claims a wrong output; its state hashes are false from step %d of %d%s) and an HONEST submitter",
		cfg.LieAtStep, n, op)
	// The challenger talks WebSocket, the submitters HTTP: both transports
	// run in every demo. The honest submitter prices its claims with the
	// chain's gas price, as `opml submitter` does by default.
	startNode("challenger", launch.Challenger, func(c *launch.Config) { c.RPC = d.WS })
	startNode("dishonest-submitter", launch.Submitter, func(c *launch.Config) {
		c.DishonestOutput, c.DishonestLieAtStep = true, cfg.LieAtStep
	})
	startNode("submitter", launch.Submitter, func(c *launch.Config) { c.Fees = submitter.FeePolicy{AutoGasPrice: true} })

	consumer, err := deployment.NewSender(ctx, client, acct("consumer").Key, cfg.Logger.Named("consumer"))
	if err != nil {
		return nil, err
	}
	defer consumer.Close()
	ask := func() (*big.Int, error) {
		id, r, err := deployment.Request(ctx, consumer, deployment.RequestArgs{Oracle: d.Contracts.Oracle, ModelID: fx.Model.ID(),
			Input: fx.Input, Fee: big.NewInt(fee), CallbackGas: cbGas, Via: d.Consumer})
		if err != nil {
			return nil, err
		}
		say("the consumer contract asks for %s on a %d-pixel digit image: tx %s", cfg.Model, len(fx.Input), r.TxHash)
		return id, nil
	}
	rep := &Report{Model: cfg.Model, Steps: n, LieAtStep: cfg.LieAtStep}
	req1, err := ask()
	if err != nil {
		return nil, err
	}
	rep.Requests = append(rep.Requests, req1)

	liar, chal, sub := acct("dishonest-submitter").Address, acct("challenger").Address, acct("submitter").Address
	// The challenger's due: its bond back and the reward of the game that
	// rejected the false claim (the unburned half of the liar's bond).
	reward := new(big.Int).Div(new(big.Int).Mul(p.SubmitBond, big.NewInt(100-arbiter.BurnPercent)), big.NewInt(100))
	due := new(big.Int).Add(p.ChallengeBond, reward)
	var falseClaim, trueClaim ClaimState
	err = w.Until(ctx, poll, "both claims on request 1, the false one rejected and the challenger paid", func() bool {
		if err := nodes.failed(); err != nil {
			return true
		}
		var gotFalse, gotTrue bool
		for _, c := range w.Claims() {
			switch {
			case c.RequestID.Cmp(req1) != 0:
			case c.Submitter == liar && !c.Rejected.IsZero() && w.Credited(chal).Cmp(due) >= 0:
				falseClaim, gotFalse = c, true
			case c.Submitter == sub:
				trueClaim, gotTrue = c, true
			}
		}
		return gotFalse && gotTrue
	})
	if err == nil {
		err = nodes.failed()
	}
	if err != nil {
		return rep, err
	}
	rep.DisputeTime = falseClaim.Rejected.Sub(falseClaim.Posted)
	for _, g := range w.Games() {
		if g.ClaimID.Cmp(falseClaim.ID) == 0 {
			rep.Rounds, rep.Moves, rep.ProvenStep = g.Rounds, g.Moves, g.Step
			rep.ReactionBlocks = g.Block - falseClaim.Block
		}
	}
	rep.SideBySide = trueClaim.Block <= falseClaim.SettledBlock
	say("the false claim was disproven in %.1fs: challenged %d block(s) after it was posted, %d rounds, %d moves, step %d executed onchain",
		rep.DisputeTime.Seconds(), rep.ReactionBlocks, rep.Rounds, rep.Moves, rep.ProvenStep)
	if !rep.SideBySide {
		return rep, fmt.Errorf("demo: the honest claim %s (block %d) was posted only after the false claim was rejected (block %d): not side by side",
			claimName(trueClaim.ID), trueClaim.Block, falseClaim.SettledBlock)
	}
	say("the honest claim %s was posted beside the false claim %s while it was pending (block %d, rejection in block %d): a false claim never keeps a true one out",
		claimName(trueClaim.ID), claimName(falseClaim.ID), trueClaim.Block, falseClaim.SettledBlock)

	nodes.stop("dishonest-submitter")
	say("the dishonest submitter lost its bond and leaves; the consumer asks again, only the honest submitter answers")
	happyStart := time.Now()
	req2, err := ask()
	if err != nil {
		return rep, err
	}
	rep.Requests = append(rep.Requests, req2)

	err = w.Until(ctx, poll, "both requests to be finalized, delivered and the bonds withdrawn", func() bool {
		if err := nodes.failed(); err != nil {
			return true
		}
		for _, id := range rep.Requests {
			if _, ok := w.Delivered(id); !ok {
				return false
			}
		}
		if rep.HappyTime == 0 {
			rep.HappyTime = time.Since(happyStart)
		}
		// Everything credited to the winners (bonds back, the reward, fees)
		// has been withdrawn.
		for _, a := range []common.Address{chal, sub} {
			if c := w.Credited(a); c.Sign() == 0 || w.Withdrawn(a).Cmp(c) < 0 {
				return false
			}
		}
		return true
	})
	if err == nil {
		err = nodes.failed()
	}
	if err != nil {
		return rep, err
	}
	for _, id := range rep.Requests {
		got, _ := w.Finalized(id)
		dlv, _ := w.Delivered(id)
		if !bytes.Equal(got, want) || !bytes.Equal(dlv, want) {
			return rep, fmt.Errorf("demo: request %v finalized %x and delivered %x, the VM computes %x", id, got, dlv, want)
		}
	}
	for _, c := range w.Claims() {
		if c.RequestID.Cmp(req1) == 0 && c.Submitter == sub && c.Finalized.IsZero() {
			return rep, fmt.Errorf("demo: the honest claim %s on request 1 was not the one finalized", claimName(c.ID))
		}
	}
	if got := w.Credited(chal); got.Cmp(due) != 0 {
		return rep, fmt.Errorf("demo: the challenger was credited %v, want its bond back plus half the liar's bond: %v", got, due)
	}
	rep.Burned = w.Burned(falseClaim.ID)
	if want := new(big.Int).Sub(p.SubmitBond, reward); rep.Burned.Cmp(want) != 0 {
		return rep, fmt.Errorf("demo: %v burned of the liar's bond, want %v", rep.Burned, want)
	}
	if got := w.Credited(liar); got.Sign() != 0 {
		return rep, fmt.Errorf("demo: the liar was credited %v", got)
	}
	rep.Output = tr.Output()
	rep.Argmax = deployment.Argmax(rep.Output)
	rep.Total = time.Since(start)
	say("DONE: the false claim was rejected (half the liar's bond burned, half paid to the challenger); the honest result (digit %d), claimed beside it, was finalized and delivered to the consumer contract", rep.Argmax)
	say("the challenger withdrew %s (its bond back + half the liar's %s bond; %s burned); the honest submitter withdrew %s (its bonds back + %d fees)",
		ether(w.Withdrawn(chal)), ether(p.SubmitBond), ether(rep.Burned), ether(w.Withdrawn(sub)), len(rep.Requests))
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

// nodeSet runs nodes in goroutines and remembers the first failure.
type nodeSet struct {
	mu     sync.Mutex
	cancel map[string]context.CancelFunc
	done   map[string]chan struct{}
	err    error
}

func (s *nodeSet) start(ctx context.Context, name string, cfg launch.Config, logger hclog.Logger) {
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

func (s *nodeSet) failed() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

func (s *nodeSet) stop(name string) {
	s.mu.Lock()
	cancel, done := s.cancel[name], s.done[name]
	delete(s.cancel, name)
	s.mu.Unlock()
	if cancel != nil {
		cancel()
		<-done
	}
}

func (s *nodeSet) stopAll() {
	s.mu.Lock()
	var names []string
	for n := range s.cancel {
		names = append(names, n)
	}
	s.mu.Unlock()
	for _, n := range names {
		s.stop(n)
	}
}
