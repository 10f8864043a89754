package vm

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/opml-dev/opml/vm/ops"
)

// WitnessVersion is the version byte of the witness encoding.
const WitnessVersion = 1

// AccessKind says what a witness access proves.
type AccessKind uint8

// Access kinds.
const (
	ReadROM    AccessKind = 1 // a weights leaf, proof against the weights root
	ReadRAM    AccessKind = 2 // a RAM leaf, proof against the current RAM root
	UpdateRAM  AccessKind = 3 // a RAM leaf before the step rewrites it; the same proof yields the new root
	OutputNode AccessKind = 4 // the output subtree root, proof against the RAM root (halting step)
)

// Access is one proven memory value.
type Access struct {
	Kind  AccessKind    `json:"kind"`
	Value common.Hash   `json:"value"`
	Proof []common.Hash `json:"proof"` // siblings bottom-up
}

// Witness is everything one step reads besides the pre-state: the model
// header leaves and roots (checked against the model ID), the op descriptor
// with its program proof (absent for the halting step), and the memory
// accesses in the order the step semantics make them.
type Witness struct {
	Header      [3]common.Hash `json:"header"`
	ProgramRoot common.Hash    `json:"programRoot"`
	WeightsRoot common.Hash    `json:"weightsRoot"`
	Op          hexutil.Bytes  `json:"op,omitempty"`
	OpProof     []common.Hash  `json:"opProof,omitempty"`
	Accesses    []Access       `json:"accesses"`
}

// ErrWitness wraps every reason a witness fails to prove a step.
var ErrWitness = errors.New("vm: bad witness")

func badWitness(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrWitness, fmt.Sprintf(format, args...))
}

// depths are the proof lengths a witness header implies.
type depths struct{ program, weights, ram, output int }

func headerDepths(h0 common.Hash) (depths, error) {
	d := depths{program: int(h0[1]), weights: int(h0[2]), ram: int(h0[3]), output: int(h0[25])}
	if d.program < 2 || d.program > 64 || d.weights > 64 || d.ram > 64 || d.output > d.ram {
		return d, badWitness("header depths %+v out of range", d)
	}
	return d, nil
}

func (d depths) proofLen(k AccessKind) (int, error) {
	switch k {
	case ReadROM:
		return d.weights, nil
	case ReadRAM, UpdateRAM:
		return d.ram, nil
	case OutputNode:
		return d.ram - d.output, nil
	}
	return 0, badWitness("unknown access kind %d", k)
}

// Encode returns the binary witness (docs/spec.md §7.2):
// version | h0 h1 h2 programRoot weightsRoot | hasOp (0/1) |
// [op (128) | opProof] | count | count × (kind | value | proof).
// Proof lengths are implied by the header depths and the access kind.
func (w *Witness) Encode() []byte {
	b := []byte{WitnessVersion}
	for _, h := range w.Header {
		b = append(b, h[:]...)
	}
	b = append(b, w.ProgramRoot[:]...)
	b = append(b, w.WeightsRoot[:]...)
	if w.Op == nil {
		b = append(b, 0)
	} else {
		b = append(b, 1)
		b = append(b, w.Op...)
		for _, p := range w.OpProof {
			b = append(b, p[:]...)
		}
	}
	b = append(b, byte(len(w.Accesses)))
	for _, a := range w.Accesses {
		b = append(b, byte(a.Kind))
		b = append(b, a.Value[:]...)
		for _, p := range a.Proof {
			b = append(b, p[:]...)
		}
	}
	return b
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n > len(r.b) {
		r.err = badWitness("truncated: need %d more bytes, have %d", n, len(r.b))
		return nil
	}
	p := r.b[:n]
	r.b = r.b[n:]
	return p
}

func (r *reader) byte() byte {
	if p := r.take(1); p != nil {
		return p[0]
	}
	return 0
}

func (r *reader) hash() (h common.Hash) {
	copy(h[:], r.take(32))
	return h
}

func (r *reader) hashes(n int) []common.Hash {
	out := make([]common.Hash, 0, n)
	for k := 0; k < n && r.err == nil; k++ {
		out = append(out, r.hash())
	}
	return out
}

// DecodeWitness parses a binary witness. It checks the structure only;
// Step checks what it proves.
func DecodeWitness(b []byte) (*Witness, error) {
	r := &reader{b: b}
	if v := r.byte(); r.err == nil && v != WitnessVersion {
		return nil, badWitness("version %d, want %d", v, WitnessVersion)
	}
	w := &Witness{}
	for k := range w.Header {
		w.Header[k] = r.hash()
	}
	w.ProgramRoot, w.WeightsRoot = r.hash(), r.hash()
	if r.err != nil {
		return nil, r.err
	}
	// A header whose depths are out of range cannot be a valid model's, and
	// Step moves such a model to the Error state; that step reads nothing,
	// so its witness needs no proof lengths and stays decodable.
	d, derr := headerDepths(w.Header[0])
	switch r.byte() {
	case 0:
	case 1:
		if derr != nil {
			return nil, derr
		}
		w.Op = append(hexutil.Bytes(nil), r.take(ops.DescSize)...)
		w.OpProof = r.hashes(d.program - 2)
	default:
		if r.err == nil {
			return nil, badWitness("op flag is not 0 or 1")
		}
	}
	n := int(r.byte())
	if n > 0 && derr != nil && r.err == nil {
		return nil, derr
	}
	for k := 0; k < n && r.err == nil; k++ {
		a := Access{Kind: AccessKind(r.byte()), Value: r.hash()}
		pl, err := d.proofLen(a.Kind)
		if err != nil {
			return nil, err
		}
		a.Proof = r.hashes(pl)
		w.Accesses = append(w.Accesses, a)
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, badWitness("%d trailing bytes", len(r.b))
	}
	return w, nil
}

// StepVector is the JSON record of one proven step: what `opml run --prove`
// writes and what the golden vectors under fixtures/vectors hold. The
// Solidity verifier's tests replay Witness on PreState and expect PostHash.
type StepVector struct {
	Version   int           `json:"version"`
	Name      string        `json:"name,omitempty"`
	ModelID   common.Hash   `json:"modelId"`
	Step      uint64        `json:"step"`
	PreState  hexutil.Bytes `json:"preState"`
	PreHash   common.Hash   `json:"preHash"`
	Witness   hexutil.Bytes `json:"witness"`
	PostState hexutil.Bytes `json:"postState"`
	PostHash  common.Hash   `json:"postHash"`
	Decoded   *Witness      `json:"decoded,omitempty"`
}

// NewStepVector assembles the record of step pre -> post proven by witness.
func NewStepVector(name string, pre, post State, witness []byte) StepVector {
	v := StepVector{Version: 1, Name: name, ModelID: pre.ModelID, Step: pre.Step,
		PreState: pre.Encode(), PreHash: pre.Hash(), Witness: witness, PostState: post.Encode(), PostHash: post.Hash()}
	if len(witness) > 0 {
		v.Decoded, _ = DecodeWitness(witness)
	}
	return v
}
