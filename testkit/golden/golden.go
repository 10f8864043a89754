package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// update is the -update flag of every test binary that uses this package.
var update = flag.Bool("update", false, "rewrite golden files instead of comparing with them")

// Updating reports whether the test binary runs with -update.
func Updating() bool { return *update }

// Check compares want with the file at path; under -update it writes want
// to path (creating directories) instead. regen names the command that
// regenerates the file, for the failure message.
func Check(t testing.TB, path string, want []byte, regen string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatalf("golden: %v", err)
		}
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatalf("golden: %v", err)
		}
		return
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden: %v (run `%s` to create it)", err, regen)
	}
	if !bytes.Equal(want, got) {
		t.Fatalf("golden: %s differs from the generated output; run `%s` if the change is intended", path, regen)
	}
}
