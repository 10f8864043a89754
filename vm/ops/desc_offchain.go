package ops

import "encoding/binary"

// The Go-only part of desc.go, which has no Solidity twin (see doc.go): the
// descriptor encoder (model building writes what DescLib.decode reads) and
// the step count of an op.

// Encode returns the 128-byte encoding of d.
func (d *Desc) Encode() []byte {
	b := make([]byte, DescSize)
	be := binary.BigEndian
	b[offOp] = byte(d.Op)
	d.In.put(b[offIn:])
	d.In2.put(b[offIn2:])
	d.Out.put(b[offOut:])
	be.PutUint32(b[offW:], d.W)
	be.PutUint32(b[offCP:], d.CP)
	for k, v := range []uint16{d.KH, d.KW, d.SH, d.SW, d.PadT, d.PadL} {
		be.PutUint16(b[offKH+2*k:], v)
	}
	be.PutUint32(b[offM:], d.M)
	for k, v := range []int8{d.ZIn, d.ZIn2, d.ZOut, d.Lo, d.Hi} {
		b[offZIn+k] = byte(v)
	}
	for k, v := range []int32{d.MulIn, d.MulIn2, d.MulOut} {
		be.PutUint32(b[offMulIn+4*k:], uint32(v))
	}
	b[offShIn], b[offShIn2], b[offShOut] = d.ShIn, d.ShIn2, d.ShOut
	return b
}

// Steps returns the number of VM steps the op takes: 1 for an empty
// schedule (I*J == 0), else the sum of J(i) over its I iterations (I*J
// unless the op is ragged; docs/spec.md §4.1).
func (d *Desc) Steps() uint64 {
	I, J := d.Schedule()
	if I*J == 0 {
		return 1
	}
	return d.StepsBefore(I)
}
