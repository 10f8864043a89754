package modelcard_test

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/pipeline/modelcard"
	"github.com/opml-dev/opml/testkit/golden"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
)

func testModel(t *testing.T) *model.Model {
	b := model.NewBuilder()
	x := b.Input(2, 2, 3) // [H, W, C] of a [1, 3, 2, 2] float input
	y := b.Gemm(x, 1, 4, make([]int8, 4*12), []model.Channel{{Mult: 1 << 30, Shift: 31}, {Mult: 1 << 30, Shift: 31}, {Mult: 1 << 30, Shift: 31}, {Mult: 1 << 30, Shift: 31}}, model.Quant{Lo: -128, Hi: 127})
	m, err := b.Build(b.Softmax(y, [256]int32{65536}))
	require.NoError(t, err)
	return m
}

// testCard is the card of testModel, bound to it (version 2).
func testCard(t *testing.T, m *model.Model) *modelcard.Card {
	c := testCardV1(m)
	require.NoError(t, c.Bind(m))
	return c
}

// testCardV1 is testModel's card without its VM side, as the quantizer
// fills it (and as a version 1 card held it, with Version 1).
func testCardV1(m *model.Model) *modelcard.Card {
	return &modelcard.Card{
		Version: modelcard.Version,
		Name:    "test",
		ModelID: m.ID(),
		Input:   modelcard.Tensor{Shape: []int{1, 3, 2, 2}, Layout: modelcard.LayoutNCHWAsHWC, Scale: 1.0 / 255, ZeroPoint: -128},
		Output:  modelcard.Tensor{Shape: []int{1, 4}, Layout: modelcard.LayoutFlat, Scale: 1.0 / 256, ZeroPoint: -128},
		Logits:  &modelcard.Logits{Op: 0, Tensor: modelcard.Tensor{Shape: []int{1, 4}, Layout: modelcard.LayoutFlat, Scale: 0.125, ZeroPoint: 3}},
		Source:  modelcard.Source{ONNXSHA256: "00ff", Calibration: modelcard.Calibration{Method: "minmax", Samples: 100}},
	}
}

func TestEncodeGoldenAndRoundTrip(t *testing.T) {
	m := testModel(t)
	c := testCard(t, m)
	require.Equal(t, []int{2, 2, 3}, c.Input.VMShape)
	require.Equal(t, []int{2, 0, 1}, c.Input.Perm)
	require.Equal(t, modelcard.DTypeInt8, c.Input.DType)
	require.Equal(t, []int{4}, c.Output.VMShape)
	require.Equal(t, []int{0}, c.Output.Perm)
	b, err := c.Encode()
	require.NoError(t, err)
	golden.Check(t, "testdata/card.json", b, "go test ./pipeline/modelcard -update")
	back, err := modelcard.Decode(b)
	require.NoError(t, err)
	require.Equal(t, c, back)
	require.NoError(t, back.Check(m))
}

func TestDecodeRejects(t *testing.T) {
	m := testModel(t)
	good, err := testCard(t, m).Encode()
	require.NoError(t, err)
	for _, tc := range []struct{ name, old, new, err string }{
		{"version", `"version": 2`, `"version": 3`, "version 3, this build reads versions 1 and 2"},
		{"version 1 with VM fields", `"version": 2`, `"version": 1`, "vmShape, perm and dtype are version 2 fields"},
		{"dtype", `"dtype": "int8",
    "scale": 0.00392156862745098`, `"dtype": "int16",
    "scale": 0.00392156862745098`, `input: unknown dtype "int16"`},
		{"no dtype", `"dtype": "int8",
    "scale": 0.00392156862745098`, `"scale": 0.00392156862745098`, "input: no dtype"},
		{"int32 scale", `"dtype": "int8",
    "scale": 0.00390625`, `"dtype": "int32",
    "scale": 0.00390625`, "output: an int32 (argmax) tensor has scale 1 and zero point 0"},
		{"no vmShape", `"vmShape": [
      4
    ],`, ``, "output: no vmShape or perm"},
		{"vmShape numel", `"vmShape": [
      4
    ],`, `"vmShape": [5],`, "output: vmShape [5] has 5 elements, shape [1 4] has 4"},
		{"vmShape hwc", `"vmShape": [
      2,
      2,
      3
    ]`, `"vmShape": [3, 2, 2]`, "input: layout nchw-as-hwc of shape [1 3 2 2] needs vmShape [2, 2, 3]"},
		{"perm not a permutation", `"perm": [
      2,
      0,
      1
    ]`, `"perm": [2, 2, 1]`, "input: perm [2 2 1] is not a permutation"},
		{"perm rank", `"perm": [
      2,
      0,
      1
    ]`, `"perm": [1, 0]`, "input: perm [1 0] does not permute the 3 axes"},
		{"perm against layout", `"perm": [
      2,
      0,
      1
    ]`, `"perm": [1, 2, 0]`, "input: layout nchw-as-hwc with vmShape [2 2 3] needs perm [2 0 1], got [1 2 0]"},
		{"unknown field", `"name": "test"`, `"name": "test", "extra": 1`, "unknown field"},
		{"layout", `"layout": "flat"`, `"layout": "nhwc"`, "unknown layout"},
		{"scale", `"scale": 0.125`, `"scale": -1`, "scale"},
		{"rank 5", `"shape": [
      1,
      4
    ]`, `"shape": [1, 1, 1, 1, 4]`, "rank 1 to 4"},
		{"zero dimension", `"shape": [
      1,
      4
    ]`, `"shape": [0, 4]`, "non-positive"},
		{"not json", `{`, `[`, "modelcard:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := []byte(replaceOnce(t, string(good), tc.old, tc.new))
			_, err := modelcard.Decode(b)
			require.ErrorContains(t, err, tc.err)
		})
	}
	_, err = modelcard.Decode(append(append([]byte(nil), good...), good...))
	require.ErrorContains(t, err, "trailing data")

	// A card for another model.
	c := testCard(t, m)
	c.ModelID = common.Hash{1}
	require.ErrorContains(t, c.Check(m), "card is for model")
	c = testCard(t, m)
	c.Logits.Op = 5
	require.ErrorContains(t, c.Check(m), "logits op 5")
	require.ErrorContains(t, testCardV1(m).Bind(modelWithOps(t, 0)), "logits op 0, the model has 0 ops")
	// A VM side that is valid on its own but not the model's.
	c = testCard(t, m)
	c.Output.VMShape, c.Output.Perm = []int{1, 4}, []int{0, 1}
	require.NoError(t, c.Validate())
	require.ErrorContains(t, c.Check(m), "output has VM shape [1 4], the model's [4]")
	c = testCard(t, m)
	c.Output.DType, c.Output.Scale, c.Output.ZeroPoint = modelcard.DTypeInt32, 1, 0
	require.ErrorContains(t, c.Check(m), "output is int32, the model's int8")
}

// modelWithOps is a model of n ReLU ops on an int8 [4] input.
func modelWithOps(t *testing.T, n int) *model.Model {
	b := model.NewBuilder()
	x := b.Input(4)
	for k := 0; k < n; k++ {
		x = b.ReLU(x, -128)
	}
	m, err := b.Build(x)
	require.NoError(t, err)
	return m
}

// TestDecodeVersion1: a version 1 card (the committed one was written
// before version 2 added the VM side) still decodes; Load and Bind
// complete it from the model into the version 2 card.
func TestDecodeVersion1(t *testing.T) {
	m := testModel(t)
	b, err := os.ReadFile("testdata/card_v1.json")
	require.NoError(t, err)
	c, err := modelcard.Decode(b)
	require.NoError(t, err)
	require.Equal(t, 1, c.Version)
	require.Nil(t, c.Input.VMShape)
	require.NoError(t, c.Check(m))
	_, err = c.Output.FromVM(make([]byte, 4))
	require.ErrorContains(t, err, "modelcard: no dtype")

	dir := t.TempDir()
	path := filepath.Join(dir, "m.opml.json")
	require.NoError(t, os.WriteFile(path, b, 0o644))
	loaded, err := modelcard.Load(path, m)
	require.NoError(t, err)
	want := testCard(t, m)
	require.Equal(t, want, loaded)
	require.Equal(t, modelcard.Version, loaded.Version)

	// The committed fixtures' cards are version 2 and load as they are.
	v2, err := want.Encode()
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, v2, 0o644))
	loaded, err = modelcard.Load(path, m)
	require.NoError(t, err)
	require.Equal(t, want, loaded)
	_, err = modelcard.Load(path, modelWithOps(t, 1))
	require.ErrorContains(t, err, "card is for model")
}

func replaceOnce(t *testing.T, s, old, new string) string {
	for i := 0; i+len(old) <= len(s); i++ {
		if s[i:i+len(old)] == old {
			return s[:i] + new + s[i+len(old):]
		}
	}
	t.Fatalf("%q not in %s", old, s)
	return ""
}

// NCHW floats land in HWC order, rounded half away from zero and
// saturated; Dequantize inverts the permutation.
func TestQuantizeLayout(t *testing.T) {
	in := testCard(t, testModel(t)).Input
	x := make([]float32, 12)
	for i := range x {
		x[i] = float32(i) / 255 // float element c·4 + h·2 + w
	}
	q, err := in.Quantize(x)
	require.NoError(t, err)
	// VM element (h·2 + w)·3 + c holds float element c·4 + h·2 + w.
	require.Equal(t, []int8{-128, -124, -120, -127, -123, -119, -126, -122, -118, -125, -121, -117}, q)
	back := make([]int64, len(q))
	for i, v := range q {
		back[i] = int64(v)
	}
	f, err := in.Dequantize(back)
	require.NoError(t, err)
	for i := range x {
		require.InDelta(t, x[i], f[i], 1e-6)
	}
	sat, err := in.Quantize([]float32{-5, 5, 0.5 / 255, -0.5 / 255, 0, 0, 0, 0, 0, 0, 0, 0})
	require.NoError(t, err)
	require.Equal(t, int8(-128), sat[0]) // float 0 (c0,h0,w0): -5 saturates
	require.Equal(t, int8(127), sat[3])  // float 1 (c0,h0,w1)
	require.Equal(t, int8(-127), sat[6]) // float 2: 0.5 rounds away from zero
	require.Equal(t, int8(-128), sat[9]) // float 3: -0.5 → -1 → saturates
	_, err = in.Quantize(make([]float32, 3))
	require.ErrorContains(t, err, "got 3 values, want 12")
	// Token ids (an int32 input) are integers, never quantized (nor clipped
	// to int8).
	ids := modelcard.Tensor{Shape: []int{1, 3}, VMShape: []int{3}, Perm: []int{0}, Layout: "flat", DType: modelcard.DTypeInt32, Scale: 1}
	_, err = ids.Quantize([]float32{1, 300, 2})
	require.ErrorContains(t, err, "an int32 tensor (token ids) is not quantized")
}

// hwcModel maps an int8 [H, W, C] input to itself through a ReLU that
// clamps nothing (zero point −128), with a trailing argmax when withArgmax.
func hwcModel(t *testing.T, H, W, C uint32, withArgmax bool) *model.Model {
	b := model.NewBuilder()
	x := b.ReLU(b.Input(H, W, C), -128)
	if withArgmax {
		x = b.Argmax(x)
	}
	m, err := b.Build(x)
	require.NoError(t, err)
	return m
}

// claimBytes encodes VM output values as a claim carries them: int8 bytes
// or 4-byte big-endian int32 (independently of the package under test).
func claimBytes(values []int64, int32s bool) []byte {
	if !int32s {
		b := make([]byte, len(values))
		for i, v := range values {
			b[i] = byte(int8(v))
		}
		return b
	}
	b := make([]byte, 4*len(values))
	for i, v := range values {
		binary.BigEndian.PutUint32(b[4*i:], uint32(int32(v)))
	}
	return b
}

// TestFromVMSpatial runs a [1, 3, 2, 4] NCHW float input through the VM
// (quantized to HWC [2, 4, 3]) and reads the [1, 3, 2, 4] output back:
// FromVM puts every value where ONNX has it, and the dequantized floats
// are the inputs to within half a step.
func TestFromVMSpatial(t *testing.T) {
	const C, H, W = 3, 2, 4
	m := hwcModel(t, H, W, C, false)
	nchw := modelcard.Tensor{Shape: []int{1, C, H, W}, Layout: modelcard.LayoutNCHWAsHWC, Scale: 0.5, ZeroPoint: -10}
	c := &modelcard.Card{Version: modelcard.Version, ModelID: m.ID(), Input: nchw, Output: nchw,
		Source: modelcard.Source{Calibration: modelcard.Calibration{Method: "minmax", Samples: 1}}}
	require.NoError(t, c.Bind(m))
	require.Equal(t, []int{H, W, C}, c.Output.VMShape)
	require.Equal(t, []int{2, 0, 1}, c.Output.Perm)

	x := make([]float32, C*H*W) // x[c][h][w] = 10c + 3h + w/2 - 20: all distinct
	for c := 0; c < C; c++ {
		for h := 0; h < H; h++ {
			for w := 0; w < W; w++ {
				x[(c*H+h)*W+w] = float32(10*c+3*h) + float32(w)/2 - 20
			}
		}
	}
	q, err := c.Input.Quantize(x)
	require.NoError(t, err)
	tr, err := vm.NewTrace(m, q)
	require.NoError(t, err)
	vmOut := tr.Output()
	got, err := c.Output.FromVM(claimBytes(vmOut, false))
	require.NoError(t, err)
	require.Equal(t, []int{1, C, H, W}, got.Shape)
	require.Equal(t, modelcard.DTypeInt8, got.DType)
	for c := 0; c < C; c++ {
		for h := 0; h < H; h++ {
			for w := 0; w < W; w++ {
				f := (c*H+h)*W + w
				require.Equal(t, vmOut[(h*W+w)*C+c], got.Q[f], "element (%d, %d, %d)", c, h, w)
				require.InDelta(t, x[f], got.Real[f], 0.25, "element (%d, %d, %d)", c, h, w)
			}
		}
	}
	// FromVM and Dequantize (VM values in, float order out) agree.
	deq, err := c.Output.Dequantize(vmOut)
	require.NoError(t, err)
	require.Equal(t, deq, got.Real)

	_, err = c.Output.FromVM(make([]byte, C*H*W-1))
	require.ErrorContains(t, err, "modelcard: got 23 bytes, want 24 (24 int8 values, VM shape [2 4 3])")
}

// TestFromVMArgmax: an argmax output holds, per pixel, the channel of the
// largest value, as ONNX ArgMax(axis=1, keepdims=1) gives it: shape
// [1, 1, H, W], int32 big-endian on the wire.
func TestFromVMArgmax(t *testing.T) {
	const C, H, W = 3, 2, 4
	m := hwcModel(t, H, W, C, true)
	c := &modelcard.Card{Version: modelcard.Version, ModelID: m.ID(),
		Input:  modelcard.Tensor{Shape: []int{1, C, H, W}, Layout: modelcard.LayoutNCHWAsHWC, Scale: 1, ZeroPoint: 0},
		Output: modelcard.Tensor{Shape: []int{1, 1, H, W}, Layout: modelcard.LayoutFlat, Scale: 1, ZeroPoint: 0},
		Source: modelcard.Source{Calibration: modelcard.Calibration{Method: "minmax", Samples: 1}}}
	require.NoError(t, c.Bind(m))
	require.Equal(t, modelcard.DTypeInt32, c.Output.DType)
	require.Equal(t, []int{H * W}, c.Output.VMShape)

	x := make([]float32, C*H*W)
	want := make([]int64, H*W)
	for p := range want {
		want[p] = int64((p * 7) % C) // the channel that wins at pixel p
		for ch := 0; ch < C; ch++ {
			x[ch*H*W+p] = float32(ch - C)
		}
		x[int(want[p])*H*W+p] = 5
	}
	q, err := c.Input.Quantize(x)
	require.NoError(t, err)
	tr, err := vm.NewTrace(m, q)
	require.NoError(t, err)
	got, err := c.Output.FromVM(claimBytes(tr.Output(), true))
	require.NoError(t, err)
	require.Equal(t, []int{1, 1, H, W}, got.Shape)
	require.Equal(t, want, got.Q)
	for p, v := range want {
		require.Equal(t, float32(v), got.Real[p])
	}

	// Big-endian int32: bytes 00 00 01 02 are 258, ff ff ff ff is −1.
	raw := make([]byte, 4*H*W)
	copy(raw, []byte{0, 0, 1, 2, 0xff, 0xff, 0xff, 0xff})
	got, err = c.Output.FromVM(raw)
	require.NoError(t, err)
	require.Equal(t, []int64{258, -1, 0, 0, 0, 0, 0, 0}, got.Q)
	_, err = c.Output.FromVM(raw[:4*H*W-1])
	require.ErrorContains(t, err, "want 32 (8 int32 values")
}

// TestFromVMRank2: a [1, F] output is the VM's [F] in the same order.
func TestFromVMRank2(t *testing.T) {
	out := testCard(t, testModel(t)).Output
	got, err := out.FromVM([]byte{0x80, 0x00, 0x7f, 0xff})
	require.NoError(t, err)
	require.Equal(t, []int{1, 4}, got.Shape)
	require.Equal(t, []int64{-128, 0, 127, -1}, got.Q)
	require.Equal(t, []float32{0, 0.5, 255.0 / 256, 127.0 / 256}, got.Real)
}

// TestPermGeneral: the numpy rule reshape(VMShape).transpose(Perm) on the
// HWC layout is the layout's own formula, for shapes where H, W and C differ.
func TestPermGeneral(t *testing.T) {
	for _, s := range [][3]int{{1, 1, 5}, {3, 1, 2}, {2, 5, 3}, {4, 4, 1}} {
		C, H, W := s[0], s[1], s[2]
		tn := modelcard.Tensor{Shape: []int{1, C, H, W}, Layout: modelcard.LayoutNCHWAsHWC, Scale: 1,
			VMShape: []int{H, W, C}, Perm: []int{2, 0, 1}, DType: modelcard.DTypeInt8}
		raw := make([]byte, C*H*W)
		for e := range raw {
			raw[e] = byte(e)
		}
		got, err := tn.FromVM(raw)
		require.NoError(t, err)
		for e := range raw {
			ch, hw := e%C, e/C
			require.Equal(t, int64(e), got.Q[ch*H*W+hw], "shape %v, VM element %d", s, e)
		}
	}
}

// TestConversionsCheckTheTensor: a tensor that did not come through Decode
// or Bind is checked, never indexed blindly.
func TestConversionsCheckTheTensor(t *testing.T) {
	bad := modelcard.Tensor{Shape: []int{1, 4}, Layout: modelcard.LayoutFlat, Scale: 1,
		VMShape: []int{4}, Perm: []int{5}, DType: modelcard.DTypeInt8}
	_, err := bad.Quantize(make([]float32, 4))
	require.ErrorContains(t, err, "modelcard: perm [5] is not a permutation")
	_, err = bad.Dequantize(make([]int64, 4))
	require.ErrorContains(t, err, "modelcard: perm [5] is not a permutation")
	_, err = bad.FromVM(make([]byte, 4))
	require.ErrorContains(t, err, "modelcard: perm [5] is not a permutation")
	short := modelcard.Tensor{Shape: []int{1, 4}, Layout: modelcard.LayoutNCHWAsHWC, Scale: 1}
	_, err = short.Dequantize(make([]int64, 4))
	require.ErrorContains(t, err, "layout nchw-as-hwc needs a [1, C, H, W] shape")
}

// TestDecodeRejectsHugeShapes: element counts past the VM's 2^31 are
// rejected before anything is sized by them (no overflow, no panic).
func TestDecodeRejectsHugeShapes(t *testing.T) {
	good, err := testCard(t, testModel(t)).Encode()
	require.NoError(t, err)
	huge := replaceOnce(t, string(good), `"shape": [
      1,
      4
    ]`, `"shape": [1, 4294967296, 4294967296, 4294967296]`)
	_, err = modelcard.Decode([]byte(huge))
	require.ErrorContains(t, err, "modelcard: output: shape [1 4294967296 4294967296 4294967296] has more than 2^31 elements")
	tn := modelcard.Tensor{Shape: []int{1, 4}, Layout: modelcard.LayoutFlat, Scale: 1,
		VMShape: []int{1 << 40, 1 << 40}, Perm: []int{0, 1}, DType: modelcard.DTypeInt8}
	_, err = tn.FromVM(make([]byte, 4))
	require.ErrorContains(t, err, "more than 2^31 elements")
}
