package nodestore

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/hashicorp/go-hclog"

	"github.com/opml-dev/opml/testkit/testlog"
)

// testLogger routes a logger's output to t.Log.
func testLogger(t testing.TB) hclog.Logger { return testlog.New(t, t.Name(), hclog.Debug) }

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	dir := t.TempDir()
	s, err := Open(dir, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s, dir
}

type rec struct {
	N    int    `json:"n"`
	Name string `json:"name"`
}

func TestReopenKeepsData(t *testing.T) {
	s, dir := openTemp(t)
	cur := Cursor{Number: 42, Hash: common.HexToHash("0xabcd")}
	if err := s.Put("games", "g1", rec{1, "one"}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetCursor("arbiter", cur); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Put("games", "g2", rec{}); !errors.Is(err, ErrClosed) {
		t.Fatalf("Put after Close: %v, want ErrClosed", err)
	}
	s2, err := Open(dir, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	var got rec
	if err := s2.Get("games", "g1", &got); err != nil || got != (rec{1, "one"}) {
		t.Fatalf("Get after reopen = %+v, %v", got, err)
	}
	c, ok, err := s2.Cursor("arbiter")
	if err != nil || !ok || c != cur {
		t.Fatalf("Cursor after reopen = %+v %v %v, want %+v", c, ok, err, cur)
	}
	if _, ok, err := s2.Cursor("other"); ok || err != nil {
		t.Fatalf("unknown stream: ok=%v err=%v", ok, err)
	}
}

func TestGetDeleteHas(t *testing.T) {
	s, _ := openTemp(t)
	tests := []struct {
		name    string
		bucket  string
		key     string
		wantErr string
	}{
		{"plain", "b", "k", ""},
		{"empty key", "b", "", ""},
		{"binary key", "b", "\x00\xff", ""},
		{"empty bucket", "", "k", "nodestore: empty bucket name"},
		{"nul in bucket", "a\x00b", "k", "NUL byte"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := s.Put(tc.bucket, tc.key, rec{N: 7})
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("Put err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if ok, err := s.Has(tc.bucket, tc.key); !ok || err != nil {
				t.Fatalf("Has = %v, %v", ok, err)
			}
			if err := s.Delete(tc.bucket, tc.key); err != nil {
				t.Fatal(err)
			}
			var r rec
			if err := s.Get(tc.bucket, tc.key, &r); !errors.Is(err, ErrNotFound) {
				t.Fatalf("Get after Delete: %v, want ErrNotFound", err)
			}
		})
	}
}

func TestBatchAtomic(t *testing.T) {
	s, _ := openTemp(t)
	if err := s.Put("x", "old", rec{N: 1}); err != nil {
		t.Fatal(err)
	}
	// A batch with an unencodable value applies nothing.
	b := s.NewBatch()
	b.Put("x", "a", rec{N: 2})
	b.Delete("x", "old")
	b.Put("x", "bad", math.NaN()) // json cannot encode NaN
	b.SetCursor("s", Cursor{Number: 9})
	if err := b.Commit(); err == nil || !strings.HasPrefix(err.Error(), "nodestore: ") {
		t.Fatalf("Commit of bad batch: %v", err)
	}
	if ok, _ := s.Has("x", "a"); ok {
		t.Fatal("partial batch applied: x/a present")
	}
	if ok, _ := s.Has("x", "old"); !ok {
		t.Fatal("partial batch applied: x/old deleted")
	}
	if _, ok, _ := s.Cursor("s"); ok {
		t.Fatal("partial batch applied: cursor set")
	}
	// A good batch applies everything.
	b = s.NewBatch()
	b.Put("x", "a", rec{N: 2})
	b.Delete("x", "old")
	b.SetCursor("s", Cursor{Number: 9})
	if b.Len() != 3 {
		t.Fatalf("Len = %d", b.Len())
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if ok, _ := s.Has("x", "a"); !ok {
		t.Fatal("x/a missing")
	}
	if ok, _ := s.Has("x", "old"); ok {
		t.Fatal("x/old still present")
	}
	if c, ok, _ := s.Cursor("s"); !ok || c.Number != 9 {
		t.Fatalf("cursor = %+v %v", c, ok)
	}
}

func TestIterateOrderAndIsolation(t *testing.T) {
	s, _ := openTemp(t)
	keys := []string{"b", "a", "c", "aa", "", "a\x00"}
	for i, k := range keys {
		if err := s.Put("bk", k, rec{N: i}); err != nil {
			t.Fatal(err)
		}
	}
	// Neighbouring buckets (one a prefix of the other) must not leak in.
	for _, b := range []string{"b", "bk2", "bj", "bl"} {
		if err := s.Put(b, "z", rec{N: -1}); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	err := s.Iterate("bk", func(k string, dec func(any) error) error {
		var r rec
		if err := dec(&r); err != nil {
			return err
		}
		if r.N < 0 {
			return fmt.Errorf("record from another bucket under key %q", k)
		}
		got = append(got, k)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"", "a", "a\x00", "aa", "b", "c"}
	if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", want) {
		t.Fatalf("order = %q, want %q", got, want)
	}
	stop := errors.New("stop")
	n := 0
	if err := s.Iterate("bk", func(string, func(any) error) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Fatalf("early stop: err=%v n=%d", err, n)
	}
}

func TestCorruptRecord(t *testing.T) {
	s, _ := openTemp(t)
	tests := []struct {
		name string
		raw  []byte
	}{
		{"empty", nil},
		{"bad version", append([]byte{99}, `{"n":1}`...)},
		{"version zero", append([]byte{0}, `{"n":1}`...)},
		{"bad json", append([]byte{RecordVersion}, `{"n":`...)},
		{"wrong type", append([]byte{RecordVersion}, `"str"`...)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := s.rawSet("c", tc.name, tc.raw); err != nil {
				t.Fatal(err)
			}
			var r rec
			err := s.Get("c", tc.name, &r)
			if !errors.Is(err, ErrCorrupt) || !strings.HasPrefix(err.Error(), "nodestore: ") {
				t.Fatalf("Get = %v, want ErrCorrupt", err)
			}
			err = s.Iterate("c", func(k string, dec func(any) error) error {
				if k == tc.name {
					return dec(&r)
				}
				return nil
			})
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("Iterate = %v, want ErrCorrupt", err)
			}
		})
	}
}

func TestConcurrent(t *testing.T) {
	s, _ := openTemp(t)
	const workers, per = 8, 50
	var wg sync.WaitGroup
	errc := make(chan error, workers*3)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < per; i++ {
				k := fmt.Sprintf("%02d-%03d", w, i)
				if err := s.Put("conc", k, rec{N: i}); err != nil {
					errc <- err
					return
				}
				var r rec
				if err := s.Get("conc", k, &r); err != nil || r.N != i {
					errc <- fmt.Errorf("get %s = %+v, %v", k, r, err)
					return
				}
				b := s.NewBatch()
				b.SetCursor(fmt.Sprint("w", w), Cursor{Number: uint64(i)})
				b.Put("conc2", k, rec{N: i})
				if err := b.Commit(); err != nil {
					errc <- err
					return
				}
				if i%10 == 0 {
					if err := s.Iterate("conc", func(string, func(any) error) error { return nil }); err != nil {
						errc <- err
						return
					}
				}
			}
		}(w)
	}
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Fatal(err)
	}
	n := 0
	if err := s.Iterate("conc2", func(string, func(any) error) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	if n != workers*per {
		t.Fatalf("records = %d, want %d", n, workers*per)
	}
	// Close racing with users: operations either succeed or return ErrClosed.
	var wg2 sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg2.Add(1)
		go func(w int) {
			defer wg2.Done()
			for i := 0; i < 100; i++ {
				if err := s.Put("late", fmt.Sprint(w, i), rec{}); err != nil && !errors.Is(err, ErrClosed) {
					t.Error(err)
				}
			}
		}(w)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	wg2.Wait()
}

func TestOpenBadDir(t *testing.T) {
	if _, err := Open("", nil); err == nil || !strings.HasPrefix(err.Error(), "nodestore: ") {
		t.Fatalf("Open(\"\") = %v", err)
	}
}

func TestCounts(t *testing.T) {
	s, _ := openTemp(t)
	if got, err := s.Counts(); err != nil || len(got) != 0 {
		t.Fatalf("empty store: %v %v", got, err)
	}
	// Cursors and metadata are not bucket records; a key holding a NUL
	// stays in its bucket; neighbouring names are distinct buckets.
	if err := s.SetCursor("stream", Cursor{Number: 1}); err != nil {
		t.Fatal(err)
	}
	puts := map[string][]string{"a": {"1", "2", "x\x00y"}, "a.b": {"1"}, "ab": {"1", "2"}}
	for b, keys := range puts {
		for _, k := range keys {
			if err := s.Put(b, k, rec{}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := s.Delete("ab", "2"); err != nil {
		t.Fatal(err)
	}
	got, err := s.Counts()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"a": 3, "a.b": 1, "ab": 1}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("Counts = %v, want %v", got, want)
	}
	_ = s.Close()
	if _, err := s.Counts(); !errors.Is(err, ErrClosed) {
		t.Fatalf("closed store: %v", err)
	}
}
