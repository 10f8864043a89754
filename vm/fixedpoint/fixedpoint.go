package fixedpoint

import "math/bits"

// Mirrored function for function by contracts/src/vm/FixedPoint.sol (the
// mirror table is vm/mirror_test.go).

// MaxShift is the largest shift accepted by RoundShift and Requantize.
const MaxShift = 62

// Sat8 saturates x to the int8 range [-128, 127].
func Sat8(x int64) int8 {
	if x > 127 {
		return 127
	}
	if x < -128 {
		return -128
	}
	return int8(x)
}

// Sat32 saturates x to the int32 range [-2^31, 2^31-1].
func Sat32(x int64) int32 {
	if x > 1<<31-1 {
		return 1<<31 - 1
	}
	if x < -(1 << 31) {
		return -(1 << 31)
	}
	return int32(x)
}

// Clamp returns min(max(x, lo), hi) as an int8. When lo > hi the result is hi.
// Both bounds are int8, so the result always fits.
func Clamp(x int64, lo, hi int8) int8 {
	if x < int64(lo) {
		x = int64(lo)
	}
	if x > int64(hi) {
		x = int64(hi)
	}
	return int8(x)
}

// RoundShift divides p by 2^s and rounds half away from zero:
// sign(p) * floor((|p| + 2^(s-1)) / 2^s) for s >= 1, and p for s == 0.
// It requires |p| <= 2^62 and s <= MaxShift; larger shifts are treated as
// MaxShift (validation rejects them before they reach the VM).
func RoundShift(p int64, s uint8) int64 {
	if s == 0 {
		return p
	}
	if s > MaxShift {
		s = MaxShift
	}
	half := int64(1) << (s - 1)
	if p < 0 {
		return -((-p + half) >> s)
	}
	return (p + half) >> s
}

// Requantize computes Sat32(RoundShift(x*m, s)): the product of x and the
// fixed-point multiplier m (exact in int64, since |x*m| <= 2^62) scaled by
// 2^-s with one rounding, saturated to int32.
func Requantize(x, m int32, s uint8) int32 {
	return Sat32(RoundShift(int64(x)*int64(m), s))
}

// DivRound divides a by b and rounds half away from zero. It is defined for
// every input: b <= 0 yields 0 (the VM only divides by positive counts and
// sums, and documents the b <= 0 case as producing 0). Requires |a| < 2^61
// and b < 2^61 so that 2|a| + b < 2^63 does not overflow.
func DivRound(a, b int64) int64 {
	if b <= 0 {
		return 0
	}
	if a < 0 {
		return -((2*(-a) + b) / (2 * b))
	}
	return (2*a + b) / (2 * b)
}

// IsqrtIterations is the number of Newton steps Isqrt takes from its
// initial estimate: five bring the error below one for every uint64
// (docs/spec.md §2.8), the sixth is margin.
const IsqrtIterations = 6

// Isqrt returns floor(sqrt(n)) exactly, for every uint64 n (docs/spec.md
// §2.8): r0 = 2^(floor(log2 n) div 2), which is in (sqrt(n)/2, sqrt(n)],
// then IsqrtIterations Babylonian steps r = (r + n div r) div 2, then the
// correction r = r - 1 if r > n div r (the steps end at floor(sqrt(n)) or
// one above it). Isqrt(0) = 0.
func Isqrt(n uint64) uint64 {
	if n == 0 {
		return 0
	}
	r := uint64(1) << ((bits.Len64(n) - 1) / 2)
	for k := 0; k < IsqrtIterations; k++ {
		r = (r + n/r) >> 1
	}
	if r > n/r {
		r--
	}
	return r
}
