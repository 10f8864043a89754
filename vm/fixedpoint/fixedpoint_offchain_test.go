package fixedpoint

import (
	"math/rand/v2"
	"testing"
)

// requantEdges are the multipliers, shifts and values where rounding,
// the sign and saturation change behaviour.
var (
	edgeX = []int32{0, 1, -1, 2, -2, 3, -3, 127, -128, 1 << 15, -(1 << 15), 1<<31 - 1, -(1 << 31), -(1 << 31) + 1}
	edgeM = []int32{0, 1, -1, 1 << 30, 1<<31 - 1, -(1 << 31), 3, 1 << 16, 12345}
)

// checkRequantizer fails unless the Requantizer and Output of (m, s) agree
// with RoundShift, Requantize and Clamp on x.
func checkRequantizer(t *testing.T, x, m int32, s uint8, z, lo, hi int8) {
	t.Helper()
	q := NewRequantizer(m, s)
	if got, want := q.round(x), RoundShift(int64(x)*int64(m), s); got != want {
		t.Fatalf("Requantizer(%d, %d).round(%d) = %d, RoundShift %d", m, s, x, got, want)
	}
	if got, want := q.Apply(x), Requantize(x, m, s); got != want {
		t.Fatalf("Requantizer(%d, %d).Apply(%d) = %d, Requantize %d", m, s, x, got, want)
	}
	o := NewOutput(m, s, z, lo, hi)
	if got, want := o.Apply(x), Clamp(int64(Requantize(x, m, s))+int64(z), lo, hi); got != want {
		t.Fatalf("Output(%d, %d, %d, [%d, %d]).Apply(%d) = %d, want %d", m, s, z, lo, hi, x, got, want)
	}
}

func TestRequantizerEdges(t *testing.T) {
	for _, x := range edgeX {
		for _, m := range edgeM {
			for s := 0; s <= 70; s++ { // past MaxShift: clamped like RoundShift
				checkRequantizer(t, x, m, uint8(s), -128, -128, 127)
				checkRequantizer(t, x, m, uint8(s), 127, 0, 127)
				checkRequantizer(t, x, m, uint8(s), 5, 10, 3) // lo > hi
			}
		}
	}
	// Ties round away from zero on both signs.
	for _, x := range []int32{1, 3, 5, -1, -3, -5} {
		checkRequantizer(t, x, 1, 1, 0, -128, 127)
	}
}

func TestRequantizerRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 300000; n++ {
		x, m := int32(r.Uint32()), int32(r.Uint32())
		if n%2 == 0 {
			x >>= r.IntN(31) // small magnitudes: the shifts that do not saturate
		}
		s := uint8(r.IntN(MaxShift + 3))
		checkRequantizer(t, x, m, s, int8(r.Uint32()), int8(r.Uint32()), int8(r.Uint32()))
	}
}

func FuzzRequantizer(f *testing.F) {
	f.Add(int32(-3), int32(1), uint8(1), int8(0), int8(-128), int8(127))
	f.Fuzz(func(t *testing.T, x, m int32, s uint8, z, lo, hi int8) {
		checkRequantizer(t, x, m, s, z, lo, hi)
	})
}

func checkDivRounder(t *testing.T, a, b int64) {
	t.Helper()
	if got, want := NewDivRounder(b).Apply(a), DivRound(a, b); got != want {
		t.Fatalf("DivRounder(%d).Apply(%d) = %d, DivRound %d", b, a, got, want)
	}
}

func TestDivRounderEdges(t *testing.T) {
	const lim = 1<<61 - 1
	as := []int64{0, 1, -1, 2, -2, 3, -3, 5, -5, 7, -7, 1 << 40, -(1 << 40), lim, -lim, lim - 1, -lim + 1}
	bs := []int64{-5, -1, 0, 1, 2, 3, 4, 5, 7, 1 << 20, 1<<20 + 1, 1<<32 - 1, 1 << 32, 1<<32 + 1, 1 << 60, lim - 1, lim}
	for _, a := range as {
		for _, b := range bs {
			checkDivRounder(t, a, b)
			// Ties and the values around them: a = k·b ± b/2.
			for _, d := range []int64{-1, 0, 1} {
				for _, k := range []int64{0, 1, 3, -1, -3} {
					if v := k*b + b/2 + d; b > 0 && b < 1<<50 {
						checkDivRounder(t, v, b)
						checkDivRounder(t, -v, b)
					}
				}
			}
		}
	}
}

func TestDivRounderRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for n := 0; n < 300000; n++ {
		a := r.Int64N(1<<62) - 1<<61 + 1
		a >>= r.IntN(62)
		b := r.Int64N(1<<61) >> r.IntN(61)
		checkDivRounder(t, a, b)
	}
}

func FuzzDivRounder(f *testing.F) {
	f.Add(int64(-3), int64(2))
	f.Fuzz(func(t *testing.T, a, b int64) {
		a %= 1 << 61 // DivRound's domain: |a| < 2^61, b < 2^61
		b %= 1 << 61
		checkDivRounder(t, a, b)
	})
}
