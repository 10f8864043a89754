package ops

import (
	"encoding/binary"
	"fmt"
)

// Lanes is the number of accumulator lanes: one per byte of a leaf.
const Lanes = 32

// Acc is the VM accumulator: 32 int32 lanes. Arithmetic on lanes wraps
// modulo 2^32. It is zero at the start of every outer iteration.
type Acc [Lanes]int32

// Mem is the memory a micro-step reads and writes. The order of calls is
// part of the step semantics: the witness of a step lists its accesses in
// exactly that order. A step makes at most one UpdateRAM call, always last.
type Mem interface {
	// ROM returns a leaf of the weights region.
	ROM(leaf uint64) ([LeafSize]byte, error)
	// RAM returns a leaf of read-write memory.
	RAM(leaf uint64) ([LeafSize]byte, error)
	// UpdateRAM replaces a leaf of read-write memory by f(old).
	UpdateRAM(leaf uint64, f func(*[LeafSize]byte)) error
}

// kernel is the behaviour of one op. Implementations live one file per op
// family and are registered in the table below.
type kernel interface {
	name() string
	// canonical returns d with every field the op does not use set to zero.
	canonical(d *Desc) Desc
	// validate checks the op's static rules; tensors are already known to
	// fit in RAM.
	validate(d *Desc, lim Limits) error
	// validateData checks the op's constant data in ROM (model loading only;
	// the step semantics are total on any data).
	validateData(d *Desc, rom []byte) error
	// schedule returns the I x J static schedule.
	schedule(d *Desc) (I, J uint64)
	// step executes micro-step (i, j) with i < I, j < J.
	step(d *Desc, i, j uint64, acc *Acc, m Mem) error
	// run executes the whole op on flat memory (the fast path).
	run(d *Desc, ram, rom []byte)
	// writtenThrough returns the RAM byte address just past everything
	// outer iterations 0..i write (non-decreasing in i).
	writtenThrough(d *Desc, i uint64) uint64
}

var table = [...]kernel{
	OpGemm:      gemm{},
	OpConv2D:    conv2d{},
	OpReLU:      relu{},
	OpMaxPool2D: pool{max: true},
	OpAvgPool2D: pool{},
	OpAdd:       add{},
	OpReshape:   reshape{},
	OpSoftmax:   softmax{},
	OpArgmax:    argmax{},
}

func kernelOf(op Opcode) (kernel, bool) {
	if int(op) >= len(table) || table[op] == nil {
		return nil, false
	}
	return table[op], true
}

// Opcodes lists every defined opcode in increasing order.
func Opcodes() []Opcode {
	var out []Opcode
	for op, k := range table {
		if k != nil {
			out = append(out, Opcode(op))
		}
	}
	return out
}

// ValidateData checks the constant data an op reads from ROM (per-channel
// parameters, exp tables). rom is the whole weights region.
func (d *Desc) ValidateData(rom []byte) error {
	k, ok := kernelOf(d.Op)
	if !ok {
		return invalid("unknown opcode %d", d.Op)
	}
	if err := k.validateData(d, rom); err != nil {
		return invalid("%s: %v", k.name(), err)
	}
	return nil
}

// Step executes micro-step (i, j) of the op. d must be valid and
// i < I, j < J of its schedule; a no-op step (I*J == 0) must not call Step.
// Errors come only from m.
func (d *Desc) Step(i, j uint64, acc *Acc, m Mem) error {
	k, ok := kernelOf(d.Op)
	if !ok {
		return invalid("unknown opcode %d", d.Op)
	}
	return k.step(d, i, j, acc, m)
}

// Run executes the whole op on flat memory: ram is all of read-write memory
// and rom all of the weights region, both sized in whole leaves at least as
// large as the limits d was validated against.
func (d *Desc) Run(ram, rom []byte) {
	if k, ok := kernelOf(d.Op); ok {
		k.run(d, ram, rom)
	}
}

// WrittenThrough returns the RAM byte address just past every byte that
// outer iterations 0..i of the op write. Every op writes its output in
// address order, one outer iteration after another, and never writes
// padding, so after iteration i the bytes [Out.Addr*32, WrittenThrough(i))
// hold their final values: a trace can rebuild the memory of any step from
// the op's first and last memory and replay only the current iteration.
func (d *Desc) WrittenThrough(i uint64) uint64 {
	if k, ok := kernelOf(d.Op); ok {
		return k.writtenThrough(d, i)
	}
	return 0
}

// elemEnd is the byte address just past element (row, col) of t.
func elemEnd(t Tensor, row, col uint64) uint64 {
	leaf, off := t.ElemLeaf(row, col)
	return leaf*LeafSize + uint64(off) + t.DType.Size()
}

// leafEnd is the byte address just past leaf i of t.
func leafEnd(t Tensor, i uint64) uint64 { return (uint64(t.Addr) + i + 1) * LeafSize }

// ---- helpers shared by the op families ----

// lanesIn returns how many elements of chunk c (a leaf) of a row of t are
// real elements rather than padding.
func lanesIn(t Tensor, c uint64) int {
	n := t.RowLen()*t.DType.Size() - c*LeafSize
	if n > LeafSize {
		n = LeafSize
	}
	return int(n / t.DType.Size())
}

// dot32 returns sum over l < n of (x[l] - zx) * w[l], wrapping in int32.
func dot32(x, w *[LeafSize]byte, n int, zx int8) int32 {
	var s int32
	for l := 0; l < n; l++ {
		s += (int32(int8(x[l])) - int32(zx)) * int32(int8(w[l]))
	}
	return s
}

// chanParams is one output channel's requantization record (16 bytes in ROM:
// bias int32, multiplier int32, shift uint8, 7 reserved zero bytes).
type chanParams struct {
	Bias, Mult int32
	Shift      uint8
}

const chanParamsSize = 16

func getChanParams(leaf *[LeafSize]byte, ch uint64) chanParams {
	b := leaf[(ch%2)*chanParamsSize:]
	return chanParams{
		Bias:  int32(binary.BigEndian.Uint32(b[0:])),
		Mult:  int32(binary.BigEndian.Uint32(b[4:])),
		Shift: b[8],
	}
}

// PutChanParams encodes one channel's record into b (16 bytes).
func PutChanParams(b []byte, bias, mult int32, shift uint8) {
	binary.BigEndian.PutUint32(b[0:], uint32(bias))
	binary.BigEndian.PutUint32(b[4:], uint32(mult))
	b[8] = shift
	clear(b[9:chanParamsSize])
}

// ChanParamsLeaves is the number of ROM leaves holding n channel records.
func ChanParamsLeaves(n uint64) uint64 { return ceilDiv(n, 2) }

func validateChanParams(rom []byte, addr uint32, n uint64) error {
	for ch := uint64(0); ch < n; ch++ {
		off := uint64(addr)*LeafSize + ch*chanParamsSize
		b := rom[off : off+chanParamsSize]
		if m := int32(binary.BigEndian.Uint32(b[4:])); m < 0 {
			return fmt.Errorf("channel %d: multiplier %d < 0", ch, m)
		}
		if b[8] > 62 {
			return fmt.Errorf("channel %d: shift %d > 62", ch, b[8])
		}
		for _, r := range b[9:] {
			if r != 0 {
				return fmt.Errorf("channel %d: reserved bytes are not zero", ch)
			}
		}
	}
	return nil
}

func leafAt(mem []byte, leaf uint64) *[LeafSize]byte {
	return (*[LeafSize]byte)(mem[leaf*LeafSize : leaf*LeafSize+LeafSize])
}

func romFits(lim Limits, addr uint32, leaves uint64) error {
	if uint64(addr)+leaves > lim.ROMLeaves {
		return fmt.Errorf("ROM region at leaf %d needs leaves up to %d, weights have %d", addr, uint64(addr)+leaves, lim.ROMLeaves)
	}
	return nil
}
