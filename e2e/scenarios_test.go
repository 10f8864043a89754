package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/tooling/demo"
	"github.com/opml-dev/opml/vm/model"
)

// fixtureModel decodes fixtures/models/<name>.opml (the devnet registers the
// same built-in fixtures).
func fixtureModel(t testing.TB, name string) *model.Model {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(moduleDir, "fixtures", "models", name+".opml"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := model.Decode(b)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return m
}

// steps returns a model's N.
func steps(t testing.TB, name string) uint64 { return fixtureModel(t, name).Header.NumSteps }

// gamesOver waits until claim has at least one game and every game on it is
// over (and, if alsoRejected, the claim rejected), and returns them.
func (c *Chain) gamesOver(d time.Duration, claim *big.Int, alsoRejected bool) []demo.GameState {
	c.t.Helper()
	c.Wait(d, fmt.Sprintf("claim %v's games over", claim), func() bool {
		gs := c.GamesOn(claim)
		if len(gs) == 0 {
			return false
		}
		for _, g := range gs {
			if !g.Status.Over() {
				return false
			}
		}
		return !alsoRejected || !c.Claim(claim).Rejected.IsZero()
	})
	return c.GamesOn(claim)
}

// Scenario 1 (and 7): an honest submitter, an honest challenger, a request
// through the ExampleConsumer: the claim finalizes unchallenged and the
// consumer gets the VM's output. A second request, through the consumer
// kit's DigitClassifier, is answered alike and the classifier keeps the
// output's argmax.
func TestHappyPath(t *testing.T) {
	t.Parallel()
	c := StartDevnet(t)
	c.Node("submitter", "submitter", "submitter")
	c.Node("challenger", "challenger", "challenger")
	sub := c.Addr("submitter")

	kit, id, kid, claim := c.happyRequests(sub, 2*time.Minute, 3*time.Minute)
	final, _ := c.W.Finalized(id)
	delivered, _ := c.W.Delivered(id)
	if !bytes.Equal(final, delivered) {
		t.Errorf("delivered %x, finalized %x", delivered, final)
	}

	cl := c.Claim(claim)
	if cl.Finalized.IsZero() || !cl.Rejected.IsZero() || len(cl.Games) != 0 {
		t.Errorf("claim %v: finalized %v rejected %v games %v", claim, cl.Finalized, cl.Rejected, cl.Games)
	}
	if n := len(c.ClaimsOn(id)); n != 1 {
		t.Errorf("%d claims on request %v, want 1", n, id)
	}
	if gs := c.W.Games(); len(gs) != 0 {
		t.Errorf("%d games opened, want none", len(gs))
	}

	// opml result --json agrees with opml run --json.
	want := RunOutput(t, filepath.Join(c.ModDir, "mlp.opml"), Input("mlp"))
	res := c.Result(id)
	if res.Status != "finalized" {
		t.Errorf("opml result: status %q, want finalized", res.Status)
	}
	if !slices.Equal(res.Values, want) {
		t.Errorf("opml result values %v, opml run output %v", res.Values, want)
	}
	if !bytes.Equal(res.Output, final) {
		t.Errorf("opml result output %x, Finalized event %x", res.Output, final)
	}
	if len(res.Claims) != 1 || res.Claims[0].Status != "accepted" || res.Claims[0].Submitter != sub {
		t.Errorf("opml result claims %+v, want one accepted claim by the submitter", res.Claims)
	}

	// Scenario 7: the ExampleConsumer's own view, through eth_call.
	out := c.ConsumerOutput(id, final)
	if len(out) != len(want) {
		t.Errorf("outputOf has %d bytes, the model outputs %d values", len(out), len(want))
	}
	for i := range min(len(out), len(want)) {
		if int64(int8(out[i])) != want[i] {
			t.Errorf("outputOf[%d] = %d, opml run says %d", i, int8(out[i]), want[i])
		}
	}

	// The kit's DigitClassifier: one unchallenged claim, and the label is
	// the argmax of opml run's output.
	if cls := c.ClaimsOn(kid); len(cls) != 1 || cls[0].Submitter != sub || cls[0].Finalized.IsZero() || len(cls[0].Games) != 0 {
		t.Errorf("claims on the DigitClassifier's request %v: %+v, want one finalized unchallenged claim by the submitter", kid, cls)
	}
	if kfinal, _ := c.W.Finalized(kid); !bytes.Equal(kfinal, final) {
		t.Errorf("the DigitClassifier's request finalized %x, the ExampleConsumer's %x (same model and input)", kfinal, final)
	}
	kit.CheckClassified(kid, want)

	// The submitter gets its bonds back; the challenger never sent anything.
	bonds := new(big.Int).Mul(c.SubmitBond(), big.NewInt(2))
	c.Wait(2*time.Minute, "the submitter withdraws its bonds", func() bool { return atLeast(c.W.Withdrawn(sub), bonds) })
	if txs := c.TxsFrom(c.Addr("challenger")); len(txs) != 0 {
		t.Errorf("the challenger sent %d transactions, want none", len(txs))
	}
	counts := map[string]int{}
	for _, x := range c.TxsFrom(sub) {
		counts[x.Method()]++
		if x.Status != types.ReceiptStatusSuccessful {
			t.Errorf("submitter transaction %s reverted", x.Method())
		}
	}
	// Both claims' bonds come back in one withdrawal or in two.
	if counts["oracle.submit"] != 2 || counts["oracle.finalize"] != 2 || counts["oracle.withdraw"] < 1 || counts["oracle.withdraw"] > 2 || len(counts) != 3 {
		t.Errorf("submitter transactions %v, want two submits and finalizes and one or two withdrawals", counts)
	}
}

type lieCase struct {
	name string
	at   uint64 // --dishonest.lie-at-step
}

type lieGroup struct {
	model string
	cases []lieCase
	// models, if set, is a directory of models the devnet registers
	// instead of the fixtures; input is then the request's input file.
	models, input string
}

// everyOp is the VM's golden model with one op of every opcode
// (vm/model/testdata), copied to a directory with a seeded random input.
func everyOp(t testing.TB) (m *model.Model, dir, input string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(moduleDir, "vm", "model", "testdata", "every_op.opml"))
	if err != nil {
		t.Fatal(err)
	}
	if m, err = model.Decode(b); err != nil {
		t.Fatal(err)
	}
	dir = t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "every_op.opml"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	vals := make([]int, m.Header.Input.Numel())
	for i := range vals {
		vals[i] = (i*73+11)%256 - 128
	}
	j, err := json.Marshal(vals)
	if err != nil {
		t.Fatal(err)
	}
	input = filepath.Join(dir, "input.json")
	if err := os.WriteFile(input, j, 0o644); err != nil {
		t.Fatal(err)
	}
	return m, dir, input
}

// lieGroups: on the MLP, lies at the first, a middle and the last step, and
// in the middle of the first op of each of its opcodes; on the CNN, in the
// middle of the first op of each opcode the MLP does not have; on the
// every-op model, in the middle of every other opcode the VM has.
func lieGroups(t testing.TB) []lieGroup {
	mlp, cnn := fixtureModel(t, "mlp"), fixtureModel(t, "cnn")
	eo, eoDir, eoInput := everyOp(t)
	n := mlp.Header.NumSteps
	g := []lieGroup{
		{model: "mlp", cases: []lieCase{{"first-step", 1}, {"middle-step", n / 2}, {"last-step", n}}},
		{model: "cnn"},
		{model: "every_op", models: eoDir, input: eoInput},
	}
	seen := map[string]bool{}
	for i, m := range []*model.Model{mlp, cnn, eo} {
		for k := range m.Ops {
			op := fmt.Sprint(m.Ops[k].Op)
			if seen[op] {
				continue
			}
			seen[op] = true
			lo, hi := m.OpStart(k), m.OpStart(k+1)
			// lie at mid+1: the step executed onchain, mid, is inside op k.
			g[i].cases = append(g[i].cases, lieCase{fmt.Sprintf("op-%s", op), lo + (hi-lo)/2 + 1})
		}
	}
	return g
}

// Scenario 2: a dishonest submitter claims a wrong output and defends it with
// false hashes from step T on; the challenger wins by executing step T-1
// onchain, the claim is rejected (half the bond burned) and the challenger
// credited its bond plus the other half. The cases of one model run one
// after the other on one devnet with one challenger; the liar is restarted
// on the same datadir with the next T (it never claims a request again after
// its claim on it was rejected, so each case's request is claimed only by
// the new liar).
func TestDishonestSubmitter(t *testing.T) {
	t.Parallel()
	for _, g := range lieGroups(t) {
		t.Run(g.model, func(t *testing.T) {
			t.Parallel()
			var extra []string
			input := Input(g.model)
			if g.models != "" {
				extra, input = []string{"--models", g.models}, g.input
			}
			c := StartDevnet(t, extra...)
			c.Node("challenger", "challenger", "challenger")
			ch, liarAddr := c.Addr("challenger"), c.Addr("dishonest-submitter")
			for _, lc := range g.cases {
				t.Run(lc.name, func(t *testing.T) {
					c := c.For(t)
					t.Logf("%s: lie at step %d", g.model, lc.at)
					liar := c.Node("submitter", "dishonest-submitter", "liar", "--dishonest.output", "--dishonest.lie-at-step", u64(lc.at))
					defer liar.Stop(t)
					before := c.W.Credited(ch)
					id := c.Request(g.model, input, false)
					claim := c.ClaimBy(2*time.Minute, id, liarAddr)
					gs := c.gamesOver(4*time.Minute, claim, true)
					if len(gs) != 1 {
						t.Fatalf("%d games on the false claim, want 1", len(gs))
					}
					gm := gs[0]
					if gm.Challenger != ch || gm.Status != arbiter.GameChallengerWon || gm.Reason != arbiter.ReasonStepDisproved {
						t.Errorf("game %v: challenger %s status %v reason %v; want the challenger to win by a step", gm.ID, gm.Challenger, gm.Status, gm.Reason)
					}
					if !gm.Stepped || gm.Step != lc.at-1 {
						t.Errorf("game %v: step executed onchain %d (stepped %v), want %d", gm.ID, gm.Step, gm.Stepped, lc.at-1)
					}
					if got, want := new(big.Int).Sub(c.W.Credited(ch), before), sum(c.ChallengeBond(), c.reward(1)); got.Cmp(want) != 0 {
						t.Errorf("challenger credited %v for this game, want its bond plus half the liar's: %v", got, want)
					}
					if got, want := c.W.Burned(claim), new(big.Int).Sub(c.SubmitBond(), c.reward(1)); got.Cmp(want) != 0 {
						t.Errorf("%v burned of the liar's bond, want %v", got, want)
					}
					if _, ok := c.W.Finalized(id); ok {
						t.Errorf("request %v finalized", id)
					}
				})
			}
			if got := c.W.Credited(liarAddr); got.Sign() != 0 {
				t.Errorf("the liar was credited %v", got)
			}
		})
	}
}

// Scenario 3: a challenger disputing an honest claim with false hashes loses:
// the claimant wins, the honest result is finalized.
func TestDishonestChallenger(t *testing.T) {
	t.Parallel()
	c := StartDevnet(t)
	n := steps(t, "mlp")
	c.Node("submitter", "submitter", "submitter")
	c.Node("challenger", "challenger", "liar-challenger", "--dishonest.lie-at-step", u64(n/2))
	sub, ch := c.Addr("submitter"), c.Addr("challenger")

	id := c.Request("mlp", Input("mlp"), false)
	claim := c.ClaimBy(2*time.Minute, id, sub)
	gs := c.gamesOver(4*time.Minute, claim, false)
	c.Wait(3*time.Minute, "the honest claim finalized", func() bool { _, ok := c.W.Finalized(id); return ok })
	if len(gs) != 1 {
		t.Fatalf("%d games, want 1", len(gs))
	}
	if g := gs[0]; g.Challenger != ch || g.Status != arbiter.GameClaimantWon || g.Reason != arbiter.ReasonStepConfirmed {
		t.Errorf("game %v: challenger %s status %v reason %v; want the claimant to win by a confirmed step", g.ID, g.Challenger, g.Status, g.Reason)
	}
	cl := c.Claim(claim)
	if !cl.Rejected.IsZero() || cl.Finalized.IsZero() {
		t.Errorf("claim %v: rejected %v finalized %v", claim, cl.Rejected, cl.Finalized)
	}
	res := c.Result(id)
	if want := RunOutput(t, filepath.Join(c.ModDir, "mlp.opml"), Input("mlp")); res.Status != "finalized" || !slices.Equal(res.Values, want) {
		t.Errorf("opml result: %s %v, want finalized %v", res.Status, res.Values, want)
	}
	if got, want := c.W.Credited(sub), sum(c.SubmitBond(), c.ChallengeBond()); !atLeast(got, want) {
		t.Errorf("submitter credited %v, want at least its bond plus the challenge bond %v", got, want)
	}
	if got := c.W.Credited(ch); got.Sign() != 0 {
		t.Errorf("the dishonest challenger was credited %v", got)
	}
}

// Scenario 4: two honest challengers on one false claim. Per protocol.md §3
// each challenge opens its own game, and a claim can be challenged while it
// is Pending in its window whatever games are open on it: both challengers
// challenge, so two games are opened. The first challenger win rejects the
// claim: half the liar's bond is burned, the other half is split between
// the two games open at that moment; each challenger wins its game and is
// credited its bond plus its share, whichever won first (P2).
func TestTwoChallengers(t *testing.T) {
	t.Parallel()
	c := StartDevnet(t)
	n := steps(t, "mlp")
	c.Node("challenger", "challenger", "challenger-1")
	c.Node("challenger", "challenger-2", "challenger-2")
	c.Node("submitter", "dishonest-submitter", "liar", "--dishonest.output", "--dishonest.lie-at-step", u64(n/2))
	chs := []common.Address{c.Addr("challenger"), c.Addr("challenger-2")}
	liar := c.Addr("dishonest-submitter")

	id := c.Request("mlp", Input("mlp"), false)
	claim := c.ClaimBy(2*time.Minute, id, liar)
	gs := c.gamesOver(4*time.Minute, claim, true)
	t.Logf("%d game(s) opened on the false claim", len(gs))
	if len(gs) != 2 {
		t.Fatalf("%d games on the false claim, want 2: both challengers must challenge", len(gs))
	}
	byChallenger := map[common.Address]demo.GameState{}
	for _, g := range gs {
		if !slices.Contains(chs, g.Challenger) {
			t.Errorf("game %v opened by %s", g.ID, g.Challenger)
		}
		if _, dup := byChallenger[g.Challenger]; dup {
			t.Errorf("%s opened two games", g.Challenger)
		}
		byChallenger[g.Challenger] = g
		if g.Status != arbiter.GameChallengerWon {
			t.Errorf("game %v: status %v, want challenger won", g.ID, g.Status)
		}
	}
	cb, sb, share := c.ChallengeBond(), c.SubmitBond(), c.reward(2)
	for _, a := range chs {
		if _, played := byChallenger[a]; !played {
			t.Errorf("%s opened no game", a)
		}
		if got, want := c.W.Credited(a), sum(cb, share); got.Cmp(want) != 0 {
			t.Errorf("%s credited %v, want its bond plus half the reward: %v", a, got, want)
		}
	}
	if got, want := c.W.Burned(claim), new(big.Int).Sub(sb, new(big.Int).Mul(share, big.NewInt(2))); got.Cmp(want) != 0 {
		t.Errorf("%v burned of the liar's bond, want %v", got, want)
	}
	if got := c.W.Credited(liar); got.Sign() != 0 {
		t.Errorf("the liar was credited %v", got)
	}
	// Each challenger withdraws all it was credited; exactly one successful
	// challenge each.
	c.Wait(2*time.Minute, "the challengers withdraw", func() bool {
		for _, a := range chs {
			if c.W.Withdrawn(a).Cmp(c.W.Credited(a)) != 0 {
				return false
			}
		}
		return true
	})
	for _, a := range chs {
		n := 0
		for _, x := range c.TxsFrom(a) {
			if x.Method() == "oracle.challenge" && x.Status == types.ReceiptStatusSuccessful {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s: %d successful challenges, want 1", a, n)
		}
	}
}

// Scenario 5: a party that stops playing loses on time (clock budget 20 s).
func TestClockTimeout(t *testing.T) {
	t.Parallel()
	n := steps(t, "mlp")
	slow := []string{"--poll-interval", "1s", "--tick-interval", "1s"}

	t.Run("claimant", func(t *testing.T) {
		t.Parallel()
		c := StartDevnet(t, "--clock-budget", "20s")
		c.Node("challenger", "challenger", "challenger")
		liar := c.Node("submitter", "dishonest-submitter", "liar",
			append([]string{"--dishonest.output", "--dishonest.lie-at-step", u64(n / 2)}, slow...)...)
		ch := c.Addr("challenger")
		id := c.Request("mlp", Input("mlp"), false)
		claim := c.ClaimBy(2*time.Minute, id, c.Addr("dishonest-submitter"))
		c.Wait(2*time.Minute, "a game on the claim", func() bool { return len(c.GamesOn(claim)) > 0 })
		liar.Kill(t)
		t.Logf("dishonest submitter killed (SIGKILL) after %d move(s) of the game", c.GamesOn(claim)[0].Moves)
		gs := c.gamesOver(3*time.Minute, claim, true)
		if g := gs[0]; len(gs) != 1 || g.Challenger != ch || g.Status != arbiter.GameChallengerWon || g.Reason != arbiter.ReasonClaimantTimedOut {
			t.Errorf("%d games; game %v: status %v reason %v, want the challenger to win on the claimant's time", len(gs), g.ID, g.Status, g.Reason)
		}
		if got, want := c.W.Credited(ch), sum(c.ChallengeBond(), c.reward(1)); got.Cmp(want) != 0 {
			t.Errorf("challenger credited %v, want its bond plus half the liar's: %v", got, want)
		}
	})

	t.Run("challenger", func(t *testing.T) {
		t.Parallel()
		c := StartDevnet(t, "--clock-budget", "20s")
		c.Node("submitter", "submitter", "submitter")
		liar := c.Node("challenger", "challenger", "liar-challenger", append([]string{"--dishonest.lie-at-step", u64(n / 2)}, slow...)...)
		sub := c.Addr("submitter")
		id := c.Request("mlp", Input("mlp"), false)
		claim := c.ClaimBy(2*time.Minute, id, sub)
		c.Wait(2*time.Minute, "a game on the claim", func() bool { return len(c.GamesOn(claim)) > 0 })
		liar.Kill(t)
		t.Logf("dishonest challenger killed (SIGKILL) after %d move(s) of the game", c.GamesOn(claim)[0].Moves)
		gs := c.gamesOver(3*time.Minute, claim, false)
		if g := gs[0]; len(gs) != 1 || g.Status != arbiter.GameClaimantWon || g.Reason != arbiter.ReasonChallengerTimedOut {
			t.Errorf("%d games; game %v: status %v reason %v, want the claimant to win on the challenger's time", len(gs), g.ID, g.Status, g.Reason)
		}
		c.Wait(3*time.Minute, "the honest claim finalized", func() bool { _, ok := c.W.Finalized(id); return ok })
		res := c.Result(id)
		if want := RunOutput(t, filepath.Join(c.ModDir, "mlp.opml"), Input("mlp")); res.Status != "finalized" || !slices.Equal(res.Values, want) {
			t.Errorf("opml result: %s %v, want finalized %v", res.Status, res.Values, want)
		}
		if got, want := c.W.Credited(sub), sum(c.SubmitBond(), c.ChallengeBond()); !atLeast(got, want) {
			t.Errorf("submitter credited %v, want at least %v", got, want)
		}
	})
}

// Scenario 6: the challenger SIGKILLed mid-game and restarted on its datadir
// still wins, and the chain holds each of its transactions once.
func TestChallengerRestart(t *testing.T) {
	t.Parallel()
	c := StartDevnet(t)
	n := steps(t, "mlp")
	lie := n / 2
	ch := c.Addr("challenger")
	first := c.Node("challenger", "challenger", "challenger")
	// A slow liar keeps the game going long enough to kill the challenger
	// in the middle of it.
	c.Node("submitter", "dishonest-submitter", "liar", "--dishonest.output", "--dishonest.lie-at-step", u64(lie),
		"--poll-interval", "1s", "--tick-interval", "1s")
	id := c.Request("mlp", Input("mlp"), false)
	claim := c.ClaimBy(2*time.Minute, id, c.Addr("dishonest-submitter"))
	c.Wait(2*time.Minute, "the challenger's first choose", func() bool {
		gs := c.GamesOn(claim)
		return len(gs) > 0 && gs[0].Rounds >= 1
	})
	first.Kill(t)
	if err := c.W.Poll(t.Context()); err != nil {
		t.Fatal(err)
	}
	g := c.GamesOn(claim)[0]
	if g.Status != arbiter.GameNone {
		t.Fatalf("game %v was over when the challenger was killed: not a mid-game restart", g.ID)
	}
	t.Logf("challenger killed after %d round(s); restarting it on its datadir", g.Rounds)
	c.Node("challenger", "challenger", "challenger")

	gs := c.gamesOver(4*time.Minute, claim, true)
	if len(gs) != 1 {
		t.Fatalf("%d games, want 1", len(gs))
	}
	g = gs[0]
	if g.Challenger != ch || g.Status != arbiter.GameChallengerWon || !g.Stepped || g.Step != lie-1 {
		t.Errorf("game %v: challenger %s status %v step %d (stepped %v); want the challenger to win at step %d", g.ID, g.Challenger, g.Status, g.Step, g.Stepped, lie-1)
	}
	want := sum(c.ChallengeBond(), c.reward(1))
	c.Wait(2*time.Minute, "the challenger withdraws", func() bool { return atLeast(c.W.Withdrawn(ch), want) })

	counts := map[string]int{}
	var seen [][]byte
	for _, x := range c.TxsFrom(ch) {
		counts[x.Method()]++
		if x.Status != types.ReceiptStatusSuccessful {
			t.Errorf("challenger transaction %s in block %d reverted", x.Method(), x.Block)
		}
		for _, d := range seen {
			if bytes.Equal(d, x.Data) {
				t.Errorf("challenger sent %s twice (block %d)", x.Method(), x.Block)
			}
		}
		seen = append(seen, x.Data)
	}
	wantCounts := map[string]int{"oracle.challenge": 1, "game.choose": g.Rounds, "game.step": 1, "oracle.withdraw": 1}
	if fmt.Sprint(counts) != fmt.Sprint(wantCounts) {
		t.Errorf("challenger transactions %v, want %v", counts, wantCounts)
	}
}
