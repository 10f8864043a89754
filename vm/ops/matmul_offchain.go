package ops

// The Go-only part of matmul.go, which has no Solidity twin (see doc.go):
// the fast path, the trace rebuild bound, the closed-form step prefix sums
// of the ragged causal modes and the op name.

import "github.com/opml-dev/opml/vm/fixedpoint"

func (matmul) name() string { return "matmul" }

func (matmul) validateData(*Desc, []byte) error { return nil }

// writtenThrough: iteration i writes (some of) row i of Out; the masked
// elements of a causal-N row are never written by any iteration, so the
// row's whole leaves are final once it is done.
func (matmul) writtenThrough(d *Desc, i uint64) uint64 {
	return leafEnd(d.Out, (i+1)*d.Out.RowLeaves()-1)
}

// ceilSum returns the sum over t = 1..m of ceil(t/32): with q = m div 32
// and r = m mod 32, q full blocks of 32 terms (1, 2, …, q) and r terms q+1.
func ceilSum(m uint64) uint64 {
	q, r := m/LeafSize, m%LeafSize
	return (q + 1) * (LeafSize/2*q + r)
}

// stepsBefore: the steps of rows 0..i-1, in closed form per mode (head
// p = i div M, row m = i mod M; a head's rows 0..m-1 take
// (C+1)·m(m+1)/2 steps in causal-N mode and N·(m + ceilSum(m)) in causal-K).
func (matmul) stepsBefore(d *Desc, i uint64) uint64 {
	M, N, C, _ := matmulDims(d)
	if M == 0 {
		return 0
	}
	rows := func(m uint64) uint64 {
		switch d.KH {
		case MatMulCausalN:
			return (C + 1) * (m * (m + 1) / 2)
		case MatMulCausalK:
			return N * (m + ceilSum(m))
		}
		return m * N * (C + 1)
	}
	return i/M*rows(M) + rows(i%M)
}

// run: each head of B, zero point removed, packed once (|a − ZIn| and
// |b − ZIn2| <= 255); the rows of A two at a time (within a head), zero
// point removed and, in causal-K mode, the terms k > m zeroed (the dot of
// row m runs over k <= m only); then six elements per pass of the packed
// kernel. In causal-N mode only the elements n <= m are written.
func (matmul) run(d *Desc, ram, _ []byte) {
	M, N, C, G := matmulDims(d)
	P, PB, K := uint64(d.In.Dims[0]), uint64(d.In2.Dims[0]), uint64(d.In.Dims[2])
	if P*M*N == 0 {
		return
	}
	bs := make([]*packed, PB)
	for h := range bs {
		b := newPacked(N, K, 255*255)
		for n := uint64(0); n < N; n++ {
			b.setRow(n, ram[(uint64(d.In2.Addr)+(uint64(h)*N+n)*C)*LeafSize:][:K], int64(d.ZIn2))
		}
		bs[h] = b
	}
	o := fixedpoint.NewOutput(d.MulOut, d.ShOut, d.ZOut, d.Lo, d.Hi)
	x2 := make([]termPair, K)
	// load writes row i of A as vector t (0 or 1) of x2, its terms k >= kEnd
	// zero, and returns the row's output (its written elements) and kEnd.
	load := func(i, t uint64) ([]byte, uint64) {
		m, kEnd, nEnd := i%M, K, N
		switch d.KH {
		case MatMulCausalN:
			nEnd = m + 1
		case MatMulCausalK:
			kEnd = m + 1
		}
		a := ram[(uint64(d.In.Addr)+i*C)*LeafSize:][:K]
		for k := range x2 {
			var x int64
			if uint64(k) < kEnd {
				x = int64(int8(a[k])) - int64(d.ZIn)
			}
			if t == 0 {
				x2[k].a = x
			} else {
				x2[k].b = x
			}
		}
		return ram[(uint64(d.Out.Addr)+i*d.Out.RowLeaves())*LeafSize:][:nEnd], kEnd
	}
	for i, step := uint64(0), uint64(2); i < P*M; i += step {
		out0, k0 := load(i, 0)
		out1, k1 := []byte(nil), uint64(0)
		if step = 2; i+1 < P*M && (i+1)/M == i/M {
			out1, k1 = load(i+1, 1)
		} else {
			step = 1 // row i + 1 starts the next head
		}
		n0, n1 := uint64(len(out0)), uint64(len(out1))
		b := bs[i/M/G]
		for g := uint64(0); 6*g < max(n0, n1); g++ {
			s := b.dot(x2, g, max(k0, k1))
			for j := uint64(0); j < 6; j++ {
				if n := 6*g + j; n < n0 {
					out0[n] = byte(o.Apply(int32(s[0][j])))
				}
				if n := 6*g + j; n < n1 {
					out1[n] = byte(o.Apply(int32(s[1][j])))
				}
			}
		}
	}
}
