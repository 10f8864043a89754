package lm

import "math"

// bufs are the backward pass's scratch buffers for one sequence.
type bufs struct {
	dx, dmid, dn []float32 // [T, D]
	dq, do       []float32 // [T, H·hd]
	dk, dv       []float32 // [T, KVH·hd]
	dg, du       []float32 // [T, F]
	dp           []float32 // [T]
	dlogits      []float32 // [T, V]
}

func newBufs(c Config) *bufs {
	T := c.Context
	return &bufs{
		dx: make([]float32, T*c.Dim), dmid: make([]float32, T*c.Dim), dn: make([]float32, T*c.Dim),
		dq: make([]float32, T*c.Heads*c.HeadDim), do: make([]float32, T*c.Heads*c.HeadDim),
		dk: make([]float32, T*c.KVHeads*c.HeadDim), dv: make([]float32, T*c.KVHeads*c.HeadDim),
		dg: make([]float32, T*c.Hidden), du: make([]float32, T*c.Hidden),
		dp: make([]float32, T), dlogits: make([]float32, T*c.Vocab),
	}
}

// crossEntropy turns a.logits into dlogits = scale·(softmax − onehot) for
// each position and returns Σ_t −log softmax(logits_t)[targets_t] in nats.
func crossEntropy(dl, logits []float32, targets []int, V int, scale float32) float64 {
	var loss float64
	for t, y := range targets {
		row := logits[t*V : t*V+V]
		d := dl[t*V : t*V+V]
		mx := row[0]
		for _, v := range row {
			mx = max(mx, v)
		}
		var sum float64
		for _, v := range row {
			sum += math.Exp(float64(v - mx))
		}
		lse := float64(mx) + math.Log(sum)
		loss += lse - float64(row[y])
		for i, v := range row {
			d[i] = float32(math.Exp(float64(v)-lse)) * scale
		}
		d[y] -= scale
	}
	return loss
}

// normBackward adds to dx the gradient through norm (out = normalize(x)·w
// + b) given dout, and adds the weight's and bias's gradients to dw, db.
// RMSNorm, with r = 1/rms: dx = r·(dx̂ − x·r²·mean(dx̂·x)), dx̂ = dout·w.
// LayerNorm, with x̂ = (x−μ)·r: dx = r·(dx̂ − mean(dx̂) − x̂·mean(dx̂·x̂)).
func normBackward(kind NormKind, dx, dw, db, dout, x, mu, rs, w []float32, n, D int) {
	for t := range n {
		xr, dr, gx := x[t*D:t*D+D], dout[t*D:t*D+D], dx[t*D:t*D+D]
		m, r := mu[t], rs[t]
		var sdx, sdxx float32
		for i, d := range dr {
			xh := (xr[i] - m) * r
			dw[i] += d * xh
			if db != nil {
				db[i] += d
			}
			dh := d * w[i]
			sdx += dh
			sdxx += dh * xh
		}
		sdx /= float32(D)
		sdxx /= float32(D)
		for i, d := range dr {
			xh := (xr[i] - m) * r
			dh := d * w[i]
			if kind == LayerNorm {
				gx[i] += r * (dh - sdx - xh*sdxx)
			} else {
				gx[i] += r * (dh - xh*sdxx)
			}
		}
	}
}

// backward adds to grad the gradient of scale·Σ_t CE(logits_t, targets_t)
// for the sequence whose forward pass is in a, and returns Σ_t CE (nats).
func (m *Model) backward(grad *Model, a *acts, b *bufs, targets []int, scale float32) float64 {
	c := m.Config
	n, D, F, H, KVH, hd, V := a.n, c.Dim, c.Hidden, c.Heads, c.KVHeads, c.HeadDim, c.Vocab
	qw, kvw, G := H*hd, KVH*hd, c.group()
	attScale := float32(1 / math.Sqrt(float64(hd)))

	loss := crossEntropy(b.dlogits, a.logits, targets, V, scale)
	// logits = nf · Embedᵀ
	gradW(grad.Embed, b.dlogits, a.nf, n, V, D) // dEmbed[v] += Σ_t dlogits[t,v]·nf[t]
	dn := b.dn[:n*D]
	clear(dn)
	matMulAdd(dn, b.dlogits, m.Embed, n, V, D)
	dx := b.dx[:n*D]
	clear(dx)
	normBackward(c.Norm, dx, grad.FinalNorm, grad.FinalNormBias, dn, a.x[c.Layers], a.muf, a.rsf, m.FinalNorm, n, D)

	for l := c.Layers - 1; l >= 0; l-- {
		L, GL := &m.Layers[l], &grad.Layers[l]
		// FFN: x_{l+1} = mid + (silu(g)·u)·Wd
		gradW(GL.Wd, a.h[l], dx, n, F, D)
		dg, du := b.dg[:n*F], b.du[:n*F]
		clear(du)
		matMulT(du, dx, L.Wd, n, D, F) // dh
		g, u := a.g[l], a.u[l]
		for i := range n * F {
			dh := du[i]
			s := 1 / (1 + float32(math.Exp(float64(-g[i]))))
			du[i] = dh * g[i] * s
			dg[i] = dh * u[i] * s * (1 + g[i]*(1-s))
		}
		gradW(GL.Wg, a.n2[l], dg, n, D, F)
		gradW(GL.Wu, a.n2[l], du, n, D, F)
		clear(dn)
		matMulT(dn, dg, L.Wg, n, F, D)
		matMulT(dn, du, L.Wu, n, F, D)
		dmid := b.dmid[:n*D]
		copy(dmid, dx)
		normBackward(c.Norm, dmid, GL.FFNNorm, GL.FFNNormBias, dn, a.mid[l], a.mu2[l], a.rs2[l], L.FFNNorm, n, D)

		// attention: mid = x + o·Wo
		gradW(GL.Wo, a.o[l], dmid, n, qw, D)
		do := b.do[:n*qw]
		clear(do)
		matMulT(do, dmid, L.Wo, n, D, qw)
		dq, dk, dv := b.dq[:n*qw], b.dk[:n*kvw], b.dv[:n*kvw]
		clear(dq)
		clear(dk)
		clear(dv)
		q, k, v, p := a.q[l], a.k[l], a.v[l], a.p[l]
		for h := range H {
			kv := h / G
			for t := range n {
				pr := p[(h*n+t)*n : (h*n+t)*n+n]
				dor := do[t*qw+h*hd : t*qw+h*hd+hd]
				dp := b.dp[:t+1]
				var s float32
				for j := 0; j <= t; j++ {
					dp[j] = dot(dor, v[j*kvw+kv*hd:j*kvw+kv*hd+hd])
					s += pr[j] * dp[j]
					axpy(dv[j*kvw+kv*hd:j*kvw+kv*hd+hd], dor, pr[j])
				}
				qr := q[t*qw+h*hd : t*qw+h*hd+hd]
				dqr := dq[t*qw+h*hd : t*qw+h*hd+hd]
				for j := 0; j <= t; j++ {
					ds := pr[j] * (dp[j] - s) * attScale
					axpy(dqr, k[j*kvw+kv*hd:j*kvw+kv*hd+hd], ds)
					axpy(dk[j*kvw+kv*hd:j*kvw+kv*hd+hd], qr, ds)
				}
			}
		}
		// rotary is a rotation: its transpose rotates back
		rope(dq, a.cos, a.sin, n, H, hd, c.rotary(), true)
		rope(dk, a.cos, a.sin, n, KVH, hd, c.rotary(), true)
		gradW(GL.Wq, a.n1[l], dq, n, D, qw)
		gradW(GL.Wk, a.n1[l], dk, n, D, kvw)
		gradW(GL.Wv, a.n1[l], dv, n, D, kvw)
		clear(dn)
		matMulT(dn, dq, L.Wq, n, qw, D)
		matMulT(dn, dk, L.Wk, n, kvw, D)
		matMulT(dn, dv, L.Wv, n, kvw, D)
		copy(dx, dmid)
		normBackward(c.Norm, dx, GL.AttnNorm, GL.AttnNormBias, dn, a.x[l], a.mu1[l], a.rs1[l], L.AttnNorm, n, D)
	}
	for t, id := range a.ids {
		axpy(grad.Embed[id*D:id*D+D], dx[t*D:t*D+D], 1)
	}
	return loss
}
