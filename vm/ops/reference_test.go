package ops

// An independent reference implementation of every op over logical tensors
// (flat row-major values, no leaves, no padding, no accumulator lanes),
// written from the op definitions, and property tests comparing the fast path
// (Desc.Run) and the micro-steps (Desc.Step) against it on random valid
// descriptors and memory. The reference deliberately does not use
// vm/fixedpoint nor the package's layout helpers (ElemLeaf, RowLeaves, …):
// rounding and addressing are re-derived here.

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// ---- logical tensor access (re-derived layout) ----

func refRowLen(t Tensor) uint64 {
	if t.Rank == 0 {
		return 1
	}
	return uint64(t.Dims[t.Rank-1])
}

func refRows(t Tensor) uint64 {
	r := uint64(1)
	for k := 0; k+1 < int(t.Rank); k++ {
		r *= uint64(t.Dims[k])
	}
	return r
}

func refNumel(t Tensor) uint64 { return refRows(t) * refRowLen(t) }

func refElemSize(t Tensor) uint64 {
	if t.DType == Int32 {
		return 4
	}
	return 1
}

// refRowStride is the number of 32-byte leaves a row occupies.
func refRowStride(t Tensor) uint64 { return (refRowLen(t)*refElemSize(t) + 31) / 32 }

func refLeaves(t Tensor) uint64 { return refRows(t) * refRowStride(t) }

// refOffset is the RAM byte offset of element (r, c).
func refOffset(t Tensor, r, c uint64) uint64 {
	return (uint64(t.Addr)+r*refRowStride(t))*32 + c*refElemSize(t)
}

// refRead returns the tensor's values, row-major.
func refRead(t Tensor, ram []byte) []int64 {
	out := make([]int64, 0, refNumel(t))
	for r := uint64(0); r < refRows(t); r++ {
		for c := uint64(0); c < refRowLen(t); c++ {
			off := refOffset(t, r, c)
			if t.DType == Int32 {
				out = append(out, int64(int32(binary.BigEndian.Uint32(ram[off:]))))
			} else {
				out = append(out, int64(int8(ram[off])))
			}
		}
	}
	return out
}

// refWrite stores values (row-major) into the tensor's elements.
func refWrite(t Tensor, ram []byte, v []int64) {
	k := 0
	for r := uint64(0); r < refRows(t); r++ {
		for c := uint64(0); c < refRowLen(t); c++ {
			off := refOffset(t, r, c)
			if t.DType == Int32 {
				binary.BigEndian.PutUint32(ram[off:], uint32(int32(v[k])))
			} else {
				ram[off] = byte(int8(v[k]))
			}
			k++
		}
	}
}

// refElemBytes marks every byte of RAM that holds an element of t.
func refElemBytes(t Tensor, mask []bool) {
	for r := uint64(0); r < refRows(t); r++ {
		for c := uint64(0); c < refRowLen(t); c++ {
			off := refOffset(t, r, c)
			for b := uint64(0); b < refElemSize(t); b++ {
				mask[off+b] = true
			}
		}
	}
}

// ---- arithmetic (re-derived rounding) ----

// refDivRound returns n/d rounded to the nearest integer, ties away from
// zero; d > 0.
func refDivRound(n, d *big.Int) *big.Int {
	q, m := new(big.Int).QuoRem(n, d, new(big.Int)) // q truncated toward zero
	twice := new(big.Int).Abs(m)
	twice.Lsh(twice, 1)
	if twice.Cmp(d) >= 0 {
		if n.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}

func refSat32(x *big.Int) int64 {
	lo, hi := big.NewInt(-1<<31), big.NewInt(1<<31-1)
	if x.Cmp(hi) > 0 {
		return hi.Int64()
	}
	if x.Cmp(lo) < 0 {
		return lo.Int64()
	}
	return x.Int64()
}

// refRequant is saturate_int32(round_half_away_from_zero(x * m / 2^s)).
func refRequant(x int64, m int32, s uint8) int64 {
	n := new(big.Int).Mul(big.NewInt(x), big.NewInt(int64(m)))
	return refSat32(refDivRound(n, new(big.Int).Lsh(big.NewInt(1), uint(s))))
}

// refDiv is a/b rounded half away from zero (b > 0).
func refDiv(a, b int64) int64 { return refDivRound(big.NewInt(a), big.NewInt(b)).Int64() }

// refClamp is min(max(x, lo), hi).
func refClamp(x int64, lo, hi int8) int64 {
	if x < int64(lo) {
		x = int64(lo)
	}
	if x > int64(hi) {
		x = int64(hi)
	}
	return x
}

// refWrap32 reduces x modulo 2^32 into [-2^31, 2^31).
func refWrap32(x int64) int64 {
	m := ((x % (1 << 32)) + (1 << 32)) % (1 << 32)
	if m >= 1<<31 {
		m -= 1 << 32
	}
	return m
}

// refChan reads output channel ch's record at ROM leaf cp.
func refChan(rom []byte, cp uint32, ch uint64) (bias, mult int64, shift uint8) {
	b := rom[uint64(cp)*32+ch*16:]
	return int64(int32(binary.BigEndian.Uint32(b))), int64(int32(binary.BigEndian.Uint32(b[4:]))), b[8]
}

func refRequantOut(d *Desc, acc int64, rom []byte, ch uint64) int64 {
	bias, mult, shift := refChan(rom, d.CP, ch)
	v := refWrap32(refWrap32(acc) + bias)
	return refClamp(refRequant(v, int32(mult), shift)+int64(d.ZOut), d.Lo, d.Hi)
}

// ---- reference ops ----

// refRun returns the output tensor's values after the op.
func refRun(d *Desc, ram, rom []byte) []int64 {
	switch d.Op {
	case OpGemm:
		return refGemm(d, ram, rom)
	case OpConv2D:
		return refConv(d, ram, rom)
	case OpReLU:
		x := refRead(d.In, ram)
		for k := range x {
			x[k] = max(x[k], int64(d.ZIn))
		}
		return x
	case OpMaxPool2D, OpAvgPool2D:
		return refPool(d, ram)
	case OpAdd:
		a, b := refRead(d.In, ram), refRead(d.In2, ram)
		out := make([]int64, len(a))
		for k := range a {
			ra := refRequant((a[k]-int64(d.ZIn))*(1<<20), d.MulIn, d.ShIn)
			rb := refRequant((b[k]-int64(d.ZIn2))*(1<<20), d.MulIn2, d.ShIn2)
			s := refSat32(big.NewInt(ra + rb))
			out[k] = refClamp(refRequant(s, d.MulOut, d.ShOut)+int64(d.ZOut), d.Lo, d.Hi)
		}
		return out
	case OpMul:
		a, b := refRead(d.In, ram), refRead(d.In2, ram)
		out := make([]int64, len(a))
		for k := range a {
			p := (a[k] - int64(d.ZIn)) * (b[k] - int64(d.ZIn2))
			out[k] = refClamp(refRequant(p, d.MulOut, d.ShOut)+int64(d.ZOut), d.Lo, d.Hi)
		}
		return out
	case OpMax, OpMin:
		a, b := refRead(d.In, ram), refRead(d.In2, ram)
		out := make([]int64, len(a))
		for k := range a {
			ra := refRequant((a[k]-int64(d.ZIn))*(1<<20), d.MulIn, d.ShIn)
			rb := refRequant((b[k]-int64(d.ZIn2))*(1<<20), d.MulIn2, d.ShIn2)
			v := max(ra, rb)
			if d.Op == OpMin {
				v = min(ra, rb)
			}
			out[k] = refClamp(refRequant(v, d.MulOut, d.ShOut)+int64(d.ZOut), d.Lo, d.Hi)
		}
		return out
	case OpReshape:
		return refRead(d.In, ram)
	case OpLut:
		x := refRead(d.In, ram)
		for k := range x {
			x[k] = int64(int8(rom[uint64(d.W)*32+uint64(x[k]+128)]))
		}
		return x
	case OpGather:
		// The sources in order: In's elements, then In2's if present.
		src := refRead(d.In, ram)
		if d.In2 != (Tensor{}) {
			src = append(src, refRead(d.In2, ram)...)
		}
		out := make([]int64, refNumel(d.Out))
		for e := range out {
			k := int64(int32(binary.BigEndian.Uint32(rom[uint64(d.W)*32+4*uint64(e):])))
			if k >= 0 && k < int64(len(src)) {
				out[e] = src[k]
			} else {
				out[e] = int64(d.ZIn)
			}
		}
		return out
	case OpSoftmax:
		return refSoftmax(d, ram, rom)
	case OpMatMul:
		return refMatMul(d, ram)
	case OpEmbed, OpNorm, OpRope, OpGluMul:
		return refRunTransformer(d, ram, rom)
	case OpArgmax:
		x := refRead(d.In, ram)
		n := refRowLen(d.In)
		out := make([]int64, refRows(d.In))
		for r := range out {
			best := 0
			for c := 1; c < int(n); c++ {
				if x[uint64(r)*n+uint64(c)] > x[uint64(r)*n+uint64(best)] {
					best = c
				}
			}
			out[r] = int64(best)
		}
		return out
	}
	panic(fmt.Sprintf("refRun: op %d", d.Op))
}

func refGemm(d *Desc, ram, rom []byte) []int64 {
	x := refRead(d.In, ram)
	M, N := uint64(d.M), refRowLen(d.Out)
	G, L := refRows(d.In)/M, refRowLen(d.In)
	K, cpr := G*L, refRowStride(d.In)
	chunks := G * cpr
	out := make([]int64, M*N)
	for m := uint64(0); m < M; m++ {
		for n := uint64(0); n < N; n++ {
			var acc int64
			for k := uint64(0); k < K; k++ {
				g, c := k/L, k%L
				w := int64(int8(rom[(uint64(d.W)+n*chunks+g*cpr+c/32)*32+c%32]))
				acc += (x[m*K+k] - int64(d.ZIn)) * w
			}
			out[m*N+n] = refRequantOut(d, acc, rom, n)
		}
	}
	return out
}

func refConv(d *Desc, ram, rom []byte) []int64 {
	x := refRead(d.In, ram)
	H, W, C := int64(d.In.Dims[0]), int64(d.In.Dims[1]), uint64(d.In.Dims[2])
	OH, OW, OC := uint64(d.Out.Dims[0]), uint64(d.Out.Dims[1]), uint64(d.Out.Dims[2])
	KH, KW := uint64(d.KH), uint64(d.KW)
	cpc := (C + 31) / 32
	out := make([]int64, 0, OH*OW*OC)
	for oy := uint64(0); oy < OH; oy++ {
		for ox := uint64(0); ox < OW; ox++ {
			for oc := uint64(0); oc < OC; oc++ {
				var acc int64
				for ky := uint64(0); ky < KH; ky++ {
					for kx := uint64(0); kx < KW; kx++ {
						iy := int64(oy*uint64(d.SH)+ky) - int64(d.PadT)
						ix := int64(ox*uint64(d.SW)+kx) - int64(d.PadL)
						if iy < 0 || ix < 0 || iy >= H || ix >= W {
							continue
						}
						for c := uint64(0); c < C; c++ {
							w := int64(int8(rom[(uint64(d.W)+((oc*KH+ky)*KW+kx)*cpc+c/32)*32+c%32]))
							acc += (x[(uint64(iy)*uint64(W)+uint64(ix))*C+c] - int64(d.ZIn)) * w
						}
					}
				}
				out = append(out, refRequantOut(d, acc, rom, oc))
			}
		}
	}
	return out
}

func refPool(d *Desc, ram []byte) []int64 {
	x := refRead(d.In, ram)
	H, W, C := int64(d.In.Dims[0]), int64(d.In.Dims[1]), uint64(d.In.Dims[2])
	OH, OW := uint64(d.Out.Dims[0]), uint64(d.Out.Dims[1])
	out := make([]int64, 0, OH*OW*C)
	for oy := uint64(0); oy < OH; oy++ {
		for ox := uint64(0); ox < OW; ox++ {
			for c := uint64(0); c < C; c++ {
				var taps []int64
				for ky := uint64(0); ky < uint64(d.KH); ky++ {
					for kx := uint64(0); kx < uint64(d.KW); kx++ {
						iy := int64(oy*uint64(d.SH)+ky) - int64(d.PadT)
						ix := int64(ox*uint64(d.SW)+kx) - int64(d.PadL)
						if iy >= 0 && ix >= 0 && iy < H && ix < W {
							taps = append(taps, x[(uint64(iy)*uint64(W)+uint64(ix))*C+c])
						}
					}
				}
				if len(taps) == 0 {
					panic("refPool: window entirely in padding")
				}
				var v int64
				if d.Op == OpMaxPool2D {
					v = taps[0]
					for _, t := range taps {
						v = max(v, t)
					}
				} else {
					for _, t := range taps {
						v += t
					}
					v = refDiv(v, int64(len(taps)))
				}
				out = append(out, refClamp(v, d.Lo, d.Hi))
			}
		}
	}
	return out
}

// refMatMul: Out[p][m][n] = clamp(requant(sum_k (A[p][m][k] - ZIn) *
// (B[p/G][n][k] - ZIn2)) + ZOut); causal-N leaves the elements n > m as they
// were, causal-K sums only k <= m.
func refMatMul(d *Desc, ram []byte) []int64 {
	a, b, out := refRead(d.In, ram), refRead(d.In2, ram), refRead(d.Out, ram)
	P, M, K := uint64(d.In.Dims[0]), uint64(d.In.Dims[1]), uint64(d.In.Dims[2])
	PB, N := uint64(d.In2.Dims[0]), uint64(d.In2.Dims[1])
	for p := uint64(0); p < P; p++ {
		for m := uint64(0); m < M; m++ {
			for n := uint64(0); n < N; n++ {
				if d.KH == 1 && n > m {
					continue
				}
				var acc int64
				for k := uint64(0); k < K; k++ {
					if d.KH == 2 && k > m {
						break
					}
					acc += (a[(p*M+m)*K+k] - int64(d.ZIn)) * (b[(p/(P/PB)*N+n)*K+k] - int64(d.ZIn2))
				}
				out[(p*M+m)*N+n] = refClamp(refRequant(refWrap32(acc), d.MulOut, d.ShOut)+int64(d.ZOut), d.Lo, d.Hi)
			}
		}
	}
	return out
}

func refSoftmax(d *Desc, ram, rom []byte) []int64 {
	x := refRead(d.In, ram)
	n := refRowLen(d.In)
	table := func(k int64) int64 { return int64(int32(binary.BigEndian.Uint32(rom[uint64(d.W)*32+uint64(4*k):]))) }
	out := refRead(d.Out, ram) // a causal row leaves the elements past its own as they were
	for r := uint64(0); r < refRows(d.In); r++ {
		row := x[r*n : (r+1)*n]
		if d.KH == 1 && n > 0 {
			row = row[:r%n+1]
		}
		mx := int64(-128)
		for _, v := range row {
			mx = max(mx, v)
		}
		var sum int64
		for _, v := range row {
			sum += table(mx - v)
		}
		sum = refWrap32(sum) // the accumulator lane is an int32
		for k, v := range row {
			y := int64(-128) // a non-positive sum (malformed table) yields -128
			if sum > 0 {
				y = refClamp(refDiv(256*table(mx-v), sum)-128, -128, 127)
			}
			out[r*n+uint64(k)] = y
		}
	}
	return out
}

// ---- running and comparing ----

type refCase struct {
	name     string
	d        Desc
	ram, rom []byte
	lim      Limits
}

// refMem is flat memory for the micro-steps; it checks that every access is
// inside the limits and that a step updates at most one leaf, last.
type refMem struct {
	ram, rom []byte
	lim      Limits
	updated  bool
}

func (m *refMem) ROM(leaf uint64) (v [LeafSize]byte, err error) {
	if m.updated {
		return v, errors.New("ROM read after the update")
	}
	if leaf >= m.lim.ROMLeaves {
		return v, fmt.Errorf("ROM leaf %d beyond %d", leaf, m.lim.ROMLeaves)
	}
	copy(v[:], m.rom[leaf*32:])
	return v, nil
}

func (m *refMem) RAM(leaf uint64) (v [LeafSize]byte, err error) {
	if m.updated {
		return v, errors.New("RAM read after the update")
	}
	if leaf >= m.lim.RAMLeaves {
		return v, fmt.Errorf("RAM leaf %d beyond %d", leaf, m.lim.RAMLeaves)
	}
	copy(v[:], m.ram[leaf*32:])
	return v, nil
}

func (m *refMem) UpdateRAM(leaf uint64, f func(*[LeafSize]byte)) error {
	if m.updated {
		return errors.New("second update in one step")
	}
	if leaf >= m.lim.RAMLeaves {
		return fmt.Errorf("RAM update of leaf %d beyond %d", leaf, m.lim.RAMLeaves)
	}
	m.updated = true
	f((*[LeafSize]byte)(m.ram[leaf*32 : leaf*32+32]))
	return nil
}

// refRunSteps runs every micro-step of d in schedule order on a copy of ram.
func refRunSteps(d *Desc, ram, rom []byte, lim Limits) ([]byte, error) {
	mem := &refMem{ram: append([]byte(nil), ram...), rom: rom, lim: lim}
	I, J := d.Schedule()
	var off uint64 // the step's offset in the op: Locate and StepsBefore must agree with it
	if I*J == 0 {
		return mem.ram, nil // one no-op step
	}
	for i := uint64(0); i < I; i++ {
		var acc Acc
		Ji := d.IterLen(i)
		if Ji == 0 || Ji > J || d.StepsBefore(i) != off {
			return nil, fmt.Errorf("iteration %d: J(i) = %d (J = %d), StepsBefore = %d, want %d", i, Ji, J, d.StepsBefore(i), off)
		}
		for j := uint64(0); j < Ji; j, off = j+1, off+1 {
			if li, lj := d.Locate(off); li != i || lj != j {
				return nil, fmt.Errorf("Locate(%d) = (%d, %d), want (%d, %d)", off, li, lj, i, j)
			}
			mem.updated = false
			if err := d.Step(i, j, &acc, mem); err != nil {
				return nil, fmt.Errorf("step (%d, %d): %w", i, j, err)
			}
		}
	}
	if d.Steps() != off {
		return nil, fmt.Errorf("Steps() = %d, the schedule has %d", d.Steps(), off)
	}
	return mem.ram, nil
}

// checkRefCase validates c, runs the fast path and the micro-steps and
// compares both with the reference: the output values must match and no
// other RAM byte (padding included) nor any ROM byte may change.
func checkRefCase(t *testing.T, c refCase) []int64 {
	t.Helper()
	d := c.d
	require.NoError(t, d.Validate(c.lim), "%s: %+v", c.name, d)
	require.NoError(t, d.ValidateData(c.rom), "%s", c.name)
	want := refRun(&d, c.ram, c.rom)

	ram, rom := append([]byte(nil), c.ram...), append([]byte(nil), c.rom...)
	d.Run(ram, rom)
	require.True(t, bytes.Equal(c.rom, rom), "%s: Run wrote ROM", c.name)
	got := refRead(d.Out, ram)
	require.Equal(t, want, got, "%s: fast path output differs from the reference\n%+v", c.name, d)
	mask := make([]bool, len(ram))
	refElemBytes(d.Out, mask)
	for k := range ram {
		if !mask[k] && ram[k] != c.ram[k] {
			t.Fatalf("%s: Run changed RAM byte %d (leaf %d) outside the output elements\n%+v", c.name, k, k/32, d)
		}
	}

	stepped, err := refRunSteps(&d, c.ram, c.rom, c.lim)
	require.NoError(t, err, c.name)
	if string(stepped) != string(ram) {
		for k := range ram {
			if stepped[k] != ram[k] {
				t.Fatalf("%s: micro-steps and fast path differ at RAM byte %d (leaf %d): %d vs %d\n%+v", c.name, k, k/32, int8(stepped[k]), int8(ram[k]), d)
			}
		}
	}
	return got
}

// ---- random valid descriptors ----

type refGen struct {
	r               *rand.Rand
	ramNext, romNex uint64
	rowLen          uint32 // when non-zero, forces the innermost dimension
	zeros           bool   // allow zero dimensions
	romW, ramW      []func([]byte)
}

func newRefGen(r *rand.Rand) *refGen { return &refGen{r: r} }

func (g *refGen) coin() bool { return g.r.IntN(2) == 0 }

func (g *refGen) i8() int8 { return int8(g.r.IntN(256) - 128) }

func (g *refGen) smallZ() int8 {
	if g.r.IntN(4) == 0 {
		return g.i8()
	}
	return int8(g.r.IntN(21) - 10)
}

func (g *refGen) dim(hi int) uint32 {
	if g.zeros && g.r.IntN(6) == 0 {
		return 0
	}
	switch g.r.IntN(10) {
	case 0:
		return 1
	case 1:
		return 32
	case 2:
		return 33
	case 3:
		return 31
	}
	return uint32(1 + g.r.IntN(hi))
}

func (g *refGen) inner(hi int) uint32 {
	if g.rowLen != 0 {
		return g.rowLen
	}
	return g.dim(hi)
}

// shape returns a random shape of the given rank with small outer dims.
func (g *refGen) shape(rank int, hi int) []uint32 {
	s := make([]uint32, rank)
	for k := range s {
		if k == rank-1 {
			s[k] = g.inner(hi)
		} else if g.zeros && g.r.IntN(8) == 0 {
			s[k] = 0
		} else {
			s[k] = uint32(1 + g.r.IntN(3))
		}
	}
	return s
}

func (g *refGen) place(t Tensor) Tensor {
	t.Addr = uint32(g.ramNext + uint64(g.r.IntN(3)))
	g.ramNext = uint64(t.Addr) + refLeaves(t)
	return t
}

func (g *refGen) romAlloc(leaves uint64) uint32 {
	a := g.romNex + uint64(g.r.IntN(3))
	g.romNex = a + leaves
	return uint32(a)
}

// clamp returns a random output clamp: none, a fused ReLU at zOut, a random
// range, or (rarely) lo > hi.
func (g *refGen) clamp(zOut int8) (lo, hi int8) {
	switch g.r.IntN(6) {
	case 0, 1:
		return -128, 127
	case 2, 3:
		return zOut, 127
	case 4:
		a, b := g.i8(), g.i8()
		return min(a, b), max(a, b)
	}
	return g.i8(), g.i8()
}

// channels writes n channel records at a new ROM region for dot products of
// k terms and returns its leaf.
func (g *refGen) channels(n, k uint64) uint32 {
	cp := g.romAlloc((n + 1) / 2)
	type rec struct {
		bias, mult int32
		shift      uint8
	}
	recs := make([]rec, n)
	bits := 0
	for 1<<bits < k+1 {
		bits++
	}
	for c := range recs {
		switch g.r.IntN(5) {
		case 0: // extreme
			recs[c] = rec{int32(g.r.Uint32()), int32(g.r.Uint32() >> 1), uint8(g.r.IntN(63))}
		case 1: // small multiplier and shift: many rounding ties
			recs[c] = rec{int32(g.r.IntN(41) - 20), int32(g.r.IntN(5)), uint8(g.r.IntN(4))}
		default: // realistic: outputs spread over the int8 range
			recs[c] = rec{int32(g.r.IntN(4000) - 2000), int32(1<<30 + g.r.IntN(1<<30)), uint8(31 + bits/2 + 6)}
		}
	}
	g.romW = append(g.romW, func(rom []byte) {
		for c, rc := range recs {
			b := rom[uint64(cp)*32+uint64(c)*16:][:16]
			binary.BigEndian.PutUint32(b, uint32(rc.bias))
			binary.BigEndian.PutUint32(b[4:], uint32(rc.mult))
			b[8] = rc.shift
			clear(b[9:])
		}
	})
	return cp
}

func (g *refGen) finish(name string, d Desc) refCase {
	ramLeaves := g.ramNext + uint64(g.r.IntN(3))
	romLeaves := g.romNex + uint64(g.r.IntN(3))
	ram := make([]byte, ramLeaves*32)
	rom := make([]byte, romLeaves*32)
	for k := range ram {
		ram[k] = byte(g.r.Uint32())
	}
	for k := range rom {
		rom[k] = byte(g.r.Uint32())
	}
	for _, f := range g.romW {
		f(rom)
	}
	for _, f := range g.ramW {
		f(ram)
	}
	return refCase{name: name, d: d, ram: ram, rom: rom, lim: Limits{RAMLeaves: ramLeaves, ROMLeaves: romLeaves}}
}

func (g *refGen) gemm() refCase {
	in := g.place(NewTensor(Int8, g.shape(g.r.IntN(5), 70)...))
	rows := refRows(in)
	M := uint64(1 + g.r.IntN(3))
	if rows != 0 {
		var divs []uint64
		for m := uint64(1); m <= rows; m++ {
			if rows%m == 0 {
				divs = append(divs, m)
			}
		}
		M = divs[g.r.IntN(len(divs))]
	}
	N := g.dim(40)
	out := NewTensor(Int8, uint32(M), N)
	if M == 1 && g.coin() {
		out = NewTensor(Int8, N)
	}
	out = g.place(out)
	G := rows / M
	chunks := G * refRowStride(in)
	d := Desc{Op: OpGemm, In: in, Out: out, M: uint32(M), ZIn: g.smallZ(), ZOut: g.smallZ()}
	d.W = g.romAlloc(uint64(N) * chunks)
	d.CP = g.channels(uint64(N), G*refRowLen(in))
	d.Lo, d.Hi = g.clamp(d.ZOut)
	return g.finish("gemm", d)
}

func (g *refGen) conv() refCase {
	H, W := uint32(g.r.IntN(6)), uint32(g.r.IntN(6))
	if !g.zeros {
		H, W = H+1, W+1
	}
	in := g.place(NewTensor(Int8, H, W, g.inner(40)))
	d := Desc{Op: OpConv2D, In: in, ZIn: g.smallZ(), ZOut: g.smallZ()}
	d.KH, d.KW = uint16(1+g.r.IntN(3)), uint16(1+g.r.IntN(3))
	d.SH, d.SW = uint16(1+g.r.IntN(3)), uint16(1+g.r.IntN(3))
	if g.coin() {
		d.PadT, d.PadL = uint16(g.r.IntN(4)), uint16(g.r.IntN(4))
	}
	size := func(n uint32, pad, k, s uint16) uint32 {
		span := int(n) + 2*int(pad) - int(k)
		if span < 0 || g.r.IntN(5) == 0 {
			return uint32(g.r.IntN(5))
		}
		return uint32(span/int(s) + 1)
	}
	OH, OW := size(H, d.PadT, d.KH, d.SH), size(W, d.PadL, d.KW, d.SW)
	if !g.zeros {
		OH, OW = max(OH, 1), max(OW, 1)
	}
	OC := g.dim(20)
	d.Out = g.place(NewTensor(Int8, OH, OW, OC))
	taps := uint64(d.KH) * uint64(d.KW)
	d.W = g.romAlloc(uint64(OC) * taps * refRowStride(in))
	d.CP = g.channels(uint64(OC), taps*uint64(in.Dims[2]))
	d.Lo, d.Hi = g.clamp(d.ZOut)
	return g.finish("conv2d", d)
}

func (g *refGen) pool(isMax bool) refCase {
	H, W := uint32(1+g.r.IntN(6)), uint32(1+g.r.IntN(6))
	C := g.inner(40)
	d := Desc{Op: OpAvgPool2D, In: g.place(NewTensor(Int8, H, W, C))}
	name := "avgpool2d"
	if isMax {
		d.Op, name = OpMaxPool2D, "maxpool2d"
	}
	d.KH, d.KW = uint16(1+g.r.IntN(3)), uint16(1+g.r.IntN(3))
	d.SH, d.SW = uint16(1+g.r.IntN(3)), uint16(1+g.r.IntN(3))
	d.PadT, d.PadL = uint16(g.r.IntN(int(d.KH))), uint16(g.r.IntN(int(d.KW)))
	// The largest output size whose last window still has an input tap.
	OH := 1 + g.r.IntN(int((H+uint32(d.PadT)-1)/uint32(d.SH)+1))
	OW := 1 + g.r.IntN(int((W+uint32(d.PadL)-1)/uint32(d.SW)+1))
	if g.zeros && g.r.IntN(4) == 0 {
		OH = 0
	}
	d.Out = g.place(NewTensor(Int8, uint32(OH), uint32(OW), C))
	if g.coin() {
		d.Lo, d.Hi = g.clamp(0)
	} else {
		d.Lo, d.Hi = -128, 127
	}
	return g.finish(name, d)
}

// inPlace returns out placed at in's address or at a new disjoint address.
func (g *refGen) inPlace(in Tensor) Tensor {
	if g.coin() {
		return in
	}
	return g.place(Tensor{DType: in.DType, Rank: in.Rank, Dims: in.Dims})
}

func (g *refGen) relu() refCase {
	in := g.place(NewTensor(Int8, g.shape(g.r.IntN(5), 70)...))
	return g.finish("relu", Desc{Op: OpReLU, In: in, Out: g.inPlace(in), ZIn: g.smallZ()})
}

// binaryLayout places In, In2 (sometimes In itself) and Out (In, In2 or
// disjoint) of a binary elementwise op.
func (g *refGen) binaryLayout() (in, in2, out Tensor) {
	in = g.place(NewTensor(Int8, g.shape(g.r.IntN(5), 70)...))
	in2 = in
	if g.r.IntN(4) != 0 {
		in2 = g.place(Tensor{DType: Int8, Rank: in.Rank, Dims: in.Dims})
	}
	switch g.r.IntN(3) {
	case 0:
		out = in
	case 1:
		out = in2
	default:
		out = g.place(Tensor{DType: Int8, Rank: in.Rank, Dims: in.Dims})
	}
	return in, in2, out
}

// mul: typical TFLite multipliers (output scale about 2^-7 of the
// product's), or extreme ones that saturate.
func (g *refGen) mul() refCase {
	in, in2, out := g.binaryLayout()
	d := Desc{Op: OpMul, In: in, In2: in2, Out: out, ZIn: g.i8(), ZIn2: g.i8(), ZOut: g.smallZ()}
	g.outQuant(&d, 36, 4)
	return g.finish("mul", d)
}

// outQuant sets an output requantization (MulOut, ShOut) and clamp: one in
// four extreme (any multiplier and shift), else a multiplier in
// [2^30, 2^31) and a shift in [sh, sh + span).
func (g *refGen) outQuant(d *Desc, sh, span int) {
	if g.r.IntN(4) == 0 { // extreme parameters
		d.MulOut, d.ShOut = int32(g.r.Uint32()>>1), uint8(g.r.IntN(63))
	} else {
		d.MulOut, d.ShOut = int32(1<<30+g.r.IntN(1<<30)), uint8(sh+g.r.IntN(span))
	}
	d.Lo, d.Hi = g.clamp(d.ZOut)
}

// minMax: Add's parameters.
func (g *refGen) minMax(op Opcode) refCase {
	in, in2, out := g.binaryLayout()
	d := Desc{Op: op, In: in, In2: in2, Out: out, ZIn: g.smallZ(), ZIn2: g.smallZ(), ZOut: g.smallZ()}
	if g.r.IntN(4) == 0 { // extreme parameters
		d.MulIn, d.MulIn2, d.MulOut = int32(g.r.Uint32()>>1), int32(g.r.Uint32()>>1), int32(g.r.Uint32()>>1)
		d.ShIn, d.ShIn2, d.ShOut = uint8(g.r.IntN(63)), uint8(g.r.IntN(63)), uint8(g.r.IntN(63))
	} else {
		d.MulIn, d.MulIn2, d.MulOut = int32(1<<30+g.r.IntN(1<<30)), int32(1<<30+g.r.IntN(1<<30)), int32(1<<30+g.r.IntN(1<<30))
		d.ShIn, d.ShIn2, d.ShOut = uint8(31+g.r.IntN(2)), uint8(31+g.r.IntN(2)), uint8(20+g.r.IntN(3))
	}
	d.Lo, d.Hi = g.clamp(d.ZOut)
	return g.finish(op.String(), d)
}

func (g *refGen) add() refCase {
	in := g.place(NewTensor(Int8, g.shape(g.r.IntN(5), 70)...))
	in2 := in
	if g.r.IntN(4) != 0 {
		in2 = g.place(Tensor{DType: Int8, Rank: in.Rank, Dims: in.Dims})
	}
	var out Tensor
	switch g.r.IntN(3) {
	case 0:
		out = in
	case 1:
		out = in2
	default:
		out = g.place(Tensor{DType: Int8, Rank: in.Rank, Dims: in.Dims})
	}
	d := Desc{Op: OpAdd, In: in, In2: in2, Out: out, ZIn: g.smallZ(), ZIn2: g.smallZ(), ZOut: g.smallZ()}
	if g.r.IntN(4) == 0 { // extreme parameters
		d.MulIn, d.MulIn2, d.MulOut = int32(g.r.Uint32()>>1), int32(g.r.Uint32()>>1), int32(g.r.Uint32()>>1)
		d.ShIn, d.ShIn2, d.ShOut = uint8(g.r.IntN(63)), uint8(g.r.IntN(63)), uint8(g.r.IntN(63))
	} else {
		d.MulIn, d.MulIn2, d.MulOut = int32(1<<30+g.r.IntN(1<<30)), int32(1<<30+g.r.IntN(1<<30)), int32(1<<30+g.r.IntN(1<<30))
		d.ShIn, d.ShIn2, d.ShOut = uint8(31+g.r.IntN(2)), uint8(31+g.r.IntN(2)), uint8(20+g.r.IntN(3))
	}
	d.Lo, d.Hi = g.clamp(d.ZOut)
	return g.finish("add", d)
}

// factor returns a random shape with numel elements.
func (g *refGen) factor(numel uint64) []uint32 {
	if numel == 0 {
		s := make([]uint32, 1+g.r.IntN(4))
		for k := range s {
			s[k] = uint32(g.r.IntN(4))
		}
		s[g.r.IntN(len(s))] = 0
		return s
	}
	rank := 1 + g.r.IntN(4)
	if numel == 1 && g.coin() {
		rank = 0
	}
	s := make([]uint32, rank)
	rest := numel
	for k := 0; k+1 < rank; k++ {
		var divs []uint64
		for m := uint64(1); m <= rest; m++ {
			if rest%m == 0 {
				divs = append(divs, m)
			}
		}
		s[k] = uint32(divs[g.r.IntN(len(divs))])
		rest /= uint64(s[k])
	}
	if rank > 0 {
		s[rank-1] = uint32(rest)
	}
	return s
}

func (g *refGen) reshape() refCase {
	dt := Int8
	if g.coin() {
		dt = Int32
	}
	in := g.place(NewTensor(dt, g.shape(g.r.IntN(5), 70)...))
	out := g.place(NewTensor(dt, g.factor(refNumel(in))...))
	return g.finish("reshape", Desc{Op: OpReshape, In: in, Out: out})
}

// expTable writes a valid softmax table (T[0] = 2^16, non-increasing,
// non-negative) and returns its leaf.
func (g *refGen) expTable() uint32 {
	w := g.romAlloc(256 * 4 / 32)
	t := make([]int32, 256)
	switch g.r.IntN(4) {
	case 0: // steep: only the maximum counts
		t[0] = 1 << 16
	case 1: // random non-increasing
		v := int64(1 << 16)
		for k := range t {
			t[k] = int32(v)
			v -= g.r.Int64N(v/8 + 2)
			v = max(v, 0)
		}
		t[0] = 1 << 16
	default: // geometric
		num := int64(4 + g.r.IntN(60))
		v := int64(1 << 16)
		for k := range t {
			t[k] = int32(v)
			v = v * num / (num + 1)
		}
	}
	g.romW = append(g.romW, func(rom []byte) {
		for k, v := range t {
			binary.BigEndian.PutUint32(rom[uint64(w)*32+uint64(4*k):], uint32(v))
		}
	})
	return w
}

func (g *refGen) softmax() refCase {
	in := g.place(NewTensor(Int8, g.shape(g.r.IntN(5), 100)...))
	out := g.place(Tensor{DType: Int8, Rank: in.Rank, Dims: in.Dims})
	d := Desc{Op: OpSoftmax, In: in, Out: out, W: g.expTable()}
	if g.coin() {
		d.KH = 1 // causal
	}
	if g.coin() { // narrow value range: many equal elements
		g.ramW = append(g.ramW, func(ram []byte) {
			v := refRead(in, ram)
			for k := range v {
				v[k] = int64(g.r.IntN(5) - 2)
			}
			refWrite(in, ram, v)
		})
	}
	return g.finish("softmax", d)
}

// matmul places A [P, M, K], B [PB, N, K] (PB dividing P; sometimes A
// itself, or overlapping A) and Out [P, M, N] in one of the three modes,
// with random or extreme requantization.
func (g *refGen) matmul() refCase {
	PB := uint32(1 + g.r.IntN(2))
	P := PB * uint32(1+g.r.IntN(3))
	if g.zeros && g.r.IntN(4) == 0 {
		P = 0
	}
	mode := uint16(g.r.IntN(3))
	M, N, K := matmulModeDims(mode, g.dim(40), g.dim(40), g.inner(70))
	a := g.place(NewTensor(Int8, P, M, K))
	b := a
	if PB != P || N != M || g.r.IntN(4) != 0 {
		b = g.place(NewTensor(Int8, PB, N, K))
	}
	out := g.place(NewTensor(Int8, P, M, N))
	d := Desc{Op: OpMatMul, In: a, In2: b, Out: out, KH: mode, ZIn: g.i8(), ZIn2: g.i8(), ZOut: g.smallZ()}
	g.outQuant(&d, 38, 8)
	return g.finish("matmul", d)
}

// matmulModeDims returns M, N, K made valid for the mode: N = M in
// causal-N mode, M = K in causal-K mode.
func matmulModeDims(mode uint16, M, N, K uint32) (uint32, uint32, uint32) {
	switch mode {
	case MatMulCausalN:
		N = M
	case MatMulCausalK:
		M = K
	}
	return M, N, K
}

func (g *refGen) argmax() refCase {
	in := g.place(NewTensor(Int8, g.shape(g.r.IntN(5), 100)...))
	out := g.place(NewTensor(Int32, uint32(refRows(in))))
	if g.coin() { // ties
		lo := int64(g.r.IntN(256) - 128)
		g.ramW = append(g.ramW, func(ram []byte) {
			v := refRead(in, ram)
			for k := range v {
				v[k] = min(lo+int64(g.r.IntN(3)), 127)
			}
			refWrite(in, ram, v)
		})
	}
	return g.finish("argmax", Desc{Op: OpArgmax, In: in, Out: out})
}

func (g *refGen) lut() refCase {
	in := g.place(NewTensor(Int8, g.shape(g.r.IntN(5), 100)...))
	// The table is whatever random bytes finish puts in ROM: any table is
	// valid.
	return g.finish("lut", Desc{Op: OpLut, In: in, Out: g.inPlace(in), W: g.romAlloc(LutTableLeaves)})
}

// gather places In, an In2 that is absent, a second tensor or In itself,
// and an output of an unrelated shape, with a table of in-range indices
// into both sources, negative and out-of-range indices (the fill) and the
// int32 extremes.
func (g *refGen) gather() refCase {
	in := g.place(NewTensor(Int8, g.shape(g.r.IntN(5), 70)...))
	var in2 Tensor
	switch g.r.IntN(3) {
	case 0:
		in2 = g.place(NewTensor(Int8, g.shape(g.r.IntN(5), 40)...))
	case 1:
		in2 = in
	}
	out := g.place(NewTensor(Int8, g.shape(g.r.IntN(5), 70)...))
	total := int64(refNumel(in))
	if in2 != (Tensor{}) {
		total += int64(refNumel(in2))
	}
	idx := make([]int32, refNumel(out))
	for e := range idx {
		switch g.r.IntN(8) {
		case 0:
			idx[e] = int32(-1 - g.r.IntN(3))
		case 1:
			idx[e] = int32(total + int64(g.r.IntN(3)))
		case 2:
			idx[e] = []int32{math.MinInt32, math.MaxInt32}[g.r.IntN(2)]
		default:
			if total > 0 {
				idx[e] = int32(g.r.Int64N(total))
			}
		}
	}
	w := g.romAlloc(GatherTableLeaves(uint64(len(idx))))
	g.romW = append(g.romW, func(rom []byte) { PutGatherTable(rom[uint64(w)*32:], idx) })
	return g.finish("gather", Desc{Op: OpGather, In: in, In2: in2, Out: out, W: w, ZIn: int8(g.r.IntN(256) - 128)})
}

func (g *refGen) random(op Opcode) refCase {
	g.ramNext, g.romNex, g.romW, g.ramW = 0, 0, nil, nil
	switch op {
	case OpGemm:
		return g.gemm()
	case OpConv2D:
		return g.conv()
	case OpReLU:
		return g.relu()
	case OpMaxPool2D:
		return g.pool(true)
	case OpAvgPool2D:
		return g.pool(false)
	case OpAdd:
		return g.add()
	case OpReshape:
		return g.reshape()
	case OpSoftmax:
		return g.softmax()
	case OpArgmax:
		return g.argmax()
	case OpLut:
		return g.lut()
	case OpGather:
		return g.gather()
	case OpMul:
		return g.mul()
	case OpMax, OpMin:
		return g.minMax(op)
	case OpMatMul:
		return g.matmul()
	case OpEmbed, OpNorm, OpRope, OpGluMul:
		return g.transformer(op)
	}
	panic("unknown op")
}

// ---- tests ----

func TestRefRandomOps(t *testing.T) {
	iters := 1000
	if testing.Short() {
		iters = 60
	}
	for _, op := range Opcodes() {
		t.Run(op.String(), func(t *testing.T) {
			g := newRefGen(rand.New(rand.NewPCG(uint64(op), 11)))
			for n := 0; n < iters; n++ {
				g.zeros = n%5 == 4
				checkRefCase(t, g.random(op))
			}
		})
	}
}

// TestRefRowLengths forces the innermost dimension (row length, or channel
// count for the spatial ops) to leaf-boundary sizes.
func TestRefRowLengths(t *testing.T) {
	for _, op := range Opcodes() {
		t.Run(op.String(), func(t *testing.T) {
			g := newRefGen(rand.New(rand.NewPCG(uint64(op), 12)))
			for _, n := range []uint32{1, 2, 31, 32, 33, 63, 64, 65, 96, 97} {
				g.rowLen = n
				for k := 0; k < 8; k++ {
					c := g.random(op)
					c.name = fmt.Sprintf("%s/rowlen=%d", c.name, n)
					checkRefCase(t, c)
				}
			}
		})
	}
}

// refFlat lays out tensors one after another from leaf 0 and returns RAM of
// exactly the needed size (filled with a pattern) and the placed tensors.
func refFlat(ts ...Tensor) ([]byte, []Tensor) {
	var next uint64
	out := make([]Tensor, len(ts))
	for k, t := range ts {
		t.Addr = uint32(next)
		next += refLeaves(t)
		out[k] = t
	}
	ram := make([]byte, next*32)
	for k := range ram {
		ram[k] = byte(k*7 + 3)
	}
	return ram, out
}

func refChanROM(recs ...[3]int64) []byte {
	rom := make([]byte, (len(recs)+1)/2*32)
	for c, r := range recs {
		b := rom[c*16:]
		binary.BigEndian.PutUint32(b, uint32(int32(r[0])))
		binary.BigEndian.PutUint32(b[4:], uint32(int32(r[1])))
		b[8] = uint8(r[2])
	}
	return rom
}

// TestRefGemmRoundingAndSaturation checks hand-computed outputs of a 1x1
// Gemm (acc = x * w) for rounding ties, saturation, wrapping of acc + bias,
// the zero point and the clamp, on the reference and the fast path.
func TestRefGemmRoundingAndSaturation(t *testing.T) {
	const maxI32, minI32 = 1<<31 - 1, -1 << 31
	cases := []struct {
		name              string
		x, w              int8
		bias, mult        int64
		shift             uint8
		zIn, zOut, lo, hi int8
		want              int64
	}{
		{"tie +1.5", 1, 1, 2, 1, 1, 0, 0, -128, 127, 2},
		{"tie -1.5", 1, 1, -4, 1, 1, 0, 0, -128, 127, -2},
		{"tie +2.5", 1, 1, 4, 1, 1, 0, 0, -128, 127, 3},
		{"tie -2.5", 1, 1, -6, 1, 1, 0, 0, -128, 127, -3},
		{"tie +0.5", 1, 1, 0, 1, 1, 0, 0, -128, 127, 1},
		{"tie -0.5", -1, 1, 0, 1, 1, 0, 0, -128, 127, -1},
		{"+1.25", 5, 1, 0, 1, 2, 0, 0, -128, 127, 1},
		{"-1.25", -5, 1, 0, 1, 2, 0, 0, -128, 127, -1},
		{"+1.75", 7, 1, 0, 1, 2, 0, 0, -128, 127, 2},
		{"-1.75", -7, 1, 0, 1, 2, 0, 0, -128, 127, -2},
		{"tie via multiplier", 3, 1, 0, 3, 1, 0, 0, -128, 127, 5},       // 9/2 = 4.5
		{"tie via multiplier neg", -3, 1, 0, 3, 1, 0, 0, -128, 127, -5}, // -4.5
		{"zero point in", 10, 2, 0, 1, 0, 7, 0, -128, 127, 6},
		{"saturate +127", 100, 100, 0, 1, 0, 0, 0, -128, 127, 127},
		{"saturate -128", 100, -100, 0, 1, 0, 0, 0, -128, 127, -128},
		{"int32 saturation +", 1, 1, maxI32 - 1, maxI32, 0, 0, 0, -128, 127, 127},
		{"int32 saturation -", 1, 1, minI32, maxI32, 0, 0, -100, -128, 127, -128},
		{"acc+bias wraps", 1, 1, maxI32, 1, 0, 0, 0, -128, 127, -128},
		{"shift 62 +", 1, 1, maxI32 - 1, maxI32, 62, 0, 0, -128, 127, 1},
		{"shift 62 -", -1, 1, minI32 + 1, maxI32, 62, 0, 0, -128, 127, -1},
		{"zero multiplier", 100, 100, 5, 0, 3, 0, 9, -128, 127, 9},
		{"zOut pushes over", 3, 1, 0, 1, 0, 0, 125, -128, 127, 127},
		{"zOut pushes under", -3, 1, 0, 1, 0, 0, -126, -128, 127, -128},
		{"fused relu", -10, 1, 0, 1, 0, 0, -5, -5, 127, -5},
		{"fused relu passes", 10, 1, 0, 1, 0, 0, -5, -5, 127, 5},
		{"custom clamp hi", 100, 1, 0, 1, 0, 0, 0, -20, 20, 20},
		{"lo > hi gives hi", 0, 1, 0, 1, 0, 0, 0, 10, -10, -10},
	}
	for _, c := range cases {
		ram, ts := refFlat(NewTensor(Int8, 1), NewTensor(Int8, 1))
		refWrite(ts[0], ram, []int64{int64(c.x)})
		rom := make([]byte, 32)
		rom[0] = byte(c.w)
		rom = append(rom, refChanROM([3]int64{c.bias, c.mult, int64(c.shift)})...)
		d := Desc{Op: OpGemm, In: ts[0], Out: ts[1], W: 0, CP: 1, M: 1, ZIn: c.zIn, ZOut: c.zOut, Lo: c.lo, Hi: c.hi}
		lim := Limits{RAMLeaves: uint64(len(ram) / 32), ROMLeaves: uint64(len(rom) / 32)}
		require.Equal(t, []int64{c.want}, refRun(&d, ram, rom), "%s: reference", c.name)
		got := checkRefCase(t, refCase{name: c.name, d: d, ram: ram, rom: rom, lim: lim})
		require.Equal(t, []int64{c.want}, got, c.name)
	}
}

func TestRefAvgPoolRounding(t *testing.T) {
	cases := []struct {
		a, b   int64
		lo, hi int8
		want   int64
	}{
		{1, 2, -128, 127, 2},          // 1.5
		{-1, -2, -128, 127, -2},       // -1.5
		{0, 1, -128, 127, 1},          // 0.5
		{0, -1, -128, 127, -1},        // -0.5
		{2, 2, -128, 127, 2},          // exact
		{-128, -127, -128, 127, -128}, // -127.5
		{127, 127, -128, 100, 100},
		{-100, -100, -50, 127, -50},
	}
	for _, c := range cases {
		in, out := NewTensor(Int8, 1, 2, 1), NewTensor(Int8, 1, 1, 1)
		ram, ts := refFlat(in, out)
		refWrite(ts[0], ram, []int64{c.a, c.b})
		d := Desc{Op: OpAvgPool2D, In: ts[0], Out: ts[1], KH: 1, KW: 2, SH: 1, SW: 1, Lo: c.lo, Hi: c.hi}
		lim := Limits{RAMLeaves: uint64(len(ram) / 32)}
		require.Equal(t, []int64{c.want}, refRun(&d, ram, nil))
		require.Equal(t, []int64{c.want}, checkRefCase(t, refCase{name: fmt.Sprint(c), d: d, ram: ram, lim: lim}))
	}
	// Padding taps are not counted: a single pixel under a 2x2 window
	// padded on the top and left averages (and maxes) to itself, even when
	// negative.
	for _, op := range []Opcode{OpAvgPool2D, OpMaxPool2D} {
		ram, ts := refFlat(NewTensor(Int8, 1, 1, 3), NewTensor(Int8, 2, 2, 3))
		refWrite(ts[0], ram, []int64{-100, 5, 127})
		d := Desc{Op: op, In: ts[0], Out: ts[1], KH: 2, KW: 2, SH: 1, SW: 1, PadT: 1, PadL: 1, Lo: -128, Hi: 127}
		got := checkRefCase(t, refCase{name: op.String(), d: d, ram: ram, lim: Limits{RAMLeaves: uint64(len(ram) / 32)}})
		require.Equal(t, []int64{-100, 5, 127, -100, 5, 127, -100, 5, 127, -100, 5, 127}, got)
	}
}

func TestRefAddRoundingAndSaturation(t *testing.T) {
	// a * 2^20 * 1 / 2^21 = a/2: ties for odd a; the second input is scaled
	// by 0 and the output rescale is the identity.
	ram, ts := refFlat(NewTensor(Int8, 8), NewTensor(Int8, 8), NewTensor(Int8, 8))
	refWrite(ts[0], ram, []int64{1, -1, 3, -3, 5, -5, 4, -4})
	refWrite(ts[1], ram, []int64{100, 100, 100, 100, 100, 100, 100, 100})
	d := Desc{Op: OpAdd, In: ts[0], In2: ts[1], Out: ts[2], MulIn: 1, ShIn: 21, MulIn2: 0, ShIn2: 0, MulOut: 1, ShOut: 0, Lo: -128, Hi: 127}
	lim := Limits{RAMLeaves: uint64(len(ram) / 32)}
	want := []int64{1, -1, 2, -2, 3, -3, 2, -2}
	require.Equal(t, want, refRun(&d, ram, nil))
	require.Equal(t, want, checkRefCase(t, refCase{name: "add ties", d: d, ram: ram, lim: lim}))

	// Saturation of each requantization and of the sum.
	refWrite(ts[0], ram, []int64{127, -128, 127, -128, 0, 0, 1, -1})
	refWrite(ts[1], ram, []int64{127, -128, -128, 127, 0, 0, 1, -1})
	d = Desc{Op: OpAdd, In: ts[0], In2: ts[1], Out: ts[2], MulIn: 1<<31 - 1, MulIn2: 1<<31 - 1, MulOut: 1, ZOut: 3, Lo: -128, Hi: 127}
	want = []int64{127, -128, 3 - 1, 3 - 1, 3, 3, 127, -128}
	require.Equal(t, want, refRun(&d, ram, nil))
	require.Equal(t, want, checkRefCase(t, refCase{name: "add saturation", d: d, ram: ram, lim: lim}))
}

func TestRefMulRoundingAndSaturation(t *testing.T) {
	ram, ts := refFlat(NewTensor(Int8, 8), NewTensor(Int8, 8), NewTensor(Int8, 8))
	lim := Limits{RAMLeaves: uint64(len(ram) / 32)}
	// (a - 1)(b + 2) / 4, ties away from zero: 2·1/4, -2·1/4, 6·1/4, -6·1/4,
	// and the largest products (-129)(-126) and (-129)(129) halved.
	refWrite(ts[0], ram, []int64{3, -1, 7, -5, -128, -128, 1, 0})
	refWrite(ts[1], ram, []int64{-1, -1, -1, -1, -128, 127, 50, -2})
	d := Desc{Op: OpMul, In: ts[0], In2: ts[1], Out: ts[2], ZIn: 1, ZIn2: -2, MulOut: 1 << 30, ShOut: 32, Lo: -128, Hi: 127}
	want := []int64{1, -1, 2, -2, 127, -128, 0, 0}
	require.Equal(t, want, refRun(&d, ram, nil))
	require.Equal(t, want, checkRefCase(t, refCase{name: "mul ties", d: d, ram: ram, lim: lim}))

	// The requantization saturates at int32 before ZOut and the clamp.
	d = Desc{Op: OpMul, In: ts[0], In2: ts[1], Out: ts[2], ZOut: -3, MulOut: 1<<31 - 1, Lo: -100, Hi: 100}
	refWrite(ts[0], ram, []int64{-128, -128, 0, 1, -1, 2, 127, 127})
	refWrite(ts[1], ram, []int64{-128, 127, 9, 0, 0, 0, 127, -128})
	want = []int64{100, -100, -3, -3, -3, -3, 100, -100}
	require.Equal(t, want, refRun(&d, ram, nil))
	require.Equal(t, want, checkRefCase(t, refCase{name: "mul saturation", d: d, ram: ram, lim: lim}))
}

func TestRefMinMaxCommonScale(t *testing.T) {
	ram, ts := refFlat(NewTensor(Int8, 6), NewTensor(Int8, 6), NewTensor(Int8, 6))
	lim := Limits{RAMLeaves: uint64(len(ram) / 32)}
	// In's scale is four times In2's: with MulIn = MulIn2 = 2^30 and shifts
	// 30 and 32, ra = (a - 2)·2^20 = 4(a - 2)·2^18 and rb = b·2^18, and the
	// output rescale (ShOut 18) takes 2^18 back to 1. a - 2 = ±10 (±40 in
	// the common scale) against b = 39, 40, 41 and -41, -40, -39: the
	// comparison is in the common scale, not of the raw int8 values.
	refWrite(ts[0], ram, []int64{12, 12, 12, -8, -8, -8})
	refWrite(ts[1], ram, []int64{39, 40, 41, -41, -40, -39})
	base := Desc{In: ts[0], In2: ts[1], Out: ts[2], ZIn: 2, MulIn: 1 << 30, ShIn: 30, MulIn2: 1 << 30, ShIn2: 32, MulOut: 1, ShOut: 18, ZOut: 5, Lo: -128, Hi: 127}
	mx, mn := base, base
	mx.Op, mn.Op = OpMax, OpMin
	wantMax := []int64{45, 45, 46, -35, -35, -34}
	wantMin := []int64{44, 45, 45, -36, -35, -35}
	require.Equal(t, wantMax, refRun(&mx, ram, nil))
	require.Equal(t, wantMax, checkRefCase(t, refCase{name: "max common scale", d: mx, ram: ram, lim: lim}))
	require.Equal(t, wantMin, refRun(&mn, ram, nil))
	require.Equal(t, wantMin, checkRefCase(t, refCase{name: "min common scale", d: mn, ram: ram, lim: lim}))
}

func refTableROM(t [256]int32) []byte {
	rom := make([]byte, 256*4)
	for k, v := range t {
		binary.BigEndian.PutUint32(rom[4*k:], uint32(v))
	}
	return rom
}

func TestRefSoftmaxEdges(t *testing.T) {
	var steep [256]int32
	steep[0] = 1 << 16
	var flat [256]int32
	for k := range flat {
		flat[k] = 1 << 16
	}
	cases := []struct {
		name  string
		x     []int64
		table [256]int32
		want  func(k int) int64
	}{
		{"one element", []int64{-7}, steep, func(int) int64 { return 127 }},
		{"two equal", []int64{5, 5}, steep, func(int) int64 { return 0 }},
		{"steep", []int64{0, -128, 3, 2}, steep, func(k int) int64 { return []int64{-128, -128, 127, -128}[k] }},
		{"32 equal", make([]int64, 32), steep, func(int) int64 { return 8 - 128 }},
		{"33 equal", make([]int64, 33), flat, func(int) int64 { return 8 - 128 }}, // 7.76 -> 8
		{"512 equal: tie 0.5", make([]int64, 512), flat, func(int) int64 { return 1 - 128 }},
		{"1536 equal: tie 1/6 -> 0", make([]int64, 1536), flat, func(int) int64 { return -128 }},
	}
	for _, c := range cases {
		ram, ts := refFlat(NewTensor(Int8, uint32(len(c.x))), NewTensor(Int8, uint32(len(c.x))))
		refWrite(ts[0], ram, c.x)
		rom := refTableROM(c.table)
		d := Desc{Op: OpSoftmax, In: ts[0], Out: ts[1], W: 0}
		lim := Limits{RAMLeaves: uint64(len(ram) / 32), ROMLeaves: uint64(len(rom) / 32)}
		want := make([]int64, len(c.x))
		for k := range want {
			want[k] = c.want(k)
		}
		require.Equal(t, want, refRun(&d, ram, rom), c.name)
		require.Equal(t, want, checkRefCase(t, refCase{name: c.name, d: d, ram: ram, rom: rom, lim: lim}), c.name)
	}
}

func TestRefArgmaxEdges(t *testing.T) {
	row := func(n int, f func(k int) int64) []int64 {
		v := make([]int64, n)
		for k := range v {
			v[k] = f(k)
		}
		return v
	}
	cases := []struct {
		x    []int64
		want int64
	}{
		{[]int64{-128}, 0},
		{row(40, func(int) int64 { return -128 }), 0},
		{row(40, func(k int) int64 { return int64(k % 3) }), 2},
		{row(40, func(k int) int64 { return int64(min(k, 32)) }), 32},
		{row(34, func(k int) int64 { return int64(k/33) * 127 }), 33},
		{row(65, func(k int) int64 { return -int64(k) + int64(k/64)*164 }), 64},
	}
	for _, c := range cases {
		ram, ts := refFlat(NewTensor(Int8, 1, uint32(len(c.x))), NewTensor(Int32, 1))
		refWrite(ts[0], ram, c.x)
		d := Desc{Op: OpArgmax, In: ts[0], Out: ts[1]}
		got := checkRefCase(t, refCase{name: "argmax", d: d, ram: ram, lim: Limits{RAMLeaves: uint64(len(ram) / 32)}})
		require.Equal(t, []int64{c.want}, got)
	}
	// Empty rows have index 0.
	ram, ts := refFlat(NewTensor(Int8, 3, 0), NewTensor(Int32, 3))
	d := Desc{Op: OpArgmax, In: ts[0], Out: ts[1]}
	require.Equal(t, []int64{0, 0, 0}, checkRefCase(t, refCase{name: "argmax empty rows", d: d, ram: ram, lim: Limits{RAMLeaves: uint64(len(ram) / 32)}}))
}

// TestRefZeroSize: an op whose output has no elements leaves memory exactly
// as it was, on the fast path and in its (single, no-op) step.
func TestRefZeroSize(t *testing.T) {
	i8, i32 := func(s ...uint32) Tensor { return NewTensor(Int8, s...) }, func(s ...uint32) Tensor { return NewTensor(Int32, s...) }
	win := func(d Desc) Desc { d.KH, d.KW, d.SH, d.SW, d.Lo, d.Hi = 2, 2, 1, 1, -128, 127; return d }
	cases := []struct {
		name   string
		d      Desc
		ts     []Tensor // In, Out, [In2]
		romLen int
	}{
		{"gemm N=0", Desc{Op: OpGemm, M: 1, CP: 1}, []Tensor{i8(2, 5), i8(0)}, 1},
		{"gemm M rows N=0", Desc{Op: OpGemm, M: 2, W: 0, CP: 0}, []Tensor{i8(2, 5), i8(2, 0)}, 0},
		{"gemm empty input rows N=0", Desc{Op: OpGemm, M: 3}, []Tensor{i8(0, 5), i8(3, 0)}, 0},
		{"conv OH=0", win(Desc{Op: OpConv2D, W: 0, CP: 0}), []Tensor{i8(3, 3, 4), i8(0, 2, 2)}, 8},
		{"conv OC=0", win(Desc{Op: OpConv2D}), []Tensor{i8(3, 3, 4), i8(2, 2, 0)}, 0},
		{"maxpool C=0", win(Desc{Op: OpMaxPool2D}), []Tensor{i8(3, 3, 0), i8(2, 2, 0)}, 0},
		{"avgpool OH=0", win(Desc{Op: OpAvgPool2D}), []Tensor{i8(3, 3, 5), i8(0, 2, 5)}, 0},
		{"avgpool empty input", win(Desc{Op: OpAvgPool2D}), []Tensor{i8(0, 0, 5), i8(0, 0, 5)}, 0},
		{"relu [0]", Desc{Op: OpReLU, ZIn: 3}, []Tensor{i8(0), i8(0)}, 0},
		{"relu [3 0]", Desc{Op: OpReLU, ZIn: 3}, []Tensor{i8(3, 0), i8(3, 0)}, 0},
		{"add [0 4]", Desc{Op: OpAdd, MulIn: 1, MulIn2: 1, MulOut: 1, Lo: -128, Hi: 127}, []Tensor{i8(0, 4), i8(0, 4), i8(0, 4)}, 0},
		{"reshape", Desc{Op: OpReshape}, []Tensor{i32(0, 4), i32(4, 0)}, 0},
		{"softmax no rows", Desc{Op: OpSoftmax}, []Tensor{i8(0, 10), i8(0, 10)}, 32},
		{"softmax empty rows", Desc{Op: OpSoftmax}, []Tensor{i8(3, 0), i8(3, 0)}, 32},
		{"argmax no rows", Desc{Op: OpArgmax}, []Tensor{i8(0, 5), i32(0)}, 0},
	}
	for _, c := range cases {
		// Put a non-empty guard tensor first so that the zero-size tensors
		// sit at a non-zero address inside RAM.
		ram, ts := refFlat(append([]Tensor{i8(40)}, c.ts...)...)
		d := c.d
		d.In, d.Out = ts[1], ts[2]
		if len(ts) > 3 {
			d.In2 = ts[3]
		}
		rom := make([]byte, c.romLen*32)
		if d.Op == OpSoftmax {
			binary.BigEndian.PutUint32(rom, 1<<16)
		}
		lim := Limits{RAMLeaves: uint64(len(ram) / 32), ROMLeaves: uint64(len(rom) / 32)}
		require.NoError(t, d.Validate(lim), c.name)
		require.Zero(t, refNumel(d.Out), c.name)
		require.Equal(t, uint64(1), d.Steps(), c.name)
		I, J := d.Schedule()
		require.Zero(t, I*J, c.name)
		before := append([]byte(nil), ram...)
		d.Run(ram, rom)
		require.True(t, bytes.Equal(before, ram), "%s: Run touched memory", c.name)
		checkRefCase(t, refCase{name: c.name, d: d, ram: before, rom: rom, lim: lim})
	}
}

// TestRefFusedReLU: with Lo = ZOut every Gemm/Conv output is >= ZOut, and a
// random case hits the clamp.
func TestRefFusedReLU(t *testing.T) {
	g := newRefGen(rand.New(rand.NewPCG(3, 4)))
	hit := 0
	for n := 0; n < 100; n++ {
		c := g.random([]Opcode{OpGemm, OpConv2D}[n%2])
		c.d.Lo, c.d.Hi = c.d.ZOut, 127
		for _, v := range checkRefCase(t, c) {
			require.GreaterOrEqual(t, v, int64(c.d.ZOut))
			if v == int64(c.d.ZOut) {
				hit++
			}
		}
	}
	require.Positive(t, hit)
}

// ---- validation ----

func mod0(d Desc, f func(*Desc)) Desc { f(&d); return d }

func TestRefValidateRejects(t *testing.T) {
	wide := Limits{RAMLeaves: 1 << 20, ROMLeaves: 1 << 20}
	at := func(t Tensor, addr uint32) Tensor { t.Addr = addr; return t }
	i8 := func(addr uint32, s ...uint32) Tensor { return at(NewTensor(Int8, s...), addr) }
	gemm := Desc{Op: OpGemm, In: i8(0, 2, 40), Out: i8(4, 2, 3), W: 0, CP: 12, M: 2, Lo: -128, Hi: 127}
	relu := Desc{Op: OpReLU, In: i8(0, 3, 40), Out: i8(6, 3, 40)}
	pool := Desc{Op: OpMaxPool2D, In: i8(0, 4, 4, 8), Out: i8(16, 2, 2, 8), KH: 2, KW: 2, SH: 2, SW: 2, Lo: -128, Hi: 127}
	conv := Desc{Op: OpConv2D, In: i8(0, 4, 4, 8), Out: i8(16, 2, 2, 3), KH: 2, KW: 2, SH: 2, SW: 2, W: 0, CP: 12, Lo: -128, Hi: 127}
	soft := Desc{Op: OpSoftmax, In: i8(0, 2, 10), Out: i8(2, 2, 10), W: 0}
	add := Desc{Op: OpAdd, In: i8(0, 40), In2: i8(2, 40), Out: i8(4, 40), MulIn: 1, MulIn2: 1, MulOut: 1}
	lut := Desc{Op: OpLut, In: i8(0, 3, 40), Out: i8(6, 3, 40), W: 2}
	gat := Desc{Op: OpGather, In: i8(0, 3, 40), In2: i8(6, 2, 5), Out: i8(8, 4, 9), W: 2, ZIn: -7}
	mul := Desc{Op: OpMul, In: i8(0, 40), In2: i8(2, 40), Out: i8(4, 40), ZIn: 3, ZIn2: -4, ZOut: 1, MulOut: 1, ShOut: 62, Lo: -128, Hi: 127}
	mx := mod0(add, func(d *Desc) { d.Op = OpMax })
	mn := mod0(add, func(d *Desc) { d.Op = OpMin })
	for _, d := range []Desc{gemm, relu, pool, conv, soft, add, mul, mx, mn, lut,
		mod0(mul, func(d *Desc) { d.Out = d.In }), mod0(mul, func(d *Desc) { d.Out = d.In2 }), mod0(mul, func(d *Desc) { d.In2 = d.In }),
		mod0(mn, func(d *Desc) { d.Out = d.In2 }), mod0(mx, func(d *Desc) { d.In2, d.Out = d.In, d.In }), mod0(lut, func(d *Desc) { d.Out.Addr = 0 }),
		gat, mod0(gat, func(d *Desc) { d.In2 = Tensor{} }), mod0(gat, func(d *Desc) { d.In2 = d.In }),
		mod0(gat, func(d *Desc) { d.In2.Addr = 1 }),                 // In and In2 may overlap
		mod0(gat, func(d *Desc) { d.In2 = at(NewTensor(Int8), 6) }), // a scalar In2 is present
		mod0(gat, func(d *Desc) { d.Out.Dims[0] = 0 })} {            // an empty output
		require.NoError(t, d.Validate(wide), "%+v", d)
	}
	require.Len(t, gat.Tensors(), 3)
	noIn2 := mod0(gat, func(d *Desc) { d.In2 = Tensor{} })
	require.Len(t, noIn2.Tensors(), 2)
	mod := mod0
	cases := []struct {
		name string
		d    Desc
		lim  Limits
		msg  string
	}{
		{"opcode 0", Desc{}, wide, "unknown opcode 0"},
		{"opcode 20", mod(relu, func(d *Desc) { d.Op = 20 }), wide, "unknown opcode 20"},
		{"opcode 255", mod(relu, func(d *Desc) { d.Op = 255 }), wide, "unknown opcode 255"},
		{"relu W", mod(relu, func(d *Desc) { d.W = 1 }), wide, "must be zero"},
		{"relu In2", mod(relu, func(d *Desc) { d.In2 = i8(100, 1) }), wide, "must be zero"},
		{"relu ZOut", mod(relu, func(d *Desc) { d.ZOut = 1 }), wide, "must be zero"},
		{"gemm KH", mod(gemm, func(d *Desc) { d.KH = 1 }), wide, "must be zero"},
		{"gemm MulOut", mod(gemm, func(d *Desc) { d.MulOut = 1 }), wide, "must be zero"},
		{"pool ZIn", mod(pool, func(d *Desc) { d.ZIn = 1 }), wide, "must be zero"},
		{"pool M", mod(pool, func(d *Desc) { d.M = 1 }), wide, "must be zero"},
		{"softmax CP", mod(soft, func(d *Desc) { d.CP = 1 }), wide, "must be zero"},
		{"add M", mod(add, func(d *Desc) { d.M = 1 }), wide, "must be zero"},
		{"add W", mod(add, func(d *Desc) { d.W = 3 }), wide, "must be zero"},
		{"gemm overlap", mod(gemm, func(d *Desc) { d.Out.Addr = 3 }), wide, "overlaps"},
		{"conv overlap", mod(conv, func(d *Desc) { d.Out.Addr = 15 }), wide, "overlaps"},
		{"pool overlap", mod(pool, func(d *Desc) { d.Out.Addr = 0 }), wide, "overlaps"},
		{"softmax overlap", mod(soft, func(d *Desc) { d.Out.Addr = 1 }), wide, "overlaps"},
		{"relu partial overlap", mod(relu, func(d *Desc) { d.Out.Addr = 1 }), wide, "overlaps"},
		{"add partial overlap", mod(add, func(d *Desc) { d.Out.Addr = 1 }), wide, "overlaps"},
		{"reshape overlap", Desc{Op: OpReshape, In: i8(0, 64), Out: i8(1, 2, 32)}, wide, "overlaps"},
		{"argmax overlap", Desc{Op: OpArgmax, In: i8(0, 4, 32), Out: at(NewTensor(Int32, 4), 3)}, wide, "overlaps"},
		{"input beyond RAM", relu, Limits{RAMLeaves: 11, ROMLeaves: 0}, "RAM has 11"},
		{"output beyond RAM", gemm, Limits{RAMLeaves: 5, ROMLeaves: 100}, "RAM has 5"},
		{"tensor at 2^32-1", mod(relu, func(d *Desc) { d.Out.Addr = 1<<32 - 1 }), Limits{RAMLeaves: 1<<32 - 1}, "RAM has"},
		{"gemm weights beyond ROM", gemm, Limits{RAMLeaves: 100, ROMLeaves: 5}, "weights"},
		{"gemm channels beyond ROM", mod(gemm, func(d *Desc) { d.CP = 99 }), Limits{RAMLeaves: 100, ROMLeaves: 100}, "channel parameters"},
		{"conv weights beyond ROM", mod(conv, func(d *Desc) { d.W = 90 }), Limits{RAMLeaves: 100, ROMLeaves: 100}, "weights"},
		{"softmax table beyond ROM", mod(soft, func(d *Desc) { d.W = 70 }), Limits{RAMLeaves: 100, ROMLeaves: 100}, "ROM region"},
		{"lut table beyond ROM", mod(lut, func(d *Desc) { d.W = 93 }), Limits{RAMLeaves: 100, ROMLeaves: 100}, "ROM region at leaf 93 needs leaves up to 101"},
		{"lut int32 input", mod(lut, func(d *Desc) { d.In.DType, d.Out.DType = Int32, Int32 }), wide, "int8"},
		{"lut shape differs", mod(lut, func(d *Desc) { d.Out.Dims[1] = 41 }), wide, "shape"},
		{"lut output int32", mod(lut, func(d *Desc) { d.Out.DType = Int32 }), wide, "shape"},
		{"lut partial overlap", mod(lut, func(d *Desc) { d.Out.Addr = 1 }), wide, "overlaps"},
		{"lut ZIn", mod(lut, func(d *Desc) { d.ZIn = 1 }), wide, "must be zero"},
		{"lut CP", mod(lut, func(d *Desc) { d.CP = 1 }), wide, "must be zero"},
		{"lut Lo", mod(lut, func(d *Desc) { d.Lo = -1 }), wide, "must be zero"},
		{"lut In2", mod(lut, func(d *Desc) { d.In2 = i8(100, 1) }), wide, "must be zero"},
		{"gather table beyond ROM", mod(gat, func(d *Desc) { d.W = 96 }), Limits{RAMLeaves: 100, ROMLeaves: 100}, "ROM region at leaf 96 needs leaves up to 101"},
		{"gather int32 input", mod(gat, func(d *Desc) { d.In.DType = Int32 }), wide, "int8"},
		{"gather int32 In2", mod(gat, func(d *Desc) { d.In2.DType = Int32 }), wide, "int8"},
		{"gather int32 output", mod(gat, func(d *Desc) { d.Out.DType = Int32 }), wide, "int8"},
		{"gather In2 dtype 0", mod(gat, func(d *Desc) { d.In2.DType = 0 }), wide, "unknown dtype"},
		{"gather In2 beyond RAM", mod(gat, func(d *Desc) { d.In2 = i8(100, 3) }), Limits{RAMLeaves: 100, ROMLeaves: 100}, "RAM has 100"},
		{"gather output overlaps In", mod(gat, func(d *Desc) { d.Out.Addr = 5 }), wide, "overlaps"},
		{"gather output is In", mod(gat, func(d *Desc) { d.Out = d.In }), wide, "overlaps"},
		{"gather output overlaps In2", mod(gat, func(d *Desc) { d.Out.Addr = 7 }), wide, "overlaps"},
		{"gather CP", mod(gat, func(d *Desc) { d.CP = 1 }), wide, "must be zero"},
		{"gather ZIn2", mod(gat, func(d *Desc) { d.ZIn2 = 1 }), wide, "must be zero"},
		{"gather ZOut", mod(gat, func(d *Desc) { d.ZOut = 1 }), wide, "must be zero"},
		{"gather Hi", mod(gat, func(d *Desc) { d.Hi = 1 }), wide, "must be zero"},
		{"gather MulIn", mod(gat, func(d *Desc) { d.MulIn = 1 }), wide, "must be zero"},
		{"gather M", mod(gat, func(d *Desc) { d.M = 1 }), wide, "must be zero"},
		{"pool PadT >= KH", mod(pool, func(d *Desc) { d.PadT = 2 }), wide, "entirely in the padding"},
		{"pool PadL >= KW", mod(pool, func(d *Desc) { d.PadL = 3 }), wide, "entirely in the padding"},
		{"pool too many rows", mod(pool, func(d *Desc) { d.Out.Dims[0] = 3 }), wide, "entirely in the padding"},
		{"pool too many cols", mod(pool, func(d *Desc) { d.Out.Dims[1] = 3 }), wide, "entirely in the padding"},
		{"pool empty input", mod(pool, func(d *Desc) { d.In.Dims[0] = 0 }), wide, "entirely in the padding"},
		{"pool zero kernel", mod(pool, func(d *Desc) { d.KH = 0 }), wide, "must be >= 1"},
		{"conv zero stride", mod(conv, func(d *Desc) { d.SW = 0 }), wide, "must be >= 1"},
		{"pool channels differ", mod(pool, func(d *Desc) { d.Out.Dims[2] = 7 }), wide, "output channels"},
		{"gemm M = 0", mod(gemm, func(d *Desc) { d.M = 0 }), wide, "M = 0"},
		{"gemm M does not divide", mod(gemm, func(d *Desc) { d.M = 3; d.Out.Dims[0] = 3 }), wide, "M = 3"},
		{"gemm out rows != M", mod(gemm, func(d *Desc) { d.M = 1 }), wide, "output shape"},
		{"gemm int32 input", mod(gemm, func(d *Desc) { d.In.DType = Int32 }), wide, "int8"},
		{"softmax row too long", Desc{Op: OpSoftmax, In: i8(0, 1<<15), Out: i8(1024, 1<<15)}, wide, "row length 32768 > 32767"},
		{"softmax shape differs", mod(soft, func(d *Desc) { d.Out.Dims[1] = 11 }), wide, "shape"},
		{"add negative multiplier", mod(add, func(d *Desc) { d.MulOut = -1 }), wide, "multiplier -1"},
		{"add shift > 62", mod(add, func(d *Desc) { d.ShIn2 = 63 }), wide, "shift 63 > 62"},
		{"add shapes differ", mod(add, func(d *Desc) { d.In2.Dims[0] = 39 }), wide, "same shape"},
		{"mul MulIn", mod(mul, func(d *Desc) { d.MulIn = 1 }), wide, "must be zero"},
		{"mul MulIn2", mod(mul, func(d *Desc) { d.MulIn2 = 1 }), wide, "must be zero"},
		{"mul ShIn", mod(mul, func(d *Desc) { d.ShIn = 1 }), wide, "must be zero"},
		{"mul ShIn2", mod(mul, func(d *Desc) { d.ShIn2 = 1 }), wide, "must be zero"},
		{"mul W", mod(mul, func(d *Desc) { d.W = 1 }), wide, "must be zero"},
		{"mul negative multiplier", mod(mul, func(d *Desc) { d.MulOut = -1 }), wide, "multiplier -1"},
		{"mul shift > 62", mod(mul, func(d *Desc) { d.ShOut = 63 }), wide, "shift 63 > 62"},
		{"mul shapes differ", mod(mul, func(d *Desc) { d.In2.Dims[0] = 39 }), wide, "same shape"},
		{"mul int32 inputs", mod(mul, func(d *Desc) { d.In.DType, d.In2.DType, d.Out.DType = Int32, Int32, Int32 }), wide, "int8"},
		{"mul partial overlap In", mod(mul, func(d *Desc) { d.Out.Addr = 1 }), wide, "overlaps"},
		{"mul partial overlap In2", mod(mul, func(d *Desc) { d.Out.Addr = 3 }), wide, "overlaps"},
		{"mul output shape", mod(mul, func(d *Desc) { d.Out.Dims[0] = 39 }), wide, "shape"},
		{"max M", mod(mx, func(d *Desc) { d.M = 1 }), wide, "must be zero"},
		{"max negative multiplier", mod(mx, func(d *Desc) { d.MulIn = -1 }), wide, "multiplier -1"},
		{"max shift > 62", mod(mx, func(d *Desc) { d.ShOut = 63 }), wide, "shift 63 > 62"},
		{"max partial overlap", mod(mx, func(d *Desc) { d.Out.Addr = 3 }), wide, "overlaps"},
		{"min KH", mod(mn, func(d *Desc) { d.KH = 1 }), wide, "must be zero"},
		{"min shift > 62", mod(mn, func(d *Desc) { d.ShIn = 63 }), wide, "shift 63 > 62"},
		{"min shapes differ", mod(mn, func(d *Desc) { d.In2.Dims[0] = 41 }), wide, "same shape"},
		{"argmax wrong length", Desc{Op: OpArgmax, In: i8(0, 4, 32), Out: at(NewTensor(Int32, 3), 4)}, wide, "int32 [4]"},
		{"reshape count differs", Desc{Op: OpReshape, In: i8(0, 64), Out: i8(2, 65)}, wide, "element count"},
		{"unknown dtype", mod(relu, func(d *Desc) { d.In.DType, d.Out.DType = 3, 3 }), wide, ""},
		{"rank 5", mod(relu, func(d *Desc) { d.In.Rank, d.Out.Rank = 5, 5 }), wide, ""},
		{"dim beyond rank", mod(relu, func(d *Desc) { d.In.Dims[3], d.Out.Dims[3] = 1, 1 }), wide, "beyond rank"},
		{"more than 2^31 elements", Desc{Op: OpReLU, In: i8(0, 1<<16, 1<<16), Out: i8(0, 1<<16, 1<<16)}, Limits{RAMLeaves: 1 << 62}, "2^31"},
		{"conv schedule too long", Desc{Op: OpConv2D, In: i8(0, 1, 1, 1<<31), Out: i8(1<<26, 1, 1, 1), KH: 256, KW: 256, SH: 1, SW: 1}, Limits{RAMLeaves: 1 << 40, ROMLeaves: 1 << 62}, ""},
	}
	for _, c := range cases {
		err := c.d.Validate(c.lim)
		require.Error(t, err, c.name)
		require.True(t, errors.Is(err, ErrInvalidOp), "%s: %v", c.name, err)
		require.Contains(t, err.Error(), c.msg, c.name)
	}
}

func TestRefValidateDataRejects(t *testing.T) {
	gemm := Desc{Op: OpGemm, In: NewTensor(Int8, 4), Out: NewTensor(Int8, 3), W: 0, CP: 3, M: 1, Lo: -128, Hi: 127}
	gemm.Out.Addr = 1
	rom := append(make([]byte, 3*32), refChanROM([3]int64{1, 2, 3}, [3]int64{-5, 1 << 30, 62}, [3]int64{0, 0, 0})...)
	require.NoError(t, gemm.Validate(Limits{RAMLeaves: 2, ROMLeaves: 5}))
	require.NoError(t, gemm.ValidateData(rom))
	for _, c := range []struct {
		off int
		v   byte
		msg string
	}{
		{3*32 + 16 + 4, 0x80, "multiplier"},
		{3*32 + 16 + 8, 63, "shift 63 > 62"},
		{3*32 + 32 + 15, 1, "reserved"},
	} {
		bad := append([]byte(nil), rom...)
		bad[c.off] = c.v
		err := gemm.ValidateData(bad)
		require.ErrorIs(t, err, ErrInvalidOp)
		require.Contains(t, err.Error(), c.msg)
	}
	soft := Desc{Op: OpSoftmax, In: NewTensor(Int8, 4), Out: NewTensor(Int8, 4), W: 0}
	soft.Out.Addr = 1
	var tab [256]int32
	tab[0] = 1 << 16
	require.NoError(t, soft.ValidateData(refTableROM(tab)))
	for _, f := range []func(*[256]int32){
		func(t *[256]int32) { t[0] = 1<<16 - 1 },
		func(t *[256]int32) { t[5] = 1 },
		func(t *[256]int32) { t[200] = -1 },
	} {
		bad := tab
		f(&bad)
		require.ErrorIs(t, soft.ValidateData(refTableROM(bad)), ErrInvalidOp)
	}
}

// ---- encoding ----

func TestRefDescEncodeDecode(t *testing.T) {
	g := newRefGen(rand.New(rand.NewPCG(5, 6)))
	for n := 0; n < 500; n++ {
		c := g.random(Opcodes()[n%len(Opcodes())])
		b := c.d.Encode()
		require.Len(t, b, DescSize)
		got, err := Decode(b)
		require.NoError(t, err)
		require.Equal(t, c.d, got)
	}
	// Every 128-byte string whose reserved bytes are zero decodes, and
	// encodes back to itself.
	r := rand.New(rand.NewPCG(7, 8))
	reserved := refReservedOffsets()
	for n := 0; n < 2000; n++ {
		b := make([]byte, DescSize)
		for k := range b {
			b[k] = byte(r.Uint32())
		}
		for _, k := range reserved {
			b[k] = 0
		}
		d, err := Decode(b)
		require.NoError(t, err)
		require.Equal(t, b, d.Encode())
	}
}

// refReservedOffsets lists the descriptor bytes that must be zero: byte 1,
// bytes 6 and 7 of each tensor, and bytes 118..127.
func refReservedOffsets() []int {
	out := []int{1}
	for _, base := range []int{2, 26, 50} {
		out = append(out, base+6, base+7)
	}
	for k := 118; k < 128; k++ {
		out = append(out, k)
	}
	return out
}

func TestRefDecodeRejectsReserved(t *testing.T) {
	d := Desc{Op: OpReLU, In: NewTensor(Int8, 3, 40), Out: NewTensor(Int8, 3, 40)}
	b := d.Encode()
	for _, k := range refReservedOffsets() {
		for _, v := range []byte{1, 0x80, 0xff} {
			bad := append([]byte(nil), b...)
			bad[k] = v
			_, err := Decode(bad)
			require.Error(t, err, "byte %d = %#x", k, v)
			require.ErrorIs(t, err, ErrInvalidOp)
			require.True(t, strings.Contains(err.Error(), "reserved"), err.Error())
		}
	}
	for _, n := range []int{0, 127, 129} {
		_, err := Decode(make([]byte, n))
		require.ErrorIs(t, err, ErrInvalidOp)
	}
}

// TestRefLutEdges: the table's first and last entries are the outputs of
// x = -128 and x = 127, in place and not, across a row longer than a leaf.
func TestRefLutEdges(t *testing.T) {
	var tab [256]int8
	for k := range tab {
		tab[k] = int8(127 - k) // y = -1 - x: a bijection, so every entry is seen
	}
	tab[0], tab[255] = 77, -99
	rom := make([]byte, 32+LutTableLeaves*32)
	PutLutTable(rom[32:], &tab)
	for _, inPlace := range []bool{false, true} {
		in := NewTensor(Int8, 2, 40)
		ram, ts := refFlat(in, in)
		out := ts[1]
		if inPlace {
			out = ts[0]
		}
		x := make([]int64, 80)
		for k := range x {
			x[k] = int64(k*37%256) - 128
		}
		x[0], x[39], x[40], x[79] = -128, 127, 127, -128
		refWrite(ts[0], ram, x)
		d := Desc{Op: OpLut, In: ts[0], Out: out, W: 1}
		lim := Limits{RAMLeaves: uint64(len(ram) / 32), ROMLeaves: uint64(len(rom) / 32)}
		got := checkRefCase(t, refCase{name: fmt.Sprintf("lut in place %v", inPlace), d: d, ram: ram, rom: rom, lim: lim})
		for k := range x {
			want := int64(-1 - x[k])
			if x[k] == -128 {
				want = 77
			} else if x[k] == 127 {
				want = -99
			}
			require.Equal(t, want, got[k], "element %d (x = %d)", k, x[k])
		}
		I, J := d.Schedule()
		require.Equal(t, [2]uint64{2, 40}, [2]uint64{I, J})
	}
}

// TestRefGatherEdges: the first and last sources of In and In2, the fill for
// -1, Numel(In) + Numel(In2) and the int32 extremes, table entries on both
// sides of a table-leaf boundary, and an In2 that is In itself; also the
// fill everywhere when In has no elements and In2 is absent.
func TestRefGatherEdges(t *testing.T) {
	in := NewTensor(Int8, 2, 40) // 80 sources, rows of two leaves
	in2 := NewTensor(Int8, 3)    // 3 more
	ram, ts := refFlat(in, in2, NewTensor(Int8, 2, 9))
	x := make([]int64, 80)
	for k := range x {
		x[k] = int64(k - 40)
	}
	refWrite(ts[0], ram, x)
	refWrite(ts[1], ram, []int64{100, -100, 7})
	idx := []int32{0, 79, 80, 82, -1, 83, math.MinInt32, math.MaxInt32, 39, // leaf W
		40, 81, 1, 2, 3, 4, 5, 6, 78} // entries 8-17 straddle leaves W, W+1, W+2
	rom := make([]byte, 32+GatherTableLeaves(uint64(len(idx)))*32)
	PutGatherTable(rom[32:], idx)
	lim := Limits{RAMLeaves: uint64(len(ram) / 32), ROMLeaves: uint64(len(rom) / 32)}
	d := Desc{Op: OpGather, In: ts[0], In2: ts[1], Out: ts[2], W: 1, ZIn: -77}
	got := checkRefCase(t, refCase{name: "gather", d: d, ram: ram, rom: rom, lim: lim})
	require.Equal(t, []int64{-40, 39, 100, 7, -77, -77, -77, -77, -1, 0, -100, -39, -38, -37, -36, -35, -34, 38}, got)
	I, J := d.Schedule()
	require.Equal(t, [2]uint64{2, 9}, [2]uint64{I, J})

	// In2 = In: the sources are In's elements twice.
	d.In2 = d.In
	got = checkRefCase(t, refCase{name: "gather In2 = In", d: d, ram: ram, rom: rom, lim: lim})
	require.Equal(t, int64(-40), got[2]) // index 80 is In2 element 0
	require.Equal(t, int64(-38), got[3]) // 82 is In2 element 2
	require.Equal(t, int64(-37), got[5]) // 83 is In2 element 3
	require.Equal(t, int64(-39), got[10])

	// No sources: every element is the fill.
	d.In, d.In2 = NewTensor(Int8, 0), Tensor{}
	got = checkRefCase(t, refCase{name: "gather no sources", d: d, ram: ram, rom: rom, lim: lim})
	for _, v := range got {
		require.Equal(t, int64(-77), v)
	}

	// The table must fit: one entry more needs a third leaf.
	d.Out = NewTensor(Int8, 17)
	d.Out.Addr = ts[2].Addr
	require.NoError(t, d.Validate(lim))
	d.Out.Dims[0] = 25
	require.ErrorContains(t, d.Validate(Limits{RAMLeaves: lim.RAMLeaves, ROMLeaves: 4}), "ROM region at leaf 1 needs leaves up to 5")
}
