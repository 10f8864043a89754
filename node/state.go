package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/hashicorp/go-hclog"

	"github.com/opml-dev/opml/dispute"
	"github.com/opml-dev/opml/nodestore"
	"github.com/opml-dev/opml/txmgr"
)

// Buckets names a service's nodestore buckets: Prefix + "." + kind.
type Buckets struct {
	Store  *nodestore.Store
	Prefix string
}

// Name is the bucket of kind.
func (b Buckets) Name(kind string) string { return b.Prefix + "." + kind }

// Done reports whether item key of kind was marked done.
func (b Buckets) Done(kind, key string) (bool, error) {
	return b.Store.Has(b.Name("done"), kind+"/"+key)
}

// MarkDone records that item key of kind needs no more action.
func (b Buckets) MarkDone(kind, key string) error {
	return b.Store.Put(b.Name("done"), kind+"/"+key, true)
}

// Each calls fn for every record of kind that is not done, in key order.
// Records are decoded into a fresh T.
func Each[T any](b Buckets, kind string, fn func(key string, v *T) error) error {
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
		return err
	}
	var errs []error
	for i, k := range keys {
		done, err := b.Done(kind, k)
		if err != nil {
			return err
		}
		if done {
			continue
		}
		if err := fn(k, vals[i]); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Withdraw withdraws our whole oracle credit if it is positive. The key
// is "withdraw/<n>" with n the count of completed withdrawals (persisted in
// bucket meta), so a withdrawal interrupted by a restart is joined, not
// repeated.
func Withdraw(ctx context.Context, o Oracle, s Sender, b Buckets, log hclog.Logger) error {
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
	if _, err := Send(ctx, s, txmgr.Candidate{To: &o.Addr, Data: OracleABI.PackWithdraw(), Key: key}); err != nil {
		return fmt.Errorf("withdraw: %w", err)
	}
	return b.Store.Put(b.Name("meta"), "withdrawals", n+1)
}

// GameRec is a game a service plays.
type GameRec struct {
	GameID    *big.Int `json:"gameId"`
	ClaimID   *big.Int `json:"claimId"`
	RequestID *big.Int `json:"requestId"`
	Block     uint64   `json:"block"`
}

// Play makes at most one move in game g and marks it done once it is over.
func Play(ctx context.Context, b Buckets, key string, g *GameRec, game common.Address, role dispute.Role,
	tr dispute.TraceProvider, s Sender, c Client, log hclog.Logger) error {
	p := dispute.Player{Game: game, GameID: g.GameID, Role: role, Trace: tr,
		Sender: MoveSender{S: s, Prefix: "move/" + g.GameID.String()}, Caller: c, Logs: c, FromBlock: g.Block, Logger: log}
	done, err := p.Act(ctx)
	if err != nil {
		return fmt.Errorf("game %v: %w", g.GameID, err)
	}
	if done {
		st, err := p.State(ctx)
		if err == nil {
			log.Info("game over", "game", g.GameID, "role", role, "status", st.Status)
		}
		return b.MarkDone("games", key)
	}
	return nil
}

// Base is what the submitter and the challenger share and set up alike:
// the logger, the oracle reads, the game address and both bonds (read once
// from the oracle), and the service's buckets.
type Base struct {
	Log           hclog.Logger
	Oracle        Oracle
	Game          common.Address
	SubmitBond    *big.Int
	ChallengeBond *big.Int
	B             Buckets
}

// NewBase checks a service's configuration and reads the game address and
// the bonds from the oracle. name ("submitter", "challenger") prefixes its
// errors and its buckets; a nil logger discards.
func NewBase(ctx context.Context, name string, oracle common.Address, client Client, sender Sender,
	store *nodestore.Store, models Models, logger hclog.Logger) (Base, error) {
	if client == nil || sender == nil || store == nil || len(models) == 0 {
		return Base{}, fmt.Errorf("%s: Client, Sender, Store and at least one model are required", name)
	}
	if logger == nil {
		logger = hclog.NewNullLogger()
	}
	b := Base{Log: logger, Oracle: Oracle{Addr: oracle, Client: client}, B: Buckets{Store: store, Prefix: name}}
	var err error
	if b.Game, err = b.Oracle.Game(ctx); err != nil {
		return Base{}, fmt.Errorf("%s: %w", name, err)
	}
	if b.SubmitBond, b.ChallengeBond, err = b.Oracle.Bonds(ctx); err != nil {
		return Base{}, fmt.Errorf("%s: %w", name, err)
	}
	return b, nil
}
