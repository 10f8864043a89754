package merkle

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// ---------------------------------------------------------------------------
// Naive reference implementation, independent of the package: it uses
// crypto.Keccak256 directly and recomputes everything from a flat memory.

var refZero = func() [MaxZeroLevel + 1][]byte {
	var z [MaxZeroLevel + 1][]byte
	z[0] = make([]byte, 32)
	for k := 1; k <= MaxZeroLevel; k++ {
		z[k] = crypto.Keccak256(z[k-1], z[k-1])
	}
	return z
}()

// refLeaf returns leaf i of the flat memory mem (zero-padded).
func refLeaf(mem []byte, i uint64) []byte {
	out := make([]byte, 32)
	if i*32 < uint64(len(mem)) {
		copy(out, mem[i*32:])
	}
	return out
}

// refNode computes node (level, index) recursively, using zero hashes for
// subtrees entirely beyond the end of mem.
func refNode(mem []byte, level int, index uint64) []byte {
	if level == 0 {
		return refLeaf(mem, index)
	}
	if (index<<uint(level))*32 >= uint64(len(mem)) {
		return refZero[level]
	}
	return crypto.Keccak256(refNode(mem, level-1, 2*index), refNode(mem, level-1, 2*index+1))
}

// refFullRoot computes the root without any zero-subtree shortcut; only for
// small depths.
func refFullRoot(mem []byte, depth int) []byte {
	nodes := make([][]byte, 1<<uint(depth))
	for i := range nodes {
		nodes[i] = refLeaf(mem, uint64(i))
	}
	for len(nodes) > 1 {
		next := make([][]byte, len(nodes)/2)
		for i := range next {
			next[i] = crypto.Keccak256(nodes[2*i], nodes[2*i+1])
		}
		nodes = next
	}
	return nodes[0]
}

func refRoot(mem []byte, depth int) common.Hash {
	return common.BytesToHash(refNode(mem, depth, 0))
}

// refProof returns the bottom-up siblings of (level, index).
func refProof(mem []byte, depth, level int, index uint64) []common.Hash {
	out := []common.Hash{}
	for k := level; k < depth; k++ {
		out = append(out, common.BytesToHash(refNode(mem, k, index^1)))
		index >>= 1
	}
	return out
}

// model mirrors a Tree with a flat memory.
type model struct {
	depth int
	mem   []byte
}

func (m *model) ensure(n uint64) {
	if uint64(len(m.mem)) < n {
		m.mem = append(m.mem, make([]byte, n-uint64(len(m.mem)))...)
	}
}

// ---------------------------------------------------------------------------

func TestZeroHashes(t *testing.T) {
	require.Equal(t, common.Hash{}, ZeroHash(0))
	z := make([]byte, 32)
	for k := 1; k <= MaxZeroLevel; k++ {
		z = crypto.Keccak256(z, z)
		require.Equal(t, common.BytesToHash(z), ZeroHash(k), "level %d", k)
	}
	// Well-known value: keccak256(64 zero bytes).
	require.Equal(t, common.HexToHash("0xad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5"), ZeroHash(1))
	require.Panics(t, func() { ZeroHash(MaxZeroLevel + 1) })
	require.Panics(t, func() { ZeroHash(-1) })
}

func TestHashPair(t *testing.T) {
	a := common.HexToHash("0x01")
	b := common.HexToHash("0x0200")
	want := crypto.Keccak256Hash(a[:], b[:])
	require.Equal(t, want, HashPair(a, b))
	require.NotEqual(t, want, HashPair(b, a))
}

func TestKnownAnswer(t *testing.T) {
	var l0, l1 [32]byte
	l0[0] = 0x01
	l1[31] = 0x02
	tr, err := New(1, 0)
	require.NoError(t, err)
	require.NoError(t, tr.SetLeaf(0, l0))
	require.NoError(t, tr.SetLeaf(1, l1))
	want := crypto.Keccak256Hash(l0[:], l1[:])
	require.Equal(t, want, tr.Root())
	// Pin the exact value so any change in the hashing convention is caught.
	msg := append(append([]byte{}, l0[:]...), l1[:]...)
	require.Equal(t, crypto.Keccak256Hash(msg), tr.Root())
	require.Equal(t, "0x"+common.Bytes2Hex(crypto.Keccak256(msg)), tr.Root().Hex())

	// Depth 0: the root is the raw leaf, unhashed.
	tr0, err := FromBytes(0, []byte{0xaa})
	require.NoError(t, err)
	var want0 common.Hash
	want0[0] = 0xaa
	require.Equal(t, want0, tr0.Root())
	require.Empty(t, tr0.Proof(0, 0))
	require.True(t, Verify(want0, want0, 0, 0, nil))

	// Depth 2 with only leaf 2 set: root = H(Z1, H(leaf, 0)).
	tr2, err := New(2, 0)
	require.NoError(t, err)
	require.NoError(t, tr2.SetLeaf(2, l0))
	right := crypto.Keccak256(l0[:], make([]byte, 32))
	z1 := crypto.Keccak256(make([]byte, 64))
	require.Equal(t, common.BytesToHash(crypto.Keccak256(z1, right)), tr2.Root())
}

func TestEmptyTrees(t *testing.T) {
	for d := 0; d <= MaxDepth; d++ {
		tr, err := New(d, 0)
		require.NoError(t, err)
		require.Equal(t, ZeroHash(d), tr.Root())
		tr2, err := New(d, min(uint64(1)<<uint(d), 100))
		require.NoError(t, err)
		require.Equal(t, ZeroHash(d), tr2.Root())
	}
}

func TestErrors(t *testing.T) {
	for _, d := range []int{-1, MaxDepth + 1, 64} {
		_, err := New(d, 0)
		require.ErrorContains(t, err, "merkle: ")
		_, err = FromBytes(d, nil)
		require.ErrorContains(t, err, "merkle: ")
	}
	_, err := New(3, 9)
	require.ErrorContains(t, err, "merkle: ")
	_, err = FromBytes(3, make([]byte, 8*32+1))
	require.ErrorContains(t, err, "merkle: ")
	tr, err := FromBytes(3, make([]byte, 8*32))
	require.NoError(t, err)
	require.Equal(t, uint64(8), tr.Size())

	tr, err = New(3, 2)
	require.NoError(t, err)
	require.NoError(t, tr.SetLeaf(1, [32]byte{1}))
	root := tr.Root()
	require.ErrorContains(t, tr.SetLeaf(8, [32]byte{1}), "merkle: ")
	require.ErrorContains(t, tr.SetLeaf(^uint64(0), [32]byte{1}), "merkle: ")
	require.ErrorContains(t, tr.WriteAt(8*32-1, []byte{1, 2}), "merkle: ")
	require.ErrorContains(t, tr.WriteAt(^uint64(0), []byte{1, 2}), "merkle: ")
	require.ErrorContains(t, tr.WriteAt(8*32+1, nil), "merkle: ")
	require.NoError(t, tr.WriteAt(8*32, nil))
	require.Equal(t, uint64(2), tr.Size(), "failed writes must not grow")
	require.Equal(t, root, tr.Root(), "failed writes must not modify")
	require.NoError(t, tr.WriteAt(8*32-1, []byte{7}))
	require.Equal(t, uint64(8), tr.Size())

	// Depth 0.
	tr0, err := New(0, 1)
	require.NoError(t, err)
	require.ErrorContains(t, tr0.SetLeaf(1, [32]byte{}), "merkle: ")
	_, err = New(0, 2)
	require.ErrorContains(t, err, "merkle: ")

	// Out-of-range reads.
	require.Equal(t, [32]byte{}, tr.Leaf(100))
	require.Equal(t, common.Hash{}, tr.Node(4, 0))
	require.Equal(t, common.Hash{}, tr.Node(-1, 0))
	require.Equal(t, common.Hash{}, tr.Node(1, 4))
	require.Nil(t, tr.Proof(0, 8))
	require.Nil(t, tr.Proof(4, 0))
	require.Nil(t, tr.Proof(-1, 0))

	// Max depth works and a write at the very last leaf is accepted.
	big, err := New(MaxDepth, 0)
	require.NoError(t, err)
	require.ErrorContains(t, big.SetLeaf(uint64(1)<<MaxDepth, [32]byte{1}), "merkle: ")
}

func TestMaxDepthSparse(t *testing.T) {
	// Writes near the start of a depth-40 tree; compares against the reference.
	tr, err := New(MaxDepth, 0)
	require.NoError(t, err)
	m := &model{depth: MaxDepth}
	rng := rand.New(rand.NewPCG(40, 40))
	for range 50 {
		i := rng.Uint64N(300)
		var v [32]byte
		for j := range v {
			v[j] = byte(rng.Uint32())
		}
		require.NoError(t, tr.SetLeaf(i, v))
		m.ensure((i + 1) * 32)
		copy(m.mem[i*32:], v[:])
	}
	root := tr.Root()
	require.Equal(t, refRoot(m.mem, MaxDepth), root)
	for _, i := range []uint64{0, 5, 299, 300, 1 << 39, 1<<40 - 1} {
		p := tr.Proof(0, i)
		require.Len(t, p, MaxDepth)
		require.Equal(t, refProof(m.mem, MaxDepth, 0, i), p)
		require.True(t, Verify(root, common.Hash(tr.Leaf(i)), 0, i, p))
	}
}

func TestRootMatchesReferenceRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for iter := range 300 {
		depth := rng.IntN(11)
		n := rng.Uint64N(uint64(1)<<uint(depth) + 1)
		data := make([]byte, n*32-uint64(rng.IntN(32))*min(n, 1))
		for i := range data {
			data[i] = byte(rng.Uint32())
		}
		tr, err := FromBytes(depth, data)
		require.NoError(t, err)
		want := refRoot(data, depth)
		require.Equal(t, want, tr.Root(), "iter %d depth %d n %d", iter, depth, n)
		require.Equal(t, common.BytesToHash(refFullRoot(data, depth)), want)

		// Every node matches and every proof verifies.
		root := tr.Root()
		for level := 0; level <= depth; level++ {
			for idx := uint64(0); idx < uint64(1)<<uint(depth-level); idx++ {
				if depth > 7 && rng.IntN(16) != 0 {
					continue // sample large trees
				}
				node := tr.Node(level, idx)
				require.Equal(t, common.BytesToHash(refNode(data, level, idx)), node)
				p := tr.Proof(level, idx)
				require.Len(t, p, depth-level)
				require.True(t, Verify(root, node, level, idx, p))
				require.Equal(t, root, ComputeRoot(node, level, idx, p))
			}
		}
	}
}

func TestProofCorruptionFails(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	data := make([]byte, 37*32+5)
	for i := range data {
		data[i] = byte(rng.Uint32())
	}
	const depth = 8
	tr, err := FromBytes(depth, data)
	require.NoError(t, err)
	root := tr.Root()
	for idx := uint64(0); idx < 1<<depth; idx += 3 {
		leaf := common.Hash(tr.Leaf(idx))
		p := tr.Proof(0, idx)
		require.True(t, Verify(root, leaf, 0, idx, p))

		// Flip one bit in each sibling.
		for s := range p {
			q := append([]common.Hash(nil), p...)
			q[s][rng.IntN(32)] ^= 1 << uint(rng.IntN(8))
			require.False(t, Verify(root, leaf, 0, idx, q))
		}
		// Wrong leaf.
		bad := leaf
		bad[0] ^= 0x80
		require.False(t, Verify(root, bad, 0, idx, p))
		// Wrong index (unless the siblings happen to coincide, which only
		// occurs for the symmetric all-zero region).
		if tr.Node(1, idx>>1) != tr.Node(1, (idx^1)>>1) || tr.Leaf(idx) != tr.Leaf(idx^1) {
			require.False(t, Verify(root, leaf, 0, idx^1, p))
		}
		// Index aliasing beyond the proof length is rejected.
		require.False(t, Verify(root, leaf, 0, idx|1<<depth, p))
		require.False(t, Verify(root, leaf, 0, idx+1<<62, p))
		// Truncated / extended proofs.
		require.False(t, Verify(root, leaf, 0, idx, p[:len(p)-1]))
		require.False(t, Verify(root, leaf, 0, idx, append(append([]common.Hash(nil), p...), common.Hash{})))
		// Wrong root.
		r2 := root
		r2[31] ^= 1
		require.False(t, Verify(r2, leaf, 0, idx, p))
	}
	// Malformed level arguments.
	p := tr.Proof(0, 0)
	require.False(t, Verify(root, common.Hash(tr.Leaf(0)), -1, 0, p))
	require.False(t, Verify(root, common.Hash(tr.Leaf(0)), MaxDepth-depth+1, 0, p))
	require.True(t, Verify(root, common.Hash(tr.Leaf(0)), MaxDepth-depth, 0, p))
}

// randOps applies a random sequence of operations to tr and m, checking
// against the reference at random points.
func randOps(t *testing.T, rng *rand.Rand, tr *Tree, m *model, nops int) {
	t.Helper()
	capLeaves := uint64(1) << uint(m.depth)
	maxLeaf := min(capLeaves, 512)
	for op := range nops {
		switch rng.IntN(8) {
		case 0, 1: // SetLeaf, sometimes out of range
			i := rng.Uint64N(maxLeaf + 2)
			var v [32]byte
			if rng.IntN(4) != 0 {
				for j := range v {
					v[j] = byte(rng.Uint32())
				}
			}
			err := tr.SetLeaf(i, v)
			if i >= capLeaves {
				require.Error(t, err)
				continue
			}
			require.NoError(t, err)
			m.ensure((i + 1) * 32)
			copy(m.mem[i*32:], v[:])
		case 2, 3: // WriteAt
			off := rng.Uint64N(maxLeaf*32 + 40)
			p := make([]byte, rng.IntN(200))
			for j := range p {
				p[j] = byte(rng.Uint32())
			}
			err := tr.WriteAt(off, p)
			if off+uint64(len(p)) > capLeaves*32 {
				require.Error(t, err)
				continue
			}
			require.NoError(t, err)
			if len(p) > 0 {
				m.ensure(off + uint64(len(p)))
				copy(m.mem[off:], p)
			}
		case 4: // bulk write through Data + Invalidate
			if tr.Size() == 0 {
				continue
			}
			from := rng.Uint64N(tr.Size())
			to := from + rng.Uint64N(tr.Size()-from+1)
			d := tr.Data()
			require.Len(t, d, int(tr.Size()*32))
			for j := from * 32; j < to*32; j++ {
				d[j] = byte(rng.Uint32())
			}
			m.ensure(to * 32)
			copy(m.mem[from*32:to*32], d[from*32:to*32])
			tr.Invalidate(from, to+uint64(rng.IntN(3))) // over-long range is clipped
		case 5: // root check
			require.Equal(t, refRoot(m.mem, m.depth), tr.Root(), "op %d", op)
		case 6: // proof check
			level := rng.IntN(m.depth + 1)
			idx := rng.Uint64N(uint64(1) << uint(m.depth-level))
			if m.depth-level > 9 {
				idx = rng.Uint64N(min(uint64(1)<<uint(m.depth-level), 4))
			}
			node := tr.Node(level, idx)
			require.Equal(t, common.BytesToHash(refNode(m.mem, level, idx)), node)
			p := tr.Proof(level, idx)
			require.Equal(t, refProof(m.mem, m.depth, level, idx), p)
			require.True(t, Verify(tr.Root(), node, level, idx, p))
		case 7: // leaf check
			i := rng.Uint64N(maxLeaf + 2)
			got := tr.Leaf(i)
			require.Equal(t, refLeaf(m.mem, i), got[:])
		}
		require.GreaterOrEqual(t, tr.Size()*32, uint64(len(m.mem)))
	}
	require.Equal(t, refRoot(m.mem, m.depth), tr.Root())
}

func TestLazyRootRandomOps(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for iter := range 60 {
		depth := rng.IntN(16)
		if iter%10 == 0 {
			depth = MaxDepth - rng.IntN(5)
		}
		init := rng.Uint64N(min(uint64(1)<<uint(depth), 300) + 1)
		tr, err := New(depth, init)
		require.NoError(t, err)
		require.Equal(t, init, tr.Size())
		m := &model{depth: depth}
		randOps(t, rng, tr, m, 300)
	}
}

func TestGrowth(t *testing.T) {
	tr, err := New(10, 4)
	require.NoError(t, err)
	m := &model{depth: 10}
	require.Equal(t, ZeroHash(10), tr.Root())
	var v [32]byte
	v[3] = 9
	require.NoError(t, tr.SetLeaf(3, v))
	m.ensure(4 * 32)
	copy(m.mem[3*32:], v[:])
	r1 := tr.Root()
	require.Equal(t, refRoot(m.mem, 10), r1)
	old := tr.Data()

	// Growing with a zero write keeps the root.
	require.NoError(t, tr.SetLeaf(700, [32]byte{}))
	require.Equal(t, uint64(701), tr.Size())
	require.Equal(t, r1, tr.Root())
	require.Len(t, tr.Data(), 701*32)
	require.Equal(t, old[:4*32], tr.Data()[:4*32])

	// Growing by WriteAt, with a pending dirty node at the old boundary.
	require.NoError(t, tr.SetLeaf(700, [32]byte{1}))
	require.NoError(t, tr.WriteAt(1023*32+31, []byte{0xee}))
	require.Equal(t, uint64(1024), tr.Size())
	m.ensure(1024 * 32)
	m.mem[700*32] = 1
	m.mem[1023*32+31] = 0xee
	require.Equal(t, refRoot(m.mem, 10), tr.Root())
	require.Equal(t, refFullRoot(m.mem, 10), tr.Root().Bytes())

	// Growth from an empty tree, in several steps, without intermediate Root.
	tr2, err := New(6, 0)
	require.NoError(t, err)
	m2 := &model{depth: 6}
	for _, i := range []uint64{0, 1, 2, 5, 13, 14, 40, 63} {
		v := [32]byte{byte(i + 1)}
		require.NoError(t, tr2.SetLeaf(i, v))
		m2.ensure((i + 1) * 32)
		copy(m2.mem[i*32:], v[:])
		if i%2 == 0 {
			require.Equal(t, refRoot(m2.mem, 6), tr2.Root())
		}
	}
	require.Equal(t, refRoot(m2.mem, 6), tr2.Root())
}

func TestClone(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	tr, err := New(9, 20)
	require.NoError(t, err)
	m := &model{depth: 9}
	randOps(t, rng, tr, m, 100)
	// Leave some dirty state pending in the original before cloning.
	require.NoError(t, tr.SetLeaf(3, [32]byte{0x33}))
	m.ensure(4 * 32)
	m.mem[3*32] = 0x33

	c := tr.Clone()
	cm := &model{depth: 9, mem: append([]byte(nil), m.mem...)}
	require.Equal(t, tr.Size(), c.Size())
	require.Equal(t, tr.Depth(), c.Depth())
	require.Equal(t, refRoot(cm.mem, 9), c.Root())
	rootBefore := refRoot(m.mem, 9)

	// Mutate the clone heavily (including growth and Data writes).
	randOps(t, rng, c, cm, 200)
	require.NoError(t, c.SetLeaf(511, [32]byte{1}))
	c.Data()[0] ^= 0xff
	c.Invalidate(0, 1)
	require.NotEqual(t, rootBefore, c.Root())
	// Original is untouched.
	require.Equal(t, rootBefore, tr.Root())
	require.True(t, bytes.Equal(m.mem, tr.Data()[:len(m.mem)]))

	// Mutate the original; the clone stays put.
	cr := c.Root()
	require.NoError(t, tr.SetLeaf(0, [32]byte{0xab}))
	require.NoError(t, tr.WriteAt(100, []byte{1, 2, 3}))
	require.NotEqual(t, rootBefore, tr.Root())
	require.Equal(t, cr, c.Root())
}

func TestNoAllocsSteadyState(t *testing.T) {
	tr, err := New(20, 1<<12)
	require.NoError(t, err)
	tr.Root()
	var v [32]byte
	i := uint64(0)
	allocs := testing.AllocsPerRun(200, func() {
		i++
		v[0] = byte(i)
		if err := tr.SetLeaf((i*97)&(1<<12-1), v); err != nil {
			t.Fatal(err)
		}
		tr.Root()
	})
	require.Zero(t, allocs)
	allocs = testing.AllocsPerRun(20, func() {
		tr.Invalidate(0, 1<<12)
		tr.Root()
	})
	require.Zero(t, allocs)
}

func TestDataInvalidateBulk(t *testing.T) {
	const depth = 12
	tr, err := New(depth, 1000)
	require.NoError(t, err)
	d := tr.Data()
	for i := range d {
		d[i] = byte(i*7 + 1)
	}
	tr.Invalidate(0, 1000)
	require.Equal(t, refRoot(d, depth), tr.Root())
	// Rewrite a range and invalidate only it.
	for i := 500 * 32; i < 600*32; i++ {
		d[i] ^= 0x5a
	}
	tr.Invalidate(500, 600)
	tr.Invalidate(600, 500) // empty: no-op
	require.Equal(t, refRoot(d, depth), tr.Root())
}

func TestDeterministicAcrossHistories(t *testing.T) {
	// The same final memory reached by different write histories gives the
	// same root.
	rng := rand.New(rand.NewPCG(9, 10))
	mem := make([]byte, 200*32)
	for i := range mem {
		mem[i] = byte(rng.Uint32())
	}
	a, err := FromBytes(16, mem)
	require.NoError(t, err)
	b, err := New(16, 0)
	require.NoError(t, err)
	for _, i := range rng.Perm(200) {
		var v [32]byte
		copy(v[:], mem[i*32:])
		require.NoError(t, b.SetLeaf(uint64(i), v))
		if i%17 == 0 {
			b.Root()
		}
	}
	require.Equal(t, a.Root(), b.Root())
	require.Equal(t, refRoot(mem, 16), a.Root())
}

// ---------------------------------------------------------------------------
// Fuzzing.

func FuzzTreeOps(f *testing.F) {
	f.Add([]byte{3, 0, 1, 2, 3, 4, 5, 6, 7})
	f.Add([]byte{10, 1, 0, 40, 9, 9, 4, 0, 0, 5, 6, 1, 2})
	f.Add([]byte{0, 0, 0, 0, 1, 5})
	f.Add([]byte{40, 0, 255, 255, 1, 5, 6, 3})
	f.Fuzz(func(t *testing.T, in []byte) {
		if len(in) == 0 || len(in) > 256 {
			return // long inputs only slow down the fuzzer's minimization
		}
		depth := int(in[0]) % (MaxDepth + 1)
		in = in[1:]
		capLeaves := uint64(1) << uint(depth)
		maxLeaf := min(capLeaves, 64) // keeps the reference cheap
		tr, err := New(depth, 0)
		require.NoError(t, err)
		m := &model{depth: depth}
		next := func() byte {
			if len(in) == 0 {
				return 0
			}
			b := in[0]
			in = in[1:]
			return b
		}
		next16 := func() uint64 { return uint64(next())<<8 | uint64(next()) }
		for steps := 0; len(in) > 0 && steps < 48; steps++ {
			switch next() % 7 {
			case 0: // SetLeaf
				i := next16() % (maxLeaf + 2)
				v := [32]byte{next(), 0, next()}
				v[31] = next()
				err := tr.SetLeaf(i, v)
				if i >= capLeaves {
					require.Error(t, err)
					continue
				}
				require.NoError(t, err)
				m.ensure((i + 1) * 32)
				copy(m.mem[i*32:], v[:])
			case 1: // WriteAt
				off := next16() % (maxLeaf*32 + 64)
				p := make([]byte, next()%100)
				for j := range p {
					p[j] = byte(j) ^ next()
				}
				err := tr.WriteAt(off, p)
				if off+uint64(len(p)) > capLeaves*32 {
					require.Error(t, err)
					continue
				}
				require.NoError(t, err)
				if len(p) > 0 {
					m.ensure(off + uint64(len(p)))
					copy(m.mem[off:], p)
				}
			case 2: // Data + Invalidate
				if tr.Size() == 0 {
					continue
				}
				from := next16() % tr.Size()
				to := from + next16()%(tr.Size()-from+1)
				d := tr.Data()
				x := next()
				for j := from * 32; j < to*32; j++ {
					d[j] += x + byte(j)
				}
				m.ensure(to * 32)
				copy(m.mem[from*32:to*32], d[from*32:to*32])
				tr.Invalidate(from, to)
			case 3: // Root
				require.Equal(t, refRoot(m.mem, depth), tr.Root())
			case 4: // Proof
				level := int(next()) % (depth + 1)
				idx := next16() % min(uint64(1)<<uint(depth-level), maxLeaf+2)
				node := tr.Node(level, idx)
				require.Equal(t, common.BytesToHash(refNode(m.mem, level, idx)), node)
				p := tr.Proof(level, idx)
				require.Len(t, p, depth-level)
				root := tr.Root()
				require.True(t, Verify(root, node, level, idx, p))
				if len(p) > 0 {
					p[int(next())%len(p)][next()%32] ^= 1 | next()
					require.False(t, Verify(root, node, level, idx, p))
				}
			case 5: // Clone and continue with the clone; the original must not change.
				want := refRoot(m.mem, depth)
				c := tr.Clone()
				old := tr
				tr = c
				defer func() { require.Equal(t, want, old.Root()) }()
			case 6: // Leaf
				i := next16() % (maxLeaf + 2)
				got := tr.Leaf(i)
				require.Equal(t, refLeaf(m.mem, i), got[:])
			}
		}
		require.Equal(t, refRoot(m.mem, depth), tr.Root())
	})
}

// ---------------------------------------------------------------------------
// Benchmarks.

func BenchmarkHashPair(b *testing.B) {
	var a, c common.Hash
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		a[0] = byte(i)
		c = HashPair(a, c)
	}
}

// BenchmarkKeccak64 measures the raw cost of one internal-node hash with the
// reused state, as done inside Tree.
func BenchmarkKeccak64(b *testing.B) {
	h := newKeccak()
	var buf [64]byte
	var out common.Hash
	b.ReportAllocs()
	for b.Loop() {
		hashInto(h, &out, &buf)
		buf[0] = out[0]
	}
}

func BenchmarkRootAfterSingleWrite(b *testing.B) {
	tr, err := New(20, 1<<16)
	if err != nil {
		b.Fatal(err)
	}
	tr.Root()
	var v [32]byte
	b.ReportAllocs()
	for i := uint64(0); b.Loop(); i++ {
		binary.LittleEndian.PutUint64(v[:8], i+1) // never a no-op write
		idx := (i * 40503) & (1<<16 - 1)
		if err := tr.SetLeaf(idx, v); err != nil {
			b.Fatal(err)
		}
		tr.Root()
	}
}

// BenchmarkFullRehash rehashes a full depth-15 tree (2^15-1 internal nodes).
func BenchmarkFullRehash(b *testing.B) {
	const n = 1 << 15
	data := make([]byte, n*32)
	for i := range data {
		data[i] = byte(i * 13)
	}
	tr, err := FromBytes(15, data)
	if err != nil {
		b.Fatal(err)
	}
	tr.Root()
	b.ReportAllocs()
	for b.Loop() {
		tr.Invalidate(0, n)
		tr.Root()
	}
}

func BenchmarkProof(b *testing.B) {
	tr, err := New(20, 1<<16)
	if err != nil {
		b.Fatal(err)
	}
	d := tr.Data()
	for i := range d {
		d[i] = byte(i * 31)
	}
	tr.Invalidate(0, 1<<16)
	tr.Root()
	b.ReportAllocs()
	for i := uint64(0); b.Loop(); i++ {
		_ = tr.Proof(0, (i*40503)&(1<<16-1))
	}
}
