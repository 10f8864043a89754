package txmgr

import (
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
)

// Both real clients satisfy Client (compile-time check).
var (
	_ Client = (*ethclient.Client)(nil)
	_ Client = simulated.Client(nil)
)
