package ops

import (
	"encoding/binary"
	"fmt"

	"github.com/opml-dev/opml/vm/fixedpoint"
)

// Mirrored function for function by contracts/src/vm/ops/Softmax.sol (the
// mirror table is vm/mirror_test.go). The Go-only part is in
// softmax_offchain.go.

// The row-reduction family: Softmax and Argmax over the innermost dimension.

// ---- Softmax ----

// SoftmaxOne is the exp table's value for a zero difference: table entries
// are round(2^16 * exp(-beta * scale * d)) for d = max - x in [0, 255].
const SoftmaxOne = 1 << 16

// SoftmaxTableLeaves is the size of the exp table in ROM: 256 int32 entries.
const SoftmaxTableLeaves = 256 * 4 / LeafSize

// MaxSoftmaxRow bounds a softmax row so that the sum of its table entries
// fits in int32.
const MaxSoftmaxRow = 1<<15 - 1

// softmax: per row, y = clamp(round(256 * T[max-x] / sum_row T[max-x]) - 128,
// -128, 127), i.e. output scale 1/256 and zero point -128. The exp table T is
// model data (computed offline from the input scale and beta), so the VM only
// does integer lookups and one division per element.
//
// Schedule per row (L = leaves per row, n = row length): L steps find the
// row maximum (acc[0] = max + 128), n steps sum the table entries
// (acc[1]), n steps write the outputs.
//
// Causal (KH = 1, format version 2): row r uses only its first
// (r mod n) + 1 elements (row m of a [P·T, T] score matrix sees keys
// 0..m); the three phases run over those elements only and the outputs
// past them are not written.
type softmax struct{}

func (softmax) canonical(d *Desc) Desc { return Desc{Op: d.Op, In: d.In, Out: d.Out, W: d.W, KH: d.KH} }

func (softmax) validate(d *Desc, lim Limits) error {
	if d.In.DType != Int8 || !d.In.SameShape(d.Out) {
		return fmt.Errorf("output %v must be int8 with the shape of input %v", d.Out, d.In)
	}
	if d.In.Overlaps(d.Out) {
		return fmt.Errorf("output %v overlaps input %v", d.Out, d.In)
	}
	if d.In.RowLen() > MaxSoftmaxRow {
		return fmt.Errorf("row length %d > %d", d.In.RowLen(), MaxSoftmaxRow)
	}
	if d.KH > 1 {
		return fmt.Errorf("causal flag %d: want 0 or 1", d.KH)
	}
	return romFits(lim, d.W, SoftmaxTableLeaves)
}

func (softmax) schedule(d *Desc) (uint64, uint64) {
	return d.In.Rows(), d.In.RowLeaves() + 2*d.In.RowLen()
}

// softmaxRow returns the leaves L and the elements n row uses: the whole
// row, or in a causal Softmax its first (row mod RowLen) + 1 elements.
func softmaxRow(d *Desc, row uint64) (L, n uint64) {
	L, n = d.In.RowLeaves(), d.In.RowLen()
	if d.KH != 0 && n != 0 {
		n = row%n + 1
		L = ceilDiv(n, LeafSize)
	}
	return L, n
}

// iterLen: J(row) = L + 2n over the elements the row uses.
func (softmax) iterLen(d *Desc, row uint64) uint64 {
	L, n := softmaxRow(d, row)
	return L + 2*n
}

// softmaxDiff is max - x clamped to the table's range.
func softmaxDiff(acc *Acc, x int8) uint64 {
	return uint64(min(max(int64(acc[0])-128-int64(x), 0), 255))
}

func tableEntry(leaf *[LeafSize]byte, d uint64) int32 {
	return int32(binary.BigEndian.Uint32(leaf[(d%8)*4:]))
}

// softmaxOut is one output: the sum acc[1] <= 0 (only with a malformed
// table) yields -128.
func softmaxOut(p, sum int32) int8 {
	return fixedpoint.Clamp(fixedpoint.DivRound(int64(p)*256, int64(sum))-128, -128, 127)
}

func maxLanes(acc *Acc, x *[LeafSize]byte, n int) {
	for l := 0; l < n; l++ {
		acc[0] = max(acc[0], int32(int8(x[l]))+128)
	}
}

func (softmax) step(d *Desc, row, j uint64, acc *Acc, m Mem) error {
	L, n := softmaxRow(d, row)
	if j < L {
		x, err := m.RAM(uint64(d.In.Addr) + row*d.In.RowLeaves() + j)
		if err != nil {
			return err
		}
		maxLanes(acc, &x, min(lanesIn(d.In, j), int(n-j*LeafSize)))
		return nil
	}
	e := (j - L) % n
	xLeaf, off := d.In.ElemLeaf(row, e)
	x, err := m.RAM(xLeaf)
	if err != nil {
		return err
	}
	diff := softmaxDiff(acc, int8(x[off]))
	t, err := m.ROM(uint64(d.W) + diff/8)
	if err != nil {
		return err
	}
	p := tableEntry(&t, diff)
	if j < L+n {
		acc[1] += p
		return nil
	}
	y := softmaxOut(p, acc[1])
	outLeaf, outOff := d.Out.ElemLeaf(row, e)
	return m.UpdateRAM(outLeaf, writeLane(outOff, y))
}

// ---- Argmax ----

// argmax: Out[r] = the smallest index of a maximum of row r, as int32. acc[0]
// holds max + 129 (zero means "none yet"), acc[1] its index.
type argmax struct{}

func (argmax) canonical(d *Desc) Desc { return Desc{Op: d.Op, In: d.In, Out: d.Out} }

func (argmax) validate(d *Desc, _ Limits) error {
	if d.In.DType != Int8 {
		return fmt.Errorf("input must be int8")
	}
	if d.Out.DType != Int32 || d.Out.Rank != 1 || uint64(d.Out.Dims[0]) != d.In.Rows() {
		return fmt.Errorf("output %v must be int32 [%d]", d.Out, d.In.Rows())
	}
	if d.In.Overlaps(d.Out) {
		return fmt.Errorf("output %v overlaps input %v", d.Out, d.In)
	}
	return nil
}

func (argmax) schedule(d *Desc) (uint64, uint64) { return d.In.Rows(), d.In.RowLeaves() + 1 }

func argmaxLanes(acc *Acc, x *[LeafSize]byte, c uint64, n int) {
	for l := 0; l < n; l++ {
		if v := int32(int8(x[l])) + 129; v > acc[0] {
			acc[0], acc[1] = v, int32(c*LeafSize)+int32(l)
		}
	}
}

func putIndex(acc *Acc, off int) func(*[LeafSize]byte) {
	return func(out *[LeafSize]byte) { binary.BigEndian.PutUint32(out[off:], uint32(acc[1])) }
}

func (argmax) step(d *Desc, row, j uint64, acc *Acc, m Mem) error {
	L := d.In.RowLeaves()
	if j < L {
		x, err := m.RAM(uint64(d.In.Addr) + row*L + j)
		if err != nil {
			return err
		}
		argmaxLanes(acc, &x, j, lanesIn(d.In, j))
		return nil
	}
	leaf, off := d.Out.ElemLeaf(0, row)
	return m.UpdateRAM(leaf, putIndex(acc, off))
}
