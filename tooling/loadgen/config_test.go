package loadgen

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestParseMix(t *testing.T) {
	m, err := ParseMix("mlp=8, cnn=1,lm")
	require.NoError(t, err)
	require.Equal(t, Mix{"mlp": 8, "cnn": 1, "lm": 1}, m)
	require.Equal(t, "cnn=1,lm=1,mlp=8", m.String())
	for in, want := range map[string]string{
		"mlp=8,mlp=1": "names mlp twice",
		"mlp=-1":      "whole number",
		"vgg=1":       "not a fixture model",
		"":            "no model has a weight",
		"mlp=0,cnn=0": "no model has a weight",
	} {
		_, err := ParseMix(in)
		require.ErrorContains(t, err, want, in)
	}
}

func TestParseRate(t *testing.T) {
	for in, want := range map[string]float64{"2": 2, "0.5/s": 0.5, "1000": 1000} {
		r, perBlock, err := ParseRate(in)
		require.NoError(t, err, in)
		require.False(t, perBlock)
		require.Equal(t, want, r)
	}
	for _, in := range []string{"block", "1/block"} {
		_, perBlock, err := ParseRate(in)
		require.NoError(t, err)
		require.True(t, perBlock)
	}
	for _, in := range []string{"", "0", "-1", "NaN", "+Inf", "1001", "2/block", "x"} {
		_, _, err := ParseRate(in)
		require.Error(t, err, in)
	}
}

// The workload is a function of the seed: the same requests, exactly
// ⌊n·Lies⌋ lies spread evenly, inputs of the model's shape.
func TestWorkload(t *testing.T) {
	cfg, err := Config{Devnet: true, Requests: 1, Mix: Mix{"mlp": 3, "cnn": 1}, Lies: 0.1, Seed: 5}.normalize()
	require.NoError(t, err)
	draw := func() []job {
		w, err := newWorkload(cfg)
		require.NoError(t, err)
		var js []job
		for i := range 200 {
			js = append(js, w.next(i))
		}
		return js
	}
	a, b := draw(), draw()
	require.Equal(t, a, b)
	lies, models := 0, map[string]int{}
	for _, j := range a {
		if j.lie {
			lies++
		}
		models[j.model]++
		require.Less(t, j.variant, cfg.Inputs)
	}
	require.Equal(t, 20, lies)
	require.Greater(t, models["mlp"], models["cnn"])
	require.Positive(t, models["cnn"])
	w, err := newWorkload(cfg)
	require.NoError(t, err)
	for v := range cfg.Inputs {
		require.Len(t, w.models["mlp"].inputs[v], len(w.models["mlp"].fx.Input))
		out, err := w.want(job{model: "mlp", variant: v})
		require.NoError(t, err)
		require.NotEmpty(t, out)
	}
	require.NotEqual(t, w.models["mlp"].inputs[0], w.models["mlp"].inputs[1])
}

func TestPercentiles(t *testing.T) {
	require.Equal(t, Percentiles{}, percentiles(nil))
	var v []float64
	for i := 100; i >= 1; i-- {
		v = append(v, float64(i))
	}
	require.Equal(t, Percentiles{N: 100, P50: 50, P90: 90, P99: 99, Max: 100}, percentiles(v))
	require.Equal(t, Percentiles{N: 1, P50: 7, P90: 7, P99: 7, Max: 7}, percentiles([]float64{7}))
}

func TestConfigErrors(t *testing.T) {
	for _, c := range []Config{
		{Requests: 1},
		{Devnet: true, Requests: 1, Inputs: 300},
		{Devnet: true, Requests: 1, Submitters: MaxSubmitters + 1},
		{Devnet: true, Duration: -1},
		{Devnet: true, Requests: 1, Timeout: -1},
		{Devnet: true, Requests: 1, Tokens: -1},
		{Devnet: true, Duration: time.Hour, Timeout: time.Minute},
	} {
		_, err := c.normalize()
		require.Error(t, err, "%+v", c)
	}
}
