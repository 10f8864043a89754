package browser

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// pollInterval is how often WaitText reads the page.
const pollInterval = 50 * time.Millisecond

// pageErrorLimit bounds how many page errors a WaitText failure lists.
const pageErrorLimit = 10

// pageTextLimit bounds how much of the page's text (in characters) a
// WaitText failure quotes.
const pageTextLimit = 2000

// WaitText waits until the first element matching the CSS selector shows
// text (its innerText: what is rendered, as a user reads it) containing
// want, and returns that text. After timeout it fails the test with what
// it expected and what the page showed: the element's last text (or that
// nothing matched), the page's URL, title and text, and its errors so far.
// A selector the browser rejects fails at once.
func WaitText(t testing.TB, ctx context.Context, selector, want string, timeout time.Duration) string {
	t.Helper()
	sel, err := json.Marshal(selector)
	if err != nil {
		t.Fatalf("browser: WaitText: selector %q: %v", selector, err)
	}
	expr := fmt.Sprintf(`(() => { const e = document.querySelector(%s); return e === null ? null : e.innerText; })()`, sel)
	deadline := time.Now().Add(timeout)
	var last *string
	var lastErr error
	for {
		cctx, cancel := context.WithDeadline(ctx, deadline)
		got, err := chromedp.Run(cctx, chromedp.Evaluate[*string](expr))
		cancel()
		var exc *chromedp.ExceptionError
		switch {
		case errors.As(err, &exc):
			t.Fatalf("browser: WaitText: selector %q: %v", selector, err)
		case err != nil:
			lastErr = err
		default:
			last, lastErr = got, nil
			if got != nil && strings.Contains(*got, want) {
				return *got
			}
		}
		if ctx.Err() != nil || !time.Now().Add(pollInterval).Before(deadline) {
			break
		}
		time.Sleep(pollInterval)
	}

	var b strings.Builder
	fmt.Fprintf(&b, "browser: waited %v for %q to show text containing %q\n", timeout, selector, want)
	switch {
	case last != nil:
		fmt.Fprintf(&b, "  the element shows: %q\n", *last)
	case lastErr == nil:
		fmt.Fprintf(&b, "  no element matches %q\n", selector)
	}
	if lastErr != nil {
		fmt.Fprintf(&b, "  last read failed: %v\n", lastErr)
	}
	b.WriteString(describePage(ctx))
	if errs := PageErrors(ctx); len(errs) > 0 {
		fmt.Fprintf(&b, "  page errors (%d):\n", len(errs))
		for i, e := range errs {
			if i == pageErrorLimit {
				fmt.Fprintf(&b, "    … and %d more\n", len(errs)-i)
				break
			}
			fmt.Fprintf(&b, "    %s\n", e)
		}
	}
	t.Fatal(strings.TrimRight(b.String(), "\n"))
	return ""
}

// describePage renders the page's URL, title and the start of its text for
// a failure message, with a short timeout of its own (the test's context
// may be what failed).
func describePage(ctx context.Context) string {
	cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	type shown struct {
		URL   string `json:"url"`
		Title string `json:"title"`
		Text  string `json:"text"`
	}
	p, err := chromedp.Run(cctx, chromedp.Evaluate[shown](`({url: location.href, title: document.title, text: document.body ? document.body.innerText : ""})`))
	if err != nil {
		return fmt.Sprintf("  (could not read the page: %v)\n", err)
	}
	text := p.Text
	if r := []rune(text); len(r) > pageTextLimit {
		text = string(r[:pageTextLimit]) + "…"
	}
	return fmt.Sprintf("  page: %s (title %q)\n  page text:\n    %s\n", p.URL, p.Title, strings.ReplaceAll(text, "\n", "\n    "))
}

// FullPage is a chromedp action that captures the whole page as a PNG: the
// full scrollable area (at least the viewport) at scale 1, not only what
// the viewport shows.
func FullPage() chromedp.Action[[]byte] {
	return func(ctx context.Context, tg *chromedp.Target) ([]byte, error) {
		m, err := cdp.Call(ctx, tg, page.GetLayoutMetrics, cdp.Empty{})
		if err != nil {
			return nil, fmt.Errorf("browser: layout metrics: %w", err)
		}
		var w, h float64
		if v := m.CSSLayoutViewport; v != nil {
			w, h = float64(v.ClientWidth), float64(v.ClientHeight)
		}
		if c := m.CSSContentSize; c != nil {
			w, h = max(w, math.Ceil(c.Width)), max(h, math.Ceil(c.Height))
		}
		if w <= 0 || h <= 0 {
			return nil, fmt.Errorf("browser: the page has no size (%vx%v)", w, h)
		}
		yes := true
		r, err := cdp.Call(ctx, tg, page.CaptureScreenshot, page.CaptureScreenshotParams{
			Format:                page.CaptureScreenshotFormatPng,
			Clip:                  &page.Viewport{Width: w, Height: h, Scale: 1},
			FromSurface:           &yes,
			CaptureBeyondViewport: &yes,
		})
		if err != nil {
			return nil, fmt.Errorf("browser: screenshot: %w", err)
		}
		return r.Data, nil
	}
}

// Screenshot writes a PNG of the whole current page (FullPage) to path,
// creating its directory, and fails the test on error.
func Screenshot(t testing.TB, ctx context.Context, path string) {
	t.Helper()
	png, err := chromedp.Run(ctx, FullPage())
	if err != nil {
		t.Fatalf("browser: screenshot for %s: %v", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatalf("browser: screenshot: %v", err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatalf("browser: screenshot: %v", err)
	}
	t.Logf("browser: screenshot %s (%d bytes)", path, len(png))
}
