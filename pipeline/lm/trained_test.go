package lm

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"math"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const trainedDir = "../../fixtures/trained"

// trainingRecord is the part of fixtures/trained/lm-training.json the tests
// read (fixtures/lmtrain writes it).
type trainingRecord struct {
	Params   int `json:"params"`
	Settings struct {
		Config Config `json:"config"`
	} `json:"settings"`
	Corpus struct {
		Source string `json:"source"`
	} `json:"corpus"`
	HeldoutBitsPerByte float64 `json:"heldoutBitsPerByte"`
	File               string  `json:"file"`
	SHA256             string  `json:"sha256"`
	Size               int     `json:"size"`
}

// goldenPrompts are completed to the full context by the trained model.
var goldenPrompts = []string{"The ", "Q: What do you get when you cross ", "A computer "}

type completion struct {
	Prompt     string `json:"prompt"`
	Completion string `json:"completion"`
	IDs        []int  `json:"ids"`
}

// loadTrained reads the committed model and its record.
func loadTrained(t *testing.T) (*Model, *trainingRecord, []byte) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(trainedDir, "lm-training.json"))
	if err != nil {
		t.Fatal(err)
	}
	rec := &trainingRecord{}
	if err := json.Unmarshal(b, rec); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(trainedDir, rec.File))
	if err != nil {
		t.Fatal(err)
	}
	m, err := ReadWeights(data, rec.Settings.Config, RotaryInterleaved)
	if err != nil {
		t.Fatal(err)
	}
	return m, rec, data
}

// TestTrainedLM checks the committed language model: its SHA-256 and size
// are the training record's, its configuration is Default, the current
// exporter writes the same bytes from the weights read back, and greedy
// completions of three prompts (to the full context) equal
// testdata/completions.golden (-update rewrites it) and the teacher-forced
// pass over each prompt‖completion.
func TestTrainedLM(t *testing.T) {
	m, rec, data := loadTrained(t)
	sum := sha256.Sum256(data)
	if hex.EncodeToString(sum[:]) != rec.SHA256 || len(data) != rec.Size {
		t.Fatalf("%s: SHA-256 %x (%d bytes), record says %s (%d bytes)", rec.File, sum, len(data), rec.SHA256, rec.Size)
	}
	if m.Config != Default() || rec.Params != Default().NumParams() {
		t.Errorf("config %+v (%d parameters), want Default", m.Config, rec.Params)
	}
	again, err := Export(m, ExportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, data) {
		t.Error("the exporter no longer writes the committed lm.onnx from its own weights (re-export with: go run ./fixtures/lmtrain -reexport)")
	}
	var got []completion
	for _, p := range goldenPrompts {
		ids := make([]int, len(p))
		for i := range p {
			ids[i] = int(p[i])
		}
		comp, err := m.Greedy(ids, m.Context-len(ids))
		if err != nil {
			t.Fatal(err)
		}
		tf, err := m.TeacherForced(ids, comp)
		if err != nil {
			t.Fatal(err)
		}
		for i := range comp {
			if tf[i] != comp[i] {
				t.Fatalf("%q: teacher-forced pass differs from greedy at %d", p, i)
			}
		}
		got = append(got, completion{Prompt: p, Completion: string(toBytes(comp)), IDs: comp})
	}
	path := "testdata/completions.golden"
	if *update {
		b, _ := json.MarshalIndent(got, "", "  ")
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want []completion
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	if len(want) != len(got) {
		t.Fatalf("%d golden completions, want %d", len(want), len(got))
	}
	for i := range got {
		if got[i].Prompt != want[i].Prompt || got[i].Completion != want[i].Completion {
			t.Errorf("%q: completion %q, golden %q", got[i].Prompt, got[i].Completion, want[i].Completion)
		}
	}
}

// TestTrainedLMHeldout recomputes the recorded held-out bits per byte from
// the fortune files, where they are installed (apt-get install fortunes);
// it takes a minute on 2 cores, so -short skips it.
func TestTrainedLMHeldout(t *testing.T) {
	const dir = "/usr/share/games/fortunes"
	if testing.Short() {
		t.Skip("evaluates the whole held-out slice")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skip("fortunes not installed")
	}
	m, rec, _ := loadTrained(t)
	c, err := LoadFortunes(dir)
	if err != nil {
		t.Fatal(err)
	}
	bpb, err := m.BitsPerByte(NewStream(c.Heldout).Windows(m.Context), 2)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(bpb-rec.HeldoutBitsPerByte) > 1e-9 {
		t.Errorf("held-out %.6f bits/byte, recorded %.6f", bpb, rec.HeldoutBitsPerByte)
	}
}
