package onnx

import (
	"fmt"
	"slices"
)

// opSplit: each output of a Split is a Slice of the input along the axis:
// on a constant a folded constant, on a computed value a graph Gather
// named "<name>/<k>" (k the output's index). The sizes are the split
// attribute (before opset 13) or input (from it), or equal parts.
func opSplit(c *nodeCtx) error {
	shape, axis, err := c.axisOf("")
	if err != nil {
		return err
	}
	var sizes []int64
	if c.im.opset < 13 {
		if err := c.checkInputs(1, 1); err != nil {
			return err
		}
		if sizes, err = c.intsAttr("split"); err != nil {
			return err
		}
	} else {
		if err := c.checkInputs(1, 2); err != nil {
			return err
		}
		if sizes, err = c.intList(1, "split"); err != nil {
			return err
		}
	}
	n := len(c.p.Output)
	dim := shape[axis]
	if sizes == nil {
		if dim%n != 0 {
			return c.errorf("axis %d of size %d does not split into %d equal parts", axis, dim, n)
		}
		for range n {
			sizes = append(sizes, int64(dim/n))
		}
	}
	if len(sizes) != n {
		return c.errorf("split %v has %d sizes for %d outputs", sizes, len(sizes), n)
	}
	total := int64(0)
	for _, s := range sizes {
		if s < 1 {
			return c.errorf("split %v has a size below 1 (empty values are not supported)", sizes)
		}
		total += s
	}
	if total != int64(dim) {
		return c.errorf("split %v does not add up to the size %d of axis %d", sizes, dim, axis)
	}
	if v, ok := c.im.vals[c.input(0)]; ok {
		// Each used output is a node reading v: v has that many readers
		// (so that none of them is folded into v's producer).
		for _, out := range c.p.Output[1:] {
			if out != "" {
				v.uses++
			}
		}
	}
	start := 0
	for k, out := range c.p.Output {
		lo, size := start, int(sizes[k])
		start += size
		if out == "" {
			continue
		}
		part := slices.Clone(shape)
		part[axis] = size
		slice := func(data []*tensor, _ fillValue) (*tensor, error) {
			st := strides(data[0].shape)
			return c.im.remap(data[0], part, func(i []int) int {
				src := 0
				for d, s := range st {
					j := i[d]
					if d == axis {
						j += lo
					}
					src += j * s
				}
				return src
			}, fillValue{})
		}
		if err := c.movementAs([]int{0}, 0, slice, fmt.Sprintf("%s/%d", c.name, k), out); err != nil {
			return err
		}
	}
	return nil
}
