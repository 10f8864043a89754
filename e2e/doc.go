// Package e2e holds whole-system tests of opml: the built `opml` binary runs
// as separate processes (a devnet, submitters, challengers, and the request,
// result and run commands) against a chain, and a demo.Watcher following the
// contracts' events over JSON-RPC checks the outcome: claims finalized or
// rejected, games won and by which step or timeout, credits, consumer
// deliveries. The package has no non-test code; everything is in its tests.
//
// What the harness guarantees:
//
//   - The binary is built once per run (`go build -o TMP/opml ./cmd/opml`
//     from the module root) unless $OPML_BIN names one.
//   - Every scenario gets its own chain (an `opml devnet` process on free
//     ports, a `geth --dev` or an anvil node), its own temporary directory
//     and its own node datadirs, so scenarios run in parallel (TestMain raises the
//     default -parallel to 8 when it is not given: the scenarios mostly wait
//     for blocks, windows and clocks).
//   - Every process runs in its own process group with SIGKILL as its
//     parent-death signal, and a test cleanup kills the group: processes are
//     gone after a test passes, fails or the test binary dies on -timeout.
//   - Process output goes to files in the test's temporary directory; on
//     failure the tail of each is logged, with the Watcher's narration.
//   - Waiting is polling with generous deadlines (bounded by the test's
//     deadline); no test asserts how long anything took.
//
// With -short (the fast lane, make check) the suite does not run: TestMain
// returns before building the binary. The scenarios are the full lane's
// (make test, make e2e): they take about a minute of processes and chains,
// and go test's result cache cannot see the sources of the binary they
// build, so a cached pass could hide a change.
//
// The real-geth tests (TestGeth, TestGethLLMLiar) need geth v1.17.8 at
// $OPML_GETH or bin/tools/geth under the module root; without it they are
// skipped, or fail if OPML_E2E_REQUIRE_GETH=1.
//
// The second EVM client: TestAnvil (the happy path) and TestAnvilDispute
// (a liar disproven at one step) run the same scenarios as TestGeth's
// subtests (happyMLP, disputeMLP) against Foundry's anvil 1.7.1 (StartAnvil:
// a block a second, EIP-7825's gas cap on). They need anvil at $OPML_ANVIL or
// where `make tools` puts it (bin/tools/anvil-1.7.1/node_modules/...; the npm
// package @foundry-rs/anvil-linux-amd64, pinned in tooling/anvil/); without it
// they are skipped, or fail if OPML_E2E_REQUIRE_ANVIL=1 (make test, make e2e).
// About 35 s each, in parallel.
//
// The consumer kit's example consumer (contracts/kit/examples/
// DigitClassifier.sol) runs in the happy paths (TestHappyPath on a devnet,
// TestGeth's happy subtest, TestAnvil): deployed from the consumer account
// through the transaction manager (it is a dapp's contract: not in the
// deployment file), it asks the mlp fixture beside the ExampleConsumer's
// request, and after the honest claim finalizes its delivered(id),
// labelOf(id) and Classified event must carry the argmax of `opml run`'s
// output. TestKitCancel (a devnet with a 20-second request timeout and no
// submitter, about 25 s) lets a request through it expire, cancels it as the
// asker and withdraws the fee (balance checked to the wei, gas included).
//
// The explorer in a real browser: TestExplorer runs `opml demo --explorer`
// and drives headless Chromium (testkit/browser; Debian's chromium at
// $OPML_CHROMIUM or /usr/bin/chromium, skipped without it unless
// OPML_E2E_REQUIRE_CHROMIUM=1, as make test and make e2e set). The game's
// page, opened before the game exists, must show without a reload the game
// appear, its rounds appear in order with nested ranges down to one step,
// the disproved step, the verdict and the payouts; the request's page the
// claims' fates and the finalized digit. -explorer.screenshot FILE writes the
// game page's screenshot (make explorer-screenshot). About 30 s.
//
// The LLM scenario (TestLLMLiar on a devnet, TestGethLLMLiar on geth)
// requests completions of the lm fixture's prompt through the
// ExampleConsumer while liars change the first, the middle and the last
// generated token in turn (`opml submitter --dishonest.output
// --dishonest.token I`): each false claim loses at the halting step after
// ⌈log_k N⌉ rounds, and the completion delivered is `opml generate`'s, the
// fixture's golden one. With N = 857,025 steps a game is 10 rounds at the
// devnet's arity 4 (5 to 10 s per liar, 22 to 45 s in all) and 5 at arity 16
// on geth, where every move waits for the next block (15 to 20 s per liar,
// about 75 s in all: the longest e2e test, beside TestGeth's 50 to 60 s).
package e2e
