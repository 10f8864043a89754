package vm

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The mirror table: which Go file of the VM the Solidity step verifier
// mirrors in which Solidity file, function for function (docs/spec.md §1.4,
// the convention in doc.go). TestMirror checks it against the sources, so
// that neither side can grow, lose or rename a function without the table
// saying so:
//
//   - every .sol file under contracts/src/vm is the twin of exactly one Go
//     file, or is listed in solDispatchOnly;
//   - every non-test Go file under vm/ is mirrored, or is listed in
//     goOnlyFiles, or is a doc.go, or is an X_offchain.go beside a mirrored
//     X.go (the Go-only part of X.go);
//   - every Solidity function (library and contract functions, private ones
//     included) has a Go counterpart in its twin, and every Go function,
//     method and interface method of a mirrored file has a Solidity
//     counterpart, by name (ignoring case and a leading underscore; a Go method of type T matches a function of the
//     Solidity library or contract named T, or the one `types` maps T to; a
//     Go function matches a function of any library of the twin), unless the
//     table lists it in twins (renamed, inlined or split), goOnly or solOnly,
//     each with its reason. String methods are display only and exempt;
//   - every table entry names something that exists (no stale entries), and
//     each side's file names the other in its header comment.
//
// Extending it: a new Solidity file that holds mirrored functions joins the
// `sol` list of its Go file's entry; a Solidity file that holds only
// deployment plumbing (the StepVerifier dispatcher, an op family contract
// that completes StepCore with its opcodes' kernels) goes into
// solDispatchOnly with a sentence saying so.

// mirror is one Go file and the Solidity file(s) that mirror it.
type mirror struct {
	goFile string   // relative to the repository root
	sol    []string // relative to contracts/src/vm
	// types maps a Go receiver or interface type to the Solidity library or
	// contract that holds the twins of its methods, where their names differ
	// beyond case (gemm and Gemm need no entry).
	types map[string]string
	// twins lists, for a Go declaration ("Func", "Type.Method") whose
	// Solidity counterpart has another name, is inlined into another function
	// or is split in two, the Solidity functions ("Library.function",
	// space-separated, in any file of the table) that hold it.
	twins map[string]string
	// goOnly: declarations without an onchain twin that stay beside the code
	// they serve, and why.
	goOnly map[string]string
	// solOnly: Solidity functions without a Go function, and why.
	solOnly map[string]string
}

const solDir = "contracts/src/vm"

// descCanonical is where Solidity checks the canonical zero rule (V2) that
// Go's per-op canonical methods express: one byte mask per op.
const descCanonical = "DescLib.canonical"

var mirrors = []mirror{
	{
		goFile: "vm/fixedpoint/fixedpoint.go", sol: []string{"FixedPoint.sol"},
		solOnly: map[string]string{"FixedPoint.wrap32": "Go's int32 arithmetic wraps by itself (the +₃₂ of spec §1.3)"},
	},
	{
		goFile: "vm/merkle/merkle.go", sol: []string{"Merkle.sol"},
		goOnly: map[string]string{
			"keccakState.Read":  "Keccak-256 plumbing: the EVM has the keccak256 opcode",
			"newKeccak":         "Keccak-256 plumbing: the EVM has the keccak256 opcode",
			"hashInto":          "Keccak-256 plumbing: the EVM has the keccak256 opcode",
			"computeZeroHashes": "the table behind ZeroHash; Merkle.zeroHash hashes level by level",
		},
	},
	{
		goFile: "vm/model/header.go", sol: []string{"Header.sol"},
		types: map[string]string{"Header": "ModelHeader"},
		twins: map[string]string{"DecodeHeader": "ModelHeader.decode", "Header.checkInput": "ModelHeader.validate"},
	},
	{
		goFile: "vm/state.go", sol: []string{"State.sol"},
		types: map[string]string{"State": "VMState"},
		twins: map[string]string{
			"DecodeState": "VMState.decode",
			"State.Hash":  "VMState.hash VMState.hashEncoded",
		},
	},
	{
		goFile: "vm/witness.go", sol: []string{"Witness.sol"},
		twins: map[string]string{
			"DecodeWitness":   "WitnessLib.decode",
			"headerDepths":    "WitnessLib.decode",
			"depths.proofLen": "WitnessLib.decode MemLib.next",
			"reader.take":     "WitnessLib.decode",
			"reader.byte":     "WitnessLib._byteAt",
			"reader.hash":     "WitnessLib.decode",
			"reader.hashes":   "WitnessLib.decode",
		},
		solOnly: map[string]string{
			"WitnessLib.op":      "a calldata view of the decoded witness; Go's Witness holds the bytes",
			"WitnessLib.opProof": "a calldata view of the decoded witness; Go's Witness holds the bytes",
			"WitnessLib.slice":   "a calldata view of the decoded witness; Go's Witness holds the bytes",
		},
	},
	{
		goFile: "vm/errors.go", sol: []string{"Errors.sol"},
		goOnly: map[string]string{
			"Reasons":                "the Go error value (Solidity reverts with the custom error itself)",
			"Reason.valid":           "the Go error value (Solidity reverts with the custom error itself)",
			"Reason.ArgNames":        "the Go error value (Solidity reverts with the custom error itself)",
			"reject":                 "the Go error value (Solidity reverts with the custom error itself)",
			"RejectError.withDetail": "the Go error value (Solidity reverts with the custom error itself)",
			"RejectError.Error":      "the Go error value (Solidity reverts with the custom error itself)",
			"RejectError.Is":         "the Go error value (Solidity reverts with the custom error itself)",
		},
	},
	{
		// StepCore is the step function every op family contract runs
		// (spec §7.5); its three virtual hooks are the kernel table's
		// dispatch (vm/ops/kernel.go's entry names them).
		goFile: "vm/step.go", sol: []string{"StepCore.sol"},
		types: map[string]string{"State": "StepCore"},
		twins: map[string]string{"Step": "StepCore.step StepCore.stepState StepCore._step"},
	},
	{
		goFile: "vm/mem.go", sol: []string{"ops/Mem.sol"},
		types: map[string]string{"witnessMem": "MemLib"},
		twins: map[string]string{
			"newWitnessMem":        "MemLib.init",
			"witnessMem.UpdateRAM": "MemLib.updateRAM MemLib.commitRAM",
		},
	},
	{
		goFile: "vm/ops/tensor.go", sol: []string{"ops/Tensor.sol"},
		types: map[string]string{"Tensor": "TensorLib", "DType": "TensorLib"},
		twins: map[string]string{
			"DType.Size":   "TensorLib.dtypeSize TensorLib.elemSize",
			"getTensor":    "TensorLib.decodeInto",
			"DecodeTensor": "TensorLib.decode",
			"ceilDiv":      "TensorLib.rowLeaves Kernel.chanParamsLeaves",
		},
	},
	{
		goFile: "vm/ops/desc.go", sol: []string{"ops/Desc.sol"},
		types: map[string]string{"Desc": "DescLib"},
		twins: map[string]string{
			"Desc.Tensors": "DescLib.validate",
			// Rules V1-V3 in DescLib.validate; the op's own rules (V4,
			// through the kernel hook) and the schedule bound (V5) in
			// StepCore._validate, since only a family knows its kernels.
			"Desc.Validate": "DescLib.validate StepCore._validate",
		},
		goOnly: map[string]string{"invalid": "builds the Go error; DescLib returns false"},
	},
	{
		goFile: "vm/ops/kernel.go", sol: []string{"ops/Kernel.sol"},
		types: map[string]string{"Desc": "Kernel"},
		twins: map[string]string{
			"Mem.ROM":          "MemLib.rom",
			"Mem.RAM":          "MemLib.ram",
			"Mem.UpdateRAM":    "MemLib.updateRAM MemLib.commitRAM",
			"kernel.canonical": descCanonical,
			// The kernel table is, onchain, each op family contract's
			// override of StepCore's three hooks (families/*.sol).
			"kernelOf":        "StepCore._kernelValidate StepCore._schedule StepCore._kernelStep",
			"kernel.validate": "StepCore._kernelValidate",
			"kernel.schedule": "StepCore._schedule",
			"kernel.step":     "StepCore._kernelStep",
			"Desc.Schedule":   "StepCore._schedule",
			// J(i) of a ragged op: StepCore's fourth hook, J by default,
			// overridden by the families of ragged ops.
			"Desc.IterLen":   "StepCore._iterLen",
			"ragged.iterLen": "StepCore._iterLen",
			"Desc.Step":      "StepCore._kernelStep",
			"getChanParams":  "Kernel.chanParams",
		},
		solOnly: map[string]string{
			"Kernel.getAcc": "Go indexes the Acc array (its int32 lanes wrap by themselves)",
			"Kernel.setAcc": "Go indexes the Acc array (its int32 lanes wrap by themselves)",
			"Kernel.lane":   "Go indexes the leaf's bytes",
		},
	},
	{
		goFile: "vm/ops/gemm.go", sol: []string{"ops/Gemm.sol"},
		twins: map[string]string{
			"dotCanonical":     descCanonical,
			"gemm.canonical":   descCanonical,
			"conv2d.canonical": descCanonical,
			"writeLane":        "Kernel.setLane",
			"gemmDims":         "Gemm.dims",
			"convChunks":       "Conv2D.chunks",
		},
	},
	{
		goFile: "vm/ops/pool.go", sol: []string{"ops/Pool.sol"},
		twins: map[string]string{
			"pool.canonical": descCanonical,
			"windowCount":    "Pool.windowCount Pool._span",
		},
	},
	{
		goFile: "vm/ops/elementwise.go", sol: []string{"ops/Elementwise.sol"},
		twins: map[string]string{
			"relu.canonical": descCanonical,
			"add.canonical":  descCanonical,
			"reluLanes":      "ReLU.step",
		},
	},
	{
		goFile: "vm/ops/reshape.go", sol: []string{"ops/Reshape.sol"},
		twins: map[string]string{"reshape.canonical": descCanonical},
	},
	{
		goFile: "vm/ops/binary.go", sol: []string{"ops/Binary.sol"},
		twins: map[string]string{
			"mul.canonical":    descCanonical,
			"minmax.canonical": descCanonical,
		},
	},
	{
		goFile: "vm/ops/matmul.go", sol: []string{"ops/MatMul.sol"},
		twins: map[string]string{"matmul.canonical": descCanonical},
	},
	{
		goFile: "vm/ops/lut.go", sol: []string{"ops/Lut.sol"},
		twins: map[string]string{"lut.canonical": descCanonical},
	},
	{
		goFile: "vm/ops/gather.go", sol: []string{"ops/Gather.sol"},
		twins: map[string]string{"gather.canonical": descCanonical},
	},
	{
		goFile: "vm/ops/embed.go", sol: []string{"ops/Embed.sol"},
		twins: map[string]string{"embed.canonical": descCanonical},
	},
	{
		goFile: "vm/ops/norm.go", sol: []string{"ops/Norm.sol"},
		twins: map[string]string{"norm.canonical": descCanonical},
	},
	{
		goFile: "vm/ops/rope.go", sol: []string{"ops/Rope.sol"},
		twins: map[string]string{"rope.canonical": descCanonical},
	},
	{
		goFile: "vm/ops/glumul.go", sol: []string{"ops/GluMul.sol"},
		twins: map[string]string{"glumul.canonical": descCanonical},
	},
	{
		goFile: "vm/ops/softmax.go", sol: []string{"ops/Softmax.sol"},
		twins: map[string]string{
			"softmax.canonical": descCanonical,
			"argmax.canonical":  descCanonical,
			"maxLanes":          "Softmax.step",
			"argmaxLanes":       "Argmax.step",
			"putIndex":          "Argmax.step",
		},
	},
}

// goOnlyFiles are the Go files of the VM without an onchain twin (besides
// the X_offchain.go files, Go-only by name).
var goOnlyFiles = map[string]string{
	"vm/trace.go":             "Trace: the fast run with checkpoints, StateAt and ProveStep (spec §8)",
	"vm/execute.go":           "Execute: the fast path without trees (evaluation, benchmarks)",
	"vm/input.go":             "the input and output layout and the initial state (arbiter/Commitments.sol mirrors InputRoot and InitialState)",
	"vm/stepvector.go":        "the step-vector record of the golden vectors and `opml run --prove`",
	"vm/merkle/tree.go":       "the cached Merkle tree holding RAM and the weights",
	"vm/model/model.go":       "the model file, the program and weights trees and their proofs (spec §3.6)",
	"vm/model/builder.go":     "the model builder",
	"vm/complete/complete.go": "greedy decoding on a completion model over the fast path (opml generate)",
}

// solDispatchOnly are the Solidity files under contracts/src/vm that hold
// only deployment plumbing, no step semantics of their own.
var solDispatchOnly = map[string]string{
	"StepVerifier.sol": "the dispatcher: forwards each step to the op family contract of its opcode (spec §7.5)",
	"families/GemmFamily.sol": "StepCore completed with the kernel table restricted to Gemm and Conv2D, " +
		"deployed as one contract (spec §7.5)",
	"families/PoolFamily.sol": "StepCore completed with the kernel table restricted to MaxPool2D and AvgPool2D, " +
		"deployed as one contract (spec §7.5)",
	"families/ElementwiseFamily.sol": "StepCore completed with the kernel table restricted to ReLU, Add and Lut, " +
		"deployed as one contract (spec §7.5)",
	"families/ReshapeFamily.sol": "StepCore completed with the kernel table restricted to Reshape and Gather, " +
		"deployed as one contract (spec §7.5)",
	"families/SoftmaxFamily.sol": "StepCore completed with the kernel table restricted to Softmax and Argmax, " +
		"deployed as one contract (spec §7.5)",
	"families/AttentionFamily.sol": "StepCore completed with the kernel table restricted to MatMul, " +
		"deployed as one contract (spec §7.5)",
	"families/NormFamily.sol": "StepCore completed with the kernel table restricted to Norm and Rope, " +
		"deployed as one contract (spec §7.5)",
	"families/LookupFamily.sol": "StepCore completed with the kernel table restricted to Embed and GluMul, " +
		"deployed as one contract (spec §7.5)",
}

func TestMirror(t *testing.T) {
	goSrc, solSrc := readMirrorSources(t)
	require.GreaterOrEqual(t, len(goSrc), 30, "the walk found too few VM source files")
	require.GreaterOrEqual(t, len(solSrc), 16, "the walk found too few Solidity files")
	problems := checkMirrors(mirrors, goOnlyFiles, solDispatchOnly, goSrc, solSrc)
	require.Empty(t, problems, "the Go VM and the Solidity step verifier no longer mirror each other "+
		"(fix the code, or the table in vm/mirror_test.go):\n%s", strings.Join(problems, "\n"))
}

// TestMirrorReasons: Errors.sol declares exactly the reasons of errors.go,
// in order, with the same argument names, and each reason's identifier is
// Reason + its Solidity name.
func TestMirrorReasons(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", solDir, "Errors.sol"))
	require.NoError(t, err)
	var sol []string
	for _, e := range parseSol(string(b)).errors {
		sol = append(sol, e.name+"("+strings.Join(e.params, ",")+")")
	}
	var goReasons []string
	for _, r := range Reasons() {
		goReasons = append(goReasons, r.String()+"("+strings.Join(r.ArgNames(), ",")+")")
	}
	require.Equal(t, sol, goReasons)

	f, err := parser.ParseFile(token.NewFileSet(), "errors.go", nil, 0)
	require.NoError(t, err)
	consts := map[string]bool{}
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.CONST {
			for _, s := range g.Specs {
				for _, n := range s.(*ast.ValueSpec).Names {
					consts[n.Name] = true
				}
			}
		}
	}
	for _, r := range Reasons() {
		require.True(t, consts["Reason"+r.String()], "no constant Reason%s in errors.go", r)
	}
}

// TestMirrorCheckerReports makes sure the checker can fail: every kind of
// drift in a small synthetic pair is reported.
func TestMirrorCheckerReports(t *testing.T) {
	goSrc := map[string]string{
		"vm/a.go": "package vm\n// Mirrored by contracts/src/vm/A.sol.\n" +
			"func Alpha() {}\nfunc beta() {}\nfunc (x T) Gamma() {}\nfunc (x T) String() string { return \"\" }\nfunc renamed() {}\n",
		"vm/a_offchain.go":      "package vm\nfunc fast() {}\n",
		"vm/stray.go":           "package vm\nfunc stray() {}\n",
		"vm/orphan_offchain.go": "package vm\n",
		"vm/doc.go":             "// Package vm.\npackage vm\n",
	}
	solSrc := map[string]string{
		solDir + "/A.sol": "// Mirrors vm/a.go.\nlibrary TLib {\n function alpha() internal {}\n function gamma() internal {}\n" +
			" function delta() internal {}\n function _renamedTwin() private {}\n" +
			" function yul() internal { assembly { function inner() {} } }\n}\n",
		solDir + "/B.sol": "// unlisted\ncontract B { function f() external {} }\n",
	}
	table := []mirror{{
		goFile: "vm/a.go", sol: []string{"A.sol"},
		types:   map[string]string{"T": "TLib"},
		twins:   map[string]string{"renamed": "TLib._renamedTwin", "gone": "TLib.alpha", "Alpha": "TLib.missing"},
		solOnly: map[string]string{"TLib.yul": "assembly", "TLib.nothing": "stale"},
	}}
	problems := strings.Join(checkMirrors(table, map[string]string{"vm/missing.go": "stale"}, nil, goSrc, solSrc), "\n")
	for _, want := range []string{
		"contracts/src/vm/B.sol: neither mirrored nor dispatch-only",
		"vm/stray.go: neither mirrored nor Go-only",
		"vm/orphan_offchain.go: no mirrored vm/orphan.go",
		"vm/missing.go: listed as Go-only but does not exist",
		"vm/a.go: beta has no Solidity twin",
		"A.sol: TLib.delta has no Go twin in vm/a.go",
		"vm/a.go: twins lists gone, which it does not declare",
		"vm/a.go: twin TLib.missing of Alpha does not exist",
		"vm/a.go: solOnly lists TLib.nothing, which A.sol does not declare",
	} {
		require.Contains(t, problems, want)
	}
	for _, unwanted := range []string{"inner", "Gamma", "String", "fast", "doc.go", "renamed has"} {
		require.NotContains(t, problems, unwanted)
	}
}

// readMirrorSources returns every non-test Go file under vm/ and every
// Solidity file under contracts/src/vm, by path from the repository root.
func readMirrorSources(t *testing.T) (goSrc, solSrc map[string]string) {
	t.Helper()
	goSrc, solSrc = map[string]string{}, map[string]string{}
	walk := func(dir, ext string, into map[string]string) {
		err := filepath.WalkDir(filepath.Join("..", dir), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if !strings.HasSuffix(p, ext) || strings.HasSuffix(p, "_test.go") {
				return nil
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			rel, err := filepath.Rel("..", p)
			if err != nil {
				return err
			}
			into[filepath.ToSlash(rel)] = string(b)
			return nil
		})
		require.NoError(t, err)
	}
	walk("vm", ".go", goSrc)
	walk(solDir, ".sol", solSrc)
	return goSrc, solSrc
}

// checkMirrors checks a mirror table against the sources (path from the
// repository root → content) and returns one line per problem.
func checkMirrors(table []mirror, goOnly, dispatchOnly map[string]string, goSrc, solSrc map[string]string) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }

	// Files.
	solOwner := map[string]string{} // Solidity path → its Go twin
	goMirrored := map[string]bool{}
	for _, m := range table {
		if _, ok := goSrc[m.goFile]; !ok {
			bad("%s: in the mirror table but does not exist", m.goFile)
		}
		goMirrored[m.goFile] = true
		for _, s := range m.sol {
			p := solDir + "/" + s
			if _, ok := solSrc[p]; !ok {
				bad("%s: in the mirror table but does not exist", p)
			}
			if o, ok := solOwner[p]; ok {
				bad("%s: twin of both %s and %s", p, o, m.goFile)
			}
			solOwner[p] = m.goFile
		}
	}
	for s := range dispatchOnly {
		p := solDir + "/" + s
		if _, ok := solSrc[p]; !ok {
			bad("%s: listed as dispatch-only but does not exist", p)
		}
		if _, ok := solOwner[p]; ok {
			bad("%s: both mirrored and dispatch-only", p)
		}
	}
	for _, p := range sortedKeys(solSrc) {
		if _, ok := solOwner[p]; !ok && dispatchOnly[strings.TrimPrefix(p, solDir+"/")] == "" {
			bad("%s: neither mirrored nor dispatch-only", p)
		}
	}
	for p := range goOnly {
		if _, ok := goSrc[p]; !ok {
			bad("%s: listed as Go-only but does not exist", p)
		}
		if goMirrored[p] {
			bad("%s: both mirrored and Go-only", p)
		}
	}
	for _, p := range sortedKeys(goSrc) {
		switch {
		case filepath.Base(p) == "doc.go", goMirrored[p], goOnly[p] != "":
		case strings.HasSuffix(p, "_offchain.go"):
			if twin := strings.TrimSuffix(p, "_offchain.go") + ".go"; !goMirrored[twin] {
				bad("%s: no mirrored %s beside it", p, twin)
			}
		default:
			bad("%s: neither mirrored nor Go-only", p)
		}
	}

	// Functions.
	allSol := map[string]bool{} // every "Container.function" of the table's files
	solFiles := map[string]solFile{}
	for p, src := range solSrc {
		f := parseSol(src)
		solFiles[p] = f
		for _, fn := range f.funcs {
			allSol[fn.String()] = true
		}
	}
	covered := map[string]bool{} // Solidity functions some twins entry names
	for _, m := range table {
		for _, targets := range m.twins {
			for _, s := range strings.Fields(targets) {
				covered[s] = true
			}
		}
	}
	for _, m := range table {
		decls, err := parseGoDecls(m.goFile, goSrc[m.goFile])
		if err != nil {
			bad("%s: %v", m.goFile, err)
			continue
		}
		var funcs []solFunc
		containers := map[string]bool{}
		for _, s := range m.sol {
			f := solFiles[solDir+"/"+s]
			funcs = append(funcs, f.funcs...)
			for _, c := range f.containers {
				containers[c] = true
			}
			if !strings.Contains(f.text, m.goFile) {
				bad("%s: its header does not name its Go twin %s", s, m.goFile)
			}
			if !strings.Contains(goSrc[m.goFile], solDir+"/"+s) {
				bad("%s: does not name its Solidity twin %s/%s", m.goFile, solDir, s)
			}
		}
		declared := map[string]bool{}
		for _, d := range decls {
			declared[d.String()] = true
		}
		for _, list := range []struct {
			name    string
			entries map[string]string
		}{{"twins", m.twins}, {"goOnly", m.goOnly}} {
			for g := range list.entries {
				if !declared[g] {
					bad("%s: %s lists %s, which it does not declare", m.goFile, list.name, g)
				}
			}
		}
		for g, targets := range m.twins {
			for _, s := range strings.Fields(targets) {
				if !allSol[s] {
					bad("%s: twin %s of %s does not exist", m.goFile, s, g)
				}
			}
		}
		for gt, c := range m.types {
			if !containers[c] {
				bad("%s: types maps %s to %s, which its twin does not declare", m.goFile, gt, c)
			}
		}
		matches := func(d goDecl, f solFunc) bool {
			if mirrorName(d.name) != mirrorName(f.name) {
				return false
			}
			return d.recv == "" || strings.EqualFold(d.recv, f.container) || m.types[d.recv] == f.container
		}
		for _, d := range decls {
			if d.name == "String" && d.recv != "" || m.twins[d.String()] != "" || m.goOnly[d.String()] != "" {
				continue
			}
			if !slices.ContainsFunc(funcs, func(f solFunc) bool { return matches(d, f) }) {
				bad("%s: %s has no Solidity twin in %s (add one, or list it in the mirror table)", m.goFile, d, strings.Join(m.sol, ", "))
			}
		}
		for s := range m.solOnly {
			if !slices.ContainsFunc(funcs, func(f solFunc) bool { return f.String() == s }) {
				bad("%s: solOnly lists %s, which %s does not declare", m.goFile, s, strings.Join(m.sol, ", "))
			}
		}
		for _, s := range m.sol {
			for _, f := range solFiles[solDir+"/"+s].funcs {
				if covered[f.String()] || m.solOnly[f.String()] != "" {
					continue
				}
				if !slices.ContainsFunc(decls, func(d goDecl) bool { return matches(d, f) }) {
					bad("%s: %s has no Go twin in %s (add one, or list it in the mirror table)", s, f, m.goFile)
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

// mirrorName is a function name as the mirror compares it: without a
// leading underscore, in lower case.
func mirrorName(s string) string { return strings.ToLower(strings.TrimPrefix(s, "_")) }

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// goDecl is a function ("", name), a method or an interface method
// (type, name) of a Go file.
type goDecl struct{ recv, name string }

func (d goDecl) String() string {
	if d.recv == "" {
		return d.name
	}
	return d.recv + "." + d.name
}

func parseGoDecls(name, src string) ([]goDecl, error) {
	f, err := parser.ParseFile(token.NewFileSet(), name, src, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	var out []goDecl
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			recv := ""
			if d.Recv != nil {
				t := d.Recv.List[0].Type
				if s, ok := t.(*ast.StarExpr); ok {
					t = s.X
				}
				if id, ok := t.(*ast.Ident); ok {
					recv = id.Name
				}
			}
			out = append(out, goDecl{recv, d.Name.Name})
		case *ast.GenDecl:
			for _, s := range d.Specs {
				ts, ok := s.(*ast.TypeSpec)
				if !ok {
					continue
				}
				if it, ok := ts.Type.(*ast.InterfaceType); ok {
					for _, m := range it.Methods.List {
						for _, n := range m.Names { // embedded interfaces have none
							out = append(out, goDecl{ts.Name.Name, n.Name})
						}
					}
				}
			}
		}
	}
	return out, nil
}

// solFunc is a function of a Solidity library or contract.
type solFunc struct{ container, name string }

func (f solFunc) String() string {
	if f.container == "" {
		return f.name
	}
	return f.container + "." + f.name
}

type solError struct {
	name   string
	params []string
}

type solFile struct {
	text       string
	containers []string
	funcs      []solFunc
	errors     []solError
}

var (
	solContainerRE = regexp.MustCompile(`\b(?:library|contract|interface)\s+(\w+)[^{;]*\{`)
	solFunctionRE  = regexp.MustCompile(`\bfunction\s+(\w+)\s*\(`)
	solAssemblyRE  = regexp.MustCompile(`\bassembly\b[^{]*\{`)
	solErrorRE     = regexp.MustCompile(`\berror\s+(\w+)\s*\(([^)]*)\)\s*;`)
)

// parseSol lists the libraries and contracts of a Solidity source, their
// functions (not Yul functions inside assembly blocks) and its custom
// errors with their parameter names. It is a scanner for this code base's
// sources, not a Solidity parser: comments and string literals are blanked
// first, and bodies are delimited by brace matching.
func parseSol(src string) solFile {
	f := solFile{text: src}
	code := stripSolComments(src)
	type span struct {
		a, b int
		name string
	}
	var containers, asm []span
	for _, m := range solContainerRE.FindAllStringSubmatchIndex(code, -1) {
		containers = append(containers, span{m[1] - 1, closingBrace(code, m[1]-1), code[m[2]:m[3]]})
		f.containers = append(f.containers, code[m[2]:m[3]])
	}
	for _, m := range solAssemblyRE.FindAllStringIndex(code, -1) {
		asm = append(asm, span{m[1] - 1, closingBrace(code, m[1]-1), ""})
	}
	in := func(spans []span, p int) (span, bool) {
		for _, s := range spans {
			if s.a < p && p < s.b {
				return s, true
			}
		}
		return span{}, false
	}
	for _, m := range solFunctionRE.FindAllStringSubmatchIndex(code, -1) {
		if _, ok := in(asm, m[0]); ok {
			continue
		}
		c, _ := in(containers, m[0])
		f.funcs = append(f.funcs, solFunc{c.name, code[m[2]:m[3]]})
	}
	for _, m := range solErrorRE.FindAllStringSubmatch(code, -1) {
		e := solError{name: m[1]}
		for _, p := range strings.Split(m[2], ",") {
			if w := strings.Fields(p); len(w) > 0 {
				e.params = append(e.params, w[len(w)-1])
			}
		}
		f.errors = append(f.errors, e)
	}
	return f
}

// closingBrace returns the index of the brace closing the one at open.
func closingBrace(s string, open int) int {
	depth := 0
	for k := open; k < len(s); k++ {
		switch s[k] {
		case '{':
			depth++
		case '}':
			if depth--; depth == 0 {
				return k
			}
		}
	}
	return len(s)
}

// stripSolComments replaces comments and the contents of string literals
// by spaces, keeping offsets and line breaks.
func stripSolComments(s string) string {
	b := []byte(s)
	for k := 0; k < len(b); k++ {
		switch {
		case b[k] == '"' || b[k] == '\'':
			q := b[k]
			for k++; k < len(b) && b[k] != q; k++ {
				if b[k] == '\\' {
					b[k] = ' '
					k++
				}
				if k < len(b) && b[k] != '\n' {
					b[k] = ' '
				}
			}
		case b[k] == '/' && k+1 < len(b) && b[k+1] == '/':
			for ; k < len(b) && b[k] != '\n'; k++ {
				b[k] = ' '
			}
		case b[k] == '/' && k+1 < len(b) && b[k+1] == '*':
			for ; k < len(b) && !(b[k] == '*' && k+1 < len(b) && b[k+1] == '/'); k++ {
				if b[k] != '\n' {
					b[k] = ' '
				}
			}
			if k+1 < len(b) {
				b[k], b[k+1] = ' ', ' '
				k++
			}
		}
	}
	return string(b)
}
