package fixedpoint

import (
	"math/big"
	"math/bits"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestRoundShiftTable(t *testing.T) {
	cases := []struct {
		p    int64
		s    uint8
		want int64
	}{
		{0, 0, 0}, {7, 0, 7}, {-7, 0, -7},
		{1, 1, 1}, {-1, 1, -1}, // ties 0.5 -> away from zero
		{3, 1, 2}, {-3, 1, -2}, // 1.5 -> 2
		{5, 1, 3}, {-5, 1, -3}, // 2.5 -> 3 (not banker's)
		{5, 2, 1}, {6, 2, 2}, {-6, 2, -2}, {-5, 2, -1}, // 1.25 -> 1, 1.5 -> 2
		{1 << 62, 62, 1}, {-(1 << 62), 62, -1},
		{1<<61 - 1, 62, 0}, {1 << 61, 62, 1}, {-(1 << 61), 62, -1},
	}
	for _, c := range cases {
		require.Equal(t, c.want, RoundShift(c.p, c.s), "RoundShift(%d, %d)", c.p, c.s)
	}
}

// refRound is an arbitrary-precision reference: round half away from zero of num/den.
func refRound(num, den *big.Int) *big.Int {
	n := new(big.Int).Abs(num)
	q := new(big.Int).Mul(n, big.NewInt(2))
	q.Add(q, den)
	q.Quo(q, new(big.Int).Mul(den, big.NewInt(2)))
	if num.Sign() < 0 {
		q.Neg(q)
	}
	return q
}

// refRequantize is Requantize computed with arbitrary precision.
func refRequantize(x, m int32, s uint8) int64 {
	p := new(big.Int).Mul(big.NewInt(int64(x)), big.NewInt(int64(m)))
	want := refRound(p, new(big.Int).Lsh(big.NewInt(1), uint(s)))
	if want.Cmp(big.NewInt(1<<31-1)) > 0 {
		return 1<<31 - 1
	}
	if want.Cmp(big.NewInt(-(1 << 31))) < 0 {
		return -(1 << 31)
	}
	return want.Int64()
}

func TestRequantizeMatchesBigReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 200000; n++ {
		x := int32(r.Uint32())
		m := int32(r.Uint32())
		if n%3 == 0 {
			m = int32(r.Uint32() >> 1) // non-negative, the validated range
		}
		s := uint8(r.IntN(MaxShift + 1))
		require.Equal(t, refRequantize(x, m, s), int64(Requantize(x, m, s)), "x=%d m=%d s=%d", x, m, s)
	}
}

func TestDivRound(t *testing.T) {
	cases := []struct{ a, b, want int64 }{
		{0, 1, 0}, {1, 2, 1}, {-1, 2, -1}, {3, 2, 2}, {-3, 2, -2},
		{1, 3, 0}, {2, 3, 1}, {-2, 3, -1}, {10, 4, 3}, {-10, 4, -3}, {9, 4, 2},
		{5, 0, 0}, {5, -3, 0},
	}
	for _, c := range cases {
		require.Equal(t, c.want, DivRound(c.a, c.b), "DivRound(%d, %d)", c.a, c.b)
	}
	r := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 100000; n++ {
		a := r.Int64N(1<<40) - 1<<39
		b := r.Int64N(1<<30) + 1
		want := refRound(big.NewInt(a), big.NewInt(b))
		require.Equal(t, want.Int64(), DivRound(a, b), "a=%d b=%d", a, b)
	}
}

func TestSaturation(t *testing.T) {
	require.Equal(t, int8(127), Sat8(128))
	require.Equal(t, int8(-128), Sat8(-129))
	require.Equal(t, int8(-5), Sat8(-5))
	require.Equal(t, int32(1<<31-1), Sat32(1<<40))
	require.Equal(t, int32(-(1 << 31)), Sat32(-(1 << 40)))
	require.Equal(t, int8(0), Clamp(-7, 0, 127))   // fused ReLU with zero point 0
	require.Equal(t, int8(6), Clamp(100, -128, 6)) // upper clamp
	require.Equal(t, int8(3), Clamp(-100, 10, 3))  // lo > hi yields hi
}

func FuzzRequantize(f *testing.F) {
	f.Add(int32(1), int32(1<<30), uint8(31))
	f.Fuzz(func(t *testing.T, x, m int32, s uint8) {
		s %= MaxShift + 1
		if got, want := int64(Requantize(x, m, s)), refRequantize(x, m, s); got != want {
			t.Fatalf("Requantize(%d,%d,%d)=%d want %d", x, m, s, got, want)
		}
	})
}

// isqrtOK reports whether r = floor(sqrt(n)): r^2 <= n < (r+1)^2, in 128
// bits.
func isqrtOK(n, r uint64) bool {
	hi, lo := bits.Mul64(r, r)
	if hi != 0 || lo > n {
		return false
	}
	hi, lo = bits.Mul64(r+1, r+1)
	return hi != 0 || lo > n
}

// isqrtEdges are the uint64 values around every power of two, every
// perfect square (k^2 - 1, k^2, k^2 + 1) of k near a power of two, the
// oscillation points k^2 + 2k of integer Newton, and the extremes.
func isqrtEdges() []uint64 {
	out := []uint64{0, 1, 2, 3, 4, 5, 8, 9, 15, 16, 17, 24, 25, 26, 1<<63 - 1, 1 << 63, 1<<64 - 1, 1<<64 - 2}
	for e := 0; e < 64; e++ {
		p := uint64(1) << e
		out = append(out, p-1, p, p+1)
	}
	for e := 1; e <= 32; e++ {
		for _, k := range []uint64{1<<e - 1, 1 << e, 1<<e + 1, 3 << (e - 1)} {
			if k >= 1<<32 {
				continue
			}
			out = append(out, k*k-1, k*k, k*k+1, k*k+2*k)
		}
	}
	return out
}

func TestIsqrt(t *testing.T) {
	for n := uint64(0); n < 1<<16; n++ {
		require.True(t, isqrtOK(n, Isqrt(n)), "Isqrt(%d) = %d", n, Isqrt(n))
	}
	for _, n := range isqrtEdges() {
		require.True(t, isqrtOK(n, Isqrt(n)), "Isqrt(%d) = %d", n, Isqrt(n))
	}
	r := rand.New(rand.NewPCG(21, 22))
	for k := 0; k < 200000; k++ {
		n := r.Uint64() >> r.IntN(64)
		require.True(t, isqrtOK(n, Isqrt(n)), "Isqrt(%d) = %d", n, Isqrt(n))
	}
	require.Equal(t, uint64(1<<32-1), Isqrt(1<<64-1))
}
