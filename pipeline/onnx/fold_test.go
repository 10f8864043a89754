package onnx

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/opml-dev/opml/pipeline/graph"
	ob "github.com/opml-dev/opml/pipeline/onnx/onnxbuild"
)

// evalConvDense runs a graph of Conv and Dense nodes in float64 (a
// test-only reference for the fold semantics, not the project's float
// executor).
func evalConvDense(t *testing.T, g *graph.Graph, x []float64) []float64 {
	shapes, err := g.Shapes()
	if err != nil {
		t.Fatal(err)
	}
	vals := map[string][]float64{g.Input: x}
	for _, n := range g.Nodes {
		in, is := vals[n.Inputs[0]], shapes[n.Inputs[0]]
		os := shapes[n.Output]
		out := make([]float64, graph.Numel(os))
		switch n.Op {
		case graph.Dense:
			nOut, k := n.W.Shape[0], n.W.Shape[1]
			for o := range nOut {
				s := 0.0
				if n.B != nil {
					s = float64(n.B.Data[o])
				}
				for i := range k {
					s += float64(n.W.Data[o*k+i]) * in[i]
				}
				out[o] = s
			}
		case graph.Conv:
			oc, c, kh, kw := n.W.Shape[0], n.W.Shape[1], n.W.Shape[2], n.W.Shape[3]
			sh, sw := max(n.Strides[0], 1), max(n.Strides[1], 1)
			for o := range oc {
				for y := range os[2] {
					for xx := range os[3] {
						s := 0.0
						if n.B != nil {
							s = float64(n.B.Data[o])
						}
						for ci := range c {
							for i := range kh {
								for j := range kw {
									iy, ix := y*sh+i-n.Pads[0], xx*sw+j-n.Pads[1]
									if iy >= 0 && iy < is[2] && ix >= 0 && ix < is[3] {
										s += float64(n.W.Data[((o*c+ci)*kh+i)*kw+j]) * in[(ci*is[2]+iy)*is[3]+ix]
									}
								}
							}
						}
						out[(o*os[2]+y)*os[3]+xx] = s
					}
				}
			}
		default:
			t.Fatalf("evalConvDense: op %v", n.Op)
		}
		vals[n.Output] = out
	}
	return vals[g.Output]
}

// TestFoldSemantics checks every fold against the op's definition: the
// folded graph's output equals the op applied to the unfolded Conv or
// Dense output.
func TestFoldSemantics(t *testing.T) {
	k := vals(2, -0.5, 3)
	bnEps := float32(1e-3)
	perChannel := func(o int) float64 { return float64(k[o]) }
	bn := func(o int, v float64) float64 {
		return float64(gamma[o])*(v-float64(mean[o]))/math.Sqrt(float64(varnc[o])+float64(bnEps)) + float64(beta[o])
	}
	cases := []struct {
		name string
		op   string // the ONNX op after the Conv/Gemm
		swap bool   // constant first
		f    func(o int, v float64) float64
	}{
		{"add", "Add", false, func(o int, v float64) float64 { return v + perChannel(o) }},
		{"const+v", "Add", true, func(o int, v float64) float64 { return perChannel(o) + v }},
		{"sub", "Sub", false, func(o int, v float64) float64 { return v - perChannel(o) }},
		{"const-v", "Sub", true, func(o int, v float64) float64 { return perChannel(o) - v }},
		{"mul", "Mul", false, func(o int, v float64) float64 { return v * perChannel(o) }},
		{"const*v", "Mul", true, func(o int, v float64) float64 { return perChannel(o) * v }},
		{"div", "Div", false, func(o int, v float64) float64 { return v / perChannel(o) }},
		{"batchnorm", "BatchNormalization", false, bn},
	}
	r := rand.New(rand.NewPCG(11, 12))
	for _, dense := range []bool{false, true} {
		for _, tc := range cases {
			// model is x -> Conv or Gemm "p" -> t, then, if withOp, the
			// op "n" -> y.
			model := func(withOp bool) *ob.Model {
				m := img(13).Node("Conv", "p", S("x", "w", "b"), S("t"), ob.Ints("pads", 1, 0, 1, 2), ob.Ints("strides", 1, 2))
				kDims := []int64{3, 1, 1}
				if dense {
					m = vec(13).Init("w", []int64{3, 4}, gemmB).Init("b", []int64{3}, bConv).
						Node("Gemm", "p", S("x", "w", "b"), S("t"), ob.Int("transB", 1))
					kDims = []int64{3}
				}
				if !withOp {
					return m.Output("t")
				}
				m.Init("k", kDims, k).Init("gamma", []int64{3}, gamma).Init("beta", []int64{3}, beta).
					Init("mean", []int64{3}, mean).Init("var", []int64{3}, varnc)
				switch {
				case tc.op == "BatchNormalization":
					m.Node(tc.op, "n", S("t", "gamma", "beta", "mean", "var"), S("y"), ob.Float("epsilon", bnEps))
				case tc.swap:
					m.Node(tc.op, "n", S("k", "t"), S("y"))
				default:
					m.Node(tc.op, "n", S("t", "k"), S("y"))
				}
				return m.Output("y")
			}
			name := tc.name + "/conv"
			if dense {
				name = tc.name + "/gemm"
			}
			t.Run(name, func(t *testing.T) {
				g0, err := Decode(model(false).Bytes())
				if err != nil {
					t.Fatal(err)
				}
				g1, err := Decode(model(true).Bytes())
				if err != nil {
					t.Fatal(err)
				}
				if len(g1.Nodes) != 1 {
					t.Fatalf("not folded: %d nodes", len(g1.Nodes))
				}
				x := make([]float64, graph.Numel(g0.InputShape))
				for i := range x {
					x[i] = r.Float64()*2 - 1
				}
				want := evalConvDense(t, g0, x)
				got := evalConvDense(t, g1, x)
				per := len(want) / 3
				for i := range want {
					w := tc.f(i/per, want[i])
					if math.Abs(got[i]-w) > 1e-5*math.Max(1, math.Abs(w)) {
						t.Fatalf("output %d: folded %v, op applied %v", i, got[i], w)
					}
				}
			})
		}
	}
}
