package ops

// The Go-only part of binary.go, which has no Solidity twin (see doc.go):
// for Mul, Max and Min the fast path, the trace rebuild bound, the (empty)
// data rules and the op names.

import "github.com/opml-dev/opml/vm/fixedpoint"

// ---- Mul ----

func (mul) name() string { return "mul" }

func (mul) validateData(*Desc, []byte) error { return nil }

func (mul) writtenThrough(d *Desc, i uint64) uint64 { return leafEnd(d.Out, i) }

func (mul) run(d *Desc, ram, _ []byte) {
	o := fixedpoint.NewOutput(d.MulOut, d.ShOut, d.ZOut, d.Lo, d.Hi)
	binaryRows(d, ram, func(a, b, out []byte) {
		for e := range out {
			out[e] = byte(o.Apply((int32(int8(a[e])) - int32(d.ZIn)) * (int32(int8(b[e])) - int32(d.ZIn2))))
		}
	})
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

// run: Add's per-input rescaling tables.
func (k minmax) run(d *Desc, ram, _ []byte) {
	ta, tb := rescaleTable(d.ZIn, d.MulIn, d.ShIn), rescaleTable(d.ZIn2, d.MulIn2, d.ShIn2)
	o := fixedpoint.NewOutput(d.MulOut, d.ShOut, d.ZOut, d.Lo, d.Hi)
	binaryRows(d, ram, func(a, b, out []byte) {
		for e := range out {
			ra, rb := ta[a[e]], tb[b[e]]
			v := min(ra, rb)
			if k.max {
				v = max(ra, rb)
			}
			out[e] = byte(o.Apply(v))
		}
	})
}
