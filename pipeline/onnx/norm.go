package onnx

import (
	"slices"

	"github.com/opml-dev/opml/pipeline/graph"
)

// LayerNormalization and InstanceNormalization are imported as their own
// definitions, in steps named "<name>/<step>": the mean over the
// normalized axes ("mean", a Reduce), the centred value ("centre", a
// broadcast Sub), the variance ("square", "variance"), its inverse square
// root ("epsilon", "rsqrt": one Lut table once composed, exact per input
// code; docs/onnx.md says why no integer square root op is needed), the
// product ("normalize", a broadcast Mul) and the scale and bias (an
// Affine for scalars, otherwise a diagonal Dense or 1×1 Conv along the
// one axis they vary on).

func registerNorm() {
	handlers["LayerNormalization"] = opLayerNorm
	handlers["InstanceNormalization"] = opInstanceNorm
}

func opLayerNorm(c *nodeCtx) error {
	if err := c.checkInputs(2, 3); err != nil {
		return err
	}
	x, err := c.dynamic(0)
	if err != nil {
		return err
	}
	a, err := c.intAttr("axis", -1)
	if err != nil {
		return err
	}
	r := len(x.shape)
	axis, err := c.axis("axis", a, r, r-1)
	if err != nil {
		return err
	}
	if err := c.wantInt("stash_type", 1, 1, "only stash_type=1 (float32) is supported"); err != nil {
		return err
	}
	var axes []int
	for k := axis; k < r; k++ {
		axes = append(axes, k)
	}
	return c.normalize(x, axes, -1)
}

func opInstanceNorm(c *nodeCtx) error {
	if err := c.checkInputs(3, 3); err != nil {
		return err
	}
	x, err := c.dynamic(0)
	if err != nil {
		return err
	}
	if len(x.shape) < 3 {
		return c.errorf("input %q has shape %v, want [N, C, D1, …]", c.input(0), x.shape)
	}
	var axes []int
	for k := 2; k < len(x.shape); k++ {
		axes = append(axes, k)
	}
	return c.normalize(x, axes, 1)
}

// normalize emits (x − mean) / √(var + epsilon) · scale + bias over axes;
// scale and bias are inputs 1 and 2 (the bias may be omitted), per
// channel along axis chanAxis, or broadcast as numpy does if it is −1.
func (c *nodeCtx) normalize(x *value, axes []int, chanAxis int) error {
	const si, bi = 1, 2
	eps, err := c.floatAttr("epsilon", 1e-5)
	if err != nil {
		return err
	}
	if !(eps >= 0) {
		return c.attrErrorf("epsilon", "must not be negative")
	}
	scale, err := c.floatConst(si, "scale")
	if err != nil {
		return err
	}
	var bias *tensor
	if c.input(bi) != "" {
		if bias, err = c.floatConst(bi, "bias"); err != nil {
			return err
		}
	}
	kept := slices.Clone(x.shape)
	for _, k := range axes {
		kept[k] = 1
	}
	mean, err := c.step(graph.Node{Op: graph.Reduce, Inputs: []string{x.name}, Reduction: graph.ReduceMean, Axes: axes, KeepDims: true}, "mean", kept)
	if err != nil {
		return err
	}
	centre := c.im.genName(c.output() + "_centre")
	if err := c.binaryComputedAs("Sub", c.name+"/centre", x, mean, centre); err != nil {
		return err
	}
	d := c.im.vals[centre]
	sq, err := c.step(graph.Node{Op: graph.Unary, Inputs: []string{centre}, Fn: graph.Fn{Kind: graph.Pow, Alpha: 2}}, "square", x.shape)
	if err != nil {
		return err
	}
	v, err := c.step(graph.Node{Op: graph.Reduce, Inputs: []string{sq.name}, Reduction: graph.ReduceMean, Axes: axes, KeepDims: true}, "variance", kept)
	if err != nil {
		return err
	}
	e, err := c.step(graph.Node{Op: graph.Unary, Inputs: []string{v.name}, Fn: graph.Fn{Kind: graph.Affine, Alpha: 1, Beta: float64(eps)}}, "epsilon", kept)
	if err != nil {
		return err
	}
	rs, err := c.step(graph.Node{Op: graph.Unary, Inputs: []string{e.name}, Fn: graph.Fn{Kind: graph.Pow, Alpha: -0.5}}, "rsqrt", kept)
	if err != nil {
		return err
	}
	normed := c.im.genName(c.output() + "_normalized")
	if err := c.binaryComputedAs("Mul", c.name+"/normalize", d, rs, normed); err != nil {
		return err
	}
	n := c.im.vals[normed]
	// The scale and bias: one value each (an Affine), or varying along
	// one axis (axisAffine).
	sc, bs := scale.f, []float32(nil)
	if bias != nil {
		bs = bias.f
	}
	if uniform(sc) && (bs == nil || uniform(bs)) && len(scale.shape) <= len(x.shape) {
		b := float32(0)
		if bs != nil {
			b = bs[0]
		}
		return c.emit(graph.Node{Op: graph.Unary, Inputs: []string{normed}, Fn: graph.Fn{Kind: graph.Affine, Alpha: float64(sc[0]), Beta: float64(b)}}, slices.Clone(x.shape))
	}
	axis, ok := chanAxis, len(scale.shape) == 1 && scale.shape[0] == x.shape[max(chanAxis, 0)]
	if chanAxis < 0 {
		axis, ok = constAxis(scale.shape, x.shape)
	}
	if !ok {
		return c.errorf("scale %q of shape %v varies along several axes of %v: not supported (only along one)", c.input(si), scale.shape, x.shape)
	}
	shift := make([]float32, x.shape[axis])
	if bias != nil {
		bAxis, ok := axis, len(bias.shape) == 1 && bias.shape[0] == x.shape[axis]
		if chanAxis < 0 {
			bAxis, ok = constAxis(bias.shape, x.shape)
		}
		switch {
		case uniform(bs):
			for k := range shift {
				shift[k] = bs[0]
			}
		case ok && bAxis == axis:
			copy(shift, bs)
		default:
			return c.errorf("bias %q of shape %v does not vary along the scale's axis %d of %v: not supported", c.input(bi), bias.shape, axis, x.shape)
		}
	}
	return c.axisAffine(n, axis, sc, shift)
}

// uniform reports whether every value of v is the same.
func uniform(v []float32) bool {
	for _, x := range v {
		if x != v[0] {
			return false
		}
	}
	return len(v) > 0
}
