package vm

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Go-only (see doc.go): the step-vector record of the golden test vectors
// and of `opml run --prove`.

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
