package chainconfig

import (
	"math/big"

	"github.com/ethereum/go-ethereum/params"
)

// RulesName names the chain rules every gas figure is measured under.
const RulesName = "Osaka (Ethereum mainnet rules since Fusaka; no later fork), chain ID 1337"

// ChainID is the chain ID of Config.
const ChainID = 1337

// Config returns the pinned chain configuration: every fork through Osaka
// active at genesis, post-merge, and no fork after Osaka.
func Config() *params.ChainConfig {
	zero := func() *uint64 { v := uint64(0); return &v }
	return &params.ChainConfig{
		ChainID:                 big.NewInt(ChainID),
		HomesteadBlock:          big.NewInt(0),
		EIP150Block:             big.NewInt(0),
		EIP155Block:             big.NewInt(0),
		EIP158Block:             big.NewInt(0),
		ByzantiumBlock:          big.NewInt(0),
		ConstantinopleBlock:     big.NewInt(0),
		PetersburgBlock:         big.NewInt(0),
		IstanbulBlock:           big.NewInt(0),
		MuirGlacierBlock:        big.NewInt(0),
		BerlinBlock:             big.NewInt(0),
		LondonBlock:             big.NewInt(0),
		ArrowGlacierBlock:       big.NewInt(0),
		GrayGlacierBlock:        big.NewInt(0),
		MergeNetsplitBlock:      big.NewInt(0),
		TerminalTotalDifficulty: big.NewInt(0),
		ShanghaiTime:            zero(),
		CancunTime:              zero(),
		PragueTime:              zero(),
		OsakaTime:               zero(),
		BlobScheduleConfig: &params.BlobScheduleConfig{
			Cancun: params.DefaultCancunBlobConfig,
			Prague: params.DefaultPragueBlobConfig,
		},
	}
}
