package onnx

import (
	"fmt"
	"slices"

	"github.com/opml-dev/opml/pipeline/onnx/internal/onnxpb"
)

// PositionIDs is the name of the second graph input a language model may
// have: the positions of its tokens, int64 [1, T] (or [T]), as torch's
// export of Hugging Face's LLaMA writes it.
const PositionIDs = "position_ids"

// bindPositionIDs makes the graph input pos (named PositionIDs) the
// constant 0, 1, …, T−1 (docs/onnx.md, "Language models"): a completion
// model's context is fixed and its one pass reads the tokens at positions
// 0..T−1 (a prompt is padded at the end, never shifted), so these are the
// only positions the program is ever run at. It is accepted only when ids
// (the other input) are integer token ids of the same shape and
// position_ids feed nothing but Gathers (as their indices) of constant
// tables, the rotary cos/sin rows (cos[position_ids]); any other use is an
// error, since a binding is then not known to be what the graph means.
func (im *importer) bindPositionIDs(gp *onnxpb.GraphProto, pos, ids *onnxpb.ValueInfoProto) error {
	shape, isInt, err := inputShape(pos)
	if err != nil {
		return err
	}
	idShape, idsInt, err := inputShape(ids)
	if err != nil {
		return err
	}
	if !isInt || !idsInt || !slices.Equal(shape, idShape) {
		return fmt.Errorf("onnx: the graph input %q (%v) binds to the positions 0..T-1 only beside integer token ids of its shape; %q is %v", PositionIDs, shape, ids.GetName(), idShape)
	}
	producer := map[string]*onnxpb.NodeProto{}
	for _, n := range gp.Node {
		for _, o := range n.Output {
			producer[o] = n
		}
	}
	memo := map[string]bool{}
	var constant func(name string, depth int) bool
	constant = func(name string, depth int) bool {
		if _, ok := im.consts[name]; ok {
			return true
		}
		if v, ok := memo[name]; ok {
			return v
		}
		p, ok := producer[name]
		if !ok || depth > 64 {
			return false // a graph input, or too deep to tell
		}
		memo[name] = false // while in progress: a cycle is not constant, and no name is expanded twice
		c := true
		for _, in := range p.Input {
			if in != "" && !constant(in, depth+1) {
				c = false
				break
			}
		}
		memo[name] = c
		return c
	}
	for k, n := range gp.Node {
		for j, in := range n.Input {
			if in != PositionIDs {
				continue
			}
			if n.GetOpType() != "Gather" || (n.GetDomain() != "" && n.GetDomain() != "ai.onnx") || j != 1 || !constant(n.Input[0], 0) {
				return nodeError(n, k, "reads the graph input %q: position ids are accepted only as the indices of a Gather of a constant table (the rotary cos/sin), bound to the positions 0..T-1", PositionIDs)
			}
		}
	}
	for _, o := range gp.Output {
		if o.GetName() == PositionIDs {
			return fmt.Errorf("onnx: the graph input %q is the graph output", PositionIDs)
		}
	}
	t := &tensor{shape: shape}
	t.i = make([]int64, t.numel())
	for e := range t.i {
		t.i[e] = int64(e)
	}
	im.consts[PositionIDs] = t
	im.names[PositionIDs] = true
	return nil
}
