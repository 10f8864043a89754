package ops

import "github.com/opml-dev/opml/vm/fixedpoint"

// Mirrored function for function by contracts/src/vm/ops/Binary.sol (the
// mirror table is vm/mirror_test.go). The Go-only part is in
// binary_offchain.go.

// The binary elementwise ops of format version 2 (docs/spec.md §6.12,
// §6.13): Mul, Max and Min of two int8 tensors of the same shape
// (broadcasting is done before them, by Gather). They have Add's layout,
// rules and schedule (§6.6): one leaf of the output per step, reading the
// leaf of In, then of In2, then updating the output leaf's real lanes; the
// output is In, In2 or disjoint from both; padding lanes are untouched.

// ---- Mul ----

// mul: y = clamp(ZOut + rq((a-ZIn)·(b-ZIn2), MulOut, ShOut), Lo, Hi),
// TFLite's int8 MUL. |(a-ZIn)·(b-ZIn2)| <= 255·255: exact in int32.
type mul struct{}

func (mul) canonical(d *Desc) Desc {
	return Desc{Op: d.Op, In: d.In, In2: d.In2, Out: d.Out, ZIn: d.ZIn, ZIn2: d.ZIn2, ZOut: d.ZOut, Lo: d.Lo, Hi: d.Hi,
		MulOut: d.MulOut, ShOut: d.ShOut}
}

// validate: Add's rules A1-A4 (MulIn, MulIn2, ShIn and ShIn2 are zero by
// the canonical zero rule, so A3 and A4 bound only MulOut and ShOut).
func (mul) validate(d *Desc, lim Limits) error { return add{}.validate(d, lim) }

func (mul) schedule(d *Desc) (uint64, uint64) { return d.In.Leaves(), 1 }

func mulLanes(d *Desc, a, b, out *[LeafSize]byte, n int) {
	for l := 0; l < n; l++ {
		p := (int32(int8(a[l])) - int32(d.ZIn)) * (int32(int8(b[l])) - int32(d.ZIn2))
		out[l] = byte(fixedpoint.Clamp(int64(fixedpoint.Requantize(p, d.MulOut, d.ShOut))+int64(d.ZOut), d.Lo, d.Hi))
	}
}

func (mul) step(d *Desc, i, _ uint64, _ *Acc, m Mem) error {
	a, err := m.RAM(uint64(d.In.Addr) + i)
	if err != nil {
		return err
	}
	b, err := m.RAM(uint64(d.In2.Addr) + i)
	if err != nil {
		return err
	}
	return m.UpdateRAM(uint64(d.Out.Addr)+i, func(out *[LeafSize]byte) { mulLanes(d, &a, &b, out, leafLanes(d.In, i)) })
}

// ---- Max and Min ----

// minmax: Add's arithmetic with max (or min) in place of the saturating
// sum: y = clamp(ZOut + rq(max(ra, rb), MulOut, ShOut), Lo, Hi) with
// ra = rq((a-ZIn)<<20, MulIn, ShIn) and rb = rq((b-ZIn2)<<20, MulIn2,
// ShIn2), both operands rescaled to one common scale before comparing.
type minmax struct{ max bool }

func (minmax) canonical(d *Desc) Desc { return add{}.canonical(d) }

// validate: Add's rules A1-A4.
func (minmax) validate(d *Desc, lim Limits) error { return add{}.validate(d, lim) }

func (minmax) schedule(d *Desc) (uint64, uint64) { return d.In.Leaves(), 1 }

func minMaxLanes(d *Desc, isMax bool, a, b, out *[LeafSize]byte, n int) {
	for l := 0; l < n; l++ {
		ra := fixedpoint.Requantize((int32(int8(a[l]))-int32(d.ZIn))<<AddLeftShift, d.MulIn, d.ShIn)
		rb := fixedpoint.Requantize((int32(int8(b[l]))-int32(d.ZIn2))<<AddLeftShift, d.MulIn2, d.ShIn2)
		v := min(ra, rb)
		if isMax {
			v = max(ra, rb)
		}
		out[l] = byte(fixedpoint.Clamp(int64(fixedpoint.Requantize(v, d.MulOut, d.ShOut))+int64(d.ZOut), d.Lo, d.Hi))
	}
}

func (k minmax) step(d *Desc, i, _ uint64, _ *Acc, m Mem) error {
	a, err := m.RAM(uint64(d.In.Addr) + i)
	if err != nil {
		return err
	}
	b, err := m.RAM(uint64(d.In2.Addr) + i)
	if err != nil {
		return err
	}
	return m.UpdateRAM(uint64(d.Out.Addr)+i, func(out *[LeafSize]byte) { minMaxLanes(d, k.max, &a, &b, out, leafLanes(d.In, i)) })
}
