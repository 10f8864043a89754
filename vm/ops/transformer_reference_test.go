package ops

// The reference implementation and property tests of the transformer ops
// of format version 2 (Embed, Norm, Rope, GluMul; docs/spec.md §6.15 to
// §6.18), in the style of reference_test.go: logical tensors, big-integer
// rounding and square roots, no layout helpers of the package.

import (
	"encoding/binary"
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"
)

// refRunTransformer is refRun for Embed, Norm, Rope and GluMul.
func refRunTransformer(d *Desc, ram, rom []byte) []int64 {
	switch d.Op {
	case OpEmbed:
		ids := refRead(d.In, ram)
		D := refRowLen(d.Out)
		stride := (D + 31) / 32 * 32
		out := make([]int64, 0, refNumel(d.Out))
		for _, id := range ids {
			for c := uint64(0); c < D; c++ {
				if id >= 0 && id < int64(d.M) {
					out = append(out, int64(int8(rom[uint64(d.W)*32+uint64(id)*stride+c])))
				} else {
					out = append(out, int64(d.ZOut))
				}
			}
		}
		return out
	case OpNorm:
		return refNorm(d, ram)
	case OpRope:
		x := refRead(d.In, ram)
		n := refRowLen(d.In)
		halves := (n + 15) / 16
		out := make([]int64, len(x))
		for r := uint64(0); r < refRows(d.In); r++ {
			for p := uint64(0); p < n/2; p++ {
				leaf := rom[(uint64(d.W)+r*halves+p/8)*32:]
				cos := int64(int16(binary.BigEndian.Uint16(leaf[2*(p%8):])))
				sin := int64(int16(binary.BigEndian.Uint16(leaf[16+2*(p%8):])))
				a, b := x[r*n+2*p]-int64(d.ZIn), x[r*n+2*p+1]-int64(d.ZIn)
				out[r*n+2*p] = refClamp(refRequant(a*cos-b*sin, d.MulOut, d.ShOut)+int64(d.ZOut), d.Lo, d.Hi)
				out[r*n+2*p+1] = refClamp(refRequant(a*sin+b*cos, d.MulOut, d.ShOut)+int64(d.ZOut), d.Lo, d.Hi)
			}
		}
		return out
	case OpGluMul:
		g, u := refRead(d.In, ram), refRead(d.In2, ram)
		out := make([]int64, len(g))
		for k := range g {
			s := int64(int16(binary.BigEndian.Uint16(rom[uint64(d.W)*32+2*uint64(g[k]+128):])))
			out[k] = refClamp(refRequant(s*(u[k]-int64(d.ZIn2)), d.MulOut, d.ShOut)+int64(d.ZOut), d.Lo, d.Hi)
		}
		return out
	}
	panic("refRunTransformer: not a transformer op")
}

// refNorm: per row, S1 = Σ(x − Z) (0 for RMS), S2 = Σ(x − Z)², R =
// floor(sqrt(max(D·S2 − S1², 0)·2^16 + D²·EpsQ)), y = clamp(rq(sat32(
// round((D·(x − Z) − S1)·2^24 / R))) + ZOut).
func refNorm(d *Desc, ram []byte) []int64 {
	x := refRead(d.In, ram)
	D := int64(refRowLen(d.In))
	out := make([]int64, len(x))
	for r := int64(0); r < int64(refRows(d.In)); r++ {
		row := x[r*D : (r+1)*D]
		var s1, s2 int64
		for _, v := range row {
			s1 += v - int64(d.ZIn)
			s2 += (v - int64(d.ZIn)) * (v - int64(d.ZIn))
		}
		if d.KH == 0 {
			s1 = 0
		}
		a := big.NewInt(max(D*s2-s1*s1, 0))
		a.Lsh(a, 16)
		a.Add(a, new(big.Int).Mul(big.NewInt(D*D), big.NewInt(int64(d.M))))
		root := new(big.Int).Sqrt(a)
		for k, v := range row {
			c := big.NewInt(D*(v-int64(d.ZIn)) - s1)
			q := refSat32(refDivRound(c.Lsh(c, 24), root))
			out[r*D+int64(k)] = refClamp(refRequant(q, d.MulOut, d.ShOut)+int64(d.ZOut), d.Lo, d.Hi)
		}
	}
	return out
}

// requant returns a random output multiplier and shift: typical for an
// op whose product carries about `bits` bits more than the output
// (outputs spread over int8), or extreme ones that saturate.
func (g *refGen) requant(bits int) (int32, uint8) {
	if g.r.IntN(4) == 0 {
		return int32(g.r.Uint32() >> 1), uint8(g.r.IntN(63))
	}
	return int32(1<<30 + g.r.IntN(1<<30)), uint8(30 + bits + g.r.IntN(3) - 1)
}

// writeValues sets t's elements to f() when the case is built.
func (g *refGen) writeValues(t Tensor, f func() int64) {
	g.ramW = append(g.ramW, func(ram []byte) {
		v := refRead(t, ram)
		for k := range v {
			v[k] = f()
		}
		refWrite(t, ram, v)
	})
}

func (g *refGen) transformer(op Opcode) refCase {
	switch op {
	case OpEmbed:
		return g.embed()
	case OpNorm:
		return g.norm()
	case OpRope:
		return g.rope()
	}
	return g.gluMul()
}

// embed: ids in range, negative, at or beyond V and the int32 extremes.
func (g *refGen) embed() refCase {
	in := g.place(NewTensor(Int32, g.shape(g.r.IntN(3), 5)...))
	D := g.inner(70)
	out := g.place(NewTensor(Int8, uint32(refNumel(in)), D))
	V := uint32(g.r.IntN(12))
	d := Desc{Op: OpEmbed, In: in, Out: out, M: V, ZOut: g.i8(), W: g.romAlloc(uint64(V) * refRowStride(out))}
	g.writeValues(in, func() int64 {
		switch g.r.IntN(6) {
		case 0:
			return int64(-1 - g.r.IntN(3))
		case 1:
			return int64(V) + int64(g.r.IntN(3))
		case 2:
			return []int64{math.MinInt32, math.MaxInt32}[g.r.IntN(2)]
		}
		return int64(g.r.IntN(int(V) + 1))
	})
	return g.finish("embed", d)
}

// norm: both modes, EpsQ from 1 to 2^32 − 1, constant rows (variance 0)
// and narrow or full value ranges.
func (g *refGen) norm() refCase {
	in := g.place(NewTensor(Int8, g.shape(g.r.IntN(4), 100)...))
	d := Desc{Op: OpNorm, In: in, Out: g.inPlace(in), KH: uint16(g.r.IntN(2)), ZIn: g.smallZ(), ZOut: g.smallZ()}
	switch g.r.IntN(4) {
	case 0:
		d.M = 1
	case 1:
		d.M = uint32(g.r.Uint32()) | 1
	default:
		d.M = uint32(1 + g.r.IntN(5000))
	}
	d.MulOut, d.ShOut = g.requant(11)
	d.Lo, d.Hi = g.clamp(d.ZOut)
	switch g.r.IntN(4) {
	case 0: // constant
		v := int64(g.i8())
		g.writeValues(in, func() int64 { return v })
	case 1: // narrow
		g.writeValues(in, func() int64 { return int64(g.r.IntN(5) - 2) })
	case 2: // extremes
		g.writeValues(in, func() int64 { return []int64{-128, 127}[g.r.IntN(2)] })
	}
	return g.finish("norm", d)
}

// rope: even rows (a forced odd row length is made even), random tables
// (any int16 pair is valid) and unit rotations.
func (g *refGen) rope() refCase {
	s := g.shape(1+g.r.IntN(3), 100)
	if s[len(s)-1]%2 == 1 {
		s[len(s)-1]++
	}
	in := g.place(NewTensor(Int8, s...))
	d := Desc{Op: OpRope, In: in, Out: g.inPlace(in), ZIn: g.smallZ(), ZOut: g.smallZ()}
	d.MulOut, d.ShOut = g.requant(14)
	d.Lo, d.Hi = g.clamp(d.ZOut)
	halves := (refRowLen(in) + 15) / 16
	d.W = g.romAlloc(refRows(in) * halves)
	if g.coin() { // realistic: cos² + sin² = 1 in Q14
		w := d.W
		g.romW = append(g.romW, func(rom []byte) {
			for k := uint64(0); k < refRows(in)*halves*8; k++ {
				th := float64(g.r.IntN(6283)) / 1000
				leaf := rom[(uint64(w)+k/8)*32:]
				binary.BigEndian.PutUint16(leaf[2*(k%8):], uint16(int16(math.Round(16384*math.Cos(th)))))
				binary.BigEndian.PutUint16(leaf[16+2*(k%8):], uint16(int16(math.Round(16384*math.Sin(th)))))
			}
		})
	}
	return g.finish("rope", d)
}

// gluMul: u updated in place, g distinct from u or u itself.
func (g *refGen) gluMul() refCase {
	in := g.place(NewTensor(Int8, g.shape(g.r.IntN(4), 70)...))
	in2 := in
	if g.r.IntN(4) != 0 {
		in2 = g.place(Tensor{DType: Int8, Rank: in.Rank, Dims: in.Dims})
	}
	d := Desc{Op: OpGluMul, In: in, In2: in2, Out: in2, ZIn2: g.smallZ(), ZOut: g.smallZ(), W: g.romAlloc(GluTableLeaves)}
	d.MulOut, d.ShOut = g.requant(15)
	d.Lo, d.Hi = g.clamp(d.ZOut)
	return g.finish("glumul", d)
}

// TestRefNormEdges: hand-computed Norm outputs.
func TestRefNormEdges(t *testing.T) {
	one := func(vals []int64, d Desc) []int64 {
		ram, ts := refFlat(NewTensor(Int8, uint32(len(vals))))
		refWrite(ts[0], ram, vals)
		d.Op, d.In, d.Out = OpNorm, ts[0], ts[0]
		lim := Limits{RAMLeaves: uint64(len(ram) / 32)}
		want := refRun(&d, ram, nil)
		require.Equal(t, want, checkRefCase(t, refCase{name: "norm edge", d: d, ram: ram, lim: lim}))
		return want
	}
	// Identity-like scale: q = n·2^16, y = rq(q, 2^30, 46) = n·2^16/2^16 = n.
	id := Desc{M: 1, MulOut: 1 << 30, ShOut: 46, Lo: -128, Hi: 127}
	// A constant row in LayerNorm: every x − mean is 0, so y = ZOut.
	require.Equal(t, []int64{5, 5, 5}, one([]int64{-7, -7, -7}, mod0(id, func(d *Desc) { d.KH = NormLayer; d.ZOut = 5 })))
	// A constant row in RMS: x/sqrt(x² + eps) is 1 up to eps: R =
	// isqrt(3·3·100·2^16 + 9·1) = 7680 (exactly 7680.0002), q =
	// round(3·10·2^24 / 7680) = 65536, y = 1.
	require.Equal(t, []int64{1, 1, 1}, one([]int64{10, 10, 10}, id))
	// All zero with the smallest eps: R = isqrt(D²) = D, every c = 0.
	require.Equal(t, []int64{0, 0}, one([]int64{0, 0}, id))
	// A single element carries the whole norm: x = 100 among zeros, D = 4:
	// y = 100/sqrt(100²/4) = 2 (RMS), and the zeros give 0.
	require.Equal(t, []int64{2, 0, 0, 0}, one([]int64{100, 0, 0, 0}, id))
	// LayerNorm of [1, 3]: mean 2, var 1, y = ∓1.
	require.Equal(t, []int64{-1, 1}, one([]int64{1, 3}, mod0(id, func(d *Desc) { d.KH = NormLayer })))
	// The largest eps the field holds flattens every output to 0.
	require.Equal(t, []int64{0, 0}, one([]int64{127, -128}, mod0(id, func(d *Desc) { d.M = 1<<32 - 1 })))
	// Saturation: a multiplier and shift that overflow int32 clamp to Hi/Lo.
	require.Equal(t, []int64{127, -128}, one([]int64{127, -128}, mod0(id, func(d *Desc) { d.ShOut = 0 })))
}

// TestNormArbitraryAccumulator: phase 2 is defined for every accumulator
// a pre-state can carry, the extremes included (the bounds of §6.16).
func TestNormArbitraryAccumulator(t *testing.T) {
	x := [LeafSize]byte{0x80, 0x7f, 0, 1}
	for _, mode := range []uint16{NormRMS, NormLayer} {
		d := Desc{Op: OpNorm, In: NewTensor(Int8, 1<<15), KH: mode, M: 1<<32 - 1, MulOut: 1<<31 - 1, ShOut: 0, Lo: -128, Hi: 127}
		d.Out = d.In
		for _, s1 := range []int32{math.MinInt32, -1, 0, 1, math.MaxInt32} {
			for _, s2 := range []int32{math.MinInt32, -1, 0, 1, math.MaxInt32} {
				acc := Acc{s1, s2}
				r := normRoot(&d, &acc)
				require.GreaterOrEqual(t, r, uint64(1<<15), "R >= D·sqrt(EpsQ)")
				var out [LeafSize]byte
				normLanes(&d, &acc, &x, &out, 4)
			}
		}
	}
}

// TestRefTransformerValidateRejects: each rule of §6.15-§6.18.
func TestRefTransformerValidateRejects(t *testing.T) {
	wide := Limits{RAMLeaves: 1 << 20, ROMLeaves: 1 << 20}
	at := func(t Tensor, addr uint32) Tensor { t.Addr = addr; return t }
	i8 := func(addr uint32, s ...uint32) Tensor { return at(NewTensor(Int8, s...), addr) }
	emb := Desc{Op: OpEmbed, In: NewTensor(Int32, 4), Out: i8(1, 4, 40), W: 2, M: 10, ZOut: -3}
	nrm := Desc{Op: OpNorm, In: i8(0, 2, 40), Out: i8(4, 2, 40), KH: 1, M: 7, ZIn: 1, ZOut: 2, MulOut: 1 << 30, ShOut: 41, Lo: -128, Hi: 127}
	rp := Desc{Op: OpRope, In: i8(0, 3, 40), Out: i8(6, 3, 40), W: 1, ZIn: 1, MulOut: 1 << 30, ShOut: 44, Lo: -128, Hi: 127}
	glu := Desc{Op: OpGluMul, In: i8(0, 3, 40), In2: i8(6, 3, 40), Out: i8(6, 3, 40), W: 5, ZIn2: 3, MulOut: 1 << 30, ShOut: 44, Lo: -128, Hi: 127}
	for _, d := range []Desc{emb, nrm, rp, glu, mod0(nrm, func(d *Desc) { d.Out = d.In }), mod0(rp, func(d *Desc) { d.Out = d.In }),
		mod0(glu, func(d *Desc) { d.In = d.In2 }), mod0(emb, func(d *Desc) { d.M = 0 }), mod0(nrm, func(d *Desc) { d.In, d.Out = i8(0, 1<<15), i8(0, 1<<15) })} {
		require.NoError(t, d.Validate(wide), "%+v", d)
	}
	cases := []struct {
		name string
		d    Desc
		lim  Limits
		msg  string
	}{
		{"embed int8 ids", mod0(emb, func(d *Desc) { d.In.DType = Int8 }), wide, "int32"},
		{"embed int32 output", mod0(emb, func(d *Desc) { d.Out.DType = Int32 }), wide, "int8"},
		{"embed rows != ids", mod0(emb, func(d *Desc) { d.Out.Dims[0] = 5 }), wide, "one row per id"},
		{"embed overlap", mod0(emb, func(d *Desc) { d.Out.Addr = 0 }), wide, "overlaps"},
		{"embed table beyond ROM", emb, Limits{RAMLeaves: 100, ROMLeaves: 21}, "ROM region at leaf 2 needs leaves up to 22"},
		{"embed ZIn", mod0(emb, func(d *Desc) { d.ZIn = 1 }), wide, "must be zero"},
		{"embed KH", mod0(emb, func(d *Desc) { d.KH = 1 }), wide, "must be zero"},
		{"embed MulOut", mod0(emb, func(d *Desc) { d.MulOut = 1 }), wide, "must be zero"},
		{"embed In2", mod0(emb, func(d *Desc) { d.In2 = i8(50, 1) }), wide, "must be zero"},
		{"norm int32", mod0(nrm, func(d *Desc) { d.In.DType, d.Out.DType = Int32, Int32 }), wide, "int8"},
		{"norm shape", mod0(nrm, func(d *Desc) { d.Out.Dims[1] = 41 }), wide, "shape"},
		{"norm partial overlap", mod0(nrm, func(d *Desc) { d.Out.Addr = 1 }), wide, "overlaps"},
		{"norm row too long", Desc{Op: OpNorm, In: i8(0, 1<<15+1), Out: i8(0, 1<<15+1), M: 1}, wide, "row length 32769 > 32768"},
		{"norm mode 2", mod0(nrm, func(d *Desc) { d.KH = 2 }), wide, "mode 2"},
		{"norm EpsQ 0", mod0(nrm, func(d *Desc) { d.M = 0 }), wide, "EpsQ = 0"},
		{"norm negative multiplier", mod0(nrm, func(d *Desc) { d.MulOut = -1 }), wide, "multiplier -1"},
		{"norm shift > 62", mod0(nrm, func(d *Desc) { d.ShOut = 63 }), wide, "shift 63 > 62"},
		{"norm W", mod0(nrm, func(d *Desc) { d.W = 1 }), wide, "must be zero"},
		{"norm KW", mod0(nrm, func(d *Desc) { d.KW = 1 }), wide, "must be zero"},
		{"norm ZIn2", mod0(nrm, func(d *Desc) { d.ZIn2 = 1 }), wide, "must be zero"},
		{"norm MulIn", mod0(nrm, func(d *Desc) { d.MulIn = 1 }), wide, "must be zero"},
		{"rope odd row", Desc{Op: OpRope, In: i8(0, 3, 41), Out: i8(6, 3, 41), MulOut: 1}, wide, "row length 41 is odd"},
		{"rope int32", mod0(rp, func(d *Desc) { d.In.DType, d.Out.DType = Int32, Int32 }), wide, "int8"},
		{"rope shape", mod0(rp, func(d *Desc) { d.Out.Dims[0] = 2 }), wide, "shape"},
		{"rope partial overlap", mod0(rp, func(d *Desc) { d.Out.Addr = 2 }), wide, "overlaps"},
		{"rope table beyond ROM", rp, Limits{RAMLeaves: 100, ROMLeaves: 9}, "ROM region at leaf 1 needs leaves up to 10"},
		{"rope negative multiplier", mod0(rp, func(d *Desc) { d.MulOut = -5 }), wide, "multiplier -5"},
		{"rope shift > 62", mod0(rp, func(d *Desc) { d.ShOut = 200 }), wide, "shift 200 > 62"},
		{"rope M", mod0(rp, func(d *Desc) { d.M = 1 }), wide, "must be zero"},
		{"rope ZIn2", mod0(rp, func(d *Desc) { d.ZIn2 = 1 }), wide, "must be zero"},
		{"glumul output not In2", mod0(glu, func(d *Desc) { d.Out = i8(20, 3, 40) }), wide, "must be In2"},
		{"glumul output In", mod0(glu, func(d *Desc) { d.Out = d.In }), wide, "must be In2"},
		{"glumul shapes", mod0(glu, func(d *Desc) { d.In2.Dims[0], d.Out.Dims[0] = 2, 2 }), wide, "same shape"},
		{"glumul int32", mod0(glu, func(d *Desc) { d.In.DType = Int32 }), wide, "int8"},
		{"glumul partial overlap", mod0(glu, func(d *Desc) { d.In2.Addr, d.Out.Addr = 3, 3 }), wide, "partially overlaps"},
		{"glumul table beyond ROM", glu, Limits{RAMLeaves: 100, ROMLeaves: 20}, "ROM region at leaf 5 needs leaves up to 21"},
		{"glumul shift > 62", mod0(glu, func(d *Desc) { d.ShOut = 63 }), wide, "shift 63 > 62"},
		{"glumul ZIn", mod0(glu, func(d *Desc) { d.ZIn = 1 }), wide, "must be zero"},
		{"glumul MulIn2", mod0(glu, func(d *Desc) { d.MulIn2 = 1 }), wide, "must be zero"},
	}
	for _, c := range cases {
		err := c.d.Validate(c.lim)
		require.Error(t, err, c.name)
		require.True(t, errors.Is(err, ErrInvalidOp), "%s: %v", c.name, err)
		require.Contains(t, err.Error(), c.msg, c.name)
	}
}

// TestRefEmbedFill: out-of-range ids read no ROM.
func TestRefEmbedFill(t *testing.T) {
	d := Desc{Op: OpEmbed, In: NewTensor(Int32, 3), Out: NewTensor(Int8, 3, 33), M: 2, ZOut: -9}
	d.Out.Addr = 1
	ram := make([]byte, 7*32)
	for k, id := range []int32{-1, 2, math.MaxInt32} {
		binary.BigEndian.PutUint32(ram[4*k:], uint32(id))
	}
	rom := make([]byte, 4*32)
	for k := range rom {
		rom[k] = byte(k)
	}
	lim := Limits{RAMLeaves: 7, ROMLeaves: 4}
	got := checkRefCase(t, refCase{name: "embed fill", d: d, ram: ram, rom: rom, lim: lim})
	for _, v := range got {
		require.Equal(t, int64(-9), v)
	}
	// No ROM at all: the fill steps never read it.
	_, err := refRunSteps(&d, ram, nil, Limits{RAMLeaves: 7, ROMLeaves: 0})
	require.NoError(t, err)
}
