package ops

// The Go-only part of reshape.go, which has no Solidity twin (see doc.go):
// the fast path, the trace rebuild bound, the (empty) data rule and the op
// name of Reshape.

func (reshape) name() string { return "reshape" }

func (reshape) validateData(*Desc, []byte) error { return nil }

func (reshape) writtenThrough(d *Desc, e uint64) uint64 {
	return elemEnd(d.Out, e/d.Out.RowLen(), e%d.Out.RowLen())
}

func (reshape) run(d *Desc, ram, _ []byte) {
	es := d.In.DType.Size()
	for e := uint64(0); e < d.In.Numel(); e++ {
		inLeaf, inOff := elemAddr(d.In, e)
		outLeaf, outOff := elemAddr(d.Out, e)
		copy(ram[outLeaf*LeafSize+uint64(outOff):][:es], ram[inLeaf*LeafSize+uint64(inOff):][:es])
	}
}
