// Package nodestore is the persistent state of an opml node (submitter or
// challenger), kept in a pebble database.
//
// Layout: every record lives under a typed key prefix:
//
//	"m" + name                    store metadata (schema version)
//	"c" + stream                  event cursor of a stream (last processed block)
//	"b" + bucket + 0x00 + key     generic bucket record
//
// Every value is a record: one format-version byte (RecordVersion) followed
// by the JSON encoding of the value. A record whose version byte is unknown,
// or whose JSON does not decode, yields an error wrapping ErrCorrupt; the
// store never panics on stored bytes.
//
// Guarantees:
//   - Durability: every write (Put, Delete, SetCursor, Batch.Commit) is
//     committed with pebble.Sync, so once it returns nil the write survives
//     a process crash (SIGKILL) or power loss.
//   - Atomicity: a Batch applies all of its writes or none of them, also
//     across a crash.
//   - Order: Iterate visits a bucket's keys in ascending byte order.
//   - Concurrency: a *Store is safe for concurrent use by many goroutines;
//     Close waits for operations in flight. A *Batch must be used by one
//     goroutine at a time.
//   - Errors all start with "nodestore: "; ErrNotFound, ErrCorrupt and
//     ErrClosed can be tested with errors.Is.
package nodestore
