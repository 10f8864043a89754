package opml_test

import (
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The layering rules of the README's map ("Where things are"). Every
// production (non-test) Go file of the module may import, of opml's own
// packages, only what the rule of its folder allows. Tests (_test.go files),
// testkit/ and e2e/ may import anything. Build tags are ignored: a file
// excluded from every build still has to follow the rules.

const module = "github.com/opml-dev/opml"

// layer is one row of the map: the folders it covers (the longest matching
// prefix wins) and the folders its production code may import.
type layer struct {
	name    string
	folders []string
	imports []string // folder prefixes; "*" is every production folder
}

var layers = []layer{
	{"vm", []string{"vm"}, []string{"vm"}},
	{"pipeline", []string{"pipeline"}, []string{"vm", "pipeline"}},
	{"contracts", []string{"contracts"}, []string{"vm", "contracts"}},
	{"infra", []string{"infra"}, []string{"infra"}},
	{"node", []string{"node"}, []string{"vm", "contracts", "infra", "node", "pipeline/modelcard"}},
	{"node/launch", []string{"node/launch"}, []string{"vm", "contracts", "infra", "node", "pipeline/modelcard", "submitter", "challenger"}},
	{"services", []string{"submitter", "challenger"}, []string{"vm", "contracts", "infra", "node"}},
	{"explorer", []string{"explorer"}, []string{"vm", "contracts", "infra", "node", "pipeline/modelcard"}},
	{"fixtures", []string{"fixtures"}, []string{"vm", "pipeline", "fixtures"}},
	{"tooling", []string{"tooling"}, []string{"*"}},
	{"cmd", []string{"cmd"}, []string{"*"}},
	{"testkit", []string{"testkit"}, []string{"*", "testkit"}},
	{"e2e", []string{"e2e"}, []string{"*", "testkit"}},
}

// testSupport are the packages only tests, testkit/ and e2e/ may import:
// testkit/ itself and the generated bindings of the test contracts. (The
// ONNX graph builder pipeline/onnx/onnxbuild is production code: the
// language model's exporter, pipeline/lm, writes with it.)
var testSupport = []string{"testkit", "contracts/testbindings"}

// onlyImportedBy restricts who may import a folder, whatever the importer's
// own rule says: tooling serves the CLI (and other tooling), and the
// generated bindings are wrapped by the contract-facing layer
// (contracts/arbiter: typed readers, calldata, events and reverts), which
// everything outside contracts/ uses instead.
var onlyImportedBy = map[string][]string{
	"tooling":            {"tooling", "cmd"},
	"contracts/bindings": {"contracts"},
}

func under(path, folder string) bool {
	return path == folder || strings.HasPrefix(path, folder+"/")
}

// layerOf returns the rule of the folder holding dir (relative, slash-
// separated), by longest prefix.
func layerOf(dir string) (layer, bool) {
	var best layer
	bestLen := -1
	for _, l := range layers {
		for _, f := range l.folders {
			if under(dir, f) && len(f) > bestLen {
				best, bestLen = l, len(f)
			}
		}
	}
	return best, bestLen >= 0
}

func isTestSupport(pkg string) bool {
	for _, f := range testSupport {
		if under(pkg, f) {
			return true
		}
	}
	return false
}

// checkImport returns why file (in folder dir) may not import pkg (both
// relative to the module), or "".
func checkImport(dir, pkg string, test bool) string {
	if test {
		return ""
	}
	l, ok := layerOf(dir)
	if !ok {
		return fmt.Sprintf("folder %s is in no layer of the map (add it to the README and to layers)", dir)
	}
	if isTestSupport(pkg) && !isTestSupport(dir) && l.name != "e2e" {
		return fmt.Sprintf("production code imports the test-support package %s", pkg)
	}
	for folder, importers := range onlyImportedBy {
		if !under(pkg, folder) {
			continue
		}
		allowed := false
		for _, imp := range importers {
			allowed = allowed || under(dir, imp)
		}
		if !allowed {
			return fmt.Sprintf("%s may only be imported by %s", folder, strings.Join(importers, ", "))
		}
	}
	for _, allowed := range l.imports {
		if allowed == "*" && !isTestSupport(pkg) || allowed != "*" && under(pkg, allowed) {
			return ""
		}
	}
	return fmt.Sprintf("layer %s may import only %s", l.name, strings.Join(l.imports, ", "))
}

// violations walks the module rooted at root and returns one line per
// import that breaks the rules, and the number of Go files read.
func violations(t *testing.T, root string) ([]string, int) {
	fset := token.NewFileSet()
	var bad []string
	files := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (name == "testdata" || name == "node_modules" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") {
			return nil
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		dir := filepath.ToSlash(filepath.Dir(rel))
		if dir == "." {
			return nil // this test
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		files++
		for _, imp := range f.Imports {
			p, err := strconv.Unquote(imp.Path.Value)
			if err != nil {
				return err
			}
			if p != module && !strings.HasPrefix(p, module+"/") {
				continue
			}
			pkg := strings.TrimPrefix(strings.TrimPrefix(p, module), "/")
			if why := checkImport(dir, pkg, strings.HasSuffix(name, "_test.go")); why != "" {
				bad = append(bad, fmt.Sprintf("%s imports %s: %s", filepath.ToSlash(rel), pkg, why))
			}
		}
		return nil
	})
	require.NoError(t, err)
	sort.Strings(bad)
	return bad, files
}

func TestLayering(t *testing.T) {
	bad, files := violations(t, ".")
	require.Greater(t, files, 200, "the walk found too few Go files")
	require.Empty(t, bad, "imports across the layering rules (README, \"Where things are\"):\n%s", strings.Join(bad, "\n"))
}

// TestLayeringRules makes sure the rules can fail, and allow what the map
// says.
func TestLayeringRules(t *testing.T) {
	for _, tc := range []struct {
		dir, pkg string
		test     bool
		want     string // substring of the reason; "" for allowed
	}{
		{"vm/ops", "vm/fixedpoint", false, ""},
		{"vm", "contracts/arbiter", false, "layer vm may import only vm"},
		{"vm", "testkit/golden", true, ""},
		{"pipeline/quantize", "vm/model", false, ""},
		{"pipeline/quantize", "node", false, "layer pipeline"},
		{"infra/txmgr", "infra/nodestore", false, ""},
		{"infra/txmgr", "contracts/arbiter", false, "layer infra may import only infra"},
		{"node", "infra/txmgr", false, ""},
		{"node", "submitter", false, "layer node"},
		{"node/launch", "challenger", false, ""},
		{"node/launch", "tooling/deployment", false, "tooling may only be imported by tooling, cmd"},
		{"challenger", "node/dispute", false, ""},
		{"submitter", "challenger", false, "layer services"},
		{"tooling/devnet", "testkit/simchain", false, "test-support package testkit/simchain"},
		{"tooling/demo", "tooling/devnet", false, ""},
		{"tooling/demo", "node/launch", false, ""},
		{"tooling/loadgen", "tooling/demo", false, ""},
		{"tooling/loadgen", "node/launch", false, ""},
		{"node/launch", "tooling/loadgen", false, "tooling may only be imported by tooling, cmd"},
		{"pipeline/lm", "pipeline/onnx/onnxbuild", false, ""},
		{"vm", "pipeline/onnx/onnxbuild", false, "layer vm may import only vm"},
		{"cmd/opml", "contracts/testbindings", false, "test-support"},
		{"cmd/opml", "tooling/benchreport", false, ""},
		{"fixtures", "pipeline/modelcard", false, ""},
		{"fixtures", "tooling/demo", false, "tooling may only be imported"},
		{"testkit/nodetest", "testkit/simchain", false, ""},
		{"testkit/nodetest", "tooling/deployment", false, "tooling may only be imported"},
		{"e2e", "testkit/opmlbin", false, ""},
		{"scripts", "vm", false, "in no layer"},
		{"contracts/verifier", "contracts/bindings", false, ""},
		{"contracts/arbiter", "contracts/bindings", false, ""},
		{"node/dispute", "contracts/bindings", false, "contracts/bindings may only be imported by contracts"},
		{"tooling/demo", "contracts/bindings", false, "contracts/bindings may only be imported by contracts"},
		{"testkit/nodetest", "contracts/bindings", false, "contracts/bindings may only be imported by contracts"},
		{"node/dispute", "contracts/bindings", true, ""},
		{"node/dispute", "contracts/arbiter", false, ""},
	} {
		got := checkImport(tc.dir, tc.pkg, tc.test)
		if tc.want == "" {
			require.Empty(t, got, "%s -> %s", tc.dir, tc.pkg)
		} else {
			require.Contains(t, got, tc.want, "%s -> %s", tc.dir, tc.pkg)
		}
	}
}
