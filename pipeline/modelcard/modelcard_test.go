package modelcard_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/pipeline/modelcard"
	"github.com/opml-dev/opml/testkit/golden"
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

func testCard(m *model.Model) *modelcard.Card {
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
	c := testCard(m)
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
	good, err := testCard(m).Encode()
	require.NoError(t, err)
	for _, tc := range []struct{ name, old, new, err string }{
		{"version", `"version": 1`, `"version": 2`, "version 2"},
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
	c := testCard(m)
	c.ModelID = common.Hash{1}
	require.ErrorContains(t, c.Check(m), "card is for model")
	c = testCard(m)
	c.Logits.Op = 5
	require.ErrorContains(t, c.Check(m), "logits op 5")
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
	in := testCard(testModel(t)).Input
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
}
