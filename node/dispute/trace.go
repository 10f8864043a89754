package dispute

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/vm"
)

// TraceProvider is a party's view of one execution of N = Steps() steps.
type TraceProvider interface {
	// Steps returns N, the number of steps to the final (halted) state.
	Steps() uint64
	// StateHash returns the hash of the state after t steps (before step
	// t), 0 <= t <= N.
	StateHash(ctx context.Context, t uint64) (common.Hash, error)
	// ProveStep returns the encoded state before step t and the witness
	// that lets the onchain step verifier execute step t, 0 <= t < N.
	ProveStep(ctx context.Context, t uint64) (pre, witness []byte, err error)
}

// StateHashOf hashes an encoded state the way DisputeGame.stateHash does:
// keccak256 of the encoding with the first byte replaced by the encoding's
// first byte (the status; docs/spec.md §7.1).
func StateHashOf(enc []byte) common.Hash {
	h := crypto.Keccak256Hash(enc)
	h[0] = 0
	if len(enc) > 0 {
		h[0] = enc[0]
	}
	return h
}

// ---------------------------------------------------------------- VM trace

// VMTrace is the TraceProvider of a real VM run.
type VMTrace struct{ tr *vm.Trace }

// NewVMTrace returns the TraceProvider of tr.
func NewVMTrace(tr *vm.Trace) *VMTrace { return &VMTrace{tr: tr} }

// Steps implements TraceProvider.
func (v *VMTrace) Steps() uint64 { return v.tr.Steps() }

// StateHash implements TraceProvider.
func (v *VMTrace) StateHash(ctx context.Context, t uint64) (common.Hash, error) {
	if err := ctx.Err(); err != nil {
		return common.Hash{}, fmt.Errorf("dispute: state hash at %d: %w", t, err)
	}
	if t > v.tr.Steps() {
		return common.Hash{}, fmt.Errorf("dispute: state hash at %d: beyond the last step %d", t, v.tr.Steps())
	}
	s, err := v.tr.StateAt(t)
	if err != nil {
		return common.Hash{}, fmt.Errorf("dispute: state at %d: %w", t, err)
	}
	return s.Hash(), nil
}

// ProveStep implements TraceProvider.
func (v *VMTrace) ProveStep(ctx context.Context, t uint64) ([]byte, []byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, fmt.Errorf("dispute: prove step %d: %w", t, err)
	}
	if t >= v.tr.Steps() {
		return nil, nil, fmt.Errorf("dispute: prove step %d: the trace has %d steps", t, v.tr.Steps())
	}
	pre, _, w, err := v.tr.ProveStep(t)
	if err != nil {
		return nil, nil, fmt.Errorf("dispute: prove step %d: %w", t, err)
	}
	return pre.Encode(), w, nil
}

// --------------------------------------------------------------- toy trace

// NoLie is the LieFrom of an honest ToyTrace.
const NoLie = ^uint64(0)

// ToyTrace is the trace of contracts/src/test/ToyStepVerifier.sol: state t
// of trace Seed is the 41 bytes 0x00 ‖ Seed ‖ t (big-endian uint64), and a
// step increments t. From step LieFrom on (NoLie: never) its hashes are
// false. It is for fast tests of game logic; the onchain ToyStepVerifier is
// a test contract.
type ToyTrace struct {
	Seed    common.Hash
	N       uint64
	LieFrom uint64
}

// NewToyTrace returns an honest toy trace of n steps.
func NewToyTrace(seed common.Hash, n uint64) *ToyTrace {
	return &ToyTrace{Seed: seed, N: n, LieFrom: NoLie}
}

// ToyState returns the encoding of toy state t of trace seed.
func ToyState(seed common.Hash, t uint64) []byte {
	b := make([]byte, 41)
	copy(b[1:33], seed[:])
	binary.BigEndian.PutUint64(b[33:], t)
	return b
}

// ToyHash returns the hash of toy state t of trace seed.
func ToyHash(seed common.Hash, t uint64) common.Hash { return StateHashOf(ToyState(seed, t)) }

// Steps implements TraceProvider.
func (tt *ToyTrace) Steps() uint64 { return tt.N }

// StateHash implements TraceProvider.
func (tt *ToyTrace) StateHash(_ context.Context, t uint64) (common.Hash, error) {
	if t > tt.N {
		return common.Hash{}, fmt.Errorf("dispute: toy state hash at %d: beyond the last step %d", t, tt.N)
	}
	h := ToyHash(tt.Seed, t)
	if t >= tt.LieFrom {
		return lie(h), nil
	}
	return h, nil
}

// ProveStep implements TraceProvider. The proof is the true pre-state; the
// toy verifier needs no witness.
func (tt *ToyTrace) ProveStep(_ context.Context, t uint64) ([]byte, []byte, error) {
	if t >= tt.N {
		return nil, nil, fmt.Errorf("dispute: prove toy step %d: the trace has %d steps", t, tt.N)
	}
	return ToyState(tt.Seed, t), nil, nil
}

// ---------------------------------------------------------- fault injection

// Lying wraps p so that every state hash from step fromStep on is false
// (proofs are passed through unchanged).
//
// FOR TESTS AND DEMOS ONLY: it turns an honest provider into a dishonest
// party that plays through exactly the same code path (solver, player) as
// an honest one, which is how the scenario tests show that the honest side
// wins. A node must never wrap its production trace with it.
func Lying(p TraceProvider, fromStep uint64) TraceProvider {
	return &lying{p: p, from: fromStep}
}

type lying struct {
	p    TraceProvider
	from uint64
}

func (l *lying) Steps() uint64 { return l.p.Steps() }

func (l *lying) StateHash(ctx context.Context, t uint64) (common.Hash, error) {
	h, err := l.p.StateHash(ctx, t)
	if err != nil || t < l.from {
		return h, err
	}
	return lie(h), nil
}

func (l *lying) ProveStep(ctx context.Context, t uint64) ([]byte, []byte, error) {
	return l.p.ProveStep(ctx, t)
}

// lie maps a true hash to a deterministic false one.
func lie(h common.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte("dispute: lie"), h[:])
}

var errNoTrace = errors.New("dispute: no trace provider")
