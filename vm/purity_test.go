package vm

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The VM must be integer-only and deterministic on every platform: no
// floating point, no clocks, randomness, goroutines, synchronisation, I/O,
// reflection or unsafe memory, and no maps (whose iteration order is
// random). purityCheck enforces this syntactically on every non-test Go
// file under vm/.

// purityForbidden lists forbidden import paths; a path is also forbidden
// under any of them ("net" forbids "net/http"). "math" forbids its
// subpackages except math/bits.
var purityForbidden = []string{
	"math", "math/rand", "math/rand/v2", "crypto/rand", "os", "io/ioutil", "net", "net/http",
	"time", "sync", "syscall", "unsafe", "runtime", "reflect", "plugin", "os/exec",
}

var purityAllowed = map[string]bool{"math/bits": true}

var purityFloatTypes = map[string]bool{"float32": true, "float64": true, "complex64": true, "complex128": true}

// purityCheck returns one message per violation in f.
func purityCheck(fset *token.FileSet, f *ast.File) []string {
	var out []string
	report := func(n ast.Node, format string, args ...any) {
		out = append(out, fset.Position(n.Pos()).String()+": "+fmt.Sprintf(format, args...))
	}
	for _, imp := range f.Imports {
		path, err := strconv.Unquote(imp.Path.Value)
		if err != nil {
			report(imp, "unparsable import %s", imp.Path.Value)
			continue
		}
		if purityAllowed[path] {
			continue
		}
		for _, p := range purityForbidden {
			if path == p || strings.HasPrefix(path, p+"/") {
				report(imp, "forbidden import %q", path)
				break
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			if purityFloatTypes[n.Name] {
				report(n, "floating-point type %s", n.Name)
			}
		case *ast.BasicLit:
			if n.Kind == token.FLOAT || n.Kind == token.IMAG {
				report(n, "floating-point literal %s", n.Value)
			}
		case *ast.GoStmt:
			report(n, "go statement")
		case *ast.MapType:
			report(n, "map type")
		case *ast.ChanType:
			report(n, "channel type")
		case *ast.SelectStmt:
			report(n, "select statement")
		}
		return true
	})
	return out
}

func TestPurity(t *testing.T) {
	fset := token.NewFileSet()
	files := 0
	var bad []string
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != "." && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") || strings.HasPrefix(d.Name(), "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		files++
		bad = append(bad, purityCheck(fset, f)...)
		return nil
	})
	require.NoError(t, err)
	require.GreaterOrEqual(t, files, 15, "the walk found too few VM source files")
	require.Empty(t, bad, "the VM must stay integer-only and deterministic:\n%s", strings.Join(bad, "\n"))
}

// TestPurityCheckerReports makes sure the checker can fail.
func TestPurityCheckerReports(t *testing.T) {
	const src = `package p

import (
	"math"
	"math/bits"
	"math/big"
	"time"
	"sync/atomic"
	r "math/rand/v2"
)

var x float64
var c = complex128(1)
var y = 1.5
var m map[string]int

func f() {
	go func() {}()
	_ = time.Now()
	_ = math.Pi
	_ = bits.Len(1)
	_ = r.Int()
	_ = big.NewInt(1)
	var a atomic.Int32
	_ = a
	ch := make(chan int)
	select {
	case <-ch:
	}
	_ = float32(x)
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	require.NoError(t, err)
	got := strings.Join(purityCheck(fset, f), "\n")
	for _, want := range []string{
		`forbidden import "math"`,
		`forbidden import "math/big"`,
		`forbidden import "time"`,
		`forbidden import "sync/atomic"`,
		`forbidden import "math/rand/v2"`,
		"floating-point type float64",
		"floating-point type complex128",
		"floating-point type float32",
		"floating-point literal 1.5",
		"map type",
		"go statement",
		"channel type",
		"select statement",
	} {
		require.Contains(t, got, want)
	}
	require.NotContains(t, got, `"math/bits"`)

	clean, err := parser.ParseFile(fset, "q.go", "package q\n\nimport \"math/bits\"\n\nfunc g(x uint64) int { return bits.Len64(x) + 1<<3 }\n", 0)
	require.NoError(t, err)
	require.Empty(t, purityCheck(fset, clean))
}
