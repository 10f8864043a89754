package ops

// Tests of the packed dot-product kernel (packed, packedKernel, unpack3)
// that Gemm's and MatMul's fast paths share, and of those fast paths at the
// edges of its lane bound: the largest products of either sign in every
// term, lane sums that change sign between neighbouring lanes, K around the
// block and unroll sizes, N around the group size, odd row counts, rows at
// the sparse threshold, and sums past the int32 range. Each case runs
// through checkRefCase: the fast path must equal the reference and the
// micro-steps, and write nothing but the output elements.

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestPackedDot: packed.dot equals the plain int64 dot products for every
// row of every group, at the bound (|x·w| = bound in every term, the
// weights' sign alternating by row so that neighbouring lanes carry
// opposite extreme sums, or all negative) and at random, for K across the
// block and unroll boundaries and for every kEnd. Rows are filled as the
// fast paths fill them: int8 bytes minus a zero point (0 for Gemm's
// weights, |w| <= 128; any for MatMul's second input, |w| <= 255).
func TestPackedDot(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	for _, matmul := range []bool{false, true} {
		xMax, bound := int64(255), uint64(255*128)
		if matmul {
			bound = 255 * 255
		}
		for _, N := range []uint64{1, 2, 3, 5, 6, 7, 12, 13} {
			for _, K := range []uint64{0, 1, 3, 4, 5, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100} {
				for mode := range 4 {
					p := newPacked(N, K, bound)
					w := make([][]int64, N)
					for n := range w {
						var z int8 // the row's zero point
						b := func() int8 { return int8(r.IntN(256) - 128) }
						switch {
						case mode == 0 && matmul: // -255, +255, ...
							z, b = []int8{127, -128}[n%2], func() int8 { return []int8{-128, 127}[n%2] }
						case mode == 0: // -128, +127, ...
							b = func() int8 { return []int8{-128, 127}[n%2] }
						case mode == 1 && matmul:
							z, b = 127, func() int8 { return -128 }
						case mode == 1:
							b = func() int8 { return -128 }
						case matmul:
							z = int8(r.IntN(256) - 128)
						}
						src := make([]byte, K)
						w[n] = make([]int64, K)
						for k := range src {
							v := b()
							src[k], w[n][k] = byte(v), int64(v)-int64(z)
						}
						p.setRow(uint64(n), src, int64(z))
					}
					x := make([]termPair, K)
					for k := range x {
						x[k] = termPair{xMax, -xMax}
						if mode >= 2 {
							x[k] = termPair{r.Int64N(2*xMax+1) - xMax, r.Int64N(2*xMax+1) - xMax}
						}
					}
					name := fmt.Sprintf("matmul=%v N=%d K=%d mode %d", matmul, N, K, mode)
					for kEnd := uint64(0); kEnd < K; kEnd += 1 + K/7 {
						checkPackedDot(t, p, w, x, kEnd, fmt.Sprintf("%s kEnd %d", name, kEnd))
					}
					checkPackedDot(t, p, w, x, K, name)
				}
			}
		}
	}
}

func checkPackedDot(t *testing.T, p *packed, w [][]int64, x []termPair, kEnd uint64, name string) {
	t.Helper()
	for g := uint64(0); g < p.groups(); g++ {
		s := p.dot(x, g, kEnd)
		for j := uint64(0); j < 6; j++ {
			n := 6*g + j
			var want [2]int64
			if n < uint64(len(w)) {
				for k := uint64(0); k < kEnd; k++ {
					want[0] += x[k].a * w[n][k]
					want[1] += x[k].b * w[n][k]
				}
			}
			if s[0][j] != want[0] || s[1][j] != want[1] {
				t.Fatalf("%s: row %d: dot = (%d, %d), want (%d, %d)", name, n, s[0][j], s[1][j], want[0], want[1])
			}
		}
	}
}

// gemmEdgeCase places a Gemm of M output rows over G input rows each of L
// elements, N channels; x(m, k) and w(n, k) give the int8 input and weight
// values (weights' padding lanes stay random).
func gemmEdgeCase(r *rand.Rand, M, G, L, N uint32, zIn int8, x func(m, k uint64) int8, w func(n, k uint64) int8) refCase {
	g := newRefGen(r)
	in := g.place(NewTensor(Int8, M*G, L))
	out := NewTensor(Int8, M, N)
	if M == 1 && r.IntN(2) == 0 {
		out = NewTensor(Int8, N)
	}
	out = g.place(out)
	K := uint64(G) * uint64(L)
	chunks := uint64(G) * refRowStride(in)
	d := Desc{Op: OpGemm, In: in, Out: out, M: M, ZIn: zIn, ZOut: g.smallZ()}
	d.W = g.romAlloc(uint64(N) * chunks)
	d.CP = g.channels(uint64(N), K)
	d.Lo, d.Hi = g.clamp(d.ZOut)
	g.ramW = append(g.ramW, func(ram []byte) {
		v := make([]int64, uint64(M)*K)
		for k := range v {
			v[k] = int64(x(uint64(k)/K, uint64(k)%K))
		}
		refWrite(in, ram, v)
	})
	g.romW = append(g.romW, func(rom []byte) {
		for n := uint64(0); n < uint64(N); n++ {
			for k := uint64(0); k < K; k++ {
				gi, c := k/uint64(L), k%uint64(L)
				rom[(uint64(d.W)+n*chunks+gi*refRowStride(in)+c/32)*32+c%32] = byte(w(n, k))
			}
		}
	})
	return g.finish(fmt.Sprintf("gemm M=%d G=%d L=%d N=%d", M, G, L, N), d)
}

// TestGemmFastPathEdges runs Gemm's fast path (packed, sparse and
// single-row kernels) on extreme and structured data.
func TestGemmFastPathEdges(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 24))
	extreme := []struct {
		name string
		zIn  int8
		x    func(m, k uint64) int8
		w    func(n, k uint64) int8
	}{
		// x − ZIn = −255 against w = −128: +32640 in every term.
		{"max", 127, func(_, _ uint64) int8 { return -128 }, func(_, _ uint64) int8 { return -128 }},
		// neighbouring channels (lanes) of opposite extreme sums.
		{"alternating", 127, func(_, _ uint64) int8 { return -128 }, func(n, _ uint64) int8 { return []int8{-128, 127}[n%2] }},
		// x − ZIn = +255, the sign flipping by row and term.
		{"signs", -128, func(m, k uint64) int8 { return []int8{127, -128}[(m+k)%2] }, func(n, k uint64) int8 { return []int8{-128, 127, 127}[(n+k)%3] }},
		{"random", int8(r.IntN(256) - 128), func(_, _ uint64) int8 { return int8(r.IntN(256) - 128) }, func(_, _ uint64) int8 { return int8(r.IntN(256) - 128) }},
	}
	for _, e := range extreme {
		for _, M := range []uint32{1, 2, 3, 5} {
			for _, G := range []uint32{1, 2} {
				for _, L := range []uint32{1, 3, 4, 31, 32, 33, 65} {
					for _, N := range []uint32{1, 5, 6, 7, 13} {
						c := gemmEdgeCase(r, M, G, L, N, e.zIn, e.x, e.w)
						c.name += " " + e.name
						checkRefCase(t, c)
					}
				}
			}
		}
	}
	// Rows around the sparse thresholds (1/8 and 1/2 of the terms nonzero),
	// dense and sparse rows in one pair, and all-zero rows.
	for _, L := range []uint32{16, 64, 176} {
		for _, nz := range []uint32{0, 1, L/8 - 1, L / 8, L/8 + 1, L/2 - 1, L / 2, L/2 + 1, L} {
			zIn := int8(r.IntN(256) - 128)
			x := func(m, k uint64) int8 {
				if m%3 == 1 || k >= uint64(nz) { // row 1 of 3 all zero, the rest nz terms
					return zIn
				}
				return int8(r.IntN(256) - 128)
			}
			w := func(_, _ uint64) int8 { return int8(r.IntN(256) - 128) }
			c := gemmEdgeCase(r, 4, 1, L, 9, zIn, x, w)
			c.name += fmt.Sprintf(" nz=%d", nz)
			checkRefCase(t, c)
		}
	}
}

// TestGemmFastPathWraps: a dot product whose exact value leaves the int32
// range (K·32640 > 2^31): the fast path's int64 lane sums, truncated, must
// give the wrapped sum of the step semantics.
func TestGemmFastPathWraps(t *testing.T) {
	if testing.Short() {
		t.Skip("66,000-term dot products")
	}
	r := rand.New(rand.NewPCG(25, 26))
	const L = 66000 // 66000·32640 > 2^31
	for _, w := range []int8{-128, 127} {
		c := gemmEdgeCase(r, 3, 1, L, 7, 127, func(_, _ uint64) int8 { return -128 }, func(_, _ uint64) int8 { return w })
		checkRefCase(t, c)
	}
}

// TestMatMulFastPathEdges runs MatMul's fast path in its three modes with
// |a − ZIn| = |b − ZIn2| = 255 in every term (the largest products), and
// at random, over odd row counts and K around the block size.
func TestMatMulFastPathEdges(t *testing.T) {
	r := rand.New(rand.NewPCG(27, 28))
	for _, mode := range []uint16{MatMulFull, MatMulCausalN, MatMulCausalK} {
		for _, K := range []uint32{1, 4, 15, 16, 17, 33, 70} {
			for _, N := range []uint32{1, 6, 7, 13} {
				for _, pat := range []string{"max", "alternating", "random"} {
					g := newRefGen(r)
					P, PB := uint32(3), uint32(1)
					if pat == "random" {
						P, PB = 4, 2
					}
					M, N, K := matmulModeDims(mode, 5, N, K)
					a := g.place(NewTensor(Int8, P, M, K))
					b := g.place(NewTensor(Int8, PB, N, K))
					out := g.place(NewTensor(Int8, P, M, N))
					d := Desc{Op: OpMatMul, In: a, In2: b, Out: out, KH: mode, ZIn: 127, ZIn2: -128, ZOut: g.smallZ()}
					g.outQuant(&d, 38, 8)
					g.ramW = append(g.ramW, func(ram []byte) {
						av, bv := refRead(a, ram), refRead(b, ram)
						for k := range av {
							switch pat {
							case "max", "alternating":
								av[k] = -128 // a − ZIn = −255
							default:
								av[k] = int64(r.IntN(256) - 128)
							}
						}
						for k := range bv {
							switch pat {
							case "max":
								bv[k] = 127 // b − ZIn2 = 255
							case "alternating":
								bv[k] = []int64{127, -128}[(uint64(k)/uint64(K))%2] // 255 or 0 by row
							default:
								bv[k] = int64(r.IntN(256) - 128)
							}
						}
						refWrite(a, ram, av)
						refWrite(b, ram, bv)
					})
					checkRefCase(t, g.finish(fmt.Sprintf("matmul mode %d K=%d N=%d %s", mode, K, N, pat), d))
				}
			}
		}
	}
}
