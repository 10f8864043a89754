package model

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/vm/merkle"
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
		{"input not at leaf 0", mut(func(b []byte) []byte { put32(b, fileH1, 1); return b }), "must be at leaf 0 (rule H7)"},
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
		{Version: Version1, ProgramDepth: 2, NumSteps: 1, Input: huge, Output: ops.NewTensor(ops.Int8, 1)},
		{Version: Version1, ProgramDepth: 2, NumSteps: 1, RAMLeaves: 1, Input: ops.NewTensor(ops.Int8, 1), Output: huge},
		{Version: Version1, ProgramDepth: 2, NumSteps: 1, InputDepth: 64, Input: huge},
	} {
		file := append([]byte(Magic), Version1, 0, 0, 0)
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

// m6Parts returns the parts of a small model for the rule M6 tests: the
// input int8[32] at leaf 0, the output int8[10] at leaf 1 (a region of one
// leaf), RAM of 3 leaves (leaf 2 is free), the Gemm from the input to the
// output and its weights; and wide, an int8[32] tensor at the output's
// address, which covers the output's 22 padding bytes.
func m6Parts(t *testing.T) (h Header, gemm ops.Desc, weights []byte, wide ops.Tensor) {
	t.Helper()
	r := rand.New(rand.NewPCG(6, 6))
	b := NewBuilder()
	x := b.Input(32)
	m, err := b.Build(b.Gemm(x, 1, 10, mtI8s(r, 10*32), mtChannels(r, 10), Quant{Lo: -128, Hi: 127}))
	require.NoError(t, err)
	h = Header{RAMLeaves: 3, Input: m.Header.Input, Output: m.Header.Output}
	require.Equal(t, uint32(1), h.Output.Addr)
	require.Equal(t, ops.NewTensor(ops.Int8, 10), at(h.Output, 0))
	wide = at(ops.NewTensor(ops.Int8, 32), h.Output.Addr)
	return h, m.Ops[0], m.Weights, wide
}

// at returns t at leaf addr.
func at(t ops.Tensor, addr uint32) ops.Tensor { t.Addr = addr; return t }

// reluDesc is a ReLU from in to out.
func reluDesc(in, out ops.Tensor) ops.Desc {
	return ops.Desc{Op: ops.OpReLU, In: in, Out: out, ZIn: -100}
}

// TestRuleM6: an op may write over the output tensor's leaves only as the
// output tensor itself (same address and shape), the input may not have
// leaves in the output region, and reading the output's leaves is free.
func TestRuleM6(t *testing.T) {
	h, gemm, w, wide := m6Parts(t)
	in, out := h.Input, h.Output
	scratch := at(wide, 2)
	// A second layout for ReLU and Reshape: input int8[2 16] at [0, 2),
	// output int8[2 16] at [2, 4), a free leaf 4.
	in2 := ops.NewTensor(ops.Int8, 2, 16)
	out2 := at(in2, 2)
	h2 := Header{RAMLeaves: 5, Input: in2, Output: out2}

	emptyOut := ops.NewTensor(ops.Int8, 0)
	withOutput := func(h Header, o ops.Tensor) Header { h.Output = o; return h }
	cases := []struct {
		name    string
		h       Header
		program []ops.Desc
		msg     string // "" = accepted
	}{
		{"the op writes the output", h, []ops.Desc{gemm}, ""},
		{"an op writes the output in place", h2, []ops.Desc{reluDesc(in2, out2), reluDesc(out2, out2)}, ""},
		{"an op reads the output", h, []ops.Desc{gemm, reluDesc(at(out, 1), at(out, 2))}, ""},
		{"an op reads the output's leaves with another shape", h, []ops.Desc{gemm, reluDesc(wide, scratch)}, ""},
		{"an empty output past the input", withOutput(h, at(emptyOut, 1)), []ops.Desc{reluDesc(in, scratch)}, ""},
		{"the output is the input", withOutput(h, in), nil, ""},
		{"the output is the input, changed in place", withOutput(h2, in2), []ops.Desc{reluDesc(in2, in2)}, ""},
		{"a wider tensor over the output, then the output", h, []ops.Desc{reluDesc(in, wide), gemm},
			"model: op 0: relu writes int8[32]@1 over the leaves of the output int8[10]@1 with another address or shape (rule M6)"},
		{"the output, then a wider tensor over it", h, []ops.Desc{gemm, reluDesc(in, wide)},
			"model: op 1: relu writes int8[32]@1 over the leaves of the output int8[10]@1 with another address or shape (rule M6)"},
		{"the output's shape at another address over it", h2, []ops.Desc{reluDesc(in2, at(in2, 3)), reluDesc(in2, out2)},
			"model: op 0: relu writes int8[2 16]@3 over the leaves of the output int8[2 16]@2 with another address or shape (rule M6)"},
		{"a reshape over the output's leaves", h2, []ops.Desc{{Op: ops.OpReshape, In: in2, Out: at(ops.NewTensor(ops.Int8, 32), 2)}, reluDesc(in2, out2)},
			"model: op 0: reshape writes int8[32]@2 over the leaves of the output int8[2 16]@2 with another address or shape (rule M6)"},
		{"the output over the input", withOutput(h, at(out, 0)), []ops.Desc{reluDesc(in, scratch)},
			"model: input int8[32]@0 has leaves in the output region [0, 1) and is not the output int8[10]@0 (rule M6)"},
		{"the output inside a wider input", Header{RAMLeaves: 4, Input: ops.NewTensor(ops.Int8, 2, 32), Output: at(out, 1)},
			[]ops.Desc{reluDesc(ops.NewTensor(ops.Int8, 2, 32), at(ops.NewTensor(ops.Int8, 2, 32), 2))},
			"model: input int8[2 32]@0 has leaves in the output region [1, 2) and is not the output int8[10]@1 (rule M6)"},
		// (An op that read the input would break M5: the input's leaf 0 is
		// the empty output's slack leaf. This one reads leaf 1.)
		{"an empty output on the input", withOutput(h, emptyOut), []ops.Desc{reluDesc(at(in, 1), scratch)},
			"model: input int8[32]@0 has leaves in the output region [0, 1) and is not the output int8[0]@0 (rule M6)"},
	}
	for _, c := range cases {
		m, err := New(c.h, c.program, w)
		if c.msg == "" {
			require.NoError(t, err, c.name)
			back, err := Decode(m.Encode())
			require.NoError(t, err, c.name)
			require.Equal(t, m.ID(), back.ID(), c.name)
			continue
		}
		require.EqualError(t, err, c.msg, c.name)
		require.Nil(t, m, c.name)
	}
}

// TestDecodeRejectsRuleM6: Decode refuses files that break M6, each made
// from a valid file by changing one field.
func TestDecodeRejectsRuleM6(t *testing.T) {
	h, gemm, w, wide := m6Parts(t)
	m, err := New(h, []ops.Desc{reluDesc(h.Input, at(wide, 2)), gemm}, w)
	require.NoError(t, err)
	enc := m.Encode()
	const outAddr = fileOps + 50 // op 0's Out.Addr
	require.Equal(t, uint32(2), binary.BigEndian.Uint32(enc[outAddr:]))
	mlp := mtModels(t)[0].m.Encode()
	for _, c := range []struct {
		name string
		file []byte
		msg  string
	}{
		{"an op writes a wider tensor over the output", func() []byte {
			b := append([]byte(nil), enc...)
			put32(b, outAddr, h.Output.Addr)
			return b
		}(), "model: op 0: relu writes int8[32]@1 over the leaves of the output int8[10]@1 with another address or shape (rule M6)"},
		{"the output over the input", func() []byte {
			b := append([]byte(nil), mlp...)
			put32(b, fileH2, 0)
			return b
		}(), "model: input int8[2 40]@0 has leaves in the output region [0, 1) and is not the output int8[5]@0 (rule M6)"},
	} {
		m, err := Decode(c.file)
		require.EqualError(t, err, c.msg, c.name)
		require.Nil(t, m, c.name)
	}
}

// TestInputClobbersOutput: the header part of M6.
func TestInputClobbersOutput(t *testing.T) {
	i8 := func(addr uint32, shape ...uint32) ops.Tensor { return at(ops.NewTensor(ops.Int8, shape...), addr) }
	for _, c := range []struct {
		name    string
		in, out ops.Tensor
		want    bool
	}{
		{"output past the input", i8(0, 1, 32), i8(1, 1, 10), false},
		{"output on the input", i8(0, 1, 32), i8(0, 1, 10), true},
		{"output inside the input", i8(0, 2, 32), i8(1, 1, 10), true},
		{"output region right after the input", i8(0, 3, 32), i8(4, 3, 10), false},
		{"output region starts in the input", i8(0, 5, 32), i8(4, 3, 10), true},
		{"output in the input slack", i8(0, 3, 32), i8(3, 1, 10), false},
		{"empty input", i8(0, 1, 0), i8(0, 1, 10), false},
		{"empty output on the input", i8(0, 1, 32), i8(0, 0), true},
		{"empty output past the input", i8(0, 1, 32), i8(1, 0), false},
		{"both empty", i8(0, 0), i8(0, 0), false},
		{"the output is the input", i8(0, 3, 32), i8(0, 3, 32), false},
		{"the output is the input reshaped", i8(0, 3, 32), i8(0, 96), true},
		{"the output is an int32 input", ops.NewTensor(ops.Int32, 8), ops.NewTensor(ops.Int32, 8), false},
		{"the output is the input's first row", i8(0, 3, 32), i8(0, 1, 32), true},
	} {
		h := Header{Input: c.in, Output: c.out, OutputDepth: depthFor(c.out.Leaves())}
		require.Equal(t, c.want, h.InputClobbersOutput(), c.name)
	}
	// Any header, valid or not: no overflow of the region's end.
	h := Header{Input: at(ops.NewTensor(ops.Int8, 1, 32), 1<<32-1), Output: ops.NewTensor(ops.Int8, 1), OutputDepth: 255}
	require.True(t, h.InputClobbersOutput())
	h.OutputDepth = 31
	require.False(t, h.InputClobbersOutput())
}

// m6Halt runs a program on flat RAM from the canonical initial state (the
// input laid out canonically at leaf 0, zeros elsewhere), as the VM does,
// and returns the output root of the halted state (the root of the output
// region) and the canonical output root of the output values: the one the
// oracle derives from a claim of those values (zero padding, zero slack;
// docs/spec.md §3.4). Rules M5 and M6 make the two equal.
func m6Halt(t *testing.T, h *Header, program []ops.Desc, weights []byte, input []int8) (halted, canonical common.Hash) {
	t.Helper()
	ram := make([]byte, (uint64(1)<<h.RAMDepth)*ops.LeafSize)
	in := h.Input
	for r := uint64(0); r < in.Rows(); r++ {
		for c := uint64(0); c < in.RowLen(); c++ {
			ram[r*in.RowLeaves()*ops.LeafSize+c] = byte(input[r*in.RowLen()+c])
		}
	}
	for k := range program {
		program[k].Run(ram, weights)
	}
	out := h.Output
	lo, hi := uint64(out.Addr)*ops.LeafSize, (uint64(out.Addr)+1<<h.OutputDepth)*ops.LeafSize
	tree, err := merkle.FromBytes(int(h.OutputDepth), ram[lo:hi])
	require.NoError(t, err)
	laid := make([]byte, hi-lo)
	rowBytes := out.RowLen() * out.DType.Size()
	for r := uint64(0); r < out.Rows(); r++ {
		off := r * out.RowLeaves() * ops.LeafSize
		copy(laid[off:off+rowBytes], ram[lo+off:])
	}
	ctree, err := merkle.FromBytes(int(h.OutputDepth), laid)
	require.NoError(t, err)
	return tree.Root(), ctree.Root()
}

// TestRuleM6OutputRootIsCanonical: on every valid test model the halted
// state's output root is the canonical root of its output values, so an
// honest claim's final hash is the one the oracle derives. The programs
// that M6 refuses break exactly that: their output root commits to the
// bytes a wider op or the input left in the output's padding, which no
// claim of the output values can reproduce (before M6 they decoded, and no
// claim on them could finalize).
func TestRuleM6OutputRootIsCanonical(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 7))
	models := mtModels(t)
	models = append(models, mtModel{"golden", goldenModel(t, false)}, mtModel{"golden v2", goldenModel(t, true)})
	in := ops.NewTensor(ops.Int8, 3, 20)
	for _, p := range [][]ops.Desc{nil, {reluDesc(in, in)}} {
		m, err := New(Header{RAMLeaves: 4, Input: in, Output: in}, p, nil)
		require.NoError(t, err)
		models = append(models, mtModel{fmt.Sprintf("the output is the input, %d ops", len(p)), m})
	}
	for _, c := range models {
		for range 5 {
			halted, canonical := m6Halt(t, &c.m.Header, c.m.Ops, c.m.Weights, mtI8s(r, int(c.m.Header.Input.Numel())))
			require.Equal(t, canonical, halted, c.name)
		}
	}

	h, gemm, w, wide := m6Parts(t)
	valid, err := New(h, []ops.Desc{reluDesc(h.Input, at(wide, 2)), gemm}, w)
	require.NoError(t, err)
	vh := valid.Header
	overInput := vh
	overInput.Output.Addr = 0
	input := mtI8s(r, 32)
	input[31] = 100 // > ZIn: the wider ReLU leaves a non-zero padding byte
	for _, c := range []struct {
		name    string
		h       Header
		program []ops.Desc
	}{
		{"a wider tensor over the output, then the output", vh, []ops.Desc{reluDesc(h.Input, wide), gemm}},
		{"the output over the input", overInput, []ops.Desc{reluDesc(h.Input, at(wide, 2))}},
	} {
		_, err := New(Header{RAMLeaves: c.h.RAMLeaves, Input: c.h.Input, Output: c.h.Output}, c.program, w)
		require.ErrorContains(t, err, "(rule M6)", c.name)
		halted, canonical := m6Halt(t, &c.h, c.program, w, input)
		require.NotEqual(t, canonical, halted, c.name)
	}
	// The same input through the valid model: the roots agree.
	halted, canonical := m6Halt(t, &vh, valid.Ops, w, input)
	require.Equal(t, canonical, halted)
}

// TestVersions: the builder writes the lowest version that expresses the
// model (version 1 without a Lut, 2 with one); a version-2 model may also
// hold only version-1 ops; a Lut in a version-1 model, a version this build
// does not read, and a file version byte that differs from h0[0] are
// rejected (docs/spec.md §3.6 M0, H1, V1).
func TestVersions(t *testing.T) {
	var tab [256]int8
	for k := range tab {
		tab[k] = int8(k / 3)
	}
	b := NewBuilder()
	v1, err := b.Build(b.ReLU(b.Input(3, 40), 0))
	require.NoError(t, err)
	require.Equal(t, uint8(Version1), v1.Header.Version)
	require.Equal(t, byte(Version1), v1.Encode()[4])
	require.Equal(t, byte(Version1), v1.Header.Leaves()[0][0])

	b = NewBuilder()
	v2, err := b.Build(b.Lut(b.ReLU(b.Input(3, 40), 0), tab))
	require.NoError(t, err)
	require.Equal(t, uint8(Version2), v2.Header.Version)
	file := v2.Encode()
	require.Equal(t, byte(Version2), file[4])
	require.Equal(t, byte(Version2), file[8])
	back, err := Decode(file)
	require.NoError(t, err)
	require.Equal(t, v2.ID(), back.ID())
	require.Equal(t, ops.OpLut, back.Ops[1].Op)
	require.Equal(t, ops.OpGluMul, back.Header.MaxOpcode())
	require.Equal(t, ops.OpArgmax, v1.Header.MaxOpcode())

	// A version-2 model of version-1 ops: valid, with another model ID.
	h := Header{Version: Version2, RAMLeaves: v1.Header.RAMLeaves, Input: v1.Header.Input, Output: v1.Header.Output}
	v1as2, err := New(h, v1.Ops, v1.Weights)
	require.NoError(t, err)
	require.NotEqual(t, v1.ID(), v1as2.ID())
	back, err = Decode(v1as2.Encode())
	require.NoError(t, err)
	require.Equal(t, v1as2.ID(), back.ID())
	require.Equal(t, uint8(Version2), back.Header.Version)

	// A Lut in a version-1 model: New and Decode refuse it.
	h = Header{Version: Version1, RAMLeaves: v2.Header.RAMLeaves, Input: v2.Header.Input, Output: v2.Header.Output}
	_, err = New(h, v2.Ops, v2.Weights)
	require.ErrorContains(t, err, "model: op 1: lut (opcode 10) is not defined in model version 1 (rule V1)")
	bad := append([]byte(nil), file...)
	bad[4], bad[8] = Version1, Version1
	_, err = Decode(bad)
	require.ErrorContains(t, err, "model: op 1: lut (opcode 10) is not defined in model version 1 (rule V1)")

	// The file's version byte and h0[0] must be equal.
	for _, c := range []struct {
		file, h0 byte
		msg      string
	}{
		{Version1, Version2, "model: file version 1 differs from the header version 2"},
		{Version2, Version1, "model: file version 2 differs from the header version 1"},
		{3, 3, "model: file version 3, this build reads versions 1 to 2"},
		{0, 0, "model: file version 0, this build reads versions 1 to 2"},
		{Version2, 3, "model: file version 2 differs from the header version 3"},
	} {
		bad := append([]byte(nil), file...)
		bad[4], bad[8] = c.file, c.h0
		_, err := Decode(bad)
		require.ErrorContains(t, err, c.msg, "file %d, h0 %d", c.file, c.h0)
	}
	bad = v1.Encode()
	bad[4] = Version2
	_, err = Decode(bad)
	require.ErrorContains(t, err, "model: file version 2 differs from the header version 1")

	// A header of an unknown version is invalid (H1), and New refuses to
	// write one.
	l := v2.Header.Leaves()
	l[0][0] = MaxVersion + 1
	_, err = DecodeHeader(l)
	require.ErrorContains(t, err, "model: header version 3, want 1 to 2")
	h.Version = MaxVersion + 1
	_, err = New(h, v1.Ops, v1.Weights)
	require.ErrorContains(t, err, "model: header version 3")
	require.Zero(t, (&Header{Version: 3}).MaxOpcode())
}

// TestInt32Input: an int32 input (token ids) is allowed in version 2 only
// (rule H7); the builder writes version 2 for it; only the ops that copy
// int32 values (Reshape) may read it.
func TestInt32Input(t *testing.T) {
	b := NewBuilder()
	m, err := b.Build(b.Reshape(b.InputInt32(2, 9), 18))
	require.NoError(t, err)
	h := m.Header
	require.Equal(t, uint8(Version2), h.Version)
	require.Equal(t, ops.Int32, h.Input.DType)
	require.Equal(t, uint8(Version2), MinVersion(h.Input, m.Ops))
	require.Equal(t, uint8(Version1), MinVersion(ops.NewTensor(ops.Int8, 2, 9), m.Ops))
	require.True(t, h.InputDTypeAllowed(ops.Int32))
	require.False(t, (&Header{Version: Version1}).InputDTypeAllowed(ops.Int32))
	require.True(t, (&Header{Version: Version1}).InputDTypeAllowed(ops.Int8))
	require.False(t, (&Header{Version: Version2}).InputDTypeAllowed(3))
	// Input depth: 2 rows of 36 bytes are 4 leaves (RowLeaves counts the
	// element size), so depth 2.
	require.Equal(t, uint64(4), h.Input.Leaves())
	require.Equal(t, uint8(2), h.InputDepth)
	back, err := Decode(m.Encode())
	require.NoError(t, err)
	require.Equal(t, m.ID(), back.ID())
	require.Equal(t, h, back.Header)

	// The same model as version 1: New, DecodeHeader and Decode refuse it.
	const msg = "model: input int32[2 9]@0 is int32, which model version 1 does not allow: int32 inputs need version 2 (rule H7)"
	h1 := Header{Version: Version1, RAMLeaves: h.RAMLeaves, Input: h.Input, Output: h.Output}
	_, err = New(h1, m.Ops, m.Weights)
	require.EqualError(t, err, msg)
	l := h.Leaves()
	l[0][0] = Version1
	_, err = DecodeHeader(l)
	require.EqualError(t, err, msg)
	file := m.Encode()
	file[4], file[8] = Version1, Version1
	_, err = Decode(file)
	require.EqualError(t, err, msg)
	// An unknown input dtype is refused in every version.
	l = h.Leaves()
	l[1][4] = 3
	_, err = DecodeHeader(l)
	require.Error(t, err)

	// An int32 input elsewhere than leaf 0 is refused as an int8 one is.
	moved := h
	moved.Input.Addr = 8
	require.EqualError(t, moved.checkInput(), "model: input int32[2 9]@8 must be at leaf 0 (rule H7)")

	// The int32 input is read only by ops that take int32 values: an
	// elementwise op or a Gather of it is refused.
	b = NewBuilder()
	_, err = b.Build(b.ReLU(b.InputInt32(4), 0))
	require.ErrorContains(t, err, "model: op 0")
	b = NewBuilder()
	_, err = b.Build(b.Gather(b.InputInt32(4), -1, []uint32{2}, []int32{0, 3}, 0))
	require.EqualError(t, err, "model: build: gather: input must be int8")
	b = NewBuilder()
	b.Input(2)
	require.Equal(t, T(-1), b.InputInt32(2))
	_, err = b.Build(0)
	require.EqualError(t, err, "model: build: InputInt32 must be declared first")
}

// TestBuilderLut: the builder's Lut writes a new int8 tensor of the input's
// shape and packs the table into 8 leaves, entry x + 128 for input x.
func TestBuilderLut(t *testing.T) {
	var tab [256]int8
	for k := range tab {
		tab[k] = int8(k ^ 0x5a)
	}
	b := NewBuilder()
	x := b.Input(2, 3, 5)
	y := b.Lut(x, tab)
	require.Equal(t, []uint32{2, 3, 5}, b.Shape(y))
	m, err := b.Build(y)
	require.NoError(t, err)
	d := m.Ops[0]
	require.Equal(t, ops.OpLut, d.Op)
	require.NotEqual(t, d.In.Addr, d.Out.Addr)
	require.Equal(t, uint32(ops.LutTableLeaves), m.Header.WeightsLeaves)
	for k := range tab {
		require.Equal(t, byte(tab[k]), m.Weights[uint64(d.W)*ops.LeafSize+uint64(k)], "entry %d", k)
	}
	// An int32 tensor has no Lut.
	b = NewBuilder()
	_, err = b.Build(b.Lut(b.Argmax(b.Input(2, 3)), tab))
	require.ErrorContains(t, err, "model: build: lut: input must be int8")
}

// TestBuilderGather: the builder's Gather writes a new int8 tensor of the
// given shape, packs the index table eight big-endian int32 entries per
// leaf, sets the fill as ZIn and In2 only when given; the model is version
// 2 and runs to the gathered values. Bad arguments are build errors.
func TestBuilderGather(t *testing.T) {
	b := NewBuilder()
	x := b.Input(2, 3)
	y := b.ReLU(x, -128) // a copy of x: the second source
	idx := []int32{5, 0, -1, 6, 11, 12, 1<<31 - 1, -1 << 31, 3}
	g := b.Gather(x, y, []uint32{3, 3}, idx, -9)
	require.Equal(t, []uint32{3, 3}, b.Shape(g))
	m, err := b.Build(g)
	require.NoError(t, err)
	require.Equal(t, uint8(Version2), m.Header.Version)
	d := m.Ops[1]
	require.Equal(t, ops.OpGather, d.Op)
	require.Equal(t, int8(-9), d.ZIn)
	require.Equal(t, m.Ops[0].Out, d.In2)
	require.False(t, d.Out.Overlaps(d.In) || d.Out.Overlaps(d.In2))
	require.Equal(t, uint32(2), m.Header.WeightsLeaves) // 9 entries: 2 leaves
	for e, k := range idx {
		off := uint64(d.W)*ops.LeafSize + uint64(e/8)*ops.LeafSize + uint64(e%8)*4
		require.Equal(t, uint32(k), binary.BigEndian.Uint32(m.Weights[off:]), "entry %d", e)
	}
	ram := make([]byte, uint64(m.Header.RAMLeaves)*ops.LeafSize)
	for e, v := range []int8{1, 2, 3, 4, 5, 6} {
		leaf, off := m.Header.Input.ElemLeaf(uint64(e/3), uint64(e%3))
		ram[leaf*ops.LeafSize+uint64(off)] = byte(v)
	}
	for _, op := range m.Ops {
		op.Run(ram, m.Weights)
	}
	var got []int8
	for i := uint64(0); i < 3; i++ {
		for j := uint64(0); j < 3; j++ {
			leaf, off := d.Out.ElemLeaf(i, j)
			got = append(got, int8(ram[leaf*ops.LeafSize+uint64(off)]))
		}
	}
	require.Equal(t, []int8{6, 1, -9, 1, 6, -9, -9, -9, 4}, got)

	// Without In2 the descriptor's In2 is the all-zero tensor.
	b = NewBuilder()
	m, err = b.Build(b.Gather(b.Input(4), -1, []uint32{2}, []int32{3, 4}, 7))
	require.NoError(t, err)
	require.True(t, m.Ops[0].In2.IsZero())
	require.Len(t, m.Ops[0].Tensors(), 2)

	for _, c := range []struct {
		msg   string
		build func(b *Builder) T
	}{
		{"gather: 3 indices for 2 output elements", func(b *Builder) T { return b.Gather(b.Input(4), -1, []uint32{2}, []int32{0, 1, 2}, 0) }},
		{"gather: input must be int8", func(b *Builder) T { return b.Gather(b.Argmax(b.Input(2, 3)), -1, []uint32{1}, []int32{0}, 0) }},
		{"gather: second input must be int8", func(b *Builder) T {
			x := b.Input(2, 3)
			return b.Gather(x, b.Argmax(x), []uint32{1}, []int32{0}, 0)
		}},
		{"gather: rank 5 > 4", func(b *Builder) T { return b.Gather(b.Input(4), -1, []uint32{1, 1, 1, 1, 1}, []int32{0}, 0) }},
		{"unknown tensor handle 7", func(b *Builder) T { return b.Gather(b.Input(4), 7, []uint32{1}, []int32{0}, 0) }},
	} {
		b := NewBuilder()
		_, err := b.Build(c.build(b))
		require.ErrorContains(t, err, c.msg)
	}
}

// TestGatherModelRules: a Gather in a version-1 model (V1), an output that
// overlaps In or In2 (G2), an index table beyond the weights (G3), an In2
// that is not int8 or not a valid tensor (G1, V3) and an In2 in the input
// slack (M5) are refused by New and Decode; In2 overlapping In is valid.
func TestGatherModelRules(t *testing.T) {
	in := ops.NewTensor(ops.Int8, 2, 40) // leaves 0-3: input region [0, 4)
	in2 := at(ops.NewTensor(ops.Int8, 3, 5), 4)
	out := at(ops.NewTensor(ops.Int8, 4, 6), 8) // output region [8, 12)
	w := make([]byte, 3*ops.LeafSize)           // 24 entries: 3 leaves
	idx := make([]int32, 24)
	for e := range idx {
		idx[e] = int32(e*7) - 3
	}
	ops.PutGatherTable(w, idx)
	g := ops.Desc{Op: ops.OpGather, In: in, In2: in2, Out: out, ZIn: 5}
	h := Header{RAMLeaves: 12, Input: in, Output: out}
	m, err := New(h, []ops.Desc{g}, w)
	require.NoError(t, err)
	require.Equal(t, uint8(Version2), m.Header.Version)
	file := m.Encode()
	back, err := Decode(file)
	require.NoError(t, err)
	require.Equal(t, m.ID(), back.ID())

	mod := func(f func(d *ops.Desc)) []ops.Desc { d := g; f(&d); return []ops.Desc{d} }
	_, err = New(h, mod(func(d *ops.Desc) { d.In2 = at(in, 1) }), w)
	require.NoError(t, err, "In2 may overlap In")
	_, err = New(h, mod(func(d *ops.Desc) { d.In2 = ops.Tensor{} }), w)
	require.NoError(t, err, "In2 absent")

	// V1: opcode 11 is not defined in version 1, by New and by Decode.
	h1 := h
	h1.Version = Version1
	_, err = New(h1, []ops.Desc{g}, w)
	require.ErrorContains(t, err, "model: op 0: gather (opcode 11) is not defined in model version 1 (rule V1)")
	bad := append([]byte(nil), file...)
	bad[4], bad[8] = Version1, Version1
	_, err = Decode(bad)
	require.ErrorContains(t, err, "model: op 0: gather (opcode 11) is not defined in model version 1 (rule V1)")

	for _, c := range []struct {
		name string
		p    []ops.Desc
		w    []byte
		msg  string
	}{
		{"output overlaps In2", mod(func(d *ops.Desc) { d.In2 = at(in2, 6) }), w, "overlaps an input"},
		{"output overlaps In", mod(func(d *ops.Desc) { d.In = at(ops.NewTensor(ops.Int8, 9, 32), 0) }), w, "overlaps an input"},
		{"table beyond the weights", []ops.Desc{g}, w[:2*ops.LeafSize], "ROM region at leaf 0 needs leaves up to 3, weights have 2"},
		{"table at W = 1", mod(func(d *ops.Desc) { d.W = 1 }), w, "ROM region at leaf 1 needs leaves up to 4, weights have 3"},
		{"In2 int32", mod(func(d *ops.Desc) { d.In2.DType = ops.Int32 }), w, "must be int8"},
		{"In2 dtype 0", mod(func(d *ops.Desc) { d.In2.DType = 0 }), w, "unknown dtype 0"},
		{"In2 beyond RAM", mod(func(d *ops.Desc) { d.In2.Addr = 11 }), w, "RAM has 12"},
	} {
		_, err := New(h, c.p, c.w)
		require.ErrorContains(t, err, c.msg, c.name)
	}

	// M5 counts a present In2: here it is the input region's slack leaf.
	in3 := ops.NewTensor(ops.Int8, 3, 32) // 3 leaves: input region [0, 4), slack leaf 3
	h3 := Header{RAMLeaves: 12, Input: in3, Output: out}
	g3 := ops.Desc{Op: ops.OpGather, In: in3, In2: at(ops.NewTensor(ops.Int8, 5), 3), Out: out}
	_, err = New(h3, []ops.Desc{g3}, w)
	require.ErrorContains(t, err, "gather tensor int8[5]@3 reaches into the unused leaves [3, 4) of the input region")
	g3.In2.Addr = 4
	_, err = New(h3, []ops.Desc{g3}, w)
	require.NoError(t, err)
	// And the output region's slack leaf.
	out3 := at(ops.NewTensor(ops.Int8, 3, 6), 8) // 3 leaves: output region [8, 12), slack leaf 11
	h3 = Header{RAMLeaves: 12, Input: in, Output: out3}
	g3 = ops.Desc{Op: ops.OpGather, In: in, In2: at(ops.NewTensor(ops.Int8, 1), 11), Out: out3}
	_, err = New(h3, []ops.Desc{g3}, w)
	require.ErrorContains(t, err, "gather tensor int8[1]@11 reaches into the unused leaves [11, 12) of the output region")
	g3.In2 = ops.Tensor{}
	_, err = New(h3, []ops.Desc{g3}, w)
	require.NoError(t, err)
}

// TestBinaryModelRules: Mul, Max and Min (opcodes 12-14) make a model
// version 2 and are refused in a version-1 model by New and by Decode
// (V1); in place of either input is valid; Add's rules A1-A4 hold, and
// Mul's unused Add fields must be zero (V2).
func TestBinaryModelRules(t *testing.T) {
	in := ops.NewTensor(ops.Int8, 2, 40)         // input region [0, 4)
	in2 := at(ops.NewTensor(ops.Int8, 2, 40), 4) // [4, 8)
	out := at(ops.NewTensor(ops.Int8, 2, 40), 8) // output region [8, 12)
	// A Reshape copies the input into in2 so that the op has two inputs.
	cp := ops.Desc{Op: ops.OpReshape, In: in, Out: in2}
	h := Header{RAMLeaves: 12, Input: in, Output: out}
	mul := ops.Desc{Op: ops.OpMul, In: in, In2: in2, Out: out, ZIn: 1, ZIn2: 2, ZOut: 3, Lo: -128, Hi: 127, MulOut: 1 << 30, ShOut: 37}
	mx := ops.Desc{Op: ops.OpMax, In: in, In2: in2, Out: out, MulIn: 1 << 30, MulIn2: 1 << 30, MulOut: 1 << 30, ShIn: 31, ShIn2: 31, ShOut: 20, Lo: -128, Hi: 127}
	mn := mx
	mn.Op = ops.OpMin
	for _, d := range []ops.Desc{mul, mx, mn} {
		name := d.Op.String()
		m, err := New(h, []ops.Desc{cp, d}, nil)
		require.NoError(t, err, name)
		require.Equal(t, uint8(Version2), m.Header.Version, name)
		require.Equal(t, uint8(Version2), MinVersion(m.Header.Input, m.Ops), name)
		file := m.Encode()
		back, err := Decode(file)
		require.NoError(t, err, name)
		require.Equal(t, m.ID(), back.ID(), name)

		// V1: not defined in version 1, by New and by Decode.
		want := fmt.Sprintf("model: op 1: %s (opcode %d) is not defined in model version 1 (rule V1)", name, uint8(d.Op))
		h1 := h
		h1.Version = Version1
		_, err = New(h1, []ops.Desc{cp, d}, nil)
		require.ErrorContains(t, err, want)
		bad := append([]byte(nil), file...)
		bad[4], bad[8] = Version1, Version1
		_, err = Decode(bad)
		require.ErrorContains(t, err, want)

		// In place of In2 (the output region then is In2's: a copy follows).
		ip := d
		ip.Out = in2
		_, err = New(h, []ops.Desc{cp, ip, {Op: ops.OpReshape, In: in2, Out: out}}, nil)
		require.NoError(t, err, "%s in place of In2", name)

		mod := func(f func(d *ops.Desc)) []ops.Desc { e := d; f(&e); return []ops.Desc{cp, e} }
		for _, c := range []struct {
			name string
			p    []ops.Desc
			msg  string
		}{
			{"A1 shapes differ", mod(func(e *ops.Desc) { e.In2.Dims[1] = 39 }), "same shape"},
			{"A2 partial overlap", mod(func(e *ops.Desc) { e.Out.Addr = 5 }), "overlaps"},
			{"A3 negative multiplier", mod(func(e *ops.Desc) { e.MulOut = -5 }), "multiplier -5"},
			{"A4 shift 63", mod(func(e *ops.Desc) { e.ShOut = 63 }), "shift 63 > 62"},
			{"V2 W", mod(func(e *ops.Desc) { e.W = 1 }), "fields the op does not use must be zero"},
		} {
			_, err := New(h, c.p, nil)
			require.ErrorContains(t, err, c.msg, "%s: %s", name, c.name)
		}
	}
	// Mul uses only MulOut and ShOut of Add's multipliers and shifts.
	for _, f := range []func(e *ops.Desc){
		func(e *ops.Desc) { e.MulIn = 1 }, func(e *ops.Desc) { e.MulIn2 = 1 },
		func(e *ops.Desc) { e.ShIn = 1 }, func(e *ops.Desc) { e.ShIn2 = 1 },
	} {
		e := mul
		f(&e)
		_, err := New(h, []ops.Desc{cp, e}, nil)
		require.ErrorContains(t, err, "mul: fields the op does not use must be zero")
	}

	// The builder: Mul, Max and Min make new tensors of x's shape.
	b := NewBuilder()
	x := b.Input(3, 7)
	y := b.Mul(x, x, MulParams{ZA: 1, ZB: 1, Lo: -128, Hi: 127, Mul: 1 << 30, Sh: 37})
	q := AddParams{MulA: 1 << 30, MulB: 1 << 30, MulOut: 1 << 30, ShA: 31, ShB: 31, ShOut: 20, Lo: -128, Hi: 127}
	z := b.Min(b.Max(x, y, q), y, q)
	require.Equal(t, []uint32{3, 7}, b.Shape(z))
	m, err := b.Build(z)
	require.NoError(t, err)
	require.Equal(t, []ops.Opcode{ops.OpMul, ops.OpMax, ops.OpMin}, []ops.Opcode{m.Ops[0].Op, m.Ops[1].Op, m.Ops[2].Op})
	b = NewBuilder()
	x = b.Input(3, 7)
	_, err = b.Build(b.Max(x, b.Reshape(x, 21), q))
	require.ErrorContains(t, err, "same shape")
	b = NewBuilder()
	x = b.Input(3, 7)
	_, err = b.Build(b.Mul(x, x, MulParams{Mul: -1, Lo: -128, Hi: 127}))
	require.ErrorContains(t, err, "multiplier -1")
}

// OpAt inverts OpStart: every op's first and last steps map to it, the
// halting step and past it to no op.
func TestOpAt(t *testing.T) {
	for _, c := range mtModels(t) {
		m := c.m
		for k := range m.Ops {
			for _, s := range []uint64{m.OpStart(k), m.OpStart(k+1) - 1} {
				got, ok := m.OpAt(s)
				require.True(t, ok, "%s: step %d", c.name, s)
				require.Equal(t, k, got, "%s: step %d", c.name, s)
			}
		}
		halt := m.OpStart(len(m.Ops))
		for _, s := range []uint64{halt, halt + 1, ^uint64(0)} {
			_, ok := m.OpAt(s)
			require.False(t, ok, "%s: step %d", c.name, s)
		}
	}
}
