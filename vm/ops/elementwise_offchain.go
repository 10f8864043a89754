package ops

// The Go-only part of elementwise.go, which has no Solidity twin (see
// doc.go): for ReLU and Add the fast path, the trace rebuild bound, the
// (empty) data rules and the op names.

// ---- ReLU ----

func (relu) name() string { return "relu" }

func (relu) validateData(*Desc, []byte) error { return nil }

func (relu) writtenThrough(d *Desc, i uint64) uint64 { return leafEnd(d.Out, i) }

func (relu) run(d *Desc, ram, _ []byte) {
	for i := uint64(0); i < d.In.Leaves(); i++ {
		x := *leafAt(ram, uint64(d.In.Addr)+i)
		reluLanes(d, &x, leafAt(ram, uint64(d.Out.Addr)+i), leafLanes(d.In, i))
	}
}

// ---- Add ----

func (add) name() string { return "add" }

func (add) validateData(*Desc, []byte) error { return nil }

func (add) writtenThrough(d *Desc, i uint64) uint64 { return leafEnd(d.Out, i) }

func (add) run(d *Desc, ram, _ []byte) {
	for i := uint64(0); i < d.In.Leaves(); i++ {
		a, b := *leafAt(ram, uint64(d.In.Addr)+i), *leafAt(ram, uint64(d.In2.Addr)+i)
		addLanes(d, &a, &b, leafAt(ram, uint64(d.Out.Addr)+i), leafLanes(d.In, i))
	}
}
