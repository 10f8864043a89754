package arbiter

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/contracts/bindings"
)

// Params are the deployment parameters (docs/protocol.md §1).
type Params struct {
	Arity           uint64   // sub-ranges per dissection round, 2..64
	ClockBudget     uint64   // seconds each game side may spend on its moves
	SubmitBond      *big.Int // wei per claim
	ChallengeBond   *big.Int // wei per game
	ChallengeWindow uint64   // seconds a claim can be challenged
	RequestTimeout  uint64   // seconds a request accepts claims; then the consumer may cancel
	MaxCallbackGas  uint64   // upper bound of a consumer callback's gas
}

// The bounds the constructors enforce (InferenceOracle and DisputeGame
// constants; docs/protocol.md §1).
const (
	MaxArity           = 64
	MaxClockBudget     = 30 * 86400  // DisputeGame.MAX_CLOCK_BUDGET
	MaxChallengeWindow = 30 * 86400  // InferenceOracle.MAX_CHALLENGE_WINDOW
	MaxRequestTimeout  = 365 * 86400 // InferenceOracle.MAX_REQUEST_TIMEOUT
	MaxCallbackGas     = 3_000_000   // InferenceOracle.MAX_CALLBACK_GAS
	MaxOutputBytes     = 4096        // ModelRegistry.MAX_OUTPUT_BYTES: Leaves(output) x 32, padding included
	BurnPercent        = 50          // InferenceOracle.BURN_PERCENT
)

// maxBond is the largest bond the oracle accepts: 2^96 - 1 wei.
var maxBond = new(big.Int).SetBytes(common.FromHex("0xffffffffffffffffffffffff"))

// DefaultParams are production-like parameters for an L1: arity 16 (every
// move under 80k gas, total dispute gas within 10% of the optimum; see
// docs/protocol.md §6), one day per clock, a one-day window, a week for
// requests, 0.1 ether bonds, 500k callback gas.
func DefaultParams() Params {
	tenth := new(big.Int).Div(big.NewInt(1e18), big.NewInt(10))
	return Params{Arity: 16, ClockBudget: 86400, SubmitBond: tenth, ChallengeBond: new(big.Int).Set(tenth),
		ChallengeWindow: 86400, RequestTimeout: 7 * 86400, MaxCallbackGas: 500_000}
}

// Validate checks the parameters the constructors would reject, with the
// same bounds.
func (p Params) Validate() error {
	bond := func(b *big.Int) bool { return b != nil && b.Sign() > 0 && b.Cmp(maxBond) <= 0 }
	switch {
	case p.Arity < 2 || p.Arity > MaxArity:
		return fmt.Errorf("arbiter: arity %d outside 2..%d", p.Arity, MaxArity)
	case p.ClockBudget == 0 || p.ClockBudget > MaxClockBudget:
		return fmt.Errorf("arbiter: clock budget %d s outside 1..%d", p.ClockBudget, MaxClockBudget)
	case p.ChallengeWindow == 0 || p.ChallengeWindow > MaxChallengeWindow:
		return fmt.Errorf("arbiter: challenge window %d s outside 1..%d", p.ChallengeWindow, MaxChallengeWindow)
	case p.RequestTimeout == 0 || p.RequestTimeout > MaxRequestTimeout:
		return fmt.Errorf("arbiter: request timeout %d s outside 1..%d", p.RequestTimeout, MaxRequestTimeout)
	case p.MaxCallbackGas > MaxCallbackGas:
		return fmt.Errorf("arbiter: max callback gas %d above %d", p.MaxCallbackGas, MaxCallbackGas)
	case !bond(p.SubmitBond) || !bond(p.ChallengeBond):
		return errors.New("arbiter: bonds must be set, > 0 and < 2^96 wei")
	}
	return nil
}

// Addresses are the deployed contracts.
type Addresses struct {
	StepVerifier common.Address `json:"stepVerifier"`
	Registry     common.Address `json:"registry"`
	Game         common.Address `json:"disputeGame"`
	Oracle       common.Address `json:"oracle"`
}

// Deployer deploys creation bytecode followed by ABI-encoded constructor
// arguments and returns the new contract's address once it is mined. When
// ctx ends first it returns an error wrapping ctx's error.
type Deployer interface {
	Deploy(ctx context.Context, bytecode, args []byte) (common.Address, error)
}

// StepFamilies are the op family contracts behind the StepVerifier
// dispatcher, in the order of its constructor's families argument
// (contracts/src/vm/StepVerifier.sol; docs/spec.md §7.5).
var StepFamilies = [...]struct {
	Name string
	Meta *bind.MetaData
}{
	{"GemmFamily", &bindings.GemmFamilyMetaData},
	{"PoolFamily", &bindings.PoolFamilyMetaData},
	{"ElementwiseFamily", &bindings.ElementwiseFamilyMetaData},
	{"ReshapeFamily", &bindings.ReshapeFamilyMetaData},
	{"SoftmaxFamily", &bindings.SoftmaxFamilyMetaData},
	{"AttentionFamily", &bindings.AttentionFamilyMetaData},
	{"NormFamily", &bindings.NormFamilyMetaData},
	{"LookupFamily", &bindings.LookupFamilyMetaData},
}

// DeployStepVerifier deploys the op family contracts, then the StepVerifier
// dispatcher in front of them, and returns the dispatcher's address: the
// one address the DisputeGame and the Go client use. The contracts are
// stateless; one deployment serves every model and every game.
func DeployStepVerifier(ctx context.Context, d Deployer) (common.Address, error) {
	var families [len(StepFamilies)]common.Address // a length mismatch with the constructor does not compile
	for k, f := range StepFamilies {
		addr, err := d.Deploy(ctx, common.FromHex(f.Meta.Bin), nil)
		if err != nil {
			return common.Address{}, fmt.Errorf("arbiter: deploy %s: %w", f.Name, err)
		}
		families[k] = addr
	}
	addr, err := d.Deploy(ctx, common.FromHex(bindings.StepVerifierMetaData.Bin), bindings.NewStepVerifier().PackConstructor(families))
	if err != nil {
		return common.Address{}, fmt.Errorf("arbiter: deploy StepVerifier: %w", err)
	}
	return addr, nil
}

// Deploy deploys the four contracts with parameters p, in order (the
// StepVerifier with its op families: DeployStepVerifier), each through d
// with ctx; it stops at the first error (a cancelled ctx included),
// returning the addresses deployed so far.
func Deploy(ctx context.Context, d Deployer, p Params) (Addresses, error) {
	if err := p.Validate(); err != nil {
		return Addresses{}, err
	}
	var a Addresses
	var err error
	if a.StepVerifier, err = DeployStepVerifier(ctx, d); err != nil {
		return a, err
	}
	if a.Registry, err = d.Deploy(ctx, common.FromHex(bindings.ModelRegistryMetaData.Bin), nil); err != nil {
		return a, fmt.Errorf("arbiter: deploy ModelRegistry: %w", err)
	}
	game := bindings.NewDisputeGame()
	if a.Game, err = d.Deploy(ctx, common.FromHex(bindings.DisputeGameMetaData.Bin),
		game.PackConstructor(a.StepVerifier, new(big.Int).SetUint64(p.Arity), uint32(p.ClockBudget))); err != nil {
		return a, fmt.Errorf("arbiter: deploy DisputeGame: %w", err)
	}
	oracle := bindings.NewInferenceOracle()
	if a.Oracle, err = d.Deploy(ctx, common.FromHex(bindings.InferenceOracleMetaData.Bin),
		oracle.PackConstructor(a.Registry, a.Game, p.SubmitBond, p.ChallengeBond, p.ChallengeWindow, p.RequestTimeout, p.MaxCallbackGas)); err != nil {
		return a, fmt.Errorf("arbiter: deploy InferenceOracle: %w", err)
	}
	return a, nil
}
