package nodemetrics

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
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
	gasUsed   *prometheus.CounterVec
}

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
	m.reg.MustRegister(m.txs, m.rpcErrors, m.ticks, m.tickErrs, m.block, m.gasUsed,
		prometheus.NewGoCollector(), prometheus.NewProcessCollector(prometheus.ProcessCollectorOpts{}))
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
