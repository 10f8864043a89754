package benchreport

import (
	"context"
	"errors"
	"fmt"
	"github.com/opml-dev/opml/pipeline/onnx/conformance"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/opml-dev/opml/contracts/chainconfig"
	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/fixtures/fixturebuild"
	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/mnist"
	"github.com/opml-dev/opml/pipeline/reference"
	"github.com/opml-dev/opml/tooling/demo"
	"github.com/opml-dev/opml/vm"
)

// Config configures Measure.
type Config struct {
	// Quick selects the short suite: fewer samples and time per figure,
	// synthetic MLPs up to 10^6 parameters.
	Quick bool
	// Root is the repository root (for the trained fixture models the
	// gorgonia side is built from).
	Root string
	// Bench is the parsed `go test -bench` output (nil: no GEMM or
	// micro-benchmark figures).
	Bench *BenchSet
	// VerifierGas and ArbiterGas are the gas report tests' markdown.
	VerifierGas, ArbiterGas string
	// MoveGoal is the per-move gas goal the arity table marks (default 80k).
	MoveGoal uint64
	// E2E runs demo.Run on the in-process devnet.
	E2E bool
	// Log receives progress lines (nil: discarded).
	Log io.Writer
	// Now stamps the report (zero: time.Now).
	Now time.Time
}

// suite holds the per-mode budgets.
type suite struct {
	opBudget     time.Duration // per timed function (batches)
	traceCalls   int           // individually timed StateAt / ProveStep calls per fixture
	scaleTargets []int64
	scaleCalls   int
	lmWindows    int // held-out windows of the completion model's accuracy
	lmPrompts    int // prompts of its greedy completions
}

func suiteFor(quick bool) suite {
	if quick {
		return suite{opBudget: 300 * time.Millisecond, traceCalls: 200,
			scaleTargets: []int64{1e4, 1e5, 1e6}, scaleCalls: 50, lmWindows: 50, lmPrompts: 10}
	}
	return suite{opBudget: 2 * time.Second, traceCalls: 2000,
		scaleTargets: []int64{1e4, 1e5, 1e6, 1e7, 1e8}, scaleCalls: 300, lmWindows: 400, lmPrompts: 100}
}

// Measure runs the in-process measurements and assembles the report with
// the figures of cfg.Bench and the gas reports.
func Measure(ctx context.Context, cfg Config) (*Report, error) {
	start := time.Now()
	logf := func(format string, args ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, "bench: "+format+"\n", args...)
		}
	}
	now := cfg.Now
	if now.IsZero() {
		now = time.Now()
	}
	s := suiteFor(cfg.Quick)
	r := &Report{Machine: machineInfo(now), Quick: cfg.Quick}

	// Gas (parsed first: a malformed report fails fast).
	var err error
	if r.Gas.Step, r.Gas.Worst, err = ParseStepGas(cfg.VerifierGas); err != nil {
		return nil, err
	}
	if r.Gas.Submit, err = ParseCallMax(cfg.ArbiterGas, "submit"); err != nil {
		return nil, err
	}
	if r.Gas.Disputes, err = ParseDisputes(cfg.ArbiterGas); err != nil {
		return nil, err
	}
	if r.Gas.LM, err = ParseLMDisputes(cfg.ArbiterGas); err != nil {
		return nil, err
	}
	r.Gas.VerifierMD, r.Gas.CallsMD = cfg.VerifierGas, CallsTable(cfg.ArbiterGas)
	r.Gas.MoveGoal = cfg.MoveGoal
	if r.Gas.MoveGoal == 0 {
		r.Gas.MoveGoal = moveGoalFallbk
	}
	if cfg.Bench != nil {
		r.Gemm = GemmRows(cfg.Bench)
		r.Micro = cfg.Bench.Rows()
	}

	for _, name := range fixturebuild.Names {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		logf("fixture %s: VM, gorgonia, trace service", name)
		if err := measureFixture(r, cfg.Root, name, s); err != nil {
			return nil, err
		}
	}
	logf("completion model %s: VM, gorgonia, trace service", fixtures.LM)
	if err := measureLM(r, cfg.Root, s); err != nil {
		return nil, err
	}
	if r.Load, err = ReadLoad(cfg.Root); err != nil {
		return nil, err
	}
	for _, target := range s.scaleTargets {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		logf("synthetic MLP, %d parameters", target)
		row, err := measureScaling(target, s)
		if err != nil {
			return nil, err
		}
		r.Scaling = append(r.Scaling, row)
	}
	if cfg.E2E {
		logf("end to end: demo on the in-process devnet")
		r.E2E = measureE2E(ctx)
	}
	if _, err := os.Stat(filepath.Join(conformance.DataDir, "node")); err == nil {
		logf("ONNX backend node tests")
		suite, err := conformance.RunSuite(conformance.DataDir, "node")
		if err != nil {
			return nil, err
		}
		r.Conformance = &Conformance{All: map[string]int{}, Simple: map[string]int{}}
		for o, n := range suite.Counts(false) {
			r.Conformance.All[string(o)] = n
		}
		for o, n := range suite.Counts(true) {
			r.Conformance.Simple[string(o)] = n
		}
	} else {
		logf("ONNX backend node tests not installed (apt-get install libonnx-testdata): not measured")
	}
	r.Elapsed = time.Since(start).Seconds()
	return r, nil
}

// GemmRows pairs BenchmarkGemm/<shape> with BenchmarkGemmNaive/<shape>.
func GemmRows(s *BenchSet) []GemmRow {
	shapes := []struct {
		name, label string
		macs        float64
	}{
		{"mlp784x128", "1×784×128 (MLP layer 1)", 784 * 128},
		{"batch64x784x128", "64×784×128 (batch)", 64 * 784 * 128},
	}
	var out []GemmRow
	for _, sh := range shapes {
		fast, n, ok1 := s.Median("BenchmarkGemm/"+sh.name, "ns/op")
		naive, _, ok2 := s.Median("BenchmarkGemmNaive/"+sh.name, "ns/op")
		if ok1 && ok2 {
			out = append(out, GemmRow{Shape: sh.label, MACs: sh.macs, FastNs: fast, NaiveNs: naive, Samples: n, Baseline: "BenchmarkGemmNaive"})
		}
	}
	return out
}

func machineInfo(now time.Time) Machine {
	m := Machine{Cores: runtime.NumCPU(), GoVersion: runtime.Version(), GOOS: runtime.GOOS, GOARCH: runtime.GOARCH,
		Rules: chainconfig.RulesName, Date: now.UTC().Format("2006-01-02"), CPU: "unknown"}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPU = strings.TrimSpace(v)
				break
			}
		}
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if f := strings.Fields(line); len(f) >= 2 && f[0] == "MemTotal:" {
				if kb, err := strconv.ParseUint(f[1], 10, 64); err == nil {
					m.MemTotal = kb * 1024
				}
			}
		}
	}
	return m
}

// timeOp returns the median time per call of fn over batches: the batch
// size is calibrated so a batch lasts about 5 ms, and batches run until
// budget has passed and at least 5 batches (or 3 calls when one call is
// longer than the budget) have run.
func timeOp(budget time.Duration, fn func() error) (float64, error) {
	t0 := time.Now()
	if err := fn(); err != nil { // warm-up and calibration
		return 0, err
	}
	one := time.Since(t0)
	batch := max(1, int(5*time.Millisecond/max(one, 1)))
	var per []float64
	start := time.Now()
	for len(per) < 3 || (len(per) < 5 && one < budget) || time.Since(start) < budget {
		t := time.Now()
		for range batch {
			if err := fn(); err != nil {
				return 0, err
			}
		}
		per = append(per, float64(time.Since(t).Nanoseconds())/float64(batch))
		if one > budget && len(per) >= 3 {
			break
		}
	}
	return Median(per), nil
}

// timeSides times the fast path, the full run and the float reference,
// interleaved (three rounds of each, a third of budget per timing) so
// that load changes hit them alike, and returns their medians.
func timeSides(budget time.Duration, exec, full, float func() error) (e, t, g float64, err error) {
	var es, tss, gs []float64
	for range 3 {
		for _, p := range []struct {
			fn  func() error
			out *[]float64
		}{{exec, &es}, {full, &tss}, {float, &gs}} {
			v, err := timeOp(budget/3, p.fn)
			if err != nil {
				return 0, 0, 0, err
			}
			*p.out = append(*p.out, v)
		}
	}
	return Median(es), Median(tss), Median(gs), nil
}

// measureSides times the fast path exec, the full run (newTrace + Final)
// and the float reference side by side into row (timeSides), and the heap
// of one full run (peakHeap).
func measureSides(row *VMRow, budget time.Duration, exec func() error, newTrace func() (*vm.Trace, error), float func() error) error {
	full := func() error {
		tr, err := newTrace()
		if err == nil {
			_ = tr.Final()
		}
		return err
	}
	var err error
	if row.ExecuteNs, row.TraceNs, row.GorgoniaNs, err = timeSides(budget, exec, full, float); err != nil {
		return err
	}
	row.PeakHeap, row.AllocPerRun, err = peakHeap(full)
	return err
}

// measureTrace builds a Trace with newTrace, records the heap it retains
// and times StateAt and ProveStep individually at calls step indices drawn
// uniformly from [0, N) by a PCG seeded with seed, into row. It returns
// the Trace.
func measureTrace(row *TraceRow, newTrace func() (*vm.Trace, error), calls int, seed uint64) (*vm.Trace, error) {
	mem, v, err := retained(func() (any, error) { return newTrace() })
	if err != nil {
		return nil, err
	}
	tr := v.(*vm.Trace)
	rng := rand.New(rand.NewPCG(seed, seed))
	ts := make([]uint64, calls)
	for i := range ts {
		ts[i] = rng.Uint64N(tr.Steps())
	}
	row.Steps, row.Samples, row.Seed, row.Checkpoint, row.Checkpoints = tr.Steps(), calls, seed, mem, len(tr.Model().Ops)+1
	if row.StateAtMedian, row.StateAtP99, err = timeCalls(calls, func(i int) error { _, err := tr.StateAt(ts[i]); return err }); err != nil {
		return nil, err
	}
	if row.ProveMedian, row.ProveP99, err = timeCalls(calls, func(i int) error { _, _, _, err := tr.ProveStep(ts[i]); return err }); err != nil {
		return nil, err
	}
	return tr, nil
}

// timeCalls times fn(i) individually for i in [0, n) and returns median and
// p99 in nanoseconds.
func timeCalls(n int, fn func(i int) error) (median, p99 float64, err error) {
	d := make([]float64, n)
	for i := range n {
		t := time.Now()
		if err := fn(i); err != nil {
			return 0, 0, err
		}
		d[i] = float64(time.Since(t).Nanoseconds())
	}
	return Median(d), Percentile(d, 99), nil
}

const heapMetric = "/memory/classes/heap/objects:bytes"

func heapBytes() uint64 {
	s := []metrics.Sample{{Name: heapMetric}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// peakHeap runs fn once and returns the peak heap occupancy above the
// post-GC baseline and the bytes fn allocated. The peak is the larger of the
// runtime/metrics heap figure sampled every 100 µs and the exact heap
// (runtime.ReadMemStats, which flushes the per-P allocation caches the
// sampled metric lags behind) right after fn: a run shorter than a sample
// period, or whose allocations still sit in those caches, is not missed.
func peakHeap(fn func() error) (peak, alloc uint64, err error) {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base, alloc0, heap0 := heapBytes(), ms.TotalAlloc, ms.HeapAlloc
	var mu sync.Mutex
	top := base
	note := func() {
		h := heapBytes()
		mu.Lock()
		top = max(top, h)
		mu.Unlock()
	}
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		tk := time.NewTicker(100 * time.Microsecond)
		defer tk.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tk.C:
				note()
			}
		}
	}()
	err = fn()
	note()
	close(stop)
	<-done
	runtime.ReadMemStats(&ms)
	peak = top - base
	if ms.HeapAlloc > heap0 {
		peak = max(peak, ms.HeapAlloc-heap0)
	}
	return peak, ms.TotalAlloc - alloc0, err
}

// retained returns the heap retained after GC by the value build returns.
func retained(build func() (any, error)) (uint64, any, error) {
	runtime.GC()
	base := heapBytes()
	v, err := build()
	runtime.GC()
	after := heapBytes()
	runtime.KeepAlive(v)
	if after < base {
		return 0, v, err
	}
	return after - base, v, err
}

var fixtureDesc = map[string]string{
	"mlp": "MLP 784-128-10",
	"cnn": "CNN 28×28 → 2 × (conv5×5 + ReLU + maxpool) → 10",
}

func graphParams(g *graph.Graph) int64 {
	var n int64
	for _, nd := range g.Nodes {
		if nd.W != nil {
			n += int64(len(nd.W.Data))
		}
		if nd.B != nil {
			n += int64(len(nd.B.Data))
		}
	}
	return n
}

func measureFixture(r *Report, root, name string, s suite) error {
	fx, err := fixtures.Load(name)
	if err != nil {
		return err
	}
	built, err := fixturebuild.Build(root, name)
	if err != nil {
		return fmt.Errorf("benchreport: building the float model of %s (is --root the repository root?): %w", name, err)
	}
	_, test, err := mnist.LoadFixtures(fixturebuild.MNISTDir(root))
	if err != nil {
		return err
	}
	x, err := mnist.Tensor(test.Images[fixturebuild.InputDigit], built.Graph.InputShape...)
	if err != nil {
		return err
	}
	runner, err := reference.NewRunner(built.Graph)
	if err != nil {
		return err
	}
	defer runner.Close()

	row := VMRow{Model: name, Desc: fixtureDesc[name], Params: graphParams(built.Graph)}
	if row.Desc == "" {
		row.Desc = name
	}
	exec := func() error { _, err := vm.Execute(fx.Model, fx.Input); return err }
	newTrace := func() (*vm.Trace, error) { return vm.NewTrace(fx.Model, fx.Input) }
	float := func() error { _, err := runner.Output(x); return err }
	if err := measureSides(&row, s.opBudget, exec, newTrace, float); err != nil {
		return err
	}
	trow := TraceRow{Model: name}
	tr, err := measureTrace(&trow, newTrace, s.traceCalls, 7)
	if err != nil {
		return err
	}
	row.Steps = tr.Steps()
	r.VM = append(r.VM, row)
	r.Trace = append(r.Trace, trow)

	// Witness bytes per op family.
	m := fx.Model
	fam := map[string]*WitnessRow{}
	var order []string
	for k := range m.Ops {
		f := m.Ops[k].Op.String()
		wr, ok := fam[f]
		if !ok {
			wr = &WitnessRow{Model: name, Family: f}
			fam[f] = wr
			order = append(order, f)
		}
		start, end := m.OpStart(k), m.OpStart(k+1)
		stride := max((end-start)/64, 1)
		var total float64
		steps := []uint64{}
		for t := start; t < end; t += stride {
			steps = append(steps, t)
		}
		if end > start && steps[len(steps)-1] != end-1 {
			steps = append(steps, end-1)
		}
		total = wr.Mean * float64(wr.Sampled)
		for _, t := range steps {
			_, _, w, err := tr.ProveStep(t)
			if err != nil {
				return err
			}
			wr.Max = max(wr.Max, len(w))
			total += float64(len(w))
			wr.Sampled++
		}
		if wr.Sampled > 0 {
			wr.Mean = total / float64(wr.Sampled)
		}
	}
	for _, f := range order {
		r.Witness = append(r.Witness, *fam[f])
	}
	return nil
}

func measureScaling(target int64, s suite) (ScalingRow, error) {
	syn, err := SyntheticMLP(target, uint64(target))
	if err != nil {
		return ScalingRow{}, err
	}
	row := ScalingRow{Target: target, Params: syn.Params, Dims: syn.Dims}
	if row.ExecuteNs, err = timeOp(s.opBudget, func() error { _, err := vm.Execute(syn.Model, syn.Input); return err }); err != nil {
		return row, err
	}
	mem, v, err := retained(func() (any, error) { return vm.NewTrace(syn.Model, syn.Input) })
	if err != nil {
		return row, err
	}
	tr := v.(*vm.Trace)
	row.Steps, row.Checkpoint, row.Samples = tr.Steps(), mem, s.scaleCalls
	rng := rand.New(rand.NewPCG(11, uint64(target)))
	if row.StateAtNs, _, err = timeCalls(s.scaleCalls, func(int) error { _, err := tr.StateAt(rng.Uint64N(tr.Steps())); return err }); err != nil {
		return row, err
	}
	return row, nil
}

func measureE2E(ctx context.Context) *E2E {
	p := demo.Params()
	e := &E2E{Model: "mlp", Arity: p.Arity, ChallengeWindow: p.ChallengeWindow, ClockBudget: p.ClockBudget}
	rep, err := demo.Run(ctx, demo.Config{Model: e.Model, Timeout: 5 * time.Minute})
	if err != nil {
		if errors.Is(err, context.Canceled) {
			e.Err = "interrupted"
		} else {
			e.Err = err.Error()
		}
		return e
	}
	e.Steps, e.Rounds, e.Moves, e.ReactionBlocks = rep.Steps, rep.Rounds, rep.Moves, rep.ReactionBlocks
	e.DisputeSec, e.HappySec, e.TotalSec = rep.DisputeTime.Seconds(), rep.HappyTime.Seconds(), rep.Total.Seconds()
	return e
}
