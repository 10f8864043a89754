package e2e

import (
	"fmt"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/hashicorp/go-hclog"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/infra/txmgr"
	"github.com/opml-dev/opml/pipeline/tensorfile"
	"github.com/opml-dev/opml/tooling/deployment"
)

// The consumer kit's example consumer (contracts/kit/examples/
// DigitClassifier.sol, built on InferenceConsumerBase) on a real chain: a
// dapp's contract, deployed from the consumer account as a dapp developer
// deploys their own contract (not by `opml deploy`, and not in the
// deployment file, which records opml's contracts and the ExampleConsumer
// the CLI's --via-consumer talks to), asks the oracle, and the real
// submitter's finalize transaction calls it back.

var classifierABI = bindings.NewDigitClassifier()

// kitCallbackGas is the DigitClassifier callback's gas, `opml request`'s
// default --callback-gas, ample for its two new storage slots and its event
// on every chain here (geth --dev and anvil price state creation above the
// devnet's Osaka rules); a callback that runs out of gas is not retried, and
// CheckClassified would find nothing delivered.
const kitCallbackGas = 400_000

// kitFee is the fee of a classification the submitter answers (RequestFee,
// 0.01 ether).
var kitFee = big.NewInt(1e16)

// KitConsumer is a DigitClassifier deployed on a chain.
type KitConsumer struct {
	c    *Chain
	Addr common.Address
}

// send sends one transaction from role's account through the project's
// transaction manager (deployment.NewSender, as the opml commands do) and
// requires it to succeed. A manager per transaction: each reads the
// account's nonce afresh, after the opml commands sharing the account.
func (c *Chain) send(role string, cand txmgr.Candidate) *types.Receipt {
	c.t.Helper()
	key, err := crypto.HexToECDSA(c.Account(role).Key)
	if err != nil {
		c.t.Fatal(err)
	}
	ctx, cancel := waitCtx(c.t, 2*time.Minute)
	defer cancel()
	s, err := deployment.NewSender(ctx, c.Client, key, hclog.NewNullLogger())
	if err != nil {
		c.t.Fatal(err)
	}
	defer s.Close()
	r, err := s.Send(ctx, cand)
	if err != nil {
		c.t.Fatalf("%s's transaction: %v", role, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		c.t.Fatalf("%s's transaction %s reverted", role, r.TxHash)
	}
	return r
}

// happyRequests asks for the mlp fixture through the ExampleConsumer and
// through a freshly deployed DigitClassifier, then waits until submitter
// sub claimed the first (within claimBy) and both are finalized and the
// first delivered (within wait). It returns the kit consumer, the two
// request IDs and sub's claim on the first.
func (c *Chain) happyRequests(sub common.Address, claimBy, wait time.Duration) (kit *KitConsumer, id, kid, claim *big.Int) {
	id = c.Request("mlp", Input("mlp"), true)
	kit = c.DeployKitConsumer()
	kid = kit.Classify("mlp", Input("mlp"), kitFee)
	claim = c.ClaimBy(claimBy, id, sub)
	c.Wait(wait, "requests finalized and delivered to the consumers", func() bool {
		_, f := c.W.Finalized(id)
		_, d := c.W.Delivered(id)
		_, kf := c.W.Finalized(kid)
		return f && d && kf
	})
	return kit, id, kid, claim
}

// DeployKitConsumer deploys a DigitClassifier of the chain's oracle from the
// consumer account.
func (c *Chain) DeployKitConsumer() *KitConsumer {
	c.t.Helper()
	code := append(common.FromHex(bindings.DigitClassifierMetaData.Bin), classifierABI.PackConstructor(c.D.Contracts.Oracle)...)
	r := c.send("consumer", txmgr.Candidate{Data: code})
	k := &KitConsumer{c: c, Addr: r.ContractAddress}
	if oracle, err := classifierABI.UnpackOracle(c.Call(k.Addr, classifierABI.PackOracle())); err != nil || oracle != c.D.Contracts.Oracle {
		c.t.Fatalf("DigitClassifier at %s: oracle() = %s, %v; want %s", k.Addr, oracle, err, c.D.Contracts.Oracle)
	}
	c.t.Logf("deployed the kit's DigitClassifier at %s", k.Addr)
	return k
}

// Classify sends classify(model, the fixture input in inputFile,
// kitCallbackGas) with fee from the consumer account and returns the
// request's ID, checking the oracle's Requested event (the classifier is
// the request's consumer) and the classifier's Asked event.
func (k *KitConsumer) Classify(modelName, inputFile string, fee *big.Int) *big.Int {
	c := k.c
	c.t.Helper()
	m, ok := c.D.Model(modelName)
	if !ok {
		c.t.Fatalf("no model %s in the deployment", modelName)
	}
	b, err := os.ReadFile(inputFile)
	if err != nil {
		c.t.Fatal(err)
	}
	in, err := tensorfile.ParseJSON(b)
	if err != nil {
		c.t.Fatal(err)
	}
	input := make([]byte, len(in))
	for i, v := range in {
		input[i] = byte(v)
	}
	r := c.send("consumer", txmgr.Candidate{To: &k.Addr, Value: fee, Data: classifierABI.PackClassify(m.ID, input, kitCallbackGas)})
	var id, asked *big.Int
	for _, l := range r.Logs {
		switch l.Address {
		case c.D.Contracts.Oracle:
			if ev, ok := arbiter.DecodeEvent(l).(*arbiter.RequestedEvent); ok {
				if ev.Consumer != k.Addr || ev.Fee.Cmp(fee) != 0 || ev.CallbackGas != kitCallbackGas || ev.ModelId != m.ID {
					c.t.Errorf("Requested %v: consumer %s fee %v callback gas %d model %x; want %s %v %d %x", ev.RequestId,
						ev.Consumer, ev.Fee, ev.CallbackGas, ev.ModelId, k.Addr, fee, kitCallbackGas, m.ID)
				}
				id = ev.RequestId
			}
		case k.Addr:
			if ev, err := classifierABI.UnpackAskedEvent(l); err == nil {
				if ev.By != c.Addr("consumer") || ev.ModelId != m.ID {
					c.t.Errorf("Asked %v: by %s model %x; want the consumer %s, %x", ev.RequestId, ev.By, ev.ModelId, c.Addr("consumer"), m.ID)
				}
				asked = ev.RequestId
			}
		}
	}
	if id == nil || asked == nil || id.Cmp(asked) != 0 {
		c.t.Fatalf("classify transaction %s: Requested %v, Asked %v; want both, for one request", r.TxHash, id, asked)
	}
	c.t.Logf("sent request %v (model %s) through the DigitClassifier", id, modelName)
	return id
}

// CheckClassified checks that the DigitClassifier received request id's
// result and kept the argmax of want, the model's true output (opml run):
// delivered(id), labelOf(id) and its one Classified event for id.
func (k *KitConsumer) CheckClassified(id *big.Int, want []int64) {
	c := k.c
	c.t.Helper()
	label := big.NewInt(int64(deployment.Argmax(want)))
	if ok, err := classifierABI.UnpackDelivered(c.Call(k.Addr, classifierABI.PackDelivered(id))); err != nil || !ok {
		c.t.Errorf("DigitClassifier.delivered(%v) = %v, %v; want true", id, ok, err)
	}
	if got, err := classifierABI.UnpackLabelOf(c.Call(k.Addr, classifierABI.PackLabelOf(id))); err != nil || got.Cmp(label) != 0 {
		c.t.Errorf("DigitClassifier.labelOf(%v) = %v, %v; want %v, the argmax of %v", id, got, err, label, want)
	}
	ctx, cancel := waitCtx(c.t, time.Minute)
	defer cancel()
	logs, err := c.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(c.D.DeployBlock), Addresses: []common.Address{k.Addr},
		Topics: [][]common.Hash{{classifierABI.GetABI().Events["Classified"].ID}, {common.BigToHash(id)}}})
	if err != nil {
		c.t.Fatal(err)
	}
	if len(logs) != 1 {
		c.t.Fatalf("%d Classified events for request %v, want 1", len(logs), id)
	}
	ev, err := classifierABI.UnpackClassifiedEvent(&logs[0])
	if err != nil || ev.RequestId.Cmp(id) != 0 || ev.Label.Cmp(label) != 0 {
		c.t.Errorf("Classified event %+v, %v; want request %v label %v", ev, err, id, label)
	}
	c.t.Logf("the DigitClassifier classified request %v as %v", id, label)
}

// Cancel sends the DigitClassifier's cancel(id) from the consumer account
// (its asker) and returns the receipt, checking the classifier's Refunded
// event: the fee, owed to the asker.
func (k *KitConsumer) Cancel(id, fee *big.Int) *types.Receipt {
	c := k.c
	c.t.Helper()
	r := c.send("consumer", txmgr.Candidate{To: &k.Addr, Data: classifierABI.PackCancel(id)})
	refunded := false
	for _, l := range r.Logs {
		if l.Address != k.Addr {
			continue
		}
		if ev, err := classifierABI.UnpackRefundedEvent(l); err == nil {
			refunded = true
			if ev.RequestId.Cmp(id) != 0 || ev.To != c.Addr("consumer") || ev.Fee.Cmp(fee) != 0 {
				c.t.Errorf("Refunded %v to %s fee %v; want request %v to the consumer %s fee %v", ev.RequestId, ev.To, ev.Fee, id, c.Addr("consumer"), fee)
			}
		}
	}
	if !refunded {
		c.t.Errorf("cancel(%v) emitted no Refunded event", id)
	}
	return r
}

// refundOf is the DigitClassifier's refundOf(a).
func (k *KitConsumer) refundOf(a common.Address) *big.Int {
	k.c.t.Helper()
	v, err := classifierABI.UnpackRefundOf(k.c.Call(k.Addr, classifierABI.PackRefundOf(a)))
	if err != nil {
		k.c.t.Fatal(err)
	}
	return v
}

// TestKitCancel is the kit's refund path on a devnet with a 20-second
// request timeout and no submitter: a request through the DigitClassifier
// expires unanswered, its asker cancels it through the classifier (which
// takes the fee back from the oracle) and withdraws the fee.
func TestKitCancel(t *testing.T) {
	t.Parallel()
	c := StartDevnet(t, "--request-timeout", "20s")
	kit := c.DeployKitConsumer()
	me := c.Addr("consumer")
	id := kit.Classify("mlp", Input("mlp"), kitFee)

	oracle := arbiter.Oracle{Addr: c.D.Contracts.Oracle, Caller: c.Client}
	ctx, cancel := waitCtx(t, 2*time.Minute)
	defer cancel()
	req, err := oracle.Request(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	// The oracle accepts claims while the block time is below expiresAt;
	// the devnet seals an empty block a second.
	c.Wait(time.Minute, fmt.Sprintf("request %v expired (block time %d)", id, req.ExpiresAt), func() bool {
		h, err := c.Client.HeaderByNumber(ctx, nil)
		return err == nil && h.Time >= req.ExpiresAt
	})
	kit.Cancel(id, kitFee)
	if req, err = oracle.Request(ctx, id); err != nil || req.Status != arbiter.RequestCancelled {
		t.Errorf("request %v: status %v, %v; want cancelled", id, req.Status, err)
	}
	if got := kit.refundOf(me); got.Cmp(kitFee) != 0 {
		t.Errorf("refundOf(consumer) = %v after cancel, want the fee %v", got, kitFee)
	}
	// The classifier took the fee from the oracle: nothing stays credited.
	if credit, err := oracle.Credit(ctx, kit.Addr); err != nil || credit.Sign() != 0 {
		t.Errorf("the oracle still credits the classifier %v, %v; want 0", credit, err)
	}

	r := c.send("consumer", txmgr.Candidate{To: &kit.Addr, Data: classifierABI.PackWithdraw()})
	if got := kit.refundOf(me); got.Sign() != 0 {
		t.Errorf("refundOf(consumer) = %v after withdraw, want 0", got)
	}
	// The consumer's balance grew by the fee less the withdraw's gas.
	before, err := c.Client.BalanceAt(ctx, me, new(big.Int).Sub(r.BlockNumber, big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	after, err := c.Client.BalanceAt(ctx, me, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	gas := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	if want := new(big.Int).Sub(new(big.Int).Add(before, kitFee), gas); after.Cmp(want) != 0 {
		t.Errorf("consumer balance %v after withdraw, want %v (+ fee %v - gas %v)", after, want, kitFee, gas)
	}
}
