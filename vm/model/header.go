package model

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/vm/merkle"
	"github.com/opml-dev/opml/vm/ops"
)

// Mirrored function for function by contracts/src/vm/Header.sol (the mirror
// table is vm/mirror_test.go). The Go-only part is in header_offchain.go.

// The model format versions (docs/spec.md §3.6). A model file's version
// byte and its header's h0[0] are one of them, and equal. Version 2 extends
// version 1 by the Lut op (opcode 10), the Gather op (opcode 11), the Mul,
// Max and Min ops (opcodes 12-14) and an int32 input tensor (rule H7, for
// token ids); a version-1 model is exactly what it was before version 2
// existed. The builder writes the lowest version that
// expresses the model (MinVersion).
const (
	Version1 = 1
	Version2 = 2
	// MaxVersion is the newest version this build reads.
	MaxVersion = Version2
)

// MaxDepth bounds every Merkle depth of a model.
const MaxDepth = 32

// MaxOps bounds the number of ops of a model.
const MaxOps = 1 << 24

// MaxSteps bounds a model's step count.
const MaxSteps = 1 << 62

// OpLeaves is the number of program leaves per op (ops.DescSize / 32);
// op k occupies the level-2 subtree k of the program tree.
const OpLeaves = ops.DescSize / ops.LeafSize

// Header is the model header: three 32-byte leaves committed by the model ID.
type Header struct {
	Version       uint8  // the format version h0[0], Version1 or Version2 (New fills in MinVersion if 0)
	ProgramDepth  uint8  // depth of the program tree (>= 2)
	WeightsDepth  uint8  // depth of the weights tree
	RAMDepth      uint8  // depth of the RAM tree
	NumOps        uint32 // number of ops
	NumSteps      uint64 // N: steps from the initial state to the halted state
	RAMLeaves     uint32 // leaves of RAM that tensors may use
	WeightsLeaves uint32 // leaves of the weights region
	InputDepth    uint8  // the input occupies the subtree [0, 2^InputDepth)
	OutputDepth   uint8  // the output occupies the subtree at Output.Addr of 2^OutputDepth leaves
	Input, Output ops.Tensor
}

// DecodeHeader parses the three header leaves. It checks the encoding and
// the rules that involve the header alone (docs/spec.md §3.2); rules that
// need the program are checked by New and Decode.
func DecodeHeader(l [3]common.Hash) (Header, error) {
	var h Header
	b := l[0][:]
	h.Version = b[0]
	if err := checkVersion(h.Version); err != nil {
		return h, err
	}
	h.ProgramDepth, h.WeightsDepth, h.RAMDepth = b[1], b[2], b[3]
	h.NumOps = binary.BigEndian.Uint32(b[4:])
	h.NumSteps = binary.BigEndian.Uint64(b[8:])
	h.RAMLeaves = binary.BigEndian.Uint32(b[16:])
	h.WeightsLeaves = binary.BigEndian.Uint32(b[20:])
	h.InputDepth, h.OutputDepth = b[24], b[25]
	for k := 26; k < 32; k++ {
		if b[k] != 0 {
			return h, fmt.Errorf("model: header reserved byte %d is not zero", k)
		}
	}
	for k, t := range []*ops.Tensor{&h.Input, &h.Output} {
		var err error
		if *t, err = ops.DecodeTensor(l[1+k][:ops.TensorSize]); err != nil {
			return h, fmt.Errorf("model: header tensor: %w", err)
		}
		for _, r := range l[1+k][ops.TensorSize:] {
			if r != 0 {
				return h, fmt.Errorf("model: header leaf %d reserved bytes are not zero", 1+k)
			}
		}
	}
	return h, h.validate()
}

// checkVersion is rule H1: the version is one this build reads.
func checkVersion(v uint8) error {
	if v < Version1 || v > MaxVersion {
		return fmt.Errorf("model: header version %d, want %d to %d", v, Version1, MaxVersion)
	}
	return nil
}

// MaxOpcode returns the highest opcode the header's version defines (rule
// V1): ops.OpArgmax for version 1, ops.OpGluMul for version 2, and 0 (no
// op) for a version this build does not read. Every opcode from 1 to it
// that the kernel table has is defined.
func (h *Header) MaxOpcode() ops.Opcode {
	switch h.Version {
	case Version1:
		return ops.OpArgmax
	case Version2:
		return ops.OpGluMul
	}
	return 0
}

// Defines reports whether the header's version defines op d (rule V1): its
// opcode is at most MaxOpcode, and a causal Softmax (KH = 1, docs/spec.md
// §6.8) is version 2. d must be valid.
func (h *Header) Defines(d *ops.Desc) bool {
	if d.Op > h.MaxOpcode() {
		return false
	}
	return h.Version >= Version2 || !(d.Op == ops.OpSoftmax && d.KH != 0)
}

// InputDTypeAllowed reports whether the header's version allows an input
// tensor of type dt (rule H7): int8 in every version, int32 (token ids)
// from version 2 on.
func (h *Header) InputDTypeAllowed(dt ops.DType) bool {
	switch dt {
	case ops.Int8:
		return true
	case ops.Int32:
		return h.Version >= Version2
	}
	return false
}

// checkInput is rule H7: the input is at leaf 0, int8, or int32 in version 2.
func (h *Header) checkInput() error {
	if h.Input.Addr != 0 {
		return fmt.Errorf("model: input %v must be at leaf 0 (rule H7)", h.Input)
	}
	if !h.InputDTypeAllowed(h.Input.DType) {
		if h.Input.DType == ops.Int32 {
			return fmt.Errorf("model: input %v is int32, which model version %d does not allow: int32 inputs need version %d (rule H7)", h.Input, h.Version, Version2)
		}
		return fmt.Errorf("model: input %v must be int8 or, from version %d, int32 (rule H7)", h.Input, Version2)
	}
	return nil
}

// depthFor is the smallest d with 2^d >= n.
func depthFor(n uint64) uint8 {
	d := uint8(0)
	for d < 64 && uint64(1)<<d < n {
		d++
	}
	return d
}

func (h *Header) validate() error {
	if err := checkVersion(h.Version); err != nil {
		return err
	}
	want := []struct {
		name      string
		got, want uint8
	}{
		{"program", h.ProgramDepth, max(2, depthFor(uint64(h.NumOps)*OpLeaves))},
		{"weights", h.WeightsDepth, depthFor(uint64(h.WeightsLeaves))},
		{"RAM", h.RAMDepth, depthFor(uint64(h.RAMLeaves))},
		{"input", h.InputDepth, depthFor(h.Input.Leaves())},
		{"output", h.OutputDepth, depthFor(h.Output.Leaves())},
	}
	for _, w := range want {
		if w.got != w.want {
			return fmt.Errorf("model: %s depth is %d, want %d", w.name, w.got, w.want)
		}
	}
	if h.NumOps > MaxOps {
		return fmt.Errorf("model: %d ops exceed %d", h.NumOps, MaxOps)
	}
	if h.RAMDepth > MaxDepth || h.WeightsDepth > MaxDepth || h.ProgramDepth > MaxDepth {
		return fmt.Errorf("model: depth exceeds %d", MaxDepth)
	}
	if h.NumSteps == 0 || h.NumSteps > MaxSteps {
		return fmt.Errorf("model: step count %d out of range", h.NumSteps)
	}
	if err := h.checkInput(); err != nil {
		return err
	}
	for _, t := range []ops.Tensor{h.Input, h.Output} {
		if err := t.Validate(uint64(h.RAMLeaves)); err != nil {
			return fmt.Errorf("model: header tensor: %v", err)
		}
	}
	if a := uint64(h.Output.Addr); a%(1<<h.OutputDepth) != 0 || a+1<<h.OutputDepth > 1<<h.RAMDepth {
		return fmt.Errorf("model: output at leaf %d is not an aligned subtree of 2^%d leaves inside RAM", a, h.OutputDepth)
	}
	return nil
}

// ID computes the model ID from the header leaves and the program and
// weights roots: the root of the Merkle tree over
// [h0, h1, h2, 0, programRoot, weightsRoot, 0, 0].
func ID(l [3]common.Hash, programRoot, weightsRoot common.Hash) common.Hash {
	z := common.Hash{}
	left := merkle.HashPair(merkle.HashPair(l[0], l[1]), merkle.HashPair(l[2], z))
	right := merkle.HashPair(merkle.HashPair(programRoot, weightsRoot), merkle.ZeroHash(1))
	return merkle.HashPair(left, right)
}
