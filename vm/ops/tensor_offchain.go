package ops

import "encoding/binary"

// The Go-only part of tensor.go, which has no Solidity twin (see doc.go):
// the tensor constructor, its shape and its encoder (model building writes
// what TensorLib.decode reads).

// NewTensor returns an unplaced (address 0) tensor of the given type and shape.
func NewTensor(dt DType, shape ...uint32) Tensor {
	t := Tensor{DType: dt, Rank: uint8(len(shape))}
	copy(t.Dims[:], shape)
	return t
}

// Shape returns the dimensions.
func (t Tensor) Shape() []uint32 {
	if t.Rank > 4 {
		return nil
	}
	return append([]uint32(nil), t.Dims[:t.Rank]...)
}

func (t Tensor) put(b []byte) {
	binary.BigEndian.PutUint32(b[0:], t.Addr)
	b[4] = byte(t.DType)
	b[5] = t.Rank
	b[6], b[7] = 0, 0
	for k := 0; k < 4; k++ {
		binary.BigEndian.PutUint32(b[8+4*k:], t.Dims[k])
	}
}

// EncodeTensor returns the 24-byte encoding of t.
func EncodeTensor(t Tensor) []byte {
	b := make([]byte, TensorSize)
	t.put(b)
	return b
}
