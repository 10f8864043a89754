package dispute

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/hashicorp/go-hclog"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/contracts/testbindings"
	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/testkit/simchain"
	"github.com/opml-dev/opml/testkit/testlog"
	"github.com/opml-dev/opml/vm"
)

const testBudget = 3600 // seconds per clock

var gameABI = bindings.NewDisputeGame()

// simSender sends from one simchain account; reverts carry their data.
type simSender struct {
	c *simchain.Chain
	a *simchain.Account
}

func (s simSender) From() common.Address { return s.a.Addr }

func (s simSender) Send(_ context.Context, to common.Address, data []byte) (*types.Receipt, error) {
	return s.c.Send(s.a, to, nil, data)
}

// dupSender sends every transaction twice: a copy first (as a competing or
// resent transaction would land), then ours, which is then stale.
type dupSender struct {
	simSender
	stale int
}

func (s *dupSender) Send(ctx context.Context, to common.Address, data []byte) (*types.Receipt, error) {
	if _, err := s.simSender.Send(ctx, to, data); err != nil {
		return nil, err
	}
	r, err := s.simSender.Send(ctx, to, data)
	if err != nil {
		s.stale++
	}
	return r, err
}

func testLogger(t testing.TB, name string) hclog.Logger { return testlog.New(t, name, hclog.Info) }

// env is a DisputeGame on a simulated chain.
type env struct {
	t    *testing.T
	c    *simchain.Chain
	game common.Address
}

func toyEnv(t *testing.T, k uint64) *env {
	c := simchain.New(t)
	d := c.Deployer(c.Accounts[0])
	toy, err := d.Deploy(context.Background(), common.FromHex(testbindings.ToyStepVerifierMetaData.Bin), nil)
	require.NoError(t, err)
	game, err := d.Deploy(context.Background(), common.FromHex(bindings.DisputeGameMetaData.Bin),
		gameABI.PackConstructor(toy, new(big.Int).SetUint64(k), testBudget))
	require.NoError(t, err)
	return &env{t: t, c: c, game: game}
}

func realEnv(t *testing.T, k uint64) *env {
	c := simchain.New(t)
	p := arbiter.DefaultParams()
	p.Arity, p.ClockBudget = k, testBudget
	addrs, err := arbiter.Deploy(context.Background(), c.Deployer(c.Accounts[0]), p)
	require.NoError(t, err)
	return &env{t: t, c: c, game: addrs.Game}
}

// create opens a game between accounts 1 (claimant) and 2 (challenger).
func (e *env) create(start, end common.Hash, n uint64) (*big.Int, uint64) {
	e.t.Helper()
	r, err := e.c.Send(e.c.Accounts[0], e.game, nil,
		gameABI.PackCreate(e.c.Accounts[1].Addr, e.c.Accounts[2].Addr, start, end, n, big.NewInt(1)))
	require.NoError(e.t, err)
	for _, l := range r.Logs {
		if ev, err := gameABI.UnpackGameCreatedEvent(l); err == nil {
			return ev.GameId, r.BlockNumber.Uint64()
		}
	}
	e.t.Fatal("no GameCreated event")
	return nil, 0
}

func (e *env) player(id *big.Int, from uint64, role arbiter.Turn, tr TraceProvider) *Player {
	acct := e.c.Accounts[1]
	if role == arbiter.TurnChallenger {
		acct = e.c.Accounts[2]
	}
	return &Player{Game: e.game, GameID: id, Role: role, Trace: tr, Sender: simSender{e.c, acct},
		Caller: e.c.Client, Logs: e.c.Client, FromBlock: from, Logger: testLogger(e.t, role.String())}
}

// resolved returns the game's final status and reason.
func (e *env) resolved(id *big.Int) (arbiter.GameStatus, arbiter.Reason) {
	e.t.Helper()
	g, err := arbiter.Game{Addr: e.game, Caller: e.c.Client}.Record(context.Background(), id)
	require.NoError(e.t, err)
	logs, err := e.c.Client.FilterLogs(context.Background(), filterResolved(e.game, id))
	require.NoError(e.t, err)
	require.Len(e.t, logs, 1)
	ev, ok := arbiter.DecodeEvent(&logs[0]).(*arbiter.GameResolvedEvent)
	require.True(e.t, ok)
	require.Equal(e.t, g.Status, ev.Status)
	return g.Status, ev.Reason
}

// play alternates Act calls until both players are done.
func play(t *testing.T, players ...*Player) int {
	t.Helper()
	ctx := context.Background()
	done := make([]bool, len(players))
	for i := 0; i < 400; i++ {
		all := true
		for j, p := range players {
			if done[j] {
				continue
			}
			d, err := p.Act(ctx)
			require.NoError(t, err, "%s", p.Role)
			done[j] = d
			all = all && d
		}
		if all {
			return i
		}
	}
	t.Fatal("game did not end")
	return 0
}

func TestPlayerHonestChallengerBeatsLyingClaimant(t *testing.T) {
	for _, k := range []uint64{2, 4, 16} {
		e := toyEnv(t, k)
		for _, n := range []uint64{1, 3, 1000, 1 << 30} {
			for _, lie := range []uint64{1, n/2 + 1, n} {
				t.Run(fmt.Sprintf("k=%d/N=%d/lie=%d", k, n, lie), func(t *testing.T) {
					e.t = t
					liar := Lying(NewToyTrace(seed, n), lie)
					end, err := liar.StateHash(context.Background(), n)
					require.NoError(t, err)
					id, from := e.create(ToyHash(seed, 0), end, n)
					play(t, e.player(id, from, arbiter.TurnClaimant, liar), e.player(id, from, arbiter.TurnChallenger, NewToyTrace(seed, n)))
					st, reason := e.resolved(id)
					require.Equal(t, arbiter.GameChallengerWon, st)
					require.Equal(t, arbiter.ReasonStepDisproved, reason)
					require.Equal(t, lie-1, e.steppedAt(id))
				})
			}
		}
	}
}

func TestPlayerHonestClaimantBeatsLyingChallenger(t *testing.T) {
	for _, k := range []uint64{2, 4, 16} {
		e := toyEnv(t, k)
		for _, n := range []uint64{1, 1000, 1 << 30} {
			for _, lie := range []uint64{1, n/2 + 1, n} {
				t.Run(fmt.Sprintf("k=%d/N=%d/lie=%d", k, n, lie), func(t *testing.T) {
					e.t = t
					id, from := e.create(ToyHash(seed, 0), ToyHash(seed, n), n)
					play(t, e.player(id, from, arbiter.TurnClaimant, NewToyTrace(seed, n)),
						e.player(id, from, arbiter.TurnChallenger, &ToyTrace{Seed: seed, N: n, LieFrom: lie}))
					st, reason := e.resolved(id)
					require.Equal(t, arbiter.GameClaimantWon, st)
					require.Equal(t, arbiter.ReasonStepConfirmed, reason)
				})
			}
		}
	}
}

// TestPlayerRestartsAndStaleMoves: a fresh Player every move (as after a
// crash) plays the same game, and a move that lands after an identical
// competing transaction reverts as stale without failing Act.
func TestPlayerRestartsAndStaleMoves(t *testing.T) {
	e := toyEnv(t, 4)
	n := uint64(5000)
	liar := Lying(NewToyTrace(seed, n), 1234)
	end, err := liar.StateHash(context.Background(), n)
	require.NoError(t, err)
	id, from := e.create(ToyHash(seed, 0), end, n)
	dup := &dupSender{simSender: simSender{e.c, e.c.Accounts[2]}}
	ctx := context.Background()
	for i := 0; ; i++ {
		require.Less(t, i, 200, "game did not end")
		_, err := e.player(id, from, arbiter.TurnClaimant, liar).Act(ctx)
		require.NoError(t, err)
		ch := e.player(id, from, arbiter.TurnChallenger, NewToyTrace(seed, n))
		ch.Sender = dup
		d, err := ch.Act(ctx)
		require.NoError(t, err)
		if d {
			break
		}
	}
	st, _ := e.resolved(id)
	require.Equal(t, arbiter.GameChallengerWon, st)
	require.Equal(t, uint64(1233), e.steppedAt(id))
	require.Positive(t, dup.stale, "the duplicate moves reverted as stale")
}

func TestPlayerResolvesTimeout(t *testing.T) {
	for _, silent := range []arbiter.Turn{arbiter.TurnClaimant, arbiter.TurnChallenger} {
		t.Run("silent "+silent.String(), func(t *testing.T) {
			e := toyEnv(t, 4)
			n := uint64(1000)
			liar := Lying(NewToyTrace(seed, n), 10)
			end, err := liar.StateHash(context.Background(), n)
			require.NoError(t, err)
			id, from := e.create(ToyHash(seed, 0), end, n)
			claimant := e.player(id, from, arbiter.TurnClaimant, liar)
			challenger := e.player(id, from, arbiter.TurnChallenger, NewToyTrace(seed, n))
			ctx := context.Background()
			us := claimant
			if silent == arbiter.TurnClaimant {
				us = challenger
			} else {
				_, err := claimant.Act(ctx) // the claimant bisects once; the challenger never answers
				require.NoError(t, err)
			}
			done, err := us.Act(ctx)
			require.NoError(t, err)
			require.False(t, done, "the opponent still has time")
			require.NoError(t, e.c.Advance((testBudget+1)*time.Second))
			done, err = us.Act(ctx)
			require.NoError(t, err)
			require.True(t, done)
			st, reason := e.resolved(id)
			if silent == arbiter.TurnClaimant {
				require.Equal(t, arbiter.GameChallengerWon, st)
				require.Equal(t, arbiter.ReasonClaimantTimedOut, reason)
			} else {
				require.Equal(t, arbiter.GameClaimantWon, st)
				require.Equal(t, arbiter.ReasonChallengerTimedOut, reason)
			}
			done, err = us.Act(ctx)
			require.NoError(t, err)
			require.True(t, done, "a finished game stays done")
		})
	}
}

// TestPlayerRealVerifier plays a full game on the real StepVerifier over
// the fixture MLP: the claimant lies from the middle step on.
func TestPlayerRealVerifier(t *testing.T) {
	fx, err := fixtures.All()
	require.NoError(t, err)
	f := fx[0]
	tr, err := vm.NewTrace(f.Model, f.Input)
	require.NoError(t, err)
	honest := NewVMTrace(tr)
	n := honest.Steps()
	lie := n/2 + 1
	liar := Lying(NewVMTrace(tr), lie)
	ctx := context.Background()
	start, err := honest.StateHash(ctx, 0)
	require.NoError(t, err)
	end, err := liar.StateHash(ctx, n)
	require.NoError(t, err)
	e := realEnv(t, 16)
	id, from := e.create(start, end, n)
	t0 := time.Now()
	play(t, e.player(id, from, arbiter.TurnClaimant, liar), e.player(id, from, arbiter.TurnChallenger, honest))
	t.Logf("%s: N=%d, game played in %v", f.Name, n, time.Since(t0))
	st, reason := e.resolved(id)
	require.Equal(t, arbiter.GameChallengerWon, st)
	require.Equal(t, arbiter.ReasonStepDisproved, reason)
	require.Equal(t, lie-1, e.steppedAt(id))
}
