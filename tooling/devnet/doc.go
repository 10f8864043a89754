// Package devnet runs an Ethereum development chain inside the current
// process, assembled from go-ethereum the way `geth --dev` assembles it: a
// node.Node with an in-memory database, the eth.Ethereum service, and a
// catalyst.SimulatedBeacon standing in for the consensus client. No external
// binary is started. The JSON-RPC API is served over HTTP and WebSocket on a
// loopback address, so any code that dials an Ethereum endpoint
// (ethclient.Dial, bind, txmgr, the opml node) can run against it.
//
// # Guarantees
//
//   - Pinned rules: the chain runs under chainconfig.Config() (every fork through
//     Osaka active at genesis, no later fork, chain ID 1337), not geth's
//     AllDevChainProtocolChanges, which also turns on forks after Osaka.
//   - Deterministic genesis: the genesis block depends only on the Config
//     (Accounts, Balance, GasLimit) and the go-ethereum version: timestamp 0,
//     initial base fee 1 gwei, the system contracts the forks call into
//     (core.SystemContractAllocs) and the prefunded accounts. Two devnets with
//     the same Config have the same genesis hash.
//   - Deterministic accounts: account i's key is keccak256("opml devnet account
//     " + decimal(i)), the same on every start and in every process. These keys
//     are public test keys: anyone can compute them. Never use them, or
//     addresses derived from them, for real funds or on any public network.
//   - Sealing: a block is sealed as soon as a transaction enters the pool
//     (instant sealing, like `geth --dev` with period 0), and an empty block is
//     sealed when no block has been sealed for Config.BlockTime, so chain time
//     advances while the chain is idle. Start seals block 1 before it returns,
//     so the head timestamp is current from the start. All sealing runs on one
//     goroutine owned by the Devnet (SimulatedBeacon.Commit is not safe for
//     concurrent use, so the beacon's own period-0 loop is not used).
//   - Timestamps: a block's timestamp is the wall-clock second at which it is
//     sealed, or its parent's timestamp + 1 if that is not later (block
//     timestamps must strictly increase). After a burst of transactions
//     (several blocks in one second) chain time therefore runs ahead of the
//     wall clock by the burst's excess blocks, and stays that far ahead: the
//     heartbeat keeps sealing one block per BlockTime, so durations measured
//     in chain time (challenge windows, game clocks) pass at the wall-clock
//     rate, neither stalling nor racing. (An earlier design paused the
//     heartbeat until the wall clock caught up; that froze chain time for as
//     long as the burst had been, e.g. 20 s after a dispute game, and every
//     deadline waited for it.)
//   - Loopback only: Host must be a loopback address; anything else is
//     rejected. The node has no peers, no discovery and no listening p2p port.
//   - Clean failure: Start returns an error prefixed "devnet: " on a bad
//     Config or a port in use (ports are probed before any go-ethereum service
//     is built); it never panics. Close stops every goroutine the Devnet
//     started and frees its ports; it is safe to call more than once.
//     Limitation: if another process takes an explicit port in the instant
//     between the probe and go-ethereum's bind, Start still fails cleanly with
//     an error and frees everything it bound, but goroutines of the
//     half-built eth service can be left behind (go-ethereum can stop that
//     service only after it started). Ports chosen with 0 cannot hit this.
//   - Storage: databases are in memory. The only file-system use is the empty
//     ephemeral keystore directory go-ethereum's node creates in the temp
//     directory and removes on Close.
//   - Concurrency: all methods of *Devnet are safe for concurrent use, and
//     several Devnets can run in one process on different ports.
//
// # Logging
//
// Log output of the node (RPC servers, p2p) goes to Config.Logger at debug
// (and trace) level through a log/slog handler adapter. Much of go-ethereum
// (eth, core, miner, catalyst) logs through geth's process-wide root logger
// (github.com/ethereum/go-ethereum/log.Root), which discards everything unless
// the program installs one; this package never changes it, because it is
// shared by every Devnet in the process.
//
// # RPC namespaces
//
// eth (including filters and eth_subscribe over WebSocket), net, web3,
// txpool, debug (including tracing) and dev (dev_addWithdrawal,
// dev_setFeeRecipient; queued withdrawals are included in the next sealed
// block). The engine and testing namespaces are not exposed.
package devnet
