package onnx

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/opml-dev/opml/pipeline/graph"
)

// ---- expected-value helpers: the folds computed by hand ----

// ramp returns n values (k%7 - 3)/4: small, exact, signed.
func ramp(n int) []float32 {
	v := make([]float32, n)
	for k := range v {
		v[k] = float32(k%7-3) / 4
	}
	return v
}

// vals is a float32 slice literal helper.
func vals(v ...float32) []float32 { return v }

func tens(data []float32, shape ...int) *graph.Tensor {
	return &graph.Tensor{Shape: shape, Data: slices.Clone(data)}
}

// scaleRows multiplies row o of w (rows rows) by s[o].
func scaleRows(w []float32, s []float32) []float32 {
	out := slices.Clone(w)
	row := len(w) / len(s)
	for k := range out {
		out[k] *= s[k/row]
	}
	return out
}

// transpose2 transposes an r×c row-major matrix.
func transpose2(m []float32, r, c int) []float32 {
	out := make([]float32, len(m))
	for i := range r {
		for j := range c {
			out[j*r+i] = m[i*c+j]
		}
	}
	return out
}

func addv(a, b []float32) []float32 {
	out := slices.Clone(a)
	for k := range out {
		out[k] += b[k]
	}
	return out
}

func mulv(a, b []float32) []float32 {
	out := slices.Clone(a)
	for k := range out {
		out[k] *= b[k]
	}
	return out
}

func fill(n int, v float32) []float32 {
	out := make([]float32, n)
	for k := range out {
		out[k] = v
	}
	return out
}

// bnFold is the batch-norm fold as the package documents it:
// w' = w·γ/√(σ²+ε), b' = (b−μ)·γ/√(σ²+ε) + β.
func bnFold(w, b, gamma, beta, mean, variance []float32, eps float64) ([]float32, []float32) {
	ch := len(gamma)
	row := len(w) / ch
	w2 := make([]float32, len(w))
	b2 := make([]float32, ch)
	for o := range ch {
		s := float64(gamma[o]) / math.Sqrt(float64(variance[o])+eps)
		for k := o * row; k < (o+1)*row; k++ {
			w2[k] = float32(float64(w[k]) * s)
		}
		bo := 0.0
		if b != nil {
			bo = float64(b[o])
		}
		b2[o] = float32((bo-float64(mean[o]))*s + float64(beta[o]))
	}
	return w2, b2
}

// ---- comparison ----

func closeTo(a, b float32) bool {
	if a == b || (a != a && b != b) { // equal, or both NaN
		return true
	}
	d := math.Abs(float64(a) - float64(b))
	return d <= 1e-6*math.Max(1, math.Max(math.Abs(float64(a)), math.Abs(float64(b))))
}

func diffTensor(what string, got, want *graph.Tensor) string {
	if (got == nil) != (want == nil) {
		return fmt.Sprintf("%s: got %v, want %v", what, got, want)
	}
	if got == nil {
		return ""
	}
	if !slices.Equal(got.Shape, want.Shape) || len(got.Data) != len(want.Data) {
		return fmt.Sprintf("%s: shape %v (%d values), want %v (%d values)", what, got.Shape, len(got.Data), want.Shape, len(want.Data))
	}
	for k := range got.Data {
		if !closeTo(got.Data[k], want.Data[k]) {
			return fmt.Sprintf("%s[%d] = %v, want %v", what, k, got.Data[k], want.Data[k])
		}
	}
	return ""
}

// diffGraph describes the first difference between got and want, with
// float tolerance 1e-6 (relative), or returns "".
func diffGraph(got, want *graph.Graph) string {
	if got.Name != want.Name || got.Input != want.Input || got.Output != want.Output || !slices.Equal(got.InputShape, want.InputShape) {
		return fmt.Sprintf("graph %q %q%v -> %q, want %q %q%v -> %q", got.Name, got.Input, got.InputShape, got.Output, want.Name, want.Input, want.InputShape, want.Output)
	}
	var lines []string
	if len(got.Nodes) != len(want.Nodes) {
		for _, n := range got.Nodes {
			lines = append(lines, fmt.Sprintf("  got %s %v %v -> %s", n.Name, n.Op, n.Inputs, n.Output))
		}
		return fmt.Sprintf("%d nodes, want %d\n%s", len(got.Nodes), len(want.Nodes), strings.Join(lines, "\n"))
	}
	for i := range got.Nodes {
		g, w := &got.Nodes[i], &want.Nodes[i]
		if g.Name != w.Name || g.Op != w.Op || !slices.Equal(g.Inputs, w.Inputs) || g.Output != w.Output ||
			g.Kernel != w.Kernel || g.Strides != w.Strides || g.Pads != w.Pads || !slices.Equal(g.Shape, w.Shape) {
			return fmt.Sprintf("node %d:\n got %q %v %v -> %q kernel %v strides %v pads %v shape %v\nwant %q %v %v -> %q kernel %v strides %v pads %v shape %v",
				i, g.Name, g.Op, g.Inputs, g.Output, g.Kernel, g.Strides, g.Pads, g.Shape,
				w.Name, w.Op, w.Inputs, w.Output, w.Kernel, w.Strides, w.Pads, w.Shape)
		}
		if d := diffTensor(fmt.Sprintf("node %d (%s) W", i, g.Name), g.W, w.W); d != "" {
			return d
		}
		if d := diffTensor(fmt.Sprintf("node %d (%s) B", i, g.Name), g.B, w.B); d != "" {
			return d
		}
	}
	return ""
}

// ---- errors ----

// wantErr is an expected error: for a node error, the node, op and (if
// any) attribute with value; msg is a substring of the message.
type wantErr struct {
	node, op, attr string
	msg            string
}

func checkErr(t *testing.T, err error, want wantErr) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %+v", want)
	}
	if !strings.HasPrefix(err.Error(), "onnx: ") {
		t.Errorf("error %q lacks the \"onnx: \" prefix", err)
	}
	if !strings.Contains(err.Error(), want.msg) {
		t.Errorf("error %q does not contain %q", err, want.msg)
	}
	var ne *NodeError
	isNode := errors.As(err, &ne)
	if want.node == "" {
		if isNode {
			t.Errorf("error %q is a NodeError, want a model error", err)
		}
		return
	}
	if !isNode {
		t.Fatalf("error %q is not a NodeError", err)
	}
	if ne.Node != want.node || ne.Op != want.op || ne.Attr != want.attr {
		t.Errorf("error names node %q op %q attribute %q, want %q %q %q (%v)", ne.Node, ne.Op, ne.Attr, want.node, want.op, want.attr, err)
	}
	if !strings.Contains(err.Error(), fmt.Sprintf("node %q (%s)", want.node, want.op)) {
		t.Errorf("error %q does not name the node and op", err)
	}
	if want.attr != "" && !strings.Contains(err.Error(), "attribute "+want.attr) {
		t.Errorf("error %q does not name attribute %q", err, want.attr)
	}
}

func dataOf(t *graph.Tensor) []float32 {
	if t == nil {
		return nil
	}
	return t.Data
}
