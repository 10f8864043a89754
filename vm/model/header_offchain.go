package model

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/vm/ops"
)

// The Go-only part of header.go, which has no Solidity twin (see
// vm/doc.go): the header encoder. Model building writes what
// DecodeHeader and ModelHeader.decode read.

// Leaves returns the three header leaves h0, h1, h2.
func (h *Header) Leaves() [3]common.Hash {
	var l [3]common.Hash
	b := l[0][:]
	b[0] = Version
	b[1], b[2], b[3] = h.ProgramDepth, h.WeightsDepth, h.RAMDepth
	binary.BigEndian.PutUint32(b[4:], h.NumOps)
	binary.BigEndian.PutUint64(b[8:], h.NumSteps)
	binary.BigEndian.PutUint32(b[16:], h.RAMLeaves)
	binary.BigEndian.PutUint32(b[20:], h.WeightsLeaves)
	b[24], b[25] = h.InputDepth, h.OutputDepth
	copy(l[1][:], ops.EncodeTensor(h.Input))
	copy(l[2][:], ops.EncodeTensor(h.Output))
	return l
}
