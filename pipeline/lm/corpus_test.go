package lm

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestReadFortunes: a directory reads as LoadFortunes does; one file is
// split by the same rule (fortune k of the file held out when
// k mod 20 == 19), whatever its name; a text without "%" lines is one
// fortune; nothing to read is an error.
func TestReadFortunes(t *testing.T) {
	dir, err := ReadFortunes("testdata/fortunes")
	if err != nil {
		t.Fatal(err)
	}
	want, err := LoadFortunes("testdata/fortunes")
	if err != nil {
		t.Fatal(err)
	}
	if len(dir.Train) != len(want.Train) || len(dir.Heldout) != len(want.Heldout) {
		t.Fatalf("ReadFortunes: %d + %d fortunes, LoadFortunes %d + %d", len(dir.Train), len(dir.Heldout), len(want.Train), len(want.Heldout))
	}
	all := dir.All()
	if len(all) != len(dir.Train)+len(dir.Heldout) || !bytes.Equal(all[len(dir.Train)], dir.Heldout[0]) || !bytes.Equal(all[0], dir.Train[0]) {
		t.Error("All is not the training fortunes then the held-out ones")
	}

	para := SplitFortunes(mustRead(t, "testdata/fortunes/paradoxum"))
	file, err := ReadFortunes("testdata/fortunes/paradoxum")
	if err != nil {
		t.Fatal(err)
	}
	if len(file.Heldout) != len(para)/HeldoutEvery || !bytes.Equal(file.Heldout[0], para[19]) || !bytes.Equal(file.Heldout[1], para[39]) {
		t.Errorf("the file's held-out fortunes are not its every 20th: %d of %d", len(file.Heldout), len(para))
	}
	if len(file.Files) != 1 || file.Files[0] != "paradoxum" {
		t.Errorf("files %v", file.Files)
	}

	tmp := t.TempDir()
	plain := filepath.Join(tmp, "plain.txt")
	if err := os.WriteFile(plain, []byte("no separators\nat all\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := ReadFortunes(plain)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Train) != 1 || len(c.Heldout) != 0 || string(c.Train[0]) != "no separators\nat all\n" {
		t.Errorf("plain text: %q held out %q", c.Train, c.Heldout)
	}
	if _, err := LoadFortunes(plain); err == nil {
		t.Error("LoadFortunes read a file")
	}
	empty := filepath.Join(tmp, "empty")
	if err := os.WriteFile(empty, []byte("%\n  \n%\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{empty, filepath.Join(tmp, "missing"), t.TempDir()} {
		if _, err := ReadFortunes(p); err == nil {
			t.Errorf("%s read", p)
		}
	}

	s := NewStream(file.Heldout)
	full := s.FullWindows(16)
	ws := s.Windows(16)
	if len(full) != len(ws)-1 || len(ws[len(ws)-1]) == 17 {
		t.Fatalf("%d full windows of %d (the last has %d ids)", len(full), len(ws), len(ws[len(ws)-1]))
	}
	for k, w := range full {
		if len(w) != 17 || !slices.Equal(w, ws[k]) {
			t.Fatalf("full window %d", k)
		}
	}
}
