// Package demo runs the whole opml protocol on an in-process devnet and
// narrates it: contracts deployed, fixture models registered, a consumer
// contract's request claimed side by side by a lying submitter and an
// honest one; a challenger disproves the false claim through the
// dissection game and one onchain step (half the liar's bond burned, half
// paid to the challenger) while the honest claim, never kept out by the
// false one, is finalized after its window and delivered to the consumer
// contract; then a second request answered by the honest submitter alone.
// RunLLM is the same for a language model: the consumer contract asks the
// fixture completion model (lm) to complete a prompt, the liar claims the
// greedy completion with one generated token changed and loses its game at
// one step, and the honest completion is delivered to the consumer
// contract as text; it reports the gas of every transaction.
//
// Watcher, the narrator, is independent of the nodes: it reads the
// contracts' events over JSON-RPC and keeps a typed record of what happened
// (claims, games, rounds, credits, deliveries), which is what Run checks and
// what the end-to-end tests assert on.
//
// Guarantees: Run returns nil only if the honest output (equal to a local VM
// run) was finalized and delivered to the consumer contract for both
// requests, the honest claim on the first was posted while the false claim
// was pending and is the one finalized, the false claim was rejected, the
// challenger was credited exactly its bond plus half the liar's bond and
// the other half was burned, the liar was credited nothing, and both
// winners withdrew. RunLLM returns nil only if the delivered text (and
// the oracle's result) is the completion the VM decodes locally, the false
// claim asserted exactly the changed completion, the challenger won by
// executing the expected step (the halting step, or the step before the
// liar's first false hash) and the bonds moved as in Run. Everything they
// start (devnet, nodes, goroutines) is stopped before they return.
// Watcher is safe for concurrent use.
package demo
