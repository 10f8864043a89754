package dispute

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/contracts/arbiter"
)

// GameState is what the solver needs to know about a game: a consistent
// snapshot of the onchain record (DisputeGame.gameOf, positionOf,
// splitPoints, clocks) and the hashes the claimant posted last.
type GameState struct {
	Status   arbiter.GameStatus
	Lo, Hi   uint64       // the disputed range
	Turn     arbiter.Turn // the side to move
	Rounds   uint8
	LoHash   common.Hash // agreed state hash at Lo
	HiHash   common.Hash // the claimant's state hash at Hi
	Pending  common.Hash // keccak256 of the claimant's last posted hashes
	Position common.Hash // the parent the next move must name
	// Points are the split points of [Lo, Hi]: Lo, the interior points,
	// Hi (DisputeGame.splitPoints).
	Points []uint64
	// ClaimantLeft and ChallengerLeft are the seconds left on each clock
	// now (DisputeGame.clocks: 0 once the side to move has used its time).
	ClaimantLeft, ChallengerLeft uint64
	// Posted are the hashes of the last bisect (the Bisected event). They
	// are needed only when the challenger is to choose.
	Posted []common.Hash
}

// Left returns the seconds left on r's clock.
func (g *GameState) Left(r arbiter.Turn) uint64 {
	if r == arbiter.TurnClaimant {
		return g.ClaimantLeft
	}
	return g.ChallengerLeft
}

// ActionKind is a kind of move.
type ActionKind uint8

// Kinds of move. Wait means there is nothing to send: it is the opponent's
// turn with time left, or the game is over.
const (
	Wait ActionKind = iota
	Bisect
	Choose
	Step
	ResolveTimeout
)

func (k ActionKind) String() string {
	switch k {
	case Wait:
		return "wait"
	case Bisect:
		return "bisect"
	case Choose:
		return "choose"
	case Step:
		return "step"
	case ResolveTimeout:
		return "resolveTimeout"
	}
	return fmt.Sprintf("action(%d)", uint8(k))
}

// Action is the next move in a game.
type Action struct {
	Kind   ActionKind
	Parent common.Hash // the position the move answers (every kind but Wait and ResolveTimeout)
	// Hashes: Bisect, our hashes at the interior split points; Choose, the
	// claimant's posted hashes, repeated.
	Hashes []common.Hash
	Index  uint64 // Choose: the sub-range disputed
	// Pre and Witness: Step, the encoded state at Lo and the step's witness.
	Pre, Witness []byte
	// Why explains the decision, for logs.
	Why string
}

// MaxArity is DisputeGame.MAX_ARITY.
const MaxArity = 64

// SplitPoints returns the split points of [lo, hi] at arity k, as
// DisputeGame.splitPoints computes them: parts = min(k, hi-lo) and
// p_i = lo + floor((hi-lo)·i / parts), i = 0..parts.
func SplitPoints(lo, hi, k uint64) ([]uint64, error) {
	if hi <= lo || k < 2 || k > MaxArity {
		return nil, fmt.Errorf("dispute: split points of [%d, %d] at arity %d: empty range or arity outside 2..%d", lo, hi, k, MaxArity)
	}
	n := hi - lo
	parts := min(k, n)
	pts := make([]uint64, parts+1)
	for i := uint64(0); i <= parts; i++ {
		pts[i] = lo + mulDiv(n, i, parts)
	}
	return pts, nil
}

// mulDiv returns floor(a·b / c) without overflow, for b <= c <= MaxArity.
func mulDiv(a, b, c uint64) uint64 {
	// a·b/c = (a/c)·b + (a%c)·b/c; (a%c)·b < c·c fits when c <= 64 (arity).
	return (a/c)*b + (a%c)*b/c
}

// PackedHash returns keccak256(abi.encodePacked(hashes)), the value
// DisputeGame stores as pending after a bisect.
func PackedHash(hashes []common.Hash) common.Hash {
	buf := make([]byte, 0, 32*len(hashes))
	for _, h := range hashes {
		buf = append(buf, h[:]...)
	}
	return crypto.Keccak256Hash(buf)
}

// Solve decides the next move of the party playing role with trace tr in
// game g. It is a pure function of its arguments (the trace is only read).
//
// Rules, in order:
//  1. The game is over: Wait.
//  2. The side to move has no time left (DisputeGame.clocks reports 0):
//     ResolveTimeout. The game is decided either way and anyone may settle
//     it; if it is our own clock, we lost.
//  3. It is the opponent's turn: Wait.
//  4. Claimant: Bisect with our hashes at the interior split points.
//  5. Challenger, range of one step: Step with our pre-state at Lo and its
//     witness (the pre-state must hash to the agreed LoHash).
//  6. Challenger, longer range: Choose the first sub-range whose end hash
//     (posted, or HiHash for the last) differs from ours, agreeing with its
//     start (docs/protocol.md §5 (3)). If we agree with every hash, we
//     dispute the last sub-range; the game is then lost whatever we do.
func Solve(ctx context.Context, g GameState, role arbiter.Turn, tr TraceProvider) (Action, error) {
	if tr == nil {
		return Action{}, errNoTrace
	}
	if role != arbiter.TurnClaimant && role != arbiter.TurnChallenger {
		return Action{}, fmt.Errorf("dispute: unknown role %d", uint8(role))
	}
	if g.Status != arbiter.GameActive {
		return Action{Kind: Wait, Why: "game over: " + g.Status.String()}, nil
	}
	if err := checkShape(&g, tr); err != nil {
		return Action{}, err
	}
	if g.Left(g.Turn) == 0 {
		return Action{Kind: ResolveTimeout, Why: fmt.Sprintf("the %s's clock ran out", g.Turn)}, nil
	}
	if g.Turn != role {
		return Action{Kind: Wait, Why: fmt.Sprintf("the %s's turn", g.Turn)}, nil
	}
	interior := g.Points[1 : len(g.Points)-1]
	if role == arbiter.TurnClaimant {
		if g.Hi-g.Lo < 2 {
			return Action{}, fmt.Errorf("dispute: claimant to move on the one-step range [%d, %d]", g.Lo, g.Hi)
		}
		hs, err := hashesAt(ctx, tr, interior)
		if err != nil {
			return Action{}, err
		}
		return Action{Kind: Bisect, Parent: g.Position, Hashes: hs,
			Why: fmt.Sprintf("our hashes at %d split points of [%d, %d]", len(hs), g.Lo, g.Hi)}, nil
	}
	if g.Hi-g.Lo == 1 {
		pre, wit, err := tr.ProveStep(ctx, g.Lo)
		if err != nil {
			return Action{}, err
		}
		if h := StateHashOf(pre); h != g.LoHash {
			return Action{}, fmt.Errorf("dispute: our state at %d hashes to %s, not the agreed %s", g.Lo, h, g.LoHash)
		}
		why := fmt.Sprintf("execute step %d onchain", g.Lo)
		if ours, err := tr.StateHash(ctx, g.Hi); err != nil {
			return Action{}, err
		} else if ours == g.HiHash {
			why += " (we agree with the claimant's hash at the end: the step will confirm it)"
		}
		return Action{Kind: Step, Parent: g.Position, Pre: pre, Witness: wit, Why: why}, nil
	}
	if len(g.Posted) != len(interior) {
		return Action{}, fmt.Errorf("dispute: %d posted hashes for %d split points", len(g.Posted), len(interior))
	}
	if PackedHash(g.Posted) != g.Pending {
		return Action{}, fmt.Errorf("dispute: posted hashes do not match the game's pending hash %s", g.Pending)
	}
	parts := uint64(len(g.Points) - 1)
	for i := uint64(1); i <= parts; i++ {
		theirs := g.HiHash
		if i < parts {
			theirs = g.Posted[i-1]
		}
		ours, err := tr.StateHash(ctx, g.Points[i])
		if err != nil {
			return Action{}, err
		}
		if ours != theirs {
			return Action{Kind: Choose, Parent: g.Position, Index: i - 1, Hashes: g.Posted,
				Why: fmt.Sprintf("first disputed split point %d (step %d); agree with step %d", i, g.Points[i], g.Points[i-1])}, nil
		}
	}
	return Action{Kind: Choose, Parent: g.Position, Index: parts - 1, Hashes: g.Posted,
		Why: "we agree with every hash: dispute the last sub-range (the game is lost)"}, nil
}

// checkShape checks that g is a game the trace can play.
func checkShape(g *GameState, tr TraceProvider) error {
	if g.Turn != arbiter.TurnClaimant && g.Turn != arbiter.TurnChallenger {
		return fmt.Errorf("dispute: unknown turn %d", uint8(g.Turn))
	}
	if g.Hi <= g.Lo {
		return fmt.Errorf("dispute: empty range [%d, %d]", g.Lo, g.Hi)
	}
	if n := tr.Steps(); g.Hi > n {
		return fmt.Errorf("dispute: range [%d, %d] beyond the trace's %d steps", g.Lo, g.Hi, n)
	}
	if len(g.Points) < 2 || g.Points[0] != g.Lo || g.Points[len(g.Points)-1] != g.Hi {
		return fmt.Errorf("dispute: split points %v do not span [%d, %d]", g.Points, g.Lo, g.Hi)
	}
	for i := 1; i < len(g.Points); i++ {
		if g.Points[i] <= g.Points[i-1] {
			return fmt.Errorf("dispute: split points %v not increasing", g.Points)
		}
	}
	return nil
}

// hashesAt returns the trace's hashes at the given steps.
func hashesAt(ctx context.Context, tr TraceProvider, steps []uint64) ([]common.Hash, error) {
	hs := make([]common.Hash, len(steps))
	for i, t := range steps {
		h, err := tr.StateHash(ctx, t)
		if err != nil {
			return nil, err
		}
		hs[i] = h
	}
	return hs, nil
}
