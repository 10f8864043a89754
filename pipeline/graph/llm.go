package graph

import (
	"fmt"
	"math"
	"slices"
)

// The language-model ops. Their float semantics, which the float reference
// implements and the quantizer's VM ops approximate (docs/onnx.md,
// "Language models"):
//
//   - Embed: ids [..] (the integer graph input) → rows [.., D] of the
//     constant table W [V, D]: out[e, :] = W[ids[e], :]. An id outside
//     [0, V) gives a row of zeros (the VM's fill: the output's zero point),
//     so the op is total.
//   - MatMul: the product of two computed values, A [P, M, K] and
//     B [PB, N, K] (B holds the rows of Bᵀ: K itself for Q·Kᵀ, Vᵀ for
//     probabilities · V), P = G·PB with G = Group (grouped-query attention:
//     query head p reads B's head p div G, no copy):
//     out[p, m, n] = Scale · Σ_k A[p, m, k]·B[p div G, n, k], out [P, M, N].
//     Causal modes: CausalNone; CausalN (M = N, scores): out[p, m, n] = −Inf
//     for n > m (the following causal Softmax never reads them); CausalK
//     (M = K, probabilities · V): the sum runs over k ≤ m only.
//   - Softmax with Causal = CausalN: over the last axis of [.., L, L], row m
//     (the row index within its [L, L] matrix, r mod L for the r-th row)
//     normalizes its first m + 1 elements; the others are 0.
//   - Norm: over the last axis, no gamma or beta (the importer folds them
//     into the following MatMul weights or follows with a per-channel
//     scale): NormRMS y = x / √(mean(x²) + Eps); NormLayer
//     y = (x − μ) / √(mean((x − μ)²) + Eps), μ = mean(x).
//   - Rope: rotary embedding in the interleaved-pair convention. x [.., L],
//     L even, viewed as R = Numel/L rows; W (cos) and B (sin) are [R, L/2]
//     (a row's position is in its tables): for pair i of row r, with
//     c = W[r, i], s = B[r, i]:
//     y[r, 2i] = x[r, 2i]·c − x[r, 2i+1]·s, y[r, 2i+1] = x[r, 2i]·s + x[r, 2i+1]·c.
//   - GluMul: SwiGLU's product, silu(a)·b = a·σ(a)·b of two values of one
//     shape (inputs [a, b]).

// Causal is a MatMul's (or a Softmax's) mask mode.
type Causal int

// The causal modes.
const (
	CausalNone Causal = iota
	CausalN           // scores: outputs past the row's own position are masked
	CausalK           // probabilities · V: the sum stops at the row's own position
)

func (c Causal) String() string {
	switch c {
	case CausalNone:
		return "none"
	case CausalN:
		return "causal-N"
	case CausalK:
		return "causal-K"
	}
	return fmt.Sprintf("Causal(%d)", int(c))
}

// NormMode is what a Norm node computes.
type NormMode int

// The normalizations.
const (
	NormRMS NormMode = iota + 1
	NormLayer
)

func (m NormMode) String() string {
	switch m {
	case NormRMS:
		return "rms"
	case NormLayer:
		return "layer"
	}
	return fmt.Sprintf("NormMode(%d)", int(m))
}

// GroupOf is a MatMul's effective group (Group, zero meaning 1).
func (n *Node) GroupOf() int { return max(n.Group, 1) }

// ScaleOf is a MatMul's effective scale (Scale, zero meaning 1).
func (n *Node) ScaleOf() float32 {
	if n.Scale == 0 {
		return 1
	}
	return n.Scale
}

// checkIntInput enforces that an integer graph input is read by Embed
// nodes only, and that Embed reads nothing else.
func (g *Graph) checkIntInput(n *Node) error {
	for _, in := range n.Inputs {
		if in == g.Input && g.InputInt && n.Op != Embed {
			return n.errorf("reads the integer (token id) input %q: only Embed may", in)
		}
	}
	if n.Op == Embed && (!g.InputInt || n.Inputs[0] != g.Input) {
		return n.errorf("input %q is not the graph's integer (token id) input", n.Inputs[0])
	}
	return nil
}

func finite(f float32) bool { return !math.IsNaN(float64(f)) && !math.IsInf(float64(f), 0) }

func (n *Node) softmaxShape(x []int) ([]int, error) {
	switch n.Causal {
	case CausalNone:
	case CausalN:
		if len(x) < 2 || x[len(x)-1] != x[len(x)-2] {
			return nil, n.errorf("a causal softmax needs rows of square matrices [.., L, L], got %v", x)
		}
	default:
		return nil, n.errorf("causal mode %v is not one of a Softmax (none, causal-N)", n.Causal)
	}
	return slices.Clone(x), nil
}

// llmShape checks a language-model op against its inputs and returns its
// output shape.
func (n *Node) llmShape(in [][]int) ([]int, error) {
	x := in[0]
	switch n.Op {
	case Embed:
		if !tensorOK(n.W, 2) || n.W.Shape[0] < 1 || n.W.Shape[1] < 1 {
			return nil, n.errorf("table must be [V, D] with V, D ≥ 1")
		}
		if len(x) >= MaxRank {
			return nil, n.errorf("ids of shape %v: the rows would have rank %d > %d", x, len(x)+1, MaxRank)
		}
		return append(slices.Clone(x), n.W.Shape[1]), nil
	case MatMul:
		a, b := in[0], in[1]
		if len(a) != 3 || len(b) != 3 {
			return nil, n.errorf("inputs of shapes %v and %v: want A [P, M, K] and B [PB, N, K]", a, b)
		}
		P, M, K, PB, N := a[0], a[1], a[2], b[0], b[1]
		G := n.GroupOf()
		if n.Group < 0 || b[2] != K || P != G*PB {
			return nil, n.errorf("inputs of shapes %v and %v with group %d: want A [P, M, K], B [P/G, N, K]", a, b, n.Group)
		}
		if !finite(n.Scale) {
			return nil, n.errorf("scale %v is not finite", n.Scale)
		}
		switch n.Causal {
		case CausalNone:
		case CausalN:
			if M != N {
				return nil, n.errorf("causal-N needs M = N (scores), got %d and %d", M, N)
			}
		case CausalK:
			if M != K {
				return nil, n.errorf("causal-K needs M = K (probabilities · V), got %d and %d", M, K)
			}
		default:
			return nil, n.errorf("unknown causal mode %v", n.Causal)
		}
		return []int{P, M, N}, nil
	case Norm:
		if n.Norm != NormRMS && n.Norm != NormLayer {
			return nil, n.errorf("unknown normalization %v", n.Norm)
		}
		if !finite(n.Eps) || n.Eps < 0 {
			return nil, n.errorf("eps %v must be finite and ≥ 0", n.Eps)
		}
		return slices.Clone(x), nil
	case Rope:
		L := x[len(x)-1]
		if L%2 != 0 {
			return nil, n.errorf("rows of %d elements: pairs need an even length", L)
		}
		R := Numel(x) / L
		for _, t := range []*Tensor{n.W, n.B} {
			if !tensorOK(t, 2) || t.Shape[0] != R || t.Shape[1] != L/2 {
				return nil, n.errorf("cos and sin tables must be [%d, %d] (rows, pairs)", R, L/2)
			}
			for _, v := range t.Data {
				if !finite(v) {
					return nil, n.errorf("a cos or sin value is %v", v)
				}
			}
		}
		return slices.Clone(x), nil
	case GluMul:
		if !slices.Equal(in[0], in[1]) {
			return nil, n.errorf("input shapes %v and %v differ", in[0], in[1])
		}
		return slices.Clone(x), nil
	}
	return nil, n.errorf("unknown op")
}
