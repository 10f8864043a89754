package dispute

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/hashicorp/go-hclog"

	"github.com/opml-dev/opml/contracts/bindings"
)

// Sender sends transactions from one account (a transaction manager).
type Sender interface {
	// From returns the sending account.
	From() common.Address
	// Send sends a transaction with calldata data to `to` and waits for its
	// receipt. A transaction that reverts (in gas estimation or onchain)
	// SHOULD be reported as an error carrying the revert data, either as a
	// *RevertError in its chain or as an error with an ErrorData() method
	// returning the data as a hex string (go-ethereum's rpc.DataError).
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

// RevertError is a reverted transaction or call, with its revert data.
type RevertError struct {
	Data []byte
	Err  error
}

func (e *RevertError) Error() string {
	return fmt.Sprintf("dispute: reverted (%#x): %v", e.Data, e.Err)
}

func (e *RevertError) Unwrap() error { return e.Err }

// Player drives one side of one game on chain. Its fields are set by the
// caller; Act makes at most one move. A Player keeps no state between calls
// and is used by one goroutine.
type Player struct {
	Game   common.Address // the DisputeGame contract
	GameID *big.Int
	Role   Role
	Trace  TraceProvider
	Sender Sender
	Caller Caller
	Logs   LogReader
	// FromBlock is the first block searched for Bisected events (the
	// game's creation block, or 0).
	FromBlock uint64
	Logger    hclog.Logger // nil: no logs
}

var (
	gameABI    = bindings.NewDisputeGame()
	gameErrors = func() *abi.ABI {
		a, err := bindings.DisputeGameMetaData.ParseABI()
		if err != nil {
			return nil // the generated ABI is valid; callers check for nil
		}
		return a
	}()
)

// staleErrors are the reverts of a move computed on a position that is no
// longer current: the opponent moved (NotYourTurn), someone else moved or a
// reorg happened (StalePosition), the game ended (GameOver), or a timeout
// came a block early (ClockNotExpired). The next Act re-reads and retries.
var staleErrors = map[string]bool{"StalePosition": true, "NotYourTurn": true, "GameOver": true, "ClockNotExpired": true}

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
	case p.Role != Claimant && p.Role != Challenger:
		return fmt.Errorf("dispute: unknown role %d", uint8(p.Role))
	case gameErrors == nil:
		return errors.New("dispute: cannot parse the DisputeGame ABI")
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
		return g.Status != StatusActive, nil
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
		if name := revertName(err); staleErrors[name] {
			log.Info("move is stale; will re-read", "kind", a.Kind, "revert", name)
			return false, nil
		}
		// A revert without a recognized reason: stale if the game moved on.
		if g2, _, rerr := p.read(ctx); errors.Is(rerr, errTornRead) ||
			(rerr == nil && (g2.Position != g.Position || g2.Status != StatusActive)) {
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

// read reads a consistent GameState and our party's address in the game.
func (p *Player) read(ctx context.Context) (GameState, common.Address, error) {
	var zero GameState
	// The position changes with every move, so reading it before and after
	// the other views tells whether they all saw the same game state.
	before, err := p.positionOf(ctx)
	if err != nil {
		return zero, common.Address{}, err
	}
	out, err := p.call(ctx, gameABI.PackGameOf(p.GameID))
	if err != nil {
		return zero, common.Address{}, fmt.Errorf("dispute: gameOf(%v): %w", p.GameID, err)
	}
	rec, err := gameABI.UnpackGameOf(out)
	if err != nil {
		return zero, common.Address{}, fmt.Errorf("dispute: gameOf(%v): %w", p.GameID, err)
	}
	party := rec.Claimant
	if p.Role == Challenger {
		party = rec.Challenger
	}
	g := GameState{Status: Status(rec.Status), Lo: rec.Lo, Hi: rec.Hi, Turn: Role(rec.Turn), Rounds: rec.Rounds,
		LoHash: rec.LoHash, HiHash: rec.HiHash, Pending: rec.Pending}
	if g.Status != StatusActive {
		return g, party, nil
	}
	if g.Hi <= g.Lo {
		return zero, party, fmt.Errorf("dispute: game %v has range [%d, %d]", p.GameID, g.Lo, g.Hi)
	}
	g.Position = before
	if out, err = p.call(ctx, gameABI.PackSplitPoints(p.GameID)); err != nil {
		return zero, party, fmt.Errorf("dispute: splitPoints(%v): %w", p.GameID, err)
	}
	if g.Points, err = gameABI.UnpackSplitPoints(out); err != nil {
		return zero, party, fmt.Errorf("dispute: splitPoints(%v): %w", p.GameID, err)
	}
	if len(g.Points) < 2 || g.Points[0] != g.Lo || g.Points[len(g.Points)-1] != g.Hi {
		return zero, party, errTornRead
	}
	if out, err = p.call(ctx, gameABI.PackClocks(p.GameID)); err != nil {
		return zero, party, fmt.Errorf("dispute: clocks(%v): %w", p.GameID, err)
	}
	cl, err := gameABI.UnpackClocks(out)
	if err != nil {
		return zero, party, fmt.Errorf("dispute: clocks(%v): %w", p.GameID, err)
	}
	g.ClaimantLeft, g.ChallengerLeft = cl.ClaimantLeft, cl.ChallengerLeft
	if g.Turn == Challenger && g.Hi-g.Lo >= 2 {
		if g.Posted, err = p.posted(ctx, &g); err != nil {
			return zero, party, err
		}
	}
	after, err := p.positionOf(ctx)
	if err != nil {
		return zero, party, err
	}
	if after != before {
		return zero, party, errTornRead
	}
	return g, party, nil
}

func (p *Player) positionOf(ctx context.Context) (common.Hash, error) {
	out, err := p.call(ctx, gameABI.PackPositionOf(p.GameID))
	if err != nil {
		return common.Hash{}, fmt.Errorf("dispute: positionOf(%v): %w", p.GameID, err)
	}
	pos, err := gameABI.UnpackPositionOf(out)
	if err != nil {
		return common.Hash{}, fmt.Errorf("dispute: positionOf(%v): %w", p.GameID, err)
	}
	return pos, nil
}

// posted finds the claimant's hashes of the bisect the challenger must
// answer: the latest Bisected event of the game over [Lo, Hi] in this round
// whose hashes match the pending hash.
func (p *Player) posted(ctx context.Context, g *GameState) ([]common.Hash, error) {
	ev := gameErrors.Events["Bisected"]
	logs, err := p.Logs.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(p.FromBlock),
		Addresses: []common.Address{p.Game},
		Topics:    [][]common.Hash{{ev.ID}, {common.BigToHash(p.GameID)}},
	})
	if err != nil {
		return nil, fmt.Errorf("dispute: Bisected events of game %v: %w", p.GameID, err)
	}
	for i := len(logs) - 1; i >= 0; i-- {
		b, err := gameABI.UnpackBisectedEvent(&logs[i])
		if err != nil || b.Round != g.Rounds || b.Lo != g.Lo || b.Hi != g.Hi {
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

func (p *Player) call(ctx context.Context, data []byte) ([]byte, error) {
	return p.Caller.CallContract(ctx, ethereum.CallMsg{From: p.Sender.From(), To: &p.Game, Data: data}, nil)
}

func (p *Player) calldata(a Action) ([]byte, error) {
	var (
		data []byte
		err  error
	)
	switch a.Kind {
	case Bisect:
		data, err = gameABI.TryPackBisect(p.GameID, a.Parent, toArr(a.Hashes))
	case Choose:
		data, err = gameABI.TryPackChoose(p.GameID, a.Parent, new(big.Int).SetUint64(a.Index), toArr(a.Hashes))
	case Step:
		data, err = gameABI.TryPackStep(p.GameID, a.Parent, a.Pre, a.Witness)
	case ResolveTimeout:
		data, err = gameABI.TryPackResolveTimeout(p.GameID)
	default:
		return nil, fmt.Errorf("dispute: no calldata for %s", a.Kind)
	}
	if err != nil {
		return nil, fmt.Errorf("dispute: pack %s: %w", a.Kind, err)
	}
	return data, nil
}

func toArr(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

// revertName returns the DisputeGame custom error err carries, or "".
func revertName(err error) string {
	data := revertData(err)
	if len(data) < 4 {
		return ""
	}
	for name, e := range gameErrors.Errors {
		if bytes.Equal(e.ID[:4], data[:4]) {
			return name
		}
	}
	return ""
}

func revertData(err error) []byte {
	var re *RevertError
	if errors.As(err, &re) {
		return re.Data
	}
	var de interface{ ErrorData() interface{} }
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			if b, err := hexutil.Decode(s); err == nil {
				return b
			}
		}
	}
	return nil
}
