package explorer

import (
	"fmt"
	"strings"
)

// Drawing is the dissection of a game as an SVG picture: one row per
// round, each showing that round's range [lo, hi] at full width split at
// its split points, with the part the challenger chose highlighted and
// joined to the next row, which zooms into it; a last row for the single
// step the game narrowed to, coloured by its verdict.
type Drawing struct {
	Width, Height int
	Rows          []DrawRow
	Links         []string // polygon points joining a chosen part to the next row
}

// DrawRow is one row of a Drawing.
type DrawRow struct {
	Y       int
	Label   string
	Lo, Hi  string
	Segs    []DrawSeg
	LabelY  int
	NumberY int
}

// DrawSeg is one part of a row.
type DrawSeg struct {
	X, W  string
	Class string // part, chosen, open (not yet split), step-disproved, step-confirmed, step
	Title string
}

const (
	drawLeft   = 90.0
	drawRight  = 990.0
	drawTop    = 8
	drawBar    = 24
	drawRowGap = 62
)

func fx(v float64) string {
	return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.2f", v), "0"), ".")
}

// xOf maps step p of [lo, hi] to the drawing's width.
func xOf(p, lo, hi uint64) float64 {
	if hi <= lo {
		return drawLeft
	}
	return drawLeft + (drawRight-drawLeft)*float64(p-lo)/float64(hi-lo)
}

func draw(v *GameView) *Drawing {
	d := &Drawing{Width: 1000}
	row := func(label string, lo, hi uint64) *DrawRow {
		y := drawTop + len(d.Rows)*drawRowGap
		d.Rows = append(d.Rows, DrawRow{Y: y, Label: label, Lo: fmt.Sprint(lo), Hi: fmt.Sprint(hi), LabelY: y + drawBar/2 + 5, NumberY: y + drawBar + 14})
		return &d.Rows[len(d.Rows)-1]
	}
	for _, r := range v.Rounds {
		rw := row(fmt.Sprintf("round %d", r.Number), r.Lo, r.Hi)
		pts := r.Points
		if len(pts) < 2 {
			pts = []uint64{r.Lo, r.Hi}
		}
		for k := 0; k+1 < len(pts); k++ {
			a, b := xOf(pts[k], r.Lo, r.Hi), xOf(pts[k+1], r.Lo, r.Hi)
			cls := "part"
			if r.Chosen && k == r.Index {
				cls = "chosen"
			}
			rw.Segs = append(rw.Segs, DrawSeg{X: fx(a), W: fx(b - a), Class: cls,
				Title: fmt.Sprintf("round %d, part %d: steps [%d, %d]", r.Number, k+1, pts[k], pts[k+1])})
		}
		if r.Chosen { // the next row is the next round's, the step's, or the open range's
			a, b := xOf(r.ChosenLo, r.Lo, r.Hi), xOf(r.ChosenHi, r.Lo, r.Hi)
			y0, y1 := rw.Y+drawBar, rw.Y+drawRowGap
			d.Links = append(d.Links, fmt.Sprintf("%s,%d %s,%d %s,%d %s,%d", fx(a), y0, fx(b), y0, fx(drawRight), y1, fx(drawLeft), y1))
		}
	}
	lo, hi := v.Lo, v.Hi
	switch { // a one-step trace (N = 1) starts at the step, with no round
	case hi-lo == 1:
		cls, title := "step", fmt.Sprintf("step %d: to be executed onchain", lo)
		if v.Step != nil {
			cls, title = "step-confirmed", fmt.Sprintf("step %d executed onchain: it confirmed the claimant's hash", v.Step.Step)
			if v.Step.Disproved {
				cls, title = "step-disproved", fmt.Sprintf("step %d executed onchain: it disproved the claimant's hash", v.Step.Step)
			}
		}
		rw := row("step", lo, hi)
		rw.Segs = []DrawSeg{{X: fx(drawLeft), W: fx(drawRight - drawLeft), Class: cls, Title: title}}
	case len(v.Rounds) == 0:
		rw := row("claim", 0, v.Steps)
		rw.Segs = []DrawSeg{{X: fx(drawLeft), W: fx(drawRight - drawLeft), Class: "open", Title: fmt.Sprintf("the whole trace: steps [0, %d]", v.Steps)}}
	case v.Rounds[len(v.Rounds)-1].Chosen:
		rw := row(fmt.Sprintf("round %d", v.Rounds[len(v.Rounds)-1].Number+1), lo, hi)
		rw.Segs = []DrawSeg{{X: fx(drawLeft), W: fx(drawRight - drawLeft), Class: "open", Title: fmt.Sprintf("steps [%d, %d]: waiting for the claimant's hashes", lo, hi)}}
	}
	d.Height = drawTop + len(d.Rows)*drawRowGap
	return d
}
