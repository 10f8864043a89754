package vm

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/vm/merkle"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// Step executes one step: a pure function of the pre-state and the binary
// witness. A halted or error state is returned unchanged (the witness is
// ignored). The error is non-nil only if the witness does not prove what the
// step reads (wrapping ErrWitness).
func Step(pre State, witness []byte) (State, error) {
	if pre.Status != Running {
		return pre, nil
	}
	w, err := DecodeWitness(witness)
	if err != nil {
		return State{}, err
	}
	return stepWitness(pre, w)
}

func stepWitness(pre State, w *Witness) (State, error) {
	if model.ID(w.Header, w.ProgramRoot, w.WeightsRoot) != pre.ModelID {
		return State{}, badWitness("header and roots do not hash to the model ID %s", pre.ModelID)
	}
	post := pre
	post.Step++
	h, err := model.DecodeHeader(w.Header)
	if err != nil || pre.PC > h.NumOps || (pre.PC == h.NumOps && (pre.I != 0 || pre.J != 0)) {
		// A model ID that commits to a malformed header, or a state past the
		// end of the program, can only come from a model no honest party
		// runs; the VM halts with Error rather than getting stuck. No op is
		// read on this path, so the witness carries none.
		if w.Op != nil {
			return State{}, badWitness("a step into the error state before any op carries an op")
		}
		return post.toError(w)
	}
	d := depths{program: int(h.ProgramDepth), weights: int(h.WeightsDepth), ram: int(h.RAMDepth), output: int(h.OutputDepth)}
	mem := &witnessMem{w: w, d: d, ram: pre.RAMRoot}
	if pre.PC == h.NumOps {
		if w.Op != nil {
			return State{}, badWitness("halting step carries an op")
		}
		a, err := mem.next(OutputNode)
		if err != nil {
			return State{}, err
		}
		idx := uint64(h.Output.Addr) >> h.OutputDepth
		if !merkle.Verify(pre.RAMRoot, a.Value, int(h.OutputDepth), idx, a.Proof) {
			return State{}, badWitness("output subtree proof does not match the RAM root")
		}
		post.Status, post.OutputRoot = Halted, a.Value
		return post, mem.done()
	}
	if w.Op == nil || len(w.Op) != ops.DescSize {
		return State{}, badWitness("step of op %d carries no op descriptor", pre.PC)
	}
	if !merkle.Verify(w.ProgramRoot, descRoot(w.Op), 2, uint64(pre.PC), w.OpProof) {
		return State{}, badWitness("op %d descriptor proof does not match the program root", pre.PC)
	}
	op, err := ops.Decode(w.Op)
	if err == nil {
		err = op.Validate(ops.Limits{RAMLeaves: uint64(h.RAMLeaves), ROMLeaves: uint64(h.WeightsLeaves)})
	}
	if err != nil {
		return post.toError(w)
	}
	if err := exec(&post, &op, mem); err != nil {
		return State{}, err
	}
	if post.Status == Error {
		return post.toError(w)
	}
	post.RAMRoot = mem.ram
	return post, mem.done()
}

// toError turns s into the Error state; such a step reads no memory.
func (s State) toError(w *Witness) (State, error) {
	if len(w.Accesses) != 0 {
		return State{}, badWitness("a step into the error state reads no memory")
	}
	s.Status = Error
	return s, nil
}

// descRoot is the root of the 4-leaf subtree holding a descriptor.
func descRoot(b []byte) common.Hash {
	var l [4]common.Hash
	for k := range l {
		copy(l[k][:], b[32*k:])
	}
	return merkle.HashPair(merkle.HashPair(l[0], l[1]), merkle.HashPair(l[2], l[3]))
}

// exec runs micro-step (s.I, s.J) of op d against m and advances PC, I, J
// and the accumulator. It does not touch s.Step or the roots. An op whose
// schedule is empty has the 1 x 1 schedule of one step that touches no
// memory. A position outside the schedule (not reachable from an initial
// state) moves the state to Error, touching no memory.
func exec(s *State, d *ops.Desc, m ops.Mem) error {
	I, J := d.Schedule()
	empty := I*J == 0
	if empty {
		I, J = 1, 1
	}
	if uint64(s.I) >= I || uint64(s.J) >= J {
		s.Status = Error
		return nil
	}
	if !empty {
		if err := d.Step(uint64(s.I), uint64(s.J), &s.Acc, m); err != nil {
			return err
		}
	}
	s.J++
	if uint64(s.J) == J {
		s.J = 0
		s.I++
		s.Acc = ops.Acc{}
		if uint64(s.I) == I {
			s.I = 0
			s.PC++
		}
	}
	return nil
}

// witnessMem serves a step's memory accesses from a witness, verifying each
// proof and tracking the RAM root through the step's update.
type witnessMem struct {
	w   *Witness
	d   depths
	k   int
	ram common.Hash
}

func (m *witnessMem) next(kind AccessKind) (*Access, error) {
	if m.k >= len(m.w.Accesses) {
		return nil, badWitness("access %d missing", m.k)
	}
	a := &m.w.Accesses[m.k]
	if a.Kind != kind {
		return nil, badWitness("access %d is of kind %d, the step reads kind %d", m.k, a.Kind, kind)
	}
	m.k++
	return a, nil
}

func (m *witnessMem) done() error {
	if m.k != len(m.w.Accesses) {
		return badWitness("%d accesses supplied, the step made %d", len(m.w.Accesses), m.k)
	}
	return nil
}

func (m *witnessMem) read(kind AccessKind, root common.Hash, depth int, leaf uint64) ([ops.LeafSize]byte, error) {
	a, err := m.next(kind)
	if err != nil {
		return [ops.LeafSize]byte{}, err
	}
	if leaf>>depth != 0 || !merkle.Verify(root, a.Value, 0, leaf, a.Proof) {
		return [ops.LeafSize]byte{}, badWitness("access %d: proof of leaf %d does not match the root", m.k-1, leaf)
	}
	return a.Value, nil
}

func (m *witnessMem) ROM(leaf uint64) ([ops.LeafSize]byte, error) {
	return m.read(ReadROM, m.w.WeightsRoot, m.d.weights, leaf)
}

func (m *witnessMem) RAM(leaf uint64) ([ops.LeafSize]byte, error) {
	return m.read(ReadRAM, m.ram, m.d.ram, leaf)
}

func (m *witnessMem) UpdateRAM(leaf uint64, f func(*[ops.LeafSize]byte)) error {
	v, err := m.read(UpdateRAM, m.ram, m.d.ram, leaf)
	if err != nil {
		return err
	}
	f(&v)
	m.ram = merkle.ComputeRoot(v, 0, leaf, m.w.Accesses[m.k-1].Proof)
	return nil
}
