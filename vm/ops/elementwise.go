package ops

import (
	"fmt"

	"github.com/opml-dev/opml/vm/fixedpoint"
)

// Mirrored function for function by contracts/src/vm/ops/Elementwise.sol
// (the mirror table is vm/mirror_test.go). The Go-only part is in
// elementwise_offchain.go.

// The elementwise family: ReLU and Add. One step handles one leaf of the
// output (up to 32 elements of one row): it reads the input leaf (leaves),
// then updates the output leaf's real lanes. Output may alias an input
// exactly (in place) or be disjoint from it.

// validateInPlace checks that out is identical to in or disjoint from it.
func validateInPlace(in, out Tensor) error {
	if !in.SameShape(out) {
		return fmt.Errorf("output %v must have the input's type and shape %v", out, in)
	}
	if in.Addr != out.Addr && in.Overlaps(out) {
		return fmt.Errorf("output %v partially overlaps input %v", out, in)
	}
	return nil
}

// leafLanes returns the real lanes of leaf i of t (leaves counted row-major).
func leafLanes(t Tensor, i uint64) int { return lanesIn(t, i%t.RowLeaves()) }

// ---- ReLU ----

// relu: y = max(x, ZIn), keeping the input's quantization.
type relu struct{}

func (relu) canonical(d *Desc) Desc {
	return Desc{Op: d.Op, In: d.In, Out: d.Out, ZIn: d.ZIn}
}

func (relu) validate(d *Desc, _ Limits) error {
	if d.In.DType != Int8 {
		return fmt.Errorf("input must be int8")
	}
	return validateInPlace(d.In, d.Out)
}

func (relu) schedule(d *Desc) (uint64, uint64) { return d.In.Leaves(), 1 }

func reluLanes(d *Desc, x, out *[LeafSize]byte, n int) {
	for l := 0; l < n; l++ {
		out[l] = byte(max(int8(x[l]), d.ZIn))
	}
}

func (relu) step(d *Desc, i, _ uint64, _ *Acc, m Mem) error {
	x, err := m.RAM(uint64(d.In.Addr) + i)
	if err != nil {
		return err
	}
	return m.UpdateRAM(uint64(d.Out.Addr)+i, func(out *[LeafSize]byte) { reluLanes(d, &x, out, leafLanes(d.In, i)) })
}

// ---- Add ----

// AddLeftShift is the fixed left shift applied to both Add inputs before
// rescaling (as in TFLite's int8 ADD), keeping 20 bits of headroom.
const AddLeftShift = 20

// add: y = clamp(ZOut + rq(sat32(rq((a-ZIn)<<20, MulIn, ShIn) +
// rq((b-ZIn2)<<20, MulIn2, ShIn2)), MulOut, ShOut), Lo, Hi).
type add struct{}

func (add) canonical(d *Desc) Desc {
	return Desc{Op: d.Op, In: d.In, In2: d.In2, Out: d.Out, ZIn: d.ZIn, ZIn2: d.ZIn2, ZOut: d.ZOut, Lo: d.Lo, Hi: d.Hi,
		MulIn: d.MulIn, MulIn2: d.MulIn2, MulOut: d.MulOut, ShIn: d.ShIn, ShIn2: d.ShIn2, ShOut: d.ShOut}
}

func (add) validate(d *Desc, _ Limits) error {
	if d.In.DType != Int8 || !d.In.SameShape(d.In2) {
		return fmt.Errorf("inputs %v and %v must be int8 of the same shape", d.In, d.In2)
	}
	if err := validateInPlace(d.In, d.Out); err != nil {
		return err
	}
	if err := validateInPlace(d.In2, d.Out); err != nil {
		return err
	}
	for _, m := range []int32{d.MulIn, d.MulIn2, d.MulOut} {
		if m < 0 {
			return fmt.Errorf("multiplier %d < 0", m)
		}
	}
	for _, s := range []uint8{d.ShIn, d.ShIn2, d.ShOut} {
		if s > fixedpoint.MaxShift {
			return fmt.Errorf("shift %d > %d", s, fixedpoint.MaxShift)
		}
	}
	return nil
}

func (add) schedule(d *Desc) (uint64, uint64) { return d.In.Leaves(), 1 }

func addLanes(d *Desc, a, b, out *[LeafSize]byte, n int) {
	for l := 0; l < n; l++ {
		ra := fixedpoint.Requantize((int32(int8(a[l]))-int32(d.ZIn))<<AddLeftShift, d.MulIn, d.ShIn)
		rb := fixedpoint.Requantize((int32(int8(b[l]))-int32(d.ZIn2))<<AddLeftShift, d.MulIn2, d.ShIn2)
		s := fixedpoint.Sat32(int64(ra) + int64(rb))
		out[l] = byte(fixedpoint.Clamp(int64(fixedpoint.Requantize(s, d.MulOut, d.ShOut))+int64(d.ZOut), d.Lo, d.Hi))
	}
}

func (add) step(d *Desc, i, _ uint64, _ *Acc, m Mem) error {
	a, err := m.RAM(uint64(d.In.Addr) + i)
	if err != nil {
		return err
	}
	b, err := m.RAM(uint64(d.In2.Addr) + i)
	if err != nil {
		return err
	}
	return m.UpdateRAM(uint64(d.Out.Addr)+i, func(out *[LeafSize]byte) { addLanes(d, &a, &b, out, leafLanes(d.In, i)) })
}
