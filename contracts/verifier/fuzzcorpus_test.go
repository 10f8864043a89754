package verifier_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/testkit/golden"
	"github.com/opml-dev/opml/testkit/randmodel"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/ops"
)

// The committed seed corpus of FuzzStepDifferential. go test replays every
// file of it as a seed (so make test does); TestFuzzCorpus checks that the
// files together still cover every opcode and step kind, and regenerates
// them under -update.
const (
	corpusDir   = "testdata/fuzz/FuzzStepDifferential"
	corpusRegen = "go test -run TestFuzzCorpus ./contracts/verifier/ -update"
	// corpusSeeds bounds the seed search of each coverage item.
	corpusSeeds = 200
)

// corpusEntry is one input of FuzzStepDifferential.
type corpusEntry struct {
	seed uint64
	kind uint8
	step uint64
	mut  []byte
}

// marshal is the "go test fuzz v1" encoding of e.
func (e corpusEntry) marshal() []byte {
	return fmt.Appendf(nil, "go test fuzz v1\nuint64(%d)\nuint8(%d)\nuint64(%d)\n[]byte(%q)\n", e.seed, e.kind, e.step, e.mut)
}

// parseCorpusFile reads a "go test fuzz v1" file of FuzzStepDifferential's
// four arguments, in the forms the go tool writes and reads (uint8 also as
// a byte character literal, which is how the fuzzer saves new inputs).
func parseCorpusFile(b []byte) (corpusEntry, error) {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != 5 || strings.TrimSpace(lines[0]) != "go test fuzz v1" {
		return corpusEntry{}, fmt.Errorf("not a go test fuzz v1 file of 4 values")
	}
	var vals [4]any
	for k, line := range lines[1:] {
		expr, err := parser.ParseExpr(strings.TrimSpace(line))
		if err != nil {
			return corpusEntry{}, fmt.Errorf("line %d: %v", k+2, err)
		}
		call, ok := expr.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return corpusEntry{}, fmt.Errorf("line %d: not a conversion", k+2)
		}
		lit, ok := call.Args[0].(*ast.BasicLit)
		if !ok {
			return corpusEntry{}, fmt.Errorf("line %d: not a literal", k+2)
		}
		typ := ""
		switch f := call.Fun.(type) {
		case *ast.Ident:
			typ = f.Name
		case *ast.ArrayType:
			if id, ok := f.Elt.(*ast.Ident); ok && f.Len == nil && id.Name == "byte" {
				typ = "[]byte"
			}
		}
		switch {
		case typ == "[]byte" && lit.Kind == token.STRING:
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				return corpusEntry{}, fmt.Errorf("line %d: %v", k+2, err)
			}
			vals[k] = []byte(s)
		case (typ == "uint64" || typ == "uint8" || typ == "byte") && lit.Kind == token.INT:
			bits := 64
			if typ != "uint64" {
				bits = 8
			}
			v, err := strconv.ParseUint(lit.Value, 0, bits)
			if err != nil {
				return corpusEntry{}, fmt.Errorf("line %d: %v", k+2, err)
			}
			if bits == 8 {
				vals[k] = uint8(v)
			} else {
				vals[k] = v
			}
		case typ == "byte" && lit.Kind == token.CHAR:
			v, _, _, err := strconv.UnquoteChar(lit.Value[1:len(lit.Value)-1], '\'')
			if err != nil || v > 0xff {
				return corpusEntry{}, fmt.Errorf("line %d: bad byte %s", k+2, lit.Value)
			}
			vals[k] = uint8(v)
		default:
			return corpusEntry{}, fmt.Errorf("line %d: unsupported value %s", k+2, line)
		}
	}
	seed, ok1 := vals[0].(uint64)
	kind, ok2 := vals[1].(uint8)
	step, ok3 := vals[2].(uint64)
	mut, ok4 := vals[3].([]byte)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return corpusEntry{}, fmt.Errorf("want (uint64, uint8, uint64, []byte), got %T %T %T %T", vals[0], vals[1], vals[2], vals[3])
	}
	return corpusEntry{seed: seed, kind: kind, step: step, mut: mut}, nil
}

// Step kinds: what the honest step of an entry does.
const (
	stepAccumulate    = "accumulate"         // micro-step j < J−1 of an op with J > 1 (into the accumulator)
	stepFinal         = "iteration-final"    // micro-step J−1 of an op with J > 1 (requantize, write the output)
	stepElementwise   = "elementwise"        // a step of an op with J = 1 (ReLU, Add, Reshape)
	stepEmpty         = "empty-schedule"     // the one no-op step of an op with an empty schedule
	stepHalt          = "halt"               // the halting step: binds the output root
	stepPastEnd       = "past-end"           // a halted pre-state: the step past the end leaves it unchanged
	stepErrorSchedule = "error-schedule"     // a position outside the op's schedule: Error status
	stepErrorProgram  = "error-past-program" // PC past the program (or the halting step off position): Error status
)

// fuzzClass is what an entry exercises: the op and step kind of its honest
// step, and Go's verdict on the mutated input ("" without mutation bytes,
// "accepted", or "rejected <Reason>"). FuzzStepDifferential makes the EVM
// agree with Go on both.
type fuzzClass struct {
	model     string // the randmodel kind
	arbitrary bool   // an arbitrary state, not a trace
	op        ops.Opcode
	kind      string
	finish    bool // the op's last step (the PC advances)
	mutated   string
}

func (c fuzzClass) opStep() bool {
	return c.kind == stepAccumulate || c.kind == stepFinal || c.kind == stepElementwise
}

func (c fuzzClass) rejected() bool { return strings.HasPrefix(c.mutated, "rejected") }

func (c fuzzClass) String() string {
	s := c.model
	if c.arbitrary {
		s += " (arbitrary state)"
	}
	if c.op != 0 {
		s += " " + c.op.String()
	}
	s += " " + c.kind
	if c.finish {
		s += " (op finishes)"
	}
	if c.mutated != "" {
		s += "; mutated: " + c.mutated
	}
	return s
}

// classify recomputes the step FuzzStepDifferential takes for e, on the Go
// side only.
func classify(t testing.TB, e corpusEntry) fuzzClass {
	t.Helper()
	c := newFuzzCase(t, e.seed, e.kind, e.step)
	cl := fuzzClass{model: c.name, arbitrary: e.kind&0x80 != 0}
	post, err := vm.Step(c.pre, c.w)
	require.NoError(t, err, "an honest witness was rejected")
	numOps := uint32(len(c.m.Ops))
	switch {
	case c.pre.Status != vm.Running:
		cl.kind = stepPastEnd
	case post.Status == vm.Error && c.pre.PC < numOps:
		cl.kind = stepErrorSchedule
	case post.Status == vm.Error:
		cl.kind = stepErrorProgram
	case post.Status == vm.Halted:
		cl.kind = stepHalt
	default:
		d := &c.m.Ops[c.pre.PC]
		cl.op = d.Op
		I, J := d.Schedule()
		switch {
		case I*J == 0:
			cl.kind = stepEmpty
		case J == 1:
			cl.kind = stepElementwise
		case uint64(c.pre.J) == d.IterLen(uint64(c.pre.I))-1: // J(i) - 1: a ragged op's iterations differ
			cl.kind = stepFinal
		default:
			cl.kind = stepAccumulate
		}
		cl.finish = post.PC != c.pre.PC
	}
	if len(e.mut) > 0 {
		bp, bw := fuzzMutate(c.pre.Encode(), c.w, e.mut)
		if o := goStep(bp, bw); o.err == nil {
			cl.mutated = "accepted"
		} else {
			name, args := goReason(t, o.err)
			cl.mutated = fmt.Sprintf("rejected %s%v", name, args)
		}
	}
	return cl
}

// mutPattern builds mutation bytes for fuzzMutate aimed at one part of an
// honest step's input; nil if the input has no such part.
type mutPattern struct {
	name string
	mut  func(c fuzzCase) []byte
}

// xorAt is the mutation that xors x into byte pos of pre ‖ witness.
func xorAt(pos int, x byte) []byte {
	if pos > 0xffff {
		return nil
	}
	return []byte{byte(pos >> 8), byte(pos), x}
}

// witnessOpOffset is where a witness's op descriptor starts: after the
// version, the three header leaves, the two roots and the hasOp byte.
const witnessOpOffset = 1 + 3*32 + 2*32 + 1

var (
	// Witness mutations; each makes a different check fail.
	mutWitnessTail = mutPattern{"the last proof sibling", func(c fuzzCase) []byte { // AccessProofInvalid, OutputProofInvalid
		if len(c.w) == 0 {
			return nil
		}
		return xorAt(vm.StateSize+len(c.w)-1, 0x01)
	}}
	mutWitnessOp = mutPattern{"an op descriptor byte", func(c fuzzCase) []byte { // OpProofInvalid
		if len(c.w) <= witnessOpOffset || c.w[witnessOpOffset-1] != 1 {
			return nil
		}
		return xorAt(vm.StateSize+witnessOpOffset+2, 0x01)
	}}
	mutWitnessHeader = mutPattern{"a header byte", func(c fuzzCase) []byte { // ModelIdMismatch
		return xorAt(vm.StateSize+1+32+5, 0x01)
	}}
	mutWitnessTruncated    = mutPattern{"truncated", func(fuzzCase) []byte { return []byte{0} }}               // WitnessTruncated
	mutWitnessTrailing     = mutPattern{"trailing bytes", func(fuzzCase) []byte { return []byte{0xab, 0xcd} }} // WitnessTrailing
	corpusWitnessMutations = []mutPattern{mutWitnessTail, mutWitnessOp, mutWitnessHeader, mutWitnessTruncated, mutWitnessTrailing}

	// Pre-state mutations an honest witness still proves: the step is
	// accepted (with a different post-state).
	mutStateAcc  = mutPattern{"accumulator lane 0", func(fuzzCase) []byte { return xorAt(117+3, 0x05) }}
	mutStateStep = mutPattern{"step counter", func(fuzzCase) []byte { return xorAt(97+7, 0x01) }}
)

// opcodeNamed is the opcode whose name is kind (every op kind of
// randmodel is named after its opcode), or 0.
func opcodeNamed(kind string) ops.Opcode {
	for _, op := range ops.Opcodes() {
		if op.String() == kind {
			return op
		}
	}
	return 0
}

// corpusItem is one thing the corpus must exercise. The generator searches
// for an entry satisfying ok (models of the given randmodel kinds, in the
// given modes, seeds 1, 2, 3, …, the op boundary steps of a trace, the
// mutation patterns in order) unless an earlier item's file already does,
// and writes it to the file named after the item.
type corpusItem struct {
	name      string
	kinds     []string
	arbitrary []bool // modes searched: false a trace step, true an arbitrary state
	muts      []mutPattern
	ok        func(c fuzzClass) bool
}

// corpusItems: for every opcode, its finishing step on the honest path, a
// mutated input both sides reject and, in an arbitrary state, a mutated
// input both accept; then every step kind; then a Reshape step of a model
// whose input is int32 (honest and rejected).
func corpusItems() []corpusItem {
	var items []corpusItem
	both := []bool{false, true}
	for k, kind := range randmodel.OpKinds {
		op := opcodeNamed(kind)
		name := op.String()
		// Rotate the witness mutations so that the ops reject for
		// different reasons.
		rot := append(slices.Clone(corpusWitnessMutations[k%len(corpusWitnessMutations):]), corpusWitnessMutations[:k%len(corpusWitnessMutations)]...)
		items = append(items,
			corpusItem{name + "-honest-finish", []string{kind}, both, nil,
				func(c fuzzClass) bool { return c.op == op && c.opStep() && c.finish }},
			corpusItem{name + "-mutated-witness", []string{kind}, both, rot,
				func(c fuzzClass) bool { return c.op == op && c.opStep() && c.rejected() }},
			corpusItem{name + "-arbitrary-mutated-state", []string{kind}, []bool{true}, []mutPattern{mutStateAcc, mutStateStep},
				func(c fuzzClass) bool { return c.op == op && c.opStep() && c.arbitrary && c.mutated == "accepted" }},
		)
	}
	kindItem := func(name string, kinds []string, arbitrary []bool, muts []mutPattern, kind string, mutated func(string) bool) corpusItem {
		return corpusItem{name, kinds, arbitrary, muts, func(c fuzzClass) bool { return c.kind == kind && mutated(c.mutated) }}
	}
	anyVerdict := func(string) bool { return true }
	rejected := func(s string) bool { return strings.HasPrefix(s, "rejected") }
	accepted := func(s string) bool { return s == "accepted" }
	return append(items,
		kindItem("accumulate-honest", []string{"gemm"}, both, nil, stepAccumulate, anyVerdict),
		kindItem("iteration-final-honest", []string{"gemm"}, both, nil, stepFinal, anyVerdict),
		kindItem("elementwise-honest", []string{"relu"}, both, nil, stepElementwise, anyVerdict),
		kindItem("halt-mutated-output", []string{"chain"}, both, []mutPattern{mutWitnessTail}, stepHalt, rejected),
		kindItem("past-end-garbage-witness", []string{"chain"}, both, []mutPattern{mutWitnessTrailing}, stepPastEnd, accepted),
		kindItem("error-outside-schedule", []string{"gemm", "conv2d"}, []bool{true}, nil, stepErrorSchedule, anyVerdict),
		kindItem("error-past-program", []string{"chain", "gemm"}, []bool{true}, nil, stepErrorProgram, anyVerdict),
		kindItem("empty-schedule", []string{"empty"}, both, nil, stepEmpty, anyVerdict),
		// A model whose input is int32 token ids (rule H7 in version 2):
		// a Reshape step reading it, honest and with a mutated witness.
		corpusItem{"int32-input-honest", []string{"tokens"}, []bool{false}, nil,
			func(c fuzzClass) bool {
				return c.model == "tokens" && c.op == ops.OpReshape && c.opStep() && c.mutated == ""
			}},
		corpusItem{"int32-input-mutated-witness", []string{"tokens"}, []bool{false}, corpusWitnessMutations,
			func(c fuzzClass) bool {
				return c.model == "tokens" && c.op == ops.OpReshape && c.opStep() && c.rejected()
			}},
		// A causal Softmax (ragged rows, version 2): a step, honest and
		// with a mutated witness.
		corpusItem{"causal-softmax-honest", []string{"causal-softmax"}, both, nil,
			func(c fuzzClass) bool {
				return c.model == "causal-softmax" && c.op == ops.OpSoftmax && c.opStep() && c.mutated == ""
			}},
		corpusItem{"causal-softmax-mutated-witness", []string{"causal-softmax"}, both, corpusWitnessMutations,
			func(c fuzzClass) bool {
				return c.model == "causal-softmax" && c.op == ops.OpSoftmax && c.opStep() && c.rejected()
			}},
	)
}

// searchCorpus finds the first entry satisfying it, deterministically.
func searchCorpus(t *testing.T, it corpusItem) (corpusEntry, fuzzClass) {
	t.Helper()
	for _, arbitrary := range it.arbitrary {
		for _, name := range it.kinds {
			ki := slices.Index(randmodel.Kinds, name)
			require.GreaterOrEqual(t, ki, 0, "unknown randmodel kind %q", name)
			kind := uint8(ki)
			if arbitrary {
				kind |= 0x80
			}
			for seed := uint64(1); seed <= corpusSeeds; seed++ {
				steps := []uint64{0} // ignored in an arbitrary state
				if !arbitrary {
					steps = slices.Compact(slices.Sorted(slices.Values(opBoundarySteps(newFuzzCase(t, seed, kind, 0).tr))))
				}
				for _, step := range steps {
					c := newFuzzCase(t, seed, kind, step)
					muts := [][]byte{nil}
					if it.muts != nil {
						muts = nil
						for _, p := range it.muts {
							if m := p.mut(c); m != nil {
								muts = append(muts, m)
							}
						}
					}
					for _, mut := range muts {
						e := corpusEntry{seed: seed, kind: kind, step: step, mut: mut}
						if cl := classify(t, e); it.ok(cl) {
							return e, cl
						}
					}
				}
			}
		}
	}
	t.Fatalf("no entry for %s in %d seeds of %v; extend the search", it.name, corpusSeeds, it.kinds)
	return corpusEntry{}, fuzzClass{}
}

// TestFuzzCorpus checks that the committed seed corpus of
// FuzzStepDifferential exercises, on the honest path, every opcode (its
// finishing step, and in an arbitrary state) and every step kind, and for
// every opcode a mutated input both sides reject and one both accept (the
// replay by FuzzStepDifferential makes them agree). With -update it
// regenerates the corpus: a file per item not already covered by an
// earlier item's file.
func TestFuzzCorpus(t *testing.T) {
	items := corpusItems()
	if golden.Updating() {
		require.NoError(t, os.MkdirAll(corpusDir, 0o755))
		var chosen []fuzzClass
		for _, it := range items {
			path := filepath.Join(corpusDir, it.name)
			if slices.ContainsFunc(chosen, it.ok) {
				// Covered by an earlier file: remove a stale one.
				if err := os.Remove(path); err != nil && !os.IsNotExist(err) {
					require.NoError(t, err)
				}
				continue
			}
			e, cl := searchCorpus(t, it)
			chosen = append(chosen, cl)
			require.NoError(t, os.WriteFile(path, e.marshal(), 0o644))
		}
	}

	files, err := os.ReadDir(corpusDir)
	require.NoError(t, err, "run `%s`", corpusRegen)
	classes := map[string]fuzzClass{}
	var names []string
	for _, f := range files {
		if f.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(corpusDir, f.Name()))
		require.NoError(t, err)
		e, err := parseCorpusFile(b)
		require.NoError(t, err, "%s", f.Name())
		classes[f.Name()] = classify(t, e)
		names = append(names, f.Name())
		t.Logf("%-36s %s", f.Name(), classes[f.Name()])
	}
	var missing []string
	for _, it := range items {
		var by []string
		for _, n := range names {
			if it.ok(classes[n]) {
				by = append(by, n)
			}
		}
		t.Logf("covered: %-36s by %s", it.name, strings.Join(by, ", "))
		if len(by) == 0 {
			missing = append(missing, it.name)
		}
	}
	if len(missing) > 0 {
		t.Fatalf("the fuzz corpus %s does not cover %s; run `%s`", corpusDir, strings.Join(missing, ", "), corpusRegen)
	}
}

// TestCorpusFileRoundTrip: parseCorpusFile reads what marshal writes and
// what the go tool writes for a new input (a byte as a character literal).
func TestCorpusFileRoundTrip(t *testing.T) {
	e := corpusEntry{seed: 1<<64 - 1, kind: 0x8c, step: 7, mut: []byte{0, 1, 0xff, '"'}}
	got, err := parseCorpusFile(e.marshal())
	require.NoError(t, err)
	require.Equal(t, e, got)
	got, err = parseCorpusFile([]byte("go test fuzz v1\nuint64(3)\nbyte('\\x8c')\nuint64(0x10)\n[]byte(\"\")\n"))
	require.NoError(t, err)
	require.Equal(t, corpusEntry{seed: 3, kind: 0x8c, step: 16, mut: []byte{}}, got)
	_, err = parseCorpusFile([]byte("go test fuzz v1\nuint64(3)\n"))
	require.Error(t, err)
}
