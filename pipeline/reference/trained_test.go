package reference_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/mnist"
	"github.com/opml-dev/opml/pipeline/onnx"
	"github.com/opml-dev/opml/pipeline/reference"
)

const trainedDir = "../../fixtures/trained"

// TestTrainedModels checks the committed trained models (written by
// `go run ./fixtures/train`) on the 500 committed MNIST test digits: the
// ONNX files are the ones training.json describes, and their accuracy
// through the float reference is the recorded one (exactly, on the
// platform that trained them) and at least 95% (MLP) / 97% (CNN).
func TestTrainedModels(t *testing.T) {
	_, test, err := mnist.LoadFixtures("../../fixtures/mnist")
	require.NoError(t, err)
	b, err := os.ReadFile(filepath.Join(trainedDir, "training.json"))
	require.NoError(t, err)
	var report struct {
		Platform string `json:"platform"`
		Models   []struct {
			Name        string `json:"name"`
			File        string `json:"file"`
			SHA256      string `json:"sha256"`
			TestCorrect int    `json:"testCorrect"`
			TestDigits  int    `json:"testDigits"`
		} `json:"models"`
	}
	require.NoError(t, json.Unmarshal(b, &report))
	minimum := map[string]float64{"mlp": 0.95, "cnn": 0.97}
	require.Len(t, report.Models, len(minimum))
	for _, m := range report.Models {
		t.Run(m.Name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(trainedDir, m.File))
			require.NoError(t, err)
			sum := sha256.Sum256(raw)
			require.Equal(t, m.SHA256, hex.EncodeToString(sum[:]), "%s is not the file training.json describes", m.File)
			g, err := onnx.Decode(raw)
			require.NoError(t, err)
			arch := map[string]*graph.Graph{"mlp": reference.MLP(), "cnn": reference.CNN()}[m.Name]
			require.NotNil(t, arch, "unknown model %q", m.Name)
			require.Equal(t, arch.InputShape, g.InputShape)
			require.Len(t, g.Nodes, len(arch.Nodes))

			r, err := reference.NewRunner(g)
			require.NoError(t, err)
			defer r.Close()
			correct := 0
			for i, img := range test.Images {
				x, err := mnist.Tensor(img, g.InputShape...)
				require.NoError(t, err)
				c, err := r.Classify(x)
				require.NoError(t, err)
				if c == int(test.Labels[i]) {
					correct++
				}
				if i == 0 { // Run agrees with the Runner
					all, err := reference.Run(g, x)
					require.NoError(t, err)
					require.Equal(t, c, graph.Argmax(all[g.Output].Data))
				}
			}
			acc := float64(correct) / float64(test.Len())
			t.Logf("%s: %d/%d = %.1f%% of the test digits (recorded %d on %s)", m.Name, correct, test.Len(), 100*acc, m.TestCorrect, report.Platform)
			require.Equal(t, test.Len(), m.TestDigits)
			require.GreaterOrEqual(t, acc, minimum[m.Name])
			if runtime.GOOS+"/"+runtime.GOARCH == report.Platform {
				require.Equal(t, m.TestCorrect, correct)
			} else {
				require.InDelta(t, m.TestCorrect, correct, 2)
			}
		})
	}
}
