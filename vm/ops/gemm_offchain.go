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
		w: rom[uint64(d.W)*LeafSize:][:N*chunks*LeafSize], stride: chunks * LeafSize}
	for k := range r.xs {
		r.xs[k] = make([]int32, K)
	}
	if M >= 2 {
		// |x − ZIn| <= 255, |w| <= 128.
		r.wp = newPacked(N, K, 255*128)
		for n := uint64(0); n < N; n++ {
			r.wp.setRow(n, r.wrow(n), 0)
		}
		r.x2 = make([]termPair, K)
	}
	for row := uint64(0); row < M; row += 2 {
		if row+1 == M {
			r.single(row, r.xs[0], r.load(row, r.xs[0]))
			break
		}
		dense0, dense1 := r.load(row, r.xs[0]), r.load(row+1, r.xs[1])
		if r.wp != nil && dense0 && dense1 {
			r.pair(row, r.xs[0], r.xs[1])
			continue
		}
		r.single(row, r.xs[0], dense0)
		r.single(row+1, r.xs[1], dense1)
	}
}

// gemmRun is one fast-path run of a Gemm: the operands, decoded once.
type gemmRun struct {
	d         *Desc
	ram       []byte
	G, K      uint64
	outs      []chanOutput // the N output channels' output stages
	w         []byte       // the N weight rows, stride bytes apart
	stride    uint64
	wp        *packed    // the weight rows packed, or nil
	xs        [2][]int32 // input vectors of the current rows
	x2        []termPair // two of them side by side (pair)
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
// and reports whether it is dense: worth a dense dot product rather than
// one over its nonzero terms only. The packed kernel does three terms per
// multiplication for two rows, the sparse one a term per multiplication
// plus an index: with packed weights a vector is dense unless fewer than
// 1/8 of its terms are nonzero, without them unless fewer than half.
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
	if r.wp != nil {
		return 8*nz >= len(x)
	}
	return 2*nz >= len(x)
}

// single computes output row `row` from its input vector x. Inputs after
// ReLU or of images are often mostly at the zero point: then only the
// nonzero terms are summed (the others add exactly 0).
func (r *gemmRun) single(row uint64, x []int32, dense bool) {
	if dense && r.wp != nil {
		r.pair(row, x, nil)
		return
	}
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

// pair computes output rows row and row+1 from their input vectors x0 and
// x1 with the packed weights, two rows and six channels at a time; with x1
// nil, only row `row`.
func (r *gemmRun) pair(row uint64, x0, x1 []int32) {
	x2, two := r.x2, x1 != nil
	if !two {
		x1 = x0
	}
	for k := range x0 {
		x2[k] = termPair{int64(x0[k]), int64(x1[k])}
	}
	o := [2][]byte{r.out(row), nil}
	if two {
		o[1] = r.out(row + 1)
	}
	N := uint64(len(r.outs))
	for g := uint64(0); g < r.wp.groups(); g++ {
		s := r.wp.dot(x2, g, r.K)
		for i, oi := range o {
			for j := uint64(0); j < 6 && 6*g+j < N && oi != nil; j++ {
				r.put(oi, 6*g+j, int32(s[i][j]))
			}
		}
	}
}

// packed holds N rows of K small integers packed three to an int64 word
// for dot products with vectors of small integers (the weights of a Gemm,
// the second input of a MatMul): rows 6g..6g+5 are group g, K term pairs,
// pair k of which holds w[6g][k] + w[6g+1][k]·2^21 + w[6g+2][k]·2^42 and
// the same of rows 6g+3..6g+5 (rows past N are zero). One multiplication
// of a word by a vector term x adds x·w_j to lane j of an int64
// accumulator. With |x·w| <= bound for every term, after `block` terms
// (block·bound < 2^20) every lane's sum S_j has |S_j| < 2^20, the
// accumulator is exactly S0 + S1·2^21 + S2·2^42 and unpack3 recovers each
// S_j. dot adds the lanes' sums up in int64 block by block, exactly: the
// low 32 bits of a total are the wrapped int32 sum of the step semantics
// (addition modulo 2^32 does not depend on the order).
type packed struct {
	N, K, block uint64
	w           []termPair
}

// termPair is term k of two vectors, or two packed words of a group.
type termPair struct{ a, b int64 }

// laneBits is the width of a lane of a packed word.
const laneBits = 21

// newPacked returns an all-zero packed matrix of N rows of K terms whose
// products with vector terms are bounded by bound in magnitude (1 <= bound
// <= 2^16).
func newPacked(N, K, bound uint64) *packed {
	return &packed{N: N, K: K, block: (1<<(laneBits-1) - 1) / bound, w: make([]termPair, (N+5)/6*K)}
}

// setRow sets row n (zero until then) to the int8 values of src minus z,
// len(src) = K.
func (p *packed) setRow(n uint64, src []byte, z int64) {
	w, sh := p.w[n/6*p.K:][:len(src)], laneBits*(n%3)
	if n/3%2 == 0 {
		for k, v := range src {
			w[k].a += (int64(int8(v)) - z) << sh
		}
	} else {
		for k, v := range src {
			w[k].b += (int64(int8(v)) - z) << sh
		}
	}
}

// groups is the number of groups of six rows.
func (p *packed) groups() uint64 { return (p.N + 5) / 6 }

// dot returns the dot products of two vectors (x[k] = term k of vectors
// 0 and 1) with the rows of group g over the terms k < kEnd (kEnd <= K):
// s[i][j] = sum over k < kEnd of x[k]_i · w[6g+j][k], exactly.
func (p *packed) dot(x []termPair, g, kEnd uint64) (s [2][6]int64) {
	w, x := p.w[g*p.K:][:kEnd], x[:kEnd]
	for b := uint64(0); b < kEnd; b += p.block {
		e := min(b+p.block, kEnd)
		t0, t1, t2, t3 := packedKernel(x[b:e], w[b:e])
		unpack3(t0, s[0][:3])
		unpack3(t1, s[0][3:])
		unpack3(t2, s[1][:3])
		unpack3(t3, s[1][3:])
	}
	return s
}

// unpack3 adds the three lane sums of the packed accumulator t to s[0:3]:
// lane 0 is t's low 21 bits as a signed number; t minus it is an exact
// multiple of 2^21, whose quotient holds lanes 1 and 2 the same way.
func unpack3(t int64, s []int64) {
	s = s[:3]
	for j := range 2 {
		l := t << (64 - laneBits) >> (64 - laneBits)
		s[j] += l
		t = (t - l) >> laneBits
	}
	s[2] += t
}

// packedKernel returns the sums over k of x[k].a·w[k].a, x[k].a·w[k].b,
// x[k].b·w[k].a and x[k].b·w[k].b in int64: two vectors times two packed
// words, each term read once, four terms per iteration. Not inlined: on
// its own its operands stay in registers.
//
//go:noinline
func packedKernel(x, w []termPair) (t0, t1, t2, t3 int64) {
	w = w[:len(x)]
	k := 0
	for ; k+4 <= len(x); k += 4 {
		xx, ww := x[k:k+4:k+4], w[k:k+4:k+4]
		v, u := xx[0], ww[0]
		t0, t1, t2, t3 = t0+v.a*u.a, t1+v.a*u.b, t2+v.b*u.a, t3+v.b*u.b
		v, u = xx[1], ww[1]
		t0, t1, t2, t3 = t0+v.a*u.a, t1+v.a*u.b, t2+v.b*u.a, t3+v.b*u.b
		v, u = xx[2], ww[2]
		t0, t1, t2, t3 = t0+v.a*u.a, t1+v.a*u.b, t2+v.b*u.a, t3+v.b*u.b
		v, u = xx[3], ww[3]
		t0, t1, t2, t3 = t0+v.a*u.a, t1+v.a*u.b, t2+v.b*u.a, t3+v.b*u.b
	}
	for ; k < len(x); k++ {
		v, u := x[k], w[k]
		t0, t1, t2, t3 = t0+v.a*u.a, t1+v.a*u.b, t2+v.b*u.a, t3+v.b*u.b
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
