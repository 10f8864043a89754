package ops

// The Go-only part of matmul.go, which has no Solidity twin (see doc.go):
// the fast path, the trace rebuild bound, the closed-form step prefix sums
// of the ragged causal modes and the op name.

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

// run: B (all heads, zero point removed) is loaded once as int32 rows of K;
// each A row once; each element is a plain dot over the row's k range.
func (matmul) run(d *Desc, ram, _ []byte) {
	M, N, C, G := matmulDims(d)
	P, PB, K := uint64(d.In.Dims[0]), uint64(d.In2.Dims[0]), uint64(d.In.Dims[2])
	if P*M*N == 0 {
		return
	}
	bs := make([]int32, PB*N*K)
	for r := uint64(0); r < PB*N; r++ {
		base := (uint64(d.In2.Addr) + r*C) * LeafSize
		for k := uint64(0); k < K; k++ {
			bs[r*K+k] = int32(int8(ram[base+k])) - int32(d.ZIn2)
		}
	}
	a := make([]int32, K)
	for i := uint64(0); i < P*M; i++ {
		p, m := i/M, i%M
		base := (uint64(d.In.Addr) + i*C) * LeafSize
		for k := uint64(0); k < K; k++ {
			a[k] = int32(int8(ram[base+k])) - int32(d.ZIn)
		}
		nEnd, kEnd := N, K
		switch d.KH {
		case MatMulCausalN:
			nEnd = m + 1
		case MatMulCausalK:
			kEnd = m + 1
		}
		out := ram[(uint64(d.Out.Addr)+i*d.Out.RowLeaves())*LeafSize:][:nEnd]
		head := bs[(p/G)*N*K:]
		for n := range out {
			out[n] = byte(matmulOut(dotInt32(a[:kEnd], head[uint64(n)*K:][:kEnd]), d))
		}
	}
}
