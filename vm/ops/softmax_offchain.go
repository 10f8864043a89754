package ops

import (
	"encoding/binary"
	"fmt"

	"github.com/opml-dev/opml/vm/fixedpoint"
)

// The Go-only part of softmax.go, which has no Solidity twin (see doc.go):
// for Softmax and Argmax the fast path, the trace rebuild bound, the
// exp-table data rule and the op names.

// ---- Softmax ----

func (softmax) name() string { return "softmax" }

func (softmax) validateData(d *Desc, rom []byte) error {
	t := rom[uint64(d.W)*LeafSize:][:SoftmaxTableLeaves*LeafSize]
	prev := int32(SoftmaxOne)
	for k := 0; k < 256; k++ {
		v := int32(binary.BigEndian.Uint32(t[4*k:]))
		if (k == 0 && v != SoftmaxOne) || v < 0 || v > prev {
			return fmt.Errorf("exp table entry %d = %d: want T[0] = 65536 and non-increasing entries >= 0", k, v)
		}
		prev = v
	}
	return nil
}

func (softmax) writtenThrough(d *Desc, row uint64) uint64 {
	return leafEnd(d.Out, (row+1)*d.Out.RowLeaves()-1)
}

// stepsBefore: rows 0..r-1 take r·(L + 2n), or in a causal Softmax
// (r div n)·F(n) + F(r mod n), where F(m) = sum over t = 1..m of
// (ceil(t/32) + 2t) = ceilSum(m) + m(m+1) is the steps of a block's first
// m rows.
func (softmax) stepsBefore(d *Desc, r uint64) uint64 {
	L, n := d.In.RowLeaves(), d.In.RowLen()
	if d.KH == 0 || n == 0 {
		return r * (L + 2*n)
	}
	F := func(m uint64) uint64 { return ceilSum(m) + m*(m+1) }
	return r/n*F(n) + F(r%n)
}

// run: the exp table decoded once; per row, the maximum, the sum of the
// entries, then each output with the row's sum decoded once as a
// DivRounder.
func (softmax) run(d *Desc, ram, rom []byte) {
	tab := rom[uint64(d.W)*LeafSize:][:SoftmaxTableLeaves*LeafSize]
	var T [256]int32
	for k := range T {
		T[k] = int32(binary.BigEndian.Uint32(tab[4*k:]))
	}
	RL := d.In.RowLeaves()
	for row := uint64(0); row < d.In.Rows(); row++ {
		L, n := softmaxRow(d, row)
		var acc Acc
		for c := uint64(0); c < L; c++ {
			maxLanes(&acc, leafAt(ram, uint64(d.In.Addr)+row*RL+c), min(lanesIn(d.In, c), int(n-c*LeafSize)))
		}
		x := ram[(uint64(d.In.Addr)+row*RL)*LeafSize:][:n]
		for _, v := range x {
			acc[1] += T[softmaxDiff(&acc, int8(v))]
		}
		div := fixedpoint.NewDivRounder(int64(acc[1]))
		out := ram[(uint64(d.Out.Addr)+row*RL)*LeafSize:][:n]
		for e, v := range x {
			p := T[softmaxDiff(&acc, int8(v))]
			out[e] = byte(min(max(div.Apply(int64(p)*256)-128, -128), 127)) // softmaxOut
		}
	}
}

// ---- Argmax ----

func (argmax) name() string { return "argmax" }

func (argmax) validateData(*Desc, []byte) error { return nil }

func (argmax) writtenThrough(d *Desc, row uint64) uint64 { return elemEnd(d.Out, 0, row) }

func (argmax) run(d *Desc, ram, _ []byte) {
	L := d.In.RowLeaves()
	for row := uint64(0); row < d.In.Rows(); row++ {
		var acc Acc
		for c := uint64(0); c < L; c++ {
			argmaxLanes(&acc, leafAt(ram, uint64(d.In.Addr)+row*L+c), c, lanesIn(d.In, c))
		}
		leaf, off := d.Out.ElemLeaf(0, row)
		putIndex(&acc, off)(leafAt(ram, leaf))
	}
}
