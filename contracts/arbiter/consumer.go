package arbiter

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// The ExampleConsumer (contracts/src/examples): calldata of its
// transactions and its readers. ConsumerCode and PackAsk are in oracle.go.

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
