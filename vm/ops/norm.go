package ops

import (
	"fmt"

	"github.com/opml-dev/opml/vm/fixedpoint"
)

// Mirrored function for function by contracts/src/vm/ops/Norm.sol (the
// mirror table is vm/mirror_test.go). The Go-only part is in
// norm_offchain.go.

// Norm's modes (the descriptor's KH).
const (
	NormRMS   = 0 // RMSNorm: y = (x − Z) / sqrt(mean((x − Z)²) + eps)
	NormLayer = 1 // LayerNorm: y = (x − mean) / sqrt(var + eps)
)

// NormEpsShift (f) is the number of fractional bits of Norm's eps, EpsQ =
// round(eps / S_in² · 2^f), and the left shift of D·S2 − S1² under the
// square root; NormValueShift (k) scales the normalized value, so the
// quotient carries k − f/2 = 16 fractional bits (docs/spec.md §6.16).
const (
	NormEpsShift   = 16
	NormValueShift = 24
)

// MaxNormRow bounds a Norm row so that Σ(x − Z)² ≤ 2^15 · 255² < 2^31
// fits an int32 lane.
const MaxNormRow = 1 << 15

// norm: RMSNorm (mode 0) or LayerNorm (mode 1) over each row, without
// gamma and beta (docs/spec.md §6.16). Phase 1, RowLeaves steps: Acc[0] +=
// Σ(x − Z) (mode 1 only) and Acc[1] += Σ(x − Z)² over each leaf's real
// lanes. Phase 2, RowLeaves steps: per leaf, y = Clamp(Requantize(
// Sat32(DivRound((D·(x − Z) − S1)·2^k, R)), MulOut, ShOut) + ZOut, Lo, Hi)
// with R = isqrt(max(D·S2 − S1², 0)·2^f + D²·EpsQ). EpsQ is the
// descriptor's M, the mode its KH.
type norm struct{}

func (norm) canonical(d *Desc) Desc {
	return Desc{Op: d.Op, In: d.In, Out: d.Out, KH: d.KH, M: d.M, ZIn: d.ZIn, ZOut: d.ZOut, Lo: d.Lo, Hi: d.Hi,
		MulOut: d.MulOut, ShOut: d.ShOut}
}

// validateRequant checks an op's one output multiplier and shift.
func validateRequant(m int32, s uint8) error {
	if m < 0 {
		return fmt.Errorf("multiplier %d < 0", m)
	}
	if s > fixedpoint.MaxShift {
		return fmt.Errorf("shift %d > %d", s, fixedpoint.MaxShift)
	}
	return nil
}

func (norm) validate(d *Desc, _ Limits) error {
	if d.In.DType != Int8 {
		return fmt.Errorf("input must be int8")
	}
	if err := validateInPlace(d.In, d.Out); err != nil {
		return err
	}
	if d.In.RowLen() > MaxNormRow {
		return fmt.Errorf("row length %d > %d", d.In.RowLen(), MaxNormRow)
	}
	if d.KH > NormLayer {
		return fmt.Errorf("mode %d, want 0 (RMS) or 1 (layer)", d.KH)
	}
	if d.M == 0 {
		return fmt.Errorf("EpsQ = 0, want >= 1")
	}
	return validateRequant(d.MulOut, d.ShOut)
}

func (norm) schedule(d *Desc) (uint64, uint64) { return d.In.Rows(), 2 * d.In.RowLeaves() }

// normSums adds the real lanes of x to the sums: Acc[0] += Σ(x − Z) in
// mode 1, Acc[1] += Σ(x − Z)², wrapping.
func normSums(d *Desc, acc *Acc, x *[LeafSize]byte, n int) {
	for l := 0; l < n; l++ {
		v := int32(int8(x[l])) - int32(d.ZIn)
		if d.KH == NormLayer {
			acc[0] += v
		}
		acc[1] += v * v
	}
}

// normS1 is S1: Acc[0] in mode 1, 0 in mode 0.
func normS1(d *Desc, acc *Acc) int64 {
	if d.KH == NormLayer {
		return int64(acc[0])
	}
	return 0
}

// normRoot is R = isqrt(max(D·S2 − S1², 0)·2^f + D²·EpsQ) >= 1: exact in
// 64 bits for any accumulator (D·|S2| ≤ 2^46, S1² ≤ 2^62, the sum under
// the root < 2^63).
func normRoot(d *Desc, acc *Acc) uint64 {
	D := int64(d.In.RowLen())
	s1 := normS1(d, acc)
	v := max(D*int64(acc[1])-s1*s1, 0)
	return fixedpoint.Isqrt(uint64(v)<<NormEpsShift + uint64(D*D)*uint64(d.M))
}

// normLanes writes lanes l < n of out: y = Clamp(Requantize(Sat32(DivRound(
// (D·(x − Z) − S1)·2^k, R)), MulOut, ShOut) + ZOut, Lo, Hi).
func normLanes(d *Desc, acc *Acc, x, out *[LeafSize]byte, n int) {
	D, s1 := int64(d.In.RowLen()), normS1(d, acc)
	r := int64(normRoot(d, acc))
	for l := 0; l < n; l++ {
		c := D*(int64(int8(x[l]))-int64(d.ZIn)) - s1
		q := fixedpoint.Sat32(fixedpoint.DivRound(c<<NormValueShift, r))
		out[l] = byte(fixedpoint.Clamp(int64(fixedpoint.Requantize(q, d.MulOut, d.ShOut))+int64(d.ZOut), d.Lo, d.Hi))
	}
}

func (norm) step(d *Desc, row, j uint64, acc *Acc, m Mem) error {
	L := d.In.RowLeaves()
	c := j % L
	x, err := m.RAM(uint64(d.In.Addr) + row*L + c)
	if err != nil {
		return err
	}
	if j < L {
		normSums(d, acc, &x, lanesIn(d.In, c))
		return nil
	}
	return m.UpdateRAM(uint64(d.Out.Addr)+row*L+c, func(out *[LeafSize]byte) { normLanes(d, acc, &x, out, lanesIn(d.In, c)) })
}
