package lm

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opml-dev/opml/testkit/golden"
)

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
// testdata/completions.golden (-update rewrites it; one line per prompt,
// Go-quoted bytes) and the teacher-forced pass over each
// prompt‖completion.
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
	var got strings.Builder
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
		fmt.Fprintf(&got, "%q -> %q\n", p, toBytes(comp))
	}
	t.Logf("greedy completions (prompt -> completion, Go-quoted bytes):\n%s", got.String())
	golden.Check(t, "testdata/completions.golden", []byte(got.String()), "go test ./pipeline/lm -run TestTrainedLM -update")
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
