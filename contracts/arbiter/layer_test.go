package arbiter_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/bindings"
)

// productionABIs are the contracts opml deploys and calls, read from the
// generated bindings independently of the layer's own list.
var productionABIs = map[string]*bind.MetaData{
	"InferenceOracle": &bindings.InferenceOracleMetaData, "DisputeGame": &bindings.DisputeGameMetaData,
	"ModelRegistry": &bindings.ModelRegistryMetaData, "StepVerifier": &bindings.StepVerifierMetaData,
	"ExampleConsumer": &bindings.ExampleConsumerMetaData,
}

// solidityEnum returns the members of `enum name { ... }` in a Solidity
// source (its path under contracts/), in declaration order.
func solidityEnum(t *testing.T, file, name string) []string {
	t.Helper()
	src, err := os.ReadFile("../" + file)
	require.NoError(t, err)
	m := regexp.MustCompile(`enum\s+` + name + `\s*\{([^}]*)\}`).FindSubmatch(src)
	require.NotNil(t, m, "enum %s not found in %s", name, file)
	var out []string
	for _, line := range strings.Split(string(m[1]), "\n") {
		if i := strings.Index(line, "//"); i >= 0 {
			line = line[:i]
		}
		for _, f := range strings.Split(line, ",") {
			if f = strings.TrimSpace(f); f != "" {
				out = append(out, f)
			}
		}
	}
	return out
}

// abiInternalTypes maps "function.output.field" / "event.input" of a
// contract's JSON ABI to the field's Solidity internal type.
func abiInternalTypes(t *testing.T, md *bind.MetaData) map[string]string {
	t.Helper()
	type param struct {
		Name         string  `json:"name"`
		InternalType string  `json:"internalType"`
		Components   []param `json:"components"`
	}
	var entries []struct {
		Name    string  `json:"name"`
		Inputs  []param `json:"inputs"`
		Outputs []param `json:"outputs"`
	}
	require.NoError(t, json.Unmarshal([]byte(md.ABI), &entries))
	out := map[string]string{}
	for _, e := range entries {
		for _, p := range e.Inputs {
			out[e.Name+"."+p.Name] = p.InternalType
		}
		for _, p := range e.Outputs {
			for _, c := range p.Components {
				out[e.Name+"."+c.Name] = c.InternalType
			}
		}
	}
	return out
}

// TestEnumsMatchSolidity: every Go enum value is named after the Solidity
// member of the same ordinal, the enums have no more members than Go knows,
// and the ABI fields the readers decode into them are those enums.
func TestEnumsMatchSolidity(t *testing.T) {
	for _, tc := range []struct {
		file, enum string
		str        func(uint8) string
		fields     map[*bind.MetaData][]string // ABI fields of this enum type
	}{
		{"InferenceOracle.sol", "RequestStatus", func(v uint8) string { return arbiter.RequestStatus(v).String() },
			map[*bind.MetaData][]string{&bindings.InferenceOracleMetaData: {"requestOf.status", "RequestNotOpen.status"}}},
		{"InferenceOracle.sol", "ClaimStatus", func(v uint8) string { return arbiter.ClaimStatus(v).String() },
			map[*bind.MetaData][]string{&bindings.InferenceOracleMetaData: {"claimOf.status", "ClaimNotPending.status"}}},
		{"DisputeGame.sol", "Status", func(v uint8) string { return arbiter.GameStatus(v).String() },
			map[*bind.MetaData][]string{&bindings.DisputeGameMetaData: {"gameOf.status", "GameResolved.status"}}},
		{"DisputeGame.sol", "Turn", func(v uint8) string { return arbiter.Turn(v).String() },
			map[*bind.MetaData][]string{&bindings.DisputeGameMetaData: {"gameOf.turn"}}},
		{"DisputeGame.sol", "Reason", func(v uint8) string { return arbiter.Reason(v).String() },
			map[*bind.MetaData][]string{&bindings.DisputeGameMetaData: {"GameResolved.reason"}}},
	} {
		members := solidityEnum(t, "src/arbiter/"+tc.file, tc.enum)
		require.NotEmpty(t, members, tc.enum)
		for v, name := range members {
			require.Equal(t, name, tc.str(uint8(v)), "%s value %d", tc.enum, v)
		}
		require.Equal(t, fmt.Sprintf("%s(%d)", tc.enum, len(members)), tc.str(uint8(len(members))),
			"%s: Go names a value the contract does not have", tc.enum)
		contract := strings.TrimSuffix(tc.file, ".sol")
		for md, fields := range tc.fields {
			types := abiInternalTypes(t, md)
			for _, f := range fields {
				require.Equal(t, "enum"+contract+"."+tc.enum, types[f], "ABI field %s", f)
			}
		}
	}
	require.True(t, arbiter.GameClaimantWon.Over() && arbiter.GameChallengerWon.Over())
	require.False(t, arbiter.GameNone.Over() || arbiter.GameActive.Over())
	require.Equal(t, arbiter.GameClaimantWon, arbiter.TurnClaimant.Won())
	require.Equal(t, arbiter.GameChallengerWon, arbiter.TurnChallenger.Won())
}

// argValue is a value of ABI type typ, distinct per position i.
func argValue(typ abi.Type, i int) any {
	if typ.GetType() == reflect.TypeOf((*big.Int)(nil)) {
		return big.NewInt(int64(1000 + i))
	}
	v := reflect.New(typ.GetType()).Elem()
	switch v.Kind() {
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(i + 1))
	case reflect.Array:
		v.Index(0).Set(reflect.ValueOf(byte(i + 1)).Convert(v.Type().Elem()))
	case reflect.String:
		v.SetString(fmt.Sprintf("arg%d", i))
	}
	return v.Interface()
}

// TestDecodeRevertEveryCustomError: every custom error of every production
// contract, StepVerifier's included, decodes to its name, its arguments and
// the bindings' typed struct, and matches its CustomError.
func TestDecodeRevertEveryCustomError(t *testing.T) {
	n := 0
	for contract, md := range productionABIs {
		a, err := md.ParseABI()
		require.NoError(t, err)
		for name, e := range a.Errors {
			args := make([]any, len(e.Inputs))
			for i, in := range e.Inputs {
				args[i] = argValue(in.Type, i)
			}
			enc, err := e.Inputs.Pack(args...)
			require.NoError(t, err, "%s.%s", contract, name)
			cause := errors.New("call failed")
			re := arbiter.DecodeRevert(append(e.ID[:4:4], enc...), cause)
			require.Equal(t, name, re.Name, "%s.%s", contract, name)
			require.Equal(t, args, re.Args, "%s.%s", contract, name)
			require.NotNil(t, re.Value, "%s.%s: no typed error from UnpackError", contract, name)
			require.Contains(t, reflect.TypeOf(re.Value).String(), name)
			require.ErrorIs(t, re, arbiter.CustomError(name))
			require.NotErrorIs(t, re, arbiter.CustomError(name+"X"))
			require.ErrorIs(t, re, cause)
			require.Contains(t, re.Error(), name+"(")
			n++
		}
	}
	require.Greater(t, n, 50)
}

func TestDecodeRevertOtherData(t *testing.T) {
	reason, err := abi.Arguments{{Type: mustType(t, "string")}}.Pack("not enough")
	require.NoError(t, err)
	re := arbiter.DecodeRevert(append(crypto.Keccak256([]byte("Error(string)"))[:4], reason...), nil)
	require.Equal(t, "Error", re.Name)
	require.Equal(t, []any{"not enough"}, re.Args)
	require.Nil(t, re.Value)

	code, err := abi.Arguments{{Type: mustType(t, "uint256")}}.Pack(big.NewInt(0x11))
	require.NoError(t, err)
	re = arbiter.DecodeRevert(append(crypto.Keccak256([]byte("Panic(uint256)"))[:4], code...), nil)
	require.Equal(t, "Panic", re.Name)
	require.Equal(t, []any{big.NewInt(0x11)}, re.Args)

	stale := bindings.DisputeGameStalePositionErrorID().Bytes()[:4]
	for _, data := range [][]byte{nil, {}, {1, 2, 3}, {0xde, 0xad, 0xbe, 0xef}, stale, append(stale, 1, 2)} {
		re := arbiter.DecodeRevert(data, nil)
		require.Empty(t, re.Name, "%x", data)
		require.Nil(t, re.Args)
		require.Equal(t, data, re.Data)
		require.NotErrorIs(t, re, arbiter.ErrStalePosition)
	}
	require.Equal(t, "arbiter: reverted with unknown error data 0xdeadbeef", arbiter.DecodeRevert(common.FromHex("deadbeef"), nil).Error())
	require.Equal(t, "arbiter: reverted: execution reverted", arbiter.DecodeRevert(nil, vm.ErrExecutionReverted).Error())
}

func mustType(t *testing.T, name string) abi.Type {
	typ, err := abi.NewType(name, "", nil)
	require.NoError(t, err)
	return typ
}

// dataError is an RPC error with data, like go-ethereum's JSON-RPC errors
// (rpc.DataError).
type dataError struct {
	msg  string
	data any
}

func (e dataError) Error() string  { return e.msg }
func (e dataError) ErrorData() any { return e.data }

func TestWrapRevert(t *testing.T) {
	require.NoError(t, arbiter.WrapRevert(nil))
	plain := errors.New("connection refused")
	require.Same(t, plain, arbiter.WrapRevert(plain))
	notHex := dataError{"indexing", "transaction indexing is in progress"}
	require.Equal(t, notHex, arbiter.WrapRevert(notHex))

	data := append(bindings.DisputeGameGameOverErrorID().Bytes()[:4:4], common.BigToHash(big.NewInt(9)).Bytes()...)
	rpcErr := fmt.Errorf("eth_call: %w", dataError{"execution reverted", fmt.Sprintf("%#x", data)})
	err := arbiter.WrapRevert(rpcErr)
	var re *arbiter.RevertError
	require.ErrorAs(t, err, &re)
	require.Equal(t, "GameOver", re.Name)
	require.Equal(t, []any{big.NewInt(9)}, re.Args)
	require.Equal(t, data, re.Data)
	require.Same(t, rpcErr, re.Err)
	require.ErrorIs(t, err, arbiter.ErrGameOver)
	require.Equal(t, "arbiter: reverted with GameOver(9): eth_call: execution reverted", err.Error())
	wrapped := fmt.Errorf("node: %w", err)
	require.Same(t, wrapped, arbiter.WrapRevert(wrapped), "decoded once")

	// A revert whose data is unknown (e.g. a mined transaction that failed).
	mined := fmt.Errorf("transaction 0x12 mined: %w", vm.ErrExecutionReverted)
	require.ErrorAs(t, arbiter.WrapRevert(mined), &re)
	require.Empty(t, re.Name)
	require.Nil(t, re.Data)
	require.ErrorIs(t, re, vm.ErrExecutionReverted)
}

// TestCustomErrorsExist: every CustomError constant of the package names an
// error of the production contracts.
func TestCustomErrorsExist(t *testing.T) {
	known := map[string]bool{}
	for _, md := range productionABIs {
		a, err := md.ParseABI()
		require.NoError(t, err)
		for name := range a.Errors {
			known[name] = true
		}
	}
	paths, err := filepath.Glob("*.go")
	require.NoError(t, err)
	n := 0
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), p, nil, 0)
		require.NoError(t, err)
		ast.Inspect(f, func(node ast.Node) bool {
			spec, ok := node.(*ast.ValueSpec)
			if !ok {
				return true
			}
			if id, ok := spec.Type.(*ast.Ident); !ok || id.Name != "CustomError" {
				return true
			}
			for i, v := range spec.Values {
				lit, ok := v.(*ast.BasicLit)
				require.True(t, ok, "%s is not a string literal", spec.Names[i])
				name, err := strconv.Unquote(lit.Value)
				require.NoError(t, err)
				require.True(t, known[name], "%s = %q is no error of the contracts", spec.Names[i], name)
				require.Equal(t, "Err"+name, spec.Names[i].Name)
				n++
			}
			return true
		})
	}
	require.Positive(t, n)
}

func TestMethodName(t *testing.T) {
	id := big.NewInt(3)
	submit, err := arbiter.PackSubmit(id, []byte{1}, common.Hash{})
	require.NoError(t, err)
	bisect, err := arbiter.PackBisect(id, common.Hash{}, []common.Hash{{1}})
	require.NoError(t, err)
	_, err = arbiter.PackChallenge(big.NewInt(-1), common.Hash{})
	require.ErrorContains(t, err, "arbiter: pack challenge")
	fx, _ := mlp(t)
	for data, want := range map[string]string{
		string(submit): "submit", string(bisect): "bisect", string(arbiter.PackWithdraw()): "withdraw",
		string(arbiter.PackAsk(common.Hash{}, nil, 0)): "ask", string(arbiter.PackRequest(common.Hash{}, nil, 0)): "request",
		string(arbiter.PackRegister(fx.Model, "uri")): "register", "": "", "\x01\x02\x03\x04": "",
	} {
		require.Equal(t, want, arbiter.MethodName([]byte(data)))
	}
}

func TestClaimID(t *testing.T) {
	req := new(big.Int).Lsh(big.NewInt(1), 100)
	id := arbiter.ClaimID(req, 7)
	r, a := arbiter.SplitClaimID(id)
	require.Equal(t, req, r)
	require.Equal(t, uint32(7), a)

	w := newEVMWorld()
	s := newSystem(t, w, testParams())
	out := s.view(oracleABI.PackClaimIdOf(req, 7))
	onchain, err := oracleABI.UnpackClaimIdOf(out)
	require.NoError(t, err)
	require.Equal(t, onchain, id, "the contract's claimIdOf")
}

func TestDecodeEvent(t *testing.T) {
	require.Nil(t, arbiter.DecodeEvent(nil))
	require.Nil(t, arbiter.DecodeEvent(&types.Log{}))
	require.Nil(t, arbiter.DecodeEvent(&types.Log{Topics: []common.Hash{{1}}}))
	resolved := gameABI.GetABI().Events[bindings.DisputeGameGameResolvedEventName]
	require.Nil(t, arbiter.DecodeEvent(&types.Log{Topics: []common.Hash{resolved.ID}}), "undecodable")
	data, err := resolved.Inputs.NonIndexed().Pack(uint8(arbiter.GameChallengerWon), uint8(arbiter.ReasonClaimantTimedOut))
	require.NoError(t, err)
	l := &types.Log{Topics: []common.Hash{resolved.ID, common.BigToHash(big.NewInt(5))}, Data: data}
	require.Equal(t, &arbiter.GameResolvedEvent{GameID: big.NewInt(5), Status: arbiter.GameChallengerWon,
		Reason: arbiter.ReasonClaimantTimedOut, Raw: l}, arbiter.DecodeEvent(l))
}

// TestReaders: the readers on the simulated chain (eth_call over its RPC
// client): a revert is an *RevertError naming the custom error, an ID the
// ABI cannot encode is an error (no panic), and a registered model's header
// reads back.
func TestReaders(t *testing.T) {
	w := newSimWorld(t)
	s := newSystem(t, w, testParams())
	ctx := context.Background()
	reg := arbiter.Registry{Addr: s.addrs.Registry, Caller: w.c.Client}
	_, err := reg.Header(ctx, common.Hash{1})
	require.ErrorIs(t, err, arbiter.CustomError("UnknownModel"))
	var re *arbiter.RevertError
	require.ErrorAs(t, err, &re)
	require.Equal(t, []any{[32]byte(common.Hash{1})}, re.Args)

	fx, _ := mlp(t)
	ok, err := reg.IsRegistered(ctx, fx.Model.ID())
	require.NoError(t, err)
	require.False(t, ok)
	s.register(fx.Model)
	ok, err = reg.IsRegistered(ctx, fx.Model.ID())
	require.NoError(t, err)
	require.True(t, ok)
	h, err := reg.Header(ctx, fx.Model.ID())
	require.NoError(t, err)
	require.Equal(t, fx.Model.Header, h)

	o := arbiter.Oracle{Addr: s.addrs.Oracle, Caller: w.c.Client}
	_, err = o.Request(ctx, big.NewInt(-1))
	require.ErrorContains(t, err, "arbiter: requestOf(-1)")
	_, err = o.Request(ctx, big.NewInt(1))
	require.ErrorIs(t, err, arbiter.CustomError("UnknownRequest"))
	n, err := o.RequestCount(ctx)
	require.NoError(t, err)
	require.Zero(t, n.Sign())
	game, err := o.Game(ctx)
	require.NoError(t, err)
	require.Equal(t, s.addrs.Game, game)
	submit, challenge, err := o.Bonds(ctx)
	require.NoError(t, err)
	require.Equal(t, testParams().SubmitBond, submit)
	require.Equal(t, testParams().ChallengeBond, challenge)
	_, _, err = arbiter.Game{Addr: s.addrs.Game, Caller: w.c.Client}.Clocks(ctx, big.NewInt(-5))
	require.ErrorContains(t, err, "arbiter: clocks(-5)")
}
