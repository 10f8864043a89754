// Package benchreport measures opml and renders BENCHMARKS.md: the VM on the
// fixture models against gorgonia float inference, the trace service, gas
// under the pinned chain rules, the protocol end to end on the in-process
// devnet, scaling over synthetic MLPs, and the published figures we compare
// against. `make bench` runs `go test -bench` (bench.txt), the gas report
// tests (gas-*.md) and `opml bench`, which calls Measure and Render.
//
// The package has two halves:
//   - pure: ParseBench (go test -bench output), ParseStepGas,
//     ParseCallMax and ParseDisputes (the gas tests' markdown), Median,
//     Percentile, FitPowerLaw, Rounds, ChooseArity, Goals and Render. They
//     depend only on their arguments; Render's output is a deterministic
//     function of the Report (its structure never depends on the figures:
//     every section and table is always present, "–" or a note marks what
//     was not measured). testdata/report.golden.md pins it
//     (`go test ./tooling/benchreport -update` regenerates it).
//   - measuring: Measure and the functions it calls time real runs in this
//     process. Timings are medians of batches or of individually timed
//     calls with fixed seeds, so the report is reproducible in structure and
//     its inputs (models, inputs, step indices) are the same on every run;
//     the figures themselves are this machine's and this moment's.
//
// The completion model (section 8, issue 15) is measured on one
// teacher-forced pass of fixtures/models/lm.opml over a full context, the
// pass a completion dispute is about: fast path, full run (the nodes'
// trace build), gorgonia on the imported ONNX graph, StateAt / ProveStep at
// random steps, and the trace's retained heap. "Trace memory bounded" is
// checked, not asserted by hand: the retained heap must be within
// TraceBound (1.1) of vm.TraceBytes (the sparse checkpoints' snapshot trees
// and op outputs, as node budgets charge them), i.e. nothing in a Trace
// grows with the step count and the budgets' charge is honest; one RAM
// tree's heap, measured alone in the same run, gives what a tree per op
// boundary would hold. The accuracy goals (next-token agreement, bits per
// byte) are measured as TestLMAccuracy and `opml eval` measure them
// (pipeline/accuracy) on the held-out fortunes where the fortunes package
// is installed, else on the committed corpus sample past its calibration
// windows (the report names which). The whole completion dispute per side
// comes from the arbiter gas report (ParseLMDisputes): one game per step
// kind of the model, played to that kind's most expensive sampled step;
// the goal takes the largest side over them.
//
// Guarantees: nothing here asserts a timing. Every ratio in the report is
// between two figures measured in the same run (same process for in-process
// figures, same `go test` invocation for bench.txt figures). Not safe for
// concurrent use: Measure must run alone in its process for its timings and
// heap figures to mean anything.
package benchreport
