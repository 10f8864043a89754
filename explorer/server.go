package explorer

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/hashicorp/go-hclog"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/vm/model"
)

//go:embed web/templates/*.html
var templateFS embed.FS

//go:embed web/static
var staticFS embed.FS

// Chain is what the Server reads live: contract calls (clocks, bonds, a
// model's header) and the head (the chain's time).
type Chain interface {
	arbiter.Caller
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// ServerConfig configures a Server.
type ServerConfig struct {
	Index     *Index
	Contracts Contracts
	// Chain, if set, is read live for clocks, bonds, chain time and model
	// headers; without it pages show only what the events say.
	Chain Chain
	// Models, if set, supplies fetched models and cards (names, decoded
	// outputs, the op of an executed step).
	Models ModelSource
	// Labels name addresses (e.g. "challenger").
	Labels map[common.Address]string
	Logger hclog.Logger
	// UpdateInterval is how often /api/updates checks the Index for a
	// change (default 200ms).
	UpdateInterval time.Duration
}

// Server serves the explorer's pages, their JSON under /api/, and a
// server-sent event stream (/api/updates) that tells open pages to
// refresh. It only reads: the Index and, live, the chain.
type Server struct {
	cfg     ServerConfig
	tmpl    *template.Template
	mux     *http.ServeMux
	mu      sync.Mutex
	headers map[common.Hash]model.Header
}

// NewServer returns a Server of cfg.
func NewServer(cfg ServerConfig) (*Server, error) {
	if cfg.Index == nil {
		return nil, errors.New("explorer: no index")
	}
	if cfg.Logger == nil {
		cfg.Logger = hclog.NewNullLogger()
	}
	if cfg.UpdateInterval == 0 {
		cfg.UpdateInterval = 200 * time.Millisecond
	}
	t, err := template.New("").Funcs(template.FuncMap{
		"short": func(s string) string { return shorten(s, 12) },
		"join":  func(v []uint64) string { return strings.Trim(fmt.Sprint(v), "[]") },
		"clock": clockOf,
		"inc":   func(i int) int { return i + 1 },
		"dec":   func(i int) int { return i - 1 },
	}).ParseFS(templateFS, "web/templates/*.html")
	if err != nil {
		return nil, fmt.Errorf("explorer: templates: %w", err)
	}
	s := &Server{cfg: cfg, tmpl: t, mux: http.NewServeMux(), headers: map[common.Hash]model.Header{}}
	static, err := fs.Sub(staticFS, "web/static")
	if err != nil {
		return nil, fmt.Errorf("explorer: %w", err)
	}
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	s.mux.HandleFunc("GET /api/updates", s.updates)
	for _, p := range []struct {
		path string
		page func(r *http.Request) (page, error)
	}{
		{"/{$}", s.overview},
		{"/models", s.models},
		{"/requests", s.requests},
		{"/requests/{id}", s.request},
		{"/claims", s.claims},
		{"/claims/{id}", s.claim},
		{"/games", s.games},
		{"/games/{id}", s.game},
	} {
		s.mux.HandleFunc("GET "+p.path, s.html(p.page))
		if p.path != "/{$}" {
			s.mux.HandleFunc("GET /api"+p.path, s.json(p.page))
		}
	}
	return s, nil
}

// ServeHTTP serves the explorer.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:")
	s.mux.ServeHTTP(w, r)
}

// page is what a handler built: the template that shows it, its title
// and data. Missing is set for a record the explorer has not seen (yet):
// the page says so and updates itself when it appears.
type page struct {
	Template string
	Title    string
	Nav      string
	Data     any
	Missing  string
	Paging   *Paging // a list page's part of the list (HTML only: the JSON is the part itself)
}

// httpError is an error with its status.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &httpError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

// layout is the data of a whole page.
type layout struct {
	page
	Head      uint64
	Version   uint64
	Contracts Contracts
}

func (s *Server) html(build func(r *http.Request) (page, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		version := s.cfg.Index.Version()
		p, err := build(r)
		if err != nil {
			s.fail(w, err)
			return
		}
		name := "layout"
		if r.URL.Query().Get("fragment") == "1" {
			name = "main"
		}
		var buf bytes.Buffer
		if err := s.tmpl.ExecuteTemplate(&buf, name, layout{page: p, Head: s.cfg.Index.Head(), Version: version, Contracts: s.cfg.Contracts}); err != nil {
			s.cfg.Logger.Error("render", "path", r.URL.Path, "err", err)
			http.Error(w, "explorer: rendering failed", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("X-Explorer-Version", strconv.FormatUint(version, 10))
		if p.Missing != "" {
			w.WriteHeader(http.StatusNotFound)
		}
		_, _ = w.Write(buf.Bytes())
	}
}

func (s *Server) json(build func(r *http.Request) (page, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p, err := build(r)
		if err != nil {
			s.fail(w, err)
			return
		}
		if p.Missing != "" {
			s.fail(w, &httpError{http.StatusNotFound, p.Missing})
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		_ = enc.Encode(p.Data)
	}
}

func (s *Server) fail(w http.ResponseWriter, err error) {
	var he *httpError
	if errors.As(err, &he) {
		http.Error(w, he.msg, he.status)
		return
	}
	http.Error(w, err.Error(), http.StatusInternalServerError)
}

// updates streams the Index's version as server-sent events whenever it
// changes (a new block, a reorg), so that open pages refresh themselves.
func (s *Server) updates(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "explorer: streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	tick := time.NewTicker(s.cfg.UpdateInterval)
	defer tick.Stop()
	last, idle := ^uint64(0), 0
	for {
		v := s.cfg.Index.Version()
		switch {
		case v != last:
			if _, err := fmt.Fprintf(w, "data: %d\n\n", v); err != nil {
				return
			}
			fl.Flush()
			last, idle = v, 0
		case idle*int(s.cfg.UpdateInterval) >= int(15*time.Second):
			if _, err := fmt.Fprint(w, ": keep-alive\n\n"); err != nil {
				return
			}
			fl.Flush()
			idle = 0
		}
		select {
		case <-r.Context().Done():
			return
		case <-tick.C:
			idle++
		}
	}
}

// clockOf is the templates' clock: of a clock's seconds left (uint64) or
// a challenge window's (int64, ≤ 0 when closed). A template function's
// parameter must be assignable from the value, so it takes either.
func clockOf(sec any) (string, error) {
	switch v := sec.(type) {
	case uint64:
		return clockText(v), nil
	case int64:
		return clockText(uint64(max(v, 0))), nil
	}
	return "", fmt.Errorf("explorer: clock of %T", sec)
}

func clockText(sec uint64) string {
	d := time.Duration(sec) * time.Second
	if d >= time.Hour {
		return fmt.Sprintf("%dh%02dm%02ds", int(d.Hours()), int(d.Minutes())%60, int(d.Seconds())%60)
	}
	return fmt.Sprintf("%dm%02ds", int(d.Minutes()), int(d.Seconds())%60)
}

func pathID(r *http.Request) (*big.Int, error) {
	v := r.PathValue("id")
	id, ok := new(big.Int).SetString(v, 10)
	if !ok || id.Sign() <= 0 || id.BitLen() > 256 {
		return nil, badRequest("explorer: %q is not an ID (a positive decimal number)", v)
	}
	return id, nil
}

// overviewData is the front page.
type overviewData struct {
	Counts
	Burned      string
	ActiveGames []GameView
	Latest      []RequestView
}

func (s *Server) overview(r *http.Request) (page, error) {
	ix := s.cfg.Index
	d := overviewData{Counts: ix.Counts(), Burned: ether(ix.Burned())}
	now := s.chainTime(r.Context())
	latest, _ := ix.RequestsPage(0, 10)
	for _, q := range latest {
		d.Latest = append(d.Latest, s.requestView(r.Context(), &q, now))
	}
	for _, g := range ix.ActiveGames() {
		d.ActiveGames = append(d.ActiveGames, s.gameView(r.Context(), &g, false))
	}
	return page{Template: "overview", Title: "Overview", Nav: "overview", Data: d}, nil
}

func (s *Server) models(r *http.Request) (page, error) {
	var out []ModelView
	for _, m := range s.cfg.Index.Models() {
		v := ModelView{ID: m.ID.Hex(), Name: s.modelRef(m.ID).Name, Steps: m.NumSteps, URI: m.URI, Registrant: s.addr(m.Registrant), Block: m.Block}
		if c, ok := s.card(m.ID); ok {
			v.Card = c
		}
		out = append(out, v)
	}
	return page{Template: "models", Title: "Models", Nav: "models", Data: out}, nil
}

// PageSize is the number of records a list page shows (?page=N, from 0,
// newest first).
const PageSize = 100

// Paging says which part of a list a page shows.
type Paging struct {
	Page, Pages, Total, From, To int
	Path                         string
}

// paginate returns the page of a list that r's ?page asks for, through
// part, which returns n records from the from-th and how many there are.
func paginate[T any](r *http.Request, part func(from, n int) ([]T, int)) ([]T, *Paging, error) {
	n := 0
	if v := r.URL.Query().Get("page"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 0 {
			return nil, nil, badRequest("explorer: page %q: want 0 or a positive number", v)
		}
	}
	items, total := part(n*PageSize, PageSize)
	if n > total/PageSize { // past the end (n*PageSize may also have overflowed)
		items = []T{}
	}
	p := &Paging{Page: n, Pages: max(1, (total+PageSize-1)/PageSize), Total: total, Path: r.URL.Path}
	if len(items) > 0 {
		p.From, p.To = n*PageSize+1, n*PageSize+len(items)
	}
	return items, p, nil
}

func (s *Server) requests(r *http.Request) (page, error) {
	all, paging, err := paginate(r, s.cfg.Index.RequestsPage)
	if err != nil {
		return page{}, err
	}
	now := s.chainTime(r.Context())
	out := []RequestView{}
	for _, q := range all {
		out = append(out, s.requestView(r.Context(), &q, now))
	}
	return page{Template: "requests", Title: "Requests", Nav: "requests", Data: out, Paging: paging}, nil
}

func (s *Server) request(r *http.Request) (page, error) {
	id, err := pathID(r)
	if err != nil {
		return page{}, err
	}
	q, ok := s.cfg.Index.Request(id)
	p := page{Template: "request", Title: "Request " + id.String(), Nav: "requests"}
	if !ok {
		p.Missing = fmt.Sprintf("Request %v has not been seen yet.", id)
		return p, nil
	}
	p.Data = s.requestView(r.Context(), &q, s.chainTime(r.Context()))
	return p, nil
}

func (s *Server) claims(r *http.Request) (page, error) {
	all, paging, err := paginate(r, s.cfg.Index.ClaimsPage)
	if err != nil {
		return page{}, err
	}
	now := s.chainTime(r.Context())
	out := []ClaimView{}
	for _, c := range all {
		q, ok := s.cfg.Index.Request(c.RequestID)
		var rp *Request
		if ok {
			rp = &q
		}
		out = append(out, s.claimView(r.Context(), &c, rp, now))
	}
	return page{Template: "claims", Title: "Claims", Nav: "claims", Data: out, Paging: paging}, nil
}

func (s *Server) claim(r *http.Request) (page, error) {
	id, err := parseClaim(r.PathValue("id"))
	if err != nil {
		return page{}, badRequest("%v", err)
	}
	p := page{Template: "claim", Title: "Claim " + claimName(id), Nav: "claims"}
	c, ok := s.cfg.Index.Claim(id)
	if !ok {
		p.Missing = fmt.Sprintf("Claim %s has not been seen yet.", claimName(id))
		return p, nil
	}
	var rp *Request
	if q, ok := s.cfg.Index.Request(c.RequestID); ok {
		rp = &q
	}
	p.Data = s.claimView(r.Context(), &c, rp, s.chainTime(r.Context()))
	return p, nil
}

func (s *Server) games(r *http.Request) (page, error) {
	all, paging, err := paginate(r, s.cfg.Index.GamesPage)
	if err != nil {
		return page{}, err
	}
	out := []GameView{}
	for _, g := range all {
		out = append(out, s.gameView(r.Context(), &g, false))
	}
	return page{Template: "games", Title: "Games", Nav: "games", Data: out, Paging: paging}, nil
}

func (s *Server) game(r *http.Request) (page, error) {
	id, err := pathID(r)
	if err != nil {
		return page{}, err
	}
	p := page{Template: "game", Title: "Game " + id.String(), Nav: "games"}
	if !id.IsUint64() {
		p.Missing = fmt.Sprintf("Game %v has not been seen yet.", id)
		return p, nil
	}
	g, ok := s.cfg.Index.Game(id.Uint64())
	if !ok {
		p.Missing = fmt.Sprintf("Game %v has not been seen yet.", id)
		return p, nil
	}
	p.Data = s.gameView(r.Context(), &g, true)
	return p, nil
}
