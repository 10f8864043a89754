package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
	"github.com/hashicorp/go-hclog"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/infra/txmgr"
	"github.com/opml-dev/opml/node/launch"
)

// The node commands refuse bad configuration with an error naming the
// problem, before touching the network.
func TestNodeCommandErrors(t *testing.T) {
	dir := t.TempDir()
	models := filepath.Join(dir, "models")
	require.NoError(t, os.MkdirAll(models, 0o755))
	empty := filepath.Join(dir, "empty")
	require.NoError(t, os.MkdirAll(empty, 0o755))
	b, err := os.ReadFile("../../fixtures/models/mlp.opml")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(models, "mlp.opml"), b, 0o644))

	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	hexKey := hexutil.Encode(crypto.FromECDSA(key))
	ksFile := filepath.Join(dir, "key.json")
	blob, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}, "secret", keystore.LightScryptN, keystore.LightScryptP)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(ksFile, blob, 0o600))
	wrongPw := filepath.Join(dir, "wrong.txt")
	require.NoError(t, os.WriteFile(wrongPw, []byte("nope\n"), 0o600))

	base := func(role string, extra ...string) []string {
		return append([]string{role, "--rpc", "http://127.0.0.1:1", "--oracle", "0x00000000000000000000000000000000000000aa",
			"--models", models, "--datadir", filepath.Join(dir, "data")}, extra...)
	}
	for _, tc := range []struct {
		args []string
		err  string
	}{
		{base("submitter"), "no key"},
		{base("submitter", "--key", "0x1234"), "--key: not a private key"},
		{base("challenger", "--key", hexKey, "--keystore", ksFile), "either --keystore or --key"},
		{base("challenger", "--keystore", ksFile), "--keystore needs --password-file"},
		{base("challenger", "--keystore", ksFile, "--password-file", wrongPw), "could not decrypt key with given password"},
		{append(base("submitter", "--key", hexKey), "--oracle", "nope"), `--oracle "nope" is not an address`},
		{append(base("submitter", "--key", hexKey), "--models", empty), "no *.opml models"},
		{base("submitter", "--key", hexKey, "--log.format", "xml"), `--log.format "xml"`},
		{base("submitter", "--key", hexKey, "--log.level", "loud"), `--log.level "loud"`},
		{[]string{"challenger", "--rpc", "http://x"}, `Required flag "datadir"`},
		{base("submitter", "--key", hexKey, "--models.allow-local"), "--models.allow-local applies to fetched models"},
		{[]string{"challenger", "--rpc", "http://127.0.0.1:1", "--oracle", "0x00000000000000000000000000000000000000aa", "--datadir", dir,
			"--key", hexKey, "--models.cache", "lots"}, "--models.cache"},
		{base("challenger", "--key", hexKey, "--metrics.addr", "0.0.0.0:7300"), "not a loopback address"},
		{base("challenger", "--key", hexKey, "--deployment", filepath.Join(dir, "missing.json")), "no such file"},
		{[]string{"submitter", "--models", models, "--datadir", dir, "--key", hexKey}, "no endpoint"},
		{[]string{"submitter", "--rpc", "http://127.0.0.1:1", "--models", models, "--datadir", dir, "--key", hexKey}, "no oracle"},
		{base("submitter", "--key", hexKey, "--watch-only"), "flag provided but not defined"},
		{base("submitter", "--key", hexKey, "--min-fee", "lots"), "--min-fee"},
		{base("submitter", "--key", hexKey, "--fee-gas-price", "cheap"), "--fee-gas-price: want auto or an amount"},
		{base("challenger", "--key", hexKey, "--min-fee", "1"), "flag provided but not defined"},
		{base("challenger", "--key", hexKey, "--retention.blocks", "100"), "--retention.blocks 100: at least 128"},
		{base("submitter", "--key", hexKey, "--fee-limit-multiplier", "0"), "--fee-limit-multiplier 0: at least 1"},
		{base("challenger", "--key", hexKey, "--fee-limit-multiplier", "-2"), "fee-limit-multiplier"},
	} {
		_, _, err := opmlCLI(tc.args...)
		require.Error(t, err, "%v", tc.args)
		require.Contains(t, err.Error(), tc.err, "%v", tc.args)
	}
}

// TestFeePolicyFlags: --min-fee and --fee-gas-price become the submitter's
// fee policy; the defaults (0, auto) price the gas at the chain's gas price.
func TestFeePolicyFlags(t *testing.T) {
	p, err := feePolicy("0", "auto")
	require.NoError(t, err)
	require.True(t, p.AutoGasPrice)
	require.Nil(t, p.GasPrice)
	require.True(t, p.Active(), "the defaults protect the operator")
	p, err = feePolicy("0.001ether", "2gwei")
	require.NoError(t, err)
	require.False(t, p.AutoGasPrice)
	require.Equal(t, "1000000000000000", p.MinFee.String())
	require.Equal(t, "2000000000", p.GasPrice.String())
	p, err = feePolicy("0", "0")
	require.NoError(t, err)
	require.False(t, p.Active(), "--min-fee 0 --fee-gas-price 0: no policy")
	out, _, err := opmlCLI("submitter", "--help")
	require.NoError(t, err)
	require.Contains(t, out, "--min-fee AMOUNT")
	require.Contains(t, out, "--fee-gas-price PRICE")
	require.Contains(t, out, `(default: "auto")`)
	for _, role := range []string{"submitter", "challenger"} {
		out, _, err := opmlCLI(role, "--help")
		require.NoError(t, err)
		require.Contains(t, out, "--fee-limit-multiplier N")
		require.Contains(t, out, "times the market fee read at the bump")
		require.Contains(t, out, "(default: 5)")
		require.Contains(t, out, "[$OPML_FEE_LIMIT_MULTIPLIER]")
	}
}

// TestFeeLimitMultiplierFlag: --fee-limit-multiplier reaches the node's
// Config (and from there txmgr.Config), default
// txmgr.DefaultFeeLimitMultiplier.
func TestFeeLimitMultiplierFlag(t *testing.T) {
	dir := t.TempDir()
	b, err := os.ReadFile("../../fixtures/models/mlp.opml")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "mlp.opml"), b, 0o644))
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	var got []uint64
	saved := runLaunch
	t.Cleanup(func() { runLaunch = saved })
	runLaunch = func(_ context.Context, cfg launch.Config, _ hclog.Logger) error {
		got = append(got, cfg.FeeLimitMultiplier)
		return nil
	}
	args := []string{"--rpc", "http://127.0.0.1:1", "--oracle", "0x00000000000000000000000000000000000000aa",
		"--models", dir, "--datadir", filepath.Join(dir, "data"), "--key", hexutil.Encode(crypto.FromECDSA(key))}
	_, _, err = opmlCLI(append([]string{"submitter"}, args...)...)
	require.NoError(t, err)
	_, _, err = opmlCLI(append([]string{"challenger", "--fee-limit-multiplier", "12"}, args...)...)
	require.NoError(t, err)
	require.Equal(t, []uint64{txmgr.DefaultFeeLimitMultiplier, 12}, got)
}
