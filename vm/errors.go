package vm

import (
	"errors"
	"fmt"
	"strings"
)

// Mirrored function for function by contracts/src/vm/Errors.sol (the mirror
// table is vm/mirror_test.go).

// Reason is why the VM rejects a step's input: one constant per custom error
// of contracts/src/vm/Errors.sol, named exactly after it (String returns the
// Solidity name). For every pre-state and witness, vm.DecodeState and
// vm.Step reject with the same first failing reason and the same arguments
// as the onchain StepVerifier reverts with (docs/spec.md §7.2–§7.4).
type Reason uint8

// The reasons, in the order of Errors.sol. The identifiers are the Solidity
// names with the prefix Reason.
const (
	// ReasonBadPreState: the pre-state is not a state encoding (245 bytes,
	// status at most 2). The only reason that is not a bad witness.
	ReasonBadPreState Reason = iota + 1
	// ReasonWitnessTruncated: the witness ends before a field it must hold.
	ReasonWitnessTruncated
	// ReasonWitnessVersion(version): the version byte is not 1.
	ReasonWitnessVersion
	// ReasonWitnessDepths: an op or an access needs proof lengths, but the
	// header's depths are out of range.
	ReasonWitnessDepths
	// ReasonWitnessOpFlag(flag): the hasOp byte is neither 0 nor 1.
	ReasonWitnessOpFlag
	// ReasonWitnessAccessKind(k, kind): access k has a kind outside 1–4.
	ReasonWitnessAccessKind
	// ReasonWitnessTrailing(extra): bytes are left after the last access.
	ReasonWitnessTrailing
	// ReasonModelIdMismatch: the header and roots do not hash to the model ID.
	ReasonModelIdMismatch
	// ReasonOpUnexpected: an op on a step that reads none.
	ReasonOpUnexpected
	// ReasonOpMissing(pc): no op on a step that executes op pc.
	ReasonOpMissing
	// ReasonOpProofInvalid(pc): the op's proof does not prove it as op pc.
	ReasonOpProofInvalid
	// ReasonAccessMissing(k): the step makes access k, the witness holds k.
	ReasonAccessMissing
	// ReasonAccessKind(k, got, want): access k is of the wrong kind.
	ReasonAccessKind
	// ReasonAccessProofInvalid(k, leaf): access k does not prove leaf leaf.
	ReasonAccessProofInvalid
	// ReasonOutputProofInvalid: the halting step's output node does not
	// prove against the RAM root.
	ReasonOutputProofInvalid
	// ReasonAccessesUnused(supplied, used): the witness holds more accesses
	// than the step made.
	ReasonAccessesUnused
)

// reasons holds, per Reason, the Solidity name, the names of the Solidity
// error's arguments (in order) and the message format applied to them.
var reasons = [...]struct {
	name string
	args []string
	msg  string
}{
	ReasonBadPreState:        {"BadPreState", nil, "the pre-state is not a state encoding"},
	ReasonWitnessTruncated:   {"WitnessTruncated", nil, "the witness is truncated"},
	ReasonWitnessVersion:     {"WitnessVersion", []string{"version"}, "witness version %d, want 1"},
	ReasonWitnessDepths:      {"WitnessDepths", nil, "the header depths are out of range, so proof lengths are undefined"},
	ReasonWitnessOpFlag:      {"WitnessOpFlag", []string{"flag"}, "op flag %d is not 0 or 1"},
	ReasonWitnessAccessKind:  {"WitnessAccessKind", []string{"k", "kind"}, "access %d has unknown kind %d"},
	ReasonWitnessTrailing:    {"WitnessTrailing", []string{"extra"}, "%d bytes after the last access"},
	ReasonModelIdMismatch:    {"ModelIdMismatch", nil, "header and roots do not hash to the model ID"},
	ReasonOpUnexpected:       {"OpUnexpected", nil, "the step reads no op, the witness carries one"},
	ReasonOpMissing:          {"OpMissing", []string{"pc"}, "step of op %d carries no op descriptor"},
	ReasonOpProofInvalid:     {"OpProofInvalid", []string{"pc"}, "op %d descriptor proof does not match the program root"},
	ReasonAccessMissing:      {"AccessMissing", []string{"k"}, "access %d missing"},
	ReasonAccessKind:         {"AccessKind", []string{"k", "got", "want"}, "access %d is of kind %d, the step reads kind %d"},
	ReasonAccessProofInvalid: {"AccessProofInvalid", []string{"k", "leaf"}, "access %d: proof of leaf %d does not match the root"},
	ReasonOutputProofInvalid: {"OutputProofInvalid", nil, "output subtree proof does not match the RAM root"},
	ReasonAccessesUnused:     {"AccessesUnused", []string{"supplied", "used"}, "%d accesses supplied, the step made %d"},
}

// Reasons returns every reason, in the order of Errors.sol.
func Reasons() []Reason {
	out := make([]Reason, 0, len(reasons)-1)
	for r := ReasonBadPreState; int(r) < len(reasons); r++ {
		out = append(out, r)
	}
	return out
}

func (r Reason) valid() bool { return r >= ReasonBadPreState && int(r) < len(reasons) }

// String returns the name of the Solidity custom error.
func (r Reason) String() string {
	if !r.valid() {
		return fmt.Sprintf("reason(%d)", uint8(r))
	}
	return reasons[r].name
}

// ArgNames returns the names of the Solidity error's arguments, in order.
func (r Reason) ArgNames() []string {
	if !r.valid() {
		return nil
	}
	return append([]string(nil), reasons[r].args...)
}

// ErrWitness is matched (errors.Is) by every rejection except
// ReasonBadPreState: the witness fails to prove what the step reads.
var ErrWitness = errors.New("vm: bad witness")

// RejectError is a rejected step input: Reason is the Solidity custom error
// the onchain verifier reverts with, Args its arguments in order (every
// argument is an unsigned integer of at most 64 bits).
type RejectError struct {
	Reason Reason
	Args   []uint64
	detail string // more context than the Solidity error carries, if any
}

// reject returns the RejectError of reason r with the Solidity arguments.
func reject(r Reason, args ...uint64) *RejectError {
	return &RejectError{Reason: r, Args: args}
}

// withDetail adds context that the Solidity error does not carry.
func (e *RejectError) withDetail(format string, args ...any) *RejectError {
	e.detail = fmt.Sprintf(format, args...)
	return e
}

func (e *RejectError) Error() string {
	var b strings.Builder
	if e.Reason == ReasonBadPreState {
		b.WriteString("vm: bad pre-state: ")
	} else {
		b.WriteString("vm: bad witness: ")
	}
	b.WriteString(e.Reason.String())
	b.WriteByte('(')
	for k, a := range e.Args {
		if k > 0 {
			b.WriteString(", ")
		}
		fmt.Fprint(&b, a)
	}
	b.WriteString(")")
	if e.Reason.valid() && len(e.Args) == len(reasons[e.Reason].args) {
		args := make([]any, len(e.Args))
		for k, a := range e.Args {
			args[k] = a
		}
		b.WriteString(": ")
		fmt.Fprintf(&b, reasons[e.Reason].msg, args...)
	}
	if e.detail != "" {
		b.WriteString(": ")
		b.WriteString(e.detail)
	}
	return b.String()
}

// Is makes errors.Is(err, ErrWitness) true for every reason but
// ReasonBadPreState.
func (e *RejectError) Is(target error) bool {
	return target == ErrWitness && e.Reason != ReasonBadPreState
}
