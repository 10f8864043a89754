package arbiter

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/opml-dev/opml/contracts/bindings"
)

// RevertError is a contract call or transaction that reverted, with its
// revert data decoded. It is the one revert error of opml: eth_calls
// through this package and contracts/verifier, transactions sent by a
// txmgr.Manager configured with WrapRevert, and the simulated chains of
// testkit/simchain all report reverts as a *RevertError in the error chain.
type RevertError struct {
	// Name is the Solidity custom error of the contracts the data encodes
	// ("StalePosition", "RequestNotOpen", "AccessProofInvalid", ...; the
	// StepVerifier's are in contracts/src/vm/Errors.sol), "Error" for a
	// reason string (Error(string)), "Panic" for a Solidity panic
	// (Panic(uint256)), and "" if the data is empty, unknown or not
	// recovered.
	Name string
	// Args are the error's arguments in declaration order, as the ABI
	// decodes them (*big.Int for uint256, uint8, uint64, common.Address,
	// [32]byte, string).
	Args []any
	// Value is the custom error as the generated bindings decode it
	// (UnpackError): a pointer to a struct such as
	// *bindings.DisputeGameStalePosition; nil unless Name is a custom error.
	Value any
	// Data is the raw revert data (nil if it was not recovered).
	Data []byte
	// Err is the underlying call or transaction error.
	Err error
}

func (e *RevertError) Error() string {
	var b strings.Builder
	b.WriteString("arbiter: ")
	switch {
	case e.Name != "":
		parts := make([]string, len(e.Args))
		for i, a := range e.Args {
			parts[i] = formatArg(a)
		}
		fmt.Fprintf(&b, "reverted with %s(%s)", e.Name, strings.Join(parts, ", "))
	case len(e.Data) > 0:
		fmt.Fprintf(&b, "reverted with unknown error data %#x", e.Data)
	default:
		b.WriteString("reverted")
	}
	if e.Err != nil {
		fmt.Fprintf(&b, ": %v", e.Err)
	}
	return b.String()
}

func (e *RevertError) Unwrap() error { return e.Err }

// Is reports whether target is the CustomError e reverted with, so that
// errors.Is(err, arbiter.ErrStalePosition) tests a revert's reason.
func (e *RevertError) Is(target error) bool {
	c, ok := target.(CustomError)
	return ok && e.Name != "" && e.Name == string(c)
}

func formatArg(a any) string {
	switch v := a.(type) {
	case [32]byte:
		return common.Hash(v).Hex()
	case []byte:
		return hexutil.Encode(v)
	}
	return fmt.Sprint(a)
}

// CustomError is a custom error of the contracts, by name: errors.Is(err,
// c) reports whether err holds a *RevertError with Name c.
type CustomError string

func (c CustomError) Error() string { return "arbiter: " + string(c) }

// The custom errors the nodes react to (TestCustomErrorsExist checks that
// each is an error of the contracts).
const (
	// DisputeGame: a move computed on a position that is no longer current.
	ErrStalePosition   CustomError = "StalePosition"
	ErrNotYourTurn     CustomError = "NotYourTurn"
	ErrGameOver        CustomError = "GameOver"
	ErrClockNotExpired CustomError = "ClockNotExpired"
	// InferenceOracle: a request or claim that moved on.
	ErrRequestNotOpen  CustomError = "RequestNotOpen"
	ErrClaimNotPending CustomError = "ClaimNotPending"
	ErrWindowClosed    CustomError = "WindowClosed"
	ErrClaimMismatch   CustomError = "ClaimMismatch"
	ErrRequestExpired  CustomError = "RequestExpired"
	// InferenceOracle.cancel: too early, claims still pending, not the
	// consumer.
	ErrRequestNotExpired CustomError = "RequestNotExpired"
	ErrClaimsPending     CustomError = "ClaimsPending"
	ErrNotConsumer       CustomError = "NotConsumer"
	// ExampleConsumer.cancel by someone else than the asker.
	ErrNotAsker CustomError = "NotAsker"
	// InferenceOracle.submitCompletion: a completion token that does not
	// fit the request's token width (Completion.Generated wraps it too).
	ErrTokenTooWide CustomError = "TokenTooWide"
)

// contractBinding is what DecodeRevert and MethodName need of a generated
// binding.
type contractBinding interface {
	GetABI() abi.ABI
	UnpackError(raw []byte) (any, error)
}

// deployedContracts are the contracts opml deploys and calls, whose custom
// errors DecodeRevert knows (the oracle's ABI includes the errors of the
// libraries it links, Commitments and Merkle; the op family contracts behind
// the StepVerifier add WrongFamily): the one list of error ABIs.
var deployedContracts = []contractBinding{
	bindings.NewInferenceOracle(), bindings.NewDisputeGame(), bindings.NewModelRegistry(),
	bindings.NewStepVerifier(), bindings.NewExampleConsumer(),
	bindings.NewGemmFamily(), bindings.NewPoolFamily(), bindings.NewElementwiseFamily(),
	bindings.NewReshapeFamily(), bindings.NewSoftmaxFamily(), bindings.NewAttentionFamily(), bindings.NewNormFamily(),
	bindings.NewLookupFamily(),
}

var (
	reasonSelector = crypto.Keccak256([]byte("Error(string)"))[:4]
	panicSelector  = crypto.Keccak256([]byte("Panic(uint256)"))[:4]
	reasonArgs     = abi.Arguments{{Type: mustType("string")}}
	panicArgs      = abi.Arguments{{Type: mustType("uint256")}}
)

func mustType(t string) abi.Type {
	typ, err := abi.NewType(t, "", nil)
	if err != nil {
		panic(err) // a constant, valid type name
	}
	return typ
}

// DecodeRevert decodes revert data (nil if unknown) into a *RevertError
// wrapping cause: a custom error of the contracts, decoded by the generated
// bindings' UnpackError, an Error(string) reason or a Panic(uint256) code.
// Data it cannot decode leaves Name empty. It never fails.
func DecodeRevert(data []byte, cause error) *RevertError {
	re := &RevertError{Data: data, Err: cause}
	if len(data) < 4 {
		return re
	}
	sel := data[:4]
	switch {
	case bytes.Equal(sel, reasonSelector):
		if args, err := reasonArgs.Unpack(data[4:]); err == nil {
			re.Name, re.Args = "Error", args
		}
		return re
	case bytes.Equal(sel, panicSelector):
		if args, err := panicArgs.Unpack(data[4:]); err == nil {
			re.Name, re.Args = "Panic", args
		}
		return re
	}
	for _, c := range deployedContracts {
		a := c.GetABI()
		for name, e := range a.Errors {
			if !bytes.Equal(e.ID[:4], sel) {
				continue
			}
			v, err := c.UnpackError(data)
			if err != nil {
				return re // the selector of a known error with malformed arguments
			}
			re.Name, re.Value, re.Args = name, v, fieldsOf(v)
			return re
		}
	}
	return re
}

// fieldsOf returns the fields of *struct v in order: the arguments of a
// generated error struct, which declares them in the error's order.
func fieldsOf(v any) []any {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct {
		return nil
	}
	out := make([]any, rv.NumField())
	for i := range out {
		out[i] = rv.Field(i).Interface()
	}
	return out
}

// WrapRevert returns err with the revert it reports decoded. If err is nil,
// already holds a *RevertError or is not a revert, it is returned unchanged;
// otherwise the result is a *RevertError wrapping err. A revert is an error
// whose chain holds go-ethereum's rpc.DataError with hex revert data (how
// eth_call and eth_estimateGas report a revert, over JSON-RPC and in the
// simulated backend), or vm.ErrExecutionReverted (a revert whose data is
// unknown: Data is nil). It is the txmgr.Config.Revert of every opml
// transaction manager.
func WrapRevert(err error) error {
	if err == nil {
		return nil
	}
	var re *RevertError
	if errors.As(err, &re) {
		return err
	}
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			if data, herr := hexutil.Decode(s); herr == nil {
				return DecodeRevert(data, err)
			}
		}
	}
	if errors.Is(err, vm.ErrExecutionReverted) {
		return DecodeRevert(nil, err)
	}
	return err
}
