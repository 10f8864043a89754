package ops

// The Go-only part of gemm.go, which has no Solidity twin (see doc.go): for
// Gemm and Conv2D the fast path (run, with its dense and sparse dot-product
// kernels), the trace rebuild bound (writtenThrough), the channel-record
// data rule (validateData) and the op names.

import "github.com/opml-dev/opml/vm/fixedpoint"

// ---- Gemm ----

func (gemm) name() string { return "gemm" }

func (gemm) validateData(d *Desc, rom []byte) error {
	return validateChanParams(rom, d.CP, d.Out.RowLen())
}

func (gemm) writtenThrough(d *Desc, i uint64) uint64 {
	N := d.Out.RowLen()
	return elemEnd(d.Out, i/N, i%N)
}

func (gemm) run(d *Desc, ram, rom []byte) {
	G, chunks, N := gemmDims(d)
	M := uint64(d.M)
	if M == 0 || N == 0 {
		return
	}
	// K lanes of each input vector and weight row take part in a dot
	// product: with G = 1 the input row's real lanes (its padding lanes
	// follow them), else every lane of the G rows' chunks, the input's
	// padding lanes zeroed so that they add nothing.
	K := chunks * LeafSize
	if G == 1 {
		K = d.In.RowLen()
	}
	r := gemmRun{d: d, ram: ram, G: G, K: K, outs: chanOutputs(d, rom, N),
		w: rom[uint64(d.W)*LeafSize:][:N*chunks*LeafSize], stride: chunks * LeafSize,
		xs: [2][]int32{make([]int32, K), make([]int32, K)}}
	pack := K <= maxPackedK
	if pack {
		r.xp = make([]int64, K)
	}
	for row := uint64(0); row < M; row += 2 {
		dense0 := r.load(row, r.xs[0])
		if row+1 == M {
			r.single(row, r.xs[0], dense0)
			break
		}
		dense1 := r.load(row+1, r.xs[1])
		if pack && dense0 && dense1 {
			r.pair(row)
			continue
		}
		r.single(row, r.xs[0], dense0)
		r.single(row+1, r.xs[1], dense1)
	}
}

// maxPackedK bounds the dot products that gemmRun.pair computes for two
// input rows at once: with K terms (x − ZIn)·w, |x − ZIn| <= 255 and
// |w| <= 128, the exact sum has |S| <= K·255·128 < 2^31, so it is also
// the wrapped int32 sum the step semantics accumulate.
const maxPackedK = (1<<31 - 1) / (255 * 128)

// gemmRun is one fast-path run of a Gemm: the operands, decoded once.
type gemmRun struct {
	d         *Desc
	ram       []byte
	G, K      uint64
	outs      []chanOutput // the N output channels' output stages
	w         []byte       // the N weight rows, stride bytes apart
	stride    uint64
	xs        [2][]int32 // input vectors of the current rows
	xp        []int64    // two input vectors packed (pair)
	idx, vals []int32    // the nonzero terms of a sparse input vector
}

// chanOutput is gemmOut for one output channel: its bias, then its
// requantization, the zero point and the clamp.
type chanOutput struct {
	bias int32
	o    fixedpoint.Output
}

// chanOutputs decodes the records of output channels 0..n-1 of d.
func chanOutputs(d *Desc, rom []byte, n uint64) []chanOutput {
	outs := make([]chanOutput, n)
	for ch := range outs {
		cp := getChanParams(leafAt(rom, uint64(d.CP)+uint64(ch)/2), uint64(ch))
		outs[ch] = chanOutput{bias: cp.Bias, o: fixedpoint.NewOutput(cp.Mult, cp.Shift, d.ZOut, d.Lo, d.Hi)}
	}
	return outs
}

// wrow is weight row n (its first K bytes).
func (r *gemmRun) wrow(n uint64) []byte { return r.w[n*r.stride:][:r.K] }

// out is output row `row`: Out is int8 [M, N] (or [N]), so element n of
// the row is byte n from the row's first leaf.
func (r *gemmRun) out(row uint64) []byte {
	return r.ram[(uint64(r.d.Out.Addr)+row*r.d.Out.RowLeaves())*LeafSize:][:len(r.outs)]
}

// load writes the input vector of output row `row` into x, zero point
// removed and padding lanes zeroed (so the dot product needs no masking),
// and reports whether it is dense: at least half its terms nonzero.
func (r *gemmRun) load(row uint64, x []int32) (dense bool) {
	d := r.d
	cpr := d.In.RowLeaves()
	first := uint64(d.In.Addr) + row*r.G*cpr
	if r.G == 1 {
		src := r.ram[first*LeafSize:][:len(x)]
		for k, v := range src {
			x[k] = int32(int8(v)) - int32(d.ZIn)
		}
	} else {
		for c := uint64(0); c < r.G*cpr; c++ {
			loadLanes(x[c*LeafSize:], leafAt(r.ram, first+c), lanesIn(d.In, c%cpr), d.ZIn)
		}
	}
	nz := 0
	for _, v := range x {
		if v != 0 {
			nz++
		}
	}
	return 2*nz >= len(x)
}

// single computes output row `row` from its input vector x. Inputs after
// ReLU or of images are often mostly at the zero point: then only the
// nonzero terms are summed (the others add exactly 0).
func (r *gemmRun) single(row uint64, x []int32, dense bool) {
	o, N := r.out(row), uint64(len(r.outs))
	dot4, dot1 := dotKernel4, dotKernel
	if !dense {
		r.idx = nonzero(x, r.idx[:0])
		r.vals = r.vals[:0]
		for _, k := range r.idx {
			r.vals = append(r.vals, x[k])
		}
		vals, idx := r.vals, r.idx
		dot4 = func(_ []int32, w0, w1, w2, w3 []byte) (int32, int32, int32, int32) {
			return sparseKernel4(vals, idx, w0, w1, w2, w3)
		}
		dot1 = func(_ []int32, w []byte) int32 { return sparseKernel(vals, idx, w) }
	}
	n := uint64(0)
	for ; n+4 <= N; n += 4 {
		a0, a1, a2, a3 := dot4(x, r.wrow(n), r.wrow(n+1), r.wrow(n+2), r.wrow(n+3))
		r.put(o, n, a0)
		r.put(o, n+1, a1)
		r.put(o, n+2, a2)
		r.put(o, n+3, a3)
	}
	for ; n < N; n++ {
		r.put(o, n, dot1(x, r.wrow(n)))
	}
}

// put writes gemmOut of the accumulator of channel n into o[n].
func (r *gemmRun) put(o []byte, n uint64, acc int32) {
	c := &r.outs[n]
	o[n] = byte(c.o.Apply(acc + c.bias))
}

// pair computes output rows row and row+1 (both dense, K <= maxPackedK)
// with one multiplication per weight for both: the vectors are packed as
// p[k] = x0[k] + x1[k]·2^32, so sum p[k]·w[k] = S0 + S1·2^32 exactly in
// int64 (|S0|, |S1| < 2^31), whose low 32 bits are S0 and whose rest,
// after removing S0, is S1.
func (r *gemmRun) pair(row uint64) {
	x0, x1, xp := r.xs[0], r.xs[1], r.xp
	for k := range xp {
		xp[k] = int64(x0[k]) + int64(x1[k])<<32
	}
	o0, o1, N := r.out(row), r.out(row+1), uint64(len(r.outs))
	put := func(n uint64, t int64) {
		s0, s1 := unpack(t)
		r.put(o0, n, s0)
		r.put(o1, n, s1)
	}
	n := uint64(0)
	for ; n+4 <= N; n += 4 {
		t0, t1, t2, t3 := packedKernel4(xp, r.wrow(n), r.wrow(n+1), r.wrow(n+2), r.wrow(n+3))
		put(n, t0)
		put(n+1, t1)
		put(n+2, t2)
		put(n+3, t3)
	}
	for ; n < N; n++ {
		put(n, packedKernel(xp, r.wrow(n)))
	}
}

// unpack splits the packed sum t = S0 + S1·2^32 (|S0|, |S1| < 2^31).
func unpack(t int64) (s0, s1 int32) {
	s0 = int32(t)
	return s0, int32((t - int64(s0)) >> 32)
}

// packedKernel returns sum xp[k]·w[k] in int64 (exact for packed vectors
// of K <= maxPackedK terms).
func packedKernel(xp []int64, w []byte) int64 {
	w = w[:len(xp)]
	var t0, t1 int64
	k := 0
	for ; k+2 <= len(xp); k += 2 {
		t0 += xp[k] * int64(int8(w[k]))
		t1 += xp[k+1] * int64(int8(w[k+1]))
	}
	if k < len(xp) {
		t0 += xp[k] * int64(int8(w[k]))
	}
	return t0 + t1
}

// packedKernel4 is packedKernel with four weight rows at once, reading each
// packed term once.
func packedKernel4(xp []int64, w0, w1, w2, w3 []byte) (t0, t1, t2, t3 int64) {
	n := len(xp)
	w0, w1, w2, w3 = w0[:n], w1[:n], w2[:n], w3[:n]
	for k, x := range xp {
		t0 += x * int64(int8(w0[k]))
		t1 += x * int64(int8(w1[k]))
		t2 += x * int64(int8(w2[k]))
		t3 += x * int64(int8(w3[k]))
	}
	return
}

// loadLanes writes x[l] - zx for the n real lanes of a leaf and 0 for the
// padding lanes into dst[0:32].
func loadLanes(dst []int32, x *[LeafSize]byte, n int, zx int8) {
	dst = dst[:LeafSize]
	for l := range dst {
		if l < n {
			dst[l] = int32(int8(x[l])) - int32(zx)
		} else {
			dst[l] = 0
		}
	}
}

// dotKernel returns sum x[k]*int8(w[k]) wrapping in int32. Addition modulo
// 2^32 is associative, so the four partial sums give the same result as the
// step semantics' sequential order.
func dotKernel(x []int32, w []byte) int32 {
	w = w[:len(x)]
	var s0, s1, s2, s3 int32
	k := 0
	for ; k+8 <= len(x); k += 8 {
		xx := x[k : k+8 : k+8]
		ww := w[k : k+8 : k+8]
		s0 += xx[0]*int32(int8(ww[0])) + xx[4]*int32(int8(ww[4]))
		s1 += xx[1]*int32(int8(ww[1])) + xx[5]*int32(int8(ww[5]))
		s2 += xx[2]*int32(int8(ww[2])) + xx[6]*int32(int8(ww[6]))
		s3 += xx[3]*int32(int8(ww[3])) + xx[7]*int32(int8(ww[7]))
	}
	for ; k < len(x); k++ {
		s0 += x[k] * int32(int8(w[k]))
	}
	return s0 + s1 + s2 + s3
}

// nonzero appends the indices of the nonzero elements of x to dst.
func nonzero(x []int32, dst []int32) []int32 {
	for k, v := range x {
		if v != 0 {
			dst = append(dst, int32(k))
		}
	}
	return dst
}

// sparseKernel is dotKernel over the terms at idx only (x[idx[j]] =
// vals[j]); the terms left out are zero, so the sum is the same.
func sparseKernel(vals, idx []int32, w []byte) int32 {
	var s0, s1 int32
	j := 0
	for ; j+2 <= len(vals); j += 2 {
		s0 += vals[j] * int32(int8(w[idx[j]]))
		s1 += vals[j+1] * int32(int8(w[idx[j+1]]))
	}
	if j < len(vals) {
		s0 += vals[j] * int32(int8(w[idx[j]]))
	}
	return s0 + s1
}

// sparseKernel4 is sparseKernel with four weight rows at once.
func sparseKernel4(vals, idx []int32, w0, w1, w2, w3 []byte) (s0, s1, s2, s3 int32) {
	for j, v := range vals {
		k := idx[j]
		s0 += v * int32(int8(w0[k]))
		s1 += v * int32(int8(w1[k]))
		s2 += v * int32(int8(w2[k]))
		s3 += v * int32(int8(w3[k]))
	}
	return
}

// dotKernel4 is dotKernel of x with four weight rows at once, reading each
// x once.
func dotKernel4(x []int32, w0, w1, w2, w3 []byte) (s0, s1, s2, s3 int32) {
	n := len(x)
	w0, w1, w2, w3 = w0[:n], w1[:n], w2[:n], w3[:n]
	k := 0
	for ; k+4 <= n; k += 4 {
		xx := x[k : k+4 : k+4]
		a, b, c, e := xx[0], xx[1], xx[2], xx[3]
		v0, v1, v2, v3 := w0[k:k+4:k+4], w1[k:k+4:k+4], w2[k:k+4:k+4], w3[k:k+4:k+4]
		s0 += a*int32(int8(v0[0])) + b*int32(int8(v0[1])) + c*int32(int8(v0[2])) + e*int32(int8(v0[3]))
		s1 += a*int32(int8(v1[0])) + b*int32(int8(v1[1])) + c*int32(int8(v1[2])) + e*int32(int8(v1[3]))
		s2 += a*int32(int8(v2[0])) + b*int32(int8(v2[1])) + c*int32(int8(v2[2])) + e*int32(int8(v2[3]))
		s3 += a*int32(int8(v3[0])) + b*int32(int8(v3[1])) + c*int32(int8(v3[2])) + e*int32(int8(v3[3]))
	}
	for ; k < n; k++ {
		s0 += x[k] * int32(int8(w0[k]))
		s1 += x[k] * int32(int8(w1[k]))
		s2 += x[k] * int32(int8(w2[k]))
		s3 += x[k] * int32(int8(w3[k]))
	}
	return
}

// ---- Conv2D ----

func (conv2d) name() string { return "conv2d" }

func (conv2d) validateData(d *Desc, rom []byte) error {
	return validateChanParams(rom, d.CP, uint64(d.Out.Dims[2]))
}

func (conv2d) writtenThrough(d *Desc, i uint64) uint64 {
	OC := uint64(d.Out.Dims[2])
	return elemEnd(d.Out, i/OC, i%OC)
}

func (conv2d) run(d *Desc, ram, rom []byte) {
	H, W, C := uint64(d.In.Dims[0]), uint64(d.In.Dims[1]), uint64(d.In.Dims[2])
	OH, OW, OC := uint64(d.Out.Dims[0]), uint64(d.Out.Dims[1]), uint64(d.Out.Dims[2])
	cpc := d.In.RowLeaves()
	KW, taps := uint64(d.KW), uint64(d.KH)*uint64(d.KW)
	K := taps * C
	// The input with the zero point removed, C values per pixel: element c
	// of pixel p is byte c of the pixel's cpc leaves.
	xs := make([]int32, H*W*C)
	for p := uint64(0); p < H*W; p++ {
		px := ram[(uint64(d.In.Addr)+p*cpc)*LeafSize:][:C]
		for c, v := range px {
			xs[p*C+uint64(c)] = int32(int8(v)) - int32(d.ZIn)
		}
	}
	// The weights without their padding lanes: ws[oc][t·C + c].
	chunks := convChunks(d)
	ws := make([]int32, OC*K)
	for oc := uint64(0); oc < OC; oc++ {
		for t := uint64(0); t < taps; t++ {
			wt := rom[(uint64(d.W)+oc*chunks+t*cpc)*LeafSize:][:C]
			for c, v := range wt {
				ws[oc*K+t*C+uint64(c)] = int32(int8(v))
			}
		}
	}
	// One output pixel at a time: its window as one vector (taps outside the
	// input are zeros, which is what skipping them adds), then a dot product
	// per output channel. Wrapping int32 sums are order-independent, so
	// this equals the step semantics' tap-by-tap order.
	cps := make([]chanParams, OC)
	for oc := range cps {
		cps[oc] = getChanParams(leafAt(rom, uint64(d.CP)+uint64(oc)/2), uint64(oc))
	}
	outRow := d.Out.RowLeaves()
	patch := make([]int32, K)
	idx := make([]int32, 0, K)
	vals := make([]int32, 0, K)
	for oy := uint64(0); oy < OH; oy++ {
		for ox := uint64(0); ox < OW; ox++ {
			for t := uint64(0); t < taps; t++ {
				dst := patch[t*C : (t+1)*C]
				iy, ix, ok := inputPixel(d, oy, ox, t/KW, t%KW)
				if !ok {
					clear(dst)
					continue
				}
				copy(dst, xs[(iy*W+ix)*C:])
			}
			pix := oy*OW + ox
			// Channel oc of pixel pix is byte oc of the pixel's row (ElemLeaf).
			outBase := (uint64(d.Out.Addr) + pix*outRow) * LeafSize
			// Mostly-zero windows (padding, background, after ReLU): sum
			// only the nonzero terms.
			idx = nonzero(patch, idx[:0])
			sparse := 2*len(idx) < len(patch)
			if sparse {
				vals = vals[:0]
				for _, k := range idx {
					vals = append(vals, patch[k])
				}
			}
			for oc := uint64(0); oc < OC; oc++ {
				var acc int32
				if sparse {
					acc = sparseInt32(vals, idx, ws[oc*K:(oc+1)*K])
				} else {
					acc = dotInt32(patch, ws[oc*K:(oc+1)*K])
				}
				ram[outBase+oc] = byte(gemmOut(acc, cps[oc], d))
			}
		}
	}
}

// sparseInt32 is dotInt32 over the terms at idx only (x[idx[j]] = vals[j]).
func sparseInt32(vals, idx []int32, w []int32) int32 {
	var s0, s1 int32
	j := 0
	for ; j+2 <= len(vals); j += 2 {
		s0 += vals[j] * w[idx[j]]
		s1 += vals[j+1] * w[idx[j+1]]
	}
	if j < len(vals) {
		s0 += vals[j] * w[idx[j]]
	}
	return s0 + s1
}

// dotInt32 returns sum x[k]*w[k] wrapping in int32, in any order (addition
// modulo 2^32 is associative and commutative).
func dotInt32(x, w []int32) int32 {
	w = w[:len(x)]
	var s0, s1, s2, s3 int32
	k := 0
	for ; k+8 <= len(x); k += 8 {
		xx := x[k : k+8 : k+8]
		ww := w[k : k+8 : k+8]
		s0 += xx[0]*ww[0] + xx[4]*ww[4]
		s1 += xx[1]*ww[1] + xx[5]*ww[5]
		s2 += xx[2]*ww[2] + xx[6]*ww[6]
		s3 += xx[3]*ww[3] + xx[7]*ww[7]
	}
	for ; k < len(x); k++ {
		s0 += x[k] * w[k]
	}
	return s0 + s1 + s2 + s3
}
