package benchreport

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// BenchSet is parsed `go test -bench` output: every sample of every
// benchmark, in first-seen order.
type BenchSet struct {
	order []string // keys "pkg\x00name"
	runs  map[string][]map[string]float64
	pkg   map[string]string
}

var procsSuffix = regexp.MustCompile(`-\d+$`)

// ParseBench reads `go test -bench` output (as benchstat does): "pkg:"
// lines set the package of the benchmark lines after them; a benchmark line
// is "BenchmarkName[-procs] iterations value unit [value unit]..."; every
// other line is ignored. The -procs suffix is dropped from names. Repeated
// lines (-count) are samples of the same benchmark.
func ParseBench(r io.Reader) (*BenchSet, error) {
	s := &BenchSet{runs: map[string][]map[string]float64{}, pkg: map[string]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	pkg := ""
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if p, ok := strings.CutPrefix(text, "pkg: "); ok {
			pkg = strings.TrimSpace(p)
			continue
		}
		f := strings.Fields(text)
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") || len(f)%2 != 0 {
			continue
		}
		if _, err := strconv.ParseUint(f[1], 10, 64); err != nil {
			continue // e.g. "BenchmarkX  --- FAIL"
		}
		m := map[string]float64{}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				return nil, fmt.Errorf("benchreport: bench output line %d: value %q: %v", line, f[i], err)
			}
			m[f[i+1]] = v
		}
		name := procsSuffix.ReplaceAllString(f[0], "")
		key := pkg + "\x00" + name
		if _, ok := s.runs[key]; !ok {
			s.order = append(s.order, key)
			s.pkg[key] = pkg
		}
		s.runs[key] = append(s.runs[key], m)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("benchreport: reading bench output: %v", err)
	}
	return s, nil
}

// Median returns the median of unit over the samples of the benchmark
// called name (in any package), the number of samples that had the unit,
// and whether any did.
func (s *BenchSet) Median(name, unit string) (float64, int, bool) {
	var vals []float64
	for _, key := range s.order {
		if strings.SplitN(key, "\x00", 2)[1] != name {
			continue
		}
		for _, m := range s.runs[key] {
			if v, ok := m[unit]; ok {
				vals = append(vals, v)
			}
		}
	}
	return Median(vals), len(vals), len(vals) > 0
}

// Rows returns one MicroRow per benchmark with the median of every unit.
func (s *BenchSet) Rows() []MicroRow {
	var out []MicroRow
	for _, key := range s.order {
		name := strings.SplitN(key, "\x00", 2)[1]
		units := map[string][]float64{}
		for _, m := range s.runs[key] {
			for u, v := range m {
				units[u] = append(units[u], v)
			}
		}
		row := MicroRow{Pkg: s.pkg[key], Name: name, Samples: len(s.runs[key]), Metrics: map[string]float64{}}
		for u, v := range units {
			row.Metrics[u] = Median(v)
		}
		out = append(out, row)
	}
	return out
}

// cells splits a markdown table row "| a | b |" into trimmed cells; nil if
// the line is not a row.
func cells(line string) []string {
	line = strings.TrimSpace(line)
	if !strings.HasPrefix(line, "|") || !strings.HasSuffix(line, "|") || len(line) < 2 {
		return nil
	}
	parts := strings.Split(line[1:len(line)-1], "|")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

func parseGas(s string) (uint64, error) {
	return strconv.ParseUint(strings.ReplaceAll(s, ",", ""), 10, 64)
}

// ParseStepGas reads the StepVerifier gas report (contracts/verifier
// TestGasReport's markdown) and returns the "**all**" rows of its family
// tables: the first (the fixture steps) and the second (the synthetic worst
// case; zero if absent). Each gives step count, tx gas mean and max.
func ParseStepGas(md string) (fixture, worst StepGas, err error) {
	var all []StepGas
	for _, line := range strings.Split(md, "\n") {
		c := cells(line)
		if len(c) < 4 || c[0] != "**all**" {
			continue
		}
		n, err1 := strconv.Atoi(c[1])
		mean, err2 := parseGas(c[2])
		mx, err3 := parseGas(c[3])
		if err1 != nil || err2 != nil || err3 != nil {
			return StepGas{}, StepGas{}, fmt.Errorf("benchreport: step gas row %q: not numbers", line)
		}
		all = append(all, StepGas{Steps: n, Mean: mean, Max: mx})
	}
	switch len(all) {
	case 0:
		return StepGas{}, StepGas{}, fmt.Errorf("benchreport: step gas report has no **all** row")
	case 1:
		return all[0], StepGas{}, nil
	default:
		return all[0], all[1], nil
	}
}

// ParseCallMax returns the max column of the row named call in the arbiter
// gas report's call table ("| call | samples | mean | max | note |").
func ParseCallMax(md, call string) (uint64, error) {
	for _, line := range strings.Split(md, "\n") {
		c := cells(line)
		if len(c) == 5 && c[0] == call {
			v, err := parseGas(c[3])
			if err != nil {
				return 0, fmt.Errorf("benchreport: call row %q: %v", line, err)
			}
			return v, nil
		}
	}
	return 0, fmt.Errorf("benchreport: arbiter gas report has no %q row", call)
}

var logNCell = regexp.MustCompile(`^2\^(\d+)$`)

// ParseDisputes reads the whole-dispute table of the arbiter gas report
// (contracts/arbiter TestGasReport's markdown): rows "| 2^n | k | rounds |
// max move | claimant | challenger | total |". A row whose total is not the
// sum of its sides is an error. Rows are returned sorted by (N, k).
func ParseDisputes(md string) ([]DisputeRow, error) {
	var rows []DisputeRow
	for _, line := range strings.Split(md, "\n") {
		c := cells(line)
		if len(c) != 7 {
			continue
		}
		m := logNCell.FindStringSubmatch(c[0])
		if m == nil {
			continue
		}
		var v [6]uint64
		for i := range v {
			x, err := parseGas(c[i+1])
			if err != nil {
				return nil, fmt.Errorf("benchreport: dispute row %q: %v", line, err)
			}
			v[i] = x
		}
		logN, _ := strconv.ParseUint(m[1], 10, 8)
		r := DisputeRow{LogN: uint(logN), K: v[0], Rounds: int(v[1]), MaxMove: v[2], Claimant: v[3], Challenger: v[4]}
		if r.Total() != v[5] {
			return nil, fmt.Errorf("benchreport: dispute row %q: total %d is not claimant + challenger %d", line, v[5], r.Total())
		}
		rows = append(rows, r)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("benchreport: arbiter gas report has no whole-dispute rows")
	}
	slices.SortStableFunc(rows, func(a, b DisputeRow) int {
		if a.LogN != b.LogN {
			return int(a.LogN) - int(b.LogN)
		}
		return int(a.K) - int(b.K)
	})
	return rows, nil
}

// CallsTable returns the part of the arbiter gas report before its
// whole-dispute table (the chain rules line and the per-call table).
func CallsTable(md string) string {
	if i := strings.Index(md, "Whole dispute"); i >= 0 {
		md = md[:i]
	}
	return strings.TrimSpace(md)
}
