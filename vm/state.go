package vm

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/vm/merkle"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

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
	I, J       uint32      // position in the op's I x J schedule
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

// DecodeState parses a state encoding.
func DecodeState(b []byte) (State, error) {
	var s State
	if len(b) != StateSize {
		return s, fmt.Errorf("vm: state encoding is %d bytes, want %d", len(b), StateSize)
	}
	if b[0] > byte(Error) {
		return s, fmt.Errorf("vm: unknown status %d", b[0])
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

// InputRoot is the root of the input subtree (depth h.InputDepth) holding
// the encoded input leaves.
func InputRoot(h *model.Header, encoded []byte) (common.Hash, error) {
	t, err := merkle.FromBytes(int(h.InputDepth), encoded)
	if err != nil {
		return common.Hash{}, fmt.Errorf("vm: input: %w", err)
	}
	return t.Root(), nil
}

// InitialState returns the state before step 0 of model modelID (with
// header h) on the input whose root is inputRoot: RAM holds the input
// subtree at leaf 0 and zeros elsewhere.
func InitialState(modelID common.Hash, h *model.Header, inputRoot common.Hash) State {
	root := inputRoot
	for lvl := int(h.InputDepth); lvl < int(h.RAMDepth); lvl++ {
		root = merkle.HashPair(root, merkle.ZeroHash(lvl))
	}
	return State{Status: Running, ModelID: modelID, RAMRoot: root}
}
