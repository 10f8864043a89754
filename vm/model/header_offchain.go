package model

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/vm/ops"
)

// The Go-only part of header.go, which has no Solidity twin (see
// vm/doc.go): the header encoder, and the header-only part of model rule M6,
// which the step function does not check (the model registry does,
// onchain). Model building writes what DecodeHeader and ModelHeader.decode
// read.

// Leaves returns the three header leaves h0, h1, h2.
func (h *Header) Leaves() [3]common.Hash {
	var l [3]common.Hash
	b := l[0][:]
	b[0] = h.Version
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

// InputClobbersOutput reports whether the input tensor, which the initial
// state writes, has a leaf in the output region [Output.Addr, Output.Addr +
// 2^OutputDepth) without being the output tensor itself (the same address
// and shape): the part of rule M6 (docs/spec.md §3.6) that the header alone
// decides. Decode and New refuse such models, and the model registry
// refuses such headers: the output root at the halt would commit to input
// bytes in the output's padding (or in the one slack leaf of an empty
// output) and differ from the canonical root of the claimed output values.
// With the input at leaf 0 (H7) it is Output.Addr < Leaves(Input) and
// Output ≠ Input. It is meaningful for headers valid under H1–H9 and safe
// on any header: it never overflows.
func (h *Header) InputClobbersOutput() bool {
	in, out := h.Input, h.Output
	a := uint64(out.Addr)
	if in.Leaves() == 0 || in.End() <= a || (in.Addr == out.Addr && in.SameShape(out)) {
		return false
	}
	// The input ends past the region's start: it has a leaf in the region
	// unless it starts at or past the region's end (a + 2^OutputDepth > 2^32
	// > Input.Addr when OutputDepth >= 32).
	return h.OutputDepth >= 32 || uint64(in.Addr) < a+1<<h.OutputDepth
}
