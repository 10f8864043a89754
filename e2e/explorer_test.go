package e2e

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/opml-dev/opml/testkit/browser"
	"github.com/opml-dev/opml/tooling/deployment"
)

var explorerShot = flag.String("explorer.screenshot", "", "TestExplorer writes a screenshot of the finished game's page to `FILE` (make screenshot: docs/img/explorer-game.png)")

// waitLog waits until the process's output has a line matching re and
// returns its first submatch.
func waitLog(t *testing.T, p *Proc, re *regexp.Regexp, d time.Duration) string {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		b, _ := os.ReadFile(p.Log)
		if m := re.FindSubmatch(b); m != nil {
			return string(m[1])
		}
		if p.Exited() {
			t.Fatalf("%s exited before printing %v", p.Name, re)
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s did not print %v within %v", p.Name, re, d)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// eval runs a JavaScript expression in the page and returns its value.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	v, err := chromedp.Run(cctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

func navigate(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	cctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if _, err := chromedp.Run(cctx, chromedp.Navigate(url)); err != nil {
		t.Fatalf("navigate %s: %v", url, err)
	}
}

// TestExplorer watches a dispute live in a real browser: `opml demo
// --explorer` starts a devnet, the nodes and the explorer; headless
// Chromium opens the game's page before the game exists and, without
// reloading, sees it appear, its rounds appear in order with nested
// ranges down to one step, the step executed onchain and the verdict;
// then the request's page shows the false claim rejected and the honest
// result finalized with the digit `opml run` computes.
func TestExplorer(t *testing.T) {
	t.Parallel()
	ctx := browser.Start(t)
	want := deployment.Argmax(RunOutput(t, filepath.Join(moduleDir, "fixtures", "models", "mlp.opml"), Input("mlp")))
	n := steps(t, "mlp")
	lie := n / 2 // the demo's default: false hashes from the middle step on

	dir := t.TempDir()
	demo := StartProc(t, dir, dir, "demo", nil, opmlBin, "demo", "--explorer", "--http.addr", "127.0.0.1:0",
		"--explorer.delay", "4s", "--explorer.pace", "500ms", "--timeout", "4m")
	url := waitLog(t, demo, regexp.MustCompile(`explorer: open (http://\S+/) `), 2*time.Minute)

	// The game's page, opened before the first request: nothing yet.
	navigate(t, ctx, url+"games/1")
	browser.WaitText(t, ctx, "#missing", "Game 1 has not been seen yet", 10*time.Second)
	loadedAt := eval[float64](t, ctx, "window.explorerLoadedAt")

	// Watch it live: every observation lists the rounds 1..r in order, r
	// never decreases, and the page shows the game before it is over.
	type seen struct {
		Rounds  []int  `json:"rounds"`
		Verdict string `json:"verdict"`
	}
	var obs []seen
	deadline := time.Now().Add(3 * time.Minute)
	for {
		s := eval[seen](t, ctx, `({rounds: Array.from(document.querySelectorAll("tr.round")).map(r => Number(r.dataset.round)),
			verdict: (document.getElementById("verdict") || {}).innerText || ""})`)
		for i, r := range s.Rounds {
			if r != i+1 {
				t.Fatalf("rounds shown %v: not 1..%d in order", s.Rounds, len(s.Rounds))
			}
		}
		if len(obs) > 0 && len(s.Rounds) < len(obs[len(obs)-1].Rounds) {
			t.Fatalf("rounds shown went from %v to %v", obs[len(obs)-1].Rounds, s.Rounds)
		}
		if len(obs) == 0 || len(s.Rounds) != len(obs[len(obs)-1].Rounds) || s.Verdict != obs[len(obs)-1].Verdict {
			t.Logf("game page: %d rounds shown, verdict %q", len(s.Rounds), s.Verdict)
		}
		obs = append(obs, s)
		if s.Verdict != "" {
			break
		}
		if time.Now().After(deadline) || demo.Exited() {
			t.Fatalf("no verdict on the game page (demo exited: %v); last rounds %v", demo.Exited(), s.Rounds)
		}
		time.Sleep(100 * time.Millisecond)
	}
	final := obs[len(obs)-1]
	live := slices.IndexFunc(obs, func(s seen) bool { return len(s.Rounds) > 0 && len(s.Rounds) < len(final.Rounds) })
	if live < 0 {
		t.Errorf("the page never showed the game in progress (only before it and at its end)")
	}
	if got := eval[float64](t, ctx, "window.explorerLoadedAt"); got != loadedAt {
		t.Errorf("the page reloaded (loaded at %v, then %v): live updates should swap its content", loadedAt, got)
	}
	if want := fmt.Sprintf("step %d executed onchain disproved the claimant's hash", lie-1); !strings.Contains(final.Verdict, want) {
		t.Errorf("verdict %q, want %q", final.Verdict, want)
	}
	browser.WaitText(t, ctx, "#game-status", "challenger won", 5*time.Second)

	// The rounds' ranges nest: each is the previous round's choice, from
	// [0, N] down to the single step executed.
	type round struct{ Lo, Hi, ChosenLo, ChosenHi int }
	rows := eval[[]round](t, ctx, `Array.from(document.querySelectorAll("tr.round")).map(r => {
		const m = r.innerText.match(/\[(\d+), (\d+)\][\s\S]*→ \[(\d+), (\d+)\]/);
		return m ? {Lo: +m[1], Hi: +m[2], ChosenLo: +m[3], ChosenHi: +m[4]} : {Lo: -1, Hi: -1, ChosenLo: -1, ChosenHi: -1};
	})`)
	lo, hi := 0, int(n)
	for i, r := range rows {
		if r.Lo != lo || r.Hi != hi || r.ChosenLo < lo || r.ChosenHi > hi || r.ChosenHi <= r.ChosenLo {
			t.Fatalf("round %d shows [%d, %d] → [%d, %d], want a part of [%d, %d]", i+1, r.Lo, r.Hi, r.ChosenLo, r.ChosenHi, lo, hi)
		}
		lo, hi = r.ChosenLo, r.ChosenHi
	}
	if lo != int(lie)-1 || hi != int(lie) {
		t.Errorf("the rounds narrowed to [%d, %d], want [%d, %d]", lo, hi, lie-1, lie)
	}
	if got := eval[int](t, ctx, `document.querySelectorAll("svg.dissection g.row").length`); got != len(rows)+1 {
		t.Errorf("the drawing has %d rows, want one per round (%d) and the step's", got, len(rows))
	}
	if got := eval[int](t, ctx, `document.querySelectorAll("svg.dissection rect.step-disproved").length`); got != 1 {
		t.Errorf("the drawing shows %d disproved steps, want 1", got)
	}
	browser.WaitText(t, ctx, "#step", fmt.Sprint(lie-1), 5*time.Second)
	browser.WaitText(t, ctx, "#step", "differs", 5*time.Second)
	browser.WaitText(t, ctx, "#payouts", "challenger", 5*time.Second)
	browser.WaitText(t, ctx, "#payouts", "1.5 ETH", 5*time.Second) // its bond back + half the liar's
	if *explorerShot != "" {
		browser.Screenshot(t, ctx, *explorerShot)
	}

	// The request's page: the false claim rejected, the honest one accepted,
	// the result finalized (live: it finalizes after the challenge window).
	navigate(t, ctx, url+"requests/1")
	browser.WaitText(t, ctx, "#request-status", "finalized", 2*time.Minute)
	browser.WaitText(t, ctx, "#result", fmt.Sprintf("class %d", want), 5*time.Second)
	claims := eval[map[string]string](t, ctx, `Object.fromEntries(Array.from(document.querySelectorAll("tr[data-claim]")).map(r =>
		[r.cells[1].innerText, r.cells[2].innerText]))`)
	if claims["dishonest-submitter"] != "rejected" || claims["submitter"] != "accepted" || len(claims) != 2 {
		t.Errorf("claims on request 1 (submitter → status): %v; want the dishonest one rejected, the honest one accepted", claims)
	}
	if errs := browser.PageErrors(ctx); len(errs) > 0 {
		t.Errorf("page errors: %v", errs)
	}

	waitLog(t, demo, regexp.MustCompile(`(stay up at) `), 3*time.Minute)
	demo.Stop(t)
	if demo.err != nil {
		t.Errorf("opml demo --explorer: %v", demo.err)
	}
	waitLog(t, demo, regexp.MustCompile(`(demo passed) in`), time.Second)
}
