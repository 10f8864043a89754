package nodestore

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/hashicorp/go-hclog"
)

// RecordVersion is the format version byte written in front of every record.
const RecordVersion byte = 1

// SchemaVersion is the store layout version kept under the metadata prefix.
const SchemaVersion = 1

var (
	// ErrNotFound is returned when a key has no record.
	ErrNotFound = errors.New("nodestore: not found")
	// ErrCorrupt is wrapped by errors about undecodable records.
	ErrCorrupt = errors.New("nodestore: corrupt record")
	// ErrClosed is returned by operations on a closed Store.
	ErrClosed = errors.New("nodestore: store is closed")
)

const (
	prefixMeta   = 'm'
	prefixCursor = 'c'
	prefixBucket = 'b'
	keySep       = 0x00
)

// Store is the node's persistent state. It is safe for concurrent use.
type Store struct {
	mu     sync.RWMutex // RLock: an operation in flight; Lock: Close
	db     *pebble.DB
	logger hclog.Logger
}

// Open opens (creating if absent) the store in dir. A nil logger discards.
func Open(dir string, logger hclog.Logger) (*Store, error) {
	if logger == nil {
		logger = hclog.NewNullLogger()
	}
	if dir == "" {
		return nil, errors.New("nodestore: empty directory")
	}
	db, err := pebble.Open(dir, &pebble.Options{Logger: pebbleLogger{logger.Named("pebble")}})
	if err != nil {
		return nil, fmt.Errorf("nodestore: open %s: %w", dir, err)
	}
	s := &Store{db: db, logger: logger}
	if err := s.checkSchema(); err != nil {
		_ = db.Close()
		return nil, err
	}
	logger.Debug("opened node store", "dir", dir)
	return s, nil
}

func (s *Store) checkSchema() error {
	key := []byte{prefixMeta}
	key = append(key, "schema"...)
	var v int
	err := s.get(key, &v)
	switch {
	case errors.Is(err, ErrNotFound):
		return s.set(key, SchemaVersion)
	case err != nil:
		return err
	case v != SchemaVersion:
		return fmt.Errorf("nodestore: schema version %d, this build reads %d", v, SchemaVersion)
	}
	return nil
}

// Close closes the store; later operations return ErrClosed. Closing twice
// is not an error.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return nil
	}
	err := s.db.Close()
	s.db = nil
	if err != nil {
		return fmt.Errorf("nodestore: close: %w", err)
	}
	return nil
}

// begin takes the read lock and returns the database, or ErrClosed.
func (s *Store) begin() (*pebble.DB, error) {
	s.mu.RLock()
	if s.db == nil {
		s.mu.RUnlock()
		return nil, ErrClosed
	}
	return s.db, nil
}

func (s *Store) end() { s.mu.RUnlock() }

func encode(v any) ([]byte, error) {
	js, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("nodestore: encode: %w", err)
	}
	return append([]byte{RecordVersion}, js...), nil
}

func decode(key, raw []byte, v any) error {
	if len(raw) == 0 {
		return fmt.Errorf("%w: key %q: empty record", ErrCorrupt, key)
	}
	if raw[0] != RecordVersion {
		return fmt.Errorf("%w: key %q: record version %d, want %d", ErrCorrupt, key, raw[0], RecordVersion)
	}
	if err := json.Unmarshal(raw[1:], v); err != nil {
		return fmt.Errorf("%w: key %q: %v", ErrCorrupt, key, err)
	}
	return nil
}

func (s *Store) get(key []byte, v any) error {
	db, err := s.begin()
	if err != nil {
		return err
	}
	defer s.end()
	raw, closer, err := db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("nodestore: get %q: %w", key, err)
	}
	defer closer.Close()
	return decode(key, raw, v)
}

func (s *Store) set(key []byte, v any) error {
	val, err := encode(v)
	if err != nil {
		return err
	}
	db, err := s.begin()
	if err != nil {
		return err
	}
	defer s.end()
	if err := db.Set(key, val, pebble.Sync); err != nil {
		return fmt.Errorf("nodestore: set %q: %w", key, err)
	}
	return nil
}

func bucketPrefix(bucket string) ([]byte, error) {
	if bucket == "" {
		return nil, errors.New("nodestore: empty bucket name")
	}
	if strings.IndexByte(bucket, keySep) >= 0 {
		return nil, fmt.Errorf("nodestore: bucket name %q contains a NUL byte", bucket)
	}
	p := make([]byte, 0, len(bucket)+2)
	p = append(p, prefixBucket)
	p = append(p, bucket...)
	return append(p, keySep), nil
}

func bucketKey(bucket, key string) ([]byte, error) {
	p, err := bucketPrefix(bucket)
	if err != nil {
		return nil, err
	}
	return append(p, key...), nil
}

// Put stores v (JSON-encoded) under bucket/key, durably.
func (s *Store) Put(bucket, key string, v any) error {
	k, err := bucketKey(bucket, key)
	if err != nil {
		return err
	}
	return s.set(k, v)
}

// Get decodes the record under bucket/key into v (a pointer). It returns
// ErrNotFound if there is none and an error wrapping ErrCorrupt if the
// record does not decode.
func (s *Store) Get(bucket, key string, v any) error {
	k, err := bucketKey(bucket, key)
	if err != nil {
		return err
	}
	return s.get(k, v)
}

// Has reports whether bucket/key has a record.
func (s *Store) Has(bucket, key string) (bool, error) {
	var raw json.RawMessage
	err := s.Get(bucket, key, &raw)
	switch {
	case errors.Is(err, ErrNotFound):
		return false, nil
	case err != nil:
		return false, err
	}
	return true, nil
}

// Delete removes bucket/key, durably. Deleting a missing key is not an error.
func (s *Store) Delete(bucket, key string) error {
	k, err := bucketKey(bucket, key)
	if err != nil {
		return err
	}
	db, err := s.begin()
	if err != nil {
		return err
	}
	defer s.end()
	if err := db.Delete(k, pebble.Sync); err != nil {
		return fmt.Errorf("nodestore: delete %q: %w", k, err)
	}
	return nil
}

// Iterate calls fn for every record of bucket in ascending key order, with
// a function decoding the record into a pointer. fn's error stops the
// iteration and is returned. fn must not call Close on the store.
func (s *Store) Iterate(bucket string, fn func(key string, decode func(v any) error) error) error {
	p, err := bucketPrefix(bucket)
	if err != nil {
		return err
	}
	upper := append([]byte(nil), p...)
	upper[len(upper)-1]++ // keySep+1: the first key past the bucket
	db, err := s.begin()
	if err != nil {
		return err
	}
	defer s.end()
	it, err := db.NewIter(&pebble.IterOptions{LowerBound: p, UpperBound: upper})
	if err != nil {
		return fmt.Errorf("nodestore: iterate %q: %w", bucket, err)
	}
	for it.First(); it.Valid(); it.Next() {
		k := append([]byte(nil), it.Key()...)
		raw := append([]byte(nil), it.Value()...)
		if err := fn(string(k[len(p):]), func(v any) error { return decode(k, raw, v) }); err != nil {
			_ = it.Close()
			return err
		}
	}
	if err := it.Close(); err != nil {
		return fmt.Errorf("nodestore: iterate %q: %w", bucket, err)
	}
	return nil
}

// Cursor is the position of an event stream: the last fully processed block.
type Cursor struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
}

func cursorKey(stream string) ([]byte, error) {
	if stream == "" {
		return nil, errors.New("nodestore: empty stream name")
	}
	return append([]byte{prefixCursor}, stream...), nil
}

// SetCursor records the cursor of stream, durably.
func (s *Store) SetCursor(stream string, c Cursor) error {
	k, err := cursorKey(stream)
	if err != nil {
		return err
	}
	return s.set(k, c)
}

// Cursor returns the cursor of stream; ok is false if none was recorded.
func (s *Store) Cursor(stream string) (c Cursor, ok bool, err error) {
	k, err := cursorKey(stream)
	if err != nil {
		return Cursor{}, false, err
	}
	err = s.get(k, &c)
	switch {
	case errors.Is(err, ErrNotFound):
		return Cursor{}, false, nil
	case err != nil:
		return Cursor{}, false, err
	}
	return c, true, nil
}

// Batch collects writes applied atomically by Commit. A Batch must be used
// by one goroutine at a time; after Commit or Discard it must not be used.
type Batch struct {
	s   *Store
	ops []batchOp
	err error // first error while building; Commit returns it
}

type batchOp struct {
	key []byte
	val []byte // nil: delete
}

// NewBatch starts a batch.
func (s *Store) NewBatch() *Batch { return &Batch{s: s} }

func (b *Batch) add(key []byte, err error, v any, del bool) {
	if b.err != nil {
		return
	}
	if err != nil {
		b.err = err
		return
	}
	if del {
		b.ops = append(b.ops, batchOp{key: key})
		return
	}
	val, err := encode(v)
	if err != nil {
		b.err = err
		return
	}
	b.ops = append(b.ops, batchOp{key: key, val: val})
}

// Put adds a Put of bucket/key to the batch.
func (b *Batch) Put(bucket, key string, v any) {
	k, err := bucketKey(bucket, key)
	b.add(k, err, v, false)
}

// Delete adds a Delete of bucket/key to the batch.
func (b *Batch) Delete(bucket, key string) {
	k, err := bucketKey(bucket, key)
	b.add(k, err, nil, true)
}

// SetCursor adds a cursor update to the batch, so that advancing a stream
// and recording what its events caused happen atomically.
func (b *Batch) SetCursor(stream string, c Cursor) {
	k, err := cursorKey(stream)
	b.add(k, err, c, false)
}

// Len is the number of writes in the batch.
func (b *Batch) Len() int { return len(b.ops) }

// Commit applies every write of the batch atomically and durably. If any
// write could not be encoded, nothing is applied and that error is returned.
func (b *Batch) Commit() error {
	if b.err != nil {
		return b.err
	}
	db, err := b.s.begin()
	if err != nil {
		return err
	}
	defer b.s.end()
	pb := db.NewBatch()
	defer pb.Close()
	for _, op := range b.ops {
		if op.val == nil {
			err = pb.Delete(op.key, nil)
		} else {
			err = pb.Set(op.key, op.val, nil)
		}
		if err != nil {
			return fmt.Errorf("nodestore: batch: %w", err)
		}
	}
	if err := pb.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("nodestore: batch commit: %w", err)
	}
	b.ops = nil
	return nil
}

// Discard drops the batch's writes.
func (b *Batch) Discard() { b.ops = nil }

// rawSet writes raw bytes under a bucket key; tests use it to plant
// corrupt records.
func (s *Store) rawSet(bucket, key string, raw []byte) error {
	k, err := bucketKey(bucket, key)
	if err != nil {
		return err
	}
	db, err := s.begin()
	if err != nil {
		return err
	}
	defer s.end()
	return db.Set(k, raw, pebble.Sync)
}

// pebbleLogger routes pebble's log lines to hclog.
type pebbleLogger struct{ l hclog.Logger }

func (p pebbleLogger) Infof(format string, args ...any) { p.l.Debug(fmt.Sprintf(format, args...)) }

// Fatalf is called by pebble on an internal invariant violation and must not
// return; it logs and panics (pebble's default logger exits the process).
func (p pebbleLogger) Fatalf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	p.l.Error("pebble fatal", "msg", msg)
	panic("nodestore: pebble fatal: " + msg)
}

// Counts returns the number of records in every non-empty bucket, by
// bucket name. It reads keys only (no record is decoded) and visits every
// bucket record once: its cost grows with the store, so callers take it
// once per tick at most (the node's opml_store_records gauge).
func (s *Store) Counts() (map[string]int, error) {
	db, err := s.begin()
	if err != nil {
		return nil, err
	}
	defer s.end()
	it, err := db.NewIter(&pebble.IterOptions{LowerBound: []byte{prefixBucket}, UpperBound: []byte{prefixBucket + 1}})
	if err != nil {
		return nil, fmt.Errorf("nodestore: counts: %w", err)
	}
	out := map[string]int{}
	for it.First(); it.Valid(); it.Next() {
		k := it.Key()[1:]
		if i := bytes.IndexByte(k, keySep); i >= 0 {
			out[string(k[:i])]++
		}
	}
	if err := it.Close(); err != nil {
		return nil, fmt.Errorf("nodestore: counts: %w", err)
	}
	return out, nil
}
