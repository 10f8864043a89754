package loadgen

import (
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/hashicorp/go-hclog"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/infra/chainfollow"
	"github.com/opml-dev/opml/tooling/deployment"
)

// Config configures Run. The zero value of every field but the target
// (Deployment or Devnet) takes its default.
type Config struct {
	// Deployment is the chain to load (a deployment file with the keys of
	// funded accounts, e.g. written by opml devnet); nil with Devnet.
	Deployment *deployment.File
	// Devnet: start an in-process devnet with the contracts, the fixture
	// models and the nodes (Submitters honest submitters, one challenger,
	// a liar if Lies > 0), all in this process.
	Devnet bool
	// BlockTime is the devnet's heartbeat (default 1s); with
	// FixedBlockTime the devnet seals a block every BlockTime only, never as
	// transactions arrive (devnet.Config.FixedBlockTime).
	BlockTime      time.Duration
	FixedBlockTime bool
	// Params are the devnet's deployment parameters (default demo.Params:
	// a 15-second challenge window).
	Params *arbiter.Params

	// NodeBinary, with Devnet, runs the nodes as processes of this opml
	// binary (`opml submitter|challenger` with an operator's flags, each
	// serving /metrics on a loopback port), so that each node's memory is
	// its own (Sample.Nodes); empty: the nodes run in this process.
	NodeBinary string

	Submitters int     // honest submitters on the devnet (default 1)
	Lies       float64 // share of requests the liar claims beside the honest submitters (0 ≤ Lies ≤ 1)
	Accounts   int     // request senders, each its own transaction manager (default 4)
	Burst      int     // requests per burst (default 10)
	// Rate is the pace of bursts: bursts per second (PerBlock false) or one
	// burst per new block (PerBlock true; Rate ignored). Default 1/s.
	Rate     float64
	PerBlock bool
	// Requests stops sending after this many requests; Duration after this
	// long. At least one of them must be set; with both, whichever comes
	// first.
	Requests int
	Duration time.Duration
	// Mix is the model mix: weight per fixture model name (default mlp=1).
	Mix Mix
	// Inputs is the number of distinct inputs per model, chosen from Seed
	// (default 4): each is run once locally to know the true output.
	Inputs int
	// Tokens is the number of tokens a completion request generates
	// (default: the fixture prompt's).
	Tokens int
	Seed   uint64
	// Progress is the interval of progress lines (default 5s; negative:
	// none).
	Progress time.Duration
	// Timeout bounds the whole run, sending and draining (default 10m).
	Timeout time.Duration
	// VMMemory and MaxVMRuns are the in-process nodes' VM budget
	// (launch.Config).
	VMMemory  uint64
	MaxVMRuns int
	// Retention, with Devnet, is the nodes' retention depth in blocks
	// (launch.Config.RetentionBlocks; 0: the nodes' default). When set, the
	// run ends with a settle phase: it seals blocks one by one until every
	// node's live records are back to their count before the first
	// request (Report.LiveBefore, LiveAfter), or reports a problem after
	// three times that many blocks.
	Retention uint64

	Out    io.Writer    // progress lines (nil: discarded)
	Logger hclog.Logger // the devnet's and nodes' logs (nil: discarded)
}

// Mix is a model mix: relative weights by fixture model name.
type Mix map[string]int

// ParseMix parses "mlp=8,cnn=1,lm=1" (a bare name weighs 1).
func ParseMix(s string) (Mix, error) {
	m := Mix{}
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		name, w, hasW := strings.Cut(part, "=")
		weight := 1
		if hasW {
			v, err := strconv.Atoi(strings.TrimSpace(w))
			if err != nil || v < 0 {
				return nil, fmt.Errorf("loadgen: model mix %q: weight %q is not a whole number ≥ 0", s, w)
			}
			weight = v
		}
		name = strings.TrimSpace(name)
		if _, dup := m[name]; dup {
			return nil, fmt.Errorf("loadgen: model mix %q names %s twice", s, name)
		}
		m[name] = weight
	}
	return m, m.check()
}

func (m Mix) check() error {
	total := 0
	for name, w := range m {
		if !isFixture(name) {
			return fmt.Errorf("loadgen: model mix: %q is not a fixture model (%s)", name, strings.Join(fixtures.Names, ", "))
		}
		total += w
	}
	if total == 0 {
		return errors.New("loadgen: model mix: no model has a weight above 0")
	}
	return nil
}

// names returns the models of the mix with a weight, sorted.
func (m Mix) names() []string {
	var out []string
	for n, w := range m {
		if w > 0 {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// String formats the mix as ParseMix reads it.
func (m Mix) String() string {
	var parts []string
	for _, n := range m.names() {
		parts = append(parts, fmt.Sprintf("%s=%d", n, m[n]))
	}
	return strings.Join(parts, ",")
}

func isFixture(name string) bool {
	for _, n := range fixtures.Names {
		if n == name {
			return true
		}
	}
	return false
}

// MaxAccounts bounds Config.Accounts and MaxSubmitters Config.Submitters.
const (
	MaxAccounts   = 1000
	MaxSubmitters = 16
	MaxBurst      = 10_000
)

// normalize validates cfg and fills in the defaults.
func (cfg Config) normalize() (Config, error) {
	if cfg.Out == nil {
		cfg.Out = io.Discard
	}
	if cfg.Logger == nil {
		cfg.Logger = hclog.NewNullLogger()
	}
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	def(&cfg.Submitters, 1)
	def(&cfg.Accounts, 4)
	def(&cfg.Burst, 10)
	def(&cfg.Inputs, 4)
	if cfg.BlockTime == 0 {
		cfg.BlockTime = time.Second
	}
	if cfg.Rate == 0 {
		cfg.Rate = 1
	}
	if cfg.Progress == 0 {
		cfg.Progress = 5 * time.Second
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 10 * time.Minute
	}
	if cfg.Mix == nil {
		cfg.Mix = Mix{"mlp": 1}
	}
	switch {
	case cfg.Devnet == (cfg.Deployment != nil):
		return cfg, errors.New("loadgen: load either a deployment (a deployment file) or an in-process devnet, exactly one")
	case cfg.Submitters < 1 || cfg.Submitters > MaxSubmitters:
		return cfg, fmt.Errorf("loadgen: %d honest submitters: want 1..%d", cfg.Submitters, MaxSubmitters)
	case cfg.Accounts < 1 || cfg.Accounts > MaxAccounts:
		return cfg, fmt.Errorf("loadgen: %d sending accounts: want 1..%d", cfg.Accounts, MaxAccounts)
	case cfg.Burst < 1 || cfg.Burst > MaxBurst:
		return cfg, fmt.Errorf("loadgen: burst of %d requests: want 1..%d", cfg.Burst, MaxBurst)
	case cfg.Inputs < 1 || cfg.Inputs > 256:
		return cfg, fmt.Errorf("loadgen: %d inputs per model: want 1..256", cfg.Inputs)
	case math.IsNaN(cfg.Lies) || cfg.Lies < 0 || cfg.Lies > 1:
		return cfg, fmt.Errorf("loadgen: a share of lies of %v: want 0..1", cfg.Lies)
	case cfg.Lies > 0 && !cfg.Devnet:
		return cfg, errors.New("loadgen: lies need the in-process devnet (the liar is an in-process test-only node)")
	case cfg.NodeBinary != "" && !cfg.Devnet:
		return cfg, errors.New("loadgen: node processes are the in-process devnet's nodes (a deployment's nodes run elsewhere)")
	case cfg.Retention > 0 && !cfg.Devnet:
		return cfg, errors.New("loadgen: a retention depth is for the in-process devnet's nodes")
	case cfg.Retention > 0 && cfg.Retention < chainfollow.HistoryLen:
		return cfg, fmt.Errorf("loadgen: a retention of %d blocks: the nodes keep at least %d (the reorg depth their follower handles)", cfg.Retention, chainfollow.HistoryLen)
	case !cfg.PerBlock && (math.IsNaN(cfg.Rate) || math.IsInf(cfg.Rate, 0) || cfg.Rate <= 0 || cfg.Rate > 1000):
		return cfg, fmt.Errorf("loadgen: a rate of %v bursts per second: want above 0 and at most 1000", cfg.Rate)
	case cfg.Requests < 0 || cfg.Duration < 0:
		return cfg, errors.New("loadgen: negative request count or duration")
	case cfg.Requests == 0 && cfg.Duration == 0:
		return cfg, errors.New("loadgen: set a number of requests or a duration")
	case cfg.Timeout < 0:
		return cfg, errors.New("loadgen: negative timeout")
	case cfg.Duration >= cfg.Timeout:
		return cfg, fmt.Errorf("loadgen: sending for %v leaves no time to wait for the results within the %v timeout", cfg.Duration, cfg.Timeout)
	case cfg.BlockTime < 0:
		return cfg, errors.New("loadgen: negative block time")
	case cfg.Tokens < 0:
		return cfg, errors.New("loadgen: negative token count")
	}
	if err := cfg.Mix.check(); err != nil {
		return cfg, err
	}
	if cfg.Deployment != nil {
		if err := cfg.Deployment.Validate(); err != nil {
			return cfg, fmt.Errorf("loadgen: %w", err)
		}
		for _, n := range cfg.Mix.names() {
			if _, ok := cfg.Deployment.Model(n); !ok {
				return cfg, fmt.Errorf("loadgen: the deployment has no model %q registered", n)
			}
		}
	}
	return cfg, nil
}

// ParseRate parses a burst pace: "2" or "2/s" (bursts per second) or
// "block" / "1/block" (one burst per new block).
func ParseRate(s string) (rate float64, perBlock bool, err error) {
	t := strings.TrimSpace(s)
	if t == "block" || t == "1/block" {
		return 0, true, nil
	}
	t = strings.TrimSuffix(t, "/s")
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) || v <= 0 || v > 1000 {
		return 0, false, fmt.Errorf("loadgen: rate %q: want bursts per second (e.g. 2 or 0.5/s, at most 1000) or \"block\" (one burst per block)", s)
	}
	return v, false, nil
}
