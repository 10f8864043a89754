package quantize

import (
	"fmt"
	"math"
	"slices"
)

// qparams are an int8 tensor's quantization: real = Scale · (q − Zero).
type qparams struct {
	Scale float64
	Zero  int8
}

// activationParams returns the asymmetric int8 quantization of [lo, hi],
// widened to contain 0 (so that zero padding and ReLU are exact).
func activationParams(lo, hi float64) qparams {
	lo, hi = min(lo, 0), max(hi, 0)
	if hi-lo < 1e-8 {
		hi = lo + 1e-8 // a constant-zero tensor: any scale is exact
	}
	scale := (hi - lo) / 255
	zero := math.Round(-128 - lo/scale)
	return qparams{Scale: scale, Zero: int8(max(-128, min(127, zero)))}
}

// multiplier decomposes a positive real rescale factor M into (m, s) with
// M ≈ m · 2^−s, m in [2^30, 2^31) and s ≤ 62 (smaller factors lose
// precision in m, down to m = 0).
func multiplier(M float64) (int32, uint8, error) {
	if !(M > 0) || math.IsInf(M, 0) {
		return 0, 0, fmt.Errorf("rescale factor %v is not positive and finite", M)
	}
	frac, exp := math.Frexp(M) // M = frac · 2^exp, frac in [0.5, 1)
	m := math.Round(frac * (1 << 31))
	if m == 1<<31 {
		m /= 2
		exp++
	}
	s := 31 - exp
	if s < 0 {
		return 0, 0, fmt.Errorf("rescale factor %v is too large (≥ 2^31)", M)
	}
	if s > 62 {
		// M < 2^-31: give up precision rather than exceed the shift limit.
		m = math.Round(M * math.Ldexp(1, 62))
		s = 62
	}
	return int32(m), uint8(s), nil
}

// weightScales returns the symmetric per-channel scales of w, rows of n
// values each: max|w| / 127 (1 for an all-zero channel).
func weightScales(w []float32, rows int) []float64 {
	n := len(w) / rows
	out := make([]float64, rows)
	for r := range out {
		m := 0.0
		for _, v := range w[r*n : (r+1)*n] {
			m = max(m, math.Abs(float64(v)))
		}
		if m == 0 {
			m = 127
		}
		out[r] = m / 127
	}
	return out
}

func quantWeight(v float32, scale float64) int8 {
	return int8(max(-127, min(127, math.Round(float64(v)/scale))))
}

// quantBias returns round(b / scale) saturated to int32.
func quantBias(b, scale float64) int32 {
	return int32(max(math.MinInt32, min(math.MaxInt32, math.Round(b/scale))))
}

// expTable returns the VM softmax table for an input of scale s:
// T[d] = round(2^16 · exp(−s · d)), so T[0] = 2^16 and T is non-increasing.
func expTable(s float64) [256]int32 {
	var t [256]int32
	for d := range t {
		t[d] = int32(math.Round(65536 * math.Exp(-s*float64(d))))
	}
	return t
}

// tabulate is the Lut table of f from input quantization in to output
// quantization out, TFLite's construction for int8 elementwise functions
// (its LUT-based Logistic, Tanh, GELU kernels): entry q + 128, for every
// int8 code q, is the output code nearest to f(in.Scale·(q − in.Zero)),
// that is Round(f(x)/out.Scale) + out.Zero clamped to int8, with Round
// halfway cases away from zero. An infinite f(x) saturates; a NaN f(x),
// a code outside f's domain (Log or Sqrt of a negative, Acos beyond ±1),
// which no calibrated input reaches, is the output zero point (0.0).
func tabulate(f func(float64) float64, in, out qparams) [256]int8 {
	var t [256]int8
	for i := range t {
		x := in.Scale * float64(i-128-int(in.Zero))
		y := math.Round(f(x)/out.Scale) + float64(out.Zero)
		switch {
		case math.IsNaN(y):
			t[i] = out.Zero
		default:
			t[i] = int8(max(-128, min(127, y)))
		}
	}
	return t
}

// tableError bounds the error of table t for f over inputs in [lo, hi]:
// every such x is held as the code q nearest to it, so its output is
// t[q]'s value while the exact one is f(x), for x anywhere in q's cell
// [x_q − S/2, x_q + S/2]. It samples each cell that meets [lo, hi] at
// cellSamples + 1 evenly spaced points (ends included, clipped to
// [lo, hi]) and returns the largest |f(x) − value(t[q])|, ignoring points
// outside f's domain (NaN), which no valid input reaches. A jump of f
// inside a cell shows as an error of the jump's size.
func tableError(f func(float64) float64, t [256]int8, in, out qparams, lo, hi float64) float64 {
	const cellSamples = 16
	worst := 0.0
	for i := range t {
		xq := in.Scale * float64(i-128-int(in.Zero))
		a, b := max(xq-in.Scale/2, lo), min(xq+in.Scale/2, hi)
		if a > b {
			continue
		}
		got := out.Scale * float64(int(t[i])-int(out.Zero))
		for k := 0; k <= cellSamples; k++ {
			y := f(a + (b-a)*float64(k)/cellSamples)
			if math.IsNaN(y) {
				continue
			}
			worst = max(worst, math.Abs(y-got))
		}
	}
	return worst
}

// rangeOf returns the calibration range of a value's samples: min and max,
// or the p-th and (100−p)-th percentiles.
func rangeOf(samples []float32, percentile float64) (float64, float64) {
	if len(samples) == 0 {
		return 0, 0
	}
	if percentile <= 0 || percentile >= 100 {
		lo, hi := float64(samples[0]), float64(samples[0])
		for _, v := range samples {
			lo, hi = min(lo, float64(v)), max(hi, float64(v))
		}
		return lo, hi
	}
	s := slices.Clone(samples)
	slices.Sort(s)
	at := func(p float64) float64 {
		i := int(math.Round(p / 100 * float64(len(s)-1)))
		return float64(s[max(0, min(len(s)-1, i))])
	}
	return at(100 - percentile), at(percentile)
}
