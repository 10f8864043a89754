package arbiter

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/complete"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// Completions (docs/protocol.md §3.6). A completion model's input and
// output are int32 of the same Numel T (its context): output[t] is, by the
// model's contract, the greedy next token after input[0..t]. A completion
// request asks for Tokens tokens after a prompt; a claim carries the
// model's whole output on the trace input x = prompt ‖ c_0 … c_{Tokens−2}
// ‖ 0 … 0, where c_i = output[P−1+i] is the claimed completion. Everything
// here is the one Go definition of what InferenceOracle.requestCompletion,
// submitCompletion and finalize compute: submitters, challengers, tests
// and the CLI use it.

// MaxTokenBytes is the widest token encoding a completion request takes.
const MaxTokenBytes = 4

// Completion is a completion request's parameters, as
// InferenceOracle.requestCompletion takes them.
type Completion struct {
	// Prompt is P token ids of TokenBytes bytes each, big-endian (for a
	// byte-level model and TokenBytes = 1: the text itself).
	Prompt     []byte
	Tokens     uint32 // tokens to generate, >= 1
	TokenBytes uint8  // 1..4
}

// CheckCompletionModel returns an error unless h is a completion model's
// header: int32 input and int32 output with the same Numel (what
// requestCompletion checks, NotCompletionModel).
func CheckCompletionModel(h *model.Header) error {
	if _, err := complete.Context(h); err != nil {
		return fmt.Errorf("arbiter: %w (docs/protocol.md §3.6)", err)
	}
	return nil
}

// Context is T, the number of tokens a completion model reads (the Numel
// of its input).
func Context(h *model.Header) uint64 { return h.Input.Numel() }

// NewCompletion encodes prompt token ids as a completion request of tokens
// tokens with tokenBytes bytes per token, checking it as
// requestCompletion does for a model with header h.
func NewCompletion(h *model.Header, ids []int32, tokens uint32, tokenBytes uint8) (Completion, error) {
	if tokenBytes == 0 || tokenBytes > MaxTokenBytes {
		return Completion{}, fmt.Errorf("arbiter: %d bytes per token, want 1 to %d", tokenBytes, MaxTokenBytes)
	}
	p := make([]byte, 0, len(ids)*int(tokenBytes))
	for i, id := range ids {
		if !fits(id, tokenBytes) {
			return Completion{}, fmt.Errorf("arbiter: prompt token %d (id %d) does not fit %d bytes", i, id, tokenBytes)
		}
		p = appendToken(p, id, tokenBytes)
	}
	c := Completion{Prompt: p, Tokens: tokens, TokenBytes: tokenBytes}
	return c, c.Check(h)
}

// Check returns an error unless a model with header h takes c, as
// requestCompletion checks it: a completion model, 1 to 4 bytes per token,
// a whole number P >= 1 of prompt tokens, Tokens >= 1 and P + Tokens − 1
// <= T.
func (c Completion) Check(h *model.Header) error {
	if err := CheckCompletionModel(h); err != nil {
		return err
	}
	if c.TokenBytes == 0 || c.TokenBytes > MaxTokenBytes {
		return fmt.Errorf("arbiter: %d bytes per token, want 1 to %d", c.TokenBytes, MaxTokenBytes)
	}
	w := uint64(c.TokenBytes)
	p := uint64(len(c.Prompt)) / w
	if uint64(len(c.Prompt))%w != 0 || p == 0 || c.Tokens == 0 || p+uint64(c.Tokens)-1 > Context(h) {
		return fmt.Errorf("arbiter: a prompt of %d bytes (%d-byte tokens) and %d tokens to generate do not fit the model's context of %d tokens "+
			"(want 1 <= P, 1 <= tokens, P + tokens - 1 <= %d)", len(c.Prompt), w, c.Tokens, Context(h), Context(h))
	}
	return nil
}

// PromptTokens is P, the number of prompt tokens.
func (c Completion) PromptTokens() int { return len(c.Prompt) / int(max(c.TokenBytes, 1)) }

// PromptIDs decodes the prompt's token ids (DecodeTokens).
func (c Completion) PromptIDs() []int32 { return DecodeTokens(c.Prompt, c.TokenBytes) }

// DecodeTokens decodes token ids of width bytes each, big-endian,
// unsigned (4-byte ids are int32 bit patterns): a prompt, or a finalized
// completion request's output. A trailing partial id is ignored.
func DecodeTokens(b []byte, width uint8) []int32 {
	w := int(max(width, 1))
	ids := make([]int32, len(b)/w)
	for i := range ids {
		var v uint32
		for _, x := range b[i*w : (i+1)*w] {
			v = v<<8 | uint32(x)
		}
		ids[i] = int32(v)
	}
	return ids
}

// Generated returns the completion a claim's output (the model's T output
// values) asserts: c_i = output[P−1+i] for i < Tokens. It fails, as
// submitCompletion reverts (TokenTooWide), if some c_i does not fit
// TokenBytes bytes.
func (c Completion) Generated(h *model.Header, output []int64) ([]int32, error) {
	if err := c.Check(h); err != nil {
		return nil, err
	}
	if uint64(len(output)) != Context(h) {
		return nil, fmt.Errorf("arbiter: output has %d values, the model yields %d", len(output), Context(h))
	}
	p := c.PromptTokens()
	ids := make([]int32, c.Tokens)
	for i := range ids {
		ids[i] = int32(output[p-1+i])
		if !fits(ids[i], c.TokenBytes) {
			return nil, fmt.Errorf("%w: completion token %d (id %d) does not fit %d bytes", ErrTokenTooWide, i, ids[i], c.TokenBytes)
		}
	}
	return ids, nil
}

// Input is the trace input x of a claim whose output (the model's T output
// values) is output: the prompt's ids, then c_0 … c_{Tokens−2}, then zeros
// up to T (docs/protocol.md §3.6). The claim's start hash is the initial
// state on x (CompletionStartHash). It fails where submitCompletion
// reverts.
func (c Completion) Input(h *model.Header, output []int64) ([]int32, error) {
	gen, err := c.Generated(h, output)
	if err != nil {
		return nil, err
	}
	x := make([]int32, Context(h))
	n := copy(x, c.PromptIDs())
	copy(x[n:], gen[:len(gen)-1])
	return x, nil
}

// Result is the completion the oracle delivers once a claim with output
// values output finalizes: Tokens ids of TokenBytes bytes each,
// big-endian (the text, for a byte-level model with 1-byte tokens).
func (c Completion) Result(h *model.Header, output []int64) ([]byte, error) {
	gen, err := c.Generated(h, output)
	if err != nil {
		return nil, err
	}
	return EncodeTokens(gen, c.TokenBytes), nil
}

// EncodeTokens encodes ids as width bytes each, big-endian (the low width
// bytes of each id).
func EncodeTokens(ids []int32, width uint8) []byte {
	b := make([]byte, 0, len(ids)*int(width))
	for _, id := range ids {
		b = appendToken(b, id, width)
	}
	return b
}

func appendToken(b []byte, id int32, width uint8) []byte {
	var be [4]byte
	binary.BigEndian.PutUint32(be[:], uint32(id))
	return append(b, be[4-width:]...)
}

// fits reports whether id, as an unsigned 32-bit value, fits width bytes.
func fits(id int32, width uint8) bool { return width >= 4 || uint32(id)>>(8*uint32(width)) == 0 }

// ClaimValues decodes a claim's output bytes (as ClaimOutput encodes them)
// into the output tensor's values.
func ClaimValues(h *model.Header, output []byte) ([]int64, error) {
	t := h.Output
	size := t.DType.Size()
	if size == 0 || uint64(len(output)) != t.Numel()*size {
		return nil, fmt.Errorf("arbiter: output of %d bytes, the model's %v output %v has %d", len(output), t.DType, t.Shape(), t.Numel()*size)
	}
	v := make([]int64, t.Numel())
	for i := range v {
		if t.DType == ops.Int32 {
			v[i] = int64(int32(binary.BigEndian.Uint32(output[4*i:])))
		} else {
			v[i] = int64(int8(output[i]))
		}
	}
	return v, nil
}

// CompletionStartHash is the start hash the oracle computes for a
// completion claim with trace input x (Completion.Input).
func CompletionStartHash(m *model.Model, x []int32) (common.Hash, error) {
	enc, err := vm.EncodeInputInt32(&m.Header, x)
	if err != nil {
		return common.Hash{}, err
	}
	root, err := vm.InputRoot(&m.Header, enc)
	if err != nil {
		return common.Hash{}, err
	}
	s := vm.InitialState(m.ID(), &m.Header, root)
	return s.Hash(), nil
}

// TraceCompletion runs model m on the trace input of a completion claim
// whose output bytes (from its Submitted event) are output: what a
// challenger checks the claim's final hash against and plays its games
// with.
func TraceCompletion(m *model.Model, c Completion, output []byte) (*vm.Trace, error) {
	vals, err := ClaimValues(&m.Header, output)
	if err != nil {
		return nil, err
	}
	x, err := c.Input(&m.Header, vals)
	if err != nil {
		return nil, err
	}
	return vm.NewTraceInt32(m, x)
}

// InputBytes encodes trace input ids as request inputs are encoded
// (RequestInputInt32): what TraceRequest takes.
func InputBytes(x []int32) []byte {
	b := make([]byte, 4*len(x))
	for i, v := range x {
		binary.BigEndian.PutUint32(b[4*i:], uint32(v))
	}
	return b
}

// ErrInconsistent reports a model that does not reproduce its own greedy
// completion when run on it: it is not causal (output[t] depends on inputs
// after t), so no consistent claim may exist (docs/protocol.md §3.6).
var ErrInconsistent = errors.New("arbiter: the final pass over prompt ‖ completion does not reproduce the completion: the model is not causal")

// GenerateInput decodes greedily with complete.GreedyWith (one fast-path
// pass per token over the growing prefix, padding id 0, c_i =
// output[P−1+i]; the last pass, over the final input, checks causality) and
// returns the final trace input x = prompt ‖ c_0 … c_{Tokens−2} ‖ 0 … 0.
// The claim is the output of a trace of x (its last position gives
// c_{Tokens−1}), after CheckConsistent. run, if non-nil, wraps each VM run
// (nodes bound concurrent runs with it).
func GenerateInput(m *model.Model, c Completion, run func(func() error) error) ([]int32, error) {
	if err := c.Check(&m.Header); err != nil {
		return nil, err
	}
	r, err := complete.GreedyWith(m, c.PromptIDs(), int(c.Tokens), run)
	if err != nil {
		return nil, fmt.Errorf("arbiter: generate: %w", err)
	}
	for i, t := range r.Tokens {
		if !fits(t, c.TokenBytes) {
			return nil, fmt.Errorf("%w: completion token %d (id %d) does not fit %d bytes", ErrTokenTooWide, i, t, c.TokenBytes)
		}
	}
	return r.Input, nil
}

// CheckConsistent returns an error unless output, the model's output on
// trace input x, implies x (Completion.Input(output) = x): the check an
// honest submitter makes before claiming. A causal model always passes;
// otherwise ErrInconsistent (or ErrTokenTooWide).
func (c Completion) CheckConsistent(h *model.Header, x []int32, output []int64) error {
	again, err := c.Input(h, output)
	if err != nil {
		return err
	}
	if !slices.Equal(again, x) {
		return ErrInconsistent
	}
	return nil
}

// Generate is GenerateInput, then a trace of x checked by
// CheckConsistent: the trace whose output and final RAM root an honest
// submitter claims.
func Generate(m *model.Model, c Completion, run func(func() error) error) (*vm.Trace, error) {
	x, err := GenerateInput(m, c, run)
	if err != nil {
		return nil, err
	}
	tr, err := vm.NewTraceInt32(m, x)
	if err != nil {
		return nil, fmt.Errorf("arbiter: generate: trace: %w", err)
	}
	if err := c.CheckConsistent(&m.Header, x, tr.Output()); err != nil {
		return nil, err
	}
	return tr, nil
}

// CheckPrompt reports whether prompt is the request's (its keccak256 is
// the stored PromptHash).
func (p *CompletionParams) CheckPrompt(prompt []byte) bool {
	return p != nil && crypto.Keccak256Hash(prompt) == p.PromptHash
}

// InputOf is Input for a claim's output bytes (from its Submitted event).
func (c Completion) InputOf(h *model.Header, output []byte) ([]int32, error) {
	vals, err := ClaimValues(h, output)
	if err != nil {
		return nil, err
	}
	return c.Input(h, vals)
}

// InputIDs decodes trace input bytes (InputBytes) into ids.
func InputIDs(b []byte) []int32 {
	x := make([]int32, len(b)/4)
	for i := range x {
		x[i] = int32(binary.BigEndian.Uint32(b[4*i:]))
	}
	return x
}
