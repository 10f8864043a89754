package arbiter_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/testkit/simchain"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
)

var (
	oracleABI   = bindings.NewInferenceOracle()
	registryABI = bindings.NewModelRegistry()
)

// worldDeployer deploys through a world from one account.
type worldDeployer struct {
	w    world
	from *simchain.Account
}

// Deploy honours ctx only before deploying: both worlds are in-process and
// mine synchronously, so a deployment never waits.
func (d worldDeployer) Deploy(ctx context.Context, bytecode, args []byte) (common.Address, error) {
	if err := ctx.Err(); err != nil {
		return common.Address{}, err
	}
	return d.w.deploy(d.from, common.Bytes2Hex(bytecode), args)
}

// system is a full deployment: verifier, registry, game and oracle.
type system struct {
	t     testing.TB
	w     world
	p     arbiter.Params
	addrs arbiter.Addresses
	game  *gameEnv

	extraCreditors []common.Address // contracts that may hold credit
}

func testParams() arbiter.Params {
	return arbiter.Params{Arity: 4, ClockBudget: 3600, SubmitBond: big.NewInt(1000), ChallengeBond: big.NewInt(700),
		ChallengeWindow: 600, RequestTimeout: 7200, MaxCallbackGas: 300_000}
}

func newSystem(t testing.TB, w world, p arbiter.Params) *system {
	t.Helper()
	addrs, err := arbiter.Deploy(context.Background(), worldDeployer{w: w, from: w.accounts()[0]}, p)
	require.NoError(t, err)
	return &system{t: t, w: w, p: p, addrs: addrs,
		game: &gameEnv{t: t, w: w, addr: addrs.Game, g: gameABI, k: p.Arity}}
}

func (s *system) register(m *model.Model) common.Hash {
	s.t.Helper()
	h := m.Header.Leaves()
	var hdr [3][32]byte
	for i := range h {
		hdr[i] = h[i]
	}
	logs, _, err := s.w.send(s.w.accounts()[0], s.addrs.Registry, nil,
		registryABI.PackRegister(hdr, m.ProgramRoot(), m.WeightsRoot(), "ipfs://model/"+m.ID().Hex()))
	require.NoError(s.t, err)
	require.Len(s.t, logs, 1)
	ev, err := registryABI.UnpackModelRegisteredEvent(logs[0])
	require.NoError(s.t, err)
	require.Equal(s.t, m.ID(), common.Hash(ev.ModelId), "the registry computes the Go model ID")
	return m.ID()
}

func (s *system) tx(from *simchain.Account, value *big.Int, data []byte) ([]*types.Log, error) {
	logs, _, err := s.w.send(from, s.addrs.Oracle, value, data)
	return logs, err
}

func (s *system) request(from *simchain.Account, id common.Hash, input []byte, callbackGas uint64, fee int64) (*big.Int, error) {
	logs, err := s.tx(from, big.NewInt(fee), oracleABI.PackRequest(id, input, callbackGas))
	if err != nil {
		return nil, err
	}
	for _, l := range logs {
		if ev, err := oracleABI.UnpackRequestedEvent(l); err == nil {
			return ev.RequestId, nil
		}
	}
	return nil, fmt.Errorf("no Requested event")
}

func (s *system) submit(from *simchain.Account, req *big.Int, c claim) (*big.Int, error) {
	logs, err := s.tx(from, s.p.SubmitBond, oracleABI.PackSubmit(req, c.output, c.ramRoot))
	if err != nil {
		return nil, err
	}
	for _, l := range logs {
		if ev, err := oracleABI.UnpackSubmittedEvent(l); err == nil {
			return ev.ClaimId, nil
		}
	}
	return nil, fmt.Errorf("no Submitted event")
}

// challenge challenges claimID as the chain has it now (it reads the
// claim's final hash first; challengeHash names the hash explicitly).
func (s *system) challenge(from *simchain.Account, claimID *big.Int) (*big.Int, error) {
	c, err := s.oracle().Claim(context.Background(), claimID)
	if err != nil {
		return nil, err
	}
	return s.challengeHash(from, claimID, c.FinalHash)
}

// challengeHash challenges claimID, asserting that it claims finalHash.
func (s *system) challengeHash(from *simchain.Account, claimID *big.Int, finalHash common.Hash) (*big.Int, error) {
	logs, err := s.tx(from, s.p.ChallengeBond, oracleABI.PackChallenge(claimID, finalHash))
	if err != nil {
		return nil, err
	}
	for _, l := range logs {
		if ev, err := oracleABI.UnpackChallengedEvent(l); err == nil {
			return ev.GameId, nil
		}
	}
	return nil, fmt.Errorf("no Challenged event")
}

func (s *system) finalize(from *simchain.Account, claimID *big.Int, c claim) ([]*types.Log, error) {
	return s.tx(from, nil, oracleABI.PackFinalize(claimID, c.output, c.ramRoot))
}

func (s *system) withdraw(from *simchain.Account) error {
	_, err := s.tx(from, nil, oracleABI.PackWithdraw())
	return err
}

func (s *system) view(data []byte) []byte {
	s.t.Helper()
	out, err := s.w.call(s.addrs.Oracle, data)
	require.NoError(s.t, err)
	return out
}

func (s *system) result(req *big.Int) (arbiter.RequestStatus, []byte) {
	r, err := oracleABI.UnpackResult(s.view(oracleABI.PackResult(req)))
	require.NoError(s.t, err)
	return arbiter.RequestStatus(r.Status), r.Output
}

// oracle reads the oracle through the contract-facing layer.
func (s *system) oracle() arbiter.Oracle {
	return arbiter.Oracle{Addr: s.addrs.Oracle, Caller: worldCaller{s.w}}
}

func (s *system) requestOf(req *big.Int) arbiter.Request {
	s.t.Helper()
	r, err := s.oracle().Request(context.Background(), req)
	require.NoError(s.t, err)
	return r
}

func (s *system) claimOf(id *big.Int) arbiter.Claim {
	s.t.Helper()
	c, err := s.oracle().Claim(context.Background(), id)
	require.NoError(s.t, err)
	return c
}

func (s *system) credit(a common.Address) *big.Int {
	c, err := oracleABI.UnpackCredit(s.view(oracleABI.PackCredit(a)))
	require.NoError(s.t, err)
	return c
}

func (s *system) count(data []byte) uint64 {
	n, err := oracleABI.UnpackRequestCount(s.view(data)) // every counter has the same (uint256) ABI
	require.NoError(s.t, err)
	return n.Uint64()
}

// burned reads the oracle's burned counter.
func (s *system) burned() *big.Int {
	s.t.Helper()
	b, err := s.oracle().Burned(context.Background())
	require.NoError(s.t, err)
	return b
}

// share is what each game sharing a rejected claim's reward is paid beyond
// its bond, by the rule of docs/protocol.md §3.4 computed here: the
// unburned half of the submit bond split evenly among `games` games.
func (s *system) share(games uint32) *big.Int {
	half := new(big.Int).Div(new(big.Int).Mul(s.p.SubmitBond, big.NewInt(100-arbiter.BurnPercent)), big.NewInt(100))
	return half.Div(half, big.NewInt(int64(games)))
}

// checkSolvency recomputes everything the oracle owes from its state and
// requires its balance to equal that plus what it burned: the fees of open
// requests, the bonds of pending claims, the reward shares still owed to
// the open games of rejected claims, the bonds of open games and the
// credits.
func (s *system) checkSolvency(t testing.TB) {
	t.Helper()
	owed := new(big.Int)
	for i := uint64(1); i <= s.count(oracleABI.PackRequestCount()); i++ {
		r := s.requestOf(new(big.Int).SetUint64(i))
		if r.Status == arbiter.RequestOpen {
			owed.Add(owed, r.Fee)
		}
		pending := uint32(0)
		for a := uint32(1); a <= r.Attempts; a++ {
			c := s.claimOf(claimIDOf(i, a))
			switch c.Status {
			case arbiter.ClaimPending:
				owed.Add(owed, s.p.SubmitBond)
				pending++
			case arbiter.ClaimRejected:
				require.LessOrEqual(t, c.OpenGames, c.RewardGames, "claim %v: more games open than shared the reward", claimIDOf(i, a))
				owed.Add(owed, new(big.Int).Mul(s.share(c.RewardGames), big.NewInt(int64(c.OpenGames))))
			default:
				require.Zero(t, c.OpenGames, "claim %v is %s with games open", claimIDOf(i, a), c.Status)
			}
		}
		require.Equal(t, pending, r.Pending, "request %d: pending claims", i)
	}
	games := s.game.count()
	for i := uint64(1); i <= games; i++ {
		ref, err := oracleABI.UnpackGameRef(s.view(oracleABI.PackGameRef(new(big.Int).SetUint64(i))))
		require.NoError(t, err)
		if ref.Challenger != (common.Address{}) {
			owed.Add(owed, s.p.ChallengeBond)
		}
	}
	for _, a := range s.w.accounts() {
		owed.Add(owed, s.credit(a.Addr))
	}
	for _, a := range s.extraCreditors {
		owed.Add(owed, s.credit(a))
	}
	owed.Add(owed, s.burned())
	require.Equal(t, owed.String(), s.w.balance(s.addrs.Oracle).String(), "balance = liabilities + burned")
}

func claimIDOf(req uint64, attempt uint32) *big.Int {
	return arbiter.ClaimID(new(big.Int).SetUint64(req), attempt)
}

func (e *gameEnv) count() uint64 {
	e.t.Helper()
	out, err := e.w.call(e.addr, e.g.PackGameCount())
	require.NoError(e.t, err)
	n, err := e.g.UnpackGameCount(out)
	require.NoError(e.t, err)
	return n.Uint64()
}

// ---- VM traces as game players see them ----

// claim is what a submitter posts.
type claim struct {
	output  []byte
	ramRoot common.Hash
}

// vmTrace is a player's view of a real VM run. A lying trace (lieFrom <= N)
// reports junk hashes from step lieFrom on and claims `final` at step N.
type vmTrace struct {
	tr      *vm.Trace
	lieFrom uint64
	final   common.Hash // the final hash this trace asserts
	claim   claim
}

func honestVM(t testing.TB, tr *vm.Trace) *vmTrace {
	t.Helper()
	h := &tr.Model().Header
	out, err := arbiter.ClaimOutput(h, tr.Output())
	require.NoError(t, err)
	f := tr.Final()
	return &vmTrace{tr: tr, lieFrom: ^uint64(0), final: f.Hash(), claim: claim{output: out, ramRoot: f.RAMRoot}}
}

// lyingVM claims `output` (raw claim bytes) with the true final RAM root
// and lies about every state from step lieFrom on.
func lyingVM(t testing.TB, tr *vm.Trace, output []byte, lieFrom uint64) *vmTrace {
	t.Helper()
	m := tr.Model()
	f := tr.Final()
	final, err := arbiter.ClaimHash(m.ID(), &m.Header, output, f.RAMRoot)
	require.NoError(t, err)
	return &vmTrace{tr: tr, lieFrom: lieFrom, final: final,
		claim: claim{output: output, ramRoot: f.RAMRoot}}
}

func (v *vmTrace) hash(t uint64) common.Hash {
	if t == v.tr.Steps() {
		return v.final
	}
	if t >= v.lieFrom {
		return crypto.Keccak256Hash([]byte("vm lie"), v.final[:], new(big.Int).SetUint64(t).Bytes())
	}
	s, err := v.tr.StateAt(t)
	if err != nil {
		panic(err)
	}
	return s.Hash()
}

func (v *vmTrace) proof(t uint64) ([]byte, []byte) {
	pre, _, w, err := v.tr.ProveStep(t)
	if err != nil {
		panic(err)
	}
	return pre.Encode(), w
}
