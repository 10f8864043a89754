package quantize_test

import (
	"fmt"
	"math"

	"github.com/opml-dev/opml/pipeline/graph"
)

// textbook evaluates a graph in float64 with the plainest loops: the
// oracle the quantizer's tests measure the VM against, independent of the
// gorgonia reference.
func textbook(g *graph.Graph) func(x *graph.Tensor) (map[string]*graph.Tensor, error) {
	return func(x *graph.Tensor) (map[string]*graph.Tensor, error) {
		shapes, err := g.Shapes()
		if err != nil {
			return nil, err
		}
		vals := map[string][]float64{}
		in := make([]float64, len(x.Data))
		for i, v := range x.Data {
			in[i] = float64(v)
		}
		vals[g.Input] = in
		for _, n := range g.Nodes {
			a := vals[n.Inputs[0]]
			s := shapes[n.Inputs[0]]
			o := shapes[n.Output]
			out := make([]float64, graph.Numel(o))
			switch n.Op {
			case graph.Conv:
				C, H, W := s[1], s[2], s[3]
				OC, OH, OW := o[1], o[2], o[3]
				KH, KW := n.Kernel[0], n.Kernel[1]
				sh, sw := max(1, n.Strides[0]), max(1, n.Strides[1])
				for oc := 0; oc < OC; oc++ {
					for oy := 0; oy < OH; oy++ {
						for ox := 0; ox < OW; ox++ {
							acc := 0.0
							if n.B != nil {
								acc = float64(n.B.Data[oc])
							}
							for c := 0; c < C; c++ {
								for ky := 0; ky < KH; ky++ {
									for kx := 0; kx < KW; kx++ {
										iy, ix := oy*sh-n.Pads[0]+ky, ox*sw-n.Pads[1]+kx
										if iy < 0 || iy >= H || ix < 0 || ix >= W {
											continue
										}
										acc += a[(c*H+iy)*W+ix] * float64(n.W.Data[((oc*C+c)*KH+ky)*KW+kx])
									}
								}
							}
							out[(oc*OH+oy)*OW+ox] = acc
						}
					}
				}
			case graph.Dense:
				N, K := n.W.Shape[0], n.W.Shape[1]
				for m := 0; m < s[0]; m++ {
					for j := 0; j < N; j++ {
						acc := 0.0
						if n.B != nil {
							acc = float64(n.B.Data[j])
						}
						for k := 0; k < K; k++ {
							acc += a[m*K+k] * float64(n.W.Data[j*K+k])
						}
						out[m*N+j] = acc
					}
				}
			case graph.Add, graph.Mul, graph.Max, graph.Min:
				b := vals[n.Inputs[1]]
				for i := range out {
					switch n.Op {
					case graph.Add:
						out[i] = a[i] + b[i]
					case graph.Mul:
						out[i] = a[i] * b[i]
					case graph.Max:
						out[i] = max(a[i], b[i])
					default:
						out[i] = min(a[i], b[i])
					}
				}
			case graph.Relu:
				for i := range out {
					out[i] = max(a[i], 0)
				}
			case graph.MaxPool, graph.AvgPool, graph.GlobalAvgPool:
				C, H, W := s[1], s[2], s[3]
				OH, OW := o[2], o[3]
				KH, KW, sh, sw, pt, pl := n.Kernel[0], n.Kernel[1], max(1, n.Strides[0]), max(1, n.Strides[1]), n.Pads[0], n.Pads[1]
				if n.Op == graph.GlobalAvgPool {
					KH, KW, sh, sw, pt, pl = H, W, 1, 1, 0, 0
				}
				for c := 0; c < C; c++ {
					for oy := 0; oy < OH; oy++ {
						for ox := 0; ox < OW; ox++ {
							best, sum, cnt := math.Inf(-1), 0.0, 0
							for ky := 0; ky < KH; ky++ {
								for kx := 0; kx < KW; kx++ {
									iy, ix := oy*sh-pt+ky, ox*sw-pl+kx
									if iy < 0 || iy >= H || ix < 0 || ix >= W {
										continue
									}
									v := a[(c*H+iy)*W+ix]
									best, sum, cnt = max(best, v), sum+v, cnt+1
								}
							}
							if n.Op == graph.MaxPool {
								out[(c*OH+oy)*OW+ox] = best
							} else {
								out[(c*OH+oy)*OW+ox] = sum / float64(cnt)
							}
						}
					}
				}
			case graph.Reshape:
				copy(out, a)
			case graph.Softmax: // over the last axis, row by row
				F := s[len(s)-1]
				for r := 0; r < len(a)/F; r++ {
					row, o := a[r*F:(r+1)*F], out[r*F:(r+1)*F]
					m := math.Inf(-1)
					for _, v := range row {
						m = max(m, v)
					}
					sum := 0.0
					for i, v := range row {
						o[i] = math.Exp(v - m)
						sum += o[i]
					}
					for i := range o {
						o[i] /= sum
					}
				}
			case graph.Reduce:
				A, R, B := graph.ReduceSplit(s, n.Axes)
				for i := 0; i < A; i++ {
					for b := 0; b < B; b++ {
						acc := math.Inf(-1)
						if n.Reduction != graph.ReduceMax {
							acc = 0
						}
						for r := 0; r < R; r++ {
							v := a[(i*R+r)*B+b]
							if n.Reduction == graph.ReduceMax {
								acc = max(acc, v)
							} else {
								acc += v
							}
						}
						if n.Reduction == graph.ReduceMean {
							acc /= float64(R)
						}
						out[i*B+b] = acc
					}
				}
			case graph.Gather:
				var src []float64
				for _, in := range n.Inputs {
					src = append(src, vals[in]...)
				}
				for e, k := range n.Index {
					out[e] = float64(n.Fill)
					if k >= 0 {
						out[e] = src[k]
					}
				}
			case graph.Unary:
				for i := range out {
					out[i] = n.Fn.Eval(a[i])
				}
			default:
				return nil, fmt.Errorf("textbook: op %s", n.Op)
			}
			vals[n.Output] = out
		}
		res := map[string]*graph.Tensor{}
		for name, v := range vals {
			t := graph.NewTensor(shapes[name]...)
			for i := range v {
				t.Data[i] = float32(v[i])
			}
			res[name] = t
		}
		return res, nil
	}
}
