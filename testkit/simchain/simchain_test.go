package simchain

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
)

// answer is creation code whose runtime returns the 32-byte word 42.
var answer = common.FromHex("600a600c600039600a6000f3" + "602a60005260206000f3")

// reverter is creation code whose runtime reverts with the 4 bytes 0xdeadbeef.
var reverter = common.FromHex("600d600c600039600d6000f3" + "63deadbeef6000526004601cfd")

func TestChainDeploySendCallAdvance(t *testing.T) {
	c := New(t)
	a := c.Accounts[0]
	addr, r, err := c.Deploy(a, answer, nil)
	require.NoError(t, err)
	require.NotZero(t, r.GasUsed)
	out, err := c.Call(a.Addr, addr, nil)
	require.NoError(t, err)
	require.Equal(t, common.LeftPadBytes([]byte{42}, 32), out)

	bad, _, err := c.Deploy(a, reverter, nil)
	require.NoError(t, err)
	_, err = c.Call(a.Addr, bad, nil)
	requireRevert(t, err, "deadbeef")
	_, err = c.Send(a, bad, nil, nil)
	requireRevert(t, err, "deadbeef")

	before := c.Now()
	require.NoError(t, c.Advance(time.Hour))
	require.GreaterOrEqual(t, c.Now(), before+3600)

	to := common.HexToAddress("0x1234")
	_, err = c.Send(a, to, big.NewInt(7), nil)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(7), c.Balance(to))
}

func TestEVMDeployCallRevert(t *testing.T) {
	e := NewEVM()
	from := common.HexToAddress("0xaa")
	e.Fund(from, big.NewInt(100))
	addr, err := e.Deploy(from, answer, nil)
	require.NoError(t, err)
	out, gas, err := e.Call(from, addr, nil, nil)
	require.NoError(t, err)
	require.Equal(t, common.LeftPadBytes([]byte{42}, 32), out)
	require.NotZero(t, gas)

	bad, err := e.Deploy(from, reverter, nil)
	require.NoError(t, err)
	_, _, err = e.Call(from, bad, big.NewInt(5), nil)
	requireRevert(t, err, "deadbeef")
	_, err = e.View(bad, nil)
	requireRevert(t, err, "deadbeef")
	require.Equal(t, big.NewInt(100), e.Balance(from), "a reverted call moves no value")
}

// requireRevert asserts that err is an *arbiter.RevertError with revert
// data hexData (not an error of the contracts, so unnamed).
func requireRevert(t *testing.T, err error, hexData string) {
	t.Helper()
	var re *arbiter.RevertError
	require.ErrorAs(t, err, &re)
	require.Equal(t, common.FromHex(hexData), re.Data)
	require.Empty(t, re.Name)
}
