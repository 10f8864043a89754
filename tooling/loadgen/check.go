package loadgen

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/tooling/demo"
)

// done reports whether the work is over: every request sent is
// finalized, every claim on them settled and every game resolved.
func (r *run) done() (finalized, total int, over bool) {
	r.mu.Lock()
	ids := make([]*big.Int, 0, len(r.reqs))
	for _, q := range r.reqs {
		if q.id != nil {
			ids = append(ids, q.id)
		}
	}
	r.mu.Unlock()
	over = true
	for _, id := range ids {
		if _, ok := r.w.Finalized(id); ok {
			finalized++
		} else {
			over = false
		}
	}
	for _, c := range r.w.Claims() {
		if c.SettledBlock == 0 {
			if _, ours := r.byIDOf(c.RequestID); ours {
				over = false
			}
		}
	}
	for _, g := range r.w.Games() {
		if g.Status == arbiter.GameNone {
			over = false
		}
	}
	return finalized, len(ids), over
}

func (r *run) byIDOf(id *big.Int) (*sent, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s, ok := r.byID[id.String()]
	return s, ok
}

// drain waits until the work is over, printing progress, and builds the
// report's counts. On timeout it returns the report so far and an error.
func (r *run) drain(ctx context.Context) (*Report, error) {
	cfg := r.cfg
	rep := &Report{Target: r.d.RPC, Mix: cfg.Mix.String(), Lies: cfg.Lies, Burst: cfg.Burst, Accounts: len(r.senders), Seed: cfg.Seed,
		DoubleSends: []string{}, Problems: []string{}}
	rep.Pace = r.rateText()
	if cfg.Devnet {
		rep.Target = "in-process devnet"
		rep.BlockSeconds, rep.FixedBlockTime, rep.NodeProcesses = cfg.BlockTime.Seconds(), cfg.FixedBlockTime, r.procs
		if r.procs {
			rep.Target += ", nodes as processes"
		}
	}
	progress := time.Now()
	var werr error
	for {
		r.watch(ctx)
		f, n, over := r.done()
		if over {
			r.say("all %d requests finalized, every claim settled, every game resolved", n)
			break
		}
		if err := r.nodes.Failed(); err != nil {
			werr = err
			break
		}
		if cfg.Progress > 0 && time.Since(progress) >= cfg.Progress {
			r.progress(ctx)
			progress = time.Now()
		}
		select {
		case <-ctx.Done():
			werr = fmt.Errorf("loadgen: timed out after %v with %d of %d requests finalized (or claims unsettled, games open)", cfg.Timeout, f, n)
		case <-time.After(watchEvery):
		}
		if werr != nil {
			break
		}
	}
	r.mu.Lock()
	rep.Samples = append([]Sample(nil), r.samples...)
	r.mu.Unlock()
	return rep, werr
}

// analyze fills in the report from the watcher and the chain's
// transactions and records the violated guarantees.
func (r *run) analyze(ctx context.Context, rep *Report) error {
	r.mu.Lock()
	reqs := append([]*sent(nil), r.reqs...)
	r.mu.Unlock()
	claimsOf := map[string][]demo.ClaimState{}
	claimByID := map[string]demo.ClaimState{}
	for _, c := range r.w.Claims() {
		claimsOf[c.RequestID.String()] = append(claimsOf[c.RequestID.String()], c)
		claimByID[c.ID.String()] = c
	}
	trueClaim := map[string]bool{}
	var claimB, claimS, finalB, finalS []float64
	for _, q := range reqs {
		if q.err != nil {
			rep.SendErrors++
			if rep.FirstSendError == "" {
				rep.FirstSendError = q.err.Error()
			}
			continue
		}
		rep.Sent++
		if q.lie {
			rep.LieRequests++
		}
		want, err := r.load.want(q.job)
		if err != nil {
			return err
		}
		var firstTrue *demo.ClaimState
		for i, c := range claimsOf[q.id.String()] {
			ok := r.load.claimTrue(q.job, c, want)
			trueClaim[c.ID.String()] = ok
			switch {
			case !ok:
				rep.FalseClaims++
				if !c.Rejected.IsZero() {
					rep.FalseRejected++
				} else {
					rep.problem("false claim %s on request %v (%s) was not rejected", claimText(c.ID), q.id, q.model)
				}
			case !c.Rejected.IsZero():
				rep.TrueRejected++
				rep.problem("true claim %s on request %v was rejected", claimText(c.ID), q.id)
			}
			if ok && (firstTrue == nil || c.Block < firstTrue.Block) {
				firstTrue = &claimsOf[q.id.String()][i]
			}
			if !c.Finalized.IsZero() {
				finalB = append(finalB, float64(c.SettledBlock-q.block))
				finalS = append(finalS, c.Finalized.Sub(q.at).Seconds())
			}
		}
		if firstTrue != nil {
			rep.Claimed++
			claimB = append(claimB, float64(firstTrue.Block-q.block))
			claimS = append(claimS, firstTrue.Posted.Sub(q.at).Seconds())
		}
		got, ok := r.w.Finalized(q.id)
		switch {
		case !ok:
			rep.problem("request %v (%s) was not finalized", q.id, q.model)
		case !bytes.Equal(got, want):
			rep.Finalized++
			rep.problem("request %v (%s) finalized %x, the VM computes %x", q.id, q.model, got, want)
		default:
			rep.Finalized++
			rep.FinalizedTrue++
		}
	}
	if rep.SendErrors > 0 {
		rep.problem("%s failed to send, the first: %s", plural(rep.SendErrors, "request"), rep.FirstSendError)
	}
	rep.RequestsPerBlock = perBlock(reqs)
	rep.ClaimBlocks, rep.ClaimSeconds = percentiles(claimB), percentiles(claimS)
	rep.FinalBlocks, rep.FinalSeconds = percentiles(finalB), percentiles(finalS)

	gameClaim := map[string]*big.Int{}
	watch := map[common.Address]string{}
	for _, s := range r.senders {
		watch[s.From()] = "sender"
	}
	for _, c := range claimByID {
		watch[c.Submitter] = "submitter"
	}
	for _, g := range r.w.Games() {
		gameClaim[g.ID.String()] = g.ClaimID
		watch[g.Challenger] = "challenger"
		isTrue, ours := trueClaim[g.ClaimID.String()]
		if !ours {
			continue
		}
		rep.Games++
		switch g.Status {
		case arbiter.GameChallengerWon:
			rep.GamesChallengerOK++
			if isTrue {
				rep.GamesLostByHonest++
				rep.problem("game %v on the true claim %s was won by the challenger", g.ID, claimText(g.ClaimID))
			}
		case arbiter.GameClaimantWon:
			rep.GamesClaimantOK++
			if !isTrue {
				rep.GamesLostByHonest++
				rep.problem("game %v on the false claim %s was won by the claimant", g.ID, claimText(g.ClaimID))
			}
		default:
			rep.GamesOpen++
			rep.problem("game %v is still open", g.ID)
		}
	}
	if err := r.reaction(ctx, rep, claimByID, trueClaim); err != nil {
		return err
	}
	if err := r.scanTxs(ctx, rep, watch, gameClaim); err != nil {
		return err
	}
	r.rates(ctx, rep)
	return nil
}

// reaction measures how soon the false claims were challenged, in blocks
// and in chain time, against the challenge window.
func (r *run) reaction(ctx context.Context, rep *Report, claims map[string]demo.ClaimState, trueClaim map[string]bool) error {
	first := map[string]demo.GameState{}
	for _, g := range r.w.Games() {
		k := g.ClaimID.String()
		if f, ok := first[k]; !ok || g.Block < f.Block {
			first[k] = g
		}
	}
	times := map[uint64]uint64{}
	timeOf := func(n uint64) (uint64, error) {
		if t, ok := times[n]; ok {
			return t, nil
		}
		h, err := r.client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return 0, fmt.Errorf("loadgen: header %d: %w", n, err)
		}
		times[n] = h.Time
		return h.Time, nil
	}
	rep.WindowSeconds = r.d.Params.ChallengeWindow
	var blocks, secs []float64
	missed := false
	for k, isTrue := range trueClaim {
		if isTrue {
			continue
		}
		c, g := claims[k], first[k]
		if g.ID == nil {
			missed = true
			continue
		}
		t0, err := timeOf(c.Block)
		if err != nil {
			return err
		}
		t1, err := timeOf(g.Block)
		if err != nil {
			return err
		}
		blocks, secs = append(blocks, float64(g.Block-c.Block)), append(secs, float64(t1-t0))
	}
	rep.ChallengeBlocks, rep.ChallengeChainSeconds = percentiles(blocks), percentiles(secs)
	if rep.WindowSeconds > 0 && len(secs) > 0 {
		rep.WindowSpare = 1 - rep.ChallengeChainSeconds.Max/float64(rep.WindowSeconds)
	}
	if missed {
		rep.WindowSpare = min(rep.WindowSpare, -1)
	}
	return nil
}

// scanTxs reads every transaction of the watched accounts: gas by method
// and per finalized request, reverts, and double sends (two submits of one
// node for one request, two challenges of one claim, two finalizes of one
// claim, two moves at one game position).
func (r *run) scanTxs(ctx context.Context, rep *Report, watch map[common.Address]string, gameClaim map[string]*big.Int) error {
	txs, err := demo.SentTxs(ctx, r.client, r.from, watch)
	if err != nil {
		return fmt.Errorf("loadgen: %w", err)
	}
	rep.GasByMethod, rep.TxsByMethod, rep.Reverted = map[string]uint64{}, map[string]int{}, map[string]int{}
	seen := map[string]int{}
	var attributed uint64
	for _, tx := range txs {
		m := tx.Method
		if m == "" {
			m = "other"
		}
		rep.TxsByMethod[m]++
		rep.GasByMethod[m] += tx.Gas
		if !tx.OK {
			rep.Reverted[m]++
		}
		var req *big.Int
		var key string
		arg := tx.Arg.Big()
		switch tx.Method {
		case "ask", "askCompletion", "request", "requestCompletion":
			for _, l := range tx.Logs {
				switch ev := arbiter.DecodeEvent(l).(type) {
				case *arbiter.RequestedEvent:
					req = ev.RequestId
				case *arbiter.CompletionRequestedEvent:
					req = ev.RequestId
				}
			}
		case "submit", "submitCompletion":
			req, key = arg, "claim of request "+arg.String()
		case "challenge", "finalize":
			req, _ = arbiter.SplitClaimID(arg)
			key = tx.Method + " of claim " + claimText(arg)
		case "bisect", "choose", "step":
			if c, ok := gameClaim[arg.String()]; ok {
				req, _ = arbiter.SplitClaimID(c)
			}
			key = fmt.Sprintf("move in game %v at position %x…", arg, tx.Arg2[:4])
		case "resolveTimeout":
			if c, ok := gameClaim[arg.String()]; ok {
				req, _ = arbiter.SplitClaimID(c)
			}
		}
		if key != "" {
			k := tx.From.Hex() + " " + key
			if seen[k]++; seen[k] == 2 {
				rep.DoubleSends = append(rep.DoubleSends, fmt.Sprintf("%s: %s sent twice (block %d)", tx.From.Hex()[:10], key, tx.Block))
			}
		}
		if req != nil {
			if _, ours := r.byIDOf(req); ours {
				attributed += tx.Gas
			}
		}
	}
	sort.Strings(rep.DoubleSends)
	for _, d := range rep.DoubleSends {
		rep.problem("double send: %s", d)
	}
	if rep.Finalized > 0 {
		rep.GasPerFinalized = attributed / uint64(rep.Finalized)
	}
	return nil
}

// checkPoint is the challenger's progress at one watcher poll.
type checkPoint struct {
	t               time.Duration // since the start
	claims, checked int
}

// watch polls the watcher and records the challenger's progress.
func (r *run) watch(ctx context.Context) {
	if err := r.w.Poll(ctx); err != nil && ctx.Err() == nil {
		r.say("watcher: %v (retrying)", err)
	}
	if r.chal == nil {
		return
	}
	p := checkPoint{t: time.Since(r.start), claims: len(r.w.Claims()), checked: r.checked()}
	r.mu.Lock()
	r.checks = append(r.checks, p)
	r.mu.Unlock()
}

// rates derives the challenger's check rate and largest backlog from the
// points watch recorded: Checked over the time from the first claim seen
// to the last check.
func (r *run) rates(ctx context.Context, rep *Report) {
	r.watch(ctx)
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.checks) == 0 {
		return
	}
	final := r.checks[len(r.checks)-1]
	rep.Checked = final.checked
	first, last := time.Duration(-1), time.Duration(-1)
	for _, p := range r.checks {
		if p.claims > 0 && first < 0 {
			first = p.t
		}
		if last < 0 && p.checked >= final.checked && final.checked > 0 {
			last = p.t
		}
		rep.MaxUnchecked = max(rep.MaxUnchecked, p.claims-p.checked)
	}
	if first >= 0 && last > first {
		rep.ChecksPerSecond = float64(rep.Checked) / (last - first).Seconds()
	}
	lags := checkLags(r.checks)
	rep.CheckLagSeconds = percentiles(lags)
}

// checkLags are the seconds each claim waited to be checked: the k-th
// claim seen counts as checked at the first point whose count of checks
// reaches k. Claims not yet checked at the last point have no lag.
func checkLags(points []checkPoint) []float64 {
	if len(points) == 0 {
		return nil
	}
	var lags []float64
	seen, done := 0, 0
	for k := 1; k <= points[len(points)-1].checked; k++ {
		for seen < len(points) && points[seen].claims < k {
			seen++
		}
		for done < len(points) && points[done].checked < k {
			done++
		}
		if seen == len(points) || done == len(points) {
			break
		}
		lags = append(lags, max(0, (points[done].t-points[seen].t).Seconds()))
	}
	return lags
}

// perBlock is the mined requests per block, over every block from the
// first request's to the last's.
func perBlock(reqs []*sent) Percentiles {
	count := map[uint64]int{}
	lo, hi := ^uint64(0), uint64(0)
	for _, q := range reqs {
		if q.err != nil || !q.mined {
			continue
		}
		count[q.block]++
		lo, hi = min(lo, q.block), max(hi, q.block)
	}
	if len(count) == 0 {
		return Percentiles{}
	}
	var v []float64
	for b := lo; b <= hi; b++ {
		v = append(v, float64(count[b]))
	}
	return percentiles(v)
}

func claimText(id *big.Int) string {
	req, attempt := arbiter.SplitClaimID(id)
	return fmt.Sprintf("%v.%v", req, attempt)
}
