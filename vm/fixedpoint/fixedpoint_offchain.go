package fixedpoint

// The Go-only part of fixedpoint.go, which has no Solidity twin: forms of
// the arithmetic for the fast path (vm/ops' run methods) that decode a
// fixed multiplier and shift once and then apply them to many values
// without data-dependent branches. Each computes exactly the function it
// is named after (tested against it).

// Requantizer is Requantize(·, m, s) for one fixed multiplier m and shift
// s.
type Requantizer struct {
	m, half int64 // the multiplier; 2^(s-1), or 0 when s = 0
	s       uint8 // the shift, at most MaxShift
}

// NewRequantizer returns the Requantizer of m and s (a shift above MaxShift
// is MaxShift, as in RoundShift).
func NewRequantizer(m int32, s uint8) Requantizer {
	s = min(s, MaxShift)
	q := Requantizer{m: int64(m), s: s}
	if s > 0 {
		q.half = 1 << (s - 1)
	}
	return q
}

// Apply returns Requantize(x, m, s): RoundShift on the magnitude, the sign
// put back by a mask (|x·m| <= 2^62, so neither the magnitude nor the
// rounding overflows), then Sat32.
func (q Requantizer) Apply(x int32) int32 {
	p := int64(x) * q.m
	sign := p >> 63 // 0 or -1
	r := ((((p ^ sign) - sign) + q.half) >> q.s ^ sign) - sign
	return int32(min(max(r, -1<<31), 1<<31-1))
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
// lo > hi, as Clamp).
func (o *Output) Apply(x int32) int8 {
	return int8(min(max(int64(o.q.Apply(x))+o.z, o.lo), o.hi))
}
