package onnx

import (
	"fmt"
	"slices"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/onnx/internal/onnxpb"
)

// The linear paths of an attention region (Q, K and V from their sources,
// through data movement, the rotary embedding and the repetition of heads)
// are evaluated symbolically: every element of a value is a short sum of
// terms coefficient · source[element]. Data movement runs the importer's
// own constant folding on index tensors (as for computed values, see
// movement.go), so each op keeps its one definition; Neg, Mul and Div by a
// constant and Add and Sub of two values combine the terms.

// term is coef · source element src.
type term struct {
	src  int
	coef float64
}

// symVal is a value of the symbolic evaluation.
type symVal struct {
	shape []int
	el    [][]term
}

// maxTerms bounds the terms of one element (a rotation has two).
const maxTerms = 2

// symCost is what one element of a symbolic value is charged to the
// import's allocation budget (its terms and slice header, in elements).
const symCost = 8

// linearPath is the linear subgraph from the value src to the value out.
type linearPath struct {
	nodes []int // in import order
	src   string
	out   string
}

// evalLinear evaluates the path on its source of shape srcShape.
func (im *importer) evalLinear(nodes []*onnxpb.NodeProto, path linearPath, srcShape []int) (*symVal, error) {
	n := graph.Numel(srcShape)
	if err := im.alloc(symCost * n); err != nil {
		return nil, err
	}
	src := &symVal{shape: slices.Clone(srcShape), el: make([][]term, n)}
	for e := range n {
		src.el[e] = []term{{e, 1}}
	}
	vals := map[string]*symVal{path.src: src}
	for _, k := range path.nodes {
		if err := im.evalNode(nodes[k], k, vals); err != nil {
			return nil, err
		}
		for _, o := range nodes[k].Output {
			if v, ok := vals[o]; ok {
				if err := im.alloc(symCost * len(v.el)); err != nil {
					return nil, err
				}
			}
		}
	}
	v, ok := vals[path.out]
	if !ok {
		return nil, fmt.Errorf("the path does not compute %q", path.out)
	}
	return v, nil
}

func (im *importer) evalNode(p *onnxpb.NodeProto, k int, vals map[string]*symVal) error {
	in := func(j int) (*symVal, error) {
		v, ok := vals[p.Input[j]]
		if !ok {
			return nil, fmt.Errorf("input %q of %s is not on the path", p.Input[j], p.GetOpType())
		}
		return v, nil
	}
	out := p.Output[0]
	switch op := p.GetOpType(); op {
	case "Identity", "Cast":
		x, err := in(0)
		if err != nil {
			return err
		}
		vals[out] = x
		return nil
	case "Neg":
		x, err := in(0)
		if err != nil {
			return err
		}
		vals[out] = x.scaled(-1)
		return nil
	case "Mul", "Div":
		ci, xi := 1, 0
		if _, ok := vals[p.Input[0]]; !ok {
			ci, xi = 0, 1
		}
		x, err := in(xi)
		if err != nil {
			return err
		}
		c, ok := im.consts[p.Input[ci]]
		if !ok || !c.isFloat() {
			return fmt.Errorf("%s by %q: not a float constant", op, p.Input[ci])
		}
		shape, err := broadcastShape(x.shape, c.shape)
		if err != nil {
			return err
		}
		ix, ic := broadcastIndex(x.shape, shape), broadcastIndex(c.shape, shape)
		y := &symVal{shape: shape, el: make([][]term, len(ix))}
		for e := range ix {
			f := float64(c.f[ic[e]])
			if op == "Div" {
				if f == 0 {
					return fmt.Errorf("division by zero")
				}
				f = 1 / f
			}
			y.el[e] = scaleTerms(x.el[ix[e]], f)
		}
		vals[out] = y
		return nil
	case "Add", "Sub":
		a, err := in(0)
		if err != nil {
			return err
		}
		b, err := in(1)
		if err != nil {
			return err
		}
		shape, err := broadcastShape(a.shape, b.shape)
		if err != nil {
			return err
		}
		ia, ib := broadcastIndex(a.shape, shape), broadcastIndex(b.shape, shape)
		sign := 1.0
		if op == "Sub" {
			sign = -1
		}
		y := &symVal{shape: shape, el: make([][]term, len(ia))}
		for e := range ia {
			t := slices.Clone(a.el[ia[e]])
		next:
			for _, u := range b.el[ib[e]] {
				for j := range t {
					if t[j].src == u.src {
						t[j].coef += sign * u.coef
						continue next
					}
				}
				t = append(t, term{u.src, sign * u.coef})
			}
			if len(t) > maxTerms {
				return fmt.Errorf("an element sums more than %d terms", maxTerms)
			}
			y.el[e] = t
		}
		vals[out] = y
		return nil
	}
	return im.evalMove(p, k, vals)
}

// evalMove evaluates a data-movement node: the importer folds it on index
// tensors (each computed input replaced by the int64 tensor of its element
// numbers, offset by those of the distinct inputs before it), and each
// output element copies the terms of the element its index names.
func (im *importer) evalMove(p *onnxpb.NodeProto, k int, vals map[string]*symVal) error {
	sub := &importer{opset: im.opset, g: &graph.Graph{}, consts: map[string]*tensor{}, vals: map[string]*value{},
		uses: map[string]int{}, names: map[string]bool{}, budget: im.budget}
	var srcs []*symVal
	base := 0
	for _, name := range p.Input {
		if name == "" {
			continue
		}
		if _, done := sub.consts[name]; done {
			continue
		}
		if v, ok := vals[name]; ok {
			t := &tensor{shape: slices.Clone(v.shape), i: make([]int64, len(v.el))}
			for e := range t.i {
				t.i[e] = int64(base + e)
			}
			base += len(v.el)
			srcs = append(srcs, v)
			sub.consts[name] = t
			continue
		}
		t, ok := im.consts[name]
		if !ok {
			return fmt.Errorf("input %q of %s is neither on the path nor a constant", name, p.GetOpType())
		}
		sub.consts[name] = t
	}
	if err := sub.node(k, p); err != nil {
		return err
	}
	if err := im.alloc(im.budget - sub.budget); err != nil { // what the folding allocated
		return err
	}
	for _, o := range p.Output {
		if o == "" {
			continue
		}
		t, ok := sub.consts[o]
		if !ok || t.isFloat() {
			return fmt.Errorf("%s did not fold to an index table", p.GetOpType())
		}
		y := &symVal{shape: slices.Clone(t.shape), el: make([][]term, len(t.i))}
		for e, idx := range t.i {
			if idx < 0 || idx >= int64(base) {
				return fmt.Errorf("%s fills element %d", p.GetOpType(), e)
			}
			i := int(idx)
			for _, s := range srcs {
				if i < len(s.el) {
					y.el[e] = s.el[i]
					break
				}
				i -= len(s.el)
			}
		}
		vals[o] = y
	}
	return nil
}

// scaled returns v with every coefficient multiplied by f.
func (v *symVal) scaled(f float64) *symVal {
	y := &symVal{shape: slices.Clone(v.shape), el: make([][]term, len(v.el))}
	for e, t := range v.el {
		y.el[e] = scaleTerms(t, f)
	}
	return y
}

func scaleTerms(t []term, f float64) []term {
	u := make([]term, len(t))
	for j, x := range t {
		u[j] = term{x.src, x.coef * f}
	}
	return u
}
