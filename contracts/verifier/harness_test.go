package verifier_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/testkit/simchain"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/merkle"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

const fixturesDir = "../../fixtures"

// outcome is the result of one step on one side: either a post-state (its
// encoding and hash) or a rejection.
type outcome struct {
	post []byte
	hash common.Hash
	err  error // non-nil iff rejected
	gas  uint64
}

func (o outcome) String() string {
	if o.err != nil {
		return "rejected: " + o.err.Error()
	}
	return fmt.Sprintf("post %x (hash %s)", o.post, o.hash)
}

// goStep is the reference: vm.DecodeState then vm.Step.
func goStep(pre, witness []byte) outcome {
	s, err := vm.DecodeState(pre)
	if err != nil {
		return outcome{err: err}
	}
	post, err := vm.Step(s, witness)
	if err != nil {
		return outcome{err: err}
	}
	return outcome{post: post.Encode(), hash: post.Hash()}
}

// evmVerifier is a StepVerifier deployed on simchain's in-memory EVM (the
// pinned rules, no blocks): the fast path for large differential runs.
type evmVerifier struct {
	mu   sync.Mutex
	evm  *simchain.EVM
	from common.Address
	addr common.Address
	abi  *bindings.StepVerifier

	accepted, rejected int // comparisons made, by Go's verdict
}

func newEVMVerifier(t testing.TB) *evmVerifier {
	t.Helper()
	e := simchain.NewEVM()
	from := common.HexToAddress("0x0b51")
	e.Fund(from, big.NewInt(1e18))
	addr, err := arbiter.DeployStepVerifier(context.Background(), e.Deployer(from))
	require.NoError(t, err)
	return &evmVerifier{evm: e, from: from, addr: addr, abi: bindings.NewStepVerifier()}
}

var (
	sharedOnce sync.Once
	shared     *evmVerifier
)

// sharedEVM is one deployment shared by every test of the process (fuzz
// workers included); calls are serialized.
func sharedEVM(t testing.TB) *evmVerifier {
	sharedOnce.Do(func() { shared = newEVMVerifier(t) })
	return shared
}

// call runs calldata on the verifier: output, execution gas, revert data
// (nil if it did not revert). Any failure other than a revert is fatal.
func (e *evmVerifier) call(t testing.TB, data []byte) ([]byte, uint64, []byte) {
	t.Helper()
	out, gas, err := e.evm.Call(e.from, e.addr, nil, data)
	if err != nil {
		var re *arbiter.RevertError
		require.ErrorAs(t, err, &re, "verifier call failed without a revert")
		if re.Data == nil {
			return nil, gas, []byte{}
		}
		return nil, gas, re.Data
	}
	return out, gas, nil
}

// run executes both step and stepState; they must agree with each other.
func (e *evmVerifier) run(t testing.TB, pre, witness []byte) outcome {
	t.Helper()
	e.mu.Lock()
	defer e.mu.Unlock()
	out, _, rev := e.call(t, e.abi.PackStepState(pre, witness))
	hout, gas, hrev := e.call(t, e.abi.PackStep(pre, witness))
	require.Equal(t, rev == nil, hrev == nil, "step and stepState disagree on reverting")
	if rev != nil {
		require.Equal(t, rev, hrev, "step and stepState revert differently")
		re := arbiter.DecodeRevert(rev, nil)
		require.NotEmpty(t, re.Name, "revert data %x is not a StepVerifier custom error", rev)
		return outcome{err: re, gas: gas}
	}
	post, err := e.abi.UnpackStepState(out)
	require.NoError(t, err)
	h, err := e.abi.UnpackStep(hout)
	require.NoError(t, err)
	return outcome{post: post, hash: h, gas: gas}
}

// check runs one step on both sides and requires the same verdict: when both
// reject, the same reason (the custom error's name and arguments); when both
// accept, the same post-state encoding and hash. It returns the EVM's
// outcome.
func (e *evmVerifier) check(t testing.TB, name string, pre, witness []byte) outcome {
	t.Helper()
	want := goStep(pre, witness)
	got := e.run(t, pre, witness)
	if (want.err == nil) != (got.err == nil) {
		t.Fatalf("%s: Go and EVM disagree\nGo:  %v\nEVM: %v\npre     %x\nwitness %x", name, want, got, pre, witness)
	}
	if want.err != nil {
		goName, goArgs := goReason(t, want.err)
		evmName, evmArgs := evmReason(t, got.err)
		if goName != evmName || fmt.Sprint(goArgs) != fmt.Sprint(evmArgs) {
			t.Fatalf("%s: Go and EVM reject for different reasons\nGo:  %s%v\nEVM: %s%v\npre     %x\nwitness %x",
				name, goName, goArgs, evmName, evmArgs, pre, witness)
		}
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if want.err != nil {
		e.rejected++
		return got
	}
	e.accepted++
	if !bytes.Equal(want.post, got.post) || want.hash != got.hash {
		t.Fatalf("%s: post-states differ\nGo:  %v\nEVM: %v\npre     %x\nwitness %x", name, want, got, pre, witness)
	}
	return got
}

// counts returns and resets the comparison counters.
func (e *evmVerifier) counts() (accepted, rejected int) {
	e.mu.Lock()
	defer e.mu.Unlock()
	a, r := e.accepted, e.rejected
	e.accepted, e.rejected = 0, 0
	return a, r
}

// ---- fixtures ----

// loadVectors reads every golden step vector.
func loadVectors(t testing.TB) map[string][]vm.StepVector {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(fixturesDir, "vectors", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	out := map[string][]vm.StepVector{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		var vs []vm.StepVector
		require.NoError(t, json.Unmarshal(b, &vs), f)
		require.NotEmpty(t, vs, f)
		out[filepath.Base(f)] = vs
	}
	return out
}

// fixtureTrace traces fixture model name ("mlp", "cnn") on its input.
func fixtureTrace(t testing.TB, name string) *vm.Trace {
	t.Helper()
	mb, err := os.ReadFile(filepath.Join(fixturesDir, "models", name+".opml"))
	require.NoError(t, err)
	m, err := model.Decode(mb)
	require.NoError(t, err)
	ib, err := os.ReadFile(filepath.Join(fixturesDir, "inputs", name+"_input.json"))
	require.NoError(t, err)
	var in []int8
	require.NoError(t, json.Unmarshal(ib, &in))
	tr, err := vm.NewTrace(m, in)
	require.NoError(t, err)
	return tr
}

// opBoundarySteps returns the steps of a trace worth proving: each op's
// first step, its first final step (J − 1), its last step, the halting step
// and one step past the end.
func opBoundarySteps(tr *vm.Trace) []uint64 {
	m := tr.Model()
	var out []uint64
	for k := range m.Ops {
		first, next := m.OpStart(k), m.OpStart(k+1)
		out = append(out, first, next-1)
		I, J := m.Ops[k].Schedule()
		if I*J > 0 {
			J = m.Ops[k].IterLen(0) // J(0): the first iteration's final step
		}
		if J >= 1 && first+J-1 < next {
			out = append(out, first+J-1)
		}
	}
	return append(out, tr.Steps()-1, tr.Steps())
}

// stepFamily names the kind of step t of a trace for the gas report.
func stepFamily(m *model.Model, pre vm.State, post []byte) string {
	if len(post) > 0 && post[0] == byte(vm.Error) {
		return "error"
	}
	if pre.Status != vm.Running {
		return "terminal"
	}
	if int(pre.PC) >= len(m.Ops) {
		return "halt"
	}
	return m.Ops[pre.PC].Op.String()
}

// ---- arbitrary states ----

// world is a model's memories outside any trace: arbitrary RAM contents, a
// possibly malformed weights region (data rules M3 are not checked at step
// time) and a possibly invalid program or header. prove builds the honest
// witness of any position in it, with any accumulator, so that the
// differential tests reach states no execution reaches.
type world struct {
	leaves   [3]common.Hash
	header   model.Header
	headerOK bool
	program  [][]byte
	weights  []byte
	ram      []byte
	ramDepth int
	progTree *merkle.Tree
	romTree  *merkle.Tree
	id       common.Hash
}

// newWorld builds the trees of a program, weights and RAM at the given
// depths (program, weights, RAM) and the model ID of header leaves over
// them. The leaves need not match the depths (a corrupted header).
func newWorld(t testing.TB, leaves [3]common.Hash, depths [3]int, program [][]byte, weights, ram []byte) *world {
	t.Helper()
	w := &world{leaves: leaves, program: program, weights: weights, ram: ram, ramDepth: depths[2]}
	h, err := model.DecodeHeader(leaves)
	w.header, w.headerOK = h, err == nil
	var enc []byte
	for _, d := range program {
		enc = append(enc, d...)
	}
	w.progTree, err = merkle.FromBytes(depths[0], enc)
	require.NoError(t, err)
	w.romTree, err = merkle.FromBytes(depths[1], weights)
	require.NoError(t, err)
	w.id = model.ID(leaves, w.progTree.Root(), w.romTree.Root())
	return w
}

// modelDepths are the tree depths of m's header.
func modelDepths(m *model.Model) [3]int {
	h := &m.Header
	return [3]int{int(h.ProgramDepth), int(h.WeightsDepth), int(h.RAMDepth)}
}

// modelProgram returns m's encoded descriptors.
func modelProgram(m *model.Model) [][]byte {
	var program [][]byte
	for k := range m.Ops {
		program = append(program, m.Ops[k].Encode())
	}
	return program
}

// modelWorld is the world of a model with the given RAM contents.
func modelWorld(t testing.TB, m *model.Model, ram []byte) *world {
	return newWorld(t, m.Header.Leaves(), modelDepths(m), modelProgram(m), append([]byte(nil), m.Weights...), ram)
}

// recMem serves a micro-step from trees and records each access with its
// proof, the way the witness must list them.
type recMem struct {
	ram, rom *merkle.Tree
	acc      []vm.Access
}

func (m *recMem) ROM(leaf uint64) ([ops.LeafSize]byte, error) {
	v := m.rom.Leaf(leaf)
	m.acc = append(m.acc, vm.Access{Kind: vm.ReadROM, Value: v, Proof: m.rom.Proof(0, leaf)})
	return v, nil
}

func (m *recMem) RAM(leaf uint64) ([ops.LeafSize]byte, error) {
	v := m.ram.Leaf(leaf)
	m.acc = append(m.acc, vm.Access{Kind: vm.ReadRAM, Value: v, Proof: m.ram.Proof(0, leaf)})
	return v, nil
}

func (m *recMem) UpdateRAM(leaf uint64, f func(*[ops.LeafSize]byte)) error {
	v := m.ram.Leaf(leaf)
	m.acc = append(m.acc, vm.Access{Kind: vm.UpdateRAM, Value: v, Proof: m.ram.Proof(0, leaf)})
	f(&v)
	return m.ram.SetLeaf(leaf, v)
}

// prove returns the pre-state at (pc, i, j) with accumulator acc and the
// witness an honest prover gives for it (spec §7.3: no op and no access on
// the header/position Error path, the output node on the halting step, no
// access for an invalid op or a position outside the schedule).
func (w *world) prove(t testing.TB, step uint64, pc, i, j uint32, acc ops.Acc) (vm.State, []byte) {
	t.Helper()
	ram, err := merkle.FromBytes(w.ramDepth, w.ram)
	require.NoError(t, err)
	pre := vm.State{Status: vm.Running, ModelID: w.id, RAMRoot: ram.Root(), Step: step, PC: pc, I: i, J: j, Acc: acc}
	wit := &vm.Witness{Header: w.leaves, ProgramRoot: w.progTree.Root(), WeightsRoot: w.romTree.Root()}
	h := &w.header
	if !w.headerOK || pc > h.NumOps || (pc == h.NumOps && (i != 0 || j != 0)) {
		return pre, wit.Encode()
	}
	if pc == h.NumOps {
		idx := uint64(h.Output.Addr) >> h.OutputDepth
		wit.Accesses = []vm.Access{{Kind: vm.OutputNode, Value: ram.Node(int(h.OutputDepth), idx), Proof: ram.Proof(int(h.OutputDepth), idx)}}
		return pre, wit.Encode()
	}
	wit.Op, wit.OpProof = w.program[pc], w.progTree.Proof(2, uint64(pc))
	d, err := ops.Decode(w.program[pc])
	if err == nil {
		err = d.Validate(ops.Limits{RAMLeaves: uint64(h.RAMLeaves), ROMLeaves: uint64(h.WeightsLeaves)})
	}
	if err != nil || !h.Defines(&d) { // V1: also the header's version
		return pre, wit.Encode()
	}
	I, J := d.Schedule()
	empty := I*J == 0
	if empty {
		I, J = 1, 1
	}
	if uint64(i) >= I || empty || uint64(j) >= d.IterLen(uint64(i)) {
		return pre, wit.Encode()
	}
	rec := &recMem{ram: ram, rom: w.romTree}
	a := acc
	require.NoError(t, d.Step(uint64(i), uint64(j), &a, rec))
	wit.Accesses = rec.acc
	return pre, wit.Encode()
}

// goReason is the reason of a Go rejection: vm.DecodeState and vm.Step
// reject only with a *vm.RejectError, named after the Solidity error.
func goReason(t testing.TB, err error) (string, []string) {
	t.Helper()
	var re *vm.RejectError
	require.True(t, errors.As(err, &re), "Go rejected without a reason: %v", err)
	args := make([]string, len(re.Args))
	for k, a := range re.Args {
		args[k] = fmt.Sprint(a)
	}
	return re.Reason.String(), args
}

// evmReason is the reason of an EVM rejection: the custom error's name and
// its arguments in decimal. It is the only place the differential harness
// reads the contracts' revert type.
func evmReason(t testing.TB, err error) (string, []string) {
	t.Helper()
	var re *arbiter.RevertError
	require.True(t, errors.As(err, &re), "the EVM rejected without a custom error: %v", err)
	args := make([]string, len(re.Args))
	for k, a := range re.Args {
		args[k] = fmt.Sprint(a)
	}
	return re.Name, args
}

// errIs reports whether err is an *arbiter.RevertError named name.
func errIs(err error, name string) bool {
	var re *arbiter.RevertError
	return errors.As(err, &re) && re.Name == name
}
