// Package complete runs greedy decoding on a completion model (docs/
// protocol.md §3.6; docs/onnx.md "Completion models"): a VM model whose
// input is int32 token ids [T] and whose output is int32 [T], output[t]
// the greedy next token after ids[0..t]. Greedy extends a prompt one token
// per fast-path pass (vm.ExecuteInt32) over the growing prefix, then
// builds the teacher-forced input x = prompt ‖ c_0 … c_{n−2} ‖ 0 … 0 that a
// completion claim's trace runs on.
//
// Guarantees: the result is a function of the model, the prompt and the
// token count (the VM is bit-exact); the completion equals the output of
// one pass over x at positions P − 1 … P + n − 2 (causality), which
// Greedy checks. Errors are prefixed "complete: ". Safe for concurrent use.
package complete
