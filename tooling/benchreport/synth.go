package benchreport

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/opml-dev/opml/vm/model"
)

// Synthetic is a random int8 MLP for the scaling benchmarks.
type Synthetic struct {
	Model  *model.Model
	Input  []int8
	Params int64  // weights + biases
	Dims   string // e.g. "95-95-10"
}

// SyntheticMLP builds a random MLP d → d → 10 (Gemm with fused ReLU, Gemm)
// whose parameter count d² + d + 10d + 10 is closest to target, with
// weights and a dense input drawn from a PCG seeded with seed. It is a pure
// function of its arguments.
func SyntheticMLP(target int64, seed uint64) (*Synthetic, error) {
	if target < 1 {
		return nil, fmt.Errorf("benchreport: synthetic MLP of %d parameters", target)
	}
	params := func(d int64) int64 { return d*d + 11*d + 10 }
	d := max(int64(math.Round((-11+math.Sqrt(121+4*float64(target-10)))/2)), 1)
	for _, c := range []int64{d - 1, d + 1} {
		if c >= 1 && abs(params(c)-target) < abs(params(d)-target) {
			d = c
		}
	}
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	int8s := func(n int64) []int8 {
		v := make([]int8, n)
		for i := int64(0); i < n; i += 8 {
			x := r.Uint64()
			for j := int64(0); j < 8 && i+j < n; j++ {
				v[i+j] = int8(x >> (8 * j))
			}
		}
		return v
	}
	channels := func(n, k int64) []model.Channel {
		// Scale the accumulator (about √k·128·128 in magnitude) into int8.
		shift := uint8(30 + math.Ceil(math.Log2(math.Sqrt(float64(k))*128*128/64)))
		ch := make([]model.Channel, n)
		for i := range ch {
			ch[i] = model.Channel{Bias: int32(r.IntN(2001) - 1000), Mult: 1 << 30, Shift: shift}
		}
		return ch
	}
	b := model.NewBuilder()
	x := b.Input(uint32(d))
	h := b.Gemm(x, 1, uint32(d), int8s(d*d), channels(d, d), model.Quant{ZIn: 0, ZOut: -128, Lo: -128, Hi: 127})
	y := b.Gemm(h, 1, 10, int8s(10*d), channels(10, d), model.Quant{ZIn: -128, ZOut: 0, Lo: -128, Hi: 127})
	m, err := b.Build(y)
	if err != nil {
		return nil, fmt.Errorf("benchreport: synthetic MLP: %w", err)
	}
	return &Synthetic{Model: m, Input: int8s(d), Params: params(d), Dims: fmt.Sprintf("%d-%d-10", d, d)}, nil
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}
