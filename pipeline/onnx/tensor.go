package onnx

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/onnx/internal/onnxpb"
)

// Limits that keep every computation in int range and every allocation
// bounded by the size of the input.
const (
	maxDim  = 1 << 30 // one dimension of any shape
	maxElem = 1 << 30 // elements of any tensor or value
	maxRank = 8       // rank of any tensor or value
	// baseBudget is the number of float32/int64 elements that Decode may
	// allocate beyond one per byte of input: folded constants, cloned
	// weights.
	baseBudget = 1 << 22
)

// tensor is a constant: an initializer, a Constant node or a folded value.
// Exactly one of f (float) and i (integer) is non-nil, even when empty.
// Tensors are never mutated after construction: folding into a graph node
// works on a copy.
type tensor struct {
	shape []int
	f     []float32
	i     []int64
}

func (t *tensor) isFloat() bool { return t.f != nil }
func (t *tensor) numel() int    { return graph.Numel(t.shape) }

func (t *tensor) typeName() string {
	if t.isFloat() {
		return "float"
	}
	return "int64"
}

// numel returns the number of elements of shape, or false if a dimension is
// negative or too large or the product exceeds maxElem.
func numel(shape []int) (int, bool) {
	n := 1
	for _, d := range shape {
		if d < 0 || d > maxDim {
			return 0, false
		}
		if d != 0 && n > maxElem/d {
			return 0, false
		}
		n *= d
	}
	return n, true
}

// dataTypeName names an ONNX TensorProto data type for errors.
func dataTypeName(dt int32) string {
	if s, ok := onnxpb.TensorProto_DataType_name[dt]; ok {
		return s
	}
	return fmt.Sprintf("data type %d", dt)
}

// parseTensor converts a TensorProto to a constant: FLOAT to float, INT64
// and INT32 to integer (INT32 is widened; opml computes shapes in int64).
// Data may be in the typed field or in raw_data (little-endian).
func (im *importer) parseTensor(p *onnxpb.TensorProto) (*tensor, error) {
	if p == nil {
		return nil, fmt.Errorf("the tensor is missing")
	}
	if p.GetDataLocation() == onnxpb.TensorProto_EXTERNAL || len(p.GetExternalData()) > 0 {
		return nil, fmt.Errorf("external data is not supported")
	}
	if p.Segment != nil {
		return nil, fmt.Errorf("segmented tensors are not supported")
	}
	if len(p.Dims) > maxRank {
		return nil, fmt.Errorf("rank %d exceeds %d", len(p.Dims), maxRank)
	}
	shape := make([]int, len(p.Dims))
	for k, d := range p.Dims {
		if d < 0 || d > maxDim {
			return nil, fmt.Errorf("dimension %d is out of range", d)
		}
		shape[k] = int(d)
	}
	n, ok := numel(shape)
	if !ok {
		return nil, fmt.Errorf("shape %v is too large", shape)
	}
	raw := p.RawData
	dt := p.GetDataType()
	switch onnxpb.TensorProto_DataType(dt) {
	case onnxpb.TensorProto_FLOAT:
		if raw != nil {
			if len(p.FloatData) > 0 {
				return nil, fmt.Errorf("has both raw_data and float_data")
			}
			if len(raw) != 4*n {
				return nil, fmt.Errorf("raw_data has %d bytes, shape %v needs %d", len(raw), shape, 4*n)
			}
			if err := im.alloc(n); err != nil {
				return nil, err
			}
			f := make([]float32, n)
			for k := range f {
				f[k] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*k:]))
			}
			return &tensor{shape: shape, f: f}, nil
		}
		if len(p.FloatData) != n {
			return nil, fmt.Errorf("float_data has %d values, shape %v needs %d", len(p.FloatData), shape, n)
		}
		return &tensor{shape: shape, f: append([]float32{}, p.FloatData...)}, nil
	case onnxpb.TensorProto_INT64:
		if raw != nil {
			if len(p.Int64Data) > 0 {
				return nil, fmt.Errorf("has both raw_data and int64_data")
			}
			if len(raw) != 8*n {
				return nil, fmt.Errorf("raw_data has %d bytes, shape %v needs %d", len(raw), shape, 8*n)
			}
			if err := im.alloc(n); err != nil {
				return nil, err
			}
			v := make([]int64, n)
			for k := range v {
				v[k] = int64(binary.LittleEndian.Uint64(raw[8*k:]))
			}
			return &tensor{shape: shape, i: v}, nil
		}
		if len(p.Int64Data) != n {
			return nil, fmt.Errorf("int64_data has %d values, shape %v needs %d", len(p.Int64Data), shape, n)
		}
		return &tensor{shape: shape, i: append([]int64{}, p.Int64Data...)}, nil
	case onnxpb.TensorProto_BOOL:
		// One byte per value in raw_data, or int32_data; held as int64 0/1.
		if err := im.alloc(n); err != nil {
			return nil, err
		}
		v := make([]int64, n)
		switch {
		case raw != nil && len(raw) == n:
			for k, b := range raw {
				v[k] = int64(min(b, 1))
			}
		case raw == nil && len(p.Int32Data) == n:
			for k, b := range p.Int32Data {
				v[k] = int64(min(max(b, 0), 1))
			}
		default:
			return nil, fmt.Errorf("BOOL data does not hold the %d values of shape %v", n, shape)
		}
		return &tensor{shape: shape, i: v}, nil
	case onnxpb.TensorProto_INT32:
		var v []int64
		if raw != nil {
			if len(p.Int32Data) > 0 {
				return nil, fmt.Errorf("has both raw_data and int32_data")
			}
			if len(raw) != 4*n {
				return nil, fmt.Errorf("raw_data has %d bytes, shape %v needs %d", len(raw), shape, 4*n)
			}
			if err := im.alloc(n); err != nil {
				return nil, err
			}
			v = make([]int64, n)
			for k := range v {
				v[k] = int64(int32(binary.LittleEndian.Uint32(raw[4*k:])))
			}
		} else {
			if len(p.Int32Data) != n {
				return nil, fmt.Errorf("int32_data has %d values, shape %v needs %d", len(p.Int32Data), shape, n)
			}
			if err := im.alloc(n); err != nil {
				return nil, err
			}
			v = make([]int64, n)
			for k, x := range p.Int32Data {
				v[k] = int64(x)
			}
		}
		return &tensor{shape: shape, i: v}, nil
	}
	return nil, fmt.Errorf("data type %s is not supported (only FLOAT, INT64, INT32 and BOOL)", dataTypeName(dt))
}

// newLike returns a zero tensor of the given shape and the element type of
// t, charging the allocation budget.
func (im *importer) newTensor(shape []int, float bool) (*tensor, error) {
	n, ok := numel(shape)
	if !ok {
		return nil, fmt.Errorf("result shape %v is too large", shape)
	}
	if err := im.alloc(n); err != nil {
		return nil, err
	}
	t := &tensor{shape: slices.Clone(shape)}
	if float {
		t.f = make([]float32, n)
	} else {
		t.i = make([]int64, n)
	}
	return t, nil
}

// reshaped returns t with another shape of the same element count (the
// data is shared: tensors are immutable).
func reshaped(t *tensor, shape []int) *tensor {
	return &tensor{shape: slices.Clone(shape), f: t.f, i: t.i}
}

// strides returns the row-major strides of shape.
func strides(shape []int) []int {
	s := make([]int, len(shape))
	acc := 1
	for k := len(shape) - 1; k >= 0; k-- {
		s[k] = acc
		acc *= shape[k]
	}
	return s
}

// broadcastShape is the numpy (multidirectional) broadcast of a and b.
func broadcastShape(a, b []int) ([]int, error) {
	r := max(len(a), len(b))
	out := make([]int, r)
	for k := range r {
		da, db := 1, 1
		if j := k - (r - len(a)); j >= 0 {
			da = a[j]
		}
		if j := k - (r - len(b)); j >= 0 {
			db = b[j]
		}
		switch {
		case da == db, db == 1:
			out[k] = da
		case da == 1:
			out[k] = db
		default:
			return nil, fmt.Errorf("shapes %v and %v do not broadcast", a, b)
		}
	}
	return out, nil
}

// broadcastIndex maps each element of out (row-major) to an element of a
// tensor of shape in, which broadcasts to out.
func broadcastIndex(in, out []int) []int {
	n := graph.Numel(out)
	idx := make([]int, n)
	st := strides(in)
	off := len(out) - len(in)
	coord := make([]int, len(out))
	for e := range n {
		src := 0
		for k := off; k < len(out); k++ {
			if in[k-off] != 1 {
				src += coord[k] * st[k-off]
			}
		}
		idx[e] = src
		for k := len(out) - 1; k >= 0; k-- {
			coord[k]++
			if coord[k] < out[k] {
				break
			}
			coord[k] = 0
		}
	}
	return idx
}

// binary computes a op b elementwise with numpy broadcasting; op is one of
// Add, Sub, Mul, Div.
func (im *importer) binary(op string, a, b *tensor) (*tensor, error) {
	if a.isFloat() != b.isFloat() {
		return nil, fmt.Errorf("operand types %s and %s differ", a.typeName(), b.typeName())
	}
	shape, err := broadcastShape(a.shape, b.shape)
	if err != nil {
		return nil, err
	}
	out, err := im.newTensor(shape, a.isFloat())
	if err != nil {
		return nil, err
	}
	n := out.numel()
	// The index maps are as large as the output; charge them too.
	if err := im.alloc(2 * n); err != nil {
		return nil, err
	}
	ia, ib := broadcastIndex(a.shape, shape), broadcastIndex(b.shape, shape)
	if a.isFloat() {
		for e := range n {
			x, y := a.f[ia[e]], b.f[ib[e]]
			switch op {
			case "Add":
				out.f[e] = x + y
			case "Sub":
				out.f[e] = x - y
			case "Mul":
				out.f[e] = x * y
			case "Div":
				out.f[e] = x / y
			}
		}
		return out, nil
	}
	for e := range n {
		x, y := a.i[ia[e]], b.i[ib[e]]
		switch op {
		case "Add":
			out.i[e] = x + y
		case "Sub":
			out.i[e] = x - y
		case "Mul":
			out.i[e] = x * y
		case "Div":
			if y == 0 {
				return nil, fmt.Errorf("integer division by zero")
			}
			if x == math.MinInt64 && y == -1 {
				return nil, fmt.Errorf("integer division overflows")
			}
			out.i[e] = x / y // truncates toward zero, as onnxruntime
		}
	}
	return out, nil
}

// transpose permutes the axes of t: out.shape[k] = t.shape[perm[k]].
func (im *importer) transpose(t *tensor, perm []int) (*tensor, error) {
	shape := make([]int, len(perm))
	for k, p := range perm {
		shape[k] = t.shape[p]
	}
	out, err := im.newTensor(shape, t.isFloat())
	if err != nil {
		return nil, err
	}
	st := strides(t.shape)
	coord := make([]int, len(shape))
	for e := range out.numel() {
		src := 0
		for k, p := range perm {
			src += coord[k] * st[p]
		}
		if t.isFloat() {
			out.f[e] = t.f[src]
		} else {
			out.i[e] = t.i[src]
		}
		for k := len(shape) - 1; k >= 0; k-- {
			coord[k]++
			if coord[k] < shape[k] {
				break
			}
			coord[k] = 0
		}
	}
	return out, nil
}

// concat joins tensors of one type along axis.
func (im *importer) concat(ts []*tensor, axis int) (*tensor, error) {
	first := ts[0]
	shape := slices.Clone(first.shape)
	shape[axis] = 0
	for _, t := range ts {
		if t.isFloat() != first.isFloat() {
			return nil, fmt.Errorf("input types %s and %s differ", first.typeName(), t.typeName())
		}
		if len(t.shape) != len(first.shape) {
			return nil, fmt.Errorf("input ranks %d and %d differ", len(first.shape), len(t.shape))
		}
		for k := range t.shape {
			if k != axis && t.shape[k] != first.shape[k] {
				return nil, fmt.Errorf("input shapes %v and %v differ off axis %d", first.shape, t.shape, axis)
			}
		}
		shape[axis] += t.shape[axis]
		if shape[axis] > maxDim {
			return nil, fmt.Errorf("result is too large")
		}
	}
	out, err := im.newTensor(shape, first.isFloat())
	if err != nil {
		return nil, err
	}
	outer := graph.Numel(shape[:axis])
	pos := 0
	for o := range outer {
		for _, t := range ts {
			inner := graph.Numel(t.shape[axis:])
			if t.isFloat() {
				pos += copy(out.f[pos:], t.f[o*inner:(o+1)*inner])
			} else {
				pos += copy(out.i[pos:], t.i[o*inner:(o+1)*inner])
			}
		}
	}
	return out, nil
}

// gather takes the entries of t at indices along axis (numpy take).
func (im *importer) gather(t *tensor, idx *tensor, axis int) (*tensor, error) {
	if idx.isFloat() {
		return nil, fmt.Errorf("indices must be integers")
	}
	dim := t.shape[axis]
	shape := append(append(slices.Clone(t.shape[:axis]), idx.shape...), t.shape[axis+1:]...)
	if len(shape) > maxRank {
		return nil, fmt.Errorf("result rank %d exceeds %d", len(shape), maxRank)
	}
	out, err := im.newTensor(shape, t.isFloat())
	if err != nil {
		return nil, err
	}
	outer := graph.Numel(t.shape[:axis])
	inner := graph.Numel(t.shape[axis+1:])
	pos := 0
	for o := range outer {
		for _, i := range idx.i {
			if i < -int64(dim) || i >= int64(dim) {
				return nil, fmt.Errorf("index %d is out of range for dimension %d", i, dim)
			}
			if i < 0 {
				i += int64(dim)
			}
			src := (o*dim + int(i)) * inner
			if t.isFloat() {
				pos += copy(out.f[pos:], t.f[src:src+inner])
			} else {
				pos += copy(out.i[pos:], t.i[src:src+inner])
			}
		}
	}
	return out, nil
}
