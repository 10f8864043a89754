package fixturebuild_test

import (
	"testing"

	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/internal/fixturebuild"
	"github.com/opml-dev/opml/mnist"
	"github.com/opml-dev/opml/reference"
	"github.com/opml-dev/opml/vm"
)

// The model pipeline's benchmarks, side by side in one run (BENCHMARKS.md):
// the VM fast path against gorgonia float inference of the same trained
// model on the same digit, and compile time. Sizes are reported as custom
// metrics of BenchmarkCompile.

func BenchmarkInference(b *testing.B) {
	_, test, err := mnist.LoadFixtures(fixturebuild.MNISTDir(root))
	if err != nil {
		b.Fatal(err)
	}
	for _, name := range fixturebuild.Names {
		f, err := fixturebuild.Build(root, name)
		if err != nil {
			b.Fatal(err)
		}
		committed, err := fixtures.Load(name)
		if err != nil {
			b.Fatal(err)
		}
		x, err := mnist.Tensor(test.Images[0], f.Graph.InputShape...)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name+"/vm", func(b *testing.B) {
			for b.Loop() {
				if _, err := vm.Execute(committed.Model, committed.Input); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/gorgonia", func(b *testing.B) {
			r, err := reference.NewRunner(f.Graph)
			if err != nil {
				b.Fatal(err)
			}
			defer r.Close()
			for b.Loop() {
				if _, err := r.Output(x); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkCompile(b *testing.B) {
	for _, name := range fixturebuild.Names {
		b.Run(name, func(b *testing.B) {
			var f *fixturebuild.Fixture
			for b.Loop() {
				var err error
				if f, err = fixturebuild.Build(root, name); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(f.ONNX)), "onnx-bytes")
			b.ReportMetric(float64(len(f.Result.Model.Encode())), "model-bytes")
		})
	}
}
