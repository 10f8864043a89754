package vm

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/opml-dev/opml/vm/ops"
)

// Mirrored function for function by contracts/src/vm/Witness.sol (the mirror
// table is vm/mirror_test.go). The Go-only part is in witness_offchain.go.

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

// maxWitnessDepth is the largest depth a witness header may imply (spec
// §7.2 rule 2).
const maxWitnessDepth = 64

// depths are the proof lengths a witness header implies.
type depths struct{ program, weights, ram, output int }

// headerDepths reads the depths from h0 (bytes 1, 2, 3 and 25); ok reports
// whether they are in range (spec §7.2 rule 2).
func headerDepths(h0 common.Hash) (d depths, ok bool) {
	d = depths{program: int(h0[1]), weights: int(h0[2]), ram: int(h0[3]), output: int(h0[25])}
	ok = d.program >= 2 && d.program <= maxWitnessDepth && d.weights <= maxWitnessDepth &&
		d.ram <= maxWitnessDepth && d.output <= d.ram
	return d, ok
}

// proofLen is the proof length of an access of kind k; ok is false for an
// unknown kind.
func (d depths) proofLen(k AccessKind) (n int, ok bool) {
	switch k {
	case ReadROM:
		return d.weights, true
	case ReadRAM, UpdateRAM:
		return d.ram, true
	case OutputNode:
		return d.ram - d.output, true
	}
	return 0, false
}

// reader reads the witness front to back; the first read past the end sets
// err to WitnessTruncated and every later read returns zeros.
type reader struct {
	b   []byte
	err error
}

func (r *reader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n > len(r.b) {
		r.err = reject(ReasonWitnessTruncated).withDetail("need %d more bytes, have %d", n, len(r.b))
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

// DecodeWitness parses a binary witness (docs/spec.md §7.2). It checks the
// structure only, in the order of WitnessLib.decode, so that both report
// the same first failing reason; Step checks what the witness proves.
func DecodeWitness(b []byte) (*Witness, error) {
	r := &reader{b: b}
	v := r.byte()
	if r.err != nil {
		return nil, r.err
	}
	if v != WitnessVersion {
		return nil, reject(ReasonWitnessVersion, uint64(v))
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
	d, depthsOK := headerDepths(w.Header[0])
	flag := r.byte()
	if r.err != nil {
		return nil, r.err
	}
	switch flag {
	case 0:
	case 1:
		if !depthsOK {
			return nil, reject(ReasonWitnessDepths).withDetail("depths %+v", d)
		}
		w.Op = append(hexutil.Bytes(nil), r.take(ops.DescSize)...)
		w.OpProof = r.hashes(d.program - 2)
		if r.err != nil {
			return nil, r.err
		}
	default:
		return nil, reject(ReasonWitnessOpFlag, uint64(flag))
	}
	n := int(r.byte())
	if r.err != nil {
		return nil, r.err
	}
	if n > 0 && !depthsOK {
		return nil, reject(ReasonWitnessDepths).withDetail("depths %+v", d)
	}
	for k := 0; k < n; k++ {
		kind := AccessKind(r.byte())
		if r.err != nil {
			return nil, r.err
		}
		pl, ok := d.proofLen(kind)
		if !ok {
			return nil, reject(ReasonWitnessAccessKind, uint64(k), uint64(kind))
		}
		a := Access{Kind: kind, Value: r.hash()}
		a.Proof = r.hashes(pl)
		if r.err != nil {
			return nil, r.err
		}
		w.Accesses = append(w.Accesses, a)
	}
	if len(r.b) != 0 {
		return nil, reject(ReasonWitnessTrailing, uint64(len(r.b)))
	}
	return w, nil
}
