package vm

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/vm/merkle"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// Go-only (see doc.go): the input and output regions of RAM (docs/spec.md
// §3.4) and the initial state (§7.1). The step verifier never computes them;
// contracts/src/arbiter/Commitments.sol mirrors InputRoot and InitialState
// for the oracle's commitments.

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

// inputOf returns the model's input tensor if it has element type dt and n
// elements; other names the encoder of the other element type.
func inputOf(h *model.Header, dt ops.DType, n int, other string) (ops.Tensor, error) {
	t := h.Input
	if t.DType != dt {
		return t, fmt.Errorf("vm: the model's input %v is %v, not %v: encode its values with %s", t.Shape(), t.DType, dt, other)
	}
	if uint64(n) != t.Numel() {
		return t, fmt.Errorf("vm: input has %d values, the model's input %v takes %d", n, t.Shape(), t.Numel())
	}
	return t, nil
}

// EncodeInput lays out int8 input values (row-major, Input.Numel() of them)
// as the leaves of the input tensor: every row starts on a leaf, padding is
// zero (the canonical encoding, docs/spec.md §3.4). The model's input must
// be int8; EncodeInputInt32 encodes an int32 input.
func EncodeInput(h *model.Header, values []int8) ([]byte, error) {
	t, err := inputOf(h, ops.Int8, len(values), "EncodeInputInt32")
	if err != nil {
		return nil, err
	}
	b := make([]byte, t.Leaves()*ops.LeafSize)
	n := t.RowLen()
	for r := uint64(0); r < t.Rows(); r++ {
		for c := uint64(0); c < n; c++ {
			b[r*t.RowLeaves()*ops.LeafSize+c] = byte(values[r*n+c])
		}
	}
	return b, nil
}

// EncodeInputInt32 lays out int32 input values (token ids; row-major,
// Input.Numel() of them) as the leaves of the input tensor: 4-byte
// big-endian elements, 8 to a leaf, every row starts on a leaf, padding is
// zero (the canonical encoding, docs/spec.md §3.4). The model's input must
// be int32 (a version-2 model, rule H7).
func EncodeInputInt32(h *model.Header, values []int32) ([]byte, error) {
	t, err := inputOf(h, ops.Int32, len(values), "EncodeInput")
	if err != nil {
		return nil, err
	}
	b := make([]byte, t.Leaves()*ops.LeafSize)
	n := t.RowLen()
	for r := uint64(0); r < t.Rows(); r++ {
		for c := uint64(0); c < n; c++ {
			leaf, off := t.ElemLeaf(r, c) // t.Addr = 0 (H7)
			binary.BigEndian.PutUint32(b[leaf*ops.LeafSize+uint64(off):], uint32(values[r*n+c]))
		}
	}
	return b, nil
}

// ReadTensor returns the values of tensor t (int8 or int32, row-major) from
// flat RAM bytes whose first leaf is leaf 0 of RAM.
func ReadTensor(t ops.Tensor, ram []byte) []int64 {
	out := make([]int64, 0, t.Numel())
	for r := uint64(0); r < t.Rows(); r++ {
		for c := uint64(0); c < t.RowLen(); c++ {
			leaf, off := t.ElemLeaf(r, c)
			p := ram[leaf*ops.LeafSize+uint64(off):]
			if t.DType == ops.Int32 {
				out = append(out, int64(int32(binary.BigEndian.Uint32(p))))
			} else {
				out = append(out, int64(int8(p[0])))
			}
		}
	}
	return out
}
