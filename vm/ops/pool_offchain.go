package ops

// The Go-only part of pool.go, which has no Solidity twin (see doc.go): for
// MaxPool2D and AvgPool2D the fast path, the trace rebuild bound, the
// (empty) data rule and the op names.

func (p pool) name() string {
	if p.max {
		return "maxpool2d"
	}
	return "avgpool2d"
}

func (pool) validateData(*Desc, []byte) error { return nil }

func (pool) writtenThrough(d *Desc, i uint64) uint64 { return leafEnd(d.Out, i) }

func (p pool) run(d *Desc, ram, _ []byte) {
	cpc, OW := d.In.RowLeaves(), uint64(d.Out.Dims[1])
	KW, taps := uint64(d.KW), uint64(d.KH)*uint64(d.KW)
	I, _ := p.schedule(d)
	for i := uint64(0); i < I; i++ {
		pix, c := i/cpc, i%cpc
		oy, ox := pix/OW, pix%OW
		n := lanesIn(d.In, c)
		var acc Acc
		for t := uint64(0); t < taps; t++ {
			if iy, ix, ok := inputPixel(d, oy, ox, t/KW, t%KW); ok {
				p.tapLanes(&acc, leafAt(ram, uint64(d.In.Addr)+(iy*uint64(d.In.Dims[1])+ix)*cpc+c), n)
			}
		}
		p.outLanes(d, &acc, oy, ox, n, leafAt(ram, uint64(d.Out.Addr)+pix*cpc+c))
	}
}
