package rpcproxy

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"sync"
	"time"
)

// Faults are the probabilities (0..1) of each misbehaviour, drawn
// independently for every request in this order: Unavailable, RPCError,
// DropResponse; Delay applies to requests that are forwarded.
type Faults struct {
	Unavailable  float64       // answer HTTP 503 without forwarding
	RPCError     float64       // answer a JSON-RPC error without forwarding
	DropResponse float64       // forward, then close the connection without an answer
	Delay        float64       // forward after MaxDelay·U(0,1)
	MaxDelay     time.Duration // upper bound of a delay
}

// Stats count what the proxy did.
type Stats struct {
	Requests, Forwarded, Unavailable, RPCErrors, Dropped, Delayed int
}

// Proxy is a running proxy.
type Proxy struct {
	upstream string
	client   *http.Client
	srv      *http.Server
	ln       net.Listener

	mu     sync.Mutex
	faults Faults
	rng    *rand.Rand
	stats  Stats
	calls  Calls
}

// Calls count the JSON-RPC calls the proxy received, whatever their fate,
// by method: sent alone (Single) or inside a batch (Batched); Batches is
// the number of batches.
type Calls struct {
	Single, Batched map[string]int
	Batches         int
}

// Calls returns the call counts so far.
func (p *Proxy) Calls() Calls {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := Calls{Single: map[string]int{}, Batched: map[string]int{}, Batches: p.calls.Batches}
	for m, n := range p.calls.Single {
		out.Single[m] = n
	}
	for m, n := range p.calls.Batched {
		out.Batched[m] = n
	}
	return out
}

// ResetCalls sets the call counts to zero.
func (p *Proxy) ResetCalls() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.calls = Calls{}
}

// count adds the calls of body (a request or a batch) to the counts.
func (p *Proxy) count(body []byte) {
	var one struct {
		Method string `json:"method"`
	}
	var batch []struct {
		Method string `json:"method"`
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.calls.Single == nil {
		p.calls.Single, p.calls.Batched = map[string]int{}, map[string]int{}
	}
	if b := bytes.TrimLeft(body, " \t\r\n"); len(b) > 0 && b[0] == '[' {
		if json.Unmarshal(b, &batch) == nil {
			p.calls.Batches++
			for _, c := range batch {
				p.calls.Batched[c.Method]++
			}
		}
		return
	}
	if json.Unmarshal(body, &one) == nil {
		p.calls.Single[one.Method]++
	}
}

// Start listens on a free loopback port and proxies to upstream (an
// http:// JSON-RPC URL).
func Start(upstream string, faults Faults, seed uint64) (*Proxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("rpcproxy: %w", err)
	}
	p := &Proxy{upstream: upstream, client: &http.Client{Timeout: time.Minute}, ln: ln, faults: faults,
		rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	p.srv = &http.Server{Handler: p, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = p.srv.Serve(ln) }()
	return p, nil
}

// URL is the proxy's endpoint.
func (p *Proxy) URL() string { return "http://" + p.ln.Addr().String() }

// SetFaults changes the fault probabilities (e.g. to heal the endpoint).
func (p *Proxy) SetFaults(f Faults) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.faults = f
}

// Stats returns the counters so far.
func (p *Proxy) Stats() Stats {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stats
}

// Close stops the proxy.
func (p *Proxy) Close() error { return p.srv.Close() }

type decision int

const (
	forward decision = iota
	unavailable
	rpcError
	drop
)

func (p *Proxy) decide() (decision, time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stats.Requests++
	f := p.faults
	var d decision
	switch {
	case p.rng.Float64() < f.Unavailable:
		d = unavailable
		p.stats.Unavailable++
	case p.rng.Float64() < f.RPCError:
		d = rpcError
		p.stats.RPCErrors++
	case p.rng.Float64() < f.DropResponse:
		d = drop
		p.stats.Dropped++
	}
	var delay time.Duration
	if d == forward || d == drop {
		p.stats.Forwarded++
		if f.MaxDelay > 0 && p.rng.Float64() < f.Delay {
			delay = time.Duration(p.rng.Int64N(int64(f.MaxDelay)))
			p.stats.Delayed++
		}
	}
	return d, delay
}

func (p *Proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 64<<20))
	if err != nil {
		http.Error(w, "rpcproxy: "+err.Error(), http.StatusBadRequest)
		return
	}
	p.count(body)
	d, delay := p.decide()
	switch d {
	case unavailable:
		http.Error(w, "rpcproxy: injected unavailability", http.StatusServiceUnavailable)
		return
	case rpcError:
		w.Header().Set("Content-Type", "application/json")
		// The id is echoed only for single calls; a batch gets one error.
		fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"error":{"code":-32000,"message":"rpcproxy: injected error"}}`, requestID(body))
		return
	}
	if delay > 0 {
		select {
		case <-time.After(delay):
		case <-r.Context().Done():
			return
		}
	}
	req, err := http.NewRequestWithContext(r.Context(), http.MethodPost, p.upstream, bytes.NewReader(body))
	if err != nil {
		http.Error(w, "rpcproxy: "+err.Error(), http.StatusBadGateway)
		return
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		http.Error(w, "rpcproxy: "+err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		http.Error(w, "rpcproxy: "+err.Error(), http.StatusBadGateway)
		return
	}
	if d == drop {
		// The upstream has acted on the call; the client never learns.
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				_ = conn.Close()
				return
			}
		}
		http.Error(w, "rpcproxy: dropped", http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	w.WriteHeader(resp.StatusCode)
	_, _ = w.Write(out)
}

// requestID returns the "id" of a single JSON-RPC request as raw JSON, or
// null (for a batch or an unparsable body).
func requestID(body []byte) string {
	var req struct {
		ID json.RawMessage `json:"id"`
	}
	if err := json.Unmarshal(body, &req); err != nil || len(req.ID) == 0 {
		return "null"
	}
	return string(req.ID)
}
