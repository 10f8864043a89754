package nodemetrics_test

import (
	"context"
	"io"
	"net/http"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/infra/txmgr"
	"github.com/opml-dev/opml/node/nodemetrics"
)

var _ txmgr.Metrics = (*nodemetrics.Metrics)(nil)

func TestServeAndCount(t *testing.T) {
	m := nodemetrics.New("challenger")
	m.TxBroadcast("challenge/00ff", common.Hash{})
	m.TxConfirmed("challenge/00ff", &types.Receipt{Status: types.ReceiptStatusSuccessful, GasUsed: 215000})
	m.TxConfirmed("move/1/ab", &types.Receipt{Status: types.ReceiptStatusFailed, GasUsed: 30000})
	m.RPCError("eth_getLogs", nil)
	m.Tick(nil)
	m.Tick(context.Canceled)
	m.Block(42)
	m.StoreRecords(map[string]int{"submitter.requests": 3, "submitter.done": 2})
	m.StoreRecords(map[string]int{"submitter.requests": 1}) // done is empty now

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addr, err := m.Serve(ctx, "127.0.0.1:0")
	require.NoError(t, err)
	resp, err := http.Get("http://" + addr.String() + "/metrics")
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	body := string(b)
	for _, want := range []string{
		`opml_transactions_total{fate="broadcast",kind="challenge",role="challenger"} 1`,
		`opml_transactions_total{fate="confirmed",kind="challenge",role="challenger"} 1`,
		`opml_transactions_total{fate="reverted",kind="move",role="challenger"} 1`,
		`opml_gas_used_total{kind="challenge",role="challenger"} 215000`,
		`opml_rpc_errors_total{method="eth_getLogs",role="challenger"} 1`,
		`opml_ticks_total{role="challenger"} 2`,
		`opml_tick_errors_total{role="challenger"} 1`,
		`opml_processed_block{role="challenger"} 42`,
		`opml_store_records{bucket="submitter.requests",role="challenger"} 1`,
		`opml_store_records{bucket="submitter.done",role="challenger"} 0`,
	} {
		require.Contains(t, body, want)
	}
}

func TestServeRefusesNonLoopback(t *testing.T) {
	m := nodemetrics.New("submitter")
	for _, addr := range []string{"0.0.0.0:7300", "10.1.2.3:7300", ":7300", "example.com:80", "nonsense"} {
		_, err := m.Serve(context.Background(), addr)
		require.Error(t, err, addr)
		require.Contains(t, err.Error(), "nodemetrics: ")
	}
}
