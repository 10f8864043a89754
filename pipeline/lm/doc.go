// Package lm is opml's language model in float32: a LLaMA-style byte-level
// decoder (issue 15), its hand-written training (backward pass, AdamW,
// cross-entropy), greedy decoding, the fortune corpus it is trained on, and
// its exporter to ONNX in the decomposed form torch.onnx.export writes for
// LLaMA-family models.
//
// The model (Config, Default): token embedding [V, D] (tied: logits =
// h · Embedᵀ); Layers blocks of x += Attn(Norm(x)), x += FFN(Norm(x)); a
// final Norm. Norm is RMSNorm (x/√(mean(x²)+eps)·w, LLaMA) or LayerNorm
// (with bias; Config.Norm). Attention: q = n·Wq, k = n·Wk, v = n·Wv with
// matrices [in, out] and no biases; rotary embeddings on q and k in the
// interleaved-pair convention (pairs (2i, 2i+1) of each head, angle
// t·θ^(−2i/hd): Meta LLaMA, llama2.c, and the VM's Rope op); grouped-query
// attention (query head h uses KV head h / (Heads/KVHeads)); scores
// q·kᵀ/√hd over keys j ≤ t; softmax; o·Wo. FFN: SwiGLU,
// (silu(n·Wg) ⊙ n·Wu)·Wd. The default is V 256 (bytes, no tokenizer), T 64,
// D 64, 4 layers, 4 query heads and 2 KV heads of 16, F 176, eps 1e-5,
// θ 10000: 201,280 parameters. Other shapes, V > 256 among them, serve
// tests.
//
// Determinism: every sum runs in a fixed order (kernels.go); a batch's
// gradient is the sum, in sequence order, of per-sequence gradients, so
// Trainer's result does not depend on its number of goroutines; the
// initialization and the data sampling use PCG with fixed seeds. The same
// Go toolchain on the same platform reproduces a training run bit for
// bit; another platform may round differently (Go fuses multiply-adds on
// arm64, not on amd64).
//
// Teacher forcing ≡ greedy decoding: Forward computes row t of the logits
// from ids[0..t] alone, by the same operations whatever follows, so a pass
// over prompt‖completion gives bit-identical rows to the passes greedy
// decoding made (Greedy, TeacherForced).
//
// Export writes one ONNX graph (opset 17): input_ids int64 [1, T] → Gather
// → per layer the norm, MatMul q/k/v, Reshape [1, T, H, hd], Transpose
// [1, H, T, hd], rotary from constant cos/sin tables (Slice/Neg/Concat/
// Mul/Add), K/V heads repeated by Unsqueeze/Expand/Reshape, MatMul(q,
// Transpose(k)) scaled by 1/√hd, the causal mask, Softmax(−1), MatMul with v,
// Transpose/Reshape back, o_proj MatMul, residual Add, the SwiGLU FFN with
// SiLU as x·Sigmoid(x); the final norm and MatMul with the transposed
// embedding → logits float [1, T, V]. ExportOptions choose among the forms
// importers must recognize: rotary interleaved or rotate-half (the latter
// with q_proj/k_proj columns permuted so the function is the same), norms
// decomposed with Div or Reciprocal, SimplifiedLayerNormalization or
// LayerNormalization, the mask as an additive constant, a Where on a bool
// constant or built by Trilu, the scale as Div or Mul, the rotary tables
// read whole or gathered by a second input position_ids (as torch exports
// Hugging Face's LLaMA). Config.RotaryDims makes the rotary partial (the
// first r dims of each head rotate, the rest pass through: GPT-NeoX, Phi),
// in the model and in its export. ReadWeights reads the parameters back
// from an exported file (its initializers only).
//
// The corpus (LoadFortunes): the fortune files of Debian's fortunes
// package, split at lines of "%"; fortune k (over all files, sorted by
// name) is held out when k mod 20 == 19. Training windows are 65 bytes of
// the training stream (each fortune followed by "%\n"), half of them
// starting at a fortune's first byte. fixtures/lmtrain trains the
// committed model (fixtures/trained/lm.onnx, lm-training.json).
//
// Errors are prefixed "lm: "; bad input (ids outside [0, V), sequences
// longer than the context, inconsistent configs or files) gives an error,
// never a panic. A Model is a plain value: safe for concurrent Forward,
// Loss, Greedy and Export calls, not for concurrent mutation; a Trainer is
// not safe for concurrent use.
package lm
