package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// anvilVersion is the anvil the Makefile installs (ANVIL_VERSION; pinned in
// tooling/anvil/package.json and its lockfile).
const anvilVersion = "1.7.1"

// anvilBinary finds anvil at $OPML_ANVIL or where `make tools` installs it,
// skipping the test if there is none (failing it if OPML_E2E_REQUIRE_ANVIL=1).
func anvilBinary(t *testing.T) string {
	t.Helper()
	p := os.Getenv("OPML_ANVIL")
	if p == "" {
		p = filepath.Join(moduleDir, "bin", "tools", "anvil-"+anvilVersion, "node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil")
	}
	if st, err := os.Stat(p); err != nil || st.IsDir() {
		msg := fmt.Sprintf("no anvil binary at %s (set OPML_ANVIL, or run make tools)", p)
		if os.Getenv("OPML_E2E_REQUIRE_ANVIL") == "1" {
			t.Fatal(msg + "; OPML_E2E_REQUIRE_ANVIL=1")
		}
		t.Skip(msg)
	}
	if out, err := exec.Command(p, "--version").Output(); err == nil {
		t.Logf("%s (%s)", strings.SplitN(strings.TrimSpace(string(out)), "\n", 2)[0], p)
	}
	return p
}

// StartAnvil starts Foundry's anvil on a free loopback port and deploys onto
// it with deployOn. Its prefunded test accounts are unlocked; the first funds
// the roles. Two flags make it behave like geth --dev here (docs/nodes.md,
// "A second EVM client"): --block-time 1 mines a block a second (without it
// anvil mines a block per transaction and none otherwise, so a claim's window
// would never pass on a quiet chain: the nodes judge time by the head block),
// and --enable-tx-gas-limit enforces Osaka's per-transaction gas cap
// (EIP-7825), which anvil 1.7.1 leaves off by default although it runs
// Osaka's successors (BPO1).
func StartAnvil(t *testing.T, arity int, models ...string) *Chain {
	t.Helper()
	bin := anvilBinary(t)
	logDir := t.TempDir()
	url, rc := startClient(t, "anvil", bin, logDir, func(httpPort int) []string {
		return []string{"--host", "127.0.0.1", "--port", strconv.Itoa(httpPort), "--block-time", "1", "--enable-tx-gas-limit"}
	})
	return deployOn(t, "anvil", url, rc, logDir, arity, models...)
}

// TestAnvil is the happy path against anvil: deploy, register the mlp
// model, request, an honest claim, finalization, the consumer receives.
func TestAnvil(t *testing.T) {
	t.Parallel()
	c := StartAnvil(t, 4, "mlp")
	happyMLP(c, RunOutput(t, filepath.Join(c.ModDir, "mlp.opml"), Input("mlp")))
}

// TestAnvilDispute is one dispute against anvil: a liar on the mlp model is
// disproven at one step by a challenger.
func TestAnvilDispute(t *testing.T) {
	t.Parallel()
	c := StartAnvil(t, 4, "mlp")
	c.Node("challenger", "challenger", "challenger")
	disputeMLP(c)
}
