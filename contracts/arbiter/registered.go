package arbiter

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/contracts/bindings"
)

// Registry reads the address of the oracle's ModelRegistry.
func (o Oracle) Registry(ctx context.Context) (common.Address, error) {
	return read(ctx, o.Caller, o.Addr, "registry", oracleABI.PackRegistry(), oracleABI.UnpackRegistry)
}

// Registered returns the ModelRegistered events of blocks [from, to], in
// chain order.
func (r Registry) Registered(ctx context.Context, logs LogFilterer, from, to uint64) ([]*ModelRegisteredEvent, error) {
	ev := registryABI.GetABI().Events[bindings.ModelRegistryModelRegisteredEventName]
	ls, err := logs.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{r.Addr}, Topics: [][]common.Hash{{ev.ID}}})
	if err != nil {
		return nil, fmt.Errorf("arbiter: ModelRegistered logs: %w", err)
	}
	out := make([]*ModelRegisteredEvent, 0, len(ls))
	for i := range ls {
		if ls[i].Removed {
			continue
		}
		e, err := registryABI.UnpackModelRegisteredEvent(&ls[i])
		if err != nil {
			return nil, fmt.Errorf("arbiter: ModelRegistered log %d of block %d: %w", ls[i].Index, ls[i].BlockNumber, err)
		}
		out = append(out, e)
	}
	return out, nil
}
