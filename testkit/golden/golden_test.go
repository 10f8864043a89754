package golden

import (
	"os"
	"path/filepath"
	"testing"
)

// recorder captures Fatalf so a failing Check can be observed.
type recorder struct {
	testing.TB
	failed bool
	msg    string
}

func (r *recorder) Helper() {}
func (r *recorder) Fatalf(format string, args ...any) {
	r.failed = true
	r.msg = format
}

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "x.golden")
	r := &recorder{TB: t}
	Check(r, path, []byte("a"), "regen")
	if !r.failed {
		t.Fatal("missing file did not fail")
	}
	*update = true
	Check(t, path, []byte("a"), "regen")
	*update = false
	if b, err := os.ReadFile(path); err != nil || string(b) != "a" {
		t.Fatalf("update wrote %q, %v", b, err)
	}
	Check(t, path, []byte("a"), "regen")
	r = &recorder{TB: t}
	Check(r, path, []byte("b"), "regen")
	if !r.failed {
		t.Fatal("different content did not fail")
	}
}
