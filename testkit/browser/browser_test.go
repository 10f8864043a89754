package browser_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/testkit/browser"
)

// livePage shows the server's claim count, polled from JavaScript every
// 50 ms as the explorer's live view will, on a background of a known
// colour; /tall is a page longer than the viewport.
const livePage = `<!doctype html>
<html><head><title>live</title>
<style>html, body { margin: 0; background: rgb(10, 120, 200); color: white; font: 20px sans-serif; }</style>
</head><body>
<div id="status">loading</div>
<script>
async function poll() {
	try {
		const r = await fetch("/api/claims");
		const j = await r.json();
		document.getElementById("status").textContent = "claims: " + j.claims;
		if (j.claims < 0) console.error("negative claim count", j.claims);
	} catch (e) {
		console.error("poll failed", String(e));
	}
	setTimeout(poll, 50);
}
poll();
</script>
</body></html>`

const tallPage = `<!doctype html>
<html><head><style>html, body { margin: 0; }</style></head>
<body><div style="height: 2000px; background: rgb(0, 200, 0)">tall</div></body></html>`

// server serves livePage and its JSON endpoint on 127.0.0.1.
func server(t *testing.T, claims *atomic.Int64) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, livePage)
	})
	mux.HandleFunc("GET /tall", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, tallPage)
	})
	mux.HandleFunc("GET /api/claims", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"claims": %d}`, claims.Load())
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	require.True(t, strings.HasPrefix(srv.URL, "http://127.0.0.1:"), srv.URL)
	return srv
}

func decodePNG(t *testing.T, path string) image.Image {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	img, err := png.Decode(bytes.NewReader(b))
	require.NoError(t, err, "the screenshot is not a PNG")
	return img
}

func requireColor(t *testing.T, img image.Image, x, y int, want color.RGBA) {
	t.Helper()
	r, g, b, _ := img.At(x, y).RGBA()
	got := color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 255}
	require.Equal(t, want, got, "pixel (%d, %d)", x, y)
}

// TestBrowser drives one browser through a page that updates itself from
// the server, as the explorer's live view will: the text follows the
// server's state; a timed-out action leaves the browser working;
// screenshots are PNGs of the viewport's size, or of the whole page when it
// is longer, showing the page; WaitText's failures say what was expected
// and what the page showed. After the test the browser process is gone.
// (One browser for all of it: starting Chromium is most of the time.)
func TestBrowser(t *testing.T) {
	var claims atomic.Int64
	claims.Store(1)
	srv := server(t, &claims)
	var pid int

	t.Run("session", func(t *testing.T) {
		ctx := browser.Start(t)
		pid = browser.Process(ctx).Pid
		require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL)))

		t.Run("live updates", func(t *testing.T) {
			require.Equal(t, "claims: 1", browser.WaitText(t, ctx, "#status", "claims: 1", 10*time.Second))
			claims.Store(2)
			require.Equal(t, "claims: 2", browser.WaitText(t, ctx, "#status", "claims: 2", 10*time.Second))
			require.Empty(t, browser.PageErrors(ctx))
		})

		t.Run("action timeout", func(t *testing.T) {
			// An action's timeout, from a context derived from Start's, ends
			// that action only; the browser keeps working.
			tctx, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
			_, err := chromedp.Run(tctx, chromedp.Evaluate[int](`new Promise(() => {})`, chromedp.EvalAwaitPromise))
			cancel()
			require.ErrorIs(t, err, context.DeadlineExceeded)
			n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`6 * 7`))
			require.NoError(t, err)
			require.Equal(t, 42, n)
		})

		t.Run("screenshot", func(t *testing.T) {
			shot := filepath.Join(t.TempDir(), "shots", "live.png")
			browser.Screenshot(t, ctx, shot)
			img := decodePNG(t, shot)
			require.Equal(t, image.Rect(0, 0, browser.Width, browser.Height), img.Bounds())
			requireColor(t, img, browser.Width-5, browser.Height-5, color.RGBA{10, 120, 200, 255})
		})

		t.Run("wait failure", func(t *testing.T) {
			claims.Store(-1) // the page logs an error for it
			browser.WaitText(t, ctx, "#status", "claims: -1", 10*time.Second)

			r := &fatalRecorder{TB: t}
			r.run(func(tb testing.TB) { browser.WaitText(tb, ctx, "#status", "claims: 7", 300*time.Millisecond) })
			for _, want := range []string{
				`waited 300ms for "#status" to show text containing "claims: 7"`,
				`the element shows: "claims: -1"`,
				"page: " + srv.URL + "/ (title \"live\")",
				"console.error: negative claim count -1",
			} {
				require.Contains(t, r.msg, want)
			}

			r = &fatalRecorder{TB: t}
			r.run(func(tb testing.TB) { browser.WaitText(tb, ctx, "#nothing", "x", 200*time.Millisecond) })
			require.Contains(t, r.msg, `no element matches "#nothing"`)

			r = &fatalRecorder{TB: t}
			start := time.Now()
			r.run(func(tb testing.TB) { browser.WaitText(tb, ctx, "#[", "x", 10*time.Second) })
			require.Contains(t, r.msg, `selector "#["`)
			require.Less(t, time.Since(start), 5*time.Second, "a malformed selector must fail at once")

			require.NotEmpty(t, browser.PageErrors(ctx))
			require.Contains(t, browser.PageErrors(ctx)[0], "negative claim count")
		})

		t.Run("full page", func(t *testing.T) {
			// A page longer than the viewport is captured whole.
			require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/tall")))
			tall := filepath.Join(t.TempDir(), "tall.png")
			browser.Screenshot(t, ctx, tall)
			img := decodePNG(t, tall)
			require.Equal(t, image.Rect(0, 0, browser.Width, 2000), img.Bounds())
			requireColor(t, img, 5, 1990, color.RGBA{0, 200, 0, 255})
		})
	})
	if t.Failed() {
		return
	}
	if pid == 0 {
		t.Skip("no browser ran (see the subtest)")
	}
	// Start's cleanup has run: the process has exited (and been reaped).
	require.ErrorIs(t, syscall.Kill(pid, 0), syscall.ESRCH, "Chromium (pid %d) still runs after the test", pid)
}

// fatalRecorder is a testing.TB whose Fatal and Skip end the goroutine
// and record the message instead of ending the test.
type fatalRecorder struct {
	testing.TB
	msg     string
	skipped bool
}

func (r *fatalRecorder) Helper() {}
func (r *fatalRecorder) Fatal(args ...any) {
	r.msg = fmt.Sprint(args...)
	runtime.Goexit()
}
func (r *fatalRecorder) Fatalf(format string, args ...any) {
	r.msg = fmt.Sprintf(format, args...)
	runtime.Goexit()
}
func (r *fatalRecorder) Skip(args ...any) {
	r.msg, r.skipped = fmt.Sprint(args...), true
	runtime.Goexit()
}

// run calls f with r on a goroutine of its own (Goexit ends only it).
func (r *fatalRecorder) run(f func(testing.TB)) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		f(r)
	}()
	<-done
}

// TestChromiumLookup: $OPML_CHROMIUM wins and must name an executable file;
// a missing Chromium skips Start, or fails it under
// OPML_E2E_REQUIRE_CHROMIUM=1.
func TestChromiumLookup(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "no-chromium")
	t.Setenv("OPML_CHROMIUM", missing)
	_, err := browser.Chromium()
	require.ErrorContains(t, err, "OPML_CHROMIUM")
	require.True(t, errors.Is(err, os.ErrNotExist), "%v", err)

	t.Setenv("OPML_CHROMIUM", dir)
	_, err = browser.Chromium()
	require.ErrorContains(t, err, "not an executable file")

	exe := filepath.Join(dir, "chromium")
	require.NoError(t, os.WriteFile(exe, []byte("#!/bin/sh\n"), 0o755))
	t.Setenv("OPML_CHROMIUM", exe)
	got, err := browser.Chromium()
	require.NoError(t, err)
	require.Equal(t, exe, got)

	if testing.Short() {
		return // Start skips under -short before it looks for Chromium
	}
	t.Setenv("OPML_CHROMIUM", missing)
	t.Setenv("OPML_E2E_REQUIRE_CHROMIUM", "")
	r := &fatalRecorder{TB: t}
	r.run(func(tb testing.TB) { browser.Start(tb) })
	require.True(t, r.skipped, "Start did not skip: %q", r.msg)
	require.Contains(t, r.msg, missing)

	t.Setenv("OPML_E2E_REQUIRE_CHROMIUM", "1")
	r = &fatalRecorder{TB: t}
	r.run(func(tb testing.TB) { browser.Start(tb) })
	require.False(t, r.skipped, "Start skipped although Chromium is required")
	require.Contains(t, r.msg, "OPML_E2E_REQUIRE_CHROMIUM=1")
}
