package onnx

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"

	"github.com/opml-dev/opml/pipeline/onnx/internal/onnxpb"
)

// An independent float64 evaluation of ONNX models, written from the ONNX
// operator definitions for the ops the language-model tests build (no
// code shared with the importer), so that an imported graph's float
// reference can be compared with what the ONNX model means.

type et struct {
	shape []int
	v     []float64
}

func etNumel(s []int) int {
	n := 1
	for _, d := range s {
		n *= d
	}
	return n
}

func etStrides(s []int) []int {
	st := make([]int, len(s))
	acc := 1
	for k := len(s) - 1; k >= 0; k-- {
		st[k] = acc
		acc *= s[k]
	}
	return st
}

// coords calls f with the coordinates of every element of shape, in order.
func coords(shape []int, f func(e int, c []int)) {
	n := etNumel(shape)
	c := make([]int, len(shape))
	for e := range n {
		f(e, c)
		for k := len(shape) - 1; k >= 0; k-- {
			c[k]++
			if c[k] < shape[k] {
				break
			}
			c[k] = 0
		}
	}
}

func etBroadcast(a, b []int) []int {
	r := max(len(a), len(b))
	out := make([]int, r)
	for k := range r {
		da, db := 1, 1
		if j := k - r + len(a); j >= 0 {
			da = a[j]
		}
		if j := k - r + len(b); j >= 0 {
			db = b[j]
		}
		if da != 1 && db != 1 && da != db {
			panic(fmt.Sprintf("shapes %v and %v do not broadcast", a, b))
		}
		out[k] = max(da, db)
	}
	return out
}

// at reads t at output coordinates c of a broadcast result.
func (t *et) at(c []int) float64 {
	off := len(c) - len(t.shape)
	st := etStrides(t.shape)
	i := 0
	for k, d := range t.shape {
		if d != 1 {
			i += c[off+k] * st[k]
		}
	}
	return t.v[i]
}

func etMap(ins []*et, f func(x []float64) float64) *et {
	shape := []int{}
	for _, t := range ins {
		shape = etBroadcast(shape, t.shape)
	}
	out := &et{shape: shape, v: make([]float64, etNumel(shape))}
	x := make([]float64, len(ins))
	coords(shape, func(e int, c []int) {
		for k, t := range ins {
			x[k] = t.at(c)
		}
		out.v[e] = f(x)
	})
	return out
}

func etTensor(p *onnxpb.TensorProto) *et {
	shape := make([]int, len(p.Dims))
	for k, d := range p.Dims {
		shape[k] = int(d)
	}
	n := etNumel(shape)
	t := &et{shape: shape, v: make([]float64, n)}
	raw := p.RawData
	switch onnxpb.TensorProto_DataType(p.GetDataType()) {
	case onnxpb.TensorProto_FLOAT:
		for k := range n {
			if raw != nil {
				t.v[k] = float64(math.Float32frombits(binary.LittleEndian.Uint32(raw[4*k:])))
			} else {
				t.v[k] = float64(p.FloatData[k])
			}
		}
	case onnxpb.TensorProto_INT64:
		for k := range n {
			i := int64(binary.LittleEndian.Uint64(raw[8*k:]))
			t.v[k] = float64(min(max(i, -1<<53), 1<<53)) // INT64_MAX as a Slice end stays past the end
		}
	case onnxpb.TensorProto_BOOL:
		for k := range n {
			t.v[k] = float64(raw[k])
		}
	default:
		panic(fmt.Sprintf("data type %d", p.GetDataType()))
	}
	return t
}

func etAttr(n *onnxpb.NodeProto, name string) *onnxpb.AttributeProto {
	for _, a := range n.Attribute {
		if a.GetName() == name {
			return a
		}
	}
	return nil
}

func etInt(n *onnxpb.NodeProto, name string, def int64) int64 {
	if a := etAttr(n, name); a != nil {
		return a.GetI()
	}
	return def
}

func etAxis(a int64, r int) int {
	if a < 0 {
		a += int64(r)
	}
	return int(a)
}

func etInts(t *et) []int {
	out := make([]int, len(t.v))
	for k, v := range t.v {
		out[k] = int(v)
	}
	return out
}

// evalONNX runs the model's graph in float64 on the input values.
func evalONNX(m *onnxpb.ModelProto, input []float64) *et {
	g := m.Graph
	vals := map[string]*et{}
	for _, t := range g.Initializer {
		vals[t.GetName()] = etTensor(t)
	}
	in := g.Input[0]
	var shape []int
	for _, d := range in.Type.GetTensorType().Shape.Dim {
		shape = append(shape, int(d.GetDimValue()))
	}
	vals[in.GetName()] = &et{shape: shape, v: input}
	for _, n := range g.Node {
		x := make([]*et, len(n.Input))
		for k, name := range n.Input {
			if name != "" {
				x[k] = vals[name]
			}
		}
		outs := etNode(n, x)
		for k, o := range outs {
			vals[n.Output[k]] = o
		}
	}
	return vals[g.Output[0].GetName()]
}

func etNode(n *onnxpb.NodeProto, x []*et) []*et {
	one := func(t *et) []*et { return []*et{t} }
	switch n.GetOpType() {
	case "Constant":
		return one(etTensor(etAttr(n, "value").GetT()))
	case "Identity", "Cast":
		return one(x[0])
	case "Shape":
		t := &et{shape: []int{len(x[0].shape)}}
		for _, d := range x[0].shape {
			t.v = append(t.v, float64(d))
		}
		return one(t)
	case "Add":
		return one(etMap(x, func(v []float64) float64 { return v[0] + v[1] }))
	case "Sub":
		return one(etMap(x, func(v []float64) float64 { return v[0] - v[1] }))
	case "Mul":
		return one(etMap(x, func(v []float64) float64 { return v[0] * v[1] }))
	case "Div":
		return one(etMap(x, func(v []float64) float64 { return v[0] / v[1] }))
	case "Pow":
		return one(etMap(x, func(v []float64) float64 { return math.Pow(v[0], v[1]) }))
	case "Equal":
		return one(etMap(x, func(v []float64) float64 {
			if v[0] == v[1] {
				return 1
			}
			return 0
		}))
	case "Where":
		return one(etMap(x, func(v []float64) float64 {
			if v[0] != 0 {
				return v[1]
			}
			return v[2]
		}))
	case "Sqrt":
		return one(etMap(x[:1], func(v []float64) float64 { return math.Sqrt(v[0]) }))
	case "Reciprocal":
		return one(etMap(x[:1], func(v []float64) float64 { return 1 / v[0] }))
	case "Neg":
		return one(etMap(x[:1], func(v []float64) float64 { return -v[0] }))
	case "Sigmoid":
		return one(etMap(x[:1], func(v []float64) float64 { return 1 / (1 + math.Exp(-v[0])) }))
	case "ReduceMean":
		return one(etMeanLast(x[0], n))
	case "Softmax":
		return one(etSoftmax(x[0], etAxis(etInt(n, "axis", -1), len(x[0].shape))))
	case "MatMul":
		return one(etMatMul(x[0], x[1]))
	case "Reshape":
		s := etInts(x[1])
		for k, d := range s {
			if d == 0 {
				s[k] = x[0].shape[k]
			}
		}
		if i := slices.Index(s, -1); i >= 0 {
			s[i] = 1
			s[i] = etNumel(x[0].shape) / etNumel(s)
		}
		return one(&et{shape: s, v: x[0].v})
	case "Unsqueeze":
		s := slices.Clone(x[0].shape)
		r := len(s) + len(x[1].v)
		axes := etInts(x[1])
		for k := range axes {
			axes[k] = etAxis(int64(axes[k]), r)
		}
		slices.Sort(axes)
		for _, a := range axes {
			s = slices.Insert(s, a, 1)
		}
		return one(&et{shape: s, v: x[0].v})
	case "Transpose":
		return one(etTranspose(x[0], etAttr(n, "perm").Ints))
	case "Expand":
		to := etBroadcast(x[0].shape, etInts(x[1]))
		return one(etMap([]*et{x[0], {shape: to, v: make([]float64, etNumel(to))}}, func(v []float64) float64 { return v[0] }))
	case "Slice":
		return one(etSlice(x))
	case "Concat":
		return one(etConcat(x, etAxis(etInt(n, "axis", 0), len(x[0].shape))))
	case "Split":
		axis := etAxis(etInt(n, "axis", 0), len(x[0].shape))
		var outs []*et
		start := 0
		for _, size := range etInts(x[1]) {
			st := &et{shape: []int{1}, v: []float64{float64(start)}}
			en := &et{shape: []int{1}, v: []float64{float64(start + size)}}
			ax := &et{shape: []int{1}, v: []float64{float64(axis)}}
			outs = append(outs, etSlice([]*et{x[0], st, en, ax}))
			start += size
		}
		return outs
	case "Gather":
		return one(etGather(x[0], x[1], etAxis(etInt(n, "axis", 0), len(x[0].shape))))
	case "Trilu":
		k := 0
		if len(x) > 1 && x[1] != nil {
			k = int(x[1].v[0])
		}
		upper := etInt(n, "upper", 1) == 1
		t := &et{shape: x[0].shape, v: make([]float64, len(x[0].v))}
		r := len(t.shape)
		coords(t.shape, func(e int, c []int) {
			d := c[r-1] - c[r-2]
			if (upper && d >= k) || (!upper && d <= k) {
				t.v[e] = x[0].v[e]
			}
		})
		return one(t)
	case "ConstantOfShape":
		s := etInts(x[0])
		v := etTensor(etAttr(n, "value").GetT()).v[0]
		t := &et{shape: s, v: make([]float64, etNumel(s))}
		for k := range t.v {
			t.v[k] = v
		}
		return one(t)
	case "SimplifiedLayerNormalization", "LayerNormalization":
		eps := 1e-5
		if a := etAttr(n, "epsilon"); a != nil {
			eps = float64(a.GetF())
		}
		return one(etNorm(x, eps, n.GetOpType() == "SimplifiedLayerNormalization"))
	}
	panic("op " + n.GetOpType())
}

func etMeanLast(x *et, n *onnxpb.NodeProto) *et {
	axes := etAttr(n, "axes").Ints
	if len(axes) != 1 || etAxis(axes[0], len(x.shape)) != len(x.shape)-1 {
		panic("ReduceMean over another axis")
	}
	L := x.shape[len(x.shape)-1]
	s := slices.Clone(x.shape)
	s[len(s)-1] = 1
	out := &et{shape: s, v: make([]float64, len(x.v)/L)}
	for r := range out.v {
		for _, v := range x.v[r*L : (r+1)*L] {
			out.v[r] += v
		}
		out.v[r] /= float64(L)
	}
	return out
}

func etNorm(x []*et, eps float64, rms bool) *et {
	L := x[0].shape[len(x[0].shape)-1]
	out := &et{shape: x[0].shape, v: make([]float64, len(x[0].v))}
	for r := 0; r*L < len(out.v); r++ {
		row := x[0].v[r*L : (r+1)*L]
		mu := 0.0
		if !rms {
			for _, v := range row {
				mu += v / float64(L)
			}
		}
		ss := 0.0
		for _, v := range row {
			ss += (v - mu) * (v - mu) / float64(L)
		}
		for k, v := range row {
			y := (v - mu) / math.Sqrt(ss+eps) * x[1].v[k]
			if len(x) > 2 && x[2] != nil {
				y += x[2].v[k]
			}
			out.v[r*L+k] = y
		}
	}
	return out
}

func etSoftmax(x *et, axis int) *et {
	if axis != len(x.shape)-1 {
		panic("softmax over an inner axis")
	}
	L := x.shape[axis]
	out := &et{shape: x.shape, v: make([]float64, len(x.v))}
	for r := 0; r*L < len(x.v); r++ {
		row := x.v[r*L : (r+1)*L]
		hi := math.Inf(-1)
		for _, v := range row {
			hi = max(hi, v)
		}
		s := 0.0
		for _, v := range row {
			s += math.Exp(v - hi)
		}
		for k, v := range row {
			out.v[r*L+k] = math.Exp(v-hi) / s
		}
	}
	return out
}

// etMatMul is numpy's matmul for operands of rank ≥ 2 (the leading axes
// broadcast).
func etMatMul(a, b *et) *et {
	ra, rb := len(a.shape), len(b.shape)
	M, K, N := a.shape[ra-2], a.shape[ra-1], b.shape[rb-1]
	if b.shape[rb-2] != K {
		panic("matmul shapes")
	}
	lead := etBroadcast(a.shape[:ra-2], b.shape[:rb-2])
	shape := append(slices.Clone(lead), M, N)
	out := &et{shape: shape, v: make([]float64, etNumel(shape))}
	la := &et{shape: a.shape[:ra-2], v: make([]float64, etNumel(a.shape[:ra-2]))}
	lb := &et{shape: b.shape[:rb-2], v: make([]float64, etNumel(b.shape[:rb-2]))}
	for k := range la.v {
		la.v[k] = float64(k)
	}
	for k := range lb.v {
		lb.v[k] = float64(k)
	}
	coords(lead, func(e int, c []int) {
		pa, pb := int(la.at(c)), int(lb.at(c))
		for m := range M {
			for n := range N {
				s := 0.0
				for k := range K {
					s += a.v[(pa*M+m)*K+k] * b.v[(pb*K+k)*N+n]
				}
				out.v[(e*M+m)*N+n] = s
			}
		}
	})
	return out
}

func etTranspose(x *et, perm []int64) *et {
	s := make([]int, len(perm))
	for k, p := range perm {
		s[k] = x.shape[p]
	}
	st := etStrides(x.shape)
	out := &et{shape: s, v: make([]float64, len(x.v))}
	coords(s, func(e int, c []int) {
		i := 0
		for k, p := range perm {
			i += c[k] * st[p]
		}
		out.v[e] = x.v[i]
	})
	return out
}

func etSlice(x []*et) *et {
	in := x[0]
	r := len(in.shape)
	starts, ends := etInts(x[1]), etInts(x[2])
	axes := make([]int, len(starts))
	steps := make([]int, len(starts))
	for k := range axes {
		axes[k], steps[k] = k, 1
	}
	if len(x) > 3 && x[3] != nil {
		axes = etInts(x[3])
	}
	if len(x) > 4 && x[4] != nil {
		steps = etInts(x[4])
	}
	lo, step := make([]int, r), make([]int, r)
	shape := slices.Clone(in.shape)
	for k := range r {
		step[k] = 1
	}
	for j, a := range axes {
		a = etAxis(int64(a), r)
		d := in.shape[a]
		s, e := starts[j], ends[j]
		if s < 0 {
			s += d
		}
		if e < 0 {
			e += d
		}
		s, e = min(max(s, 0), d), min(max(e, 0), d)
		lo[a], step[a] = s, steps[j]
		shape[a] = max(0, (e-s+steps[j]-1)/steps[j])
	}
	st := etStrides(in.shape)
	out := &et{shape: shape, v: make([]float64, etNumel(shape))}
	coords(shape, func(e int, c []int) {
		i := 0
		for k := range r {
			i += (lo[k] + c[k]*step[k]) * st[k]
		}
		out.v[e] = in.v[i]
	})
	return out
}

func etConcat(x []*et, axis int) *et {
	shape := slices.Clone(x[0].shape)
	shape[axis] = 0
	for _, t := range x {
		shape[axis] += t.shape[axis]
	}
	out := &et{shape: shape, v: make([]float64, etNumel(shape))}
	coords(shape, func(e int, c []int) {
		p := c[axis]
		for _, t := range x {
			if p < t.shape[axis] {
				cc := slices.Clone(c)
				cc[axis] = p
				i := 0
				st := etStrides(t.shape)
				for k := range cc {
					i += cc[k] * st[k]
				}
				out.v[e] = t.v[i]
				return
			}
			p -= t.shape[axis]
		}
	})
	return out
}

func etGather(data, idx *et, axis int) *et {
	shape := append(append(slices.Clone(data.shape[:axis]), idx.shape...), data.shape[axis+1:]...)
	st := etStrides(data.shape)
	out := &et{shape: shape, v: make([]float64, etNumel(shape))}
	ri := len(idx.shape)
	ist := etStrides(idx.shape)
	coords(shape, func(e int, c []int) {
		j := 0
		for k := range ri {
			j += c[axis+k] * ist[k]
		}
		g := int(idx.v[j])
		if g < 0 {
			g += data.shape[axis]
		}
		i := g * st[axis]
		for k := range axis {
			i += c[k] * st[k]
		}
		for k := axis + 1; k < len(data.shape); k++ {
			i += c[k-1+ri] * st[k]
		}
		out.v[e] = data.v[i]
	})
	return out
}
