package dispute

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/hashicorp/go-hclog"

	"github.com/opml-dev/opml/contracts/arbiter"
)

// Sender sends transactions from one account (a transaction manager).
type Sender interface {
	// From returns the sending account.
	From() common.Address
	// Send sends a transaction with calldata data to `to` and waits for its
	// receipt. A transaction that reverts (in gas estimation or onchain)
	// SHOULD be reported as an error carrying the revert data, either as an
	// *arbiter.RevertError in its chain or in a form arbiter.WrapRevert
	// decodes (go-ethereum's rpc.DataError, as eth_estimateGas reports it).
	Send(ctx context.Context, to common.Address, data []byte) (*types.Receipt, error)
}

// Caller executes read-only contract calls (eth_call); bind.ContractCaller
// and ethclient.Client implement it.
type Caller interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// LogReader reads event logs (eth_getLogs); ethclient.Client implements it.
// The Player needs it because DisputeGame keeps only a hash of the
// claimant's last posted hashes; the hashes themselves are in the Bisected
// event.
type LogReader interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Player drives one side of one game on chain. Its fields are set by the
// caller; Act makes at most one move. A Player keeps no state between calls
// and is used by one goroutine.
type Player struct {
	Game   common.Address // the DisputeGame contract
	GameID *big.Int
	Role   arbiter.Turn
	Trace  TraceProvider
	Sender Sender
	Caller Caller
	Logs   LogReader
	// FromBlock is the first block searched for Bisected events (the
	// game's creation block, or 0).
	FromBlock uint64
	Logger    hclog.Logger // nil: no logs
}

// staleErrors are the reverts of a move computed on a position that is no
// longer current: the opponent moved (NotYourTurn), someone else moved or a
// reorg happened (StalePosition), the game ended (GameOver), or a timeout
// came a block early (ClockNotExpired). The next Act re-reads and retries.
var staleErrors = []arbiter.CustomError{arbiter.ErrStalePosition, arbiter.ErrNotYourTurn, arbiter.ErrGameOver, arbiter.ErrClockNotExpired}

// staleRevert returns the stale-position revert err reports, if it is one.
func staleRevert(err error) (arbiter.CustomError, bool) {
	err = arbiter.WrapRevert(err)
	for _, stale := range staleErrors {
		if errors.Is(err, stale) {
			return stale, true
		}
	}
	return "", false
}

func (p *Player) logger() hclog.Logger {
	if p.Logger == nil {
		return hclog.NewNullLogger()
	}
	return p.Logger
}

func (p *Player) check() error {
	switch {
	case p.GameID == nil:
		return errors.New("dispute: player without game ID")
	case p.Trace == nil:
		return errNoTrace
	case p.Sender == nil || p.Caller == nil || p.Logs == nil:
		return errors.New("dispute: player needs a Sender, a Caller and a LogReader")
	case p.Role != arbiter.TurnClaimant && p.Role != arbiter.TurnChallenger:
		return fmt.Errorf("dispute: unknown role %d", uint8(p.Role))
	}
	return nil
}

// Act reads the game and makes at most one move. It returns done once the
// game is over (observed, or ended by our own move). A move that reverts
// because the position moved on meanwhile is not an error: Act returns
// (false, nil) and the next call acts on the new position.
func (p *Player) Act(ctx context.Context) (done bool, err error) {
	if err := p.check(); err != nil {
		return false, err
	}
	log := p.logger().With("game", p.GameID, "role", p.Role)
	g, party, err := p.read(ctx)
	if errors.Is(err, errTornRead) {
		log.Debug("game changed while reading; retrying")
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if party != p.Sender.From() {
		return false, fmt.Errorf("dispute: game %v: the %s is %s, not our account %s", p.GameID, p.Role, party, p.Sender.From())
	}
	a, err := Solve(ctx, g, p.Role, p.Trace)
	if err != nil {
		return false, fmt.Errorf("dispute: game %v: %w", p.GameID, err)
	}
	if a.Kind == Wait {
		log.Trace("waiting", "why", a.Why)
		return g.Status != arbiter.GameActive, nil
	}
	data, err := p.calldata(a)
	if err != nil {
		return false, err
	}
	log.Info("move", "kind", a.Kind, "lo", g.Lo, "hi", g.Hi, "round", g.Rounds, "index", a.Index, "why", a.Why)
	r, err := p.Sender.Send(ctx, p.Game, data)
	if err == nil && r != nil && r.Status != types.ReceiptStatusSuccessful {
		err = fmt.Errorf("dispute: %s transaction %s failed onchain", a.Kind, r.TxHash)
	}
	if err != nil {
		if stale, ok := staleRevert(err); ok {
			log.Info("move is stale; will re-read", "kind", a.Kind, "revert", string(stale))
			return false, nil
		}
		// A revert without a recognized reason: stale if the game moved on.
		if g2, _, rerr := p.read(ctx); errors.Is(rerr, errTornRead) ||
			(rerr == nil && (g2.Position != g.Position || g2.Status != arbiter.GameActive)) {
			log.Info("move failed on a position that moved on; will re-read", "kind", a.Kind, "err", err)
			return false, nil
		}
		return false, fmt.Errorf("dispute: game %v: %s: %w", p.GameID, a.Kind, err)
	}
	return a.Kind == Step || a.Kind == ResolveTimeout, nil
}

// State reads the game as the solver sees it.
func (p *Player) State(ctx context.Context) (GameState, error) {
	if err := p.check(); err != nil {
		return GameState{}, err
	}
	g, _, err := p.read(ctx)
	return g, err
}

var errTornRead = errors.New("dispute: the game changed between reads")

// game is the DisputeGame reader.
func (p *Player) game() arbiter.Game { return arbiter.Game{Addr: p.Game, Caller: p.Caller} }

// read reads a consistent GameState and our party's address in the game.
func (p *Player) read(ctx context.Context) (GameState, common.Address, error) {
	var zero GameState
	game := p.game()
	// The position changes with every move, so reading it before and after
	// the other views tells whether they all saw the same game state.
	before, err := game.Position(ctx, p.GameID)
	if err != nil {
		return zero, common.Address{}, fmt.Errorf("dispute: %w", err)
	}
	rec, err := game.Record(ctx, p.GameID)
	if err != nil {
		return zero, common.Address{}, fmt.Errorf("dispute: %w", err)
	}
	party := rec.Claimant
	if p.Role == arbiter.TurnChallenger {
		party = rec.Challenger
	}
	g := GameState{Status: rec.Status, Lo: rec.Lo, Hi: rec.Hi, Turn: rec.Turn, Rounds: rec.Rounds,
		LoHash: rec.LoHash, HiHash: rec.HiHash, Pending: rec.Pending}
	if g.Status != arbiter.GameActive {
		return g, party, nil
	}
	if g.Hi <= g.Lo {
		return zero, party, fmt.Errorf("dispute: game %v has range [%d, %d]", p.GameID, g.Lo, g.Hi)
	}
	g.Position = before
	if g.Points, err = game.SplitPoints(ctx, p.GameID); err != nil {
		return zero, party, fmt.Errorf("dispute: %w", err)
	}
	if len(g.Points) < 2 || g.Points[0] != g.Lo || g.Points[len(g.Points)-1] != g.Hi {
		return zero, party, errTornRead
	}
	if g.ClaimantLeft, g.ChallengerLeft, err = game.Clocks(ctx, p.GameID); err != nil {
		return zero, party, fmt.Errorf("dispute: %w", err)
	}
	if g.Turn == arbiter.TurnChallenger && g.Hi-g.Lo >= 2 {
		if g.Posted, err = p.posted(ctx, &g); err != nil {
			return zero, party, err
		}
	}
	after, err := game.Position(ctx, p.GameID)
	if err != nil {
		return zero, party, fmt.Errorf("dispute: %w", err)
	}
	if after != before {
		return zero, party, errTornRead
	}
	return g, party, nil
}

// posted finds the claimant's hashes of the bisect the challenger must
// answer: the latest Bisected event of the game over [Lo, Hi] in this round
// whose hashes match the pending hash.
func (p *Player) posted(ctx context.Context, g *GameState) ([]common.Hash, error) {
	evs, err := p.game().Bisections(ctx, p.Logs, p.GameID, p.FromBlock)
	if err != nil {
		return nil, fmt.Errorf("dispute: %w", err)
	}
	for i := len(evs) - 1; i >= 0; i-- {
		b := evs[i]
		if b.Round != g.Rounds || b.Lo != g.Lo || b.Hi != g.Hi {
			continue
		}
		hs := make([]common.Hash, len(b.Hashes))
		for j, h := range b.Hashes {
			hs[j] = h
		}
		if PackedHash(hs) == g.Pending {
			return hs, nil
		}
	}
	return nil, fmt.Errorf("dispute: game %v: no Bisected event matches the pending hash %s (round %d)", p.GameID, g.Pending, g.Rounds)
}

func (p *Player) calldata(a Action) ([]byte, error) {
	switch a.Kind {
	case Bisect:
		return arbiter.PackBisect(p.GameID, a.Parent, a.Hashes)
	case Choose:
		return arbiter.PackChoose(p.GameID, a.Parent, a.Index, a.Hashes)
	case Step:
		return arbiter.PackStep(p.GameID, a.Parent, a.Pre, a.Witness)
	case ResolveTimeout:
		return arbiter.PackResolveTimeout(p.GameID)
	}
	return nil, fmt.Errorf("dispute: no calldata for %s", a.Kind)
}
