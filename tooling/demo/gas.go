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

// SentTx is a transaction of one of the watched accounts, with its receipt.
type SentTx struct {
	From   common.Address
	Method string // arbiter.MethodName of its calldata ("" for none)
	// Arg is the first 32-byte argument of its calldata (zero if it has
	// none): the request of a submit, the claim of a challenge or a
	// finalize, the game of a move.
	Arg common.Hash
	// Arg2 is the second 32-byte argument (a move's parent position).
	Arg2  common.Hash
	Block uint64
	Gas   uint64 // gasUsed
	OK    bool   // the receipt's status
	Logs  []*types.Log
}

// SentTxs returns, in chain order, the transactions sent by the accounts
// in from between block first and the head, with their receipts.
func SentTxs(ctx context.Context, client *ethclient.Client, first uint64, from map[common.Address]string) ([]SentTx, error) {
	head, err := client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	id, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	signer := types.LatestSignerForChainID(id)
	var out []SentTx
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
			x := SentTx{From: a, Method: arbiter.MethodName(tx.Data()), Block: n, Gas: r.GasUsed, OK: r.Status == types.ReceiptStatusSuccessful, Logs: r.Logs}
			if d := tx.Data(); len(d) >= 4+32 {
				x.Arg = common.BytesToHash(d[4 : 4+32])
				if len(d) >= 4+64 {
					x.Arg2 = common.BytesToHash(d[4+32 : 4+64])
				}
			}
			out = append(out, x)
		}
	}
	return out, nil
}
