package vm

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// TestEncodeInputInt32Layout pins the canonical encoding of an int32 input
// region (docs/spec.md §3.4) against bytes written out by hand: 4-byte
// big-endian elements, 8 to a leaf, every row from a leaf boundary, zero
// padding.
func TestEncodeInputInt32Layout(t *testing.T) {
	b := model.NewBuilder()
	m, err := b.Build(b.Reshape(b.InputInt32(2, 9), 18))
	require.NoError(t, err)
	h := &m.Header
	require.Equal(t, uint8(model.Version2), h.Version)
	require.Equal(t, uint64(4), h.Input.Leaves()) // 36 bytes a row: 2 leaves
	require.Equal(t, uint8(2), h.InputDepth)

	values := []int32{
		1, 2, 3, 4, 5, 6, 7, 8, 50257,
		-1, math.MinInt32, math.MaxInt32, 0, 0, 0, 0, 0, 256,
	}
	enc, err := EncodeInputInt32(h, values)
	require.NoError(t, err)
	want := make([]byte, 4*32)
	for k := 0; k < 8; k++ {
		want[4*k+3] = byte(k + 1)
	}
	copy(want[32:], []byte{0x00, 0x00, 0xc4, 0x51}) // 50257, alone on leaf 1
	copy(want[64:], []byte{0xff, 0xff, 0xff, 0xff, 0x80, 0x00, 0x00, 0x00, 0x7f, 0xff, 0xff, 0xff})
	copy(want[96:], []byte{0x00, 0x00, 0x01, 0x00}) // 256, alone on leaf 3
	require.Equal(t, want, enc)

	// ReadTensor reads back what was encoded, and the fast path copies it.
	got := ReadTensor(h.Input, enc)
	require.Equal(t, int64s(values), got)
	ram, err := ExecuteInt32(m, values)
	require.NoError(t, err)
	require.Equal(t, int64s(values), ReadTensor(h.Output, ram))
	tr, err := NewTraceInt32(m, values)
	require.NoError(t, err)
	require.Equal(t, int64s(values), tr.Output())
	root, err := InputRoot(h, enc)
	require.NoError(t, err)
	require.Equal(t, root, tr.InputRoot())
	checkAllSteps(t, tr)
}

// TestEncodeInputTypes: each encoder takes the values of its input type
// only, and the right number of them.
func TestEncodeInputTypes(t *testing.T) {
	b := model.NewBuilder()
	m8, err := b.Build(b.ReLU(b.Input(3), 0))
	require.NoError(t, err)
	b = model.NewBuilder()
	m32, err := b.Build(b.Reshape(b.InputInt32(3), 1, 3))
	require.NoError(t, err)

	_, err = EncodeInputInt32(&m8.Header, []int32{1, 2, 3})
	require.EqualError(t, err, "vm: the model's input [3] is int8, not int32: encode its values with EncodeInput")
	_, err = ExecuteInt32(m8, []int32{1, 2, 3})
	require.ErrorContains(t, err, "not int32")
	_, err = NewTraceInt32(m8, []int32{1, 2, 3})
	require.ErrorContains(t, err, "not int32")

	_, err = EncodeInput(&m32.Header, []int8{1, 2, 3})
	require.EqualError(t, err, "vm: the model's input [3] is int32, not int8: encode its values with EncodeInputInt32")
	_, err = Execute(m32, []int8{1, 2, 3})
	require.ErrorContains(t, err, "not int8")
	_, err = NewTrace(m32, []int8{1, 2, 3})
	require.ErrorContains(t, err, "not int8")

	_, err = EncodeInputInt32(&m32.Header, []int32{1, 2})
	require.EqualError(t, err, "vm: input has 2 values, the model's input [3] takes 3")
	_, err = EncodeInput(&m8.Header, []int8{1, 2, 3, 4})
	require.EqualError(t, err, "vm: input has 4 values, the model's input [3] takes 3")

	// The int8 encoding is unchanged: one byte an element.
	enc, err := EncodeInput(&m8.Header, []int8{-1, 2, -128})
	require.NoError(t, err)
	want := make([]byte, 32)
	want[0], want[1], want[2] = 0xff, 2, 0x80
	require.Equal(t, want, enc)
	require.Equal(t, ops.Int8, m8.Header.Input.DType)
}
