// Package loadgen loads an opml deployment with requests and measures and
// checks what the nodes make of them: `opml loadgen` and the soak test.
//
// Run sends requests from several funded accounts, each its own
// transaction manager (its own nonce stream), in bursts of Burst requests
// at Rate bursts per second (or one burst per new block), until Requests
// were sent or Duration passed, with a model mix of the fixture models
// (completion requests for the language model). The target is either a
// deployment file with the keys of funded accounts (an `opml devnet`, or
// any chain whose nodes run elsewhere), or an in-process devnet that Run
// starts itself (tooling/demo.StartChain) with the nodes in this process
// (node/launch through demo.Nodes): Submitters honest submitters, one
// challenger and, if Lies > 0, a dishonest submitter (TEST-ONLY fault
// injection) that claims a false output beside the honest ones.
//
// Lies are realized with fees: a request meant to be lied about pays
// LieFee instead of Fee, and the liar's fee policy claims only requests
// paying more than Fee; the honest submitters claim every request. Which
// requests are lies is fixed by the request index (exactly ⌊n·Lies⌋ of the
// first n, spread evenly); the model and the input (one of Inputs per
// model, the fixture's sample and seeded variations of it) by Seed.
//
// # Guarantees
//
//   - Determinism: the same Config (Seed included) sends the same
//     requests in the same order; timing and block placement vary.
//   - Bounded: the whole run, sending and waiting, is bounded by Timeout;
//     the analysis afterwards by a fixed 5 minutes. Everything Run starts
//     (devnet, nodes, senders, goroutines) is stopped before it returns.
//   - Bad configuration is an error prefixed "loadgen: ", never a panic.
//   - Report: after every request was finalized (or the timeout), Run
//     checks and reports in Report.Problems, one line each: a request not
//     finalized, or finalized with an output other than the local VM's
//     (each input run once); a false claim (output unlike the VM's) not
//     rejected; a true claim rejected; a game on a true claim won by the
//     challenger or on a false claim won by the claimant (a game lost by
//     an honest party); a game still open; a request that failed to send;
//     a double send: two transactions of one account with the same key —
//     a submit for one request, a challenge or a finalize of one claim, a
//     move (bisect, choose, step) at one game position (the game and the
//     parent position, the first two arguments of the move) — counted from
//     the chain's transactions, reverted ones included.
//   - Measures: request → first true claim and request → finalized
//     latency percentiles in blocks (from the request's block) and seconds
//     (from the start of the send to when the watcher, polling every
//     250 ms, saw the event); the in-process challenger's claims checked
//     (its metrics: agreed + disputed) per second from the first claim seen
//     to the last check, and its largest backlog; games opened and won; gas
//     per finalized request (every transaction attributable to a request:
//     the request, submits, challenges, moves, timeouts, finalize — over
//     the requests finalized; withdrawals are not attributed); requests
//     mined per block (the load really offered); per claim, the lag from
//     when it was seen to when the challenger's count of checks covered it;
//     per sample (every Progress), the process's memory (runtime.MemStats:
//     the whole process, devnet and load generator included), each devnet
//     node's data directory size and live store records, and, with
//     NodeBinary (the nodes as processes of their own), each node's own
//     resident set and Go heap from its /metrics.
//
// On the in-process devnet a block is sealed as soon as transactions
// arrive unless FixedBlockTime, and every block advances chain time by at
// least a second, so under load chain time runs ahead of the wall clock
// (tooling/devnet): a challenge window in seconds passes in fewer
// wall-clock seconds and latencies in blocks are larger than on a chain
// with a fixed block time. Capacity figures (BENCHMARKS.md §9, `make
// load`) are measured with FixedBlockTime.
package loadgen
