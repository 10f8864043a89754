package demo

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/tooling/deployment"
	"github.com/opml-dev/opml/vm/model"
)

// Client is what the Watcher reads from the chain.
type Client interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// ClaimState is what the Watcher knows of one claim.
type ClaimState struct {
	ID        *big.Int
	RequestID *big.Int
	Submitter common.Address
	Output    []byte
	// Completion is a completion claim's generated tokens (docs/protocol.md
	// §3.6; nil for other claims, or if the Watcher does not know the
	// model).
	Completion []int32
	Block      uint64    // block of the Submitted event
	Posted     time.Time // wall time the Watcher saw the Submitted event
	Rejected   time.Time // zero unless rejected
	Finalized  time.Time // zero unless finalized (accepted)
	// Superseded is zero unless the claim survived its window after another
	// claim had finalized the request (its bond returned).
	Superseded   time.Time
	SettledBlock uint64 // block of the ClaimRejected, Finalized or ClaimSuperseded event (0: pending)
	Games        []*big.Int
}

// GameState is what the Watcher knows of one game.
type GameState struct {
	ID         *big.Int
	ClaimID    *big.Int
	Challenger common.Address
	Block      uint64 // block of the Challenged event
	Steps      uint64
	Rounds     int    // completed dissection rounds (Chosen events)
	Moves      int    // Bisected + Chosen + StepExecuted events
	Step       uint64 // the step executed onchain (valid if Stepped)
	Stepped    bool
	Status     arbiter.GameStatus // GameNone until the game is resolved
	Reason     arbiter.Reason     // valid once resolved
}

// Watcher follows the opml contracts' events, narrates them to Out and
// records them.
type Watcher struct {
	client Client
	d      *deployment.File
	out    io.Writer
	names  map[common.Address]string
	models map[common.Hash]*model.Model

	mu        sync.Mutex
	next      uint64
	claims    map[string]*ClaimState
	games     map[string]*GameState
	requested map[string]time.Time
	modelOf   map[string]common.Hash        // request → model
	completes map[string]arbiter.Completion // completion request → its parameters
	final     map[string][]byte             // request → finalized output
	delivered map[string][]byte             // request → output delivered to the consumer
	callback  map[string]bool
	credited  map[common.Address]*big.Int
	withdrawn map[common.Address]*big.Int
	burned    map[string]*big.Int // claim → wei burned from its bond
	start     time.Time
}

// NewWatcher returns a Watcher of deployment d from its deploy block. names
// label addresses in the narration; models (by ID) let it name the op of a
// step. out may be io.Discard.
func NewWatcher(client Client, d *deployment.File, out io.Writer, names map[common.Address]string, models map[common.Hash]*model.Model) *Watcher {
	return &Watcher{client: client, d: d, out: out, names: names, models: models, next: d.DeployBlock,
		claims: map[string]*ClaimState{}, games: map[string]*GameState{}, requested: map[string]time.Time{}, modelOf: map[string]common.Hash{},
		completes: map[string]arbiter.Completion{},
		final:     map[string][]byte{}, delivered: map[string][]byte{}, callback: map[string]bool{},
		credited: map[common.Address]*big.Int{}, withdrawn: map[common.Address]*big.Int{}, burned: map[string]*big.Int{},
		start: time.Now()}
}

func (w *Watcher) name(a common.Address) string {
	if n, ok := w.names[a]; ok {
		return n
	}
	return a.Hex()[:10]
}

func (w *Watcher) say(format string, args ...any) {
	fmt.Fprintf(w.out, "[%5.1fs] "+format+"\n", append([]any{time.Since(w.start).Seconds()}, args...)...)
}

// Poll reads and handles the logs of every block up to the head.
func (w *Watcher) Poll(ctx context.Context) error {
	head, err := w.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("demo: head: %w", err)
	}
	w.mu.Lock()
	from := w.next
	w.mu.Unlock()
	to := head.Number.Uint64()
	if to < from {
		return nil
	}
	addrs := []common.Address{w.d.Contracts.Oracle, w.d.Contracts.Game}
	if w.d.Consumer != nil {
		addrs = append(addrs, *w.d.Consumer)
	}
	logs, err := w.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: head.Number, Addresses: addrs})
	if err != nil {
		return fmt.Errorf("demo: logs %d..%d: %w", from, to, err)
	}
	sort.SliceStable(logs, func(i, j int) bool {
		if logs[i].BlockNumber != logs[j].BlockNumber {
			return logs[i].BlockNumber < logs[j].BlockNumber
		}
		return logs[i].Index < logs[j].Index
	})
	w.mu.Lock()
	defer w.mu.Unlock()
	for i := range logs {
		w.handle(&logs[i])
	}
	w.next = to + 1
	return nil
}

func key(v *big.Int) string { return v.String() }

// opAt names the op that step belongs to in the claim's model.
func (w *Watcher) opAt(claimID *big.Int, step uint64) string {
	c, ok := w.claims[key(claimID)]
	if !ok {
		return ""
	}
	m := w.models[w.modelOf[key(c.RequestID)]]
	if m == nil {
		return ""
	}
	return opAtStep(m, step)
}

// opAtStep names the op of m that executes step, or the halting step.
func opAtStep(m *model.Model, step uint64) string {
	k, ok := m.OpAt(step)
	if !ok {
		return "the halting step"
	}
	return fmt.Sprintf("in op %d (%v)", k, m.Ops[k].Op)
}

func steps(n uint64) string {
	if n == 1 {
		return "one step"
	}
	return fmt.Sprintf("%d steps", n)
}

func short(h [32]byte) string { return fmt.Sprintf("%x…", h[:4]) }

func (w *Watcher) handle(l *types.Log) {
	if l.Removed {
		return
	}
	switch l.Address {
	case w.d.Contracts.Oracle:
		w.oracleEvent(l)
	case w.d.Contracts.Game:
		w.gameEvent(l)
	default:
		switch ev := arbiter.DecodeEvent(l).(type) {
		case *arbiter.DeliveredEvent:
			w.delivered[key(ev.RequestId)] = ev.Output
			if c, ok := w.completes[key(ev.RequestId)]; ok {
				w.say("consumer contract received the completion of request %v: %s", ev.RequestId, tokenText(ev.Output, c.TokenBytes))
				return
			}
			w.say("consumer contract received the output of request %v (%d bytes)", ev.RequestId, len(ev.Output))
		case *arbiter.RefundedEvent:
			w.say("consumer contract owes %s the fee of cancelled request %v (%s)", w.name(ev.To), ev.RequestId, ether(ev.Fee))
		}
	}
}

func (w *Watcher) oracleEvent(l *types.Log) {
	switch ev := arbiter.DecodeEvent(l).(type) {
	case *arbiter.RequestedEvent:
		w.requested[key(ev.RequestId)] = time.Now()
		w.modelOf[key(ev.RequestId)] = ev.ModelId
		w.say("request %v: %s asks model %s on %d input values (fee %v wei)", ev.RequestId, w.name(ev.Consumer), short(ev.ModelId), len(ev.Input), ev.Fee)
	case *arbiter.CompletionRequestedEvent:
		id := key(ev.RequestId)
		w.requested[id] = time.Now()
		w.modelOf[id] = ev.ModelId
		c := arbiter.Completion{Prompt: ev.Prompt, Tokens: ev.Tokens, TokenBytes: ev.TokenBytes}
		w.completes[id] = c
		w.say("request %v: %s asks model %s to complete the %d-token prompt %s with %d tokens (fee %v wei)", ev.RequestId, w.name(ev.Consumer),
			short(ev.ModelId), c.PromptTokens(), tokenText(ev.Prompt, ev.TokenBytes), ev.Tokens, ev.Fee)
	case *arbiter.SubmittedEvent:
		c := &ClaimState{ID: ev.ClaimId, RequestID: ev.RequestId, Submitter: ev.Submitter, Output: ev.Output, Block: l.BlockNumber, Posted: time.Now()}
		w.claims[key(ev.ClaimId)] = c
		what := fmt.Sprintf("output %x", ev.Output)
		if c.Completion = w.claimedCompletion(ev.RequestId, ev.Output); c.Completion != nil {
			what = "completion " + tokenText(arbiter.EncodeTokens(c.Completion, w.completes[key(ev.RequestId)].TokenBytes), w.completes[key(ev.RequestId)].TokenBytes)
		}
		w.say("claim %s on request %v posted by %s with its bond: %s, final state %s", claimName(ev.ClaimId), ev.RequestId,
			w.name(ev.Submitter), what, short(ev.FinalHash))
	case *arbiter.ChallengedEvent:
		if c, ok := w.claims[key(ev.ClaimId)]; ok {
			c.Games = append(c.Games, ev.GameId)
		}
		w.games[key(ev.GameId)] = &GameState{ID: ev.GameId, ClaimID: ev.ClaimId, Challenger: ev.Challenger, Block: l.BlockNumber}
		w.say("%s challenges claim %s with its bond: game %v opened", w.name(ev.Challenger), claimName(ev.ClaimId), ev.GameId)
	case *arbiter.GameSettledEvent:
		winner := "the challenger"
		if ev.ClaimantWon {
			winner = "the claimant"
		}
		w.say("game %v settled: %s won", ev.GameId, winner)
	case *arbiter.ClaimRejectedEvent:
		if c, ok := w.claims[key(ev.ClaimId)]; ok {
			c.Rejected, c.SettledBlock = time.Now(), l.BlockNumber
		}
		w.say("claim %s REJECTED: its submitter loses the bond (half burned, half to the challengers of the games open on it)", claimName(ev.ClaimId))
	case *arbiter.ClaimSupersededEvent:
		if c, ok := w.claims[key(ev.ClaimId)]; ok {
			c.Superseded, c.SettledBlock = time.Now(), l.BlockNumber
		}
		w.say("claim %s SUPERSEDED: another claim finalized request %v first; its bond is returned", claimName(ev.ClaimId), ev.RequestId)
	case *arbiter.BurnedEvent:
		if w.burned[key(ev.ClaimId)] == nil {
			w.burned[key(ev.ClaimId)] = new(big.Int)
		}
		w.burned[key(ev.ClaimId)].Add(w.burned[key(ev.ClaimId)], ev.Amount)
		w.say("the oracle burns %s of claim %s's bond", ether(ev.Amount), claimName(ev.ClaimId))
	case *arbiter.CancelledEvent:
		w.say("request %v CANCELLED by its consumer after expiring unanswered: the fee goes back", ev.RequestId)
	case *arbiter.FinalizedEvent:
		if c, ok := w.claims[key(ev.ClaimId)]; ok {
			c.Finalized, c.SettledBlock = time.Now(), l.BlockNumber
		}
		w.final[key(ev.RequestId)] = ev.Output
		if c, ok := w.completes[key(ev.RequestId)]; ok {
			w.say("claim %s FINALIZED: request %v's completion is %s", claimName(ev.ClaimId), ev.RequestId, tokenText(ev.Output, c.TokenBytes))
			return
		}
		w.say("claim %s FINALIZED: request %v's result is %x", claimName(ev.ClaimId), ev.RequestId, ev.Output)
	case *arbiter.CallbackResultEvent:
		w.callback[key(ev.RequestId)] = ev.Success
		w.say("callback to the consumer for request %v: success=%v", ev.RequestId, ev.Success)
	case *arbiter.CreditedEvent:
		add(w.credited, ev.To, ev.Amount)
		w.say("the oracle credits %s %s", w.name(ev.To), ether(ev.Amount))
	case *arbiter.WithdrawnEvent:
		add(w.withdrawn, ev.To, ev.Amount)
		w.say("%s withdrew %s", w.name(ev.To), ether(ev.Amount))
	}
}

func (w *Watcher) gameEvent(l *types.Log) {
	switch ev := arbiter.DecodeEvent(l).(type) {
	case *arbiter.GameCreatedEvent:
		if g, ok := w.games[key(ev.GameId)]; ok {
			g.Steps = ev.NumSteps
		} else {
			w.games[key(ev.GameId)] = &GameState{ID: ev.GameId, ClaimID: ev.OwnerRef, Challenger: ev.Challenger, Steps: ev.NumSteps}
		}
		w.say("game %v: %s vs %s over steps [0, %d]", ev.GameId, w.name(ev.Claimant), w.name(ev.Challenger), ev.NumSteps)
	case *arbiter.BisectedEvent:
		w.move(ev.GameId)
		w.say("game %v round %d: claimant posts %d state hashes splitting [%d, %d]", ev.GameId, ev.Round+1, len(ev.Hashes), ev.Lo, ev.Hi)
	case *arbiter.ChosenEvent:
		if g := w.move(ev.GameId); g != nil {
			g.Rounds++
		}
		w.say("game %v round %d: challenger disputes part %d → range [%d, %d] (%s)", ev.GameId, ev.Round+1, ev.Index.Uint64()+1, ev.Lo, ev.Hi, steps(ev.Hi-ev.Lo))
	case *arbiter.StepExecutedEvent:
		g := w.move(ev.GameId)
		what := ""
		if g != nil {
			g.Step, g.Stepped = ev.Step, true
			if op := w.opAt(g.ClaimID, ev.Step); op != "" {
				what = ", " + op
			}
		}
		verdict := "matches"
		if ev.PostHash != ev.ClaimedHash {
			verdict = "DIFFERS from"
		}
		w.say("game %v: step %d executed onchain%s: post-state %s %s the claimant's %s", ev.GameId, ev.Step, what,
			short(ev.PostHash), verdict, short(ev.ClaimedHash))
	case *arbiter.GameResolvedEvent:
		if g, ok := w.games[key(ev.GameID)]; ok {
			g.Status, g.Reason = ev.Status, ev.Reason
		}
		w.say("game %v resolved: %s (%s)", ev.GameID, statusText(ev.Status), reasonText(ev.Reason))
	}
}

// claimedCompletion is the completion a claim's output asserts on a
// completion request of a known model (nil otherwise).
func (w *Watcher) claimedCompletion(req *big.Int, output []byte) []int32 {
	c, ok := w.completes[key(req)]
	m := w.models[w.modelOf[key(req)]]
	if !ok || m == nil {
		return nil
	}
	values, err := arbiter.ClaimValues(&m.Header, output)
	if err != nil {
		return nil
	}
	gen, err := c.Generated(&m.Header, values)
	if err != nil {
		return nil
	}
	return gen
}

// tokenText shows token ids of width bytes each: quoted text for 1-byte
// tokens, hex otherwise.
func tokenText(b []byte, width uint8) string {
	if width == 1 {
		return fmt.Sprintf("%q", b)
	}
	return fmt.Sprintf("%x", b)
}

func (w *Watcher) move(id *big.Int) *GameState {
	g, ok := w.games[key(id)]
	if !ok {
		return nil
	}
	g.Moves++
	return g
}

func add(m map[common.Address]*big.Int, a common.Address, v *big.Int) {
	if m[a] == nil {
		m[a] = new(big.Int)
	}
	m[a].Add(m[a], v)
}

func claimName(id *big.Int) string {
	req, attempt := arbiter.SplitClaimID(id)
	return fmt.Sprintf("%v.%v", req, attempt)
}

// statusText narrates how a game ended.
func statusText(s arbiter.GameStatus) string {
	switch s {
	case arbiter.GameClaimantWon:
		return "claimant won"
	case arbiter.GameChallengerWon:
		return "challenger won"
	}
	return "status " + s.String()
}

// reasonText narrates why a game ended.
func reasonText(r arbiter.Reason) string {
	switch r {
	case arbiter.ReasonStepDisproved:
		return "the step disproved the claimant's hash"
	case arbiter.ReasonStepConfirmed:
		return "the step confirmed the claimant's hash"
	case arbiter.ReasonClaimantTimedOut:
		return "the claimant's clock ran out"
	case arbiter.ReasonChallengerTimedOut:
		return "the challenger's clock ran out"
	}
	return "reason " + r.String()
}

func ether(v *big.Int) string {
	f, _ := new(big.Rat).SetFrac(v, big.NewInt(1e18)).Float64()
	return fmt.Sprintf("%.4g ETH", f)
}

// Claims returns copies of every claim seen, by claim ID.
func (w *Watcher) Claims() []ClaimState {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := make([]ClaimState, 0, len(w.claims))
	for _, c := range w.claims {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID.Cmp(out[j].ID) < 0 })
	return out
}

// Games returns copies of every game seen, by game ID.
func (w *Watcher) Games() []GameState {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := make([]GameState, 0, len(w.games))
	for _, g := range w.games {
		out = append(out, *g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID.Cmp(out[j].ID) < 0 })
	return out
}

// Finalized returns request id's finalized output, if any.
func (w *Watcher) Finalized(id *big.Int) ([]byte, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	o, ok := w.final[key(id)]
	return o, ok
}

// Delivered returns the output the consumer contract received for request id.
func (w *Watcher) Delivered(id *big.Int) ([]byte, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	o, ok := w.delivered[key(id)]
	return o, ok
}

// Credited returns what the oracle credited a in total.
func (w *Watcher) Credited(a common.Address) *big.Int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return new(big.Int).Set(orZero(w.credited[a]))
}

// Burned returns what the oracle burned of claim id's bond.
func (w *Watcher) Burned(id *big.Int) *big.Int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return new(big.Int).Set(orZero(w.burned[key(id)]))
}

// Withdrawn returns what a withdrew in total.
func (w *Watcher) Withdrawn(a common.Address) *big.Int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return new(big.Int).Set(orZero(w.withdrawn[a]))
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// Until polls at interval until cond holds or ctx is done. cond runs
// between polls, without the Watcher's lock held, so it may call the
// Watcher's accessors.
func (w *Watcher) Until(ctx context.Context, interval time.Duration, what string, cond func() bool) error {
	for {
		if err := w.Poll(ctx); err != nil && ctx.Err() == nil {
			w.say("watcher: %v (retrying)", err)
		}
		if cond() {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("demo: waiting for %s: %w", what, ctx.Err())
		case <-time.After(interval):
		}
	}
}
