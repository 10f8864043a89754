package modelcard

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// Version is the card format version this package writes. Decode also
// reads version 1 cards (no vmShape, perm or dtype); Load and Bind complete
// them from the model.
const Version = 2

// versionV1 is the first card format: a tensor's VM side (shape, element
// type) was implied by its layout and the model file.
const versionV1 = 1

// Layouts of a tensor in VM memory, relative to its float (ONNX) shape.
const (
	// LayoutFlat: the VM elements are the float elements in row-major order.
	LayoutFlat = "flat"
	// LayoutNCHWAsHWC: the float tensor is [1, C, H, W]; the VM tensor is
	// [H, W, C], so VM element (h·W + w)·C + c is float element
	// c·H·W + h·W + w.
	LayoutNCHWAsHWC = "nchw-as-hwc"
)

// DTypes of a tensor's VM elements (the names ops.DType.String gives).
const (
	DTypeInt8  = "int8"  // quantized values: real = Scale · (q − ZeroPoint)
	DTypeInt32 = "int32" // argmax indices (an output) or token ids (an input): Scale 1, ZeroPoint 0
)

// Tensor describes one tensor of the model in both orders: its ONNX shape
// and its VM shape, and how the VM's elements map onto ONNX's. In numpy
// terms, for the Numel values v in the VM's row-major order:
//
//	onnx = v.reshape(VMShape).transpose(Perm).reshape(Shape)
//
// Layout names that mapping (LayoutFlat: Perm is the identity;
// LayoutNCHWAsHWC: VMShape [H, W, C], Perm [2, 0, 1]); Validate checks
// that Layout, VMShape and Perm agree. An int8 tensor is quantized: real =
// Scale · (q − ZeroPoint). An int32 tensor holds argmax indices, with
// Scale 1 and ZeroPoint 0 so that the same formula gives the index.
type Tensor struct {
	Shape     []int   `json:"shape"` // float shape, ONNX order, rank 1 to 4
	Layout    string  `json:"layout"`
	VMShape   []int   `json:"vmShape"` // the VM tensor's dims (version 2)
	Perm      []int   `json:"perm"`    // axes of VMShape in ONNX order (version 2)
	DType     string  `json:"dtype"`   // DTypeInt8 or DTypeInt32 (version 2)
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
	if c.Version != Version && c.Version != versionV1 {
		return nil, fmt.Errorf("modelcard: version %d, this build reads versions %d and %d", c.Version, versionV1, Version)
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

// Load reads the card at path, checks that it belongs to model m and
// completes a version 1 card from m (Bind).
func Load(path string, m *model.Model) (*Card, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("modelcard: %w", err)
	}
	c, err := Decode(b)
	if err != nil {
		return nil, fmt.Errorf("%w (%s)", err, path)
	}
	if err := c.Bind(m); err != nil {
		return nil, fmt.Errorf("%w (%s)", err, path)
	}
	return c, nil
}

// Validate checks the card on its own. A version 2 card must have every
// tensor's VM side (VMShape, Perm, DType); a version 1 card must have none.
func (c *Card) Validate() error {
	if c.Version != Version && c.Version != versionV1 {
		return fmt.Errorf("modelcard: version %d, want %d", c.Version, Version)
	}
	for _, t := range c.tensors() {
		if err := t.t.validate(c.Version); err != nil {
			return fmt.Errorf("modelcard: %s: %w", t.name, err)
		}
	}
	if c.Logits != nil && c.Logits.Op < 0 {
		return fmt.Errorf("modelcard: logits: op %d", c.Logits.Op)
	}
	return nil
}

type namedTensor struct {
	name string
	t    *Tensor
}

// tensors lists the card's tensors.
func (c *Card) tensors() []namedTensor {
	ts := []namedTensor{{"input", &c.Input}, {"output", &c.Output}}
	if c.Logits != nil {
		ts = append(ts, namedTensor{"logits", &c.Logits.Tensor})
	}
	return ts
}

// vmTensors returns the model's tensors that the card's tensors describe,
// in the order of tensors(), or an error if the logits op does not exist.
func (c *Card) vmTensors(m *model.Model) ([]ops.Tensor, error) {
	ts := []ops.Tensor{m.Header.Input, m.Header.Output}
	if c.Logits != nil {
		if c.Logits.Op < 0 || c.Logits.Op >= len(m.Ops) {
			return nil, fmt.Errorf("modelcard: logits op %d, the model has %d ops", c.Logits.Op, len(m.Ops))
		}
		ts = append(ts, m.Ops[c.Logits.Op].Out)
	}
	return ts, nil
}

// Bind completes the VM side of every tensor that lacks it (VMShape, Perm
// and DType, from model m and the tensor's layout), makes the card the
// current version, and checks it against m (Validate, Check). The
// quantizer fills a card's ONNX side and calls Bind; Load calls it to
// upgrade a version 1 card. A tensor that has its VM side keeps it, and
// Check compares it with m.
func (c *Card) Bind(m *model.Model) error {
	vts, err := c.vmTensors(m)
	if err != nil {
		return err
	}
	for k, t := range c.tensors() {
		if t.t.VMShape != nil || t.t.Perm != nil || t.t.DType != "" {
			continue
		}
		vt := vts[k]
		t.t.DType = vt.DType.String()
		t.t.VMShape = make([]int, 0, vt.Rank)
		for _, d := range vt.Shape() {
			t.t.VMShape = append(t.t.VMShape, int(d))
		}
		t.t.Perm = layoutPerm(t.t.Layout, len(t.t.VMShape))
	}
	c.Version = Version
	if err := c.Validate(); err != nil {
		return err
	}
	return c.Check(m)
}

// layoutPerm is the permutation that layout implies for a VM tensor of the
// given rank (the identity for LayoutFlat and for a rank LayoutNCHWAsHWC
// cannot have).
func layoutPerm(layout string, rank int) []int {
	if layout == LayoutNCHWAsHWC && rank == 3 {
		return []int{2, 0, 1}
	}
	p := make([]int, rank)
	for k := range p {
		p[k] = k
	}
	return p
}

// Check verifies that the card describes model m: the model ID, the
// element counts of the input, output and logits tensors and, where the
// card records them (version 2), their VM shapes and element types.
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
	vts, err := c.vmTensors(m)
	if err != nil {
		return err
	}
	for k, t := range c.tensors() {
		if t.t.VMShape == nil {
			continue
		}
		vt := vts[k]
		if t.t.DType != vt.DType.String() {
			return fmt.Errorf("modelcard: %s is %s, the model's %s", t.name, t.t.DType, vt.DType)
		}
		shape := vt.Shape()
		same := len(shape) == len(t.t.VMShape)
		for i := 0; same && i < len(shape); i++ {
			same = uint64(shape[i]) == uint64(t.t.VMShape[i])
		}
		if !same {
			return fmt.Errorf("modelcard: %s has VM shape %v, the model's %v", t.name, t.t.VMShape, shape)
		}
	}
	return nil
}

// checkedNumel is the element count of dims (named what in errors), which
// must be positive and at most 2^31 in all.
func checkedNumel(what string, dims []int) (int, error) {
	n := 1
	for _, d := range dims {
		if d < 1 {
			return 0, fmt.Errorf("%s %v has a non-positive dimension", what, dims)
		}
		if n *= min(d, ops.MaxElements+1); n > ops.MaxElements {
			return 0, fmt.Errorf("%s %v has more than 2^31 elements", what, dims)
		}
	}
	return n, nil
}

func (t *Tensor) validate(version int) error {
	if len(t.Shape) == 0 || len(t.Shape) > 4 {
		return fmt.Errorf("shape %v must have rank 1 to 4", t.Shape)
	}
	if _, err := checkedNumel("shape", t.Shape); err != nil {
		return err
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
	if version == versionV1 {
		if t.VMShape != nil || t.Perm != nil || t.DType != "" {
			return fmt.Errorf("vmShape, perm and dtype are version 2 fields")
		}
		return nil
	}
	return t.validateVM()
}

// validateVM checks a version 2 tensor's VM side: its element type, that
// VMShape holds the ONNX shape's elements, that Perm permutes VMShape's
// axes, and that both agree with Layout.
func (t *Tensor) validateVM() error {
	switch t.DType {
	case DTypeInt8:
	case DTypeInt32:
		if t.Scale != 1 || t.ZeroPoint != 0 {
			return fmt.Errorf("an int32 (argmax) tensor has scale 1 and zero point 0, got %v and %d", t.Scale, t.ZeroPoint)
		}
	case "":
		return fmt.Errorf("no dtype (a version %d card records the VM side: vmShape, perm, dtype; Bind fills it from the model)", Version)
	default:
		return fmt.Errorf("unknown dtype %q (want %s or %s)", t.DType, DTypeInt8, DTypeInt32)
	}
	if t.VMShape == nil || t.Perm == nil {
		return fmt.Errorf("no vmShape or perm (a version %d card records them; Bind fills them from the model)", Version)
	}
	if len(t.VMShape) > 4 {
		return fmt.Errorf("vmShape %v has rank %d > 4", t.VMShape, len(t.VMShape))
	}
	n, err := checkedNumel("vmShape", t.VMShape)
	if err != nil {
		return err
	}
	if n != t.Numel() {
		return fmt.Errorf("vmShape %v has %d elements, shape %v has %d", t.VMShape, n, t.Shape, t.Numel())
	}
	if len(t.Perm) != len(t.VMShape) {
		return fmt.Errorf("perm %v does not permute the %d axes of vmShape %v", t.Perm, len(t.VMShape), t.VMShape)
	}
	seen := make([]bool, len(t.Perm))
	for _, a := range t.Perm {
		if a < 0 || a >= len(t.Perm) || seen[a] {
			return fmt.Errorf("perm %v is not a permutation of the axes of vmShape %v", t.Perm, t.VMShape)
		}
		seen[a] = true
	}
	if t.Layout == LayoutNCHWAsHWC {
		C, H, W := t.Shape[1], t.Shape[2], t.Shape[3]
		if !slices.Equal(t.VMShape, []int{H, W, C}) {
			return fmt.Errorf("layout %s of shape %v needs vmShape [%d, %d, %d], got %v", t.Layout, t.Shape, H, W, C, t.VMShape)
		}
	}
	if want := layoutPerm(t.Layout, len(t.VMShape)); !slices.Equal(t.Perm, want) {
		return fmt.Errorf("layout %s with vmShape %v needs perm %v, got %v", t.Layout, t.VMShape, want, t.Perm)
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

// vmIndex maps VM element e (row-major in VMShape) to the float element
// (row-major in Shape) it holds. A tensor without VMShape (a version 1
// card not yet bound to its model) maps by its layout.
func (t *Tensor) vmIndex() func(e int) int {
	if t.VMShape == nil {
		if t.Layout != LayoutNCHWAsHWC {
			return func(e int) int { return e }
		}
		C, H, W := t.Shape[1], t.Shape[2], t.Shape[3]
		return func(e int) int {
			c, hw := e%C, e/C
			return c*H*W + hw
		}
	}
	// The transposed tensor has dims VMShape[Perm[k]]; VM axis Perm[k]
	// advances its flat index by that tensor's stride of axis k.
	r := len(t.VMShape)
	stride := make([]int, r) // stride[a]: ONNX flat step of VM axis a
	s := 1
	for k := r - 1; k >= 0; k-- {
		stride[t.Perm[k]] = s
		s *= t.VMShape[t.Perm[k]]
	}
	return func(e int) int {
		f := 0
		for a := r - 1; a >= 0; a-- {
			f += (e % t.VMShape[a]) * stride[a]
			e /= t.VMShape[a]
		}
		return f
	}
}

// Quantize maps float values (float order) to the VM's int8 values (VM
// order): q = clamp(round(x / Scale) + ZeroPoint, −128, 127), rounding half
// away from zero. NaN is an error.
func (t *Tensor) Quantize(x []float32) ([]int8, error) {
	if err := t.check(); err != nil {
		return nil, err
	}
	if t.DType == DTypeInt32 {
		return nil, fmt.Errorf("modelcard: an int32 tensor (token ids) is not quantized: its values are the integers themselves")
	}
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

// check validates t before a conversion: as a version 2 tensor if it has
// any of the VM side, else as a version 1 one (mapped by its layout).
func (t *Tensor) check() error {
	v := Version
	if t.VMShape == nil && t.Perm == nil && t.DType == "" {
		v = versionV1
	}
	if err := t.validate(v); err != nil {
		return fmt.Errorf("modelcard: %w", err)
	}
	return nil
}

// Values is a tensor read from the VM, in ONNX order.
type Values struct {
	Shape []int     // the ONNX shape
	DType string    // the VM element type: DTypeInt8 or DTypeInt32 (argmax indices)
	Q     []int64   // the VM's integers, in ONNX order
	Real  []float32 // Scale · (q − ZeroPoint), in ONNX order (int32: the indices)
}

// FromVM converts the bytes of the VM tensor t describes into ONNX order.
// raw is the tensor's claim encoding, the bytes a claim and the onchain
// output carry (docs/onnx.md, "Input and output layout"): Numel elements in the VM's
// row-major order over VMShape, with no padding, each an int8 byte or, for
// an int32 (argmax) tensor, 4 bytes big-endian two's complement. The
// tensor must have its VM side (a version 2 card, or one bound to its
// model).
func (t *Tensor) FromVM(raw []byte) (*Values, error) {
	if err := t.validate(Version); err != nil {
		return nil, fmt.Errorf("modelcard: %w", err)
	}
	size := 1
	if t.DType == DTypeInt32 {
		size = 4
	}
	n := t.Numel()
	if len(raw) != n*size {
		return nil, fmt.Errorf("modelcard: got %d bytes, want %d (%d %s values, VM shape %v)", len(raw), n*size, n, t.DType, t.VMShape)
	}
	v := &Values{Shape: slices.Clone(t.Shape), DType: t.DType, Q: make([]int64, n), Real: make([]float32, n)}
	idx := t.vmIndex()
	for e := 0; e < n; e++ {
		var q int64
		if size == 1 {
			q = int64(int8(raw[e]))
		} else {
			q = int64(int32(binary.BigEndian.Uint32(raw[4*e:])))
		}
		f := idx(e)
		v.Q[f] = q
		v.Real[f] = float32(t.Scale * float64(q-int64(t.ZeroPoint)))
	}
	return v, nil
}

// Dequantize maps VM values (VM order) to floats in float order.
func (t *Tensor) Dequantize(q []int64) ([]float32, error) {
	if err := t.check(); err != nil {
		return nil, err
	}
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
