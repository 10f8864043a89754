package onnx

import (
	"slices"
	"strings"
	"testing"

	"google.golang.org/protobuf/proto"

	"github.com/opml-dev/opml/pipeline/onnx/internal/onnxpb"
	ob "github.com/opml-dev/opml/pipeline/onnx/onnxbuild"
)

func TestDecodeTensor(t *testing.T) {
	enc := func(p *onnxpb.TensorProto) []byte {
		b, err := proto.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, p := range []*onnxpb.TensorProto{
		ob.FloatTensor("raw", []int64{2, 3}, ramp(6)), // raw_data
		{Name: proto.String("typed"), Dims: []int64{2, 3}, DataType: proto.Int32(int32(onnxpb.TensorProto_FLOAT)), FloatData: ramp(6)},
	} {
		got, err := DecodeTensor(enc(p))
		if err != nil {
			t.Fatalf("%s: %v", p.GetName(), err)
		}
		if !slices.Equal(got.Shape, []int{2, 3}) || !slices.Equal(got.Data, ramp(6)) {
			t.Errorf("%s: got %v %v", p.GetName(), got.Shape, got.Data)
		}
	}
	scalar, err := DecodeTensor(enc(ob.FloatTensor("s", nil, vals(2.5))))
	if err != nil || len(scalar.Shape) != 0 || !slices.Equal(scalar.Data, vals(2.5)) {
		t.Errorf("scalar: %v, %v", scalar, err)
	}
	for _, c := range []struct {
		data []byte
		want string
	}{
		{[]byte{0xff, 0xff}, "onnx: malformed tensor"},
		{enc(ob.Int64Tensor("i", []int64{2}, []int64{1, 2})), `onnx: tensor "i" has element type INT64, want FLOAT`},
		{enc(&onnxpb.TensorProto{Name: proto.String("short"), Dims: []int64{3}, DataType: proto.Int32(int32(onnxpb.TensorProto_FLOAT)), RawData: make([]byte, 8)}),
			`onnx: tensor "short": raw_data has 8 bytes, shape [3] needs 12`},
	} {
		if _, err := DecodeTensor(c.data); err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("got %v, want %q", err, c.want)
		}
	}
}
