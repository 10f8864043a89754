package lm

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

// Layer is one decoder block's parameters (views into Model.Data).
// Matrices are row-major [in, out]: y = x · W.
type Layer struct {
	AttnNorm, AttnNormBias []float32 // [D]; the bias only for LayerNorm
	Wq                     []float32 // [D, H·hd], head h in columns h·hd..h·hd+hd-1
	Wk, Wv                 []float32 // [D, KVH·hd]
	Wo                     []float32 // [H·hd, D]
	FFNNorm, FFNNormBias   []float32 // [D]
	Wg, Wu                 []float32 // [D, F]: gate and up
	Wd                     []float32 // [F, D]: down
}

// Model is a decoder's parameters: one flat slice and named views of it.
// A gradient has the same layout, so it is a Model too.
type Model struct {
	Config
	Data                     []float32 // every parameter, in the order of Tensors
	Embed                    []float32 // [V, D], tied: logits = h · Embedᵀ
	Layers                   []Layer
	FinalNorm, FinalNormBias []float32 // [D]
}

// Tensor names one parameter tensor of a Model.
type Tensor struct {
	Name  string    // Hugging Face LLaMA names, e.g. model.layers.0.self_attn.q_proj.weight
	Shape []int     // matrices [in, out]
	Data  []float32 // a view into Model.Data
	Decay bool      // weight decay applies (matrices and the embedding, not norms)
}

type shape struct {
	name  string
	dims  []int
	decay bool
}

func (s shape) size() int {
	n := 1
	for _, d := range s.dims {
		n *= d
	}
	return n
}

// tensorShapes lists the parameters in storage order.
func (c Config) tensorShapes() []shape {
	D, F, q, kv := c.Dim, c.Hidden, c.Heads*c.HeadDim, c.KVHeads*c.HeadDim
	ln := c.Norm == LayerNorm
	s := []shape{{"model.embed_tokens.weight", []int{c.Vocab, D}, true}}
	for l := range c.Layers {
		p := fmt.Sprintf("model.layers.%d.", l)
		s = append(s, shape{p + "input_layernorm.weight", []int{D}, false})
		if ln {
			s = append(s, shape{p + "input_layernorm.bias", []int{D}, false})
		}
		s = append(s,
			shape{p + "self_attn.q_proj.weight", []int{D, q}, true},
			shape{p + "self_attn.k_proj.weight", []int{D, kv}, true},
			shape{p + "self_attn.v_proj.weight", []int{D, kv}, true},
			shape{p + "self_attn.o_proj.weight", []int{q, D}, true},
			shape{p + "post_attention_layernorm.weight", []int{D}, false})
		if ln {
			s = append(s, shape{p + "post_attention_layernorm.bias", []int{D}, false})
		}
		s = append(s,
			shape{p + "mlp.gate_proj.weight", []int{D, F}, true},
			shape{p + "mlp.up_proj.weight", []int{D, F}, true},
			shape{p + "mlp.down_proj.weight", []int{F, D}, true})
	}
	s = append(s, shape{"model.norm.weight", []int{D}, false})
	if ln {
		s = append(s, shape{"model.norm.bias", []int{D}, false})
	}
	return s
}

// NewModel returns a model of shape c with every parameter zero.
func NewModel(c Config) (*Model, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	m := &Model{Config: c, Data: make([]float32, c.NumParams())}
	m.bind()
	return m, nil
}

// bind points the named views into Data.
func (m *Model) bind() {
	ts := m.Tensors()
	next := func() []float32 {
		t := ts[0]
		ts = ts[1:]
		return t.Data
	}
	m.Embed = next()
	m.Layers = make([]Layer, m.Config.Layers)
	for l := range m.Layers {
		L := &m.Layers[l]
		L.AttnNorm = next()
		if m.Norm == LayerNorm {
			L.AttnNormBias = next()
		}
		L.Wq, L.Wk, L.Wv, L.Wo = next(), next(), next(), next()
		L.FFNNorm = next()
		if m.Norm == LayerNorm {
			L.FFNNormBias = next()
		}
		L.Wg, L.Wu, L.Wd = next(), next(), next()
	}
	m.FinalNorm = next()
	if m.Norm == LayerNorm {
		m.FinalNormBias = next()
	}
}

// Tensors lists the parameter tensors in storage order, as views.
func (m *Model) Tensors() []Tensor {
	var out []Tensor
	off := 0
	for _, s := range m.tensorShapes() {
		n := s.size()
		out = append(out, Tensor{Name: s.name, Shape: s.dims, Data: m.Data[off : off+n : off+n], Decay: s.decay})
		off += n
	}
	return out
}

// Init sets the weights as llama2.c and nanoGPT do: every matrix and the
// embedding normal with standard deviation 0.02, the residual projections
// (o_proj, down_proj) 0.02/√(2·layers), norm weights 1 and biases 0. The
// normal samples come from PCG(seed, 0x6c6d) in storage order.
func (m *Model) Init(seed uint64) {
	r := rand.New(rand.NewPCG(seed, 0x6c6d))
	resid := 0.02 / math.Sqrt(2*float64(m.Config.Layers))
	for _, t := range m.Tensors() {
		switch {
		case len(t.Shape) == 1 && isBias(t.Name):
			clear(t.Data)
		case len(t.Shape) == 1:
			for i := range t.Data {
				t.Data[i] = 1
			}
		default:
			std := 0.02
			if isResidual(t.Name) {
				std = resid
			}
			for i := range t.Data {
				t.Data[i] = float32(r.NormFloat64() * std)
			}
		}
	}
}

func isBias(name string) bool { return strings.HasSuffix(name, ".bias") }

func isResidual(name string) bool {
	return strings.HasSuffix(name, "o_proj.weight") || strings.HasSuffix(name, "down_proj.weight")
}
