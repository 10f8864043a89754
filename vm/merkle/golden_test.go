package merkle

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opml-dev/opml/testkit/golden"
)

// TestZeroHashesGolden pins the zero-hash table the Solidity verifier will
// embed, and the root and a proof of a small known tree.
func TestZeroHashesGolden(t *testing.T) {
	var b strings.Builder
	for lvl := 0; lvl <= MaxZeroLevel; lvl++ {
		fmt.Fprintf(&b, "Z[%d] %s\n", lvl, ZeroHash(lvl).Hex())
	}
	data := make([]byte, 5*LeafSize)
	for k := range data {
		data[k] = byte(k)
	}
	tr, err := FromBytes(4, data)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(&b, "root(depth 4, leaves 0x00..0x9f) %s\n", tr.Root().Hex())
	for k, h := range tr.Proof(0, 3) {
		fmt.Fprintf(&b, "proof(leaf 3)[%d] %s\n", k, h.Hex())
	}
	golden.Check(t, filepath.Join("testdata", "hashes.golden"), []byte(b.String()), "go test ./vm/merkle -update")
}
