package merkle

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
)

// Go-only (see vm/doc.go): Tree, the cached Merkle tree the Go VM keeps
// RAM and the weights in. The step verifier only folds and verifies proofs
// (merkle.go).

// maxInt is the largest value of type int.
const maxInt = int(^uint(0) >> 1)

// nodesAt returns the number of level-k nodes that cover at least one of the
// first size leaves, i.e. ceil(size / 2^k).
func nodesAt(size uint64, k int) uint64 {
	return (size + (uint64(1) << uint(k)) - 1) >> uint(k)
}

// Tree is a binary keccak256 Merkle tree of fixed depth over 32-byte leaves,
// with lazily recomputed cached internal nodes. See the package documentation
// for the exact semantics. A Tree is not safe for concurrent use.
type Tree struct {
	depth int
	size  uint64 // allocated leaves; len(data) == size*LeafSize
	data  []byte

	// levels[k] (1 <= k <= depth) caches the nodesAt(size, k) level-k nodes
	// covering the allocated prefix. levels[0] is unused (leaves are data).
	levels [][]common.Hash
	// dirty[k] lists the level-k nodes (k >= 1) whose cached value is stale;
	// dirtyBits[k] is the matching membership bitmap that keeps dirty[k]
	// free of duplicates.
	dirty     [][]uint64
	dirtyBits [][]uint64

	h   keccakState
	buf [64]byte
}

func checkDepth(depth int) error {
	if depth < 0 || depth > MaxDepth {
		return fmt.Errorf("merkle: depth %d out of range [0, %d]", depth, MaxDepth)
	}
	return nil
}

// New returns a tree of the given depth whose leaves are all zero, with
// backing storage allocated for the leaves [0, sizeLeaves). It fails if depth
// is outside [0, MaxDepth] or sizeLeaves > 2^depth.
func New(depth int, sizeLeaves uint64) (*Tree, error) {
	if err := checkDepth(depth); err != nil {
		return nil, err
	}
	if sizeLeaves > uint64(1)<<uint(depth) {
		return nil, fmt.Errorf("merkle: size %d leaves exceeds capacity 2^%d", sizeLeaves, depth)
	}
	if sizeLeaves > uint64(maxInt/LeafSize) {
		return nil, fmt.Errorf("merkle: size %d leaves too large for this platform", sizeLeaves)
	}
	t := &Tree{
		depth:     depth,
		size:      sizeLeaves,
		data:      make([]byte, sizeLeaves*LeafSize),
		levels:    make([][]common.Hash, depth+1),
		dirty:     make([][]uint64, depth+1),
		dirtyBits: make([][]uint64, depth+1),
		h:         newKeccak(),
	}
	for k := 1; k <= depth; k++ {
		n := nodesAt(sizeLeaves, k)
		lv := make([]common.Hash, n)
		for i := range lv {
			lv[i] = zeroHashes[k]
		}
		t.levels[k] = lv
		t.dirtyBits[k] = make([]uint64, (n+63)/64)
	}
	return t, nil
}

// FromBytes returns a tree of the given depth whose leaves are data split in
// 32-byte chunks, the last one zero-padded. The allocation is exactly
// ceil(len(data)/32) leaves. It fails if depth is outside [0, MaxDepth] or
// the data does not fit in 2^depth leaves.
func FromBytes(depth int, data []byte) (*Tree, error) {
	n := (uint64(len(data)) + LeafSize - 1) / LeafSize
	t, err := New(depth, n)
	if err != nil {
		return nil, err
	}
	copy(t.data, data)
	t.Invalidate(0, n)
	return t, nil
}

// Depth returns the depth d of the tree (it has 2^d leaves).
func (t *Tree) Depth() int { return t.depth }

// Size returns the number of allocated leaves. Leaves at or beyond Size are
// zero and are not stored.
func (t *Tree) Size() uint64 { return t.size }

// capLeaves returns 2^depth.
func (t *Tree) capLeaves() uint64 { return uint64(1) << uint(t.depth) }

// Leaf returns leaf i; it is zero if i is beyond the allocation or out of
// range.
func (t *Tree) Leaf(i uint64) [32]byte {
	var v [32]byte
	if i < t.size {
		copy(v[:], t.data[i*LeafSize:])
	}
	return v
}

// grow extends the allocation to newSize leaves (newSize <= 2^depth). The new
// leaves are zero, so every new cached node equals the zero hash of its level
// and cached nodes straddling the old boundary remain valid: nothing is hashed.
func (t *Tree) grow(newSize uint64) error {
	if newSize <= t.size {
		return nil
	}
	if newSize > t.capLeaves() {
		return fmt.Errorf("merkle: leaf %d out of range for depth %d", newSize-1, t.depth)
	}
	if newSize > uint64(maxInt/LeafSize) {
		return fmt.Errorf("merkle: size %d leaves too large for this platform", newSize)
	}
	old := t.size
	oldLen := int(old * LeafSize)
	newLen := int(newSize * LeafSize)
	t.data = slices.Grow(t.data, newLen-oldLen)[:newLen]
	clear(t.data[oldLen:])
	for k := 1; k <= t.depth; k++ {
		oldN, newN := nodesAt(old, k), nodesAt(newSize, k)
		if newN == oldN {
			continue
		}
		lv := slices.Grow(t.levels[k], int(newN-oldN))
		for i := oldN; i < newN; i++ {
			lv = append(lv, zeroHashes[k])
		}
		t.levels[k] = lv
		words := int((newN + 63) / 64)
		if bits := t.dirtyBits[k]; len(bits) < words {
			t.dirtyBits[k] = append(bits, make([]uint64, words-len(bits))...)
		}
	}
	t.size = newSize
	return nil
}

// markDirty records that the cached level-k node j (k >= 1) is stale.
func (t *Tree) markDirty(k int, j uint64) {
	w, b := j>>6, uint64(1)<<(j&63)
	bits := t.dirtyBits[k]
	if bits[w]&b != 0 {
		return
	}
	bits[w] |= b
	t.dirty[k] = append(t.dirty[k], j)
}

// SetLeaf sets leaf i to v, growing the allocation if needed. It fails, leaving
// the tree unchanged, if i >= 2^depth.
func (t *Tree) SetLeaf(i uint64, v [32]byte) error {
	if i >= t.capLeaves() {
		return fmt.Errorf("merkle: leaf %d out of range for depth %d", i, t.depth)
	}
	if i >= t.size {
		if err := t.grow(i + 1); err != nil {
			return err
		}
	}
	leaf := t.data[i*LeafSize : (i+1)*LeafSize]
	if bytes.Equal(leaf, v[:]) {
		return nil
	}
	copy(leaf, v[:])
	if t.depth > 0 {
		t.markDirty(1, i>>1)
	}
	return nil
}

// Data returns the backing bytes of the allocated leaves (length
// Size()*32), aliasing the tree's storage. After writing into it the caller
// must call Invalidate for the modified leaves before the next Root, Node or
// Proof. The slice is only valid until the allocation next grows.
func (t *Tree) Data() []byte { return t.data }

// Invalidate marks the leaves [fromLeaf, toLeaf) as modified through Data.
// The range is clipped to the allocated leaves; an empty range is a no-op.
func (t *Tree) Invalidate(fromLeaf, toLeaf uint64) {
	toLeaf = min(toLeaf, t.size)
	if fromLeaf >= toLeaf || t.depth == 0 {
		return
	}
	last := (toLeaf - 1) >> 1
	for j := fromLeaf >> 1; j <= last; j++ {
		t.markDirty(1, j)
	}
}

// WriteAt copies p into the tree's memory starting at byte offset off
// (leaf off/32, byte off%32), growing the allocation if needed. It fails,
// leaving the tree unchanged, if off+len(p) exceeds 2^depth*32 bytes.
func (t *Tree) WriteAt(off uint64, p []byte) error {
	end := off + uint64(len(p))
	if end < off || end > t.capLeaves()*LeafSize {
		return fmt.Errorf("merkle: write of %d bytes at offset %d out of range for depth %d", len(p), off, t.depth)
	}
	if len(p) == 0 {
		return nil
	}
	lastLeaf := (end + LeafSize - 1) / LeafSize // exclusive
	if err := t.grow(lastLeaf); err != nil {
		return err
	}
	copy(t.data[off:end], p)
	t.Invalidate(off/LeafSize, lastLeaf)
	return nil
}

// flush recomputes every stale cached node, bottom-up.
func (t *Tree) flush() {
	for k := 1; k <= t.depth; k++ {
		list := t.dirty[k]
		if len(list) == 0 {
			// Only level 1 is marked from outside; higher levels are only
			// marked while flushing the level below, so nothing is left.
			break
		}
		bits := t.dirtyBits[k]
		for _, j := range list {
			bits[j>>6] &^= uint64(1) << (j & 63)
			t.computeNode(k, j)
			if k < t.depth {
				t.markDirty(k+1, j>>1)
			}
		}
		t.dirty[k] = list[:0]
	}
}

// computeNode recomputes the cached level-k node j (k >= 1) from its
// children, which must be up to date.
func (t *Tree) computeNode(k int, j uint64) {
	l, r := 2*j, 2*j+1
	if k == 1 {
		copy(t.buf[:32], t.data[l*LeafSize:(l+1)*LeafSize])
		if r < t.size {
			copy(t.buf[32:], t.data[r*LeafSize:(r+1)*LeafSize])
		} else {
			clear(t.buf[32:])
		}
	} else {
		below := t.levels[k-1]
		copy(t.buf[:32], below[l][:])
		if r < uint64(len(below)) {
			copy(t.buf[32:], below[r][:])
		} else {
			copy(t.buf[32:], zeroHashes[k-1][:])
		}
	}
	hashInto(t.h, &t.levels[k][j], &t.buf)
}

// node returns the level-k node j of a flushed tree; (k, j) must be in range.
func (t *Tree) node(k int, j uint64) common.Hash {
	if k == 0 {
		return common.Hash(t.Leaf(j))
	}
	if lv := t.levels[k]; j < uint64(len(lv)) {
		return lv[j]
	}
	return zeroHashes[k]
}

// Root returns the root (the level-depth node), rehashing only stale nodes.
// For depth 0 it is leaf 0 itself.
func (t *Tree) Root() common.Hash {
	t.flush()
	return t.node(t.depth, 0)
}

// Node returns the node at (level, index), 0 <= level <= depth and
// index < 2^(depth-level); level 0 nodes are the raw leaves. It returns the
// zero hash for an out-of-range position.
func (t *Tree) Node(level int, index uint64) common.Hash {
	if level < 0 || level > t.depth || index>>uint(t.depth-level) != 0 {
		return common.Hash{}
	}
	t.flush()
	return t.node(level, index)
}

// Proof returns the bottom-up sibling list (length depth-level) proving the
// node at (level, index) against Root(). It returns nil for an out-of-range
// position.
func (t *Tree) Proof(level int, index uint64) []common.Hash {
	if level < 0 || level > t.depth || index>>uint(t.depth-level) != 0 {
		return nil
	}
	t.flush()
	proof := make([]common.Hash, t.depth-level)
	for k := level; k < t.depth; k++ {
		proof[k-level] = t.node(k, index^1)
		index >>= 1
	}
	return proof
}

// Clone returns a deep copy of the tree, independent of t afterwards.
func (t *Tree) Clone() *Tree {
	c := &Tree{
		depth:     t.depth,
		size:      t.size,
		data:      slices.Clone(t.data),
		levels:    make([][]common.Hash, len(t.levels)),
		dirty:     make([][]uint64, len(t.dirty)),
		dirtyBits: make([][]uint64, len(t.dirtyBits)),
		h:         newKeccak(),
	}
	for k := range t.levels {
		c.levels[k] = slices.Clone(t.levels[k])
		c.dirty[k] = slices.Clone(t.dirty[k])
		c.dirtyBits[k] = slices.Clone(t.dirtyBits[k])
	}
	return c
}
