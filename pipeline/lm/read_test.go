package lm

import (
	"bytes"
	"strings"
	"testing"
)

// TestReadWeightsRoundTrip: every export form reads back to the same
// weights, and re-exporting them gives the same bytes.
func TestReadWeightsRoundTrip(t *testing.T) {
	for _, c := range []Config{tiny(RMSNorm), tiny(LayerNorm), tinyPartial(LayerNorm)} {
		kind := c.Norm
		m := randomModel(t, c, 11)
		for _, rot := range []Rotary{RotaryInterleaved, RotaryHalf} {
			o := ExportOptions{Rotary: rot, Mask: MaskTrilu}
			data, err := Export(m, o)
			if err != nil {
				t.Fatal(err)
			}
			back, err := ReadWeights(data, m.Config, rot)
			if err != nil {
				t.Fatal(err)
			}
			if !equal(back.Data, m.Data) {
				t.Errorf("%v %v: weights differ after the round trip", kind, rot)
			}
			again, _ := Export(back, o)
			if !bytes.Equal(again, data) {
				t.Errorf("%v %v: re-export differs", kind, rot)
			}
			if rot == RotaryHalf {
				wrong, err := ReadWeights(data, m.Config, RotaryInterleaved)
				if err != nil || equal(wrong.Data, m.Data) {
					t.Errorf("reading a rotate-half export as interleaved gave the weights (%v)", err)
				}
			}
		}
	}
}

func TestReadWeightsRejects(t *testing.T) {
	m := randomModel(t, tiny(RMSNorm), 1)
	data, _ := Export(m, ExportOptions{})
	other := tiny(RMSNorm)
	other.Hidden++
	for name, tc := range map[string]struct {
		data []byte
		c    Config
	}{
		"truncated":      {data[:len(data)-3], m.Config},
		"garbage":        {[]byte{0xff, 0xff, 0xff}, m.Config},
		"other shape":    {data, other},
		"layernorm bias": {data, tiny(LayerNorm)},
		"empty":          {nil, m.Config},
	} {
		if _, err := ReadWeights(tc.data, tc.c, RotaryInterleaved); err == nil || !strings.HasPrefix(err.Error(), "lm: ") {
			t.Errorf("%s: %v", name, err)
		}
	}
}
