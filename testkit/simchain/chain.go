package simchain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/chainconfig"
)

// Account is a funded test account.
type Account struct {
	Key  *ecdsa.PrivateKey
	Addr common.Address
}

// NumAccounts is the number of funded accounts of a Chain.
const NumAccounts = 10

// Funding is every account's genesis balance: 10^9 ether.
var Funding = new(big.Int).Mul(big.NewInt(1e9), big.NewInt(params.Ether))

// BlockGasLimit is the gas limit of every block.
const BlockGasLimit = 60_000_000

// Chain is a simulated chain under the pinned rules (Config) with funded
// accounts. Every Send mines one block holding that transaction.
type Chain struct {
	Backend  *simulated.Backend
	Client   simulated.Client
	Accounts []*Account
	signer   types.Signer
}

// TestingT is the subset of testing.TB a Chain needs.
type TestingT interface {
	Helper()
	Cleanup(func())
	Fatalf(format string, args ...any)
}

// New starts a simulated chain and closes it when the test ends.
func New(t TestingT) *Chain {
	t.Helper()
	c, err := Start()
	if err != nil {
		t.Fatalf("simchain: %v", err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// Start starts a simulated chain; the caller must Close it.
func Start() (*Chain, error) {
	alloc := types.GenesisAlloc{}
	accts := TestAccounts()
	for _, a := range accts {
		alloc[a.Addr] = types.Account{Balance: Funding}
	}
	b := simulated.NewBackend(alloc, func(_ *node.Config, ec *ethconfig.Config) {
		genesisAlloc := core.SystemContractAllocs()
		for a, acc := range alloc {
			genesisAlloc[a] = acc
		}
		ec.Genesis = &core.Genesis{Config: chainconfig.Config(), GasLimit: BlockGasLimit, Alloc: genesisAlloc}
		ec.Miner.GasCeil = BlockGasLimit
		ec.RPCGasCap = 0 // calls may use any amount of gas
	})
	return &Chain{Backend: b, Client: b.Client(), Accounts: accts, signer: types.LatestSigner(chainconfig.Config())}, nil
}

// TestAccounts returns NumAccounts accounts with fixed keys, so that
// addresses (and therefore gas, which depends on zero bytes in calldata) are
// the same in every run. Chain funds them at genesis; EVM users Fund them.
func TestAccounts() []*Account {
	accts := make([]*Account, NumAccounts)
	for i := range accts {
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("opml simchain account %d", i))))
		if err != nil {
			panic(err) // a keccak output is a valid key with overwhelming probability; fixed inputs
		}
		accts[i] = &Account{Key: key, Addr: crypto.PubkeyToAddress(key.PublicKey)}
	}
	return accts
}

// Close stops the chain.
func (c *Chain) Close() error { return c.Backend.Close() }

// TransactOpts returns transaction options signing as a.
func (c *Chain) TransactOpts(a *Account) *bind.TransactOpts {
	return bind.NewKeyedTransactor(a.Key, big.NewInt(chainconfig.ChainID))
}

// Deploy deploys bytecode with constructor arguments args (ABI-encoded) from
// a, mines it and returns the address.
func (c *Chain) Deploy(a *Account, bytecode, args []byte) (common.Address, *types.Receipt, error) {
	r, err := c.send(a, nil, nil, append(append([]byte(nil), bytecode...), args...))
	if err != nil {
		return common.Address{}, r, err
	}
	return r.ContractAddress, r, nil
}

// ChainDeployer deploys contracts from one account of a Chain, mining each
// creation before the next: it is an arbiter.Deployer.
type ChainDeployer struct {
	Chain   *Chain
	Account *Account
}

// Deploy deploys bytecode with constructor arguments args from the account.
// It honours ctx only before deploying: the simulated chain mines
// synchronously, so a deployment never waits.
func (d ChainDeployer) Deploy(ctx context.Context, bytecode, args []byte) (common.Address, error) {
	if err := ctx.Err(); err != nil {
		return common.Address{}, err
	}
	addr, _, err := d.Chain.Deploy(d.Account, bytecode, args)
	return addr, err
}

// Deployer returns a deployer sending from a.
func (c *Chain) Deployer(a *Account) ChainDeployer { return ChainDeployer{Chain: c, Account: a} }

// Send sends a transaction from a to `to` with value (nil = 0) and calldata,
// mines a block and returns the receipt. A call that would revert is not
// sent: the error is an *arbiter.RevertError.
func (c *Chain) Send(a *Account, to common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	return c.send(a, &to, value, data)
}

func (c *Chain) send(a *Account, to *common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	ctx := context.Background()
	if value == nil {
		value = new(big.Int)
	}
	msg := ethereum.CallMsg{From: a.Addr, To: to, Value: value, Data: data}
	gas, err := c.Client.EstimateGas(ctx, msg)
	if err != nil {
		return nil, arbiter.WrapRevert(err)
	}
	nonce, err := c.Client.PendingNonceAt(ctx, a.Addr)
	if err != nil {
		return nil, err
	}
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	tip := big.NewInt(params.GWei)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(a.Key, c.signer, &types.DynamicFeeTx{
		ChainID: big.NewInt(chainconfig.ChainID), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas + gas/4, To: to, Value: value, Data: data,
	})
	if err != nil {
		return nil, err
	}
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		return nil, err
	}
	c.Backend.Commit()
	r, err := c.Client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("simchain: transaction %s failed (gas used %d of %d)", tx.Hash(), r.GasUsed, tx.Gas())
	}
	return r, nil
}

// Call runs a read-only call at the head block. A revert is an
// *arbiter.RevertError.
func (c *Chain) Call(from, to common.Address, data []byte) ([]byte, error) {
	out, err := c.Client.CallContract(context.Background(), ethereum.CallMsg{From: from, To: &to, Data: data}, nil)
	if err != nil {
		return nil, arbiter.WrapRevert(err)
	}
	return out, nil
}

// Now returns the head block's timestamp.
func (c *Chain) Now() uint64 {
	h, err := c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		return 0
	}
	return h.Time
}

// Advance mines an empty block whose timestamp is d after the head's.
//
// The simulated beacon refuses while its transaction pool still lists a
// transaction; the pool drops mined transactions asynchronously after a new
// head, so a call right after Send may have to wait for that (briefly).
func (c *Chain) Advance(d time.Duration) error {
	deadline := time.Now().Add(5 * time.Second)
	for {
		err := c.Backend.AdjustTime(d)
		if err == nil || time.Now().After(deadline) {
			return err
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// Balance returns the balance of addr at the head.
func (c *Chain) Balance(addr common.Address) *big.Int {
	b, err := c.Client.BalanceAt(context.Background(), addr, nil)
	if err != nil {
		return nil
	}
	return b
}
