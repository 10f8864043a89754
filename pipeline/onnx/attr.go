package onnx

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/opml-dev/opml/pipeline/onnx/internal/onnxpb"
)

// NodeError is an error about one node of an ONNX model: Decode returns it
// (possibly wrapped) for every unsupported op, attribute or input of a
// node.
type NodeError struct {
	Node string // the node's name, or "<op>_<index>" for an unnamed node
	Op   string // the node's op_type
	// Attr is the attribute the error is about with its value, as
	// "group=2"; only its name if the attribute is missing ("kernel_shape"
	// when required, "axis" when its default is the problem); empty if the
	// error is not about an attribute.
	Attr string
	Msg  string
}

func (e *NodeError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "onnx: node %q (%s): ", e.Node, e.Op)
	if e.Attr != "" {
		b.WriteString("attribute ")
		b.WriteString(e.Attr)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// nodeCtx is one node being imported: its attributes (each marked when
// read, so that unread ones are reported) and its inputs.
type nodeCtx struct {
	im    *importer
	p     *onnxpb.NodeProto
	name  string
	op    string
	attrs map[string]*onnxpb.AttributeProto
	order []string // attribute names in node order
	read  map[string]bool

	// A 1-D op (oneD) runs as the 2-D op on its input viewed as an image
	// with a trailing axis of size 1: ins (by input index) and out then
	// name the 2-D views that stand for the inputs and the output, and
	// window attributes widen.
	oneD bool
	ins  map[int]string
	out  string
}

func (c *nodeCtx) errorf(format string, args ...any) error {
	return &NodeError{Node: c.name, Op: c.op, Msg: fmt.Sprintf(format, args...)}
}

// attrErrorf is an error about attribute name (with its value).
func (c *nodeCtx) attrErrorf(name, format string, args ...any) error {
	a := name
	if p := c.attrs[name]; p != nil {
		a = name + "=" + attrValue(p)
	}
	return &NodeError{Node: c.name, Op: c.op, Attr: a, Msg: fmt.Sprintf(format, args...)}
}

// attrValue formats an attribute's value for errors.
func attrValue(p *onnxpb.AttributeProto) string {
	switch attrType(p) {
	case onnxpb.AttributeProto_FLOAT:
		return strconv.FormatFloat(float64(p.GetF()), 'g', -1, 32)
	case onnxpb.AttributeProto_INT:
		return strconv.FormatInt(p.GetI(), 10)
	case onnxpb.AttributeProto_STRING:
		return string(p.S)
	case onnxpb.AttributeProto_INTS:
		return fmt.Sprint(p.Ints)
	case onnxpb.AttributeProto_FLOATS:
		return fmt.Sprint(p.Floats)
	case onnxpb.AttributeProto_TENSOR:
		return fmt.Sprintf("<tensor %v>", p.GetT().GetDims())
	}
	return "<" + strings.ToLower(attrType(p).String()) + ">"
}

// attrType is the attribute's declared type or, where a producer left it
// unset (IR version 1), the one the set field implies.
func attrType(p *onnxpb.AttributeProto) onnxpb.AttributeProto_AttributeType {
	if p.Type != nil && p.GetType() != onnxpb.AttributeProto_UNDEFINED {
		return p.GetType()
	}
	switch {
	case p.F != nil:
		return onnxpb.AttributeProto_FLOAT
	case p.I != nil:
		return onnxpb.AttributeProto_INT
	case p.S != nil:
		return onnxpb.AttributeProto_STRING
	case p.T != nil:
		return onnxpb.AttributeProto_TENSOR
	case p.G != nil:
		return onnxpb.AttributeProto_GRAPH
	case len(p.Floats) > 0:
		return onnxpb.AttributeProto_FLOATS
	case len(p.Ints) > 0:
		return onnxpb.AttributeProto_INTS
	case len(p.Strings) > 0:
		return onnxpb.AttributeProto_STRINGS
	}
	return onnxpb.AttributeProto_UNDEFINED
}

func newNodeCtx(im *importer, index int, p *onnxpb.NodeProto) (*nodeCtx, error) {
	c := &nodeCtx{im: im, p: p, name: p.GetName(), op: p.GetOpType(),
		attrs: map[string]*onnxpb.AttributeProto{}, read: map[string]bool{}}
	if c.name == "" {
		c.name = fmt.Sprintf("%s_%d", c.op, index)
	}
	for _, a := range p.Attribute {
		n := a.GetName()
		if a.RefAttrName != nil {
			return nil, c.attrErrorf(n, "attribute references (ref_attr_name) are only valid in functions")
		}
		if _, dup := c.attrs[n]; dup {
			return nil, c.attrErrorf(n, "is given twice")
		}
		c.attrs[n] = a
		c.order = append(c.order, n)
	}
	return c, nil
}

// unread reports the first attribute the op's importer did not read.
func (c *nodeCtx) unread() error {
	for _, n := range c.order {
		if !c.read[n] {
			return c.attrErrorf(n, "is not supported")
		}
	}
	return nil
}

// attr returns the attribute, marked read, or nil; it checks the type.
func (c *nodeCtx) attr(name string, want onnxpb.AttributeProto_AttributeType) (*onnxpb.AttributeProto, error) {
	p := c.attrs[name]
	if p == nil {
		return nil, nil
	}
	c.read[name] = true
	if t := attrType(p); t != want {
		return nil, c.attrErrorf(name, "has type %s, want %s", t, want)
	}
	return p, nil
}

func (c *nodeCtx) has(name string) bool { return c.attrs[name] != nil }

func (c *nodeCtx) intAttr(name string, def int64) (int64, error) {
	p, err := c.attr(name, onnxpb.AttributeProto_INT)
	if p == nil || err != nil {
		return def, err
	}
	return p.GetI(), nil
}

func (c *nodeCtx) floatAttr(name string, def float32) (float32, error) {
	p, err := c.attr(name, onnxpb.AttributeProto_FLOAT)
	if p == nil || err != nil {
		return def, err
	}
	return p.GetF(), nil
}

func (c *nodeCtx) stringAttr(name, def string) (string, error) {
	p, err := c.attr(name, onnxpb.AttributeProto_STRING)
	if p == nil || err != nil {
		return def, err
	}
	return string(p.S), nil
}

// intsAttr returns the attribute's list (nil if absent).
func (c *nodeCtx) intsAttr(name string) ([]int64, error) {
	p, err := c.attr(name, onnxpb.AttributeProto_INTS)
	if p == nil || err != nil {
		return nil, err
	}
	if p.Ints == nil {
		return []int64{}, nil
	}
	return p.Ints, nil
}

// wantInt reads an int attribute that must have one value (def if absent).
func (c *nodeCtx) wantInt(name string, def, want int64, why string) error {
	v, err := c.intAttr(name, def)
	if err != nil {
		return err
	}
	if v != want {
		return c.attrErrorf(name, "%s", why)
	}
	return nil
}

// dims2 reads an INTS attribute of two values in [lo, maxDim]; absent, it
// returns def and false.
func (c *nodeCtx) dims2(name string, lo int, def [2]int) ([2]int, bool, error) {
	v, err := c.windowInts(name, int64(lo))
	if err != nil || v == nil {
		return def, false, err
	}
	if len(v) != 2 {
		return def, false, c.attrErrorf(name, "has %d values, want 2 (only 2-D windows are supported)", len(v))
	}
	var out [2]int
	for k, x := range v {
		if x < int64(lo) || x > maxDim {
			return def, false, c.attrErrorf(name, "value %d is out of range", x)
		}
		out[k] = int(x)
	}
	return out, true, nil
}

// input returns the k-th input name ("" if absent or omitted).
func (c *nodeCtx) input(k int) string {
	if name, ok := c.ins[k]; ok {
		return name
	}
	if k < len(c.p.Input) {
		return c.p.Input[k]
	}
	return ""
}

// nInputs is the number of inputs up to the last present one.
func (c *nodeCtx) nInputs() int {
	n := len(c.p.Input)
	for n > 0 && c.p.Input[n-1] == "" {
		n--
	}
	return n
}

// checkInputs checks that inputs lo..hi (hi inclusive) are given, that
// none past hi is, and that required ones are not omitted.
func (c *nodeCtx) checkInputs(required, most int) error {
	n := c.nInputs()
	if n < required || n > most {
		if required == most {
			return c.errorf("has %d inputs, want %d", n, required)
		}
		return c.errorf("has %d inputs, want %d to %d", n, required, most)
	}
	for k := range required {
		if c.input(k) == "" {
			return c.errorf("required input %d is omitted", k)
		}
	}
	return nil
}

// isConst reports whether input k is a constant.
func (c *nodeCtx) isConst(k int) bool {
	_, ok := c.im.consts[c.input(k)]
	return ok
}

// constant returns input k, which must be a constant.
func (c *nodeCtx) constant(k int, what string) (*tensor, error) {
	name := c.input(k)
	if t, ok := c.im.consts[name]; ok {
		return t, nil
	}
	return nil, c.errorf("input %q (%s) must be a constant (an initializer or folded from initializers)", name, what)
}

// floatConst returns input k, which must be a float constant.
func (c *nodeCtx) floatConst(k int, what string) (*tensor, error) {
	t, err := c.constant(k, what)
	if err != nil {
		return nil, err
	}
	if !t.isFloat() {
		return nil, c.errorf("input %q (%s) has type %s, want float", c.input(k), what, t.typeName())
	}
	return t, nil
}

// intConst returns input k, which must be an integer constant.
func (c *nodeCtx) intConst(k int, what string) (*tensor, error) {
	t, err := c.constant(k, what)
	if err != nil {
		return nil, err
	}
	if t.isFloat() {
		return nil, c.errorf("input %q (%s) has type float, want int64", c.input(k), what)
	}
	return t, nil
}

// dynamic returns input k, which must be a computed value.
func (c *nodeCtx) dynamic(k int) (*value, error) {
	name := c.input(k)
	if v, ok := c.im.vals[name]; ok {
		return v, nil
	}
	return nil, c.errorf("input %q must be a computed value, not a constant (fold it into an initializer)", name)
}

// output is the node's (first) output name.
func (c *nodeCtx) output() string {
	if c.out != "" {
		return c.out
	}
	return c.p.Output[0]
}

// windowInts reads a window attribute (kernel_shape, strides, pads, …).
// For a 1-D op it widens to 2-D with a trailing axis of size 1: one value
// v becomes [v, fill], the pads [b, e] become [b, 0, e, 0].
func (c *nodeCtx) windowInts(name string, fill int64) ([]int64, error) {
	v, err := c.intsAttr(name)
	if err != nil || v == nil || !c.oneD {
		return v, err
	}
	if name == "pads" {
		if len(v) != 2 {
			return nil, c.attrErrorf(name, "has %d values, want 2 (a 1-D window)", len(v))
		}
		return []int64{v[0], 0, v[1], 0}, nil
	}
	if len(v) != 1 {
		return nil, c.attrErrorf(name, "has %d values, want 1 (a 1-D window)", len(v))
	}
	return []int64{v[0], fill}, nil
}
