package onnx

import (
	"github.com/opml-dev/opml/pipeline/graph"
)

// opConvTranspose imports a 2-D ConvTranspose as the convolution it equals:
// the input spread out by the strides (stride − 1 zeros between pixels)
// and padded by (effective kernel − 1 − pad) on each side (a negative
// amount crops), which is one graph Gather "<name>/spread" with fill 0,
// then a stride-1 Conv by the kernel flipped in both spatial axes with
// input and output channels swapped (per group; dilations and groups
// expanded to the dense kernel as for Conv). Exact: the zeros are the
// input's zero point.
func opConvTranspose(c *nodeCtx) error {
	x, err := c.convInput("transposed convolutions")
	if err != nil {
		return err
	}
	C, H, W := x.shape[1], x.shape[2], x.shape[3]
	group, err := c.intAttr("group", 1)
	if err != nil {
		return err
	}
	w, err := c.floatConst(1, "weights")
	if err != nil {
		return err
	}
	if len(w.shape) != 4 || w.shape[0] != C || w.shape[1] < 1 || w.shape[2] < 1 || w.shape[3] < 1 {
		return c.errorf("weights %q have shape %v, want [%d, OC/group, KH, KW]", c.input(1), w.shape, C)
	}
	if group < 1 || int64(C)%group != 0 {
		return c.attrErrorf("group", "must divide the input's %d channels", C)
	}
	G := int(group)
	ocg, cg := w.shape[1], C/G
	OC := ocg * G
	kernel, dil, err := c.kernelDilations(w.shape)
	if err != nil {
		return err
	}
	stride, _, err := c.dims2("strides", 1, [2]int{1, 1})
	if err != nil {
		return err
	}
	outPad, _, err := c.dims2("output_padding", 0, [2]int{0, 0})
	if err != nil {
		return err
	}
	keff := [2]int{(kernel[0]-1)*dil[0] + 1, (kernel[1]-1)*dil[1] + 1}
	in := [2]int{H, W}
	var pads [4]int // top, left, bottom, right
	outShape, hasOut, err := c.dims2("output_shape", 1, [2]int{})
	if err != nil {
		return err
	}
	autoPad, err := c.stringAttr("auto_pad", "NOTSET")
	if err != nil {
		return err
	}
	explicit, err := c.windowInts("pads", 0)
	if err != nil {
		return err
	}
	switch {
	case hasOut || autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER":
		if explicit != nil {
			return c.attrErrorf("pads", "cannot be given with output_shape or a SAME auto_pad")
		}
		for k := range 2 {
			target := in[k] * stride[k]
			if hasOut {
				target = outShape[k]
			}
			// A negative total (a larger output_shape) is negative padding:
			// zeros beyond the input, split with the floor like ONNX's
			// reference. SAME_UPPER puts the odd pad at the end, otherwise
			// (SAME_LOWER, or output_shape alone) at the start.
			total := stride[k]*(in[k]-1) + outPad[k] + keff[k] - target
			half := total >> 1 // floor(total / 2)
			if autoPad == "SAME_UPPER" {
				pads[k], pads[k+2] = half, total-half
			} else {
				pads[k], pads[k+2] = total-half, half
			}
		}
	case autoPad == "NOTSET" || autoPad == "VALID":
		if explicit != nil {
			if len(explicit) != 4 || autoPad == "VALID" {
				return c.attrErrorf("pads", "want 4 values (and no auto_pad)")
			}
			for k, p := range explicit {
				if p < 0 || p > maxDim {
					return c.attrErrorf("pads", "value %d is out of range", p)
				}
				pads[k] = int(p)
			}
		}
	default:
		return c.attrErrorf("auto_pad", "want NOTSET, SAME_UPPER, SAME_LOWER or VALID")
	}
	// The spread input: (in − 1)·stride + 1 pixels, padded by keff − 1 − pad
	// before and keff − 1 − pad + output_padding after.
	var before, size [2]int
	for k := range 2 {
		before[k] = keff[k] - 1 - pads[k]
		size[k] = (in[k]-1)*stride[k] + 1 + before[k] + keff[k] - 1 - pads[k+2] + outPad[k]
		if size[k] < keff[k] {
			return c.errorf("pads %v leave no output", pads)
		}
	}
	spread := []int{1, C, size[0], size[1]}
	n, ok := numel(spread)
	if !ok {
		return c.errorf("the spread input %v is too large", spread)
	}
	if err := c.im.alloc(n); err != nil {
		return c.errorf("%v", err)
	}
	idx := make([]int, n)
	for ch := range C {
		for y := range size[0] {
			for xx := range size[1] {
				e := (ch*size[0]+y)*size[1] + xx
				idx[e] = -1
				sy, sx := y-before[0], xx-before[1]
				if sy >= 0 && sx >= 0 && sy%stride[0] == 0 && sx%stride[1] == 0 && sy/stride[0] < H && sx/stride[1] < W {
					idx[e] = (ch*H+sy/stride[0])*W + sx/stride[1]
				}
			}
		}
	}
	sp := c.im.genUsed(c.output() + "_spread")
	if err := c.emitGatherAs([]*value{x}, spread, idx, 0, c.name+"/spread", sp); err != nil {
		return err
	}
	// The conv kernel [OC, C/group, KH, KW]: w[ic][ocl][KH−1−ky][KW−1−kx]
	// for output channel g·OCg + ocl and input channel ic = g·Cg + icl.
	conv, err := c.im.newTensor([]int{OC, cg, kernel[0], kernel[1]}, true)
	if err != nil {
		return c.errorf("%v", err)
	}
	KH, KW := kernel[0], kernel[1]
	for g := range G {
		for ocl := range ocg {
			for icl := range cg {
				ic := g*cg + icl
				for ky := range KH {
					for kx := range KW {
						conv.f[(((g*ocg+ocl)*cg+icl)*KH+ky)*KW+kx] = w.f[((ic*ocg+ocl)*KH+(KH-1-ky))*KW+(KW-1-kx)]
					}
				}
			}
		}
	}
	if G != 1 || dil != [2]int{1, 1} {
		if conv, err = c.im.denseConvWeights(conv, C, G, dil); err != nil {
			return c.errorf("%v", err)
		}
	}
	n2 := graph.Node{Op: graph.Conv, Inputs: []string{sp}, Kernel: [2]int{conv.shape[2], conv.shape[3]}}
	if n2.W, err = c.im.cloneTensor(conv); err != nil {
		return err
	}
	if c.input(2) != "" {
		b, err := c.floatConst(2, "bias")
		if err != nil {
			return err
		}
		if len(b.shape) != 1 || b.shape[0] != OC {
			return c.errorf("bias %q has shape %v, want [%d]", c.input(2), b.shape, OC)
		}
		if n2.B, err = c.im.cloneTensor(b); err != nil {
			return err
		}
	}
	return c.emit(n2, []int{1, OC, size[0] - keff[0] + 1, size[1] - keff[1] + 1})
}
