package ops

import (
	"fmt"

	"github.com/opml-dev/opml/vm/fixedpoint"
)

// Mirrored function for function by contracts/src/vm/ops/MatMul.sol (the
// mirror table is vm/mirror_test.go). The Go-only part is in
// matmul_offchain.go.

// MatMul (opcode 16, format version 2; docs/spec.md §6.14): the product of
// two activations, Out[p][m][n] = Clamp(Requantize(Σ_k (A[p][m][k] − ZIn) ·
// (B[p div G][n][k] − ZIn2), MulOut, ShOut) + ZOut, Lo, Hi), with
// A = In [P, M, K], B = In2 [PB, N, K] (the rows of Bᵀ: K for Q·Kᵀ, Vᵀ for
// P·V), Out [P, M, N] and G = P / PB query heads per B head (grouped-query
// attention). KH is the causal mode.

// The causal modes of MatMul, its descriptor field KH.
const (
	// MatMulFull: every output element, the dot over all of K.
	MatMulFull = 0
	// MatMulCausalN: row m computes only the elements n <= m (attention
	// scores); the others are not written. Needs M = N.
	MatMulCausalN = 1
	// MatMulCausalK: the dot of row m runs only over k <= m (probabilities
	// times values). Needs M = K.
	MatMulCausalK = 2
)

// matmul: iteration i = p·M + m computes output row i, element by element:
// for each element n, chunks steps of acc[0] += dot of the A leaf and the B
// leaf (two RAM reads), then a step that requantizes acc[0], writes the
// element and clears acc[0].
type matmul struct{}

func (matmul) canonical(d *Desc) Desc {
	return Desc{Op: d.Op, In: d.In, In2: d.In2, Out: d.Out, KH: d.KH, ZIn: d.ZIn, ZIn2: d.ZIn2, ZOut: d.ZOut,
		Lo: d.Lo, Hi: d.Hi, MulOut: d.MulOut, ShOut: d.ShOut}
}

// matmulDims returns M (rows per head), N (outputs per row), C (chunks of a
// full dot, RowLeaves(In)) and G (query heads per B head; 0 if PB = 0).
func matmulDims(d *Desc) (M, N, C, G uint64) {
	M, N, C = uint64(d.In.Dims[1]), uint64(d.In2.Dims[1]), d.In.RowLeaves()
	if pb := uint64(d.In2.Dims[0]); pb != 0 {
		G = uint64(d.In.Dims[0]) / pb
	}
	return M, N, C, G
}

func (matmul) validate(d *Desc, _ Limits) error {
	a, b, o := d.In, d.In2, d.Out
	if a.DType != Int8 || b.DType != Int8 || o.DType != Int8 || a.Rank != 3 || b.Rank != 3 || o.Rank != 3 {
		return fmt.Errorf("inputs and output must be int8 of rank 3")
	}
	P, PB, M, N, K := a.Dims[0], b.Dims[0], a.Dims[1], b.Dims[1], a.Dims[2]
	if b.Dims[2] != K || o.Dims != [4]uint32{P, M, N, 0} {
		return fmt.Errorf("shapes %v, %v -> %v: want [P, M, K], [PB, N, K] -> [P, M, N]", a.Shape(), b.Shape(), o.Shape())
	}
	if PB == 0 || P%PB != 0 {
		return fmt.Errorf("the second input's %d heads must be >= 1 and divide the first's %d", PB, P)
	}
	switch {
	case d.KH == MatMulFull:
	case d.KH == MatMulCausalN && M == N:
	case d.KH == MatMulCausalK && M == K:
	default:
		return fmt.Errorf("mode %d with M = %d, N = %d, K = %d: want 0, 1 (M = N) or 2 (M = K)", d.KH, M, N, K)
	}
	if o.Overlaps(a) || o.Overlaps(b) {
		return fmt.Errorf("output %v overlaps an input", o)
	}
	if d.MulOut < 0 || d.ShOut > 62 {
		return fmt.Errorf("multiplier %d must be >= 0 and shift %d <= 62", d.MulOut, d.ShOut)
	}
	return nil
}

// schedule: I = P·M rows; J = N·(C + 1), the longest row's steps.
func (matmul) schedule(d *Desc) (uint64, uint64) {
	M, N, C, _ := matmulDims(d)
	return uint64(d.In.Dims[0]) * M, N * (C + 1)
}

// matmulChunks is the number of chunk steps of one element of row m: C, or
// ceil((m+1)/32) in causal-K mode.
func matmulChunks(d *Desc, C, m uint64) uint64 {
	if d.KH == MatMulCausalK {
		return m/LeafSize + 1
	}
	return C
}

// iterLen: J(i) with m = i mod M: (m + 1)·(C + 1) in causal-N mode (m + 1
// elements), N·(ceil((m+1)/32) + 1) in causal-K mode, else N·(C + 1).
func (matmul) iterLen(d *Desc, i uint64) uint64 {
	M, N, C, _ := matmulDims(d)
	if M == 0 {
		return 0
	}
	m := i % M
	if d.KH == MatMulCausalN {
		return (m + 1) * (C + 1)
	}
	return N * (matmulChunks(d, C, m) + 1)
}

// dot2 returns sum over l < n of (a[l] - za) * (b[l] - zb), wrapping in int32.
func dot2(a, b *[LeafSize]byte, n int, za, zb int8) int32 {
	var s int32
	for l := 0; l < n; l++ {
		s += (int32(int8(a[l])) - int32(za)) * (int32(int8(b[l])) - int32(zb))
	}
	return s
}

// matmulOut is an element's arithmetic: Clamp(Requantize(acc, MulOut,
// ShOut) + ZOut, Lo, Hi).
func matmulOut(acc int32, d *Desc) int8 {
	return fixedpoint.Clamp(int64(fixedpoint.Requantize(acc, d.MulOut, d.ShOut))+int64(d.ZOut), d.Lo, d.Hi)
}

func (matmul) step(d *Desc, i, j uint64, acc *Acc, m Mem) error {
	M, N, C, G := matmulDims(d)
	p, row := i/M, i%M
	chunks := matmulChunks(d, C, row)
	n, c := j/(chunks+1), j%(chunks+1)
	if c < chunks {
		a, err := m.RAM(uint64(d.In.Addr) + i*C + c)
		if err != nil {
			return err
		}
		b, err := m.RAM(uint64(d.In2.Addr) + ((p/G)*N+n)*C + c)
		if err != nil {
			return err
		}
		lanes := lanesIn(d.In, c)
		if d.KH == MatMulCausalK {
			lanes = min(lanes, int(row+1-c*LeafSize))
		}
		acc[0] += dot2(&a, &b, lanes, d.ZIn, d.ZIn2)
		return nil
	}
	y := matmulOut(acc[0], d)
	acc[0] = 0
	leaf, off := d.Out.ElemLeaf(i, n)
	return m.UpdateRAM(leaf, writeLane(off, y))
}
