// Package opmlbin builds the opml command for tests that run it as a
// separate process (the crash test, the e2e suite). Build is safe for
// concurrent use within one process; each call builds into its own
// directory, so callers share a result with a sync.Once of their own.
package opmlbin

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// ModuleRoot walks up from the working directory to the directory holding
// go.mod.
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("opmlbin: no go.mod above the working directory")
		}
		dir = parent
	}
}

// Build runs `go build ./cmd/opml` from the module root into a new
// temporary directory and returns the binary's path and the directory (the
// caller removes it).
func Build() (bin, dir string, err error) {
	root, err := ModuleRoot()
	if err != nil {
		return "", "", err
	}
	// go test puts the go command of the running toolchain first on the
	// PATH of test binaries, so this is the go that built the test.
	goTool, err := exec.LookPath("go")
	if err != nil {
		return "", "", fmt.Errorf("opmlbin: the go command is not on PATH: %w", err)
	}
	if dir, err = os.MkdirTemp("", "opml-bin-"); err != nil {
		return "", "", fmt.Errorf("opmlbin: %w", err)
	}
	bin = filepath.Join(dir, "opml")
	cmd := exec.Command(goTool, "build", "-o", bin, "./cmd/opml")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		_ = os.RemoveAll(dir)
		return "", "", fmt.Errorf("opmlbin: go build ./cmd/opml: %v\n%s", err, out)
	}
	return bin, dir, nil
}
