package ops

import (
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opml-dev/opml/testkit/golden"
)

// goldenDescs has one valid descriptor of every op, with distinct values in
// every field it uses, so the golden file pins every field offset.
func goldenDescs() []Desc {
	at := func(t Tensor, addr uint32) Tensor { t.Addr = addr; return t }
	img := NewTensor(Int8, 6, 5, 40)
	vec := NewTensor(Int8, 2, 70)
	return []Desc{
		{Op: OpGemm, In: vec, Out: at(NewTensor(Int8, 2, 3), 20), W: 1, CP: 200, M: 2, ZIn: -3, ZOut: 4, Lo: -100, Hi: 101},
		{Op: OpConv2D, In: img, Out: at(NewTensor(Int8, 3, 3, 5), 100), W: 7, CP: 900, KH: 3, KW: 2, SH: 2, SW: 2, PadT: 1, PadL: 1, ZIn: 5, ZOut: -6, Lo: -7, Hi: 8},
		{Op: OpReLU, In: vec, Out: at(vec, 30), ZIn: -9},
		{Op: OpMaxPool2D, In: img, Out: at(NewTensor(Int8, 3, 2, 40), 100), KH: 2, KW: 3, SH: 2, SW: 2, PadT: 1, PadL: 0, Lo: -10, Hi: 11},
		{Op: OpAvgPool2D, In: img, Out: at(NewTensor(Int8, 3, 2, 40), 100), KH: 2, KW: 3, SH: 2, SW: 2, PadT: 1, PadL: 0, Lo: -12, Hi: 13},
		{Op: OpAdd, In: vec, In2: at(vec, 10), Out: at(vec, 30), ZIn: 1, ZIn2: 2, ZOut: 3, Lo: -14, Hi: 15,
			MulIn: 1 << 30, MulIn2: 1<<30 + 1, MulOut: 1<<30 + 2, ShIn: 31, ShIn2: 32, ShOut: 20},
		{Op: OpReshape, In: vec, Out: at(NewTensor(Int8, 140), 30)},
		{Op: OpSoftmax, In: vec, Out: at(vec, 30), W: 3},
		{Op: OpArgmax, In: vec, Out: at(NewTensor(Int32, 2), 30)},
		{Op: OpLut, In: vec, Out: at(vec, 30), W: 17},
		{Op: OpGather, In: vec, In2: at(NewTensor(Int8, 3, 5), 10), Out: at(NewTensor(Int8, 4, 6), 30), W: 19, ZIn: -16},
		{Op: OpMul, In: vec, In2: at(vec, 10), Out: at(vec, 30), ZIn: 17, ZIn2: -18, ZOut: 19, Lo: -20, Hi: 21, MulOut: 1<<30 + 3, ShOut: 37},
		{Op: OpMax, In: vec, In2: at(vec, 10), Out: vec, ZIn: 22, ZIn2: 23, ZOut: 24, Lo: -25, Hi: 26,
			MulIn: 1<<30 + 4, MulIn2: 1<<30 + 5, MulOut: 1<<30 + 6, ShIn: 31, ShIn2: 30, ShOut: 21},
		{Op: OpMin, In: vec, In2: at(vec, 10), Out: at(vec, 10), ZIn: -27, ZIn2: -28, ZOut: -29, Lo: -30, Hi: 31,
			MulIn: 1<<30 + 7, MulIn2: 1<<30 + 8, MulOut: 1<<30 + 9, ShIn: 32, ShIn2: 33, ShOut: 22},
		{Op: OpMatMul, In: NewTensor(Int8, 4, 9, 40), In2: at(NewTensor(Int8, 2, 9, 40), 100), Out: at(NewTensor(Int8, 4, 9, 9), 200),
			KH: MatMulCausalN, ZIn: 32, ZIn2: -33, ZOut: 34, Lo: -35, Hi: 36, MulOut: 1<<30 + 10, ShOut: 38},
		{Op: OpSoftmax, In: NewTensor(Int8, 2, 7, 7), Out: at(NewTensor(Int8, 2, 7, 7), 30), W: 5, KH: 1},
		{Op: OpEmbed, In: at(NewTensor(Int32, 2), 40), Out: at(NewTensor(Int8, 2, 70), 30), W: 23, M: 256, ZOut: -32},
		{Op: OpNorm, In: vec, Out: at(vec, 30), KH: NormLayer, M: 655, ZIn: 33, ZOut: -34, Lo: -35, Hi: 36, MulOut: 1<<30 + 10, ShOut: 41},
		{Op: OpRope, In: vec, Out: vec, W: 29, ZIn: -37, ZOut: 38, Lo: -39, Hi: 40, MulOut: 1<<30 + 11, ShOut: 44},
		{Op: OpGluMul, In: vec, In2: at(vec, 10), Out: at(vec, 10), W: 31, ZIn2: 41, ZOut: -42, Lo: -43, Hi: 44, MulOut: 1<<30 + 12, ShOut: 45},
	}
}

// TestDescriptorEncodingGolden pins the 128-byte descriptor encoding of
// every op (docs/spec.md §5.1).
func TestDescriptorEncodingGolden(t *testing.T) {
	var b strings.Builder
	for _, d := range goldenDescs() {
		if err := d.Validate(Limits{RAMLeaves: 1 << 12, ROMLeaves: 1 << 12}); err != nil {
			t.Fatalf("%s: %v", d.Op, err)
		}
		enc := d.Encode()
		fmt.Fprintf(&b, "%s %s\n", d.Op, hex.EncodeToString(enc))
		back, err := Decode(enc)
		if err != nil || back != d {
			t.Fatalf("%s: decode(encode) = %+v, %v", d.Op, back, err)
		}
	}
	golden.Check(t, filepath.Join("testdata", "descriptors.golden"), []byte(b.String()), "go test ./vm/ops -update")
}
