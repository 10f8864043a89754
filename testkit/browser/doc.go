// Package browser runs headless Chromium for tests, driven by chromedp
// (github.com/chromedp/chromedp): the explorer's end-to-end test loads its
// pages in a real browser, lets their JavaScript run, reads what they show
// and records a screenshot.
//
// Start finds Chromium (Chromium: $OPML_CHROMIUM, else /usr/bin/chromium,
// else chromium or chromium-browser on PATH; Debian's `chromium` package,
// which .ci/run installs), starts it headless with a fresh profile under
// t.TempDir() and a fixed 1280x900 viewport at device scale 1 (so
// screenshots are reproducible), and returns a chromedp context for one tab.
// Without Chromium the test is skipped, or fails if
// OPML_E2E_REQUIRE_CHROMIUM=1 (make test, make e2e: CI cannot skip it
// silently). Under -short (make check) every test that calls Start skips:
// the fast lane runs no browser.
//
// The browser gets flags for a closed network and a root user: no sandbox
// (Chromium refuses to run as root with it), no GPU, no QUIC, no first-run
// UI, no background networking, component updates or sync. chromedp's
// logs, the browser's own output, the page's console messages and its
// uncaught exceptions go to t.Log, never to a global logger; WaitText
// repeats the page's errors when it fails. t.Cleanup closes the browser
// gracefully, waits for its process to exit and removes its profile.
//
// WaitText waits until an element's text contains a string, failing with
// what was expected and what the page showed; Screenshot writes a PNG of
// the whole page (the full scrollable height, at least the viewport).
// A test reads:
//
//	ctx := browser.Start(t)
//	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
//		t.Fatal(err)
//	}
//	browser.WaitText(t, ctx, "#claims", "3 claims", 10*time.Second)
//	browser.Screenshot(t, ctx, filepath.Join(dir, "claims.png"))
//
// Guarantees: one Start is one browser process with one tab; the returned
// context must be used from one goroutine at a time (chromedp's rule for a
// tab). Distinct Starts are independent and may run in parallel tests.
// Test-only.
package browser
