package loadgen

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"

	"github.com/opml-dev/opml/node/launch"
)

// nodeSet is how Run runs the devnet's nodes: in this process
// (demo.Nodes) or as processes of the opml binary (procNodes).
type nodeSet interface {
	// Failed is the first node's failure (nil: every node is running).
	Failed() error
	// StopAll stops every node and waits for it.
	StopAll()
}

// procNodes runs nodes as child processes: `opml submitter|challenger`
// with the flags an operator would pass, each serving /metrics on a
// loopback port of its own and logging to NAME.log in the run's directory.
type procNodes struct {
	bin string
	dir string

	mu    sync.Mutex
	procs map[string]*proc
	err   error
}

type proc struct {
	cmd     *exec.Cmd
	log     string
	done    chan struct{}
	stopped bool // StopAll asked it to stop
}

// start starts node name with cfg's settings and returns its metrics
// endpoint, scraped through a Gatherer.
func (p *procNodes) start(name string, c launch.Config) (prometheus.Gatherer, error) {
	addr, err := freePort()
	if err != nil {
		return nil, err
	}
	args := []string{c.Role,
		"--rpc", c.RPC, "--oracle", c.Oracle.Hex(), "--start-block", fmt.Sprint(c.StartBlock), "--datadir", c.DataDir,
		"--models.allow-local", "--poll-interval", c.PollInterval.String(), "--tick-interval", c.TickInterval.String(),
		"--receipt-interval", c.ReceiptInterval.String(), "--metrics.addr", addr, "--log.level", "info", "--log.format", "json"}
	if c.RetentionBlocks > 0 {
		args = append(args, "--retention.blocks", fmt.Sprint(c.RetentionBlocks))
	}
	if c.VMMemory > 0 {
		args = append(args, "--vm-memory", fmt.Sprint(c.VMMemory))
	}
	if c.MaxVMRuns > 0 {
		args = append(args, "--max-vm-runs", fmt.Sprint(c.MaxVMRuns))
	}
	if c.Role == launch.Submitter {
		// As in process: the fee policy is MinFee alone, gas not counted.
		minFee := "0"
		if c.Fees.MinFee != nil {
			minFee = c.Fees.MinFee.String()
		}
		args = append(args, "--min-fee", minFee, "--fee-gas-price", "0")
	}
	if c.DishonestOutput {
		args = append(args, "--dishonest.output")
	}
	logPath := filepath.Join(p.dir, name+".log")
	lf, err := os.Create(logPath)
	if err != nil {
		return nil, fmt.Errorf("loadgen: %s: %w", name, err)
	}
	cmd := exec.Command(p.bin, args...)
	cmd.Stdout, cmd.Stderr = lf, lf
	// The key goes through the environment, never the command line.
	cmd.Env = append(os.Environ(), "OPML_KEY="+hexutil.Encode(crypto.FromECDSA(c.Key))[2:])
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL} // never outlive the load generator
	if err := cmd.Start(); err != nil {
		lf.Close()
		return nil, fmt.Errorf("loadgen: starting %s (%s): %w", name, p.bin, err)
	}
	pr := &proc{cmd: cmd, log: logPath, done: make(chan struct{})}
	p.mu.Lock()
	if p.procs == nil {
		p.procs = map[string]*proc{}
	}
	p.procs[name] = pr
	p.mu.Unlock()
	go func() {
		err := cmd.Wait()
		lf.Close()
		p.mu.Lock()
		defer p.mu.Unlock()
		if !pr.stopped && p.err == nil {
			p.err = fmt.Errorf("loadgen: node %s exited (%v); its log ends:\n%s", name, err, tail(logPath, 2048))
		}
		close(pr.done)
	}()
	return &scraper{url: "http://" + addr + "/metrics"}, nil
}

func (p *procNodes) Failed() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.err
}

// StopAll sends every node SIGTERM (a node's graceful shutdown) and kills
// what has not exited 20 seconds later.
func (p *procNodes) StopAll() {
	p.mu.Lock()
	var all []*proc
	for _, pr := range p.procs {
		if !pr.stopped {
			pr.stopped = true
			_ = pr.cmd.Process.Signal(syscall.SIGTERM)
		}
		all = append(all, pr)
	}
	p.mu.Unlock()
	for _, pr := range all {
		select {
		case <-pr.done:
		case <-time.After(20 * time.Second):
			_ = pr.cmd.Process.Kill()
			<-pr.done
		}
	}
}

// freePort picks a free loopback port.
func freePort() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("loadgen: a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().String(), nil
}

// tail is the last n bytes of the file at path.
func tail(path string, n int64) string {
	f, err := os.Open(path)
	if err != nil {
		return err.Error()
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Size() > n {
		_, _ = f.Seek(fi.Size()-n, io.SeekStart)
	}
	b, _ := io.ReadAll(f)
	return strings.TrimSpace(string(b))
}

// scraper is a prometheus.Gatherer reading a node's /metrics over HTTP.
type scraper struct{ url string }

var scrapeClient = &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{Proxy: nil}}

func (s *scraper) Gather() ([]*dto.MetricFamily, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := scrapeClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("loadgen: %s: %s", s.url, resp.Status)
	}
	var p expfmt.TextParser
	fams, err := p.TextToMetricFamilies(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("loadgen: %s: %w", s.url, err)
	}
	out := make([]*dto.MetricFamily, 0, len(fams))
	for _, f := range fams {
		out = append(out, f)
	}
	return out, nil
}

// gauge is the sum of metric name's values (a gauge or a counter) in
// mfs, and whether it is there.
func gauge(mfs []*dto.MetricFamily, name string) (float64, bool) {
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		v := 0.0
		for _, m := range mf.GetMetric() {
			switch {
			case m.Gauge != nil:
				v += m.GetGauge().GetValue()
			case m.Counter != nil:
				v += m.GetCounter().GetValue()
			case m.Untyped != nil:
				v += m.GetUntyped().GetValue()
			}
		}
		return v, true
	}
	return 0, false
}
