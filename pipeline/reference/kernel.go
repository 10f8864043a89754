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

// kernelOp is a gorgonia op computed by a Go function of its inputs' float32
// data, for the graph ops gorgonia v0.9.18 has no op for:
//
//   - Unary: graph.Fn.Eval of every element, in float64 rounded once to
//     float32 (gorgonia lacks Erf, the inverse trigonometric functions,
//     Elu, …); Fn.Eval is the one definition the quantizer also tabulates.
//   - Max, Min of two values (gorgonia's are reductions only).
//   - Gather: a copy by the node's index table.
//
// None has a gradient: Train rejects graphs with these nodes.
type kernelOp struct {
	name  string // identifies the op and its parameters (hash, String)
	arity int
	shape tensor.Shape // the output shape, or nil for the first input's
	// inDims are the inputs' ranks where shape is set (the type of a
	// rank-changing op names them, as gorgonia's reshape does).
	inDims []int
	do     func(in [][]float32) ([]float32, error)
}

var _ G.Op = kernelOp{}

func (op kernelOp) Arity() int            { return op.arity }
func (op kernelOp) ReturnsPtr() bool      { return false }
func (op kernelOp) CallsExtern() bool     { return false }
func (op kernelOp) OverwritesInput() int  { return -1 }
func (op kernelOp) String() string        { return op.name }
func (op kernelOp) WriteHash(h hash.Hash) { fmt.Fprint(h, op.name) }
func (op kernelOp) Hashcode() uint32      { h := fnv.New32a(); op.WriteHash(h); return h.Sum32() }

func (op kernelOp) Type() hm.Type {
	a := hm.TypeVariable('a')
	ts := make([]hm.Type, op.arity+1)
	for k := range ts {
		ts[k] = a
	}
	if op.shape != nil {
		for k, d := range op.inDims {
			ts[k] = G.TensorType{Dims: d, Of: a}
		}
		ts[op.arity] = G.TensorType{Dims: len(op.shape), Of: a}
	}
	return hm.NewFnType(ts...)
}

func (op kernelOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	if len(in) != op.arity || in[0] == nil {
		return nil, fmt.Errorf("%s: %d inputs, want %d", op.name, len(in), op.arity)
	}
	if op.shape != nil {
		return op.shape.Clone(), nil
	}
	s, ok := in[0].(tensor.Shape)
	if !ok {
		return nil, fmt.Errorf("%s: input shape of type %T", op.name, in[0])
	}
	return s.Clone(), nil
}

func (op kernelOp) Do(in ...G.Value) (G.Value, error) {
	if len(in) != op.arity {
		return nil, fmt.Errorf("%s: %d inputs, want %d", op.name, len(in), op.arity)
	}
	xs := make([][]float32, len(in))
	var first tensor.Shape
	for k, v := range in {
		t, ok := v.(tensor.Tensor)
		if !ok {
			return nil, fmt.Errorf("%s: input of type %T", op.name, v)
		}
		if vw, ok := t.(tensor.View); ok && vw.IsMaterializable() {
			t = vw.Materialize()
		}
		if xs[k], ok = t.Data().([]float32); !ok {
			return nil, fmt.Errorf("%s: input data of type %T", op.name, t.Data())
		}
		if k == 0 {
			first = t.Shape()
		}
	}
	y, err := op.do(xs)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op.name, err)
	}
	shape := op.shape
	if shape == nil {
		shape = first
	}
	return dense32(shape.Clone(), y), nil
}

var errSizes = errors.New("inputs differ in size")
