package dispute

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/vm"
)

// BenchmarkDissectionAnswer times the claimant's full answer to one round at
// k = 16 on the fixture CNN: the VM trace's hashes at the 15 interior split
// points of a range at an arbitrary place in the trace (Solve → Bisect).
// Goal: <= 100 ms.
func BenchmarkDissectionAnswer(b *testing.B) {
	fx, err := fixtures.All()
	if err != nil {
		b.Fatal(err)
	}
	f := fx[1]
	tr, err := vm.NewTrace(f.Model, f.Input)
	if err != nil {
		b.Fatal(err)
	}
	v := NewVMTrace(tr)
	n := v.Steps()
	b.Logf("%s: N = %d", f.Name, n)
	r := rand.New(rand.NewPCG(1, 2))
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		lo := r.Uint64N(n - 16)
		hi := lo + 16 + r.Uint64N(n-lo-16+1)
		pts, err := SplitPoints(lo, hi, 16)
		if err != nil {
			b.Fatal(err)
		}
		g := GameState{Status: arbiter.GameActive, Lo: lo, Hi: hi, Points: pts, ClaimantLeft: 1, ChallengerLeft: 1}
		a, err := Solve(ctx, g, arbiter.TurnClaimant, v)
		if err != nil || a.Kind != Bisect || len(a.Hashes) != 15 {
			b.Fatalf("%v %v", a.Kind, err)
		}
	}
}
