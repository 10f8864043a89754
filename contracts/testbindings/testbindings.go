// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testbindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// ArithmeticHarnessMetaData contains all meta data concerning the ArithmeticHarness contract.
var ArithmeticHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"name\":\"ZeroHashLevel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"x\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"lo\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"hi\",\"type\":\"int256\"}],\"name\":\"clamp\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"a\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"b\",\"type\":\"int256\"}],\"name\":\"divRound\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"a\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"b\",\"type\":\"bytes32\"}],\"name\":\"hashPair\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"isqrt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"x\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"m\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"s\",\"type\":\"uint256\"}],\"name\":\"requantize\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"p\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"s\",\"type\":\"uint256\"}],\"name\":\"roundShift\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"x\",\"type\":\"int256\"}],\"name\":\"sat32\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"x\",\"type\":\"int256\"}],\"name\":\"sat8\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"siblings\",\"type\":\"bytes\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"x\",\"type\":\"int256\"}],\"name\":\"wrap32\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"name\":\"zeroHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "5b55376d0f44fb93002f8e6872625e24df",
	Bin: "0x608080604052346015576104df908161001a8239f35b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c9081631d213181146103e35750806333a09b71146103af5780633695a9401461038557806341b4631e1461031157806356464884146102715780637b8d0f0c1461023b5780637c9f7117146101e2578063b5c704ef146101c2578063c128c3ae14610153578063e4353475146100df5763ec282a8214610095575f80fd5b346100db5760203660031901126100db5760206100d3600435637fffffff8113637fffffff82180218637fffffff198112637fffffff198218021890565b604051908152f35b5f80fd5b346100db5760a03660031901126100db5760843567ffffffffffffffff81116100db57366023820112156100db5780600401359067ffffffffffffffff82116100db5736602483830101116100db576020916024610149920160643560443560243560043561042b565b6040519015158152f35b346100db5760603660031901126100db5760206100d361019d6044356024356004350290603e8111603e82180218908060ff1d91829182806001841b60011c92180301901c180390565b637fffffff8113637fffffff82180218637fffffff198112637fffffff198218021890565b346100db5760203660031901126100db57602060405160043560030b8152f35b346100db5760403660031901126100db5760205f60043560243582811361020e575b5050604051908152f35b8091925060011b915f811260011461022d5760011b01045b8280610204565b5f0360011b01045f03610226565b346100db5760603660031901126100db576020600435602435906044359180821290821802186040519180821390821802188152f35b346100db5760203660031901126100db5760205f60043580610297575b50604051908152f35b905063ffffffff811160051b61ffff82821c1160041b1760ff82821c1160031b17600f82821c1160021b17600382821c1160011b17600182821c111760011c600182821c911b0160011c8082040160011c8082040160011c8082040160011c8082040160011c8082040160011c809104811190038261028e565b346100db5760203660031901126100db575f6004356040811161035a57905f915b80831061034457602082604051908152f35b90805f52602052600160405f2092019190610332565b7ff87c36ca000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346100db5760403660031901126100db576004355f52602435602052602060405f20604051908152f35b346100db5760203660031901126100db576020600435607f8113607f8218021860405190607f198112607f19821802188152f35b346100db5760403660031901126100db5760209061042760243560043590603e8111603e82180218908060ff1d91829182806001841b60011c92180301901c180390565b8152f35b94939290918460051c906028811190811561049d575b506104935781901c61048a579190928101905b818110610462575050501490565b90919260208460051b1690815260208235911852602060405f209360011c9101919091610454565b50505050505f90565b5050505050505f90565b9050602803602881116104b25781115f610441565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd",
}

// ArithmeticHarness is an auto generated Go binding around an Ethereum contract.
type ArithmeticHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ArithmeticHarness) GetABI() abi.ABI {
	return c.abi
}

// NewArithmeticHarness creates a new instance of ArithmeticHarness.
func NewArithmeticHarness() *ArithmeticHarness {
	parsed, err := ArithmeticHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ArithmeticHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ArithmeticHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackClamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b8d0f0c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clamp(int256 x, int256 lo, int256 hi) pure returns(int256)
func (arithmeticHarness *ArithmeticHarness) PackClamp(x *big.Int, lo *big.Int, hi *big.Int) []byte {
	enc, err := arithmeticHarness.abi.Pack("clamp", x, lo, hi)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b8d0f0c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clamp(int256 x, int256 lo, int256 hi) pure returns(int256)
func (arithmeticHarness *ArithmeticHarness) TryPackClamp(x *big.Int, lo *big.Int, hi *big.Int) ([]byte, error) {
	return arithmeticHarness.abi.Pack("clamp", x, lo, hi)
}

// UnpackClamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b8d0f0c.
//
// Solidity: function clamp(int256 x, int256 lo, int256 hi) pure returns(int256)
func (arithmeticHarness *ArithmeticHarness) UnpackClamp(data []byte) (*big.Int, error) {
	out, err := arithmeticHarness.abi.Unpack("clamp", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDivRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c9f7117.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function divRound(int256 a, int256 b) pure returns(int256)
func (arithmeticHarness *ArithmeticHarness) PackDivRound(a *big.Int, b *big.Int) []byte {
	enc, err := arithmeticHarness.abi.Pack("divRound", a, b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDivRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c9f7117.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function divRound(int256 a, int256 b) pure returns(int256)
func (arithmeticHarness *ArithmeticHarness) TryPackDivRound(a *big.Int, b *big.Int) ([]byte, error) {
	return arithmeticHarness.abi.Pack("divRound", a, b)
}

// UnpackDivRound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c9f7117.
//
// Solidity: function divRound(int256 a, int256 b) pure returns(int256)
func (arithmeticHarness *ArithmeticHarness) UnpackDivRound(data []byte) (*big.Int, error) {
	out, err := arithmeticHarness.abi.Unpack("divRound", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHashPair is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3695a940.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashPair(bytes32 a, bytes32 b) pure returns(bytes32)
func (arithmeticHarness *ArithmeticHarness) PackHashPair(a [32]byte, b [32]byte) []byte {
	enc, err := arithmeticHarness.abi.Pack("hashPair", a, b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashPair is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3695a940.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashPair(bytes32 a, bytes32 b) pure returns(bytes32)
func (arithmeticHarness *ArithmeticHarness) TryPackHashPair(a [32]byte, b [32]byte) ([]byte, error) {
	return arithmeticHarness.abi.Pack("hashPair", a, b)
}

// UnpackHashPair is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3695a940.
//
// Solidity: function hashPair(bytes32 a, bytes32 b) pure returns(bytes32)
func (arithmeticHarness *ArithmeticHarness) UnpackHashPair(data []byte) ([32]byte, error) {
	out, err := arithmeticHarness.abi.Unpack("hashPair", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIsqrt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56464884.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isqrt(uint256 n) pure returns(uint256)
func (arithmeticHarness *ArithmeticHarness) PackIsqrt(n *big.Int) []byte {
	enc, err := arithmeticHarness.abi.Pack("isqrt", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsqrt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56464884.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isqrt(uint256 n) pure returns(uint256)
func (arithmeticHarness *ArithmeticHarness) TryPackIsqrt(n *big.Int) ([]byte, error) {
	return arithmeticHarness.abi.Pack("isqrt", n)
}

// UnpackIsqrt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56464884.
//
// Solidity: function isqrt(uint256 n) pure returns(uint256)
func (arithmeticHarness *ArithmeticHarness) UnpackIsqrt(data []byte) (*big.Int, error) {
	out, err := arithmeticHarness.abi.Unpack("isqrt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequantize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc128c3ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requantize(int256 x, int256 m, uint256 s) pure returns(int256)
func (arithmeticHarness *ArithmeticHarness) PackRequantize(x *big.Int, m *big.Int, s *big.Int) []byte {
	enc, err := arithmeticHarness.abi.Pack("requantize", x, m, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequantize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc128c3ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requantize(int256 x, int256 m, uint256 s) pure returns(int256)
func (arithmeticHarness *ArithmeticHarness) TryPackRequantize(x *big.Int, m *big.Int, s *big.Int) ([]byte, error) {
	return arithmeticHarness.abi.Pack("requantize", x, m, s)
}

// UnpackRequantize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc128c3ae.
//
// Solidity: function requantize(int256 x, int256 m, uint256 s) pure returns(int256)
func (arithmeticHarness *ArithmeticHarness) UnpackRequantize(data []byte) (*big.Int, error) {
	out, err := arithmeticHarness.abi.Unpack("requantize", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRoundShift is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d213181.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function roundShift(int256 p, uint256 s) pure returns(int256)
func (arithmeticHarness *ArithmeticHarness) PackRoundShift(p *big.Int, s *big.Int) []byte {
	enc, err := arithmeticHarness.abi.Pack("roundShift", p, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoundShift is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d213181.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function roundShift(int256 p, uint256 s) pure returns(int256)
func (arithmeticHarness *ArithmeticHarness) TryPackRoundShift(p *big.Int, s *big.Int) ([]byte, error) {
	return arithmeticHarness.abi.Pack("roundShift", p, s)
}

// UnpackRoundShift is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d213181.
//
// Solidity: function roundShift(int256 p, uint256 s) pure returns(int256)
func (arithmeticHarness *ArithmeticHarness) UnpackRoundShift(data []byte) (*big.Int, error) {
	out, err := arithmeticHarness.abi.Unpack("roundShift", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSat32 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec282a82.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sat32(int256 x) pure returns(int256)
func (arithmeticHarness *ArithmeticHarness) PackSat32(x *big.Int) []byte {
	enc, err := arithmeticHarness.abi.Pack("sat32", x)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSat32 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec282a82.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sat32(int256 x) pure returns(int256)
func (arithmeticHarness *ArithmeticHarness) TryPackSat32(x *big.Int) ([]byte, error) {
	return arithmeticHarness.abi.Pack("sat32", x)
}

// UnpackSat32 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xec282a82.
//
// Solidity: function sat32(int256 x) pure returns(int256)
func (arithmeticHarness *ArithmeticHarness) UnpackSat32(data []byte) (*big.Int, error) {
	out, err := arithmeticHarness.abi.Unpack("sat32", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSat8 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33a09b71.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sat8(int256 x) pure returns(int256)
func (arithmeticHarness *ArithmeticHarness) PackSat8(x *big.Int) []byte {
	enc, err := arithmeticHarness.abi.Pack("sat8", x)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSat8 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33a09b71.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sat8(int256 x) pure returns(int256)
func (arithmeticHarness *ArithmeticHarness) TryPackSat8(x *big.Int) ([]byte, error) {
	return arithmeticHarness.abi.Pack("sat8", x)
}

// UnpackSat8 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33a09b71.
//
// Solidity: function sat8(int256 x) pure returns(int256)
func (arithmeticHarness *ArithmeticHarness) UnpackSat8(data []byte) (*big.Int, error) {
	out, err := arithmeticHarness.abi.Unpack("sat8", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4353475.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes32 root, bytes32 node, uint256 level, uint256 index, bytes siblings) pure returns(bool)
func (arithmeticHarness *ArithmeticHarness) PackVerify(root [32]byte, node [32]byte, level *big.Int, index *big.Int, siblings []byte) []byte {
	enc, err := arithmeticHarness.abi.Pack("verify", root, node, level, index, siblings)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4353475.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes32 root, bytes32 node, uint256 level, uint256 index, bytes siblings) pure returns(bool)
func (arithmeticHarness *ArithmeticHarness) TryPackVerify(root [32]byte, node [32]byte, level *big.Int, index *big.Int, siblings []byte) ([]byte, error) {
	return arithmeticHarness.abi.Pack("verify", root, node, level, index, siblings)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe4353475.
//
// Solidity: function verify(bytes32 root, bytes32 node, uint256 level, uint256 index, bytes siblings) pure returns(bool)
func (arithmeticHarness *ArithmeticHarness) UnpackVerify(data []byte) (bool, error) {
	out, err := arithmeticHarness.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWrap32 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5c704ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function wrap32(int256 x) pure returns(int256)
func (arithmeticHarness *ArithmeticHarness) PackWrap32(x *big.Int) []byte {
	enc, err := arithmeticHarness.abi.Pack("wrap32", x)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWrap32 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5c704ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function wrap32(int256 x) pure returns(int256)
func (arithmeticHarness *ArithmeticHarness) TryPackWrap32(x *big.Int) ([]byte, error) {
	return arithmeticHarness.abi.Pack("wrap32", x)
}

// UnpackWrap32 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb5c704ef.
//
// Solidity: function wrap32(int256 x) pure returns(int256)
func (arithmeticHarness *ArithmeticHarness) UnpackWrap32(data []byte) (*big.Int, error) {
	out, err := arithmeticHarness.abi.Unpack("wrap32", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackZeroHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41b4631e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function zeroHash(uint256 level) pure returns(bytes32)
func (arithmeticHarness *ArithmeticHarness) PackZeroHash(level *big.Int) []byte {
	enc, err := arithmeticHarness.abi.Pack("zeroHash", level)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackZeroHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41b4631e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function zeroHash(uint256 level) pure returns(bytes32)
func (arithmeticHarness *ArithmeticHarness) TryPackZeroHash(level *big.Int) ([]byte, error) {
	return arithmeticHarness.abi.Pack("zeroHash", level)
}

// UnpackZeroHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x41b4631e.
//
// Solidity: function zeroHash(uint256 level) pure returns(bytes32)
func (arithmeticHarness *ArithmeticHarness) UnpackZeroHash(data []byte) ([32]byte, error) {
	out, err := arithmeticHarness.abi.Unpack("zeroHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (arithmeticHarness *ArithmeticHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], arithmeticHarness.abi.Errors["ZeroHashLevel"].ID.Bytes()[:4]) {
		return arithmeticHarness.UnpackZeroHashLevelError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ArithmeticHarnessZeroHashLevel represents a ZeroHashLevel error raised by the ArithmeticHarness contract.
type ArithmeticHarnessZeroHashLevel struct {
	Level *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroHashLevel(uint256 level)
func ArithmeticHarnessZeroHashLevelErrorID() common.Hash {
	return common.HexToHash("0xf87c36ca7db26a0a60453031bf7b86ed1b093422e0624abf6b7ad96835768f78")
}

// UnpackZeroHashLevelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroHashLevel(uint256 level)
func (arithmeticHarness *ArithmeticHarness) UnpackZeroHashLevelError(raw []byte) (*ArithmeticHarnessZeroHashLevel, error) {
	out := new(ArithmeticHarnessZeroHashLevel)
	if err := arithmeticHarness.abi.UnpackIntoInterface(out, "ZeroHashLevel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentererMetaData contains all meta data concerning the Reenterer contract.
var ReentererMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractInferenceOracle\",\"name\":\"oracle_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"armed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractInferenceOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"request\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"a\",\"type\":\"bool\"}],\"name\":\"setArmed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "92d0b00def8fe1c6d15b55b96be3b4699c",
	Bin: "0x60a03461009057601f6104ae38819003918201601f19168301916001600160401b038311848410176100945780849260209460405283398101031261009057516001600160a01b038116810361009057600160ff195f5416175f5560805260405161040590816100a98239608051818181602f01528181610131015281816101720152818161021901526103410152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610095575b50361561001a575f80fd5b60ff5f541661002557005b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016803b15610091575f8091600460405180948193633ccfd60b60e01b83525af180156100865761007a57005b5f610084916103b6565b005b6040513d5f823e3d90fd5b5f80fd5b5f905f3560e01c9081631393fb9c14610293575080632f411093146102725780633ccfd60b146101fe57806340e58ee5146101555780637dc0d1d0146101115763a5ff06c70361000f573461010e57602036600319011261010e5760043580151580910361010c5760ff8019835416911617815580f35b505b80fd5b503461010e578060031936011261010e5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461010e57602036600319011261010e57806001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016803b156101fb578180916024604051809481937f40e58ee500000000000000000000000000000000000000000000000000000000835260043560048401525af180156101f0576101df5750f35b816101e9916103b6565b61010e5780f35b6040513d84823e3d90fd5b50fd5b5034610091575f366003190112610091576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016803b15610091575f8091600460405180948193633ccfd60b60e01b83525af1801561008657610266575080f35b61008491505f906103b6565b34610091575f36600319011261009157602060ff5f54166040519015158152f35b60403660031901126100915760243567ffffffffffffffff811161009157366023820112156100915780600401359067ffffffffffffffff82116100915736602483830101116100915760848383602094602483957f7490bfd4000000000000000000000000000000000000000000000000000000008552600435600486015260608286015282606486015201848401375f82820184018190526044830152601f01601f19168101030181347f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af18015610086575f90610383575b602090604051908152f35b506020813d6020116103ae575b8161039d602093836103b6565b810103126100915760209051610378565b3d9150610390565b90601f8019910116810190811067ffffffffffffffff8211176103d857604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd",
}

// Reenterer is an auto generated Go binding around an Ethereum contract.
type Reenterer struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Reenterer) GetABI() abi.ABI {
	return c.abi
}

// NewReenterer creates a new instance of Reenterer.
func NewReenterer() *Reenterer {
	parsed, err := ReentererMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Reenterer{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Reenterer) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address oracle_) returns()
func (reenterer *Reenterer) PackConstructor(oracle_ common.Address) []byte {
	enc, err := reenterer.abi.Pack("", oracle_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackArmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f411093.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function armed() view returns(bool)
func (reenterer *Reenterer) PackArmed() []byte {
	enc, err := reenterer.abi.Pack("armed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f411093.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function armed() view returns(bool)
func (reenterer *Reenterer) TryPackArmed() ([]byte, error) {
	return reenterer.abi.Pack("armed")
}

// UnpackArmed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f411093.
//
// Solidity: function armed() view returns(bool)
func (reenterer *Reenterer) UnpackArmed(data []byte) (bool, error) {
	out, err := reenterer.abi.Unpack("armed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(uint256 requestId) returns()
func (reenterer *Reenterer) PackCancel(requestId *big.Int) []byte {
	enc, err := reenterer.abi.Pack("cancel", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(uint256 requestId) returns()
func (reenterer *Reenterer) TryPackCancel(requestId *big.Int) ([]byte, error) {
	return reenterer.abi.Pack("cancel", requestId)
}

// PackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function oracle() view returns(address)
func (reenterer *Reenterer) PackOracle() []byte {
	enc, err := reenterer.abi.Pack("oracle")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function oracle() view returns(address)
func (reenterer *Reenterer) TryPackOracle() ([]byte, error) {
	return reenterer.abi.Pack("oracle")
}

// UnpackOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (reenterer *Reenterer) UnpackOracle(data []byte) (common.Address, error) {
	out, err := reenterer.abi.Unpack("oracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1393fb9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function request(bytes32 modelId, bytes input) payable returns(uint256)
func (reenterer *Reenterer) PackRequest(modelId [32]byte, input []byte) []byte {
	enc, err := reenterer.abi.Pack("request", modelId, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1393fb9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function request(bytes32 modelId, bytes input) payable returns(uint256)
func (reenterer *Reenterer) TryPackRequest(modelId [32]byte, input []byte) ([]byte, error) {
	return reenterer.abi.Pack("request", modelId, input)
}

// UnpackRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1393fb9c.
//
// Solidity: function request(bytes32 modelId, bytes input) payable returns(uint256)
func (reenterer *Reenterer) UnpackRequest(data []byte) (*big.Int, error) {
	out, err := reenterer.abi.Unpack("request", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetArmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5ff06c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setArmed(bool a) returns()
func (reenterer *Reenterer) PackSetArmed(a bool) []byte {
	enc, err := reenterer.abi.Pack("setArmed", a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetArmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5ff06c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setArmed(bool a) returns()
func (reenterer *Reenterer) TryPackSetArmed(a bool) ([]byte, error) {
	return reenterer.abi.Pack("setArmed", a)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (reenterer *Reenterer) PackWithdraw() []byte {
	enc, err := reenterer.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (reenterer *Reenterer) TryPackWithdraw() ([]byte, error) {
	return reenterer.abi.Pack("withdraw")
}

// TestConsumerMetaData contains all meta data concerning the TestConsumer contract.
var TestConsumerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractInferenceOracle\",\"name\":\"oracle_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NotOracle\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Refused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"callbackGas\",\"type\":\"uint64\"}],\"name\":\"ask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"calls\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastOutput\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastRequestId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mode\",\"outputs\":[{\"internalType\":\"enumTestConsumer.Mode\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"onInferenceResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractInferenceOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumTestConsumer.Mode\",\"name\":\"m\",\"type\":\"uint8\"}],\"name\":\"setMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "a69cfbef2dcf999e2fd0eaf13405a4b1ca",
	Bin: "0x60a034607457601f61085738819003918201601f19168301916001600160401b03831184841017607857808492602094604052833981010312607457516001600160a01b03811681036074576080526040516107ca908161008d823960805181818161015e0152818161036f01526105a90152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c806321175b4a14610094578063295a52121461008f578063305f72b71461008a5780637dc0d1d01461008557806397228a7e14610080578063a1fbbfe71461007b578063e6859df2146100765763fc2a88c314610071575f80fd5b610631565b610501565b610327565b61021f565b610132565b610115565b6100ed565b346100c15760203660031901126100c15760043560058110156100c15760ff80195f54169116175f555f80f35b5f80fd5b5f9103126100c157565b600511156100d957565b634e487b7160e01b5f52602160045260245ffd5b346100c1575f3660031901126100c15760ff5f541660405160058210156100d9576020918152f35b346100c1575f3660031901126100c1576020600154604051908152f35b346100c1575f3660031901126100c157602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b90600182811c921680156101b0575b602083101461019c57565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610191565b634e487b7160e01b5f52604160045260245ffd5b90601f8019910116810190811067ffffffffffffffff8211176101f057604052565b6101ba565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b346100c1575f3660031901126100c1576040515f60035461023f81610182565b80845290600181169081156102d55750600114610277575b61027383610267818503826101ce565b604051918291826101f5565b0390f35b91905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f905b8082106102bb57509091508101602001610267610257565b9192600181602092548385880101520191019092916102a3565b60ff191660208086019190915291151560051b840190910191506102679050610257565b9181601f840112156100c15782359167ffffffffffffffff83116100c157602083818601950101116100c157565b346100c15760403660031901126100c15760243567ffffffffffffffff81116100c1576103589036906004016102f9565b73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016918233036104d9575f5460ff166103a5816100cf565b600181146104b1576103b6816100cf565b6002811461047f576103c7816100cf565b6003811461047857806103db6004926100cf565b1461040b575b61040992506103f96103f4600154610659565b600155565b610404600435600255565b6106d9565b005b823b156100c1575f80936004604051809681937f3ccfd60b0000000000000000000000000000000000000000000000000000000083525af19283156104735761040993610459575b506103e1565b806104675f61046d936101ce565b806100c5565b5f610453565b61064e565b620186a05ff35b5f5b6040516104a98161049b6020820194859190602083019252565b03601f1981018352826101ce565b519020610481565b7f8ac5ff0b000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f1bc2178f000000000000000000000000000000000000000000000000000000005f5260045ffd5b60603660031901126100c15760243567ffffffffffffffff81116100c15761052d9036906004016102f9565b906044359167ffffffffffffffff83168093036100c15760846020928260405195869485937f7490bfd4000000000000000000000000000000000000000000000000000000008552600435600486015260606024860152816064860152858501375f8383018501526044830152601f01601f19168101030181347f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff165af1801561047357610273915f91610602575b506040519081529081906020820190565b610624915060203d60201161062a575b61061c81836101ce565b8101906107bb565b5f6105f1565b503d610612565b346100c1575f3660031901126100c1576020600254604051908152f35b6040513d5f823e3d90fd5b906001820180921161066757565b634e487b7160e01b5f52601160045260245ffd5b919091601f831161068c575b505050565b81831161069857505050565b5f5260205f206020601f830160051c92106106d1575b81601f9101920160051c03905f5b82811015610687575f828201556001016106bc565b5f91506106ae565b919067ffffffffffffffff81116101f057610700816106f9600354610182565b600361067b565b5f601f821160011461073e57819061072e93945f92610733575b50508160011b915f199060031b1c19161790565b600355565b013590505f8061071a565b60035f52601f198216937fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f5b8681106107a3575083600195961061078a575b505050811b01600355565b01355f19600384901b60f8161c191690555f808061077f565b9092602060018192868601358155019401910161076c565b908160209103126100c157519056",
}

// TestConsumer is an auto generated Go binding around an Ethereum contract.
type TestConsumer struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestConsumer) GetABI() abi.ABI {
	return c.abi
}

// NewTestConsumer creates a new instance of TestConsumer.
func NewTestConsumer() *TestConsumer {
	parsed, err := TestConsumerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestConsumer{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestConsumer) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address oracle_) returns()
func (testConsumer *TestConsumer) PackConstructor(oracle_ common.Address) []byte {
	enc, err := testConsumer.abi.Pack("", oracle_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAsk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6859df2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ask(bytes32 modelId, bytes input, uint64 callbackGas) payable returns(uint256)
func (testConsumer *TestConsumer) PackAsk(modelId [32]byte, input []byte, callbackGas uint64) []byte {
	enc, err := testConsumer.abi.Pack("ask", modelId, input, callbackGas)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAsk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6859df2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ask(bytes32 modelId, bytes input, uint64 callbackGas) payable returns(uint256)
func (testConsumer *TestConsumer) TryPackAsk(modelId [32]byte, input []byte, callbackGas uint64) ([]byte, error) {
	return testConsumer.abi.Pack("ask", modelId, input, callbackGas)
}

// UnpackAsk is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe6859df2.
//
// Solidity: function ask(bytes32 modelId, bytes input, uint64 callbackGas) payable returns(uint256)
func (testConsumer *TestConsumer) UnpackAsk(data []byte) (*big.Int, error) {
	out, err := testConsumer.abi.Unpack("ask", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCalls is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x305f72b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function calls() view returns(uint256)
func (testConsumer *TestConsumer) PackCalls() []byte {
	enc, err := testConsumer.abi.Pack("calls")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCalls is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x305f72b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function calls() view returns(uint256)
func (testConsumer *TestConsumer) TryPackCalls() ([]byte, error) {
	return testConsumer.abi.Pack("calls")
}

// UnpackCalls is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x305f72b7.
//
// Solidity: function calls() view returns(uint256)
func (testConsumer *TestConsumer) UnpackCalls(data []byte) (*big.Int, error) {
	out, err := testConsumer.abi.Unpack("calls", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLastOutput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97228a7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastOutput() view returns(bytes)
func (testConsumer *TestConsumer) PackLastOutput() []byte {
	enc, err := testConsumer.abi.Pack("lastOutput")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastOutput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97228a7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastOutput() view returns(bytes)
func (testConsumer *TestConsumer) TryPackLastOutput() ([]byte, error) {
	return testConsumer.abi.Pack("lastOutput")
}

// UnpackLastOutput is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97228a7e.
//
// Solidity: function lastOutput() view returns(bytes)
func (testConsumer *TestConsumer) UnpackLastOutput(data []byte) ([]byte, error) {
	out, err := testConsumer.abi.Unpack("lastOutput", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackLastRequestId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc2a88c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastRequestId() view returns(uint256)
func (testConsumer *TestConsumer) PackLastRequestId() []byte {
	enc, err := testConsumer.abi.Pack("lastRequestId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastRequestId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc2a88c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastRequestId() view returns(uint256)
func (testConsumer *TestConsumer) TryPackLastRequestId() ([]byte, error) {
	return testConsumer.abi.Pack("lastRequestId")
}

// UnpackLastRequestId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc2a88c3.
//
// Solidity: function lastRequestId() view returns(uint256)
func (testConsumer *TestConsumer) UnpackLastRequestId(data []byte) (*big.Int, error) {
	out, err := testConsumer.abi.Unpack("lastRequestId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mode() view returns(uint8)
func (testConsumer *TestConsumer) PackMode() []byte {
	enc, err := testConsumer.abi.Pack("mode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mode() view returns(uint8)
func (testConsumer *TestConsumer) TryPackMode() ([]byte, error) {
	return testConsumer.abi.Pack("mode")
}

// UnpackMode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (testConsumer *TestConsumer) UnpackMode(data []byte) (uint8, error) {
	out, err := testConsumer.abi.Unpack("mode", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOnInferenceResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1fbbfe7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onInferenceResult(uint256 requestId, bytes output) returns()
func (testConsumer *TestConsumer) PackOnInferenceResult(requestId *big.Int, output []byte) []byte {
	enc, err := testConsumer.abi.Pack("onInferenceResult", requestId, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnInferenceResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1fbbfe7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onInferenceResult(uint256 requestId, bytes output) returns()
func (testConsumer *TestConsumer) TryPackOnInferenceResult(requestId *big.Int, output []byte) ([]byte, error) {
	return testConsumer.abi.Pack("onInferenceResult", requestId, output)
}

// PackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function oracle() view returns(address)
func (testConsumer *TestConsumer) PackOracle() []byte {
	enc, err := testConsumer.abi.Pack("oracle")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function oracle() view returns(address)
func (testConsumer *TestConsumer) TryPackOracle() ([]byte, error) {
	return testConsumer.abi.Pack("oracle")
}

// UnpackOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (testConsumer *TestConsumer) UnpackOracle(data []byte) (common.Address, error) {
	out, err := testConsumer.abi.Unpack("oracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMode(uint8 m) returns()
func (testConsumer *TestConsumer) PackSetMode(m uint8) []byte {
	enc, err := testConsumer.abi.Pack("setMode", m)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMode(uint8 m) returns()
func (testConsumer *TestConsumer) TryPackSetMode(m uint8) ([]byte, error) {
	return testConsumer.abi.Pack("setMode", m)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (testConsumer *TestConsumer) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], testConsumer.abi.Errors["NotOracle"].ID.Bytes()[:4]) {
		return testConsumer.UnpackNotOracleError(raw[4:])
	}
	if bytes.Equal(raw[:4], testConsumer.abi.Errors["Refused"].ID.Bytes()[:4]) {
		return testConsumer.UnpackRefusedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TestConsumerNotOracle represents a NotOracle error raised by the TestConsumer contract.
type TestConsumerNotOracle struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOracle()
func TestConsumerNotOracleErrorID() common.Hash {
	return common.HexToHash("0x1bc2178ff40791728502e85eae73c51961005ccbcb2a88fc51429b4eaa8a95bb")
}

// UnpackNotOracleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOracle()
func (testConsumer *TestConsumer) UnpackNotOracleError(raw []byte) (*TestConsumerNotOracle, error) {
	out := new(TestConsumerNotOracle)
	if err := testConsumer.abi.UnpackIntoInterface(out, "NotOracle", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestConsumerRefused represents a Refused error raised by the TestConsumer contract.
type TestConsumerRefused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Refused()
func TestConsumerRefusedErrorID() common.Hash {
	return common.HexToHash("0x8ac5ff0bf8ef9807b77ae1c204f55cfc54a1ef5de6b0c1149bcb69153525ab21")
}

// UnpackRefusedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Refused()
func (testConsumer *TestConsumer) UnpackRefusedError(raw []byte) (*TestConsumerRefused, error) {
	out := new(TestConsumerRefused)
	if err := testConsumer.abi.UnpackIntoInterface(out, "Refused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ToyStepVerifierMetaData contains all meta data concerning the ToyStepVerifier contract.
var ToyStepVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadToyState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"preState\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"t\",\"type\":\"uint64\"}],\"name\":\"toyHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"h\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "603fb6df508acf1530d1486dc99028a2db",
	Bin: "0x60808060405234601557610254908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806375afcf451461015d5763f8e0cb961461002f575f80fd5b346100e85760403660031901126100e85760043567ffffffffffffffff81116100e857610060903690600401610190565b60243567ffffffffffffffff81116100e857610080903690600401610190565b505060298114801590610117575b6100ec57806021116100e8576029116100e8576001602182013560c01c019067ffffffffffffffff82116100d45760209160016100cc9201356101be565b604051908152f35b634e487b7160e01b5f52601160045260245ffd5b5f80fd5b7f6212bbc9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b508015610149577fff00000000000000000000000000000000000000000000000000000000000000823516151561008e565b634e487b7160e01b5f52603260045260245ffd5b346100e85760403660031901126100e85760243567ffffffffffffffff811681036100e8576100cc6020916004356101be565b9181601f840112156100e85782359167ffffffffffffffff83116100e857602083818601950101116100e857565b7fffffffffffffffff0000000000000000000000000000000000000000000000006040519260208401925f8452602185015260c01b16604183015260298252606082019180831067ffffffffffffffff841117610240577effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff926040525190201690565b634e487b7160e01b5f52604160045260245ffd",
}

// ToyStepVerifier is an auto generated Go binding around an Ethereum contract.
type ToyStepVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ToyStepVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewToyStepVerifier creates a new instance of ToyStepVerifier.
func NewToyStepVerifier() *ToyStepVerifier {
	parsed, err := ToyStepVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ToyStepVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ToyStepVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e0cb96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step(bytes preState, bytes ) pure returns(bytes32)
func (toyStepVerifier *ToyStepVerifier) PackStep(preState []byte, arg1 []byte) []byte {
	enc, err := toyStepVerifier.abi.Pack("step", preState, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e0cb96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step(bytes preState, bytes ) pure returns(bytes32)
func (toyStepVerifier *ToyStepVerifier) TryPackStep(preState []byte, arg1 []byte) ([]byte, error) {
	return toyStepVerifier.abi.Pack("step", preState, arg1)
}

// UnpackStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8e0cb96.
//
// Solidity: function step(bytes preState, bytes ) pure returns(bytes32)
func (toyStepVerifier *ToyStepVerifier) UnpackStep(data []byte) ([32]byte, error) {
	out, err := toyStepVerifier.abi.Unpack("step", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackToyHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75afcf45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function toyHash(bytes32 seed, uint64 t) pure returns(bytes32 h)
func (toyStepVerifier *ToyStepVerifier) PackToyHash(seed [32]byte, t uint64) []byte {
	enc, err := toyStepVerifier.abi.Pack("toyHash", seed, t)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToyHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75afcf45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function toyHash(bytes32 seed, uint64 t) pure returns(bytes32 h)
func (toyStepVerifier *ToyStepVerifier) TryPackToyHash(seed [32]byte, t uint64) ([]byte, error) {
	return toyStepVerifier.abi.Pack("toyHash", seed, t)
}

// UnpackToyHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75afcf45.
//
// Solidity: function toyHash(bytes32 seed, uint64 t) pure returns(bytes32 h)
func (toyStepVerifier *ToyStepVerifier) UnpackToyHash(data []byte) ([32]byte, error) {
	out, err := toyStepVerifier.abi.Unpack("toyHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (toyStepVerifier *ToyStepVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], toyStepVerifier.abi.Errors["BadToyState"].ID.Bytes()[:4]) {
		return toyStepVerifier.UnpackBadToyStateError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ToyStepVerifierBadToyState represents a BadToyState error raised by the ToyStepVerifier contract.
type ToyStepVerifierBadToyState struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadToyState(uint256 length)
func ToyStepVerifierBadToyStateErrorID() common.Hash {
	return common.HexToHash("0x6212bbc989dea7d0d5e25bb34128fec98cbfdf1cd39e22bee4d59c9eb3c1cf68")
}

// UnpackBadToyStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadToyState(uint256 length)
func (toyStepVerifier *ToyStepVerifier) UnpackBadToyStateError(raw []byte) (*ToyStepVerifierBadToyState, error) {
	out := new(ToyStepVerifierBadToyState)
	if err := toyStepVerifier.abi.UnpackIntoInterface(out, "BadToyState", raw); err != nil {
		return nil, err
	}
	return out, nil
}
