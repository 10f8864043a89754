package demo

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/hashicorp/go-hclog"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/infra/txmgr"
	"github.com/opml-dev/opml/node/launch"
	"github.com/opml-dev/opml/tooling/deployment"
	"github.com/opml-dev/opml/tooling/devnet"
	"github.com/opml-dev/opml/vm/model"
)

// session is what both demos run on: a devnet with the contracts, the
// fixture models and an ExampleConsumer, the Watcher narrating it, the
// nodes (in-process) and the consumer's sender.
type session struct {
	start    time.Time
	out      io.Writer
	logger   hclog.Logger
	p        arbiter.Params
	ch       *Chain
	d        *deployment.File
	client   *ethclient.Client
	accts    map[string]devnet.Account
	w        *Watcher
	nodes    *Nodes
	dir      string
	base     launch.Config
	consumer *txmgr.Manager
	// explorerURL is set while an explorer serves (startExplorer);
	// stopExplorer stops it.
	explorerURL  string
	stopExplorer func()
}

// openSession starts the devnet and everything on it, narrating to out;
// the nodes will serve m. The caller must close the session.
func openSession(ctx context.Context, start time.Time, out io.Writer, logger hclog.Logger, p arbiter.Params, m *model.Model) (_ *session, err error) {
	s := &session{start: start, out: out, logger: logger, p: p, nodes: &Nodes{}, accts: map[string]devnet.Account{}}
	defer func() {
		if err != nil {
			s.close()
		}
	}()
	if s.dir, err = os.MkdirTemp("", "opml-demo-"); err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	s.say("starting an in-process devnet (go-ethereum, %s)", "Osaka rules, chain 1337")
	// The fixtures are registered at file:// URIs in the session's
	// directory; the nodes start without models and fetch them from there.
	if s.ch, err = StartChain(ctx, ChainConfig{Devnet: devnet.Config{BlockTime: time.Second}, Params: p, Logger: logger,
		ModelDir: filepath.Join(s.dir, "models")}); err != nil {
		return nil, err
	}
	d := s.ch.File
	s.d = d
	s.say("contracts deployed: oracle %s, dispute game %s (arity %d, %ds clocks, %ds challenge window)",
		d.Contracts.Oracle, d.Contracts.Game, p.Arity, p.ClockBudget, p.ChallengeWindow)
	for _, m := range d.Models {
		s.say("model %s registered: %s", m.Name, m.ID)
	}
	s.say("consumer contract (ExampleConsumer) at %s", *d.Consumer)
	if s.client, err = ethclient.DialContext(ctx, d.RPC); err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	for _, r := range Roles {
		if s.accts[r], err = s.ch.Account(r); err != nil {
			return nil, err
		}
	}
	names := map[common.Address]string{*d.Consumer: "the consumer contract"}
	for _, r := range Roles {
		names[s.acct(r).Address] = "the " + r
	}
	names[s.acct("dishonest-submitter").Address] = "the DISHONEST submitter"
	s.w = NewWatcher(s.client, d, out, names, map[common.Hash]*model.Model{m.ID(): m})
	s.w.start = start
	s.base = launch.Config{RPC: d.RPC, Oracle: d.Contracts.Oracle, FetchModels: true, ModelsAllowLocal: true, StartBlock: d.DeployBlock,
		PollInterval: poll, TickInterval: poll, ReceiptInterval: fetchGap}
	if s.consumer, err = deployment.NewSender(ctx, s.client, s.acct("consumer").Key, logger.Named("consumer")); err != nil {
		return nil, err
	}
	return s, nil
}

// close stops the nodes and the devnet and removes the nodes' data.
func (s *session) close() {
	s.nodes.StopAll()
	if s.stopExplorer != nil {
		s.stopExplorer()
	}
	if s.consumer != nil {
		s.consumer.Close()
	}
	if s.client != nil {
		s.client.Close()
	}
	if s.dir != "" {
		os.RemoveAll(s.dir)
	}
	if s.ch != nil {
		s.ch.Close()
	}
}

func (s *session) say(format string, args ...any) {
	fmt.Fprintf(s.out, "[%5.1fs] "+format+"\n", append([]any{time.Since(s.start).Seconds()}, args...)...)
}

func (s *session) acct(role string) devnet.Account { return s.accts[role] }

// startNode starts node name (a submitter or challenger) with the key of
// the account of the same role and the session's base configuration,
// edited by mod.
func (s *session) startNode(ctx context.Context, name, role string, mod func(*launch.Config)) {
	c := s.base
	c.Role, c.Key, c.DataDir = role, s.acct(name).Key, filepath.Join(s.dir, name)
	if mod != nil {
		mod(&c)
	}
	s.nodes.Start(ctx, name, c, s.logger.Named(name))
}

// startParties starts the demo's three nodes: an honest challenger (over
// WebSocket), the dishonest submitter (liar edits its configuration) and
// an honest submitter (over HTTP, fees priced at the chain's gas price as
// `opml submitter` does by default): both transports run in every demo.
func (s *session) startParties(ctx context.Context, liar func(*launch.Config)) {
	s.startNode(ctx, "challenger", launch.Challenger, func(c *launch.Config) { c.RPC = s.d.WS })
	s.startNode(ctx, "dishonest-submitter", launch.Submitter, liar)
	s.startNode(ctx, "submitter", launch.Submitter, func(c *launch.Config) { c.Fees.AutoGasPrice = true })
}

// until waits for cond as Watcher.Until does, and fails early if a node
// failed.
func (s *session) until(ctx context.Context, what string, cond func() bool) error {
	err := s.w.Until(ctx, poll, what, func() bool { return s.nodes.Failed() != nil || cond() })
	if err == nil {
		err = s.nodes.Failed()
	}
	return err
}

// dispute is how the false claim on a request went.
type dispute struct {
	falseClaim, trueClaim ClaimState
	game                  GameState
	reactionBlocks        uint64
	time                  time.Duration
}

// challengerDue is what the challenger of a game that rejected a false
// claim is credited: its bond back plus the unburned half of the liar's.
func (s *session) challengerDue() (due, reward *big.Int) {
	reward = new(big.Int).Div(new(big.Int).Mul(s.p.SubmitBond, big.NewInt(100-arbiter.BurnPercent)), big.NewInt(100))
	return new(big.Int).Add(s.p.ChallengeBond, reward), reward
}

// awaitDispute waits until request req has the dishonest submitter's claim
// rejected, the challenger paid for it and the honest submitter's claim
// posted, and checks that the honest claim went in while the false one
// was pending.
func (s *session) awaitDispute(ctx context.Context, req *big.Int) (*dispute, error) {
	liar, chal, sub := s.acct("dishonest-submitter").Address, s.acct("challenger").Address, s.acct("submitter").Address
	due, _ := s.challengerDue()
	var r dispute
	err := s.until(ctx, fmt.Sprintf("both claims on request %v, the false one rejected and the challenger paid", req), func() bool {
		var gotFalse, gotTrue bool
		for _, c := range s.w.Claims() {
			switch {
			case c.RequestID.Cmp(req) != 0:
			case c.Submitter == liar && !c.Rejected.IsZero() && s.w.Credited(chal).Cmp(due) >= 0:
				r.falseClaim, gotFalse = c, true
			case c.Submitter == sub:
				r.trueClaim, gotTrue = c, true
			}
		}
		return gotFalse && gotTrue
	})
	if err != nil {
		return nil, err
	}
	r.time = r.falseClaim.Rejected.Sub(r.falseClaim.Posted)
	for _, g := range s.w.Games() {
		if g.ClaimID.Cmp(r.falseClaim.ID) == 0 {
			r.game, r.reactionBlocks = g, g.Block-r.falseClaim.Block
		}
	}
	s.say("the false claim was disproven in %.1fs: challenged %d block(s) after it was posted, %d rounds, %d moves, step %d executed onchain",
		r.time.Seconds(), r.reactionBlocks, r.game.Rounds, r.game.Moves, r.game.Step)
	if r.trueClaim.Block > r.falseClaim.SettledBlock {
		return &r, fmt.Errorf("demo: the honest claim %s (block %d) was posted only after the false claim was rejected (block %d): not side by side",
			claimName(r.trueClaim.ID), r.trueClaim.Block, r.falseClaim.SettledBlock)
	}
	s.say("the honest claim %s was posted beside the false claim %s while it was pending (block %d, rejection in block %d): a false claim never keeps a true one out",
		claimName(r.trueClaim.ID), claimName(r.falseClaim.ID), r.trueClaim.Block, r.falseClaim.SettledBlock)
	return &r, nil
}

// checkOutcome checks the end of a demo: every request in reqs finalized
// and delivered to the consumer contract as want, the honest claim the one
// finalized on the disputed request, the challenger credited exactly its
// due, half the liar's bond burned and the liar credited nothing. It
// returns what was burned.
func (s *session) checkOutcome(r *dispute, want []byte, reqs ...*big.Int) (*big.Int, error) {
	for _, id := range reqs {
		got, _ := s.w.Finalized(id)
		dlv, _ := s.w.Delivered(id)
		if !bytes.Equal(got, want) || !bytes.Equal(dlv, want) {
			return nil, fmt.Errorf("demo: request %v finalized %x and delivered %x, the VM computes %x", id, got, dlv, want)
		}
	}
	for _, c := range s.w.Claims() {
		if c.ID.Cmp(r.trueClaim.ID) == 0 && c.Finalized.IsZero() {
			return nil, fmt.Errorf("demo: the honest claim %s on request %v was not the one finalized", claimName(c.ID), c.RequestID)
		}
	}
	due, reward := s.challengerDue()
	if got := s.w.Credited(s.acct("challenger").Address); got.Cmp(due) != 0 {
		return nil, fmt.Errorf("demo: the challenger was credited %v, want its bond back plus half the liar's bond: %v", got, due)
	}
	burned := s.w.Burned(r.falseClaim.ID)
	if want := new(big.Int).Sub(s.p.SubmitBond, reward); burned.Cmp(want) != 0 {
		return nil, fmt.Errorf("demo: %v burned of the liar's bond, want %v", burned, want)
	}
	if got := s.w.Credited(s.acct("dishonest-submitter").Address); got.Sign() != 0 {
		return nil, fmt.Errorf("demo: the liar was credited %v", got)
	}
	return burned, nil
}

// withdrawn reports whether everything credited to the challenger and
// the honest submitter (bonds back, the reward, fees) has been withdrawn.
func (s *session) withdrawn() bool {
	for _, a := range []common.Address{s.acct("challenger").Address, s.acct("submitter").Address} {
		if c := s.w.Credited(a); c.Sign() == 0 || s.w.Withdrawn(a).Cmp(c) < 0 {
			return false
		}
	}
	return true
}
