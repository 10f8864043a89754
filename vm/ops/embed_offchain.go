package ops

// The Go-only part of embed.go, which has no Solidity twin (see doc.go):
// the fast path, the trace rebuild bound, the (empty) data rule and the op
// name of Embed, and the table encoder.

func (embed) name() string { return "embed" }

// validateData: every table is valid (docs/spec.md §6.15 has no data
// rule).
func (embed) validateData(*Desc, []byte) error { return nil }

func (embed) writtenThrough(d *Desc, i uint64) uint64 {
	return leafEnd(d.Out, (i+1)*d.Out.RowLeaves()-1)
}

func (embed) run(d *Desc, ram, rom []byte) {
	L, D := d.Out.RowLeaves(), d.Out.RowLen()
	for i := uint64(0); i < d.Out.Rows(); i++ {
		idLeaf, _ := elemAddr(d.In, i)
		out := ram[(uint64(d.Out.Addr)+i*L)*LeafSize:][:D]
		if id := embedID(d, leafAt(ram, idLeaf), i); id >= 0 && id < int64(d.M) {
			copy(out, rom[(uint64(d.W)+uint64(id)*L)*LeafSize:][:D])
			continue
		}
		for l := range out {
			out[l] = byte(d.ZOut)
		}
	}
}

// EmbedTableLeaves is the size in ROM of an Embed table of v rows of d
// elements: v·ceil(d/32) leaves.
func EmbedTableLeaves(v, d uint64) uint64 { return v * ceilDiv(d, LeafSize) }

// PutEmbedTable encodes an Embed table of len(rows) rows of d int8
// elements into b (EmbedTableLeaves(len(rows), d) leaves): row v from
// leaf v·ceil(d/32), padding zero.
func PutEmbedTable(b []byte, rows [][]int8, d uint64) {
	stride := ceilDiv(d, LeafSize) * LeafSize
	for v, row := range rows {
		dst := b[uint64(v)*stride:][:stride]
		clear(dst)
		for l, x := range row {
			dst[l] = byte(x)
		}
	}
}
