package conformance

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/opml-dev/opml/testkit/golden"
)

// The suites in the table: the node tests first (the headline), then the
// models converted from PyTorch (opset ≤ 6).
var suites = []string{"node", "pytorch-converted", "pytorch-operator"}

const regen = "make onnx-conformance"

// TestConformance regenerates docs/onnx-conformance.md from the test data
// and fails if it differs from the committed file, or if any test fails
// (accepted but wrong) other than those listed in
// testdata/known-failures.txt, which must list exactly the failing tests.
// The whole run takes about a second, so -short runs all of it.
func TestConformance(t *testing.T) {
	if _, err := os.Stat(filepath.Join(DataDir, "node")); err != nil {
		t.Skipf("ONNX backend test data not installed (%v): apt-get install libonnx-testdata", err)
	}
	var all []*Suite
	for _, name := range suites {
		s, err := RunSuite(DataDir, name)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, s)
	}
	// The table is generated and compared on amd64: the float reference
	// that calibrates may differ in its last bits elsewhere (docs/
	// quantization.md, Determinism), which could move a printed error.
	if runtime.GOARCH == "amd64" {
		golden.Check(t, filepath.Join("..", "..", "..", "docs", "onnx-conformance.md"), Markdown(all), regen)
	}

	// The goal (issue 14, BENCHMARKS.md): at least 150 of the node tests
	// with one float input and one float output pass.
	simplePassed := 0
	for _, r := range all[0].Results {
		if r.Simple && r.Outcome == Passed {
			simplePassed++
		}
	}
	if all[0].Name != "node" || simplePassed < GoalSimplePassed {
		t.Errorf("%s: %d of the one-float-input, one-float-output tests pass, want at least %d", all[0].Name, simplePassed, GoalSimplePassed)
	}

	known := readKnownFailures(t, filepath.Join("testdata", "known-failures.txt"))
	var failing []string
	for _, s := range all {
		for _, r := range s.Results {
			if r.Outcome == Failed {
				failing = append(failing, s.Name+"/"+r.Test)
				if _, ok := known[s.Name+"/"+r.Test]; !ok {
					t.Errorf("%s/%s: accepted but wrong: %s", s.Name, r.Test, r.Reason)
				}
			}
		}
	}
	for name := range known {
		if !slices.Contains(failing, name) {
			t.Errorf("testdata/known-failures.txt lists %s, which no longer fails: remove it", name)
		}
	}
}

// readKnownFailures reads "suite/test: reason" lines; blank lines and
// lines starting with # are comments.
func readKnownFailures(t *testing.T, path string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, ok := strings.Cut(line, ": ")
		if !ok || strings.TrimSpace(reason) == "" {
			t.Fatalf("%s: %q: want \"suite/test: reason\"", path, line)
		}
		if _, dup := known[name]; dup {
			t.Fatalf("%s: %s listed twice", path, name)
		}
		known[name] = reason
	}
	return known
}
