// Package launch assembles and runs one opml node (a submitter or a
// challenger) from a plain Config: it opens the node's pebble store, dials
// the chain, builds the transaction manager with its journal in the store,
// the metrics and the service, and drives them with node.Run until the
// context ends. The opml CLI's submitter and challenger commands and the
// in-process demo both run nodes through it, so they are the same code.
//
// Guarantees: Run returns nil when its context is cancelled, after closing
// everything it opened; start-up chain reads are retried with back-off, so a
// node may be started before its endpoint answers. Each Run owns its data
// directory (pebble locks it: a second Run on the same directory fails).
package launch
