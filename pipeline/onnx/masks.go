package onnx

import (
	"math"

	"github.com/opml-dev/opml/pipeline/onnx/internal/onnxpb"
)

// The ops exporters use to build a causal mask from constants: Trilu,
// Where, Equal, ConstantOfShape and Range. They fold on constants only; a
// Where of a computed value is imported only as an attention mask (see
// llm.go), and the others never take computed values. BOOL values are
// held as int64 0 and 1.

func registerMasks() {
	handlers["Trilu"] = opTrilu
	handlers["Where"] = opWhere
	handlers["Equal"] = opEqual
	handlers["ConstantOfShape"] = opConstantOfShape
	handlers["Range"] = opRange
}

// constInputs returns inputs 0..n-1, which must all be constants.
func (c *nodeCtx) constInputs(n int, why string) ([]*tensor, error) {
	ts := make([]*tensor, n)
	for k := range n {
		t, ok := c.im.consts[c.input(k)]
		if !ok {
			return nil, c.errorf("input %q is computed: %s", c.input(k), why)
		}
		ts[k] = t
	}
	return ts, nil
}

// opTrilu keeps the upper (upper=1, the default) or lower triangle of the
// last two axes, from diagonal k (input 1, default 0), zeroing the rest.
func opTrilu(c *nodeCtx) error {
	if err := c.checkInputs(1, 2); err != nil {
		return err
	}
	ts, err := c.constInputs(1, "Trilu is folded on constants only")
	if err != nil {
		return err
	}
	x := ts[0]
	upper, err := c.intAttr("upper", 1)
	if err != nil {
		return err
	}
	var k int64
	if c.input(1) != "" {
		kt, err := c.intConst(1, "k")
		if err != nil {
			return err
		}
		if len(kt.i) != 1 {
			return c.errorf("input %q (k) must be a single value", c.input(1))
		}
		k = kt.i[0]
	}
	r := len(x.shape)
	if r < 2 {
		return c.errorf("input %q has rank %d, want 2 or more", c.input(0), r)
	}
	out, err := c.im.newTensor(x.shape, x.isFloat())
	if err != nil {
		return c.errorf("%v", err)
	}
	M, N := x.shape[r-2], x.shape[r-1]
	for e := range out.numel() {
		i, j := int64((e/N)%M), int64(e%N)
		keep := j-i >= k
		if upper == 0 {
			keep = j-i <= k
		}
		if keep {
			if x.isFloat() {
				out.f[e] = x.f[e]
			} else {
				out.i[e] = x.i[e]
			}
		}
	}
	return c.defineConst(out)
}

// opWhere folds Where(cond, X, Y) of constants, broadcast as numpy does.
func opWhere(c *nodeCtx) error {
	if err := c.checkInputs(3, 3); err != nil {
		return err
	}
	ts, err := c.constInputs(3, "Where of a computed value is imported only as the causal mask of attention scores in a language model")
	if err != nil {
		return err
	}
	cond, x, y := ts[0], ts[1], ts[2]
	if cond.isFloat() || x.isFloat() != y.isFloat() {
		return c.errorf("want a BOOL condition and two values of one type")
	}
	shape, err := broadcastShape(cond.shape, x.shape)
	if err == nil {
		shape, err = broadcastShape(shape, y.shape)
	}
	if err != nil {
		return c.errorf("%v", err)
	}
	out, err := c.im.newTensor(shape, x.isFloat())
	if err != nil {
		return c.errorf("%v", err)
	}
	ic, ix, iy := broadcastIndex(cond.shape, shape), broadcastIndex(x.shape, shape), broadcastIndex(y.shape, shape)
	for e := range ic {
		take, j := y, iy[e]
		if cond.i[ic[e]] != 0 {
			take, j = x, ix[e]
		}
		if out.isFloat() {
			out.f[e] = take.f[j]
		} else {
			out.i[e] = take.i[j]
		}
	}
	return c.defineConst(out)
}

// opEqual folds Equal of two constants to a BOOL (0/1) tensor.
func opEqual(c *nodeCtx) error {
	if err := c.checkInputs(2, 2); err != nil {
		return err
	}
	ts, err := c.constInputs(2, "Equal is folded on constants only")
	if err != nil {
		return err
	}
	a, b := ts[0], ts[1]
	if a.isFloat() != b.isFloat() {
		return c.errorf("operand types %s and %s differ", a.typeName(), b.typeName())
	}
	shape, err := broadcastShape(a.shape, b.shape)
	if err != nil {
		return c.errorf("%v", err)
	}
	out, err := c.im.newTensor(shape, false)
	if err != nil {
		return c.errorf("%v", err)
	}
	ia, ib := broadcastIndex(a.shape, shape), broadcastIndex(b.shape, shape)
	for e := range ia {
		eq := a.isFloat() && a.f[ia[e]] == b.f[ib[e]] || !a.isFloat() && a.i[ia[e]] == b.i[ib[e]]
		if eq {
			out.i[e] = 1
		}
	}
	return c.defineConst(out)
}

// opConstantOfShape: a tensor of the constant shape (input 0) filled with
// the value attribute (default float 0).
func opConstantOfShape(c *nodeCtx) error {
	if err := c.checkInputs(1, 1); err != nil {
		return err
	}
	st, err := c.intConst(0, "shape")
	if err != nil {
		return err
	}
	shape := make([]int, len(st.i))
	for k, d := range st.i {
		if d < 0 || d > maxDim {
			return c.errorf("shape %v has an invalid dimension", st.i)
		}
		shape[k] = int(d)
	}
	if len(shape) > maxRank {
		return c.errorf("shape %v has rank above %d", st.i, maxRank)
	}
	float, fv, iv := true, float32(0), int64(0)
	a, err := c.attr("value", onnxpb.AttributeProto_TENSOR)
	if err != nil {
		return err
	}
	if a != nil {
		t, err := c.im.parseTensor(a.GetT())
		if err != nil {
			return c.attrErrorf("value", "%v", err)
		}
		if t.numel() != 1 {
			return c.attrErrorf("value", "must hold one value")
		}
		if float = t.isFloat(); float {
			fv = t.f[0]
		} else {
			iv = t.i[0]
		}
	}
	out, err := c.im.newTensor(shape, float)
	if err != nil {
		return c.errorf("%v", err)
	}
	for e := range out.numel() {
		if float {
			out.f[e] = fv
		} else {
			out.i[e] = iv
		}
	}
	return c.defineConst(out)
}

// opRange folds Range(start, limit, delta) of constant scalars.
func opRange(c *nodeCtx) error {
	if err := c.checkInputs(3, 3); err != nil {
		return err
	}
	ts, err := c.constInputs(3, "Range is folded on constants only")
	if err != nil {
		return err
	}
	for k, t := range ts {
		if t.numel() != 1 || t.isFloat() != ts[0].isFloat() {
			return c.errorf("input %q must be a scalar of the type of start", c.input(k))
		}
	}
	val := func(t *tensor) float64 {
		if t.isFloat() {
			return float64(t.f[0])
		}
		return float64(t.i[0])
	}
	start, limit, delta := val(ts[0]), val(ts[1]), val(ts[2])
	if delta == 0 || math.IsNaN(start+limit+delta) {
		return c.errorf("delta must not be 0")
	}
	n := max(0, int64(math.Ceil((limit-start)/delta)))
	if n > maxDim {
		return c.errorf("the range has %d elements, too many", n)
	}
	out, err := c.im.newTensor([]int{int(n)}, ts[0].isFloat())
	if err != nil {
		return c.errorf("%v", err)
	}
	for e := range int(n) {
		if out.isFloat() {
			out.f[e] = ts[0].f[0] + float32(e)*ts[2].f[0]
		} else {
			out.i[e] = ts[0].i[0] + int64(e)*ts[2].i[0]
		}
	}
	return c.defineConst(out)
}
