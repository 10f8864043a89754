package modelfetch

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/pipeline/modelcard"
	"github.com/opml-dev/opml/vm/model"
)

// served is a fixture model's file and card as served over HTTP.
type served struct {
	name   string
	reg    Registration
	file   []byte
	card   []byte
	m      *model.Model
	server *httptest.Server
	hits   atomic.Int64 // model file requests
}

func serve(t *testing.T, name string, handler func(s *served) http.Handler) *served {
	t.Helper()
	m, card, err := fixtures.LoadModel(name)
	if err != nil {
		t.Fatal(err)
	}
	cb, err := card.Encode()
	if err != nil {
		t.Fatal(err)
	}
	s := &served{name: name, file: m.Encode(), card: cb, m: m}
	if handler == nil {
		handler = plain
	}
	s.server = httptest.NewServer(handler(s))
	t.Cleanup(s.server.Close)
	s.reg = Registration{ID: m.ID(), Header: m.Header, URI: s.server.URL + "/models/" + name + ".opml"}
	return s
}

// plain serves the file and the card.
func plain(s *served) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/models/" + s.name + ".opml":
			s.hits.Add(1)
			w.Write(s.file)
		case "/models/" + s.name + ".opml.json":
			w.Write(s.card)
		default:
			http.NotFound(w, r)
		}
	})
}

type counts struct {
	mu      sync.Mutex
	n       map[string]int
	pending []int // every ModelsPending report, in order
}

func (c *counts) ModelsPending(n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.pending = append(c.pending, n)
}

func (c *counts) ModelFetch(result string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n == nil {
		c.n = map[string]int{}
	}
	c.n[result]++
}

func (c *counts) get(result string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n[result]
}

func newFetcher(t *testing.T, cfg Config) *Fetcher {
	t.Helper()
	if cfg.Dir == "" {
		cfg.Dir = t.TempDir()
	}
	f, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestFileSize(t *testing.T) {
	for _, name := range []string{"mlp", "cnn"} {
		m, _, err := fixtures.LoadModel(name)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := FileSize(m.Header), uint64(len(m.Encode())); got != want {
			t.Errorf("%s: FileSize %d, encoded %d bytes", name, got, want)
		}
	}
}

func TestGetGoodModel(t *testing.T) {
	s := serve(t, "mlp", nil)
	var c counts
	f := newFetcher(t, Config{AllowLocal: true, Metrics: &c})
	m, card, err := f.Get(context.Background(), s.reg)
	if err != nil {
		t.Fatal(err)
	}
	if m.ID() != s.reg.ID || card.ModelID != s.reg.ID {
		t.Fatalf("got model %s card %s, want %s", m.ID(), card.ModelID, s.reg.ID)
	}
	if c.get(ResultFetched) != 1 {
		t.Fatalf("metrics %v", c.n)
	}
	if _, err := os.Stat(f.cachePath(s.reg.ID)); err != nil {
		t.Fatalf("not cached: %v", err)
	}
}

func TestGetWrongHash(t *testing.T) {
	s := serve(t, "mlp", nil)
	other, _, err := fixtures.LoadModel("cnn")
	if err != nil {
		t.Fatal(err)
	}
	// The registration's ID is another model's, with the served header: the
	// file has the right size but hashes to its own ID.
	reg := s.reg
	reg.ID = other.ID()
	var c counts
	f := newFetcher(t, Config{AllowLocal: true, Metrics: &c})
	if _, _, err := f.Get(context.Background(), reg); err == nil || !strings.Contains(err.Error(), "hashes to model") {
		t.Fatalf("err = %v, want a hash mismatch", err)
	}
	if c.get(ResultFailed) != 1 {
		t.Fatalf("metrics %v", c.n)
	}
	if _, err := os.Stat(f.cachePath(reg.ID)); !os.IsNotExist(err) {
		t.Fatalf("a model that failed to verify was cached (%v)", err)
	}
}

func TestGetCardOfAnotherModel(t *testing.T) {
	s := serve(t, "mlp", nil)
	_, card, err := fixtures.LoadModel("mlp")
	if err != nil {
		t.Fatal(err)
	}
	other, _, err := fixtures.LoadModel("cnn")
	if err != nil {
		t.Fatal(err)
	}
	card.ModelID = other.ID() // a valid card naming another model
	if s.card, err = card.Encode(); err != nil {
		t.Fatal(err)
	}
	f := newFetcher(t, Config{AllowLocal: true})
	if _, _, err := f.Get(context.Background(), s.reg); err == nil || !strings.Contains(err.Error(), "card is for model") {
		t.Fatalf("err = %v, want the card refused", err)
	}
}

func TestGetTooLarge(t *testing.T) {
	// The server sends more bytes than the registered header implies, with
	// no Content-Length: reading stops at the cap.
	s := serve(t, "mlp", func(s *served) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Transfer-Encoding", "chunked")
			w.Write(s.file)
			w.(http.Flusher).Flush()
			w.Write(make([]byte, 1<<20))
		})
	})
	f := newFetcher(t, Config{AllowLocal: true})
	if _, _, err := f.Get(context.Background(), s.reg); err == nil || !strings.Contains(err.Error(), "over") {
		t.Fatalf("err = %v, want the file refused as too large", err)
	}
	// A header implying a file over the operator's cap is refused before
	// any request.
	f = newFetcher(t, Config{AllowLocal: true, MaxModelBytes: 1000})
	if _, _, err := f.Get(context.Background(), s.reg); err == nil || !strings.Contains(err.Error(), "over the 1000-byte limit") {
		t.Fatalf("err = %v, want the header refused", err)
	}
	if s.hits.Load() != 0 {
		t.Fatalf("%d requests, want 0", s.hits.Load())
	}
}

func TestGetRedirectToFile(t *testing.T) {
	dir := t.TempDir()
	m, _, err := fixtures.LoadModel("mlp")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "mlp.opml")
	if err := os.WriteFile(path, m.Encode(), 0o644); err != nil {
		t.Fatal(err)
	}
	s := serve(t, "mlp", func(s *served) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "file://"+path, http.StatusFound)
		})
	})
	f := newFetcher(t, Config{AllowLocal: true})
	if _, _, err := f.Get(context.Background(), s.reg); err == nil || !strings.Contains(err.Error(), `redirect to a "file" URL refused`) {
		t.Fatalf("err = %v, want the redirect refused", err)
	}
}

func TestGetLocalRefused(t *testing.T) {
	s := serve(t, "mlp", nil)
	f := newFetcher(t, Config{})
	if _, _, err := f.Get(context.Background(), s.reg); err == nil || !strings.Contains(err.Error(), "loopback, private or link-local") {
		t.Fatalf("err = %v, want the loopback address refused", err)
	}
	if s.hits.Load() != 0 {
		t.Fatalf("the server was reached")
	}
	for _, ip := range []string{"10.1.2.3", "192.168.0.1", "172.16.0.1", "169.254.169.254", "::1", "fd00::1", "0.0.0.0"} {
		if err := f.checkDial("tcp", net.JoinHostPort(ip, "80"), nil); err == nil {
			t.Errorf("%s allowed", ip)
		}
	}
	if err := f.checkDial("tcp", "8.8.8.8:443", nil); err != nil {
		t.Errorf("public address refused: %v", err)
	}
	// file:// needs the opt-in too.
	reg := s.reg
	reg.URI = "file:///nonexistent/mlp.opml"
	if _, _, err := f.Get(context.Background(), reg); err == nil || !strings.Contains(err.Error(), "file:// URIs are refused") {
		t.Fatalf("err = %v, want file:// refused", err)
	}
}

func TestGetFileWithOptIn(t *testing.T) {
	m, card, err := fixtures.LoadModel("mlp")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "mlp.opml")
	cb, _ := card.Encode()
	if err := os.WriteFile(path, m.Encode(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(modelcard.Path(path), cb, 0o644); err != nil {
		t.Fatal(err)
	}
	f := newFetcher(t, Config{AllowLocal: true})
	if _, _, err := f.Get(context.Background(), Registration{ID: m.ID(), Header: m.Header, URI: "file://" + path}); err != nil {
		t.Fatal(err)
	}
}

func TestGetTimeout(t *testing.T) {
	release := make(chan struct{})
	s := serve(t, "mlp", func(s *served) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-release:
			case <-r.Context().Done():
			}
		})
	})
	defer close(release)
	f := newFetcher(t, Config{AllowLocal: true, Timeout: 100 * time.Millisecond})
	if _, _, err := f.Get(context.Background(), s.reg); err == nil || !strings.Contains(err.Error(), "Timeout") {
		t.Fatalf("err = %v, want a timeout", err)
	}
}

func TestPoolRetryThenSuccess(t *testing.T) {
	var fail atomic.Int64
	fail.Store(2)
	s := serve(t, "mlp", func(s *served) http.Handler {
		ok := plain(s)
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.HasSuffix(r.URL.Path, ".opml") && fail.Add(-1) >= 0 {
				http.Error(w, "try later", http.StatusServiceUnavailable)
				return
			}
			ok.ServeHTTP(w, r)
		})
	})
	var c counts
	p := NewPool(newFetcher(t, Config{AllowLocal: true, Metrics: &c}))
	p.MinBackoff, p.MaxBackoff = 10*time.Millisecond, 20*time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- p.Run(ctx) }()
	p.Add(s.reg)
	deadline := time.Now().Add(10 * time.Second)
	for {
		if _, ok := p.Model(s.reg.ID); ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("model not fetched")
		}
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	<-done
	if c.get(ResultFailed) != 2 || c.get(ResultFetched) != 1 {
		t.Fatalf("metrics %v, want 2 failed, 1 fetched", c.n)
	}
	c.mu.Lock()
	reports := append([]int(nil), c.pending...)
	c.mu.Unlock()
	if len(reports) < 3 || reports[0] != 1 || reports[len(reports)-1] != 0 || slices.Index(reports, 0) != len(reports)-1 {
		t.Fatalf("pending reports %v: want 1 while the model failed to fetch, 0 once it was served, and never 0 before", reports)
	}
	if _, ok := p.Card(s.reg.ID); !ok || p.Pending() != 0 {
		t.Fatalf("card %v pending %d", ok, p.Pending())
	}
}

func TestPoolNeverServesUnverified(t *testing.T) {
	s := serve(t, "mlp", nil)
	s.file[len(s.file)-1] ^= 1 // a weight byte: the file decodes, its ID differs
	p := NewPool(newFetcher(t, Config{AllowLocal: true}))
	p.Add(s.reg)
	next := p.FetchDue(context.Background())
	if _, ok := p.Model(s.reg.ID); ok {
		t.Fatal("an unverified model is served")
	}
	if next.IsZero() || p.Pending() != 1 {
		t.Fatalf("next %v pending %d, want a retry", next, p.Pending())
	}
}

func TestCacheHitAfterRestart(t *testing.T) {
	s := serve(t, "mlp", nil)
	dir := t.TempDir()
	if _, _, err := newFetcher(t, Config{Dir: dir, AllowLocal: true}).Get(context.Background(), s.reg); err != nil {
		t.Fatal(err)
	}
	s.server.Close() // a restarted node must not need the server
	var c counts
	m, _, err := newFetcher(t, Config{Dir: dir, AllowLocal: true, Metrics: &c}).Get(context.Background(), s.reg)
	if err != nil {
		t.Fatal(err)
	}
	if m.ID() != s.reg.ID || c.get(ResultCached) != 1 || s.hits.Load() != 1 {
		t.Fatalf("id %s metrics %v hits %d", m.ID(), c.n, s.hits.Load())
	}
	// A corrupted cache entry is not served: it is fetched again (and the
	// server is gone, so the fetch fails).
	path := filepath.Join(dir, strings.TrimPrefix(s.reg.ID.Hex(), "0x")+".opml")
	b, _ := os.ReadFile(path)
	b[len(b)-1] ^= 1
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := newFetcher(t, Config{Dir: dir, AllowLocal: true}).Get(context.Background(), s.reg); err == nil {
		t.Fatal("a corrupted cached model was served")
	}
}

func TestCacheEviction(t *testing.T) {
	mlp := serve(t, "mlp", nil)
	cnn := serve(t, "cnn", nil)
	dir := t.TempDir()
	// Room for the larger model (mlp, ~107 KB) but not for both.
	f := newFetcher(t, Config{Dir: dir, AllowLocal: true, CacheBytes: 120 << 10})
	ctx := context.Background()
	if _, _, err := f.Get(ctx, cnn.reg); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(f.cachePath(cnn.reg.ID), old, old); err != nil {
		t.Fatal(err)
	}
	if _, _, err := f.Get(ctx, mlp.reg); err != nil {
		t.Fatal(err)
	}
	for id, want := range map[common.Hash]bool{cnn.reg.ID: false, mlp.reg.ID: true} {
		_, err := os.Stat(f.cachePath(id))
		if got := err == nil; got != want {
			t.Errorf("model %s cached %v, want %v", id, got, want)
		}
		_, err = os.Stat(modelcard.Path(f.cachePath(id)))
		if got := err == nil; got != want {
			t.Errorf("card of %s cached %v, want %v", id, got, want)
		}
	}
}

func TestCheckRedirect(t *testing.T) {
	req := func(u string) *http.Request {
		r, err := http.NewRequest(http.MethodGet, u, nil)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	for _, tc := range []struct {
		from, to string
		via      int
		err      string
	}{
		{"http://a/m", "https://b/m", 1, ""},
		{"https://a/m", "https://b/m", 1, ""},
		{"https://a/m", "http://b/m", 1, "https to http"},
		{"http://a/m", "file:///etc/passwd", 1, `"file" URL refused`},
		{"http://a/m", "ftp://b/m", 1, `"ftp" URL refused`},
		{"http://a/m", "http://b/m", maxRedirects, "more than 3 redirects"},
	} {
		via := make([]*http.Request, tc.via)
		for k := range via {
			via[k] = req(tc.from)
		}
		err := checkRedirect(req(tc.to), via)
		if tc.err == "" && err != nil || tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)) {
			t.Errorf("%s -> %s after %d: err %v, want %q", tc.from, tc.to, tc.via, err, tc.err)
		}
	}
}

// FetchDue fetches due registrations side by side: both model files are
// requested before either is answered, so a slow URI cannot hold up the
// others.
func TestPoolFetchesInParallel(t *testing.T) {
	var inFlight atomic.Int64
	both := make(chan struct{})
	barrier := func(s *served) http.Handler {
		ok := plain(s)
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.HasSuffix(r.URL.Path, ".opml") {
				if inFlight.Add(1) == 2 {
					close(both)
				}
				select {
				case <-both:
				case <-time.After(5 * time.Second):
					http.Error(w, "the other model was never requested at the same time", http.StatusServiceUnavailable)
					return
				}
			}
			ok.ServeHTTP(w, r)
		})
	}
	a, b := serve(t, "mlp", barrier), serve(t, "cnn", barrier)
	var c counts
	p := NewPool(newFetcher(t, Config{AllowLocal: true, Metrics: &c}))
	p.Add(a.reg)
	p.Add(b.reg)
	if next := p.FetchDue(context.Background()); !next.IsZero() {
		t.Fatalf("a fetch failed (next retry %v): the two were not fetched at once; metrics %v", next, c.n)
	}
	for _, s := range []*served{a, b} {
		if _, ok := p.Model(s.reg.ID); !ok {
			t.Fatalf("%s not served", s.name)
		}
	}
	if c.pending[len(c.pending)-1] != 0 || c.pending[0] != 1 || c.pending[1] != 2 {
		t.Fatalf("pending reports %v, want 1, 2 as they were added, then 0", c.pending)
	}
}
