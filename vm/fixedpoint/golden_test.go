package fixedpoint

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opml-dev/opml/testkit/golden"
)

// TestRequantizeGolden pins Requantize, RoundShift and DivRound on a fixed
// grid of inputs (ties, saturation, extreme shifts), so any change to the
// arithmetic shows up as a diff of testdata/arithmetic.golden, on every
// architecture the suite runs on.
func TestRequantizeGolden(t *testing.T) {
	xs := []int32{0, 1, -1, 2, -2, 3, -3, 127, -128, 255, -255, 1 << 20, -(1 << 20), 1<<31 - 1, -(1 << 31)}
	ms := []int32{0, 1, 1 << 30, 1<<30 + 1, 1<<31 - 1, -(1 << 31)}
	ss := []uint8{0, 1, 2, 30, 31, 32, 40, 62, 63}
	var b strings.Builder
	b.WriteString("# x m s -> Requantize(x, m, s)\n")
	for _, x := range xs {
		for _, m := range ms {
			for _, s := range ss {
				fmt.Fprintf(&b, "%d %d %d -> %d\n", x, m, s, Requantize(x, m, s))
			}
		}
	}
	b.WriteString("# a b -> DivRound(a, b)\n")
	for _, a := range []int64{0, 1, -1, 3, -3, 5, -5, 7, -7, 1 << 40, -(1 << 40)} {
		for _, d := range []int64{-1, 0, 1, 2, 3, 4, 7} {
			fmt.Fprintf(&b, "%d %d -> %d\n", a, d, DivRound(a, d))
		}
	}
	golden.Check(t, filepath.Join("testdata", "arithmetic.golden"), []byte(b.String()), "go test ./vm/fixedpoint -update")
}

// TestIsqrtGolden pins Isqrt on its edges (isqrtEdges: powers of two and
// their neighbours, squares and their neighbours, the Newton oscillation
// points, the extremes) in testdata/isqrt.golden, which the Solidity
// verifier's tests replay (contracts/verifier TestArithmeticIsqrt).
func TestIsqrtGolden(t *testing.T) {
	var b strings.Builder
	b.WriteString("# n -> Isqrt(n)\n")
	for _, n := range isqrtEdges() {
		fmt.Fprintf(&b, "%d -> %d\n", n, Isqrt(n))
	}
	golden.Check(t, filepath.Join("testdata", "isqrt.golden"), []byte(b.String()), "go test ./vm/fixedpoint -update")
}
