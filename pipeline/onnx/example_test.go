package onnx_test

import (
	"fmt"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/onnx"
	"github.com/opml-dev/opml/pipeline/onnx/onnxbuild"
)

// A Conv without bias, then a per-channel Add and a BatchNormalization:
// both fold into the Conv, which takes the last output name.
func ExampleDecode() {
	ones := func(n int) []float32 {
		v := make([]float32, n)
		for k := range v {
			v[k] = 1
		}
		return v
	}
	data := onnxbuild.New(13).
		Input("x", -1, 1, 4, 4).
		Init("w", []int64{2, 1, 3, 3}, ones(18)).
		Init("b", []int64{1, 2, 1, 1}, []float32{0.5, -0.5}).
		Init("gamma", []int64{2}, []float32{2, 1}).Init("beta", []int64{2}, []float32{0, 1}).
		Init("mean", []int64{2}, []float32{0, 0}).Init("var", []int64{2}, []float32{1, 1}).
		Node("Conv", "conv", []string{"x", "w"}, []string{"c"}, onnxbuild.Ints("pads", 1, 1, 1, 1)).
		Node("Add", "bias", []string{"c", "b"}, []string{"a"}).
		Node("BatchNormalization", "bn", []string{"a", "gamma", "beta", "mean", "var"}, []string{"n"}, onnxbuild.Float("epsilon", 0)).
		Op("Relu", "relu", "n", "r").
		Op("Flatten", "flatten", "r", "y").
		Output("y").
		Bytes()
	g, err := onnx.Decode(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, n := range g.Nodes {
		fmt.Println(n.Name, n.Op, n.Inputs, "->", n.Output)
	}
	fmt.Println("bias", g.Nodes[0].B.Data, "w[0]", g.Nodes[0].W.Data[0], "w[9]", g.Nodes[0].W.Data[9])
	// Output:
	// conv Conv [x] -> n
	// relu Relu [n] -> r
	// flatten Reshape [r] -> y
	// bias [1 0.5] w[0] 2 w[9] 1
}

func ExampleEncode() {
	g := &graph.Graph{Name: "mlp", Input: "x", InputShape: []int{1, 2}, Output: "y", Nodes: []graph.Node{
		{Name: "fc", Op: graph.Dense, Inputs: []string{"x"}, Output: "h", W: &graph.Tensor{Shape: []int{3, 2}, Data: []float32{1, 2, 3, 4, 5, 6}}},
		{Name: "softmax", Op: graph.Softmax, Inputs: []string{"h"}, Output: "y"},
	}}
	data, err := onnx.Encode(g)
	if err != nil {
		fmt.Println(err)
		return
	}
	back, err := onnx.Decode(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(back.Nodes[0].Op, back.Nodes[0].W.Shape, back.Nodes[1].Op)
	// Output:
	// Dense [3 2] Softmax
}
