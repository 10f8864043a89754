package vm

import (
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/vm/merkle"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// checkpoint is the state and RAM at the start of an op.
type checkpoint struct {
	state State
	ram   *merkle.Tree
}

// Trace is one execution of a model on an input. NewTrace runs it on the
// fast path, keeping a checkpoint at every op boundary, so StateAt and
// ProveStep cost at most one op's steps.
type Trace struct {
	m      *model.Model
	input  common.Hash
	cps    []checkpoint // cps[k]: before op k; cps[NumOps]: before the halting step
	final  State
	output []int64
}

// NewTrace runs model m on the int8 input values. A model with an int32
// input is traced by NewTraceInt32.
func NewTrace(m *model.Model, values []int8) (*Trace, error) {
	enc, err := EncodeInput(&m.Header, values)
	if err != nil {
		return nil, err
	}
	return newTrace(m, enc)
}

// NewTraceInt32 runs model m, whose input is int32 (token ids), on the
// input values.
func NewTraceInt32(m *model.Model, values []int32) (*Trace, error) {
	enc, err := EncodeInputInt32(&m.Header, values)
	if err != nil {
		return nil, err
	}
	return newTrace(m, enc)
}

// newTrace runs model m on the encoded input region enc.
func newTrace(m *model.Model, enc []byte) (*Trace, error) {
	h := &m.Header
	inputRoot, err := InputRoot(h, enc)
	if err != nil {
		return nil, err
	}
	ram, err := merkle.New(int(h.RAMDepth), uint64(h.RAMLeaves))
	if err != nil {
		return nil, fmt.Errorf("vm: RAM: %w", err)
	}
	if err := ram.WriteAt(0, enc); err != nil {
		return nil, fmt.Errorf("vm: RAM: %w", err)
	}
	tr := &Trace{m: m, input: inputRoot}
	s := InitialState(m.ID(), h, inputRoot)
	for k := range m.Ops {
		tr.cps = append(tr.cps, checkpoint{state: s, ram: ram.Clone()})
		d := &m.Ops[k]
		d.Run(ram.Data(), m.Weights)
		ram.Invalidate(uint64(d.Out.Addr), d.Out.End())
		s.Step += d.Steps()
		s.PC++
		s.RAMRoot = ram.Root()
	}
	tr.cps = append(tr.cps, checkpoint{state: s, ram: ram})
	tr.final = s
	tr.final.Step++
	tr.final.Status = Halted
	tr.final.OutputRoot = ram.Node(int(h.OutputDepth), uint64(h.Output.Addr)>>h.OutputDepth)
	tr.output = ReadTensor(h.Output, ram.Data())
	return tr, nil
}

// Model returns the traced model.
func (tr *Trace) Model() *model.Model { return tr.m }

// InputRoot returns the root of the input subtree.
func (tr *Trace) InputRoot() common.Hash { return tr.input }

// Steps returns N, the number of steps to the halted state.
func (tr *Trace) Steps() uint64 { return tr.m.Header.NumSteps }

// Final returns the halted state (the state at every t >= N).
func (tr *Trace) Final() State { return tr.final }

// Output returns the output tensor's values.
func (tr *Trace) Output() []int64 { return tr.output }

// StateAt returns the state before step t (after t steps).
func (tr *Trace) StateAt(t uint64) (State, error) {
	s, _, _, err := tr.at(t)
	return s, err
}

// at returns the state before step t and, for t < N, the RAM tree at that
// point and the op being executed (nil for the halting step).
func (tr *Trace) at(t uint64) (State, *merkle.Tree, *ops.Desc, error) {
	if t >= tr.Steps() {
		return tr.final, nil, nil, nil
	}
	k := sort.Search(len(tr.m.Ops)+1, func(k int) bool { return tr.m.OpStart(k) > t }) - 1
	cp := tr.cps[k]
	if k == len(tr.m.Ops) {
		return cp.state, cp.ram.Clone(), nil, nil
	}
	s, ram, d := cp.state, cp.ram.Clone(), &tr.m.Ops[k]
	if off := t - s.Step; off > 0 {
		// Outer iterations before the current one have written their final
		// outputs: take them from the op's last memory, then replay only the
		// current iteration's micro-steps.
		// Locate finds the iteration in closed form, or for a ragged op
		// (iterations of different lengths) by binary search.
		if i, j := d.Locate(off); i > 0 {
			from, to := uint64(d.Out.Addr)*ops.LeafSize, d.WrittenThrough(i-1)
			if err := ram.WriteAt(from, tr.cps[k+1].ram.Data()[from:to]); err != nil {
				return State{}, nil, nil, fmt.Errorf("vm: rebuild RAM of step %d: %w", t, err)
			}
			s.I, s.Step = uint32(i), t-j
		}
	}
	mem := &treeMem{ram: ram, rom: tr.m.Weights}
	for s.Step < t {
		if err := exec(&s, d, mem); err != nil {
			return State{}, nil, nil, err
		}
		s.Step++
	}
	s.RAMRoot = ram.Root()
	return s, ram, d, nil
}

// ProveStep returns the state before step t, the state after it, and the
// binary witness that makes Step(pre, witness) return post. For t >= N the
// state is halted, the witness is empty and post equals pre.
func (tr *Trace) ProveStep(t uint64) (pre, post State, witness []byte, err error) {
	pre, ram, d, err := tr.at(t)
	if err != nil || pre.Status != Running {
		return pre, pre, nil, err
	}
	h := &tr.m.Header
	w := &Witness{Header: h.Leaves(), ProgramRoot: tr.m.ProgramRoot(), WeightsRoot: tr.m.WeightsRoot()}
	post = pre
	post.Step++
	if d == nil {
		idx := uint64(h.Output.Addr) >> h.OutputDepth
		node := ram.Node(int(h.OutputDepth), idx)
		w.Accesses = []Access{{Kind: OutputNode, Value: node, Proof: ram.Proof(int(h.OutputDepth), idx)}}
		post.Status, post.OutputRoot = Halted, node
		return pre, post, w.Encode(), nil
	}
	op, proof := tr.m.OpProof(int(pre.PC))
	w.Op, w.OpProof = op, proof
	rec := &recordingMem{treeMem: treeMem{ram: ram, rom: tr.m.Weights}, model: tr.m}
	if err := exec(&post, d, rec); err != nil {
		return State{}, State{}, nil, err
	}
	post.RAMRoot = ram.Root()
	w.Accesses = rec.acc
	return pre, post, w.Encode(), nil
}

// treeMem is flat memory over a RAM tree and the weights bytes.
type treeMem struct {
	ram *merkle.Tree
	rom []byte
}

func (m *treeMem) ROM(leaf uint64) (v [ops.LeafSize]byte, err error) {
	if (leaf+1)*ops.LeafSize > uint64(len(m.rom)) {
		return v, fmt.Errorf("vm: ROM leaf %d out of range", leaf)
	}
	copy(v[:], m.rom[leaf*ops.LeafSize:])
	return v, nil
}

func (m *treeMem) RAM(leaf uint64) ([ops.LeafSize]byte, error) { return m.ram.Leaf(leaf), nil }

func (m *treeMem) UpdateRAM(leaf uint64, f func(*[ops.LeafSize]byte)) error {
	v := m.ram.Leaf(leaf)
	f(&v)
	return m.ram.SetLeaf(leaf, v)
}

// recordingMem is treeMem that records every access with its proof.
type recordingMem struct {
	treeMem
	model *model.Model
	acc   []Access
}

func (m *recordingMem) ROM(leaf uint64) ([ops.LeafSize]byte, error) {
	v, err := m.treeMem.ROM(leaf)
	m.acc = append(m.acc, Access{Kind: ReadROM, Value: v, Proof: m.model.WeightsProof(leaf)})
	return v, err
}

func (m *recordingMem) RAM(leaf uint64) ([ops.LeafSize]byte, error) {
	v := m.ram.Leaf(leaf)
	m.acc = append(m.acc, Access{Kind: ReadRAM, Value: v, Proof: m.ram.Proof(0, leaf)})
	return v, nil
}

func (m *recordingMem) UpdateRAM(leaf uint64, f func(*[ops.LeafSize]byte)) error {
	m.acc = append(m.acc, Access{Kind: UpdateRAM, Value: m.ram.Leaf(leaf), Proof: m.ram.Proof(0, leaf)})
	return m.treeMem.UpdateRAM(leaf, f)
}
