package loadgen_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/tooling/demo"
	"github.com/opml-dev/opml/tooling/loadgen"
)

// TestDeploymentNoNodes loads a deployment that no node serves: the
// requests are sent from the file's unused accounts, nothing is claimed,
// and Run gives up at its timeout with a clear error and a report naming
// every request not finalized.
func TestDeploymentNoNodes(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet")
	}
	ctx := context.Background()
	ch, err := demo.StartChain(ctx, demo.ChainConfig{Params: demo.Params()})
	require.NoError(t, err)
	defer ch.Close()

	_, err = loadgen.Run(ctx, loadgen.Config{Deployment: ch.File, Requests: 3, Accounts: 100, Timeout: time.Minute})
	require.ErrorContains(t, err, "the deployment file has the keys of")

	rep, err := loadgen.Run(ctx, loadgen.Config{Deployment: ch.File, Requests: 3, Burst: 3, Accounts: 2, Timeout: 8 * time.Second})
	require.ErrorContains(t, err, "loadgen: timed out after 8s with 0 of 3 requests finalized")
	require.NotNil(t, rep)
	require.Equal(t, 3, rep.Sent)
	require.Zero(t, rep.Finalized)
	require.Len(t, rep.Problems, 3)
	require.Contains(t, rep.Problems[0], "was not finalized")
	require.Equal(t, 3, rep.TxsByMethod["ask"])
}
