package vm

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/testkit/randmodel"
	"github.com/opml-dev/opml/vm/merkle"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// fzTrace builds and traces the random model of (seed, kind).
func fzTrace(t testing.TB, seed uint64, kind uint8) *Trace {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, seed))
	m, in, err := randmodel.Model(r, randmodel.Kinds[int(kind)%len(randmodel.Kinds)])
	require.NoError(t, err)
	tr, err := traceOf(m, in)
	require.NoError(t, err)
	return tr
}

// fzMutate applies fuzz mutation bytes to a copy of w: every 3 bytes
// (hi, lo, x) xor x into byte (hi<<8 | lo) mod len; a trailing single byte
// truncates the witness by 1..32 bytes, a trailing pair appends them.
func fzMutate(w, mut []byte) []byte {
	out := append([]byte(nil), w...)
	for len(mut) >= 3 && len(out) > 0 {
		pos := (int(mut[0])<<8 | int(mut[1])) % len(out)
		out[pos] ^= mut[2]
		mut = mut[3:]
	}
	switch len(mut) {
	case 1:
		n := min(len(out), 1+int(mut[0])%32)
		out = out[:len(out)-n]
	case 2:
		out = append(out, mut...)
	}
	return out
}

// requireWitnessReason checks that err is a bad witness with a reason: a
// *RejectError of a defined reason other than BadPreState, carrying as many
// arguments as the Solidity error.
func requireWitnessReason(t *testing.T, err error) {
	t.Helper()
	require.ErrorIs(t, err, ErrWitness)
	var re *RejectError
	require.ErrorAs(t, err, &re)
	require.Contains(t, Reasons(), re.Reason)
	require.NotEqual(t, ReasonBadPreState, re.Reason)
	require.Len(t, re.Args, len(re.Reason.ArgNames()), "%v", err)
}

// FuzzStep: the honest witness of a random step reproduces the post-state,
// and a mutated witness never makes Step panic and is never accepted (a
// different accepted witness, let alone a different post-state, would be a
// soundness or malleability bug).
func FuzzStep(f *testing.F) {
	for k := range randmodel.Kinds {
		f.Add(uint64(k+1), uint8(k), uint64(3*k), []byte{})
		f.Add(uint64(k+100), uint8(k), uint64(1<<40+uint64(k)), []byte{0, 0, 1})
		f.Add(uint64(k+200), uint8(k), uint64(k*k), []byte{1, 200, 0x80, 7})
		f.Add(uint64(k+300), uint8(k), uint64(1e6), []byte{2, 0, 0xff, 0, 1})
	}
	f.Fuzz(func(t *testing.T, seed uint64, kind uint8, step uint64, mut []byte) {
		tr := fzTrace(t, seed, kind)
		pre, post, w, err := tr.ProveStep(step % tr.Steps())
		require.NoError(t, err)
		got, err := Step(pre, w)
		require.NoError(t, err)
		require.Equal(t, post, got)
		want, err := tr.StateAt(step%tr.Steps() + 1)
		require.NoError(t, err)
		require.Equal(t, want, got)

		bad := fzMutate(w, mut)
		if bytes.Equal(bad, w) {
			return
		}
		got, err = Step(pre, bad)
		if err != nil {
			requireWitnessReason(t, err)
			return
		}
		require.Equal(t, post, got, "a mutated witness was accepted with a different post-state")
		t.Fatalf("a mutated witness was accepted (same post-state): witness is malleable\nhonest %x\nmutated %x", w, bad)
	})
}

// FuzzStepEquivalence: every step of a random model, stepped on its witness,
// meets the fast path.
func FuzzStepEquivalence(f *testing.F) {
	for k := range randmodel.Kinds {
		f.Add(uint64(k+1000), uint8(k))
	}
	f.Fuzz(func(t *testing.T, seed uint64, kind uint8) {
		checkAllSteps(t, fzTrace(t, seed, kind))
	})
}

// FuzzDecodeWitness: arbitrary bytes never make DecodeWitness or Step panic;
// a decoded witness encodes back to the same bytes (the encoding is
// canonical).
func FuzzDecodeWitness(f *testing.F) {
	for k := range randmodel.Kinds {
		tr := fzTrace(f, uint64(k+7), uint8(k))
		for _, s := range []uint64{0, 1, tr.Steps() / 2, tr.Steps() - 1} {
			_, _, w, err := tr.ProveStep(s)
			require.NoError(f, err)
			f.Add(w)
			f.Add(w[:len(w)/2])
		}
	}
	f.Add([]byte{})
	f.Add([]byte{WitnessVersion})
	f.Fuzz(func(t *testing.T, b []byte) {
		w, err := DecodeWitness(b)
		if err != nil {
			requireWitnessReason(t, err)
		} else {
			require.True(t, bytes.Equal(b, w.Encode()), "non-canonical witness decoded")
		}
		// Step on an arbitrary pre-state never panics either.
		for _, s := range []State{{}, {Status: Running, PC: 1 << 31, I: 5, J: 7}} {
			if w != nil {
				s.ModelID = model.ID(w.Header, w.ProgramRoot, w.WeightsRoot)
			}
			post, err := Step(s, b)
			if err != nil {
				requireWitnessReason(t, err)
				continue
			}
			require.Equal(t, s.Step+1, post.Step)
		}
	})
}

// fzModel is a three-op model (Gemm, ReLU, Argmax) whose program tree has
// depth 4, so op proofs have siblings.
func fzModel(t *testing.T) *Trace {
	r := rand.New(rand.NewPCG(9, 9))
	b := model.NewBuilder()
	x := b.Input(2, 40)
	x = b.Gemm(x, 1, 3, randmodel.Int8s(r, 3*80), randmodel.Channels(r, 3, 80), model.Quant{Lo: -128, Hi: 127})
	x = b.ReLU(x, 0)
	x = b.Argmax(x)
	m, err := b.Build(x)
	require.NoError(t, err)
	require.Equal(t, uint8(4), m.Header.ProgramDepth)
	tr, err := NewTrace(m, randmodel.Int8s(r, 80))
	require.NoError(t, err)
	return tr
}

func TestStepRejects(t *testing.T) {
	tr := fzModel(t)
	m := tr.Model()
	N := tr.Steps()
	// Step 0: Gemm chunk step (ReadRAM, ReadROM). Step 4: Gemm final step
	// of output 0 (ReadROM, UpdateRAM). ReLU: (ReadRAM, UpdateRAM).
	const chunkStep, finalStep = 0, 4
	reluStep := m.OpStart(1)
	halt := N - 1
	kinds := func(s uint64) []AccessKind {
		_, _, wb, err := tr.ProveStep(s)
		require.NoError(t, err)
		w, err := DecodeWitness(wb)
		require.NoError(t, err)
		var k []AccessKind
		for _, a := range w.Accesses {
			k = append(k, a.Kind)
		}
		return k
	}
	require.Equal(t, []AccessKind{ReadRAM, ReadROM}, kinds(chunkStep))
	require.Equal(t, []AccessKind{ReadROM, UpdateRAM}, kinds(finalStep))
	require.Equal(t, []AccessKind{ReadRAM, UpdateRAM}, kinds(reluStep))
	require.Equal(t, []AccessKind{OutputNode}, kinds(halt))

	// Step 1 reads the next input chunk against the same RAM root.
	_, _, w1, err := tr.ProveStep(1)
	require.NoError(t, err)
	other, err := DecodeWitness(w1)
	require.NoError(t, err)
	op1, op1Proof := m.OpProof(1)

	flip := func(h *common.Hash, k int) { h[k] ^= 0x01 }
	cases := []struct {
		name string
		want Reason // the first failing check
		step uint64
		bad  func(w *Witness, enc func() []byte) []byte
		pre  func(s *State)
	}{
		{"wrong model header", ReasonModelIdMismatch, chunkStep, func(w *Witness, e func() []byte) []byte { w.Header[0][15] ^= 1; return e() }, nil},
		{"wrong header leaf 2", ReasonModelIdMismatch, halt, func(w *Witness, e func() []byte) []byte { flip(&w.Header[2], 0); return e() }, nil},
		{"wrong program root", ReasonModelIdMismatch, chunkStep, func(w *Witness, e func() []byte) []byte { flip(&w.ProgramRoot, 31); return e() }, nil},
		{"wrong weights root", ReasonModelIdMismatch, finalStep, func(w *Witness, e func() []byte) []byte { flip(&w.WeightsRoot, 0); return e() }, nil},
		{"wrong op proof", ReasonOpProofInvalid, chunkStep, func(w *Witness, e func() []byte) []byte { flip(&w.OpProof[0], 3); return e() }, nil},
		{"wrong op proof top", ReasonOpProofInvalid, reluStep, func(w *Witness, e func() []byte) []byte { flip(&w.OpProof[1], 30); return e() }, nil},
		{"tampered op", ReasonOpProofInvalid, chunkStep, func(w *Witness, e func() []byte) []byte { w.Op[98] ^= 1; return e() }, nil},
		{"another op's descriptor", ReasonOpProofInvalid, chunkStep, func(w *Witness, e func() []byte) []byte { w.Op, w.OpProof = op1, op1Proof; return e() }, nil},
		{"missing op", ReasonOpMissing, chunkStep, func(w *Witness, e func() []byte) []byte { w.Op, w.OpProof = nil, nil; return e() }, nil},
		{"op on the halting step", ReasonOpUnexpected, halt, func(w *Witness, e func() []byte) []byte { w.Op, w.OpProof = op1, op1Proof; return e() }, nil},
		{"wrong access kind", ReasonAccessKind, chunkStep, func(w *Witness, e func() []byte) []byte { w.Accesses[0].Kind = UpdateRAM; return e() }, nil},
		{"update as read", ReasonAccessKind, finalStep, func(w *Witness, e func() []byte) []byte { w.Accesses[1].Kind = ReadRAM; return e() }, nil},
		{"ROM as RAM", ReasonWitnessTrailing, chunkStep, func(w *Witness, e func() []byte) []byte { w.Accesses[1].Kind = ReadRAM; return e() }, nil},
		{"unknown access kind", ReasonWitnessAccessKind, chunkStep, func(w *Witness, e func() []byte) []byte { w.Accesses[0].Kind = 9; return e() }, nil},
		{"missing access", ReasonAccessMissing, chunkStep, func(w *Witness, e func() []byte) []byte { w.Accesses = w.Accesses[:1]; return e() }, nil},
		{"missing update", ReasonAccessMissing, reluStep, func(w *Witness, e func() []byte) []byte { w.Accesses = w.Accesses[:1]; return e() }, nil},
		{"no accesses", ReasonAccessMissing, halt, func(w *Witness, e func() []byte) []byte { w.Accesses = nil; return e() }, nil},
		{"extra access", ReasonAccessesUnused, chunkStep, func(w *Witness, e func() []byte) []byte { w.Accesses = append(w.Accesses, w.Accesses[1]); return e() }, nil},
		{"extra access on halting step", ReasonAccessesUnused, halt, func(w *Witness, e func() []byte) []byte { w.Accesses = append(w.Accesses, w.Accesses[0]); return e() }, nil},
		{"trailing byte", ReasonWitnessTrailing, chunkStep, func(w *Witness, e func() []byte) []byte { return append(e(), 0) }, nil},
		{"truncated", ReasonWitnessTruncated, finalStep, func(w *Witness, e func() []byte) []byte { b := e(); return b[:len(b)-1] }, nil},
		{"bad version", ReasonWitnessVersion, chunkStep, func(w *Witness, e func() []byte) []byte { b := e(); b[0] = 2; return b }, nil},
		{"bad op flag", ReasonWitnessOpFlag, chunkStep, func(w *Witness, e func() []byte) []byte { b := e(); b[1+5*32] = 2; return b }, nil},
		{"truncated after the access count", ReasonWitnessTruncated, chunkStep, func(w *Witness, e func() []byte) []byte {
			return e()[:1+5*32+1+ops.DescSize+32*len(w.OpProof)+1]
		}, nil},
		{"truncated in an access value", ReasonWitnessTruncated, chunkStep, func(w *Witness, e func() []byte) []byte {
			return e()[:1+5*32+1+ops.DescSize+32*len(w.OpProof)+1+1+16]
		}, nil},
		{"unknown kind of a truncated access", ReasonWitnessAccessKind, chunkStep, func(w *Witness, e func() []byte) []byte {
			b := e()[:1+5*32+1+ops.DescSize+32*len(w.OpProof)+1+1+16]
			b[len(b)-17] = 7
			return b
		}, nil},
		{"empty", ReasonWitnessTruncated, chunkStep, func(w *Witness, e func() []byte) []byte { return nil }, nil},
		{"tampered RAM leaf", ReasonAccessProofInvalid, chunkStep, func(w *Witness, e func() []byte) []byte { flip(&w.Accesses[0].Value, 0); return e() }, nil},
		{"tampered RAM padding lane", ReasonAccessProofInvalid, chunkStep, func(w *Witness, e func() []byte) []byte { flip(&w.Accesses[0].Value, 31); return e() }, nil},
		{"tampered update leaf", ReasonAccessProofInvalid, finalStep, func(w *Witness, e func() []byte) []byte { flip(&w.Accesses[1].Value, 5); return e() }, nil},
		{"tampered ROM leaf", ReasonAccessProofInvalid, chunkStep, func(w *Witness, e func() []byte) []byte { flip(&w.Accesses[1].Value, 7); return e() }, nil},
		{"tampered channel leaf", ReasonAccessProofInvalid, finalStep, func(w *Witness, e func() []byte) []byte { flip(&w.Accesses[0].Value, 8); return e() }, nil},
		{"tampered output node", ReasonOutputProofInvalid, halt, func(w *Witness, e func() []byte) []byte { flip(&w.Accesses[0].Value, 0); return e() }, nil},
		{"tampered RAM proof sibling", ReasonAccessProofInvalid, chunkStep, func(w *Witness, e func() []byte) []byte { flip(&w.Accesses[0].Proof[0], 0); return e() }, nil},
		{"tampered RAM proof top sibling", ReasonAccessProofInvalid, reluStep, func(w *Witness, e func() []byte) []byte {
			p := w.Accesses[1].Proof
			flip(&p[len(p)-1], 0)
			return e()
		}, nil},
		{"tampered ROM proof sibling", ReasonAccessProofInvalid, chunkStep, func(w *Witness, e func() []byte) []byte { flip(&w.Accesses[1].Proof[1], 9); return e() }, nil},
		{"tampered output proof", ReasonOutputProofInvalid, halt, func(w *Witness, e func() []byte) []byte { flip(&w.Accesses[0].Proof[0], 0); return e() }, nil},
		{"proof of a different leaf", ReasonAccessProofInvalid, chunkStep, func(w *Witness, e func() []byte) []byte { w.Accesses[0] = other.Accesses[0]; return e() }, nil},
		{"weights of a different leaf", ReasonAccessProofInvalid, chunkStep, func(w *Witness, e func() []byte) []byte { w.Accesses[1] = other.Accesses[1]; return e() }, nil},
		{"pre-state RAM root", ReasonAccessProofInvalid, chunkStep, nil, func(s *State) { flip(&s.RAMRoot, 4) }},
		{"pre-state model ID", ReasonModelIdMismatch, reluStep, nil, func(s *State) { flip(&s.ModelID, 4) }},
		{"pre-state PC", ReasonOpProofInvalid, chunkStep, nil, func(s *State) { s.PC = 1 }},
		{"pre-state at halting step", ReasonOpUnexpected, chunkStep, nil, func(s *State) { s.PC = 3 }},
		{"pre-state later chunk", ReasonAccessProofInvalid, chunkStep, nil, func(s *State) { s.J = 1 }},
	}
	for _, c := range cases {
		pre, post, wb, err := tr.ProveStep(c.step)
		require.NoError(t, err)
		got, err := Step(pre, wb)
		require.NoError(t, err, c.name)
		require.Equal(t, post, got, c.name)
		bad := wb
		if c.bad != nil {
			w, err := DecodeWitness(wb)
			require.NoError(t, err)
			bad = c.bad(w, w.Encode)
		}
		if c.pre != nil {
			c.pre(&pre)
		}
		_, err = Step(pre, bad)
		require.Error(t, err, c.name)
		require.ErrorIs(t, err, ErrWitness, c.name)
		var re *RejectError
		require.ErrorAs(t, err, &re, c.name)
		require.Equal(t, c.want, re.Reason, "%s: %v", c.name, err)
		require.Len(t, re.Args, len(re.Reason.ArgNames()), c.name)
		t.Logf("%s: %v", c.name, err)
	}
}

// TestInvalidOpGoesToErrorStatus: a model ID that commits to a program
// holding an invalid descriptor (or to a malformed header) sends the VM to
// the Error status in one step that reads no memory; Error is terminal.
func TestInvalidOpGoesToErrorStatus(t *testing.T) {
	b := model.NewBuilder()
	x := b.Input(40)
	m, err := b.Build(b.ReLU(x, 0))
	require.NoError(t, err)
	h := m.Header
	require.Equal(t, uint32(1), h.NumOps)
	require.Equal(t, uint8(2), h.ProgramDepth)
	enc, err := EncodeInput(&h, make([]int8, 40))
	require.NoError(t, err)
	inputRoot, err := InputRoot(&h, enc)
	require.NoError(t, err)

	valid, _ := m.OpProof(0)
	mod := func(f func(d *ops.Desc)) []byte {
		d, err := ops.Decode(valid)
		require.NoError(t, err)
		f(&d)
		return d.Encode()
	}
	reserved := append([]byte(nil), valid...)
	reserved[1] = 1
	tail := append([]byte(nil), valid...)
	tail[127] = 0x80
	descs := []struct {
		name string
		desc []byte
	}{
		{"all zero", make([]byte, ops.DescSize)},
		{"opcode 200", mod(func(d *ops.Desc) { d.Op = 200 })},
		{"reserved byte 1", reserved},
		{"reserved byte 127", tail},
		{"unused field", mod(func(d *ops.Desc) { d.W = 1 })},
		{"output beyond RAM", mod(func(d *ops.Desc) { d.Out.Addr = h.RAMLeaves })},
		{"gemm without weights", mod(func(d *ops.Desc) {
			d.Op, d.M, d.Out = ops.OpGemm, 1, ops.Tensor{Addr: d.Out.Addr, DType: ops.Int8, Rank: 1, Dims: [4]uint32{1}}
		})},
	}
	checkError := func(name string, s State, w *Witness) {
		t.Helper()
		post, err := Step(s, w.Encode())
		require.NoError(t, err, name)
		want := s
		want.Status, want.Step = Error, s.Step+1
		require.Equal(t, want, post, name)
		// A step into Error reads no memory.
		w2 := *w
		w2.Accesses = []Access{{Kind: ReadRAM, Proof: make([]common.Hash, h.RAMDepth)}}
		_, err = Step(s, w2.Encode())
		require.ErrorIs(t, err, ErrWitness, name)
		// Error is terminal, whatever the witness.
		for _, wb := range [][]byte{w.Encode(), nil, {1, 2, 3}} {
			again, err := Step(post, wb)
			require.NoError(t, err, name)
			require.Equal(t, post, again, name)
		}
	}
	for _, c := range descs {
		_, derr := ops.Decode(c.desc)
		if derr == nil {
			d, _ := ops.Decode(c.desc)
			require.Error(t, d.Validate(ops.Limits{RAMLeaves: uint64(h.RAMLeaves), ROMLeaves: uint64(h.WeightsLeaves)}), c.name)
		}
		prog, err := merkle.FromBytes(2, c.desc)
		require.NoError(t, err)
		id := model.ID(h.Leaves(), prog.Root(), m.WeightsRoot())
		s := InitialState(id, &h, inputRoot)
		w := &Witness{Header: h.Leaves(), ProgramRoot: prog.Root(), WeightsRoot: m.WeightsRoot(), Op: c.desc, OpProof: prog.Proof(2, 0)}
		checkError(c.name, s, w)
	}

	// A model ID committing to a malformed header.
	bad := h.Leaves()
	bad[0][0] = model.MaxVersion + 1 // version
	progRoot := m.ProgramRoot()
	id := model.ID(bad, progRoot, m.WeightsRoot())
	s := InitialState(id, &h, inputRoot)
	checkError("malformed header", s, &Witness{Header: bad, ProgramRoot: progRoot, WeightsRoot: m.WeightsRoot()})

	// A model ID committing to a header whose depths are out of range (a
	// program depth below 2 gives no op proof length): the witness still
	// decodes and the step still reaches Error.
	bad = h.Leaves()
	bad[0][1] = 1 // program depth
	id = model.ID(bad, progRoot, m.WeightsRoot())
	s = InitialState(id, &h, inputRoot)
	checkError("header depths out of range", s, &Witness{Header: bad, ProgramRoot: progRoot, WeightsRoot: m.WeightsRoot()})

	// The header-Error path reads no op: a witness carrying one is bad.
	bad = h.Leaves()
	bad[0][0] = 0
	id = model.ID(bad, progRoot, m.WeightsRoot())
	s = InitialState(id, &h, inputRoot)
	withOp, withOpProof := m.OpProof(0)
	_, err = Step(s, (&Witness{Header: bad, ProgramRoot: progRoot, WeightsRoot: m.WeightsRoot(), Op: withOp, OpProof: withOpProof}).Encode())
	require.ErrorIs(t, err, ErrWitness)

	// The halting step happens at position (0, 0) only.
	s = InitialState(m.ID(), &h, inputRoot)
	s.PC, s.J = 1, 3
	checkError("halting step off position", s, &Witness{Header: h.Leaves(), ProgramRoot: progRoot, WeightsRoot: m.WeightsRoot()})

	// A state past the end of the program (PC > NumOps).
	s = InitialState(m.ID(), &h, inputRoot)
	s.PC = 2
	checkError("PC past the end", s, &Witness{Header: h.Leaves(), ProgramRoot: progRoot, WeightsRoot: m.WeightsRoot()})

	// A position outside the op's schedule.
	s = InitialState(m.ID(), &h, inputRoot)
	s.I = 1000
	op, proof := m.OpProof(0)
	w := &Witness{Header: h.Leaves(), ProgramRoot: progRoot, WeightsRoot: m.WeightsRoot(), Op: op, OpProof: proof}
	checkError("outside the schedule", s, w)

	// An empty op has one step, at position (0, 0).
	eb := model.NewBuilder()
	em, err := eb.Build(eb.ReLU(eb.Input(0), 0))
	require.NoError(t, err)
	eh := em.Header
	eenc, err := EncodeInput(&eh, nil)
	require.NoError(t, err)
	eroot, err := InputRoot(&eh, eenc)
	require.NoError(t, err)
	s = InitialState(em.ID(), &eh, eroot)
	s.J = 1
	eop, eproof := em.OpProof(0)
	checkError("empty op off position", s, &Witness{Header: eh.Leaves(), ProgramRoot: em.ProgramRoot(), WeightsRoot: em.WeightsRoot(), Op: eop, OpProof: eproof})

	// A Lut (opcode 10) under a version-1 header: the same model with h0[0]
	// = 1 commits to an op version 1 does not define (V1), so its step is
	// Error; under the version-2 header it runs.
	lb := model.NewBuilder()
	var tab [256]int8
	tab[128] = 5 // the output of x = 0
	lm, err := lb.Build(lb.Lut(lb.Input(40), tab))
	require.NoError(t, err)
	lh := lm.Header
	require.Equal(t, uint8(model.Version2), lh.Version)
	lenc, err := EncodeInput(&lh, make([]int8, 40))
	require.NoError(t, err)
	lroot, err := InputRoot(&lh, lenc)
	require.NoError(t, err)
	lop, lproof := lm.OpProof(0)
	v1 := lh
	v1.Version = model.Version1
	id = model.ID(v1.Leaves(), lm.ProgramRoot(), lm.WeightsRoot())
	s = InitialState(id, &v1, lroot)
	checkError("lut in a version-1 model", s, &Witness{Header: v1.Leaves(), ProgramRoot: lm.ProgramRoot(), WeightsRoot: lm.WeightsRoot(), Op: lop, OpProof: lproof})
	ltr, err := NewTrace(lm, make([]int8, 40))
	require.NoError(t, err)
	checkAllSteps(t, ltr)
	require.Equal(t, fill(40, 5), int8s(ltr.Output()))
	_, _, w0, err := ltr.ProveStep(0)
	require.NoError(t, err)
	require.NotEqual(t, s.ModelID, ltr.m.ID())
	s2, err := ltr.StateAt(0)
	require.NoError(t, err)
	post, err := Step(s2, w0)
	require.NoError(t, err)
	require.Equal(t, Running, post.Status)

	// Mul, Max and Min (opcodes 12-14), MatMul (16) and a causal Softmax
	// likewise: Error under a version-1 header, running under their own
	// version-2 one.
	q := model.AddParams{MulA: 1 << 30, MulB: 1 << 30, MulOut: 1 << 30, ShA: 31, ShB: 31, ShOut: 20, Lo: -128, Hi: 127}
	for _, f := range []func(b *model.Builder, x model.T) model.T{
		func(b *model.Builder, x model.T) model.T {
			return b.Mul(x, x, model.MulParams{Lo: -128, Hi: 127, Mul: 1 << 30, Sh: 37})
		},
		func(b *model.Builder, x model.T) model.T { return b.Max(x, x, q) },
		func(b *model.Builder, x model.T) model.T { return b.Min(x, x, q) },
		func(b *model.Builder, x model.T) model.T {
			return b.MatMul(x, x, ops.MatMulCausalN, model.MulParams{Lo: -128, Hi: 127, Mul: 1 << 30, Sh: 37})
		},
		func(b *model.Builder, x model.T) model.T {
			return b.SoftmaxCausal(x, randmodel.ExpTable(rand.New(rand.NewPCG(2, 2))))
		},
	} {
		bb := model.NewBuilder()
		bm, err := bb.Build(f(bb, bb.Input(1, 4, 10)))
		require.NoError(t, err)
		bh := bm.Header
		require.Equal(t, uint8(model.Version2), bh.Version)
		benc, err := EncodeInput(&bh, make([]int8, 40))
		require.NoError(t, err)
		broot, err := InputRoot(&bh, benc)
		require.NoError(t, err)
		bop, bproof := bm.OpProof(0)
		bv1 := bh
		bv1.Version = model.Version1
		s = InitialState(model.ID(bv1.Leaves(), bm.ProgramRoot(), bm.WeightsRoot()), &bv1, broot)
		checkError(bm.Ops[0].Op.String()+" in a version-1 model", s, &Witness{Header: bv1.Leaves(), ProgramRoot: bm.ProgramRoot(), WeightsRoot: bm.WeightsRoot(), Op: bop, OpProof: bproof})
		btr, err := NewTrace(bm, make([]int8, 40))
		require.NoError(t, err)
		checkAllSteps(t, btr)
	}

	// Sanity: the valid descriptor runs normally.
	tr, err := NewTrace(m, make([]int8, 40))
	require.NoError(t, err)
	checkAllSteps(t, tr)
}

func int8s(v []int64) []int8 {
	out := make([]int8, len(v))
	for k, x := range v {
		out[k] = int8(x)
	}
	return out
}
