package ops

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Mirrored function for function by contracts/src/vm/ops/Desc.sol (the
// mirror table is vm/mirror_test.go). The Go-only part is in
// desc_offchain.go.

// DescSize is the size of an encoded op descriptor: four leaves.
const DescSize = 128

// Opcode identifies an op.
type Opcode uint8

// Opcodes. Zero is invalid so that an all-zero descriptor is rejected.
const (
	OpGemm      Opcode = 1
	OpConv2D    Opcode = 2
	OpReLU      Opcode = 3
	OpMaxPool2D Opcode = 4
	OpAvgPool2D Opcode = 5
	OpAdd       Opcode = 6
	OpReshape   Opcode = 7
	OpSoftmax   Opcode = 8
	OpArgmax    Opcode = 9
	OpLut       Opcode = 10
	OpGather    Opcode = 11
	OpMul       Opcode = 12
	OpMax       Opcode = 13
	OpMin       Opcode = 14
	OpEmbed     Opcode = 15
	OpMatMul    Opcode = 16
	OpNorm      Opcode = 17
	OpRope      Opcode = 18
	OpGluMul    Opcode = 19
)

// Desc is a decoded op descriptor. Every op uses the same fixed encoding
// (docs/spec.md §5.1); each op uses a subset of the fields and requires the
// others to be zero, so that every valid op has exactly one encoding.
type Desc struct {
	Op                    Opcode
	In, In2, Out          Tensor // In2: the second input of Add, Mul, Max, Min, GluMul; Gather's optional second source
	W                     uint32 // ROM leaf: weights (Gemm, Conv2D), exp table (Softmax), lookup table (Lut, GluMul), index table (Gather), embedding (Embed) or cos/sin table (Rope)
	CP                    uint32 // ROM leaf: per-channel parameters (Gemm, Conv2D)
	KH, KW, SH, SW        uint16 // kernel and stride (Conv2D, pools); KH: the causal mode (MatMul, Softmax), Norm's mode
	PadT, PadL            uint16 // top and left padding (Conv2D, pools)
	M                     uint32 // Gemm: number of output rows; Embed: V, the table's rows; Norm: EpsQ
	ZIn, ZIn2, ZOut       int8   // zero points (ZIn: Gather's fill value)
	Lo, Hi                int8   // output clamp (fused activation)
	MulIn, MulIn2, MulOut int32  // Add, Max, Min (Mul: MulOut only): fixed-point multipliers
	ShIn, ShIn2, ShOut    uint8  // Add, Max, Min (Mul: ShOut only): shifts
}

// Field offsets of the descriptor encoding.
const (
	offOp     = 0
	offIn     = 2
	offIn2    = offIn + TensorSize
	offOut    = offIn2 + TensorSize
	offW      = offOut + TensorSize // 74
	offCP     = offW + 4
	offKH     = offCP + 4 // 82
	offKW     = offKH + 2
	offSH     = offKW + 2
	offSW     = offSH + 2
	offPadT   = offSW + 2
	offPadL   = offPadT + 2
	offM      = offPadL + 2 // 94
	offZIn    = offM + 4    // 98
	offZIn2   = offZIn + 1
	offZOut   = offZIn2 + 1
	offLo     = offZOut + 1
	offHi     = offLo + 1
	offMulIn  = offHi + 1 // 103
	offMulIn2 = offMulIn + 4
	offMulOut = offMulIn2 + 4
	offShIn   = offMulOut + 4 // 115
	offShIn2  = offShIn + 1
	offShOut  = offShIn2 + 1
	offEnd    = offShOut + 1 // 118; bytes 1 and 118..127 are reserved zero
)

// ErrInvalidOp wraps every descriptor decoding and validation failure. The VM
// turns such a failure at step time into the Error status.
var ErrInvalidOp = errors.New("ops: invalid op descriptor")

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidOp, fmt.Sprintf(format, args...))
}

// Decode parses a 128-byte descriptor. It checks only the encoding (length,
// reserved bytes); Validate checks the semantics.
func Decode(b []byte) (Desc, error) {
	var d Desc
	if len(b) != DescSize {
		return d, invalid("descriptor is %d bytes, want %d", len(b), DescSize)
	}
	be := binary.BigEndian
	d.Op = Opcode(b[offOp])
	var ok1, ok2, ok3 bool
	d.In, ok1 = getTensor(b[offIn:])
	d.In2, ok2 = getTensor(b[offIn2:])
	d.Out, ok3 = getTensor(b[offOut:])
	if !ok1 || !ok2 || !ok3 {
		return d, invalid("tensor reserved bytes are not zero")
	}
	d.W = be.Uint32(b[offW:])
	d.CP = be.Uint32(b[offCP:])
	for k, p := range []*uint16{&d.KH, &d.KW, &d.SH, &d.SW, &d.PadT, &d.PadL} {
		*p = be.Uint16(b[offKH+2*k:])
	}
	d.M = be.Uint32(b[offM:])
	for k, p := range []*int8{&d.ZIn, &d.ZIn2, &d.ZOut, &d.Lo, &d.Hi} {
		*p = int8(b[offZIn+k])
	}
	for k, p := range []*int32{&d.MulIn, &d.MulIn2, &d.MulOut} {
		*p = int32(be.Uint32(b[offMulIn+4*k:]))
	}
	d.ShIn, d.ShIn2, d.ShOut = b[offShIn], b[offShIn2], b[offShOut]
	if b[1] != 0 {
		return d, invalid("reserved byte 1 is %#x", b[1])
	}
	for k := offEnd; k < DescSize; k++ {
		if b[k] != 0 {
			return d, invalid("reserved byte %d is %#x", k, b[k])
		}
	}
	return d, nil
}

// Limits are the memory sizes descriptors are validated against.
type Limits struct {
	RAMLeaves uint64 // leaves of read-write memory
	ROMLeaves uint64 // leaves of the weights region
}

// MaxCount bounds every schedule dimension and loop count so that counters
// fit in 32 bits.
const MaxCount = 1<<32 - 1

// Validate checks every static rule of d: the op exists, unused fields are
// zero, tensors fit in memory and have the shapes the op needs, weight
// regions fit in ROM, and the schedule fits the counters.
func (d *Desc) Validate(lim Limits) error {
	k, ok := kernelOf(d.Op)
	if !ok {
		return invalid("unknown opcode %d", d.Op)
	}
	if c := k.canonical(d); c != *d {
		return invalid("%s: fields the op does not use must be zero", k.name())
	}
	for _, t := range d.Tensors() {
		if err := t.Validate(lim.RAMLeaves); err != nil {
			return invalid("%s: %v", k.name(), err)
		}
	}
	if err := k.validate(d, lim); err != nil {
		return invalid("%s: %v", k.name(), err)
	}
	I, J := k.schedule(d)
	if I > MaxCount || J > MaxCount {
		return invalid("%s: schedule %d x %d exceeds 2^32-1", k.name(), I, J)
	}
	return nil
}

// Tensors returns the tensors the op uses: every op reads In and writes
// Out; Add, Mul, Max, Min, MatMul and GluMul also read In2, and so does
// Gather when In2 is present (not the all-zero tensor, which means absent).
func (d *Desc) Tensors() []Tensor {
	if d.Op == OpAdd || d.Op == OpMul || d.Op == OpMax || d.Op == OpMin || d.Op == OpMatMul || d.Op == OpGluMul ||
		(d.Op == OpGather && !d.In2.IsZero()) {
		return []Tensor{d.In, d.In2, d.Out}
	}
	return []Tensor{d.In, d.Out}
}

// Name returns the op's name ("gemm", "conv2d", …).
func (op Opcode) String() string {
	if k, ok := kernelOf(op); ok {
		return k.name()
	}
	return fmt.Sprintf("op(%d)", uint8(op))
}
