package reference

import (
	"errors"
	"fmt"
	"hash"
	"hash/fnv"

	"github.com/chewxy/hm"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"

	"github.com/opml-dev/opml/pipeline/graph"
)

// unaryOp is a gorgonia op applying a graph.Fn to every element: gorgonia
// v0.9.18 has no Erf, inverse trigonometric, Elu, … ops, and the Fn's one
// definition (graph.Fn.Eval, in float64, rounded once to float32) is also
// what the quantizer tabulates, so the reference and the table can differ
// only by quantization. It has no gradient: Train rejects graphs with a
// Unary node.
type unaryOp struct{ fn graph.Fn }

var _ G.Op = unaryOp{}

func (op unaryOp) Arity() int           { return 1 }
func (op unaryOp) ReturnsPtr() bool     { return false }
func (op unaryOp) CallsExtern() bool    { return false }
func (op unaryOp) OverwritesInput() int { return -1 }
func (op unaryOp) String() string       { return "Unary{" + op.fn.String() + "}" }

func (op unaryOp) WriteHash(h hash.Hash) {
	fmt.Fprintf(h, "Unary{%d, %v, %v}", op.fn.Kind, op.fn.Alpha, op.fn.Beta)
}

func (op unaryOp) Hashcode() uint32 {
	h := fnv.New32a()
	op.WriteHash(h)
	return h.Sum32()
}

func (op unaryOp) Type() hm.Type {
	a := hm.TypeVariable('a')
	return hm.NewFnType(a, a)
}

func (op unaryOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	if len(in) != 1 || in[0] == nil {
		return nil, errors.New("unary: want one input")
	}
	s, ok := in[0].(tensor.Shape)
	if !ok {
		return nil, fmt.Errorf("unary: input shape of type %T", in[0])
	}
	return s.Clone(), nil
}

func (op unaryOp) Do(in ...G.Value) (G.Value, error) {
	if len(in) != 1 {
		return nil, errors.New("unary: want one input")
	}
	t, ok := in[0].(tensor.Tensor)
	if !ok {
		return nil, fmt.Errorf("unary: input of type %T", in[0])
	}
	if v, ok := t.(tensor.View); ok && v.IsMaterializable() {
		t = v.Materialize()
	}
	x, ok := t.Data().([]float32)
	if !ok {
		return nil, fmt.Errorf("unary: input data of type %T", t.Data())
	}
	y := make([]float32, len(x))
	for k, v := range x {
		y[k] = float32(op.fn.Eval(float64(v)))
	}
	return dense32(t.Shape().Clone(), y), nil
}
