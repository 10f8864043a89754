package reference

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"gorgonia.org/tensor"

	"github.com/opml-dev/opml/pipeline/graph"
)

// The language-model ops (graph.Embed, MatMul, Norm, Rope, GluMul and the
// causal Softmax) have no gorgonia op with their semantics (grouped heads,
// causal masks, a table lookup by float-held ids), so each is a kernelOp: a
// direct Go evaluation of the definition in the graph package, accumulated
// in float64 and rounded once to float32.

// llmOp returns the kernel of a language-model node.
func llmOp(n *graph.Node, shapes map[string][]int) kernelOp {
	in := make([][]int, len(n.Inputs))
	dims := make([]int, len(n.Inputs))
	for k, name := range n.Inputs {
		in[k] = shapes[name]
		dims[k] = len(in[k])
	}
	out := tensor.Shape(slices.Clone(shapes[n.Output]))
	op := kernelOp{arity: len(n.Inputs)}
	switch n.Op {
	case graph.Embed:
		op.shape, op.inDims = out, dims
		op.name, op.do = fmt.Sprintf("Embed{%v, %p}", in[0], n.W), embedKernel(n.W)
	case graph.MatMul:
		op.shape, op.inDims = out, dims
		op.name = fmt.Sprintf("MatMul{%v, %v, G=%d, %v, scale=%v}", in[0], in[1], n.GroupOf(), n.Causal, n.ScaleOf())
		op.do = matMulKernel(in[0], in[1], n.GroupOf(), n.Causal, float64(n.ScaleOf()))
	case graph.Norm:
		L := in[0][len(in[0])-1]
		op.name, op.do = fmt.Sprintf("Norm{%v, %d, eps=%v}", n.Norm, L, n.Eps), normKernel(n.Norm, L, float64(n.Eps))
	case graph.Rope:
		L := in[0][len(in[0])-1]
		op.name, op.do = fmt.Sprintf("Rope{%d, %p, %p}", L, n.W, n.B), ropeKernel(L, n.W.Data, n.B.Data)
	case graph.GluMul:
		op.name, op.do = "GluMul", gluKernel
	}
	return op
}

var errID = errors.New("a token id is not an integer")

// embedKernel copies row ids[e] of table [V, D] for each id (zeros for an
// id outside [0, V)).
func embedKernel(table *graph.Tensor) func([][]float32) ([]float32, error) {
	V, D := table.Shape[0], table.Shape[1]
	w := slices.Clone(table.Data)
	return func(in [][]float32) ([]float32, error) {
		y := make([]float32, len(in[0])*D)
		for e, f := range in[0] {
			if f != float32(math.Trunc(float64(f))) {
				return nil, errID
			}
			if f >= 0 && f < float32(V) {
				id := int(f)
				copy(y[e*D:(e+1)*D], w[id*D:(id+1)*D])
			}
		}
		return y, nil
	}
}

// matMulKernel computes graph.MatMul: A [P, M, K], B [P/G, N, K].
func matMulKernel(a, b []int, G int, causal graph.Causal, scale float64) func([][]float32) ([]float32, error) {
	P, M, K, N := a[0], a[1], a[2], b[1]
	return func(in [][]float32) ([]float32, error) {
		A, B := in[0], in[1]
		if len(A) != P*M*K || len(B) != P/G*N*K {
			return nil, errSizes
		}
		y := make([]float32, P*M*N)
		for p := range P {
			for m := range M {
				ar := A[(p*M+m)*K:][:K]
				kmax := K
				if causal == graph.CausalK {
					kmax = m + 1
				}
				for n := range N {
					if causal == graph.CausalN && n > m {
						y[(p*M+m)*N+n] = float32(math.Inf(-1))
						continue
					}
					br := B[((p/G)*N+n)*K:][:K]
					s := 0.0
					for k := range kmax {
						s += float64(ar[k]) * float64(br[k])
					}
					y[(p*M+m)*N+n] = float32(scale * s)
				}
			}
		}
		return y, nil
	}
}

// causalSoftmaxOp is the causal Softmax over the last axis of [.., L, L].
func causalSoftmaxOp(shape []int) kernelOp {
	L := shape[len(shape)-1]
	return kernelOp{name: fmt.Sprintf("CausalSoftmax{%d}", L), arity: 1,
		do: func(in [][]float32) ([]float32, error) {
			x := in[0]
			y := make([]float32, len(x))
			for r := 0; r*L < len(x); r++ {
				row, m := x[r*L:(r+1)*L], r%L
				hi := math.Inf(-1)
				for _, v := range row[:m+1] {
					hi = math.Max(hi, float64(v))
				}
				sum := 0.0
				for _, v := range row[:m+1] {
					sum += math.Exp(float64(v) - hi)
				}
				for k, v := range row[:m+1] {
					y[r*L+k] = float32(math.Exp(float64(v)-hi) / sum)
				}
			}
			return y, nil
		}}
}

// normKernel normalizes each row of L elements.
func normKernel(mode graph.NormMode, L int, eps float64) func([][]float32) ([]float32, error) {
	return func(in [][]float32) ([]float32, error) {
		x := in[0]
		y := make([]float32, len(x))
		for r := 0; r*L < len(x); r++ {
			row := x[r*L : (r+1)*L]
			mu := 0.0
			if mode == graph.NormLayer {
				for _, v := range row {
					mu += float64(v)
				}
				mu /= float64(L)
			}
			ss := 0.0
			for _, v := range row {
				d := float64(v) - mu
				ss += d * d
			}
			inv := 1 / math.Sqrt(ss/float64(L)+eps)
			for k, v := range row {
				y[r*L+k] = float32((float64(v) - mu) * inv)
			}
		}
		return y, nil
	}
}

// ropeKernel rotates each pair (2i, 2i+1) of each row r by the row's
// cos[r, i] and sin[r, i].
func ropeKernel(L int, cos, sin []float32) func([][]float32) ([]float32, error) {
	cos, sin = slices.Clone(cos), slices.Clone(sin)
	return func(in [][]float32) ([]float32, error) {
		x := in[0]
		if len(x)/2 != len(cos) {
			return nil, errSizes
		}
		y := make([]float32, len(x))
		for j := 0; j < len(x); j += 2 {
			c, s := float64(cos[j/2]), float64(sin[j/2])
			a, b := float64(x[j]), float64(x[j+1])
			y[j] = float32(a*c - b*s)
			y[j+1] = float32(a*s + b*c)
		}
		return y, nil
	}
}

// gluKernel is silu(a)·b elementwise.
func gluKernel(in [][]float32) ([]float32, error) {
	a, b := in[0], in[1]
	if len(a) != len(b) {
		return nil, errSizes
	}
	y := make([]float32, len(a))
	for k := range y {
		g := float64(a[k])
		y[k] = float32(g / (1 + math.Exp(-g)) * float64(b[k]))
	}
	return y, nil
}
