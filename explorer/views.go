package explorer

import (
	"context"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/node/dispute"
	"github.com/opml-dev/opml/pipeline/modelcard"
	"github.com/opml-dev/opml/vm/model"
)

// The page data below is what the templates render and what /api/ returns
// as JSON: the Index's records joined and put in words, with the live
// values (clocks, bonds, chain time) read when the page is built.

// AddrView is an address with its label.
type AddrView struct {
	Hex   string `json:"address"`
	Label string `json:"label"` // the configured name, or the short hex
}

// OutputView is an output or completion in words.
type OutputView struct {
	Text   string   `json:"text,omitempty"`   // a completion with 1-byte tokens, as text
	IDs    []int32  `json:"ids,omitempty"`    // a completion's token ids
	Values []int64  `json:"values,omitempty"` // the output tensor's values (when the model header is known)
	Real   []string `json:"real,omitempty"`   // dequantized with the model card's scale and zero point
	Class  *int     `json:"class,omitempty"`  // index of the largest value (a classifier's prediction)
	Hex    string   `json:"hex"`              // the raw bytes
}

// Summary is the output in one short phrase.
func (o *OutputView) Summary() string {
	switch {
	case o == nil:
		return ""
	case o.Text != "":
		return strconv.Quote(o.Text)
	case o.IDs != nil:
		return fmt.Sprint(o.IDs)
	case o.Class != nil:
		return "class " + strconv.Itoa(*o.Class)
	}
	return shorten(o.Hex, 18)
}

func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// ModelView is a registered model.
type ModelView struct {
	ID         string   `json:"id"`
	Name       string   `json:"name"`
	Steps      uint64   `json:"steps"`
	URI        string   `json:"uri"`
	Registrant AddrView `json:"registrant"`
	Block      uint64   `json:"block"`
	// Card is set when the model card was fetched (and verified).
	Card *modelcard.Card `json:"card,omitempty"`
}

// ClaimView is a claim.
type ClaimView struct {
	ID         string      `json:"id"`      // requestId.attempt
	RawID      string      `json:"claimId"` // the onchain claim ID
	Request    string      `json:"requestId"`
	Submitter  AddrView    `json:"submitter"`
	Status     string      `json:"status"` // pending, accepted, rejected, superseded
	Output     *OutputView `json:"output"`
	FinalHash  string      `json:"finalHash"`
	Deadline   uint64      `json:"deadline"`
	WindowLeft int64       `json:"windowLeft"` // seconds of the challenge window left at the chain's time (≤ 0: closed)
	Block      uint64      `json:"block"`
	Games      []uint64    `json:"games"`
	Burned     string      `json:"burned"`
}

// RequestView is a request with its claims.
type RequestView struct {
	ID          string      `json:"id"`
	Status      string      `json:"status"` // open, finalized, cancelled
	Model       ModelRef    `json:"model"`
	Consumer    AddrView    `json:"consumer"`
	Fee         string      `json:"fee"`
	CallbackGas uint64      `json:"callbackGas"`
	Input       string      `json:"input"` // the input or prompt in words
	Tokens      uint32      `json:"tokens,omitempty"`
	Block       uint64      `json:"block"`
	Claims      []ClaimView `json:"claims"`
	Output      *OutputView `json:"output,omitempty"` // the finalized output
	Callback    string      `json:"callback,omitempty"`
}

// ModelRef names a model.
type ModelRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// RoundView is one dissection round.
type RoundView struct {
	Number   int      `json:"round"`
	Lo       uint64   `json:"lo"`
	Hi       uint64   `json:"hi"`
	Parts    int      `json:"parts"`
	Points   []uint64 `json:"points"` // the split points, Lo to Hi
	Chosen   bool     `json:"chosen"`
	Index    int      `json:"index"` // the part chosen, from 0
	ChosenLo uint64   `json:"chosenLo"`
	ChosenHi uint64   `json:"chosenHi"`
	Block    uint64   `json:"block"`
}

// StepView is the step executed onchain.
type StepView struct {
	Step      uint64 `json:"step"`
	Op        string `json:"op,omitempty"` // the op of the model that executes it, if the model is known
	PreHash   string `json:"preHash"`
	PostHash  string `json:"postHash"`
	Claimed   string `json:"claimedHash"`
	Disproved bool   `json:"disproved"` // the post-state differs from the claimant's hash
	Block     uint64 `json:"block"`
}

// ClockView is one side's clock.
type ClockView struct {
	Left    uint64 `json:"left"`    // seconds left
	Running bool   `json:"running"` // the side to move
}

// PayoutView is a credit the game's settlement paid.
type PayoutView struct {
	To     AddrView `json:"to"`
	Amount string   `json:"amount"`
}

// GameView is a game.
type GameView struct {
	ID              uint64       `json:"id"`
	Claim           string       `json:"claim"` // requestId.attempt
	Request         string       `json:"requestId"`
	Model           ModelRef     `json:"model"`
	Claimant        AddrView     `json:"claimant"`
	Challenger      AddrView     `json:"challenger"`
	Steps           uint64       `json:"steps"` // N: the range starts as [0, N]
	Lo              uint64       `json:"lo"`    // the disputed range now
	Hi              uint64       `json:"hi"`
	Rounds          []RoundView  `json:"rounds"`
	Step            *StepView    `json:"step,omitempty"`
	Status          string       `json:"status"`  // active, claimant won, challenger won
	Verdict         string       `json:"verdict"` // how it ended, in words
	Turn            string       `json:"turn,omitempty"`
	ToMove          string       `json:"toMove,omitempty"` // what the side to move must do
	ClaimantClock   ClockView    `json:"claimantClock"`
	ChallengerClock ClockView    `json:"challengerClock"`
	SubmitBond      string       `json:"submitBond"`
	ChallengeBond   string       `json:"challengeBond"`
	Payouts         []PayoutView `json:"payouts"`
	Burned          string       `json:"burned"`
	Block           uint64       `json:"block"`
	Drawing         *Drawing     `json:"-"`
	LiveError       string       `json:"liveError,omitempty"` // a live read failed: clocks and bonds may be missing
}

// ModelSource hands out fetched and verified models and their cards;
// modelfetch.Pool implements it.
type ModelSource interface {
	Model(id common.Hash) (*model.Model, bool)
	Card(id common.Hash) (*modelcard.Card, bool)
}

func (s *Server) addr(a common.Address) AddrView {
	v := AddrView{Hex: a.Hex(), Label: a.Hex()[:10] + "…"}
	if l, ok := s.cfg.Labels[a]; ok {
		v.Label = l
	}
	return v
}

func ether(v *big.Int) string {
	if v == nil {
		return "0"
	}
	if v.Sign() == 0 {
		return "0 ETH"
	}
	if v.CmpAbs(big.NewInt(1e12)) < 0 { // below a millionth of an ether: in wei
		return v.String() + " wei"
	}
	f, _ := new(big.Rat).SetFrac(v, big.NewInt(1e18)).Float64()
	return strconv.FormatFloat(f, 'g', 6, 64) + " ETH"
}

func claimName(id *big.Int) string {
	req, attempt := arbiter.SplitClaimID(id)
	return fmt.Sprintf("%v.%v", req, attempt)
}

// parseClaim reads "R.A" or a raw claim ID.
func parseClaim(s string) (*big.Int, error) {
	if r, a, ok := strings.Cut(s, "."); ok {
		req, ok := new(big.Int).SetString(r, 10)
		att, err := strconv.ParseUint(a, 10, 32)
		if !ok || req.Sign() <= 0 || err != nil || att == 0 {
			return nil, fmt.Errorf("explorer: claim %q: want REQUEST.ATTEMPT (e.g. 3.1) or a claim ID", s)
		}
		return arbiter.ClaimID(req, uint32(att)), nil
	}
	id, ok := new(big.Int).SetString(s, 10)
	if !ok || id.Sign() <= 0 {
		return nil, fmt.Errorf("explorer: claim %q: want REQUEST.ATTEMPT (e.g. 3.1) or a claim ID", s)
	}
	return id, nil
}

func (s *Server) modelRef(id common.Hash) ModelRef {
	r := ModelRef{ID: id.Hex(), Name: id.Hex()[:10]}
	if c, ok := s.card(id); ok && c.Name != "" {
		r.Name = c.Name
	} else if m, ok := s.cfg.Index.Model(id); ok {
		r.Name = m.Name()
	}
	return r
}

func (s *Server) card(id common.Hash) (*modelcard.Card, bool) {
	if s.cfg.Models == nil {
		return nil, false
	}
	return s.cfg.Models.Card(id)
}

// header is model id's header: from a fetched model, else read from the
// registry once and kept.
func (s *Server) header(ctx context.Context, id common.Hash) (*model.Header, bool) {
	if s.cfg.Models != nil {
		if m, ok := s.cfg.Models.Model(id); ok {
			return &m.Header, true
		}
	}
	s.mu.Lock()
	h, ok := s.headers[id]
	s.mu.Unlock()
	if ok {
		return &h, true
	}
	if s.cfg.Chain == nil {
		return nil, false
	}
	h, err := arbiter.Registry{Addr: s.cfg.Contracts.Registry, Caller: s.cfg.Chain}.Header(ctx, id)
	if err != nil {
		return nil, false
	}
	s.mu.Lock()
	s.headers[id] = h
	s.mu.Unlock()
	return &h, true
}

// output puts a finalized output or a claim's output in words. A
// completion request's finalized output is the completion itself; a
// completion claim's output is the model's output tensor.
func (s *Server) output(ctx context.Context, r *Request, b []byte, finalized bool) *OutputView {
	o := &OutputView{Hex: "0x" + common.Bytes2Hex(b)}
	if c := r.Completion; c != nil && finalized {
		o.IDs = arbiter.DecodeTokens(b, c.TokenBytes)
		if c.TokenBytes == 1 {
			o.Text = string(b)
		}
		return o
	}
	h, ok := s.header(ctx, r.ModelID)
	if !ok {
		return o
	}
	values, err := arbiter.ClaimValues(h, b)
	if err != nil {
		return o
	}
	if c := r.Completion; c != nil {
		comp := arbiter.Completion{Prompt: c.Prompt, Tokens: c.Tokens, TokenBytes: c.TokenBytes}
		if gen, err := comp.Generated(h, values); err == nil {
			o.IDs = gen
			if c.TokenBytes == 1 {
				o.Text = string(arbiter.EncodeTokens(gen, 1))
			}
		}
		return o
	}
	o.Values = values
	if len(values) >= 2 {
		best := 0
		for i, v := range values {
			if v > values[best] {
				best = i
			}
		}
		o.Class = &best
	}
	if card, ok := s.card(r.ModelID); ok && card.Output.DType != modelcard.DTypeInt32 {
		for _, v := range values {
			o.Real = append(o.Real, strconv.FormatFloat(card.Output.Scale*float64(v-int64(card.Output.ZeroPoint)), 'g', 4, 64))
		}
	}
	return o
}

func (s *Server) inputText(r *Request) string {
	if c := r.Completion; c != nil {
		if c.TokenBytes == 1 {
			return strconv.Quote(string(c.Prompt))
		}
		return fmt.Sprint(arbiter.DecodeTokens(c.Prompt, c.TokenBytes))
	}
	return fmt.Sprintf("%d bytes", len(r.Input))
}

var requestStatus = map[arbiter.RequestStatus]string{arbiter.RequestOpen: "open", arbiter.RequestFinalized: "finalized", arbiter.RequestCancelled: "cancelled"}
var claimStatus = map[arbiter.ClaimStatus]string{arbiter.ClaimPending: "pending", arbiter.ClaimAccepted: "accepted",
	arbiter.ClaimRejected: "rejected", arbiter.ClaimSuperseded: "superseded"}

func (s *Server) claimView(ctx context.Context, c *Claim, r *Request, now uint64) ClaimView {
	v := ClaimView{ID: claimName(c.ID), RawID: c.ID.String(), Request: c.RequestID.String(), Submitter: s.addr(c.Submitter),
		Status: claimStatus[c.Status], FinalHash: c.FinalHash.Hex(), Deadline: c.Deadline, Block: c.Block,
		Games: c.Games, Burned: ether(c.Burned)}
	if now > 0 {
		v.WindowLeft = int64(c.Deadline) - int64(now)
	}
	if r != nil {
		v.Output = s.output(ctx, r, c.Output, false)
	} else {
		v.Output = &OutputView{Hex: "0x" + common.Bytes2Hex(c.Output)}
	}
	return v
}

func (s *Server) requestView(ctx context.Context, r *Request, now uint64) RequestView {
	v := RequestView{ID: r.ID.String(), Status: requestStatus[r.Status], Model: s.modelRef(r.ModelID), Consumer: s.addr(r.Consumer),
		Fee: ether(r.Fee), CallbackGas: r.CallbackGas, Input: s.inputText(r), Block: r.Block, Claims: []ClaimView{}}
	if r.Completion != nil {
		v.Tokens = r.Completion.Tokens
	}
	for _, id := range r.Claims {
		if c, ok := s.cfg.Index.Claim(id); ok {
			v.Claims = append(v.Claims, s.claimView(ctx, &c, r, now))
		}
	}
	if r.Status == arbiter.RequestFinalized {
		v.Output = s.output(ctx, r, r.Output, true)
	}
	if r.Callback != nil {
		v.Callback = map[bool]string{true: "delivered", false: "callback failed"}[*r.Callback]
	}
	return v
}

// chainTime is the head block's timestamp (0 if it cannot be read).
func (s *Server) chainTime(ctx context.Context) uint64 {
	if s.cfg.Chain == nil {
		return 0
	}
	h, err := s.cfg.Chain.HeaderByNumber(ctx, nil)
	if err != nil || h == nil {
		return 0
	}
	return h.Time
}

func verdict(g *Game) (status, words string) {
	switch g.Status {
	case arbiter.GameClaimantWon:
		status = "claimant won"
	case arbiter.GameChallengerWon:
		status = "challenger won"
	default:
		return "active", ""
	}
	switch g.Reason {
	case arbiter.ReasonStepDisproved:
		words = fmt.Sprintf("step %d executed onchain disproved the claimant's hash", stepOf(g))
	case arbiter.ReasonStepConfirmed:
		words = fmt.Sprintf("step %d executed onchain confirmed the claimant's hash", stepOf(g))
	case arbiter.ReasonClaimantTimedOut:
		words = "the claimant's clock ran out"
	case arbiter.ReasonChallengerTimedOut:
		words = "the challenger's clock ran out"
	default:
		words = g.Reason.String()
	}
	return status, words
}

func stepOf(g *Game) uint64 {
	if g.Step != nil {
		return g.Step.Step
	}
	lo, _ := g.Range()
	return lo
}

// gameView puts game g in words; live reads the clocks, the turn and the
// bonds from the chain (a game's own page), otherwise whose turn it is
// comes from the events alone (lists: no calls per game).
func (s *Server) gameView(ctx context.Context, g *Game, live bool) GameView {
	lo, hi := g.Range()
	v := GameView{ID: g.ID, Claimant: s.addr(g.Claimant), Challenger: s.addr(g.Challenger), Steps: g.NumSteps,
		Lo: lo, Hi: hi, Rounds: []RoundView{}, Block: g.Block, Burned: ether(g.Burned), Payouts: []PayoutView{}}
	var m *model.Model
	if g.ClaimID != nil {
		v.Claim = claimName(g.ClaimID)
		req, _ := arbiter.SplitClaimID(g.ClaimID)
		v.Request = req.String()
		if r, ok := s.cfg.Index.Request(req); ok {
			v.Model = s.modelRef(r.ModelID)
			if s.cfg.Models != nil {
				m, _ = s.cfg.Models.Model(r.ModelID)
			}
		}
	}
	for _, r := range g.Rounds {
		rv := RoundView{Number: r.Number, Lo: r.Lo, Hi: r.Hi, Parts: r.Parts(), Chosen: r.Chosen, Index: r.Index,
			ChosenLo: r.ChosenLo, ChosenHi: r.ChosenHi, Block: r.BisectBlock}
		if pts, err := dispute.SplitPoints(r.Lo, r.Hi, uint64(r.Parts())); err == nil {
			rv.Points = pts
		}
		v.Rounds = append(v.Rounds, rv)
	}
	if st := g.Step; st != nil {
		v.Step = &StepView{Step: st.Step, PreHash: st.PreHash.Hex(), PostHash: st.PostHash.Hex(), Claimed: st.Claim.Hex(),
			Disproved: st.Disproved(), Block: st.Block}
		if m != nil {
			if k, ok := m.OpAt(st.Step); ok {
				v.Step.Op = fmt.Sprintf("op %d (%v)", k, m.Ops[k].Op)
			} else {
				v.Step.Op = "the halting step"
			}
		}
	}
	v.Status, v.Verdict = verdict(g)
	for _, p := range g.Credits {
		v.Payouts = append(v.Payouts, PayoutView{To: s.addr(p.To), Amount: ether(p.Amount)})
	}
	if live {
		s.live(ctx, g, &v)
	} else if g.Status == arbiter.GameActive {
		v.Turn = turnOf(g)
	}
	v.Drawing = draw(&v)
	return v
}

// turnOf is the side to move in active game g, from its events: the
// claimant posts hashes for a range of more than one step, the challenger
// chooses a part of them or, once one step is left, executes it.
func turnOf(g *Game) string {
	lo, hi := g.Range()
	if n := len(g.Rounds); n > 0 && !g.Rounds[n-1].Chosen || hi-lo == 1 {
		return "challenger"
	}
	return "claimant"
}

// live reads what only the chain knows now: the clocks, whose turn it is,
// and the bonds.
func (s *Server) live(ctx context.Context, g *Game, v *GameView) {
	if s.cfg.Chain == nil {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	game := arbiter.Game{Addr: s.cfg.Contracts.Game, Caller: s.cfg.Chain}
	id := new(big.Int).SetUint64(g.ID)
	var errs []string
	if rec, err := game.Record(ctx, id); err == nil && rec.Status != arbiter.GameNone {
		cl, ch, err := game.Clocks(ctx, id)
		if err == nil {
			v.ClaimantClock = ClockView{Left: cl}
			v.ChallengerClock = ClockView{Left: ch}
		} else {
			errs = append(errs, err.Error())
		}
		if rec.Status == arbiter.GameActive {
			if rec.Turn == arbiter.TurnClaimant {
				v.Turn, v.ClaimantClock.Running = "claimant", true
				v.ToMove = fmt.Sprintf("the claimant must post its hashes splitting [%d, %d]", rec.Lo, rec.Hi)
			} else {
				v.Turn, v.ChallengerClock.Running = "challenger", true
				if rec.Hi-rec.Lo == 1 {
					v.ToMove = fmt.Sprintf("the challenger must execute step %d onchain", rec.Lo)
				} else {
					v.ToMove = fmt.Sprintf("the challenger must choose a part of [%d, %d] to dispute", rec.Lo, rec.Hi)
				}
			}
		}
	} else if err != nil {
		errs = append(errs, err.Error())
	}
	sb, cb, err := arbiter.Oracle{Addr: s.cfg.Contracts.Oracle, Caller: s.cfg.Chain}.Bonds(ctx)
	if err == nil {
		v.SubmitBond, v.ChallengeBond = ether(sb), ether(cb)
	} else {
		errs = append(errs, err.Error())
	}
	v.LiveError = strings.Join(errs, "; ")
}
