package reference

import (
	"errors"
	"fmt"
	"hash"
	"hash/fnv"

	"github.com/chewxy/hm"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// pairOp is a gorgonia op for a graph Max or Min of two values of one
// shape: gorgonia v0.9.18's Max and Min are reductions, with no
// elementwise form of two tensors. It has no gradient.
type pairOp struct{ max bool }

var _ G.Op = pairOp{}

func (op pairOp) Arity() int           { return 2 }
func (op pairOp) ReturnsPtr() bool     { return false }
func (op pairOp) CallsExtern() bool    { return false }
func (op pairOp) OverwritesInput() int { return -1 }

func (op pairOp) String() string {
	if op.max {
		return "Max2"
	}
	return "Min2"
}

func (op pairOp) WriteHash(h hash.Hash) { fmt.Fprint(h, op.String()) }

func (op pairOp) Hashcode() uint32 {
	h := fnv.New32a()
	op.WriteHash(h)
	return h.Sum32()
}

func (op pairOp) Type() hm.Type {
	a := hm.TypeVariable('a')
	return hm.NewFnType(a, a, a)
}

func (op pairOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	if len(in) != 2 || in[0] == nil {
		return nil, errors.New("pair: want two inputs")
	}
	s, ok := in[0].(tensor.Shape)
	if !ok {
		return nil, fmt.Errorf("pair: input shape of type %T", in[0])
	}
	return s.Clone(), nil
}

func (op pairOp) Do(in ...G.Value) (G.Value, error) {
	if len(in) != 2 {
		return nil, errors.New("pair: want two inputs")
	}
	var xs [2][]float32
	var shape tensor.Shape
	for k, v := range in {
		t, ok := v.(tensor.Tensor)
		if !ok {
			return nil, fmt.Errorf("pair: input of type %T", v)
		}
		if vw, ok := t.(tensor.View); ok && vw.IsMaterializable() {
			t = vw.Materialize()
		}
		if xs[k], ok = t.Data().([]float32); !ok {
			return nil, fmt.Errorf("pair: input data of type %T", t.Data())
		}
		shape = t.Shape()
	}
	if len(xs[0]) != len(xs[1]) {
		return nil, errors.New("pair: inputs differ in size")
	}
	y := make([]float32, len(xs[0]))
	for k := range y {
		if op.max {
			y[k] = max(xs[0][k], xs[1][k])
		} else {
			y[k] = min(xs[0][k], xs[1][k])
		}
	}
	return dense32(shape.Clone(), y), nil
}
