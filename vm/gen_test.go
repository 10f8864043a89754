package vm

import (
	"math/rand/v2"

	"github.com/opml-dev/opml/vm/model"
)

// Random models for property, fuzz and golden tests. Shapes are small (so a
// model's every step can be proven in a test) and include the edges: one
// element, partial last leaves, exact leaf multiples, zero sizes.

func dim(r *rand.Rand, hi int) uint32 {
	switch r.IntN(8) {
	case 0:
		return 1
	case 1:
		return 32 // exactly one leaf
	case 2:
		return 33 // one element into a second leaf
	}
	return uint32(1 + r.IntN(hi))
}

func i8s(r *rand.Rand, n int) []int8 {
	v := make([]int8, n)
	for k := range v {
		v[k] = int8(r.IntN(256) - 128)
	}
	return v
}

func channels(r *rand.Rand, n, k int) []model.Channel {
	ch := make([]model.Channel, n)
	shift := uint8(31 + bitsFor(k) + 6)
	for c := range ch {
		ch[c] = model.Channel{Bias: int32(r.IntN(4000) - 2000), Mult: int32(1<<30 + r.IntN(1<<30)), Shift: shift}
	}
	return ch
}

func bitsFor(n int) int {
	b := 0
	for 1<<b < n {
		b++
	}
	return b / 2
}

func quant(r *rand.Rand) model.Quant {
	q := model.Quant{ZIn: int8(r.IntN(21) - 10), ZOut: int8(r.IntN(21) - 10), Lo: -128, Hi: 127}
	if r.IntN(2) == 0 {
		q.Lo = q.ZOut // fused ReLU
	}
	return q
}

// expTable is a valid softmax exp table built with integer arithmetic only:
// T[d] = 65536 * (k/(k+1))^d for a random k, in floor arithmetic.
func expTable(r *rand.Rand) [256]int32 {
	var t [256]int32
	num, den := int64(8+r.IntN(56)), int64(0)
	den = num + 1
	v := int64(65536)
	for d := range t {
		t[d] = int32(v)
		v = v * num / den
	}
	return t
}

func window(r *rand.Rand, h, w uint32) model.Window {
	k := uint16(1 + r.IntN(3))
	win := model.Window{KH: k, KW: uint16(1 + r.IntN(3)), SH: uint16(1 + r.IntN(2)), SW: uint16(1 + r.IntN(2))}
	if r.IntN(2) == 0 {
		win.PadT, win.PadB = win.KH/2, win.KH/2
		win.PadL, win.PadR = win.KW/2, win.KW/2
	}
	for uint32(win.KH) > h+uint32(win.PadT+win.PadB) {
		win.KH--
	}
	for uint32(win.KW) > w+uint32(win.PadL+win.PadR) {
		win.KW--
	}
	if win.PadT >= win.KH {
		win.PadT, win.PadB = 0, 0
	}
	if win.PadL >= win.KW {
		win.PadL, win.PadR = 0, 0
	}
	return win
}

// opKinds names the ops randomModel can put last in a model.
var opKinds = []string{"gemm", "conv2d", "relu", "maxpool2d", "avgpool2d", "add", "reshape", "softmax", "argmax"}

// randomModel returns a model whose last op is of the given kind, preceded
// by a random op or none, with a random input.
func randomModel(r *rand.Rand, kind string) (*model.Model, []int8, error) {
	b := model.NewBuilder()
	var x model.T
	var numel int
	spatial := kind == "conv2d" || kind == "maxpool2d" || kind == "avgpool2d"
	if spatial {
		h, w, c := 1+r.IntN(6), 1+r.IntN(6), int(dim(r, 40))
		x, numel = b.Input(uint32(h), uint32(w), uint32(c)), h*w*c
	} else {
		rows, n := 1+r.IntN(3), int(dim(r, 70))
		x, numel = b.Input(uint32(rows), uint32(n)), rows*n
	}
	if r.IntN(3) == 0 {
		x = b.ReLU(x, int8(r.IntN(11)-5))
	}
	shape := b.Shape(x)
	switch kind {
	case "gemm":
		rows := int(shape[0])
		m := []int{1, rows}[r.IntN(2)]
		k := numel / m
		n := int(dim(r, 40))
		x = b.Gemm(x, uint32(m), uint32(n), i8s(r, n*k), channels(r, n, k), quant(r))
	case "conv2d":
		win := window(r, shape[0], shape[1])
		oc := int(dim(r, 20))
		k := int(win.KH) * int(win.KW) * int(shape[2])
		x = b.Conv2D(x, uint32(oc), win, i8s(r, oc*k), channels(r, oc, k), quant(r))
	case "relu":
		x = b.ReLU(x, int8(r.IntN(21)-10))
	case "maxpool2d", "avgpool2d":
		lo, hi := int8(-128), int8(127)
		if r.IntN(2) == 0 {
			lo, hi = int8(r.IntN(40)-60), int8(r.IntN(40)+20)
		}
		x = b.Pool2D(x, kind == "maxpool2d", window(r, shape[0], shape[1]), lo, hi)
	case "add":
		y := b.ReLU(x, int8(r.IntN(11)-5))
		p := model.AddParams{ZA: int8(r.IntN(21) - 10), ZB: int8(r.IntN(21) - 10), ZOut: int8(r.IntN(21) - 10),
			MulA: int32(1<<30 + r.IntN(1<<30)), MulB: int32(1<<30 + r.IntN(1<<30)), MulOut: int32(1<<30 + r.IntN(1<<30)),
			ShA: uint8(31 + r.IntN(2)), ShB: uint8(31 + r.IntN(2)), ShOut: uint8(20 + r.IntN(3)), Lo: -128, Hi: 127}
		x = b.Add(x, y, p)
	case "reshape":
		if numel%2 == 0 && r.IntN(2) == 0 {
			x = b.Reshape(x, 2, uint32(numel/2))
		} else {
			x = b.Reshape(x, uint32(numel))
		}
	case "softmax":
		x = b.Softmax(x, expTable(r))
	case "argmax":
		x = b.Argmax(x)
	}
	m, err := b.Build(x)
	return m, i8s(r, numel), err
}
