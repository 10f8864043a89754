package arbiter

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/vm/model"
)

// Caller runs read-only contract calls (eth_call); ethclient.Client,
// simulated.Client and bind.ContractCaller implement it.
type Caller interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// LogFilterer reads event logs (eth_getLogs); ethclient.Client and
// simulated.Client implement it.
type LogFilterer interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

var (
	oracleABI   = bindings.NewInferenceOracle()
	gameABI     = bindings.NewDisputeGame()
	registryABI = bindings.NewModelRegistry()
	consumerABI = bindings.NewExampleConsumer()
)

// call runs data against to (callMsg, at the latest block) and decodes a
// revert (WrapRevert).
func call(ctx context.Context, c Caller, to common.Address, data []byte) ([]byte, error) {
	out, err := c.CallContract(ctx, callMsg(to, data), nil)
	return out, WrapRevert(err)
}

// callMsg is the eth_call every read sends: data to to, no sender, value
// or gas, at the latest block (a nil block number).
func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

// callByID is the eth_call readByID makes for method(id), so that a batch
// (node.Reads.Prefetch) can send it ahead of the read.
func callByID(to common.Address, method string, id *big.Int, pack func(*big.Int) ([]byte, error)) (ethereum.CallMsg, error) {
	data, err := pack(id)
	if err != nil {
		return ethereum.CallMsg{}, fmt.Errorf("arbiter: %s(%v): %w", method, id, err)
	}
	return callMsg(to, data), nil
}

// read calls the view method packed in data on to and unpacks its result;
// what names the call in errors.
func read[T any](ctx context.Context, c Caller, to common.Address, what string, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := call(ctx, c, to, data)
	if err != nil {
		return zero, fmt.Errorf("arbiter: %s: %w", what, err)
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("arbiter: %s: %w", what, err)
	}
	return v, nil
}

// readByID reads view method(id): packed by pack, unpacked by unpack.
func readByID[T any](ctx context.Context, c Caller, to common.Address, method string, id *big.Int,
	pack func(*big.Int) ([]byte, error), unpack func([]byte) (T, error)) (T, error) {
	what := fmt.Sprintf("%s(%v)", method, id)
	data, err := pack(id)
	if err != nil {
		var zero T
		return zero, fmt.Errorf("arbiter: %s: %w", what, err)
	}
	return read(ctx, c, to, what, data, unpack)
}

// Oracle reads a deployed InferenceOracle. Its methods are safe for
// concurrent use if Caller is.
type Oracle struct {
	Addr   common.Address
	Caller Caller
}

// Request is InferenceOracle.requestOf.
type Request struct {
	Consumer    common.Address
	Fee         *big.Int
	CallbackGas uint64
	Status      RequestStatus
	Attempts    uint32 // claims submitted so far: ClaimID(id, 1) .. ClaimID(id, Attempts)
	Pending     uint32 // claims still pending
	ExpiresAt   uint64 // claims are accepted while the block time is below it
	ModelID     common.Hash
	StartHash   common.Hash // zero for a completion request (each claim has its own)
	// Completion is set for a completion request (docs/protocol.md §3.6):
	// its sizes, and PromptHash, keccak256 of its prompt (the prompt itself
	// is in CompletionRequested).
	Completion *CompletionParams
	Output     []byte // set once finalized (a completion request: the completion)
}

// CompletionParams are what the oracle stores of a completion request.
type CompletionParams struct {
	PromptTokens uint32 // P
	Tokens       uint32 // tokens to generate
	TokenBytes   uint8  // bytes per token
	PromptHash   common.Hash
}

// Claim is InferenceOracle.claimOf.
type Claim struct {
	Submitter common.Address
	Deadline  uint64 // challenges are accepted while the block time is below it
	OpenGames uint32
	// RewardGames is, once the claim is rejected, the number of games that
	// share its reward (those open at the rejection).
	RewardGames uint32
	Status      ClaimStatus
	FinalHash   common.Hash
}

// ClaimID is the ID of the attempt-th claim (from 1) on request requestID,
// as InferenceOracle.claimIdOf computes it: requestID << 32 | attempt.
func ClaimID(requestID *big.Int, attempt uint32) *big.Int {
	return new(big.Int).Or(new(big.Int).Lsh(requestID, 32), new(big.Int).SetUint64(uint64(attempt)))
}

// SplitClaimID is the inverse of ClaimID.
func SplitClaimID(claimID *big.Int) (requestID *big.Int, attempt uint32) {
	return new(big.Int).Rsh(claimID, 32), uint32(new(big.Int).And(claimID, big.NewInt(0xffffffff)).Uint64())
}

// RequestCall is the eth_call Request(id) makes (for batching reads:
// node.Reads.Prefetch answers the read from a batch).
func (o Oracle) RequestCall(id *big.Int) (ethereum.CallMsg, error) {
	return callByID(o.Addr, "requestOf", id, oracleABI.TryPackRequestOf)
}

// ClaimCall is the eth_call Claim(id) makes (see RequestCall).
func (o Oracle) ClaimCall(id *big.Int) (ethereum.CallMsg, error) {
	return callByID(o.Addr, "claimOf", id, oracleABI.TryPackClaimOf)
}

// Request reads requestOf(id).
func (o Oracle) Request(ctx context.Context, id *big.Int) (Request, error) {
	r, err := readByID(ctx, o.Caller, o.Addr, "requestOf", id, oracleABI.TryPackRequestOf, oracleABI.UnpackRequestOf)
	if err != nil {
		return Request{}, err
	}
	out := Request{Consumer: r.Consumer, Fee: r.Fee, CallbackGas: r.CallbackGas, Status: RequestStatus(r.Status),
		Attempts: r.Attempts, Pending: r.PendingClaims, ExpiresAt: r.ExpiresAt.Uint64(), ModelID: r.ModelId, StartHash: r.StartHash, Output: r.Output}
	if r.TokenBytes != 0 {
		out.Completion = &CompletionParams{PromptTokens: r.PromptTokens, Tokens: r.CompletionTokens, TokenBytes: r.TokenBytes, PromptHash: r.PromptHash}
	}
	return out, nil
}

// StartHashOf reads startHashOf(claimID): the agreed state hash at step 0
// of the claim's games (the request's start hash, or a completion claim's own).
func (o Oracle) StartHashOf(ctx context.Context, claimID *big.Int) (common.Hash, error) {
	h, err := readByID(ctx, o.Caller, o.Addr, "startHashOf", claimID, oracleABI.TryPackStartHashOf, oracleABI.UnpackStartHashOf)
	return common.Hash(h), err
}

// Claim reads claimOf(id).
func (o Oracle) Claim(ctx context.Context, id *big.Int) (Claim, error) {
	c, err := readByID(ctx, o.Caller, o.Addr, "claimOf", id, oracleABI.TryPackClaimOf, oracleABI.UnpackClaimOf)
	if err != nil {
		return Claim{}, err
	}
	return Claim{Submitter: c.Submitter, Deadline: c.Deadline.Uint64(), OpenGames: uint32(c.OpenGames.Uint64()),
		RewardGames: uint32(c.RewardGames.Uint64()), Status: ClaimStatus(c.Status), FinalHash: c.FinalHash}, nil
}

// RequestCount reads requestCount: the number of requests issued, which
// are numbered 1..count.
func (o Oracle) RequestCount(ctx context.Context) (*big.Int, error) {
	return read(ctx, o.Caller, o.Addr, "requestCount", oracleABI.PackRequestCount(), oracleABI.UnpackRequestCount)
}

// Credit reads credit(a): what a can withdraw.
func (o Oracle) Credit(ctx context.Context, a common.Address) (*big.Int, error) {
	return read(ctx, o.Caller, o.Addr, fmt.Sprintf("credit(%s)", a), oracleABI.PackCredit(a), oracleABI.UnpackCredit)
}

// Bonds reads submitBond and challengeBond.
func (o Oracle) Bonds(ctx context.Context) (submit, challenge *big.Int, err error) {
	if submit, err = read(ctx, o.Caller, o.Addr, "submitBond", oracleABI.PackSubmitBond(), oracleABI.UnpackSubmitBond); err != nil {
		return nil, nil, err
	}
	if challenge, err = read(ctx, o.Caller, o.Addr, "challengeBond", oracleABI.PackChallengeBond(), oracleABI.UnpackChallengeBond); err != nil {
		return nil, nil, err
	}
	return submit, challenge, nil
}

// Burned reads burned: the wei burned so far.
func (o Oracle) Burned(ctx context.Context) (*big.Int, error) {
	return read(ctx, o.Caller, o.Addr, "burned", oracleABI.PackBurned(), oracleABI.UnpackBurned)
}

// RewardShare reads rewardShare(claimID): what each game that shared in
// rejecting the claim pays its challenger beyond the bond if the
// challenger wins it (0 unless the claim is rejected).
func (o Oracle) RewardShare(ctx context.Context, claimID *big.Int) (*big.Int, error) {
	return readByID(ctx, o.Caller, o.Addr, "rewardShare", claimID, oracleABI.TryPackRewardShare, oracleABI.UnpackRewardShare)
}

// Game reads the address of the oracle's DisputeGame.
func (o Oracle) Game(ctx context.Context) (common.Address, error) {
	return read(ctx, o.Caller, o.Addr, "game", oracleABI.PackGame(), oracleABI.UnpackGame)
}

// Challenged returns the Challenged events of claimID by challenger from
// block from on: the chain's own record of whether challenger challenged
// the claim.
func (o Oracle) Challenged(ctx context.Context, logs LogFilterer, claimID *big.Int, challenger common.Address, from uint64) ([]*ChallengedEvent, error) {
	ev := oracleABI.GetABI().Events[bindings.InferenceOracleChallengedEventName]
	ls, err := logs.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{o.Addr},
		Topics:    [][]common.Hash{{ev.ID}, {common.BigToHash(claimID)}, {}, {common.BytesToHash(challenger.Bytes())}}})
	if err != nil {
		return nil, fmt.Errorf("arbiter: Challenged logs: %w", err)
	}
	var out []*ChallengedEvent
	for i := range ls {
		if e, err := oracleABI.UnpackChallengedEvent(&ls[i]); err == nil {
			out = append(out, e)
		}
	}
	return out, nil
}

// The calldata of the oracle's transactions. The value to send with them
// (the fee of request, the bonds of submit and challenge) is the caller's.

// PackRequest is the calldata of request(modelID, input, callbackGas).
func PackRequest(modelID common.Hash, input []byte, callbackGas uint64) []byte {
	return oracleABI.PackRequest(modelID, input, callbackGas)
}

// PackRequestCompletion is the calldata of requestCompletion(modelID,
// prompt, tokens, tokenBytes, callbackGas) for completion c.
func PackRequestCompletion(modelID common.Hash, c Completion, callbackGas uint64) []byte {
	return oracleABI.PackRequestCompletion(modelID, c.Prompt, c.Tokens, c.TokenBytes, callbackGas)
}

// PackSubmitCompletion is the calldata of submitCompletion(requestID,
// prompt, output, finalRAMRoot): output is the model's whole output on the
// completion's trace input (Completion.Input), as ClaimOutput encodes it.
func PackSubmitCompletion(requestID *big.Int, prompt, output []byte, finalRAMRoot common.Hash) ([]byte, error) {
	return pack("submitCompletion")(oracleABI.TryPackSubmitCompletion(requestID, prompt, output, finalRAMRoot))
}

// PackSubmit is the calldata of submit(requestID, output, finalRAMRoot).
func PackSubmit(requestID *big.Int, output []byte, finalRAMRoot common.Hash) ([]byte, error) {
	return pack("submit")(oracleABI.TryPackSubmit(requestID, output, finalRAMRoot))
}

// PackChallenge is the calldata of challenge(claimID, finalHash): it
// reverts (ErrClaimMismatch) unless the claim asserts finalHash.
func PackChallenge(claimID *big.Int, finalHash common.Hash) ([]byte, error) {
	return pack("challenge")(oracleABI.TryPackChallenge(claimID, finalHash))
}

// PackCancel is the calldata of cancel(requestID).
func PackCancel(requestID *big.Int) ([]byte, error) {
	return pack("cancel")(oracleABI.TryPackCancel(requestID))
}

// PackFinalize is the calldata of finalize(claimID, output, finalRAMRoot).
func PackFinalize(claimID *big.Int, output []byte, finalRAMRoot common.Hash) ([]byte, error) {
	return pack("finalize")(oracleABI.TryPackFinalize(claimID, output, finalRAMRoot))
}

// PackWithdraw is the calldata of withdraw().
func PackWithdraw() []byte { return oracleABI.PackWithdraw() }

// pack returns the result of a TryPack method of a binding, naming method
// in its error.
func pack(method string) func([]byte, error) ([]byte, error) {
	return func(data []byte, err error) ([]byte, error) {
		if err != nil {
			return nil, fmt.Errorf("arbiter: pack %s: %w", method, err)
		}
		return data, nil
	}
}

// Registry reads a deployed ModelRegistry.
type Registry struct {
	Addr   common.Address
	Caller Caller
}

// IsRegistered reads isRegistered(modelID).
func (r Registry) IsRegistered(ctx context.Context, modelID common.Hash) (bool, error) {
	return read(ctx, r.Caller, r.Addr, fmt.Sprintf("isRegistered(%s)", modelID), registryABI.PackIsRegistered(modelID), registryABI.UnpackIsRegistered)
}

// Header reads the header of registered model modelID (model(modelID)).
func (r Registry) Header(ctx context.Context, modelID common.Hash) (model.Header, error) {
	m, err := read(ctx, r.Caller, r.Addr, fmt.Sprintf("model(%s)", modelID), registryABI.PackModel(modelID), registryABI.UnpackModel)
	if err != nil {
		return model.Header{}, err
	}
	h, err := model.DecodeHeader([3]common.Hash{m.H0, m.H1, m.H2})
	if err != nil {
		return model.Header{}, fmt.Errorf("arbiter: model %s header: %w", modelID, err)
	}
	return h, nil
}

// PackRegister is the calldata of register(header leaves, program root,
// weights root, uri) registering m.
func PackRegister(m *model.Model, uri string) []byte {
	var hdr [3][32]byte
	for i, l := range m.Header.Leaves() {
		hdr[i] = l
	}
	return registryABI.PackRegister(hdr, m.ProgramRoot(), m.WeightsRoot(), uri)
}

// ConsumerCode is the creation code, with its constructor arguments, of an
// ExampleConsumer (contracts/src/examples) of oracle.
func ConsumerCode(oracle common.Address) []byte {
	return append(common.FromHex(bindings.ExampleConsumerMetaData.Bin), consumerABI.PackConstructor(oracle)...)
}

// PackAskCompletion is the calldata of an ExampleConsumer's
// askCompletion(modelID, prompt, tokens, tokenBytes, callbackGas).
func PackAskCompletion(modelID common.Hash, c Completion, callbackGas uint64) []byte {
	return consumerABI.PackAskCompletion(modelID, c.Prompt, c.Tokens, c.TokenBytes, callbackGas)
}

// PackAsk is the calldata of an ExampleConsumer's ask(modelID, input,
// callbackGas), which requests through the oracle (forwarding the fee).
func PackAsk(modelID common.Hash, input []byte, callbackGas uint64) []byte {
	return consumerABI.PackAsk(modelID, input, callbackGas)
}
