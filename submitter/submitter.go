package submitter

import (
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
	"github.com/opml-dev/opml/vm/model"
)

// BucketPrefix prefixes the submitter's nodestore buckets.
const BucketPrefix = "submitter"

// Config configures a Submitter.
type Config struct {
	Oracle common.Address // the InferenceOracle
	Models node.Models    // the models served
	// Fetched, if set, supplies the models registered onchain as they are
	// fetched and verified (node/modelfetch); Models take precedence.
	Fetched node.ModelSource
	Client  node.Client      // chain reads (eth_call, eth_getLogs, headers)
	Sender  node.Sender      // transactions (a *txmgr.Manager)
	Store   *nodestore.Store // persistent state
	Logger  hclog.Logger     // nil: no logs
	// Metrics, if set, receives the per-game metrics (claims, games,
	// moves, clock, bonds, execution and proof latency).
	Metrics *nodemetrics.Metrics
	// Fees is the cost protection: requests whose fee is below
	// Fees.Required are not claimed. The zero value claims every request.
	Fees FeePolicy
	// Budget bounds the node's concurrent VM runs and cached traces
	// (shared with a challenger in the same process); nil: unbounded.
	Budget *node.Budget

	// TEST-ONLY FAULT INJECTION. Never set these in production: they make
	// the submitter lose its bond.
	//
	// DishonestOutput makes the submitter claim a wrong output (the first
	// output byte flipped; on a completion request, the low bit of
	// generated token DishonestToken). DishonestLieAtStep > 0 makes it
	// defend its claims in games with dispute.Lying(trace,
	// DishonestLieAtStep): every state hash from that step on is false.
	// Both go through the same code path as honest operation.
	DishonestOutput    bool
	DishonestLieAtStep uint64
	// DishonestToken is the generated token DishonestOutput changes on a
	// completion request: 0 the first, a negative index counts from the
	// end (−1: the last). A request with no such token is not claimed.
	DishonestToken int
}

// DishonestTokenIndex is the generated token that DishonestToken = token
// names in a completion of n tokens (negative counts from the end), or an
// error if there is none.
func DishonestTokenIndex(token, n int) (int, error) {
	i := token
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, fmt.Errorf("submitter: dishonest token %d: the request generates %d tokens", token, n)
	}
	return i, nil
}

// CompletionExtraGas is what a completion claim costs its submitter
// beyond DefaultOverheadGas: submitCompletion (≤ 140k at T = 64) and a
// finalize that stores up to 256 bytes of completion (≤ 230k;
// docs/protocol.md §3.6).
const CompletionExtraGas = 150_000

// DefaultOverheadGas is the gas a claim costs its submitter besides the
// consumer's callback, as FeePolicy counts it: submit (85,520 gas) plus
// finalize (94,734 gas with a small output stored; BENCHMARKS.md), with
// room for larger outputs (up to 4,096 bytes) and the withdrawal.
const DefaultOverheadGas = 250_000

// FeePolicy is a submitter's cost protection: it claims a request only if
// the request's fee is at least Required, MinFee + (OverheadGas +
// callbackGas) × gas price, the gas price being GasPrice or, with
// AutoGasPrice, the chain's suggested gas price (eth_gasPrice) when the
// request is considered. The zero value claims every request.
type FeePolicy struct {
	MinFee *big.Int // the least fee whatever the gas costs (nil: 0)
	// GasPrice prices the gas in wei per gas (nil: 0, gas not counted);
	// exclusive with AutoGasPrice.
	GasPrice     *big.Int
	AutoGasPrice bool   // price the gas at the chain's suggested gas price
	OverheadGas  uint64 // gas besides the callback (0: DefaultOverheadGas)
}

// Active reports whether the policy can refuse a request.
func (p FeePolicy) Active() bool {
	return p.AutoGasPrice || (p.MinFee != nil && p.MinFee.Sign() > 0) || (p.GasPrice != nil && p.GasPrice.Sign() > 0)
}

// Required is the least fee the policy accepts for a request with
// callbackGas when gas costs gasPrice wei (nil: 0): MinFee + (OverheadGas +
// callbackGas) × gasPrice.
func (p FeePolicy) Required(callbackGas uint64, gasPrice *big.Int) *big.Int {
	return p.required(0, callbackGas, gasPrice)
}

// RequiredCompletion is Required for a completion request: the overhead
// counts CompletionExtraGas more.
func (p FeePolicy) RequiredCompletion(callbackGas uint64, gasPrice *big.Int) *big.Int {
	return p.required(CompletionExtraGas, callbackGas, gasPrice)
}

// required is MinFee + (OverheadGas + extra + callbackGas) × gasPrice.
func (p FeePolicy) required(extra, callbackGas uint64, gasPrice *big.Int) *big.Int {
	req := new(big.Int)
	if p.MinFee != nil {
		req.Set(p.MinFee)
	}
	if gasPrice == nil || gasPrice.Sign() <= 0 {
		return req
	}
	overhead := p.OverheadGas
	if overhead == 0 {
		overhead = DefaultOverheadGas
	}
	gas := new(big.Int).SetUint64(overhead)
	gas.Add(gas, new(big.Int).SetUint64(extra))
	gas.Add(gas, new(big.Int).SetUint64(callbackGas))
	return req.Add(req, gas.Mul(gas, gasPrice))
}

func (p FeePolicy) validate() error {
	switch {
	case p.MinFee != nil && p.MinFee.Sign() < 0:
		return fmt.Errorf("submitter: fee policy: negative minimum fee %v", p.MinFee)
	case p.GasPrice != nil && p.GasPrice.Sign() < 0:
		return fmt.Errorf("submitter: fee policy: negative gas price %v", p.GasPrice)
	case p.AutoGasPrice && p.GasPrice != nil:
		return errors.New("submitter: fee policy: a fixed gas price and the automatic one are exclusive")
	}
	return nil
}

// GasPricer is what FeePolicy.AutoGasPrice needs of Config.Client
// (eth_gasPrice); ethclient.Client and simulated.Client implement it.
type GasPricer interface {
	SuggestGasPrice(ctx context.Context) (*big.Int, error)
}

// Submitter answers inference requests for the models it serves and
// defends its claims. See the package documentation.
type Submitter struct {
	cfg    Config
	base   node.Base
	traces node.TraceCache
	pricer GasPricer // with Fees.AutoGasPrice
	tickMu sync.Mutex
	// inputs are the trace inputs x generated for completion requests, by
	// request key (recomputed after a restart: from our claim's output
	// once we claimed, by generating again before).
	inputsMu sync.Mutex
	inputs   map[string][]byte
	// claimable is node.ClaimableOf (tests substitute a trace that breaks P4).
	claimable func(*vm.Trace) (node.Claimable, error)
}

// requestRec is a Requested or CompletionRequested event for a served
// model.
type requestRec struct {
	RequestID *big.Int      `json:"requestId"`
	ModelID   common.Hash   `json:"modelId"`
	Input     hexutil.Bytes `json:"input"`
	Block     uint64        `json:"block"`
	node.CompletionRec
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
	base, err := node.NewBase(ctx, BucketPrefix, cfg.Oracle, cfg.Client, cfg.Sender, cfg.Store, cfg.Models, cfg.Fetched, cfg.Logger, cfg.Metrics)
	if err != nil {
		return nil, err
	}
	if err := cfg.Fees.validate(); err != nil {
		return nil, err
	}
	s := &Submitter{cfg: cfg, base: base, claimable: node.ClaimableOf}
	if cfg.Fees.AutoGasPrice {
		p, ok := cfg.Client.(GasPricer)
		if !ok {
			return nil, errors.New("submitter: fee policy: the automatic gas price needs a Client with SuggestGasPrice")
		}
		s.pricer = p
	}
	if cfg.DishonestOutput || cfg.DishonestLieAtStep > 0 {
		base.Log.Warn("TEST-ONLY FAULT INJECTION ENABLED: this submitter lies", "output", cfg.DishonestOutput, "token", cfg.DishonestToken,
			"lieAtStep", cfg.DishonestLieAtStep)
	}
	if f := cfg.Fees; f.Active() {
		price := "auto"
		if !f.AutoGasPrice {
			price = fmt.Sprint(f.GasPrice)
		}
		overhead := f.OverheadGas
		if overhead == 0 {
			overhead = DefaultOverheadGas
		}
		base.Log.Info("fee policy: claiming requests paying at least minFee + (overheadGas + callbackGas) × gasPrice",
			"minFee", f.MinFee, "overheadGas", overhead, "gasPrice", price)
	} else {
		base.Log.Info("no fee policy: claiming every request, whatever its fee")
	}
	s.traces.M = cfg.Metrics
	s.traces.Budget = cfg.Budget
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
	s.inputsMu.Lock()
	s.inputs = nil
	s.inputsMu.Unlock()
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
			if !s.cfg.Models.Serves(s.cfg.Fetched, ev.ModelId) {
				continue
			}
			s.base.Log.Info("request", "request", ev.RequestId, "model", common.Hash(ev.ModelId), "block", l.BlockNumber)
			b.Put(s.base.B.Name("requests"), node.IDKey(ev.RequestId),
				requestRec{RequestID: ev.RequestId, ModelID: ev.ModelId, Input: ev.Input, Block: l.BlockNumber})
		case *arbiter.CompletionRequestedEvent:
			if !s.cfg.Models.Serves(s.cfg.Fetched, ev.ModelId) {
				continue
			}
			s.base.Log.Info("completion request", "request", ev.RequestId, "model", common.Hash(ev.ModelId), "tokens", ev.Tokens, "block", l.BlockNumber)
			b.Put(s.base.B.Name("requests"), node.IDKey(ev.RequestId),
				requestRec{RequestID: ev.RequestId, ModelID: ev.ModelId, Block: l.BlockNumber, CompletionRec: node.CompletionOf(ev)})
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
// item do not stop the others and are returned joined. Requests and claims
// are taken at most node.TickBatch of each a tick, the most urgent first
// (node.Select: requests oldest first before the ones we claimed, claims
// past their window before those in it); the rest wait for the next tick.
func (s *Submitter) Tick(ctx context.Context) error {
	s.tickMu.Lock()
	defer s.tickMu.Unlock()
	now, head, err := s.base.Now(ctx)
	if err != nil {
		return fmt.Errorf("submitter: %w", err)
	}
	claimed := map[string]*big.Int{} // our claim on each request, read once a tick
	reqs, err := node.Select(s.base.B, "requests", now, node.TickBatch, func(key string, r *requestRec) node.Due {
		return s.requestDue(key, r, claimed)
	})
	if err != nil {
		return fmt.Errorf("submitter: %w", err)
	}
	claims, err := node.Select(s.base.B, "claims", now, node.TickBatch, func(_ string, c *claimRec) node.Due {
		return node.Due{Block: c.Block, Wait: now < c.Deadline}
	})
	if err != nil {
		return fmt.Errorf("submitter: %w", err)
	}
	s.base.Backlog("requests", reqs.Left, head, now)
	s.base.Backlog("claims", claims.Left, head, now)
	defer s.base.Prefetch(ctx, s.firstReads(reqs, claims, claimed))()
	var errs []error
	// Open requests are claimed and our claims finalized node.Parallel at
	// a time, while the games are played: a burst of requests never holds
	// up a move or a finalization.
	errs = append(errs, node.Concurrently(
		func() error {
			return node.RunLimit(reqs, node.Parallel, func(key string, r *requestRec) error { return s.request(ctx, now, key, r) })
		},
		func() error {
			return node.EachParallel(s.base.B, "games", func(key string, g *node.GameRec) error { return s.play(ctx, key, g) })
		},
		func() error {
			return node.RunLimit(claims, node.Parallel, func(key string, c *claimRec) error { return s.claim(ctx, now, key, c) })
		}))
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

// requestDue places a request in a tick's queue: by its block (the oldest
// expires first); one we claimed only waits for its claim (claim follows
// it) and comes after the ones to claim. The claim ID it finds in the
// claimed index goes into claimed, for firstReads.
func (s *Submitter) requestDue(key string, r *requestRec, claimed map[string]*big.Int) node.Due {
	claimID := new(big.Int)
	if err := s.cfg.Store.Get(s.base.B.Name("claimed"), key, claimID); err == nil {
		claimed[key] = claimID
	}
	return node.Due{Block: r.Block, Wait: claimed[key] != nil}
}

// firstReads are the reads a tick's requests and claims start with:
// requestOf of each request (and claimOf of our recorded claim on it, which
// ourClaim reads next; claimed holds them, from requestDue) and claimOf of
// each claim, for one batch (node.Base.Prefetch).
func (s *Submitter) firstReads(reqs node.Work[requestRec], claims node.Work[claimRec], claimed map[string]*big.Int) []ethereum.CallMsg {
	var calls []ethereum.CallMsg
	add := func(msg ethereum.CallMsg, err error) {
		if err == nil {
			calls = append(calls, msg)
		}
	}
	for i, key := range reqs.Keys {
		add(s.base.Oracle.RequestCall(reqs.Vals[i].RequestID))
		if claimID := claimed[key]; claimID != nil {
			add(s.base.Oracle.ClaimCall(claimID))
		}
	}
	for _, c := range claims.Vals {
		add(s.base.Oracle.ClaimCall(c.ClaimID))
	}
	return calls
}

// Prune is one retention step (node.Buckets.Prune) over requests, claims
// and games; a pruned request takes its claimed-request index entry with
// it. Serialised with Tick.
func (s *Submitter) Prune(ctx context.Context, settled uint64, max int) (node.PruneResult, error) {
	s.tickMu.Lock()
	defer s.tickMu.Unlock()
	return s.base.Prune(ctx, "submitter", settled, max, func(kind, key string) [][2]string {
		if kind == "requests" {
			return [][2]string{{s.base.B.Name("claimed"), key}}
		}
		return nil
	}, nil)
}

// request posts our claim on an Open, unexpired request unless we have a
// claim on it already. Claims run side by side: other parties' pending
// claims, true or false, do not keep us out, which is what guarantees every
// request an answer (docs/protocol.md P3). A request is finished (never
// looked at again) once it is closed, expired without a claim of ours,
// refused by the fee policy, refused because our trace's final state is not
// the one the oracle derives (P4), or once our claim on it was rejected: a
// submitter claims a request at most once, as an honest node whose claim
// lost has a bug to find.
func (s *Submitter) request(ctx context.Context, now uint64, key string, r *requestRec) error {
	onchain, err := s.base.Oracle.Request(ctx, r.RequestID)
	if err != nil {
		return err
	}
	log := s.base.Log.With("request", r.RequestID)
	switch onchain.Status {
	case arbiter.RequestFinalized, arbiter.RequestCancelled:
		log.Info("request closed", "status", onchain.Status)
		return s.finishRequest(key, r)
	case arbiter.RequestOpen:
	default:
		return fmt.Errorf("request %v: unexpected status %v", r.RequestID, onchain.Status)
	}
	claimID, ours, err := s.ourClaim(ctx, key, r.RequestID, onchain.Attempts)
	if err != nil {
		return err
	}
	if ours != nil {
		if ours.Status == arbiter.ClaimRejected {
			log.Error("our claim on this request was rejected: not claiming it again (an honest submitter's claim lost: a bug to find)",
				"claim", claimID)
			return s.finishRequest(key, r)
		}
		return nil // pending (or settling): claim() follows it
	}
	if now >= onchain.ExpiresAt {
		log.Info("request expired before we claimed it", "expiresAt", onchain.ExpiresAt, "now", now)
		return s.finishRequest(key, r)
	}
	if s.cfg.Fees.Active() {
		price, err := s.gasPrice(ctx)
		if err != nil {
			return fmt.Errorf("request %v: gas price: %w", r.RequestID, err)
		}
		required := s.cfg.Fees.Required(onchain.CallbackGas, price)
		if r.IsCompletion() {
			required = s.cfg.Fees.RequiredCompletion(onchain.CallbackGas, price)
		}
		if onchain.Fee.Cmp(required) < 0 {
			log.Warn("not claiming: the request's fee is below our fee policy", "fee", onchain.Fee, "required", required,
				"callbackGas", onchain.CallbackGas, "gasPrice", price)
			s.base.M.Claim(nodemetrics.ClaimUnderpaid)
			return s.finishRequest(key, r)
		}
	}
	m, ok := s.cfg.Models.Lookup(s.cfg.Fetched, r.ModelID)
	if !ok {
		return fmt.Errorf("request %v: model %s not served (not fetched and verified yet?)", r.RequestID, r.ModelID)
	}
	input, err := s.input(ctx, key, m, r)
	if err != nil {
		return err
	}
	tr, err := s.traces.Get(ctx, key, m, input)
	if err != nil {
		return err
	}
	if r.IsCompletion() {
		// The final pass over x must reproduce the completion it was
		// generated with; a model that is not causal cannot be claimed.
		if err := r.Completion().CheckConsistent(&m.Header, arbiter.InputIDs(input), tr.Output()); err != nil {
			log.Error("REFUSING TO CLAIM: the completion is not consistent (the model is not a causal completion model)", "err", err)
			s.base.M.Claim(nodemetrics.ClaimUnderivable)
			return s.finishRequest(key, r)
		}
	}
	cl, err := s.claimable(tr)
	if err != nil {
		return err
	}
	if !cl.Derivable() {
		log.Error("REFUSING TO CLAIM: the trace's final state hash is not the hash the oracle derives from its output and final RAM root "+
			"(the model breaks P4): the claim could not be defended", "model", r.ModelID, "traceHash", cl.TraceHash, "claimHash", cl.ClaimHash)
		s.base.M.Claim(nodemetrics.ClaimUnderivable)
		return s.finishRequest(key, r)
	}
	output := cl.Output
	if s.cfg.DishonestOutput {
		output = append([]byte(nil), output...)
		at := 0
		if r.IsCompletion() {
			c := r.Completion()
			i, err := DishonestTokenIndex(s.cfg.DishonestToken, int(c.Tokens))
			if err != nil {
				log.Error("not claiming", "err", err)
				return s.finishRequest(key, r)
			}
			at = 4*(c.PromptTokens()+i) - 1 // the low byte of c_i = output[P − 1 + i]
		}
		output[at] ^= 1
	}
	// One key per request: we claim a request once, and the key is forgotten
	// once the submit is confirmed (ourClaim then finds the claim on chain).
	txKey := "submit/" + r.RequestID.String()
	log.Info("submitting", "pendingClaims", onchain.Pending, "fee", onchain.Fee, "key", txKey)
	var data []byte
	if r.IsCompletion() {
		data, err = arbiter.PackSubmitCompletion(r.RequestID, r.Prompt, output, cl.FinalRAMRoot)
	} else {
		data, err = arbiter.PackSubmit(r.RequestID, output, cl.FinalRAMRoot)
	}
	if err != nil {
		return err
	}
	_, err = node.Send(ctx, s.cfg.Sender, txmgr.Candidate{To: &s.cfg.Oracle, Value: s.base.SubmitBond, Data: data, Key: txKey})
	switch {
	case errors.Is(err, arbiter.ErrRequestNotOpen):
		log.Info("request closed meanwhile")
		return nil // the next Tick reads its status and finishes it
	case errors.Is(err, arbiter.ErrRequestExpired):
		log.Info("request expired before our claim landed")
		return s.finishRequest(key, r)
	case err != nil:
		return fmt.Errorf("submit request %v: %w", r.RequestID, err)
	}
	s.base.M.Claim(nodemetrics.ClaimPosted)
	// The claim is on chain: its trace is needed again only if it is
	// challenged (a game rebuilds it), so memory holds the traces of
	// claims in play, not of every claim in its challenge window.
	s.dropTrace(r.RequestID)
	return nil
}

// ourClaim returns our claim on request id and its ID: the one recorded
// from our Submitted event or, before that is recorded (the follower acts
// on confirmed logs only), the newest of the request's attempts claims that
// is ours on chain. It returns a nil claim if we have none.
func (s *Submitter) ourClaim(ctx context.Context, key string, id *big.Int, attempts uint32) (*big.Int, *arbiter.Claim, error) {
	claimID := new(big.Int)
	err := s.cfg.Store.Get(s.base.B.Name("claimed"), key, claimID)
	switch {
	case err == nil:
		c, err := s.base.Oracle.Claim(ctx, claimID)
		if err != nil {
			return nil, nil, err
		}
		return claimID, &c, nil
	case !errors.Is(err, nodestore.ErrNotFound):
		return nil, nil, err
	}
	for a := attempts; a >= 1; a-- {
		claimID := arbiter.ClaimID(id, a)
		c, err := s.base.Oracle.Claim(ctx, claimID)
		if err != nil {
			return nil, nil, err
		}
		if c.Submitter == s.From() {
			return claimID, &c, nil
		}
	}
	return nil, nil, nil
}

// gasPrice is the gas price the fee policy counts with now.
func (s *Submitter) gasPrice(ctx context.Context) (*big.Int, error) {
	if s.pricer != nil {
		return s.pricer.SuggestGasPrice(ctx)
	}
	return s.cfg.Fees.GasPrice, nil
}

// finishRequest retires a request that needs no more action of ours (its
// record stays readable for games on our claims).
func (s *Submitter) finishRequest(key string, r *requestRec) error {
	if err := s.base.B.Finish("requests", key, r); err != nil {
		return err
	}
	s.dropTrace(r.RequestID)
	return nil
}

// input is the trace input of request r: its input, or for a completion
// request the x we generate greedily (GenerateInput, each pass a VM run of
// the budget), kept until the request is finished.
func (s *Submitter) input(ctx context.Context, key string, m *model.Model, r *requestRec) ([]byte, error) {
	if !r.IsCompletion() {
		return r.Input, nil
	}
	s.inputsMu.Lock()
	x, ok := s.inputs[key]
	s.inputsMu.Unlock()
	if ok {
		return x, nil
	}
	ids, err := arbiter.GenerateInput(m, r.Completion(), func(f func() error) error {
		return s.cfg.Budget.Run(ctx, node.RunBytes(m), "a generation pass of request "+r.RequestID.String(), f)
	})
	if err != nil {
		return nil, fmt.Errorf("request %v: generate: %w", r.RequestID, err)
	}
	x = arbiter.InputBytes(ids)
	s.inputsMu.Lock()
	if s.inputs == nil {
		s.inputs = map[string][]byte{}
	}
	s.inputs[key] = x
	s.inputsMu.Unlock()
	return x, nil
}

// dropTrace forgets the trace (and generated input) of a request no open
// game of ours is on (it is recomputed if needed again).
func (s *Submitter) dropTrace(requestID *big.Int) {
	inUse := false
	_ = node.Each(s.base.B, "games", func(_ string, g *node.GameRec) error {
		inUse = inUse || g.RequestID.Cmp(requestID) == 0
		return nil
	})
	if !inUse {
		s.traces.Drop(node.IDKey(requestID))
		s.inputsMu.Lock()
		delete(s.inputs, node.IDKey(requestID))
		s.inputsMu.Unlock()
	}
}

// trace is the trace we defend game g with: our trace of the request's
// input or, on a completion request, of the x our claim implies (from its
// output, so it is the claim's start whatever we claimed).
func (s *Submitter) trace(ctx context.Context, g *node.GameRec) (dispute.TraceProvider, error) {
	var r requestRec
	if err := s.base.B.GetAny("requests", node.IDKey(g.RequestID), &r); err != nil {
		return nil, err
	}
	m, ok := s.cfg.Models.Lookup(s.cfg.Fetched, r.ModelID)
	if !ok {
		return nil, fmt.Errorf("request %v: model %s not served (not fetched and verified yet?)", g.RequestID, r.ModelID)
	}
	key, input := node.IDKey(g.RequestID), []byte(r.Input)
	if r.IsCompletion() {
		var c claimRec
		if err := s.base.B.GetAny("claims", node.IDKey(g.ClaimID), &c); err != nil {
			return nil, fmt.Errorf("claim %v: %w", g.ClaimID, err)
		}
		x, err := r.Completion().InputOf(&m.Header, c.Output)
		if err != nil {
			return nil, fmt.Errorf("claim %v: %w", g.ClaimID, err)
		}
		key, input = node.ClaimKey(g.ClaimID), arbiter.InputBytes(x)
	}
	p, err := s.traces.Provider(ctx, key, m, input)
	if err != nil {
		return nil, err
	}
	if s.cfg.DishonestLieAtStep > 0 {
		p = dispute.Lying(p, s.cfg.DishonestLieAtStep)
	}
	return p, nil
}

func (s *Submitter) play(ctx context.Context, key string, g *node.GameRec) error {
	tr, err := s.trace(ctx, g)
	if err != nil {
		return err
	}
	over, err := s.base.Play(ctx, key, g, arbiter.TurnClaimant, tr, s.cfg.Sender, s.cfg.Client)
	if over {
		// A game over, its trace is dropped (unless another game on the
		// request still needs it): kept, every game played would hold its
		// trace until the budget evicted it, so a node's memory grew with
		// the games it had played, not the ones in play.
		s.dropTrace(g.RequestID)
		s.traces.Drop(node.ClaimKey(g.ClaimID))
	}
	return err
}

// CachedTraces is the number of execution traces the submitter holds in
// memory (diagnostics and tests).
func (s *Submitter) CachedTraces() int { return s.traces.Len() }

// finishClaim retires a settled claim of ours and forgets the trace of
// its games (a completion claim's own; a game still being settled
// recomputes it).
func (s *Submitter) finishClaim(key string, c *claimRec) error {
	if err := s.base.B.Finish("claims", key, c); err != nil {
		return err
	}
	s.traces.Drop(node.ClaimKey(c.ClaimID))
	return nil
}

// claim finalizes a pending claim of ours once its window is over and no
// game is open on it (the oracle accepts it if the request is still open,
// supersedes it and returns the bond if another claim finalized the request
// first), and retires accepted, rejected and superseded claims.
func (s *Submitter) claim(ctx context.Context, now uint64, key string, c *claimRec) error {
	onchain, err := s.base.Oracle.Claim(ctx, c.ClaimID)
	if err != nil {
		return err
	}
	switch onchain.Status {
	case arbiter.ClaimAccepted:
		s.base.Log.Info("claim accepted", "claim", c.ClaimID)
		s.base.M.Claim(nodemetrics.ClaimAccepted)
		return s.finishClaim(key, c)
	case arbiter.ClaimRejected:
		s.base.Log.Error("claim rejected", "claim", c.ClaimID)
		s.base.M.Claim(nodemetrics.ClaimRejected)
		return s.finishClaim(key, c)
	case arbiter.ClaimSuperseded:
		s.base.Log.Info("claim superseded: another claim finalized the request first; our bond is returned", "claim", c.ClaimID)
		s.base.M.Claim(nodemetrics.ClaimSuperseded)
		return s.finishClaim(key, c)
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
		return nil // settled by someone else (or rejected): the next Tick retires it
	}
	if err != nil {
		return fmt.Errorf("finalize claim %v: %w", c.ClaimID, err)
	}
	return nil
}
