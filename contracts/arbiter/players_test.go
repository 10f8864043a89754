package arbiter_test

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/contracts/testbindings"
	"github.com/opml-dev/opml/node/dispute"
	"github.com/opml-dev/opml/testkit/simchain"
)

// trace is what a player believes about the execution: the state hash after
// t steps and, for the final move, the pre-state and witness of step t.
type trace interface {
	hash(t uint64) common.Hash
	proof(t uint64) (pre, witness []byte)
}

// toyTrace is the ToyStepVerifier's trace: state t of trace seed is
// 0x00 ‖ seed ‖ t. A lying toy trace reports junk hashes from step lieFrom on.
type toyTrace struct {
	seed    common.Hash
	lieFrom uint64 // first step whose hash is a lie; ^0 for an honest trace
}

func honestToy(seed common.Hash) toyTrace { return toyTrace{seed: seed, lieFrom: ^uint64(0)} }

// The toy state and its hash are dispute's (the ToyStepVerifier's rule).
func toyState(seed common.Hash, t uint64) []byte { return dispute.ToyState(seed, t) }

func toyHash(seed common.Hash, t uint64) common.Hash { return dispute.ToyHash(seed, t) }

func (tr toyTrace) hash(t uint64) common.Hash {
	if t >= tr.lieFrom {
		return crypto.Keccak256Hash([]byte("lie"), tr.seed[:], binary.BigEndian.AppendUint64(nil, t))
	}
	return toyHash(tr.seed, t)
}

func (tr toyTrace) proof(t uint64) ([]byte, []byte) { return toyState(tr.seed, t), nil }

// chooser picks a sub-range: given the posted hashes (with the agreed start
// and the disputed end at both ends) and the split points, an index.
type chooser func(tr trace, points []uint64, hashes []common.Hash) uint64

// honestChoice picks the first sub-range whose end the trace disagrees with.
func honestChoice(tr trace, points []uint64, hashes []common.Hash) uint64 {
	for i := 1; i < len(points); i++ {
		if hashes[i] != tr.hash(points[i]) {
			return uint64(i - 1)
		}
	}
	return uint64(len(points) - 2) // agrees with everything: dispute the last
}

func alwaysFirst(trace, []uint64, []common.Hash) uint64 { return 0 }

func alwaysLast(_ trace, points []uint64, _ []common.Hash) uint64 { return uint64(len(points) - 2) }

func randomChoice(r *rand.Rand) chooser {
	return func(_ trace, points []uint64, _ []common.Hash) uint64 { return uint64(r.IntN(len(points) - 1)) }
}

// player is one side of a game.
type player struct {
	acct   *simchain.Account
	tr     trace
	choose chooser // challenger only
	silent bool    // never moves (lets its clock run out)
}

// gameEnv is a DisputeGame deployment on a world.
type gameEnv struct {
	t    testing.TB
	w    world
	addr common.Address
	g    *bindings.DisputeGame
	k    uint64
}

var gameABI = bindings.NewDisputeGame()

func deployGame(t testing.TB, w world, verifier common.Address, k uint64, budget uint32) *gameEnv {
	t.Helper()
	addr, err := w.deploy(w.accounts()[0], bindings.DisputeGameMetaData.Bin,
		gameABI.PackConstructor(verifier, new(big.Int).SetUint64(k), budget))
	require.NoError(t, err)
	return &gameEnv{t: t, w: w, addr: addr, g: gameABI, k: k}
}

func deployToy(t testing.TB, w world) common.Address {
	t.Helper()
	addr, err := w.deploy(w.accounts()[0], testbindings.ToyStepVerifierMetaData.Bin, nil)
	require.NoError(t, err)
	return addr
}

func (e *gameEnv) create(owner *simchain.Account, claimant, challenger common.Address, start, end common.Hash, n uint64) (*big.Int, error) {
	logs, _, err := e.w.send(owner, e.addr, nil, e.g.PackCreate(claimant, challenger, start, end, n, big.NewInt(7)))
	if err != nil {
		return nil, err
	}
	for _, l := range logs {
		if ev, err := e.g.UnpackGameCreatedEvent(l); err == nil {
			return ev.GameId, nil
		}
	}
	return nil, fmt.Errorf("no GameCreated event")
}

// reader reads the game through the contract-facing layer.
func (e *gameEnv) reader() arbiter.Game { return arbiter.Game{Addr: e.addr, Caller: worldCaller{e.w}} }

func (e *gameEnv) game(id *big.Int) arbiter.GameRecord {
	e.t.Helper()
	g, err := e.reader().Record(context.Background(), id)
	require.NoError(e.t, err)
	return g
}

func (e *gameEnv) position(id *big.Int) common.Hash {
	e.t.Helper()
	p, err := e.reader().Position(context.Background(), id)
	require.NoError(e.t, err)
	return p
}

func (e *gameEnv) points(id *big.Int) []uint64 {
	e.t.Helper()
	p, err := e.reader().SplitPoints(context.Background(), id)
	require.NoError(e.t, err)
	return p
}

// outcome is how a played game ended.
type outcome struct {
	status  arbiter.GameStatus
	reason  arbiter.Reason
	rounds  uint8
	stepAt  uint64 // the step executed onchain, if any
	stepped bool
	gas     map[string][]uint64 // gas of each move kind, by sender role
	moves   int
}

// bisectHashes is the claimant's answer for the current range.
func (e *gameEnv) bisectHashes(id *big.Int, tr trace) []common.Hash {
	pts := e.points(id)
	hs := make([]common.Hash, 0, len(pts)-2)
	for _, p := range pts[1 : len(pts)-1] {
		hs = append(hs, tr.hash(p))
	}
	return hs
}

func toArr(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

// move makes the side to move act once as `p` would. It returns the kind of
// move sent ("" if the player stayed silent) and its gas.
func (e *gameEnv) move(id *big.Int, p *player, last []common.Hash) (string, []*types.Log, uint64, error) {
	g := e.game(id)
	if p.silent {
		return "", nil, 0, nil
	}
	pos := e.position(id)
	if g.Turn == arbiter.TurnClaimant {
		hs := e.bisectHashes(id, p.tr)
		logs, gas, err := e.w.send(p.acct, e.addr, nil, e.g.PackBisect(id, pos, toArr(hs)))
		return "bisect", logs, gas, err
	}
	if g.Hi-g.Lo == 1 {
		pre, wit := p.tr.proof(g.Lo)
		logs, gas, err := e.w.send(p.acct, e.addr, nil, e.g.PackStep(id, pos, pre, wit))
		return "step", logs, gas, err
	}
	pts := e.points(id)
	all := append(append([]common.Hash{g.LoHash}, last...), g.HiHash)
	idx := p.choose(p.tr, pts, all)
	logs, gas, err := e.w.send(p.acct, e.addr, nil, e.g.PackChoose(id, pos, new(big.Int).SetUint64(idx), toArr(last)))
	return "choose", logs, gas, err
}

// play runs a game to its end. A silent side's clock is run out and the
// game resolved by timeout. Each move waits `think` seconds first.
func (e *gameEnv) play(id *big.Int, claimant, challenger *player, think uint64) outcome {
	e.t.Helper()
	out := outcome{gas: map[string][]uint64{}}
	var last []common.Hash
	for i := 0; i < 1000; i++ {
		g := e.game(id)
		if g.Status != arbiter.GameActive {
			out.status, out.rounds = g.Status, g.Rounds
			return out
		}
		p := claimant
		if g.Turn == arbiter.TurnChallenger {
			p = challenger
		}
		if p.silent {
			budget := g.ClaimantClock
			if g.Turn == arbiter.TurnChallenger {
				budget = g.ChallengerClock
			}
			e.w.advance(uint64(budget) + 1)
			logs, _, err := e.w.send(e.w.accounts()[9], e.addr, nil, e.g.PackResolveTimeout(id))
			require.NoError(e.t, err)
			e.record(&out, logs)
			continue
		}
		if think > 0 {
			e.w.advance(think)
		}
		kind, logs, gas, err := e.move(id, p, last)
		require.NoError(e.t, err, "%s by %s", kind, p.acct.Addr)
		out.gas[kind] = append(out.gas[kind], gas)
		out.moves++
		for _, l := range logs {
			if ev, err := e.g.UnpackBisectedEvent(l); err == nil {
				last = make([]common.Hash, len(ev.Hashes))
				for j, h := range ev.Hashes {
					last[j] = h
				}
			}
		}
		e.record(&out, logs)
	}
	e.t.Fatalf("game %v did not end in 1000 moves", id)
	return out
}

func (e *gameEnv) record(out *outcome, logs []*types.Log) {
	for _, l := range logs {
		if ev, ok := arbiter.DecodeEvent(l).(*arbiter.GameResolvedEvent); ok {
			out.reason = ev.Reason
		}
		if ev, err := e.g.UnpackStepExecutedEvent(l); err == nil {
			out.stepAt, out.stepped = ev.Step, true
		}
	}
}

// ceilLog returns the number of k-ary rounds that narrow n steps to one.
func ceilLog(n, k uint64) uint8 {
	r := uint8(0)
	for n > 1 {
		n = (n + k - 1) / k
		r++
	}
	return r
}
