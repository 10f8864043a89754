package benchreport

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/node/dispute"
)

func TestMedianPercentile(t *testing.T) {
	require.Equal(t, 0.0, Median(nil))
	require.Equal(t, 3.0, Median([]float64{5, 1, 3}))
	xs := []float64{4, 1, 3, 2}
	require.Equal(t, 2.5, Median(xs))
	require.Equal(t, []float64{4, 1, 3, 2}, xs, "Median must not reorder its argument")
	var h []float64
	for i := 1; i <= 100; i++ {
		h = append(h, float64(101-i))
	}
	require.Equal(t, 99.0, Percentile(h, 99))
	require.Equal(t, 100.0, Percentile(h, 100))
	require.Equal(t, 50.0, Percentile(h, 50))
	require.Equal(t, 1.0, Percentile(h, 0.5))
	require.Equal(t, 7.0, Percentile([]float64{7}, 99))
}

func TestFitPowerLaw(t *testing.T) {
	var x, y []float64
	for _, p := range []float64{1e4, 1e5, 1e6, 1e7} {
		x = append(x, p)
		y = append(y, 3*math.Pow(p, 0.5))
	}
	f, err := FitPowerLaw(x, y)
	require.NoError(t, err)
	require.InDelta(t, 0.5, f.Exponent, 1e-12)
	require.InDelta(t, 1, f.R2, 1e-12)
	require.Equal(t, 4, f.Points)

	// Noisy linear data: slope near 1, R² below 1.
	f, err = FitPowerLaw([]float64{1, 10, 100, 1000}, []float64{2, 18, 230, 1900})
	require.NoError(t, err)
	require.InDelta(t, 0.98, f.Exponent, 0.03)
	require.Less(t, f.R2, 1.0)

	for _, bad := range [][2][]float64{
		{{1}, {1}},
		{{1, 2}, {1}},
		{{1, 0}, {1, 2}},
		{{1, 2}, {1, -2}},
		{{3, 3}, {1, 2}},
	} {
		_, err := FitPowerLaw(bad[0], bad[1])
		require.Error(t, err, "%v", bad)
	}
}

// TestRoundsMatchesSplitPoints plays the widest-part descent with the
// game's own split points.
func TestRoundsMatchesSplitPoints(t *testing.T) {
	require.Equal(t, 0, Rounds(1, 16))
	require.Equal(t, 1, Rounds(2, 16))
	require.Equal(t, 3, Rounds(1<<10, 16))
	require.Equal(t, 8, Rounds(1<<30, 16))
	require.Equal(t, 30, Rounds(1<<30, 2))
	require.Equal(t, 15, Rounds(1<<30, 4))
	for _, n := range []uint64{2, 3, 17, 3400, 246_355, 1<<20 + 7} {
		for _, k := range []uint64{2, 3, 4, 8, 16, 64} {
			lo, hi, rounds := uint64(0), n, 0
			for hi-lo > 1 {
				pts, err := dispute.SplitPoints(lo, hi, k)
				require.NoError(t, err)
				best := 0
				for i := 1; i < len(pts)-1; i++ {
					if pts[i+1]-pts[i] > pts[best+1]-pts[best] {
						best = i
					}
				}
				lo, hi = pts[best], pts[best+1]
				rounds++
			}
			require.Equal(t, rounds, Rounds(n, k), "n=%d k=%d", n, k)
		}
	}
}

func TestChooseArity(t *testing.T) {
	row := func(logN uint, k uint64, move, total uint64) DisputeRow {
		return DisputeRow{LogN: logN, K: k, MaxMove: move, Claimant: total / 2, Challenger: total - total/2}
	}
	rows := []DisputeRow{
		row(10, 2, 60, 1000), row(10, 16, 70, 800), row(10, 32, 90, 750),
		row(20, 2, 60, 2000), row(20, 16, 70, 1000), row(20, 32, 90, 1100),
		row(30, 16, 70, 1400), row(30, 32, 90, 1300), // k = 2 not measured at 2^30
	}
	perN, overall, inGoal := ChooseArity(rows, 80)
	require.Equal(t, []ArityChoice{
		{LogN: 10, Best: 32, BestInGoal: 16, BestTotal: 750, BestInGoalTotal: 800},
		{LogN: 20, Best: 16, BestInGoal: 16, BestTotal: 1000, BestInGoalTotal: 1000},
		{LogN: 30, Best: 32, BestInGoal: 16, BestTotal: 1300, BestInGoalTotal: 1400},
	}, perN)
	require.Equal(t, uint64(32), overall) // 3150 < 3200; k = 2 lacks 2^30
	require.Equal(t, uint64(16), inGoal)

	// Ties go to the smaller arity.
	perN, overall, _ = ChooseArity([]DisputeRow{row(12, 8, 1, 500), row(12, 4, 1, 500)}, 80)
	require.Equal(t, uint64(4), perN[0].Best)
	require.Equal(t, uint64(4), overall)

	// Nothing within the goal.
	perN, _, inGoal = ChooseArity([]DisputeRow{row(12, 64, 200, 500)}, 80)
	require.Equal(t, uint64(0), perN[0].BestInGoal)
	require.Equal(t, uint64(0), inGoal)
}

func TestSyntheticMLP(t *testing.T) {
	s, err := SyntheticMLP(10_000, 1)
	require.NoError(t, err)
	require.Equal(t, "95-95-10", s.Dims)
	require.Equal(t, int64(95*95+11*95+10), s.Params)
	require.Len(t, s.Input, 95)
	s2, err := SyntheticMLP(10_000, 1)
	require.NoError(t, err)
	require.Equal(t, s.Model.Encode(), s2.Model.Encode(), "a seed names one model")
	_, err = SyntheticMLP(0, 1)
	require.Error(t, err)
}
