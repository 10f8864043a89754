package lm

import (
	"fmt"
	"math"
	"sync"
)

// AdamW holds the optimizer's settings (decoupled weight decay, as
// PyTorch's AdamW: w ← w − lr·(m̂/(√v̂+eps) + decay·w)).
type AdamW struct {
	Beta1, Beta2, Eps, WeightDecay float64
	Clip                           float64 // global gradient norm clipping (0: none)
}

// Trainer runs minibatch AdamW steps on a Model. Not safe for concurrent
// use.
type Trainer struct {
	Model   *Model
	Opt     AdamW
	Workers int // goroutines over the batch (the result does not depend on it)

	step   int
	m, v   []float32
	grads  []*Model // one per sequence of the batch
	acts   []*acts  // one per worker
	bufs   []*bufs
	total  *Model
	decays []bool // per parameter
}

// NewTrainer prepares AdamW state for m.
func NewTrainer(m *Model, opt AdamW, workers int) *Trainer {
	if workers < 1 {
		workers = 1
	}
	tr := &Trainer{Model: m, Opt: opt, Workers: workers,
		m: make([]float32, len(m.Data)), v: make([]float32, len(m.Data)), decays: make([]bool, len(m.Data))}
	tr.total, _ = NewModel(m.Config)
	off := 0
	for _, t := range m.Tensors() {
		for i := range t.Data {
			tr.decays[off+i] = t.Decay
		}
		off += len(t.Data)
	}
	for range workers {
		tr.acts = append(tr.acts, newActs(m.Config))
		tr.bufs = append(tr.bufs, newBufs(m.Config))
	}
	return tr
}

// Gradient computes the gradient of the mean cross-entropy over every
// position of the batch (sequence s: inputs seqs[s][:len-1], targets
// seqs[s][1:]) into tr's gradient buffer and returns that mean loss (nats
// per token). Sequence s's gradient is computed alone and the gradients are
// summed in sequence order, so the result does not depend on Workers.
func (tr *Trainer) Gradient(seqs [][]int) (*Model, float64, error) {
	c := tr.Model.Config
	tokens := 0
	for i, s := range seqs {
		if err := c.checkIDs(s[:max(len(s)-1, 0)]); err != nil || len(s) < 2 {
			return nil, 0, fmt.Errorf("lm: batch sequence %d: need 2..%d tokens in [0, %d): %v", i, c.Context+1, c.Vocab, err)
		}
		for _, id := range s[len(s)-1:] {
			if id < 0 || id >= c.Vocab {
				return nil, 0, fmt.Errorf("lm: batch sequence %d: target %d outside [0, %d)", i, id, c.Vocab)
			}
		}
		tokens += len(s) - 1
	}
	for len(tr.grads) < len(seqs) {
		g, _ := NewModel(c)
		tr.grads = append(tr.grads, g)
	}
	scale := float32(1 / float64(tokens))
	losses := make([]float64, len(seqs))
	var wg sync.WaitGroup
	for w := range tr.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := w; s < len(seqs); s += tr.Workers {
				g := tr.grads[s]
				clear(g.Data)
				n := len(seqs[s]) - 1
				tr.Model.forward(tr.acts[w], seqs[s][:n])
				losses[s] = tr.Model.backward(g, tr.acts[w], tr.bufs[w], seqs[s][1:], scale)
			}
		}()
	}
	wg.Wait()
	total := tr.total
	copy(total.Data, tr.grads[0].Data)
	for _, g := range tr.grads[1:len(seqs)] {
		axpy(total.Data, g.Data, 1)
	}
	var loss float64
	for _, l := range losses {
		loss += l
	}
	return total, loss / float64(tokens), nil
}

// Step computes the batch's gradient and applies one AdamW update at
// learning rate lr. It returns the mean loss before the update (nats per
// token) and the gradient's global norm before clipping.
func (tr *Trainer) Step(seqs [][]int, lr float64) (loss, gradNorm float64, err error) {
	g, loss, err := tr.Gradient(seqs)
	if err != nil {
		return 0, 0, err
	}
	var ss float64
	for _, v := range g.Data {
		ss += float64(v) * float64(v)
	}
	gradNorm = math.Sqrt(ss)
	if math.IsNaN(gradNorm) || math.IsInf(gradNorm, 0) {
		return loss, gradNorm, fmt.Errorf("lm: gradient norm %g", gradNorm)
	}
	clip := 1.0
	if tr.Opt.Clip > 0 && gradNorm > tr.Opt.Clip {
		clip = tr.Opt.Clip / gradNorm
	}
	tr.step++
	o := tr.Opt
	bc1 := 1 - math.Pow(o.Beta1, float64(tr.step))
	bc2 := 1 - math.Pow(o.Beta2, float64(tr.step))
	b1, b2 := float32(o.Beta1), float32(o.Beta2)
	stepSize := float32(lr / bc1)
	sqrtBC2 := float32(math.Sqrt(bc2))
	decay := float32(lr * o.WeightDecay)
	eps := float32(o.Eps)
	w := tr.Model.Data
	for i, gi := range g.Data {
		gi *= float32(clip)
		tr.m[i] = b1*tr.m[i] + (1-b1)*gi
		tr.v[i] = b2*tr.v[i] + (1-b2)*gi*gi
		if tr.decays[i] {
			w[i] -= decay * w[i]
		}
		w[i] -= stepSize * tr.m[i] / (float32(math.Sqrt(float64(tr.v[i])))/sqrtBC2 + eps)
	}
	return loss, gradNorm, nil
}

// Loss returns the summed cross-entropy in nats of predicting targets
// (targets[t] follows ids[t]) and the number of predictions.
func (m *Model) Loss(ids, targets []int) (float64, error) {
	if err := m.checkIDs(ids); err != nil {
		return 0, err
	}
	if len(targets) != len(ids) {
		return 0, fmt.Errorf("lm: %d targets for %d tokens", len(targets), len(ids))
	}
	for _, y := range targets {
		if y < 0 || y >= m.Vocab {
			return 0, fmt.Errorf("lm: target %d outside [0, %d)", y, m.Vocab)
		}
	}
	a := newActs(m.Config)
	m.forward(a, ids)
	dl := make([]float32, len(ids)*m.Vocab)
	return crossEntropy(dl, a.logits, targets, m.Vocab, 0), nil
}
