package vm

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/vm/ops"
)

// Mirrored function for function by contracts/src/vm/State.sol (the mirror
// table is vm/mirror_test.go).

// Status is the VM status, carried in the first byte of the state encoding
// and of the state hash.
type Status uint8

// Statuses. Halted and Error are terminal: a step leaves them unchanged.
const (
	Running Status = 0
	Halted  Status = 1
	Error   Status = 2 // the program held an invalid op descriptor
)

func (s Status) String() string {
	switch s {
	case Running:
		return "running"
	case Halted:
		return "halted"
	case Error:
		return "error"
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// StateSize is the size of the state encoding.
const StateSize = 1 + 32*3 + 8 + 4*3 + 4*ops.Lanes

// State is the VM state between two steps.
type State struct {
	Status     Status
	ModelID    common.Hash
	RAMRoot    common.Hash
	OutputRoot common.Hash // zero until the halting step binds the output
	Step       uint64      // steps executed
	PC         uint32      // op index; NumOps means "halting step next"
	I, J       uint32      // position in the op's schedule: iteration I, micro-step J < J(I)
	Acc        ops.Acc
}

// Encode returns the 245-byte big-endian state encoding (docs/spec.md §7.1).
func (s *State) Encode() []byte {
	b := make([]byte, StateSize)
	b[0] = byte(s.Status)
	copy(b[1:], s.ModelID[:])
	copy(b[33:], s.RAMRoot[:])
	copy(b[65:], s.OutputRoot[:])
	binary.BigEndian.PutUint64(b[97:], s.Step)
	binary.BigEndian.PutUint32(b[105:], s.PC)
	binary.BigEndian.PutUint32(b[109:], s.I)
	binary.BigEndian.PutUint32(b[113:], s.J)
	for l, v := range s.Acc {
		binary.BigEndian.PutUint32(b[117+4*l:], uint32(v))
	}
	return b
}

// DecodeState parses a state encoding. It rejects anything that is not 245
// bytes with a status of at most 2 with a *RejectError of reason
// ReasonBadPreState (which does not match ErrWitness).
func DecodeState(b []byte) (State, error) {
	var s State
	if len(b) != StateSize {
		return s, reject(ReasonBadPreState).withDetail("state encoding is %d bytes, want %d", len(b), StateSize)
	}
	if b[0] > byte(Error) {
		return s, reject(ReasonBadPreState).withDetail("unknown status %d", b[0])
	}
	s.Status = Status(b[0])
	copy(s.ModelID[:], b[1:])
	copy(s.RAMRoot[:], b[33:])
	copy(s.OutputRoot[:], b[65:])
	s.Step = binary.BigEndian.Uint64(b[97:])
	s.PC = binary.BigEndian.Uint32(b[105:])
	s.I = binary.BigEndian.Uint32(b[109:])
	s.J = binary.BigEndian.Uint32(b[113:])
	for l := range s.Acc {
		s.Acc[l] = int32(binary.BigEndian.Uint32(b[117+4*l:]))
	}
	return s, nil
}

// Hash is keccak256 of the encoding with its first byte replaced by the
// status, so a claim's status can be read from its hash alone.
func (s *State) Hash() common.Hash {
	h := crypto.Keccak256Hash(s.Encode())
	h[0] = byte(s.Status)
	return h
}
