package vm

// The Go-only part of witness.go, which has no Solidity twin (see doc.go):
// the witness encoder. The prover (Trace.ProveStep) writes what
// DecodeWitness and WitnessLib.decode read.

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
