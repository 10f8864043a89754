package ops

import (
	"math/rand/v2"
	"testing"
)

// gemmBench is a Gemm of M rows, K inputs and N outputs laid out in flat
// memory, with random data.
type gemmBench struct {
	d        Desc
	ram, rom []byte
	x, w     []int8 // logical input (M x K) and weights (N x K), for the naive loop
	bias     []int32
	M, K, N  int
}

func newGemmBench(M, K, N int) *gemmBench {
	r := rand.New(rand.NewPCG(1, 2))
	in := NewTensor(Int8, uint32(M), uint32(K))
	out := NewTensor(Int8, uint32(M), uint32(N))
	out.Addr = uint32(in.Leaves())
	cpr := in.RowLeaves()
	g := &gemmBench{M: M, K: K, N: N,
		ram: make([]byte, (in.Leaves()+out.Leaves())*LeafSize),
		rom: make([]byte, (uint64(N)*cpr+ChanParamsLeaves(uint64(N)))*LeafSize),
		x:   make([]int8, M*K), w: make([]int8, N*K), bias: make([]int32, N)}
	for m := 0; m < M; m++ {
		for k := 0; k < K; k++ {
			g.x[m*K+k] = int8(r.IntN(256) - 128)
			g.ram[uint64(m)*cpr*LeafSize+uint64(k)] = byte(g.x[m*K+k])
		}
	}
	for n := 0; n < N; n++ {
		for k := 0; k < K; k++ {
			g.w[n*K+k] = int8(r.IntN(256) - 128)
			g.rom[uint64(n)*cpr*LeafSize+uint64(k)] = byte(g.w[n*K+k])
		}
		g.bias[n] = int32(r.IntN(1000))
		PutChanParams(g.rom[(uint64(N)*cpr)*LeafSize+uint64(n)*chanParamsSize:], g.bias[n], 1<<30, 40)
	}
	g.d = Desc{Op: OpGemm, In: in, Out: out, W: 0, CP: uint32(uint64(N) * cpr), M: uint32(M), ZIn: 3, Lo: -128, Hi: 127}
	if err := g.d.Validate(Limits{RAMLeaves: uint64(len(g.ram) / LeafSize), ROMLeaves: uint64(len(g.rom) / LeafSize)}); err != nil {
		panic(err)
	}
	return g
}

// naive is the straightforward plain-Go int8 triple loop the fast path is
// measured against: same arithmetic, no layout tricks.
func (g *gemmBench) naive(out []int8) {
	for m := 0; m < g.M; m++ {
		for n := 0; n < g.N; n++ {
			var acc int32
			for k := 0; k < g.K; k++ {
				acc += (int32(g.x[m*g.K+k]) - 3) * int32(g.w[n*g.K+k])
			}
			out[m*g.N+n] = gemmOut(acc, chanParams{Bias: g.bias[n], Mult: 1 << 30, Shift: 40}, &g.d)
		}
	}
}

var gemmShapes = []struct {
	name    string
	M, K, N int
}{
	{"mlp784x128", 1, 784, 128},
	{"batch64x784x128", 64, 784, 128},
	// The LM of issue 15 (T = 64, D = 64, FF = 176): up/gate projection,
	// down projection and the output head.
	{"lm64x64x176", 64, 64, 176},
	{"lm64x176x64", 64, 176, 64},
	{"lm64x64x256", 64, 64, 256},
}

// BenchmarkGemm measures the fast path in MAC/s; BenchmarkGemmNaive the
// triple loop on the same shapes. `make bench` reports both; BENCHMARKS.md
// records their ratio.
func BenchmarkGemm(b *testing.B) {
	for _, s := range gemmShapes {
		b.Run(s.name, func(b *testing.B) {
			g := newGemmBench(s.M, s.K, s.N)
			b.ResetTimer()
			for range b.N {
				g.d.Run(g.ram, g.rom)
			}
			b.ReportMetric(float64(s.M*s.K*s.N)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GMAC/s")
		})
	}
}

func BenchmarkGemmNaive(b *testing.B) {
	for _, s := range gemmShapes {
		b.Run(s.name, func(b *testing.B) {
			g := newGemmBench(s.M, s.K, s.N)
			out := make([]int8, s.M*s.N)
			b.ResetTimer()
			for range b.N {
				g.naive(out)
			}
			b.ReportMetric(float64(s.M*s.K*s.N)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GMAC/s")
		})
	}
}

// TestGemmNaiveAgreesWithFastPath keeps the baseline honest: it computes the
// same outputs as the fast path.
func TestGemmNaiveAgreesWithFastPath(t *testing.T) {
	g := newGemmBench(3, 70, 5)
	g.d.Run(g.ram, g.rom)
	out := make([]int8, 3*5)
	g.naive(out)
	for m := 0; m < 3; m++ {
		for n := 0; n < 5; n++ {
			leaf, off := g.d.Out.ElemLeaf(uint64(m), uint64(n))
			if got := int8(g.ram[leaf*LeafSize+uint64(off)]); got != out[m*5+n] {
				t.Fatalf("out[%d][%d] = %d, naive %d", m, n, got, out[m*5+n])
			}
		}
	}
}

// flatMem serves micro-steps from flat memory (no proofs): the cost of a
// step's semantics alone.
type flatMem struct{ ram, rom []byte }

func (m *flatMem) ROM(leaf uint64) ([LeafSize]byte, error) { return *leafAt(m.rom, leaf), nil }
func (m *flatMem) RAM(leaf uint64) ([LeafSize]byte, error) { return *leafAt(m.ram, leaf), nil }
func (m *flatMem) UpdateRAM(leaf uint64, f func(*[LeafSize]byte)) error {
	f(leafAt(m.ram, leaf))
	return nil
}

// BenchmarkLut: the fast path over a [256, 256] tensor (ns per element),
// and the same op as micro-steps, one element each.
func BenchmarkLut(b *testing.B) {
	in := NewTensor(Int8, 256, 256)
	out := in
	out.Addr = uint32(in.Leaves())
	d := Desc{Op: OpLut, In: in, Out: out, W: 0}
	ram := make([]byte, 2*in.Leaves()*LeafSize)
	rom := make([]byte, LutTableLeaves*LeafSize)
	for k := range ram {
		ram[k] = byte(k * 7)
	}
	for k := range rom {
		rom[k] = byte(255 - k)
	}
	if err := d.Validate(Limits{RAMLeaves: 2 * in.Leaves(), ROMLeaves: LutTableLeaves}); err != nil {
		b.Fatal(err)
	}
	b.Run("run", func(b *testing.B) {
		b.SetBytes(int64(in.Numel()))
		for b.Loop() {
			d.Run(ram, rom)
		}
	})
	b.Run("step", func(b *testing.B) {
		m := &flatMem{ram: ram, rom: rom}
		var acc Acc
		n := in.RowLen()
		e := uint64(0)
		for b.Loop() {
			if err := d.Step(e/n%in.Rows(), e%n, &acc, m); err != nil {
				b.Fatal(err)
			}
			e++
		}
	})
}

// matmulBench is a MatMul at the attention shapes of the LLM of issue 15:
// 4 query heads, 2 KV heads (G = 2), T = 64, head dim 16; scores Q·Kᵀ
// (causal-N, K = 16) and probabilities · V (causal-K, K = T = 64).
var matmulShapes = []struct {
	name           string
	P, PB, M, N, K uint32
	mode           uint16
}{
	{"scores_causalN_4x64x64_k16", 4, 2, 64, 64, 16, MatMulCausalN},
	{"pv_causalK_4x64x16_k64", 4, 2, 64, 16, 64, MatMulCausalK},
}

func newMatMulBench(P, PB, M, N, K uint32, mode uint16) (Desc, []byte) {
	a := NewTensor(Int8, P, M, K)
	bt := NewTensor(Int8, PB, N, K)
	bt.Addr = uint32(a.Leaves())
	out := NewTensor(Int8, P, M, N)
	out.Addr = bt.Addr + uint32(bt.Leaves())
	ram := make([]byte, (uint64(out.Addr)+out.Leaves())*LeafSize)
	r := rand.New(rand.NewPCG(3, 4))
	for k := range ram {
		ram[k] = byte(r.Uint32())
	}
	d := Desc{Op: OpMatMul, In: a, In2: bt, Out: out, KH: mode, ZIn: 3, ZIn2: -5, ZOut: 1, Lo: -128, Hi: 127, MulOut: 1 << 30, ShOut: 40}
	if err := d.Validate(Limits{RAMLeaves: uint64(len(ram) / LeafSize)}); err != nil {
		panic(err)
	}
	return d, ram
}

// matmulMACs is the number of multiply-accumulates the op's semantics
// perform: the causal modes skip the masked half.
func matmulMACs(P, M, N, K uint32, mode uint16) float64 {
	var macs uint64
	for m := uint64(0); m < uint64(M); m++ {
		switch mode {
		case MatMulCausalN:
			macs += (m + 1) * uint64(K)
		case MatMulCausalK:
			macs += uint64(N) * (m + 1)
		default:
			macs += uint64(N) * uint64(K)
		}
	}
	return float64(macs * uint64(P))
}

// BenchmarkMatMul measures the fast path (run, in GMAC/s of the causal
// work) and the same op as micro-steps over flat memory (ns per step).
func BenchmarkMatMul(b *testing.B) {
	for _, s := range matmulShapes {
		d, ram := newMatMulBench(s.P, s.PB, s.M, s.N, s.K, s.mode)
		b.Run(s.name+"/run", func(b *testing.B) {
			for b.Loop() {
				d.Run(ram, nil)
			}
			b.ReportMetric(matmulMACs(s.P, s.M, s.N, s.K, s.mode)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GMAC/s")
		})
		b.Run(s.name+"/step", func(b *testing.B) {
			m := &flatMem{ram: ram}
			var acc Acc
			I, _ := d.Schedule()
			i, j := uint64(0), uint64(0)
			for b.Loop() {
				if err := d.Step(i, j, &acc, m); err != nil {
					b.Fatal(err)
				}
				if j++; j == d.IterLen(i) {
					i, j, acc = (i+1)%I, 0, Acc{}
				}
			}
		})
	}
}
