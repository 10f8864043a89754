package verifier

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

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
// hash, vm.State.Hash of vm.Step(pre, witness). A revert is a *RevertError.
func (v *Verifier) Step(ctx context.Context, pre, witness []byte) (common.Hash, error) {
	h, err := bind.Call(v.instance, &bind.CallOpts{Context: ctx}, v.contract.PackStep(pre, witness), v.contract.UnpackStep)
	if err != nil {
		return common.Hash{}, v.wrap(err)
	}
	return h, nil
}

// StepState executes one VM step onchain and returns the 245-byte post-state
// encoding. A revert is a *RevertError.
func (v *Verifier) StepState(ctx context.Context, pre, witness []byte) ([]byte, error) {
	s, err := bind.Call(v.instance, &bind.CallOpts{Context: ctx}, v.contract.PackStepState(pre, witness), v.contract.UnpackStepState)
	if err != nil {
		return nil, v.wrap(err)
	}
	return s, nil
}

// PackStep returns the calldata of step(pre, witness), for callers that send
// it themselves (for example inside a transaction).
func PackStep(pre, witness []byte) []byte { return bindings.NewStepVerifier().PackStep(pre, witness) }

// RevertError is a step the verifier refused: Name is the custom error
// (see contracts/src/vm/Errors.sol), Args its decoded arguments.
type RevertError struct {
	Name string
	Args []any
	Data []byte // the raw revert data
	Err  error  // the underlying call error
}

func (e *RevertError) Error() string {
	if e.Name == "" {
		return fmt.Sprintf("verifier: step reverted (data %#x)", e.Data)
	}
	parts := make([]string, len(e.Args))
	for k, a := range e.Args {
		parts[k] = fmt.Sprint(a)
	}
	return fmt.Sprintf("verifier: step reverted: %s(%s)", e.Name, strings.Join(parts, ", "))
}

func (e *RevertError) Unwrap() error { return e.Err }

// wrap turns a call error carrying revert data into a *RevertError.
func (v *Verifier) wrap(err error) error {
	var de interface{ ErrorData() any }
	if !errors.As(err, &de) {
		return err
	}
	var data []byte
	switch d := de.ErrorData().(type) {
	case string:
		b, herr := hexutil.Decode(d)
		if herr != nil {
			return err
		}
		data = b
	case []byte:
		data = d
	default:
		return err
	}
	re := DecodeRevert(data)
	re.Err = err
	return re
}

// DecodeRevert decodes the revert data of a StepVerifier call. Name is empty
// if the data is not one of the contract's custom errors.
func DecodeRevert(data []byte) *RevertError {
	re := &RevertError{Data: data}
	if len(data) < 4 {
		return re
	}
	parsed, err := bindings.StepVerifierMetaData.ParseABI()
	if err != nil {
		return re
	}
	var e *abi.Error
	for _, cand := range parsed.Errors {
		if string(cand.ID[:4]) == string(data[:4]) {
			cand := cand
			e = &cand
			break
		}
	}
	if e == nil {
		return re
	}
	re.Name = e.Name
	if args, err := e.Inputs.Unpack(data[4:]); err == nil {
		re.Args = args
	}
	return re
}

// ErrorName returns the custom error name of err if it is a *RevertError,
// and "" otherwise.
func ErrorName(err error) string {
	var re *RevertError
	if errors.As(err, &re) {
		return re.Name
	}
	return ""
}
