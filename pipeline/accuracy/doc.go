// Package accuracy measures how closely a compiled (int8, VM) model follows
// its float reference on a labelled data set: float and VM accuracy, argmax
// agreement, and the absolute error of the dequantized logits. `opml eval`
// prints its Report; the fixture tests assert the goals on it.
//
// Guarantees: Measure is deterministic for a deterministic float model; it
// runs the VM on its fast path (vm.Execute), which computes exactly what a
// dispute would. Errors are prefixed "accuracy: ". Not safe for concurrent
// use of one Float value unless that value is.
package accuracy
