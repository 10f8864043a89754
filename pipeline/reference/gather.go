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

// gatherOp is a gorgonia op for a graph Gather: data movement by an index
// table (output element e is element index[e] of the inputs taken as one
// sequence, or fill for −1). gorgonia v0.9.18 has no gather by a table; a
// copy has no arithmetic to differ from anything. It has no gradient.
type gatherOp struct {
	arity int
	shape tensor.Shape
	index []int
	fill  float32
}

var _ G.Op = gatherOp{}

func (op gatherOp) Arity() int           { return op.arity }
func (op gatherOp) ReturnsPtr() bool     { return false }
func (op gatherOp) CallsExtern() bool    { return false }
func (op gatherOp) OverwritesInput() int { return -1 }
func (op gatherOp) String() string       { return fmt.Sprintf("Gather%v", op.shape) }

func (op gatherOp) WriteHash(h hash.Hash) {
	fmt.Fprintf(h, "Gather{%d, %v, %v, %v}", op.arity, op.shape, op.index, op.fill)
}

func (op gatherOp) Hashcode() uint32 {
	h := fnv.New32a()
	op.WriteHash(h)
	return h.Sum32()
}

func (op gatherOp) Type() hm.Type {
	a := hm.TypeVariable('a')
	if op.arity == 2 {
		return hm.NewFnType(a, a, a)
	}
	return hm.NewFnType(a, a)
}

func (op gatherOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	if len(in) != op.arity {
		return nil, fmt.Errorf("gather: %d inputs, want %d", len(in), op.arity)
	}
	return op.shape.Clone(), nil
}

func (op gatherOp) Do(in ...G.Value) (G.Value, error) {
	if len(in) != op.arity {
		return nil, fmt.Errorf("gather: %d inputs, want %d", len(in), op.arity)
	}
	var src []float32
	for _, v := range in {
		t, ok := v.(tensor.Tensor)
		if !ok {
			return nil, fmt.Errorf("gather: input of type %T", v)
		}
		if vw, ok := t.(tensor.View); ok && vw.IsMaterializable() {
			t = vw.Materialize()
		}
		x, ok := t.Data().([]float32)
		if !ok {
			return nil, fmt.Errorf("gather: input data of type %T", t.Data())
		}
		src = append(src, x...)
	}
	y := make([]float32, len(op.index))
	for e, k := range op.index {
		switch {
		case k == -1:
			y[e] = op.fill
		case k >= 0 && k < len(src):
			y[e] = src[k]
		default:
			return nil, errors.New("gather: index out of range")
		}
	}
	return dense32(op.shape.Clone(), y), nil
}
