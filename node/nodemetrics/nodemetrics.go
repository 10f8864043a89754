package nodemetrics

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics is one node's metrics.
type Metrics struct {
	reg       *prometheus.Registry
	txs       *prometheus.CounterVec
	rpcErrors *prometheus.CounterVec
	ticks     prometheus.Counter
	tickErrs  prometheus.Counter
	block     prometheus.Gauge
	records   *prometheus.GaugeVec
	recordsMu sync.Mutex
	buckets   map[string]bool // the buckets of records seen so far
	gasUsed   *prometheus.CounterVec

	claims     *prometheus.CounterVec
	games      *prometheus.GaugeVec
	moves      *prometheus.CounterVec
	clockLeft  prometheus.Gauge
	bondsStake prometheus.Gauge
	bondsWon   prometheus.Gauge
	bondsLost  prometheus.Gauge
	execution  prometheus.Histogram
	proof      prometheus.Histogram
	reaction   prometheus.Histogram
	fetches    *prometheus.CounterVec
	pending    prometheus.Gauge

	backlog       *prometheus.GaugeVec
	backlogOldest prometheus.Gauge
	backlogWindow prometheus.Gauge
	backlogMu     sync.Mutex
	backlogKinds  map[string]backlogOf // the last report of each kind
}

// backlogOf is one kind's last backlog report.
type backlogOf struct {
	records            int
	oldest, windowLeft uint64
}

// Claim outcomes (label outcome of opml_claims_total).
const (
	ClaimPosted   = "posted"   // submitter: our claim was mined
	ClaimAccepted = "accepted" // submitter: our claim finalized
	ClaimRejected = "rejected" // submitter: our claim was rejected (a game lost)
	// ClaimSuperseded (submitter): our claim survived its window after
	// another claim had finalized the request; its bond came back, no fee.
	ClaimSuperseded = "superseded"
	// ClaimUnderpaid (submitter): a request whose fee is below our fee
	// policy's requirement; not claimed.
	ClaimUnderpaid = "underpaid"
	// ClaimUnderivable (submitter and challenger): our trace's final state
	// hash is not the hash the oracle derives from its output and final RAM
	// root (the model breaks P4); the submitter refuses to claim, the
	// challenger flags it.
	ClaimUnderivable = "underivable"
	ClaimAgreed      = "agreed"     // challenger: re-execution agrees with the claim
	ClaimDisputed    = "disputed"   // challenger: re-execution disagrees (a false claim)
	ClaimChallenged  = "challenged" // challenger: our challenge was mined
	ClaimMissed      = "missed"     // challenger: a false claim could not be challenged any more
)

// Game statuses (label status of opml_games).
const (
	GameOpen = "open"
	GameWon  = "won"
	GameLost = "lost"
)

// New returns metrics for a node of the given role ("submitter" or
// "challenger"), registered in a fresh registry.
func New(role string) *Metrics {
	labels := prometheus.Labels{"role": role}
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		txs: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "opml", Name: "transactions_total",
			Help: "Transactions by kind (submit, challenge, move, finalize, withdraw) and fate (broadcast, bumped, confirmed, reverted).", ConstLabels: labels},
			[]string{"kind", "fate"}),
		rpcErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "opml", Name: "rpc_errors_total",
			Help: "JSON-RPC call failures by method.", ConstLabels: labels}, []string{"method"}),
		ticks: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "opml", Name: "ticks_total",
			Help: "Service ticks (each acts on the recorded state: submit, challenge, move, finalize, withdraw).", ConstLabels: labels}),
		tickErrs: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "opml", Name: "tick_errors_total",
			Help: "Ticks that failed (retried on the next tick).", ConstLabels: labels}),
		block: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "opml", Name: "processed_block",
			Help: "The last confirmed block whose logs the node has processed.", ConstLabels: labels}),
		gasUsed: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "opml", Name: "gas_used_total",
			Help: "Gas used by the node's confirmed transactions, by kind.", ConstLabels: labels}, []string{"kind"}),
	}
	m.records = prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: "opml", Name: "store_records",
		Help: "Records in the node's store by bucket, counted after every tick; finished records leave it once retention has passed (docs/nodes.md, Retention).", ConstLabels: labels},
		[]string{"bucket"})
	m.reg.MustRegister(m.records)
	m.claims = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "opml", Name: "claims_total",
		Help: "Claims by outcome: submitter posted, accepted, rejected, superseded, underpaid (request refused by the fee policy), underivable (trace refused, P4); challenger agreed, disputed, challenged, missed, underivable (trace flagged, P4).", ConstLabels: labels},
		[]string{"outcome"})
	m.games = prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: "opml", Name: "games",
		Help: "Own games by status (open, won, lost), recomputed from the node's store every tick.", ConstLabels: labels},
		[]string{"status"})
	m.moves = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "opml", Name: "moves_total",
		Help: "Own game moves mined successfully, by kind (bisect, choose, step, resolveTimeout).", ConstLabels: labels},
		[]string{"kind"})
	m.clockLeft = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "opml", Name: "clock_left_seconds",
		Help: "Smallest own chess-clock time left over own open games, in seconds (0 when no game is open).", ConstLabels: labels})
	m.bondsStake = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "opml", Name: "bonds_at_stake_wei",
		Help: "Own bonds locked in pending claims (submitter) or open games (challenger), in wei.", ConstLabels: labels})
	m.bondsWon = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "opml", Name: "bonds_won_wei",
		Help: "Opponents' bonds won in games, in wei (persisted total).", ConstLabels: labels})
	m.bondsLost = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "opml", Name: "bonds_lost_wei",
		Help: "Own bonds lost in games, in wei (persisted total).", ConstLabels: labels})
	m.execution = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "opml", Name: "execution_seconds",
		Help: "Time to run the VM over a request's input (the whole inference trace).", ConstLabels: labels,
		Buckets: prometheus.ExponentialBuckets(0.001, 4, 10)})
	m.proof = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "opml", Name: "proof_seconds",
		Help: "Time to compute one game answer (the hashes of a bisect or choose, or a step proof).", ConstLabels: labels,
		Buckets: prometheus.ExponentialBuckets(0.0001, 4, 10)})
	m.reaction = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "opml", Name: "challenge_reaction_blocks",
		Help: "Blocks between a false claim's block and the block of our challenge.", ConstLabels: labels,
		Buckets: []float64{0, 1, 2, 3, 5, 10, 20, 50, 100}})
	m.fetches = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "opml", Name: "model_fetches_total",
		Help: "Registered models fetched (fetched: downloaded and verified; cached: verified from the cache; failed: download or verification failed, retried with backoff).", ConstLabels: labels},
		[]string{"result"})
	m.pending = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "opml", Name: "models_pending",
		Help: "Registered models not yet fetched and verified (not served or checked until they are).", ConstLabels: labels})
	m.backlog = prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: "opml", Name: "backlog",
		Help: "Records of a kind (requests, claims) with work due that the last tick left for later ticks (beyond the per-tick cap, docs/nodes.md, Back-pressure); 0: the node keeps up.", ConstLabels: labels},
		[]string{"kind"})
	m.backlogOldest = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "opml", Name: "backlog_oldest_blocks",
		Help: "Age in blocks (head minus its block) of the oldest record left waiting by the last ticks, over all kinds (0: none waits).", ConstLabels: labels})
	m.backlogWindow = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "opml", Name: "backlog_window_left_seconds",
		Help: "Challenger: the least time left in the challenge window of any claim left waiting by the last tick, in seconds (0: none waits).", ConstLabels: labels})
	m.reg.MustRegister(m.backlog, m.backlogOldest, m.backlogWindow)
	m.reg.MustRegister(m.fetches, m.pending, m.txs, m.rpcErrors, m.ticks, m.tickErrs, m.block, m.gasUsed,
		m.claims, m.games, m.moves, m.clockLeft, m.bondsStake, m.bondsWon, m.bondsLost, m.execution, m.proof, m.reaction,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// kind is the prefix of an idempotency key: "move/<game>/<hash>" → "move".
func kind(key string) string {
	k, _, _ := strings.Cut(key, "/")
	if k == "" {
		return "other"
	}
	return k
}

// TxBroadcast implements txmgr.Metrics.
func (m *Metrics) TxBroadcast(key string, _ common.Hash) {
	m.txs.WithLabelValues(kind(key), "broadcast").Inc()
}

// TxBumped implements txmgr.Metrics.
func (m *Metrics) TxBumped(key string, _ common.Hash) {
	m.txs.WithLabelValues(kind(key), "bumped").Inc()
}

// TxConfirmed implements txmgr.Metrics.
func (m *Metrics) TxConfirmed(key string, r *types.Receipt) {
	fate := "confirmed"
	if r != nil && r.Status != types.ReceiptStatusSuccessful {
		fate = "reverted"
	}
	m.txs.WithLabelValues(kind(key), fate).Inc()
	if r != nil {
		m.gasUsed.WithLabelValues(kind(key)).Add(float64(r.GasUsed))
	}
}

// RPCError implements txmgr.Metrics.
func (m *Metrics) RPCError(method string, _ error) { m.rpcErrors.WithLabelValues(method).Inc() }

// Tick records a service tick and whether it failed.
func (m *Metrics) Tick(err error) {
	m.ticks.Inc()
	if err != nil {
		m.tickErrs.Inc()
	}
}

// Block records the last processed block.
func (m *Metrics) Block(n uint64) { m.block.Set(float64(n)) }

// StoreRecords sets the store records gauge from counts (records by bucket,
// nodestore.Store.Counts); a bucket seen before and absent from counts is
// empty now.
func (m *Metrics) StoreRecords(counts map[string]int) {
	m.recordsMu.Lock()
	defer m.recordsMu.Unlock()
	if m.buckets == nil {
		m.buckets = map[string]bool{}
	}
	for b := range m.buckets {
		if _, ok := counts[b]; !ok {
			m.records.WithLabelValues(b).Set(0)
		}
	}
	for b, n := range counts {
		m.buckets[b] = true
		m.records.WithLabelValues(b).Set(float64(n))
	}
}

// The per-game recorders below accept a nil *Metrics (no metrics).

// ModelFetch counts a fetch of a registered model by result (fetched,
// cached, failed: node/modelfetch's Result* constants); it implements
// modelfetch.Metrics.
func (m *Metrics) ModelFetch(result string) {
	if m != nil {
		m.fetches.WithLabelValues(result).Inc()
	}
}

// ModelsPending sets the number of registered models not yet fetched and
// verified; it implements modelfetch.Metrics.
func (m *Metrics) ModelsPending(n int) {
	if m != nil {
		m.pending.Set(float64(n))
	}
}

// Claim counts a claim with the given outcome (Claim* constants).
func (m *Metrics) Claim(outcome string) {
	if m != nil {
		m.claims.WithLabelValues(outcome).Inc()
	}
}

// Backlog records what the last tick left of kind for later ticks:
// records waiting, the age in blocks of the oldest of them and the least
// time (seconds) left in a waiting claim's window (0: none). The
// oldest-age gauge is the largest age over kinds, the window gauge the
// least non-zero time left over kinds, from each kind's last report.
func (m *Metrics) Backlog(kind string, records int, oldestBlocks, windowLeft uint64) {
	if m == nil {
		return
	}
	m.backlogMu.Lock()
	defer m.backlogMu.Unlock()
	if m.backlogKinds == nil {
		m.backlogKinds = map[string]backlogOf{}
	}
	m.backlogKinds[kind] = backlogOf{records: records, oldest: oldestBlocks, windowLeft: windowLeft}
	m.backlog.WithLabelValues(kind).Set(float64(records))
	var oldest, left uint64
	for _, b := range m.backlogKinds {
		oldest = max(oldest, b.oldest)
		if b.windowLeft > 0 && (left == 0 || b.windowLeft < left) {
			left = b.windowLeft
		}
	}
	m.backlogOldest.Set(float64(oldest))
	m.backlogWindow.Set(float64(left))
}

// Games sets the games gauge: open games and the persisted totals won and
// lost.
func (m *Metrics) Games(open, won, lost uint64) {
	if m != nil {
		m.games.WithLabelValues(GameOpen).Set(float64(open))
		m.games.WithLabelValues(GameWon).Set(float64(won))
		m.games.WithLabelValues(GameLost).Set(float64(lost))
	}
}

// Move counts a successful own move of the given kind.
func (m *Metrics) Move(kind string) {
	if m != nil {
		m.moves.WithLabelValues(kind).Inc()
	}
}

// ClockLeft sets the smallest own clock time left over open games.
func (m *Metrics) ClockLeft(seconds uint64) {
	if m != nil {
		m.clockLeft.Set(float64(seconds))
	}
}

// Bonds sets the bond gauges (wei; nil counts as 0).
func (m *Metrics) Bonds(atStake, won, lost *big.Int) {
	if m != nil {
		m.bondsStake.Set(wei(atStake))
		m.bondsWon.Set(wei(won))
		m.bondsLost.Set(wei(lost))
	}
}

func wei(x *big.Int) float64 {
	if x == nil {
		return 0
	}
	f, _ := new(big.Float).SetInt(x).Float64()
	return f
}

// Execution records the duration of one VM run over a request's input.
func (m *Metrics) Execution(d time.Duration) {
	if m != nil {
		m.execution.Observe(d.Seconds())
	}
}

// Proof records the time spent computing one game answer.
func (m *Metrics) Proof(d time.Duration) {
	if m != nil {
		m.proof.Observe(d.Seconds())
	}
}

// Reaction records the blocks between a claim and our challenge of it.
func (m *Metrics) Reaction(blocks uint64) {
	if m != nil {
		m.reaction.Observe(float64(blocks))
	}
}

// Registry is the metrics' registry (for tests and extra collectors).
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Serve serves /metrics on addr, which must be a loopback address
// (127.0.0.1:port, [::1]:port or localhost:port), until ctx is done. It
// returns once listening, with the bound address (port 0 picks one).
func (m *Metrics) Serve(ctx context.Context, addr string) (net.Addr, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("nodemetrics: --metrics.addr %q: %w", addr, err)
	}
	if ip := net.ParseIP(host); !(host == "localhost" || (ip != nil && ip.IsLoopback())) {
		return nil, fmt.Errorf("nodemetrics: --metrics.addr %q is not a loopback address; metrics are served on 127.0.0.1 or ::1 only", addr)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("nodemetrics: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{}))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		_ = srv.Close()
	}()
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			_ = ln.Close()
		}
	}()
	return ln.Addr(), nil
}
