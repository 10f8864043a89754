package model

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/vm/merkle"
	"github.com/opml-dev/opml/vm/ops"
)

// Magic starts every model file.
const Magic = "OPML"

// fileHeaderSize is magic (4), version (1), reserved (3) and three header leaves.
const fileHeaderSize = 8 + 3*ops.LeafSize

// Model is a validated model with its Merkle trees.
type Model struct {
	Header  Header
	Ops     []ops.Desc
	Weights []byte // WeightsLeaves * 32 bytes

	id          common.Hash
	program     *merkle.Tree
	weights     *merkle.Tree
	opStart     []uint64 // opStart[k] = first step of op k; opStart[NumOps] = the halting step
	programLeaf [][]byte // encoded descriptors
}

// New validates a model assembled from its parts and fills in the derived
// header fields (depths, NumOps, NumSteps, WeightsLeaves). RAMLeaves, Input
// and Output must be set by the caller; weights are zero-padded to a whole
// number of leaves. A zero Version becomes MinVersion(h.Input, program), the
// lowest version that expresses the input and the program; a caller may ask
// for a higher one.
func New(h Header, program []ops.Desc, weights []byte) (*Model, error) {
	if h.Version == 0 {
		h.Version = MinVersion(h.Input, program)
	}
	if err := checkVersion(h.Version); err != nil {
		return nil, err
	}
	if len(program) > MaxOps {
		return nil, fmt.Errorf("model: %d ops exceed %d", len(program), MaxOps)
	}
	if pad := len(weights) % ops.LeafSize; pad != 0 {
		weights = append(append([]byte(nil), weights...), make([]byte, ops.LeafSize-pad)...)
	}
	if uint64(len(weights))/ops.LeafSize > 1<<32-1 {
		return nil, fmt.Errorf("model: weights region of %d bytes is too large", len(weights))
	}
	h.NumOps = uint32(len(program))
	h.WeightsLeaves = uint32(len(weights) / ops.LeafSize)
	h.ProgramDepth = max(2, depthFor(uint64(h.NumOps)*OpLeaves))
	h.WeightsDepth = depthFor(uint64(h.WeightsLeaves))
	h.RAMDepth = depthFor(uint64(h.RAMLeaves))
	h.InputDepth = depthFor(h.Input.Leaves())
	h.OutputDepth = depthFor(h.Output.Leaves())
	steps, err := countSteps(&h, program, weights)
	if err != nil {
		return nil, err
	}
	h.NumSteps = steps
	return build(h, program, weights)
}

// MinVersion returns the lowest model version that allows the input tensor
// (rule H7) and whose opcodes (rule V1) include every op of program:
// Version1 unless the input is int32 (token ids, docs/spec.md §11 decision
// 19) or the program uses an op that version 2 added (Lut, Gather, Mul, Max,
// Min, MatMul, a causal Softmax). Writing the lowest version keeps every model that version 1
// expresses byte-identical, with the same model ID, to what it was before
// version 2 existed (docs/spec.md §11, decision 16).
func MinVersion(input ops.Tensor, program []ops.Desc) uint8 {
	if input.DType == ops.Int32 {
		return Version2
	}
	for k := range program {
		if program[k].Op > ops.OpArgmax || (program[k].Op == ops.OpSoftmax && program[k].KH != 0) {
			return Version2
		}
	}
	return Version1
}

// countSteps validates every op and returns N = sum of op steps + 1.
func countSteps(h *Header, program []ops.Desc, weights []byte) (uint64, error) {
	lim := ops.Limits{RAMLeaves: uint64(h.RAMLeaves), ROMLeaves: uint64(h.WeightsLeaves)}
	n := uint64(1) // the halting step
	for k := range program {
		d := &program[k]
		if err := d.Validate(lim); err != nil {
			return 0, fmt.Errorf("model: op %d: %w", k, err)
		}
		if !h.Defines(d) {
			what := fmt.Sprintf("%s (opcode %d)", d.Op, uint8(d.Op))
			if d.Op == ops.OpSoftmax {
				what = "causal softmax (opcode 8, KH 1)"
			}
			return 0, fmt.Errorf("model: op %d: %s is not defined in model version %d (rule V1)", k, what, h.Version)
		}
		if err := d.ValidateData(weights); err != nil {
			return 0, fmt.Errorf("model: op %d: %w", k, err)
		}
		if err := checkSlack(h, d); err != nil {
			return 0, fmt.Errorf("model: op %d: %w", k, err)
		}
		if err := checkOutputLeaves(h, d); err != nil {
			return 0, fmt.Errorf("model: op %d: %w", k, err)
		}
		if n += d.Steps(); n > MaxSteps {
			return 0, fmt.Errorf("model: more than 2^62 steps")
		}
	}
	return n, nil
}

// checkSlack rejects ops whose tensors reach into the slack of the input
// or output region: the leaves of those aligned subtrees past the input or
// output tensor. The input root commits to the input slack and the output
// root to the output slack; keeping every op away from them means no op
// reads what a (non-canonical) input root put there and the output root
// holds nothing but the output tensor and zeros (docs/spec.md §3.4).
func checkSlack(h *Header, d *ops.Desc) error {
	regions := []struct {
		name   string
		lo, hi uint64
	}{
		{"input", h.Input.End(), 1 << h.InputDepth},
		{"output", h.Output.End(), uint64(h.Output.Addr) + 1<<h.OutputDepth},
	}
	for _, t := range d.Tensors() {
		for _, r := range regions {
			if t.Leaves() > 0 && r.lo < r.hi && uint64(t.Addr) < r.hi && r.lo < t.End() {
				return fmt.Errorf("%s tensor %v reaches into the unused leaves [%d, %d) of the %s region", d.Op, t, r.lo, r.hi, r.name)
			}
		}
	}
	return nil
}

// checkOutputLeaves is the op part of rule M6 (docs/spec.md §3.6): an op
// that writes over the output tensor's leaves writes exactly the output
// tensor (same address, same shape). Ops never write padding, so the
// output's padding bytes then stay zero and the output root at the halt is
// the canonical root of the output values (§3.4). Ops may read the output's
// leaves: only Out is checked.
func checkOutputLeaves(h *Header, d *ops.Desc) error {
	if d.Out.Overlaps(h.Output) && (d.Out.Addr != h.Output.Addr || !d.Out.SameShape(h.Output)) {
		return fmt.Errorf("%s writes %v over the leaves of the output %v with another address or shape (rule M6)", d.Op, d.Out, h.Output)
	}
	return nil
}

// build checks the header and computes the trees and the model ID.
func build(h Header, program []ops.Desc, weights []byte) (*Model, error) {
	if err := h.validate(); err != nil {
		return nil, err
	}
	if h.InputClobbersOutput() {
		return nil, fmt.Errorf("model: input %v has leaves in the output region [%d, %d) and is not the output %v (rule M6)",
			h.Input, h.Output.Addr, uint64(h.Output.Addr)+1<<h.OutputDepth, h.Output)
	}
	m := &Model{Header: h, Ops: program, Weights: weights}
	enc := make([]byte, 0, len(program)*ops.DescSize)
	m.opStart = make([]uint64, len(program)+1)
	for k := range program {
		b := program[k].Encode()
		m.programLeaf = append(m.programLeaf, b)
		enc = append(enc, b...)
		m.opStart[k+1] = m.opStart[k] + program[k].Steps()
	}
	var err error
	if m.program, err = merkle.FromBytes(int(h.ProgramDepth), enc); err != nil {
		return nil, fmt.Errorf("model: program tree: %w", err)
	}
	if m.weights, err = merkle.FromBytes(int(h.WeightsDepth), weights); err != nil {
		return nil, fmt.Errorf("model: weights tree: %w", err)
	}
	m.id = ID(h.Leaves(), m.program.Root(), m.weights.Root())
	return m, nil
}

// ID returns the model ID.
func (m *Model) ID() common.Hash { return m.id }

// ProgramRoot and WeightsRoot return the roots committed by the model ID.
func (m *Model) ProgramRoot() common.Hash { return m.program.Root() }

// WeightsRoot returns the root of the weights tree.
func (m *Model) WeightsRoot() common.Hash { return m.weights.Root() }

// OpProof returns the encoded descriptor of op k and its proof: the sibling
// hashes from its level-2 subtree up to the program root.
func (m *Model) OpProof(k int) ([]byte, []common.Hash) {
	return m.programLeaf[k], m.program.Proof(2, uint64(k))
}

// WeightsProof returns the proof of weights (ROM) leaf against
// WeightsRoot. It is safe for concurrent use, like every Model method: the
// tree is complete when the model is built (its root is part of the ID) and
// never written afterwards, so proving only reads it. Traces share it
// instead of each keeping a copy of the weights tree.
func (m *Model) WeightsProof(leaf uint64) []common.Hash { return m.weights.Proof(0, leaf) }

// OpStart returns the first step of op k (k = NumOps gives the halting step).
func (m *Model) OpStart(k int) uint64 { return m.opStart[k] }

// OpAt returns the op that executes step t: the k with OpStart(k) ≤ t <
// OpStart(k+1). ok is false for the halting step and past it.
func (m *Model) OpAt(t uint64) (k int, ok bool) {
	n := len(m.opStart) - 1
	k = sort.Search(n, func(k int) bool { return m.opStart[k+1] > t })
	return k, k < n
}

// Encode returns the model file: "OPML", the version (the header's), 3 reserved zero bytes, the
// three header leaves, NumOps 128-byte descriptors, WeightsLeaves leaves.
func (m *Model) Encode() []byte {
	var buf bytes.Buffer
	buf.WriteString(Magic)
	buf.Write([]byte{m.Header.Version, 0, 0, 0})
	for _, l := range m.Header.Leaves() {
		buf.Write(l[:])
	}
	for _, b := range m.programLeaf {
		buf.Write(b)
	}
	buf.Write(m.Weights)
	return buf.Bytes()
}

// Decode parses and validates a model file.
func Decode(b []byte) (*Model, error) {
	if len(b) < fileHeaderSize {
		return nil, fmt.Errorf("model: file is %d bytes, shorter than the %d-byte header", len(b), fileHeaderSize)
	}
	if string(b[:4]) != Magic {
		return nil, fmt.Errorf("model: bad magic %q, want %q", b[:4], Magic)
	}
	if err := checkVersion(b[4]); err != nil {
		return nil, fmt.Errorf("model: file version %d, this build reads versions %d to %d", b[4], Version1, MaxVersion)
	}
	if b[5] != 0 || b[6] != 0 || b[7] != 0 {
		return nil, fmt.Errorf("model: reserved bytes 5..7 are not zero")
	}
	var l [3]common.Hash
	for k := range l {
		copy(l[k][:], b[8+32*k:])
	}
	if b[4] != l[0][0] {
		return nil, fmt.Errorf("model: file version %d differs from the header version %d", b[4], l[0][0])
	}
	// Sizes come from the header: check the length before allocating.
	numOps := uint64(binary.BigEndian.Uint32(l[0][4:]))
	wLeaves := uint64(binary.BigEndian.Uint32(l[0][20:]))
	want := uint64(fileHeaderSize) + numOps*ops.DescSize + wLeaves*ops.LeafSize
	if uint64(len(b)) != want {
		return nil, fmt.Errorf("model: file is %d bytes, header (%d ops, %d weight leaves) says %d", len(b), numOps, wLeaves, want)
	}
	h, err := DecodeHeader(l)
	if err != nil {
		return nil, err
	}
	program := make([]ops.Desc, numOps)
	off := fileHeaderSize
	for k := range program {
		if program[k], err = ops.Decode(b[off : off+ops.DescSize]); err != nil {
			return nil, fmt.Errorf("model: op %d: %w", k, err)
		}
		off += ops.DescSize
	}
	weights := append([]byte(nil), b[off:]...)
	steps, err := countSteps(&h, program, weights)
	if err != nil {
		return nil, err
	}
	if steps != h.NumSteps {
		return nil, fmt.Errorf("model: header says %d steps, the program takes %d", h.NumSteps, steps)
	}
	return build(h, program, weights)
}
