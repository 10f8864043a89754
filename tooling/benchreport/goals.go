package benchreport

import (
	"fmt"
	"github.com/opml-dev/opml/pipeline/onnx/conformance"
	"slices"
	"strings"
)

// Goals of the earlier issues, checked against the figures of a report.
const (
	goalMLPSteps      = 125_000
	goalGMACs         = 0.5
	goalStateAtNs     = 10e6
	goalStepTypical   = 150_000
	goalStepWorst     = 300_000
	goalSubmit        = 100_000
	goalDisputeSide   = 2_000_000
	goalDisputeLogN   = 30
	goalDissectionNs  = 100e6
	goalMaxGoalArity  = 16
	dissectionBenchNm = "BenchmarkDissectionAnswer"
)

// Goal is one goal with this run's figure.
type Goal struct {
	Goal, Measured string
	// Met is nil when the figure was not measured.
	Met *bool
}

func met(b bool) *bool { return &b }

// Goals returns the goals of issues 2–5, 15 and 17 against r's figures, in a fixed
// order (one entry per goal whether or not it was measured).
func Goals(r *Report) []Goal {
	var out []Goal
	add := func(goal, measured string, ok *bool) { out = append(out, Goal{goal, measured, ok}) }

	var mlp *VMRow
	for i := range r.VM {
		if r.VM[i].Model == "mlp" {
			mlp = &r.VM[i]
		}
	}
	if mlp != nil && mlp.Steps > 0 {
		add("steps N ≤ 125k for the 784-128-10 MLP", "N = "+comma(mlp.Steps), met(mlp.Steps <= goalMLPSteps))
	} else {
		add("steps N ≤ 125k for the 784-128-10 MLP", "–", nil)
	}
	if len(r.Gemm) > 0 {
		worst := r.Gemm[0].MACs / r.Gemm[0].FastNs
		for _, g := range r.Gemm {
			worst = min(worst, g.MACs/g.FastNs)
		}
		add("int8 GEMM ≥ 0.5 GMAC/s per core, plain Go", sig3(worst)+" GMAC/s (slowest shape)", met(worst >= goalGMACs))
	} else {
		add("int8 GEMM ≥ 0.5 GMAC/s per core, plain Go", "–", nil)
	}
	if len(r.Trace) > 0 {
		worst := 0.0
		for _, t := range r.Trace {
			worst = max(worst, t.StateAtP99)
		}
		add("StateAt ≤ 10 ms for MNIST-class models", dur(worst)+" (worst fixture p99)", met(worst <= goalStateAtNs))
	} else {
		add("StateAt ≤ 10 ms for MNIST-class models", "–", nil)
	}
	if len(r.VM) > 0 {
		ok, worst := true, 0.0
		for _, v := range r.VM {
			x := v.ExecuteNs / v.GorgoniaNs
			worst = max(worst, x)
			ok = ok && v.ExecuteNs <= v.GorgoniaNs
		}
		add("VM fast path at least as fast as gorgonia float inference", "VM time / float time ≤ "+sig3(worst)+" (worst fixture)", met(ok))
	} else {
		add("VM fast path at least as fast as gorgonia float inference", "–", nil)
	}
	g := r.Gas
	if g.Step.Steps > 0 {
		add("step ≤ 150k gas typical", "mean "+comma(g.Step.Mean)+" over "+fmt.Sprint(g.Step.Steps)+" fixture steps", met(g.Step.Mean <= goalStepTypical))
	} else {
		add("step ≤ 150k gas typical", "–", nil)
	}
	if g.Worst.Steps > 0 {
		add("step ≤ 300k gas worst case, any op", "max "+comma(g.Worst.Max)+" (deepest trees a header allows)", met(g.Worst.Max <= goalStepWorst))
	} else {
		add("step ≤ 300k gas worst case, any op", "–", nil)
	}
	if g.Submit > 0 {
		add("submit ≤ 100k gas", comma(g.Submit), met(g.Submit <= goalSubmit))
	} else {
		add("submit ≤ 100k gas", "–", nil)
	}
	goal := g.MoveGoal
	if goal == 0 {
		goal = moveGoalFallbk
	}
	var move, side uint64
	var sideSeen bool
	var sideK []uint64
	for _, d := range g.Disputes {
		if d.K > goalMaxGoalArity {
			continue
		}
		move = max(move, d.MaxMove)
		if d.LogN == goalDisputeLogN {
			side = max(side, d.Claimant, d.Challenger)
			sideSeen = true
			sideK = append(sideK, d.K)
		}
	}
	if move > 0 {
		add("every move ≤ "+comma(goal)+" gas (k ≤ 16)", "max "+comma(move), met(move <= goal))
	} else {
		add("every move ≤ "+comma(goal)+" gas (k ≤ 16)", "–", nil)
	}
	if sideSeen {
		slices.Sort(sideK)
		ks := make([]string, len(sideK))
		for i, k := range sideK {
			ks[i] = fmt.Sprint(k)
		}
		add("whole dispute ≤ 2M gas per side at N = 2^30", fmt.Sprintf("max side %s over k = %s", comma(side), strings.Join(ks, ", ")), met(side <= goalDisputeSide))
	} else {
		add("whole dispute ≤ 2M gas per side at N = 2^30", "–", nil)
	}
	var diss float64
	for _, m := range r.Micro {
		if m.Name == dissectionBenchNm {
			diss = m.Metrics["ns/op"]
		}
	}
	if diss > 0 {
		add("one dissection answer ≤ 100 ms (CNN, k = 16)", dur(diss), met(diss <= goalDissectionNs))
	} else {
		add("one dissection answer ≤ 100 ms (CNN, k = 16)", "–", nil)
	}
	if c := r.Conformance; c != nil {
		total := 0
		for _, n := range c.Simple {
			total += n
		}
		passed := c.Simple[string(conformance.Passed)]
		add(fmt.Sprintf("≥ %d of the ONNX node tests with one float input and output pass", conformance.GoalSimplePassed),
			fmt.Sprintf("%d of %d", passed, total), met(passed >= conformance.GoalSimplePassed))
		add("no ONNX node test accepted and outside the tolerance", fmt.Sprintf("%d failed", c.All[string(conformance.Failed)]), met(c.All[string(conformance.Failed)] == 0))
	} else {
		add(fmt.Sprintf("≥ %d of the ONNX node tests with one float input and output pass", conformance.GoalSimplePassed), "–", nil)
		add("no ONNX node test accepted and outside the tolerance", "–", nil)
	}
	lmGoals(r, add)
	loadGoals(r, add)
	return out
}

func renderGoals(w writer, r *Report) {
	w("## Goals at a glance\n\n")
	w("The goals set by the earlier issues, against this run's figures (details in the sections\n")
	w("below). Timing goals are reported, never asserted by tests; gas goals are also asserted by\n")
	w("the gas report tests.\n\n")
	w("| goal | measured | status |\n|---|---|---|\n")
	for _, g := range Goals(r) {
		w("%s\n", g.row())
	}
	w("\n")
}

// row is g's line in the goals table.
func (g Goal) row() string {
	s := "not measured"
	if g.Met != nil {
		s = "**not met**"
		if *g.Met {
			s = "met"
		}
	}
	return fmt.Sprintf("| %s | %s | %s |", g.Goal, g.Measured, s)
}
