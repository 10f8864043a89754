package echomodel

import (
	"fmt"

	"github.com/opml-dev/opml/vm/model"
)

// DefaultContext is the context length of the tests' model, the issue's
// language model's (docs/protocol.md §3.6 gas figures are at T = 64).
const DefaultContext = 64

// Echo returns the echo completion model of context T: int32 [T] input,
// one Reshape into an int32 [T] output (output[t] = input[t]).
func Echo(context uint32) (*model.Model, error) {
	if context == 0 {
		return nil, fmt.Errorf("echomodel: context of 0 tokens")
	}
	b := model.NewBuilder()
	x := b.InputInt32(context)
	m, err := b.Build(b.Reshape(x, context))
	if err != nil {
		return nil, fmt.Errorf("echomodel: %w", err)
	}
	return m, nil
}

// Completion is what Echo's greedy decoding yields after prompt ids:
// tokens copies of the prompt's last id.
func Completion(prompt []int32, tokens int) []int32 {
	out := make([]int32, tokens)
	for i := range out {
		out[i] = prompt[len(prompt)-1]
	}
	return out
}
