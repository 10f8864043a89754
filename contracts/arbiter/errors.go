package arbiter

import (
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/opml-dev/opml/contracts/bindings"
)

// ErrorABIs are the ABIs whose custom errors transaction managers decode.
func ErrorABIs() ([]*abi.ABI, error) {
	var out []*abi.ABI
	for _, md := range []*bind.MetaData{&bindings.InferenceOracleMetaData, &bindings.DisputeGameMetaData,
		&bindings.ModelRegistryMetaData, &bindings.ExampleConsumerMetaData} {
		a, err := md.ParseABI()
		if err != nil {
			return nil, fmt.Errorf("arbiter: %w", err)
		}
		out = append(out, a)
	}
	return out, nil
}
