package verifier_test

import (
	"bufio"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/testbindings"
	"github.com/opml-dev/opml/testkit/simchain"
	"github.com/opml-dev/opml/vm/fixedpoint"
	"github.com/opml-dev/opml/vm/merkle"
)

// The FixedPoint and Merkle libraries of the verifier, function by function
// against vm/fixedpoint and vm/merkle, through test/ArithmeticHarness.sol:
// the golden arithmetic grid of vm/fixedpoint, random operands over each
// function's documented domain, and a fuzz target. The step-level
// differential tests cover them only through whole ops; these pin each
// function on its own, edges included.

const (
	arithmeticGolden = "../../vm/fixedpoint/testdata/arithmetic.golden"
	isqrtGolden      = "../../vm/fixedpoint/testdata/isqrt.golden"
)

type arithmeticEVM struct {
	t    testing.TB
	evm  *simchain.EVM
	addr common.Address
	abi  *testbindings.ArithmeticHarness
}

func newArithmeticEVM(t testing.TB) *arithmeticEVM {
	t.Helper()
	e := simchain.NewEVM()
	from := common.HexToAddress("0xa417")
	e.Fund(from, big.NewInt(1e18))
	addr, err := e.Deploy(from, common.FromHex(testbindings.ArithmeticHarnessMetaData.Bin), nil)
	require.NoError(t, err)
	return &arithmeticEVM{t: t, evm: e, addr: addr, abi: testbindings.NewArithmeticHarness()}
}

// int calls a function returning int256 and returns it as an int64 (every
// result of these functions fits).
func (a *arithmeticEVM) int(data []byte, unpack func([]byte) (*big.Int, error)) int64 {
	a.t.Helper()
	out, err := a.evm.View(a.addr, data)
	require.NoError(a.t, err)
	v, err := unpack(out)
	require.NoError(a.t, err)
	require.True(a.t, v.IsInt64(), "result %s does not fit in int64", v)
	return v.Int64()
}

func (a *arithmeticEVM) requantize(x, m int32, s uint8) int64 {
	return a.int(a.abi.PackRequantize(big.NewInt(int64(x)), big.NewInt(int64(m)), big.NewInt(int64(s))), a.abi.UnpackRequantize)
}

func (a *arithmeticEVM) divRound(x, y int64) int64 {
	return a.int(a.abi.PackDivRound(big.NewInt(x), big.NewInt(y)), a.abi.UnpackDivRound)
}

func (a *arithmeticEVM) roundShift(p int64, s uint8) int64 {
	return a.int(a.abi.PackRoundShift(big.NewInt(p), big.NewInt(int64(s))), a.abi.UnpackRoundShift)
}

// TestArithmeticGolden replays vm/fixedpoint's golden grid (ties,
// saturations, extreme shifts) through the Solidity library.
func TestArithmeticGolden(t *testing.T) {
	a := newArithmeticEVM(t)
	f, err := os.Open(arithmeticGolden)
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	var requantized, divided int
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		lhs, rhs, ok := strings.Cut(text, " -> ")
		require.True(t, ok, "line %d: %q", line, text)
		args := strings.Fields(lhs)
		want, err := strconv.ParseInt(rhs, 10, 64)
		require.NoError(t, err, "line %d", line)
		n := make([]int64, len(args))
		for k, s := range args {
			n[k], err = strconv.ParseInt(s, 10, 64)
			require.NoError(t, err, "line %d", line)
		}
		switch len(n) {
		case 3:
			require.Equal(t, want, a.requantize(int32(n[0]), int32(n[1]), uint8(n[2])), "line %d: Requantize(%s)", line, lhs)
			requantized++
		case 2:
			require.Equal(t, want, a.divRound(n[0], n[1]), "line %d: DivRound(%s)", line, lhs)
			divided++
		default:
			t.Fatalf("line %d: %q has %d operands", line, text, len(n))
		}
	}
	require.NoError(t, sc.Err())
	require.Greater(t, requantized, 500)
	require.Greater(t, divided, 50)
}

// edgeInt64 draws from the edges of a range half the time.
func edgeInt64(r *rand.Rand, lo, hi int64, edges ...int64) int64 {
	if r.IntN(2) == 0 {
		e := edges[r.IntN(len(edges))] + int64(r.IntN(3)) - 1
		return max(lo, min(hi, e))
	}
	span := uint64(hi-lo) + 1
	if span == 0 { // the whole int64 range
		return int64(r.Uint64())
	}
	return lo + int64(r.Uint64N(span))
}

// TestArithmeticDifferential compares every library function with its Go
// counterpart on random operands across the documented domains.
func TestArithmeticDifferential(t *testing.T) {
	a := newArithmeticEVM(t)
	r := rand.New(rand.NewPCG(7, 11))
	n := 400
	if testing.Short() {
		n = 100
	}
	big64 := func(v int64) *big.Int { return big.NewInt(v) }
	for k := 0; k < n; k++ {
		x := edgeInt64(r, math.MinInt64, math.MaxInt64, 0, 127, -128, math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
		require.Equal(t, int64(fixedpoint.Sat8(x)), a.int(a.abi.PackSat8(big64(x)), a.abi.UnpackSat8), "Sat8(%d)", x)
		require.Equal(t, int64(fixedpoint.Sat32(x)), a.int(a.abi.PackSat32(big64(x)), a.abi.UnpackSat32), "Sat32(%d)", x)
		require.Equal(t, int64(int32(x)), a.int(a.abi.PackWrap32(big64(x)), a.abi.UnpackWrap32), "wrap32(%d)", x)

		lo, hi := int8(r.IntN(256)-128), int8(r.IntN(256)-128)
		require.Equal(t, int64(fixedpoint.Clamp(x, lo, hi)),
			a.int(a.abi.PackClamp(big64(x), big64(int64(lo)), big64(int64(hi))), a.abi.UnpackClamp), "Clamp(%d, %d, %d)", x, lo, hi)

		p := edgeInt64(r, -(1 << 62), 1<<62, 0, 1, -1, 1<<62, -(1 << 62), 1<<31, -(1 << 31))
		s := uint8(r.IntN(256))
		if r.IntN(2) == 0 {
			s = uint8(r.IntN(64))
		}
		require.Equal(t, fixedpoint.RoundShift(p, s), a.roundShift(p, s), "RoundShift(%d, %d)", p, s)

		xm, m := int32(edgeInt64(r, math.MinInt32, math.MaxInt32, 0, math.MinInt32, math.MaxInt32)),
			int32(edgeInt64(r, math.MinInt32, math.MaxInt32, 0, 1<<30, math.MinInt32, math.MaxInt32))
		require.Equal(t, int64(fixedpoint.Requantize(xm, m, s)), a.requantize(xm, m, s), "Requantize(%d, %d, %d)", xm, m, s)

		dn := edgeInt64(r, -(1<<61)+1, (1<<61)-1, 0, 1, -1, (1<<61)-1, -(1<<61)+1)
		dd := edgeInt64(r, math.MinInt64, (1<<61)-1, 0, 1, -1, 2, (1<<61)-1, math.MinInt64)
		require.Equal(t, fixedpoint.DivRound(dn, dd), a.divRound(dn, dd), "DivRound(%d, %d)", dn, dd)

		var h1, h2 common.Hash
		fillRandom(r, h1[:])
		fillRandom(r, h2[:])
		out, err := a.evm.View(a.addr, a.abi.PackHashPair(h1, h2))
		require.NoError(t, err)
		got, err := a.abi.UnpackHashPair(out)
		require.NoError(t, err)
		require.Equal(t, merkle.HashPair(h1, h2), common.Hash(got))
	}

	// ZeroHash over its whole domain, and the revert past it (Go panics).
	for level := 0; level <= merkle.MaxZeroLevel; level++ {
		out, err := a.evm.View(a.addr, a.abi.PackZeroHash(big.NewInt(int64(level))))
		require.NoError(t, err)
		got, err := a.abi.UnpackZeroHash(out)
		require.NoError(t, err)
		require.Equal(t, merkle.ZeroHash(level), common.Hash(got), "ZeroHash(%d)", level)
	}
	_, err := a.evm.View(a.addr, a.abi.PackZeroHash(big.NewInt(merkle.MaxZeroLevel+1)))
	var rev *arbiter.RevertError
	require.ErrorAs(t, err, &rev, "ZeroHash(65) must revert")
	require.Equal(t, "ZeroHashLevel", rev.Name, "Merkle's custom error")

	// Verify: valid proofs, corrupted ones, and the well-formedness checks
	// (level and length past MaxDepth, index past 2^len).
	for k := 0; k < n; k++ {
		depth := r.IntN(merkle.MaxDepth + 3)
		level := r.IntN(merkle.MaxDepth + 3)
		siblings := make([]common.Hash, depth)
		raw := make([]byte, 0, 32*depth)
		for i := range siblings {
			fillRandom(r, siblings[i][:])
			raw = append(raw, siblings[i][:]...)
		}
		var node common.Hash
		fillRandom(r, node[:])
		index := r.Uint64()
		if depth < 64 && r.IntN(4) != 0 {
			index &= 1<<depth - 1
		}
		root := merkle.ComputeRoot(node, level, index, siblings)
		switch r.IntN(3) {
		case 0:
			root[r.IntN(32)] ^= 1 << r.IntN(8)
		case 1:
			level = r.IntN(merkle.MaxDepth - min(depth, merkle.MaxDepth) + 1)
		}
		out, err := a.evm.View(a.addr, a.abi.PackVerify(root, node, big.NewInt(int64(level)), new(big.Int).SetUint64(index), raw))
		require.NoError(t, err)
		got, err := a.abi.UnpackVerify(out)
		require.NoError(t, err)
		require.Equal(t, merkle.Verify(root, node, level, index, siblings), got, "Verify(level %d, index %d, %d siblings)", level, index, depth)
	}
}

func fillRandom(r *rand.Rand, b []byte) {
	for i := range b {
		b[i] = byte(r.Uint32())
	}
}

// FuzzArithmeticDifferential: RoundShift, Requantize and DivRound on
// fuzzer-chosen operands, clipped to their documented domains.
func FuzzArithmeticDifferential(f *testing.F) {
	f.Add(int64(3), int32(1), int32(1<<30), uint8(31), int64(5), int64(2))
	f.Add(int64(-(1 << 62)), int32(math.MinInt32), int32(math.MinInt32), uint8(62), int64(-7), int64(2))
	f.Add(int64(1<<62), int32(math.MaxInt32), int32(math.MaxInt32), uint8(255), int64(1<<61), int64(-1))
	a := newArithmeticEVM(f)
	f.Fuzz(func(t *testing.T, p int64, x, m int32, s uint8, dn, dd int64) {
		a.t = t
		p = max(-(1 << 62), min(1<<62, p))
		dn = max(-(1<<61)+1, min((1<<61)-1, dn))
		dd = min((1<<61)-1, dd)
		require.Equal(t, fixedpoint.RoundShift(p, s), a.roundShift(p, s), "RoundShift(%d, %d)", p, s)
		require.Equal(t, int64(fixedpoint.Requantize(x, m, s)), a.requantize(x, m, s), "Requantize(%d, %d, %d)", x, m, s)
		require.Equal(t, fixedpoint.DivRound(dn, dd), a.divRound(dn, dd), "DivRound(%d, %d)", dn, dd)
	})
}

// TestArithmeticIsqrt: FixedPoint.isqrt against fixedpoint.Isqrt (and the
// definition, big-integer floor(sqrt)) on vm/fixedpoint's golden edges
// (every power of two and its neighbours, the squares k², k² ± 1 and the
// Newton oscillation points k² + 2k of k near powers of two, the uint64
// extremes) and on random operands of every bit length.
func TestArithmeticIsqrt(t *testing.T) {
	a := newArithmeticEVM(t)
	b, err := os.ReadFile(isqrtGolden)
	require.NoError(t, err)
	var ns []uint64
	for line, text := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if strings.HasPrefix(text, "#") {
			continue
		}
		lhs, rhs, ok := strings.Cut(text, " -> ")
		require.True(t, ok, "line %d: %q", line+1, text)
		n, err1 := strconv.ParseUint(lhs, 10, 64)
		want, err2 := strconv.ParseUint(rhs, 10, 64)
		require.NoError(t, errors.Join(err1, err2), "line %d", line+1)
		require.Equal(t, fixedpoint.Isqrt(n), want, "line %d", line+1)
		ns = append(ns, n)
	}
	require.Greater(t, len(ns), 300)
	r := rand.New(rand.NewPCG(31, 32))
	for k := 0; k < 300; k++ {
		ns = append(ns, r.Uint64()>>r.IntN(64))
	}
	for _, n := range ns {
		out, err := a.evm.View(a.addr, a.abi.PackIsqrt(new(big.Int).SetUint64(n)))
		require.NoError(t, err)
		got, err := a.abi.UnpackIsqrt(out)
		require.NoError(t, err)
		require.True(t, got.IsUint64(), "isqrt(%d) = %s", n, got)
		require.Equal(t, fixedpoint.Isqrt(n), got.Uint64(), "isqrt(%d)", n)
		require.Equal(t, new(big.Int).Sqrt(new(big.Int).SetUint64(n)).Uint64(), got.Uint64(), "isqrt(%d) is not floor(sqrt)", n)
	}
}
