package ops

// The Go-only part of lut.go, which has no Solidity twin (see doc.go): the
// fast path, the trace rebuild bound, the (empty) data rule and the op name
// of Lut, and the table encoder.

func (lut) name() string { return "lut" }

// validateData: every table is valid (docs/spec.md §6.10 has no data rule).
func (lut) validateData(*Desc, []byte) error { return nil }

func (lut) writtenThrough(d *Desc, i uint64) uint64 {
	return elemEnd(d.Out, i, d.Out.RowLen()-1)
}

func (lut) run(d *Desc, ram, rom []byte) {
	t := rom[uint64(d.W)*LeafSize:][:LutTableLeaves*LeafSize]
	L, n := d.In.RowLeaves(), d.In.RowLen()
	for row := uint64(0); row < d.In.Rows(); row++ {
		in := ram[(uint64(d.In.Addr)+row*L)*LeafSize:][:n]
		out := ram[(uint64(d.Out.Addr)+row*L)*LeafSize:][:n]
		for e, x := range in {
			out[e] = t[lutIndex(int8(x))]
		}
	}
}

// PutLutTable encodes a Lut table into b (256 bytes, LutTableLeaves
// leaves): entry x+128 is table[x+128], the output for the input x.
func PutLutTable(b []byte, table *[256]int8) {
	for k, v := range table {
		b[k] = byte(v)
	}
}
