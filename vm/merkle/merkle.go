package merkle

import (
	"hash"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/crypto/sha3"
)

// Mirrored function for function by contracts/src/vm/Merkle.sol (the mirror
// table is vm/mirror_test.go). The Go-only part is in tree.go (the cached
// tree).

const (
	// MaxDepth is the largest supported tree depth (2^40 leaves, 32 TiB).
	MaxDepth = 40
	// MaxZeroLevel is the highest level available from ZeroHash.
	MaxZeroLevel = 64
	// LeafSize is the size of a leaf in bytes.
	LeafSize = 32
)

// keccakState is a legacy Keccak-256 sponge that supports Read, which squeezes
// the digest without the copy and allocation performed by Sum.
type keccakState interface {
	hash.Hash
	Read([]byte) (int, error)
}

func newKeccak() keccakState {
	return sha3.NewLegacyKeccak256().(keccakState)
}

// hashInto sets *dst = keccak256(buf), using (and resetting) h.
func hashInto(h keccakState, dst *common.Hash, buf *[64]byte) {
	h.Reset()
	h.Write(buf[:])
	h.Read(dst[:])
}

// zeroHashes[k] is Z[k], see ZeroHash.
var zeroHashes = computeZeroHashes()

func computeZeroHashes() (z [MaxZeroLevel + 1]common.Hash) {
	h := newKeccak()
	var buf [64]byte
	for k := 1; k <= MaxZeroLevel; k++ {
		copy(buf[:32], z[k-1][:])
		copy(buf[32:], z[k-1][:])
		hashInto(h, &z[k], &buf)
	}
	return z
}

// ZeroHash returns Z[level]: Z[0] is 32 zero bytes and
// Z[k+1] = keccak256(Z[k] ‖ Z[k]). It is the value of every node at that
// level whose subtree contains only zero leaves. It panics if level is outside
// [0, MaxZeroLevel].
func ZeroHash(level int) common.Hash {
	return zeroHashes[level]
}

// HashPair returns keccak256(a ‖ b), the parent of left child a and right
// child b.
func HashPair(a, b common.Hash) common.Hash {
	var buf [64]byte
	copy(buf[:32], a[:])
	copy(buf[32:], b[:])
	var out common.Hash
	hashInto(newKeccak(), &out, &buf)
	return out
}

// ComputeRoot folds a bottom-up sibling list onto node, which sits at the
// given level and index, and returns the resulting root. At step s the bit s
// of index says whether the current node is a right child (1) or a left child
// (0). Only the low len(siblings) bits of index are used and level does not
// influence the result; Verify performs the well-formedness checks.
func ComputeRoot(node common.Hash, level int, index uint64, siblings []common.Hash) common.Hash {
	if len(siblings) == 0 {
		return node
	}
	h := newKeccak()
	var buf [64]byte
	cur := node
	for _, s := range siblings {
		if index&1 == 1 {
			copy(buf[:32], s[:])
			copy(buf[32:], cur[:])
		} else {
			copy(buf[:32], cur[:])
			copy(buf[32:], s[:])
		}
		hashInto(h, &cur, &buf)
		index >>= 1
	}
	return cur
}

// Verify reports whether siblings proves that node is the node at (level,
// index) of the tree with the given root. It returns false if level < 0,
// level+len(siblings) > MaxDepth, or index >= 2^len(siblings). The caller
// must separately check len(siblings) == depth-level for the expected depth.
func Verify(root, node common.Hash, level int, index uint64, siblings []common.Hash) bool {
	if level < 0 || level > MaxDepth || len(siblings) > MaxDepth-level {
		return false
	}
	if index>>uint(len(siblings)) != 0 {
		return false
	}
	return ComputeRoot(node, level, index, siblings) == root
}
