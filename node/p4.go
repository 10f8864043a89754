package node

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
)

// Claimable is what a node learns from a trace about claiming its result:
// the output and final RAM root a claim carries, the hash of the trace's
// final state, and the final hash the oracle derives from that output and
// root (arbiter.ClaimHash), which is what the claim asserts.
type Claimable struct {
	Output       []byte
	FinalRAMRoot common.Hash
	TraceHash    common.Hash // hash of the trace's final (halted) state
	ClaimHash    common.Hash // the oracle-derived final hash of Output and FinalRAMRoot
}

// Derivable reports whether the trace's final state is the one the oracle
// derives (TraceHash == ClaimHash). It holds for every valid model
// (docs/protocol.md P4). If not, no claim can equal the trace: a submitter
// must refuse to claim (it could not defend the claim: the onchain step
// yields TraceHash), a challenger flags it.
func (c Claimable) Derivable() bool { return c.TraceHash == c.ClaimHash }

// ClaimableOf computes the Claimable of a trace.
func ClaimableOf(tr *vm.Trace) (Claimable, error) {
	return claimableOf(tr.Model(), tr.Output(), tr.Final())
}

func claimableOf(m *model.Model, values []int64, final vm.State) (Claimable, error) {
	out, err := arbiter.ClaimOutput(&m.Header, values)
	if err != nil {
		return Claimable{}, err
	}
	want, err := arbiter.ClaimHash(m.ID(), &m.Header, out, final.RAMRoot)
	if err != nil {
		return Claimable{}, err
	}
	return Claimable{Output: out, FinalRAMRoot: final.RAMRoot, TraceHash: final.Hash(), ClaimHash: want}, nil
}
