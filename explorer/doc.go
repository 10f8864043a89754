// Package explorer is opml's dispute explorer: a read-only web view of a
// deployment — the registered models, the requests and their claims, and
// every dispute game drawn round by round down to the step executed
// onchain, with its verdict, both clocks, the bonds and the settlement.
//
// Index folds the contracts' events (oracle, dispute game, registry) into
// records. It is a pure fold, safe for concurrent use, whose readers get
// copies. Follow keeps an Index up to date through the same confirmed-event
// follower the nodes use (infra/chainfollow), keeping every log it applied
// in a nodestore.Store in the same batch as the follower's cursor: a
// restart rebuilds the Index from the store (Load) without re-reading the
// chain's history, and a reorg deeper than the confirmations deletes the
// orphaned blocks' logs and rebuilds the Index, so the view never shows an
// event of a block that is no longer canonical once the follower has seen
// the new chain.
//
// Server renders the pages with html/template from embedded templates (no
// front-end build), serves the same data as JSON under /api/, and streams
// the Index's version as server-sent events (/api/updates): an open page
// swaps in its refreshed main section whenever a block arrives, so a game
// can be watched live. Live values the events do not carry (clocks, whose
// turn it is, bonds, the chain's time) are read with eth_call when a page
// is built. The Server never signs or sends anything. Unknown records are
// answered 404 with a page that updates itself when the record appears;
// malformed IDs are answered 400. Errors are prefixed "explorer:".
package explorer
