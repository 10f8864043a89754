package lm

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Corpus is a fortune collection split into a training part and a held-out
// part that training never sees.
type Corpus struct {
	Files   []string // the files read, sorted by name
	Train   [][]byte // the training fortunes, in file order
	Heldout [][]byte // every HeldoutEvery-th fortune (index k with k mod HeldoutEvery == HeldoutEvery−1)
}

// HeldoutEvery: fortune k (0-based, over all files in sorted order) is
// held out when k mod HeldoutEvery == HeldoutEvery−1.
const HeldoutEvery = 20

// Separator follows every fortune in a stream, as in the fortune files.
const Separator = "%\n"

// SplitFortunes splits a fortune file at its lines of exactly "%". Each
// fortune keeps its text up to and including the newline before the
// separator; fortunes of only white space are dropped. A file without a
// trailing newline gets one.
func SplitFortunes(text []byte) [][]byte {
	var out [][]byte
	var cur []byte
	flush := func() {
		if len(bytes.TrimSpace(cur)) > 0 {
			out = append(out, cur)
		}
		cur = nil
	}
	for len(text) > 0 {
		line := text
		if i := bytes.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i+1], text[i+1:]
		} else {
			line, text = append(append([]byte(nil), text...), '\n'), nil
		}
		if string(bytes.TrimRight(line, "\r\n")) == "%" {
			flush()
			continue
		}
		cur = append(cur, line...)
	}
	flush()
	return out
}

// LoadFortunes reads every fortune file of dir: the regular files whose
// names have no dot (fortune's .dat indexes and .u8 copies are skipped), in
// sorted order, and splits them into training and held-out fortunes. It
// is ReadFortunes with at least one fortune of each kind.
func LoadFortunes(dir string) (*Corpus, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("lm: fortunes: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("lm: fortunes: %s is not a directory", dir)
	}
	c, err := ReadFortunes(dir)
	if err != nil {
		return nil, err
	}
	if len(c.Train) == 0 || len(c.Heldout) == 0 {
		return nil, fmt.Errorf("lm: fortunes: %d fortunes in %s, too few to hold some out", len(c.Train)+len(c.Heldout), dir)
	}
	return c, nil
}

// ReadFortunes reads a corpus from path: a directory's fortune files (as
// LoadFortunes) or one file of any name, split the same way (fortune k
// held out when k mod HeldoutEvery == HeldoutEvery−1; a text without
// "%" lines is one fortune). Either part may be empty; no fortune at all
// is an error.
func ReadFortunes(path string) (*Corpus, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("lm: fortunes: %w", err)
	}
	dir, names := filepath.Dir(path), []string{filepath.Base(path)}
	if st.IsDir() {
		entries, err := os.ReadDir(path)
		if err != nil {
			return nil, fmt.Errorf("lm: fortunes: %w", err)
		}
		dir, names = path, nil
		for _, e := range entries {
			if e.Type().IsRegular() && !strings.Contains(e.Name(), ".") {
				names = append(names, e.Name())
			}
		}
		sort.Strings(names)
		if len(names) == 0 {
			return nil, fmt.Errorf("lm: fortunes: no fortune files in %s", path)
		}
	}
	c := &Corpus{Files: names}
	k := 0
	for _, name := range names {
		text, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("lm: fortunes: %w", err)
		}
		for _, f := range SplitFortunes(text) {
			if k%HeldoutEvery == HeldoutEvery-1 {
				c.Heldout = append(c.Heldout, f)
			} else {
				c.Train = append(c.Train, f)
			}
			k++
		}
	}
	if k == 0 {
		return nil, fmt.Errorf("lm: fortunes: no fortunes in %s", path)
	}
	return c, nil
}

// All returns the training fortunes followed by the held-out ones (a new
// slice): the order of the stream that calibrates the committed completion
// model (fixtures/fixturebuild).
func (c *Corpus) All() [][]byte {
	return append(append(make([][]byte, 0, len(c.Train)+len(c.Heldout)), c.Train...), c.Heldout...)
}

// Stream is a fortune list as one text: each fortune followed by
// Separator, and the offsets where the fortunes start.
type Stream struct {
	Text   []byte
	Starts []int
}

// NewStream joins fortunes.
func NewStream(fortunes [][]byte) *Stream {
	s := &Stream{}
	for _, f := range fortunes {
		s.Starts = append(s.Starts, len(s.Text))
		s.Text = append(s.Text, f...)
		s.Text = append(s.Text, Separator...)
	}
	return s
}

// Bytes is the stream's length.
func (s *Stream) Bytes() int { return len(s.Text) }

// Sample returns a training window of n+1 bytes as ids: with probability
// 1/2 starting at a fortune's first byte (so prompts that begin a text are
// in distribution), otherwise at a uniformly random offset; a window that
// would run past the end is moved back to end there. The stream must be
// longer than n.
func (s *Stream) Sample(r *rand.Rand, n int) []int {
	var start int
	if r.IntN(2) == 0 {
		start = s.Starts[r.IntN(len(s.Starts))]
	} else {
		start = r.IntN(len(s.Text) - n)
	}
	start = min(start, len(s.Text)-n-1)
	ids := make([]int, n+1)
	for i := range ids {
		ids[i] = int(s.Text[start+i])
	}
	return ids
}

// Windows cuts the stream into the evaluation windows of a context of n:
// window w holds bytes [w·n, w·n+n+1), so every byte but the first is
// predicted exactly once, with the context back to its window's start. The
// last window may be shorter (at least 2 bytes).
func (s *Stream) Windows(n int) [][]int {
	var out [][]int
	for start := 0; start+1 < len(s.Text); start += n {
		end := min(start+n+1, len(s.Text))
		ids := make([]int, end-start)
		for i := range ids {
			ids[i] = int(s.Text[start+i])
		}
		out = append(out, ids)
	}
	return out
}

// FullWindows is Windows without a short last window: every window holds
// n+1 ids (a context of n and its next tokens), as a fixed-context
// model's evaluation needs.
func (s *Stream) FullWindows(n int) [][]int {
	var out [][]int
	for _, w := range s.Windows(n) {
		if len(w) == n+1 {
			out = append(out, w)
		}
	}
	return out
}

// BitsPerByte evaluates m on windows (as Windows makes them) with workers
// goroutines and returns the mean cross-entropy in bits per predicted byte
// (windows' losses are summed in order).
func (m *Model) BitsPerByte(windows [][]int, workers int) (float64, error) {
	workers = max(workers, 1)
	losses := make([]float64, len(windows))
	errs := make([]error, workers)
	done := make(chan struct{})
	for w := range workers {
		go func() {
			defer func() { done <- struct{}{} }()
			for i := w; i < len(windows); i += workers {
				ids := windows[i]
				l, err := m.Loss(ids[:len(ids)-1], ids[1:])
				if err != nil {
					errs[w] = err
					return
				}
				losses[i] = l
			}
		}()
	}
	for range workers {
		<-done
	}
	for _, err := range errs {
		if err != nil {
			return 0, err
		}
	}
	var sum float64
	n := 0
	for i, l := range losses {
		sum += l
		n += len(windows[i]) - 1
	}
	if n == 0 {
		return 0, fmt.Errorf("lm: no bytes to evaluate")
	}
	return sum / float64(n) / math.Ln2, nil
}
