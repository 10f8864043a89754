package arbiter

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/merkle"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// RequestInput encodes int8 input values as InferenceOracle.request takes
// them: Numel(Input) int8 bytes, row-major, no padding. The model's input
// must be int8; RequestInputInt32 encodes an int32 input.
func RequestInput(h *model.Header, values []int8) ([]byte, error) {
	if h.Input.DType != ops.Int8 {
		return nil, fmt.Errorf("arbiter: the model's input is %v, not int8: encode its values with RequestInputInt32", h.Input.DType)
	}
	if uint64(len(values)) != h.Input.Numel() {
		return nil, fmt.Errorf("arbiter: input has %d values, the model takes %d", len(values), h.Input.Numel())
	}
	b := make([]byte, len(values))
	for i, v := range values {
		b[i] = byte(v)
	}
	return b, nil
}

// RequestInputInt32 encodes int32 input values (token ids) as
// InferenceOracle.request takes them: Numel(Input) 4-byte big-endian int32
// elements, row-major, no padding (the oracle lays them out canonically,
// docs/spec.md §3.4). The model's input must be int32 (version 2, rule H7).
func RequestInputInt32(h *model.Header, values []int32) ([]byte, error) {
	if h.Input.DType != ops.Int32 {
		return nil, fmt.Errorf("arbiter: the model's input is %v, not int32: encode its values with RequestInput", h.Input.DType)
	}
	if uint64(len(values)) != h.Input.Numel() {
		return nil, fmt.Errorf("arbiter: input has %d values, the model takes %d", len(values), h.Input.Numel())
	}
	b := make([]byte, 4*len(values))
	for i, v := range values {
		binary.BigEndian.PutUint32(b[4*i:], uint32(v))
	}
	return b, nil
}

// TraceRequest runs model m on a request's input bytes as
// InferenceOracle.request takes them (RequestInput, RequestInputInt32):
// int8 bytes, or 4-byte big-endian int32 elements for a model whose input
// is int32.
func TraceRequest(m *model.Model, input []byte) (*vm.Trace, error) {
	t := m.Header.Input
	size := t.DType.Size()
	if size == 0 || uint64(len(input)) != t.Numel()*size {
		return nil, fmt.Errorf("arbiter: request input of %d bytes, the model's %v input %v takes %d", len(input), t.DType, t.Shape(), t.Numel()*size)
	}
	if t.DType == ops.Int32 {
		v := make([]int32, len(input)/4)
		for i := range v {
			v[i] = int32(binary.BigEndian.Uint32(input[4*i:]))
		}
		return vm.NewTraceInt32(m, v)
	}
	v := make([]int8, len(input))
	for i, x := range input {
		v[i] = int8(x)
	}
	return vm.NewTrace(m, v)
}

// ClaimOutput encodes output values as InferenceOracle.submit takes them:
// Numel(Output) elements, row-major, int8 bytes or 4-byte big-endian int32.
func ClaimOutput(h *model.Header, values []int64) ([]byte, error) {
	t := h.Output
	if uint64(len(values)) != t.Numel() {
		return nil, fmt.Errorf("arbiter: output has %d values, the model yields %d", len(values), t.Numel())
	}
	size := int(t.DType.Size())
	b := make([]byte, len(values)*size)
	for i, v := range values {
		switch t.DType {
		case ops.Int8:
			b[i] = byte(int8(v))
		case ops.Int32:
			binary.BigEndian.PutUint32(b[4*i:], uint32(int32(v)))
		default:
			return nil, fmt.Errorf("arbiter: output dtype %v", t.DType)
		}
	}
	return b, nil
}

// StartHash is the hash of the initial state of model modelID on input
// values: what the oracle computes at request time (docs/protocol.md §3.1).
func StartHash(modelID common.Hash, h *model.Header, values []int8) (common.Hash, error) {
	enc, err := vm.EncodeInput(h, values)
	if err != nil {
		return common.Hash{}, err
	}
	root, err := vm.InputRoot(h, enc)
	if err != nil {
		return common.Hash{}, err
	}
	s := vm.InitialState(modelID, h, root)
	return s.Hash(), nil
}

// FinalHash is the halted state hash the oracle derives from a claim's
// final RAM root and output root (docs/protocol.md §3.2).
func FinalHash(modelID common.Hash, h *model.Header, ramRoot, outputRoot common.Hash) common.Hash {
	s := vm.State{Status: vm.Halted, ModelID: modelID, RAMRoot: ramRoot, OutputRoot: outputRoot,
		Step: h.NumSteps, PC: h.NumOps}
	return s.Hash()
}

// OutputRoot is the root of the output region holding a claim's output
// bytes (as ClaimOutput encodes them) in the canonical layout: each row from
// a leaf boundary, zero padding, zero slack (docs/spec.md §3.4).
func OutputRoot(h *model.Header, output []byte) (common.Hash, error) {
	t := h.Output
	rowBytes := t.RowLen() * t.DType.Size()
	if uint64(len(output)) != t.Rows()*rowBytes {
		return common.Hash{}, fmt.Errorf("arbiter: output is %d bytes, the model yields %d", len(output), t.Rows()*rowBytes)
	}
	laid := make([]byte, t.Leaves()*ops.LeafSize)
	for r := uint64(0); r < t.Rows(); r++ {
		copy(laid[r*t.RowLeaves()*ops.LeafSize:], output[r*rowBytes:(r+1)*rowBytes])
	}
	tree, err := merkle.FromBytes(int(h.OutputDepth), laid)
	if err != nil {
		return common.Hash{}, fmt.Errorf("arbiter: output: %w", err)
	}
	return tree.Root(), nil
}

// ClaimHash is the final hash the oracle derives from a claim's output and
// final RAM root.
func ClaimHash(modelID common.Hash, h *model.Header, output []byte, ramRoot common.Hash) (common.Hash, error) {
	root, err := OutputRoot(h, output)
	if err != nil {
		return common.Hash{}, err
	}
	return FinalHash(modelID, h, ramRoot, root), nil
}

// CheckRegistrable returns an error naming the rule if the model registry
// would refuse header h beyond the header rules H1–H9: an output of more
// than MaxOutputBytes counted with its padding, Leaves × 32 (OutputTooLarge) or an input that clobbers the output
// (InputClobbersOutput, part (b) of model rule M6). docs/protocol.md §2.
func CheckRegistrable(h *model.Header) error {
	if size := h.Output.Leaves() * ops.LeafSize; size > MaxOutputBytes {
		return fmt.Errorf("arbiter: output of %d bytes with its padding (%d leaves), the registry accepts at most %d (docs/protocol.md §2)",
			size, h.Output.Leaves(), MaxOutputBytes)
	}
	if h.InputClobbersOutput() {
		return errors.New("arbiter: the input has leaves in the output region and is not the output (model rule M6)")
	}
	return nil
}
