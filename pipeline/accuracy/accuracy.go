package accuracy

import (
	"fmt"
	"math"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/modelcard"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
)

// Float runs the float model on one input and returns every value by name.
type Float func(x *graph.Tensor) (map[string]*graph.Tensor, error)

// Sample is one labelled input, in the float model's input shape.
type Sample struct {
	X     *graph.Tensor
	Label int
}

// Report is the outcome of Measure.
type Report struct {
	Samples        int     `json:"samples"`
	FloatAccuracy  float64 `json:"floatAccuracy"`   // fraction of samples the float model classifies correctly
	VMAccuracy     float64 `json:"vmAccuracy"`      // the same for the VM
	Agreement      float64 `json:"argmaxAgreement"` // fraction where both pick the same class
	MaxAbsError    float64 `json:"logitsMaxAbsError"`
	MeanAbsError   float64 `json:"logitsMeanAbsError"`
	LogitsCompared string  `json:"logitsCompared"` // which values the errors are over
}

// Measure runs every sample through the float model and the VM model m
// (with its card) and compares them. progress, if not nil, is called after
// each sample with the number done.
func Measure(g *graph.Graph, run Float, m *model.Model, card *modelcard.Card, samples []Sample, progress func(done int)) (*Report, error) {
	if err := card.Check(m); err != nil {
		return nil, fmt.Errorf("accuracy: %w", err)
	}
	if len(samples) == 0 {
		return nil, fmt.Errorf("accuracy: no samples")
	}
	// The logits: the value before a final Softmax (and the op holding it
	// in the VM), or the output itself.
	floatName, vmTensor, vmQuant := g.Output, m.Header.Output, card.Output
	r := &Report{Samples: len(samples), LogitsCompared: "output"}
	if card.Logits != nil {
		if len(g.Nodes) == 0 {
			return nil, fmt.Errorf("accuracy: the card names logits but the graph has no nodes")
		}
		last := g.Nodes[len(g.Nodes)-1]
		if last.Op != graph.Softmax || last.Output != g.Output {
			return nil, fmt.Errorf("accuracy: the card names logits but the graph does not end in Softmax")
		}
		floatName, vmTensor, vmQuant = last.Inputs[0], m.Ops[card.Logits.Op].Out, card.Logits.Tensor
		r.LogitsCompared = "logits (the Softmax input)"
	}
	var floatOK, vmOK, agree, count int
	var sumErr float64
	for i, s := range samples {
		vals, err := run(s.X)
		if err != nil {
			return nil, fmt.Errorf("accuracy: sample %d: float model: %w", i, err)
		}
		want, ok := vals[floatName]
		if !ok {
			return nil, fmt.Errorf("accuracy: sample %d: the float model returned no value %q", i, floatName)
		}
		q, err := card.Input.Quantize(s.X.Data)
		if err != nil {
			return nil, fmt.Errorf("accuracy: sample %d: %w", i, err)
		}
		ram, err := vm.Execute(m, q)
		if err != nil {
			return nil, fmt.Errorf("accuracy: sample %d: VM: %w", i, err)
		}
		got, err := vmQuant.Dequantize(vm.ReadTensor(vmTensor, ram))
		if err != nil {
			return nil, fmt.Errorf("accuracy: sample %d: %w", i, err)
		}
		if len(got) != len(want.Data) {
			return nil, fmt.Errorf("accuracy: sample %d: VM gives %d logits, the float model %d", i, len(got), len(want.Data))
		}
		for k := range got {
			e := math.Abs(float64(got[k]) - float64(want.Data[k]))
			r.MaxAbsError = max(r.MaxAbsError, e)
			sumErr += e
			count++
		}
		fc, vc := graph.Argmax(want.Data), graph.Argmax(got)
		if fc == s.Label {
			floatOK++
		}
		if vc == s.Label {
			vmOK++
		}
		if fc == vc {
			agree++
		}
		if progress != nil {
			progress(i + 1)
		}
	}
	n := float64(len(samples))
	r.FloatAccuracy, r.VMAccuracy, r.Agreement = float64(floatOK)/n, float64(vmOK)/n, float64(agree)/n
	r.MeanAbsError = sumErr / float64(count)
	return r, nil
}

// String formats the report for people.
func (r *Report) String() string {
	return fmt.Sprintf("samples             %d\n"+
		"float accuracy      %.2f%%\n"+
		"VM accuracy         %.2f%% (%+.2f points)\n"+
		"argmax agreement    %.2f%%\n"+
		"%s: max abs error %.5f, mean abs error %.5f\n",
		r.Samples, 100*r.FloatAccuracy, 100*r.VMAccuracy, 100*(r.VMAccuracy-r.FloatAccuracy), 100*r.Agreement,
		r.LogitsCompared, r.MaxAbsError, r.MeanAbsError)
}
