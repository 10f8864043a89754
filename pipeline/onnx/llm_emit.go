package onnx

import (
	"math"
	"slices"

	"github.com/opml-dev/opml/pipeline/graph"
)

// The emitters of the language-model regions (llm.go). Each checks what
// the structure alone could not (constants, shapes, attributes) and
// returns errNoMatch before emitting anything if the region is not what
// it looked like.

// emitEmbed: Gather(table [V, D], ids) on axis 0 is graph.Embed. The ids
// are the integer graph input, which nothing else may read, so a mismatch
// is an error rather than a fallback.
func emitEmbed(im *importer, c *nodeCtx) error {
	if err := c.checkInputs(2, 2); err != nil {
		return err
	}
	if err := c.wantInt("axis", 0, 0, "an embedding gathers rows: only axis 0 is supported"); err != nil {
		return err
	}
	table, err := c.floatConst(0, "embedding table")
	if err != nil {
		return err
	}
	if len(table.shape) != 2 || table.shape[0] < 1 || table.shape[1] < 1 {
		return c.errorf("embedding table %q has shape %v, want [V, D]", c.input(0), table.shape)
	}
	ids := im.vals[c.input(1)]
	shape := append(slices.Clone(ids.shape), table.shape[1])
	if len(shape) > graph.MaxRank {
		return c.errorf("token ids of shape %v give rows of rank %d, more than %d", ids.shape, len(shape), graph.MaxRank)
	}
	if err := c.unread(); err != nil {
		return err
	}
	w, err := im.cloneTensor(table)
	if err != nil {
		return c.errorf("%v", err)
	}
	return c.emit(graph.Node{Op: graph.Embed, Inputs: []string{ids.name}, W: w}, shape)
}

// ensureConst folds the constant name now if the nodes computing it come
// later in the import order (a B transposed from the embedding table for
// the logits), marking them done; false if name is not a constant.
func (im *importer) ensureConst(name string) bool {
	if _, ok := im.consts[name]; ok {
		return true
	}
	k, ok := im.producer[name]
	if !ok || im.done[k] || im.regionOf[k] != nil {
		return false
	}
	for _, in := range im.nodes[k].Input {
		if in != "" && !im.ensureConst(in) {
			return false
		}
	}
	if im.node(k, im.nodes[k]) != nil {
		return false // the import reports the error in its turn
	}
	im.done[k] = true
	_, ok = im.consts[name]
	return ok
}

// ctxOf returns a context for reading node k's attributes.
func (im *importer) ctxOf(k int) (*nodeCtx, bool) {
	c, err := newNodeCtx(im, k, im.nodes[k])
	return c, err == nil
}

// scalarConst returns the value of a one-element float constant.
func (im *importer) scalarConst(name string) (float64, bool) {
	t, ok := im.consts[name]
	if !ok || !t.isFloat() || len(t.f) != 1 {
		return 0, false
	}
	return float64(t.f[0]), true
}

// lastAxisMean reports whether ReduceMean node k averages only the last
// axis of a rank-r value, keeping it.
func (im *importer) lastAxisMean(k, r int) bool {
	c, ok := im.ctxOf(k)
	if !ok {
		return false
	}
	keep, err := c.intAttr("keepdims", 1)
	if err != nil || keep != 1 {
		return false
	}
	var axes []int64
	if c.has("axes") {
		axes, err = c.intsAttr("axes")
	} else if c.nInputs() == 2 {
		t, ok := im.consts[c.input(1)]
		if !ok || t.isFloat() {
			return false
		}
		axes = t.i
	}
	return err == nil && len(axes) == 1 && (axes[0] == -1 || axes[0] == int64(r-1))
}

// normSpec is a decomposed RMSNorm or LayerNorm region.
type normSpec struct {
	x      string
	square int   // the Pow (or Mul) squaring
	means  []int // the ReduceMean nodes
	eps    string
	rms    bool
}

func (s normSpec) emit(im *importer, c *nodeCtx) error {
	x, ok := im.vals[s.x]
	if !ok {
		return noMatch("the normalized value %q is not computed", s.x)
	}
	r := len(x.shape)
	sq := im.nodes[s.square]
	if sq.GetOpType() == "Pow" {
		if e, ok := im.scalarConst(sq.Input[1]); !ok || e != 2 {
			return noMatch("the square is a Pow whose exponent is not the constant 2")
		}
	}
	for _, k := range s.means {
		if !im.lastAxisMean(k, r) {
			return noMatch("a ReduceMean is not over the last axis with keepdims=1")
		}
	}
	eps, ok := im.scalarConst(s.eps)
	if !ok || !(eps >= 0) || math.IsInf(eps, 0) {
		return noMatch("epsilon is not one finite constant ≥ 0")
	}
	mode := graph.NormLayer
	if s.rms {
		mode = graph.NormRMS
	}
	return c.emit(graph.Node{Op: graph.Norm, Inputs: []string{x.name}, Norm: mode, Eps: float32(eps)}, slices.Clone(x.shape))
}

// channelVector returns a float constant that varies only along the last
// axis of a value of L channels (shape [L] or [1, …, 1, L]; a scalar is
// broadcast) as L values.
func (im *importer) channelVector(name string, L int) ([]float32, bool) {
	t, ok := im.consts[name]
	if !ok || !t.isFloat() {
		return nil, false
	}
	if len(t.f) == 1 {
		v := make([]float32, L)
		for k := range v {
			v[k] = t.f[0]
		}
		return v, true
	}
	if len(t.shape) == 0 || t.shape[len(t.shape)-1] != L || len(t.f) != L {
		return nil, false
	}
	return slices.Clone(t.f), true
}

// foldWeights folds y = x·gamma + beta (per channel of L) into the MatMul
// nodes fold, which read y as A with constant B [L, N]: B′ = diag(gamma)·B
// (a new constant, so a B shared with other nodes is unchanged) and, for
// beta, the bias betaᵀ·B that opMatMul gives the Dense. False, with
// nothing changed, if a B is not [L, N].
func (im *importer) foldWeights(fold []int, gamma, beta []float32, L int) bool {
	for _, j := range fold {
		if !im.ensureConst(im.nodes[j].Input[1]) {
			return false
		}
		b, ok := im.consts[im.nodes[j].Input[1]]
		if !ok || !b.isFloat() || len(b.shape) != 2 || b.shape[0] != L {
			return false
		}
	}
	for _, j := range fold {
		n := im.nodes[j]
		b := im.consts[n.Input[1]]
		N := b.shape[1]
		if im.alloc(len(b.f)) != nil {
			return false
		}
		w := &tensor{shape: slices.Clone(b.shape), f: make([]float32, len(b.f))}
		for k := range L {
			for o := range N {
				w.f[k*N+o] = gamma[k] * b.f[k*N+o]
			}
		}
		if beta != nil {
			bias := make([]float32, N)
			for o := range N {
				s := 0.0
				for k := range L {
					s += float64(beta[k]) * float64(b.f[k*N+o])
				}
				bias[o] = float32(s)
			}
			im.matMulBias[n.Output[0]] = bias
		}
		name := im.genName(n.Input[1] + "_folded")
		im.consts[name] = w
		n.Input[1] = name
	}
	return true
}

// weightSpec is a normalization's Mul(·, gamma) [Add(·, beta)] whose
// consumers are MatMuls with constant weights.
type weightSpec struct {
	in, gamma, beta string
	fold            []int
}

func (s weightSpec) emit(im *importer, c *nodeCtx) error {
	x, ok := im.vals[s.in]
	if !ok {
		return noMatch("the normalized value %q is not computed", s.in)
	}
	L := x.shape[len(x.shape)-1]
	gamma, ok := im.channelVector(s.gamma, L)
	if !ok {
		return noMatch("the weight %q does not vary along the last axis only", s.gamma)
	}
	var beta []float32
	if s.beta != "" {
		if beta, ok = im.channelVector(s.beta, L); !ok {
			return noMatch("the bias %q does not vary along the last axis only", s.beta)
		}
	}
	// The weights must not broadcast x to a larger shape.
	for _, name := range []string{s.gamma, s.beta} {
		if t, ok := im.consts[name]; ok && len(t.shape) > len(x.shape) {
			return noMatch("a weight broadcasts the value to a larger rank")
		}
	}
	if !im.foldWeights(s.fold, gamma, beta, L) {
		return noMatch("a MatMul reading the weighted value has no constant [%d, N] B", L)
	}
	return c.alias(x)
}

// normNodeSpec is a LayerNormalization or SimplifiedLayerNormalization
// node: a Norm, then its scale and bias folded into the MatMuls that read
// it (fold) or applied per channel.
type normNodeSpec struct {
	k    int
	rms  bool
	fold []int
}

func (s normNodeSpec) emit(im *importer, c *nodeCtx) error {
	for _, o := range c.p.Output[1:] {
		if o != "" && im.uses[o] > 0 {
			return noMatch("its second or third output is used")
		}
	}
	x, ok := im.vals[c.input(0)]
	if !ok {
		return noMatch("the input is not computed")
	}
	r := len(x.shape)
	a, err := c.intAttr("axis", -1)
	if err != nil || (a != -1 && a != int64(r-1)) {
		return noMatch("axis is not the last one")
	}
	eps, err := c.floatAttr("epsilon", 1e-5)
	if err != nil || !(eps >= 0) {
		return noMatch("epsilon is negative")
	}
	if st, err := c.intAttr("stash_type", 1); err != nil || st != 1 {
		return noMatch("stash_type is not 1")
	}
	if c.unread() != nil {
		return noMatch("an attribute is not supported")
	}
	L := x.shape[r-1]
	gamma, ok := im.channelVector(c.input(1), L)
	if !ok {
		return noMatch("the scale does not vary along the last axis only")
	}
	var beta []float32
	if c.input(2) != "" {
		if s.rms {
			return noMatch("SimplifiedLayerNormalization has a bias")
		}
		if beta, ok = im.channelVector(c.input(2), L); !ok {
			return noMatch("the bias does not vary along the last axis only")
		}
	}
	mode := graph.NormLayer
	if s.rms {
		mode = graph.NormRMS
	}
	n := graph.Node{Op: graph.Norm, Inputs: []string{x.name}, Norm: mode, Eps: eps}
	if s.fold != nil && im.foldWeights(s.fold, gamma, beta, L) {
		return c.emit(n, slices.Clone(x.shape))
	}
	normed := im.genUsed(c.output() + "_normalized")
	n.Name = c.name + "/normalize"
	if err := c.emitAs(n, slices.Clone(x.shape), normed); err != nil {
		return err
	}
	if beta == nil {
		beta = make([]float32, L)
	}
	return c.axisAffine(im.vals[normed], r-1, gamma, beta)
}

// gluSpec is Sigmoid(gate) → Mul(gate, ·) → Mul(·, up).
type gluSpec struct{ gate, up string }

func (s gluSpec) emit(im *importer, c *nodeCtx) error {
	g, ok1 := im.vals[s.gate]
	u, ok2 := im.vals[s.up]
	if !ok1 || !ok2 || !slices.Equal(g.shape, u.shape) {
		return noMatch("gate %q and up %q differ in shape", s.gate, s.up)
	}
	return c.emit(graph.Node{Op: graph.GluMul, Inputs: []string{g.name, u.name}}, slices.Clone(g.shape))
}
