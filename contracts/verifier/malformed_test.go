package verifier_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/testkit/randmodel"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// baseCase is an honest step to corrupt.
type baseCase struct {
	name    string
	pre     vm.State
	witness []byte
	op      []byte // some descriptor of the same program, for "add an op"
	opProof []common.Hash
}

// baseCases are honest steps of every kind: a chunk step and a final step
// of every op family, in-place updates, an empty op, the halting step of
// several models, a Softmax phase-3 step of the MLP fixture (three
// accesses) and Error steps (invalid op, invalid header, a position outside
// the schedule).
func baseCases(t testing.TB) []baseCase {
	t.Helper()
	var out []baseCase
	for ki, kind := range randmodel.Kinds {
		r := rand.New(rand.NewPCG(uint64(ki), 12345))
		m, in, err := randmodel.Model(r, kind)
		require.NoError(t, err)
		tr, err := traceOf(m, in)
		require.NoError(t, err)
		last := len(m.Ops) - 1
		steps := []uint64{0, m.OpStart(last)}
		I, J := m.Ops[last].Schedule()
		if I*J > 0 {
			J = m.Ops[last].IterLen(0) // J(0): the first iteration's final step
		}
		if m.OpStart(last)+J-1 < m.OpStart(last+1) {
			steps = append(steps, m.OpStart(last)+J-1)
		}
		if ki%3 == 0 {
			steps = append(steps, tr.Steps()-1)
		}
		op, proof := m.OpProof(0)
		for _, s := range steps {
			pre, _, w, err := tr.ProveStep(s)
			require.NoError(t, err)
			out = append(out, baseCase{name: fmt.Sprintf("%s step %d", kind, s), pre: pre, witness: w, op: op, opProof: proof})
		}
	}
	tr := fixtureTrace(t, "mlp")
	pre, _, w, err := tr.ProveStep(tr.Steps() - 2)
	require.NoError(t, err)
	op, proof := tr.Model().OpProof(0)
	out = append(out, baseCase{name: "mlp softmax phase 3", pre: pre, witness: w, op: op, opProof: proof})

	// Error steps.
	r := rand.New(rand.NewPCG(5, 5))
	m, _, err := randmodel.Model(r, "relu")
	require.NoError(t, err)
	ram := make([]byte, uint64(m.Header.RAMLeaves)*32)
	program := modelProgram(m)
	program[len(program)-1][80] = 1 // ReLU with a CP field: not canonical
	w1 := newWorld(t, m.Header.Leaves(), modelDepths(m), program, m.Weights, ram)
	pc := uint32(len(program) - 1)
	pre, wb := w1.prove(t, 3, pc, 0, 0, ops.Acc{})
	out = append(out, baseCase{name: "error: invalid op", pre: pre, witness: wb, op: program[0], opProof: w1.progTree.Proof(2, 0)})
	leaves := m.Header.Leaves()
	leaves[0][31] = 1 // reserved header byte
	w2 := newWorld(t, leaves, modelDepths(m), modelProgram(m), m.Weights, ram)
	pre, wb = w2.prove(t, 0, 0, 0, 0, ops.Acc{})
	out = append(out, baseCase{name: "error: invalid header", pre: pre, witness: wb, op: program[0], opProof: w2.progTree.Proof(2, 0)})
	w3 := modelWorld(t, m, ram)
	pre, wb = w3.prove(t, 0, 0, 1<<20, 0, ops.Acc{})
	out = append(out, baseCase{name: "error: outside the schedule", pre: pre, witness: wb, op: program[0], opProof: w3.progTree.Proof(2, 0)})
	for _, kind := range []string{"lut", "gather", "mul", "max", "min", "matmul", "causal-softmax", "embed", "norm", "rope", "glumul"} {
		w4 := underVersion1(t, kind)
		pre, wb = w4.prove(t, 0, 0, 0, 0, ops.Acc{})
		k := min(1, len(w4.program)-1) // another op of the program, if it has one
		out = append(out, baseCase{name: "error: " + kind + " in a version-1 model", pre: pre, witness: wb, op: w4.program[k], opProof: w4.progTree.Proof(2, uint64(k))})
	}
	// Gather steps of each kind: a source in In, a source in In2, the fill.
	out = append(out, gatherCases(t)...)
	return out
}

// gatherCases are honest Gather steps of a random gather model, one per
// kind of step: an index into In, an index into In2 (a RAM read each) and
// an index that selects the fill (no RAM read), named "gather In", "gather
// In2" and "gather fill".
func gatherCases(t testing.TB) []baseCase {
	t.Helper()
	m, in, err := randmodel.Model(rand.New(rand.NewPCG(9, 9)), "gather")
	require.NoError(t, err)
	tr, err := traceOf(m, in)
	require.NoError(t, err)
	last := len(m.Ops) - 1
	d := m.Ops[last]
	require.False(t, d.In2.IsZero())
	found := map[string]baseCase{}
	op, proof := m.OpProof(last)
	for e := uint64(0); e < d.Out.Numel(); e++ {
		k := int64(int32(binary.BigEndian.Uint32(m.Weights[uint64(d.W)*32+4*e:])))
		name := "gather fill"
		if k >= 0 && uint64(k) < d.In.Numel() {
			name = "gather In"
		} else if k >= 0 && uint64(k) < d.In.Numel()+d.In2.Numel() {
			name = "gather In2"
		}
		if _, ok := found[name]; ok {
			continue
		}
		pre, _, w, err := tr.ProveStep(m.OpStart(last) + e)
		require.NoError(t, err)
		found[name] = baseCase{name: name, pre: pre, witness: w, op: op, opProof: proof}
	}
	var out []baseCase
	for _, name := range []string{"gather In", "gather In2", "gather fill"} {
		c, ok := found[name]
		require.True(t, ok, "the gather model has no %q step", name)
		out = append(out, c)
	}
	return out
}

// underVersion1 is the world of a version-2 model of the kind (lut,
// gather, mul, max, min, matmul, causal-softmax, embed, norm, rope, glumul) whose header says version
// 1: its ops (a causal Softmax too) are not defined in the header's
// version (V1).
func underVersion1(t testing.TB, kind string) *world {
	t.Helper()
	m, _, err := randmodel.Model(rand.New(rand.NewPCG(6, 6)), kind)
	require.NoError(t, err)
	require.Equal(t, uint8(model.Version2), m.Header.Version)
	leaves := m.Header.Leaves()
	leaves[0][0] = model.Version1
	ram := make([]byte, uint64(m.Header.RAMLeaves)*32)
	for k := range ram {
		ram[k] = byte(k * 13)
	}
	return newWorld(t, leaves, modelDepths(m), modelProgram(m), m.Weights, ram)
}

// witnessMutations returns corrupted variants of an honest witness: every
// byte flipped, truncations, trailing bytes, a wrong count, and structural
// edits (op dropped or added, accesses dropped, duplicated, swapped, of
// another kind, with empty or zeroed proofs).
func witnessMutations(c baseCase, everyLength bool) map[string][]byte {
	w := c.witness
	out := map[string][]byte{}
	flips := []byte{0x01, 0x80, 0xff, 0x10, 0x02}
	for k := range w {
		b := append([]byte(nil), w...)
		b[k] ^= flips[k%len(flips)]
		out[fmt.Sprintf("flip byte %d", k)] = b
	}
	for n := 0; n < len(w); n++ {
		if everyLength || n < 200 || n%7 == 0 || n == len(w)-1 || n == len(w)-32 || n == len(w)-33 {
			out[fmt.Sprintf("truncate to %d", n)] = append([]byte(nil), w[:n]...)
		}
	}
	for _, tail := range [][]byte{{0}, {1}, make([]byte, 32), make([]byte, 33), append([]byte{2}, make([]byte, 32)...)} {
		out[fmt.Sprintf("%d trailing bytes %x", len(tail), tail[0])] = append(append([]byte(nil), w...), tail...)
	}
	dw, err := vm.DecodeWitness(w)
	if err != nil || len(w) < 162 {
		return out
	}
	// The count byte, raw: right after hasOp (and the op and its proof).
	countAt := 162
	if dw.Op != nil {
		countAt += ops.DescSize + 32*len(dw.OpProof)
	}
	for _, d := range []int{1, -1, 2, 255} {
		b := append([]byte(nil), w...)
		b[countAt] = byte(int(b[countAt]) + d)
		out[fmt.Sprintf("count %+d", d)] = b
	}
	edit := func(name string, f func(x *vm.Witness)) {
		x, err := vm.DecodeWitness(w)
		if err != nil {
			panic(err)
		}
		f(x)
		out[name] = x.Encode()
	}
	if dw.Op != nil {
		edit("drop the op", func(x *vm.Witness) { x.Op, x.OpProof = nil, nil })
		edit("op proof one short", func(x *vm.Witness) { x.OpProof = x.OpProof[:len(x.OpProof)-min(1, len(x.OpProof))] })
		edit("op proof one long", func(x *vm.Witness) { x.OpProof = append(x.OpProof, common.Hash{}) })
	} else {
		edit("add an op", func(x *vm.Witness) { x.Op, x.OpProof = c.op, c.opProof })
	}
	for k := range dw.Accesses {
		edit(fmt.Sprintf("drop access %d", k), func(x *vm.Witness) {
			x.Accesses = append(x.Accesses[:k:k], x.Accesses[k+1:]...)
		})
		edit(fmt.Sprintf("duplicate access %d", k), func(x *vm.Witness) {
			x.Accesses = append(x.Accesses[:k+1:k+1], x.Accesses[k:]...)
		})
		edit(fmt.Sprintf("empty proof of access %d", k), func(x *vm.Witness) { x.Accesses[k].Proof = nil })
		edit(fmt.Sprintf("zero proof of access %d", k), func(x *vm.Witness) {
			x.Accesses[k].Proof = make([]common.Hash, len(x.Accesses[k].Proof))
		})
		edit(fmt.Sprintf("zero value of access %d", k), func(x *vm.Witness) { x.Accesses[k].Value = common.Hash{} })
		for kind := vm.AccessKind(0); kind <= 5; kind++ {
			if kind == dw.Accesses[k].Kind {
				continue
			}
			edit(fmt.Sprintf("access %d of kind %d", k, kind), func(x *vm.Witness) { x.Accesses[k].Kind = kind })
			// The same with the proof length the new kind implies.
			edit(fmt.Sprintf("access %d of kind %d, resized proof", k, kind), func(x *vm.Witness) {
				x.Accesses[k].Kind = kind
				n := 0
				switch kind {
				case vm.ReadROM:
					n = int(x.Header[0][2])
				case vm.ReadRAM, vm.UpdateRAM:
					n = int(x.Header[0][3])
				case vm.OutputNode:
					n = int(x.Header[0][3]) - int(x.Header[0][25])
				}
				p := make([]common.Hash, n)
				copy(p, x.Accesses[k].Proof)
				x.Accesses[k].Proof = p
			})
		}
		if k+1 < len(dw.Accesses) {
			edit(fmt.Sprintf("swap accesses %d and %d", k, k+1), func(x *vm.Witness) {
				x.Accesses[k], x.Accesses[k+1] = x.Accesses[k+1], x.Accesses[k]
			})
		}
	}
	edit("no accesses", func(x *vm.Witness) { x.Accesses = nil })
	edit("an extra output node", func(x *vm.Witness) {
		n := int(x.Header[0][3]) - int(x.Header[0][25])
		x.Accesses = append(x.Accesses, vm.Access{Kind: vm.OutputNode, Proof: make([]common.Hash, max(n, 0))})
	})
	return out
}

// preMutations returns corrupted variants of a pre-state encoding.
func preMutations(pre vm.State) map[string][]byte {
	enc := pre.Encode()
	out := map[string][]byte{
		"empty":      {},
		"244 bytes":  enc[:244],
		"246 bytes":  append(append([]byte(nil), enc...), 0),
		"status 1":   with(enc, 0, 1),
		"status 2":   with(enc, 0, 2),
		"status 3":   with(enc, 0, 3),
		"status 255": with(enc, 0, 255),
	}
	for _, off := range []int{1, 20, 32, 33, 50, 64, 65, 96, 97, 104, 105, 108, 109, 112, 113, 116, 117, 120, 150, 244} {
		out[fmt.Sprintf("flip byte %d", off)] = with(enc, off, enc[off]^0x01)
		out[fmt.Sprintf("flip byte %d high", off)] = with(enc, off, enc[off]^0x80)
	}
	set32 := func(off int, v uint32) []byte {
		b := append([]byte(nil), enc...)
		binary.BigEndian.PutUint32(b[off:], v)
		return b
	}
	set64 := func(off int, v uint64) []byte {
		b := append([]byte(nil), enc...)
		binary.BigEndian.PutUint64(b[off:], v)
		return b
	}
	out["step max"] = set64(97, ^uint64(0))
	out["step 0"] = set64(97, 0)
	for name, off := range map[string]int{"pc": 105, "i": 109, "j": 113} {
		v := binary.BigEndian.Uint32(enc[off:])
		for _, nv := range []uint32{v + 1, v - 1, 0, 1 << 31, ^uint32(0)} {
			out[fmt.Sprintf("%s %d", name, nv)] = set32(off, nv)
		}
	}
	for l := 0; l < ops.Lanes; l += 5 {
		out[fmt.Sprintf("acc %d min", l)] = set32(117+4*l, 1<<31)
		out[fmt.Sprintf("acc %d 300", l)] = set32(117+4*l, 300)
	}
	return out
}

func with(b []byte, k int, v byte) []byte {
	c := append([]byte(nil), b...)
	c[k] = v
	return c
}

// TestMalformed corrupts every region of honest witnesses and pre-states
// and requires: Go rejects ⇔ the EVM reverts, and equal post-states when
// both accept.
func TestMalformed(t *testing.T) {
	e := sharedEVM(t)
	cases := baseCases(t)
	wTotal, wAccepted, pTotal := 0, 0, 0
	for ci, c := range cases {
		if testing.Short() && ci%4 != 0 {
			continue
		}
		require.NoError(t, goStep(c.pre.Encode(), c.witness).err, c.name)
		for name, w := range witnessMutations(c, ci%4 == 0) {
			if bytes.Equal(w, c.witness) {
				continue // an edit that changed nothing (e.g. zeroing a zero value)
			}
			wTotal++
			if e.check(t, c.name+": "+name, c.pre.Encode(), w).err == nil {
				wAccepted++
				t.Logf("%s: %s: a changed witness is accepted by both", c.name, name)
			}
		}
		for name, pre := range preMutations(c.pre) {
			pTotal++
			e.check(t, c.name+": pre-state "+name, pre, c.witness)
		}
	}
	a, rj := e.counts()
	t.Logf("%d honest steps: %d witness corruptions (%d accepted by both) and %d pre-state corruptions; %d comparisons (%d accepted by both, %d rejected by both)",
		len(cases), wTotal, wAccepted, pTotal, a+rj, a, rj)
	require.Zero(t, wAccepted, "the witness encoding is not malleable: every changed witness is rejected")
}

// TestNamedErrors checks the custom error of specific corruptions.
func TestNamedErrors(t *testing.T) {
	e := sharedEVM(t)
	var gemm, halt, errStep, errHeader baseCase
	for _, c := range baseCases(t) {
		switch {
		case gemm.witness == nil && accessKinds(t, c.witness) == "[2 1]": // a Gemm or Conv2D chunk step
			gemm = c
		case c.name == "error: invalid op":
			errStep = c
		case c.name == "error: invalid header":
			errHeader = c
		case halt.witness == nil && c.pre.Status == vm.Running && len(c.witness) > 162 && c.witness[161] == 0 && c.witness[162] == 1:
			halt = c
		}
	}
	require.NotNil(t, gemm.witness)
	require.NotNil(t, halt.witness)
	require.NotNil(t, errStep.witness)
	require.NotNil(t, errHeader.witness)
	dec := func(c baseCase) *vm.Witness {
		w, err := vm.DecodeWitness(c.witness)
		require.NoError(t, err)
		return w
	}
	edit := func(c baseCase, f func(w *vm.Witness)) []byte {
		w := dec(c)
		f(w)
		return w.Encode()
	}
	raw := func(c baseCase, k int, v byte) []byte { return with(c.witness, k, v) }
	type tc struct {
		name  string
		pre   vm.State
		w     []byte
		want  string
		args  []any
		preOf []byte // raw pre-state, if not pre
	}
	cases := []tc{
		{"empty witness", gemm.pre, nil, "WitnessTruncated", nil, nil},
		{"truncated", gemm.pre, gemm.witness[:len(gemm.witness)-1], "WitnessTruncated", nil, nil},
		{"truncated before an access kind", gemm.pre, gemm.witness[:162+ops.DescSize+32*len(dec(gemm).OpProof)+1], "WitnessTruncated", nil, nil},
		{"unknown kind of a truncated access", gemm.pre, func() []byte {
			at := 162 + ops.DescSize + 32*len(dec(gemm).OpProof) + 1
			return with(gemm.witness[:at+2], at, 7)
		}(), "WitnessAccessKind", []any{big1(0), uint8(7)}, nil},
		{"version 2", gemm.pre, raw(gemm, 0, 2), "WitnessVersion", []any{uint8(2)}, nil},
		{"op flag 2", gemm.pre, raw(gemm, 161, 2), "WitnessOpFlag", []any{uint8(2)}, nil},
		{"program depth 1 with an op", gemm.pre, raw(gemm, 2, 1), "WitnessDepths", nil, nil},
		{"access kind 9", gemm.pre, edit(gemm, func(w *vm.Witness) { w.Accesses[1].Kind = 9 }), "WitnessAccessKind", []any{big1(1), uint8(9)}, nil},
		{"trailing byte", gemm.pre, append(append([]byte(nil), gemm.witness...), 0), "WitnessTrailing", []any{big1(1)}, nil},
		{"header changed", gemm.pre, raw(gemm, 20, gemm.witness[20]^1), "ModelIdMismatch", nil, nil},
		{"weights root changed", gemm.pre, edit(gemm, func(w *vm.Witness) { w.WeightsRoot[0] ^= 1 }), "ModelIdMismatch", nil, nil},
		{"op byte changed", gemm.pre, edit(gemm, func(w *vm.Witness) { w.Op[98] ^= 1 }), "OpProofInvalid", []any{gemm.pre.PC}, nil},
		{"op dropped", gemm.pre, edit(gemm, func(w *vm.Witness) { w.Op, w.OpProof = nil, nil }), "OpMissing", []any{gemm.pre.PC}, nil},
		{"op on the halting step", halt.pre, edit(halt, func(w *vm.Witness) { w.Op, w.OpProof = halt.op, halt.opProof }), "OpUnexpected", nil, nil},
		{"op on a header error step", errHeader.pre, edit(errHeader, func(w *vm.Witness) { w.Op, w.OpProof = errHeader.op, errHeader.opProof }), "OpUnexpected", nil, nil},
		{"access missing", gemm.pre, edit(gemm, func(w *vm.Witness) { w.Accesses = w.Accesses[:1] }), "AccessMissing", []any{big1(1)}, nil},
		{"access kind", gemm.pre, edit(gemm, func(w *vm.Witness) { w.Accesses[0].Kind = vm.UpdateRAM }), "AccessKind", []any{big1(0), uint8(3), uint8(2)}, nil},
		{"RAM value changed", gemm.pre, edit(gemm, func(w *vm.Witness) { w.Accesses[0].Value[3] ^= 1 }), "AccessProofInvalid", nil, nil},
		{"ROM proof changed", gemm.pre, edit(gemm, func(w *vm.Witness) { w.Accesses[1].Proof[0][3] ^= 1 }), "AccessProofInvalid", nil, nil},
		{"extra access", gemm.pre, edit(gemm, func(w *vm.Witness) { w.Accesses = append(w.Accesses, w.Accesses[1]) }), "AccessesUnused", []any{big1(3), big1(2)}, nil},
		{"access on an error step", errStep.pre, edit(errStep, func(w *vm.Witness) {
			w.Accesses = []vm.Access{{Kind: vm.ReadRAM, Proof: make([]common.Hash, w.Header[0][3])}}
		}), "AccessesUnused", []any{big1(1), big1(0)}, nil},
		{"output node changed", halt.pre, edit(halt, func(w *vm.Witness) { w.Accesses[0].Value[0] ^= 1 }), "OutputProofInvalid", nil, nil},
		{"no output node", halt.pre, edit(halt, func(w *vm.Witness) { w.Accesses = nil }), "AccessMissing", []any{big1(0)}, nil},
		{"pre-state status 3", gemm.pre, gemm.witness, "BadPreState", nil, with(gemm.pre.Encode(), 0, 3)},
		{"pre-state 244 bytes", gemm.pre, gemm.witness, "BadPreState", nil, gemm.pre.Encode()[:244]},
	}
	for _, c := range cases {
		pre := c.preOf
		if pre == nil {
			pre = c.pre.Encode()
		}
		got := e.check(t, c.name, pre, c.w)
		require.Error(t, got.err, c.name)
		require.True(t, errIs(got.err, c.want), "%s: got %v, want %s", c.name, got.err, c.want)
		if c.args != nil {
			require.Equal(t, fmt.Sprint(c.args), fmt.Sprint(revertArgs(got.err)), c.name)
		}
	}
	// The AccessProofInvalid arguments name the access and the leaf.
	for _, c := range cases {
		if c.want != "AccessProofInvalid" {
			continue
		}
		args := revertArgs(e.check(t, c.name, c.pre.Encode(), c.w).err)
		require.Len(t, args, 2)
		require.Less(t, args[1].(uint64), uint64(1)<<max(c.w[3], c.w[4]), "%s: leaf %v beyond the trees", c.name, args[1])
	}
}

// TestErrorStatusPaths: every path into the Error status (spec §7.3 steps
// 5, 9 and 11) gives the same post-state on both sides, is not a revert,
// and the Error state is terminal.
func TestErrorStatusPaths(t *testing.T) {
	e := sharedEVM(t)
	r := rand.New(rand.NewPCG(77, 77))
	m, _, err := randmodel.Model(r, "gemm")
	require.NoError(t, err)
	ram := make([]byte, uint64(m.Header.RAMLeaves)*32)
	base := modelWorld(t, m, ram)
	last := uint32(len(m.Ops) - 1)
	check := func(name string, w *world, pc, i, j uint32) {
		pre, wb := w.prove(t, 41, pc, i, j, ops.Acc{1, 2, 3})
		got := e.check(t, name, pre.Encode(), wb)
		require.NoError(t, got.err, name)
		require.Equal(t, byte(vm.Error), got.post[0], name)
		want := pre
		want.Status, want.Step = vm.Error, pre.Step+1
		require.Equal(t, want.Encode(), got.post, name)
		again := e.check(t, name+" (terminal)", got.post, wb)
		require.Equal(t, got.post, again.post)
	}
	check("PC past the program", base, last+2, 0, 0)
	check("halting step off position (I)", base, last+1, 1, 0)
	check("halting step off position (J)", base, last+1, 0, 1)
	I, J := m.Ops[last].Schedule()
	check("I outside the schedule", base, last, uint32(I), 0)
	check("J outside the schedule", base, last, 0, uint32(J))
	// Header rules H1-H9: break one field at a time.
	h0 := m.Header.Leaves()
	headerEdits := map[string]func(l *[3]common.Hash){
		"H1 version 0":         func(l *[3]common.Hash) { l[0][0] = 0 },
		"H1 version 3":         func(l *[3]common.Hash) { l[0][0] = model.MaxVersion + 1 },
		"H1 version 255":       func(l *[3]common.Hash) { l[0][0] = 0xff },
		"H2 h0 reserved":       func(l *[3]common.Hash) { l[0][27] = 1 },
		"H2 h1 reserved":       func(l *[3]common.Hash) { l[1][30] = 1 },
		"H2 tensor reserved":   func(l *[3]common.Hash) { l[2][6] = 1 },
		"H3 program depth":     func(l *[3]common.Hash) { l[0][1]++ },
		"H3 weights depth":     func(l *[3]common.Hash) { l[0][2]++ },
		"H3 input depth":       func(l *[3]common.Hash) { l[0][24]++ },
		"H3 output depth":      func(l *[3]common.Hash) { l[0][25]++ },
		"H6 zero steps":        func(l *[3]common.Hash) { binary.BigEndian.PutUint64(l[0][8:], 0) },
		"H6 too many steps":    func(l *[3]common.Hash) { binary.BigEndian.PutUint64(l[0][8:], 1<<62+1) },
		"H7 input dtype":       func(l *[3]common.Hash) { l[1][4] = 2 },
		"H7 input address":     func(l *[3]common.Hash) { l[1][3] = 1 },
		"H8 output rank":       func(l *[3]common.Hash) { l[2][5] = 5 },
		"H8 output beyond RAM": func(l *[3]common.Hash) { binary.BigEndian.PutUint32(l[0][16:], binary.BigEndian.Uint32(l[0][16:])-1) },
		"H9 output unaligned":  func(l *[3]common.Hash) { l[2][3]++ },
		"depths out of range":  func(l *[3]common.Hash) { l[0][1] = 1 },
		"RAM depth 65":         func(l *[3]common.Hash) { l[0][3] = 65 },
	}
	for name, f := range headerEdits {
		l := h0
		f(&l)
		_, herr := model.DecodeHeader(l)
		require.Error(t, herr, name)
		w := newWorld(t, l, modelDepths(m), base.program, base.weights, ram)
		check(name, w, 0, 0, 0)
	}
	// V1 by version: a Lut or Gather under a version-1 header is Error at
	// every op position, on both sides.
	lw := underVersion1(t, "lut")
	check("V1 lut in a version-1 model", lw, 0, 0, 0)
	check("V1 lut in a version-1 model, in place", lw, 1, 0, 1)
	gw := underVersion1(t, "gather")
	check("V1 gather in a version-1 model", gw, 0, 0, 0)
	check("V1 gather in a version-1 model, with In2", gw, 1, 0, 1)
	for _, kind := range []string{"mul", "max", "min"} {
		bw := underVersion1(t, kind)
		check("V1 "+kind+" in a version-1 model", bw, 0, 0, 0)
		check("V1 "+kind+" in a version-1 model, in place of In2", bw, 2, 0, 0)
	}
	// A causal Softmax (KH = 1) is version 2: Error under version 1, like
	// MatMul; the program of the matmul kind is Gather, MatMul, causal
	// Softmax, Gather, MatMul.
	check("V1 causal softmax in a version-1 model", underVersion1(t, "causal-softmax"), 0, 0, 0)
	aw := underVersion1(t, "matmul")
	check("V1 matmul in a version-1 model", aw, 1, 0, 0)
	check("V1 causal softmax in a version-1 model, after a matmul", aw, 2, 1, 0)

	// Ragged iterations (spec §4.1, §7.3 step 11): position (i, J(i)) is
	// outside the schedule although J(i) < J, on both sides; (i, J(i) - 1)
	// is a step.
	for _, kind := range []string{"matmul", "causal-softmax"} {
		am, _, err := randmodel.Model(rand.New(rand.NewPCG(3, 3)), kind)
		require.NoError(t, err)
		aram := make([]byte, uint64(am.Header.RAMLeaves)*32)
		w := modelWorld(t, am, aram)
		for pc := range am.Ops {
			d := &am.Ops[pc]
			I, J := d.Schedule()
			if I*J == 0 || d.IterLen(0) == J {
				continue
			}
			check(fmt.Sprintf("%s op %d: J(0) outside iteration 0", kind, pc), w, uint32(pc), 0, uint32(d.IterLen(0)))
			pre, wb := w.prove(t, 41, uint32(pc), 0, uint32(d.IterLen(0)-1), ops.Acc{})
			got := e.check(t, kind+" last step of iteration 0", pre.Encode(), wb)
			require.NoError(t, got.err)
			require.Equal(t, byte(vm.Running), got.post[0])
			post, err := vm.DecodeState(got.post)
			require.NoError(t, err)
			require.Equal(t, [2]uint32{1 % uint32(I), 0}, [2]uint32{post.I, post.J}, "%s: the next iteration starts", kind)
		}
	}
	// The transformer ops (opcodes 15, 17-19): their second op (a second
	// Embed; Norm and Rope in place; GluMul gated by u itself).
	for _, kind := range []string{"embed", "norm", "rope", "glumul"} {
		tw := underVersion1(t, kind)
		check("V1 "+kind+" in a version-1 model", tw, 0, 0, 0)
		check("V1 "+kind+" in a version-1 model, second op", tw, 1, 0, 0)
	}
}

// TestGatherWitnesses: the access sequence of a Gather step depends on its
// index (a RAM read for a source, none for the fill), and both sides
// reject, for the same reason, a witness that reads for a fill, skips the
// read of a source, proves another source leaf or changes the index leaf.
func TestGatherWitnesses(t *testing.T) {
	e := sharedEVM(t)
	cs := map[string]baseCase{}
	for _, c := range gatherCases(t) {
		cs[c.name] = c
		got := e.check(t, c.name, c.pre.Encode(), c.witness)
		require.NoError(t, got.err, c.name)
	}
	require.Equal(t, "[1 3]", accessKinds(t, cs["gather fill"].witness))
	require.Equal(t, "[1 2 3]", accessKinds(t, cs["gather In"].witness))
	require.Equal(t, "[1 2 3]", accessKinds(t, cs["gather In2"].witness))
	dec := func(c baseCase) *vm.Witness {
		w, err := vm.DecodeWitness(c.witness)
		require.NoError(t, err)
		return w
	}
	edit := func(c baseCase, f func(w *vm.Witness)) []byte {
		w := dec(c)
		f(w)
		return w.Encode()
	}
	src, fill := cs["gather In"], cs["gather fill"]
	for _, c := range []struct {
		name string
		c    baseCase
		w    []byte
		want string
	}{
		{"fill with a RAM read", fill, edit(fill, func(w *vm.Witness) {
			w.Accesses = []vm.Access{w.Accesses[0], dec(src).Accesses[1], w.Accesses[1]}
		}), "AccessKind"},
		{"source without its RAM read", src, edit(src, func(w *vm.Witness) {
			w.Accesses = []vm.Access{w.Accesses[0], w.Accesses[2]}
		}), "AccessKind"},
		{"In2 source without its RAM read", cs["gather In2"], edit(cs["gather In2"], func(w *vm.Witness) {
			w.Accesses = []vm.Access{w.Accesses[0], w.Accesses[2]}
		}), "AccessKind"},
		{"source value changed", src, edit(src, func(w *vm.Witness) { w.Accesses[1].Value[0] ^= 1 }), "AccessProofInvalid"},
		{"index leaf changed", fill, edit(fill, func(w *vm.Witness) { w.Accesses[0].Value[0] ^= 0x80 }), "AccessProofInvalid"},
		{"fill without its update", fill, edit(fill, func(w *vm.Witness) { w.Accesses = w.Accesses[:1] }), "AccessMissing"},
	} {
		got := e.check(t, c.name, c.c.pre.Encode(), c.w)
		require.Error(t, got.err, c.name)
		require.True(t, errIs(got.err, c.want), "%s: got %v, want %s", c.name, got.err, c.want)
	}
}

// TestVersion2Steps: version-1 ops under a version-2 header step exactly
// as under version 1 (a valid model, another model ID), on both sides,
// and a Lut under version 2 steps.
func TestVersion2Steps(t *testing.T) {
	e := sharedEVM(t)
	for _, kind := range []string{"relu", "gemm", "lut", "gather", "mul", "max", "min", "matmul", "causal-softmax", "embed", "norm", "rope", "glumul"} {
		m, _, err := randmodel.Model(rand.New(rand.NewPCG(8, 8)), kind)
		require.NoError(t, err)
		leaves := m.Header.Leaves()
		leaves[0][0] = model.Version2
		ram := make([]byte, uint64(m.Header.RAMLeaves)*32)
		for k := range ram {
			ram[k] = byte(k*7 + 1)
		}
		w := newWorld(t, leaves, modelDepths(m), modelProgram(m), m.Weights, ram)
		last := uint32(len(m.Ops) - 1)
		for _, pc := range []uint32{0, last} {
			pre, wb := w.prove(t, 5, pc, 0, 0, ops.Acc{})
			got := e.check(t, kind+" under version 2", pre.Encode(), wb)
			require.NoError(t, got.err, kind)
			require.Equal(t, byte(vm.Running), got.post[0], "%s op %d under version 2", kind, pc)
		}
	}
}

// TestDescriptorBytes changes every byte of a valid descriptor of every
// opcode (in the program the model ID commits to) and compares: decoding,
// the reserved bytes, the canonical zero rule and every validation rule
// must send both sides to the same post-state (Error or a step of the
// changed op).
func TestDescriptorBytes(t *testing.T) {
	e := sharedEVM(t)
	seen := map[ops.Opcode]bool{}
	errSteps, steps := 0, 0
	for ki, kind := range randmodel.Kinds {
		r := rand.New(rand.NewPCG(uint64(ki), 4242))
		m, _, err := randmodel.Model(r, kind)
		require.NoError(t, err)
		ram := make([]byte, uint64(m.Header.RAMLeaves)*32)
		for k := range ram {
			ram[k] = byte(r.Uint32())
		}
		for pc := range m.Ops {
			// gather: without and with In2; causal-softmax: the causal flag.
			if seen[m.Ops[pc].Op] && kind != "inplace" && kind != "gather" && kind != "causal-softmax" {
				continue
			}
			seen[m.Ops[pc].Op] = true
			for b := 0; b < ops.DescSize; b++ {
				for _, x := range []byte{0x01, 0x80, 0xff} {
					program := modelProgram(m)
					program[pc][b] ^= x
					w := newWorld(t, m.Header.Leaves(), modelDepths(m), program, m.Weights, ram)
					pre, wb := w.prove(t, 0, uint32(pc), 0, 0, ops.Acc{})
					got := e.check(t, fmt.Sprintf("%s op %d byte %d ^ %#x", kind, pc, b, x), pre.Encode(), wb)
					require.NoError(t, got.err)
					if got.post[0] == byte(vm.Error) {
						errSteps++
					} else {
						steps++
					}
				}
			}
		}
	}
	require.Len(t, seen, len(ops.Opcodes()))
	t.Logf("descriptor bytes: %d changed descriptors compared (%d Error steps, %d steps of a still-valid op)", errSteps+steps, errSteps, steps)
}

// accessKinds lists the access kinds of a witness.
func accessKinds(t testing.TB, witness []byte) string {
	w, err := vm.DecodeWitness(witness)
	require.NoError(t, err)
	var k []vm.AccessKind
	for _, a := range w.Accesses {
		k = append(k, a.Kind)
	}
	return fmt.Sprint(k)
}

// big1 is how a uint256 error argument prints.
func big1(v int64) any { return fmt.Sprint(v) }

// revertArgs returns the decoded arguments of a verifier revert.
func revertArgs(err error) []any {
	var re *arbiter.RevertError
	if errors.As(err, &re) {
		return re.Args
	}
	return nil
}

// TestInt32InputHeader: rule H7 by version, on both sides. A model whose
// input is int32 (token ids) steps under a version-2 header (its Reshape
// reads the int32 input) and is Error at every position under a version-1
// header, in Go and in the EVM alike.
func TestInt32InputHeader(t *testing.T) {
	e := sharedEVM(t)
	b := model.NewBuilder()
	m, err := b.Build(b.Reshape(b.InputInt32(2, 9), 3, 6))
	require.NoError(t, err)
	require.Equal(t, uint8(model.Version2), m.Header.Version)
	r := rand.New(rand.NewPCG(32, 32))
	ram := make([]byte, uint64(m.Header.RAMLeaves)*32)
	for k := range ram {
		ram[k] = byte(r.Uint32())
	}
	I, J := m.Ops[0].Schedule()
	positions := [][3]uint32{{0, 0, 0}, {0, uint32(I - 1), uint32(J - 1)}, {1, 0, 0}}

	v2 := modelWorld(t, m, ram)
	require.True(t, v2.headerOK)
	for _, p := range positions {
		pre, wb := v2.prove(t, 3, p[0], p[1], p[2], ops.Acc{})
		got := e.check(t, fmt.Sprintf("int32 input, version 2, position %v", p), pre.Encode(), wb)
		require.NoError(t, got.err)
		require.NotEqual(t, byte(vm.Error), got.post[0], "position %v", p)
	}

	leaves := m.Header.Leaves()
	leaves[0][0] = model.Version1
	_, herr := model.DecodeHeader(leaves)
	require.ErrorContains(t, herr, "int32 inputs need version 2 (rule H7)")
	v1 := newWorld(t, leaves, modelDepths(m), modelProgram(m), m.Weights, ram)
	require.False(t, v1.headerOK)
	for _, p := range positions {
		pre, wb := v1.prove(t, 3, p[0], p[1], p[2], ops.Acc{})
		got := e.check(t, fmt.Sprintf("int32 input, version 1, position %v", p), pre.Encode(), wb)
		require.NoError(t, got.err)
		want := pre
		want.Status, want.Step = vm.Error, pre.Step+1
		require.Equal(t, want.Encode(), got.post, "position %v", p)
	}
}

// traceOf traces m on a random model's input (int8 or int32).
func traceOf(m *model.Model, in randmodel.Input) (*vm.Trace, error) {
	if m.Header.Input.DType == ops.Int32 {
		return vm.NewTraceInt32(m, in.Int32)
	}
	return vm.NewTrace(m, in.Int8)
}
