package ops

import (
	"fmt"

	"github.com/opml-dev/opml/vm/fixedpoint"
)

// Mirrored function for function by contracts/src/vm/ops/Gemm.sol (the
// mirror table is vm/mirror_test.go). The Go-only part is in
// gemm_offchain.go.

// The dot-product family: Gemm and Conv2D. Both accumulate one output
// element in acc[0] one 32-lane chunk per step, then requantize it with the
// output channel's record in a final step.

// gemmOut is the final step's arithmetic: bias, requantization, zero point
// and clamp (docs/spec.md §6.1).
func gemmOut(acc int32, cp chanParams, d *Desc) int8 {
	v := acc + cp.Bias // wraps
	return fixedpoint.Clamp(int64(fixedpoint.Requantize(v, cp.Mult, cp.Shift))+int64(d.ZOut), d.Lo, d.Hi)
}

func dotCanonical(d *Desc) Desc {
	return Desc{Op: d.Op, In: d.In, Out: d.Out, W: d.W, CP: d.CP, ZIn: d.ZIn, ZOut: d.ZOut, Lo: d.Lo, Hi: d.Hi}
}

// dotStep is a chunk step of the family: acc[0] += the masked dot product of
// RAM leaf xLeaf (minus the zero point) and ROM leaf wLeaf over n lanes.
func dotStep(d *Desc, xLeaf, wLeaf uint64, n int, acc *Acc, m Mem) error {
	x, err := m.RAM(xLeaf)
	if err != nil {
		return err
	}
	w, err := m.ROM(wLeaf)
	if err != nil {
		return err
	}
	acc[0] += dot32(&x, &w, n, d.ZIn)
	return nil
}

// outStep is the final step of the family: requantize acc[0] with the
// record of output channel ch and write element (row, ch) of Out.
func outStep(d *Desc, row, ch uint64, acc *Acc, m Mem) error {
	cpl, err := m.ROM(uint64(d.CP) + ch/2)
	if err != nil {
		return err
	}
	y := gemmOut(acc[0], getChanParams(&cpl, ch), d)
	leaf, off := d.Out.ElemLeaf(row, ch)
	return m.UpdateRAM(leaf, writeLane(off, y))
}

// writeLane sets byte lane of a leaf to v.
func writeLane(lane int, v int8) func(*[LeafSize]byte) {
	return func(l *[LeafSize]byte) { l[lane] = byte(v) }
}

// ---- Gemm ----

// gemm: Out[m][n] = act(requant(bias[n] + sum_k (X[m][k] - ZIn) * W[n][k])).
// X's rows are grouped: output row m reduces input rows [m*G, (m+1)*G),
// G = In.Rows()/M, so a Gemm flattens its input for free.
type gemm struct{}

func (gemm) canonical(d *Desc) Desc {
	c := dotCanonical(d)
	c.M = d.M
	return c
}

// gemmDims returns G (input rows per output row), chunks per output element
// and N (output channels).
func gemmDims(d *Desc) (G, chunks, N uint64) {
	if d.M == 0 {
		return 0, 0, d.Out.RowLen()
	}
	G = d.In.Rows() / uint64(d.M)
	return G, G * d.In.RowLeaves(), d.Out.RowLen()
}

func (gemm) validate(d *Desc, lim Limits) error {
	if d.In.DType != Int8 || d.Out.DType != Int8 {
		return fmt.Errorf("input and output must be int8")
	}
	if d.M == 0 || d.In.Rows()%uint64(d.M) != 0 {
		return fmt.Errorf("row groups M = %d must be >= 1 and divide the %d input rows", d.M, d.In.Rows())
	}
	switch {
	case d.Out.Rank == 2 && uint64(d.Out.Dims[0]) == uint64(d.M):
	case d.Out.Rank == 1 && d.M == 1:
	default:
		return fmt.Errorf("output shape %v must be [M, N] (or [N] when M = 1) with M = %d", d.Out.Shape(), d.M)
	}
	if d.In.Overlaps(d.Out) {
		return fmt.Errorf("output %v overlaps input %v", d.Out, d.In)
	}
	_, chunks, N := gemmDims(d)
	if chunks > MaxCount {
		return fmt.Errorf("%d chunks per output exceed 2^32-1", chunks)
	}
	if err := romFits(lim, d.W, N*chunks); err != nil {
		return fmt.Errorf("weights: %v", err)
	}
	if err := romFits(lim, d.CP, ChanParamsLeaves(N)); err != nil {
		return fmt.Errorf("channel parameters: %v", err)
	}
	return nil
}

func (gemm) schedule(d *Desc) (uint64, uint64) {
	_, chunks, N := gemmDims(d)
	return uint64(d.M) * N, chunks + 1
}

func (gemm) step(d *Desc, i, j uint64, acc *Acc, m Mem) error {
	G, chunks, N := gemmDims(d)
	row, n := i/N, i%N
	if j < chunks {
		cpr := d.In.RowLeaves()
		g, c := j/cpr, j%cpr
		return dotStep(d, uint64(d.In.Addr)+(row*G+g)*cpr+c, uint64(d.W)+n*chunks+j, lanesIn(d.In, c), acc, m)
	}
	return outStep(d, row, n, acc, m)
}

// ---- Conv2D ----

// conv2d: NHWC convolution, batch 1. In [H, W, C], Out [OH, OW, OC], weights
// [OC][KH][KW][C padded to leaves]. Taps outside the input are padding and
// contribute nothing (their step reads no memory).
type conv2d struct{}

func (conv2d) canonical(d *Desc) Desc {
	c := dotCanonical(d)
	c.KH, c.KW, c.SH, c.SW, c.PadT, c.PadL = d.KH, d.KW, d.SH, d.SW, d.PadT, d.PadL
	return c
}

// validateWindow checks the kernel and stride shared by Conv2D and pools.
func validateWindow(d *Desc) error {
	if d.KH == 0 || d.KW == 0 || d.SH == 0 || d.SW == 0 {
		return fmt.Errorf("kernel %dx%d and stride %dx%d must be >= 1", d.KH, d.KW, d.SH, d.SW)
	}
	if uint64(d.KH)*uint64(d.KW) > 1<<16 {
		return fmt.Errorf("kernel %dx%d has more than 65536 taps", d.KH, d.KW)
	}
	if d.In.DType != Int8 || d.Out.DType != Int8 || d.In.Rank != 3 || d.Out.Rank != 3 {
		return fmt.Errorf("input and output must be int8 [H, W, C]")
	}
	if d.In.Overlaps(d.Out) {
		return fmt.Errorf("output %v overlaps input %v", d.Out, d.In)
	}
	return nil
}

func convChunks(d *Desc) uint64 {
	return uint64(d.KH) * uint64(d.KW) * d.In.RowLeaves()
}

func (conv2d) validate(d *Desc, lim Limits) error {
	if err := validateWindow(d); err != nil {
		return err
	}
	OC := uint64(d.Out.Dims[2])
	if err := romFits(lim, d.W, OC*convChunks(d)); err != nil {
		return fmt.Errorf("weights: %v", err)
	}
	if err := romFits(lim, d.CP, ChanParamsLeaves(OC)); err != nil {
		return fmt.Errorf("channel parameters: %v", err)
	}
	return nil
}

func (conv2d) schedule(d *Desc) (uint64, uint64) {
	return d.Out.Numel(), convChunks(d) + 1
}

// inputPixel maps output pixel (oy, ox) and tap (ky, kx) to an input pixel;
// ok is false when the tap falls in the padding.
func inputPixel(d *Desc, oy, ox, ky, kx uint64) (iy, ix uint64, ok bool) {
	y := int64(oy*uint64(d.SH)+ky) - int64(d.PadT)
	x := int64(ox*uint64(d.SW)+kx) - int64(d.PadL)
	if y < 0 || x < 0 || y >= int64(d.In.Dims[0]) || x >= int64(d.In.Dims[1]) {
		return 0, 0, false
	}
	return uint64(y), uint64(x), true
}

func (conv2d) step(d *Desc, i, j uint64, acc *Acc, m Mem) error {
	OW, OC := uint64(d.Out.Dims[1]), uint64(d.Out.Dims[2])
	oc, pix := i%OC, i/OC
	chunks := convChunks(d)
	if j < chunks {
		cpc := d.In.RowLeaves()
		t, c := j/cpc, j%cpc
		iy, ix, ok := inputPixel(d, pix/OW, pix%OW, t/uint64(d.KW), t%uint64(d.KW))
		if !ok {
			return nil
		}
		return dotStep(d, uint64(d.In.Addr)+(iy*uint64(d.In.Dims[1])+ix)*cpc+c, uint64(d.W)+oc*chunks+j, lanesIn(d.In, c), acc, m)
	}
	return outStep(d, pix, oc, acc, m)
}
