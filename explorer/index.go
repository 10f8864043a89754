package explorer

import (
	"math/big"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/opml-dev/opml/contracts/arbiter"
)

// Contracts are the addresses whose events the Index folds.
type Contracts struct {
	Oracle   common.Address
	Game     common.Address
	Registry common.Address
}

// Model is a registered model (ModelRegistered).
type Model struct {
	ID         common.Hash
	Registrant common.Address
	NumSteps   uint64
	URI        string
	Block      uint64
}

// Name is the model's file name without extension, from its URI ("mlp"
// for file:///x/mlp.opml), or a short ID when the URI has no file name.
func (m *Model) Name() string {
	p := m.URI
	if i := strings.IndexAny(p, "?#"); i >= 0 {
		p = p[:i]
	}
	base := strings.TrimSuffix(path.Base(p), ".opml")
	if base == "" || base == "." || base == "/" || strings.HasSuffix(p, "/") {
		return m.ID.Hex()[:10]
	}
	return base
}

// Completion is what a completion request asks for (CompletionRequested).
type Completion struct {
	Tokens     uint32
	TokenBytes uint8
	Prompt     []byte
}

// Request is one inference request and what happened to it.
type Request struct {
	ID          *big.Int
	ModelID     common.Hash
	Consumer    common.Address
	Fee         *big.Int
	CallbackGas uint64
	Input       []byte      // the model's input (nil for a completion request)
	Completion  *Completion // set for a completion request
	Block       uint64
	Status      arbiter.RequestStatus
	Claims      []*big.Int // claim IDs in submission order
	Accepted    *big.Int   // the claim that finalized it
	Output      []byte     // the finalized output (a completion request: the completion)
	Callback    *bool      // whether the consumer's callback succeeded (nil: not called)
	Settled     uint64     // block of Finalized or Cancelled
}

// Claim is one claim on a request (Submitted) and its fate.
type Claim struct {
	ID        *big.Int
	RequestID *big.Int
	Attempt   uint32
	Submitter common.Address
	Output    []byte
	FinalHash common.Hash
	Deadline  uint64 // challenges accepted while the block time is below it
	Block     uint64
	Status    arbiter.ClaimStatus
	Settled   uint64   // block of Finalized, ClaimRejected or ClaimSuperseded
	Games     []uint64 // games opened on it, in order
	Burned    *big.Int // burned from its bond (a rejected claim)
}

// Round is one dissection round: the claimant's hashes at the split points
// of [Lo, Hi] (Bisected) and, once the challenger chose, the sub-range it
// disputes (Chosen).
type Round struct {
	Number      int // from 1
	Lo, Hi      uint64
	Hashes      []common.Hash // at the interior split points
	BisectBlock uint64
	Chosen      bool
	Index       int    // the sub-range chosen, from 0 (valid if Chosen)
	ChosenLo    uint64 // the disputed range after the choice
	ChosenHi    uint64
	ChooseBlock uint64
}

// Parts is the number of sub-ranges the round split [Lo, Hi] into.
func (r *Round) Parts() int { return len(r.Hashes) + 1 }

// StepRecord is the step executed onchain (StepExecuted).
type StepRecord struct {
	Step                     uint64
	PreHash, PostHash, Claim common.Hash
	Block                    uint64
}

// Disproved reports whether the executed step's post-state differs from the
// claimant's hash.
func (s *StepRecord) Disproved() bool { return s.PostHash != s.Claim }

// Game is one dispute game and its moves.
type Game struct {
	ID         uint64
	ClaimID    *big.Int
	Claimant   common.Address
	Challenger common.Address
	StartHash  common.Hash
	EndHash    common.Hash
	NumSteps   uint64
	Block      uint64
	Rounds     []*Round
	Step       *StepRecord
	Status     arbiter.GameStatus // GameActive until resolved
	Reason     arbiter.Reason     // valid once Status.Over()
	Resolved   uint64             // block of GameResolved
	// Settled is set once the oracle settled the game (GameSettled); the
	// credits and the burn of that transaction are the game's payouts.
	Settled bool
	Credits []Payout
	Burned  *big.Int
}

// Payout is an amount the oracle credited to an address.
type Payout struct {
	To     common.Address
	Amount *big.Int
}

// Lo and Hi are the disputed range now: [0, N] at the start, the last
// choice's range after it.
func (g *Game) Range() (lo, hi uint64) {
	lo, hi = 0, g.NumSteps
	for _, r := range g.Rounds {
		if r.Chosen {
			lo, hi = r.ChosenLo, r.ChosenHi
		}
	}
	return lo, hi
}

// Account is what the oracle credited, burned and paid out to an address.
type Account struct {
	Credited  *big.Int
	Withdrawn *big.Int
}

// Index folds the events of the opml contracts into requests, claims,
// games, models and accounts. It is a pure fold (no I/O): Apply each log of
// the canonical chain once, in (block, index) order. It is safe for
// concurrent use; readers get deep copies.
type Index struct {
	c Contracts

	mu       sync.RWMutex
	version  uint64
	head     uint64 // the last block applied (Advance)
	models   map[common.Hash]*Model
	requests map[string]*Request
	claims   map[string]*Claim
	games    map[uint64]*Game
	accounts map[common.Address]*Account
	burned   *big.Int
	// settling is the game the oracle settled in transaction settlingTx:
	// the Credited and Burned events after GameSettled in that transaction
	// are its payouts.
	settling   *Game
	settlingTx common.Hash
}

// NewIndex returns an empty Index of the contracts c.
func NewIndex(c Contracts) *Index {
	ix := &Index{c: c}
	ix.reset()
	return ix
}

func (ix *Index) reset() {
	ix.models = map[common.Hash]*Model{}
	ix.requests = map[string]*Request{}
	ix.claims = map[string]*Claim{}
	ix.games = map[uint64]*Game{}
	ix.accounts = map[common.Address]*Account{}
	ix.burned = new(big.Int)
	ix.head = 0
	ix.settling, ix.settlingTx = nil, common.Hash{}
}

// rebuild replaces the Index's content with logs (of blocks up to head)
// under one lock, so that no reader sees it half rebuilt.
func (ix *Index) rebuild(head uint64, logs []types.Log) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.reset()
	for i := range logs {
		ix.apply(&logs[i])
	}
	ix.head = head
	ix.version++
}

// Version changes whenever the Index does.
func (ix *Index) Version() uint64 {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.version
}

// Head is the last block applied (Advance).
func (ix *Index) Head() uint64 {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.head
}

// Advance applies logs (of blocks up to head, in order) and records head as
// the last block applied.
func (ix *Index) Advance(head uint64, logs []types.Log) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	for i := range logs {
		ix.apply(&logs[i])
	}
	if head != ix.head || len(logs) > 0 {
		ix.head = max(ix.head, head)
		ix.version++
	}
}

func key(v *big.Int) string { return v.String() }

func (ix *Index) account(a common.Address) *Account {
	acc, ok := ix.accounts[a]
	if !ok {
		acc = &Account{Credited: new(big.Int), Withdrawn: new(big.Int)}
		ix.accounts[a] = acc
	}
	return acc
}

// game returns game id, creating its record on first sight (the oracle's
// Challenged and the game's GameCreated come in one transaction, in an
// order the Index does not rely on).
func (ix *Index) game(id *big.Int) *Game {
	if !id.IsUint64() {
		return nil
	}
	g, ok := ix.games[id.Uint64()]
	if !ok {
		g = &Game{ID: id.Uint64(), Status: arbiter.GameActive, Burned: new(big.Int)}
		ix.games[g.ID] = g
	}
	return g
}

func (ix *Index) apply(l *types.Log) {
	if l.Removed {
		return
	}
	ev := arbiter.DecodeEvent(l)
	if ev == nil {
		return
	}
	switch l.Address {
	case ix.c.Registry:
		if e, ok := ev.(*arbiter.ModelRegisteredEvent); ok {
			if _, dup := ix.models[e.ModelId]; !dup {
				ix.models[e.ModelId] = &Model{ID: e.ModelId, Registrant: e.Registrant, NumSteps: e.NumSteps, URI: e.Uri, Block: l.BlockNumber}
			}
		}
	case ix.c.Oracle:
		ix.oracleEvent(l, ev)
	case ix.c.Game:
		ix.gameEvent(l, ev)
	}
}

func (ix *Index) oracleEvent(l *types.Log, ev any) {
	settling := ix.settling
	if l.TxHash != ix.settlingTx {
		settling = nil
	}
	switch e := ev.(type) {
	case *arbiter.GameSettledEvent:
		if g := ix.game(e.GameId); g != nil {
			g.Settled = true
			ix.settling, ix.settlingTx = g, l.TxHash
		}
	case *arbiter.RequestedEvent:
		ix.requests[key(e.RequestId)] = &Request{ID: e.RequestId, ModelID: e.ModelId, Consumer: e.Consumer, Fee: e.Fee,
			CallbackGas: e.CallbackGas, Input: e.Input, Block: l.BlockNumber, Status: arbiter.RequestOpen}
	case *arbiter.CompletionRequestedEvent:
		ix.requests[key(e.RequestId)] = &Request{ID: e.RequestId, ModelID: e.ModelId, Consumer: e.Consumer, Fee: e.Fee,
			CallbackGas: e.CallbackGas, Completion: &Completion{Tokens: e.Tokens, TokenBytes: e.TokenBytes, Prompt: e.Prompt},
			Block: l.BlockNumber, Status: arbiter.RequestOpen}
	case *arbiter.SubmittedEvent:
		_, attempt := arbiter.SplitClaimID(e.ClaimId)
		ix.claims[key(e.ClaimId)] = &Claim{ID: e.ClaimId, RequestID: e.RequestId, Attempt: attempt, Submitter: e.Submitter,
			Output: e.Output, FinalHash: e.FinalHash, Deadline: e.Deadline, Block: l.BlockNumber, Status: arbiter.ClaimPending,
			Burned: new(big.Int)}
		if r, ok := ix.requests[key(e.RequestId)]; ok {
			r.Claims = append(r.Claims, e.ClaimId)
		}
	case *arbiter.ChallengedEvent:
		if c, ok := ix.claims[key(e.ClaimId)]; ok && e.GameId.IsUint64() {
			c.Games = append(c.Games, e.GameId.Uint64())
		}
		if g := ix.game(e.GameId); g != nil {
			g.ClaimID, g.Challenger = e.ClaimId, e.Challenger
		}
	case *arbiter.ClaimRejectedEvent:
		if c, ok := ix.claims[key(e.ClaimId)]; ok {
			c.Status, c.Settled = arbiter.ClaimRejected, l.BlockNumber
		}
	case *arbiter.ClaimSupersededEvent:
		if c, ok := ix.claims[key(e.ClaimId)]; ok {
			c.Status, c.Settled = arbiter.ClaimSuperseded, l.BlockNumber
		}
	case *arbiter.FinalizedEvent:
		if c, ok := ix.claims[key(e.ClaimId)]; ok {
			c.Status, c.Settled = arbiter.ClaimAccepted, l.BlockNumber
		}
		if r, ok := ix.requests[key(e.RequestId)]; ok {
			r.Status, r.Accepted, r.Output, r.Settled = arbiter.RequestFinalized, e.ClaimId, e.Output, l.BlockNumber
		}
	case *arbiter.CancelledEvent:
		if r, ok := ix.requests[key(e.RequestId)]; ok {
			r.Status, r.Settled = arbiter.RequestCancelled, l.BlockNumber
		}
	case *arbiter.CallbackResultEvent:
		if r, ok := ix.requests[key(e.RequestId)]; ok {
			ok := e.Success
			r.Callback = &ok
		}
	case *arbiter.BurnedEvent:
		if c, ok := ix.claims[key(e.ClaimId)]; ok {
			c.Burned.Add(c.Burned, e.Amount)
		}
		ix.burned.Add(ix.burned, e.Amount)
		if settling != nil {
			settling.Burned.Add(settling.Burned, e.Amount)
		}
	case *arbiter.CreditedEvent:
		acc := ix.account(e.To)
		acc.Credited.Add(acc.Credited, e.Amount)
		if settling != nil {
			settling.Credits = append(settling.Credits, Payout{To: e.To, Amount: new(big.Int).Set(e.Amount)})
		}
	case *arbiter.WithdrawnEvent:
		acc := ix.account(e.To)
		acc.Withdrawn.Add(acc.Withdrawn, e.Amount)
	}
}

func (ix *Index) gameEvent(l *types.Log, ev any) {
	switch e := ev.(type) {
	case *arbiter.GameCreatedEvent:
		if g := ix.game(e.GameId); g != nil {
			g.ClaimID, g.Claimant, g.Challenger = e.OwnerRef, e.Claimant, e.Challenger
			g.StartHash, g.EndHash, g.NumSteps, g.Block = e.StartHash, e.EndHash, e.NumSteps, l.BlockNumber
		}
	case *arbiter.BisectedEvent:
		if g := ix.game(e.GameId); g != nil {
			hashes := make([]common.Hash, len(e.Hashes))
			for i, h := range e.Hashes {
				hashes[i] = h
			}
			g.Rounds = append(g.Rounds, &Round{Number: int(e.Round) + 1, Lo: e.Lo, Hi: e.Hi, Hashes: hashes, BisectBlock: l.BlockNumber})
		}
	case *arbiter.ChosenEvent:
		if g := ix.game(e.GameId); g != nil && len(g.Rounds) > 0 {
			r := g.Rounds[len(g.Rounds)-1]
			r.Chosen, r.ChosenLo, r.ChosenHi, r.ChooseBlock = true, e.Lo, e.Hi, l.BlockNumber
			if e.Index.IsInt64() {
				r.Index = int(e.Index.Int64())
			}
		}
	case *arbiter.StepExecutedEvent:
		if g := ix.game(e.GameId); g != nil {
			g.Step = &StepRecord{Step: e.Step, PreHash: e.PreHash, PostHash: e.PostHash, Claim: e.ClaimedHash, Block: l.BlockNumber}
		}
	case *arbiter.GameResolvedEvent:
		if g := ix.game(e.GameID); g != nil {
			g.Status, g.Reason, g.Resolved = e.Status, e.Reason, l.BlockNumber
		}
	}
}

// all copies every record of m, sorted by less. The caller holds the lock.
func all[K comparable, V, T any](m map[K]*V, copyOf func(*V) T, less func(a, b *V) bool) []T {
	out, _ := window(m, copyOf, less, 0, len(m))
	return out
}

// window is the part [from, from+n) of all: the records are sorted by
// pointer and only that part is copied. It returns the part and the
// number of records. The caller holds the lock.
func window[K comparable, V, T any](m map[K]*V, copyOf func(*V) T, less func(a, b *V) bool, from, n int) ([]T, int) {
	vs := make([]*V, 0, len(m))
	for _, v := range m {
		vs = append(vs, v)
	}
	sort.Slice(vs, func(i, j int) bool { return less(vs[i], vs[j]) })
	from = min(max(from, 0), len(vs))
	to := min(from+max(n, 0), len(vs))
	out := make([]T, 0, to-from)
	for _, v := range vs[from:to] {
		out = append(out, copyOf(v))
	}
	return out, len(vs)
}

// one copies record k of m. The caller holds the lock.
func one[K comparable, V, T any](m map[K]*V, k K, copyOf func(*V) T) (T, bool) {
	v, ok := m[k]
	if !ok {
		var zero T
		return zero, false
	}
	return copyOf(v), true
}

// Models returns every registered model, in registration order.
func (ix *Index) Models() []Model {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return all(ix.models, func(m *Model) Model { return *m }, func(a, b *Model) bool {
		if a.Block != b.Block {
			return a.Block < b.Block
		}
		return a.ID.Cmp(b.ID) < 0
	})
}

// Model returns model id.
func (ix *Index) Model(id common.Hash) (Model, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return one(ix.models, id, func(m *Model) Model { return *m })
}

func copyRequest(r *Request) Request {
	c := *r
	c.Claims = append([]*big.Int(nil), r.Claims...)
	return c
}

// Requests returns every request, newest first.
func (ix *Index) Requests() []Request {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return all(ix.requests, copyRequest, newerRequest)
}

func newerRequest(a, b *Request) bool { return a.ID.Cmp(b.ID) > 0 }

// RequestsPage returns n requests from the from-th newest, and how many
// there are.
func (ix *Index) RequestsPage(from, n int) ([]Request, int) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return window(ix.requests, copyRequest, newerRequest, from, n)
}

// Request returns request id.
func (ix *Index) Request(id *big.Int) (Request, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return one(ix.requests, key(id), copyRequest)
}

func copyClaim(c *Claim) Claim {
	out := *c
	out.Games = append([]uint64(nil), c.Games...)
	out.Burned = new(big.Int).Set(c.Burned)
	return out
}

// Claims returns every claim, newest first.
func (ix *Index) Claims() []Claim {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return all(ix.claims, copyClaim, newerClaim)
}

func newerClaim(a, b *Claim) bool { return a.ID.Cmp(b.ID) > 0 }

// ClaimsPage returns n claims from the from-th newest, and how many there
// are.
func (ix *Index) ClaimsPage(from, n int) ([]Claim, int) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return window(ix.claims, copyClaim, newerClaim, from, n)
}

// Claim returns claim id.
func (ix *Index) Claim(id *big.Int) (Claim, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return one(ix.claims, key(id), copyClaim)
}

func copyGame(g *Game) Game {
	out := *g
	out.Rounds = make([]*Round, len(g.Rounds))
	for i, r := range g.Rounds {
		rc := *r
		rc.Hashes = append([]common.Hash(nil), r.Hashes...)
		out.Rounds[i] = &rc
	}
	if g.Step != nil {
		s := *g.Step
		out.Step = &s
	}
	out.Credits = append([]Payout(nil), g.Credits...)
	out.Burned = new(big.Int).Set(g.Burned)
	return out
}

// Games returns every game, newest first.
func (ix *Index) Games() []Game {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return all(ix.games, copyGame, newerGame)
}

func newerGame(a, b *Game) bool { return a.ID > b.ID }

// GamesPage returns n games from the from-th newest, and how many there
// are.
func (ix *Index) GamesPage(from, n int) ([]Game, int) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return window(ix.games, copyGame, newerGame, from, n)
}

// Counts are the Index's records counted by state.
type Counts struct {
	Models, Requests, Open, Finalized, Claims, Pending, Games, Active int
}

// Counts counts the records without copying them.
func (ix *Index) Counts() Counts {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	c := Counts{Models: len(ix.models), Requests: len(ix.requests), Claims: len(ix.claims), Games: len(ix.games)}
	for _, r := range ix.requests {
		switch r.Status {
		case arbiter.RequestOpen:
			c.Open++
		case arbiter.RequestFinalized:
			c.Finalized++
		}
	}
	for _, cl := range ix.claims {
		if cl.Status == arbiter.ClaimPending {
			c.Pending++
		}
	}
	for _, g := range ix.games {
		if g.Status == arbiter.GameActive {
			c.Active++
		}
	}
	return c
}

// ActiveGames returns the games being played, newest first.
func (ix *Index) ActiveGames() []Game {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	active := map[uint64]*Game{}
	for id, g := range ix.games {
		if g.Status == arbiter.GameActive {
			active[id] = g
		}
	}
	return all(active, copyGame, newerGame)
}

// Game returns game id.
func (ix *Index) Game(id uint64) (Game, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return one(ix.games, id, copyGame)
}

// Account returns what the oracle credited and paid a.
func (ix *Index) Account(a common.Address) Account {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	acc, ok := ix.accounts[a]
	if !ok {
		return Account{Credited: new(big.Int), Withdrawn: new(big.Int)}
	}
	return Account{Credited: new(big.Int).Set(acc.Credited), Withdrawn: new(big.Int).Set(acc.Withdrawn)}
}

// Burned is the total the oracle burned.
func (ix *Index) Burned() *big.Int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return new(big.Int).Set(ix.burned)
}
