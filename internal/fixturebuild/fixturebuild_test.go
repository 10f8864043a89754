package fixturebuild_test

import (
	"os"
	"runtime"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/accuracy"
	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/internal/fixturebuild"
	"github.com/opml-dev/opml/mnist"
	"github.com/opml-dev/opml/modelcard"
	"github.com/opml-dev/opml/reference"
)

const root = "../.."

// The accuracy goals of the compiled fixtures on the 500 test digits
// (issue: model pipeline): VM accuracy within 0.5 percentage points of the
// float model, argmax agreement at least 99%.
const (
	maxAccuracyLoss = 0.005
	minAgreement    = 0.99
)

// TestCommittedFixturesReproduce: the committed model files, cards and
// inputs are exactly what compiling the trained ONNX models gives.
func TestCommittedFixturesReproduce(t *testing.T) {
	if runtime.GOARCH != "amd64" {
		t.Skipf("the committed fixtures are built on amd64 (float reference kernels differ on %s; docs/quantization.md §4)", runtime.GOARCH)
	}
	for _, name := range fixturebuild.Names {
		f, err := fixturebuild.Build(root, name)
		require.NoError(t, err)
		committed, err := fixtures.Load(name)
		require.NoError(t, err)
		regen := "go run ./fixtures/compile && go test ./fixtures -update"
		require.Equal(t, committed.Model.Encode(), f.Result.Model.Encode(), "%s: the committed model differs from the compiled one; run `%s`", name, regen)
		want, err := f.Result.Card.Encode()
		require.NoError(t, err)
		got, err := os.ReadFile(modelcard.Path(fixturebuild.ModelPath(root, name)))
		require.NoError(t, err)
		require.Equal(t, string(want), string(got), "%s: card", name)
		require.Equal(t, committed.Input, f.Input, "%s: input", name)
	}
}

// TestAccuracyGoals measures both committed fixtures against their float
// models on the 500 test digits.
func TestAccuracyGoals(t *testing.T) {
	_, test, err := mnist.LoadFixtures(fixturebuild.MNISTDir(root))
	require.NoError(t, err)
	for _, name := range fixturebuild.Names {
		t.Run(name, func(t *testing.T) {
			f, err := fixturebuild.Build(root, name)
			require.NoError(t, err)
			committed, err := fixtures.Load(name)
			require.NoError(t, err)
			runner, err := reference.NewRunner(f.Graph)
			require.NoError(t, err)
			defer runner.Close()
			samples := make([]accuracy.Sample, test.Len())
			for k := range samples {
				x, err := mnist.Tensor(test.Images[k], f.Graph.InputShape...)
				require.NoError(t, err)
				samples[k] = accuracy.Sample{X: x, Label: int(test.Labels[k])}
			}
			r, err := accuracy.Measure(f.Graph, runner.Run, committed.Model, committed.Card, samples, nil)
			require.NoError(t, err)
			t.Logf("%s:\n%s", name, r)
			require.Equal(t, 500, r.Samples)
			require.GreaterOrEqual(t, r.VMAccuracy, r.FloatAccuracy-maxAccuracyLoss, "VM accuracy")
			require.GreaterOrEqual(t, r.Agreement, minAgreement, "argmax agreement")
			require.Greater(t, r.FloatAccuracy, 0.95, "the float model itself")
		})
	}
}
