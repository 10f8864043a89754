package arbiter_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/testkit/simchain"
)

// world is the chain a test runs on: the simulated chain (blocks, receipts,
// real transaction gas) or the bare EVM (fast, execution gas only).
type world interface {
	accounts() []*simchain.Account
	deploy(from *simchain.Account, bin string, args []byte) (common.Address, error)
	// send executes a transaction and returns its logs and gas.
	send(from *simchain.Account, to common.Address, value *big.Int, data []byte) ([]*types.Log, uint64, error)
	call(to common.Address, data []byte) ([]byte, error)
	advance(seconds uint64)
	now() uint64
	balance(addr common.Address) *big.Int
}

// worldCaller runs the eth_calls of the layer's readers on a world (at its
// head).
type worldCaller struct{ w world }

func (c worldCaller) CallContract(_ context.Context, msg ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	if msg.To == nil {
		return nil, errors.New("worldCaller: call without an address")
	}
	return c.w.call(*msg.To, msg.Data)
}

type simWorld struct{ c *simchain.Chain }

func newSimWorld(t *testing.T) *simWorld { return &simWorld{c: simchain.New(t)} }

func (w *simWorld) accounts() []*simchain.Account { return w.c.Accounts }

func (w *simWorld) deploy(from *simchain.Account, bin string, args []byte) (common.Address, error) {
	a, _, err := w.c.Deploy(from, common.FromHex(bin), args)
	return a, err
}

func (w *simWorld) send(from *simchain.Account, to common.Address, value *big.Int, data []byte) ([]*types.Log, uint64, error) {
	r, err := w.c.Send(from, to, value, data)
	if err != nil {
		return nil, 0, err
	}
	return r.Logs, r.GasUsed, nil
}

func (w *simWorld) call(to common.Address, data []byte) ([]byte, error) {
	return w.c.Call(common.Address{}, to, data)
}

func (w *simWorld) advance(seconds uint64) {
	if err := w.c.Advance(time.Duration(seconds) * time.Second); err != nil {
		panic(err)
	}
}

func (w *simWorld) now() uint64                          { return w.c.Now() }
func (w *simWorld) balance(addr common.Address) *big.Int { return w.c.Balance(addr) }

type evmWorld struct {
	e     *simchain.EVM
	accts []*simchain.Account
	hold  bool // sameBlock: transactions do not advance the block number
}

func newEVMWorld() *evmWorld {
	w := &evmWorld{e: simchain.NewEVM(), accts: simchain.TestAccounts()}
	for _, a := range w.accts {
		w.e.Fund(a.Addr, simchain.Funding)
	}
	return w
}

func (w *evmWorld) accounts() []*simchain.Account { return w.accts }

func (w *evmWorld) deploy(from *simchain.Account, bin string, args []byte) (common.Address, error) {
	return w.e.Deploy(from.Addr, common.FromHex(bin), args)
}

func (w *evmWorld) send(from *simchain.Account, to common.Address, value *big.Int, data []byte) ([]*types.Log, uint64, error) {
	_, gas, err := w.e.Call(from.Addr, to, value, data)
	if err != nil {
		return nil, gas, err
	}
	if !w.hold {
		w.e.Block++
	}
	return w.e.LastLogs(), gas, nil
}

// sameBlock runs f with the block number and time held: the transactions f
// sends land in one block, one after the other, with nothing in between, as
// the calls of a single transaction (or a builder's bundle) would.
func (w *evmWorld) sameBlock(f func()) {
	block, now := w.e.Block, w.e.Time
	w.hold = true
	defer func() { w.hold = false }()
	f()
	if w.e.Block != block || w.e.Time != now {
		panic("sameBlock: the block moved")
	}
}

func (w *evmWorld) call(to common.Address, data []byte) ([]byte, error) {
	return w.e.View(to, data)
}

func (w *evmWorld) advance(seconds uint64)               { w.e.Time += seconds; w.e.Block++ }
func (w *evmWorld) now() uint64                          { return w.e.Time }
func (w *evmWorld) balance(addr common.Address) *big.Int { return w.e.Balance(addr) }

// requireRevert asserts that err is a revert with the named custom error.
func requireRevert(t testing.TB, err error, name string) {
	t.Helper()
	var re *arbiter.RevertError
	require.ErrorAs(t, err, &re, "want revert %s", name)
	require.Equal(t, name, re.Name, "%v", err)
}
