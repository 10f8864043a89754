package arbiter_test

import (
	"bytes"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/testkit/echomodel"
	"github.com/opml-dev/opml/vm"
)

// Completion requests in TestInvariants: the echo model (testkit/echomodel,
// T = 64, N = 65 steps: random games stay short), three completions
// and, for each, the false claims the liar makes, prepared once.

// invCompletion is a completion the random sequences request, with its
// honest claim and the liar's false claims.
type invCompletion struct {
	c     arbiter.Completion
	truth *vmTrace // Generate's trace: the honest claim
	want  []byte   // the completion the oracle delivers
	lies  []invLie
	// tooWide is an output whose first completion token does not fit
	// TokenBytes: submitCompletion refuses it (TokenTooWide).
	tooWide []byte
}

// invLie is a false completion claim: an output, the trace of the input x
// it implies (the liar's honest-looking states) and the true claim on that
// x, which every challenger plays with.
type invLie struct {
	name   string
	output []byte
	tr     *vm.Trace
	truth  *vmTrace
}

// invCompletions registers the echo model on s and prepares the
// completions: 1-byte tokens, 2-byte tokens (ids above 255) and a prompt
// at the context's edge (P + tokens − 1 = T).
func invCompletions(t *testing.T, s *system) (common.Hash, []*invCompletion) {
	m, err := echomodel.Echo(echomodel.DefaultContext)
	require.NoError(t, err)
	id := s.register(m)
	h := &m.Header
	edge := make([]int32, 60)
	for i := range edge {
		edge[i] = int32('a' + i%26)
	}
	var comps []*invCompletion
	for _, spec := range []struct {
		prompt []int32
		tokens uint32
		width  uint8
	}{
		{[]int32{'h', 'i', '!'}, 4, 1},
		{[]int32{300, 7, 65000}, 3, 2},
		{edge, 5, 1},
	} {
		c, err := arbiter.NewCompletion(h, spec.prompt, spec.tokens, spec.width)
		require.NoError(t, err)
		tr, err := arbiter.Generate(m, c, nil)
		require.NoError(t, err)
		want, err := c.Result(h, tr.Output())
		require.NoError(t, err)
		require.Equal(t, arbiter.EncodeTokens(echomodel.Completion(spec.prompt, int(spec.tokens)), spec.width), want)
		ic := &invCompletion{c: c, truth: honestVM(t, tr), want: want}
		p, n := c.PromptTokens(), int(c.Tokens)
		// The lies: the first, a middle and the last completion token
		// changed (the first two imply another x, the last the honest
		// one), and an output element outside the completion changed
		// (the honest x, the same completion text: still false).
		outside := 0
		if p == 1 {
			outside = int(arbiter.Context(h)) - 1
		}
		for _, lie := range []struct {
			name string
			pos  int // output element
		}{{"first token", p - 1}, {"middle token", p - 1 + n/2}, {"last token", p - 1 + n - 1}, {"outside", outside}} {
			out := append([]byte(nil), ic.truth.claim.output...)
			out[4*lie.pos+3] ^= 1 // the id's low bit: it still fits the request's width
			ltr, err := arbiter.TraceCompletion(m, c, out)
			require.NoError(t, err)
			l := invLie{name: lie.name, output: out, tr: ltr, truth: honestVM(t, ltr)}
			same := ltr.InputRoot() == tr.InputRoot()
			require.Equal(t, lie.pos < p-1 || lie.pos == p-1+n-1, same, "%s: x is the honest one iff no token before the last changed", lie.name)
			if same {
				l.tr, l.truth = tr, ic.truth
			}
			final, err := arbiter.ClaimHash(m.ID(), h, out, ltr.Final().RAMRoot)
			require.NoError(t, err)
			require.NotEqual(t, l.truth.final, final, "%s: the lie is false on its own x", lie.name)
			ic.lies = append(ic.lies, l)
		}
		ic.tooWide = append([]byte(nil), ic.truth.claim.output...)
		ic.tooWide[4*(p-1)+4-int(spec.width)-1] = 1 // id >= 256^width
		comps = append(comps, ic)
	}
	return id, comps
}

// requestCompletion: the consumer asks for one of the completions.
func (x *inv) requestCompletion() {
	c := x.comps[x.r.IntN(len(x.comps))]
	logs, err := x.send(x.consumer, x.s.addrs.Oracle, big.NewInt(int64(x.r.IntN(4))*100), arbiter.PackRequestCompletion(x.cid, c.c, 0))
	require.NoError(x.t, err)
	for _, l := range logs {
		if ev, err := oracleABI.UnpackCompletionRequestedEvent(l); err == nil {
			x.reqs[ev.RequestId.Uint64()].serve = x.r.IntN(4) != 0
		}
	}
}

// completionRequested records a CompletionRequested event's request.
func (x *inv) completionRequested(ev *arbiter.CompletionRequestedEvent) {
	for _, c := range x.comps {
		if bytes.Equal(c.c.Prompt, ev.Prompt) && c.c.Tokens == ev.Tokens && c.c.TokenBytes == ev.TokenBytes {
			x.reqs[ev.RequestId.Uint64()] = &invReq{comp: c, truth: c.truth, want: c.want,
				status: arbiter.RequestOpen, expiresAt: x.s.requestOf(ev.RequestId).ExpiresAt}
			return
		}
	}
	x.t.Fatalf("a completion request of an unknown completion: %x, %d tokens", ev.Prompt, ev.Tokens)
}

// lieCompletion has the liar submit a false claim on completion request
// req, defended by states honest on the claim's own x up to a random
// step, or now and then a claim the oracle refuses; it reports whether a
// claim was accepted.
func (x *inv) lieCompletion(req uint64, rq *invReq) bool {
	c := rq.comp
	if x.r.IntN(6) == 0 {
		var err error
		switch x.r.IntN(3) {
		case 0:
			var data []byte
			data, err = arbiter.PackSubmitCompletion(big64(req), c.c.Prompt, c.tooWide, c.truth.claim.ramRoot)
			require.NoError(x.t, err)
			_, _, err = x.w.send(x.liar, x.s.addrs.Oracle, x.s.p.SubmitBond, data)
			if rq.status == arbiter.RequestOpen && x.w.now() < rq.expiresAt {
				requireRevert(x.t, err, "TokenTooWide")
			}
		case 1:
			var data []byte
			data, err = arbiter.PackSubmitCompletion(big64(req), append(bytes.Clone(c.c.Prompt), 0), c.truth.claim.output, c.truth.claim.ramRoot)
			require.NoError(x.t, err)
			_, _, err = x.w.send(x.liar, x.s.addrs.Oracle, x.s.p.SubmitBond, data)
			if rq.status == arbiter.RequestOpen && x.w.now() < rq.expiresAt {
				requireRevert(x.t, err, "PromptMismatch")
			}
		default: // a plain submit on a completion request
			_, _, err = x.w.send(x.liar, x.s.addrs.Oracle, x.s.p.SubmitBond, oracleABI.PackSubmit(big64(req), c.truth.claim.output, c.truth.claim.ramRoot))
			if rq.status == arbiter.RequestOpen && x.w.now() < rq.expiresAt {
				requireRevert(x.t, err, "CompletionRequest")
			}
		}
		require.Error(x.t, err)
		x.stats["completion refused"]++
		return false
	}
	l := c.lies[x.r.IntN(len(c.lies))]
	if x.submit(x.liar, req, lyingVM(x.t, l.tr, l.output, 1+x.r.Uint64N(l.tr.Steps())), l.truth) != nil {
		return false
	}
	x.stats["completion lie"]++
	if l.truth != c.truth {
		x.stats["completion lie from another start"]++
	}
	x.stats[fmt.Sprintf("completion lie: %s", l.name)]++
	return true
}
