package reference

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"

	"github.com/opml-dev/opml/pipeline/graph"
)

// TrainConfig configures Train.
type TrainConfig struct {
	Epochs    int     // passes over the training data (≥ 1)
	BatchSize int     // examples per step (≥ 1); a last partial batch of an epoch is dropped
	LearnRate float64 // Adam step size; 0 means 0.001
	Seed      uint64  // shuffling and Augment

	// Augment, if not nil, may change a training input in place (a copy
	// of the example, in the graph's input layout) before each use; rng is
	// the trainer's seeded generator.
	Augment func(rng *rand.Rand, x []float32)
	// Logf, if not nil, receives one progress line per epoch.
	Logf func(format string, args ...any)
	// AfterEpoch, if not nil, is called after each epoch (1-based) with the
	// epoch's mean loss, once the weights so far are in the graph. An
	// error stops training and is returned.
	AfterEpoch func(epoch int, loss float64, g *graph.Graph) error
}

// TrainStats reports a training run.
type TrainStats struct {
	StepLoss  []float64 // loss of every step (mean over its batch)
	EpochLoss []float64 // mean step loss of every epoch
	Duration  time.Duration
}

// Train trains g in place on examples xs (each with Numel(g.InputShape)
// elements, in the input's row-major layout) and labels (class indices):
// minibatch Adam on the mean cross-entropy of the output Softmax. The
// graph's output must be a Softmax node over [1, F] with F classes; its
// input (the logits) feeds a numerically stable log-softmax for the loss.
// Conv and Dense weights and biases are trained (a nil bias stays nil) and
// written back into g's tensors after every epoch; on an error (e.g. a
// non-finite loss, which is never applied to the weights), g holds the
// weights of the last completed epoch.
//
// Training is deterministic for a given configuration, data and Go
// toolchain: the order of examples comes from PCG(Seed), gorgonia's tape
// machine executes sequentially and its kernels split work into disjoint
// outputs.
func Train(g *graph.Graph, xs [][]float32, labels []int, cfg TrainConfig) (*TrainStats, error) {
	if g == nil {
		return nil, errors.New("reference: nil graph")
	}
	shapes, err := g.Shapes()
	if err != nil {
		return nil, fmt.Errorf("reference: %v", err)
	}
	var out *graph.Node
	for i := range g.Nodes {
		if g.Nodes[i].Output == g.Output {
			out = &g.Nodes[i]
		}
	}
	if out == nil || out.Op != graph.Softmax {
		return nil, fmt.Errorf("reference: training needs the graph output %q to be a Softmax", g.Output)
	}
	if g.InputShape[0] != 1 {
		return nil, fmt.Errorf("reference: training needs an input with batch dimension 1, got %v", g.InputShape)
	}
	for i := range g.Nodes {
		if n := &g.Nodes[i]; !hasGradient(n) {
			return nil, fmt.Errorf("reference: node %q: %s has no gradient here; training supports the fixture ops", n.Name, n.Op)
		}
	}
	if err := checkWeights(g); err != nil {
		return nil, err
	}
	classes := shapes[g.Output][1]
	if len(xs) != len(labels) {
		return nil, fmt.Errorf("reference: %d examples but %d labels", len(xs), len(labels))
	}
	if cfg.Epochs < 1 || cfg.BatchSize < 1 {
		return nil, fmt.Errorf("reference: epochs %d and batch size %d must be positive", cfg.Epochs, cfg.BatchSize)
	}
	if cfg.BatchSize > len(xs) {
		return nil, fmt.Errorf("reference: batch size %d exceeds the %d examples", cfg.BatchSize, len(xs))
	}
	size := graph.Numel(g.InputShape)
	for i, x := range xs {
		if len(x) != size {
			return nil, fmt.Errorf("reference: example %d has %d elements, want %d", i, len(x), size)
		}
		if k := nonFinite(x); k >= 0 {
			return nil, fmt.Errorf("reference: example %d element %d is %v", i, k, x[k])
		}
		if labels[i] < 0 || labels[i] >= classes {
			return nil, fmt.Errorf("reference: label %d is %d, want 0..%d", i, labels[i], classes-1)
		}
	}
	lr := cfg.LearnRate
	if lr == 0 {
		lr = 0.001
	}
	if !(lr > 0) || math.IsInf(lr, 0) {
		return nil, fmt.Errorf("reference: learn rate %v", lr)
	}

	tr, err := newTrainer(g, shapes, cfg.BatchSize, classes)
	if err != nil {
		return nil, err
	}
	defer tr.vm.Close()
	solver := G.NewAdamSolver(G.WithLearnRate(lr))
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x7ea1))
	stats := &TrainStats{}
	start := time.Now()
	steps := len(xs) / cfg.BatchSize
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		perm := rng.Perm(len(xs))
		var sum float64
		for s := 0; s < steps; s++ {
			clear(tr.yData)
			for k, idx := range perm[s*cfg.BatchSize : (s+1)*cfg.BatchSize] {
				slot := tr.xData[k*size : (k+1)*size]
				copy(slot, xs[idx])
				if cfg.Augment != nil {
					cfg.Augment(rng, slot)
					if j := nonFinite(slot); j >= 0 {
						return nil, fmt.Errorf("reference: epoch %d: augmented example %d element %d is %v", epoch, idx, j, slot[j])
					}
				}
				tr.yData[k*classes+labels[idx]] = 1
			}
			loss, err := tr.step(solver)
			if err != nil {
				return nil, fmt.Errorf("reference: epoch %d step %d: %v", epoch, s, err)
			}
			stats.StepLoss = append(stats.StepLoss, loss)
			sum += loss
		}
		mean := sum / float64(steps)
		stats.EpochLoss = append(stats.EpochLoss, mean)
		if err := tr.writeBack(g); err != nil {
			return nil, err
		}
		if cfg.Logf != nil {
			cfg.Logf("epoch %d/%d: mean loss %.4f (%d steps, %s)", epoch, cfg.Epochs, mean, steps, time.Since(start).Round(time.Millisecond))
		}
		if cfg.AfterEpoch != nil {
			if err := cfg.AfterEpoch(epoch, mean, g); err != nil {
				return nil, err
			}
		}
	}
	stats.Duration = time.Since(start)
	return stats, nil
}

type trainer struct {
	b      *built
	vm     G.VM
	loss   *G.Node
	lossV  G.Value
	params G.Nodes
	xData  []float32
	yData  []float32
}

func newTrainer(g *graph.Graph, shapes map[string][]int, batch, classes int) (t *trainer, err error) {
	b, err := build(g, shapes, batch)
	if err != nil {
		return nil, err
	}
	t = &trainer{b: b}
	buildMu.Lock()
	defer buildMu.Unlock()
	defer func() {
		if p := recover(); p != nil {
			t, err = nil, fmt.Errorf("reference: gorgonia panicked while building the training graph: %v", p)
		}
	}()
	t.xData = make([]float32, b.x.Shape().TotalSize())
	if err := G.Let(b.x, dense32(b.x.Shape().Clone(), t.xData)); err != nil {
		return nil, fmt.Errorf("reference: %v", err)
	}
	t.yData = make([]float32, batch*classes)
	y := G.NewMatrix(b.eg, tensor.Float32, G.WithShape(batch, classes), G.WithName("labels"),
		G.WithValue(dense32(tensor.Shape{batch, classes}, t.yData)))

	// loss = -mean_b Σ_c y[b,c] · logsoftmax(z)[b,c], with
	// logsoftmax(z) = (z - max z) - log Σ exp(z - max z) per row.
	must := func(n *G.Node, e error) *G.Node {
		if e != nil {
			panic(e)
		}
		return n
	}
	z := b.logits
	shifted := must(G.BroadcastSub(z, must(G.Max(z, 1)), nil, []byte{1}))
	lse := must(G.Log(must(G.Sum(must(G.Exp(shifted)), 1))))
	logp := must(G.BroadcastSub(shifted, lse, nil, []byte{1}))
	t.loss = must(G.Neg(must(G.Mean(must(G.Sum(must(G.HadamardProd(logp, y)), 1))))))
	G.Read(t.loss, &t.lossV)
	for _, p := range b.params {
		t.params = append(t.params, p.node)
	}
	if _, err := G.Grad(t.loss, t.params...); err != nil {
		return nil, fmt.Errorf("reference: gradient: %v", err)
	}
	t.vm = G.NewTapeMachine(b.eg, G.BindDualValues(t.params...))
	return t, nil
}

func (t *trainer) step(solver G.Solver) (float64, error) {
	defer t.vm.Reset()
	if err := t.vm.RunAll(); err != nil {
		return 0, fmt.Errorf("gorgonia: %v", err)
	}
	var loss float64
	switch v := t.lossV.(type) {
	case *G.F32:
		loss = float64(*v)
	default:
		return 0, fmt.Errorf("loss value of type %T", t.lossV)
	}
	// A diverged step must not reach the weights.
	if math.IsNaN(loss) || math.IsInf(loss, 0) {
		return 0, fmt.Errorf("loss is %v", loss)
	}
	if err := solver.Step(G.NodesToValueGrads(t.params)); err != nil {
		return 0, fmt.Errorf("solver: %v", err)
	}
	return loss, nil
}

// writeBack copies the trained parameters into g's tensors.
func (t *trainer) writeBack(g *graph.Graph) error {
	for _, p := range t.b.params {
		v, ok := p.node.Value().(tensor.Tensor)
		if !ok {
			return fmt.Errorf("reference: parameter %s has value %T", p.node.Name(), p.node.Value())
		}
		data, ok := v.Data().([]float32)
		if !ok {
			return fmt.Errorf("reference: parameter %s has data %T", p.node.Name(), v.Data())
		}
		n := &g.Nodes[p.index]
		dst := n.W
		if p.bias {
			dst = n.B
		}
		if len(data) != len(dst.Data) {
			return fmt.Errorf("reference: parameter %s has %d elements, want %d", p.node.Name(), len(data), len(dst.Data))
		}
		if !p.transposed {
			copy(dst.Data, data)
			continue
		}
		rows, cols := dst.Shape[0], dst.Shape[1] // data is [cols, rows]
		for r := 0; r < rows; r++ {
			for c := 0; c < cols; c++ {
				dst.Data[r*cols+c] = data[c*rows+r]
			}
		}
	}
	return nil
}

// Accuracy is the fraction of examples whose output argmax equals the
// label, computed with r (batch 1).
func Accuracy(r *Runner, xs []*graph.Tensor, labels []int) (float64, error) {
	if len(xs) != len(labels) || len(xs) == 0 {
		return 0, fmt.Errorf("reference: %d examples and %d labels", len(xs), len(labels))
	}
	right := 0
	for i, x := range xs {
		c, err := r.Classify(x)
		if err != nil {
			return 0, err
		}
		if c == labels[i] {
			right++
		}
	}
	return float64(right) / float64(len(xs)), nil
}

// hasGradient reports whether the node is a gorgonia op with a gradient
// (not a kernelOp).
func hasGradient(n *graph.Node) bool {
	switch n.Op {
	case graph.Unary, graph.Gather, graph.Reduce, graph.Max, graph.Min, graph.Embed, graph.MatMul, graph.Norm, graph.Rope, graph.GluMul:
		return false
	}
	return n.Causal == graph.CausalNone
}
