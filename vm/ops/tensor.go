package ops

import (
	"encoding/binary"
	"fmt"
)

// Mirrored function for function by contracts/src/vm/ops/Tensor.sol (the
// mirror table is vm/mirror_test.go). The Go-only part is in
// tensor_offchain.go.

// LeafSize is the size in bytes of one memory leaf.
const LeafSize = 32

// MaxElements bounds the product of a tensor's non-zero dimensions, so that
// row counts, row lengths and element indices all fit in 32 bits.
const MaxElements = 1 << 31

// DType is a tensor element type.
type DType uint8

// Element types.
const (
	Int8  DType = 1 // two's complement, 1 byte
	Int32 DType = 2 // two's complement, 4 bytes big-endian
)

func (d DType) String() string {
	switch d {
	case Int8:
		return "int8"
	case Int32:
		return "int32"
	}
	return fmt.Sprintf("dtype(%d)", uint8(d))
}

// Size is the element size in bytes (0 for an unknown type).
func (d DType) Size() uint64 {
	switch d {
	case Int8:
		return 1
	case Int32:
		return 4
	}
	return 0
}

// TensorSize is the encoded size of a Tensor.
const TensorSize = 24

// Tensor describes a tensor in RAM. The layout is row-major; a row is the
// innermost dimension, every row starts on a leaf boundary and occupies
// RowLeaves() leaves, its unused tail bytes are padding that ops never write
// and reductions never read.
type Tensor struct {
	Addr  uint32    // first leaf in RAM
	DType DType     // element type
	Rank  uint8     // 0..4
	Dims  [4]uint32 // Dims[k] for k < Rank; zero beyond
}

// RowLen is the innermost dimension (1 for a scalar).
func (t Tensor) RowLen() uint64 {
	if t.Rank == 0 || t.Rank > 4 {
		return 1
	}
	return uint64(t.Dims[t.Rank-1])
}

// Rows is the product of all but the innermost dimension.
func (t Tensor) Rows() uint64 {
	r := uint64(1)
	for k := 0; k+1 < int(t.Rank) && k < 4; k++ {
		r *= uint64(t.Dims[k])
	}
	return r
}

// Numel is the number of elements.
func (t Tensor) Numel() uint64 { return t.Rows() * t.RowLen() }

// RowLeaves is the number of leaves one row occupies.
func (t Tensor) RowLeaves() uint64 { return ceilDiv(t.RowLen()*t.DType.Size(), LeafSize) }

// Leaves is the number of leaves the tensor occupies.
func (t Tensor) Leaves() uint64 { return t.Rows() * t.RowLeaves() }

// End is the leaf just past the tensor.
func (t Tensor) End() uint64 { return uint64(t.Addr) + t.Leaves() }

// SameShape reports whether t and u have the same type, rank and dimensions.
func (t Tensor) SameShape(u Tensor) bool {
	return t.DType == u.DType && t.Rank == u.Rank && t.Dims == u.Dims
}

// IsZero reports whether t is the all-zero tensor (address, type, rank and
// dimensions zero): the encoding of an absent optional tensor (Gather's
// In2). It is never a valid tensor (T1).
func (t Tensor) IsZero() bool { return t == Tensor{} }

// Overlaps reports whether the leaf ranges of t and u intersect.
func (t Tensor) Overlaps(u Tensor) bool {
	return t.Leaves() > 0 && u.Leaves() > 0 && uint64(t.Addr) < u.End() && uint64(u.Addr) < t.End()
}

// ElemLeaf returns the leaf and byte offset of element (row, col).
func (t Tensor) ElemLeaf(row, col uint64) (leaf uint64, off int) {
	b := col * t.DType.Size()
	return uint64(t.Addr) + row*t.RowLeaves() + b/LeafSize, int(b % LeafSize)
}

// Validate checks the tensor against the RAM size.
func (t Tensor) Validate(ramLeaves uint64) error {
	if t.DType.Size() == 0 {
		return fmt.Errorf("unknown dtype %d", t.DType)
	}
	if t.Rank > 4 {
		return fmt.Errorf("rank %d > 4", t.Rank)
	}
	p := uint64(1)
	for k := 0; k < 4; k++ {
		d := uint64(t.Dims[k])
		if k >= int(t.Rank) {
			if d != 0 {
				return fmt.Errorf("dimension %d beyond rank %d is %d, want 0", k, t.Rank, d)
			}
			continue
		}
		if d == 0 {
			continue
		}
		if p *= d; p > MaxElements {
			return fmt.Errorf("shape %v has more than 2^31 elements", t.Shape())
		}
	}
	if t.End() > ramLeaves {
		return fmt.Errorf("tensor %v at leaf %d needs leaves up to %d, RAM has %d", t.Shape(), t.Addr, t.End(), ramLeaves)
	}
	return nil
}

func (t Tensor) String() string {
	return fmt.Sprintf("%s%v@%d", t.DType, t.Shape(), t.Addr)
}

// getTensor decodes a tensor; ok is false if its reserved bytes are not zero.
func getTensor(b []byte) (t Tensor, ok bool) {
	t.Addr = binary.BigEndian.Uint32(b[0:])
	t.DType = DType(b[4])
	t.Rank = b[5]
	for k := 0; k < 4; k++ {
		t.Dims[k] = binary.BigEndian.Uint32(b[8+4*k:])
	}
	return t, b[6] == 0 && b[7] == 0
}

// DecodeTensor decodes a 24-byte tensor encoding.
func DecodeTensor(b []byte) (Tensor, error) {
	if len(b) != TensorSize {
		return Tensor{}, fmt.Errorf("ops: tensor encoding is %d bytes, want %d", len(b), TensorSize)
	}
	t, ok := getTensor(b)
	if !ok {
		return Tensor{}, fmt.Errorf("ops: tensor reserved bytes are not zero")
	}
	return t, nil
}

func ceilDiv(a, b uint64) uint64 { return (a + b - 1) / b }
