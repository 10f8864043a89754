package ops

// The Go-only part of binary.go, which has no Solidity twin (see doc.go):
// for Mul, Max and Min the fast path, the trace rebuild bound, the (empty)
// data rules and the op names.

// ---- Mul ----

func (mul) name() string { return "mul" }

func (mul) validateData(*Desc, []byte) error { return nil }

func (mul) writtenThrough(d *Desc, i uint64) uint64 { return leafEnd(d.Out, i) }

func (mul) run(d *Desc, ram, _ []byte) {
	for i := uint64(0); i < d.In.Leaves(); i++ {
		a, b := *leafAt(ram, uint64(d.In.Addr)+i), *leafAt(ram, uint64(d.In2.Addr)+i)
		mulLanes(d, &a, &b, leafAt(ram, uint64(d.Out.Addr)+i), leafLanes(d.In, i))
	}
}

// ---- Max and Min ----

func (k minmax) name() string {
	if k.max {
		return "max"
	}
	return "min"
}

func (minmax) validateData(*Desc, []byte) error { return nil }

func (minmax) writtenThrough(d *Desc, i uint64) uint64 { return leafEnd(d.Out, i) }

func (k minmax) run(d *Desc, ram, _ []byte) {
	for i := uint64(0); i < d.In.Leaves(); i++ {
		a, b := *leafAt(ram, uint64(d.In.Addr)+i), *leafAt(ram, uint64(d.In2.Addr)+i)
		minMaxLanes(d, k.max, &a, &b, leafAt(ram, uint64(d.Out.Addr)+i), leafLanes(d.In, i))
	}
}
