// Command opml is the command-line tool of the opml optimistic-ML
// fraud-proof system.
//
//	opml run --model M --input I [--json]                 run a model, print the output and final state
//	opml run --model M --input I --step T [--json]        print the state before step T
//	opml run --model M --input I --prove T [--out FILE]   write the step vector of step T
//
// The model file is the versioned binary format of docs/spec.md §3.6; the
// input is a JSON array of int8 values (.json) or raw int8 bytes
// (--input-format overrides). Results are deterministic: the same model and
// input print the same state hashes on every machine. main.go only wires
// the commands; each lives in its own file.
package main
