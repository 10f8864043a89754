package demo

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/opml-dev/opml/contracts/arbiter"
)

// sentTx is a transaction of one of the demo's accounts, with its receipt.
type sentTx struct {
	From   common.Address
	Method string // arbiter.MethodName of its calldata ("" for none)
	Gas    uint64 // gasUsed
	OK     bool   // the receipt's status
}

// sentTxs returns, in chain order, the transactions sent by the accounts
// in from between block first and the head.
func sentTxs(ctx context.Context, client *ethclient.Client, first uint64, from map[common.Address]string) ([]sentTx, error) {
	head, err := client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	id, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	signer := types.LatestSignerForChainID(id)
	var out []sentTx
	for n := first; n <= head; n++ {
		b, err := client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, fmt.Errorf("demo: block %d: %w", n, err)
		}
		for _, tx := range b.Transactions() {
			a, err := types.Sender(signer, tx)
			if _, ok := from[a]; err != nil || !ok {
				continue
			}
			r, err := client.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				return nil, fmt.Errorf("demo: receipt of %s: %w", tx.Hash(), err)
			}
			out = append(out, sentTx{From: a, Method: arbiter.MethodName(tx.Data()), Gas: r.GasUsed, OK: r.Status == types.ReceiptStatusSuccessful})
		}
	}
	return out, nil
}
