// Package modelfetch fetches models registered onchain: a Fetcher
// downloads a registered model file and its model card from the URI the
// registration recorded (the card at URI + ".json", as modelcard.Path
// names a file's card), verifies that the file decodes and hashes to the
// registered model ID and that the card binds to it, and caches both in a
// directory (<id>.opml and <id>.opml.json) bounded in bytes, evicting the
// least recently used models. A Pool keeps the registrations a node has
// seen, fetches each in the background, retries a failed one with
// exponential backoff, and hands out only verified models.
//
// Anyone can register a model, so fetching is defensive: the file's size is
// exactly the size its registered header implies (FileSize), and no more is
// read; a card is at most MaxCardBytes; every request has a timeout; a
// redirect must stay on http or https and never downgrade https to http;
// loopback, private, link-local and unspecified addresses (checked on the
// address actually dialled, after DNS) and file:// URIs are refused unless
// Config.AllowLocal is set (tests and the devnet set it). Proxies from the
// environment are not used.
//
// The package declares what it consumes: Metrics (implemented by
// node/nodemetrics) counts fetch results. Errors are prefixed
// "modelfetch:". Fetcher and Pool are safe for concurrent use.
package modelfetch
