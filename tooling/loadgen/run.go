package loadgen

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/opml-dev/opml/infra/txmgr"
	"github.com/opml-dev/opml/node/launch"
	"github.com/opml-dev/opml/node/nodemetrics"
	"github.com/opml-dev/opml/submitter"
	"github.com/opml-dev/opml/tooling/demo"
	"github.com/opml-dev/opml/tooling/deployment"
	"github.com/opml-dev/opml/tooling/devnet"
	"github.com/opml-dev/opml/vm/model"
)

// Fees: a request pays Fee, a request meant for the liar LieFee; the
// liar's fee policy claims only requests paying at least liarMinFee, the
// honest submitters claim every request.
var (
	Fee        = big.NewInt(10_000_000_000_000_000) // 0.01 ether
	LieFee     = big.NewInt(20_000_000_000_000_000) // 0.02 ether
	liarMinFee = big.NewInt(15_000_000_000_000_000)
)

const (
	callbackGas = 400_000 // as tooling/demo: the ExampleConsumer stores the output
	poll        = 200 * time.Millisecond
	watchEvery  = 250 * time.Millisecond
	// analysisTimeout bounds reading the run's transactions afterwards.
	analysisTimeout = 5 * time.Minute
)

// sent is one request as sent.
type sent struct {
	job
	id    *big.Int
	at    time.Time // when the send started
	block uint64    // block of the request transaction
	gas   uint64
	err   error
	mined bool
}

// run is one Run in progress.
type run struct {
	cfg     Config
	start   time.Time
	d       *deployment.File
	client  *ethclient.Client
	w       *demo.Watcher
	load    *workload
	senders []*txmgr.Manager
	nodes   nodeSet
	dirs    map[string]string // devnet node → data directory
	chal    prometheus.Gatherer
	ch      *demo.Chain                    // the in-process devnet
	metrics map[string]prometheus.Gatherer // devnet node → its metrics
	roles   map[string]string              // devnet node → its role (bucket prefix)
	procs   bool                           // the devnet's nodes are processes (Config.NodeBinary)
	liar    common.Address
	honest  map[common.Address]bool
	from    uint64 // the head when the load started

	mu      sync.Mutex
	reqs    []*sent
	byID    map[string]*sent
	samples []Sample
	checks  []checkPoint
	pending sync.WaitGroup
}

// Run sends the load Config describes, waits until every request sent is
// finalized (or Timeout), checks the outcome against the local VM and the
// chain's transactions, and reports. See the package documentation for
// what the Report guarantees. An error means the run could not be made or
// finished; a finished run with violations returns a Report whose
// Problems are not empty, and a nil error.
func Run(ctx context.Context, cfg Config) (*Report, error) {
	cfg, err := cfg.normalize()
	if err != nil {
		return nil, err
	}
	outer := ctx
	ctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	r := &run{cfg: cfg, start: time.Now(), nodes: &demo.Nodes{}, dirs: map[string]string{}, honest: map[common.Address]bool{}, byID: map[string]*sent{},
		metrics: map[string]prometheus.Gatherer{}, roles: map[string]string{}}
	if r.load, err = newWorkload(cfg); err != nil {
		return nil, err
	}
	var keys []*ecdsa.PrivateKey
	if cfg.Devnet {
		dir, err := os.MkdirTemp("", "opml-loadgen-")
		if err != nil {
			return nil, fmt.Errorf("loadgen: %w", err)
		}
		defer os.RemoveAll(dir)
		ch, ks, err := r.startDevnet(ctx, dir)
		if err != nil {
			return nil, err
		}
		defer ch.Close()
		defer r.nodes.StopAll()
		keys, r.ch = ks, ch
	} else {
		r.d = cfg.Deployment
		if keys, err = senderKeys(r.d, cfg.Accounts); err != nil {
			return nil, err
		}
		for _, n := range cfg.Mix.names() {
			if m, _ := r.d.Model(n); m.ID != r.load.model(n).ID() {
				return nil, fmt.Errorf("loadgen: the deployment's model %q is %s, not the fixture (%s): its true outputs are unknown here", n, m.ID, r.load.model(n).ID())
			}
		}
	}
	if r.d.RPC == "" {
		return nil, errors.New("loadgen: the deployment names no RPC endpoint")
	}
	if r.client, err = ethclient.DialContext(ctx, r.d.RPC); err != nil {
		return nil, fmt.Errorf("loadgen: %w", err)
	}
	defer r.client.Close()
	models := map[common.Hash]*model.Model{}
	for _, n := range cfg.Mix.names() {
		models[r.load.model(n).ID()] = r.load.model(n)
	}
	// Watch and scan from the head: a long-lived chain's earlier history
	// is not this run's.
	if r.from, err = r.client.BlockNumber(ctx); err != nil {
		return nil, fmt.Errorf("loadgen: head: %w", err)
	}
	watched := *r.d
	watched.DeployBlock = r.from
	r.w = demo.NewWatcher(r.client, &watched, io.Discard, nil, models)
	for i, k := range keys {
		s, err := deployment.NewSender(ctx, r.client, k, cfg.Logger.Named(fmt.Sprintf("sender-%d", i)))
		if err != nil {
			return nil, err
		}
		defer s.Close()
		r.senders = append(r.senders, s)
	}
	r.say("loading %s: %s requests in bursts of %d at %s from %d accounts; model mix %s; lies %.0f%%",
		r.d.RPC, r.limitText(), cfg.Burst, r.rateText(), len(r.senders), cfg.Mix, 100*cfg.Lies)
	var liveBefore map[string]int
	if cfg.Devnet && cfg.Retention > 0 {
		if liveBefore, err = r.liveBaseline(ctx); err != nil {
			return nil, err
		}
	}
	r.samples = append(r.samples, r.sample()) // the baseline, before the first request
	sendStart := time.Now()
	if err := r.send(ctx); err != nil {
		return nil, err
	}
	sendEnd := time.Now()
	r.pending.Wait()
	rep, werr := r.drain(ctx)
	if rep == nil {
		return nil, werr
	}
	rep.SendSeconds = sendEnd.Sub(sendStart).Seconds()
	rep.StartSeconds = sendStart.Sub(r.start).Seconds()
	// The analysis reads the chain after the run's timeout too.
	actx, acancel := context.WithTimeout(outer, analysisTimeout)
	defer acancel()
	if err := r.analyze(actx, rep); err != nil {
		return rep, err
	}
	if liveBefore != nil && werr == nil {
		rep.RetentionBlocks, rep.LiveBefore = cfg.Retention, liveBefore
		if err := r.settle(ctx, rep); err != nil {
			return rep, err
		}
	}
	rep.Samples = append(rep.Samples, r.sample()) // the nodes still running: their memory and records at the end
	if err := r.nodes.Failed(); err != nil {
		rep.Problems = append(rep.Problems, err.Error())
	}
	r.nodes.StopAll()
	rep.TotalSeconds = time.Since(r.start).Seconds()
	return rep, werr
}

func (r *run) say(format string, args ...any) {
	fmt.Fprintf(r.cfg.Out, "[%6.1fs] "+format+"\n", append([]any{time.Since(r.start).Seconds()}, args...)...)
}

func (r *run) limitText() string {
	switch {
	case r.cfg.Requests > 0 && r.cfg.Duration > 0:
		return fmt.Sprintf("%d (or %v)", r.cfg.Requests, r.cfg.Duration)
	case r.cfg.Requests > 0:
		return fmt.Sprint(r.cfg.Requests)
	}
	return fmt.Sprintf("%v of", r.cfg.Duration)
}

func (r *run) rateText() string {
	if r.cfg.PerBlock {
		return "one burst per block"
	}
	return fmt.Sprintf("%g bursts/s", r.cfg.Rate)
}

// startDevnet starts the devnet, the contracts and the nodes; it returns
// the request senders' keys.
func (r *run) startDevnet(ctx context.Context, dir string) (*demo.Chain, []*ecdsa.PrivateKey, error) {
	cfg := r.cfg
	p := demo.Params()
	if cfg.Params != nil {
		p = *cfg.Params
	}
	nRoles := len(demo.Roles)
	r.say("starting an in-process devnet (block time %v) with the contracts and the fixture models", cfg.BlockTime)
	ch, err := demo.StartChain(ctx, demo.ChainConfig{Devnet: devnet.Config{BlockTime: cfg.BlockTime, FixedBlockTime: cfg.FixedBlockTime, Accounts: nRoles + cfg.Submitters - 1 + cfg.Accounts},
		Params: p, Logger: cfg.Logger, ModelDir: filepath.Join(dir, "models")})
	if err != nil {
		return nil, nil, err
	}
	r.d = ch.File
	accts := ch.Devnet.Accounts()
	base := launch.Config{RPC: r.d.RPC, Oracle: r.d.Contracts.Oracle, FetchModels: true, ModelsAllowLocal: true, StartBlock: r.d.DeployBlock,
		PollInterval: poll, TickInterval: poll, ReceiptInterval: 100 * time.Millisecond, VMMemory: cfg.VMMemory, MaxVMRuns: cfg.MaxVMRuns}
	var procs *procNodes
	if cfg.NodeBinary != "" {
		procs = &procNodes{bin: cfg.NodeBinary, dir: dir}
		r.nodes, r.procs = procs, true
	}
	var startErr error
	start := func(name, role string, a devnet.Account, mod func(*launch.Config)) {
		c := base
		c.Role, c.Key, c.DataDir = role, a.Key, filepath.Join(dir, name)
		c.RetentionBlocks = cfg.Retention
		if mod != nil {
			mod(&c)
		}
		r.roles[name], r.dirs[name] = role, c.DataDir
		if procs != nil {
			g, err := procs.start(name, c)
			if err != nil && startErr == nil {
				startErr = err
			}
			r.metrics[name] = g
			return
		}
		c.Metrics = nodemetrics.New(role)
		r.metrics[name] = c.Metrics.Registry()
		r.nodes.(*demo.Nodes).Start(ctx, name, c, cfg.Logger.Named(name))
	}
	acct := func(role string) devnet.Account {
		a, _ := ch.Account(role) // every role of demo.Roles has an account
		return a
	}
	start("challenger", launch.Challenger, acct("challenger"), nil)
	r.chal = r.metrics["challenger"]
	r.honest[acct("challenger").Address] = true
	for i := range cfg.Submitters {
		a, name := acct("submitter"), "submitter"
		if i > 0 {
			a, name = accts[nRoles+i-1], fmt.Sprintf("submitter-%d", i+1)
		}
		r.honest[a.Address] = true
		start(name, launch.Submitter, a, nil)
	}
	if cfg.Lies > 0 {
		r.liar = acct("dishonest-submitter").Address
		start("liar", launch.Submitter, acct("dishonest-submitter"), func(c *launch.Config) {
			c.DishonestOutput, c.Fees = true, submitter.FeePolicy{MinFee: liarMinFee}
		})
	}
	if startErr != nil {
		r.nodes.StopAll()
		ch.Close()
		return nil, nil, startErr
	}
	where := "in this process"
	if procs != nil {
		where = "each its own process (" + cfg.NodeBinary + ")"
	}
	r.say("nodes: %d honest submitter(s), one challenger%s, %s", cfg.Submitters, map[bool]string{true: ", a liar (claims the requests paying the lie fee, beside the honest ones)"}[cfg.Lies > 0], where)
	var keys []*ecdsa.PrivateKey
	for _, a := range accts[nRoles+cfg.Submitters-1:] {
		keys = append(keys, a.Key)
	}
	return ch, keys, nil
}

// senderKeys are the keys of the deployment file's accounts that no node
// uses (roles consumer and spare), the first k of them.
func senderKeys(d *deployment.File, k int) ([]*ecdsa.PrivateKey, error) {
	var keys []*ecdsa.PrivateKey
	for _, a := range d.Accounts {
		if a.Role != "consumer" && a.Role != "spare" || len(keys) == k {
			continue
		}
		key, err := crypto.HexToECDSA(a.Key)
		if err != nil {
			return nil, fmt.Errorf("loadgen: the key of account %s: %w", a.Address, err)
		}
		keys = append(keys, key)
	}
	if len(keys) < k {
		return nil, fmt.Errorf("loadgen: %d sending accounts asked, the deployment file has the keys of %d unused accounts (roles consumer and spare)", k, len(keys))
	}
	return keys, nil
}

// send sends the bursts, printing progress, until Requests or Duration.
func (r *run) send(ctx context.Context) error {
	cfg := r.cfg
	next := time.Now()
	lastHead := uint64(0)
	progress := time.Now().Add(cfg.Progress)
	watched := time.Now()
	for i := 0; ; {
		if cfg.Requests > 0 && i >= cfg.Requests || cfg.Duration > 0 && time.Since(r.start) >= cfg.Duration {
			return nil
		}
		if err := r.nodes.Failed(); err != nil {
			return err
		}
		n := cfg.Burst
		if cfg.Requests > 0 {
			n = min(n, cfg.Requests-i)
		}
		for range n {
			r.sendOne(ctx, r.load.next(i))
			i++
		}
		// Wait for the next burst's turn, watching the chain meanwhile.
		for {
			if time.Since(watched) >= watchEvery {
				r.watch(ctx)
				watched = time.Now()
			}
			if cfg.Progress > 0 && time.Now().After(progress) {
				r.progress(ctx)
				progress = time.Now().Add(cfg.Progress)
			}
			if cfg.PerBlock {
				h, err := r.client.BlockNumber(ctx)
				if err == nil && lastHead == 0 {
					lastHead = h
				}
				if err == nil && h > lastHead {
					lastHead = h
					break
				}
			} else if !time.Now().Before(next.Add(time.Duration(float64(time.Second) / cfg.Rate))) {
				next = next.Add(time.Duration(float64(time.Second) / cfg.Rate))
				break
			}
			select {
			case <-ctx.Done():
				return fmt.Errorf("loadgen: sending: %w", ctx.Err())
			case <-time.After(20 * time.Millisecond):
			}
		}
	}
}

// sendOne sends job j from account j.index mod Accounts in the
// background.
func (r *run) sendOne(ctx context.Context, j job) {
	s := &sent{job: j, at: time.Now()}
	r.mu.Lock()
	r.reqs = append(r.reqs, s)
	r.mu.Unlock()
	fee := Fee
	if j.lie {
		fee = LieFee
	}
	mi := r.load.models[j.model]
	var via *common.Address
	if r.d.Consumer != nil {
		via = r.d.Consumer
	}
	sender := r.senders[j.index%len(r.senders)]
	r.pending.Add(1)
	go func() {
		defer r.pending.Done()
		var id *big.Int
		var rc *types.Receipt
		var err error
		if mi.comp != nil {
			id, rc, err = deployment.RequestCompletion(ctx, sender, deployment.CompletionArgs{Oracle: r.d.Contracts.Oracle, ModelID: mi.fx.Model.ID(),
				Completion: *mi.comp, Fee: fee, CallbackGas: callbackGas, Via: via})
		} else {
			id, rc, err = deployment.Request(ctx, sender, deployment.RequestArgs{Oracle: r.d.Contracts.Oracle, ModelID: mi.fx.Model.ID(),
				Input: mi.inputs[j.variant], Fee: fee, CallbackGas: callbackGas, Via: via})
		}
		r.mu.Lock()
		defer r.mu.Unlock()
		s.id, s.err = id, err
		if rc != nil {
			s.block, s.gas, s.mined = rc.BlockNumber.Uint64(), rc.GasUsed, true
		}
		if err == nil {
			r.byID[id.String()] = s
		}
	}()
}
