package node

import (
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/opml-dev/opml/contracts/arbiter"
)

// CompletionRec is what the services persist of a completion request
// (docs/protocol.md §3.6), from its CompletionRequested event; embedded in
// their request records, all zero for other requests.
type CompletionRec struct {
	Prompt     hexutil.Bytes `json:"prompt,omitempty"`
	Tokens     uint32        `json:"tokens,omitempty"`
	TokenBytes uint8         `json:"tokenBytes,omitempty"`
}

// CompletionOf is the record of a CompletionRequested event.
func CompletionOf(ev *arbiter.CompletionRequestedEvent) CompletionRec {
	return CompletionRec{Prompt: ev.Prompt, Tokens: ev.Tokens, TokenBytes: ev.TokenBytes}
}

// IsCompletion reports whether the record is a completion request's.
func (c CompletionRec) IsCompletion() bool { return c.TokenBytes != 0 }

// Completion is the request's parameters.
func (c CompletionRec) Completion() arbiter.Completion {
	return arbiter.Completion{Prompt: c.Prompt, Tokens: c.Tokens, TokenBytes: c.TokenBytes}
}
