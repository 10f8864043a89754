package browser

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// The viewport of every browser Start starts, in CSS pixels at device scale
// 1: a screenshot of a page is the same size on every machine.
const (
	Width  = 1280
	Height = 900
)

const (
	// envChromium names the Chromium executable to use.
	envChromium = "OPML_CHROMIUM"
	// envRequire, when "1", turns a missing Chromium from a skip into a
	// failure (make test, make e2e).
	envRequire = "OPML_E2E_REQUIRE_CHROMIUM"
	// debianChromium is where Debian's chromium package puts its launcher.
	debianChromium = "/usr/bin/chromium"
)

// closeTimeout bounds the graceful close of the browser in t.Cleanup;
// after it the process is killed.
const closeTimeout = 10 * time.Second

// Chromium returns the Chromium executable Start runs: $OPML_CHROMIUM if
// set (it must then be an executable file), else /usr/bin/chromium, else
// chromium or chromium-browser on PATH.
func Chromium() (string, error) {
	if p := os.Getenv(envChromium); p != "" {
		if err := executable(p); err != nil {
			return "", fmt.Errorf("browser: $%s: %w", envChromium, err)
		}
		return p, nil
	}
	if executable(debianChromium) == nil {
		return debianChromium, nil
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("browser: no Chromium at %s or on PATH as chromium or chromium-browser (set %s, or apt-get install chromium)", debianChromium, envChromium)
}

// executable reports why p is not an executable file, or nil.
func executable(p string) error {
	st, err := os.Stat(p)
	if err != nil {
		return err
	}
	if st.IsDir() || st.Mode().Perm()&0o111 == 0 {
		return fmt.Errorf("%s is not an executable file", p)
	}
	return nil
}

// Start starts headless Chromium for the test and returns the chromedp
// context of its one tab, for chromedp.Run and chromedp.Do; the browser is
// running when Start returns. It skips the test under -short and when there
// is no Chromium (failing it instead if OPML_E2E_REQUIRE_CHROMIUM=1).
// t.Cleanup closes the browser, waits for its process to exit and removes
// its profile; cancelling the returned context early is not needed.
//
// The browser lives as long as the test (chromedp binds it to the context
// of its first Run, which Start makes). To bound one action, run it with a
// context derived from the returned one with a timeout: the timeout ends
// that action, not the browser.
func Start(t testing.TB) context.Context {
	t.Helper()
	if testing.Short() {
		t.Skip("browser: -short: the fast lane runs no browser")
	}
	path, err := Chromium()
	if err != nil {
		if os.Getenv(envRequire) == "1" {
			t.Fatalf("%v; %s=1", err, envRequire)
		}
		t.Skip(err)
	}
	// t.TempDir's own cleanup runs after the one registered below (cleanups
	// run last-registered first), so the browser is gone before it.
	profile := t.TempDir()
	s := &session{t: t}

	opts := append(slices.Clone(chromedp.DefaultExecAllocatorOptions[:]),
		chromedp.ExecPath(path),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(Width, Height),
		// Chromium refuses to start as root with its sandbox on.
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		// The machine's network is closed: nothing may try to reach out.
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.CombinedOutput(&lineWriter{s: s, prefix: "chromium: "}),
	)
	start := time.Now()
	actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx,
		chromedp.WithLogf(s.prefixed("chromedp: ")),
		chromedp.WithErrorf(s.prefixed("chromedp: error: ")),
	)
	t.Cleanup(func() {
		// A graceful close first (Browser.close), so that Chromium ends its
		// own child processes; then the contexts, which kill what is left and
		// wait for the process.
		closing := time.Now()
		cctx, ccancel := context.WithTimeout(ctx, closeTimeout)
		if err := chromedp.Cancel(cctx); err != nil && !errors.Is(err, context.Canceled) {
			s.logf("browser: closing Chromium: %v", err)
		}
		ccancel()
		cancel()
		acancel()
		s.logf("browser: closed in %v", time.Since(closing).Round(time.Millisecond))
		s.stop()
		// A child process of Chromium can still write into the profile for a
		// moment after the browser exits.
		if err := removeRetry(profile, 5*time.Second); err != nil {
			t.Errorf("browser: removing the profile: %v", err)
		}
	})

	// The first Run allocates the browser and binds it to ctx (the test's
	// lifetime); it also opens the tab.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("browser: starting %s: %v", path, err)
	}
	if err := chromedp.Listen(ctx, s.pageEvent); err != nil {
		t.Fatalf("browser: listening to the page: %v", err)
	}
	// The window size sets the window; the emulated viewport pins the page's
	// size and scale whatever the window manager or the display does.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(Width, Height)); err != nil {
		t.Fatalf("browser: setting the viewport: %v", err)
	}
	if p := chromedp.FromContext(ctx).Browser.Process(); p != nil {
		t.Logf("browser: %s started in %v (pid %d), profile %s", path, time.Since(start).Round(time.Millisecond), p.Pid, profile)
	}
	return context.WithValue(ctx, sessionKey{}, s)
}

// Process returns the Chromium process behind a context from Start, or nil.
func Process(ctx context.Context) *os.Process {
	c := chromedp.FromContext(ctx)
	if c == nil || c.Browser == nil {
		return nil
	}
	return c.Browser.Process()
}

// PageErrors returns the page's uncaught JavaScript exceptions and
// console.error messages since Start, in order, for a context from Start.
func PageErrors(ctx context.Context) []string {
	s, ok := ctx.Value(sessionKey{}).(*session)
	if !ok {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.errs)
}

type sessionKey struct{}

// session is one Start: where its logs go and the page errors seen. Its
// log functions are called from chromedp's goroutines; after stop (in
// t.Cleanup, once the browser is gone) they drop messages, since a test's
// Log may not be called after it completes.
type session struct {
	t       testing.TB
	mu      sync.Mutex
	stopped bool
	errs    []string
}

func (s *session) logf(format string, args ...any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.stopped {
		s.t.Logf(format, args...)
	}
}

func (s *session) prefixed(prefix string) func(string, ...any) {
	return func(format string, args ...any) { s.logf(prefix+format, args...) }
}

func (s *session) stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stopped = true
}

// pageEvent logs the page's console and its uncaught exceptions, and
// records the errors among them.
func (s *session) pageEvent(ev any) {
	var line string
	var isErr bool
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		args := make([]string, 0, len(ev.Args))
		for _, a := range ev.Args {
			args = append(args, remoteString(a))
		}
		line = fmt.Sprintf("console.%s: %s", ev.Type, strings.Join(args, " "))
		isErr = ev.Type == runtime.ConsoleAPICalledTypeError
	case *runtime.EventExceptionThrown:
		line = "uncaught exception: " + exceptionString(ev.ExceptionDetails)
		isErr = true
	default:
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if isErr {
		s.errs = append(s.errs, line)
	}
	if !s.stopped {
		s.t.Log("page: " + line)
	}
}

// remoteString renders a console argument: its JSON value (unquoted for a
// string), else its description.
func remoteString(o *runtime.RemoteObject) string {
	if o == nil {
		return ""
	}
	if v := strings.TrimSpace(string(o.Value)); v != "" {
		var str string
		if json.Unmarshal(o.Value, &str) == nil {
			return str
		}
		return v
	}
	if o.UnserializableValue != "" {
		return string(o.UnserializableValue)
	}
	return o.Description
}

// exceptionString renders an exception with its location.
func exceptionString(d *runtime.ExceptionDetails) string {
	if d == nil {
		return "(no details)"
	}
	msg := d.Text
	if d.Exception != nil && d.Exception.Description != "" {
		msg = d.Exception.Description
	}
	return fmt.Sprintf("%s (%s:%d:%d)", msg, d.URL, d.LineNumber+1, d.ColumnNumber+1)
}

// lineWriter sends the browser's output to the test log a line at a time.
type lineWriter struct {
	s      *session
	prefix string
	mu     sync.Mutex
	buf    []byte
}

func (w *lineWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf = append(w.buf, p...)
	for {
		i := slices.Index(w.buf, '\n')
		if i < 0 {
			break
		}
		// There is no D-Bus on a CI machine; Chromium reports each failed
		// connection to it (dozens of lines a start, all harmless).
		if line := strings.TrimRight(string(w.buf[:i]), "\r"); line != "" && !strings.Contains(line, ":ERROR:dbus/") {
			w.s.logf("%s%s", w.prefix, line)
		}
		w.buf = w.buf[i+1:]
	}
	return len(p), nil
}

// removeRetry removes dir, retrying for up to limit while something still
// writes into it.
func removeRetry(dir string, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for {
		err := os.RemoveAll(dir)
		if err == nil || time.Now().After(deadline) {
			return err
		}
		time.Sleep(20 * time.Millisecond)
	}
}
