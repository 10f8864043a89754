package demo

import (
	"context"
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/hashicorp/go-hclog"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/chainconfig"
	"github.com/opml-dev/opml/fixtures"
	"github.com/opml-dev/opml/pipeline/modelcard"
	"github.com/opml-dev/opml/tooling/deployment"
	"github.com/opml-dev/opml/tooling/devnet"
)

// Roles are the devnet accounts' roles, in account order; the accounts
// after these are "spare".
var Roles = []string{"deployer", "consumer", "submitter", "challenger", "dishonest-submitter", "challenger-2"}

// Chain is a devnet with the contracts deployed and models registered.
type Chain struct {
	Devnet *devnet.Devnet
	File   *deployment.File
}

// Close stops the devnet.
func (c *Chain) Close() error { return c.Devnet.Close() }

// ChainConfig configures StartChain.
type ChainConfig struct {
	Devnet devnet.Config
	Params arbiter.Params
	// Models to register; nil: the built-in fixture models, registered
	// at files written to ModelDir (WriteFixtures) if it is set.
	Models   []deployment.NamedModel
	ModelDir string
	Logger   hclog.Logger
}

// FixtureModels are the built-in fixture models (fixtures.Names).
func FixtureModels() ([]deployment.NamedModel, error) {
	all, err := fixtures.All()
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	var out []deployment.NamedModel
	for _, f := range all {
		out = append(out, deployment.NamedModel{Name: f.Name, Model: f.Model, URI: "opml-fixture://" + f.Name})
	}
	return out, nil
}

// WriteFixtures writes the built-in models and their cards to dir and
// points their URIs at the files.
func WriteFixtures(dir string, ms []deployment.NamedModel) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	for i := range ms {
		f, err := fixtures.Load(ms[i].Name)
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		card, err := f.Card.Encode()
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		p := filepath.Join(dir, ms[i].Name+".opml")
		if err := os.WriteFile(p, f.Model.Encode(), 0o644); err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		if err := os.WriteFile(modelcard.Path(p), card, 0o644); err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		abs, err := filepath.Abs(p)
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		// Registered at the written file, its card beside it: nodes started
		// without --models fetch it (with --models.allow-local).
		ms[i].File, ms[i].URI = p, "file://"+abs
	}
	return nil
}

// StartChain starts a devnet, deploys the contracts and an ExampleConsumer
// from account 0 and registers the models. The returned File names the
// endpoints and the accounts with their roles.
func StartChain(ctx context.Context, cfg ChainConfig) (_ *Chain, err error) {
	logger := cfg.Logger
	if logger == nil {
		logger = hclog.NewNullLogger()
	}
	if cfg.Devnet.Logger == nil {
		cfg.Devnet.Logger = logger.Named("devnet")
	}
	models := cfg.Models
	if models == nil {
		if models, err = FixtureModels(); err != nil {
			return nil, err
		}
		if cfg.ModelDir != "" {
			if err := WriteFixtures(cfg.ModelDir, models); err != nil {
				return nil, err
			}
		}
	}
	d, err := devnet.Start(cfg.Devnet)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			d.Close()
		}
	}()
	client, err := ethclient.DialContext(ctx, d.HTTPEndpoint())
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	defer client.Close()
	accts := d.Accounts()
	s, err := deployment.NewSender(ctx, client, accts[0].Key, logger.Named("deployer"))
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	defer s.Close()
	f, err := deployment.Bootstrap(ctx, s, client, d.ChainID().Uint64(), cfg.Params, models)
	if err != nil {
		return nil, err
	}
	f.RPC, f.WS, f.Rules = d.HTTPEndpoint(), d.WSEndpoint(), chainconfig.RulesName
	for i, a := range accts {
		role := "spare"
		if i < len(Roles) {
			role = Roles[i]
		}
		f.Accounts = append(f.Accounts, deployment.Account{Role: role, Address: a.Address, Key: hex.EncodeToString(crypto.FromECDSA(a.Key))})
	}
	return &Chain{Devnet: d, File: f}, nil
}

// Account returns the devnet account of role.
func (c *Chain) Account(role string) (devnet.Account, error) {
	for i, r := range Roles {
		if r == role {
			return c.Devnet.Accounts()[i], nil
		}
	}
	return devnet.Account{}, fmt.Errorf("demo: no account has role %q", role)
}

// Params are the short-clock parameters of the demo and the devnet's
// default: arity 4 (more rounds to watch), a 10-minute clock per side, a
// 15-second challenge window, 1-ether bonds.
func Params() arbiter.Params {
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	return arbiter.Params{Arity: 4, ClockBudget: 600, SubmitBond: eth, ChallengeBond: new(big.Int).Set(eth),
		ChallengeWindow: 15, RequestTimeout: 3600, MaxCallbackGas: 500_000}
}
