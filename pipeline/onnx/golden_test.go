package onnx

import (
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"

	ob "github.com/opml-dev/opml/pipeline/onnx/onnxbuild"
	"github.com/opml-dev/opml/testkit/golden"
)

// TestDecodeGoldenFolds pins the bits of folded weights: Decode must give
// the same graph on every platform (scripts/test-arm64.sh ./pipeline/onnx/... runs
// this under arm64, whose fused multiply-add the folds must not use).
func TestDecodeGoldenFolds(t *testing.T) {
	third := vals(1.0/3, -0.7, 1.1)
	m := img(13).Init("k", []int64{3, 1, 1}, third).Init("d", []int64{1, 3, 1, 1}, vals(3, 7, -0.3)).
		Init("gamma", []int64{3}, vals(1.3, 0.9, -2.1)).Init("beta", []int64{3}, vals(0.1, -0.2, 0.3)).
		Init("mean", []int64{3}, vals(0.11, -1.7, 2.3)).Init("var", []int64{3}, vals(0.7, 0.25, 4.1)).
		Init("B", []int64{27, 3}, ramp(81)).Init("C", []int64{3}, third).
		Node("Conv", "conv", S("x", "w", "b"), S("t1")).
		Node("Mul", "mul", S("t1", "k"), S("t2")).
		Node("Sub", "sub", S("k", "t2"), S("t3")).
		Node("Div", "div", S("t3", "d"), S("t4")).
		Node("BatchNormalization", "bn", S("t4", "gamma", "beta", "mean", "var"), S("t5"), ob.Float("epsilon", 1e-3)).
		Op("Flatten", "flat", "t5", "f").
		Node("Gemm", "fc", S("f", "B", "C"), S("t6"), ob.Float("alpha", 0.3), ob.Float("beta", 1.7)).
		Node("Add", "add", S("t6", "k2"), S("y")).Init("k2", []int64{}, vals(0.1)).Output("y")
	g, err := Decode(m.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, n := range g.Nodes {
		fmt.Fprintf(&b, "%s %v %v -> %s\n", n.Name, n.Op, n.Inputs, n.Output)
		for _, p := range []struct {
			name string
			data []float32
		}{{"W", dataOf(n.W)}, {"B", dataOf(n.B)}} {
			for k, v := range p.data {
				fmt.Fprintf(&b, "  %s[%d] %08x %v\n", p.name, k, math.Float32bits(v), v)
			}
		}
	}
	golden.Check(t, filepath.Join("testdata", "folds.golden"), []byte(b.String()), "go test ./pipeline/onnx -update")
}
