package simchain

import (
	"context"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/chainconfig"
)

// CallGasLimit is the gas every EVM call may use.
const CallGasLimit = 30_000_000

// EVM is a bare in-memory EVM under the pinned rules: calls execute against
// a state database directly, without transactions, signatures, fees or
// blocks. Time and Block are the block context of the next call. A reverted
// call leaves the state as it was.
type EVM struct {
	State    *state.StateDB
	Time     uint64
	Block    uint64
	GasLimit uint64 // gas of each call; 0 means CallGasLimit

	calls    uint64 // calls so far: each gets its own log context
	lastLogs []*types.Log
}

// NewEVM returns an EVM with an empty state at block 1, time 1.
func NewEVM() *EVM {
	st, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		panic(err) // an empty in-memory database cannot fail to open
	}
	return &EVM{State: st, Time: 1, Block: 1}
}

// Copy returns an independent copy of the EVM and its state.
func (e *EVM) Copy() *EVM {
	return &EVM{State: e.State.Copy(), Time: e.Time, Block: e.Block, GasLimit: e.GasLimit, calls: e.calls}
}

// Fund adds amount wei to addr.
func (e *EVM) Fund(addr common.Address, amount *big.Int) {
	e.State.AddBalance(addr, uint256.MustFromBig(amount), tracing.BalanceChangeUnspecified)
}

// Balance returns the balance of addr.
func (e *EVM) Balance(addr common.Address) *big.Int { return e.State.GetBalance(addr).ToBig() }

func (e *EVM) config(from common.Address, value *big.Int) *runtime.Config {
	if value == nil {
		value = new(big.Int)
	}
	return &runtime.Config{
		ChainConfig: chainconfig.Config(),
		Origin:      from,
		BlockNumber: new(big.Int).SetUint64(e.Block),
		Time:        e.Time,
		GasLimit:    e.gasLimit(),
		Value:       value,
		State:       e.State,
		Difficulty:  new(big.Int),
		Random:      &common.Hash{},
	}
}

// Deploy runs creation code (bytecode followed by ABI-encoded constructor
// arguments) from `from` and returns the new contract's address. A revert
// is an *arbiter.RevertError with the revert data.
func (e *EVM) Deploy(from common.Address, bytecode, args []byte) (common.Address, error) {
	ret, addr, _, err := runtime.Create(append(append([]byte(nil), bytecode...), args...), e.config(from, nil))
	e.State.Finalise(e.rules())
	if errors.Is(err, vm.ErrExecutionReverted) {
		return addr, arbiter.DecodeRevert(ret, err)
	}
	return addr, err
}

// EVMDeployer deploys contracts from one address of an EVM: it is an
// arbiter.Deployer.
type EVMDeployer struct {
	EVM  *EVM
	From common.Address
}

// Deploy runs creation code with constructor arguments args. It honours ctx
// only before deploying: the EVM runs synchronously.
func (d EVMDeployer) Deploy(ctx context.Context, bytecode, args []byte) (common.Address, error) {
	if err := ctx.Err(); err != nil {
		return common.Address{}, err
	}
	return d.EVM.Deploy(d.From, bytecode, args)
}

// Deployer returns a deployer sending from from.
func (e *EVM) Deployer(from common.Address) EVMDeployer { return EVMDeployer{EVM: e, From: from} }

// Call executes a (possibly state-changing) call and returns its output and
// the execution gas it used (no intrinsic or calldata cost). A revert is a
// *arbiter.RevertError.
func (e *EVM) Call(from, to common.Address, value *big.Int, data []byte) ([]byte, uint64, error) {
	e.calls++
	txHash := common.BigToHash(new(big.Int).SetUint64(e.calls))
	e.State.SetTxContext(txHash, 0, 0)
	ret, left, err := runtime.Call(to, data, e.config(from, value))
	e.lastLogs = e.State.GetLogs(txHash, e.Block, common.Hash{}, e.Time)
	e.State.Finalise(e.rules())
	used := e.gasLimit() - left
	if errors.Is(err, vm.ErrExecutionReverted) {
		return nil, used, arbiter.DecodeRevert(ret, err)
	}
	return ret, used, err
}

// View executes a read-only call and discards every state change it made.
func (e *EVM) View(to common.Address, data []byte) ([]byte, error) {
	snap := e.State.Snapshot()
	defer e.State.RevertToSnapshot(snap)
	ret, _, err := runtime.Call(to, data, e.config(common.Address{}, nil))
	if errors.Is(err, vm.ErrExecutionReverted) {
		return nil, arbiter.DecodeRevert(ret, err)
	}
	return ret, err
}

func (e *EVM) gasLimit() uint64 {
	if e.GasLimit == 0 {
		return CallGasLimit
	}
	return e.GasLimit
}

func (e *EVM) rules() params.Rules {
	return chainconfig.Config().Rules(new(big.Int).SetUint64(e.Block), true, e.Time)
}

// LastLogs returns the logs the last Call emitted (none if it reverted).
func (e *EVM) LastLogs() []*types.Log { return e.lastLogs }
