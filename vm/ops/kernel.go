package ops

import (
	"encoding/binary"
	"fmt"
)

// Mirrored function for function by contracts/src/vm/ops/Kernel.sol (the
// mirror table is vm/mirror_test.go). The Go-only part is in
// kernel_offchain.go.

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

// kernel is the behaviour of one op: the step semantics that the Solidity
// Kernel library dispatches per opcode (validate, schedule, step; canonical
// is DescLib.canonical's per-op byte mask), plus the Go-only methods of
// offchainKernel (kernel_offchain.go). Implementations live one file per op
// family and are registered in the table below.
type kernel interface {
	// canonical returns d with every field the op does not use set to zero.
	canonical(d *Desc) Desc
	// validate checks the op's static rules; tensors are already known to
	// fit in RAM.
	validate(d *Desc, lim Limits) error
	// schedule returns the static schedule: I outer iterations of at most J
	// micro-steps each (J for every iteration unless the op is ragged).
	schedule(d *Desc) (I, J uint64)
	// step executes micro-step (i, j) with i < I, j < J.
	step(d *Desc, i, j uint64, acc *Acc, m Mem) error
	offchainKernel
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
	OpLut:       lut{},
	OpGather:    gather{},
	OpMul:       mul{},
	OpMax:       minmax{max: true},
	OpMin:       minmax{},
	OpEmbed:     embed{},
	OpMatMul:    matmul{},
	OpNorm:      norm{},
	OpRope:      rope{},
	OpGluMul:    glumul{},
}

// ragged is implemented by the ops whose outer iterations have different
// lengths (causal MatMul and Softmax, docs/spec.md §4.1): iteration i has
// J(i) micro-steps, 1 <= J(i) <= J for i < I of a non-empty schedule, a
// closed-form function of the descriptor and i. Every other op has J(i) = J.
type ragged interface {
	iterLen(d *Desc, i uint64) uint64
}

func kernelOf(op Opcode) (kernel, bool) {
	if int(op) >= len(table) || table[op] == nil {
		return nil, false
	}
	return table[op], true
}

// Schedule returns the op's static schedule: I outer iterations of J micro
// steps each. An op with I*J == 0 still takes one (no-op) step; Steps gives
// the step count. d must be valid.
func (d *Desc) Schedule() (I, J uint64) {
	k, ok := kernelOf(d.Op)
	if !ok {
		return 0, 0
	}
	return k.schedule(d)
}

// IterLen returns J(i), the number of micro-steps of outer iteration i < I
// (docs/spec.md §4.1): the schedule's J for every op whose iterations all
// have one length. d must be valid.
func (d *Desc) IterLen(i uint64) uint64 {
	k, ok := kernelOf(d.Op)
	if !ok {
		return 0
	}
	if r, ok := k.(ragged); ok {
		return r.iterLen(d, i)
	}
	_, J := k.schedule(d)
	return J
}

// Step executes micro-step (i, j) of the op. d must be valid and
// i < I, j < IterLen(i) of its schedule; a no-op step (I*J == 0) must not call Step.
// Errors come only from m.
func (d *Desc) Step(i, j uint64, acc *Acc, m Mem) error {
	k, ok := kernelOf(d.Op)
	if !ok {
		return invalid("unknown opcode %d", d.Op)
	}
	return k.step(d, i, j, acc, m)
}

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

// ChanParamsLeaves is the number of ROM leaves holding n channel records.
func ChanParamsLeaves(n uint64) uint64 { return ceilDiv(n, 2) }

func romFits(lim Limits, addr uint32, leaves uint64) error {
	if uint64(addr)+leaves > lim.ROMLeaves {
		return fmt.Errorf("ROM region at leaf %d needs leaves up to %d, weights have %d", addr, uint64(addr)+leaves, lim.ROMLeaves)
	}
	return nil
}
