package benchreport

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

const benchOut = `goos: linux
goarch: amd64
pkg: github.com/opml-dev/opml/vm/ops
cpu: Intel(R) Xeon(R) Processor
BenchmarkGemm/mlp784x128-2         	   27806	     42830 ns/op	         2.340 GMAC/s	       0 B/op	       0 allocs/op
BenchmarkGemm/mlp784x128-2         	   27806	     40000 ns/op	         2.500 GMAC/s	       0 B/op	       0 allocs/op
BenchmarkGemm/mlp784x128-2         	   27806	     50000 ns/op	         2.000 GMAC/s	       0 B/op	       0 allocs/op
BenchmarkGemmNaive/mlp784x128-2    	   10000	    109000 ns/op	         0.92 GMAC/s	       0 B/op	       0 allocs/op
--- FAIL: BenchmarkBroken
BenchmarkBroken-2  --- FAIL
PASS
ok  	github.com/opml-dev/opml/vm/ops	3.1s
pkg: github.com/opml-dev/opml/vm
BenchmarkRun/mlp                   	    5000	    220000 ns/op	      3400 steps	  123456 B/op	     321 allocs/op
`

func TestParseBench(t *testing.T) {
	s, err := ParseBench(strings.NewReader(benchOut))
	require.NoError(t, err)
	v, n, ok := s.Median("BenchmarkGemm/mlp784x128", "ns/op")
	require.True(t, ok)
	require.Equal(t, 3, n)
	require.Equal(t, 42830.0, v)
	v, _, _ = s.Median("BenchmarkGemm/mlp784x128", "GMAC/s")
	require.Equal(t, 2.34, v)
	_, _, ok = s.Median("BenchmarkGemm/mlp784x128", "steps")
	require.False(t, ok)
	v, _, ok = s.Median("BenchmarkRun/mlp", "steps") // no -procs suffix (GOMAXPROCS=1)
	require.True(t, ok)
	require.Equal(t, 3400.0, v)

	rows := s.Rows()
	require.Len(t, rows, 3)
	require.Equal(t, "github.com/opml-dev/opml/vm/ops", rows[0].Pkg)
	require.Equal(t, "BenchmarkGemm/mlp784x128", rows[0].Name)
	require.Equal(t, 3, rows[0].Samples)
	require.Equal(t, "github.com/opml-dev/opml/vm", rows[2].Pkg)
	require.Equal(t, 123456.0, rows[2].Metrics["B/op"])

	g := GemmRows(s)
	require.Len(t, g, 1, "the batch shape has no results")
	require.Equal(t, 42830.0, g[0].FastNs)
	require.Equal(t, 109000.0, g[0].NaiveNs)

	_, err = ParseBench(strings.NewReader("BenchmarkX-2 10 abc ns/op\n"))
	require.Error(t, err)
}

const verifierMD = `### StepVerifier gas

| family | steps | tx gas mean | tx gas max | exec gas mean | exec gas max | calldata bytes max | floor-priced |
|---|---:|---:|---:|---:|---:|---:|---:|
| gemm | 179 | 70,439 | 76,789 | 34,173 | 37,157 | 1,604 | 0% |
| **all** | 449 | 68,189 | 100,364 | 33,107 | 66,852 | 2,020 | 0% |

Synthetic worst case

| family | steps | tx gas mean | tx gas max | exec gas mean | exec gas max | calldata bytes max | floor-priced |
|---|---:|---:|---:|---:|---:|---:|---:|
| **all** | 21 | 134,417 | 193,500 | 48,951 | 88,845 | 4,644 | 85% |
`

func TestParseStepGas(t *testing.T) {
	g, w, err := ParseStepGas(verifierMD)
	require.NoError(t, err)
	require.Equal(t, StepGas{Steps: 449, Mean: 68_189, Max: 100_364}, g, "the first **all** row")
	require.Equal(t, StepGas{Steps: 21, Mean: 134_417, Max: 193_500}, w, "the second **all** row")
	_, w, err = ParseStepGas("| **all** | 3 | 2 | 3 |")
	require.NoError(t, err)
	require.Zero(t, w)
	_, _, err = ParseStepGas("| gemm | 1 | 2 | 3 |")
	require.Error(t, err)
	_, _, err = ParseStepGas("| **all** | x | 2 | 3 |")
	require.Error(t, err)
}

const arbiterMD = `Chain rules: Osaka.

| call | samples | mean | max | note |
|---|---:|---:|---:|---|
| submit | 4 | 85,520 | 85,520 | 2 slots |

Whole dispute, per side:

| N | k | rounds | max move | claimant gas | challenger gas | total |
|---|---|---|---:|---:|---:|---|
| 2^20 | 4 | 10 | 62,598 | 557,540 | 903,204 | 1,460,744 |
| 2^10 | 16 | 3 | 71,986 | 257,886 | 543,785 | 801,671 |
| 2^10 | 2 | 10 | 61,038 | 541,928 | 841,575 | 1,383,503 |
`

func TestParseDisputes(t *testing.T) {
	rows, err := ParseDisputes(arbiterMD)
	require.NoError(t, err)
	require.Equal(t, []DisputeRow{
		{LogN: 10, K: 2, Rounds: 10, MaxMove: 61_038, Claimant: 541_928, Challenger: 841_575},
		{LogN: 10, K: 16, Rounds: 3, MaxMove: 71_986, Claimant: 257_886, Challenger: 543_785},
		{LogN: 20, K: 4, Rounds: 10, MaxMove: 62_598, Claimant: 557_540, Challenger: 903_204},
	}, rows)
	require.Equal(t, uint64(801_671), rows[1].Total())

	_, err = ParseDisputes(strings.Replace(arbiterMD, "1,460,744", "1,460,745", 1))
	require.ErrorContains(t, err, "not claimant + challenger")
	_, err = ParseDisputes("| call | samples |\n")
	require.Error(t, err)

	v, err := ParseCallMax(arbiterMD, "submit")
	require.NoError(t, err)
	require.Equal(t, uint64(85_520), v)
	_, err = ParseCallMax(arbiterMD, "finalize")
	require.Error(t, err)

	calls := CallsTable(arbiterMD)
	require.True(t, strings.HasPrefix(calls, "Chain rules"))
	require.True(t, strings.HasSuffix(calls, "| submit | 4 | 85,520 | 85,520 | 2 slots |"))
}
