package simchain

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

func decodeHex(s string) ([]byte, error) { return hexutil.Decode(s) }

// RevertData returns the revert data of err, if err is a revert.
func RevertData(err error) ([]byte, bool) {
	var re *RevertError
	if errors.As(err, &re) {
		return re.Data, true
	}
	return nil, false
}

// ErrorName returns the name of the custom error err reverted with, looked
// up in the given ABIs ("" if err is not a revert or the selector is unknown).
func ErrorName(err error, abis ...*abi.ABI) string {
	data, ok := RevertData(err)
	if !ok || len(data) < 4 {
		return ""
	}
	for _, a := range abis {
		for name, e := range a.Errors {
			if bytes.Equal(e.ID[:4], data[:4]) {
				return name
			}
		}
	}
	return fmt.Sprintf("unknown(%#x)", data[:4])
}
