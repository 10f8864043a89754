// Package testlog routes hclog loggers to a test's log (t.Log), the way
// every opml test gives loggers to the code under test: output appears with
// the test that produced it, and only for failing or -v runs.
//
// Guarantees: safe for concurrent use, like testing.TB.Log. Test-only.
package testlog

import (
	"strings"
	"testing"

	"github.com/hashicorp/go-hclog"
)

type writer struct{ t testing.TB }

func (w writer) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// New returns a logger named name at level that writes to t.Log.
func New(t testing.TB, name string, level hclog.Level) hclog.Logger {
	return hclog.New(&hclog.LoggerOptions{Name: name, Output: writer{t}, Level: level})
}
