package lm

import (
	"errors"
	"fmt"
	"math"
)

// NormKind selects the normalization of every norm layer.
type NormKind int

const (
	// RMSNorm is y = x / sqrt(mean(x²) + eps) · weight (LLaMA), no bias.
	RMSNorm NormKind = iota
	// LayerNorm is y = (x − mean(x)) / sqrt(var(x) + eps) · weight + bias.
	LayerNorm
)

func (k NormKind) String() string {
	switch k {
	case RMSNorm:
		return "rmsnorm"
	case LayerNorm:
		return "layernorm"
	}
	return fmt.Sprintf("NormKind(%d)", int(k))
}

// Config is a model's shape.
type Config struct {
	Vocab     int      // V: token ids are 0..V-1 (256 for bytes)
	Context   int      // T: the longest sequence (the fixed context)
	Dim       int      // D: width of the residual stream
	Layers    int      // number of decoder blocks
	Heads     int      // H: query heads
	KVHeads   int      // key/value heads; each serves Heads/KVHeads query heads
	HeadDim   int      // hd: width of one head (even: rotary pairs)
	Hidden    int      // F: SwiGLU hidden width
	Eps       float32  // norm epsilon
	RopeTheta float64  // rotary base
	Norm      NormKind // RMSNorm (LLaMA) or LayerNorm

	// RotaryDims is r, how many leading dims of each head the rotary
	// embedding rotates (partial rotary, as GPT-NeoX and Phi have it:
	// pairs within the first r dims, the other hd − r passed through);
	// 0 means all hd.
	RotaryDims int `json:",omitempty"`
}

// rotary is r, the rotated width of each head (RotaryDims, or HeadDim).
func (c Config) rotary() int {
	if c.RotaryDims == 0 {
		return c.HeadDim
	}
	return c.RotaryDims
}

// Default is the model of issue 15 (docs: llm-design): V 256, T 64, D 64, 4
// layers, 4 query heads of 16, 2 KV heads, SwiGLU hidden 176, RMSNorm eps
// 1e-5, rotary theta 10000; 201,280 parameters.
func Default() Config {
	return Config{Vocab: 256, Context: 64, Dim: 64, Layers: 4, Heads: 4, KVHeads: 2, HeadDim: 16,
		Hidden: 176, Eps: 1e-5, RopeTheta: 10000, Norm: RMSNorm}
}

// Validate reports whether the shape is usable.
func (c Config) Validate() error {
	switch {
	case c.Vocab < 1 || c.Context < 1 || c.Dim < 1 || c.Layers < 1 || c.Heads < 1 || c.KVHeads < 1 || c.HeadDim < 1 || c.Hidden < 1:
		return fmt.Errorf("lm: config %+v: every size must be positive", c)
	case c.HeadDim%2 != 0:
		return fmt.Errorf("lm: head dim %d is odd (rotary embeddings rotate pairs)", c.HeadDim)
	case c.RotaryDims < 0 || c.RotaryDims > c.HeadDim || c.RotaryDims%2 != 0:
		return fmt.Errorf("lm: rotary dims %d: want an even number from 2 to the head dim %d (0: all)", c.RotaryDims, c.HeadDim)
	case c.Heads%c.KVHeads != 0:
		return fmt.Errorf("lm: %d query heads are not a multiple of %d KV heads", c.Heads, c.KVHeads)
	case !(c.Eps > 0) || math.IsInf(float64(c.Eps), 0):
		return fmt.Errorf("lm: eps %g is not a positive finite number", c.Eps)
	case !(c.RopeTheta > 1) || math.IsInf(c.RopeTheta, 0):
		return fmt.Errorf("lm: rope theta %g is not a finite number above 1", c.RopeTheta)
	case c.Norm != RMSNorm && c.Norm != LayerNorm:
		return fmt.Errorf("lm: unknown norm %v", c.Norm)
	case c.Vocab > 1<<24 || c.Context > 1<<14 || c.Dim > 1<<14 || c.Hidden > 1<<16 || c.Layers > 1<<10 || c.Heads*c.HeadDim > 1<<14:
		return errors.New("lm: config too large")
	}
	return nil
}

// group is the number of query heads served by one KV head.
func (c Config) group() int { return c.Heads / c.KVHeads }

// NumParams is the number of parameters (the tied embedding counted once).
func (c Config) NumParams() int {
	n := 0
	for _, t := range c.tensorShapes() {
		n += t.size()
	}
	return n
}

// MarshalText writes the kind's name.
func (k NormKind) MarshalText() ([]byte, error) {
	if k != RMSNorm && k != LayerNorm {
		return nil, fmt.Errorf("lm: unknown norm %d", int(k))
	}
	return []byte(k.String()), nil
}

// UnmarshalText reads a kind's name.
func (k *NormKind) UnmarshalText(b []byte) error {
	switch string(b) {
	case "rmsnorm":
		*k = RMSNorm
	case "layernorm":
		*k = LayerNorm
	default:
		return fmt.Errorf("lm: unknown norm %q", b)
	}
	return nil
}
