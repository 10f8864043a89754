package benchreport

import (
	"errors"
	"math"
	"slices"
)

// Median returns the median of xs (the mean of the middle two for an even
// count), 0 for none. xs is not modified.
func Median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// Percentile returns the nearest-rank p-th percentile (0 < p <= 100) of xs:
// the smallest value with at least p% of the values at or below it; 0 for
// none. xs is not modified.
func Percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	r := int(math.Ceil(p / 100 * float64(len(s))))
	return s[min(max(r, 1), len(s))-1]
}

// Fit is a power law y ≈ c·x^Exponent fitted by least squares on (log x,
// log y).
type Fit struct {
	Exponent float64 `json:"exponent"`
	R2       float64 `json:"r2"` // coefficient of determination of the log-log line
	Points   int     `json:"points"`
}

// FitPowerLaw fits y ≈ c·x^e by ordinary least squares on the logarithms.
// It needs at least two points with distinct positive x and positive y;
// points with x <= 0 or y <= 0 are an error.
func FitPowerLaw(x, y []float64) (Fit, error) {
	if len(x) != len(y) {
		return Fit{}, errors.New("benchreport: fit: x and y differ in length")
	}
	n := float64(len(x))
	if len(x) < 2 {
		return Fit{}, errors.New("benchreport: fit: fewer than two points")
	}
	var sx, sy float64
	lx, ly := make([]float64, len(x)), make([]float64, len(y))
	for i := range x {
		if x[i] <= 0 || y[i] <= 0 || math.IsNaN(x[i]) || math.IsNaN(y[i]) {
			return Fit{}, errors.New("benchreport: fit: non-positive value")
		}
		lx[i], ly[i] = math.Log(x[i]), math.Log(y[i])
		sx += lx[i]
		sy += ly[i]
	}
	mx, my := sx/n, sy/n
	var sxx, sxy, syy float64
	for i := range lx {
		dx, dy := lx[i]-mx, ly[i]-my
		sxx += dx * dx
		sxy += dx * dy
		syy += dy * dy
	}
	if sxx == 0 {
		return Fit{}, errors.New("benchreport: fit: all x equal")
	}
	e := sxy / sxx
	r2 := 1.0
	if syy > 0 {
		r2 = sxy * sxy / (sxx * syy)
	}
	return Fit{Exponent: e, R2: r2, Points: len(x)}, nil
}

// Rounds returns the number of dissection rounds of a game over n steps at
// arity k (2 <= k <= 64) when every round keeps the widest of the
// min(k, len) parts DisputeGame splits the range into (docs/protocol.md §6):
// the game ends at a range of one step. 0 for n <= 1.
func Rounds(n, k uint64) int {
	r := 0
	for n > 1 {
		parts := min(k, n)
		n = (n + parts - 1) / parts
		r++
	}
	return r
}

// ArityChoice is the cheapest arity of one N.
type ArityChoice struct {
	LogN uint `json:"log_n"`
	// Best is the arity with the least total gas; BestInGoal the least
	// among arities whose every move is within the move goal (0 if none).
	Best, BestInGoal           uint64
	BestTotal, BestInGoalTotal uint64
}

// ChooseArity returns, per N (ascending), the arity of least total gas over
// rows, and the same among arities whose max move is at most moveGoal; and
// overall, the arity (and in-goal arity) minimizing the sum of totals over
// the N values every candidate arity was measured at. Ties go to the smaller
// arity. Arities missing some N are not candidates overall.
func ChooseArity(rows []DisputeRow, moveGoal uint64) (perN []ArityChoice, overall, overallInGoal uint64) {
	byN := map[uint][]DisputeRow{}
	var ns []uint
	for _, r := range rows {
		if _, ok := byN[r.LogN]; !ok {
			ns = append(ns, r.LogN)
		}
		byN[r.LogN] = append(byN[r.LogN], r)
	}
	slices.Sort(ns)
	better := func(a DisputeRow, best uint64, bestTotal uint64) bool {
		return best == 0 || a.Total() < bestTotal || (a.Total() == bestTotal && a.K < best)
	}
	for _, n := range ns {
		c := ArityChoice{LogN: n}
		for _, r := range byN[n] {
			if better(r, c.Best, c.BestTotal) {
				c.Best, c.BestTotal = r.K, r.Total()
			}
			if r.MaxMove <= moveGoal && better(r, c.BestInGoal, c.BestInGoalTotal) {
				c.BestInGoal, c.BestInGoalTotal = r.K, r.Total()
			}
		}
		perN = append(perN, c)
	}
	// Overall: sum of totals per arity over all N; only arities measured at
	// every N.
	sums, counts, inGoal := map[uint64]uint64{}, map[uint64]int{}, map[uint64]bool{}
	for _, r := range rows {
		sums[r.K] += r.Total()
		counts[r.K]++
		if _, ok := inGoal[r.K]; !ok {
			inGoal[r.K] = true
		}
		if r.MaxMove > moveGoal {
			inGoal[r.K] = false
		}
	}
	var ks []uint64
	for k := range sums {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	var best, bestIn uint64
	for _, k := range ks {
		if counts[k] != len(ns) {
			continue
		}
		if best == 0 || sums[k] < sums[best] {
			best = k
		}
		if inGoal[k] && (bestIn == 0 || sums[k] < sums[bestIn]) {
			bestIn = k
		}
	}
	return perN, best, bestIn
}
