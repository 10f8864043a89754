package ops

import (
	"encoding/binary"
	"fmt"
)

// Mirrored function for function by contracts/src/vm/ops/Embed.sol (the
// mirror table is vm/mirror_test.go). The Go-only part is in
// embed_offchain.go.

// embed: Out[i] = row id_i of an int8 table [V, D] in ROM, for the int32
// ids of In in row-major order (docs/spec.md §6.15): a language model's
// token embedding. Table row v is laid out like a RAM row of Out, at the
// ROM leaves W + v·RowLeaves(Out) … + RowLeaves(Out) − 1; V is the
// descriptor's M. An id outside [0, V) yields the fill ZOut in every lane,
// with no ROM read, so the step is total on any id. One output leaf per
// step: read the id's leaf, read the table leaf (none for the fill),
// update the output leaf's real lanes.
type embed struct{}

func (embed) canonical(d *Desc) Desc {
	return Desc{Op: d.Op, In: d.In, Out: d.Out, W: d.W, M: d.M, ZOut: d.ZOut}
}

func (embed) validate(d *Desc, lim Limits) error {
	if d.In.DType != Int32 || d.Out.DType != Int8 {
		return fmt.Errorf("input %v must be int32 and output %v int8", d.In, d.Out)
	}
	if d.Out.Rows() != d.In.Numel() {
		return fmt.Errorf("output %v must have one row per id of input %v", d.Out, d.In)
	}
	if d.In.Overlaps(d.Out) {
		return fmt.Errorf("output %v overlaps input %v", d.Out, d.In)
	}
	return romFits(lim, d.W, uint64(d.M)*d.Out.RowLeaves())
}

func (embed) schedule(d *Desc) (uint64, uint64) { return d.Out.Rows(), d.Out.RowLeaves() }

// embedID is the id of output row i: flat element i of In, given the leaf
// holding it.
func embedID(d *Desc, leaf *[LeafSize]byte, i uint64) int64 {
	_, off := elemAddr(d.In, i)
	return int64(int32(binary.BigEndian.Uint32(leaf[off:])))
}

// embedLanes writes lanes l < n of out: the table leaf's (t non-nil) or
// the fill ZOut.
func embedLanes(d *Desc, t, out *[LeafSize]byte, n int) {
	for l := 0; l < n; l++ {
		if t != nil {
			out[l] = t[l]
		} else {
			out[l] = byte(d.ZOut)
		}
	}
}

func (embed) step(d *Desc, i, c uint64, _ *Acc, m Mem) error {
	idLeaf, _ := elemAddr(d.In, i)
	x, err := m.RAM(idLeaf)
	if err != nil {
		return err
	}
	L := d.Out.RowLeaves()
	var t *[LeafSize]byte
	if id := embedID(d, &x, i); id >= 0 && id < int64(d.M) {
		row, err := m.ROM(uint64(d.W) + uint64(id)*L + c)
		if err != nil {
			return err
		}
		t = &row
	}
	return m.UpdateRAM(uint64(d.Out.Addr)+i*L+c, func(out *[LeafSize]byte) { embedLanes(d, t, out, lanesIn(d.Out, c)) })
}
