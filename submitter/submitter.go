package submitter

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

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
)

// BucketPrefix prefixes the submitter's nodestore buckets.
const BucketPrefix = "submitter"

// Config configures a Submitter.
type Config struct {
	Oracle common.Address   // the InferenceOracle
	Models node.Models      // the models served
	Client node.Client      // chain reads (eth_call, eth_getLogs, headers)
	Sender node.Sender      // transactions (a *txmgr.Manager)
	Store  *nodestore.Store // persistent state
	Logger hclog.Logger     // nil: no logs
	// Metrics, if set, receives the per-game metrics (claims, games,
	// moves, clock, bonds, execution and proof latency).
	Metrics *nodemetrics.Metrics

	// TEST-ONLY FAULT INJECTION. Never set these in production: they make
	// the submitter lose its bond.
	//
	// DishonestOutput makes the submitter claim a wrong output (the first
	// output byte flipped). DishonestLieAtStep > 0 makes it defend its
	// claims in games with dispute.Lying(trace, DishonestLieAtStep): every
	// state hash from that step on is false. Both go through the same code
	// path as honest operation.
	DishonestOutput    bool
	DishonestLieAtStep uint64
}

// Submitter answers inference requests for the models it serves and
// defends its claims. See the package documentation.
type Submitter struct {
	cfg    Config
	base   node.Base
	traces node.TraceCache
	tickMu sync.Mutex
}

// requestRec is a Requested event for a served model.
type requestRec struct {
	RequestID *big.Int      `json:"requestId"`
	ModelID   common.Hash   `json:"modelId"`
	Input     hexutil.Bytes `json:"input"`
	Block     uint64        `json:"block"`
}

// claimRec is a Submitted event of ours.
type claimRec struct {
	ClaimID      *big.Int      `json:"claimId"`
	RequestID    *big.Int      `json:"requestId"`
	Output       hexutil.Bytes `json:"output"`
	FinalRAMRoot common.Hash   `json:"finalRamRoot"`
	Deadline     uint64        `json:"deadline"`
	Block        uint64        `json:"block"`
}

// New returns a Submitter. It reads the game address and the submit bond
// from the oracle.
func New(ctx context.Context, cfg Config) (*Submitter, error) {
	base, err := node.NewBase(ctx, BucketPrefix, cfg.Oracle, cfg.Client, cfg.Sender, cfg.Store, cfg.Models, cfg.Logger, cfg.Metrics)
	if err != nil {
		return nil, err
	}
	if cfg.DishonestOutput || cfg.DishonestLieAtStep > 0 {
		base.Log.Warn("TEST-ONLY FAULT INJECTION ENABLED: this submitter lies", "output", cfg.DishonestOutput, "lieAtStep", cfg.DishonestLieAtStep)
	}
	s := &Submitter{cfg: cfg, base: base}
	s.traces.M = cfg.Metrics
	return s, nil
}

// From is the submitting account.
func (s *Submitter) From() common.Address { return s.cfg.Sender.From() }

// HandleLogs records the oracle events among logs (confirmed, in order)
// into b: Requested for a served model, Submitted by us, Challenged on a
// claim of ours. It only writes facts derived from the logs, so handling
// the same logs twice writes the same records. It sends nothing.
func (s *Submitter) HandleLogs(ctx context.Context, logs []types.Log, b *nodestore.Batch) error {
	return s.handle(ctx, logs, b, nil)
}

// Reorg undoes in b every record (request, claim, game, with its done
// marker and the claimed-request index) that came from a block above
// ancestor, then handles logs (the first re-delivered from the new chain).
// A claim or game undone here is recorded again if its event is on the new
// chain too; Tick then re-derives what to do from the chain (a request
// whose claim was orphaned with our submit is claimed again).
func (s *Submitter) Reorg(ctx context.Context, ancestor uint64, logs []types.Log, b *nodestore.Batch) error {
	undone, err := s.base.B.UndoAbove(b, ancestor, func(kind, key string, decode func(any) error) error {
		if kind != "claims" {
			return nil
		}
		var c claimRec
		if err := decode(&c); err != nil {
			return err
		}
		b.Delete(s.base.B.Name("claimed"), node.IDKey(c.RequestID))
		return nil
	}, "requests", "claims", "games")
	if err != nil {
		return fmt.Errorf("submitter: reorg: %w", err)
	}
	s.traces.DropAll()
	s.base.Log.Warn("reorg: undid records above the common ancestor", "ancestor", ancestor, "undone", len(undone))
	return s.handle(ctx, logs, b, undone)
}

// handle records logs into b; undone are the records deleted earlier in b
// ("kind/key"), which the store still holds until b commits.
func (s *Submitter) handle(ctx context.Context, logs []types.Log, b *nodestore.Batch, undone map[string]bool) error {
	ours := map[string]*claimRec{} // claims recorded in this batch
	for i := range logs {
		l := &logs[i]
		if l.Address != s.cfg.Oracle || len(l.Topics) == 0 || l.Removed {
			continue
		}
		switch ev := arbiter.DecodeEvent(l).(type) {
		case *arbiter.RequestedEvent:
			if _, ok := s.cfg.Models[ev.ModelId]; !ok {
				continue
			}
			s.base.Log.Info("request", "request", ev.RequestId, "model", common.Hash(ev.ModelId), "block", l.BlockNumber)
			b.Put(s.base.B.Name("requests"), node.IDKey(ev.RequestId),
				requestRec{RequestID: ev.RequestId, ModelID: ev.ModelId, Input: ev.Input, Block: l.BlockNumber})
		case *arbiter.SubmittedEvent:
			if ev.Submitter != s.From() {
				continue
			}
			c := &claimRec{ClaimID: ev.ClaimId, RequestID: ev.RequestId, Output: ev.Output,
				FinalRAMRoot: ev.FinalRamRoot, Deadline: ev.Deadline, Block: l.BlockNumber}
			s.base.Log.Info("our claim", "claim", ev.ClaimId, "request", ev.RequestId, "deadline", ev.Deadline)
			ours[node.IDKey(ev.ClaimId)] = c
			b.Put(s.base.B.Name("claims"), node.IDKey(ev.ClaimId), c)
			b.Put(s.base.B.Name("claimed"), node.IDKey(ev.RequestId), ev.ClaimId)
		case *arbiter.ChallengedEvent:
			var c claimRec
			if oc, ok := ours[node.IDKey(ev.ClaimId)]; ok {
				c = *oc
			} else if undone["claims/"+node.IDKey(ev.ClaimId)] {
				continue
			} else if err := s.base.B.GetAny("claims", node.IDKey(ev.ClaimId), &c); errors.Is(err, nodestore.ErrNotFound) {
				continue
			} else if err != nil {
				return fmt.Errorf("submitter: %w", err)
			}
			s.base.Log.Warn("our claim is challenged", "claim", ev.ClaimId, "game", ev.GameId, "challenger", ev.Challenger)
			b.Put(s.base.B.Name("games"), node.IDKey(ev.GameId),
				node.GameRec{GameID: ev.GameId, ClaimID: ev.ClaimId, RequestID: c.RequestID, Block: l.BlockNumber})
		}
	}
	return nil
}

// Tick takes every action due now: submit to open requests, play one move
// per open game, finalize claims past their window, withdraw credit. It
// re-derives every decision from the store and chain reads; errors of one
// item do not stop the others and are returned joined.
func (s *Submitter) Tick(ctx context.Context) error {
	s.tickMu.Lock()
	defer s.tickMu.Unlock()
	now, _, err := s.base.Now(ctx)
	if err != nil {
		return fmt.Errorf("submitter: %w", err)
	}
	var errs []error
	errs = append(errs, node.Each(s.base.B, "requests", func(key string, r *requestRec) error { return s.request(ctx, key, r) }))
	errs = append(errs, node.EachParallel(s.base.B, "games", func(key string, g *node.GameRec) error { return s.play(ctx, key, g) }))
	errs = append(errs, node.Each(s.base.B, "claims", func(key string, c *claimRec) error { return s.claim(ctx, now, key, c) }))
	errs = append(errs, node.Withdraw(ctx, s.base.Oracle, s.cfg.Sender, s.base.B, s.base.Log))
	// Bonds at stake: one submit bond per claim not yet accepted or rejected.
	pending, err := s.base.B.Count("claims")
	errs = append(errs, err)
	errs = append(errs, s.base.Gauges(ctx, arbiter.TurnClaimant, new(big.Int).Mul(s.base.SubmitBond, new(big.Int).SetUint64(pending)), nil))
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("submitter: %w", err)
	}
	return nil
}

// request submits a claim to an Open request we never claimed. A
// submitter claims a request at most once: if its claim is rejected it
// does not try again (an honest node whose claim lost has a bug to find).
func (s *Submitter) request(ctx context.Context, key string, r *requestRec) error {
	onchain, err := s.base.Oracle.Request(ctx, r.RequestID)
	if err != nil {
		return err
	}
	switch onchain.Status {
	case arbiter.RequestFinalized, arbiter.RequestCancelled:
		s.base.Log.Info("request closed", "request", r.RequestID, "status", onchain.Status)
		s.traces.Drop(key)
		return s.base.B.Finish("requests", key, r)
	case arbiter.RequestOpen:
	default:
		return nil // claimed: wait for the outcome
	}
	if claimed, err := s.cfg.Store.Has(s.base.B.Name("claimed"), key); err != nil || claimed {
		return err
	}
	m, ok := s.cfg.Models[r.ModelID]
	if !ok {
		return fmt.Errorf("request %v: model %s no longer served", r.RequestID, r.ModelID)
	}
	tr, err := s.traces.Get(key, m, r.Input)
	if err != nil {
		return err
	}
	output, err := arbiter.ClaimOutput(&m.Header, tr.Output())
	if err != nil {
		return err
	}
	if s.cfg.DishonestOutput {
		output[0] ^= 1
	}
	ram := tr.Final().RAMRoot
	txKey := fmt.Sprintf("submit/%v/%d", r.RequestID, onchain.Attempts+1)
	s.base.Log.Info("submitting", "request", r.RequestID, "attempt", onchain.Attempts+1, "key", txKey)
	data, err := arbiter.PackSubmit(r.RequestID, output, ram)
	if err != nil {
		return err
	}
	_, err = node.Send(ctx, s.cfg.Sender, txmgr.Candidate{To: &s.cfg.Oracle, Value: s.base.SubmitBond, Data: data, Key: txKey})
	if errors.Is(err, arbiter.ErrRequestNotOpen) {
		s.base.Log.Info("request taken meanwhile", "request", r.RequestID)
		return nil
	}
	if err != nil {
		return fmt.Errorf("submit request %v: %w", r.RequestID, err)
	}
	s.base.M.Claim(nodemetrics.ClaimPosted)
	return nil
}

// trace is the trace we defend games with.
func (s *Submitter) trace(requestID *big.Int) (dispute.TraceProvider, error) {
	var r requestRec
	if err := s.base.B.GetAny("requests", node.IDKey(requestID), &r); err != nil {
		return nil, err
	}
	m, ok := s.cfg.Models[r.ModelID]
	if !ok {
		return nil, fmt.Errorf("request %v: model %s no longer served", requestID, r.ModelID)
	}
	p, err := s.traces.Provider(node.IDKey(requestID), m, r.Input)
	if err != nil {
		return nil, err
	}
	if s.cfg.DishonestLieAtStep > 0 {
		p = dispute.Lying(p, s.cfg.DishonestLieAtStep)
	}
	return p, nil
}

func (s *Submitter) play(ctx context.Context, key string, g *node.GameRec) error {
	tr, err := s.trace(g.RequestID)
	if err != nil {
		return err
	}
	return s.base.Play(ctx, key, g, arbiter.TurnClaimant, tr, s.cfg.Sender, s.cfg.Client)
}

// claim finalizes a pending claim of ours once its window is over and no
// game is open on it, and retires accepted and rejected claims.
func (s *Submitter) claim(ctx context.Context, now uint64, key string, c *claimRec) error {
	onchain, err := s.base.Oracle.Claim(ctx, c.ClaimID)
	if err != nil {
		return err
	}
	switch onchain.Status {
	case arbiter.ClaimAccepted:
		s.base.Log.Info("claim accepted", "claim", c.ClaimID)
		s.base.M.Claim(nodemetrics.ClaimAccepted)
		return s.base.B.Finish("claims", key, c)
	case arbiter.ClaimRejected:
		s.base.Log.Error("claim rejected", "claim", c.ClaimID)
		s.base.M.Claim(nodemetrics.ClaimRejected)
		return s.base.B.Finish("claims", key, c)
	case arbiter.ClaimPending:
	default:
		return fmt.Errorf("claim %v: unknown status %v", c.ClaimID, onchain.Status)
	}
	if now < onchain.Deadline || onchain.OpenGames > 0 {
		return nil
	}
	s.base.Log.Info("finalizing", "claim", c.ClaimID)
	data, err := arbiter.PackFinalize(c.ClaimID, c.Output, c.FinalRAMRoot)
	if err != nil {
		return err
	}
	_, err = node.Send(ctx, s.cfg.Sender, txmgr.Candidate{To: &s.cfg.Oracle, Data: data, Key: "finalize/" + c.ClaimID.String()})
	if errors.Is(err, arbiter.ErrClaimNotPending) {
		return nil // finalized by someone else (or rejected): the next Tick retires it
	}
	if err != nil {
		return fmt.Errorf("finalize claim %v: %w", c.ClaimID, err)
	}
	return nil
}
