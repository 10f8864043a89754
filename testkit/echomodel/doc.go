// Package echomodel builds the completion test model of the protocol
// (docs/protocol.md §3.6) from the VM ops that exist for every version-2
// model: an int32 [T] input (token ids) copied by one Reshape into an
// int32 [T] output, so output[t] = input[t] depends only on input[0..t]
// (causal) and the greedy "next token" after a prefix is its last token:
// a completion repeats the prompt's last token. It lets the oracle, node
// and end-to-end tests exercise completion requests, claims and games
// before a real language model lands; any model with the same header
// shape is served the same way.
//
// Guarantees: Echo is a pure function of T (one model ID per context
// length); the model is valid (Builder.Build accepted it) and registrable.
package echomodel
