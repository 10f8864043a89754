package model

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/vm/ops"
)

// File layout offsets used by the rejection tests.
const (
	fileH0   = 8           // header leaf 0
	fileH1   = fileH0 + 32 // header leaf 1 (input tensor)
	fileH2   = fileH1 + 32 // header leaf 2 (output tensor)
	fileOps  = fileH2 + 32 // first descriptor
	h0NumOps = fileH0 + 4  // NumOps, 4 bytes
	h0Steps  = fileH0 + 8  // NumSteps, 8 bytes
	h0RAM    = fileH0 + 16 // RAMLeaves, 4 bytes
	h0WLeafs = fileH0 + 20 // WeightsLeaves, 4 bytes
	h0Input  = fileH0 + 24 // input depth
	h0Output = fileH0 + 25 // output depth
	h0Resvd  = fileH0 + 26 // first reserved byte
	opFields = ops.DescSize
	chanSize = 16 // bytes per channel record
)

func mtI8s(r *rand.Rand, n int) []int8 {
	v := make([]int8, n)
	for k := range v {
		v[k] = int8(r.IntN(256) - 128)
	}
	return v
}

func mtChannels(r *rand.Rand, n int) []Channel {
	ch := make([]Channel, n)
	for k := range ch {
		ch[k] = Channel{Bias: int32(r.IntN(2000) - 1000), Mult: int32(1<<30 + r.IntN(1<<30)), Shift: uint8(38 + r.IntN(4))}
	}
	return ch
}

func mtTable() [256]int32 {
	var t [256]int32
	v := int64(1 << 16)
	for k := range t {
		t[k] = int32(v)
		v = v * 15 / 16
	}
	return t
}

type mtModel struct {
	name string
	m    *Model
}

// mtModels builds small models covering every op.
func mtModels(t testing.TB) []mtModel {
	t.Helper()
	r := rand.New(rand.NewPCG(1, 2))
	var out []mtModel
	add := func(name string, f func(b *Builder) T) {
		b := NewBuilder()
		m, err := b.Build(f(b))
		require.NoError(t, err, name)
		out = append(out, mtModel{name, m})
	}
	add("mlp", func(b *Builder) T {
		x := b.Input(2, 40)
		x = b.Gemm(x, 1, 5, mtI8s(r, 5*80), mtChannels(r, 5), Quant{ZIn: 3, ZOut: -2, Lo: -2, Hi: 127})
		x = b.ReLU(x, 1)
		return b.Softmax(x, mtTable())
	})
	add("cnn", func(b *Builder) T {
		x := b.Input(5, 5, 3)
		x = b.Conv2D(x, 4, Window{KH: 3, KW: 3, SH: 1, SW: 1, PadT: 1, PadL: 1, PadB: 1, PadR: 1}, mtI8s(r, 4*9*3), mtChannels(r, 4), Quant{Lo: -128, Hi: 127})
		x = b.Pool2D(x, true, Window{KH: 2, KW: 2, SH: 2, SW: 2}, -128, 127)
		x = b.Pool2D(x, false, Window{KH: 1, KW: 1, SH: 1, SW: 1}, -100, 100)
		x = b.Gemm(x, 1, 3, mtI8s(r, 3*16), mtChannels(r, 3), Quant{Lo: -128, Hi: 127})
		return b.Argmax(x)
	})
	add("add-reshape", func(b *Builder) T {
		x := b.Input(3, 33)
		y := b.ReLU(x, -1)
		x = b.Add(x, y, AddParams{ZA: 1, ZB: -1, ZOut: 2, MulA: 1 << 30, MulB: 1<<30 + 5, MulOut: 1 << 30, ShA: 31, ShB: 31, ShOut: 20, Lo: -128, Hi: 127})
		return b.Reshape(x, 99)
	})
	add("relu", func(b *Builder) T { return b.ReLU(b.Input(4), 0) })
	return out
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	for _, c := range mtModels(t) {
		b := c.m.Encode()
		m2, err := Decode(b)
		require.NoError(t, err, c.name)
		require.Equal(t, b, m2.Encode(), c.name)
		require.Equal(t, c.m.ID(), m2.ID(), c.name)
		require.Equal(t, c.m.Header, m2.Header, c.name)
		require.Equal(t, c.m.Ops, m2.Ops, c.name)
		require.Equal(t, c.m.Weights, m2.Weights, c.name)
		require.Equal(t, c.m.ProgramRoot(), m2.ProgramRoot(), c.name)
		require.Equal(t, c.m.WeightsRoot(), m2.WeightsRoot(), c.name)
		for k := 0; k <= len(c.m.Ops); k++ {
			require.Equal(t, c.m.OpStart(k), m2.OpStart(k))
		}
		require.Equal(t, c.m.Header.NumSteps, c.m.OpStart(len(c.m.Ops))+1, c.name)
		// New from the parts gives the same model.
		m3, err := New(Header{RAMLeaves: c.m.Header.RAMLeaves, Input: c.m.Header.Input, Output: c.m.Header.Output}, c.m.Ops, c.m.Weights)
		require.NoError(t, err, c.name)
		require.Equal(t, c.m.ID(), m3.ID(), c.name)
		require.Equal(t, b, m3.Encode(), c.name)
		// The header leaves decode to the header.
		h, err := DecodeHeader(c.m.Header.Leaves())
		require.NoError(t, err)
		require.Equal(t, c.m.Header, h)
		// The ID is the documented 8-leaf tree.
		require.Equal(t, ID(c.m.Header.Leaves(), c.m.ProgramRoot(), c.m.WeightsRoot()), c.m.ID())
	}
}

// TestIDCommitsToWeights: flipping any weight byte either makes the file
// invalid or changes the model ID; every byte of the Gemm/Conv weight
// regions (plain int8 weights) must give a valid model with a new ID.
func TestIDCommitsToWeights(t *testing.T) {
	for _, c := range mtModels(t) {
		b := c.m.Encode()
		base := fileOps + len(c.m.Ops)*opFields
		mustAccept := map[int]bool{}
		for _, d := range c.m.Ops {
			if d.Op == ops.OpGemm || d.Op == ops.OpConv2D {
				for k := int(d.W) * 32; k < int(d.CP)*32; k++ {
					mustAccept[base+k] = true
				}
			}
		}
		for k := base; k < len(b); k++ {
			bad := append([]byte(nil), b...)
			bad[k] ^= 0x01
			m2, err := Decode(bad)
			if err != nil {
				require.False(t, mustAccept[k], "%s: weight byte %d: %v", c.name, k-base, err)
				continue
			}
			require.NotEqual(t, c.m.ID(), m2.ID(), "%s: weight byte %d", c.name, k-base)
		}
	}
}

// TestIDCommitsToOps: flipping any descriptor byte either makes the file
// invalid or changes the model ID; changing quantization fields through New
// changes the ID too.
func TestIDCommitsToOps(t *testing.T) {
	accepted := 0
	for _, c := range mtModels(t) {
		b := c.m.Encode()
		for k := fileOps; k < fileOps+len(c.m.Ops)*opFields; k++ {
			for _, x := range []byte{0x01, 0x80} {
				bad := append([]byte(nil), b...)
				bad[k] ^= x
				m2, err := Decode(bad)
				if err != nil {
					continue
				}
				accepted++
				require.NotEqual(t, c.m.ID(), m2.ID(), "%s: op byte %d", c.name, k-fileOps)
			}
		}
		h := Header{RAMLeaves: c.m.Header.RAMLeaves, Input: c.m.Header.Input, Output: c.m.Header.Output}
		for k := range c.m.Ops {
			for _, f := range []func(d *ops.Desc){
				func(d *ops.Desc) { d.Lo++ },
				func(d *ops.Desc) { d.Hi-- },
				func(d *ops.Desc) { d.ZIn++ },
				func(d *ops.Desc) { d.ZOut++ },
				func(d *ops.Desc) { d.MulOut++ },
			} {
				prog := append([]ops.Desc(nil), c.m.Ops...)
				f(&prog[k])
				m2, err := New(h, prog, c.m.Weights)
				if err != nil {
					continue
				}
				accepted++
				require.NotEqual(t, c.m.ID(), m2.ID(), "%s: op %d changed", c.name, k)
			}
		}
		// Header changes: more RAM, one more op.
		h2 := h
		h2.RAMLeaves++
		if m2, err := New(h2, c.m.Ops, c.m.Weights); err == nil {
			require.NotEqual(t, c.m.ID(), m2.ID())
		}
		m3, err := New(h, append(append([]ops.Desc(nil), c.m.Ops...), c.m.Ops[0]), c.m.Weights)
		if err == nil {
			require.NotEqual(t, c.m.ID(), m3.ID())
		}
	}
	require.Greater(t, accepted, 50)
}

func put32(b []byte, off int, v uint32) { binary.BigEndian.PutUint32(b[off:], v) }
func put64(b []byte, off int, v uint64) { binary.BigEndian.PutUint64(b[off:], v) }

func TestDecodeRejects(t *testing.T) {
	models := map[string]*Model{}
	for _, c := range mtModels(t) {
		models[c.name] = c.m
	}
	mlp := models["mlp"]
	enc := mlp.Encode()
	wBase := fileOps + len(mlp.Ops)*opFields
	gemm, soft := mlp.Ops[0], mlp.Ops[2]
	require.Equal(t, ops.OpGemm, gemm.Op)
	require.Equal(t, ops.OpSoftmax, soft.Op)
	steps := mlp.Header.NumSteps

	mut := func(f func(b []byte) []byte) []byte { return f(append([]byte(nil), enc...)) }
	cases := []struct {
		name string
		file []byte
		msg  string
	}{
		{"empty", nil, "shorter than the 104-byte header"},
		{"short", enc[:103], "file is 103 bytes, shorter"},
		{"bad magic", mut(func(b []byte) []byte { b[0] = 'X'; return b }), "bad magic"},
		{"bad magic case", mut(func(b []byte) []byte { copy(b, "opml"); return b }), "bad magic"},
		{"bad file version", mut(func(b []byte) []byte { b[4] = 2; return b }), "file version 2"},
		{"file version 0", mut(func(b []byte) []byte { b[4] = 0; return b }), "file version 0"},
		{"nonzero reserved 5", mut(func(b []byte) []byte { b[5] = 1; return b }), "reserved bytes 5..7"},
		{"nonzero reserved 7", mut(func(b []byte) []byte { b[7] = 0x80; return b }), "reserved bytes 5..7"},
		{"truncated by a byte", enc[:len(enc)-1], "header (3 ops"},
		{"truncated by a leaf", enc[:len(enc)-32], "says"},
		{"truncated to the header", enc[:104], "says"},
		{"extended by a byte", append(append([]byte(nil), enc...), 0), "says"},
		{"extended by a leaf", append(append([]byte(nil), enc...), make([]byte, 32)...), "says"},
		{"op count too high", mut(func(b []byte) []byte { put32(b, h0NumOps, 4); return b }), "says"},
		{"weights count too low", mut(func(b []byte) []byte { put32(b, h0WLeafs, mlp.Header.WeightsLeaves-1); return b }), "says"},
		{"header version", mut(func(b []byte) []byte { b[fileH0] = 2; return b }), "header version 2"},
		{"program depth", mut(func(b []byte) []byte { b[fileH0+1]++; return b }), "program depth is"},
		{"weights depth", mut(func(b []byte) []byte { b[fileH0+2]--; return b }), "weights depth is"},
		{"RAM depth", mut(func(b []byte) []byte { b[fileH0+3]++; return b }), "RAM depth is"},
		{"input depth", mut(func(b []byte) []byte { b[h0Input]++; return b }), "input depth is"},
		{"output depth", mut(func(b []byte) []byte { b[h0Output]++; return b }), "output depth is"},
		{"huge depth byte", mut(func(b []byte) []byte { b[fileH0+3] = 200; return b }), "RAM depth is 200"},
		{"header reserved", mut(func(b []byte) []byte { b[h0Resvd+3] = 1; return b }), "header reserved byte 29"},
		{"input tensor reserved", mut(func(b []byte) []byte { b[fileH1+6] = 1; return b }), "tensor reserved bytes"},
		{"input leaf tail", mut(func(b []byte) []byte { b[fileH1+30] = 1; return b }), "header leaf 1 reserved"},
		{"output leaf tail", mut(func(b []byte) []byte { b[fileH2+24] = 1; return b }), "header leaf 2 reserved"},
		{"input not at leaf 0", mut(func(b []byte) []byte { put32(b, fileH1, 1); return b }), "must be int8 at leaf 0"},
		{"input not int8", mut(func(b []byte) []byte { b[fileH1+4] = byte(ops.Int32); return b }), ""},
		{"output misaligned", mut(func(b []byte) []byte { put32(b, fileH2, mlp.Header.Output.Addr+1); return b }), ""},
		{"RAM too small", mut(func(b []byte) []byte { put32(b, h0RAM, mlp.Header.Output.Addr); return b }), ""},
		{"step count + 1", mut(func(b []byte) []byte { put64(b, h0Steps, steps+1); return b }), "program takes"},
		{"step count - 1", mut(func(b []byte) []byte { put64(b, h0Steps, steps-1); return b }), "program takes"},
		{"step count 0", mut(func(b []byte) []byte { put64(b, h0Steps, 0); return b }), "step count 0 out of range"},
		{"step count 2^63", mut(func(b []byte) []byte { put64(b, h0Steps, 1<<63); return b }), "out of range"},
		{"opcode 0", mut(func(b []byte) []byte { b[fileOps] = 0; return b }), "op 0: ops: invalid op descriptor: unknown opcode 0"},
		{"opcode 99", mut(func(b []byte) []byte { b[fileOps+opFields] = 99; return b }), "op 1: ops: invalid op descriptor: unknown opcode 99"},
		{"op reserved byte", mut(func(b []byte) []byte { b[fileOps+1] = 1; return b }), "op 0: ops: invalid op descriptor: reserved byte 1"},
		{"op tail byte", mut(func(b []byte) []byte { b[fileOps+2*opFields+127] = 1; return b }), "op 2: ops: invalid op descriptor: reserved byte 127"},
		{"op unused field", mut(func(b []byte) []byte { b[fileOps+opFields+82] = 1; return b }), "op 1: ops: invalid op descriptor: relu: fields the op does not use must be zero"},
		{"op tensor beyond RAM", mut(func(b []byte) []byte { put32(b, fileOps+50, 1<<20); return b }), "op 0: ops: invalid op descriptor: gemm"},
		{"negative multiplier", mut(func(b []byte) []byte { b[wBase+int(gemm.CP)*32+chanSize+4] |= 0x80; return b }), "op 0: ops: invalid op descriptor: gemm: channel 1: multiplier"},
		{"shift 63", mut(func(b []byte) []byte { b[wBase+int(gemm.CP)*32+2*chanSize+8] = 63; return b }), "channel 2: shift 63 > 62"},
		{"shift 255", mut(func(b []byte) []byte { b[wBase+int(gemm.CP)*32+8] = 255; return b }), "channel 0: shift 255 > 62"},
		{"channel reserved", mut(func(b []byte) []byte { b[wBase+int(gemm.CP)*32+4*chanSize+15] = 1; return b }), "channel 4: reserved bytes are not zero"},
		{"softmax T[0]", mut(func(b []byte) []byte { put32(b, wBase+int(soft.W)*32, 1<<16+1); return b }), "op 2: ops: invalid op descriptor: softmax: exp table entry 0"},
		{"softmax increasing", mut(func(b []byte) []byte { put32(b, wBase+int(soft.W)*32+4*7, 1<<16); return b }), "exp table entry 7"},
		{"softmax negative", mut(func(b []byte) []byte { put32(b, wBase+int(soft.W)*32+4*255, 1<<31); return b }), "exp table entry 255"},
	}
	for _, c := range cases {
		m, err := Decode(c.file)
		require.Error(t, err, c.name)
		require.Nil(t, m, c.name)
		require.True(t, strings.HasPrefix(err.Error(), "model: "), "%s: %v", c.name, err)
		require.Contains(t, err.Error(), c.msg, c.name)
	}
}

// TestDecodeHeaderHugeTensor: a header whose tensor shape overflows the
// leaf count (more than 2^63 leaves) is rejected promptly. (depthFor used to
// loop forever on n > 2^63, so a 104-byte file hung Decode.)
func TestDecodeHeaderHugeTensor(t *testing.T) {
	huge := ops.NewTensor(ops.Int32, 1<<32-1, 1<<32-1, 1<<32-1)
	require.Greater(t, huge.Leaves(), uint64(1)<<63)
	for _, h := range []Header{
		{ProgramDepth: 2, NumSteps: 1, Input: huge, Output: ops.NewTensor(ops.Int8, 1)},
		{ProgramDepth: 2, NumSteps: 1, RAMLeaves: 1, Input: ops.NewTensor(ops.Int8, 1), Output: huge},
		{ProgramDepth: 2, NumSteps: 1, InputDepth: 64, Input: huge},
	} {
		file := append([]byte(Magic), Version, 0, 0, 0)
		for _, l := range h.Leaves() {
			file = append(file, l[:]...)
		}
		done := make(chan error, 2)
		go func() {
			_, err := DecodeHeader(h.Leaves())
			done <- err
			_, err = Decode(file)
			done <- err
		}()
		for k := 0; k < 2; k++ {
			select {
			case err := <-done:
				require.Error(t, err)
			case <-time.After(10 * time.Second):
				t.Fatal("decoding a header with a huge tensor does not terminate")
			}
		}
	}
}

func TestNewRejects(t *testing.T) {
	m := mtModels(t)[0].m
	h := Header{RAMLeaves: m.Header.RAMLeaves, Input: m.Header.Input, Output: m.Header.Output}
	bad := append([]ops.Desc(nil), m.Ops...)
	bad[1].Op = 0
	_, err := New(h, bad, m.Weights)
	require.ErrorContains(t, err, "model: op 1: ops: invalid op descriptor")
	_, err = New(h, m.Ops, m.Weights[:32])
	require.ErrorContains(t, err, "model: op 0")
	// Weights that are not a whole number of leaves are zero-padded.
	m2, err := New(h, m.Ops, append(append([]byte(nil), m.Weights...), 0, 0, 0))
	require.NoError(t, err)
	require.Equal(t, m.Header.WeightsLeaves+1, m2.Header.WeightsLeaves)
	require.NotEqual(t, m.ID(), m2.ID())
	// The builder reports its first error.
	b := NewBuilder()
	x := b.Input(2, 3)
	b.Gemm(x, 4, 1, nil, nil, Quant{})
	_, err = b.Build(x)
	require.ErrorContains(t, err, "model: build: gemm: M = 4")
}

func mtSeeds(t testing.TB) [][]byte {
	var out [][]byte
	for _, c := range mtModels(t) {
		b := c.m.Encode()
		out = append(out, b)
		flip := append([]byte(nil), b...)
		flip[len(flip)/2] ^= 0x40
		out = append(out, flip, b[:len(b)-1], b[:fileOps])
		steps := append([]byte(nil), b...)
		put64(steps, h0Steps, c.m.Header.NumSteps+1)
		out = append(out, steps)
	}
	return out
}

// FuzzDecode: Decode never panics, fails with a "model: " error, and when it
// succeeds the file is canonical: Encode returns exactly the input.
func FuzzDecode(f *testing.F) {
	for _, s := range mtSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Decode(b)
		if err != nil {
			require.Nil(t, m)
			require.True(t, strings.HasPrefix(err.Error(), "model: "), err.Error())
			return
		}
		require.True(t, bytes.Equal(b, m.Encode()), "Decode accepted a non-canonical file")
		m2, err := Decode(m.Encode())
		require.NoError(t, err)
		require.Equal(t, m.ID(), m2.ID())
		require.NotEqual(t, common.Hash{}, m.ID())
	})
}

// TestNewRejectsTensorsInRegionSlack: no op tensor may use the leaves of the
// input or output region past the input or output tensor.
func TestNewRejectsTensorsInRegionSlack(t *testing.T) {
	in := ops.NewTensor(ops.Int8, 70) // 3 leaves: input region [0, 4), slack leaf 3
	out := ops.NewTensor(ops.Int8, 70)
	out.Addr = 8 // output region [8, 12), slack leaf 11
	relu := func(dst ops.Tensor) ops.Desc {
		return ops.Desc{Op: ops.OpReLU, In: in, Out: dst}
	}
	h := Header{RAMLeaves: 12, Input: in, Output: out}

	_, err := New(h, []ops.Desc{relu(out)}, nil)
	require.NoError(t, err)

	intoInputSlack := ops.NewTensor(ops.Int8, 70)
	intoInputSlack.Addr = 3
	_, err = New(h, []ops.Desc{relu(intoInputSlack), relu(out)}, nil)
	require.ErrorContains(t, err, "reaches into the unused leaves [3, 4) of the input region")

	scratch := ops.NewTensor(ops.Int8, 32)
	scratch.Addr = 11
	_, err = New(h, []ops.Desc{relu(out), {Op: ops.OpReLU, In: scratch, Out: scratch}}, nil)
	require.ErrorContains(t, err, "reaches into the unused leaves [11, 12) of the output region")
}
