package ops

// The Go-only part of kernel.go, which has no Solidity twin (see doc.go):
// the offchain methods of every kernel and the entry points that dispatch
// to them (the fast path Run, the trace's WrittenThrough, the model-loading
// ValidateData), the opcode list and the channel-record encoder and data
// rule.

import (
	"encoding/binary"
	"fmt"
)

// offchainKernel is the Go-only behaviour of one op.
type offchainKernel interface {
	// name is the op's name in errors and logs.
	name() string
	// validateData checks the op's constant data in ROM (model loading only;
	// the step semantics are total on any data).
	validateData(d *Desc, rom []byte) error
	// run executes the whole op on flat memory (the fast path).
	run(d *Desc, ram, rom []byte)
	// writtenThrough returns the RAM byte address just past everything
	// outer iterations 0..i write (non-decreasing in i).
	writtenThrough(d *Desc, i uint64) uint64
}

// raggedOffchain is the Go-only side of a ragged op: stepsBefore(d, i) is
// the number of micro-steps of outer iterations 0..i-1, sum of J(i') for
// i' < i, in closed form (the step count and the trace's position lookup).
type raggedOffchain interface {
	stepsBefore(d *Desc, i uint64) uint64
}

// StepsBefore returns the number of micro-steps of outer iterations
// 0..i-1 of the op's schedule, for i <= I: i*J unless the op is ragged.
// d must be valid.
func (d *Desc) StepsBefore(i uint64) uint64 {
	k, ok := kernelOf(d.Op)
	if !ok {
		return 0
	}
	if r, ok := k.(raggedOffchain); ok {
		return r.stepsBefore(d, i)
	}
	_, J := k.schedule(d)
	return i * J
}

// Locate returns the position (i, j) of micro-step number off of the op
// (off < the op's step count, I*J > 0): the outer iteration i with
// StepsBefore(i) <= off < StepsBefore(i+1), and j = off - StepsBefore(i).
// A ragged op's iteration is found by binary search over its closed-form
// StepsBefore, so the cost is O(log I).
func (d *Desc) Locate(off uint64) (i, j uint64) {
	k, ok := kernelOf(d.Op)
	if !ok {
		return 0, 0
	}
	I, J := k.schedule(d)
	r, ok := k.(raggedOffchain)
	if !ok {
		return off / J, off % J
	}
	lo, hi := uint64(0), I // invariant: StepsBefore(lo) <= off < StepsBefore(hi)
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		if r.stepsBefore(d, mid) <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo, off - r.stepsBefore(d, lo)
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

// PutChanParams encodes one channel's record into b (16 bytes).
func PutChanParams(b []byte, bias, mult int32, shift uint8) {
	binary.BigEndian.PutUint32(b[0:], uint32(bias))
	binary.BigEndian.PutUint32(b[4:], uint32(mult))
	b[8] = shift
	clear(b[9:chanParamsSize])
}

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
