package ops

// The Go-only part of norm.go, which has no Solidity twin (see doc.go):
// the fast path, the trace rebuild bound, the (empty) data rule and the op
// name of Norm.

func (norm) name() string { return "norm" }

// validateData: Norm reads no ROM.
func (norm) validateData(*Desc, []byte) error { return nil }

func (norm) writtenThrough(d *Desc, row uint64) uint64 {
	return leafEnd(d.Out, (row+1)*d.Out.RowLeaves()-1)
}

// run: per row, phase 1 over the row's leaves, then phase 2.
func (norm) run(d *Desc, ram, _ []byte) {
	L := d.In.RowLeaves()
	for row := uint64(0); row < d.In.Rows(); row++ {
		var acc Acc
		for c := uint64(0); c < L; c++ {
			normSums(d, &acc, leafAt(ram, uint64(d.In.Addr)+row*L+c), lanesIn(d.In, c))
		}
		for c := uint64(0); c < L; c++ {
			x := *leafAt(ram, uint64(d.In.Addr)+row*L+c)
			normLanes(d, &acc, &x, leafAt(ram, uint64(d.Out.Addr)+row*L+c), lanesIn(d.In, c))
		}
	}
}
