package modelfetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/hashicorp/go-hclog"

	"github.com/opml-dev/opml/pipeline/modelcard"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// Defaults of Config.
const (
	DefaultTimeout       = 2 * time.Minute
	DefaultMaxModelBytes = 1 << 30 // 1 GiB: the largest model file fetched
	DefaultCacheBytes    = 4 << 30 // 4 GiB of cached models
	// MaxCardBytes bounds a model card (the cards the quantizer writes are
	// about 1 KiB).
	MaxCardBytes = 64 << 10
	maxRedirects = 3
)

// Fetch results (label of Metrics.ModelFetch).
const (
	ResultFetched = "fetched" // downloaded and verified
	ResultCached  = "cached"  // verified from the cache
	ResultFailed  = "failed"  // download or verification failed
)

// Metrics counts fetch results and shows how many registered models are
// not served yet (node/nodemetrics implements it).
type Metrics interface {
	ModelFetch(result string)
	// ModelsPending is the number of registrations not yet fetched and
	// verified (a Pool's Pending), after every change.
	ModelsPending(n int)
}

// Registration is what the registry recorded of a model (its
// ModelRegistered event): its ID, its header and the URI of its file.
type Registration struct {
	ID     common.Hash
	Header model.Header
	URI    string
}

// NewRegistration decodes the registered header leaves.
func NewRegistration(id common.Hash, leaves [3]common.Hash, uri string) (Registration, error) {
	h, err := model.DecodeHeader(leaves)
	if err != nil {
		return Registration{}, fmt.Errorf("modelfetch: model %s: %w", id, err)
	}
	return Registration{ID: id, Header: h, URI: uri}, nil
}

// FileSize is the exact size of the model file of header h (model.Decode
// rejects any other size): the 104-byte file header, 128 bytes per op and
// 32 per weights leaf.
func FileSize(h model.Header) uint64 {
	return 8 + 3*ops.LeafSize + uint64(h.NumOps)*ops.DescSize + uint64(h.WeightsLeaves)*ops.LeafSize
}

// Config configures a Fetcher.
type Config struct {
	Dir           string        // the cache directory (created if missing)
	AllowLocal    bool          // allow file:// and loopback/private addresses
	Timeout       time.Duration // per request (DefaultTimeout if 0)
	MaxModelBytes uint64        // refuse larger model files (DefaultMaxModelBytes if 0)
	CacheBytes    uint64        // cache bound (DefaultCacheBytes if 0)
	Logger        hclog.Logger  // nil: discard
	Metrics       Metrics       // nil: none
}

// Fetcher downloads, verifies and caches registered models.
type Fetcher struct {
	cfg    Config
	client *http.Client
	mu     sync.Mutex // serializes cache writes and eviction
}

// New returns a Fetcher with cfg's defaults filled in.
func New(cfg Config) (*Fetcher, error) {
	if cfg.Dir == "" {
		return nil, errors.New("modelfetch: no cache directory")
	}
	if err := os.MkdirAll(cfg.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("modelfetch: %w", err)
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxModelBytes == 0 {
		cfg.MaxModelBytes = DefaultMaxModelBytes
	}
	if cfg.CacheBytes == 0 {
		cfg.CacheBytes = DefaultCacheBytes
	}
	if cfg.Logger == nil {
		cfg.Logger = hclog.NewNullLogger()
	}
	f := &Fetcher{cfg: cfg}
	dialer := &net.Dialer{Timeout: 30 * time.Second, Control: f.checkDial}
	f.client = &http.Client{
		Timeout: cfg.Timeout,
		Transport: &http.Transport{
			Proxy:                 nil,
			DialContext:           dialer.DialContext,
			TLSHandshakeTimeout:   30 * time.Second,
			ResponseHeaderTimeout: cfg.Timeout,
			MaxIdleConns:          4,
			IdleConnTimeout:       time.Minute,
		},
		CheckRedirect: checkRedirect,
	}
	return f, nil
}

// checkDial refuses a connection to a local address unless AllowLocal. It
// sees the address actually dialled, after name resolution.
func (f *Fetcher) checkDial(_, address string, _ syscall.RawConn) error {
	if f.cfg.AllowLocal {
		return nil
	}
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return fmt.Errorf("modelfetch: %w", err)
	}
	ip := net.ParseIP(host)
	if ip == nil {
		return fmt.Errorf("modelfetch: dialling %q: not an IP address", host)
	}
	if isLocal(ip) {
		return fmt.Errorf("modelfetch: %s is a loopback, private or link-local address (pass --models.allow-local to allow it)", ip)
	}
	return nil
}

// isLocal says whether ip is loopback, private, link-local, unspecified or
// multicast.
func isLocal(ip net.IP) bool {
	return ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified()
}

// checkRedirect allows at most maxRedirects redirects, to http or https
// only, never from https to http.
func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) >= maxRedirects {
		return fmt.Errorf("modelfetch: more than %d redirects", maxRedirects)
	}
	s := req.URL.Scheme
	if s != "http" && s != "https" {
		return fmt.Errorf("modelfetch: redirect to a %q URL refused", s)
	}
	if via[0].URL.Scheme == "https" && s == "http" {
		return errors.New("modelfetch: redirect from https to http refused")
	}
	return nil
}

// cachePath is where model id is cached.
func (f *Fetcher) cachePath(id common.Hash) string {
	return filepath.Join(f.cfg.Dir, strings.TrimPrefix(id.Hex(), "0x")+".opml")
}

// Get returns the registered model and its card: from the cache if it holds
// them and they verify, else downloaded, verified and cached. A model that
// does not verify is never returned.
func (f *Fetcher) Get(ctx context.Context, reg Registration) (*model.Model, *modelcard.Card, error) {
	m, c, err := f.get(ctx, reg)
	if err != nil {
		f.count(ResultFailed)
		return nil, nil, fmt.Errorf("modelfetch: model %s from %q: %w", reg.ID, reg.URI, err)
	}
	return m, c, nil
}

func (f *Fetcher) count(result string) {
	if f.cfg.Metrics != nil {
		f.cfg.Metrics.ModelFetch(result)
	}
}

func (f *Fetcher) get(ctx context.Context, reg Registration) (*model.Model, *modelcard.Card, error) {
	size := FileSize(reg.Header)
	if size > f.cfg.MaxModelBytes {
		return nil, nil, fmt.Errorf("the header implies a %d-byte file, over the %d-byte limit", size, f.cfg.MaxModelBytes)
	}
	path := f.cachePath(reg.ID)
	if mb, err := os.ReadFile(path); err == nil {
		cb, cerr := os.ReadFile(modelcard.Path(path))
		if cerr == nil {
			m, c, verr := verify(reg, mb, cb)
			if verr == nil {
				now := time.Now()
				_ = os.Chtimes(path, now, now) // recency for eviction
				f.count(ResultCached)
				return m, c, nil
			}
			f.cfg.Logger.Warn("cached model does not verify; fetching it again", "model", reg.ID, "err", verr)
		}
	}
	mb, err := f.download(ctx, reg.URI, size, true)
	if err != nil {
		return nil, nil, err
	}
	cb, err := f.download(ctx, modelcard.Path(reg.URI), MaxCardBytes, false)
	if err != nil {
		return nil, nil, fmt.Errorf("card: %w", err)
	}
	m, c, err := verify(reg, mb, cb)
	if err != nil {
		return nil, nil, err
	}
	if err := f.store(path, mb, cb); err != nil {
		return nil, nil, err
	}
	f.count(ResultFetched)
	return m, c, nil
}

// verify decodes the model file and card and checks them against reg.
func verify(reg Registration, mb, cb []byte) (*model.Model, *modelcard.Card, error) {
	m, err := model.Decode(mb)
	if err != nil {
		return nil, nil, err
	}
	if m.ID() != reg.ID {
		return nil, nil, fmt.Errorf("the file hashes to model %s, not the registered %s", m.ID(), reg.ID)
	}
	c, err := modelcard.Decode(cb)
	if err != nil {
		return nil, nil, err
	}
	if err := c.Bind(m); err != nil {
		return nil, nil, err
	}
	return m, c, nil
}

// download reads the resource at uri: exactly want bytes if exact, else at
// most want.
func (f *Fetcher) download(ctx context.Context, uri string, want uint64, exact bool) ([]byte, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return nil, err
	}
	var body io.ReadCloser
	var length int64 = -1
	switch u.Scheme {
	case "http", "https":
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, uri, nil)
		if err != nil {
			return nil, err
		}
		resp, err := f.client.Do(req)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode != http.StatusOK {
			resp.Body.Close()
			return nil, fmt.Errorf("GET %s: %s", uri, resp.Status)
		}
		body, length = resp.Body, resp.ContentLength
	case "file":
		if !f.cfg.AllowLocal {
			return nil, errors.New("file:// URIs are refused (pass --models.allow-local to allow them)")
		}
		fh, err := os.Open(u.Path)
		if err != nil {
			return nil, err
		}
		if st, err := fh.Stat(); err == nil {
			length = st.Size()
		}
		body = fh
	default:
		return nil, fmt.Errorf("unsupported URI scheme %q (want https or http)", u.Scheme)
	}
	defer body.Close()
	if length > int64(want) || (exact && length >= 0 && length != int64(want)) {
		return nil, fmt.Errorf("%s is %d bytes, want %s%d", uri, length, map[bool]string{false: "at most ", true: ""}[exact], want)
	}
	b, err := io.ReadAll(io.LimitReader(body, int64(want)+1))
	if err != nil {
		return nil, err
	}
	if uint64(len(b)) > want {
		return nil, fmt.Errorf("%s is over %d bytes", uri, want)
	}
	if exact && uint64(len(b)) != want {
		return nil, fmt.Errorf("%s is %d bytes, want %d", uri, len(b), want)
	}
	return b, nil
}

// store writes the model and card into the cache (atomically, by rename)
// and evicts the least recently used models over the cache bound.
func (f *Fetcher) store(path string, mb, cb []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := writeAtomic(modelcard.Path(path), cb); err != nil {
		return err
	}
	if err := writeAtomic(path, mb); err != nil {
		return err
	}
	return f.evict(path)
}

func writeAtomic(path string, b []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// evict removes the least recently used cached models (by modification
// time, which Get refreshes on a hit) until the cache is within its bound,
// keeping keep.
func (f *Fetcher) evict(keep string) error {
	paths, err := filepath.Glob(filepath.Join(f.cfg.Dir, "*.opml"))
	if err != nil {
		return err
	}
	type entry struct {
		path string
		size uint64
		t    time.Time
	}
	var es []entry
	var total uint64
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			continue
		}
		size := uint64(st.Size())
		if cs, err := os.Stat(modelcard.Path(p)); err == nil {
			size += uint64(cs.Size())
		}
		total += size
		es = append(es, entry{p, size, st.ModTime()})
	}
	sort.Slice(es, func(i, j int) bool { return es[i].t.Before(es[j].t) })
	for _, e := range es {
		if total <= f.cfg.CacheBytes {
			break
		}
		if e.path == keep {
			continue
		}
		if err := os.Remove(e.path); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
		_ = os.Remove(modelcard.Path(e.path))
		total -= e.size
		f.cfg.Logger.Info("evicted a cached model", "file", filepath.Base(e.path), "bytes", e.size)
	}
	return nil
}
