package vm

import (
	"fmt"

	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// Execute runs model m on the int8 input values on the fast path only (no
// Merkle trees, no checkpoints) and returns the final RAM, RAMLeaves·32
// bytes. It computes exactly what NewTrace does; ReadTensor reads any op's
// output from the result. For evaluation and benchmarks; disputes use
// Trace. A model with an int32 input runs with ExecuteInt32.
func Execute(m *model.Model, values []int8) ([]byte, error) {
	enc, err := EncodeInput(&m.Header, values)
	if err != nil {
		return nil, err
	}
	return execute(m, enc)
}

// ExecuteInt32 is Execute for a model whose input is int32 (token ids).
func ExecuteInt32(m *model.Model, values []int32) ([]byte, error) {
	enc, err := EncodeInputInt32(&m.Header, values)
	if err != nil {
		return nil, err
	}
	return execute(m, enc)
}

// execute runs model m on the encoded input region enc.
func execute(m *model.Model, enc []byte) ([]byte, error) {
	h := &m.Header
	ram := make([]byte, uint64(h.RAMLeaves)*ops.LeafSize)
	if len(enc) > len(ram) {
		return nil, fmt.Errorf("vm: input of %d bytes does not fit RAM of %d", len(enc), len(ram))
	}
	copy(ram, enc)
	for k := range m.Ops {
		m.Ops[k].Run(ram, m.Weights)
	}
	return ram, nil
}
