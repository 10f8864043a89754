package ops

import (
	"encoding/binary"
	"fmt"
)

// Mirrored function for function by contracts/src/vm/ops/Gather.sol (the
// mirror table is vm/mirror_test.go). The Go-only part is in
// gather_offchain.go.

// GatherEntriesPerLeaf is the number of int32 index entries in one ROM leaf
// of a Gather index table.
const GatherEntriesPerLeaf = LeafSize / 4

// GatherTableLeaves returns the size in ROM of the index table of an output
// of n elements: ceil(n / 8) leaves.
func GatherTableLeaves(n uint64) uint64 { return ceilDiv(n, GatherEntriesPerLeaf) }

// gather: Out[e] = the source element idx[e], for a compile-time table idx
// of Numel(Out) int32 entries in ROM (docs/spec.md §6.11). The sources are
// the elements of In (k in [0, Numel(In))), then those of the optional In2
// (k in [Numel(In), Numel(In) + Numel(In2))); any other k, negative ones
// included, yields the fill value ZIn. It is the one data-movement op onto
// which an importer lowers Transpose, Slice, Pad, Expand, Tile, Concat,
// DepthToSpace, SpaceToDepth and Gather with constant indices. One output
// element per step: read the index leaf, read the source element's leaf
// (none for the fill), update the output element's leaf.
type gather struct{}

func (gather) canonical(d *Desc) Desc {
	return Desc{Op: d.Op, In: d.In, In2: d.In2, Out: d.Out, W: d.W, ZIn: d.ZIn}
}

func (gather) validate(d *Desc, lim Limits) error {
	if d.In.DType != Int8 || d.Out.DType != Int8 || (!d.In2.IsZero() && d.In2.DType != Int8) {
		return fmt.Errorf("inputs %v, %v and output %v must be int8", d.In, d.In2, d.Out)
	}
	if d.Out.Overlaps(d.In) || (!d.In2.IsZero() && d.Out.Overlaps(d.In2)) {
		return fmt.Errorf("output %v overlaps an input (%v, %v)", d.Out, d.In, d.In2)
	}
	return romFits(lim, d.W, GatherTableLeaves(d.Out.Numel()))
}

func (gather) schedule(d *Desc) (uint64, uint64) { return d.Out.Rows(), d.Out.RowLen() }

// gatherIndex is entry e of the index table, given its leaf W + e/8: the
// big-endian int32 at bytes [4·(e mod 8), +4).
func gatherIndex(leaf *[LeafSize]byte, e uint64) int64 {
	return int64(int32(binary.BigEndian.Uint32(leaf[(e%GatherEntriesPerLeaf)*4:])))
}

// gatherSource returns the tensor and flat element index that k selects:
// element k of In, element k - Numel(In) of a present In2, or ok = false
// (the fill).
func gatherSource(d *Desc, k int64) (t Tensor, e uint64, ok bool) {
	if k < 0 {
		return Tensor{}, 0, false
	}
	u, n := uint64(k), d.In.Numel()
	if u < n {
		return d.In, u, true
	}
	if !d.In2.IsZero() && u-n < d.In2.Numel() {
		return d.In2, u - n, true
	}
	return Tensor{}, 0, false
}

func (gather) step(d *Desc, i, j uint64, _ *Acc, m Mem) error {
	e := i*d.Out.RowLen() + j
	idx, err := m.ROM(uint64(d.W) + e/GatherEntriesPerLeaf)
	if err != nil {
		return err
	}
	v := byte(d.ZIn)
	if src, se, ok := gatherSource(d, gatherIndex(&idx, e)); ok {
		leaf, off := elemAddr(src, se)
		x, err := m.RAM(leaf)
		if err != nil {
			return err
		}
		v = x[off]
	}
	outLeaf, outOff := d.Out.ElemLeaf(i, j)
	return m.UpdateRAM(outLeaf, func(out *[LeafSize]byte) { out[outOff] = v })
}
