//go:build pin

// Package pin records, for `go mod tidy`, the modules of the design that no
// package imports yet (gorgonia for float reference models, pebble for node
// state, go-hclog for logging), so that go.mod pins their exact versions
// before the issues that use them land. It is never built (build tag "pin").
package pin

import (
	_ "github.com/cockroachdb/pebble"
	_ "github.com/ethereum/go-ethereum/crypto"
	_ "github.com/hashicorp/go-hclog"
	_ "github.com/urfave/cli/v2"
	_ "go4.org/unsafe/assume-no-moving-gc"
	_ "gorgonia.org/gorgonia"
)
