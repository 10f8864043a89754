package arbiter_test

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/bindings"
)

const budget = 3600 // seconds per side in game tests

// toyGame deploys a DisputeGame over the toy step function.
func toyGame(t *testing.T, w world, k uint64) *gameEnv {
	return deployGame(t, w, deployToy(t, w), k, budget)
}

// TestGameHonestChallengerDisprovesLies: a claimant whose trace is true up
// to some step and false from it on loses to an honest challenger, who ends
// up executing exactly the first false step.
func TestGameHonestChallengerDisprovesLies(t *testing.T) {
	w := newSimWorld(t)
	seed := common.HexToHash("0x5eed")
	for _, k := range []uint64{2, 3, 4, 8, 16} {
		e := toyGame(t, w, k)
		for _, n := range []uint64{1, 2, 3, 17, 1000, 1 << 40} {
			for _, lie := range []uint64{1, n/2 + 1, n} { // first, a middle and the last step
				t.Run(fmt.Sprintf("k=%d/N=%d/lie=%d", k, n, lie), func(t *testing.T) {
					e.t = t
					claimant := &player{acct: w.accounts()[1], tr: toyTrace{seed: seed, lieFrom: lie}}
					challenger := &player{acct: w.accounts()[2], tr: honestToy(seed), choose: honestChoice}
					id, err := e.create(w.accounts()[0], claimant.acct.Addr, challenger.acct.Addr, toyHash(seed, 0), claimant.tr.hash(n), n)
					require.NoError(t, err)
					out := e.play(id, claimant, challenger, 0)
					require.Equal(t, arbiter.GameChallengerWon, out.status)
					require.Equal(t, arbiter.ReasonStepDisproved, out.reason)
					require.True(t, out.stepped)
					require.Equal(t, lie-1, out.stepAt, "the step executed is the first false one")
					require.LessOrEqual(t, out.rounds, ceilLog(n, k))
				})
			}
		}
	}
}

// TestGameHonestClaimantBeatsAnyChallenger: against an honest claimant, a
// challenger wins nothing whatever sub-ranges it picks; at the last step the
// true pre-state confirms the claimant's hash.
func TestGameHonestClaimantBeatsAnyChallenger(t *testing.T) {
	w := newSimWorld(t)
	seed := common.HexToHash("0xc1a1")
	r := rand.New(rand.NewPCG(1, 2))
	e := toyGame(t, w, 4)
	strategies := map[string]chooser{"first": alwaysFirst, "last": alwaysLast, "random": randomChoice(r), "honest": honestChoice}
	for name, choose := range strategies {
		for _, n := range []uint64{1, 5, 4096, 1<<32 + 3} {
			t.Run(fmt.Sprintf("%s/N=%d", name, n), func(t *testing.T) {
				e.t = t
				claimant := &player{acct: w.accounts()[1], tr: honestToy(seed)}
				// A challenger who believes a different final state.
				challenger := &player{acct: w.accounts()[2], tr: toyTrace{seed: seed, lieFrom: n}, choose: choose}
				id, err := e.create(w.accounts()[0], claimant.acct.Addr, challenger.acct.Addr, toyHash(seed, 0), toyHash(seed, n), n)
				require.NoError(t, err)
				out := e.play(id, claimant, challenger, 0)
				require.Equal(t, arbiter.GameClaimantWon, out.status)
				require.Equal(t, arbiter.ReasonStepConfirmed, out.reason)
			})
		}
	}
}

// TestGameTimeouts: a side that stops moving loses on time, whichever side
// and whichever stage; an early resolveTimeout reverts.
func TestGameTimeouts(t *testing.T) {
	w := newSimWorld(t)
	seed := common.HexToHash("0x71e")
	e := toyGame(t, w, 2)
	claimant, challenger := w.accounts()[1], w.accounts()[2]

	t.Run("claimant silent from the start", func(t *testing.T) {
		e.t = t
		id, err := e.create(w.accounts()[0], claimant.Addr, challenger.Addr, toyHash(seed, 0), toyHash(seed, 64), 64)
		require.NoError(t, err)
		_, _, err = w.send(w.accounts()[9], e.addr, nil, gameABI.PackResolveTimeout(id))
		requireRevert(t, err, "ClockNotExpired")
		out := e.play(id, &player{acct: claimant, silent: true}, &player{acct: challenger, tr: honestToy(seed), choose: honestChoice}, 0)
		require.Equal(t, arbiter.GameChallengerWon, out.status)
		require.Equal(t, arbiter.ReasonClaimantTimedOut, out.reason)
	})
	t.Run("challenger silent", func(t *testing.T) {
		e.t = t
		id, err := e.create(w.accounts()[0], claimant.Addr, challenger.Addr, toyHash(seed, 0), toyHash(seed, 64), 64)
		require.NoError(t, err)
		out := e.play(id, &player{acct: claimant, tr: honestToy(seed)}, &player{acct: challenger, silent: true}, 0)
		require.Equal(t, arbiter.GameClaimantWon, out.status)
		require.Equal(t, arbiter.ReasonChallengerTimedOut, out.reason)
	})
	t.Run("challenger silent at the final step", func(t *testing.T) {
		e.t = t
		id, err := e.create(w.accounts()[0], claimant.Addr, challenger.Addr, toyHash(seed, 0), toyHash(seed, 1), 1)
		require.NoError(t, err)
		require.Equal(t, arbiter.TurnChallenger, e.game(id).Turn, "N = 1 starts at the step")
		out := e.play(id, &player{acct: claimant, tr: honestToy(seed)}, &player{acct: challenger, silent: true}, 0)
		require.Equal(t, arbiter.GameClaimantWon, out.status)
		require.Equal(t, arbiter.ReasonChallengerTimedOut, out.reason)
	})
}

// TestGameChessClock: each side's clock runs only on its own turns, exact to
// the second (bare EVM, where block time is set exactly).
func TestGameChessClock(t *testing.T) {
	w := newEVMWorld()
	seed := common.HexToHash("0xc10c")
	e := toyGame(t, w, 2)
	cl := &player{acct: w.accounts()[1], tr: honestToy(seed)}
	ch := &player{acct: w.accounts()[2], tr: toyTrace{seed: seed, lieFrom: 1000}, choose: honestChoice}
	id, err := e.create(w.accounts()[0], cl.acct.Addr, ch.acct.Addr, toyHash(seed, 0), toyHash(seed, 1024), 1024)
	require.NoError(t, err)

	w.advance(budget * 7 / 10) // claimant thinks 70%
	_, _, _, err = e.move(id, cl, nil)
	require.NoError(t, err)
	g := e.game(id)
	require.Equal(t, uint32(budget*3/10), g.ClaimantClock)
	require.Equal(t, uint32(budget), g.ChallengerClock, "the challenger's clock did not run during the claimant's turn")

	w.advance(budget) // challenger uses exactly all of its time: still allowed
	last := e.bisectHashes(id, cl.tr)
	_, _, _, err = e.move(id, ch, last)
	require.NoError(t, err)
	g = e.game(id)
	require.Zero(t, g.ChallengerClock)

	w.advance(budget*3/10 + 1) // one second more than the claimant has left
	_, _, err = w.send(cl.acct, e.addr, nil, gameABI.PackBisect(id, e.position(id), toArr(e.bisectHashes(id, cl.tr))))
	requireRevert(t, err, "ClockExpired")
	_, _, err = w.send(w.accounts()[9], e.addr, nil, gameABI.PackResolveTimeout(id))
	require.NoError(t, err)
	require.Equal(t, arbiter.GameChallengerWon, e.game(id).Status)
}

// TestGameInvalidMoves: every move that breaks the rules reverts with its
// own error and leaves the game as it was.
func TestGameInvalidMoves(t *testing.T) {
	w := newSimWorld(t)
	seed := common.HexToHash("0xbad")
	e := toyGame(t, w, 4)
	owner, cl, ch := w.accounts()[0], w.accounts()[1], w.accounts()[2]
	honest := honestToy(seed)

	_, err := e.create(owner, cl.Addr, cl.Addr, toyHash(seed, 0), toyHash(seed, 9), 9)
	requireRevert(t, err, "SameParty")
	_, err = e.create(owner, cl.Addr, ch.Addr, toyHash(seed, 0), toyHash(seed, 9), 0)
	requireRevert(t, err, "NoSteps")
	_, err = e.create(owner, common.Address{}, ch.Addr, toyHash(seed, 0), toyHash(seed, 9), 9)
	requireRevert(t, err, "ZeroAddress")
	_, err = w.deploy(owner, bindings.DisputeGameMetaData.Bin, gameABI.PackConstructor(e.addr, big.NewInt(1), budget))
	require.Error(t, err, "arity 1")
	_, err = w.deploy(owner, bindings.DisputeGameMetaData.Bin, gameABI.PackConstructor(e.addr, big.NewInt(65), budget))
	require.Error(t, err, "arity 65")

	id, err := e.create(owner, cl.Addr, ch.Addr, toyHash(seed, 0), toyTrace{seed: seed, lieFrom: 9}.hash(9), 9)
	require.NoError(t, err)
	g := e.game(id)
	hs := toArr(e.bisectHashes(id, honest)) // 3 hashes at 2, 4, 6
	require.Len(t, hs, 3)
	send := func(from int, data []byte) error {
		_, _, err := w.send(w.accounts()[from], e.addr, nil, data)
		return err
	}
	one := big.NewInt(1)
	requireRevert(t, send(3, gameABI.PackBisect(id, e.position(id), hs)), "NotYourGame")
	requireRevert(t, send(2, gameABI.PackBisect(id, e.position(id), hs)), "NotYourTurn")
	requireRevert(t, send(1, gameABI.PackChoose(id, e.position(id), one, hs)), "NotYourTurn")
	requireRevert(t, send(2, gameABI.PackChoose(id, e.position(id), one, hs)), "NotYourTurn")
	requireRevert(t, send(1, gameABI.PackBisect(id, common.Hash{1}, hs)), "StalePosition")
	requireRevert(t, send(1, gameABI.PackBisect(id, e.position(id), hs[:2])), "WrongHashCount")
	requireRevert(t, send(1, gameABI.PackBisect(big.NewInt(99), e.position(id), hs)), "UnknownGame")
	requireRevert(t, send(2, gameABI.PackStep(id, e.position(id), toyState(seed, 0), nil)), "NotYourTurn")
	require.Equal(t, g, e.game(id), "rejected moves change nothing")

	stale := e.position(id)
	require.NoError(t, send(1, gameABI.PackBisect(id, e.position(id), hs)))
	g = e.game(id)
	requireRevert(t, send(1, gameABI.PackBisect(id, e.position(id), hs)), "NotYourTurn")
	requireRevert(t, send(2, gameABI.PackChoose(id, stale, one, hs)), "StalePosition")
	requireRevert(t, send(2, gameABI.PackChoose(id, e.position(id), big.NewInt(4), hs)), "BadIndex")
	bad := append([][32]byte{}, hs...)
	bad[0][0] ^= 1
	requireRevert(t, send(2, gameABI.PackChoose(id, e.position(id), one, bad)), "HashesMismatch")
	requireRevert(t, send(2, gameABI.PackStep(id, e.position(id), toyState(seed, 0), nil)), "RangeNotOneStep")
	require.Equal(t, g, e.game(id), "rejected moves change nothing")

	// Narrow to the last sub-range [6, 9], then to a single step.
	require.NoError(t, send(2, gameABI.PackChoose(id, e.position(id), big.NewInt(3), hs)))
	g = e.game(id)
	require.Equal(t, []uint64{6, 9}, []uint64{g.Lo, g.Hi})
	hs = toArr(e.bisectHashes(id, honest)) // at 7, 8
	require.NoError(t, send(1, gameABI.PackBisect(id, e.position(id), hs)))
	g = e.game(id)
	require.Equal(t, []uint64{6, 9}, []uint64{g.Lo, g.Hi}, "a bisection does not narrow the range")
	require.Equal(t, arbiter.TurnChallenger, g.Turn)
	require.NoError(t, send(2, gameABI.PackChoose(id, e.position(id), big.NewInt(2), hs)))
	g = e.game(id)
	require.Equal(t, []uint64{8, 9}, []uint64{g.Lo, g.Hi})
	require.Equal(t, arbiter.TurnChallenger, g.Turn)
	requireRevert(t, send(2, gameABI.PackChoose(id, e.position(id), big.NewInt(0), hs)), "RangeIsOneStep")
	requireRevert(t, send(1, gameABI.PackBisect(id, e.position(id), nil)), "NotYourTurn")
	requireRevert(t, send(2, gameABI.PackStep(id, e.position(id), toyState(seed, 7), nil)), "PreStateMismatch")
	require.NoError(t, send(2, gameABI.PackStep(id, e.position(id), toyState(seed, 8), nil)))
	g = e.game(id)
	require.Equal(t, arbiter.GameChallengerWon, g.Status)
	requireRevert(t, send(2, gameABI.PackStep(id, e.position(id), toyState(seed, 8), nil)), "GameOver")
	requireRevert(t, send(9, gameABI.PackResolveTimeout(id)), "GameOver")
}
