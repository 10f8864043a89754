package deployment

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/hashicorp/go-hclog"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/infra/txmgr"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// Sender sends one transaction and returns its receipt (txmgr.Manager).
type Sender interface {
	From() common.Address
	Send(ctx context.Context, c txmgr.Candidate) (*types.Receipt, error)
}

// Caller runs eth_call (ethclient.Client).
type Caller interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
}

// deployer is an arbiter.Deployer sending through a Sender.
type deployer struct {
	s Sender
	n int
	// first is the block of the first deployment transaction.
	first uint64
}

func (d *deployer) Deploy(ctx context.Context, code, args []byte) (common.Address, error) {
	d.n++
	r, err := d.s.Send(ctx, txmgr.Candidate{Data: append(append([]byte{}, code...), args...)})
	if err != nil {
		return common.Address{}, err
	}
	if r.Status != types.ReceiptStatusSuccessful || r.ContractAddress == (common.Address{}) {
		return common.Address{}, fmt.Errorf("deployment transaction %s failed", r.TxHash)
	}
	if d.n == 1 {
		d.first = r.BlockNumber.Uint64()
	}
	return r.ContractAddress, nil
}

// Deploy deploys the four contracts with parameters p and returns their
// addresses and the block of the first one.
func Deploy(ctx context.Context, s Sender, p arbiter.Params) (arbiter.Addresses, uint64, error) {
	d := &deployer{s: s}
	a, err := arbiter.Deploy(ctx, d, p)
	if err != nil {
		return a, 0, fmt.Errorf("deployment: %w", err)
	}
	return a, d.first, nil
}

// DeployConsumer deploys an ExampleConsumer of oracle.
func DeployConsumer(ctx context.Context, s Sender, oracle common.Address) (common.Address, error) {
	d := &deployer{s: s}
	a, err := d.Deploy(ctx, arbiter.ConsumerCode(oracle), nil)
	if err != nil {
		return a, fmt.Errorf("deployment: deploy ExampleConsumer: %w", err)
	}
	return a, nil
}

// Registered reports whether modelID is registered.
func Registered(ctx context.Context, c Caller, registry common.Address, modelID common.Hash) (bool, error) {
	ok, err := arbiter.Registry{Addr: registry, Caller: c}.IsRegistered(ctx, modelID)
	if err != nil {
		return false, fmt.Errorf("deployment: %w", err)
	}
	return ok, nil
}

// Register registers m in registry under uri. If m is registered already
// it sends nothing and returns a nil receipt. A model the registry would
// refuse beyond the header rules (arbiter.CheckRegistrable: output too
// large, input clobbering the output) is an error before anything is sent.
func Register(ctx context.Context, s Sender, c Caller, registry common.Address, m *model.Model, uri string) (*types.Receipt, error) {
	if err := arbiter.CheckRegistrable(&m.Header); err != nil {
		return nil, fmt.Errorf("deployment: register %s: %w", m.ID(), err)
	}
	ok, err := Registered(ctx, c, registry, m.ID())
	if err != nil || ok {
		return nil, err
	}
	r, err := s.Send(ctx, txmgr.Candidate{To: &registry, Data: arbiter.PackRegister(m, uri), Key: "register/" + m.ID().Hex()})
	if err != nil {
		return r, fmt.Errorf("deployment: register %s: %w", m.ID(), err)
	}
	return r, nil
}

// RequestArgs is an inference request.
type RequestArgs struct {
	Oracle      common.Address
	ModelID     common.Hash
	Input       []int8
	Fee         *big.Int // nil: 0
	CallbackGas uint64
	// Via, if set, sends the request through an ExampleConsumer (which then
	// receives the callback) instead of from the sender's account.
	Via *common.Address
}

// Request sends a request and returns its ID (from the Requested event).
func Request(ctx context.Context, s Sender, a RequestArgs) (*big.Int, *types.Receipt, error) {
	in := make([]byte, len(a.Input))
	for i, v := range a.Input {
		in[i] = byte(v)
	}
	c := txmgr.Candidate{To: &a.Oracle, Value: a.Fee, Data: arbiter.PackRequest(a.ModelID, in, a.CallbackGas)}
	if a.Via != nil {
		c.To, c.Data = a.Via, arbiter.PackAsk(a.ModelID, in, a.CallbackGas)
	}
	return sendRequest(ctx, s, a.Oracle, c)
}

// CompletionArgs is a completion request (docs/protocol.md §3.6).
type CompletionArgs struct {
	Oracle      common.Address
	ModelID     common.Hash
	Completion  arbiter.Completion
	Fee         *big.Int // nil: 0
	CallbackGas uint64
	Via         *common.Address // as RequestArgs.Via
}

// RequestCompletion sends a completion request and returns its ID (from
// the CompletionRequested event).
func RequestCompletion(ctx context.Context, s Sender, a CompletionArgs) (*big.Int, *types.Receipt, error) {
	c := txmgr.Candidate{To: &a.Oracle, Value: a.Fee, Data: arbiter.PackRequestCompletion(a.ModelID, a.Completion, a.CallbackGas)}
	if a.Via != nil {
		c.To, c.Data = a.Via, arbiter.PackAskCompletion(a.ModelID, a.Completion, a.CallbackGas)
	}
	return sendRequest(ctx, s, a.Oracle, c)
}

// sendRequest sends c and returns the ID of the request it made (its
// Requested or CompletionRequested event from oracle).
func sendRequest(ctx context.Context, s Sender, oracle common.Address, c txmgr.Candidate) (*big.Int, *types.Receipt, error) {
	r, err := s.Send(ctx, c)
	if err != nil {
		return nil, r, fmt.Errorf("deployment: request: %w", err)
	}
	for _, l := range r.Logs {
		if l.Address != oracle {
			continue
		}
		switch ev := arbiter.DecodeEvent(l).(type) {
		case *arbiter.RequestedEvent:
			return ev.RequestId, r, nil
		case *arbiter.CompletionRequestedEvent:
			return ev.RequestId, r, nil
		}
	}
	return nil, r, fmt.Errorf("deployment: request transaction %s has no request event from %s", r.TxHash, oracle)
}

// Claim is one claim on a request.
type Claim struct {
	ID        *big.Int       `json:"id"`
	Attempt   uint32         `json:"attempt"`
	Submitter common.Address `json:"submitter"`
	Status    string         `json:"status"` // arbiter.ClaimStatus, lower case: "pending", "accepted", "rejected", "superseded"
	Deadline  uint64         `json:"deadline"`
	OpenGames uint32         `json:"openGames"`
}

// Result is a request's state as the oracle reports it.
type Result struct {
	RequestID *big.Int       `json:"requestId"`
	Status    string         `json:"status"` // arbiter.RequestStatus, lower case: "open", "finalized", "cancelled"
	ModelID   common.Hash    `json:"modelId"`
	Consumer  common.Address `json:"consumer"`
	Fee       *big.Int       `json:"feeWei"`
	// ExpiresAt is the block time (Unix seconds) from which the request
	// accepts no more claims and, with none pending, may be cancelled.
	ExpiresAt uint64  `json:"expiresAt"`
	Pending   uint32  `json:"pendingClaims"` // claims still pending
	Claims    []Claim `json:"claims"`
	// Output is the finalized output as bytes and decoded as values of the
	// model's output type (set once finalized).
	Output      []byte   `json:"output,omitempty"`
	OutputShape []uint32 `json:"outputShape,omitempty"`
	Values      []int64  `json:"values,omitempty"`
	Argmax      *int     `json:"argmax,omitempty"` // index of the largest value (the predicted class)
	// Completion is set for a completion request: then Output is the
	// completion (Tokens ids of TokenBytes bytes each), not the model's
	// output tensor.
	Completion *CompletionResult `json:"completion,omitempty"`
}

// CompletionResult is a completion request's parameters and, once
// finalized, its completion.
type CompletionResult struct {
	PromptTokens uint32  `json:"promptTokens"`
	Tokens       uint32  `json:"tokens"`
	TokenBytes   uint8   `json:"tokenBytes"`
	IDs          []int32 `json:"ids,omitempty"`  // the completion's token ids
	Text         string  `json:"text,omitempty"` // with 1-byte tokens: the completion as text
}

// ErrUnknownRequest is returned by ReadResult for a request ID the oracle
// never issued.
var ErrUnknownRequest = errors.New("deployment: unknown request")

// ReadResult reads request id from the oracle, with every claim made on it,
// and decodes a finalized output with the model header from the registry.
func ReadResult(ctx context.Context, c Caller, d *File, id *big.Int) (*Result, error) {
	oracle := arbiter.Oracle{Addr: d.Contracts.Oracle, Caller: c}
	n, err := oracle.RequestCount(ctx)
	if err != nil {
		return nil, fmt.Errorf("deployment: %w", err)
	}
	if id.Sign() <= 0 || id.Cmp(n) > 0 {
		return nil, fmt.Errorf("%w %v (the oracle has issued %v)", ErrUnknownRequest, id, n)
	}
	req, err := oracle.Request(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("deployment: %w", err)
	}
	res := &Result{RequestID: id, Status: statusText(req.Status), ModelID: req.ModelID, Consumer: req.Consumer, Fee: req.Fee,
		ExpiresAt: req.ExpiresAt, Pending: req.Pending, Claims: []Claim{}}
	for a := uint32(1); a <= req.Attempts; a++ {
		cid := arbiter.ClaimID(id, a)
		cl, err := oracle.Claim(ctx, cid)
		if err != nil {
			return nil, fmt.Errorf("deployment: %w", err)
		}
		res.Claims = append(res.Claims, Claim{ID: cid, Attempt: a, Submitter: cl.Submitter, Status: statusText(cl.Status),
			Deadline: cl.Deadline, OpenGames: cl.OpenGames})
	}
	if p := req.Completion; p != nil {
		res.Completion = &CompletionResult{PromptTokens: p.PromptTokens, Tokens: p.Tokens, TokenBytes: p.TokenBytes}
	}
	if req.Status != arbiter.RequestFinalized {
		return res, nil
	}
	res.Output = req.Output
	if cr := res.Completion; cr != nil {
		cr.IDs = arbiter.DecodeTokens(req.Output, cr.TokenBytes)
		if cr.TokenBytes == 1 {
			cr.Text = string(req.Output)
		}
		return res, nil
	}
	h, err := arbiter.Registry{Addr: d.Contracts.Registry, Caller: c}.Header(ctx, req.ModelID)
	if err != nil {
		return nil, fmt.Errorf("deployment: %w", err)
	}
	if res.Values, err = DecodeOutput(h.Output, req.Output); err != nil {
		return nil, err
	}
	res.OutputShape = h.Output.Shape()
	if len(res.Values) > 0 {
		a := Argmax(res.Values)
		res.Argmax = &a
	}
	return res, nil
}

// Reader reads the chain: eth_call and headers (ethclient.Client).
type Reader interface {
	Caller
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// CancelArgs is a consumer cancelling its request.
type CancelArgs struct {
	Oracle    common.Address
	RequestID *big.Int
	// Via, if set, is the ExampleConsumer the request was asked through:
	// the cancellation goes through it (only whoever asked may cancel) and
	// the fee it then owes the asker is withdrawn from it.
	Via *common.Address
}

// CancelResult is what Cancel did.
type CancelResult struct {
	Fee       *big.Int       // the request's fee, given back
	Cancel    *types.Receipt // the cancel transaction
	Withdrawn *big.Int       // what the withdrawal paid (0: nothing was owed)
	Withdraw  *types.Receipt // the withdrawal (nil if nothing was owed)
}

// Cancel cancels an expired, unanswered request of the sender's and
// withdraws the fee given back: from the oracle (everything the oracle
// credits the sender), or with Via from the ExampleConsumer (its refunds
// owed to the sender). It checks first what the oracle would refuse, so
// that the error says why: a request that is not open, not yet expired
// (until when it accepts claims), with claims pending, or not the sender's.
func Cancel(ctx context.Context, s Sender, c Reader, a CancelArgs) (*CancelResult, error) {
	oracle := arbiter.Oracle{Addr: a.Oracle, Caller: c}
	n, err := oracle.RequestCount(ctx)
	if err != nil {
		return nil, fmt.Errorf("deployment: %w", err)
	}
	id := a.RequestID
	if id.Sign() <= 0 || id.Cmp(n) > 0 {
		return nil, fmt.Errorf("%w %v (the oracle has issued %v)", ErrUnknownRequest, id, n)
	}
	req, err := oracle.Request(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("deployment: %w", err)
	}
	if req.Status != arbiter.RequestOpen {
		return nil, fmt.Errorf("deployment: request %v is %s: only an open request can be cancelled", id, statusText(req.Status))
	}
	me := s.From()
	if a.Via != nil {
		if req.Consumer != *a.Via {
			return nil, fmt.Errorf("deployment: request %v was not asked through the ExampleConsumer %s (its consumer is %s)", id, *a.Via, req.Consumer)
		}
		asker, err := arbiter.Consumer{Addr: *a.Via, Caller: c}.AskerOf(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("deployment: %w", err)
		}
		if asker != me {
			return nil, fmt.Errorf("deployment: request %v was asked through the ExampleConsumer by %s, not by %s: only the asker may cancel it", id, asker, me)
		}
	} else if req.Consumer != me {
		if code, err := codeAt(ctx, c, req.Consumer); err == nil && code {
			return nil, fmt.Errorf("deployment: request %v's consumer is the contract %s, not %s (asked through an ExampleConsumer? pass --via-consumer)", id, req.Consumer, me)
		}
		return nil, fmt.Errorf("deployment: request %v's consumer is %s, not %s: only the consumer may cancel it", id, req.Consumer, me)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("deployment: head: %w", err)
	}
	if head.Time < req.ExpiresAt {
		left := time.Duration(req.ExpiresAt-head.Time) * time.Second
		return nil, fmt.Errorf("deployment: request %v has not expired: it accepts claims until %s (%v from now); it can be cancelled then if no claim is pending",
			id, time.Unix(int64(req.ExpiresAt), 0).UTC().Format(time.RFC3339), left)
	}
	if req.Pending > 0 {
		return nil, fmt.Errorf("deployment: request %v has %d claim(s) pending: it can be cancelled only once none is (a pending claim finalizes it or is rejected)", id, req.Pending)
	}
	res := &CancelResult{Fee: req.Fee, Withdrawn: new(big.Int)}
	cancel := txmgr.Candidate{To: &a.Oracle}
	if cancel.Data, err = arbiter.PackCancel(id); err != nil {
		return nil, fmt.Errorf("deployment: %w", err)
	}
	if a.Via != nil {
		cancel.To = a.Via
		if cancel.Data, err = arbiter.PackConsumerCancel(id); err != nil {
			return nil, fmt.Errorf("deployment: %w", err)
		}
	}
	if res.Cancel, err = s.Send(ctx, cancel); err != nil {
		return nil, fmt.Errorf("deployment: cancel request %v: %w", id, cancelError(err))
	}
	var owed *big.Int
	withdraw := txmgr.Candidate{To: &a.Oracle, Data: arbiter.PackWithdraw()}
	if a.Via != nil {
		withdraw = txmgr.Candidate{To: a.Via, Data: arbiter.PackConsumerWithdraw()}
		owed, err = arbiter.Consumer{Addr: *a.Via, Caller: c}.RefundOf(ctx, me)
	} else {
		owed, err = oracle.Credit(ctx, me)
	}
	if err != nil {
		return res, fmt.Errorf("deployment: request %v cancelled; reading what is owed: %w", id, err)
	}
	if owed.Sign() == 0 {
		return res, nil
	}
	if res.Withdraw, err = s.Send(ctx, withdraw); err != nil {
		return res, fmt.Errorf("deployment: request %v cancelled; withdraw: %w", id, err)
	}
	res.Withdrawn = owed
	return res, nil
}

// cancelError explains the oracle's refusals of a cancel (the checks
// before sending make them rare: a claim landing just before).
func cancelError(err error) error {
	switch {
	case errors.Is(err, arbiter.ErrRequestNotExpired):
		return fmt.Errorf("the request has not expired yet (RequestNotExpired): %w", err)
	case errors.Is(err, arbiter.ErrClaimsPending):
		return fmt.Errorf("claims are pending on the request (ClaimsPending): %w", err)
	case errors.Is(err, arbiter.ErrNotConsumer), errors.Is(err, arbiter.ErrNotAsker):
		return fmt.Errorf("only whoever asked may cancel the request: %w", err)
	}
	return err
}

// codeAt reports whether a holds code (eth_getCode, if the reader has it).
func codeAt(ctx context.Context, c Reader, a common.Address) (bool, error) {
	cr, ok := c.(interface {
		CodeAt(ctx context.Context, a common.Address, block *big.Int) ([]byte, error)
	})
	if !ok {
		return false, errors.New("no eth_getCode")
	}
	code, err := cr.CodeAt(ctx, a, nil)
	return len(code) > 0, err
}

// DecodeOutput decodes claim output bytes (arbiter.ClaimOutput's encoding)
// of tensor t.
func DecodeOutput(t ops.Tensor, b []byte) ([]int64, error) {
	n := t.Numel()
	size := uint64(t.DType.Size())
	if uint64(len(b)) != n*size {
		return nil, fmt.Errorf("deployment: output is %d bytes, the model's output is %d × %d bytes", len(b), n, size)
	}
	out := make([]int64, n)
	for i := range out {
		switch t.DType {
		case ops.Int8:
			out[i] = int64(int8(b[i]))
		case ops.Int32:
			out[i] = int64(int32(binary.BigEndian.Uint32(b[4*i:])))
		default:
			return nil, fmt.Errorf("deployment: output dtype %v", t.DType)
		}
	}
	return out, nil
}

// NamedModel is a model to register with the name to record it under.
type NamedModel struct {
	Name  string
	Model *model.Model
	File  string // where it was read from ("" for built-in models)
	URI   string // stored in the registry
}

// Bootstrap deploys the contracts and an ExampleConsumer, registers models
// and returns the deployment file's contents (without endpoints or
// accounts, which the caller knows).
func Bootstrap(ctx context.Context, s Sender, c Caller, chainID uint64, p arbiter.Params, models []NamedModel) (*File, error) {
	addrs, first, err := Deploy(ctx, s, p)
	if err != nil {
		return nil, err
	}
	consumer, err := DeployConsumer(ctx, s, addrs.Oracle)
	if err != nil {
		return nil, err
	}
	f := &File{Version: Version, ChainID: chainID, DeployBlock: first, Contracts: addrs, Consumer: &consumer, Params: FromArbiter(p)}
	for _, m := range models {
		if _, err := Register(ctx, s, c, addrs.Registry, m.Model, m.URI); err != nil {
			return nil, err
		}
		f.AddModel(Model{Name: m.Name, ID: m.Model.ID(), File: m.File, URI: m.URI})
	}
	return f, nil
}

// NewSender returns a transaction manager for key on client, with an
// in-memory journal and fast receipt polling (for one-shot commands; a
// devnet seals on arrival). ctx governs its start-up reads only (see
// txmgr.New); Close the manager when done.
func NewSender(ctx context.Context, client txmgr.Client, key *ecdsa.PrivateKey, logger hclog.Logger) (*txmgr.Manager, error) {
	return txmgr.New(ctx, txmgr.Config{Revert: arbiter.WrapRevert, ReceiptQueryInterval: 100 * time.Millisecond}, client, key, txmgr.NewMemJournal(), logger)
}

// statusText is how results show a status: its Solidity name in lower case.
func statusText(s fmt.Stringer) string { return strings.ToLower(s.String()) }

// Argmax is the index of the first largest value (0 for none).
func Argmax(v []int64) int {
	best := 0
	for i := range v {
		if v[i] > v[best] {
			best = i
		}
	}
	return best
}
