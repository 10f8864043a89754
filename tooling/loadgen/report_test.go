package loadgen

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// The lag of the k-th claim runs from the point it was first seen to the
// point the challenger's count of checks reached k.
func TestCheckLags(t *testing.T) {
	pts := []checkPoint{
		{t: 0, claims: 0, checked: 0},
		{t: 1 * time.Second, claims: 2, checked: 0},
		{t: 2 * time.Second, claims: 3, checked: 1},
		{t: 4 * time.Second, claims: 3, checked: 3},
		{t: 5 * time.Second, claims: 5, checked: 3}, // two claims never checked: no lag for them
	}
	require.Equal(t, []float64{1, 3, 2}, checkLags(pts))
	require.Nil(t, checkLags(nil))
	// A count of checks ahead of the claims seen (the watcher lags the
	// challenger) is a lag of 0, never negative.
	require.Equal(t, []float64{0}, checkLags([]checkPoint{{t: 0, claims: 0, checked: 1}, {t: time.Second, claims: 1, checked: 1}}))
}

// Requests per block count every block from the first request's to the
// last's, empty ones included; failed and unmined sends do not count.
func TestPerBlock(t *testing.T) {
	q := func(block uint64) *sent { return &sent{block: block, mined: true, id: big.NewInt(1)} }
	p := perBlock([]*sent{q(10), q(10), q(10), q(12), {block: 11, err: errTest}, {block: 11}})
	require.Equal(t, Percentiles{N: 3, P50: 1, P90: 3, P99: 3, Max: 3}, p)
	require.Equal(t, Percentiles{}, perBlock(nil))
}

var errTest = errors.New("send failed")

func TestCheckSpare(t *testing.T) {
	rep := &Report{WindowSeconds: 600, CheckLagSeconds: Percentiles{N: 1, Max: 60}}
	require.InDelta(t, 0.9, rep.CheckSpare(), 1e-9)
	require.Equal(t, 0.0, (&Report{}).CheckSpare())
}

func TestMaxOf(t *testing.T) {
	rep := &Report{Samples: []Sample{{Nodes: map[string]NodeSample{"a": {RSSBytes: 5}}}, {Nodes: map[string]NodeSample{"a": {RSSBytes: 9}}}, {}}}
	require.Equal(t, uint64(9), rep.maxOf(func(s Sample) uint64 { return s.Nodes["a"].RSSBytes }))
}
