package quantize_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/lm"
	"github.com/opml-dev/opml/pipeline/onnx"
	"github.com/opml-dev/opml/pipeline/quantize"
	"github.com/opml-dev/opml/pipeline/reference"
	"github.com/opml-dev/opml/vm"
)

// trainedLM reads the committed language model, its float weights and
// the context windows of the committed corpus sample
// (pipeline/lm/testdata/fortunes).
func trainedLM(t *testing.T) ([]byte, *lm.Model, [][]int) {
	t.Helper()
	dir := "../../fixtures/trained"
	var rec struct {
		Settings struct {
			Config lm.Config `json:"config"`
		} `json:"settings"`
		File string `json:"file"`
	}
	b, err := os.ReadFile(filepath.Join(dir, "lm-training.json"))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &rec))
	data, err := os.ReadFile(filepath.Join(dir, rec.File))
	require.NoError(t, err)
	m, err := lm.ReadWeights(data, rec.Settings.Config, lm.RotaryInterleaved)
	require.NoError(t, err)
	c, err := lm.LoadFortunes("../lm/testdata/fortunes")
	require.NoError(t, err)
	var windows [][]int
	for _, w := range lm.NewStream(append(c.Train, c.Heldout...)).Windows(m.Context) {
		if len(w) == m.Context+1 {
			windows = append(windows, w)
		}
	}
	return data, m, windows
}

func idTensor(ids []int) *graph.Tensor {
	x := graph.NewTensor(1, len(ids))
	for k, id := range ids {
		x.Data[k] = float32(id)
	}
	return x
}

// TestCompileTrainedLM compiles the trained language model and checks the
// VM's greedy next token against the float model's.
func TestCompileTrainedLM(t *testing.T) {
	data, m, windows := trainedLM(t)
	g, err := onnx.Decode(data)
	require.NoError(t, err)
	r, err := reference.NewRunner(g)
	require.NoError(t, err)
	defer r.Close()
	var samples []*graph.Tensor
	for k := 0; k < len(windows); k += 2 {
		samples = append(samples, idTensor(windows[k][:m.Context]))
	}
	res, err := quantize.Compile(g, samples, r.Run, quantize.Options{Name: "lm"})
	require.NoError(t, err)
	h := res.Model.Header
	t.Logf("ops %d, N %d, RAM leaves %d, weights leaves %d", h.NumOps, h.NumSteps, h.RAMLeaves, h.WeightsLeaves)
	agree, total := 0, 0
	for k := 1; k < len(windows); k += 2 {
		ids := windows[k][:m.Context]
		logits, err := m.Forward(ids)
		require.NoError(t, err)
		in := make([]int32, len(ids))
		for i, id := range ids {
			in[i] = int32(id)
		}
		ram, err := vm.ExecuteInt32(res.Model, in)
		require.NoError(t, err)
		out := vm.ReadTensor(h.Output, ram)
		V := m.Vocab
		for p := range ids {
			best := 0
			for v := range V {
				if logits[p*V+v] > logits[p*V+best] {
					best = v
				}
			}
			q := 0
			for v := range V {
				if out[p*V+v] > out[p*V+q] {
					q = v
				}
			}
			total++
			if q == best {
				agree++
			}
		}
	}
	t.Logf("agreement %d/%d = %.2f%%", agree, total, 100*float64(agree)/float64(total))
}
