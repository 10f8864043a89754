package deployment

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/contracts/arbiter"
)

// Version is the deployment file format version Save writes and Load reads.
// Version 2 added params.requestTimeoutSeconds, with the contracts whose
// claims run side by side (docs/protocol.md); a version 1 file names
// contracts of the earlier protocol and is refused: redeploy.
const Version = 2

// File is a deployment: what the submitter, challenger and consumer commands
// need to find the contracts.
type File struct {
	Version int    `json:"version"`
	ChainID uint64 `json:"chainId"`
	// RPC and WS are the endpoints the deployment was made through, used as
	// defaults by the other commands (set by opml devnet; optional).
	RPC string `json:"rpc,omitempty"`
	WS  string `json:"ws,omitempty"`
	// Rules names the chain rules of a devnet (absent for other chains).
	Rules string `json:"rules,omitempty"`
	// DeployBlock is the block of the first deployment transaction: nodes
	// follow events from here.
	DeployBlock uint64            `json:"deployBlock"`
	Contracts   arbiter.Addresses `json:"contracts"`
	// Consumer is an ExampleConsumer deployed with the contracts (optional).
	Consumer *common.Address `json:"exampleConsumer,omitempty"`
	Params   Params          `json:"params"`
	Models   []Model         `json:"models,omitempty"`
	// Accounts are the devnet's public test accounts (keys included: they
	// are well-known test keys, never for real funds).
	Accounts []Account `json:"accounts,omitempty"`
}

// Params mirrors arbiter.Params with wei amounts as decimal strings, so the
// file reads the same in every JSON tool.
type Params struct {
	Arity           uint64 `json:"arity"`
	ClockBudget     uint64 `json:"clockBudgetSeconds"`
	SubmitBond      Wei    `json:"submitBondWei"`
	ChallengeBond   Wei    `json:"challengeBondWei"`
	ChallengeWindow uint64 `json:"challengeWindowSeconds"`
	RequestTimeout  uint64 `json:"requestTimeoutSeconds"`
	MaxCallbackGas  uint64 `json:"maxCallbackGas"`
}

// Model is a registered model.
type Model struct {
	Name string      `json:"name"`
	ID   common.Hash `json:"id"`
	File string      `json:"file,omitempty"` // where the model was registered from
	URI  string      `json:"uri,omitempty"`
}

// Account is a devnet test account.
type Account struct {
	Role    string         `json:"role,omitempty"`
	Address common.Address `json:"address"`
	Key     string         `json:"key"` // hex, no 0x
}

// Wei is a non-negative amount of wei, a decimal string in JSON.
type Wei struct{ *big.Int }

// MarshalJSON writes the decimal string.
func (w Wei) MarshalJSON() ([]byte, error) {
	if w.Int == nil {
		return []byte(`"0"`), nil
	}
	return json.Marshal(w.String())
}

// UnmarshalJSON reads a decimal string.
func (w *Wei) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("wei amount must be a decimal string: %w", err)
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 {
		return fmt.Errorf("wei amount %q is not a non-negative decimal integer", s)
	}
	w.Int = v
	return nil
}

// FromArbiter converts deployment parameters.
func FromArbiter(p arbiter.Params) Params {
	return Params{Arity: p.Arity, ClockBudget: p.ClockBudget, SubmitBond: Wei{p.SubmitBond}, ChallengeBond: Wei{p.ChallengeBond},
		ChallengeWindow: p.ChallengeWindow, RequestTimeout: p.RequestTimeout, MaxCallbackGas: p.MaxCallbackGas}
}

// Arbiter converts back.
func (p Params) Arbiter() arbiter.Params {
	return arbiter.Params{Arity: p.Arity, ClockBudget: p.ClockBudget, SubmitBond: p.SubmitBond.Int, ChallengeBond: p.ChallengeBond.Int,
		ChallengeWindow: p.ChallengeWindow, RequestTimeout: p.RequestTimeout, MaxCallbackGas: p.MaxCallbackGas}
}

// Model returns the registered model named name (or whose ID is name).
func (f *File) Model(name string) (Model, bool) {
	for _, m := range f.Models {
		if m.Name == name || m.ID.Hex() == name {
			return m, true
		}
	}
	return Model{}, false
}

// AddModel records m, replacing a record with the same ID.
func (f *File) AddModel(m Model) {
	for i := range f.Models {
		if f.Models[i].ID == m.ID {
			f.Models[i] = m
			return
		}
	}
	f.Models = append(f.Models, m)
}

// Validate checks what every consumer of the file relies on.
func (f *File) Validate() error {
	switch {
	case f.Version != Version:
		return fmt.Errorf("deployment: version %d, this opml reads version %d", f.Version, Version)
	case f.ChainID == 0:
		return errors.New("deployment: chainId missing")
	case f.Contracts.Oracle == (common.Address{}) || f.Contracts.Registry == (common.Address{}) ||
		f.Contracts.Game == (common.Address{}) || f.Contracts.StepVerifier == (common.Address{}):
		return errors.New("deployment: a contract address is missing")
	}
	if err := f.Params.Arbiter().Validate(); err != nil {
		return fmt.Errorf("deployment: params: %w", err)
	}
	return nil
}

// Load reads and validates a deployment file.
func Load(path string) (*File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("deployment: %w", err)
	}
	var f File
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("deployment: %s: %w", path, err)
	}
	if err := f.Validate(); err != nil {
		return nil, fmt.Errorf("%w (in %s)", err, path)
	}
	return &f, nil
}

// Save validates f and writes it to path atomically.
func (f *File) Save(path string) error {
	if err := f.Validate(); err != nil {
		return err
	}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return fmt.Errorf("deployment: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".deployment-*.json")
	if err != nil {
		return fmt.Errorf("deployment: %w", err)
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("deployment: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("deployment: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("deployment: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("deployment: %w", err)
	}
	return nil
}
