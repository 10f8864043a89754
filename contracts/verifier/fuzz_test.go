package verifier_test

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/testkit/randmodel"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
)

// fuzzMutate applies fuzz mutation bytes to pre ‖ witness: every 3 bytes
// (hi, lo, x) xor x into byte (hi<<8 | lo) mod len of the concatenation (so
// both the pre-state and the witness are hit); a trailing single byte
// truncates the witness by 1..64 bytes, a trailing pair appends it.
func fuzzMutate(pre, witness, mut []byte) ([]byte, []byte) {
	all := append(append([]byte(nil), pre...), witness...)
	for len(mut) >= 3 {
		pos := (int(mut[0])<<8 | int(mut[1])) % len(all)
		all[pos] ^= mut[2]
		mut = mut[3:]
	}
	p, w := all[:len(pre)], all[len(pre):]
	switch len(mut) {
	case 1:
		w = w[:len(w)-min(len(w), 1+int(mut[0])%64)]
	case 2:
		w = append(w, mut...)
	}
	return p, w
}

// fuzzCase is the step FuzzStepDifferential takes for (seed, kind, step):
// the randmodel kind's name, the model, its trace (nil in an arbitrary
// state), and the honest pre-state and witness. TestFuzzCorpus classifies
// the committed corpus with it.
type fuzzCase struct {
	name string
	m    *model.Model
	tr   *vm.Trace
	pre  vm.State
	w    []byte
}

func newFuzzCase(t testing.TB, seed uint64, kind uint8, step uint64) fuzzCase {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, uint64(kind)))
	c := fuzzCase{name: randmodel.Kinds[int(kind&0x7f)%len(randmodel.Kinds)]}
	m, in, err := randmodel.Model(r, c.name)
	require.NoError(t, err)
	c.m = m
	if kind&0x80 == 0 {
		c.tr, err = traceOf(m, in)
		require.NoError(t, err)
		c.pre, _, c.w, err = c.tr.ProveStep(step % (c.tr.Steps() + 1)) // the last one is past the end
		require.NoError(t, err)
	} else {
		c.pre, c.w = randomPosition(t, r, randomWorld(t, r, m), m)
	}
	return c
}

// FuzzStepDifferential: for a random model of any kind (the low bits of
// kind) and a random step, Go's vm.Step and the StepVerifier on the EVM
// agree: the same post-state and hash, or both reject. With kind's high bit
// set the step is taken in an arbitrary state (random RAM, accumulator,
// corrupted weights, positions outside the schedule) instead of a trace.
// The mutation bytes then corrupt the pre-state and the witness, and the
// two must still agree.
//
// The committed seed corpus testdata/fuzz/FuzzStepDifferential/ covers
// every opcode and step kind (TestFuzzCorpus checks it) and is replayed by
// every plain go test, so by make test; make fuzz is the long random run.
// `go test -run TestFuzzCorpus ./contracts/verifier/ -update` regenerates it.
func FuzzStepDifferential(f *testing.F) {
	for k := range randmodel.Kinds {
		f.Add(uint64(k+1), uint8(k), uint64(3*k), []byte{})
		f.Add(uint64(k+50), uint8(k)|0x80, uint64(k), []byte{})
		f.Add(uint64(k+100), uint8(k), uint64(1<<40+uint64(k)), []byte{0, 0, 1})
		f.Add(uint64(k+200), uint8(k), uint64(k*k), []byte{1, 200, 0x80, 7})
		f.Add(uint64(k+300), uint8(k)|0x80, uint64(1e6), []byte{0, 100, 0xff, 0, 1})
	}
	f.Fuzz(func(t *testing.T, seed uint64, kind uint8, step uint64, mut []byte) {
		e := sharedEVM(t)
		c := newFuzzCase(t, seed, kind, step)
		honest := e.check(t, c.name+" honest", c.pre.Encode(), c.w)
		require.NoError(t, honest.err, "an honest witness was rejected")
		if len(mut) == 0 {
			return
		}
		bp, bw := fuzzMutate(c.pre.Encode(), c.w, mut)
		e.check(t, c.name+" mutated", bp, bw)
	})
}
