package verifier

import (
	"context"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/bindings"
)

// Verifier calls a deployed StepVerifier contract (the dispatcher: deploy it
// with its op families by arbiter.DeployStepVerifier).
type Verifier struct {
	addr     common.Address
	contract *bindings.StepVerifier
	instance *bind.BoundContract
}

// New binds to the StepVerifier deployed at addr.
func New(addr common.Address, backend bind.ContractBackend) *Verifier {
	c := bindings.NewStepVerifier()
	return &Verifier{addr: addr, contract: c, instance: c.Instance(backend, addr)}
}

// Address returns the address of the bound contract.
func (v *Verifier) Address() common.Address { return v.addr }

// Step executes one VM step onchain (an eth_call) and returns the post-state
// hash, vm.State.Hash of vm.Step(pre, witness). A revert is an
// *arbiter.RevertError.
func (v *Verifier) Step(ctx context.Context, pre, witness []byte) (common.Hash, error) {
	h, err := bind.Call(v.instance, &bind.CallOpts{Context: ctx}, v.contract.PackStep(pre, witness), v.contract.UnpackStep)
	if err != nil {
		return common.Hash{}, arbiter.WrapRevert(err)
	}
	return h, nil
}

// StepState executes one VM step onchain and returns the 245-byte post-state
// encoding. A revert is an *arbiter.RevertError.
func (v *Verifier) StepState(ctx context.Context, pre, witness []byte) ([]byte, error) {
	s, err := bind.Call(v.instance, &bind.CallOpts{Context: ctx}, v.contract.PackStepState(pre, witness), v.contract.UnpackStepState)
	if err != nil {
		return nil, arbiter.WrapRevert(err)
	}
	return s, nil
}

// PackStep returns the calldata of step(pre, witness), for callers that send
// it themselves (for example inside a transaction).
func PackStep(pre, witness []byte) []byte { return bindings.NewStepVerifier().PackStep(pre, witness) }
