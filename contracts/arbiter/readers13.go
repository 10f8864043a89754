package arbiter

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/opml-dev/opml/contracts/bindings"
)

// Readers, calldata and events of the issue-13 contract changes that the
// nodes, the CLI and the demo need and the rest of the package does not
// offer yet (added by the nodes' side; to be folded into oracle.go and
// events.go by the package's owner).

// The issue-13 events DecodeEvent does not know yet; DecodeEvent13 decodes
// them.
type (
	ClaimSupersededEvent = bindings.InferenceOracleClaimSuperseded
	BurnedEvent          = bindings.InferenceOracleBurned
	RefundedEvent        = bindings.ExampleConsumerRefunded
)

var events13 = func() map[common.Hash]eventDecoder {
	o, c := oracleABI.GetABI(), consumerABI.GetABI()
	return map[common.Hash]eventDecoder{
		o.Events[bindings.InferenceOracleClaimSupersededEventName].ID: decoder(oracleABI.UnpackClaimSupersededEvent),
		o.Events[bindings.InferenceOracleBurnedEventName].ID:          decoder(oracleABI.UnpackBurnedEvent),
		c.Events[bindings.ExampleConsumerRefundedEventName].ID:        decoder(consumerABI.UnpackRefundedEvent),
	}
}()

// DecodeEvent13 is DecodeEvent extended with the issue-13 events it does
// not know yet: *ClaimSupersededEvent and *BurnedEvent of the oracle,
// *RefundedEvent of an ExampleConsumer (an ExampleConsumer's Withdrawn has
// the oracle's signature: it decodes as a *WithdrawnEvent). Like
// DecodeEvent it returns nil for a log that is none of the contracts'
// events, and does not check the emitting contract: callers filter by
// address.
func DecodeEvent13(l *types.Log) any {
	if l != nil && len(l.Topics) > 0 {
		if d, ok := events13[l.Topics[0]]; ok {
			ev, err := d(l)
			if err != nil {
				return nil
			}
			return ev
		}
	}
	return DecodeEvent(l)
}

// PackConsumerCancel is the calldata of an ExampleConsumer's cancel(requestID):
// the asker cancels its expired, unanswered request through the consumer,
// which then owes it the fee (PackConsumerWithdraw pays it).
func PackConsumerCancel(requestID *big.Int) ([]byte, error) {
	return pack("ExampleConsumer.cancel")(consumerABI.TryPackCancel(requestID))
}

// PackConsumerWithdraw is the calldata of an ExampleConsumer's withdraw():
// it pays the caller the fees of its cancelled requests.
func PackConsumerWithdraw() []byte { return consumerABI.PackWithdraw() }

// Consumer reads a deployed ExampleConsumer.
type Consumer struct {
	Addr   common.Address
	Caller Caller
}

// AskerOf reads askerOf(requestID): who asked request requestID through
// the consumer (the zero address if nobody did).
func (c Consumer) AskerOf(ctx context.Context, requestID *big.Int) (common.Address, error) {
	return readByID(ctx, c.Caller, c.Addr, "askerOf", requestID, consumerABI.TryPackAskerOf, consumerABI.UnpackAskerOf)
}

// RefundOf reads refundOf(a): the fees of a's cancelled requests that the
// consumer owes it.
func (c Consumer) RefundOf(ctx context.Context, a common.Address) (*big.Int, error) {
	return read(ctx, c.Caller, c.Addr, fmt.Sprintf("refundOf(%s)", a), consumerABI.PackRefundOf(a), consumerABI.UnpackRefundOf)
}

// The issue-13 custom errors a consumer's cancel reports (revert.go lists
// the ones the nodes react to).
const (
	// InferenceOracle.cancel: too early, or claims still pending.
	ErrRequestNotExpired CustomError = "RequestNotExpired"
	ErrClaimsPending     CustomError = "ClaimsPending"
	ErrNotConsumer       CustomError = "NotConsumer"
	// ExampleConsumer.cancel by someone else than the asker; withdraw with
	// nothing owed.
	ErrNotAsker CustomError = "NotAsker"
)
