package loadgen

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"sync"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/tooling/demo"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
)

// job is one request of the workload, chosen before it is sent.
type job struct {
	index   int
	model   string
	variant int  // which of the model's inputs
	lie     bool // sent with the liar's fee: the liar claims it
}

// workload chooses the requests from the seed and knows their true
// outputs (each input run once on the local VM).
type workload struct {
	mix    Mix
	names  []string
	total  int
	lies   float64
	rng    *rand.Rand
	models map[string]*modelInputs
}

// modelInputs are a fixture model and its inputs.
type modelInputs struct {
	fx     *fixtures.Fixture
	inputs [][]int8            // int8 models: the variants
	comp   *arbiter.Completion // completion models: the one request
	mu     sync.Mutex
	want   map[int][]byte // variant → true claim output (the completion text for lm)
}

func newWorkload(cfg Config) (*workload, error) {
	w := &workload{mix: cfg.Mix, names: cfg.Mix.names(), lies: cfg.Lies, rng: rand.New(rand.NewPCG(cfg.Seed, 0x6f706d6c6c6f6164)),
		models: map[string]*modelInputs{}}
	for _, n := range w.names {
		w.total += cfg.Mix[n]
		fx, err := fixtures.Load(n)
		if err != nil {
			return nil, fmt.Errorf("loadgen: %w", err)
		}
		mi := &modelInputs{fx: fx, want: map[int][]byte{}}
		if fx.Prompt != nil {
			tokens := fx.Prompt.Tokens
			if cfg.Tokens > 0 {
				tokens = cfg.Tokens
			}
			c, err := arbiter.NewCompletion(&fx.Model.Header, fx.Prompt.IDs(), uint32(tokens), 1)
			if err != nil {
				return nil, fmt.Errorf("loadgen: %s: %w", n, err)
			}
			mi.comp = &c
		} else {
			// Variant 0 is the fixture's sample; the others change a
			// seeded tenth of its values.
			rng := rand.New(rand.NewPCG(cfg.Seed, uint64(len(w.models))+1))
			for v := range cfg.Inputs {
				in := append([]int8(nil), fx.Input...)
				if v > 0 {
					for range len(in)/10 + 1 {
						in[rng.IntN(len(in))] = int8(rng.IntN(256) - 128)
					}
				}
				mi.inputs = append(mi.inputs, in)
			}
		}
		w.models[n] = mi
	}
	return w, nil
}

// next chooses request i: its model by the mix's weights, its input from
// the seed, and whether it is a lie: exactly ⌊(i+1)·Lies⌋ of the first
// i+1 requests are, spread evenly.
func (w *workload) next(i int) job {
	r := w.rng.IntN(w.total)
	name := w.names[len(w.names)-1]
	for _, n := range w.names {
		if r < w.mix[n] {
			name = n
			break
		}
		r -= w.mix[n]
	}
	j := job{index: i, model: name}
	if mi := w.models[name]; mi.comp == nil {
		j.variant = w.rng.IntN(len(mi.inputs))
	}
	j.lie = int(float64(i+1)*w.lies) > int(float64(i)*w.lies)
	return j
}

// claimTrue reports whether claim c on job j asserts the true output
// want: the output itself, or for a completion the generated tokens (the
// Finalized event carries the completion text, a claim the model's output
// values).
func (w *workload) claimTrue(j job, c demo.ClaimState, want []byte) bool {
	if comp := w.models[j.model].comp; comp != nil {
		return c.Completion != nil && bytes.Equal(arbiter.EncodeTokens(c.Completion, comp.TokenBytes), want)
	}
	return bytes.Equal(c.Output, want)
}

func (w *workload) model(name string) *model.Model { return w.models[name].fx.Model }

// want returns the true claim output of job j (computed once per input).
func (w *workload) want(j job) ([]byte, error) {
	mi := w.models[j.model]
	mi.mu.Lock()
	defer mi.mu.Unlock()
	if b, ok := mi.want[j.variant]; ok {
		return b, nil
	}
	m := mi.fx.Model
	var out []byte
	if mi.comp != nil {
		tr, err := arbiter.Generate(m, *mi.comp, nil)
		if err != nil {
			return nil, fmt.Errorf("loadgen: %s: %w", j.model, err)
		}
		if out, err = mi.comp.Result(&m.Header, tr.Output()); err != nil {
			return nil, fmt.Errorf("loadgen: %s: %w", j.model, err)
		}
	} else {
		tr, err := vm.NewTrace(m, mi.inputs[j.variant])
		if err != nil {
			return nil, fmt.Errorf("loadgen: %s input %d: %w", j.model, j.variant, err)
		}
		if out, err = arbiter.ClaimOutput(&m.Header, tr.Output()); err != nil {
			return nil, fmt.Errorf("loadgen: %s input %d: %w", j.model, j.variant, err)
		}
	}
	mi.want[j.variant] = out
	return out, nil
}
