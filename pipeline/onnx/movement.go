package onnx

import (
	"fmt"
	"slices"

	"github.com/opml-dev/opml/pipeline/graph"
)

// Data movement. Transpose, Slice, Pad, Expand, Tile, Concat, Gather,
// DepthToSpace and SpaceToDepth compute each output element as a copy of
// one input element (or, for Pad, a constant). On constants they fold. On
// computed values the same constant code runs on index tensors: input k
// becomes the int64 tensor of its own element numbers (offset by the
// elements of the inputs before it), a constant fill becomes −1, and the
// result is the graph Gather's index table. So every such op has one
// definition, tested on constants and values alike.

// registerMovement adds the handlers of this file (called by ops.go's init, after
// the map exists).
func registerMovement() {
	handlers["Slice"] = opSlice
	handlers["Pad"] = opPad
	handlers["Expand"] = opExpand
	handlers["Tile"] = opTile
	handlers["DepthToSpace"] = opDepthToSpace
	handlers["SpaceToDepth"] = opSpaceToDepth
	handlers["Resize"] = opResize
	handlers["Upsample"] = opUpsample
	handlers["ConvTranspose"] = oneD(opConvTranspose)
	handlers["Split"] = opSplit
}

// move computes a data-movement op on constant tensors of one kind (all
// float or all int64); fill is the value of padding, for Pad.
type move func(data []*tensor, fill fillValue) (*tensor, error)

// fillValue is Pad's constant: its float value for float data, −1 (a
// Gather's fill entry) for index tensors.
type fillValue struct {
	f float32
	i int64
}

// movement runs f on the data inputs ks: folded if all are constants, a
// graph Gather if all are computed (at most two, a Gather's limit).
func (c *nodeCtx) movement(ks []int, fill float32, f move) error {
	return c.movementAs(ks, fill, f, c.name, c.output())
}

// movementAs is movement for the value out, a node named name computing it.
func (c *nodeCtx) movementAs(ks []int, fill float32, f move, name, out string) error {
	consts := 0
	for _, k := range ks {
		if c.isConst(k) {
			consts++
		}
	}
	switch consts {
	case len(ks):
		data := make([]*tensor, len(ks))
		for j, k := range ks {
			data[j], _ = c.constant(k, "data")
		}
		t, err := f(data, fillValue{f: fill})
		if err != nil {
			return c.errorf("%v", err)
		}
		c.im.consts[out] = t
		return nil
	case 0:
	default:
		return c.errorf("mixes constant and computed data inputs: not supported")
	}
	if len(ks) > 2 {
		return c.errorf("has %d computed data inputs: at most 2 are supported", len(ks))
	}
	vals := make([]*value, len(ks))
	data := make([]*tensor, len(ks))
	base := 0
	for j, k := range ks {
		v, err := c.dynamic(k)
		if err != nil {
			return err
		}
		t, err := c.im.newTensor(v.shape, false)
		if err != nil {
			return c.errorf("%v", err)
		}
		for e := range t.i {
			t.i[e] = int64(base + e)
		}
		base += len(t.i)
		vals[j], data[j] = v, t
	}
	t, err := f(data, fillValue{f: fill, i: -1})
	if err != nil {
		return c.errorf("%v", err)
	}
	index := make([]int, len(t.i))
	for e, k := range t.i {
		index[e] = int(k)
	}
	return c.emitGatherAs(vals, t.shape, index, fill, name, out)
}

// emitGatherAs appends a graph Gather named name computing value out,
// merged with the data movement before it: a Reshape that only this node
// uses is skipped (it keeps the element order), and a one-input Gather
// that only this node uses is composed with it (its node takes this
// node's output, like a fold). A table without fill entries has fill 0.
func (c *nodeCtx) emitGatherAs(in []*value, shape, index []int, fill float32, name, out string) error {
	if len(shape) == 0 || len(shape) > graph.MaxRank {
		return c.errorf("result shape %v of computed data must have rank 1 to %d", shape, graph.MaxRank)
	}
	names := make([]string, len(in))
	for k, v := range in {
		names[k] = v.name
		if v.producer >= 0 && v.uses == 1 {
			if p := &c.im.g.Nodes[v.producer]; p.Op == graph.Reshape {
				names[k] = p.Inputs[0]
			}
		}
	}
	if !slices.Contains(index, -1) {
		fill = 0
	}
	if len(in) == 1 && in[0].producer >= 0 && in[0].uses == 1 {
		if p := &c.im.g.Nodes[in[0].producer]; p.Op == graph.Gather {
			composed := make([]int, len(index))
			innerFill := false
			for e, k := range index {
				composed[e] = -1
				if k >= 0 {
					composed[e] = p.Index[k]
					innerFill = innerFill || composed[e] == -1
				}
			}
			outerFill := slices.Contains(index, -1)
			if !(innerFill && outerFill && p.Fill != fill) {
				if innerFill {
					fill = p.Fill
				}
				if !slices.Contains(composed, -1) {
					fill = 0
				}
				p.Index, p.Shape, p.Fill = composed, slices.Clone(shape), fill
				p.Output = out
				v := in[0]
				v.name, v.shape, v.uses = out, slices.Clone(shape), c.im.uses[out]
				c.im.vals[out] = v
				return nil
			}
		}
	}
	if err := c.im.alloc(len(index)); err != nil {
		return c.errorf("%v", err)
	}
	return c.emitAs(graph.Node{Name: name, Op: graph.Gather, Inputs: names, Shape: slices.Clone(shape), Index: index, Fill: fill}, slices.Clone(shape), out)
}

// intList reads input k, a constant 1-D int64 list, or nil if omitted.
func (c *nodeCtx) intList(k int, what string) ([]int64, error) {
	if c.input(k) == "" {
		return nil, nil
	}
	t, err := c.intConst(k, what)
	if err != nil {
		return nil, err
	}
	if len(t.shape) != 1 {
		return nil, c.errorf("input %q (%s) has shape %v, want a 1-D list", c.input(k), what, t.shape)
	}
	return t.i, nil
}

// ---- Slice ----

func opSlice(c *nodeCtx) error {
	shape, ok := c.shapeOf(0)
	if !ok {
		return c.errorf("input %q is not available", c.input(0))
	}
	var starts, ends, axes, steps []int64
	var err error
	if c.im.opset < 10 {
		if err := c.checkInputs(1, 1); err != nil {
			return err
		}
		if starts, err = c.intsAttr("starts"); err != nil {
			return err
		}
		if ends, err = c.intsAttr("ends"); err != nil {
			return err
		}
		if axes, err = c.intsAttr("axes"); err != nil {
			return err
		}
	} else {
		if err := c.checkInputs(3, 5); err != nil {
			return err
		}
		if starts, err = c.intList(1, "starts"); err != nil {
			return err
		}
		if ends, err = c.intList(2, "ends"); err != nil {
			return err
		}
		if axes, err = c.intList(3, "axes"); err != nil {
			return err
		}
		if steps, err = c.intList(4, "steps"); err != nil {
			return err
		}
	}
	r := len(shape)
	if len(starts) != len(ends) || (axes != nil && len(axes) != len(starts)) || (steps != nil && len(steps) != len(starts)) {
		return c.errorf("starts %v, ends %v, axes %v and steps %v differ in length", starts, ends, axes, steps)
	}
	lo, step := make([]int, r), make([]int, r)
	out := slices.Clone(shape)
	for k := range step {
		step[k] = 1
	}
	seen := make([]bool, r)
	for j := range starts {
		a := int64(j)
		if axes != nil {
			a = axes[j]
		}
		ax, err := c.axis("axes", a, r, r-1)
		if err != nil {
			return err
		}
		if seen[ax] {
			return c.errorf("axis %d is sliced twice", ax)
		}
		seen[ax] = true
		st := int64(1)
		if steps != nil {
			st = steps[j]
		}
		if st == 0 {
			return c.errorf("step 0 on axis %d", ax)
		}
		s, n := sliceRange(starts[j], ends[j], st, int64(shape[ax]))
		lo[ax], step[ax], out[ax] = int(s), int(st), int(n)
	}
	for _, d := range out {
		if d == 0 {
			return c.errorf("the slice of %v is empty: empty values are not supported", shape)
		}
	}
	return c.movement([]int{0}, 0, func(data []*tensor, _ fillValue) (*tensor, error) {
		st := strides(data[0].shape)
		return c.im.remap(data[0], out, func(i []int) int {
			src := 0
			for k, s := range st {
				src += (lo[k] + i[k]*step[k]) * s
			}
			return src
		}, fillValue{})
	})
}

// sliceRange resolves one axis of an ONNX Slice: the first index and the
// number of elements.
func sliceRange(start, end, step, dim int64) (int64, int64) {
	if start < 0 {
		start += dim
	}
	if end < 0 {
		end += dim
	}
	if step > 0 {
		start, end = min(max(start, 0), dim), min(max(end, 0), dim)
		if end <= start {
			return start, 0
		}
		return start, (end - start + step - 1) / step
	}
	start, end = min(max(start, -1), dim-1), min(max(end, -1), dim-1)
	if start <= end {
		return start, 0
	}
	return start, (start - end - step - 1) / -step
}

// remap builds the tensor of shape out whose element at each index i is
// t's element src(i), or fill where src returns −1.
func (im *importer) remap(t *tensor, out []int, src func(i []int) int, fill fillValue) (*tensor, error) {
	if len(out) > maxRank {
		return nil, fmt.Errorf("result rank %d exceeds %d", len(out), maxRank)
	}
	res, err := im.newTensor(out, t.isFloat())
	if err != nil {
		return nil, err
	}
	coord := make([]int, len(out))
	for e := range res.numel() {
		k := src(coord)
		switch {
		case k < 0 && t.isFloat():
			res.f[e] = fill.f
		case k < 0:
			res.i[e] = fill.i
		case t.isFloat():
			res.f[e] = t.f[k]
		default:
			res.i[e] = t.i[k]
		}
		for d := len(out) - 1; d >= 0; d-- {
			coord[d]++
			if coord[d] < out[d] {
				break
			}
			coord[d] = 0
		}
	}
	return res, nil
}

// ---- Pad ----

func opPad(c *nodeCtx) error {
	shape, ok := c.shapeOf(0)
	if !ok {
		return c.errorf("input %q is not available", c.input(0))
	}
	mode, err := c.stringAttr("mode", "constant")
	if err != nil {
		return err
	}
	if mode != "constant" && mode != "reflect" && mode != "edge" {
		return c.attrErrorf("mode", "want constant, reflect or edge")
	}
	var pads []int64
	var value float32
	if c.im.opset < 11 {
		if err := c.checkInputs(1, 1); err != nil {
			return err
		}
		if pads, err = c.intsAttr("pads"); err != nil {
			return err
		}
		if value, err = c.floatAttr("value", 0); err != nil {
			return err
		}
	} else {
		if err := c.checkInputs(2, 3); err != nil {
			return err
		}
		if pads, err = c.intList(1, "pads"); err != nil {
			return err
		}
		if c.input(2) != "" {
			v, err := c.scalarInput(2, "constant_value")
			if err != nil {
				return err
			}
			value = float32(v)
		}
	}
	r := len(shape)
	if len(pads) != 2*r {
		return c.errorf("pads %v: want %d values (begin and end of each axis)", pads, 2*r)
	}
	out := make([]int, r)
	for k := range r {
		out[k] = shape[k] + int(pads[k]) + int(pads[r+k])
		if pads[k] < -int64(shape[k]) || pads[r+k] < -int64(shape[k]) || out[k] < 1 || out[k] > maxDim {
			return c.errorf("pads %v do not fit shape %v", pads, shape)
		}
		if mode == "reflect" && (pads[k] >= int64(shape[k]) || pads[r+k] >= int64(shape[k])) {
			return c.errorf("reflect pads %v must be smaller than shape %v", pads, shape)
		}
	}
	return c.movement([]int{0}, value, func(data []*tensor, fill fillValue) (*tensor, error) {
		st := strides(data[0].shape)
		return c.im.remap(data[0], out, func(i []int) int {
			src := 0
			for k, d := range data[0].shape {
				j := i[k] - int(pads[k])
				switch {
				case j >= 0 && j < d:
				case mode == "edge":
					j = min(max(j, 0), d-1)
				case mode == "reflect" && j < 0:
					j = -j
				case mode == "reflect":
					j = 2*(d-1) - j
				default:
					return -1
				}
				src += j * st[k]
			}
			return src
		}, fill)
	})
}

// ---- Expand, Tile ----

func opExpand(c *nodeCtx) error {
	if err := c.checkInputs(2, 2); err != nil {
		return err
	}
	shape, ok := c.shapeOf(0)
	if !ok {
		return c.errorf("input %q is not available", c.input(0))
	}
	to, err := c.intList(1, "shape")
	if err != nil {
		return err
	}
	want := make([]int, len(to))
	for k, d := range to {
		if d < 1 || d > maxDim {
			return c.errorf("shape %v has an invalid dimension %d", to, d)
		}
		want[k] = int(d)
	}
	out, err := broadcastShape(shape, want)
	if err != nil {
		return c.errorf("%v", err)
	}
	if _, ok := numel(out); !ok {
		return c.errorf("result shape %v is too large", out)
	}
	return c.movement([]int{0}, 0, func(data []*tensor, _ fillValue) (*tensor, error) {
		idx := broadcastIndex(data[0].shape, out)
		return c.im.remap(data[0], out, indexer(out, idx), fillValue{})
	})
}

// indexer turns a flat index table over shape into remap's source
// function.
func indexer(shape, idx []int) func(i []int) int {
	st := strides(shape)
	return func(i []int) int {
		e := 0
		for k, s := range st {
			e += i[k] * s
		}
		return idx[e]
	}
}

func opTile(c *nodeCtx) error {
	if err := c.checkInputs(2, 2); err != nil {
		return err
	}
	shape, ok := c.shapeOf(0)
	if !ok {
		return c.errorf("input %q is not available", c.input(0))
	}
	reps, err := c.intList(1, "repeats")
	if err != nil {
		return err
	}
	if len(reps) != len(shape) {
		return c.errorf("repeats %v: want %d values", reps, len(shape))
	}
	out := make([]int, len(shape))
	for k, rep := range reps {
		if rep < 1 || int64(shape[k])*rep > maxDim {
			return c.errorf("repeats %v are not positive or too large", reps)
		}
		out[k] = shape[k] * int(rep)
	}
	if _, ok := numel(out); !ok {
		return c.errorf("result shape %v is too large", out)
	}
	return c.movement([]int{0}, 0, func(data []*tensor, _ fillValue) (*tensor, error) {
		st := strides(data[0].shape)
		return c.im.remap(data[0], out, func(i []int) int {
			src := 0
			for k, d := range data[0].shape {
				src += (i[k] % d) * st[k]
			}
			return src
		}, fillValue{})
	})
}

// ---- DepthToSpace, SpaceToDepth ----

// blockMove is a reshape of x [N, C, H, W] to view, a transpose by perm
// and a reshape to out: ONNX's own definitions of DepthToSpace and
// SpaceToDepth.
func (c *nodeCtx) blockMove(view, perm, out []int) error {
	return c.movement([]int{0}, 0, func(data []*tensor, _ fillValue) (*tensor, error) {
		t, err := c.im.transpose(reshaped(data[0], view), perm)
		if err != nil {
			return nil, err
		}
		return reshaped(t, out), nil
	})
}

func (c *nodeCtx) blockInput() (shape []int, b int, err error) {
	if err := c.checkInputs(1, 1); err != nil {
		return nil, 0, err
	}
	shape, ok := c.shapeOf(0)
	if !ok {
		return nil, 0, c.errorf("input %q is not available", c.input(0))
	}
	if len(shape) != 4 {
		return nil, 0, c.errorf("input %q has shape %v, want [N, C, H, W]", c.input(0), shape)
	}
	bs, err := c.intAttr("blocksize", 0)
	if err != nil {
		return nil, 0, err
	}
	if !c.has("blocksize") || bs < 1 || bs > 1<<15 {
		return nil, 0, c.attrErrorf("blocksize", "must be given and positive")
	}
	return shape, int(bs), nil
}

func opDepthToSpace(c *nodeCtx) error {
	s, b, err := c.blockInput()
	if err != nil {
		return err
	}
	mode, err := c.stringAttr("mode", "DCR")
	if err != nil {
		return err
	}
	n, ch, h, w := s[0], s[1], s[2], s[3]
	if ch%(b*b) != 0 {
		return c.errorf("channels %d are not a multiple of blocksize² = %d", ch, b*b)
	}
	out := []int{n, ch / (b * b), h * b, w * b}
	switch mode {
	case "DCR":
		return c.blockMove([]int{n, b, b, ch / (b * b), h, w}, []int{0, 3, 4, 1, 5, 2}, out)
	case "CRD":
		return c.blockMove([]int{n, ch / (b * b), b, b, h, w}, []int{0, 1, 4, 2, 5, 3}, out)
	}
	return c.attrErrorf("mode", "want DCR or CRD")
}

func opSpaceToDepth(c *nodeCtx) error {
	s, b, err := c.blockInput()
	if err != nil {
		return err
	}
	n, ch, h, w := s[0], s[1], s[2], s[3]
	if h%b != 0 || w%b != 0 {
		return c.errorf("height %d and width %d are not multiples of blocksize %d", h, w, b)
	}
	return c.blockMove([]int{n, ch, h / b, b, w / b, b}, []int{0, 3, 5, 1, 2, 4}, []int{n, ch * b * b, h / b, w / b})
}
