package onnx

import (
	"math"
	"slices"
	"testing"
)

// rows on a partial rotary: the elements that copy one source element are
// pass-through pairs (cos 1, sin 0) beside the rotated pairs; pairs whose
// two copies differ in sign or size, rows that pair their elements
// differently, and rows with no rotation at all are not a rotary embedding.
func TestRowsPartialRotary(t *testing.T) {
	const R, K = 3, 6
	angle := func(r int) float64 { return 0.7 * float64(r) }
	// Row r: pair (0, 1) rotated by angle(r), elements 2..5 passed through
	// times alpha (torch's SDPA factor), each reading source r·K + k.
	form := func(alpha float64, pass func(r, k int) []term) func(r, k int) []term {
		return func(r, k int) []term {
			c, s := math.Cos(angle(r)), math.Sin(angle(r))
			x, y := r*K, r*K+1
			switch k {
			case 0:
				return []term{{x, alpha * c}, {y, -alpha * s}}
			case 1:
				return []term{{x, alpha * s}, {y, alpha * c}}
			}
			return pass(r, k)
		}
	}
	copyOf := func(alpha float64) func(r, k int) []term {
		return func(r, k int) []term { return []term{{r*K + k, alpha}} }
	}
	f, ok := rows(R, K, form(0.5, copyOf(0.5)))
	if !ok || !f.rope {
		t.Fatal("a partial rotary is not recognized")
	}
	if f.alpha != 0.5 || !slices.Equal(f.order, []int{0, 1, 2, 3, 4, 5}) {
		t.Fatalf("alpha %v, order %v", f.alpha, f.order)
	}
	for r := range R {
		if !slices.Equal(f.idx[r], []int{r * K, r*K + 1, r*K + 2, r*K + 3, r*K + 4, r*K + 5}) {
			t.Errorf("row %d: sources %v", r, f.idx[r])
		}
		if math.Abs(f.cos[r][0]-math.Cos(angle(r))) > 1e-12 || math.Abs(f.sin[r][0]-math.Sin(angle(r))) > 1e-12 {
			t.Errorf("row %d: rotated pair (%v, %v)", r, f.cos[r][0], f.sin[r][0])
		}
		if !slices.Equal(f.cos[r][1:], []float64{1, 1}) || !slices.Equal(f.sin[r][1:], []float64{0, 0}) {
			t.Errorf("row %d: pass-through pairs cos %v sin %v", r, f.cos[r][1:], f.sin[r][1:])
		}
	}
	for name, pass := range map[string]func(r, k int) []term{
		"signs differ in a pair": func(r, k int) []term {
			return []term{{r*K + k, 0.5 * float64(1-2*(k%2))}}
		},
		"a copy not times alpha": func(r, k int) []term { return []term{{r*K + k, 0.75}} },
		"rows pair differently": func(r, k int) []term {
			// Row 1 rotates elements 2 and 5 into each other and passes
			// 3 and 4; the other rows pass 2..5, paired (2, 3), (4, 5).
			// (Passing a pair in one row and rotating it in another is
			// a rotation by angle 0 in that row, and is recognized.)
			if r == 1 && (k == 2 || k == 5) {
				c, s := math.Cos(0.3), math.Sin(0.3)
				if k == 2 {
					return []term{{r*K + 2, 0.5 * c}, {r*K + 5, -0.5 * s}}
				}
				return []term{{r*K + 2, 0.5 * s}, {r*K + 5, 0.5 * c}}
			}
			return []term{{r*K + k, 0.5}}
		},
	} {
		if _, ok := rows(R, K, form(0.5, pass)); ok {
			t.Errorf("%s: recognized as a rotary embedding", name)
		}
	}
	// Only copies, with different factors: neither plain nor a rotation.
	if _, ok := rows(R, K, func(r, k int) []term { return []term{{r*K + k, 1 + float64(k%2)}} }); ok {
		t.Error("copies with two factors recognized")
	}
}
