package ops

// The Go-only part of elementwise.go, which has no Solidity twin (see
// doc.go): for ReLU and Add the fast path, the trace rebuild bound, the
// (empty) data rules and the op names.

import "github.com/opml-dev/opml/vm/fixedpoint"

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

// run: each input's rescaling depends on its own byte only, so it is
// looked up in a 256-entry table made once per run.
func (add) run(d *Desc, ram, _ []byte) {
	ta, tb := rescaleTable(d.ZIn, d.MulIn, d.ShIn), rescaleTable(d.ZIn2, d.MulIn2, d.ShIn2)
	o := fixedpoint.NewOutput(d.MulOut, d.ShOut, d.ZOut, d.Lo, d.Hi)
	binaryRows(d, ram, func(a, b, out []byte) { addRow(a, b, out, ta, tb, o) })
}

// addRow is addLanes over a row, with the inputs' rescalings looked up.
func addRow(a, b, out []byte, ta, tb *[256]int32, o fixedpoint.Output) {
	a, b = a[:len(out)], b[:len(out)]
	for e := range out {
		s := min(max(int64(ta[a[e]])+int64(tb[b[e]]), -1<<31), 1<<31-1) // Sat32
		out[e] = byte(o.Apply(int32(s)))
	}
}

// rescaleTable returns, for every byte v, Add's rescaling of the input
// value int8(v): Requantize((int8(v) − z)·2^20, m, s).
func rescaleTable(z int8, m int32, s uint8) *[256]int32 {
	var t [256]int32
	q := fixedpoint.NewRequantizer(m, s)
	for v := range t {
		t[v] = q.Apply((int32(int8(v)) - int32(z)) << AddLeftShift)
	}
	return &t
}

// binaryRows calls f on each row of an elementwise op with two inputs of
// the same shape: the real elements of In, In2 and Out, rows of n bytes
// (int8) that start on leaf boundaries. Element by element in order, this
// is the step semantics' leaf by leaf: Out is In, In2 or disjoint from
// them, so an element is written only after it was read, and any overlap
// of In and In2 is by whole leaves.
func binaryRows(d *Desc, ram []byte, f func(a, b, out []byte)) {
	L, n := d.In.RowLeaves(), d.In.RowLen()
	row := func(t Tensor, r uint64) []byte { return ram[(uint64(t.Addr)+r*L)*LeafSize:][:n] }
	for r := uint64(0); r < d.In.Rows(); r++ {
		f(row(d.In, r), row(d.In2, r), row(d.Out, r))
	}
}
