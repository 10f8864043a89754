package onnx

import (
	"errors"
	"fmt"
	"slices"

	"github.com/opml-dev/opml/pipeline/onnx/internal/onnxpb"
)

// Language models. Before the node-by-node import, plan finds the
// subgraphs that the torch-style decomposition of a LLaMA-family model
// writes (docs/onnx.md, "Language models") by their structure: the token
// embedding (a Gather of a constant table by the integer graph input), the
// normalizations (RMSNorm and LayerNorm decomposed or as one node), the
// scale by the normalization's weight folded into the MatMuls it feeds,
// SwiGLU's product silu(gate)·up, and attention (Q·Kᵀ, its scale and causal
// mask, Softmax, ·V, with the rotary embedding and the grouped-query
// repetition of K and V in the linear paths that lead to the products).
// Each such subgraph is a region. Recognition runs only for language
// models, whose graph input is integer token ids: a float-input model
// imports exactly as before (to ops the quantizer lowers today). The import then skips a region's nodes
// and, at its last node, checks the constants and shapes (the mask exactly
// causal, the rotary tables genuine rotations, …) and emits the graph ops
// (Embed, Norm, GluMul, MatMul, Rope, causal Softmax). A region whose
// check fails is imported node by node after all (the general lowering),
// so recognition never makes an importable model fail.

// region is a recognized subgraph: its nodes (ONNX indices), the one that
// comes last in the import order and computes its output, and the emitter.
type region struct {
	kind  string
	nodes []int
	last  int
	// emit checks the region's constants and shapes and emits its graph
	// nodes; errNoMatch (before anything is emitted) means the general
	// lowering imports its nodes instead.
	emit func(im *importer, c *nodeCtx) error
}

var errNoMatch = errors.New("no match")

// noMatch is errNoMatch with the reason, kept in importer.fallbacks.
func noMatch(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{errNoMatch}, args...)...)
}

// onnxGraph is the ONNX graph's structure, for plan.
type onnxGraph struct {
	nodes     []*onnxpb.NodeProto
	producer  map[string]int
	consumers map[string][]int // every consumer, Shape nodes included
	isConst   map[string]bool  // initializers and values computed from constants only (Shape included)
	pos       map[int]int      // node index -> position in the import order
	input     string
	output    string
	taken     map[int]bool // nodes already in a region
}

func newOnnxGraph(im *importer, nodes []*onnxpb.NodeProto, order []int, input, output string) *onnxGraph {
	og := &onnxGraph{nodes: nodes, producer: map[string]int{}, consumers: map[string][]int{},
		isConst: map[string]bool{}, pos: map[int]int{}, input: input, output: output, taken: map[int]bool{}}
	for name := range im.consts {
		og.isConst[name] = true
	}
	for _, k := range order {
		n := nodes[k]
		for _, o := range n.Output {
			if o != "" {
				og.producer[o] = k
			}
		}
		for _, in := range n.Input {
			if in != "" {
				og.consumers[in] = append(og.consumers[in], k)
			}
		}
	}
	for p, k := range order {
		og.pos[k] = p
		n := nodes[k]
		c := n.GetOpType() == "Shape" || n.GetOpType() == "Constant"
		if !c {
			c = true
			for _, in := range n.Input {
				if in != "" && !og.isConst[in] {
					c = false
				}
			}
			c = c && len(n.Input) > 0
		}
		if c {
			for _, o := range n.Output {
				og.isConst[o] = true
			}
		}
	}
	return og
}

// op is the op type of the node producing name ("" for the graph input,
// initializers and unknown names); k its index.
func (og *onnxGraph) op(name string) (string, int) {
	k, ok := og.producer[name]
	if !ok {
		return "", -1
	}
	n := og.nodes[k]
	if d := n.GetDomain(); d != "" && d != "ai.onnx" {
		return "", -1
	}
	return n.GetOpType(), k
}

// computed reports whether name is a computed value (not a constant).
func (og *onnxGraph) computed(name string) bool { return name != "" && !og.isConst[name] }

// only reports whether the one consumer of name's value is node k, and
// the value is not the graph output.
func (og *onnxGraph) only(name string, k int) bool {
	cs := og.consumers[name]
	return len(cs) == 1 && cs[0] == k && name != og.output
}

// consumedWithin reports whether every consumer of name is in set, and the
// value is not the graph output.
func (og *onnxGraph) consumedWithin(name string, set map[int]bool) bool {
	if name == og.output {
		return false
	}
	for _, k := range og.consumers[name] {
		if !set[k] {
			return false
		}
	}
	return true
}

// binaryWith returns, for a two-input node k, the input other than name
// and its position, or "" if name is not an input.
func (og *onnxGraph) binaryWith(k int, name string) (string, int) {
	in := og.nodes[k].Input
	if len(in) != 2 {
		return "", -1
	}
	switch name {
	case in[0]:
		return in[1], 1
	case in[1]:
		return in[0], 0
	}
	return "", -1
}

// addRegion records r if none of its nodes is in another region and every
// value computed inside it is consumed inside it (but its output).
func (im *importer) addRegion(og *onnxGraph, r *region) bool {
	set := map[int]bool{}
	for _, k := range r.nodes {
		if og.taken[k] || set[k] {
			return false
		}
		set[k] = true
	}
	last := r.nodes[0]
	for _, k := range r.nodes {
		if og.pos[k] > og.pos[last] {
			last = k
		}
	}
	for _, k := range r.nodes {
		for j, o := range og.nodes[k].Output {
			if o == "" || (k == last && j == 0) {
				continue
			}
			if !og.consumedWithin(o, set) {
				return false
			}
		}
	}
	r.last = last
	im.planned = append(im.planned, r.kind)
	for _, k := range r.nodes {
		og.taken[k] = true
		im.regionOf[k] = r
	}
	return true
}

// plan finds the regions of the ONNX graph (before any node is imported;
// im.consts holds the initializers).
func (im *importer) plan(nodes []*onnxpb.NodeProto, order []int, input, output string, intInput bool) error {
	og := newOnnxGraph(im, nodes, order, input, output)
	im.regionOf = map[int]*region{}
	im.producer, im.done = og.producer, map[int]bool{}
	if !intInput {
		// A float-input model is imported as before: the language-model
		// ops are recognized in language models, whose input is token ids.
		return nil
	}
	// Every node has an output here: Decode checks that before planning.
	{
		for _, k := range og.consumers[input] {
			n := nodes[k]
			if n.GetOpType() == "Shape" && n.GetDomain() == "" {
				continue // a constant of the ids' static shape
			}
			if n.GetOpType() != "Gather" || len(n.Input) != 2 || n.Input[1] != input || !og.isConst[n.Input[0]] {
				return fmt.Errorf("onnx: the graph input %q is an integer tensor (token ids): only a Gather of a constant table (an embedding) and Shape may read it, node %q (%s) does", input, nodeName(n, k), n.GetOpType())
			}
			im.addRegion(og, &region{kind: "embed", nodes: []int{k}, emit: emitEmbed})
		}
	}
	// Attention first: its linear paths must not lose nodes to other
	// regions. Then the normalizations (and their weights), then SwiGLU.
	for _, k := range order {
		if nodes[k].GetOpType() == "Softmax" && nodes[k].GetDomain() == "" {
			im.planAttention(og, k)
		}
	}
	for _, k := range order {
		if og.taken[k] || (nodes[k].GetDomain() != "" && nodes[k].GetDomain() != "ai.onnx") {
			continue
		}
		switch nodes[k].GetOpType() {
		case "Pow", "Mul":
			im.planRMSNorm(og, k)
		case "ReduceMean":
			im.planLayerNorm(og, k)
		case "SimplifiedLayerNormalization", "LayerNormalization":
			im.planNormNode(og, k)
		}
	}
	for _, k := range order {
		if !og.taken[k] && nodes[k].GetOpType() == "Sigmoid" && nodes[k].GetDomain() == "" {
			im.planGlu(og, k)
		}
	}
	return nil
}

func nodeName(n *onnxpb.NodeProto, k int) string {
	if n.GetName() != "" {
		return n.GetName()
	}
	return fmt.Sprintf("%s_%d", n.GetOpType(), k)
}

// importRegion imports region r at its last node: its emitter, or its
// nodes one by one if the emitter finds no match.
func (im *importer) importRegion(r *region, nodes []*onnxpb.NodeProto, order []int) error {
	c, err := newNodeCtx(im, r.last, nodes[r.last])
	if err != nil {
		return err
	}
	err = r.emit(im, c)
	if !errors.Is(err, errNoMatch) {
		return err
	}
	im.fallbacks = append(im.fallbacks, fmt.Sprintf("%s ending at node %q: %v", r.kind, c.name, err))
	set := map[int]bool{}
	for _, k := range r.nodes {
		set[k] = true
	}
	for _, k := range order {
		if set[k] {
			if err := im.node(k, nodes[k]); err != nil {
				return err
			}
		}
	}
	return nil
}

// ---- normalizations ----

// square reports whether node k computes x² of a computed x: Pow(x, c)
// (the exponent is checked at import) or Mul(x, x).
func (og *onnxGraph) square(k int) (string, bool) {
	n := og.nodes[k]
	if len(n.Input) != 2 || !og.computed(n.Input[0]) {
		return "", false
	}
	switch n.GetOpType() {
	case "Pow":
		return n.Input[0], og.isConst[n.Input[1]]
	case "Mul":
		return n.Input[0], n.Input[1] == n.Input[0]
	}
	return "", false
}

// next returns the one consumer of node k's output if it has op type op
// (any of ops), else -1.
func (og *onnxGraph) next(k int, ops ...string) int {
	out := og.nodes[k].Output[0]
	cs := og.consumers[out]
	if len(cs) != 1 || out == og.output {
		return -1
	}
	n := og.nodes[cs[0]]
	if (n.GetDomain() != "" && n.GetDomain() != "ai.onnx") || !slices.Contains(ops, n.GetOpType()) {
		return -1
	}
	return cs[0]
}

// castToFloat reports whether node k is a Cast to FLOAT (an identity on
// the float values the importer computes; Hugging Face's models cast
// around their norms and softmax).
func (og *onnxGraph) castToFloat(k int) bool {
	n := og.nodes[k]
	if n.GetOpType() != "Cast" || (n.GetDomain() != "" && n.GetDomain() != "ai.onnx") || len(n.Input) != 1 {
		return false
	}
	for _, a := range n.Attribute {
		if a.GetName() == "to" {
			return a.GetI() == int64(onnxpb.TensorProto_FLOAT)
		}
	}
	return false
}

// skipCasts follows node k's output through the Casts to FLOAT that are
// its only consumers: the last node of the chain and the Casts.
func (og *onnxGraph) skipCasts(k int) (int, []int) {
	var casts []int
	for {
		c := og.next(k, "Cast")
		if c < 0 || !og.castToFloat(c) {
			return k, casts
		}
		casts = append(casts, c)
		k = c
	}
}

// rsqrtTail matches, from the node k computing v = mean + …, the tail
// Add(v, eps) → Sqrt → Div(x, ·), or Sqrt → Reciprocal → Mul(x, ·): the
// nodes, eps's name and the final node.
func (og *onnxGraph) rsqrtTail(k int, x string) (nodes []int, eps string, ok bool) {
	a := og.next(k, "Add")
	if a < 0 {
		return nil, "", false
	}
	eps, _ = og.binaryWith(a, og.nodes[k].Output[0])
	if !og.isConst[eps] {
		return nil, "", false
	}
	q := og.next(a, "Sqrt")
	if q < 0 {
		return nil, "", false
	}
	nodes = []int{a, q}
	if d := og.next(q, "Div"); d >= 0 {
		if in := og.nodes[d].Input; len(in) == 2 && in[0] == x && in[1] == og.nodes[q].Output[0] {
			return append(nodes, d), eps, true
		}
		return nil, "", false
	}
	rc := og.next(q, "Reciprocal")
	if rc < 0 {
		return nil, "", false
	}
	m := og.next(rc, "Mul")
	if m < 0 {
		return nil, "", false
	}
	if other, _ := og.binaryWith(m, og.nodes[rc].Output[0]); other != x {
		return nil, "", false
	}
	return append(nodes, rc, m), eps, true
}

// planRMSNorm: x → Pow(2) (or x·x) → ReduceMean → Add(eps) → Sqrt →
// Div(x, ·) (or Reciprocal → Mul(x, ·)).
func (im *importer) planRMSNorm(og *onnxGraph, k int) {
	x, ok := og.square(k)
	if !ok {
		return
	}
	im.planNorm(og, "rmsnorm", nil, nil, k, x, x)
}

// planNorm finishes a normalization of x whose square of v (x, or x
// centred) is node sq: → ReduceMean → rsqrtTail. head are the nodes before
// sq (the LayerNorm's mean and Sub), means the ReduceMeans among them.
func (im *importer) planNorm(og *onnxGraph, kind string, head, means []int, sq int, v, x string) {
	r := og.next(sq, "ReduceMean")
	if r < 0 {
		return
	}
	tail, eps, ok := og.rsqrtTail(r, v)
	if !ok {
		return
	}
	nodes := append(append(slices.Clone(head), sq, r), tail...)
	spec := normSpec{x: x, square: sq, means: append(slices.Clone(means), r), eps: eps, rms: kind == "rmsnorm"}
	im.addRegion(og, &region{kind: kind, nodes: nodes, emit: spec.emit})
	im.planWeights(og, nodes[len(nodes)-1])
}

// planLayerNorm: x → ReduceMean → Sub(x, mean) → Pow(2) → ReduceMean →
// Add(eps) → Sqrt → Div(centred, ·) (or Reciprocal → Mul).
func (im *importer) planLayerNorm(og *onnxGraph, k int) {
	n := og.nodes[k]
	if len(n.Input) < 1 || !og.computed(n.Input[0]) {
		return
	}
	x := n.Input[0]
	s := og.next(k, "Sub")
	if s < 0 || len(og.nodes[s].Input) != 2 || og.nodes[s].Input[0] != x {
		return
	}
	d := og.nodes[s].Output[0]
	cs := og.consumers[d]
	if len(cs) != 2 || d == og.output {
		return
	}
	var p int = -1
	for _, j := range cs {
		if sq, ok := og.square(j); ok && sq == d {
			p = j
		}
	}
	if p < 0 {
		return
	}
	im.planNorm(og, "layernorm", []int{k, s}, []int{k}, p, d, x)
}

// planNormNode: SimplifiedLayerNormalization (onnxruntime's RMSNorm in
// the default domain) and LayerNormalization, whose scale and bias become
// the weights step.
func (im *importer) planNormNode(og *onnxGraph, k int) {
	n := og.nodes[k]
	if len(n.Input) < 2 || !og.computed(n.Input[0]) || !og.isConst[n.Input[1]] || (len(n.Input) > 2 && n.Input[2] != "" && !og.isConst[n.Input[2]]) {
		return
	}
	spec := normNodeSpec{k: k, rms: n.GetOpType() == "SimplifiedLayerNormalization"}
	spec.fold = og.matMulConsumers(n.Output[0])
	im.addRegion(og, &region{kind: "normnode", nodes: []int{k}, emit: spec.emit})
}

// matMulConsumers returns the consumers of name if every one is a MatMul
// reading it as A with a constant B (the nodes the normalization's weights
// can fold into), else nil.
func (og *onnxGraph) matMulConsumers(name string) []int {
	cs := og.consumers[name]
	if len(cs) == 0 || name == og.output {
		return nil
	}
	for _, j := range cs {
		n := og.nodes[j]
		if n.GetOpType() != "MatMul" || n.GetDomain() != "" || len(n.Input) != 2 || n.Input[0] != name || !og.isConst[n.Input[1]] {
			return nil
		}
	}
	return slices.Clone(cs)
}

// planWeights: after a normalization ending at node k, Mul(·, gamma) and
// optionally Add(·, beta) by constants, when every consumer is a MatMul
// with a constant B: gamma and beta fold into those MatMuls.
func (im *importer) planWeights(og *onnxGraph, k int) {
	in := og.nodes[k].Output[0]
	k, casts := og.skipCasts(k)
	m := og.next(k, "Mul")
	if m < 0 {
		return
	}
	gamma, _ := og.binaryWith(m, og.nodes[k].Output[0])
	if !og.isConst[gamma] {
		return
	}
	nodes, beta, end := append(casts, m), "", m
	if a := og.next(m, "Add"); a >= 0 {
		b, _ := og.binaryWith(a, og.nodes[m].Output[0])
		if !og.isConst[b] {
			return
		}
		nodes, beta, end = append(nodes, a), b, a
	}
	fold := og.matMulConsumers(og.nodes[end].Output[0])
	if fold == nil {
		return
	}
	spec := weightSpec{in: in, gamma: gamma, beta: beta, fold: fold}
	im.addRegion(og, &region{kind: "normweights", nodes: nodes, emit: spec.emit})
}

// ---- SwiGLU ----

// planGlu: Sigmoid(g) → Mul(g, ·) → Mul(·, up).
func (im *importer) planGlu(og *onnxGraph, k int) {
	n := og.nodes[k]
	if len(n.Input) != 1 || !og.computed(n.Input[0]) {
		return
	}
	g := n.Input[0]
	m1 := og.next(k, "Mul")
	if m1 < 0 {
		return
	}
	if other, _ := og.binaryWith(m1, n.Output[0]); other != g {
		return
	}
	m2 := og.next(m1, "Mul")
	if m2 < 0 {
		return
	}
	up, _ := og.binaryWith(m2, og.nodes[m1].Output[0])
	if !og.computed(up) {
		return
	}
	spec := gluSpec{gate: g, up: up}
	im.addRegion(og, &region{kind: "swiglu", nodes: []int{k, m1, m2}, emit: spec.emit})
}

// ---- attention ----

// linearOp reports whether node k is linear in its computed inputs with
// at most two terms per output element: data movement (one computed data
// input, or Concat of computed values), Cast to FLOAT, Neg, Mul or Div by
// a constant, Add or Sub of two computed values.
func (og *onnxGraph) linearOp(k int) bool {
	n := og.nodes[k]
	if d := n.GetDomain(); d != "" && d != "ai.onnx" {
		return false
	}
	in := n.Input
	if len(in) == 0 || !og.computed(in[0]) {
		return false
	}
	rest := func(computed bool) bool {
		for _, name := range in[1:] {
			if name != "" && og.computed(name) != computed {
				return false
			}
		}
		return true
	}
	switch n.GetOpType() {
	case "Transpose", "Reshape", "Flatten", "Unsqueeze", "Squeeze", "Expand", "Tile", "Slice", "Identity", "Split", "Gather", "Neg":
		return rest(false)
	case "Cast":
		return og.castToFloat(k)
	case "Concat":
		return rest(true)
	case "Mul":
		return len(in) == 2 && (og.computed(in[0]) != og.computed(in[1]) || !og.computed(in[1]))
	case "Div":
		return len(in) == 2 && !og.computed(in[1])
	case "Add", "Sub":
		return len(in) == 2 && og.computed(in[1])
	}
	return false
}

// walkLinear collects the linear nodes that compute value v from one
// source value (the first value back that a non-linear node, or nothing,
// computes): the nodes and the source.
func (og *onnxGraph) walkLinear(v string) (nodes []int, src string, ok bool) {
	seen := map[int]bool{}
	srcs := map[string]bool{}
	stack := []string{v}
	for len(stack) > 0 {
		name := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		_, j := og.op(name)
		if j < 0 || og.taken[j] || !og.linearOp(j) {
			srcs[name] = true
			continue
		}
		if seen[j] {
			continue
		}
		seen[j] = true
		nodes = append(nodes, j)
		for _, in := range og.nodes[j].Input {
			if og.computed(in) {
				stack = append(stack, in)
			}
		}
		if len(nodes) > 256 {
			return nil, "", false
		}
	}
	if len(srcs) != 1 {
		return nil, "", false
	}
	for s := range srcs {
		src = s
	}
	return nodes, src, true
}

// planAttention: MatMul(Q, K′) → [Div or Mul by a constant] → [Add of a
// constant mask, or Where of a constant condition] (either order) →
// Softmax → MatMul(·, V′), with Q, K′ and V′ each computed by linear nodes
// (movement, the rotary embedding, the repetition of K and V heads) from
// one source.
func (im *importer) planAttention(og *onnxGraph, s int) {
	sm := og.nodes[s]
	if len(sm.Input) != 1 || !og.computed(sm.Input[0]) || len(sm.Output) != 1 {
		return
	}
	spec := &attnSpec{softmax: s, scale: -1, mask: -1}
	nodes := []int{s}
	cur, v := s, sm.Input[0]
	for {
		op, j := og.op(v)
		if j < 0 || !og.only(v, cur) {
			return
		}
		in := og.nodes[j].Input
		if op == "MatMul" {
			if len(in) != 2 || !og.computed(in[0]) || !og.computed(in[1]) {
				return
			}
			spec.scores = j
			nodes = append(nodes, j)
			break
		}
		switch {
		case op == "Cast" && og.castToFloat(j):
			v = in[0]
		case (op == "Div" || op == "Mul") && spec.scale < 0 && len(in) == 2 && og.computed(in[0]) && og.isConst[in[1]]:
			spec.scale, v = j, in[0]
		case op == "Mul" && spec.scale < 0 && len(in) == 2 && og.computed(in[1]) && og.isConst[in[0]]:
			spec.scale, v = j, in[1]
		case op == "Add" && spec.mask < 0 && len(in) == 2 && og.computed(in[0]) != og.computed(in[1]):
			spec.mask, v = j, in[0]
			if !og.computed(in[0]) {
				v = in[1]
			}
		case op == "Where" && spec.mask < 0 && len(in) == 3 && og.isConst[in[0]] && og.computed(in[1]) != og.computed(in[2]):
			spec.mask, v = j, in[1]
			if !og.computed(in[1]) {
				v = in[2]
			}
		default:
			return
		}
		nodes = append(nodes, j)
		cur = j
	}
	last, casts := og.skipCasts(s)
	nodes = append(nodes, casts...)
	pv := og.next(last, "MatMul")
	if pv < 0 || len(og.nodes[pv].Input) != 2 || og.nodes[pv].Input[0] != og.nodes[last].Output[0] || !og.computed(og.nodes[pv].Input[1]) {
		return
	}
	spec.pv = pv
	nodes = append(nodes, pv)
	mm := og.nodes[spec.scores]
	for k, operand := range []string{mm.Input[0], mm.Input[1], og.nodes[pv].Input[1]} {
		path, src, ok := og.walkLinear(operand)
		if !ok {
			return
		}
		slices.SortFunc(path, func(a, b int) int { return og.pos[a] - og.pos[b] })
		spec.paths[k] = linearPath{nodes: path, src: src, out: operand}
		for _, j := range path { // a fused QKV projection's Split is on every path
			if !slices.Contains(nodes, j) {
				nodes = append(nodes, j)
			}
		}
	}
	im.addRegion(og, &region{kind: "attention", nodes: nodes, emit: spec.emit})
}
