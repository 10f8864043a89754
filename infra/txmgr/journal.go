package txmgr

import (
	"fmt"
	"sort"
	"sync"

	"github.com/opml-dev/opml/infra/nodestore"
)

// JournalBucket is the nodestore bucket holding pending transactions.
const JournalBucket = "txmgr.pending"

// StoreJournal is a Journal kept in a nodestore.Store (every write synced).
type StoreJournal struct{ s *nodestore.Store }

// NewStoreJournal returns a Journal in s.
func NewStoreJournal(s *nodestore.Store) *StoreJournal { return &StoreJournal{s: s} }

// Save stores r under r.Key, replacing any earlier version.
func (j *StoreJournal) Save(r Record) error {
	if r.Key == "" {
		return fmt.Errorf("txmgr: journal record without key")
	}
	return j.s.Put(JournalBucket, r.Key, r)
}

// Load returns every record in key order.
func (j *StoreJournal) Load() ([]Record, error) {
	var out []Record
	err := j.s.Iterate(JournalBucket, func(key string, decode func(any) error) error {
		var r Record
		if err := decode(&r); err != nil {
			return err
		}
		out = append(out, r)
		return nil
	})
	return out, err
}

// Delete removes the record of key.
func (j *StoreJournal) Delete(key string) error { return j.s.Delete(JournalBucket, key) }

var _ Journal = (*StoreJournal)(nil)

// MemJournal is a Journal in memory, for one-shot tools (deploy, request)
// that do not outlive their transactions: it gives no restart safety.
type MemJournal struct {
	mu sync.Mutex
	m  map[string]Record
}

// NewMemJournal returns an empty in-memory Journal.
func NewMemJournal() *MemJournal { return &MemJournal{m: map[string]Record{}} }

// Save stores r under r.Key, replacing any earlier version.
func (j *MemJournal) Save(r Record) error {
	if r.Key == "" {
		return fmt.Errorf("txmgr: journal record without key")
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	j.m[r.Key] = r
	return nil
}

// Load returns every record in key order.
func (j *MemJournal) Load() ([]Record, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	out := make([]Record, 0, len(j.m))
	for _, r := range j.m {
		out = append(out, r)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Key < out[b].Key })
	return out, nil
}

// Delete removes the record of key.
func (j *MemJournal) Delete(key string) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	delete(j.m, key)
	return nil
}

var _ Journal = (*MemJournal)(nil)
