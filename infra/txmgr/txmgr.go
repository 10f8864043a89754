package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/hashicorp/go-hclog"
	"github.com/jonboulle/clockwork"
)

// Client is what the Manager needs from an Ethereum RPC client;
// *ethclient.Client and simulated.Client satisfy it.
type Client interface {
	ChainID(ctx context.Context) (*big.Int, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
}

// Metrics receives events; NoopMetrics ignores them.
type Metrics interface {
	TxBroadcast(key string, hash common.Hash)
	TxBumped(key string, hash common.Hash)
	TxConfirmed(key string, r *types.Receipt)
	RPCError(method string, err error)
}

// NoopMetrics is the default Metrics.
type NoopMetrics struct{}

func (NoopMetrics) TxBroadcast(string, common.Hash)    {}
func (NoopMetrics) TxBumped(string, common.Hash)       {}
func (NoopMetrics) TxConfirmed(string, *types.Receipt) {}
func (NoopMetrics) RPCError(string, error)             {}

// DefaultFeeLimitMultiplier is Config.FeeLimitMultiplier's default.
const DefaultFeeLimitMultiplier = 5

// Config tunes a Manager; zero fields take the defaults noted.
type Config struct {
	// NumConfirmations is the number of blocks (the receipt's included)
	// needed before Send returns (default 1).
	NumConfirmations uint64
	// ResubmissionTimeout is how long a transaction may stay unmined before
	// it is fee-bumped (default 48s).
	ResubmissionTimeout time.Duration
	// ReceiptQueryInterval is the receipt polling period (default 1s).
	ReceiptQueryInterval time.Duration
	// FeeLimitMultiplier bounds a bumped fee cap to this multiple of the
	// market fee cap read at the time of the bump (default
	// DefaultFeeLimitMultiplier; see bump).
	FeeLimitMultiplier uint64
	// MinTipCap, MaxTipCap and MaxFeeCap clamp fees (nil: no clamp).
	MinTipCap, MaxTipCap, MaxFeeCap *big.Int
	// GasMarginPercent is added to estimated gas (default 20).
	GasMarginPercent uint64
	// RetryInterval is the first backoff of an RPC retry, doubling up to
	// 16× (default 1s); MaxRetries is the number of retries (default 5).
	RetryInterval time.Duration
	MaxRetries    int
	// Revert, if set, turns the error of every revert (see Manager.Send)
	// into the error Send returns, for example to decode the contract's
	// custom errors from the revert data. It must return an error that
	// wraps its argument. Nil: the error is returned as is.
	Revert func(err error) error
	// Metrics receives events (default NoopMetrics).
	Metrics Metrics
	// Clock drives every wait (receipt polling, resubmission, nonce-gap
	// checks, RPC back-off) and the journal's timestamps (default: the real
	// clock). Tests pass a clockwork.FakeClock and advance it.
	Clock clockwork.Clock
}

func (c *Config) setDefaults() {
	if c.NumConfirmations == 0 {
		c.NumConfirmations = 1
	}
	if c.ResubmissionTimeout <= 0 {
		c.ResubmissionTimeout = 48 * time.Second
	}
	if c.ReceiptQueryInterval <= 0 {
		c.ReceiptQueryInterval = time.Second
	}
	if c.FeeLimitMultiplier == 0 {
		c.FeeLimitMultiplier = DefaultFeeLimitMultiplier
	}
	if c.GasMarginPercent == 0 {
		c.GasMarginPercent = 20
	}
	if c.RetryInterval <= 0 {
		c.RetryInterval = time.Second
	}
	if c.MaxRetries <= 0 {
		c.MaxRetries = 5
	}
	if c.Metrics == nil {
		c.Metrics = NoopMetrics{}
	}
	if c.Clock == nil {
		c.Clock = clockwork.NewRealClock()
	}
}

// Candidate is a transaction to send.
type Candidate struct {
	To       *common.Address // nil: contract creation
	Data     []byte
	Value    *big.Int // nil: 0
	GasLimit uint64   // 0: estimate (gas is estimated anyway to detect reverts)
	// Key is the idempotency key: while a transaction for Key is journalled,
	// Send waits for it instead of sending another. Empty: the transaction
	// is journalled under its hash and cannot be joined.
	Key string
}

// Record is a journal entry: every signed version of one logical
// transaction (fee bumps of one nonce), oldest first.
type Record struct {
	Key     string          `json:"key"`
	Txs     []hexutil.Bytes `json:"txs"` // types.Transaction.MarshalBinary
	Created time.Time       `json:"created"`
}

// Journal persists pending transaction records. Save must be durable when it
// returns (the transaction is broadcast right after).
type Journal interface {
	Save(r Record) error
	Load() ([]Record, error)
	Delete(key string) error
}

// ErrClosed is returned by Send after Close.
var ErrClosed = errors.New("txmgr: manager closed")

// Manager sends transactions from one key. Safe for concurrent use.
type Manager struct {
	cfg     Config
	client  Client
	key     *ecdsa.PrivateKey
	from    common.Address
	signer  types.Signer
	journal Journal
	log     hclog.Logger

	nonceMu sync.Mutex // serialises nonce assignment, signing and first broadcast
	nonce   *uint64    // next nonce; nil: read the chain's pending nonce

	mu       sync.Mutex
	inflight map[string]*flight
	closed   bool

	ctx    context.Context // lives until Close; flights run under it
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

type flight struct {
	done    chan struct{}
	receipt *types.Receipt
	err     error
	nonce   *uint64 // the nonce of its transaction, once signed
}

// ErrNonceGap is the error of a flight whose transaction can never be mined
// because the chain's nonce fell below it (a reorg dropped earlier
// transactions of ours that nobody is re-sending): its journal record is
// removed, and sending the candidate again re-signs it at the chain's nonce.
var ErrNonceGap = errors.New("txmgr: transaction stuck behind a nonce gap (earlier transactions dropped, e.g. by a reorg); send it again")

// New makes a Manager and recovers the journal: every pending record is
// re-broadcast and awaited in the background.
//
// ctx governs the start-up only (reading the chain ID and the pending nonce,
// re-broadcasting the journal), like the context of ethclient.DialContext:
// if it ends first, New returns promptly with an error wrapping ctx's error
// and nothing keeps running. The Manager then lives until Close, whatever
// becomes of ctx.
func New(ctx context.Context, cfg Config, client Client, key *ecdsa.PrivateKey, journal Journal, logger hclog.Logger) (*Manager, error) {
	if client == nil || key == nil || journal == nil {
		return nil, errors.New("txmgr: nil client, key or journal")
	}
	if logger == nil {
		logger = hclog.NewNullLogger()
	}
	cfg.setDefaults()
	life, cancel := context.WithCancel(context.Background())
	m := &Manager{
		cfg: cfg, client: client, key: key, from: crypto.PubkeyToAddress(key.PublicKey),
		journal: journal, log: logger, inflight: map[string]*flight{}, ctx: life, cancel: cancel,
	}
	var chainID *big.Int
	err := m.retry(ctx, "ChainID", func(ctx context.Context) (err error) { chainID, err = client.ChainID(ctx); return })
	if err != nil {
		cancel()
		return nil, err
	}
	m.signer = types.LatestSignerForChainID(chainID)
	recs, err := journal.Load()
	if err != nil {
		cancel()
		return nil, fmt.Errorf("txmgr: load journal: %w", err)
	}
	var maxNonce *uint64
	for _, rec := range recs {
		txs, err := decodeTxs(rec)
		if err != nil {
			m.log.Error("dropping undecodable journal record", "key", rec.Key, "err", err)
			continue
		}
		for _, tx := range txs {
			if n := tx.Nonce(); maxNonce == nil || n > *maxNonce {
				maxNonce = &n
			}
		}
		m.log.Info("recovering journalled transaction", "key", rec.Key, "nonce", txs[0].Nonce(), "versions", len(txs))
		latest := txs[len(txs)-1]
		if err := m.broadcast(ctx, rec.Key, latest); err != nil && ctx.Err() != nil { // else best effort: the flight re-broadcasts
			m.Close() // the flights started so far; their records stay journalled
			return nil, err
		}
		n0 := txs[0].Nonce()
		f := &flight{done: make(chan struct{}), nonce: &n0}
		m.inflight[rec.Key] = f
		m.startFlight(rec, txs, f)
	}
	if maxNonce != nil {
		var pending uint64
		err := m.retry(ctx, "PendingNonceAt", func(ctx context.Context) (err error) { pending, err = client.PendingNonceAt(ctx, m.from); return })
		switch {
		case err == nil:
			n := max(pending, *maxNonce+1)
			m.nonce = &n
		case ctx.Err() != nil:
			m.Close()
			return nil, err
		}
		// Otherwise the nonce is read from the chain at the first Send.
	}
	return m, nil
}

// From is the sender address.
func (m *Manager) From() common.Address { return m.from }

// Close stops background waiting and returns once every goroutine of the
// Manager has ended; journalled transactions stay journalled and are
// recovered by the next New. Sends in progress return ErrClosed.
func (m *Manager) Close() {
	m.mu.Lock()
	m.closed = true
	m.mu.Unlock()
	m.cancel()
	m.wg.Wait()
}

// Pending returns the keys of transactions being awaited.
func (m *Manager) Pending() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	keys := make([]string, 0, len(m.inflight))
	for k := range m.inflight {
		keys = append(keys, k)
	}
	return keys
}

// Send sends c (or joins the journalled transaction with c.Key) and returns
// its receipt once it has Config.NumConfirmations. A revert is an error
// wrapping go-ethereum's vm.ErrExecutionReverted and, when the node reported
// the revert data, the node's error carrying it (an rpc.DataError), passed
// through Config.Revert: a candidate whose gas estimation reverts is not
// sent (no receipt); a transaction that reverted on chain returns its
// receipt too, and the data of a replay of its call. If ctx ends
// first, Send returns ctx's error and the transaction, if broadcast, is
// still awaited (and stays journalled) in the background.
func (m *Manager) Send(ctx context.Context, c Candidate) (*types.Receipt, error) {
	m.mu.Lock()
	if m.closed {
		m.mu.Unlock()
		return nil, ErrClosed
	}
	if c.Key != "" {
		if f, ok := m.inflight[c.Key]; ok {
			m.mu.Unlock()
			m.log.Debug("joining in-flight transaction", "key", c.Key)
			return m.wait(ctx, f)
		}
	}
	f := &flight{done: make(chan struct{})}
	if c.Key != "" {
		m.inflight[c.Key] = f // placeholder: concurrent Sends with Key join
	}
	m.mu.Unlock()

	rec, txs, err := m.publish(ctx, c, f)
	if err != nil {
		m.finish(c.Key, f, nil, err, false)
		return nil, err
	}
	if c.Key == "" {
		m.mu.Lock()
		m.inflight[rec.Key] = f
		m.mu.Unlock()
	}
	m.startFlight(rec, txs, f)
	return m.wait(ctx, f)
}

func (m *Manager) wait(ctx context.Context, f *flight) (*types.Receipt, error) {
	select {
	case <-f.done:
		return f.receipt, f.err
	case <-ctx.Done():
		return nil, fmt.Errorf("txmgr: %w", ctx.Err())
	}
}

// finish completes a flight; mined removes its journal record first.
func (m *Manager) finish(key string, f *flight, r *types.Receipt, err error, mined bool) {
	if mined {
		if derr := m.journal.Delete(key); derr != nil {
			m.log.Error("journal delete failed", "key", key, "err", derr)
		}
	}
	m.mu.Lock()
	if key != "" && m.inflight[key] == f {
		delete(m.inflight, key)
	}
	m.mu.Unlock()
	f.receipt, f.err = r, err
	close(f.done)
}

// publish estimates, prices, signs, journals and broadcasts a new
// transaction.
// The flight's nonce is set before the nonce lock is released, so that no
// other publish takes its nonce for a gap.
func (m *Manager) publish(ctx context.Context, c Candidate, f *flight) (_ Record, _ []*types.Transaction, err error) {
	value := c.Value
	if value == nil {
		value = new(big.Int)
	}
	msg := ethereum.CallMsg{From: m.from, To: c.To, Value: value, Data: c.Data}
	var est uint64
	err = m.retry(ctx, "EstimateGas", func(ctx context.Context) (err error) { est, err = m.client.EstimateGas(ctx, msg); return })
	if err != nil {
		return Record{}, nil, err
	}
	gas := c.GasLimit
	if gas == 0 {
		gas = est + est*m.cfg.GasMarginPercent/100
	}
	tip, feeCap, err := m.fees(ctx)
	if err != nil {
		return Record{}, nil, err
	}

	m.nonceMu.Lock()
	defer m.nonceMu.Unlock()
	var keyless string // the inflight entry of a keyless candidate
	defer func() {
		if err != nil && keyless != "" {
			m.mu.Lock()
			delete(m.inflight, keyless)
			m.mu.Unlock()
		}
	}()
	if m.nonce != nil {
		// A reorg can drop confirmed transactions of ours: then the chain's
		// nonce is below ours, and unless a transaction in flight will fill
		// the gap, a transaction at our nonce could never be mined.
		var chain uint64
		if err := m.retry(ctx, "PendingNonceAt", func(ctx context.Context) (err error) { chain, err = m.client.PendingNonceAt(ctx, m.from); return }); err != nil {
			return Record{}, nil, err
		}
		if chain < *m.nonce && !m.inflightBetween(chain, *m.nonce) {
			m.log.Warn("nonce gap: the chain's nonce is below ours with nothing in flight to fill it (reorg?); using the chain's", "ours", *m.nonce, "chain", chain)
			m.nonce = &chain
		}
	}
	for attempt := 0; ; attempt++ {
		if m.nonce == nil {
			var n uint64
			if err := m.retry(ctx, "PendingNonceAt", func(ctx context.Context) (err error) { n, err = m.client.PendingNonceAt(ctx, m.from); return }); err != nil {
				return Record{}, nil, err
			}
			m.nonce = &n
		}
		nonce := *m.nonce
		m.mu.Lock()
		f.nonce = &nonce
		m.mu.Unlock()
		tx, err := types.SignNewTx(m.key, m.signer, &types.DynamicFeeTx{
			ChainID: m.signer.ChainID(), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
			Gas: gas, To: c.To, Value: value, Data: c.Data,
		})
		if err != nil {
			return Record{}, nil, fmt.Errorf("txmgr: sign: %w", err)
		}
		raw, err := tx.MarshalBinary()
		if err != nil {
			return Record{}, nil, fmt.Errorf("txmgr: encode: %w", err)
		}
		key := c.Key
		if key == "" {
			key = "tx-" + tx.Hash().Hex()
			m.mu.Lock()
			if keyless != "" {
				delete(m.inflight, keyless) // an earlier attempt's
			}
			m.inflight[key] = f // visible to inflightBetween before the nonce lock is released
			m.mu.Unlock()
			keyless = key
		}
		rec := Record{Key: key, Txs: []hexutil.Bytes{raw}, Created: m.cfg.Clock.Now().UTC()}
		if err := m.journal.Save(rec); err != nil {
			return Record{}, nil, fmt.Errorf("txmgr: journal save: %w", err)
		}
		err = m.broadcast(ctx, key, tx)
		var rpcErr rpc.Error
		switch {
		case err == nil:
			next := nonce + 1
			m.nonce = &next
			m.log.Info("transaction sent", "key", key, "hash", tx.Hash(), "nonce", nonce, "tip", tip, "feeCap", feeCap, "gas", gas)
			return rec, []*types.Transaction{tx}, nil
		case isNonceTooLow(err) && m.known(ctx, tx.Hash()):
			// An earlier attempt of this broadcast reached the node but its
			// answer was lost, and the transaction is already pending or
			// mined: it is ours, nothing more to send.
			next := nonce + 1
			m.nonce = &next
			m.cfg.Metrics.TxBroadcast(key, tx.Hash())
			m.log.Info("transaction sent (its broadcast answer was lost)", "key", key, "hash", tx.Hash(), "nonce", nonce)
			return rec, []*types.Transaction{tx}, nil
		case isNonceTooLow(err) && attempt < 3:
			// The nonce was used by a transaction we do not know about:
			// this one can never be mined, so re-sign at a fresh nonce.
			m.log.Warn("nonce too low, re-reading nonce", "nonce", nonce, "err", err)
			m.nonce = nil
			continue
		case errors.As(err, &rpcErr) || isNonceTooLow(err):
			// The node answered and rejected the transaction: it was not
			// accepted, so forget it.
			if derr := m.journal.Delete(key); derr != nil {
				m.log.Error("journal delete failed", "key", key, "err", derr)
			}
			m.nonce = nil
			return Record{}, nil, fmt.Errorf("txmgr: send rejected: %w", err)
		default:
			// Transport failure: the node may or may not have it. It stays
			// journalled and is re-broadcast by its flight.
			m.log.Warn("broadcast failed, will re-broadcast", "key", key, "hash", tx.Hash(), "err", err)
			next := nonce + 1
			m.nonce = &next
			return rec, []*types.Transaction{tx}, nil
		}
	}
}

// known reports whether the node has transaction h, pending or mined.
func (m *Manager) known(ctx context.Context, h common.Hash) bool {
	var found bool
	err := m.retry(ctx, "TransactionByHash", func(ctx context.Context) error {
		_, _, err := m.client.TransactionByHash(ctx, h)
		if errors.Is(err, ethereum.NotFound) {
			return nil
		}
		found = err == nil
		return err
	})
	return err == nil && found
}

// inflightBetween reports whether an unfinished flight holds a nonce in
// [lo, hi).
func (m *Manager) inflightBetween(lo, hi uint64) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, f := range m.inflight {
		if f.nonce != nil && *f.nonce >= lo && *f.nonce < hi {
			return true
		}
	}
	return false
}

// broadcast sends tx with retries; "already known" counts as success.
func (m *Manager) broadcast(ctx context.Context, key string, tx *types.Transaction) error {
	err := m.retry(ctx, "SendTransaction", func(ctx context.Context) error {
		err := m.client.SendTransaction(ctx, tx)
		if err != nil && isAlreadyKnown(err) {
			return nil
		}
		return err
	})
	if err == nil {
		m.cfg.Metrics.TxBroadcast(key, tx.Hash())
	}
	return err
}

// fees returns the current market tip and fee cap, clamped by Config.
func (m *Manager) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	if err := m.retry(ctx, "SuggestGasTipCap", func(ctx context.Context) (err error) { tip, err = m.client.SuggestGasTipCap(ctx); return }); err != nil {
		return nil, nil, err
	}
	var head *types.Header
	if err := m.retry(ctx, "HeaderByNumber", func(ctx context.Context) (err error) { head, err = m.client.HeaderByNumber(ctx, nil); return }); err != nil {
		return nil, nil, err
	}
	if head.BaseFee == nil {
		return nil, nil, errors.New("txmgr: head block has no base fee (pre-London chain)")
	}
	if m.cfg.MinTipCap != nil && tip.Cmp(m.cfg.MinTipCap) < 0 {
		tip = new(big.Int).Set(m.cfg.MinTipCap)
	}
	feeCap = new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tip, feeCap = m.clamp(tip, feeCap)
	return tip, feeCap, nil
}

func (m *Manager) clamp(tip, feeCap *big.Int) (*big.Int, *big.Int) {
	if m.cfg.MaxTipCap != nil && tip.Cmp(m.cfg.MaxTipCap) > 0 {
		tip = new(big.Int).Set(m.cfg.MaxTipCap)
	}
	if m.cfg.MaxFeeCap != nil && feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		feeCap = new(big.Int).Set(m.cfg.MaxFeeCap)
	}
	if tip.Cmp(feeCap) > 0 {
		tip = new(big.Int).Set(feeCap)
	}
	return tip, feeCap
}

// bumpFee returns v + v/10 + 1: at least the 10% geth requires.
func bumpFee(v *big.Int) *big.Int {
	b := new(big.Int).Div(v, big.NewInt(10))
	return b.Add(b, v).Add(b, big.NewInt(1))
}

func maxBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

// bump returns a replacement of cur at the same nonce with higher fees, or
// nil if that would pass the fee limit or a Max cap.
//
// The replacement pays the current market price (fees) or cur's fees raised
// by the node's replacement rule (bumpFee, +10%), whichever is higher, tip
// and fee cap each. Its fee cap may not exceed Config.FeeLimitMultiplier
// times the market fee cap read for this bump: the limit follows the market,
// so a transaction outbid by a congestion that outgrew its first price is
// still mined (a limit on the first price kept it stuck for good), while
// bumps compounding on a price far above the market (a spike reading that
// has passed) stop until the market catches up. The tip is bounded by the
// fee cap only: a separate limit on the tip would be a multiple of a market
// tip that may be zero, and then even the 1 wei a zero tip needs to replace
// it would pass it. If the market cannot be read, there is no limit to check
// against: bump fails and cur is re-broadcast unchanged.
func (m *Manager) bump(ctx context.Context, cur *types.Transaction) (*types.Transaction, error) {
	mTip, mCap, err := m.fees(ctx)
	if err != nil {
		return nil, err
	}
	tip := maxBig(bumpFee(cur.GasTipCap()), mTip)
	feeCap := maxBig(bumpFee(cur.GasFeeCap()), mCap)
	if tip.Cmp(feeCap) > 0 {
		feeCap = new(big.Int).Set(tip)
	}
	limit := new(big.Int).Mul(mCap, new(big.Int).SetUint64(m.cfg.FeeLimitMultiplier))
	if feeCap.Cmp(limit) > 0 ||
		(m.cfg.MaxTipCap != nil && tip.Cmp(m.cfg.MaxTipCap) > 0) ||
		(m.cfg.MaxFeeCap != nil && feeCap.Cmp(m.cfg.MaxFeeCap) > 0) {
		return nil, nil
	}
	tx, err := types.SignNewTx(m.key, m.signer, &types.DynamicFeeTx{
		ChainID: m.signer.ChainID(), Nonce: cur.Nonce(), GasTipCap: tip, GasFeeCap: feeCap,
		Gas: cur.Gas(), To: cur.To(), Value: cur.Value(), Data: cur.Data(),
	})
	if err != nil {
		return nil, fmt.Errorf("txmgr: sign: %w", err)
	}
	return tx, nil
}

// nonceMined reports whether the chain's latest block has used nonce n of
// ours: then some version of the flight at n is mined (or, if none of ours,
// another transaction took the nonce) and a replacement can only be
// rejected with "nonce too low". False if the chain cannot be asked.
func (m *Manager) nonceMined(ctx context.Context, n uint64) bool {
	mined, err := m.client.NonceAt(ctx, m.from, nil)
	if err != nil {
		if ctx.Err() == nil {
			m.cfg.Metrics.RPCError("NonceAt", err)
		}
		return false
	}
	return mined > n
}

func decodeTxs(rec Record) ([]*types.Transaction, error) {
	if len(rec.Txs) == 0 {
		return nil, errors.New("txmgr: journal record has no transaction")
	}
	txs := make([]*types.Transaction, len(rec.Txs))
	for i, raw := range rec.Txs {
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(raw); err != nil {
			return nil, fmt.Errorf("txmgr: journal record %q: %w", rec.Key, err)
		}
		txs[i] = tx
	}
	return txs, nil
}

func (m *Manager) startFlight(rec Record, txs []*types.Transaction, f *flight) {
	m.mu.Lock()
	if m.closed {
		m.mu.Unlock()
		m.finish(rec.Key, f, nil, ErrClosed, false) // stays journalled
		return
	}
	m.wg.Add(1) // under mu: Close cannot be waiting yet
	m.mu.Unlock()
	go func() {
		defer m.wg.Done()
		r, err, mined := m.await(rec, txs)
		m.finish(rec.Key, f, r, err, mined)
	}()
}

// await polls for a receipt of any version of rec, re-broadcasting and
// bumping until one has NumConfirmations. mined is false if the Manager was
// closed first.
func (m *Manager) await(rec Record, txs []*types.Transaction) (*types.Receipt, error, bool) {
	ctx, clock := m.ctx, m.cfg.Clock
	lastBroadcast, lastGapCheck := clock.Now(), clock.Now()
	for {
		minedUnconfirmed := false
		for i := len(txs) - 1; i >= 0; i-- {
			r, err := m.client.TransactionReceipt(ctx, txs[i].Hash())
			if err != nil {
				if !errors.Is(err, ethereum.NotFound) && ctx.Err() == nil {
					m.cfg.Metrics.RPCError("TransactionReceipt", err)
					m.log.Debug("receipt query failed", "hash", txs[i].Hash(), "err", err)
				}
				continue
			}
			head, err := m.client.HeaderByNumber(ctx, nil)
			if err != nil || r.BlockNumber == nil {
				minedUnconfirmed = true
				break
			}
			if new(big.Int).Sub(head.Number, r.BlockNumber).Uint64()+1 >= m.cfg.NumConfirmations && head.Number.Cmp(r.BlockNumber) >= 0 {
				m.cfg.Metrics.TxConfirmed(rec.Key, r)
				m.log.Info("transaction confirmed", "key", rec.Key, "hash", r.TxHash, "block", r.BlockNumber, "status", r.Status)
				if r.Status != types.ReceiptStatusSuccessful {
					return r, m.minedRevert(ctx, txs[i], r), true
				}
				return r, nil, true
			}
			minedUnconfirmed = true
			break
		}
		if !minedUnconfirmed && clock.Since(lastGapCheck) >= 5*m.cfg.ReceiptQueryInterval {
			lastGapCheck = clock.Now()
			if m.behindGap(ctx, txs[0].Nonce()) {
				if err := m.journal.Delete(rec.Key); err != nil {
					m.log.Error("journal delete failed", "key", rec.Key, "err", err)
				}
				m.log.Warn("transaction behind a nonce gap; giving it up so that it is sent again", "key", rec.Key, "nonce", txs[0].Nonce())
				return nil, ErrNonceGap, false
			}
			// Dropped from the node's pool (a reorg, a pool eviction, a
			// node restart): re-broadcast now rather than at the next
			// resubmission.
			if cur := txs[len(txs)-1]; !m.known(ctx, cur.Hash()) {
				m.log.Warn("transaction unknown to the node; re-broadcasting", "key", rec.Key, "hash", cur.Hash(), "nonce", cur.Nonce())
				if err := m.broadcast(ctx, rec.Key, cur); err != nil && ctx.Err() == nil {
					m.log.Warn("re-broadcast failed", "key", rec.Key, "hash", cur.Hash(), "err", err)
				}
			}
		}
		if !minedUnconfirmed && clock.Since(lastBroadcast) >= m.cfg.ResubmissionTimeout {
			cur := txs[len(txs)-1]
			if m.nonceMined(ctx, cur.Nonce()) {
				// A version was mined after the receipt poll, or its receipt
				// is not served yet (a node still indexing): wait for it.
				m.log.Info("nonce already mined; awaiting the receipt instead of bumping", "key", rec.Key, "nonce", cur.Nonce())
				lastBroadcast = clock.Now()
				if sleep(ctx, clock, m.cfg.ReceiptQueryInterval) != nil {
					return nil, ErrClosed, false
				}
				continue
			}
			next, err := m.bump(ctx, cur)
			switch {
			case err != nil:
				m.log.Error("fee bump failed", "key", rec.Key, "err", err)
			case next == nil:
				m.log.Warn("fee limit reached, re-broadcasting unchanged", "key", rec.Key, "hash", cur.Hash())
			default:
				raw, err := next.MarshalBinary()
				if err == nil {
					nrec := rec
					nrec.Txs = append(append([]hexutil.Bytes(nil), rec.Txs...), raw)
					err = m.journal.Save(nrec)
					if err == nil {
						rec, txs, cur = nrec, append(txs, next), next
						m.cfg.Metrics.TxBumped(rec.Key, next.Hash())
						m.log.Info("fee-bumped transaction", "key", rec.Key, "hash", next.Hash(), "nonce", next.Nonce(), "tip", next.GasTipCap(), "feeCap", next.GasFeeCap())
					}
				}
				if err != nil {
					m.log.Error("journal save of bumped transaction failed", "key", rec.Key, "err", err)
				}
			}
			if err := m.broadcast(ctx, rec.Key, cur); err != nil && ctx.Err() == nil {
				m.log.Warn("re-broadcast failed", "key", rec.Key, "hash", cur.Hash(), "err", err)
			}
			lastBroadcast = clock.Now()
		}
		if sleep(ctx, clock, m.cfg.ReceiptQueryInterval) != nil {
			return nil, ErrClosed, false
		}
	}
}

// sleep waits d on clock, or until ctx is done (then it returns ctx's
// error). Each wait is one timer, stopped on return, so that a fake clock
// counts exactly the goroutines parked on it.
func sleep(ctx context.Context, clock clockwork.Clock, d time.Duration) error {
	t := clock.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.Chan():
		return nil
	}
}

// behindGap reports whether a transaction at nonce n can never be mined: the
// chain's pending nonce is below n and no other flight holds a nonce in
// between.
func (m *Manager) behindGap(ctx context.Context, n uint64) bool {
	chain, err := m.client.PendingNonceAt(ctx, m.from)
	if err != nil || chain >= n {
		return false
	}
	return !m.inflightBetween(chain, n)
}

// minedRevert builds the error of a reverted receipt, replaying the call to
// recover revert data (best effort: a replay by eth_call need not see the
// exact state the transaction ran in).
func (m *Manager) minedRevert(ctx context.Context, tx *types.Transaction, r *types.Receipt) error {
	msg := ethereum.CallMsg{From: m.from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	var parent *big.Int
	if r.BlockNumber != nil && r.BlockNumber.Sign() > 0 {
		parent = new(big.Int).Sub(r.BlockNumber, big.NewInt(1))
	}
	// The parent block's state misses earlier transactions of the same
	// block, the block's own state includes later ones: try both.
	for _, at := range []*big.Int{parent, r.BlockNumber} {
		if _, err := m.client.CallContract(ctx, msg, at); err != nil && hasRevertData(err) {
			return m.reverted(fmt.Errorf("txmgr: transaction %s reverted in block %v: %w (replayed: %w)",
				r.TxHash, r.BlockNumber, vm.ErrExecutionReverted, err))
		}
	}
	return m.reverted(fmt.Errorf("txmgr: transaction %s reverted in block %v: %w (no revert data)",
		r.TxHash, r.BlockNumber, vm.ErrExecutionReverted))
}

// reverted passes the error of a revert through Config.Revert.
func (m *Manager) reverted(err error) error {
	if m.cfg.Revert != nil {
		return m.cfg.Revert(err)
	}
	return err
}

// retry runs f with exponential backoff until it succeeds, returns a revert
// (not retried) or MaxRetries retries are used up.
func (m *Manager) retry(ctx context.Context, method string, f func(context.Context) error) error {
	wait := m.cfg.RetryInterval
	for i := 0; ; i++ {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("txmgr: %s: %w", method, err)
		}
		err := f(ctx)
		if err == nil {
			return nil
		}
		if isRevert(err) {
			return m.reverted(fmt.Errorf("txmgr: %s: %w, nothing sent: %w", method, vm.ErrExecutionReverted, err))
		}
		if isNonceTooLow(err) || isUnderpriced(err) {
			return err // a node verdict, not a transient failure
		}
		if ctx.Err() != nil { // the call was cut short by ctx, not failed by the node
			return fmt.Errorf("txmgr: %s: %w (last error: %v)", method, ctx.Err(), err)
		}
		m.cfg.Metrics.RPCError(method, err)
		if i >= m.cfg.MaxRetries {
			return fmt.Errorf("txmgr: %s failed after %d attempts: %w", method, i+1, err)
		}
		m.log.Debug("rpc error, retrying", "method", method, "attempt", i+1, "wait", wait, "err", err)
		if serr := sleep(ctx, m.cfg.Clock, wait); serr != nil {
			return fmt.Errorf("txmgr: %s: %w (last error: %v)", method, serr, err)
		}
		if wait < 16*m.cfg.RetryInterval {
			wait *= 2
		}
	}
}

// hasRevertData reports whether err carries revert data: an rpc.DataError
// with a hex string, as go-ethereum reports a revert.
func hasRevertData(err error) bool {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return false
	}
	s, ok := de.ErrorData().(string)
	return ok && strings.HasPrefix(s, "0x")
}

// isRevert reports whether an RPC error is a revert, with or without data.
func isRevert(err error) bool {
	return hasRevertData(err) || strings.Contains(err.Error(), "execution reverted")
}

func isAlreadyKnown(err error) bool {
	s := err.Error()
	return strings.Contains(s, "already known") || strings.Contains(s, "known transaction")
}

func isNonceTooLow(err error) bool { return strings.Contains(err.Error(), "nonce too low") }

func isUnderpriced(err error) bool { return strings.Contains(err.Error(), "underpriced") }
