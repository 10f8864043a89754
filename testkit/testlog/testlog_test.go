package testlog_test

import (
	"testing"

	"github.com/hashicorp/go-hclog"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/testkit/testlog"
)

type recorder struct {
	testing.TB
	lines []string
}

func (r *recorder) Log(args ...any) {
	for _, a := range args {
		r.lines = append(r.lines, a.(string))
	}
}

func TestRoutesToTestLog(t *testing.T) {
	r := &recorder{TB: t}
	l := testlog.New(r, "node", hclog.Info)
	l.Info("hello", "k", 1)
	l.Debug("hidden")
	require.Len(t, r.lines, 1)
	require.Contains(t, r.lines[0], "node: hello: k=1")
	require.NotContains(t, r.lines[0], "\n")
}
