// Package accuracy measures how closely a compiled (int8, VM) model follows
// its float reference. For a classifier on a labelled data set (Measure):
// float and VM accuracy, argmax agreement, and the absolute error of the
// dequantized logits. For a language model on text windows (MeasureLM,
// MeasureCompletions): next-token agreement, greedy accuracy and bits per
// byte of both sides, and how often greedy completions are identical and
// where they first diverge; the float side is a FloatLM, the trained
// weights (*lm.Model) or an imported graph run by the float reference
// (GraphLM), and GoalAgreement and GoalBPBLoss are issue 15's goals.
// `opml eval` prints these reports; the fixture tests assert the goals on
// them.
//
// Guarantees: the measures are deterministic for a deterministic float
// model; they run the VM on its fast path (vm.Execute), which computes
// exactly what a dispute would. Errors are prefixed "accuracy: ". Not safe
// for concurrent use of one Float value unless that value is.
package accuracy
