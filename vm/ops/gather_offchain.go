package ops

import "encoding/binary"

// The Go-only part of gather.go, which has no Solidity twin (see doc.go):
// the fast path, the trace rebuild bound, the (empty) data rule and the op
// name of Gather, and the index-table encoder.

func (gather) name() string { return "gather" }

// validateData: every index table is valid (docs/spec.md §6.11 has no data
// rule: an index outside the sources selects the fill value).
func (gather) validateData(*Desc, []byte) error { return nil }

func (gather) writtenThrough(d *Desc, i uint64) uint64 {
	return elemEnd(d.Out, i, d.Out.RowLen()-1)
}

// run: a table mostly selects runs of consecutive source elements (a
// transpose or slice moves whole row segments), so the source address
// follows the previous entry's without a division while the index and the
// source column both advance by one.
func (gather) run(d *Desc, ram, rom []byte) {
	tab := rom[uint64(d.W)*LeafSize:]
	n := d.Out.RowLen()
	var (
		prev       int64  // the previous entry, when it selected an element
		run        bool   // whether it did
		addr       uint64 // that element's RAM byte address
		col, width uint64 // its column in its tensor, and the tensor's row length
	)
	for i := uint64(0); i < d.Out.Rows(); i++ {
		out := ram[(uint64(d.Out.Addr)+i*d.Out.RowLeaves())*LeafSize:][:n]
		ent := tab[4*i*n:][:4*n]
		for j := range out {
			k := int64(int32(binary.BigEndian.Uint32(ent[4*j:])))
			switch {
			case run && k == prev+1 && col+1 < width:
				addr++
				col++
			default:
				src, se, ok := gatherSource(d, k)
				if !ok {
					run = false
					out[j] = byte(d.ZIn)
					continue
				}
				leaf, off := elemAddr(src, se)
				addr, col, width, run = leaf*LeafSize+uint64(off), se%src.RowLen(), src.RowLen(), true
			}
			prev = k
			out[j] = ram[addr]
		}
	}
}

// PutGatherTable encodes a Gather index table into b
// (GatherTableLeaves(len(idx)) leaves): entry e, big-endian, at bytes
// [4e, 4e+4).
func PutGatherTable(b []byte, idx []int32) {
	for e, k := range idx {
		binary.BigEndian.PutUint32(b[4*e:], uint32(k))
	}
}
