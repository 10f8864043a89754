// Package deployment writes and reads the deployment file (a versioned JSON
// record of one opml deployment: chain ID, contract addresses, parameters,
// registered models) and performs the operator and consumer operations the
// opml CLI exposes: deploy the contracts, register a model, send a request
// and read its result.
//
// Guarantees: every operation goes through a caller-supplied Sender (a
// txmgr.Manager in the CLI), so fees, retries and revert decoding are the
// transaction manager's; operations are idempotent where the chain lets them
// be (registering a registered model is a no-op that says so). Files are
// written atomically (temporary file + rename): a crash leaves the old file
// or the new one, never a torn one. Load rejects unknown versions and
// malformed files with an error prefixed "deployment: ". Functions are safe
// for concurrent use; a *File is a plain value.
package deployment
