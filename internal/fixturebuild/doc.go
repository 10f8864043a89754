// Package fixturebuild compiles the committed trained fixture models
// (fixtures/trained/*.onnx) into the committed VM fixtures
// (fixtures/models/*.opml with their model cards, fixtures/inputs/*), the
// way `opml compile` does: min/max calibration on the first
// CalibrationSamples training digits of fixtures/mnist. The generator
// fixtures/compile writes the files; this package's tests check that the
// committed files are exactly what it builds and that the compiled models
// meet the accuracy goals (docs/quantization.md).
//
// Guarantees: Build is deterministic on a given platform (the float
// reference's kernels are architecture-specific; the committed files are
// built on amd64, and the reproduction test runs there). Errors prefixed
// "fixturebuild: ". Not for production use.
package fixturebuild
