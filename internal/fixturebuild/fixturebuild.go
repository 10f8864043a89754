package fixturebuild

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/mnist"
	"github.com/opml-dev/opml/onnx"
	"github.com/opml-dev/opml/quantize"
	"github.com/opml-dev/opml/reference"
)

// Names are the fixture models, in order.
var Names = []string{"mlp", "cnn"}

// CalibrationSamples is how many training digits calibrate the fixtures.
const CalibrationSamples = 200

// InputDigit is the index of the test digit used as each fixture's input.
const InputDigit = 0

// Fixture is a compiled fixture model.
type Fixture struct {
	Name   string
	ONNX   []byte
	Graph  *graph.Graph
	Result *quantize.Result
	Input  []int8 // test digit InputDigit, quantized with the card
	Label  int
}

// Paths of the repository, relative to its root.
func trainedPath(root, name string) string {
	return filepath.Join(root, "fixtures", "trained", name+".onnx")
}

// ModelPath is where fixture name's VM model is committed.
func ModelPath(root, name string) string {
	return filepath.Join(root, "fixtures", "models", name+".opml")
}

// InputPath is where fixture name's input (int8 JSON) is committed.
func InputPath(root, name string) string {
	return filepath.Join(root, "fixtures", "inputs", name+"_input.json")
}

// MNISTDir is the committed MNIST subset.
func MNISTDir(root string) string { return filepath.Join(root, "fixtures", "mnist") }

// Build compiles fixture name from the repository at root.
func Build(root, name string) (*Fixture, error) {
	src, err := os.ReadFile(trainedPath(root, name))
	if err != nil {
		return nil, fmt.Errorf("fixturebuild: %w", err)
	}
	g, err := onnx.Decode(src)
	if err != nil {
		return nil, fmt.Errorf("fixturebuild: %s: %w", name, err)
	}
	train, test, err := mnist.LoadFixtures(MNISTDir(root))
	if err != nil {
		return nil, fmt.Errorf("fixturebuild: %w", err)
	}
	var calib []*graph.Tensor
	for k := 0; k < CalibrationSamples && k < train.Len(); k++ {
		x, err := mnist.Tensor(train.Images[k], g.InputShape...)
		if err != nil {
			return nil, fmt.Errorf("fixturebuild: %w", err)
		}
		calib = append(calib, x)
	}
	runner, err := reference.NewRunner(g)
	if err != nil {
		return nil, fmt.Errorf("fixturebuild: %w", err)
	}
	defer runner.Close()
	res, err := quantize.Compile(g, calib, runner.Run, quantize.Options{Method: quantize.MinMax, Name: name, Source: src})
	if err != nil {
		return nil, fmt.Errorf("fixturebuild: %s: %w", name, err)
	}
	x, err := mnist.Tensor(test.Images[InputDigit], g.InputShape...)
	if err != nil {
		return nil, fmt.Errorf("fixturebuild: %w", err)
	}
	in, err := res.Card.Input.Quantize(x.Data)
	if err != nil {
		return nil, fmt.Errorf("fixturebuild: %w", err)
	}
	return &Fixture{Name: name, ONNX: src, Graph: g, Result: res, Input: in, Label: int(test.Labels[InputDigit])}, nil
}
