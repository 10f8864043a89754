package reference

import (
	"testing"

	"github.com/opml-dev/opml/pipeline/graph"
)

func benchRunner(b *testing.B, g *graph.Graph) {
	if err := InitWeights(g, 1); err != nil {
		b.Fatal(err)
	}
	r, err := NewRunner(g)
	if err != nil {
		b.Fatal(err)
	}
	defer r.Close()
	x := randomInput(g.InputShape, 1)
	b.ResetTimer()
	for b.Loop() {
		if _, err := r.Run(x); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRunnerMLP is one inference of the fixture MLP, all values.
func BenchmarkRunnerMLP(b *testing.B) { benchRunner(b, MLP()) }

// BenchmarkRunnerCNN is one inference of the fixture CNN, all values.
func BenchmarkRunnerCNN(b *testing.B) { benchRunner(b, CNN()) }

// BenchmarkRunCNN includes building and compiling the gorgonia graph.
func BenchmarkRunCNN(b *testing.B) {
	g := CNN()
	if err := InitWeights(g, 1); err != nil {
		b.Fatal(err)
	}
	x := randomInput(g.InputShape, 1)
	for b.Loop() {
		if _, err := Run(g, x); err != nil {
			b.Fatal(err)
		}
	}
}
