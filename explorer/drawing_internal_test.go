package explorer

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/node/dispute"
)

// playedView is a game view over [0, n] at arity k in which the challenger
// chose part choices[i] in round i+1.
func playedView(t *testing.T, n, k uint64, choices []int) *GameView {
	v := &GameView{Steps: n, Lo: 0, Hi: n}
	for _, c := range choices {
		play(t, v, k, c)
	}
	return v
}

// play adds a round splitting v's range at arity k in which the challenger
// chose part c.
func play(t *testing.T, v *GameView, k uint64, c int) {
	pts, err := dispute.SplitPoints(v.Lo, v.Hi, k)
	require.NoError(t, err)
	v.Rounds = append(v.Rounds, RoundView{Number: len(v.Rounds) + 1, Lo: v.Lo, Hi: v.Hi, Parts: len(pts) - 1, Points: pts,
		Chosen: true, Index: c, ChosenLo: pts[c], ChosenHi: pts[c+1]})
	v.Lo, v.Hi = pts[c], pts[c+1]
}

func classes(r DrawRow) []string {
	var out []string
	for _, s := range r.Segs {
		out = append(out, s.Class)
	}
	return out
}

func TestDraw(t *testing.T) {
	t.Run("no rounds", func(t *testing.T) {
		d := draw(playedView(t, 100, 4, nil))
		require.Len(t, d.Rows, 1)
		require.Equal(t, "claim", d.Rows[0].Label)
		require.Equal(t, []string{"open"}, classes(d.Rows[0]))
		require.Equal(t, [2]string{"0", "100"}, [2]string{d.Rows[0].Lo, d.Rows[0].Hi})
		require.Empty(t, d.Links)
		require.Equal(t, drawTop+drawRowGap, d.Height)
	})

	t.Run("a one-step trace", func(t *testing.T) {
		// DisputeGame starts a game on N = 1 at the step: no round, the
		// challenger executes step 0.
		v := playedView(t, 1, 4, nil)
		require.Equal(t, "step", draw(v).Rows[0].Segs[0].Class)
		v.Step = &StepView{Step: 0, Disproved: true}
		d := draw(v)
		require.Len(t, d.Rows, 1)
		require.Equal(t, "step", d.Rows[0].Label)
		require.Equal(t, []string{"step-disproved"}, classes(d.Rows[0]))
		require.Empty(t, d.Links)
	})

	t.Run("waiting for the challenger's choice", func(t *testing.T) {
		v := playedView(t, 100, 4, nil)
		pts, err := dispute.SplitPoints(0, 100, 4)
		require.NoError(t, err)
		v.Rounds = []RoundView{{Number: 1, Lo: 0, Hi: 100, Parts: 4, Points: pts}}
		d := draw(v)
		require.Len(t, d.Rows, 1, "the posted round only")
		require.Equal(t, []string{"part", "part", "part", "part"}, classes(d.Rows[0]))
		require.Empty(t, d.Links)
	})

	t.Run("waiting for the claimant after a choice", func(t *testing.T) {
		d := draw(playedView(t, 100, 4, []int{2}))
		require.Len(t, d.Rows, 2)
		require.Equal(t, []string{"part", "part", "chosen", "part"}, classes(d.Rows[0]))
		require.Equal(t, "round 1", d.Rows[0].Label)
		require.Equal(t, "round 2", d.Rows[1].Label)
		require.Equal(t, []string{"open"}, classes(d.Rows[1]))
		require.Equal(t, [2]string{"50", "75"}, [2]string{d.Rows[1].Lo, d.Rows[1].Hi})
		// The link joins part 3 of row 1 ([50, 75] of [0, 100]) to the
		// whole width of row 2.
		require.Equal(t, []string{"540,32 765,32 990,70 90,70"}, d.Links)
		require.Equal(t, d.Rows[0].Segs[2].X, "540")
		require.Equal(t, d.Rows[0].Segs[2].W, "225")
	})

	finished := func(t *testing.T, disproved *bool) *Drawing {
		v := playedView(t, 1000, 4, nil)
		for i := 0; v.Hi-v.Lo > 1; i++ {
			play(t, v, 4, (i+3)%min(4, int(v.Hi-v.Lo)))
		}
		require.Greater(t, len(v.Rounds), 3)
		if disproved != nil {
			v.Step = &StepView{Step: v.Lo, Disproved: *disproved}
		}
		d := draw(v)
		require.Len(t, d.Rows, len(v.Rounds)+1, "a row per round and the step's")
		require.Len(t, d.Links, len(v.Rounds), "every round's choice is joined to the next row")
		for i, r := range v.Rounds {
			cls := classes(d.Rows[i])
			require.Len(t, cls, r.Parts)
			for j, c := range cls {
				if j == r.Index {
					require.Equal(t, "chosen", c, "round %d part %d", r.Number, j)
				} else {
					require.Equal(t, "part", c, "round %d part %d", r.Number, j)
				}
			}
		}
		last := d.Rows[len(d.Rows)-1]
		require.Equal(t, "step", last.Label)
		require.Len(t, last.Segs, 1)
		require.Equal(t, drawTop+len(d.Rows)*drawRowGap, d.Height)
		return d
	}
	t.Run("finished, disproved", func(t *testing.T) {
		yes := true
		d := finished(t, &yes)
		require.Equal(t, "step-disproved", d.Rows[len(d.Rows)-1].Segs[0].Class)
	})
	t.Run("finished, confirmed", func(t *testing.T) {
		no := false
		d := finished(t, &no)
		require.Equal(t, "step-confirmed", d.Rows[len(d.Rows)-1].Segs[0].Class)
	})
	t.Run("step not executed yet", func(t *testing.T) {
		d := finished(t, nil)
		require.Equal(t, "step", d.Rows[len(d.Rows)-1].Segs[0].Class)
	})
}
