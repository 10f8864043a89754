package arbiter_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/testkit/simchain"
)

// The consumer kit (contracts/kit): its interfaces against the deployed
// contracts' ABIs, and its example consumer on the simulated chain.

// kitABI is the ABI of kit contract name, from its artifact (interfaces
// have no bindings: compile.js writes their ABI only).
func kitABI(t *testing.T, name string) abi.ABI {
	t.Helper()
	raw, err := os.ReadFile("../artifacts/" + name + ".json")
	require.NoError(t, err)
	var art struct {
		ABI json.RawMessage `json:"abi"`
	}
	require.NoError(t, json.Unmarshal(raw, &art))
	a, err := abi.JSON(bytes.NewReader(art.ABI))
	require.NoError(t, err)
	return a
}

// argsString is a parameter list with everything the ABI encoding and
// decoding depend on: names, canonical types (tuples with their component
// names) and indexed flags.
func argsString(args abi.Arguments) string {
	var b strings.Builder
	var typ func(t abi.Type) string
	typ = func(t abi.Type) string {
		if t.T == abi.TupleTy {
			parts := make([]string, len(t.TupleElems))
			for i, e := range t.TupleElems {
				parts[i] = typ(*e) + " " + t.TupleRawNames[i]
			}
			return "(" + strings.Join(parts, ",") + ")"
		}
		if t.T == abi.SliceTy || t.T == abi.ArrayTy {
			if t.Elem.T == abi.TupleTy {
				return typ(*t.Elem) + strings.TrimPrefix(t.String(), t.Elem.String())
			}
		}
		return t.String()
	}
	for _, a := range args {
		fmt.Fprintf(&b, "%s %s indexed=%v; ", typ(a.Type), a.Name, a.Indexed)
	}
	return b.String()
}

// abiSubsetDiff lists how iface is not a part of impl: every function,
// event and error of iface must be in impl with the same selector (topic),
// parameters (names, types, indexed flags), results and state mutability.
func abiSubsetDiff(iface, impl abi.ABI) []string {
	var diff []string
	for name, m := range iface.Methods {
		o, ok := impl.Methods[name]
		switch {
		case !ok:
			diff = append(diff, "function "+m.Sig+": not in the contract")
		case m.ID == nil || !bytes.Equal(m.ID, o.ID) || m.Sig != o.Sig:
			diff = append(diff, fmt.Sprintf("function %s: the contract has %s", m.Sig, o.Sig))
		case argsString(m.Inputs) != argsString(o.Inputs) || argsString(m.Outputs) != argsString(o.Outputs):
			diff = append(diff, fmt.Sprintf("function %s: parameters or results differ:\n  %s -> %s\n  %s -> %s", m.Sig,
				argsString(m.Inputs), argsString(m.Outputs), argsString(o.Inputs), argsString(o.Outputs)))
		case m.StateMutability != o.StateMutability:
			diff = append(diff, fmt.Sprintf("function %s: %s, the contract's is %s", m.Sig, m.StateMutability, o.StateMutability))
		}
	}
	for name, e := range iface.Events {
		o, ok := impl.Events[name]
		switch {
		case !ok:
			diff = append(diff, "event "+e.Sig+": not in the contract")
		case e.ID != o.ID:
			diff = append(diff, fmt.Sprintf("event %s: the contract has %s", e.Sig, o.Sig))
		case argsString(e.Inputs) != argsString(o.Inputs) || e.Anonymous != o.Anonymous:
			diff = append(diff, fmt.Sprintf("event %s: parameters differ: %s, the contract's %s", e.Sig, argsString(e.Inputs), argsString(o.Inputs)))
		}
	}
	for name, e := range iface.Errors {
		o, ok := impl.Errors[name]
		switch {
		case !ok:
			diff = append(diff, "error "+e.Sig+": not in the contract")
		case e.ID != o.ID || argsString(e.Inputs) != argsString(o.Inputs):
			diff = append(diff, fmt.Sprintf("error %s: the contract has %s (%s)", e.Sig, o.Sig, argsString(o.Inputs)))
		}
	}
	sort.Strings(diff)
	return diff
}

// TestKitInterfaceMatchesOracle: the kit's IInferenceOracle is a part of the
// deployed InferenceOracle's ABI (functions, events, errors), its
// RequestStatus enum has the oracle's members, and its IInferenceConsumer
// callback is the one the oracle calls (the selector of the oracle's own
// IInferenceConsumer, implemented by the ExampleConsumer).
func TestKitInterfaceMatchesOracle(t *testing.T) {
	iface := kitABI(t, "IInferenceOracle")
	oracle, err := bindings.InferenceOracleMetaData.ParseABI()
	require.NoError(t, err)
	require.Empty(t, abiSubsetDiff(iface, *oracle), "contracts/kit/src/IInferenceOracle.sol drifted from the InferenceOracle")
	require.GreaterOrEqual(t, len(iface.Methods), 9)
	require.GreaterOrEqual(t, len(iface.Events), 7)
	require.GreaterOrEqual(t, len(iface.Errors), 12)
	for _, m := range []string{"request", "requestCompletion", "cancel", "withdraw", "result", "requestOf", "credit"} {
		require.Contains(t, iface.Methods, m)
	}
	require.Equal(t, solidityEnum(t, "src/arbiter/InferenceOracle.sol", "RequestStatus"),
		solidityEnum(t, "kit/src/IInferenceOracle.sol", "RequestStatus"))

	consumer, err := bindings.ExampleConsumerMetaData.ParseABI()
	require.NoError(t, err)
	callback := kitABI(t, "IInferenceConsumer")
	require.Len(t, callback.Methods, 1)
	require.Empty(t, abiSubsetDiff(callback, *consumer), "contracts/kit/src/IInferenceConsumer.sol: not the callback the oracle calls")
	base := kitABI(t, "InferenceConsumerBase")
	require.Equal(t, callback.Methods["onInferenceResult"].ID, base.Methods["onInferenceResult"].ID)
}

// TestKitABIDiffDetects: abiSubsetDiff reports each kind of drift.
func TestKitABIDiffDetects(t *testing.T) {
	oracle, err := bindings.InferenceOracleMetaData.ParseABI()
	require.NoError(t, err)
	const request = `{"type":"function","name":"request","stateMutability":"%s","inputs":[{"name":"modelId","type":"bytes32"},` +
		`{"name":"input","type":"bytes"},{"name":"callbackGas","type":"%s"}],"outputs":[{"name":"requestId","type":"uint256"}]}`
	const cancelled = `{"type":"event","name":"Cancelled","anonymous":false,"inputs":[{"name":"requestId","type":"uint256","indexed":%s}]}`
	for _, tc := range []struct {
		name, entry string
		drift       bool
	}{
		{"the oracle's request", fmt.Sprintf(request, "payable", "uint64"), false},
		{"the oracle's Cancelled", fmt.Sprintf(cancelled, "true"), false},
		{"other parameter type", fmt.Sprintf(request, "payable", "uint32"), true},
		{"other mutability", fmt.Sprintf(request, "nonpayable", "uint64"), true},
		{"unindexed topic", fmt.Sprintf(cancelled, "false"), true},
		{"unknown function", `{"type":"function","name":"refund","stateMutability":"nonpayable","inputs":[],"outputs":[]}`, true},
		{"other result name", `{"type":"function","name":"credit","stateMutability":"view","inputs":[{"name":"","type":"address"}],` +
			`"outputs":[{"name":"amount","type":"uint256"}]}`, true},
		{"other error arguments", `{"type":"error","name":"NotConsumer","inputs":[{"name":"caller","type":"uint256"}]}`, true},
		{"other struct field name", `{"type":"function","name":"requestOf","stateMutability":"view","inputs":[{"name":"requestId","type":"uint256"}],` +
			`"outputs":[{"name":"","type":"tuple","components":[{"name":"owner","type":"address"}]}]}`, true},
	} {
		a, err := abi.JSON(strings.NewReader("[" + tc.entry + "]"))
		require.NoError(t, err, tc.name)
		require.Equal(t, tc.drift, len(abiSubsetDiff(a, *oracle)) > 0, "%s: %v", tc.name, abiSubsetDiff(a, *oracle))
	}
}

// digitClassifier is the kit's example consumer deployed on a scenario.
type digitClassifier struct {
	s    *scenario
	addr common.Address
}

var classifierABI = bindings.NewDigitClassifier()

func deployDigitClassifier(t *testing.T, s *scenario) digitClassifier {
	t.Helper()
	_, err := s.w.deploy(s.consumer, bindings.DigitClassifierMetaData.Bin, classifierABI.PackConstructor(common.Address{}))
	requireKitRevert(t, err, bindings.DigitClassifierZeroOracleErrorID())
	addr, err := s.w.deploy(s.consumer, bindings.DigitClassifierMetaData.Bin, classifierABI.PackConstructor(s.addrs.Oracle))
	require.NoError(t, err)
	s.extraCreditors = append(s.extraCreditors, addr)
	return digitClassifier{s: s, addr: addr}
}

func (d digitClassifier) send(from *simchain.Account, value int64, data []byte) ([]*types.Log, error) {
	logs, _, err := d.s.w.send(from, d.addr, big.NewInt(value), data)
	return logs, err
}

func (d digitClassifier) view(t *testing.T, data []byte) []byte {
	t.Helper()
	out, err := d.s.w.call(d.addr, data)
	require.NoError(t, err)
	return out
}

// classify asks for a classification of the scenario's input as from and
// returns the request's ID, checking the oracle's Requested and the
// classifier's Asked events.
func (d digitClassifier) classify(t *testing.T, from *simchain.Account, fee int64) *big.Int {
	t.Helper()
	logs, err := d.send(from, fee, classifierABI.PackClassify(d.s.id, d.s.input, 200_000))
	require.NoError(t, err)
	var req *big.Int
	for _, l := range logs {
		if ev, err := oracleABI.UnpackRequestedEvent(l); err == nil {
			require.Equal(t, d.addr, ev.Consumer, "the classifier is the oracle's consumer")
			require.Equal(t, big.NewInt(fee), ev.Fee)
			req = ev.RequestId
		}
		if ev, err := classifierABI.UnpackAskedEvent(l); err == nil {
			require.Equal(t, from.Addr, ev.By)
		}
	}
	require.NotNil(t, req, "no Requested event")
	return req
}

// requireKitRevert asserts that err is a revert with the custom error id
// (the kit's errors are not the deployed contracts', which the arbiter's
// decoder names).
func requireKitRevert(t *testing.T, err error, id common.Hash) {
	t.Helper()
	var re *arbiter.RevertError
	require.ErrorAs(t, err, &re)
	require.GreaterOrEqual(t, len(re.Data), 4, "%v", err)
	require.Equal(t, id.Bytes()[:4], re.Data[:4], "%v", err)
}

// TestKitConsumer: the kit's example consumer (DigitClassifier, built on
// InferenceConsumerBase) requests a classification on the simulated chain;
// an honest claim finalizes and the oracle's callback delivers the label
// (the argmax of the output); a non-oracle caller of the callback, or of
// receive, is rejected; an expired unanswered request is cancelled by its
// asker only, whose fee comes back through the classifier.
func TestKitConsumer(t *testing.T) {
	w := newSimWorld(t)
	s := newScenario(t, w)
	d := deployDigitClassifier(t, s)
	oracleAddr := common.BytesToAddress(d.view(t, classifierABI.PackOracle()))
	require.Equal(t, s.addrs.Oracle, oracleAddr)

	req := d.classify(t, s.consumer, 5000)
	claimID := s.mustSubmit(s.sub, req, s.honest.claim)
	s.passWindow()
	logs, err := s.finalize(s.troll, claimID, s.honest.claim)
	require.NoError(t, err)
	require.True(t, callbackOK(t, logs), "the callback succeeded")
	want := argmaxInt8(s.honest.claim.output)
	var classified bool
	for _, l := range logs {
		if ev, err := classifierABI.UnpackClassifiedEvent(l); err == nil && l.Address == d.addr {
			require.Equal(t, req, ev.RequestId)
			require.Equal(t, uint64(want), ev.Label.Uint64())
			classified = true
		}
	}
	require.True(t, classified, "no Classified event")
	label, err := classifierABI.UnpackLabelOf(d.view(t, classifierABI.PackLabelOf(req)))
	require.NoError(t, err)
	require.Equal(t, uint64(want), label.Uint64())
	ok, err := classifierABI.UnpackDelivered(d.view(t, classifierABI.PackDelivered(req)))
	require.NoError(t, err)
	require.True(t, ok)
	s.checkSolvency(t)

	// Nobody but the oracle may deliver a result or send ETH.
	forged := make([]byte, len(s.honest.claim.output))
	forged[(want+1)%len(forged)] = 0x7f
	_, err = d.send(s.troll, 0, classifierABI.PackOnInferenceResult(req, forged))
	requireKitRevert(t, err, bindings.DigitClassifierOnlyOracleErrorID())
	_, err = d.send(s.consumer, 0, classifierABI.PackOnInferenceResult(big.NewInt(99), forged))
	requireKitRevert(t, err, bindings.DigitClassifierOnlyOracleErrorID())
	_, err = d.send(s.troll, 1, nil)
	requireKitRevert(t, err, bindings.DigitClassifierOnlyOracleErrorID())
	label, err = classifierABI.UnpackLabelOf(d.view(t, classifierABI.PackLabelOf(req)))
	require.NoError(t, err)
	require.Equal(t, uint64(want), label.Uint64(), "the forged result was not taken")

	// An unanswered request: not cancellable before its expiry, nor by
	// anyone but its asker; then the fee comes back to the asker.
	req2 := d.classify(t, s.consumer, 700)
	_, err = d.send(s.consumer, 0, classifierABI.PackCancel(req2))
	requireRevert(t, err, "RequestNotExpired")
	w.advance(s.p.RequestTimeout)
	_, err = d.send(s.troll, 0, classifierABI.PackCancel(req2))
	requireKitRevert(t, err, bindings.DigitClassifierNotAskerErrorID())
	logs, err = d.send(s.consumer, 0, classifierABI.PackCancel(req2))
	require.NoError(t, err)
	var refunded bool
	for _, l := range logs {
		if ev, err := classifierABI.UnpackRefundedEvent(l); err == nil && l.Address == d.addr {
			require.Equal(t, req2, ev.RequestId)
			require.Equal(t, s.consumer.Addr, ev.To)
			require.Equal(t, "700", ev.Fee.String())
			refunded = true
		}
	}
	require.True(t, refunded, "no Refunded event")
	require.Equal(t, arbiter.RequestCancelled, s.requestOf(req2).Status)
	require.Zero(t, s.credit(d.addr).Sign(), "the classifier withdrew the fee from the oracle")
	require.Equal(t, "700", w.balance(d.addr).String())
	refund, err := classifierABI.UnpackRefundOf(d.view(t, classifierABI.PackRefundOf(s.consumer.Addr)))
	require.NoError(t, err)
	require.Equal(t, "700", refund.String())
	_, err = d.send(s.consumer, 0, classifierABI.PackCancel(req2))
	requireRevert(t, err, "RequestNotOpen")
	s.checkSolvency(t)

	_, err = d.send(s.troll, 0, classifierABI.PackWithdraw())
	requireKitRevert(t, err, bindings.DigitClassifierNothingToWithdrawErrorID())
	_, err = d.send(s.consumer, 0, classifierABI.PackWithdraw())
	require.NoError(t, err)
	require.Zero(t, w.balance(d.addr).Sign())
	refund, err = classifierABI.UnpackRefundOf(d.view(t, classifierABI.PackRefundOf(s.consumer.Addr)))
	require.NoError(t, err)
	require.Zero(t, refund.Sign())
}

// argmaxInt8 is the index of the largest int8 element (the first on a tie).
func argmaxInt8(out []byte) int {
	best := 0
	for i, b := range out {
		if int8(b) > int8(out[best]) {
			best = i
		}
	}
	return best
}
