package challenger

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/hashicorp/go-hclog"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/infra/nodestore"
	"github.com/opml-dev/opml/infra/txmgr"
	"github.com/opml-dev/opml/node"
	"github.com/opml-dev/opml/node/dispute"
	"github.com/opml-dev/opml/node/nodemetrics"
	"github.com/opml-dev/opml/vm"
)

// BucketPrefix prefixes the challenger's nodestore buckets.
const BucketPrefix = "challenger"

// Config configures a Challenger.
type Config struct {
	Oracle common.Address // the InferenceOracle
	Models node.Models    // the models it can re-execute
	// Fetched, if set, supplies the models registered onchain as they are
	// fetched and verified (node/modelfetch); Models take precedence.
	Fetched node.ModelSource
	Client  node.Client      // chain reads (eth_call, eth_getLogs, headers)
	Sender  node.Sender      // transactions (a *txmgr.Manager)
	Store   *nodestore.Store // persistent state
	Logger  hclog.Logger     // nil: no logs
	// Metrics, if set, receives the per-game metrics (claims, games,
	// moves, clock, bonds, execution and proof latency, reaction).
	Metrics *nodemetrics.Metrics
	// Budget bounds the node's concurrent VM runs and cached traces
	// (shared with a submitter in the same process); nil: unbounded.
	Budget *node.Budget
	// WatchOnly: report false claims in the log but never challenge (no
	// bond is ever locked).
	WatchOnly bool
	// DishonestLieAtStep > 0 (TEST ONLY: fault injection for tests and
	// demos) makes the challenger dispute every claim, true or false, and
	// play with dispute.Lying(trace, DishonestLieAtStep): against an honest
	// claimant it loses its bond.
	DishonestLieAtStep uint64
}

// Challenger checks every claim on the models it has and disputes false
// ones. See the package documentation.
type Challenger struct {
	cfg    Config
	base   node.Base
	traces node.TraceCache
	tickMu sync.Mutex
	// claimable is node.ClaimableOf (tests substitute a trace that breaks P4).
	claimable func(*vm.Trace) (node.Claimable, error)
	// expiries caches the expiry of active requests by key, read once per
	// process (Prune; dropped on a reorg).
	expMu    sync.Mutex
	expiries map[string]uint64
}

// requestRec is a Requested or CompletionRequested event for a model we
// have.
type requestRec struct {
	RequestID *big.Int      `json:"requestId"`
	ModelID   common.Hash   `json:"modelId"`
	Input     hexutil.Bytes `json:"input"`
	Block     uint64        `json:"block"`
	node.CompletionRec
}

// claimRec is a Submitted event on a known request.
type claimRec struct {
	ClaimID      *big.Int       `json:"claimId"`
	RequestID    *big.Int       `json:"requestId"`
	Submitter    common.Address `json:"submitter"`
	Output       hexutil.Bytes  `json:"output"`
	FinalRAMRoot common.Hash    `json:"finalRamRoot"`
	FinalHash    common.Hash    `json:"finalHash"`
	Deadline     uint64         `json:"deadline"`
	Block        uint64         `json:"block"`
}

// New returns a Challenger. It reads the game address and the challenge
// bond from the oracle.
func New(ctx context.Context, cfg Config) (*Challenger, error) {
	base, err := node.NewBase(ctx, BucketPrefix, cfg.Oracle, cfg.Client, cfg.Sender, cfg.Store, cfg.Models, cfg.Fetched, cfg.Logger, cfg.Metrics)
	if err != nil {
		return nil, err
	}
	c := &Challenger{cfg: cfg, base: base, claimable: node.ClaimableOf}
	if cfg.DishonestLieAtStep > 0 {
		base.Log.Warn("TEST-ONLY FAULT INJECTION ENABLED: this challenger disputes every claim and lies", "lieAtStep", cfg.DishonestLieAtStep)
	}
	c.traces.M = cfg.Metrics
	c.traces.Budget = cfg.Budget
	return c, nil
}

// From is the challenging account.
func (c *Challenger) From() common.Address { return c.cfg.Sender.From() }

// HandleLogs records the oracle events among logs (confirmed, in order)
// into b: Requested for a model we have, Submitted on such a request,
// Challenged by us. It writes only facts derived from the logs, so handling
// the same logs twice writes the same records. It sends nothing.
func (c *Challenger) HandleLogs(ctx context.Context, logs []types.Log, b *nodestore.Batch) error {
	return c.handle(ctx, logs, b, nil)
}

// Reorg undoes in b every record (request, claim, game, with its done
// marker) that came from a block above ancestor, then handles logs (the
// first re-delivered from the new chain). A claim undone here is checked
// again if it is on the new chain too: if our challenge is there as well
// the check finds it (Challenged events) and sends nothing; if it was
// orphaned for good the claim is challenged again.
func (c *Challenger) Reorg(ctx context.Context, ancestor uint64, logs []types.Log, b *nodestore.Batch) error {
	undone, err := c.base.B.UndoAbove(b, ancestor, nil, "requests", "claims", "games")
	if err != nil {
		return fmt.Errorf("challenger: reorg: %w", err)
	}
	// A request finished above the ancestor (its Finalized or Cancelled
	// event, or its expiry, may be orphaned) takes claims again until it
	// is found closed or expired anew: retention must not prune it.
	if err := c.base.B.ReopenAbove(b, ancestor, "requests", undone); err != nil {
		return fmt.Errorf("challenger: reorg: %w", err)
	}
	c.expMu.Lock()
	c.expiries = nil
	c.expMu.Unlock()
	c.traces.DropAll()
	c.base.Log.Warn("reorg: undid records above the common ancestor", "ancestor", ancestor, "undone", len(undone))
	return c.handle(ctx, logs, b, undone)
}

// handle records logs into b; undone are the records deleted earlier in b
// ("kind/key"), which the store still holds until b commits.
func (c *Challenger) handle(ctx context.Context, logs []types.Log, b *nodestore.Batch, undone map[string]bool) error {
	known := map[string]*requestRec{} // requests recorded in this batch
	claims := map[string]*claimRec{}  // claims recorded in this batch
	for i := range logs {
		l := &logs[i]
		if l.Address != c.cfg.Oracle || len(l.Topics) == 0 || l.Removed {
			continue
		}
		switch ev := arbiter.DecodeEvent(l).(type) {
		case *arbiter.RequestedEvent:
			if !c.cfg.Models.Serves(c.cfg.Fetched, ev.ModelId) {
				continue
			}
			r := &requestRec{RequestID: ev.RequestId, ModelID: ev.ModelId, Input: ev.Input, Block: l.BlockNumber}
			known[node.IDKey(ev.RequestId)] = r
			b.Put(c.base.B.Name("requests"), node.IDKey(ev.RequestId), r)
		case *arbiter.CompletionRequestedEvent:
			if !c.cfg.Models.Serves(c.cfg.Fetched, ev.ModelId) {
				continue
			}
			r := &requestRec{RequestID: ev.RequestId, ModelID: ev.ModelId, Block: l.BlockNumber, CompletionRec: node.CompletionOf(ev)}
			known[node.IDKey(ev.RequestId)] = r
			b.Put(c.base.B.Name("requests"), node.IDKey(ev.RequestId), r)
		case *arbiter.SubmittedEvent:
			key := node.IDKey(ev.RequestId)
			if known[key] == nil {
				if undone["requests/"+key] {
					continue
				}
				ok, err := c.base.B.HasAny("requests", key) // a request closed or expired at the head may still get claims below it
				if err != nil {
					return fmt.Errorf("challenger: %w", err)
				}
				if !ok {
					continue
				}
			}
			c.base.Log.Info("claim", "claim", ev.ClaimId, "request", ev.RequestId, "submitter", ev.Submitter)
			cl := &claimRec{ClaimID: ev.ClaimId, RequestID: ev.RequestId,
				Submitter: ev.Submitter, Output: ev.Output, FinalRAMRoot: ev.FinalRamRoot, FinalHash: ev.FinalHash,
				Deadline: ev.Deadline, Block: l.BlockNumber}
			claims[node.IDKey(ev.ClaimId)] = cl
			b.Put(c.base.B.Name("claims"), node.IDKey(ev.ClaimId), cl)
		case *arbiter.FinalizedEvent:
			if err := c.closed(b, ev.RequestId, known, undone); err != nil {
				return err
			}
		case *arbiter.CancelledEvent:
			if err := c.closed(b, ev.RequestId, known, undone); err != nil {
				return err
			}
		case *arbiter.ChallengedEvent:
			if ev.Challenger != c.From() {
				continue
			}
			var cl claimRec
			if bc, ok := claims[node.IDKey(ev.ClaimId)]; ok {
				cl = *bc
			} else if undone["claims/"+node.IDKey(ev.ClaimId)] {
				c.base.Log.Error("our game is on a claim orphaned by a reorg", "game", ev.GameId, "claim", ev.ClaimId)
				continue
			} else if err := c.base.B.GetAny("claims", node.IDKey(ev.ClaimId), &cl); err != nil {
				return fmt.Errorf("challenger: claim %v of our game %v: %w", ev.ClaimId, ev.GameId, err)
			}
			c.base.Log.Info("our game", "game", ev.GameId, "claim", ev.ClaimId)
			b.Put(c.base.B.Name("games"), node.IDKey(ev.GameId),
				node.GameRec{GameID: ev.GameId, ClaimID: ev.ClaimId, RequestID: cl.RequestID, Block: l.BlockNumber})
		}
	}
	return nil
}

// closed finishes, in b, the active record of request id (recorded in this
// batch, known, or before): a finalized or cancelled request takes no more
// claims (every claim on it is in an earlier log). Its record stays
// readable (GetAny) for the checks and games on its claims.
func (c *Challenger) closed(b *nodestore.Batch, id *big.Int, known map[string]*requestRec, undone map[string]bool) error {
	key := node.IDKey(id)
	r := known[key]
	if r == nil {
		if undone["requests/"+key] {
			return nil
		}
		r = new(requestRec)
		err := c.cfg.Store.Get(c.base.B.Name("requests"), key, r)
		if errors.Is(err, nodestore.ErrNotFound) {
			return nil // not ours, or finished already
		}
		if err != nil {
			return fmt.Errorf("challenger: %w", err)
		}
	}
	c.base.B.FinishIn(b, "requests", key, r)
	delete(known, key)
	return nil
}

// Prune is one retention step. First it finishes the requests that can
// take no more claims and were not closed by an event (Finalized or
// Cancelled, see closed): expired ones (no claim is accepted from their
// expiry on). A request's expiry is read from the oracle once per process
// (at most max reads per step) and then compared with the head's time.
// Then node.Buckets.Prune over requests, claims and games; a pruned claim
// takes its "disputed" and "underivable" markers with it. Serialised with
// Tick.
func (c *Challenger) Prune(ctx context.Context, settled uint64, max int) (node.PruneResult, error) {
	c.tickMu.Lock()
	defer c.tickMu.Unlock()
	return c.base.Prune(ctx, "challenger", settled, max, func(kind, key string) [][2]string {
		if kind == "claims" {
			return [][2]string{{c.base.B.Name("done"), "disputed/" + key}, {c.base.B.Name("done"), "underivable/" + key}}
		}
		return nil
	}, func(now uint64) error { return c.expire(ctx, now, max) })
}

// expire finishes the active requests that are closed or expired at time
// now, reading at most max expiries from the oracle.
func (c *Challenger) expire(ctx context.Context, now uint64, max int) error {
	c.expMu.Lock()
	defer c.expMu.Unlock()
	keys, recs, err := node.Active[requestRec](c.base.B, "requests")
	if err != nil {
		return err
	}
	// The requestOf reads below, in one batch.
	var calls []ethereum.CallMsg
	for i, key := range keys {
		if _, ok := c.expiries[key]; !ok && len(calls) < max {
			if msg, err := c.base.Oracle.RequestCall(recs[i].RequestID); err == nil {
				calls = append(calls, msg)
			}
		}
	}
	defer c.base.Prefetch(ctx, calls)()
	reads, next := 0, map[string]uint64{} // the active requests' expiries
	defer func() { c.expiries = next }()
	expire := func(key string, r *requestRec) error {
		exp, ok := c.expiries[key]
		if !ok {
			if reads >= max {
				return nil
			}
			reads++
			onchain, err := c.base.Oracle.Request(ctx, r.RequestID)
			if err != nil {
				return err
			}
			if onchain.Status != arbiter.RequestOpen {
				return c.base.B.Finish("requests", key, r)
			}
			exp = onchain.ExpiresAt
		}
		if now < exp {
			next[key] = exp
			return nil
		}
		return c.base.B.Finish("requests", key, r)
	}
	var errs []error
	for i, key := range keys {
		if err := expire(key, recs[i]); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Tick takes every action due now: check new claims and challenge false
// ones, play one move per open game (including timeouts), withdraw credit.
// Every decision is re-derived from the store and chain reads; errors of
// one item do not stop the others and are returned joined.
func (c *Challenger) Tick(ctx context.Context) error {
	c.tickMu.Lock()
	defer c.tickMu.Unlock()
	now, head, err := c.base.Now(ctx)
	if err != nil {
		return fmt.Errorf("challenger: %w", err)
	}
	// At most node.TickBatch claims a tick, the one whose window ends
	// first first (those already past it last); the rest wait for the next
	// tick.
	claims, err := node.Select(c.base.B, "claims", now, node.TickBatch, func(_ string, cl *claimRec) node.Due {
		return node.Due{Deadline: cl.Deadline, Block: cl.Block}
	})
	if err != nil {
		return fmt.Errorf("challenger: %w", err)
	}
	c.base.Backlog("claims", claims.Left, head, now)
	var errs []error
	// New claims are checked (node.Parallel at a time) while the games are
	// played, so a burst of claims never holds up a move.
	errs = append(errs, node.Concurrently(
		func() error {
			return node.RunLimit(claims, node.Parallel, func(key string, cl *claimRec) error { return c.check(ctx, now, key, cl) })
		},
		func() error {
			return node.EachParallel(c.base.B, "games", func(key string, g *node.GameRec) error { return c.play(ctx, key, g) })
		}))
	if !c.cfg.WatchOnly {
		errs = append(errs, node.Withdraw(ctx, c.base.Oracle, c.cfg.Sender, c.base.B, c.base.Log))
	}
	// Bonds at stake: one challenge bond per open game.
	errs = append(errs, c.base.Gauges(ctx, arbiter.TurnChallenger, nil, c.base.ChallengeBond))
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("challenger: %w", err)
	}
	return nil
}

// trace is our trace for claim claimID on request requestID: of the
// request's input or, on a completion request, of the input x the claim
// implies (rebuilt from the request's prompt and the claim's output,
// docs/protocol.md §3.6), whose start hash is the claim's.
func (c *Challenger) trace(ctx context.Context, requestID, claimID *big.Int) (*requestRec, dispute.TraceProvider, node.Claimable, error) {
	var r requestRec
	if err := c.base.B.GetAny("requests", node.IDKey(requestID), &r); err != nil {
		return nil, nil, node.Claimable{}, err
	}
	m, ok := c.cfg.Models.Lookup(c.cfg.Fetched, r.ModelID)
	if !ok {
		return nil, nil, node.Claimable{}, fmt.Errorf("request %v: model %s not loaded (not fetched and verified yet?)", requestID, r.ModelID)
	}
	key, input := node.IDKey(requestID), []byte(r.Input)
	if r.IsCompletion() {
		var cl claimRec
		if err := c.base.B.GetAny("claims", node.IDKey(claimID), &cl); err != nil {
			return nil, nil, node.Claimable{}, fmt.Errorf("claim %v: %w", claimID, err)
		}
		x, err := r.Completion().InputOf(&m.Header, cl.Output)
		if err != nil {
			return nil, nil, node.Claimable{}, fmt.Errorf("claim %v: its completion input: %w", claimID, err)
		}
		key, input = node.ClaimKey(claimID), arbiter.InputBytes(x)
	}
	tr, err := c.traces.Get(ctx, key, m, input)
	if err != nil {
		return nil, nil, node.Claimable{}, err
	}
	p, err := c.traces.Provider(ctx, key, m, input)
	if err != nil {
		return nil, nil, node.Claimable{}, err
	}
	cl, err := c.claimable(tr)
	if err != nil {
		return nil, nil, node.Claimable{}, err
	}
	return &r, p, cl, nil
}

// check re-executes a claim and challenges it if it differs from our
// trace. Whether the request is still open does not matter: a false claim
// on a request another claim already finalized is still challenged while
// it is Pending, so that its submitter pays (docs/protocol.md P1).
func (c *Challenger) check(ctx context.Context, now uint64, key string, cl *claimRec) error {
	_, _, ours, err := c.trace(ctx, cl.RequestID, cl.ClaimID)
	if err != nil {
		return err
	}
	log := c.base.Log.With("claim", cl.ClaimID, "request", cl.RequestID, "submitter", cl.Submitter)
	if !ours.Derivable() {
		// P4 broken: no claim can equal this trace (a claim asserts an
		// oracle-derived hash), so every claim on the request differs from
		// it and is disputed; the onchain step yields the trace's state.
		log.Error("UNDERIVABLE TRACE: our trace's final state hash is not the hash the oracle derives from its output and final RAM root "+
			"(the model breaks P4); no claim can equal it, every claim on this request is disputed",
			"traceHash", ours.TraceHash, "derivedHash", ours.ClaimHash)
		if done, err := c.base.B.Done("underivable", key); err != nil {
			return err
		} else if !done {
			c.base.M.Claim(nodemetrics.ClaimUnderivable)
			if err := c.base.B.Store.Put(c.base.B.Name("done"), "underivable/"+key, true); err != nil {
				return err
			}
		}
	}
	if ours.TraceHash == cl.FinalHash && c.cfg.DishonestLieAtStep > 0 {
		log.Warn("TEST-ONLY FAULT INJECTION: disputing a correct claim")
	} else if ours.TraceHash == cl.FinalHash {
		log.Info("claim is correct")
		c.base.M.Claim(nodemetrics.ClaimAgreed)
		return c.finish(key, cl)
	}
	if done, err := c.base.B.Done("disputed", key); err != nil {
		return err
	} else if !done {
		c.base.M.Claim(nodemetrics.ClaimDisputed) // once per claim, not per tick
		if err := c.base.B.Store.Put(c.base.B.Name("done"), "disputed/"+key, true); err != nil {
			return err
		}
	}
	log.Warn("FALSE CLAIM", "outputMatches", bytes.Equal(ours.Output, cl.Output), "ramRootMatches", ours.FinalRAMRoot == cl.FinalRAMRoot,
		"claimedHash", cl.FinalHash, "trueHash", ours.TraceHash)
	if c.cfg.WatchOnly {
		log.Warn("watch-only: not challenging")
		return c.finish(key, cl)
	}
	onchain, err := c.base.Oracle.Claim(ctx, cl.ClaimID)
	if err != nil {
		return err
	}
	if onchain.Status != arbiter.ClaimPending {
		log.Info("claim no longer pending", "status", onchain.Status)
		c.base.M.Claim(nodemetrics.ClaimMissed)
		return c.finish(key, cl)
	}
	if now >= onchain.Deadline {
		log.Error("challenge window missed", "deadline", onchain.Deadline, "now", now)
		c.base.M.Claim(nodemetrics.ClaimMissed)
		return c.finish(key, cl)
	}
	// The chain is the record of whether we already challenged (a crash
	// after the challenge was mined but before we noted it).
	prev, err := c.base.Oracle.Challenged(ctx, c.cfg.Client, cl.ClaimID, c.From(), cl.Block)
	if err != nil {
		return err
	}
	if len(prev) > 0 {
		log.Info("already challenged", "game", prev[0].GameId)
		return c.base.B.Finish("claims", key, cl)
	}
	log.Info("challenging", "bond", c.base.ChallengeBond)
	// The challenge names the final hash we checked: if a reorg put another
	// claim under this ID, it reverts (ClaimMismatch) instead of disputing
	// a claim we never checked.
	data, err := arbiter.PackChallenge(cl.ClaimID, cl.FinalHash)
	if err != nil {
		return err
	}
	rcpt, err := node.Send(ctx, c.cfg.Sender, txmgr.Candidate{To: &c.cfg.Oracle, Value: c.base.ChallengeBond, Data: data,
		Key: "challenge/" + cl.ClaimID.String()})
	if errors.Is(err, arbiter.ErrClaimNotPending) || errors.Is(err, arbiter.ErrWindowClosed) {
		log.Warn("claim not challengeable any more", "reason", err)
		c.base.M.Claim(nodemetrics.ClaimMissed)
		return c.finish(key, cl)
	}
	if errors.Is(err, arbiter.ErrClaimMismatch) {
		log.Warn("the claim under this ID no longer asserts the hash we checked (a reorg replaced it); not challenging it",
			"checkedHash", cl.FinalHash)
		c.base.M.Claim(nodemetrics.ClaimMissed)
		return c.finish(key, cl)
	}
	if err != nil {
		return fmt.Errorf("challenge claim %v: %w", cl.ClaimID, err)
	}
	c.base.M.Claim(nodemetrics.ClaimChallenged)
	if rcpt != nil && rcpt.BlockNumber != nil && rcpt.BlockNumber.Uint64() >= cl.Block {
		c.base.M.Reaction(rcpt.BlockNumber.Uint64() - cl.Block)
	}
	return c.base.B.Finish("claims", key, cl)
}

// finish retires a claim that needs no game of ours, and forgets its
// trace unless one of our open games is on the same request.
func (c *Challenger) finish(key string, cl *claimRec) error {
	if err := c.base.B.Finish("claims", key, cl); err != nil {
		return err
	}
	c.dropTrace(cl.RequestID, cl.ClaimID)
	return nil
}

// dropTrace forgets the trace of a request, and a completion claim's own,
// that no open game of ours is on (it is recomputed from the stored input
// and claim if needed again).
func (c *Challenger) dropTrace(requestID, claimID *big.Int) {
	onRequest, onClaim := false, false
	_ = node.Each(c.base.B, "games", func(_ string, g *node.GameRec) error {
		onRequest = onRequest || g.RequestID.Cmp(requestID) == 0
		onClaim = onClaim || g.ClaimID.Cmp(claimID) == 0
		return nil
	})
	if !onRequest {
		c.traces.Drop(node.IDKey(requestID))
	}
	if !onClaim {
		c.traces.Drop(node.ClaimKey(claimID))
	}
}

// CachedTraces is the number of execution traces the challenger holds in
// memory (diagnostics and tests).
func (c *Challenger) CachedTraces() int { return c.traces.Len() }

func (c *Challenger) play(ctx context.Context, key string, g *node.GameRec) error {
	_, tr, _, err := c.trace(ctx, g.RequestID, g.ClaimID)
	if err != nil {
		return err
	}
	if c.cfg.DishonestLieAtStep > 0 {
		tr = dispute.Lying(tr, c.cfg.DishonestLieAtStep)
	}
	over, err := c.base.Play(ctx, key, g, arbiter.TurnChallenger, tr, c.cfg.Sender, c.cfg.Client)
	if over {
		c.dropTrace(g.RequestID, g.ClaimID) // as the submitter's play
	}
	return err
}
