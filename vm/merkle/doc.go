// Package merkle implements the binary keccak256 Merkle tree that backs the
// memory of the OPML deterministic ML virtual machine.
//
// The semantics below are normative: the on-chain (Solidity) step verifier
// mirrors them bit for bit. merkle.go (hashing, zero hashes, proof folding
// and verification) is mirrored function for function by
// contracts/src/vm/Merkle.sol; tree.go (Tree) is Go-only (vm/doc.go).
//
// # Tree shape
//
// A tree has a fixed depth d with 0 <= d <= MaxDepth (40) and exactly 2^d
// leaves of 32 bytes each. Levels are numbered bottom-up: level 0 holds the
// leaves, level d holds the single root node. Level k has 2^(d-k) nodes,
// indexed from 0 (leftmost) to 2^(d-k)-1.
//
//   - Leaves are used raw as the level-0 nodes; they are NOT hashed.
//   - An internal node at level k+1, index j, is
//     keccak256(node(k, 2j) ‖ node(k, 2j+1)), i.e. the Keccak-256 (Ethereum
//     legacy padding, as in the EVM KECCAK256 opcode) of the 64-byte
//     concatenation of its left and right child. See HashPair.
//   - A leaf that was never written is 32 zero bytes.
//
// # Zero hashes
//
// Z[0] is 32 zero bytes and Z[k+1] = keccak256(Z[k] ‖ Z[k]); Z[k] is therefore
// the value of any level-k node whose subtree contains only zero leaves. The
// table is precomputed for levels 0..MaxZeroLevel (64); see ZeroHash.
//
// # Memory layout
//
// Byte offset o of the VM memory lives in leaf o/32 at byte position o%32 of
// that leaf: leaf i is simply bytes [32*i, 32*i+32) of the flat memory.
// FromBytes, WriteAt and Data use this layout.
//
// # Proofs
//
// The proof for the node at level L and index i is the list of its siblings
// bottom-up: siblings[0] is the sibling at level L, siblings[1] the sibling of
// its parent at level L+1, and so on, for a total length of d-L. To fold a
// proof (ComputeRoot), start with cur = node and idx = i and for each sibling
// s in order:
//
//	if idx&1 == 1 { cur = keccak256(s ‖ cur) } // cur is a right child
//	else          { cur = keccak256(cur ‖ s) } // cur is a left child
//	idx >>= 1
//
// The final cur is the root. Verify additionally rejects malformed input:
// level < 0, level+len(siblings) > MaxDepth, or an index that has bits set at
// or above position len(siblings) (index >= 2^len(siblings)), so that a given
// proof authenticates exactly one position. A verifier that knows the tree
// depth d must also check len(siblings) == d-level; Verify cannot do that for
// it because the depth is not among its arguments.
//
// # Tree implementation
//
// Tree stores the leaves of an allocated prefix [0, Size()) contiguously plus
// a cache of every internal node that covers at least one allocated leaf.
// Nodes lying entirely beyond the allocated prefix are never stored: their
// value is ZeroHash(level). The allocation grows automatically (never beyond
// 2^d leaves) when a write lands beyond it. Writes only mark the affected
// paths dirty; Root, Node and Proof rehash exactly the dirty internal nodes,
// so a single leaf write followed by Root costs d hashes and invalidating n
// contiguous leaves costs about n + d hashes.
//
// # Guarantees
//
//   - Determinism: every result is a pure function of the sequence of writes.
//     The package uses no floating point, goroutines, clocks, I/O,
//     randomness or order-dependent map iteration.
//   - Writes out of range (at or beyond 2^d leaves) return an error whose
//     message starts with "merkle: " and leave the tree unchanged; they never
//     panic.
//   - Reads out of range (Leaf, Node, Proof) return the zero value / nil
//     rather than panicking. ZeroHash panics for a level outside
//     [0, MaxZeroLevel], like any out-of-range table lookup.
//   - A Tree is NOT safe for concurrent use, not even for concurrent reads:
//     Root, Node and Proof may rehash dirty nodes and they share an internal
//     Keccak state and scratch buffer. Use Clone to obtain an independent copy.
//     The package-level functions (ZeroHash, HashPair, ComputeRoot, Verify)
//     are safe for concurrent use.
package merkle
