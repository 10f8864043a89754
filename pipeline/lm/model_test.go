package lm

import (
	"bytes"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
)

func TestDefault(t *testing.T) {
	c := Default()
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	// 256·64 embedding + 4 · (2·64 norms + 64·64 q + 2·64·32 k,v + 64·64 o + 3·64·176 FFN) + 64 final norm
	if got, want := c.NumParams(), 256*64+4*(2*64+64*64+2*64*32+64*64+3*64*176)+64; got != want || got != 201280 {
		t.Errorf("NumParams %d, want %d", got, want)
	}
}

func TestConfigValidate(t *testing.T) {
	for _, mut := range []func(*Config){
		func(c *Config) { c.Vocab = 0 },
		func(c *Config) { c.HeadDim = 5 },
		func(c *Config) { c.KVHeads = 3 },
		func(c *Config) { c.Eps = 0 },
		func(c *Config) { c.Eps = float32(math.NaN()) },
		func(c *Config) { c.RopeTheta = 1 },
		func(c *Config) { c.Norm = 7 },
		func(c *Config) { c.Dim = 1 << 20 },
		func(c *Config) { c.RotaryDims = 3 },
		func(c *Config) { c.RotaryDims = -2 },
		func(c *Config) { c.RotaryDims = c.HeadDim + 2 },
	} {
		c := Default()
		mut(&c)
		if err := c.Validate(); err == nil || !strings.HasPrefix(err.Error(), "lm: ") {
			t.Errorf("%+v: %v", c, err)
		}
		if _, err := NewModel(c); err == nil {
			t.Errorf("%+v: NewModel accepted it", c)
		}
	}
}

func TestForwardRejects(t *testing.T) {
	m, _ := NewModel(tiny(RMSNorm))
	for _, ids := range [][]int{nil, make([]int, m.Context+1), {0, -1}, {m.Vocab}} {
		if _, err := m.Forward(ids); err == nil {
			t.Errorf("Forward(%v) accepted", ids)
		}
	}
	if _, err := m.Loss([]int{1, 2}, []int{1}); err == nil {
		t.Error("Loss with too few targets accepted")
	}
	if _, err := m.Greedy([]int{1}, m.Context); err == nil {
		t.Error("Greedy past the context accepted")
	}
}

// TestInit checks the initialization's statistics and determinism.
func TestInit(t *testing.T) {
	a, _ := NewModel(Default())
	b, _ := NewModel(Default())
	a.Init(3)
	b.Init(3)
	if !equal(a.Data, b.Data) {
		t.Fatal("Init is not deterministic")
	}
	b.Init(4)
	if equal(a.Data, b.Data) {
		t.Fatal("Init ignores the seed")
	}
	std := func(x []float32) float64 {
		var s float64
		for _, v := range x {
			s += float64(v) * float64(v)
		}
		return math.Sqrt(s / float64(len(x)))
	}
	if s := std(a.Embed); math.Abs(s-0.02) > 0.001 {
		t.Errorf("embedding std %g", s)
	}
	if s, want := std(a.Layers[0].Wd), 0.02/math.Sqrt(8); math.Abs(s-want) > 0.0005 {
		t.Errorf("down_proj std %g, want %g", s, want)
	}
	for _, v := range a.FinalNorm {
		if v != 1 {
			t.Fatal("norm weight not 1")
		}
	}
}

func equal(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
			return false
		}
	}
	return true
}

// TestCausalPrefix checks that Forward's row t depends only on ids[0..t],
// bit for bit, and that changing a later token changes later rows only.
func TestCausalPrefix(t *testing.T) {
	c := tiny(RMSNorm)
	m := randomModel(t, c, 3)
	ids := randomSeq(rand.New(rand.NewPCG(1, 1)), c.Context, c.Vocab)
	full, err := m.Forward(ids)
	if err != nil {
		t.Fatal(err)
	}
	for n := 1; n <= len(ids); n++ {
		part, err := m.Forward(ids[:n])
		if err != nil {
			t.Fatal(err)
		}
		if !equal(part, full[:n*c.Vocab]) {
			t.Fatalf("prefix of %d tokens: rows differ from the full pass", n)
		}
	}
	ids[4] = (ids[4] + 1) % c.Vocab
	changed, _ := m.Forward(ids)
	if !equal(changed[:4*c.Vocab], full[:4*c.Vocab]) || equal(changed[4*c.Vocab:], full[4*c.Vocab:]) {
		t.Error("changing token 4 changed rows before it or none after it")
	}
}

// TestGreedyEqualsTeacherForced: one pass over prompt‖greedy completion
// reproduces the completion, and a completion with one token changed is
// caught at that token.
func TestGreedyEqualsTeacherForced(t *testing.T) {
	c := tiny(RMSNorm)
	c.Context = 16
	m := randomModel(t, c, 5)
	prompt := []int{3, 1, 4, 1}
	comp, err := m.Greedy(prompt, 12)
	if err != nil {
		t.Fatal(err)
	}
	tf, err := m.TeacherForced(prompt, comp)
	if err != nil {
		t.Fatal(err)
	}
	if len(tf) != len(comp) {
		t.Fatal("length")
	}
	for i := range comp {
		if tf[i] != comp[i] {
			t.Fatalf("teacher-forced %v, greedy %v", tf, comp)
		}
	}
	liar := append([]int(nil), comp...)
	liar[6] = (liar[6] + 1) % c.Vocab
	tf, _ = m.TeacherForced(prompt, liar)
	if tf[6] == liar[6] {
		t.Error("a changed token is greedy's")
	}
}

// TestWorkersDoNotChangeResult: training steps with 1 and 3 workers give
// bit-identical weights.
func TestWorkersDoNotChangeResult(t *testing.T) {
	c := tiny(LayerNorm)
	r := rand.New(rand.NewPCG(2, 2))
	var batches [][][]int
	for range 3 {
		var b [][]int
		for range 5 {
			b = append(b, randomSeq(r, c.Context+1, c.Vocab))
		}
		batches = append(batches, b)
	}
	run := func(workers int) *Model {
		m, _ := NewModel(c)
		m.Init(1)
		tr := NewTrainer(m, AdamW{Beta1: 0.9, Beta2: 0.95, Eps: 1e-8, WeightDecay: 0.1, Clip: 1}, workers)
		for _, b := range batches {
			if _, _, err := tr.Step(b, 1e-2); err != nil {
				t.Fatal(err)
			}
		}
		return m
	}
	a, b := run(1), run(3)
	if !equal(a.Data, b.Data) {
		t.Error("the result depends on the number of workers")
	}
	init, _ := NewModel(c)
	init.Init(1)
	if equal(a.Data, init.Data) {
		t.Error("training changed nothing")
	}
}

// TestTrainingLearns: a few hundred steps on the committed fortune slice
// lower the training loss well below uniform (ln 256 = 5.55 nats).
func TestTrainingLearns(t *testing.T) {
	if testing.Short() {
		t.Skip("trains for a few seconds")
	}
	corpus, err := LoadFortunes("testdata/fortunes")
	if err != nil {
		t.Fatal(err)
	}
	c := Config{Vocab: 256, Context: 32, Dim: 32, Layers: 2, Heads: 4, KVHeads: 2, HeadDim: 8, Hidden: 64, Eps: 1e-5, RopeTheta: 10000}
	m, _ := NewModel(c)
	m.Init(1)
	s := NewStream(corpus.Train)
	tr := NewTrainer(m, AdamW{Beta1: 0.9, Beta2: 0.95, Eps: 1e-8, WeightDecay: 0.1, Clip: 1}, 2)
	r := rand.New(rand.NewPCG(1, 1))
	var first, last float64
	for step := range 150 {
		var b [][]int
		for range 8 {
			b = append(b, s.Sample(r, c.Context))
		}
		loss, _, err := tr.Step(b, 3e-3)
		if err != nil {
			t.Fatal(err)
		}
		if step == 0 {
			first = loss
		}
		last = loss
	}
	if math.Abs(first-math.Log(256)) > 0.1 || last > 3.2 {
		t.Errorf("loss %.3f → %.3f", first, last)
	}
	bpb, err := m.BitsPerByte(NewStream(corpus.Heldout).Windows(c.Context), 2)
	if err != nil || bpb > 5 || bpb < 1 {
		t.Errorf("held-out bits per byte %.3f (%v)", bpb, err)
	}
}

func TestSplitFortunes(t *testing.T) {
	got := SplitFortunes([]byte("a\nb\n%\n\n%\nc\r\n%\r\nd"))
	want := []string{"a\nb\n", "c\r\n", "d\n"}
	if len(got) != len(want) {
		t.Fatalf("%q", got)
	}
	for i := range want {
		if string(got[i]) != want[i] {
			t.Errorf("fortune %d: %q, want %q", i, got[i], want[i])
		}
	}
}

// TestLoadFortunes reads the committed slice of the corpus
// (testdata/fortunes: three files of Debian's fortunes, and a .dat index
// that must be skipped).
func TestLoadFortunes(t *testing.T) {
	c, err := LoadFortunes("testdata/fortunes")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(c.Files, ",") != "paradoxum,pratchett,translate-me" {
		t.Errorf("files %v", c.Files)
	}
	total := len(c.Train) + len(c.Heldout)
	if len(c.Heldout) != total/HeldoutEvery {
		t.Errorf("%d held out of %d", len(c.Heldout), total)
	}
	for _, f := range append(append([][]byte(nil), c.Train...), c.Heldout...) {
		if bytes.Contains(f, []byte("\n%\n")) || bytes.HasPrefix(f, []byte("%\n")) || f[len(f)-1] != '\n' {
			t.Fatalf("fortune %q", f)
		}
	}
	// Fortune 19 (0-based) is held out: the 20th of paradoxum.
	para := SplitFortunes(mustRead(t, "testdata/fortunes/paradoxum"))
	if !bytes.Equal(c.Heldout[0], para[19]) || !bytes.Equal(c.Train[19], para[20]) {
		t.Error("held-out slice is not every 20th fortune")
	}
	s := NewStream(c.Heldout)
	if s.Bytes() != len(bytes.Join(c.Heldout, []byte(Separator)))+len(Separator) {
		t.Error("stream length")
	}
	ws := s.Windows(8)
	predicted := 0
	for _, w := range ws {
		predicted += len(w) - 1
	}
	if predicted != s.Bytes()-1 {
		t.Errorf("windows predict %d bytes of %d", predicted, s.Bytes())
	}
	if _, err := LoadFortunes(t.TempDir()); err == nil {
		t.Error("an empty directory loaded")
	}
}

func TestSample(t *testing.T) {
	c, err := LoadFortunes("testdata/fortunes")
	if err != nil {
		t.Fatal(err)
	}
	s := NewStream(c.Train)
	r := rand.New(rand.NewPCG(1, 2))
	atStart := 0
	starts := map[int]bool{}
	for _, st := range s.Starts {
		starts[st] = true
	}
	for range 400 {
		w := s.Sample(r, 64)
		if len(w) != 65 {
			t.Fatal("window length")
		}
		i := bytes.Index(s.Text, toBytes(w))
		if i < 0 {
			t.Fatal("window not in the stream")
		}
		if starts[i] {
			atStart++
		}
	}
	if atStart < 150 || atStart > 260 {
		t.Errorf("%d of 400 windows start a fortune, want about half", atStart)
	}
}

func toBytes(ids []int) []byte {
	b := make([]byte, len(ids))
	for i, v := range ids {
		b[i] = byte(v)
	}
	return b
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestPartialRotary: with RotaryDims r < hd the first r dims of each head
// rotate as a head of r would (angles t·θ^(−2i/r)) and the others pass
// through unchanged.
func TestPartialRotary(t *testing.T) {
	c := tinyPartial(RMSNorm)
	full := c
	full.HeadDim, full.RotaryDims = c.RotaryDims, 0
	cos, sin := c.RopeTables()
	fc, fs := full.RopeTables()
	if !equal(cos, fc) || !equal(sin, fs) || len(cos) != c.Context*c.RotaryDims/2 {
		t.Fatal("partial tables are not those of a head of r")
	}
	r := rand.New(rand.NewPCG(3, 4))
	n, heads, hd := c.Context, 2, c.HeadDim
	x := make([]float32, n*heads*hd)
	for k := range x {
		x[k] = float32(r.NormFloat64())
	}
	y := slices.Clone(x)
	rope(y, cos, sin, n, heads, hd, c.RotaryDims, false)
	half := c.RotaryDims / 2
	for row := range n * heads {
		pos := row / heads
		got, in := y[row*hd:(row+1)*hd], x[row*hd:(row+1)*hd]
		want := slices.Clone(in[:c.RotaryDims])
		rope(want, fc[pos*half:], fs[pos*half:], 1, 1, c.RotaryDims, c.RotaryDims, false)
		if !equal(got[:c.RotaryDims], want) {
			t.Errorf("row %d: rotated part %v, want %v", row, got[:c.RotaryDims], want)
		}
		if !equal(got[c.RotaryDims:], in[c.RotaryDims:]) {
			t.Errorf("row %d: the pass-through dims changed", row)
		}
		if pos > 0 && equal(got[:c.RotaryDims], in[:c.RotaryDims]) {
			t.Errorf("row %d: the rotated dims did not rotate", row)
		}
	}
}
