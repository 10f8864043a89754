package vm

import (
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/vm/merkle"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// checkpoint is the state at the start of an op and what rebuilds the RAM
// there: a full RAM tree (a snapshot) at some boundaries, and at every op
// the bytes of its output region after it ran (the only RAM an op writes).
type checkpoint struct {
	state State        // RAMRoot is set only at snapshots (at() computes it elsewhere)
	ram   *merkle.Tree // nil between snapshots
	out   []byte       // op k's output region after op k (nil at NumOps)
}

// Trace is one execution of a model on an input. NewTrace runs it on the
// fast path and keeps, at every op boundary, the state and the output the
// op wrote; full RAM trees are kept only at the snapshot boundaries of
// CheckpointPlan. StateAt and ProveStep rebuild an op's starting RAM from
// the nearest snapshot and the outputs after it, and then cost at most one
// op's steps.
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

// CheckpointPlan returns which op boundaries of m a trace keeps a full RAM
// tree at (snap[k] for the boundary before op k; len NumOps+1), and the
// bytes of op outputs it keeps besides. Boundary 0 and the final boundary
// are snapshots; another boundary is one when the outputs written since
// the previous snapshot reach half the RAM. Rebuilding a boundary then
// replays less than half the RAM's bytes onto a snapshot (or one op's
// output), which bounds the rehashing of StateAt, while the trees kept
// number about 2·(bytes written)/(RAM) + 2 rather than one per op. (A
// quarter keeps twice the trees, whose copies cost the trace build more
// than the shorter replay saves StateAt.)
func CheckpointPlan(m *model.Model) (snap []bool, outBytes uint64) {
	ramBytes := uint64(m.Header.RAMLeaves) * ops.LeafSize
	snap = make([]bool, len(m.Ops)+1)
	snap[0], snap[len(m.Ops)] = true, true
	since := uint64(0)
	for k := range m.Ops {
		n := m.Ops[k].Out.Leaves() * ops.LeafSize
		outBytes += n
		if since += n; k+1 < len(m.Ops) && 2*since >= ramBytes {
			snap[k+1], since = true, 0
		}
	}
	return snap, outBytes
}

// TraceBytes is the memory a trace of m holds (its snapshot trees, the op
// outputs, and the working tree of one StateAt or ProveStep), to within
// the slice headers: a RAM tree holds its leaves and about as many bytes
// of inner-node hashes.
func TraceBytes(m *model.Model) uint64 {
	snap, outBytes := CheckpointPlan(m)
	trees := uint64(1) // the working tree
	for _, s := range snap {
		if s {
			trees++
		}
	}
	return trees*2*uint64(m.Header.RAMLeaves)*ops.LeafSize + outBytes
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
	snap, outBytes := CheckpointPlan(m)
	tr := &Trace{m: m, input: inputRoot, cps: make([]checkpoint, len(m.Ops)+1)}
	arena := make([]byte, 0, outBytes) // every op's output, in one allocation
	s := InitialState(m.ID(), h, inputRoot)
	for k := range m.Ops {
		// The RAM root is computed only where a snapshot is taken (so
		// the snapshot is fully hashed and a rebuild rehashes only what
		// it replays) and at the end; at() computes it elsewhere.
		if snap[k] {
			s.RAMRoot = ram.Root()
			tr.cps[k].ram = ram.Clone()
		} else {
			s.RAMRoot = common.Hash{}
		}
		tr.cps[k].state = s
		d := &m.Ops[k]
		d.Run(ram.Data(), m.Weights)
		from, to := outRegion(d, ram)
		n := len(arena)
		arena = append(arena, ram.Data()[from*ops.LeafSize:to*ops.LeafSize]...)
		tr.cps[k].out = arena[n:len(arena):len(arena)]
		ram.Invalidate(from, to)
		s.Step += d.Steps()
		s.PC++
	}
	s.RAMRoot = ram.Root()
	tr.cps[len(m.Ops)] = checkpoint{state: s, ram: ram}
	tr.final = s
	tr.final.Step++
	tr.final.Status = Halted
	tr.final.OutputRoot = ram.Node(int(h.OutputDepth), uint64(h.Output.Addr)>>h.OutputDepth)
	tr.output = ReadTensor(h.Output, ram.Data())
	return tr, nil
}

// outRegion is the leaf range [from, to) op d writes, clipped to the
// tree's allocated leaves as Invalidate clips it.
func outRegion(d *ops.Desc, ram *merkle.Tree) (from, to uint64) {
	size := uint64(len(ram.Data())) / ops.LeafSize
	from, to = min(uint64(d.Out.Addr), size), min(d.Out.End(), size)
	return from, to
}

// ramAt rebuilds the RAM tree at op boundary k: a copy of the nearest
// snapshot at or before k with the outputs of the ops in between written
// back in order.
func (tr *Trace) ramAt(k int) (*merkle.Tree, error) {
	s := k
	for tr.cps[s].ram == nil {
		s--
	}
	ram := tr.cps[s].ram.Clone()
	for j := s; j < k; j++ {
		if err := ram.WriteAt(uint64(tr.m.Ops[j].Out.Addr)*ops.LeafSize, tr.cps[j].out); err != nil {
			return nil, fmt.Errorf("vm: rebuild RAM before op %d: %w", k, err)
		}
	}
	return ram, nil
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
	ram, err := tr.ramAt(k)
	if err != nil {
		return State{}, nil, nil, err
	}
	if k == len(tr.m.Ops) {
		return tr.cps[k].state, ram, nil, nil
	}
	s, d := tr.cps[k].state, &tr.m.Ops[k]
	if off := t - s.Step; off > 0 {
		// Outer iterations before the current one have written their final
		// outputs: take them from the op's last memory, then replay only the
		// current iteration's micro-steps.
		// Locate finds the iteration in closed form, or for a ragged op
		// (iterations of different lengths) by binary search.
		if i, j := d.Locate(off); i > 0 {
			from, to := uint64(d.Out.Addr)*ops.LeafSize, d.WrittenThrough(i-1)
			if err := ram.WriteAt(from, tr.cps[k].out[:to-from]); err != nil {
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
