package ops

// The Go-only part of norm.go, which has no Solidity twin (see doc.go):
// the fast path, the trace rebuild bound, the (empty) data rule and the op
// name of Norm.

import "github.com/opml-dev/opml/vm/fixedpoint"

func (norm) name() string { return "norm" }

// validateData: Norm reads no ROM.
func (norm) validateData(*Desc, []byte) error { return nil }

func (norm) writtenThrough(d *Desc, row uint64) uint64 {
	return leafEnd(d.Out, (row+1)*d.Out.RowLeaves()-1)
}

// run: per row, phase 1's sums over the row's leaves, then phase 2 with
// the row's root decoded once as a DivRounder.
func (norm) run(d *Desc, ram, _ []byte) {
	L, n := d.In.RowLeaves(), d.In.RowLen()
	D := int64(n)
	o := fixedpoint.NewOutput(d.MulOut, d.ShOut, d.ZOut, d.Lo, d.Hi)
	for row := uint64(0); row < d.In.Rows(); row++ {
		var acc Acc
		for c := uint64(0); c < L; c++ {
			normSums(d, &acc, leafAt(ram, uint64(d.In.Addr)+row*L+c), lanesIn(d.In, c))
		}
		normRow(ram[(uint64(d.In.Addr)+row*L)*LeafSize:][:n], ram[(uint64(d.Out.Addr)+row*L)*LeafSize:][:n],
			int64(d.ZIn), D, normS1(d, &acc), fixedpoint.NewDivRounder(int64(normRoot(d, &acc))), o)
	}
}

// normRow is phase 2 (normLanes) over a row x into out, for the row's S1
// and root r (div divides by r): a function of its own, so that its few
// values stay in registers.
func normRow(x, out []byte, z, D, s1 int64, div fixedpoint.DivRounder, o fixedpoint.Output) {
	out = out[:len(x)]
	for e, v := range x {
		c := D*(int64(int8(v))-z) - s1
		q := min(max(div.Apply(c<<NormValueShift), -1<<31), 1<<31-1) // Sat32
		out[e] = byte(o.Apply(int32(q)))
	}
}
