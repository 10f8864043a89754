package ops

import "fmt"

// Mirrored function for function by contracts/src/vm/ops/Lut.sol (the
// mirror table is vm/mirror_test.go). The Go-only part is in
// lut_offchain.go.

// LutTableLeaves is the size of a Lut table in ROM: 256 int8 entries, entry
// d (for the input x = d - 128) at leaf W + d/32, byte d%32.
const LutTableLeaves = 256 / LeafSize

// lut: y = T[x + 128], elementwise, for an int8 table T of 256 entries in
// ROM (docs/spec.md §6.10). Every unary activation (sigmoid, tanh, GELU,
// ...) of int8 tensors is such a table, built when the model is compiled
// from the input and output quantization. One element per step: read the
// element's leaf, read the table leaf holding its entry, update the output
// element's leaf. The output may alias the input exactly (in place) or be
// disjoint from it.
type lut struct{}

func (lut) canonical(d *Desc) Desc { return Desc{Op: d.Op, In: d.In, Out: d.Out, W: d.W} }

func (lut) validate(d *Desc, lim Limits) error {
	if d.In.DType != Int8 {
		return fmt.Errorf("input must be int8")
	}
	if err := validateInPlace(d.In, d.Out); err != nil {
		return err
	}
	return romFits(lim, d.W, LutTableLeaves)
}

func (lut) schedule(d *Desc) (uint64, uint64) { return d.In.Rows(), d.In.RowLen() }

// lutIndex is the table index of the input x: x + 128 in [0, 255].
func lutIndex(x int8) uint64 { return uint64(int64(x) + 128) }

func (lut) step(d *Desc, i, j uint64, _ *Acc, m Mem) error {
	inLeaf, inOff := d.In.ElemLeaf(i, j)
	x, err := m.RAM(inLeaf)
	if err != nil {
		return err
	}
	k := lutIndex(int8(x[inOff]))
	t, err := m.ROM(uint64(d.W) + k/LeafSize)
	if err != nil {
		return err
	}
	outLeaf, outOff := d.Out.ElemLeaf(i, j)
	return m.UpdateRAM(outLeaf, func(out *[LeafSize]byte) { out[outOff] = t[k%LeafSize] })
}
