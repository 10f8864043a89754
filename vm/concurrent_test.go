package vm_test

import (
	"bytes"
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/vm"
)

// TestConcurrentTraces: traces of one model share its weights tree, so
// proving steps on several traces at once must only read shared state (run
// under -race by make test) and give the same proofs as one trace alone.
func TestConcurrentTraces(t *testing.T) {
	fx, err := fixtures.Load("mlp")
	require.NoError(t, err)
	ref, err := vm.NewTrace(fx.Model, fx.Input)
	require.NoError(t, err)
	steps := []uint64{0, 17, 850, 1700, 2555, fx.Model.Header.NumSteps - 1}
	want := make([][]byte, len(steps))
	for i, s := range steps {
		_, _, w, err := ref.ProveStep(s)
		require.NoError(t, err)
		want[i] = w
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4*len(steps))
	for g := 0; g < 4; g++ {
		tr, err := vm.NewTrace(fx.Model, fx.Input)
		require.NoError(t, err)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, s := range steps {
				_, _, w, err := tr.ProveStep(s)
				if err == nil && !bytes.Equal(w, want[i]) {
					err = fmt.Errorf("step %d: the witness of a concurrent trace differs", s)
				}
				if err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
