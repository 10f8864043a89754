package arbiter_test

import (
	"fmt"
	"math/big"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dustin/go-humanize"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/chainconfig"
	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/testkit/simchain"
)

// Gas goals of the arbiter (issue: onchain arbiter).
const (
	goalSubmit = 100_000
	// goalSubmitCompletion is submitCompletion's goal at a context of T = 64
	// tokens (docs/protocol.md §3.6): the claim's start hash is computed
	// onchain from the prompt and the claimed output.
	goalSubmitCompletion = 150_000
	goalMove             = 80_000
	goalDisputeSide      = 2_000_000
	goalDisputeSteps     = 1 << 30
)

// disputeLogNs are the trace lengths (log2 N) of the whole games played per
// arity in TestGasReport.
var disputeLogNs = []uint{10, 12, 16, 20, 24, 28, 30, 32}

type gasStat struct{ vals []uint64 }

func (g *gasStat) add(v ...uint64) { g.vals = append(g.vals, v...) }
func (g *gasStat) max() uint64     { return slices.Max(g.vals) }
func (g *gasStat) mean() uint64 {
	var s uint64
	for _, v := range g.vals {
		s += v
	}
	return s / uint64(len(g.vals))
}

// TestGasReport measures the transaction gas (intrinsic, calldata with the
// EIP-7623 floor, execution; what the sender pays for) of every oracle and
// game call on the simulated chain under the pinned rules, and the total
// per side of whole disputes at several arities. It checks the goals and
// prints a markdown table (written to $GAS_REPORT if set; `make gas`).
func TestGasReport(t *testing.T) {
	w := newSimWorld(t)
	s := newScenario(t, w)
	a := w.accounts()
	var rows []string
	row := func(name string, g *gasStat, note string) {
		rows = append(rows, fmt.Sprintf("| %s | %d | %s | %s | %s |", name, len(g.vals), gasStr(g.mean()), gasStr(g.max()), note))
	}
	one := func(v uint64) *gasStat { return &gasStat{vals: []uint64{v}} }
	send := func(from *simchain.Account, to common.Address, value *big.Int, data []byte) uint64 {
		_, gas, err := w.send(from, to, value, data)
		require.NoError(t, err)
		return gas
	}

	// Registry: the CNN fixture (the MLP is registered by newScenario).
	all, err := fixtures.All()
	require.NoError(t, err)
	h := all[1].Model.Header.Leaves()
	var hdr [3][32]byte
	for i := range h {
		hdr[i] = h[i]
	}
	row("register (CNN)", one(send(a[0], s.addrs.Registry, nil,
		registryABI.PackRegister(hdr, all[1].Model.ProgramRoot(), all[1].Model.WeightsRoot(), "ipfs://cnn"))), "header decode + 8 slots + URI")

	// Request, submit, challenge, moves and the real step, finalize.
	request := &gasStat{}
	request.add(send(s.consumer, s.addrs.Oracle, big.NewInt(100), oracleABI.PackRequest(s.id, s.input, 0)))
	row("request (MLP, 784-byte input)", request, "input root + start hash onchain")
	submit, challenge, bisect, choose, step := &gasStat{}, &gasStat{}, &gasStat{}, &gasStat{}, &gasStat{}
	n := s.tr.Steps()
	for _, lie := range []uint64{1, n / 2, n - 1, n} {
		req := s.mustRequest(100)
		liar := lyingVM(t, s.tr, s.wrongOutput(), lie)
		submit.add(send(s.liar, s.addrs.Oracle, s.p.SubmitBond, oracleABI.PackSubmit(req, liar.claim.output, liar.claim.ramRoot)))
		claimID := claimIDOf(req.Uint64(), 1)
		logs, gas, err := w.send(s.watcher, s.addrs.Oracle, s.p.ChallengeBond, oracleABI.PackChallenge(claimID, liar.final))
		require.NoError(t, err)
		challenge.add(gas)
		var gameID *big.Int
		for _, l := range logs {
			if ev, err := oracleABI.UnpackChallengedEvent(l); err == nil {
				gameID = ev.GameId
			}
		}
		out := s.game.play(gameID, &player{acct: s.liar, tr: liar}, &player{acct: s.watcher, tr: s.honest, choose: honestChoice}, 0)
		bisect.add(out.gas["bisect"]...)
		choose.add(out.gas["choose"]...)
		step.add(out.gas["step"]...)
	}
	row("submit", submit, "2 slots; output root + final hash onchain")
	row("challenge", challenge, "opens a DisputeGame")
	row(fmt.Sprintf("bisect (k=%d)", s.p.Arity), bisect, "claimant's move")
	row(fmt.Sprintf("choose (k=%d)", s.p.Arity), choose, "challenger's move")
	row("step (real StepVerifier, through the game)", step, "MLP: first, middle, halting steps; settles bonds")
	require.LessOrEqual(t, submit.max(), uint64(goalSubmit), "submit")
	require.LessOrEqual(t, bisect.max(), uint64(goalMove), "bisect")
	require.LessOrEqual(t, choose.max(), uint64(goalMove), "choose")

	req := s.mustRequest(100)
	claimID := s.mustSubmit(s.sub, req, s.honest.claim)
	gameID := s.mustChallenge(s.troll, claimID)
	w.advance(s.p.ClockBudget + 1)
	row("resolveTimeout", one(send(a[9], s.addrs.Game, nil, gameABI.PackResolveTimeout(gameID))), "claimant timed out; rejects the claim, settles bonds")
	claimID = s.mustSubmit(s.sub, req, s.honest.claim)
	s.passWindow()
	fin := send(a[9], s.addrs.Oracle, nil, oracleABI.PackFinalize(claimID, s.honest.claim.output, s.honest.claim.ramRoot))
	row("finalize (no callback)", one(fin), "stores the output, credits the submitter")
	consumer := deployConsumer(t, s)
	req = consumerAsk(t, s, consumer, 200_000, 100)
	claimID = s.mustSubmit(s.sub, req, s.honest.claim)
	s.passWindow()
	row("finalize (consumer callback)", one(send(a[9], s.addrs.Oracle, nil,
		oracleABI.PackFinalize(claimID, s.honest.claim.output, s.honest.claim.ramRoot))), "TestConsumer stores the output")
	row("withdraw", one(send(s.sub, s.addrs.Oracle, nil, oracleABI.PackWithdraw())), "")
	req = s.mustRequest(100)
	w.advance(s.p.RequestTimeout)
	row("cancel", one(send(s.consumer, s.addrs.Oracle, nil, oracleABI.PackCancel(req))), "after the expiry, no claim pending")

	// Completions (docs/protocol.md §3.6) on the echo model, T = 64: a
	// short and a long prompt, byte and 4-byte tokens, up to the context.
	cs := &completionScenario{system: s.system, m: mustEcho(t), consumer: s.consumer, sub: s.sub, liar: s.liar, watcher: s.watcher, ff: a[9]}
	cs.id = cs.register(cs.m)
	reqC, subC, finC := &gasStat{}, &gasStat{}, &gasStat{}
	for _, shape := range []struct {
		p, tokens int
		width     uint8
	}{{1, 64, 1}, {32, 32, 1}, {60, 5, 1}, {16, 48, 4}, {63, 2, 4}} {
		ids := make([]int32, shape.p)
		for i := range ids {
			ids[i] = int32('a' + i%26)
		}
		c := cs.completion(ids, uint32(shape.tokens), shape.width)
		req, gas, err := cs.requestCompletion(c, 0, 100)
		require.NoError(t, err)
		reqC.add(gas)
		h := cs.honest(c)
		claimID, gas, err := cs.submitCompletion(s.sub, req, c.Prompt, h.claim)
		require.NoError(t, err)
		subC.add(gas)
		cs.passWindow()
		finC.add(send(a[9], s.addrs.Oracle, nil, oracleABI.PackFinalize(claimID, h.claim.output, h.claim.ramRoot)))
	}
	row("requestCompletion (T=64)", reqC, "prompt 1-63 tokens; prompt hash + 4 slots")
	row("submitCompletion (T=64)", subC, "3 slots; prompt hash, trace input root, start + final hash onchain")
	row("finalize (completion, no callback)", finC, "derives and stores the completion (2-64 tokens)")
	t.Log("submitCompletion gas by shape", subC.vals, "request", reqC.vals, "finalize", finC.vals)
	require.LessOrEqual(t, subC.max(), uint64(goalSubmitCompletion), "submitCompletion")

	// Whole disputes: the move gas does not depend on the step function, so
	// games over the toy trace give every round's gas for any N; the final
	// step is the real one measured above. The grid (N = 2^10 … 2^32, k = 2
	// … 64) is what BENCHMARKS.md's arity table is built from (make bench).
	var totals []string
	var checks []func() // run after the report is printed
	for _, k := range []uint64{2, 4, 8, 16, 32, 64} {
		e := toyGame(t, w, k)
		for _, logN := range disputeLogNs {
			nn := uint64(1) << logN
			seed := common.BigToHash(big.NewInt(int64(k*100 + uint64(logN))))
			cl := &player{acct: a[1], tr: toyTrace{seed: seed, lieFrom: nn/3 + 1}}
			ch := &player{acct: a[2], tr: honestToy(seed), choose: honestChoice}
			id, err := e.create(a[0], cl.acct.Addr, ch.acct.Addr, toyHash(seed, 0), cl.tr.hash(nn), nn)
			require.NoError(t, err)
			out := e.play(id, cl, ch, 0)
			claimant := submit.max() + sum(out.gas["bisect"])
			challenger := challenge.max() + sum(out.gas["choose"]) + step.max()
			all := append(append([]uint64(nil), out.gas["bisect"]...), out.gas["choose"]...)
			totals = append(totals, fmt.Sprintf("| 2^%d | %d | %d | %s | %s | %s | %s |", logN, k, out.rounds,
				gasStr(slices.Max(all)), gasStr(claimant), gasStr(challenger), gasStr(claimant+challenger)))
			if nn == goalDisputeSteps {
				checks = append(checks, func() {
					require.LessOrEqual(t, claimant, uint64(goalDisputeSide), "claimant at k=%d", k)
					require.LessOrEqual(t, challenger, uint64(goalDisputeSide), "challenger at k=%d", k)
				})
			}
			moves := append(out.gas["bisect"], out.gas["choose"]...)
			if k > 16 {
				moves = nil // the move goal is for k <= 16; wider rounds post more hashes
			}
			checks = append(checks, func() {
				for _, g := range moves {
					require.LessOrEqual(t, g, uint64(goalMove), "a move at k=%d", k)
				}
			})
		}
	}

	// A whole completion dispute on the committed completion model, per
	// op family of its worst step (gas_lm_test.go).
	lmTable, lmSide := lmDisputeReport(t, w)
	checks = append(checks, func() {
		require.LessOrEqual(t, lmSide, uint64(goalDisputeSide), "a side of a completion dispute on lm.opml")
	})

	var b strings.Builder
	fmt.Fprintf(&b, "Chain rules: %s. Transaction gas (intrinsic + calldata incl. the EIP-7623 floor + execution).\n\n", chainconfig.RulesName)
	b.WriteString("| call | samples | mean | max | note |\n|---|---:|---:|---:|---|\n")
	b.WriteString(strings.Join(rows, "\n") + "\n\n")
	b.WriteString("Whole dispute, per side (claimant: submit + every bisect; challenger: challenge + every choose + the real step, max):\n\n")
	b.WriteString("| N | k | rounds | max move | claimant gas | challenger gas | total |\n|---|---|---|---:|---:|---:|---|\n")
	b.WriteString(strings.Join(totals, "\n") + "\n\n")
	b.WriteString(lmTable)
	t.Log("\n" + b.String())
	if path := os.Getenv("GAS_REPORT"); path != "" {
		require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	}
	for _, c := range checks {
		c()
	}
}

// gasStr formats n with thousands separators.
func gasStr(n uint64) string { return humanize.Comma(int64(n)) }

func sum(v []uint64) uint64 {
	var s uint64
	for _, x := range v {
		s += x
	}
	return s
}
