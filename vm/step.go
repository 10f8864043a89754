package vm

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/vm/merkle"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// Mirrored function for function by contracts/src/vm/StepCore.sol, the step
// function every op family contract runs behind the StepVerifier dispatcher
// (docs/spec.md §7.5; the mirror table is vm/mirror_test.go).

// Step executes one step: a pure function of the pre-state and the binary
// witness. A halted or error state is returned unchanged (the witness is
// ignored). The error is non-nil only if the witness does not prove what the
// step reads: then it is a *RejectError whose Reason is the custom error the
// onchain StepVerifier reverts with for the same input (with the same
// arguments), and errors.Is(err, ErrWitness) holds.
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

// stepWitness is Step on a structurally decoded witness (docs/spec.md §7.3
// steps 3–14).
func stepWitness(pre State, w *Witness) (State, error) {
	if model.ID(w.Header, w.ProgramRoot, w.WeightsRoot) != pre.ModelID {
		return State{}, reject(ReasonModelIdMismatch)
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
			return State{}, reject(ReasonOpUnexpected)
		}
		return post.toError(w)
	}
	mem := newWitnessMem(w, pre.RAMRoot)
	if pre.PC == h.NumOps {
		if w.Op != nil {
			return State{}, reject(ReasonOpUnexpected)
		}
		a, err := mem.next(OutputNode)
		if err != nil {
			return State{}, err
		}
		idx := uint64(h.Output.Addr) >> h.OutputDepth
		if !merkle.Verify(pre.RAMRoot, a.Value, int(h.OutputDepth), idx, a.Proof) {
			return State{}, reject(ReasonOutputProofInvalid)
		}
		post.Status, post.OutputRoot = Halted, a.Value
		return post, mem.done()
	}
	if w.Op == nil || len(w.Op) != ops.DescSize {
		return State{}, reject(ReasonOpMissing, uint64(pre.PC))
	}
	if !merkle.Verify(w.ProgramRoot, descRoot(w.Op), 2, uint64(pre.PC), w.OpProof) {
		return State{}, reject(ReasonOpProofInvalid, uint64(pre.PC))
	}
	op, err := ops.Decode(w.Op)
	if err == nil {
		err = op.Validate(ops.Limits{RAMLeaves: uint64(h.RAMLeaves), ROMLeaves: uint64(h.WeightsLeaves)})
	}
	// V1 also bounds the op by the header's version: an op of a newer
	// version in an older model is as invalid as an undefined opcode.
	if err != nil || !h.Defines(&op) {
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
		return State{}, reject(ReasonAccessesUnused, uint64(len(w.Accesses)), 0)
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
// and the accumulator. It does not touch s.Step or the roots. Iteration i
// has J(i) = d.IterLen(i) micro-steps. An op whose schedule is empty has
// the 1 x 1 schedule of one step that touches no memory. A position outside the schedule (not reachable from an initial
// state) moves the state to Error, touching no memory.
func exec(s *State, d *ops.Desc, m ops.Mem) error {
	I, J := d.Schedule()
	empty := I*J == 0
	if empty {
		I, J = 1, 1
	}
	if uint64(s.I) >= I {
		s.Status = Error
		return nil
	}
	if !empty {
		J = d.IterLen(uint64(s.I)) // J(pre.I): a ragged op's iterations differ in length
	}
	if uint64(s.J) >= J {
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
