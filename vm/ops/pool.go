package ops

import (
	"fmt"

	"github.com/opml-dev/opml/vm/fixedpoint"
)

// Mirrored function for function by contracts/src/vm/ops/Pool.sol (the
// mirror table is vm/mirror_test.go). The Go-only part is in
// pool_offchain.go.

// The pooling family: MaxPool2D and AvgPool2D over [H, W, C] int8 tensors.
// One outer iteration computes one output leaf (up to 32 channels of one
// output pixel) in the 32 accumulator lanes, one window tap per step, then
// writes it in a final step. Taps in the padding read nothing; every window
// has at least one tap inside the input (a static rule).
//
// MaxPool keeps max(x) + 128 in each lane, so the zero accumulator is the
// identity "-128". AvgPool keeps the lane sums and divides by the number of
// in-input taps, rounding half away from zero. Both clamp to [Lo, Hi].
type pool struct{ max bool }

func (pool) canonical(d *Desc) Desc {
	return Desc{Op: d.Op, In: d.In, Out: d.Out, KH: d.KH, KW: d.KW, SH: d.SH, SW: d.SW, PadT: d.PadT, PadL: d.PadL, Lo: d.Lo, Hi: d.Hi}
}

func (pool) validate(d *Desc, _ Limits) error {
	if err := validateWindow(d); err != nil {
		return err
	}
	H, W, C := uint64(d.In.Dims[0]), uint64(d.In.Dims[1]), uint64(d.In.Dims[2])
	OH, OW := uint64(d.Out.Dims[0]), uint64(d.Out.Dims[1])
	if uint64(d.Out.Dims[2]) != C {
		return fmt.Errorf("output channels %d != input channels %d", d.Out.Dims[2], C)
	}
	if OH*OW*C == 0 {
		return nil
	}
	// Windows are monotone in the output position: checking the first and
	// the last output row and column covers all of them.
	if H == 0 || W == 0 || d.PadT >= d.KH || d.PadL >= d.KW ||
		(OH-1)*uint64(d.SH) >= H+uint64(d.PadT) || (OW-1)*uint64(d.SW) >= W+uint64(d.PadL) {
		return fmt.Errorf("some %dx%d window (stride %dx%d, padding %d,%d) of output %v lies entirely in the padding of input %v",
			d.KH, d.KW, d.SH, d.SW, d.PadT, d.PadL, d.Out.Shape(), d.In.Shape())
	}
	return nil
}

func (pool) schedule(d *Desc) (uint64, uint64) {
	return d.Out.Rows() * d.Out.RowLeaves(), uint64(d.KH)*uint64(d.KW) + 1
}

// tapLanes folds one input leaf into the lanes.
func (p pool) tapLanes(acc *Acc, x *[LeafSize]byte, n int) {
	for l := 0; l < n; l++ {
		v := int32(int8(x[l]))
		if p.max {
			acc[l] = max(acc[l], v+128)
		} else {
			acc[l] += v
		}
	}
}

// windowCount is the number of taps of output pixel (oy, ox) inside the input.
func windowCount(d *Desc, oy, ox uint64) int64 {
	count := func(o, s, pad, k, size uint64) int64 {
		lo := int64(o*s) - int64(pad)
		hi := lo + int64(k)
		lo, hi = max(lo, 0), min(hi, int64(size))
		return max(hi-lo, 0)
	}
	return count(oy, uint64(d.SH), uint64(d.PadT), uint64(d.KH), uint64(d.In.Dims[0])) *
		count(ox, uint64(d.SW), uint64(d.PadL), uint64(d.KW), uint64(d.In.Dims[1]))
}

// outLanes writes the finished lanes into an output leaf.
func (p pool) outLanes(d *Desc, acc *Acc, oy, ox uint64, n int, out *[LeafSize]byte) {
	cnt := windowCount(d, oy, ox)
	for l := 0; l < n; l++ {
		var v int64
		if p.max {
			v = int64(acc[l]) - 128
		} else {
			v = fixedpoint.DivRound(int64(acc[l]), cnt)
		}
		out[l] = byte(fixedpoint.Clamp(v, d.Lo, d.Hi))
	}
}

func (p pool) step(d *Desc, i, j uint64, acc *Acc, m Mem) error {
	cpc, OW := d.In.RowLeaves(), uint64(d.Out.Dims[1])
	pix, c := i/cpc, i%cpc
	oy, ox := pix/OW, pix%OW
	n := lanesIn(d.In, c)
	taps := uint64(d.KH) * uint64(d.KW)
	if j < taps {
		iy, ix, ok := inputPixel(d, oy, ox, j/uint64(d.KW), j%uint64(d.KW))
		if !ok {
			return nil
		}
		x, err := m.RAM(uint64(d.In.Addr) + (iy*uint64(d.In.Dims[1])+ix)*cpc + c)
		if err != nil {
			return err
		}
		p.tapLanes(acc, &x, n)
		return nil
	}
	return m.UpdateRAM(uint64(d.Out.Addr)+pix*cpc+c, func(out *[LeafSize]byte) {
		p.outLanes(d, acc, oy, ox, n, out)
	})
}
