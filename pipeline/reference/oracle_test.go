package reference

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/pipeline/graph"
)

// oracle evaluates g on x by the ONNX definitions, naively, in float64:
// an independent check of the gorgonia compositions.
func oracle(t *testing.T, g *graph.Graph, x *graph.Tensor) map[string]*graph.Tensor {
	t.Helper()
	shapes, err := g.Shapes()
	require.NoError(t, err)
	vals := map[string]*graph.Tensor{g.Input: x.Clone()}
	for _, n := range g.Nodes {
		in := vals[n.Inputs[0]]
		out := graph.NewTensor(shapes[n.Output]...)
		sh, sw := max(n.Strides[0], 1), max(n.Strides[1], 1)
		switch n.Op {
		case graph.Conv, graph.MaxPool, graph.AvgPool:
			c, h, w := in.Shape[1], in.Shape[2], in.Shape[3]
			oc, oh, ow := out.Shape[1], out.Shape[2], out.Shape[3]
			kh, kw := n.Kernel[0], n.Kernel[1]
			for o := 0; o < oc; o++ {
				for y := 0; y < oh; y++ {
					for z := 0; z < ow; z++ {
						acc, best, count := 0.0, math.Inf(-1), 0
						if n.Op == graph.Conv && n.B != nil {
							acc = float64(n.B.Data[o])
						}
						for i := 0; i < kh; i++ {
							for j := 0; j < kw; j++ {
								r, q := y*sh-n.Pads[0]+i, z*sw-n.Pads[1]+j
								if r < 0 || r >= h || q < 0 || q >= w {
									continue // zero padding / not counted / -inf
								}
								switch n.Op {
								case graph.Conv:
									for ci := 0; ci < c; ci++ {
										acc += float64(in.Data[(ci*h+r)*w+q]) * float64(n.W.Data[((o*c+ci)*kh+i)*kw+j])
									}
								default:
									v := float64(in.Data[(o*h+r)*w+q])
									acc += v
									best = math.Max(best, v)
									count++
								}
							}
						}
						switch n.Op {
						case graph.MaxPool:
							acc = best
						case graph.AvgPool:
							acc /= float64(count)
						}
						out.Data[(o*oh+y)*ow+z] = float32(acc)
					}
				}
			}
		case graph.Dense:
			k := in.Shape[1]
			for o := range out.Data {
				acc := 0.0
				if n.B != nil {
					acc = float64(n.B.Data[o])
				}
				for i := 0; i < k; i++ {
					acc += float64(in.Data[i]) * float64(n.W.Data[o*k+i])
				}
				out.Data[o] = float32(acc)
			}
		case graph.Add:
			for i := range out.Data {
				out.Data[i] = in.Data[i] + vals[n.Inputs[1]].Data[i]
			}
		case graph.Relu:
			for i, v := range in.Data {
				out.Data[i] = max(v, 0)
			}
		case graph.GlobalAvgPool:
			plane := in.Shape[2] * in.Shape[3]
			for ch := range out.Data {
				acc := 0.0
				for _, v := range in.Data[ch*plane : (ch+1)*plane] {
					acc += float64(v)
				}
				out.Data[ch] = float32(acc / float64(plane))
			}
		case graph.Reshape:
			copy(out.Data, in.Data)
		case graph.Softmax:
			m := math.Inf(-1)
			for _, v := range in.Data {
				m = math.Max(m, float64(v))
			}
			sum := 0.0
			for _, v := range in.Data {
				sum += math.Exp(float64(v) - m)
			}
			for i, v := range in.Data {
				out.Data[i] = float32(math.Exp(float64(v)-m) / sum)
			}
		default:
			t.Fatalf("oracle: op %s", n.Op)
		}
		vals[n.Output] = out
	}
	return vals
}
