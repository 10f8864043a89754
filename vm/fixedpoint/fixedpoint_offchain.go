package fixedpoint

import "math/bits"

// The Go-only part of fixedpoint.go, which has no Solidity twin: forms of
// the arithmetic for the fast path (vm/ops' run methods) that decode a
// fixed multiplier and shift once and then apply them to many values
// without data-dependent branches. Each computes exactly the function it
// is named after (tested against it).

// Requantizer is Requantize(·, m, s) for one fixed multiplier m and shift
// s.
type Requantizer struct {
	m, half int64 // the multiplier; 2^(s-1), or 0 when s = 0
	neg     int64 // -1, or 0 when s = 0
	s       uint8 // the shift, at most MaxShift
}

// NewRequantizer returns the Requantizer of m and s (a shift above
// MaxShift is MaxShift, as in RoundShift).
func NewRequantizer(m int32, s uint8) Requantizer {
	s = min(s, MaxShift)
	q := Requantizer{m: int64(m), s: s}
	if s > 0 {
		q.half, q.neg = 1<<(s-1), -1
	}
	return q
}

// Apply returns Requantize(x, m, s): round, then Sat32.
func (q Requantizer) Apply(x int32) int32 {
	return int32(min(max(q.round(x), -1<<31), 1<<31-1))
}

// round returns RoundShift(x·m, s) as floor((p + 2^(s-1) − [p < 0]) / 2^s)
// for s >= 1, p = x·m: for p < 0, −floor((−p + h) / 2^s) = floor((p − h +
// 2^s − 1) / 2^s) and 2^s − h = h (h = 2^(s-1)); |p| <= 2^62, so nothing
// overflows.
func (q Requantizer) round(x int32) int64 {
	p := int64(x) * q.m
	// q.s <= 62: the mask only tells the compiler the shift is in range.
	return (p + q.half + (p>>63)&q.neg) >> (q.s & 63)
}

// Output is the output stage of most ops, Clamp(Requantize(x, m, s) + z,
// lo, hi), for fixed parameters.
type Output struct {
	q         Requantizer
	z, lo, hi int64
}

// NewOutput returns the Output of multiplier m, shift s, zero point z and
// clamp [lo, hi].
func NewOutput(m int32, s uint8, z, lo, hi int8) Output {
	return Output{q: NewRequantizer(m, s), z: int64(z), lo: int64(lo), hi: int64(hi)}
}

// Apply returns Clamp(int64(Requantize(x, m, s)) + z, lo, hi) (hi when
// lo > hi, as Clamp). Requantize's saturation to int32 is left out: the
// clamp to int8 bounds after adding |z| <= 128 gives lo or hi for every
// value past the int32 range either way.
func (o *Output) Apply(x int32) int8 {
	return int8(min(max(o.q.round(x)+o.z, o.lo), o.hi))
}

// DivRounder is DivRound(·, b) for one fixed divisor b: the quotient comes
// from a multiplication by the reciprocal m = floor(2^64 / 2b), which is
// floor(n / 2b) or one less (n·m/2^64 <= n/2b < n·m/2^64 + 1 for n <
// 2^64), corrected by one comparison of the remainder.
type DivRounder struct {
	b, d, m uint64 // b, 2b and m (m = 0 when b <= 0: the quotient is 0)
}

// NewDivRounder returns the DivRounder of b (DivRound's domain: b < 2^61).
func NewDivRounder(b int64) DivRounder {
	if b <= 0 {
		return DivRounder{}
	}
	r := DivRounder{b: uint64(b), d: 2 * uint64(b)}
	r.m, _ = bits.Div64(1, 0, r.d) // 2b >= 2 > 1: the quotient fits
	return r
}

// Apply returns DivRound(a, b) for |a| < 2^61: the magnitude
// floor((2|a| + b) / 2b), the sign of a put back by a mask.
func (r DivRounder) Apply(a int64) int64 {
	if r.m == 0 {
		return 0
	}
	sign := a >> 63
	n := uint64((a^sign)-sign)*2 + r.b
	q, _ := bits.Mul64(n, r.m)
	rem := n - q*r.d       // in [0, 2·2b)
	q += 1 ^ (rem-r.d)>>63 // +1 when rem >= 2b (2b < 2^63: no wrap past it)
	return (int64(q) ^ sign) - sign
}
