package vm

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/vm/model"
)

// loadFixture reads a committed fixture model and its input.
func loadFixture(tb testing.TB, name string) (*model.Model, []int8) {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "fixtures", "models", name+".opml"))
	require.NoError(tb, err)
	m, err := model.Decode(b)
	require.NoError(tb, err)
	b, err = os.ReadFile(filepath.Join("..", "fixtures", "inputs", name+"_input.json"))
	require.NoError(tb, err)
	var in []int8
	require.NoError(tb, json.Unmarshal(b, &in))
	return m, in
}

var fixtureNames = []string{"mlp", "cnn"}

// BenchmarkRun is a full fast-path run with every op-boundary commitment and
// the final output commitment; it also reports N.
func BenchmarkRun(b *testing.B) {
	for _, name := range fixtureNames {
		b.Run(name, func(b *testing.B) {
			m, in := loadFixture(b, name)
			var tr *Trace
			for range b.N {
				var err error
				if tr, err = NewTrace(m, in); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(tr.Steps()), "steps")
		})
	}
}

// benchRandomSteps runs query at uniformly random steps of each fixture.
func benchRandomSteps(b *testing.B, seed uint64, query func(tr *Trace, t uint64) error) {
	for _, name := range fixtureNames {
		b.Run(name, func(b *testing.B) {
			m, in := loadFixture(b, name)
			tr, err := NewTrace(m, in)
			require.NoError(b, err)
			r := rand.New(rand.NewPCG(seed, seed))
			b.ResetTimer()
			for range b.N {
				if err := query(tr, r.Uint64N(tr.Steps())); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkStateAt(b *testing.B) {
	benchRandomSteps(b, 5, func(tr *Trace, t uint64) error {
		_, err := tr.StateAt(t)
		return err
	})
}

func BenchmarkProveStep(b *testing.B) {
	benchRandomSteps(b, 6, func(tr *Trace, t uint64) error {
		_, _, _, err := tr.ProveStep(t)
		return err
	})
}

// BenchmarkStep is the Go step verifier on a random fixture step.
func BenchmarkStep(b *testing.B) {
	m, in := loadFixture(b, "mlp")
	tr, err := NewTrace(m, in)
	require.NoError(b, err)
	pre, _, w, err := tr.ProveStep(tr.Steps() / 3)
	require.NoError(b, err)
	b.ResetTimer()
	for range b.N {
		if _, err := Step(pre, w); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWitnessSize proves a sample of steps of every op of every fixture
// and reports witness bytes per op: max and mean over the sampled steps.
func BenchmarkWitnessSize(b *testing.B) {
	for _, name := range fixtureNames {
		m, in := loadFixture(b, name)
		tr, err := NewTrace(m, in)
		require.NoError(b, err)
		for k := range m.Ops {
			op := m.Ops[k]
			b.Run(name+"/"+op.Op.String()+"_"+string(rune('0'+k)), func(b *testing.B) {
				var maxSize, total, count int
				start, end := m.OpStart(k), m.OpStart(k+1)
				stride := max((end-start)/64, 1)
				for range b.N {
					maxSize, total, count = 0, 0, 0
					for t := start; t < end; t += stride {
						_, _, w, err := tr.ProveStep(t)
						require.NoError(b, err)
						maxSize = max(maxSize, len(w))
						total += len(w)
						count++
					}
					// Every op's last step is its final (write) step.
					_, _, w, err := tr.ProveStep(end - 1)
					require.NoError(b, err)
					maxSize = max(maxSize, len(w))
				}
				b.ReportMetric(float64(maxSize), "max-B")
				b.ReportMetric(float64(total)/float64(count), "mean-B")
				b.ReportMetric(0, "ns/op")
			})
		}
	}
}

// replayFromZero is the baseline StateAt without checkpoints: it steps the
// micro-step semantics from the initial state.
func replayFromZero(tb testing.TB, tr *Trace, t uint64) State {
	m := tr.Model()
	ram := tr.cps[0].ram.Clone()
	s := tr.cps[0].state
	mem := &treeMem{ram: ram, rom: m.Weights}
	for s.Step < t && int(s.PC) < len(m.Ops) {
		if err := exec(&s, &m.Ops[s.PC], mem); err != nil {
			tb.Fatal(err)
		}
		s.Step++
	}
	s.RAMRoot = ram.Root()
	return s
}

func BenchmarkStateAtReplayFromZero(b *testing.B) {
	benchRandomSteps(b, 5, func(tr *Trace, t uint64) error {
		replayFromZero(b, tr, t)
		return nil
	})
}

// TestReplayFromZeroAgrees keeps the baseline honest.
func TestReplayFromZeroAgrees(t *testing.T) {
	m, in := loadFixture(t, "mlp")
	tr, err := NewTrace(m, in)
	require.NoError(t, err)
	for _, step := range []uint64{0, 1, 800, 3300, tr.Steps() - 1} {
		want, err := tr.StateAt(step)
		require.NoError(t, err)
		require.Equal(t, want, replayFromZero(t, tr, step), "step %d", step)
	}
}
