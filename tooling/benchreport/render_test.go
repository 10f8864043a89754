package benchreport

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/testkit/golden"
)

// TestRenderGolden renders the fixed report of testdata/report.json; the
// output must equal testdata/report.golden.md.
func TestRenderGolden(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "report.json"))
	require.NoError(t, err)
	var r Report
	require.NoError(t, json.Unmarshal(b, &r))
	got := Render(&r)
	golden.Check(t, filepath.Join("testdata", "report.golden.md"), got, "go test ./tooling/benchreport -update")
	require.Equal(t, got, Render(&r), "Render is deterministic")
}

// TestRenderStructure checks that every section is present whatever the
// figures, including missing ones.
func TestRenderStructure(t *testing.T) {
	for _, r := range []*Report{{}, {Quick: true, E2E: &E2E{Err: "boom"}}} {
		md := string(Render(r))
		for _, h := range []string{"## 1. VM execution", "## 2. Trace service", "## 3. Gas", "## 4. End to end",
			"## 5. Scaling", "## 6. Anchors", "## 7. ONNX conformance", "## 8. Completion model", "### Accuracy of the completion model", "### Whole completion dispute", "## Appendix"} {
			require.Contains(t, md, h)
		}
	}
	md := string(Render(&Report{E2E: &E2E{Err: "boom"}}))
	require.Contains(t, md, "The demo run failed: boom")
}

func TestDurAndHeadings(t *testing.T) {
	require.Equal(t, "42.8 µs", dur(42_830))
	require.Equal(t, "999 ns", dur(999))
	require.Equal(t, "1.50 s", dur(1.5e9))
	require.Equal(t, "–", dur(0))
	require.Equal(t, "2.50×", ratio(5, 2))
	require.Equal(t, "**A b**\ntext", demoteHeadings("### A b\ntext"))
	require.False(t, strings.Contains(demoteHeadings("#### x"), "#"))
}

// TestRenderArityText: the arity notes follow the figures.
func TestRenderArityText(t *testing.T) {
	r := &Report{Gas: Gas{MoveGoal: 80_000, Disputes: []DisputeRow{
		{LogN: 20, K: 4, Rounds: 10, MaxMove: 60_000, Claimant: 600, Challenger: 600},
		{LogN: 20, K: 16, Rounds: 5, MaxMove: 90_000, Claimant: 500, Challenger: 500},
	}}}
	md := string(Render(r))
	require.Contains(t, md, "the arity with the least summed total is **k = 16**")
	require.Contains(t, md, "within the move goal, **k = 4**")
	require.Contains(t, md, "**some move (90,000 gas) exceeds the goal**")
	require.NotContains(t, md, "Wider rounds")
	require.Contains(t, md, "| 2^20 | 1k (10) | **1k (5)** | 16 | 4 |")
}
