package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/hashicorp/go-hclog"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/infra/nodestore"
	"github.com/opml-dev/opml/infra/txmgr"
	"github.com/opml-dev/opml/node/dispute"
	"github.com/opml-dev/opml/node/nodemetrics"
)

// Buckets names a service's nodestore buckets: Prefix + "." + kind.
type Buckets struct {
	Store  *nodestore.Store
	Prefix string
}

// Name is the bucket of kind.
func (b Buckets) Name(kind string) string { return b.Prefix + "." + kind }

// Finished is the bucket finished records of kind are moved to: Tick never
// iterates it, lookups (GetAny) still find them.
func (b Buckets) Finished(kind string) string { return b.Name(kind + ".finished") }

// Done reports whether item key of kind was marked done.
func (b Buckets) Done(kind, key string) (bool, error) {
	return b.Store.Has(b.Name("done"), kind+"/"+key)
}

// Finish records that item key of kind needs no more action: in one batch
// it marks it done and moves v (the record) from the kind's bucket to its
// finished bucket, so later ticks no longer iterate it.
func (b Buckets) Finish(kind, key string, v any) error {
	batch := b.Store.NewBatch()
	b.FinishIn(batch, kind, key, v)
	return batch.Commit()
}

// FinishIn is Finish in batch. The finished record is queued for
// retention (Prune deletes it once it is settled).
func (b Buckets) FinishIn(batch *nodestore.Batch, kind, key string, v any) {
	batch.Put(b.Name("done"), kind+"/"+key, true)
	batch.Put(b.Finished(kind), key, v)
	batch.Delete(b.Name(kind), key)
	batch.Put(b.Name(retireNew), kind+"/"+key, true)
}

// HasAny reports whether record key of kind exists, active or finished.
func (b Buckets) HasAny(kind, key string) (bool, error) {
	ok, err := b.Store.Has(b.Name(kind), key)
	if err != nil || ok {
		return ok, err
	}
	return b.Store.Has(b.Finished(kind), key)
}

// GetAny reads record key of kind from its bucket or, if it is finished,
// from its finished bucket.
func (b Buckets) GetAny(kind, key string, v any) error {
	err := b.Store.Get(b.Name(kind), key, v)
	if errors.Is(err, nodestore.ErrNotFound) {
		err = b.Store.Get(b.Finished(kind), key, v)
	}
	return err
}

// Active returns the records of kind that are not done, in key order,
// decoded into fresh Ts: one read of the bucket for a caller that walks
// the records more than once. A record that is marked done but still in the
// kind's bucket (written again by a replay of its log after it finished) is
// pruned: deleted from the bucket, the finished copy kept.
func Active[T any](b Buckets, kind string) ([]string, []*T, error) {
	var keys []string
	var vals []*T
	err := b.Store.Iterate(b.Name(kind), func(key string, decode func(v any) error) error {
		v := new(T)
		if err := decode(v); err != nil {
			return err
		}
		keys, vals = append(keys, key), append(vals, v)
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	var outK []string
	var outV []*T
	for i, k := range keys {
		done, err := b.Done(kind, k)
		if err != nil {
			return nil, nil, err
		}
		if done {
			if err := b.Store.Delete(b.Name(kind), k); err != nil {
				return nil, nil, err
			}
			continue
		}
		outK, outV = append(outK, k), append(outV, vals[i])
	}
	return outK, outV, nil
}

// Each calls fn for every record of kind that is not done, in key order
// (see Active); errors of fn are joined, and every record is visited.
func Each[T any](b Buckets, kind string, fn func(key string, v *T) error) error {
	keys, vals, err := Active[T](b, kind)
	if err != nil {
		return err
	}
	var errs []error
	for i, k := range keys {
		if err := fn(k, vals[i]); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// EachParallel is Each with one worker per record: fn runs concurrently for
// every record not marked done, and EachParallel returns when all have
// returned (their errors joined). fn must be safe for concurrent use. The
// services play their games with it, so one slow game (a move waiting for
// its block) never delays the others.
func EachParallel[T any](b Buckets, kind string, fn func(key string, v *T) error) error {
	keys, vals, err := Active[T](b, kind)
	if err != nil {
		return err
	}
	return run(keys, vals, 0, fn)
}

// Parallel is how many requests, claims to check or claims to finalize a
// service handles at once in one tick (RunLimit): a burst of them is not
// worked through one receipt at a time (each waits for its receipt, so
// this bounds a node's transactions per block: 64 claims every request of
// a 50-request block in the next block, docs/nodes.md), while the VM runs
// among them stay bounded by the node's Budget.
const Parallel = 64

// run calls fn for every record with at most limit in flight (0: no
// limit), started in the given order, and joins the errors.
func run[T any](keys []string, vals []*T, limit int, fn func(key string, v *T) error) error {
	var (
		errs []error
		mu   sync.Mutex
		wg   sync.WaitGroup
		sem  chan struct{}
	)
	if limit > 0 {
		sem = make(chan struct{}, limit)
	}
	for i, k := range keys {
		if sem != nil {
			sem <- struct{}{}
		}
		wg.Add(1)
		go func(k string, v *T) {
			defer wg.Done()
			if sem != nil {
				defer func() { <-sem }()
			}
			if err := fn(k, v); err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
		}(k, vals[i])
	}
	wg.Wait()
	return errors.Join(errs...)
}

// Concurrently runs fns at once (a service's independent kinds of work in
// one tick: new requests or claims, games, finalizations) and returns when
// all have returned, their errors joined.
func Concurrently(fns ...func() error) error {
	errs := make([]error, len(fns))
	var wg sync.WaitGroup
	for i, fn := range fns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = fn()
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// Count is the number of records of kind not yet finished.
func (b Buckets) Count(kind string) (uint64, error) {
	var n uint64
	err := Each(b, kind, func(string, *struct{}) error { n++; return nil })
	return n, err
}

// blockOf decodes the block a record came from (its "block" field).
type blockOf struct {
	Block uint64 `json:"block"`
}

// UndoAbove undoes, in batch, what the logs of blocks above ancestor
// recorded (a reorg orphaned them): every record of kinds, active or
// finished, whose Block is above ancestor is deleted with its done marker,
// and a finished game's result is taken out of the stats. fn, if set, is
// called with each undone record first. It returns the undone keys, as
// "kind/key". (An undone record's retention stamp goes with it; its
// stamped entry is then stale, and Prune drops it.)
func (b Buckets) UndoAbove(batch *nodestore.Batch, ancestor uint64, fn func(kind, key string, decode func(any) error) error, kinds ...string) (map[string]bool, error) {
	undone := map[string]bool{}
	st, err := b.Stats()
	if err != nil {
		return nil, err
	}
	statsChanged := false
	for _, kind := range kinds {
		for _, bucket := range []string{b.Name(kind), b.Finished(kind)} {
			finished := bucket == b.Finished(kind)
			err := b.Store.Iterate(bucket, func(key string, decode func(any) error) error {
				var r blockOf
				if err := decode(&r); err != nil {
					return err
				}
				if r.Block <= ancestor {
					return nil
				}
				if fn != nil {
					if err := fn(kind, key, decode); err != nil {
						return err
					}
				}
				if finished && kind == "games" {
					var res GameResult
					if err := decode(&res); err != nil {
						return err
					}
					st.remove(&res)
					statsChanged = true
				}
				batch.Delete(bucket, key)
				batch.Delete(b.Name("done"), kind+"/"+key)
				batch.Delete(b.Name(retireNew), kind+"/"+key)
				batch.Delete(b.Name(retireAt), kind+"/"+key)
				undone[kind+"/"+key] = true
				return nil
			})
			if err != nil {
				return nil, err
			}
		}
	}
	if statsChanged {
		batch.Put(b.Name("meta"), "stats", st)
	}
	return undone, nil
}

// Withdraw withdraws our whole oracle credit if it is positive. The key
// is "withdraw/<n>" with n the count of completed withdrawals (persisted in
// bucket meta), so a withdrawal interrupted by a restart is joined, not
// repeated.
func Withdraw(ctx context.Context, o arbiter.Oracle, s Sender, b Buckets, log hclog.Logger) error {
	credit, err := o.Credit(ctx, s.From())
	if err != nil {
		return err
	}
	if credit.Sign() == 0 {
		return nil
	}
	var n uint64
	if err := b.Store.Get(b.Name("meta"), "withdrawals", &n); err != nil && !errors.Is(err, nodestore.ErrNotFound) {
		return err
	}
	key := fmt.Sprintf("withdraw/%d", n)
	log.Info("withdrawing", "credit", credit, "key", key)
	if _, err := Send(ctx, s, txmgr.Candidate{To: &o.Addr, Data: arbiter.PackWithdraw(), Key: key}); err != nil {
		return fmt.Errorf("withdraw: %w", err)
	}
	return b.Store.Put(b.Name("meta"), "withdrawals", n+1)
}

// GameRec is a game a service plays.
type GameRec struct {
	GameID    *big.Int `json:"gameId"`
	ClaimID   *big.Int `json:"claimId"`
	RequestID *big.Int `json:"requestId"`
	Block     uint64   `json:"block"` // of the Challenged event
}

// GameResult is a finished game (bucket games.finished): the game, its
// final status, whether we won, and the bond won (the opponent's) or lost
// (our own).
type GameResult struct {
	GameRec
	Status arbiter.GameStatus `json:"status"`
	Won    bool               `json:"won"`
	Bond   *big.Int           `json:"bond"`
}

// Stats are a service's persisted game totals (bucket meta, key stats):
// what the won/lost metrics need once finished games are pruned.
type Stats struct {
	GamesWon  uint64   `json:"gamesWon"`
	GamesLost uint64   `json:"gamesLost"`
	BondsWon  *big.Int `json:"bondsWon"`
	BondsLost *big.Int `json:"bondsLost"`
}

func (s *Stats) add(r *GameResult, sign int64) {
	if s.BondsWon == nil {
		s.BondsWon = new(big.Int)
	}
	if s.BondsLost == nil {
		s.BondsLost = new(big.Int)
	}
	bond := new(big.Int)
	if r.Bond != nil {
		bond.Mul(r.Bond, big.NewInt(sign))
	}
	if r.Won {
		s.GamesWon = uint64(int64(s.GamesWon) + sign)
		s.BondsWon.Add(s.BondsWon, bond)
	} else {
		s.GamesLost = uint64(int64(s.GamesLost) + sign)
		s.BondsLost.Add(s.BondsLost, bond)
	}
}

func (s *Stats) remove(r *GameResult) {
	if (r.Won && s.GamesWon == 0) || (!r.Won && s.GamesLost == 0) {
		return
	}
	s.add(r, -1)
}

// Stats reads the persisted game totals.
func (b Buckets) Stats() (Stats, error) {
	st := Stats{BondsWon: new(big.Int), BondsLost: new(big.Int)}
	err := b.Store.Get(b.Name("meta"), "stats", &st)
	if errors.Is(err, nodestore.ErrNotFound) {
		err = nil
	}
	if st.BondsWon == nil {
		st.BondsWon = new(big.Int)
	}
	if st.BondsLost == nil {
		st.BondsLost = new(big.Int)
	}
	return st, err
}

// finishGame records a game's result: in one batch it moves the game to
// the finished bucket and adds the result to the stats (once: a game
// already marked done is not counted again). A claimant loses its bond
// once per claim, however many games on the claim it loses: a lost
// claimant game after the first on the same claim records a zero bond.
// Callers serialise finishGame (Base.finishMu): it reads and writes the
// stats.
func (b Buckets) finishGame(key string, r *GameResult) error {
	if done, err := b.Done("games", key); err != nil || done {
		return err
	}
	if !r.Won && r.Bond != nil && r.Bond.Sign() > 0 {
		lostBefore := false
		err := b.Store.Iterate(b.Finished("games"), func(_ string, decode func(any) error) error {
			var prev GameResult
			if err := decode(&prev); err != nil {
				return err
			}
			lostBefore = lostBefore || (!prev.Won && prev.ClaimID != nil && r.ClaimID != nil &&
				prev.ClaimID.Cmp(r.ClaimID) == 0 && prev.Bond != nil && prev.Bond.Sign() > 0)
			return nil
		})
		if err != nil {
			return err
		}
		if lostBefore {
			r.Bond = new(big.Int)
		}
	}
	st, err := b.Stats()
	if err != nil {
		return err
	}
	st.add(r, 1)
	batch := b.Store.NewBatch()
	b.FinishIn(batch, "games", key, r)
	batch.Put(b.Name("meta"), "stats", st)
	return batch.Commit()
}

// Play makes at most one move in game g as role, with trace tr, and
// once the game is over records its result (GameResult, Stats) and moves it
// to the finished bucket. The time spent computing the answer is recorded
// as proof latency, a mined move by kind. It reports whether the game is
// over (its result recorded), so the caller can release what it held for
// the game (its trace) in the same tick, without reading the store again.
func (b *Base) Play(ctx context.Context, key string, g *GameRec, role arbiter.Turn,
	tr dispute.TraceProvider, s Sender, c Client) (over bool, err error) {
	timed := &timedTrace{p: tr}
	p := dispute.Player{Game: b.Game.Addr, GameID: g.GameID, Role: role, Trace: timed,
		Sender: MoveSender{S: s, Prefix: "move/" + g.GameID.String(), Metrics: b.M}, Caller: c, Logs: c, FromBlock: g.Block, Logger: b.Log}
	done, err := p.Act(ctx)
	if timed.d > 0 {
		b.M.Proof(timed.d)
	}
	if err != nil {
		return false, fmt.Errorf("game %v: %w", g.GameID, err)
	}
	if !done {
		return false, nil
	}
	st, err := p.State(ctx)
	if err != nil {
		return false, fmt.Errorf("game %v: read result: %w", g.GameID, err)
	}
	if !st.Status.Over() {
		return false, fmt.Errorf("game %v: over with status %v", g.GameID, st.Status)
	}
	won := st.Status == role.Won()
	r := &GameResult{GameRec: *g, Status: st.Status, Won: won}
	switch {
	case role == arbiter.TurnChallenger && won:
		// Our bond comes back with our game's share of the rejected
		// claim's bond (the rest of it is burned or paid to the other
		// games open on the claim at its rejection).
		share, err := b.Oracle.RewardShare(ctx, g.ClaimID)
		if err != nil {
			return false, fmt.Errorf("game %v: %w", g.GameID, err)
		}
		r.Bond = share
	case role == arbiter.TurnChallenger:
		r.Bond = b.ChallengeBond
	case won:
		r.Bond = b.ChallengeBond
	default:
		r.Bond = b.SubmitBond // counted once per claim: see finishGame
	}
	b.Log.Info("game over", "game", g.GameID, "role", role, "status", st.Status, "won", won, "bond", r.Bond)
	b.finishMu.Lock()
	defer b.finishMu.Unlock()
	if err := b.B.finishGame(key, r); err != nil {
		return false, err
	}
	return true, nil
}

// timedTrace measures the time spent in a trace provider's hash and proof
// computations.
type timedTrace struct {
	p dispute.TraceProvider
	d time.Duration
}

func (t *timedTrace) Steps() uint64 { return t.p.Steps() }

func (t *timedTrace) StateHash(ctx context.Context, i uint64) (common.Hash, error) {
	start := time.Now()
	defer func() { t.d += time.Since(start) }()
	return t.p.StateHash(ctx, i)
}

func (t *timedTrace) ProveStep(ctx context.Context, i uint64) ([]byte, []byte, error) {
	start := time.Now()
	defer func() { t.d += time.Since(start) }()
	return t.p.ProveStep(ctx, i)
}

// Gauges sets the per-game gauges from the store and the chain: open
// games, the persisted won/lost totals, the smallest own clock time left
// over open games (the clocks() of every open game read in one batch,
// Prefetch), and the bonds at
// at stake (stake plus perGame for each open game), won and lost.
func (b *Base) Gauges(ctx context.Context, role arbiter.Turn, stake, perGame *big.Int) error {
	if b.M == nil {
		return nil
	}
	var open, minLeft uint64
	var errs []error
	// One batch for every open game's clocks.
	var calls []ethereum.CallMsg
	if err := Each(b.B, "games", func(_ string, g *GameRec) error {
		msg, err := b.Game.ClocksCall(g.GameID)
		if err == nil {
			calls = append(calls, msg)
		}
		return nil
	}); err != nil {
		return err
	}
	defer b.Prefetch(ctx, calls)()
	err := Each(b.B, "games", func(_ string, g *GameRec) error {
		open++
		claimantLeft, challengerLeft, err := b.Game.Clocks(ctx, g.GameID)
		if err != nil {
			return fmt.Errorf("game %v: %w", g.GameID, err)
		}
		left := claimantLeft
		if role == arbiter.TurnChallenger {
			left = challengerLeft
		}
		if open == 1 || left < minLeft {
			minLeft = left
		}
		return nil
	})
	errs = append(errs, err)
	st, err := b.B.Stats()
	if err != nil {
		return err
	}
	b.M.Games(open, st.GamesWon, st.GamesLost)
	b.M.ClockLeft(minLeft)
	atStake := new(big.Int)
	if stake != nil {
		atStake.Set(stake)
	}
	if perGame != nil {
		atStake.Add(atStake, new(big.Int).Mul(perGame, new(big.Int).SetUint64(open)))
	}
	b.M.Bonds(atStake, st.BondsWon, st.BondsLost)
	return errors.Join(errs...)
}

// Base is what the submitter and the challenger share and set up alike:
// the logger, the chain client, the oracle and game readers (the game's
// address and both bonds read once from the oracle), and the service's
// buckets.
type Base struct {
	Log           hclog.Logger
	Client        Client
	Oracle        arbiter.Oracle
	Game          arbiter.Game
	SubmitBond    *big.Int
	ChallengeBond *big.Int
	B             Buckets
	M             *nodemetrics.Metrics // nil: no metrics
	// Reads is the Caller of Oracle and Game: the client, with the reads a
	// tick batches ahead (Prefetch).
	Reads *Reads
	// finishMu serialises recording finished games (games end concurrently:
	// one worker per game).
	finishMu *sync.Mutex
}

// NewBase checks a service's configuration (models or fetched models are
// required) and reads the game address and the bonds from the oracle. name ("submitter", "challenger") prefixes its
// errors and its buckets; a nil logger discards.
func NewBase(ctx context.Context, name string, oracle common.Address, client Client, sender Sender,
	store *nodestore.Store, models Models, fetched ModelSource, logger hclog.Logger, m *nodemetrics.Metrics) (Base, error) {
	if client == nil || sender == nil || store == nil || (len(models) == 0 && fetched == nil) {
		return Base{}, fmt.Errorf("%s: Client, Sender, Store and at least one model (or fetched models) are required", name)
	}
	if logger == nil {
		logger = hclog.NewNullLogger()
	}
	reads := NewReads(client)
	b := Base{Log: logger, Client: client, Oracle: arbiter.Oracle{Addr: oracle, Caller: reads},
		B: Buckets{Store: store, Prefix: name}, M: m, Reads: reads, finishMu: new(sync.Mutex)}
	game, err := b.Oracle.Game(ctx)
	if err != nil {
		return Base{}, fmt.Errorf("%s: %w", name, err)
	}
	b.Game = arbiter.Game{Addr: game, Caller: reads}
	if b.SubmitBond, b.ChallengeBond, err = b.Oracle.Bonds(ctx); err != nil {
		return Base{}, fmt.Errorf("%s: %w", name, err)
	}
	return b, nil
}

// Now returns the head block's timestamp and number.
func (b *Base) Now(ctx context.Context) (now, number uint64, err error) {
	h, err := b.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, 0, fmt.Errorf("node: head: %w", err)
	}
	return h.Time, h.Number.Uint64(), nil
}
