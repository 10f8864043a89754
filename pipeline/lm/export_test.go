package lm

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// python returns /usr/bin/python3 if it has the onnx package and numpy,
// and skips the test otherwise.
func python(t *testing.T) string {
	t.Helper()
	py := "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil {
		t.Skip("no /usr/bin/python3")
	}
	if err := exec.Command(py, "-c", "import onnx.checker, onnx.numpy_helper, numpy").Run(); err != nil {
		t.Skip("Python onnx package not installed (apt-get install python3-onnx)")
	}
	return py
}

type evalJob struct {
	Model string `json:"model"`
	IDs   []int  `json:"ids"`
	Out   string `json:"out"`
	Check bool   `json:"check"`
}

// runEvaluator runs testdata/onnx_eval.py on the jobs and returns each
// job's output.
func runEvaluator(t *testing.T, py string, jobs []evalJob) [][]float32 {
	t.Helper()
	in, err := json.Marshal(jobs)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "testdata/onnx_eval.py")
	cmd.Stdin = strings.NewReader(string(in))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("onnx_eval.py: %v\n%s", err, out)
	}
	outs := make([][]float32, len(jobs))
	for i, j := range jobs {
		raw, err := os.ReadFile(j.Out)
		if err != nil {
			t.Fatal(err)
		}
		outs[i] = make([]float32, len(raw)/4)
		for k := range outs[i] {
			outs[i][k] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*k:]))
		}
	}
	return outs
}

// exportCase is one model and export form.
type exportCase struct {
	name string
	cfg  Config
	opt  ExportOptions
}

func exportCases() []exportCase {
	gqa := Config{Vocab: 300, Context: 8, Dim: 16, Layers: 2, Heads: 4, KVHeads: 2, HeadDim: 4, Hidden: 24, Eps: 1e-5, RopeTheta: 10000}
	mha := Config{Vocab: 40, Context: 6, Dim: 12, Layers: 1, Heads: 2, KVHeads: 2, HeadDim: 6, Hidden: 10, Eps: 1e-6, RopeTheta: 500}
	var cases []exportCase
	k := 0
	for _, base := range []Config{gqa, mha} {
		for _, kind := range []NormKind{RMSNorm, LayerNorm} {
			cfg := base
			cfg.Norm = kind
			norms := []NormForm{NormDecomposed, NormReciprocal, NormSimplified}
			if kind == LayerNorm {
				norms[2] = NormLayerNormalization
			}
			for _, nf := range norms {
				for _, rot := range []Rotary{RotaryInterleaved, RotaryHalf} {
					for _, mask := range []MaskForm{MaskAdd, MaskWhere, MaskTrilu} {
						o := ExportOptions{Rotary: rot, Norm: nf, Mask: mask, ScaleMul: k%2 == 1}
						k++
						cases = append(cases, exportCase{fmt.Sprintf("kv%d-%v-%+v", cfg.KVHeads, kind, o), cfg, o})
					}
				}
			}
		}
	}
	// Partial rotary (the first r dims of each head rotate; GPT-NeoX, Phi)
	// and position_ids as a second input (torch's export of Hugging
	// Face's LLaMA; the evaluator feeds 0..T−1), in both rotary forms.
	for _, base := range []Config{gqa, mha} {
		partial := base
		partial.HeadDim, partial.RotaryDims = 8, 4
		for _, cfg := range []Config{base, partial} {
			for _, rot := range []Rotary{RotaryInterleaved, RotaryHalf} {
				for _, pos := range []bool{false, true} {
					if cfg.RotaryDims == 0 && !pos {
						continue // above
					}
					o := ExportOptions{Rotary: rot, PositionIDs: pos}
					cases = append(cases, exportCase{fmt.Sprintf("kv%d-hd%d-r%d-%+v", cfg.KVHeads, cfg.HeadDim, cfg.RotaryDims, o), cfg, o})
				}
			}
		}
	}
	return cases
}

// TestExportMatchesForward exports models of two shapes (grouped-query
// attention with a vocabulary above 256; plain multi-head attention) for
// both norms and every export form, evaluates each ONNX graph with an
// independent numpy interpreter of the ONNX operators (testdata/onnx_eval.py,
// after ONNX's checker and strict shape inference where the graph uses only
// standard ops) and compares its logits with Forward.
func TestExportMatchesForward(t *testing.T) {
	py := python(t)
	dir := t.TempDir()
	cases := exportCases()
	var jobs []evalJob
	var want [][]float32
	for i, tc := range cases {
		m := randomModel(t, tc.cfg, uint64(i%4))
		for k := range m.Data {
			m.Data[k] *= 0.6
		}
		ids := randomSeq(rand.New(rand.NewPCG(uint64(i), 5)), tc.cfg.Context, tc.cfg.Vocab)
		logits, err := m.Forward(ids)
		if err != nil {
			t.Fatal(err)
		}
		data, err := Export(m, tc.opt)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		p := filepath.Join(dir, fmt.Sprintf("m%d.onnx", i))
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		jobs = append(jobs, evalJob{Model: p, IDs: ids, Out: p + ".out", Check: tc.opt.Norm != NormSimplified})
		want = append(want, logits)
	}
	got := runEvaluator(t, py, jobs)
	for i, tc := range cases {
		if len(got[i]) != len(want[i]) {
			t.Errorf("%s: %d logits, want %d", tc.name, len(got[i]), len(want[i]))
			continue
		}
		var worst float64
		for k := range got[i] {
			d := math.Abs(float64(got[i][k]-want[i][k])) / math.Max(1, math.Abs(float64(want[i][k])))
			worst = max(worst, d)
		}
		if !(worst <= 1e-4) {
			t.Errorf("%s: ONNX logits differ from Forward by %.3g (relative)", tc.name, worst)
		}
	}
	t.Logf("%d export forms checked", len(cases))
}

// TestExportRejects checks the exporter's errors: a norm form that does not
// compute the model's norm, unknown forms, a model of the wrong size.
func TestExportRejects(t *testing.T) {
	rms, _ := NewModel(tiny(RMSNorm))
	ln, _ := NewModel(tiny(LayerNorm))
	for _, tc := range []struct {
		m   *Model
		opt ExportOptions
	}{
		{ln, ExportOptions{Norm: NormSimplified}},
		{rms, ExportOptions{Norm: NormLayerNormalization}},
		{rms, ExportOptions{Rotary: 2}},
		{rms, ExportOptions{Mask: 3}},
		{rms, ExportOptions{Norm: -1}},
	} {
		if _, err := Export(tc.m, tc.opt); err == nil || !strings.HasPrefix(err.Error(), "lm: ") {
			t.Errorf("%v %+v: error %v", tc.m.Norm, tc.opt, err)
		}
	}
	bad := &Model{Config: tiny(RMSNorm), Data: make([]float32, 3)}
	if _, err := Export(bad, ExportOptions{}); err == nil {
		t.Error("a model with too few parameters exported")
	}
}
