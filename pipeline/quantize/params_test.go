package quantize

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestMultiplier(t *testing.T) {
	for _, M := range []float64{1, 0.5, 0.75, 1e-3, 0.999999999, 1.5, 3e-7, 1 << 20, math.Ldexp(1, -31), math.Ldexp(1.5, -40), math.Ldexp(1, -70)} {
		m, s, err := multiplier(M)
		require.NoError(t, err, "M=%v", M)
		require.LessOrEqual(t, s, uint8(62))
		got := math.Ldexp(float64(m), -int(s))
		if s < 62 {
			require.GreaterOrEqual(t, m, int32(1<<30), "M=%v: multiplier not normalized", M)
			require.InEpsilon(t, M, got, 1.0/(1<<30), "M=%v: m=%d s=%d", M, m, s)
		} else {
			require.InDelta(t, M, got, math.Ldexp(1, -62), "M=%v", M)
		}
	}
	for _, M := range []float64{0, -1, math.Inf(1), math.NaN(), 1 << 31, 1e12} {
		_, _, err := multiplier(M)
		require.Error(t, err, "M=%v", M)
	}
	// Exactly representable factors are exact.
	m, s, err := multiplier(0.5)
	require.NoError(t, err)
	require.Equal(t, int32(1<<30), m)
	require.Equal(t, uint8(31), s)
}

func TestActivationParams(t *testing.T) {
	// Pixels in [0, 1]: scale 1/255 and zero point −128, so every
	// multiple of 1/255 is exact.
	q := activationParams(0, 1)
	require.InDelta(t, 1.0/255, q.Scale, 1e-15)
	require.Equal(t, int8(-128), q.Zero)
	// Symmetric-ish ranges put zero near the middle; 0 is always exact.
	for _, r := range [][2]float64{{-1, 1}, {-3, 0.5}, {0.2, 7}, {-5, -1}, {0, 0}, {-1e-9, 1e-9}} {
		q := activationParams(r[0], r[1])
		require.Greater(t, q.Scale, 0.0)
		lo, hi := min(r[0], 0), max(r[1], 0)
		hi = max(hi, lo+1e-8) // a degenerate range is widened
		require.InDelta(t, lo, q.Scale*(-128-float64(q.Zero)), q.Scale, "range %v", r)
		require.InDelta(t, hi, q.Scale*(127-float64(q.Zero)), q.Scale, "range %v", r)
	}
}

func TestExpTable(t *testing.T) {
	for _, s := range []float64{1e-4, 0.01, 0.1, 1, 10} {
		tab := expTable(s)
		require.Equal(t, int32(65536), tab[0])
		for d := 1; d < 256; d++ {
			require.LessOrEqual(t, tab[d], tab[d-1])
			require.GreaterOrEqual(t, tab[d], int32(0))
		}
	}
}

func TestRangeOf(t *testing.T) {
	v := make([]float32, 10001)
	for i := range v {
		v[i] = float32(i) - 5000
	}
	lo, hi := rangeOf(v, 0)
	require.Equal(t, -5000.0, lo)
	require.Equal(t, 5000.0, hi)
	lo, hi = rangeOf(v, 99)
	require.Equal(t, -4900.0, lo)
	require.Equal(t, 4900.0, hi)
}

func TestWeightScales(t *testing.T) {
	s := weightScales([]float32{1, -2, 0.5, 0, 0, 0}, 2)
	require.Equal(t, []float64{2.0 / 127, 1}, s)
	require.Equal(t, int8(-127), quantWeight(-2, s[0]))
	require.Equal(t, int8(32), quantWeight(0.5, s[0]))
	require.Equal(t, int32(math.MaxInt32), quantBias(1e30, 1))
	require.Equal(t, int32(-3), quantBias(-2.5, 1))
}
