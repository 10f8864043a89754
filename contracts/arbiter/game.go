package arbiter

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/contracts/bindings"
)

// Game reads a deployed DisputeGame. Its methods are safe for concurrent
// use if Caller is.
type Game struct {
	Addr   common.Address
	Caller Caller
}

// GameRecord is DisputeGame.gameOf: one game's onchain record.
type GameRecord struct {
	Owner           common.Address // the contract told the outcome (the oracle)
	Status          GameStatus
	Claimant        common.Address
	Challenger      common.Address
	OwnerRef        *big.Int // the owner's reference (the oracle's claim ID)
	Lo, Hi          uint64   // the disputed step range
	ClaimantClock   uint32   // seconds used by the claimant's moves
	ChallengerClock uint32
	LastMoveAt      uint64
	Turn            Turn
	Rounds          uint8 // completed dissection rounds
	LoHash          common.Hash
	HiHash          common.Hash
	Pending         common.Hash // hash of the claimant's last posted hashes
}

// Record reads gameOf(id).
func (g Game) Record(ctx context.Context, id *big.Int) (GameRecord, error) {
	r, err := readByID(ctx, g.Caller, g.Addr, "gameOf", id, gameABI.TryPackGameOf, gameABI.UnpackGameOf)
	if err != nil {
		return GameRecord{}, err
	}
	return GameRecord{Owner: r.Owner, Status: GameStatus(r.Status), Claimant: r.Claimant, Challenger: r.Challenger,
		OwnerRef: r.OwnerRef, Lo: r.Lo, Hi: r.Hi, ClaimantClock: r.ClaimantClock, ChallengerClock: r.ChallengerClock,
		LastMoveAt: r.LastMoveAt.Uint64(), Turn: Turn(r.Turn), Rounds: r.Rounds, LoHash: r.LoHash, HiHash: r.HiHash,
		Pending: r.Pending}, nil
}

// Position reads positionOf(id): the hash every move names as its parent,
// changed by every move.
func (g Game) Position(ctx context.Context, id *big.Int) (common.Hash, error) {
	h, err := readByID(ctx, g.Caller, g.Addr, "positionOf", id, gameABI.TryPackPositionOf, gameABI.UnpackPositionOf)
	return common.Hash(h), err
}

// SplitPoints reads splitPoints(id): the steps the current range is split
// at, from Lo to Hi.
func (g Game) SplitPoints(ctx context.Context, id *big.Int) ([]uint64, error) {
	return readByID(ctx, g.Caller, g.Addr, "splitPoints", id, gameABI.TryPackSplitPoints, gameABI.UnpackSplitPoints)
}

// ClocksCall is the eth_call Clocks(id) makes (see Oracle.RequestCall).
func (g Game) ClocksCall(id *big.Int) (ethereum.CallMsg, error) {
	return callByID(g.Addr, "clocks", id, gameABI.TryPackClocks)
}

// Clocks reads clocks(id): the seconds each side has left, counting the
// running clock up to the head block.
func (g Game) Clocks(ctx context.Context, id *big.Int) (claimantLeft, challengerLeft uint64, err error) {
	c, err := readByID(ctx, g.Caller, g.Addr, "clocks", id, gameABI.TryPackClocks, gameABI.UnpackClocks)
	return c.ClaimantLeft, c.ChallengerLeft, err
}

// Bisections returns the Bisected events of game id from block from on, in
// chain order. The game keeps only the hash of the claimant's last posted
// hashes (GameRecord.Pending); the hashes themselves are in these events.
func (g Game) Bisections(ctx context.Context, logs LogFilterer, id *big.Int, from uint64) ([]*BisectedEvent, error) {
	ev := gameABI.GetABI().Events[bindings.DisputeGameBisectedEventName]
	ls, err := logs.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{g.Addr},
		Topics:    [][]common.Hash{{ev.ID}, {common.BigToHash(id)}},
	})
	if err != nil {
		return nil, fmt.Errorf("arbiter: Bisected events of game %v: %w", id, err)
	}
	var out []*BisectedEvent
	for i := range ls {
		if b, err := gameABI.UnpackBisectedEvent(&ls[i]); err == nil {
			out = append(out, b)
		}
	}
	return out, nil
}

// The calldata of the game's moves. Each names the position it answers
// (parent), so that a move computed on a stale view reverts with
// ErrStalePosition.

// PackBisect is the calldata of bisect(gameID, parent, hashes).
func PackBisect(gameID *big.Int, parent common.Hash, hashes []common.Hash) ([]byte, error) {
	return pack("bisect")(gameABI.TryPackBisect(gameID, parent, words(hashes)))
}

// PackChoose is the calldata of choose(gameID, parent, index, hashes).
func PackChoose(gameID *big.Int, parent common.Hash, index uint64, hashes []common.Hash) ([]byte, error) {
	return pack("choose")(gameABI.TryPackChoose(gameID, parent, new(big.Int).SetUint64(index), words(hashes)))
}

// PackStep is the calldata of step(gameID, parent, preState, witness).
func PackStep(gameID *big.Int, parent common.Hash, preState, witness []byte) ([]byte, error) {
	return pack("step")(gameABI.TryPackStep(gameID, parent, preState, witness))
}

// PackResolveTimeout is the calldata of resolveTimeout(gameID).
func PackResolveTimeout(gameID *big.Int) ([]byte, error) {
	return pack("resolveTimeout")(gameABI.TryPackResolveTimeout(gameID))
}

func words(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

// MethodName names the function of the oracle, the game, the registry or
// an ExampleConsumer that calldata calls ("submit", "bisect", ...), or ""
// if it calls none of them.
func MethodName(data []byte) string {
	if len(data) < 4 {
		return ""
	}
	for _, c := range deployedContracts {
		a := c.GetABI()
		if m, err := a.MethodById(data[:4]); err == nil {
			return m.Name
		}
	}
	return ""
}
