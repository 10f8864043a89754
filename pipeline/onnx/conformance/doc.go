// Package conformance runs ONNX's own backend tests (the Debian package
// libonnx-testdata: data/node/<test>/model.onnx with
// test_data_set_*/input_*.pb and output_*.pb) through opml's whole
// pipeline and classifies each test. docs/onnx-conformance.md is the
// committed table it generates (make onnx-conformance).
//
// # One test
//
// Run reads a test directory and:
//
//  1. Decides eligibility. The first graph input (besides initializers)
//     must be a FLOAT tensor; the graph must have exactly one output, a
//     FLOAT tensor; there must be test data (every data set with one file
//     per graph input and one output file), whose first input and
//     expected output decode as finite FLOAT tensors. Every later graph
//     input is folded in as a constant: the test's input_k.pb becomes an
//     initializer of that name in the ModelProto (ONNX's default-value
//     form, which Decode reads as a constant), so Conv weights, norm
//     scales or Reshape shapes given as inputs reach the importer as
//     weights. Those inputs must have the same data in every data set.
//  2. Imports the model (onnx.Decode), quantizes it with the quantizer
//     (quantize.Compile, min/max calibration on the test's own first
//     inputs, evaluated by the float reference), runs the VM (vm.Execute)
//     on each data set's input quantized by the model card, and
//     dequantizes the VM output with the card. The card's Dequantize maps
//     the VM's element order (HWC for an NCHW output) back to ONNX order,
//     so the comparison is in ONNX order against the expected shape.
//  3. Compares: Bound is the tolerance rule, fixed for every test: max
//     |VM − expected| ≤ 5% of the expected output's range (max − min), or
//     5% of max(max |expected|, 1) where the range is 0.
//
// Outcomes: Passed (accepted, within the bound on every data set);
// Refused (the importer, the float reference or the quantizer returned an
// error: Reason is that error, which names the node and op where it is
// about one); Failed (accepted but outside the bound, a different output
// shape, or a VM error: a bug); Ineligible (the test cannot be posed to a
// one-input, one-output float pipeline, or the test input's shape is not
// the one-batch shape the imported graph takes). Class groups refusal and
// ineligibility reasons for the table.
//
// # Guarantees
//
// Run never returns an error and does not panic: the packages it calls
// must not panic, so a panic is a bug, which Run reports as a Failed result
// whose reason begins "panic: " with the panicking function, so that one
// bug does not hide the rest of the table. (A panic inside gorgonia's tape
// goroutine cannot be recovered by anyone and would end the process.)
// Results and Markdown are deterministic for given test data: no timings,
// no absolute paths; tests are in name order. The VM is exact; the
// calibration ranges come from the float reference, which may differ in
// the last bits across platforms (see package reference).
package conformance
