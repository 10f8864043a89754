// Package fixedpoint provides the integer arithmetic primitives of the opml VM:
// the single rounding rule (round half away from zero), int32 requantization
// by a fixed-point multiplier and shift, and saturation to int8 and int32.
//
// Guarantees: every function is total (defined for every input, never
// panics), uses only integer arithmetic on int64, and is bit-exact across
// platforms. docs/spec.md §2 is the normative definition; the Solidity step
// verifier mirrors these functions one for one. fixedpoint_offchain.go
// adds Go-only forms for the VM's fast path (Requantizer, Output,
// DivRounder) that decode fixed parameters once and compute exactly the
// same functions without data-dependent branches. Safe for concurrent use (no state).
package fixedpoint
