package dispute

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
)

// referee is an in-memory DisputeGame over the toy step function: it applies
// actions with the contract's checks, so solver-vs-solver games run without
// a chain. Clocks never run out.
type referee struct {
	k      uint64
	g      GameState
	moves  int
	stepAt uint64
}

func newReferee(t *testing.T, k, n uint64, start, end common.Hash) *referee {
	t.Helper()
	r := &referee{k: k, g: GameState{Status: arbiter.GameActive, Hi: n, LoHash: start, HiHash: end,
		ClaimantLeft: 1, ChallengerLeft: 1}}
	if n == 1 {
		r.g.Turn = arbiter.TurnChallenger
	}
	r.refresh(t)
	return r
}

func (r *referee) refresh(t *testing.T) {
	t.Helper()
	pts, err := SplitPoints(r.g.Lo, r.g.Hi, r.k)
	require.NoError(t, err)
	r.g.Points = pts
	r.g.Position = common.BigToHash(new(big.Int).SetUint64(uint64(r.moves) + 1)) // unique per move
}

// apply checks and applies a move by role.
func (r *referee) apply(t *testing.T, role arbiter.Turn, a Action) {
	t.Helper()
	g := &r.g
	require.Equal(t, arbiter.GameActive, g.Status)
	require.Equal(t, g.Turn, role, "move out of turn")
	require.Equal(t, g.Position, a.Parent, "stale parent")
	parts := uint64(len(g.Points) - 1)
	switch a.Kind {
	case Bisect:
		require.Equal(t, arbiter.TurnClaimant, role)
		require.GreaterOrEqual(t, g.Hi-g.Lo, uint64(2))
		require.Len(t, a.Hashes, int(parts-1))
		g.Posted, g.Pending, g.Turn = a.Hashes, PackedHash(a.Hashes), arbiter.TurnChallenger
	case Choose:
		require.Equal(t, arbiter.TurnChallenger, role)
		require.GreaterOrEqual(t, g.Hi-g.Lo, uint64(2))
		require.Equal(t, g.Pending, PackedHash(a.Hashes))
		require.Less(t, a.Index, parts)
		if a.Index > 0 {
			g.LoHash = a.Hashes[a.Index-1]
		}
		if a.Index+1 < parts {
			g.HiHash = a.Hashes[a.Index]
		}
		g.Lo, g.Hi = g.Points[a.Index], g.Points[a.Index+1]
		g.Rounds++
		g.Turn = arbiter.TurnClaimant
		if g.Hi-g.Lo == 1 {
			g.Turn = arbiter.TurnChallenger
		}
	case Step:
		require.Equal(t, arbiter.TurnChallenger, role)
		require.Equal(t, uint64(1), g.Hi-g.Lo)
		require.Equal(t, g.LoHash, StateHashOf(a.Pre))
		require.Len(t, a.Pre, 41)
		var seed common.Hash
		copy(seed[:], a.Pre[1:33])
		step := binary.BigEndian.Uint64(a.Pre[33:])
		r.stepAt = step
		g.Status = arbiter.GameClaimantWon
		if ToyHash(seed, step+1) != g.HiHash {
			g.Status = arbiter.GameChallengerWon
		}
	default:
		t.Fatalf("unexpected %s", a.Kind)
	}
	r.moves++
	if g.Status == arbiter.GameActive {
		r.refresh(t)
	}
}

// play runs the game between two solvers.
func (r *referee) play(t *testing.T, claimant, challenger TraceProvider) {
	t.Helper()
	ctx := context.Background()
	for i := 0; i < 300 && r.g.Status == arbiter.GameActive; i++ {
		for _, p := range []struct {
			role arbiter.Turn
			tr   TraceProvider
		}{{arbiter.TurnClaimant, claimant}, {arbiter.TurnChallenger, challenger}} {
			a, err := Solve(ctx, r.g, p.role, p.tr)
			require.NoError(t, err)
			if r.g.Turn != p.role {
				require.Equal(t, Wait, a.Kind, "%s acts out of turn", p.role)
				continue
			}
			r.apply(t, p.role, a)
			if r.g.Status != arbiter.GameActive {
				break
			}
		}
	}
	require.NotEqual(t, arbiter.GameActive, r.g.Status, "game did not end")
}

func rounds(n, k uint64) uint8 {
	r := uint8(0)
	for n > 1 {
		n = (n + k - 1) / k
		r++
	}
	return r
}

var seed = common.HexToHash("0x5eed")

func TestSolverHonestChallengerWins(t *testing.T) {
	for _, k := range []uint64{2, 4, 16} {
		for _, n := range []uint64{1, 2, 3, 17, 1000, 1 << 30} {
			for _, lie := range []uint64{1, n/2 + 1, n} { // first, middle and last step
				t.Run(fmt.Sprintf("k=%d/N=%d/lie=%d", k, n, lie), func(t *testing.T) {
					honest := NewToyTrace(seed, n)
					liar := &ToyTrace{Seed: seed, N: n, LieFrom: lie}
					end, err := liar.StateHash(context.Background(), n)
					require.NoError(t, err)
					r := newReferee(t, k, n, ToyHash(seed, 0), end)
					r.play(t, liar, honest)
					require.Equal(t, arbiter.GameChallengerWon, r.g.Status)
					require.Equal(t, lie-1, r.stepAt, "the first false step is executed")
					require.LessOrEqual(t, r.g.Rounds, rounds(n, k))
				})
			}
		}
	}
}

func TestSolverHonestClaimantWins(t *testing.T) {
	for _, k := range []uint64{2, 4, 16} {
		for _, n := range []uint64{1, 2, 17, 1 << 30} {
			for _, lie := range []uint64{1, n/2 + 1, n} {
				t.Run(fmt.Sprintf("k=%d/N=%d/lie=%d", k, n, lie), func(t *testing.T) {
					honest := NewToyTrace(seed, n)
					liar := Lying(NewToyTrace(seed, n), lie) // the wrapper, not the toy's own lie
					r := newReferee(t, k, n, ToyHash(seed, 0), ToyHash(seed, n))
					r.play(t, honest, liar)
					require.Equal(t, arbiter.GameClaimantWon, r.g.Status)
					require.Equal(t, lie-1, r.stepAt, "the liar disputes its own first lie")
				})
			}
		}
	}
}

func TestSolverRules(t *testing.T) {
	ctx := context.Background()
	n := uint64(100)
	honest := NewToyTrace(seed, n)
	base := func() GameState {
		pts, err := SplitPoints(0, n, 4)
		require.NoError(t, err)
		return GameState{Status: arbiter.GameActive, Hi: n, Points: pts, LoHash: ToyHash(seed, 0),
			HiHash: common.Hash{1}, Position: common.Hash{9}, ClaimantLeft: 10, ChallengerLeft: 10}
	}
	t.Run("game over", func(t *testing.T) {
		g := base()
		g.Status = arbiter.GameChallengerWon
		a, err := Solve(ctx, g, arbiter.TurnChallenger, honest)
		require.NoError(t, err)
		require.Equal(t, Wait, a.Kind)
	})
	t.Run("opponent's turn", func(t *testing.T) {
		a, err := Solve(ctx, base(), arbiter.TurnChallenger, honest)
		require.NoError(t, err)
		require.Equal(t, Wait, a.Kind)
	})
	t.Run("opponent out of time", func(t *testing.T) {
		g := base()
		g.ClaimantLeft = 0
		a, err := Solve(ctx, g, arbiter.TurnChallenger, honest)
		require.NoError(t, err)
		require.Equal(t, ResolveTimeout, a.Kind)
	})
	t.Run("bisect", func(t *testing.T) {
		a, err := Solve(ctx, base(), arbiter.TurnClaimant, honest)
		require.NoError(t, err)
		require.Equal(t, Bisect, a.Kind)
		require.Equal(t, common.Hash{9}, a.Parent)
		require.Equal(t, []common.Hash{ToyHash(seed, 25), ToyHash(seed, 50), ToyHash(seed, 75)}, a.Hashes)
	})
	t.Run("choose first disagreement", func(t *testing.T) {
		g := base()
		g.Turn = arbiter.TurnChallenger
		g.Posted = []common.Hash{ToyHash(seed, 25), {2}, {3}} // false from 50 on
		g.Pending = PackedHash(g.Posted)
		a, err := Solve(ctx, g, arbiter.TurnChallenger, honest)
		require.NoError(t, err)
		require.Equal(t, Choose, a.Kind)
		require.Equal(t, uint64(1), a.Index)
		require.Equal(t, g.Posted, a.Hashes)
	})
	t.Run("posted hashes not pending", func(t *testing.T) {
		g := base()
		g.Turn = arbiter.TurnChallenger
		g.Posted = []common.Hash{{1}, {2}, {3}}
		_, err := Solve(ctx, g, arbiter.TurnChallenger, honest)
		require.ErrorContains(t, err, "dispute: posted hashes")
	})
	t.Run("step pre-state mismatch", func(t *testing.T) {
		g := base()
		g.Turn, g.Lo, g.Hi, g.Points = arbiter.TurnChallenger, 7, 8, []uint64{7, 8}
		g.LoHash = common.Hash{4}
		_, err := Solve(ctx, g, arbiter.TurnChallenger, honest)
		require.ErrorContains(t, err, "dispute: our state at 7")
	})
	t.Run("range beyond trace", func(t *testing.T) {
		g := base()
		_, err := Solve(ctx, g, arbiter.TurnClaimant, NewToyTrace(seed, 10))
		require.ErrorContains(t, err, "dispute: range")
	})
}

func TestSplitPointsMatchesContractFormula(t *testing.T) {
	pts, err := SplitPoints(10, 17, 4)
	require.NoError(t, err)
	require.Equal(t, []uint64{10, 11, 13, 15, 17}, pts) // len 7: floor(7i/4)
	pts, err = SplitPoints(0, ^uint64(0), 64)
	require.NoError(t, err)
	require.Equal(t, ^uint64(0), pts[64])
	require.Equal(t, ^uint64(0)/2, pts[32])
	_, err = SplitPoints(5, 5, 4)
	require.Error(t, err)
}
