package node_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/infra/txmgr"
	"github.com/opml-dev/opml/node"
)

func TestLoadModels(t *testing.T) {
	dir := t.TempDir()
	var want []common.Hash
	for _, name := range fixtures.Names {
		f, err := fixtures.Load(name)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, name+".opml"), f.Model.Encode(), 0o644))
		want = append(want, f.Model.ID())
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "README"), []byte("not a model"), 0o644))
	ms, err := node.LoadModels(dir)
	require.NoError(t, err)
	require.ElementsMatch(t, want, ms.IDs())

	require.NoError(t, os.WriteFile(filepath.Join(dir, "bad.opml"), []byte("junk"), 0o644))
	_, err = node.LoadModels(dir)
	require.ErrorContains(t, err, "bad.opml")
}

func TestIDKey(t *testing.T) {
	a, b := big.NewInt(9), new(big.Int).Lsh(big.NewInt(1), 40)
	require.Less(t, node.IDKey(a), node.IDKey(b), "keys sort numerically")
	got, ok := node.ParseIDKey(node.IDKey(b))
	require.True(t, ok)
	require.Equal(t, b, got)
}

type recSender struct {
	keys []string
	err  error
}

func (r *recSender) From() common.Address { return common.Address{1} }
func (r *recSender) Send(_ context.Context, c txmgr.Candidate) (*types.Receipt, error) {
	r.keys = append(r.keys, c.Key)
	return &types.Receipt{Status: types.ReceiptStatusSuccessful}, r.err
}

func TestMoveSenderKeys(t *testing.T) {
	s := &recSender{}
	ms := node.MoveSender{S: s, Prefix: "move/7"}
	to := common.Address{2}
	_, err := ms.Send(context.Background(), to, []byte{1, 2, 3})
	require.NoError(t, err)
	_, err = ms.Send(context.Background(), to, []byte{1, 2, 3})
	require.NoError(t, err)
	_, err = ms.Send(context.Background(), to, []byte{1, 2, 4})
	require.NoError(t, err)
	require.Equal(t, s.keys[0], s.keys[1], "same move, same key")
	require.NotEqual(t, s.keys[0], s.keys[2])
	require.Contains(t, s.keys[0], "move/7/")

	s.err = errors.New("connection refused")
	_, err = ms.Send(context.Background(), to, []byte{9})
	require.Same(t, s.err, err, "errors reach the Player as the Sender reports them")
}

// rpcRevert is a revert as a node reports it (go-ethereum's rpc.DataError).
type rpcRevert struct{ data string }

func (e rpcRevert) Error() string  { return "execution reverted" }
func (e rpcRevert) ErrorData() any { return e.data }

// TestSendDecodesReverts: node.Send reports a revert as an
// *arbiter.RevertError whatever form the Sender gave it, so services test
// its reason with errors.Is.
func TestSendDecodesReverts(t *testing.T) {
	data := append(bindings.InferenceOracleRequestNotOpenErrorID().Bytes()[:4:4],
		append(common.BigToHash(big.NewInt(7)).Bytes(), common.BigToHash(big.NewInt(2)).Bytes()...)...)
	s := &recSender{err: fmt.Errorf("txmgr: EstimateGas: %w", rpcRevert{hexutil.Encode(data)})}
	_, err := node.Send(context.Background(), s, txmgr.Candidate{Key: "submit/7"})
	require.ErrorIs(t, err, arbiter.ErrRequestNotOpen)
	var re *arbiter.RevertError
	require.ErrorAs(t, err, &re)
	require.Equal(t, []any{big.NewInt(7), uint8(arbiter.RequestFinalized)}, re.Args)

	s.err = errors.New("connection refused")
	_, err = node.Send(context.Background(), s, txmgr.Candidate{Key: "submit/7"})
	require.Same(t, s.err, err)
}

func TestNewBaseRequiresConfig(t *testing.T) {
	_, err := node.NewBase(context.Background(), "challenger", common.Address{}, nil, nil, nil, nil, nil, nil, nil)
	require.EqualError(t, err, "challenger: Client, Sender, Store and at least one model (or fetched models) are required")
}
