package lm

import (
	"fmt"
	"math"
)

// Rotary embeddings, interleaved-pair convention (Meta LLaMA, llama2.c):
// in each head, the pair (x[2i], x[2i+1]) at position t is rotated by the
// angle t·θ^(−2i/r), for i < r/2 (r the rotated width, Config.RotaryDims;
// r = hd unless the rotary is partial, and the dims from r on pass through):
//
//	x'[2i]   = x[2i]·cos − x[2i+1]·sin
//	x'[2i+1] = x[2i]·sin + x[2i+1]·cos
//
// RopeTables gives cos and sin as float32 [T, r/2], computed in float64
// and rounded once. The exporter writes the same values.
func (c Config) RopeTables() (cos, sin []float32) {
	r := c.rotary()
	half := r / 2
	cos = make([]float32, c.Context*half)
	sin = make([]float32, c.Context*half)
	for t := range c.Context {
		for i := range half {
			freq := 1 / math.Pow(c.RopeTheta, float64(2*i)/float64(r))
			a := float64(t) * freq
			cos[t*half+i] = float32(math.Cos(a))
			sin[t*half+i] = float32(math.Sin(a))
		}
	}
	return cos, sin
}

// acts holds one sequence's activations, kept for the backward pass.
type acts struct {
	n        int
	ids      []int
	x        [][]float32 // per layer: the block's input [n, D]; x[Layers] is the final residual
	mid      [][]float32 // per layer: residual after attention [n, D]
	n1, n2   [][]float32 // normalized inputs of attention and FFN [n, D]
	mu1, rs1 [][]float32 // per row: mean (LayerNorm) and 1/rms or 1/std
	mu2, rs2 [][]float32
	q, k, v  [][]float32 // after rotary: q [n, H·hd], k and v [n, KVH·hd]
	p        [][]float32 // attention probabilities [H, n, n] (row t: columns 0..t)
	o        [][]float32 // attention output [n, H·hd]
	g, u, h  [][]float32 // FFN gate, up, silu(gate)·up [n, F]
	nf       []float32   // final norm output [n, D]
	muf, rsf []float32
	logits   []float32 // [n, V]
	cos, sin []float32
}

func newActs(c Config) *acts {
	T, D, F, H := c.Context, c.Dim, c.Hidden, c.Heads
	q, kv := H*c.HeadDim, c.KVHeads*c.HeadDim
	mk := func(n int) [][]float32 {
		s := make([][]float32, c.Layers)
		for i := range s {
			s[i] = make([]float32, n)
		}
		return s
	}
	a := &acts{
		x: make([][]float32, c.Layers+1), mid: mk(T * D), n1: mk(T * D), n2: mk(T * D),
		mu1: mk(T), rs1: mk(T), mu2: mk(T), rs2: mk(T),
		q: mk(T * q), k: mk(T * kv), v: mk(T * kv), p: mk(H * T * T), o: mk(T * q),
		g: mk(T * F), u: mk(T * F), h: mk(T * F),
		nf: make([]float32, T*D), muf: make([]float32, T), rsf: make([]float32, T),
		logits: make([]float32, T*c.Vocab),
	}
	for i := range a.x {
		a.x[i] = make([]float32, T*D)
	}
	a.cos, a.sin = c.RopeTables()
	return a
}

// checkIDs reports whether ids is a usable sequence for c.
func (c Config) checkIDs(ids []int) error {
	if len(ids) == 0 || len(ids) > c.Context {
		return fmt.Errorf("lm: sequence of %d tokens, want 1..%d", len(ids), c.Context)
	}
	for i, id := range ids {
		if id < 0 || id >= c.Vocab {
			return fmt.Errorf("lm: token %d at position %d is outside [0, %d)", id, i, c.Vocab)
		}
	}
	return nil
}

// norm sets out = normalize(x)·w (+ b) row by row over n rows of D and
// records each row's mean (LayerNorm only) and reciprocal deviation.
func norm(kind NormKind, out, mu, rs, x, w, b []float32, n, D int, eps float32) {
	for t := range n {
		xr := x[t*D : t*D+D]
		or := out[t*D : t*D+D]
		var m float32
		if kind == LayerNorm {
			for _, v := range xr {
				m += v
			}
			m /= float32(D)
		}
		var ss float32
		for _, v := range xr {
			d := v - m
			ss += d * d
		}
		r := float32(1 / math.Sqrt(float64(ss/float32(D)+eps)))
		mu[t], rs[t] = m, r
		for i, v := range xr {
			or[i] = (v - m) * r * w[i]
		}
		if b != nil {
			for i := range or {
				or[i] += b[i]
			}
		}
	}
}

// rope rotates each head's pairs within its first r dims of an
// [n, heads·hd] matrix in place.
func rope(x, cos, sin []float32, n, heads, hd, r int, inverse bool) {
	half := r / 2
	for t := range n {
		cs, sn := cos[t*half:t*half+half], sin[t*half:t*half+half]
		for h := range heads {
			row := x[(t*heads+h)*hd : (t*heads+h)*hd+hd]
			for i := range half {
				a, b := row[2*i], row[2*i+1]
				c, s := cs[i], sn[i]
				if inverse {
					s = -s
				}
				row[2*i] = a*c - b*s
				row[2*i+1] = a*s + b*c
			}
		}
	}
}

func silu(z float32) float32 { return z / (1 + float32(math.Exp(float64(-z)))) }

// forward runs the decoder over ids (1..T tokens), leaving every
// activation in a and the logits in a.logits[:n·V].
func (m *Model) forward(a *acts, ids []int) {
	c := m.Config
	n, D, F, H, KVH, hd := len(ids), c.Dim, c.Hidden, c.Heads, c.KVHeads, c.HeadDim
	qw, kvw, G := H*hd, KVH*hd, c.group()
	scale := float32(1 / math.Sqrt(float64(hd)))
	a.n, a.ids = n, ids
	x0 := a.x[0]
	for t, id := range ids {
		copy(x0[t*D:t*D+D], m.Embed[id*D:id*D+D])
	}
	for l := range c.Layers {
		L := &m.Layers[l]
		x := a.x[l]
		norm(c.Norm, a.n1[l], a.mu1[l], a.rs1[l], x, L.AttnNorm, L.AttnNormBias, n, D, c.Eps)
		q, k, v := a.q[l], a.k[l], a.v[l]
		matMul(q, a.n1[l], L.Wq, n, D, qw)
		matMul(k, a.n1[l], L.Wk, n, D, kvw)
		matMul(v, a.n1[l], L.Wv, n, D, kvw)
		rope(q, a.cos, a.sin, n, H, hd, c.rotary(), false)
		rope(k, a.cos, a.sin, n, KVH, hd, c.rotary(), false)
		o, p := a.o[l], a.p[l]
		clear(o[:n*qw])
		for h := range H {
			kv := h / G
			for t := range n {
				qr := q[t*qw+h*hd : t*qw+h*hd+hd]
				pr := p[(h*n+t)*n : (h*n+t)*n+n]
				mx := float32(math.Inf(-1))
				for j := 0; j <= t; j++ {
					s := dot(qr, k[j*kvw+kv*hd:j*kvw+kv*hd+hd]) * scale
					pr[j] = s
					mx = max(mx, s)
				}
				var sum float32
				for j := 0; j <= t; j++ {
					e := float32(math.Exp(float64(pr[j] - mx)))
					pr[j] = e
					sum += e
				}
				or := o[t*qw+h*hd : t*qw+h*hd+hd]
				for j := 0; j <= t; j++ {
					pr[j] /= sum
					axpy(or, v[j*kvw+kv*hd:j*kvw+kv*hd+hd], pr[j])
				}
				clear(pr[t+1:])
			}
		}
		mid := a.mid[l]
		copy(mid[:n*D], x[:n*D])
		matMulAdd(mid, o, L.Wo, n, qw, D)
		norm(c.Norm, a.n2[l], a.mu2[l], a.rs2[l], mid, L.FFNNorm, L.FFNNormBias, n, D, c.Eps)
		g, u, hh := a.g[l], a.u[l], a.h[l]
		matMul(g, a.n2[l], L.Wg, n, D, F)
		matMul(u, a.n2[l], L.Wu, n, D, F)
		for i := range n * F {
			hh[i] = silu(g[i]) * u[i]
		}
		next := a.x[l+1]
		copy(next[:n*D], mid[:n*D])
		matMulAdd(next, hh, L.Wd, n, F, D)
	}
	norm(c.Norm, a.nf, a.muf, a.rsf, a.x[c.Layers], m.FinalNorm, m.FinalNormBias, n, D, c.Eps)
	clear(a.logits[:n*c.Vocab])
	matMulT(a.logits, a.nf, m.Embed, n, D, c.Vocab)
}

// Forward returns the logits [len(ids), V] (row t: the scores of the token
// after position t) of a sequence of 1..T token ids. Row t depends only on
// ids[0..t] and is computed by the same operations in the same order
// whatever follows it, so Forward(ids[:t+1]) and Forward(ids) agree
// bit for bit on rows 0..t.
func (m *Model) Forward(ids []int) ([]float32, error) {
	if err := m.checkIDs(ids); err != nil {
		return nil, err
	}
	a := newActs(m.Config)
	m.forward(a, ids)
	return append([]float32(nil), a.logits[:len(ids)*m.Vocab]...), nil
}
