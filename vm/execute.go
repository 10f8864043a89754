package vm

import (
	"fmt"

	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// Execute runs model m on the input values on the fast path only (no
// Merkle trees, no checkpoints) and returns the final RAM, RAMLeaves·32
// bytes. It computes exactly what NewTrace does; ReadTensor reads any op's
// output from the result. For evaluation and benchmarks; disputes use
// Trace.
func Execute(m *model.Model, values []int8) ([]byte, error) {
	h := &m.Header
	enc, err := EncodeInput(h, values)
	if err != nil {
		return nil, err
	}
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
