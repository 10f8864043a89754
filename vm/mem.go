package vm

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/vm/merkle"
	"github.com/opml-dev/opml/vm/ops"
)

// Mirrored function for function by contracts/src/vm/ops/Mem.sol (the mirror
// table is vm/mirror_test.go).

// witnessMem serves a step's memory accesses from a witness, verifying each
// proof and tracking the RAM root through the step's update (docs/spec.md
// §7.3.1). It implements ops.Mem.
type witnessMem struct {
	w   *Witness
	d   depths
	k   int // accesses consumed so far
	ram common.Hash
}

// newWitnessMem returns a cursor at the first access of w, with RAM root
// ram. The depths come from the header leaf h0, which a step only reaches
// with a valid header, hence in-range depths.
func newWitnessMem(w *Witness, ram common.Hash) *witnessMem {
	d, _ := headerDepths(w.Header[0])
	return &witnessMem{w: w, d: d, ram: ram}
}

// next takes the next access, which must exist and be of the given kind.
func (m *witnessMem) next(kind AccessKind) (*Access, error) {
	if m.k >= len(m.w.Accesses) {
		return nil, reject(ReasonAccessMissing, uint64(m.k))
	}
	a := &m.w.Accesses[m.k]
	if a.Kind != kind {
		return nil, reject(ReasonAccessKind, uint64(m.k), uint64(a.Kind), uint64(kind))
	}
	m.k++
	return a, nil
}

// done checks that the step consumed every access of the witness.
func (m *witnessMem) done() error {
	if m.k != len(m.w.Accesses) {
		return reject(ReasonAccessesUnused, uint64(len(m.w.Accesses)), uint64(m.k))
	}
	return nil
}

// read takes the next access, of the given kind, proven as leaf `leaf` of
// the depth-`depth` tree with this root.
func (m *witnessMem) read(kind AccessKind, root common.Hash, depth int, leaf uint64) ([ops.LeafSize]byte, error) {
	a, err := m.next(kind)
	if err != nil {
		return [ops.LeafSize]byte{}, err
	}
	if leaf>>depth != 0 || !merkle.Verify(root, a.Value, 0, leaf, a.Proof) {
		return [ops.LeafSize]byte{}, reject(ReasonAccessProofInvalid, uint64(m.k-1), leaf)
	}
	return a.Value, nil
}

// ROM returns weights leaf `leaf`.
func (m *witnessMem) ROM(leaf uint64) ([ops.LeafSize]byte, error) {
	return m.read(ReadROM, m.w.WeightsRoot, m.d.weights, leaf)
}

// RAM returns RAM leaf `leaf`, proven against the current RAM root.
func (m *witnessMem) RAM(leaf uint64) ([ops.LeafSize]byte, error) {
	return m.read(ReadRAM, m.ram, m.d.ram, leaf)
}

// UpdateRAM proves the old value of RAM leaf `leaf`, and the RAM root
// becomes the fold of f(old) with the same proof.
func (m *witnessMem) UpdateRAM(leaf uint64, f func(*[ops.LeafSize]byte)) error {
	v, err := m.read(UpdateRAM, m.ram, m.d.ram, leaf)
	if err != nil {
		return err
	}
	f(&v)
	m.ram = merkle.ComputeRoot(v, 0, leaf, m.w.Accesses[m.k-1].Proof)
	return nil
}
