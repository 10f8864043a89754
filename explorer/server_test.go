package explorer_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/explorer"
	"github.com/opml-dev/opml/infra/nodestore"
	"github.com/opml-dev/opml/testkit/nodetest"
)

// get serves one request and returns the status and body.
func get(t *testing.T, h http.Handler, path string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec.Code, rec.Body.String()
}

// getJSON serves path and decodes its JSON answer into v.
func getJSON(t *testing.T, h http.Handler, path string, v any) {
	t.Helper()
	code, body := get(t, h, path)
	require.Equal(t, http.StatusOK, code, body)
	require.NoError(t, json.Unmarshal([]byte(body), v), body)
}

func newServer(t *testing.T, cfg explorer.ServerConfig) *explorer.Server {
	t.Helper()
	s, err := explorer.NewServer(cfg)
	require.NoError(t, err)
	return s
}

// TestServerGame serves the pages of a real dispute (followed from a
// simulated chain) and checks them against the Index.
func TestServerGame(t *testing.T) {
	var s *explorer.Server
	seen := map[string]int{}
	d := runDispute(t, func(d *disputed) {
		if s == nil {
			s = newServer(t, explorer.ServerConfig{Index: d.ix, Contracts: d.c, Chain: d.fe.Chain.Client,
				Labels: map[common.Address]string{d.chal: "the challenger", d.liar: "the liar"}})
		}
		livePages(t, d, s, seen)
	})
	t.Logf("live pages seen: %v", seen)
	for _, k := range []string{"challenge window", "claimant", "claimant after a choice", "challenger to choose", "challenger to step"} {
		require.Positive(t, seen[k], "no page seen with %s", k)
	}
	d.stop()
	g, ok := d.ix.Game(d.game.Uint64())
	require.True(t, ok)
	path := fmt.Sprintf("/games/%d", g.ID)

	t.Run("api game", func(t *testing.T) {
		var v explorer.GameView
		getJSON(t, s, "/api"+path, &v)
		require.Equal(t, g.ID, v.ID)
		require.Equal(t, "1.1", v.Claim)
		require.Equal(t, "1", v.Request)
		require.Equal(t, "the liar", v.Claimant.Label)
		require.Equal(t, d.liar.Hex(), v.Claimant.Hex)
		require.Equal(t, "the challenger", v.Challenger.Label)
		require.Equal(t, g.NumSteps, v.Steps)
		require.Len(t, v.Rounds, len(g.Rounds))
		for i, r := range g.Rounds {
			rv := v.Rounds[i]
			require.Equal(t, explorer.RoundView{Number: r.Number, Lo: r.Lo, Hi: r.Hi, Parts: r.Parts(), Points: rv.Points,
				Chosen: true, Index: r.Index, ChosenLo: r.ChosenLo, ChosenHi: r.ChosenHi, Block: r.BisectBlock}, rv)
			require.Len(t, rv.Points, r.Parts()+1)
			require.Equal(t, [2]uint64{r.Lo, r.Hi}, [2]uint64{rv.Points[0], rv.Points[r.Parts()]})
			require.Equal(t, [2]uint64{r.ChosenLo, r.ChosenHi}, [2]uint64{rv.Points[r.Index], rv.Points[r.Index+1]})
		}
		lo, hi := g.Range()
		require.Equal(t, [2]uint64{lo, hi}, [2]uint64{v.Lo, v.Hi})
		require.NotNil(t, v.Step)
		require.Equal(t, g.Step.Step, v.Step.Step)
		require.Equal(t, lo, v.Step.Step)
		require.True(t, v.Step.Disproved)
		require.Equal(t, g.Step.PostHash.Hex(), v.Step.PostHash)
		require.Equal(t, g.Step.Claim.Hex(), v.Step.Claimed)
		require.Equal(t, "challenger won", v.Status)
		require.Equal(t, fmt.Sprintf("step %d executed onchain disproved the claimant's hash", lo), v.Verdict)
		require.Empty(t, v.Turn, "nobody moves in a finished game")
		require.Len(t, v.Payouts, 1)
		require.Equal(t, "the challenger", v.Payouts[0].To.Label)
		require.Equal(t, "", v.LiveError)
		require.NotEmpty(t, v.ChallengeBond, "the bonds were read live")
		require.NotEmpty(t, v.SubmitBond)
	})

	t.Run("html game", func(t *testing.T) {
		code, body := get(t, s, path)
		require.Equal(t, http.StatusOK, code)
		require.Contains(t, body, `id="game-status">challenger won<`)
		require.Contains(t, body, fmt.Sprintf(`id="verdict">step %d executed onchain disproved the claimant&#39;s hash<`, g.Step.Step))
		// The rounds table: one row per round, in order.
		rows := regexp.MustCompile(`<tr class="round" data-round="(\d+)"><td>\d+</td><td class="num">\[(\d+), (\d+)\]</td>`).FindAllStringSubmatch(body, -1)
		require.Len(t, rows, len(g.Rounds))
		for i, r := range g.Rounds {
			require.Equal(t, []string{fmt.Sprint(r.Number), fmt.Sprint(r.Lo), fmt.Sprint(r.Hi)}, rows[i][1:], "row %d", i)
			require.Contains(t, body, fmt.Sprintf("part %d of %d → [%d, %d]", r.Index+1, r.Parts(), r.ChosenLo, r.ChosenHi))
		}
		// The drawing: a row per round and the step's, each round with
		// its chosen part joined to the next row.
		svg := between(t, body, `<svg class="dissection"`, `</svg>`)
		require.Equal(t, len(g.Rounds)+1, strings.Count(svg, `<g class="row">`))
		require.Equal(t, len(g.Rounds), strings.Count(svg, `<rect class="chosen"`))
		require.Equal(t, len(g.Rounds), strings.Count(svg, `<polygon class="link"`))
		require.Equal(t, 1, strings.Count(svg, `<rect class="step-disproved"`))
		require.Contains(t, svg, `>step</text>`)
		require.Contains(t, body, `<dl id="step">`)
		require.Contains(t, body, `<b class="bad">differs</b>`)
		require.Contains(t, body, `<script src="/static/explorer.js"`)
	})

	t.Run("fragment", func(t *testing.T) {
		code, body := get(t, s, path+"?fragment=1")
		require.Equal(t, http.StatusOK, code)
		require.True(t, strings.HasPrefix(body, `<p class="head" id="head">block <b>`), body[:min(len(body), 80)])
		for _, tag := range []string{"<html", "<head", "<main", "<script", "<footer"} {
			require.NotContains(t, body, tag)
		}
		require.Contains(t, body, `<table id="rounds">`)
		require.Contains(t, body, `id="game-status">challenger won<`)
	})

	t.Run("request", func(t *testing.T) {
		code, body := get(t, s, "/requests/1")
		require.Equal(t, http.StatusOK, code)
		require.Contains(t, body, `id="request-status">finalized<`)
		require.Contains(t, body, `data-claim="1.1"`)
		require.Contains(t, body, `data-claim="1.2"`)
		var v explorer.RequestView
		getJSON(t, s, "/api/requests/1", &v)
		require.Equal(t, "finalized", v.Status)
		require.NotNil(t, v.Output)
		require.Equal(t, "0x"+common.Bytes2Hex(d.fe.Want), v.Output.Hex)
		require.Len(t, v.Claims, 2)
		require.Equal(t, []string{"rejected", "accepted"}, []string{v.Claims[0].Status, v.Claims[1].Status})
		require.Equal(t, []uint64{g.ID}, v.Claims[0].Games)

		var c explorer.ClaimView
		getJSON(t, s, "/api/claims/1.1", &c)
		require.Equal(t, "rejected", c.Status)
		require.Equal(t, arbiter.ClaimID(big.NewInt(1), 1).String(), c.RawID)
		var raw explorer.ClaimView
		getJSON(t, s, "/api/claims/"+c.RawID, &raw)
		require.Equal(t, c, raw, "a claim by its raw ID")
	})

	t.Run("lists", func(t *testing.T) {
		for _, p := range []struct{ path, want string }{
			{"/", "<h2>Active games</h2>"},
			{"/models", "<table id=\"models\">"},
			{"/requests", `<tr data-request="1">`},
			{"/claims", `<tr data-claim="1.2">`},
			{"/games", fmt.Sprintf(`<tr data-game="%d">`, g.ID)},
		} {
			code, body := get(t, s, p.path)
			require.Equal(t, http.StatusOK, code, p.path)
			require.Contains(t, body, p.want, p.path)
		}
		for path, n := range map[string]int{"/api/games": 1, "/api/requests": 1, "/api/claims": 2} {
			var list []json.RawMessage
			getJSON(t, s, path, &list)
			require.Len(t, list, n, path)
		}
		var models []explorer.ModelView
		getJSON(t, s, "/api/models", &models)
		require.Len(t, models, 1)
		require.Equal(t, d.fe.Model.Header.NumSteps, models[0].Steps)
	})
}

// livePages checks the pages of the pending claims and active games of a
// dispute being played against the chain's live state (the Index has
// caught up with the chain, which does not move meanwhile), and counts in
// seen the situations shown.
func livePages(t *testing.T, d *disputed, s *explorer.Server, seen map[string]int) {
	ctx := context.Background()
	now := d.fe.Chain.Now()
	for _, c := range d.ix.Claims() {
		if c.Status != arbiter.ClaimPending {
			continue
		}
		req, attempt := arbiter.SplitClaimID(c.ID)
		name := fmt.Sprintf("%v.%d", req, attempt)
		var v explorer.ClaimView
		getJSON(t, s, "/api/claims/"+name, &v)
		require.Equal(t, "pending", v.Status)
		require.Equal(t, int64(c.Deadline)-int64(now), v.WindowLeft)
		code, body := get(t, s, "/claims/"+name)
		require.Equal(t, http.StatusOK, code, body)
		if v.WindowLeft > 0 {
			seen["challenge window"]++
			require.Contains(t, body, fmt.Sprintf(`(<span data-countdown="%d">`, v.WindowLeft))
		} else {
			require.Contains(t, body, "(closed)")
		}
		code, body = get(t, s, fmt.Sprintf("/requests/%v", req))
		require.Equal(t, http.StatusOK, code, body)
	}
	for _, g := range d.ix.Games() {
		if g.Status != arbiter.GameActive {
			continue
		}
		id := new(big.Int).SetUint64(g.ID)
		rec, err := d.g.Record(ctx, id)
		require.NoError(t, err)
		cl, ch, err := d.g.Clocks(ctx, id)
		require.NoError(t, err)
		var v explorer.GameView
		getJSON(t, s, fmt.Sprintf("/api/games/%d", g.ID), &v)
		require.Equal(t, "active", v.Status)
		require.Empty(t, v.Verdict)
		chosen := 0
		for _, r := range v.Rounds {
			if r.Chosen {
				chosen++
			}
		}
		require.Equal(t, int(rec.Rounds), chosen, "the rounds completed")
		require.LessOrEqual(t, len(v.Rounds)-chosen, 1, "only the last round waits for a choice")
		require.Equal(t, [2]uint64{rec.Lo, rec.Hi}, [2]uint64{v.Lo, v.Hi}, "the range the chain is at")
		require.Equal(t, [2]uint64{cl, ch}, [2]uint64{v.ClaimantClock.Left, v.ChallengerClock.Left})
		require.Equal(t, rec.Turn == arbiter.TurnClaimant, v.ClaimantClock.Running)
		require.Equal(t, rec.Turn == arbiter.TurnChallenger, v.ChallengerClock.Running)
		var toMove string
		switch {
		case rec.Turn == arbiter.TurnClaimant:
			require.Equal(t, "claimant", v.Turn)
			toMove = fmt.Sprintf("the claimant must post its hashes splitting [%d, %d]", rec.Lo, rec.Hi)
			if len(v.Rounds) > 0 {
				seen["claimant after a choice"]++
			}
		case rec.Hi-rec.Lo == 1:
			require.Equal(t, "challenger", v.Turn)
			toMove = fmt.Sprintf("the challenger must execute step %d onchain", rec.Lo)
			seen["challenger to step"]++
		default:
			require.Equal(t, "challenger", v.Turn)
			toMove = fmt.Sprintf("the challenger must choose a part of [%d, %d] to dispute", rec.Lo, rec.Hi)
			seen["challenger to choose"]++
		}
		seen[v.Turn]++
		require.Equal(t, toMove, v.ToMove)
		// The list derives the turn from the events alone (no calls per
		// game): it must agree with the chain's.
		var list []explorer.GameView
		getJSON(t, s, "/api/games", &list)
		require.Len(t, list, 1)
		require.Equal(t, v.Turn, list[0].Turn, "the turn the games list derives from the events")
		code, body := get(t, s, fmt.Sprintf("/games/%d", g.ID))
		require.Equal(t, http.StatusOK, code, body)
		require.Contains(t, body, `<p class="tomove" id="tomove">Now: `+toMove+`.</p>`)
		require.Contains(t, body, fmt.Sprintf(`<div class="side running" id="%s">`, v.Turn))
		// The drawing: the posted rounds, and a row for what is open
		// below the last choice (the next round's range, or the step).
		rows := len(v.Rounds)
		if rows == 0 || v.Rounds[rows-1].Chosen {
			rows++
		}
		svg := between(t, body, `<svg class="dissection"`, `</svg>`)
		require.Equal(t, rows, strings.Count(svg, `<g class="row">`), "game at [%d, %d] after %d rounds", rec.Lo, rec.Hi, len(v.Rounds))
	}
}

func between(t *testing.T, s, from, to string) string {
	t.Helper()
	i := strings.Index(s, from)
	require.GreaterOrEqual(t, i, 0, "no %q", from)
	j := strings.Index(s[i:], to)
	require.GreaterOrEqual(t, j, 0, "no %q after %q", to, from)
	return s[i : i+j]
}

// TestServerUnknownAndMalformed: a record the Index has not seen is a 404
// page that still updates itself; an ID that is not one is a 400 with the
// reason, never a panic.
func TestServerUnknownAndMalformed(t *testing.T) {
	s := newServer(t, explorer.ServerConfig{Index: explorer.NewIndex(explorer.Contracts{})})
	huge := new(big.Int).Lsh(big.NewInt(1), 300).String()
	beyondUint64 := new(big.Int).Lsh(big.NewInt(1), 64).String()
	for _, c := range []struct{ path, text string }{
		{"/games/7", "Game 7 has not been seen yet."},
		{"/games/" + beyondUint64, "Game " + beyondUint64 + " has not been seen yet."},
		{"/requests/3", "Request 3 has not been seen yet."},
		{"/claims/3.1", "Claim 3.1 has not been seen yet."},
		{"/claims/" + arbiter.ClaimID(big.NewInt(3), 2).String(), "Claim 3.2 has not been seen yet."},
	} {
		code, body := get(t, s, c.path)
		require.Equal(t, http.StatusNotFound, code, c.path)
		require.Contains(t, body, `<p class="missing" id="missing">`+c.text+" This page updates itself when it appears.</p>", c.path)
		require.Contains(t, body, `<script src="/static/explorer.js" defer></script>`, c.path)
		require.Contains(t, body, `<main data-version="`, c.path)
		code, body = get(t, s, "/api"+c.path)
		require.Equal(t, http.StatusNotFound, code, c.path)
		require.Contains(t, body, c.text, c.path)
	}
	code, body := get(t, s, "/games/7?fragment=1")
	require.Equal(t, http.StatusNotFound, code)
	require.Contains(t, body, "Game 7 has not been seen yet.")
	require.NotContains(t, body, "<html")
	for _, id := range []string{"abc", "-1", "0", huge, "1.5", "0x10", "1e3"} {
		for _, kind := range []string{"/games/", "/requests/", "/api/games/", "/api/requests/"} {
			code, body := get(t, s, kind+id)
			require.Equal(t, http.StatusBadRequest, code, kind+id)
			require.Equal(t, fmt.Sprintf("explorer: %q is not an ID (a positive decimal number)\n", id), body, kind+id)
		}
	}
	for _, id := range []string{"abc", "-1", "0", "1.0", "0.1", "1.-1", "1.4294967296", "x.1"} {
		for _, kind := range []string{"/claims/", "/api/claims/"} {
			code, body := get(t, s, kind+id)
			require.Equal(t, http.StatusBadRequest, code, kind+id)
			require.Contains(t, body, fmt.Sprintf("explorer: claim %q: want REQUEST.ATTEMPT (e.g. 3.1) or a claim ID", id), kind+id)
		}
	}
	code, _ = get(t, s, "/static/explorer.js")
	require.Equal(t, http.StatusOK, code)
}

// TestServerUpdates reads /api/updates as a browser's EventSource would:
// the Index's version at once, then again each time the Index changes.
func TestServerUpdates(t *testing.T) {
	ix := explorer.NewIndex(explorer.Contracts{})
	srv := httptest.NewServer(newServer(t, explorer.ServerConfig{Index: ix, UpdateInterval: 5 * time.Millisecond}))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"/api/updates", nil)
	require.NoError(t, err)
	resp, err := srv.Client().Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.Equal(t, "text/event-stream", resp.Header.Get("Content-Type"))
	events := make(chan string, 16)
	go func() {
		defer close(events)
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if line := sc.Text(); line != "" {
				events <- line
			}
		}
	}()
	next := func() string {
		t.Helper()
		select {
		case e, ok := <-events:
			require.True(t, ok, "the stream ended")
			return e
		case <-time.After(5 * time.Second):
			t.Fatal("no event")
			return ""
		}
	}
	require.Equal(t, fmt.Sprintf("data: %d", ix.Version()), next())
	ix.Advance(5, nil)
	require.Equal(t, fmt.Sprintf("data: %d", ix.Version()), next())
	// A rebuild from the store (a restart, a reorg) is a change too.
	st, err := nodestore.Open(t.TempDir(), nodetest.Logger(t, "explorer.store"))
	require.NoError(t, err)
	defer st.Close()
	require.NoError(t, explorer.Load(st, ix))
	require.Equal(t, fmt.Sprintf("data: %d", ix.Version()), next())
	cancel()
	for range events { // the stream ends with the request
	}
	_, _ = io.Copy(io.Discard, resp.Body)
}
