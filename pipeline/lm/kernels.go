package lm

// The dense kernels. Every sum runs in a fixed order that depends only on
// the operands' sizes, never on scheduling, and each output row is computed
// from its own input row alone (so a row's value does not depend on how
// many rows are computed with it). Go does not reassociate floating-point
// expressions and fuses no multiply-adds on amd64, so the k-blocked loops
// below add the same products in the same order as a plain loop over k.

// matMul sets out[n×N] = x[n×K] · w[K×N].
func matMul(out, x, w []float32, n, K, N int) {
	clear(out[:n*N])
	matMulAdd(out, x, w, n, K, N)
}

// matMulAdd adds x[n×K] · w[K×N] to out[n×N]: out[t][j] += Σ_k x[t][k]·w[k][j], k ascending.
func matMulAdd(out, x, w []float32, n, K, N int) {
	for t := range n {
		o := out[t*N : t*N+N]
		xr := x[t*K : t*K+K]
		k := 0
		for ; k+4 <= K; k += 4 {
			axpy4(o, w[k*N:k*N+N], w[(k+1)*N:(k+1)*N+N], w[(k+2)*N:(k+2)*N+N], w[(k+3)*N:(k+3)*N+N],
				xr[k], xr[k+1], xr[k+2], xr[k+3])
		}
		for ; k < K; k++ {
			axpy(o, w[k*N:k*N+N], xr[k])
		}
	}
}

// matMulT adds x[n×K] · w[N×K]ᵀ to out[n×N] (row t, column j: x_t · w_j).
func matMulT(out, x, w []float32, n, K, N int) {
	for t := range n {
		xr := x[t*K : t*K+K]
		o := out[t*N : t*N+N]
		for j := range o {
			o[j] += dot(xr, w[j*K:j*K+K])
		}
	}
}

// gradW adds x[n×K]ᵀ · dy[n×N] to dw[K×N]: dw[k][j] += Σ_t x[t][k]·dy[t][j], t ascending.
func gradW(dw, x, dy []float32, n, K, N int) {
	t := 0
	for ; t+4 <= n; t += 4 {
		d0, d1, d2, d3 := dy[t*N:t*N+N], dy[(t+1)*N:(t+1)*N+N], dy[(t+2)*N:(t+2)*N+N], dy[(t+3)*N:(t+3)*N+N]
		for k := range K {
			axpy4(dw[k*N:k*N+N], d0, d1, d2, d3, x[t*K+k], x[(t+1)*K+k], x[(t+2)*K+k], x[(t+3)*K+k])
		}
	}
	for ; t < n; t++ {
		d := dy[t*N : t*N+N]
		for k := range K {
			axpy(dw[k*N:k*N+N], d, x[t*K+k])
		}
	}
}

// axpy sets y += a·x (len(y) == len(x)).
func axpy(y, x []float32, a float32) {
	x = x[:len(y)]
	for i := range y {
		y[i] += a * x[i]
	}
}

// axpy4 sets y = (((y + a0·x0) + a1·x1) + a2·x2) + a3·x3.
func axpy4(y, x0, x1, x2, x3 []float32, a0, a1, a2, a3 float32) {
	x0, x1, x2, x3 = x0[:len(y)], x1[:len(y)], x2[:len(y)], x3[:len(y)]
	for i := range y {
		y[i] = y[i] + a0*x0[i] + a1*x1[i] + a2*x2[i] + a3*x3[i]
	}
}

// dot is Σ x_i·y_i with four interleaved partial sums (i mod 4) added as
// (s0+s1)+(s2+s3), then the tail left to right.
func dot(x, y []float32) float32 {
	y = y[:len(x)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(x); i += 4 {
		s0 += x[i] * y[i]
		s1 += x[i+1] * y[i+1]
		s2 += x[i+2] * y[i+2]
		s3 += x[i+3] * y[i+3]
	}
	s := (s0 + s1) + (s2 + s3)
	for ; i < len(x); i++ {
		s += x[i] * y[i]
	}
	return s
}
