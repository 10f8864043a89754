package onnx

import (
	"errors"
	"math"
	"slices"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/onnx/internal/onnxpb"
)

// Resize and Upsample are linear in their input: every output element is
// a fixed weighted sum of input elements (nearest: one weight 1; linear,
// cubic: the interpolation coefficients). Per resized axis the weights are
// a matrix R [out, in], computed here in float64 as ONNX defines them, and
// the resize of the trailing axes is the Kronecker product of those
// matrices: a graph Dense over the rows [A, Π in] (A the product of the
// unresized leading axes), with Reshapes "<name>/rows" and "<name>/unrows"
// around it. Exact up to the rounding of the weights to float32.

// resizeAttrs are the attributes that decide the interpolation.
type resizeAttrs struct {
	mode, transform, nearest string
	cubicA                   float64
	excludeOutside           bool
}

// opResize: Resize from opset 11 (X, roi, scales or sizes).
func opResize(c *nodeCtx) error {
	if c.im.opset < 11 {
		return c.errorf("Resize before opset 11 is not supported: re-export the model at opset 11 or later")
	}
	if err := c.checkInputs(1, 4); err != nil {
		return err
	}
	x, err := c.dynamic(0)
	if err != nil {
		return err
	}
	var ra resizeAttrs
	if ra.mode, err = c.stringAttr("mode", "nearest"); err != nil {
		return err
	}
	if ra.transform, err = c.stringAttr("coordinate_transformation_mode", "half_pixel"); err != nil {
		return err
	}
	if ra.nearest, err = c.stringAttr("nearest_mode", "round_prefer_floor"); err != nil {
		return err
	}
	a, err := c.floatAttr("cubic_coeff_a", -0.75)
	if err != nil {
		return err
	}
	ra.cubicA = float64(a)
	ex, err := c.intAttr("exclude_outside", 0)
	if err != nil {
		return err
	}
	ra.excludeOutside = ex == 1
	if _, err := c.floatAttr("extrapolation_value", 0); err != nil {
		return err
	}
	switch ra.transform {
	case "half_pixel", "pytorch_half_pixel", "align_corners", "asymmetric", "tf_half_pixel_for_nn":
	case "tf_crop_and_resize":
		return c.attrErrorf("coordinate_transformation_mode", "is not supported: its extrapolated outputs are constants, not a weighted sum of the input")
	default:
		return c.attrErrorf("coordinate_transformation_mode", "is not an ONNX mode")
	}
	var scales []float64
	var sizes []int
	if c.input(2) != "" {
		t, err := c.floatConst(2, "scales")
		if err != nil {
			return err
		}
		for _, s := range t.f {
			scales = append(scales, float64(s))
		}
	}
	if c.input(3) != "" {
		t, err := c.intConst(3, "sizes")
		if err != nil {
			return err
		}
		for _, s := range t.i {
			if s < 1 || s > maxDim {
				return c.errorf("sizes %v has an invalid size", t.i)
			}
			sizes = append(sizes, int(s))
		}
	}
	return c.resize(x, ra, scales, sizes)
}

// opUpsample: Upsample (opset 7 to 9), Resize with asymmetric coordinates
// and, for nearest, the floor.
func opUpsample(c *nodeCtx) error {
	ra := resizeAttrs{transform: "asymmetric", nearest: "floor", cubicA: -0.75}
	var err error
	if ra.mode, err = c.stringAttr("mode", "nearest"); err != nil {
		return err
	}
	var scales []float64
	if c.im.opset < 9 {
		if err := c.checkInputs(1, 1); err != nil {
			return err
		}
		p, err := c.attr("scales", onnxpb.AttributeProto_FLOATS)
		if err != nil {
			return err
		}
		if p == nil {
			return c.attrErrorf("scales", "is required")
		}
		for _, s := range p.Floats {
			scales = append(scales, float64(s))
		}
	} else {
		if err := c.checkInputs(2, 2); err != nil {
			return err
		}
		t, err := c.floatConst(1, "scales")
		if err != nil {
			return err
		}
		for _, s := range t.f {
			scales = append(scales, float64(s))
		}
	}
	x, err := c.dynamic(0)
	if err != nil {
		return err
	}
	return c.resize(x, ra, scales, nil)
}

// resize emits the Dense of a resize of x by scales or to sizes.
func (c *nodeCtx) resize(x *value, ra resizeAttrs, scales []float64, sizes []int) error {
	if ra.mode != "nearest" && ra.mode != "linear" && ra.mode != "cubic" {
		return c.attrErrorf("mode", "want nearest, linear or cubic")
	}
	switch ra.nearest {
	case "round_prefer_floor", "round_prefer_ceil", "floor", "ceil":
	default:
		return c.attrErrorf("nearest_mode", "is not an ONNX mode")
	}
	r := len(x.shape)
	out := make([]int, r)
	scale := make([]float64, r)
	switch {
	case len(sizes) == r && len(scales) == 0:
		for k := range r {
			out[k], scale[k] = sizes[k], float64(sizes[k])/float64(x.shape[k])
		}
	case len(scales) == r && len(sizes) == 0:
		for k, s := range scales {
			if !(s > 0) || math.IsInf(s, 0) {
				return c.errorf("scales %v: want positive, finite scales", scales)
			}
			o := math.Floor(float64(x.shape[k]) * s)
			if o < 1 || o > maxDim {
				return c.errorf("scales %v give an empty or too large output for shape %v", scales, x.shape)
			}
			out[k], scale[k] = int(o), s
		}
	default:
		return c.errorf("needs either scales or sizes, one per axis of the input %v", x.shape)
	}
	first := r
	for k := range r {
		if out[k] != x.shape[k] || scale[k] != 1 {
			first = min(first, k)
		}
	}
	if first == r {
		return c.alias(x) // nothing resized
	}
	in, outs := x.shape[first:], out[first:]
	nIn, nOut := graph.Numel(in), graph.Numel(outs)
	if err := c.im.alloc(nIn * nOut); err != nil {
		return c.errorf("the %d×%d interpolation matrix: %v", nOut, nIn, err)
	}
	w := []float64{1}
	for k := first; k < r; k++ {
		m, err := resizeMatrix(ra, x.shape[k], out[k], scale[k])
		if err != nil {
			return c.errorf("%v", err)
		}
		w = kron(w, graph.Numel(outs[:k-first]), graph.Numel(in[:k-first]), m, out[k], x.shape[k])
	}
	W := graph.NewTensor(nOut, nIn)
	for k, v := range w {
		W.Data[k] = float32(v)
	}
	A := graph.Numel(x.shape[:first])
	rows := c.im.genName(c.output() + "_rows")
	if err := c.emitAs(graph.Node{Name: c.name + "/rows", Op: graph.Reshape, Inputs: []string{x.name}, Shape: []int{A, nIn}}, []int{A, nIn}, rows); err != nil {
		return err
	}
	prod := c.im.genName(c.output() + "_resized")
	if err := c.emitAs(graph.Node{Op: graph.Dense, Inputs: []string{rows}, W: W}, []int{A, nOut}, prod); err != nil {
		return err
	}
	return c.emit(graph.Node{Name: c.name + "/unrows", Op: graph.Reshape, Inputs: []string{prod}, Shape: slices.Clone(out)}, out)
}

// kron is the Kronecker product of a [ra, ca] and b [rb, cb], row-major.
func kron(a []float64, ra, ca int, b []float64, rb, cb int) []float64 {
	out := make([]float64, ra*rb*ca*cb)
	for i := range ra {
		for j := range ca {
			for k := range rb {
				for l := range cb {
					out[(i*rb+k)*(ca*cb)+j*cb+l] = a[i*ca+j] * b[k*cb+l]
				}
			}
		}
	}
	return out
}

// resizeMatrix is the interpolation of one axis of size in to out elements
// with scale: row o holds the weights of the input elements (ONNX's
// reference: the coordinate transform, the neighbours of the source
// coordinate in the edge-padded axis, the mode's coefficients).
func resizeMatrix(ra resizeAttrs, in, out int, scale float64) ([]float64, error) {
	m := make([]float64, out*in)
	width := scale * float64(in) // ONNX's output_width, a float
	for o := range out {
		xo := float64(o)
		var src float64
		switch ra.transform {
		case "align_corners":
			if width != 1 {
				src = xo * float64(in-1) / (width - 1)
			}
		case "asymmetric":
			src = xo / scale
		case "pytorch_half_pixel":
			src = -0.5
			if width != 1 {
				src = (xo+0.5)/scale - 0.5
			}
		case "tf_half_pixel_for_nn":
			src = (xo + 0.5) / scale
		default: // half_pixel
			src = (xo+0.5)/scale - 0.5
		}
		ratio := src - math.Floor(src)
		if ratio == 0 {
			ratio = 1 // an integer source: prefer the pixel on the left
		}
		var coeffs []float64
		switch ra.mode {
		case "nearest":
			coeffs = nearestCoeffs(ratio, ra.nearest)
		case "linear":
			coeffs = []float64{1 - ratio, ratio}
		default:
			coeffs = cubicCoeffs(ratio, ra.cubicA)
		}
		n := len(coeffs)
		pad := (n + 1) / 2
		idx := neighbors(src+float64(pad), n, in+2*pad)
		if ra.excludeOutside {
			sum := 0.0
			for k, p := range idx {
				if p-pad < 0 || p-pad >= in {
					coeffs[k] = 0
				}
				sum += coeffs[k]
			}
			if sum == 0 {
				return nil, errResizeWeights
			}
			for k := range coeffs {
				coeffs[k] /= sum
			}
		}
		for k, p := range idx {
			i := min(max(p-pad, 0), in-1) // the edge padding
			m[o*in+i] += coeffs[k]
		}
	}
	return m, nil
}

var errResizeWeights = errors.New("exclude_outside leaves an output without input weights")

// neighbors returns the n indices of [0, limit) nearest to x, ties to the
// smaller index, in increasing order.
func neighbors(x float64, n, limit int) []int {
	idx := make([]int, limit)
	for k := range idx {
		idx[k] = k
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		da, db := math.Abs(x-float64(a)), math.Abs(x-float64(b))
		switch {
		case da < db:
			return -1
		case da > db:
			return 1
		}
		return a - b
	})
	idx = idx[:min(n, limit)]
	slices.Sort(idx)
	return idx
}

func nearestCoeffs(ratio float64, mode string) []float64 {
	b := func(v bool) float64 {
		if v {
			return 1
		}
		return 0
	}
	switch {
	case ratio == 1:
		return []float64{0, 1}
	case mode == "round_prefer_ceil":
		return []float64{b(ratio < 0.5), b(ratio >= 0.5)}
	case mode == "floor":
		return []float64{1, 0}
	case mode == "ceil":
		return []float64{0, 1}
	}
	return []float64{b(ratio <= 0.5), b(ratio > 0.5)} // round_prefer_floor
}

func cubicCoeffs(r, a float64) []float64 {
	return []float64{
		((a*(r+1)-5*a)*(r+1)+8*a)*(r+1) - 4*a,
		((a+2)*r-(a+3))*r*r + 1,
		((a+2)*(1-r)-(a+3))*(1-r)*(1-r) + 1,
		((a*((1-r)+1)-5*a)*((1-r)+1)+8*a)*((1-r)+1) - 4*a,
	}
}
