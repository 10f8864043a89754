package modelcard

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/vm/model"
)

// Version is the card format version this package writes and reads.
const Version = 1

// Layouts of a tensor in VM memory, relative to its float (ONNX) shape.
const (
	// LayoutFlat: the VM elements are the float elements in row-major order.
	LayoutFlat = "flat"
	// LayoutNCHWAsHWC: the float tensor is [1, C, H, W]; the VM tensor is
	// [H, W, C], so VM element (h·W + w)·C + c is float element
	// c·H·W + h·W + w.
	LayoutNCHWAsHWC = "nchw-as-hwc"
)

// Tensor describes one quantized tensor: real = Scale · (q − ZeroPoint).
type Tensor struct {
	Shape     []int   `json:"shape"` // float shape, ONNX order, rank 1 to 4
	Layout    string  `json:"layout"`
	Scale     float64 `json:"scale"`
	ZeroPoint int8    `json:"zeroPoint"`
}

// Logits locates the pre-softmax scores: the output of op Op of the
// program (read from RAM after running the model), quantized as Tensor.
type Logits struct {
	Op     int `json:"op"`
	Tensor `json:"tensor"`
}

// Calibration says how activation ranges were chosen.
type Calibration struct {
	Method     string  `json:"method"` // "minmax" or "percentile"
	Percentile float64 `json:"percentile,omitempty"`
	Samples    int     `json:"samples"`
}

// Source says where the model came from.
type Source struct {
	ONNXSHA256  string      `json:"onnxSha256,omitempty"`
	Calibration Calibration `json:"calibration"`
}

// Card is the model card.
type Card struct {
	Version int         `json:"version"`
	Name    string      `json:"name,omitempty"`
	ModelID common.Hash `json:"modelId"`
	Input   Tensor      `json:"input"`
	Output  Tensor      `json:"output"`
	Logits  *Logits     `json:"logits,omitempty"`
	Source  Source      `json:"source"`
}

// Path is where the card of the model file at modelPath lives.
func Path(modelPath string) string { return modelPath + ".json" }

// Encode returns the card as indented JSON with a trailing newline.
func (c *Card) Encode() ([]byte, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("modelcard: %w", err)
	}
	return append(b, '\n'), nil
}

// Decode parses and validates a card.
func Decode(b []byte) (*Card, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var c Card
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("modelcard: %w", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("modelcard: trailing data after the card")
	}
	if c.Version != Version {
		return nil, fmt.Errorf("modelcard: version %d, this build reads version %d", c.Version, Version)
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

// Load reads the card at path and checks that it belongs to model m.
func Load(path string, m *model.Model) (*Card, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("modelcard: %w", err)
	}
	c, err := Decode(b)
	if err != nil {
		return nil, fmt.Errorf("%w (%s)", err, path)
	}
	if err := c.Check(m); err != nil {
		return nil, fmt.Errorf("%w (%s)", err, path)
	}
	return c, nil
}

// Validate checks the card on its own.
func (c *Card) Validate() error {
	if c.Version != Version {
		return fmt.Errorf("modelcard: version %d, want %d", c.Version, Version)
	}
	for _, t := range []struct {
		name string
		t    *Tensor
	}{{"input", &c.Input}, {"output", &c.Output}} {
		if err := t.t.validate(); err != nil {
			return fmt.Errorf("modelcard: %s: %w", t.name, err)
		}
	}
	if c.Logits != nil {
		if c.Logits.Op < 0 {
			return fmt.Errorf("modelcard: logits: op %d", c.Logits.Op)
		}
		if err := c.Logits.Tensor.validate(); err != nil {
			return fmt.Errorf("modelcard: logits: %w", err)
		}
	}
	return nil
}

// Check verifies that the card describes model m: the model ID and the
// element counts of the input, output and logits tensors.
func (c *Card) Check(m *model.Model) error {
	if c.ModelID != m.ID() {
		return fmt.Errorf("modelcard: card is for model %s, not %s", c.ModelID, m.ID())
	}
	if got, want := uint64(c.Input.Numel()), m.Header.Input.Numel(); got != want {
		return fmt.Errorf("modelcard: input has %d elements, the model's %d", got, want)
	}
	if got, want := uint64(c.Output.Numel()), m.Header.Output.Numel(); got != want {
		return fmt.Errorf("modelcard: output has %d elements, the model's %d", got, want)
	}
	if c.Logits != nil {
		if c.Logits.Op >= len(m.Ops) {
			return fmt.Errorf("modelcard: logits op %d, the model has %d ops", c.Logits.Op, len(m.Ops))
		}
		if got, want := uint64(c.Logits.Numel()), m.Ops[c.Logits.Op].Out.Numel(); got != want {
			return fmt.Errorf("modelcard: logits have %d elements, op %d's output %d", got, c.Logits.Op, want)
		}
	}
	return nil
}

func (t *Tensor) validate() error {
	if len(t.Shape) == 0 || len(t.Shape) > 4 {
		return fmt.Errorf("shape %v must have rank 1 to 4", t.Shape)
	}
	for _, d := range t.Shape {
		if d < 1 {
			return fmt.Errorf("shape %v has a non-positive dimension", t.Shape)
		}
	}
	switch t.Layout {
	case LayoutFlat:
	case LayoutNCHWAsHWC:
		if len(t.Shape) != 4 || t.Shape[0] != 1 {
			return fmt.Errorf("layout %s needs a [1, C, H, W] shape, got %v", t.Layout, t.Shape)
		}
	default:
		return fmt.Errorf("unknown layout %q", t.Layout)
	}
	if !(t.Scale > 0) || math.IsInf(t.Scale, 0) {
		return fmt.Errorf("scale %v must be positive and finite", t.Scale)
	}
	return nil
}

// Numel is the number of elements.
func (t *Tensor) Numel() int {
	n := 1
	for _, d := range t.Shape {
		n *= d
	}
	return n
}

// vmIndex maps VM element e to the float element it holds.
func (t *Tensor) vmIndex() func(e int) int {
	if t.Layout != LayoutNCHWAsHWC {
		return func(e int) int { return e }
	}
	C, H, W := t.Shape[1], t.Shape[2], t.Shape[3]
	return func(e int) int {
		c, hw := e%C, e/C
		return c*H*W + hw
	}
}

// Quantize maps float values (float order) to the VM's int8 values (VM
// order): q = clamp(round(x / Scale) + ZeroPoint, −128, 127), rounding half
// away from zero. NaN is an error.
func (t *Tensor) Quantize(x []float32) ([]int8, error) {
	if len(x) != t.Numel() {
		return nil, fmt.Errorf("modelcard: got %d values, want %d (shape %v)", len(x), t.Numel(), t.Shape)
	}
	idx := t.vmIndex()
	q := make([]int8, len(x))
	for e := range q {
		v := float64(x[idx(e)])
		if math.IsNaN(v) {
			return nil, fmt.Errorf("modelcard: value %d is NaN", idx(e))
		}
		r := math.Round(v/t.Scale) + float64(t.ZeroPoint)
		q[e] = int8(max(-128, min(127, r)))
	}
	return q, nil
}

// Dequantize maps VM values (VM order) to floats in float order.
func (t *Tensor) Dequantize(q []int64) ([]float32, error) {
	if len(q) != t.Numel() {
		return nil, fmt.Errorf("modelcard: got %d values, want %d (shape %v)", len(q), t.Numel(), t.Shape)
	}
	idx := t.vmIndex()
	x := make([]float32, len(q))
	for e, v := range q {
		x[idx(e)] = float32(t.Scale * float64(v-int64(t.ZeroPoint)))
	}
	return x, nil
}

// Equal reports whether two cards are identical.
func (c *Card) Equal(d *Card) bool {
	a, err1 := c.Encode()
	b, err2 := d.Encode()
	return err1 == nil && err2 == nil && slices.Equal(a, b)
}
