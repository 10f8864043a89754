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

// run: a table mostly selects runs of source elements that follow each
// other along a row (a slice, a split into heads) or down a column (a
// transpose), so the source's address follows the previous entry's by an
// addition while the index moves by one element within the row, or by a
// whole row in the same column; other entries are located by gatherSource.
func (gather) run(d *Desc, ram, rom []byte) {
	tab := rom[uint64(d.W)*LeafSize:]
	n := d.Out.RowLen()
	srcs := [2]gatherSrc{newGatherSrc(d.In, 0), newGatherSrc(d.In2, int64(d.In.Numel()))}
	var (
		prev int64      // the previous entry, when it selected an element
		src  *gatherSrc // its tensor, or nil
		addr uint64     // its RAM byte address
		col  uint64     // its column
	)
	for i := uint64(0); i < d.Out.Rows(); i++ {
		out := ram[(uint64(d.Out.Addr)+i*d.Out.RowLeaves())*LeafSize:][:n]
		ent := tab[4*i*n:][:4*n]
		for j := range out {
			k := int64(int32(binary.BigEndian.Uint32(ent[4*j:])))
			switch delta := k - prev; {
			case src != nil && delta == 1 && col+1 < src.width:
				addr++
				col++
			case src != nil && delta == int64(src.width) && k-src.first < int64(src.numel):
				addr += src.stride
			default:
				src = nil
				t, se, ok := gatherSource(d, k)
				if !ok {
					out[j] = byte(d.ZIn)
					continue
				}
				src = &srcs[0]
				if uint64(k) >= srcs[0].numel {
					src = &srcs[1]
				}
				col = se % src.width
				addr = uint64(t.Addr)*LeafSize + se/src.width*src.stride + col
			}
			prev = k
			out[j] = ram[addr]
		}
	}
}

// gatherSrc is one source tensor of a Gather run, its layout decoded once.
type gatherSrc struct {
	width, stride uint64 // row length, and bytes from a row to the next
	first         int64  // the index of its element 0 (In: 0, In2: Numel(In))
	numel         uint64
}

func newGatherSrc(t Tensor, first int64) gatherSrc {
	return gatherSrc{width: t.RowLen(), stride: t.RowLeaves() * LeafSize, first: first, numel: t.Numel()}
}

// PutGatherTable encodes a Gather index table into b
// (GatherTableLeaves(len(idx)) leaves): entry e, big-endian, at bytes
// [4e, 4e+4).
func PutGatherTable(b []byte, idx []int32) {
	for e, k := range idx {
		binary.BigEndian.PutUint32(b[4*e:], uint32(k))
	}
}
