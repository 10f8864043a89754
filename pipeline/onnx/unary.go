package onnx

import (
	"math"
	"slices"

	"github.com/opml-dev/opml/pipeline/graph"
)

// unaryKinds maps the ONNX elementwise ops of one input onto graph
// functions (graph.FnKind); their attributes are read by opUnary.
var unaryKinds = map[string]graph.FnKind{
	"Sigmoid": graph.Sigmoid, "Tanh": graph.Tanh, "Erf": graph.Erf, "Exp": graph.Exp, "Log": graph.Log,
	"Sqrt": graph.Sqrt, "Neg": graph.Neg, "Abs": graph.Abs, "Reciprocal": graph.Recip,
	"Softplus": graph.Softplus, "Softsign": graph.Softsign, "Elu": graph.Elu, "Selu": graph.Selu,
	"LeakyRelu": graph.LeakyRelu, "HardSigmoid": graph.HardSigmoid, "HardSwish": graph.HardSwish,
	"ThresholdedRelu": graph.ThresholdedRelu, "Celu": graph.Celu, "Clip": graph.Clip,
	"Shrink": graph.Shrink, "Sin": graph.Sin, "Cos": graph.Cos, "Tan": graph.Tan, "Asin": graph.Asin,
	"Acos": graph.Acos, "Atan": graph.Atan, "Sinh": graph.Sinh, "Cosh": graph.Cosh,
	"Asinh": graph.Asinh, "Acosh": graph.Acosh, "Atanh": graph.Atanh, "Ceil": graph.Ceil,
	"Floor": graph.Floor, "Round": graph.Round, "Sign": graph.Sign, "PRelu": graph.LeakyRelu,
}

// registerUnary adds the handlers of this file (called by ops.go's init, after
// the map exists).
func registerUnary() {
	for op := range unaryKinds {
		handlers[op] = opUnary
	}
}

// fn reads the node's function and its attributes (ONNX defaults).
func (c *nodeCtx) fn() (graph.Fn, error) {
	f := graph.Fn{Kind: unaryKinds[c.op]}
	attr := func(name string, def float32) (float64, error) {
		v, err := c.floatAttr(name, def)
		return float64(v), err
	}
	var err error
	switch c.op {
	case "Elu", "Celu", "ThresholdedRelu":
		f.Alpha, err = attr("alpha", 1)
	case "LeakyRelu":
		f.Alpha, err = attr("alpha", 0.01)
	case "Selu":
		if f.Alpha, err = attr("alpha", 1.67326319217681884765625); err == nil {
			f.Beta, err = attr("gamma", 1.05070102214813232421875)
		}
	case "HardSigmoid":
		if f.Alpha, err = attr("alpha", 0.2); err == nil {
			f.Beta, err = attr("beta", 0.5)
		}
	case "Shrink":
		if f.Alpha, err = attr("lambd", 0.5); err == nil {
			f.Beta, err = attr("bias", 0)
		}
	case "Clip":
		f.Alpha, f.Beta, err = c.clipBounds()
	case "PRelu":
		f.Alpha, err = c.scalarInput(1, "slope")
	}
	if err != nil {
		return f, err
	}
	if err := f.Check(); err != nil {
		return f, c.errorf("%v", err)
	}
	return f, nil
}

// clipBounds reads Clip's bounds: attributes min and max before opset 11,
// optional constant scalar inputs from it; an absent bound is the float32
// extreme.
func (c *nodeCtx) clipBounds() (lo, hi float64, err error) {
	lo, hi = -math.MaxFloat32, math.MaxFloat32
	if c.im.opset < 11 {
		if lo, err = c.floatAttrF64("min", -math.MaxFloat32); err != nil {
			return
		}
		hi, err = c.floatAttrF64("max", math.MaxFloat32)
		return
	}
	if c.input(1) != "" {
		if lo, err = c.scalarInput(1, "min"); err != nil {
			return
		}
	}
	if c.input(2) != "" {
		hi, err = c.scalarInput(2, "max")
	}
	return
}

func (c *nodeCtx) floatAttrF64(name string, def float32) (float64, error) {
	v, err := c.floatAttr(name, def)
	return float64(v), err
}

// scalarInput reads input k, a constant float tensor of one element.
func (c *nodeCtx) scalarInput(k int, what string) (float64, error) {
	t, err := c.floatConst(k, what)
	if err != nil {
		return 0, err
	}
	if len(t.f) != 1 {
		return 0, c.errorf("input %q (%s) has shape %v: only a single value is supported (a per-channel %s is not)", c.input(k), what, t.shape, what)
	}
	return float64(t.f[0]), nil
}

// opUnary: an elementwise function of one input (PRelu and Clip take
// their parameters as constant inputs). On a constant it folds; on a
// computed value it is a graph Unary node.
func opUnary(c *nodeCtx) error {
	most := 1
	switch {
	case c.op == "PRelu":
		most = 2
	case c.op == "Clip" && c.im.opset >= 11:
		most = 3
	}
	required := 1
	if c.op == "PRelu" {
		required = 2
	}
	if err := c.checkInputs(required, most); err != nil {
		return err
	}
	f, err := c.fn()
	if err != nil {
		return err
	}
	return c.elementwise(f)
}

// elementwise defines the node's output as f of input 0: a constant folded,
// or a graph Unary node.
func (c *nodeCtx) elementwise(f graph.Fn) error {
	if c.isConst(0) {
		return c.foldEach(func(x float32) float32 { return float32(f.Eval(float64(x))) })
	}
	x, err := c.dynamic(0)
	if err != nil {
		return err
	}
	return c.emit(graph.Node{Op: graph.Unary, Inputs: []string{x.name}, Fn: f}, slices.Clone(x.shape))
}

// scalarAffine imports Add, Sub, Mul or Div of computed value v (input vi)
// and a scalar constant k, where no Conv or Dense can absorb it, as the
// elementwise function Affine(α, β) = α·x + β in float32 parameters; it
// merges into an Affine that computes v and has no other use, so a chain
// of scalar arithmetic is one function.
func (c *nodeCtx) scalarAffine(v *value, vi int, k float64) error {
	k32 := float32(k)
	a, b := float32(1), float32(0)
	switch {
	case c.op == "Add":
		b = k32
	case c.op == "Sub" && vi == 0: // x − k
		b = -k32
	case c.op == "Sub": // k − x
		a, b = -1, k32
	case c.op == "Mul":
		a = k32
	case c.op == "Div" && vi == 0: // x / k
		if k32 == 0 {
			return c.errorf("constant %q is zero: division by zero", c.input(1))
		}
		a = 1 / k32
	default:
		return c.errorf("division of constant %q by a computed value is not supported", c.input(0))
	}
	f := graph.Fn{Kind: graph.Affine, Alpha: float64(a), Beta: float64(b)}
	if v.producer >= 0 && v.uses == 1 {
		if n := &c.im.g.Nodes[v.producer]; n.Op == graph.Unary && n.Fn.Kind == graph.Affine {
			// a·(α·x + β) + b, each product and sum rounded to float32 as
			// ONNX would compute the two nodes' parameters.
			n.Fn.Alpha = float64(a * float32(n.Fn.Alpha))
			n.Fn.Beta = float64(a*float32(n.Fn.Beta) + b)
			return c.alias(v)
		}
	}
	if err := f.Check(); err != nil {
		return c.errorf("%v", err)
	}
	return c.emit(graph.Node{Op: graph.Unary, Inputs: []string{v.name}, Fn: f}, slices.Clone(v.shape))
}

// foldEach defines the node's output as f of every element of input 0, a
// float constant.
func (c *nodeCtx) foldEach(f func(float32) float32) error {
	t, err := c.floatConst(0, "X")
	if err != nil {
		return err
	}
	out, err := c.im.newTensor(t.shape, true)
	if err != nil {
		return c.errorf("%v", err)
	}
	for k, x := range t.f {
		out.f[k] = f(x)
	}
	return c.defineConst(out)
}
