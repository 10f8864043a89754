package ops

import "fmt"

// Mirrored function for function by contracts/src/vm/ops/Reshape.sol (the
// mirror table is vm/mirror_test.go). The Go-only part is in
// reshape_offchain.go.

// reshape copies a tensor into another layout with the same element type and
// count, one element per step in row-major order. (A Gemm reads any input
// rank directly, so a Flatten in front of a Gemm needs no Reshape.)
type reshape struct{}

func (reshape) canonical(d *Desc) Desc { return Desc{Op: d.Op, In: d.In, Out: d.Out} }

func (reshape) validate(d *Desc, _ Limits) error {
	if d.In.DType != d.Out.DType || d.In.Numel() != d.Out.Numel() {
		return fmt.Errorf("output %v must have the type and element count of input %v", d.Out, d.In)
	}
	if d.In.Overlaps(d.Out) {
		return fmt.Errorf("output %v overlaps input %v", d.Out, d.In)
	}
	return nil
}

func (reshape) schedule(d *Desc) (uint64, uint64) { return d.In.Numel(), 1 }

// elemAddr returns where flat element e of t lives.
func elemAddr(t Tensor, e uint64) (uint64, int) { return t.ElemLeaf(e/t.RowLen(), e%t.RowLen()) }

func (reshape) step(d *Desc, e, _ uint64, _ *Acc, m Mem) error {
	inLeaf, inOff := elemAddr(d.In, e)
	x, err := m.RAM(inLeaf)
	if err != nil {
		return err
	}
	outLeaf, outOff := elemAddr(d.Out, e)
	es := int(d.In.DType.Size())
	return m.UpdateRAM(outLeaf, func(out *[LeafSize]byte) { copy(out[outOff:outOff+es], x[inOff:inOff+es]) })
}
