package dispute

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

func filterResolved(game common.Address, id *big.Int) ethereum.FilterQuery {
	return ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{game},
		Topics: [][]common.Hash{{gameABI.GetABI().Events["GameResolved"].ID}, {common.BigToHash(id)}}}
}

// steppedAt returns the step a game executed onchain.
func (e *env) steppedAt(id *big.Int) uint64 {
	e.t.Helper()
	logs, err := e.c.Client.FilterLogs(context.Background(), ethereum.FilterQuery{FromBlock: big.NewInt(0),
		Addresses: []common.Address{e.game},
		Topics:    [][]common.Hash{{gameABI.GetABI().Events["StepExecuted"].ID}, {common.BigToHash(id)}}})
	require.NoError(e.t, err)
	require.Len(e.t, logs, 1)
	ev, err := gameABI.UnpackStepExecutedEvent(&logs[0])
	require.NoError(e.t, err)
	return ev.Step
}
