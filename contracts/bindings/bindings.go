// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

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

// DisputeGameGame is an auto generated low-level Go binding around an user-defined struct.
type DisputeGameGame struct {
	Owner           common.Address
	Status          uint8
	Claimant        common.Address
	Challenger      common.Address
	OwnerRef        *big.Int
	Lo              uint64
	Hi              uint64
	ClaimantClock   uint32
	ChallengerClock uint32
	LastMoveAt      *big.Int
	Turn            uint8
	Rounds          uint8
	LoHash          [32]byte
	HiHash          [32]byte
	Pending         [32]byte
}

// InferenceOracleClaim is an auto generated low-level Go binding around an user-defined struct.
type InferenceOracleClaim struct {
	Submitter   common.Address
	Deadline    *big.Int
	OpenGames   *big.Int
	RewardGames *big.Int
	Status      uint8
	FinalHash   [32]byte
}

// InferenceOracleRequest is an auto generated low-level Go binding around an user-defined struct.
type InferenceOracleRequest struct {
	Consumer         common.Address
	Fee              *big.Int
	CallbackGas      uint64
	Status           uint8
	Attempts         uint32
	PendingClaims    uint32
	ExpiresAt        *big.Int
	PromptTokens     uint32
	CompletionTokens uint32
	TokenBytes       uint8
	ModelId          [32]byte
	StartHash        [32]byte
	PromptHash       [32]byte
	Output           []byte
}

// ModelHeaderHeader is an auto generated low-level Go binding around an user-defined struct.
type ModelHeaderHeader struct {
	Version       uint8
	ProgramDepth  uint8
	WeightsDepth  uint8
	RamDepth      uint8
	NumOps        uint32
	NumSteps      uint64
	RamLeaves     uint32
	WeightsLeaves uint32
	InputDepth    uint8
	OutputDepth   uint8
	Input         Tensor
	Output        Tensor
}

// ModelRegistryModel is an auto generated low-level Go binding around an user-defined struct.
type ModelRegistryModel struct {
	H0           [32]byte
	H1           [32]byte
	H2           [32]byte
	ProgramRoot  [32]byte
	WeightsRoot  [32]byte
	Registrant   common.Address
	RegisteredAt uint64
	Uri          string
}

// Tensor is an auto generated low-level Go binding around an user-defined struct.
type Tensor struct {
	Addr  uint32
	Dtype uint8
	Rank  uint8
	Dims  [4]uint32
}

// CommitmentsMetaData contains all meta data concerning the Commitments contract.
var CommitmentsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"BadTensorLength\",\"type\":\"error\"}]",
	ID:  "615c4b6b9a12196d7713b6adab4e521bc9",
	Bin: "0x6080806040523460175760039081601c823930815050f35b5f80fdfe5f80fd",
}

// Commitments is an auto generated Go binding around an Ethereum contract.
type Commitments struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Commitments) GetABI() abi.ABI {
	return c.abi
}

// NewCommitments creates a new instance of Commitments.
func NewCommitments() *Commitments {
	parsed, err := CommitmentsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Commitments{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Commitments) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (commitments *Commitments) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], commitments.abi.Errors["BadTensorLength"].ID.Bytes()[:4]) {
		return commitments.UnpackBadTensorLengthError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CommitmentsBadTensorLength represents a BadTensorLength error raised by the Commitments contract.
type CommitmentsBadTensorLength struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTensorLength(uint256 got, uint256 want)
func CommitmentsBadTensorLengthErrorID() common.Hash {
	return common.HexToHash("0x66889fd57dade8f76eaf77862c129be879795ccf0fde66ab7e6763790a5e6d15")
}

// UnpackBadTensorLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTensorLength(uint256 got, uint256 want)
func (commitments *Commitments) UnpackBadTensorLengthError(raw []byte) (*CommitmentsBadTensorLength, error) {
	out := new(CommitmentsBadTensorLength)
	if err := commitments.abi.UnpackIntoInterface(out, "BadTensorLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameMetaData contains all meta data concerning the DisputeGame contract.
var DisputeGameMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIStepVerifier\",\"name\":\"verifier_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"arity_\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"clockBudget_\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"arity\",\"type\":\"uint256\"}],\"name\":\"BadArity\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadClockBudget\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"parts\",\"type\":\"uint256\"}],\"name\":\"BadIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"elapsed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"left\",\"type\":\"uint256\"}],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"elapsed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"left\",\"type\":\"uint256\"}],\"name\":\"ClockNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"GameOver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HashesMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoSteps\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotYourGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotYourTurn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"agreed\",\"type\":\"bytes32\"}],\"name\":\"PreStateMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RangeIsOneStep\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"}],\"name\":\"RangeNotOneStep\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrancy\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SameParty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"StalePosition\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"UnknownGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongHashCount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"round\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"hashes\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"position\",\"type\":\"bytes32\"}],\"name\":\"Bisected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"round\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"position\",\"type\":\"bytes32\"}],\"name\":\"Chosen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"ownerRef\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"claimant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"position\",\"type\":\"bytes32\"}],\"name\":\"GameCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumDisputeGame.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"enumDisputeGame.Reason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"GameResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"preHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"postHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"claimedHash\",\"type\":\"bytes32\"}],\"name\":\"StepExecuted\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_ARITY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CLOCK_BUDGET\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"arity\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"parent\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"hashes\",\"type\":\"bytes32[]\"}],\"name\":\"bisect\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"parent\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"hashes\",\"type\":\"bytes32[]\"}],\"name\":\"choose\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clockBudget\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"clocks\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"claimantLeft\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengerLeft\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"claimant\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"internalType\":\"uint96\",\"name\":\"ownerRef\",\"type\":\"uint96\"}],\"name\":\"create\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"gameOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"enumDisputeGame.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"claimant\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"ownerRef\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"claimantClock\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"challengerClock\",\"type\":\"uint32\"},{\"internalType\":\"uint40\",\"name\":\"lastMoveAt\",\"type\":\"uint40\"},{\"internalType\":\"enumDisputeGame.Turn\",\"name\":\"turn\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"rounds\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"loHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"hiHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"pending\",\"type\":\"bytes32\"}],\"internalType\":\"structDisputeGame.Game\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"positionOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"resolveTimeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"splitPoints\",\"outputs\":[{\"internalType\":\"uint64[]\",\"name\":\"points\",\"type\":\"uint64[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"state\",\"type\":\"bytes\"}],\"name\":\"stateHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"h\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"parent\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"preState\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"contractIStepVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "5f151a7d5dc68866b15e9d102028f8a73f",
	Bin: "0x60e03461011f57601f611e0438819003918201601f19168301916001600160401b038311848410176101235780849260609460405283398101031261011f5780516001600160a01b038116919082810361011f57604060208301519201519263ffffffff84169081850361011f571561011057600283108015610106575b6100f35780159081156100e6575b506100d75760805260a05260c052604051611ccc90816101388239608051818181610d000152611510015260a05181818160e10152611b0c015260c05181818161029101526110090152f35b634a09d90b60e01b5f5260045ffd5b62278d009150115f61008b565b8263b3153bc760e01b5f5260045260245ffd5b506040831161007d565b63d92e233d60e01b5f5260045ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f5f3560e01c806323548a8f14611718578063292f3da5146115345780632b7ac3f3146114f05780634510f440146114b557806346f96023146114815780634d1975b41461146457806365359996146113065780636c0e76f2146112e857806370232f841461102d57806376a8cb2514610fec5780638ae56e0014610bc65780638c2bbd3a146107d8578063ab4b689c146107bc578063b8fe2af71461045e578063df4e433e146101075763f899cc27146100ca575f80fd5b3461010457806003193601126101045760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b80fd5b50346101045760c0366003190112610104576004356001600160a01b03811680910361045a576024356001600160a01b03811680910361045657604435916084359167ffffffffffffffff83166064358185036104525760a435956bffffffffffffffffffffffff87169586880361044e5785158015610446575b61041e578486146103f65783156103ce5761037a90896101a460209b54611945565b998a82558a825260018c5261033e60408320936001600160a01b03331673ffffffffffffffffffffffffffffffffffffffff198654161785557401000000000000000000000000000000000000000060ff60a01b19865416178555600185018b73ffffffffffffffffffffffffffffffffffffffff1982541617905560028501938a73ffffffffffffffffffffffffffffffffffffffff1986541617855561028c600387019283907fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff000000000000000083549260401b169116179055565b61030f7f00000000000000000000000000000000000000000000000000000000000000006102ef81859073ffffffff000000000000000000000000000000001973ffffffff0000000000000000000000000000000083549260801b169116179055565b835463ffffffff60a01b191660a09190911b63ffffffff60a01b16178355565b815464ffffffffff60c01b19164260c01b64ffffffffff60c01b1617825560018a036103c857506001906119a7565b8460048401558560058401556001600160a01b0373ffffffffffffffffffffffffffffffffffffffff1983549260a01b16911617905588611ac5565b936040519586528886015260408501526060840152608083015260a0820152827ff03930c6fab9e59b9d344124e6a1340fc8137da9ad0e550871cf2239e5c02ee760c03393a4604051908152f35b906119a7565b6004897f8fd6f281000000000000000000000000000000000000000000000000000000008152fd5b6004897f0309d3fc000000000000000000000000000000000000000000000000000000008152fd5b6004897fd92e233d000000000000000000000000000000000000000000000000000000008152fd5b508415610182565b8880fd5b8680fd5b8280fd5b5080fd5b5034610104576080366003190112610104576044359060043560643567ffffffffffffffff81116104565761049790369060040161178c565b5f516020611cac5f395f51905f529491945c6107ad5760015f516020611cac5f395f51905f525d6104ca60243584611b8f565b90600382019182549167ffffffffffffffff8316976104f68967ffffffffffffffff8660401c166118b8565b67ffffffffffffffff8116906001821461079e57604051602081019061052f81610521848989611973565b03601f19810183528261190b565b5190206006860154036107765761054590611b00565b92838810156107465787610725575b60018801928389116106f8579361059e8467ffffffffffffffff946105aa8e9f979d9e9d6105a3868f808e6105b19b6105b89f61059e948f98871161070c575b5050505086611b3c565b611b4f565b1688611b6d565b9c50611b3c565b1690611b6d565b6fffffffffffffffff0000000000000000604082901b1667ffffffffffffffff87167fffffffffffffffffffffffffffffffff000000000000000000000000000000009490941684171784559280549560ff8760f01c16966001880160ff81116106f857936106bb7f36cf0af957b6195a0d018d28a4cbdf1f0ac91fe35542ba9ddd843d23c6ebc575999794600167ffffffffffffffff6106ad60a09c9a976106c1977fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7eff000000000000000000000000000000000000000000000000000000000000859d60f01b169116178555896118b8565b16036106f1576001906119a7565b89611ac5565b93604051958652602086015260408501521660608301526080820152a2805f516020611cac5f395f51905f525d80f35b8c906119a7565b60248b634e487b7160e01b81526011600452fd5b600592610718926119e4565b359101558e5f8083610594565b5f1988018881116106f85761073b9082856119e4565b356004860155610554565b60448a858a7f8c69f30c000000000000000000000000000000000000000000000000000000008352600452602452fd5b60048a7fd5c58b93000000000000000000000000000000000000000000000000000000008152fd5b60048a634fa3ffc560e01b8152fd5b60048463558a1e0360e11b8152fd5b5034610104578060031936011261010457602060405160408152f35b50346101045760603660031901126101045760043560243560443567ffffffffffffffff8111610bc25761081090369060040161178c565b5f516020611cac5f395f51905f529291925c610bb35760015f516020611cac5f395f51905f525d61084084611a08565b918590600184016001600160a01b038154163314801590610b80575b610b11575061086b8487611ac5565b808203610ae257505061087d83611a7f565b9091818311610ab35780610a9f575061089e6108dd9263ffffffff92611805565b16600384019073ffffffff000000000000000000000000000000001973ffffffff0000000000000000000000000000000083549260801b169116179055565b60038201805464ffffffffff60c01b19164260c01b64ffffffffff60c01b1617815561091a815467ffffffffffffffff8082169160401c166118b8565b600267ffffffffffffffff821610610a905761093590611b00565b5f198101908111610a7c57808303610a4c575061099e9060405160208101906109638161052184888b611973565b51902060068501557d01000000000000000000000000000000000000000000000000000000000060ff60e81b19825416178155549285611ac5565b9067ffffffffffffffff6040519360ff8160f01c168552818116602086015260401c16604084015260a060608401528060a08401527f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8111610a48577f30be9a0e7e86546ca9097d7e3873f5db37ccb02afaa10a315a2e70c8e2cbd9649360c092849260051b80928585013760808301528101030190a2805f516020611cac5f395f51905f525d80f35b8580fd5b86604491847f7b09f5fa000000000000000000000000000000000000000000000000000000008352600452602452fd5b602487634e487b7160e01b81526011600452fd5b600487634fa3ffc560e01b8152fd5b80634e487b7160e01b602492526021600452fd5b906044927fdbe73f57000000000000000000000000000000000000000000000000000000008352600452602452fd5b604493507f53e46d61000000000000000000000000000000000000000000000000000000008352600452602452fd5b82856001600160a01b0360249354163314159081610b68575b50610b3f576349f5ad1160e01b815233600452fd5b7f96514c5000000000000000000000000000000000000000000000000000000000815233600452fd5b6001600160a01b039150600201541633141583610b2a565b50600385015488935060e81c60ff166002811015610b9f57151561085c565b602489634e487b7160e01b81526021600452fd5b60048563558a1e0360e11b8152fd5b8380fd5b50346101045760803660031901126101045760043560443567ffffffffffffffff811161045657610bfb903690600401611754565b9060643567ffffffffffffffff8111610fe857610c1c903690600401611754565b915f516020611cac5f395f51905f525c610fd95760015f516020611cac5f395f51905f525d610c4d60243586611b8f565b9360038501549267ffffffffffffffff808560401c16941693600167ffffffffffffffff610c7b87846118b8565b1603610fa95750610c8c82846117bd565b946004870154808703610f79575091610cf4610ce2949260209460405196879586957ff8e0cb96000000000000000000000000000000000000000000000000000000008752604060048801526044870191611953565b84810360031901602486015291611953565b03816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa918215610f6e5785918793610f36575b5060807fdb9da9c32c2104d83a61d21b249df119df599e848b6abe16d953d1bfb47d0b6f916005870154956040519182526020820152846040820152856060820152a214610e7557805460ff60a01b1916600360a01b1781556040517fbc03b2eefa1e8056066a455f50fb9e603af552d5c87db2c66ab675dc4a76a94c6040826003869452610dc087611782565b866020820152a26001600160a01b0381541690813b610df1575b5050505b805f516020611cac5f395f51905f525d80f35b6002015460a01c918392823b15610e5c576064849283604051958694859363d57cf40360e01b8552600485015260248401528160448401525af18015610e5157610e3c575b80610dda565b81610e469161190b565b61010457805f610e36565b6040513d84823e3d90fd5b505050fd5b634e487b7160e01b5f52602160045260245ffd5b805460ff60a01b1916600160a11b178155604051600281527fbc03b2eefa1e8056066a455f50fb9e603af552d5c87db2c66ab675dc4a76a94c6040826001602087950152a26001600160a01b0381541690813b610ed5575b505050610dde565b6002015460a01c918392823b15610e5c576064849283604051958694859363d57cf40360e01b855260048501526024840152600160448401525af18015610e5157610f21575b80610ecd565b81610f2b9161190b565b61010457805f610f1b565b915091506020813d602011610f66575b81610f536020938361190b565b81010312610a4857519084906080610d32565b3d9150610f46565b6040513d88823e3d90fd5b89604491887f65e7cf52000000000000000000000000000000000000000000000000000000008352600452602452fd5b88604491867fa23e4eaf000000000000000000000000000000000000000000000000000000008352600452602452fd5b60048663558a1e0360e11b8152fd5b8480fd5b5034610104578060031936011261010457602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461010457602036600319011261010457600435816101c0604051611052816118da565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a08201520152808252600160205260ff604083205460a01c166110c781611782565b156112d65781526001602052604081206040516110e3816118da565b60ff82546001600160a01b038116835260a01c1691602082019261110681611782565b83526001600160a01b036001820154169160408101928352600282015494606082016001600160a01b0387168152608083019660a01c875260038401549660a0840167ffffffffffffffff8916815260c0850167ffffffffffffffff8a60401c16815260e086019063ffffffff8b60801c16825261010087019263ffffffff8c60a01c16845261012088019464ffffffffff8d60c01c16865260ff8d60e81c16966101408a019760028110156112c25788526101608a01809e60f01c60ff16905260048b01549961018081019a8b5260058c01549b6101a082019c8d52600601549c6101c082019d8e526040519e8f92516001600160a01b031683525161120c81611782565b6020830152516001600160a01b03169060400152516001600160a01b031660608d0152516bffffffffffffffffffffffff1660808c01525167ffffffffffffffff1660a08b01525167ffffffffffffffff1660c08a01525163ffffffff1660e08901525163ffffffff166101008801525164ffffffffff1661012087015251906002821015610a9f57506101e09560ff91610140870152511661016085015251610180840152516101a0830152516101c0820152f35b60248a634e487b7160e01b81526021600452fd5b63c006e93f60e01b8252600452602490fd5b5034610104578060031936011261010457602060405162278d008152f35b5034610104576020366003190112610104576004358152600160205267ffffffffffffffff611345600360408420015482811692839160401c166118b8565b9061134f82611b00565b9160018301918284116114505761137e6113688461192d565b93611376604051958661190b565b80855261192d565b602084019490601f190136863767ffffffffffffffff869316925b818111156113ef57868587604051928392602084019060208552518091526040840192915b8181106113cc575050500390f35b825167ffffffffffffffff168452859450602093840193909201916001016113be565b61141067ffffffffffffffff6114098461059e8589611b3c565b1684611b6d565b855182101561143c579067ffffffffffffffff611437921660208260051b88010152611945565b611399565b602488634e487b7160e01b81526032600452fd5b602485634e487b7160e01b81526011600452fd5b503461010457806003193601126101045760209054604051908152f35b5034610104576020366003190112610104576114ad602091604060043591828152600185522090611ac5565b604051908152f35b50346101045760203660031901126101045760409067ffffffffffffffff806114df600435611826565b919085519450168352166020820152f35b503461010457806003193601126101045760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b50346116d75760203660031901126116d7576004355f516020611cac5f395f51905f525c6117095760015f516020611cac5f395f51905f525d61157681611a08565b61157f81611a7f565b90818111156116db57505060ff600382015460e81c166002811015610e615761160f57805460ff60a01b1916600360a01b178155604051600381527fbc03b2eefa1e8056066a455f50fb9e603af552d5c87db2c66ab675dc4a76a94c6040826002602087950152a26001600160a01b0381541690813b610df157505050805f516020611cac5f395f51905f525d80f35b90815460ff60a01b1916600160a11b178255604051600281527fbc03b2eefa1e8056066a455f50fb9e603af552d5c87db2c66ab675dc4a76a94c6040826003602086950152a26001600160a01b0382541691823b61166f57505050610dde565b6002015460a01c823b156116d75760645f9283604051958694859363d57cf40360e01b855260048501526024840152600160448401525af180156116cc576116b9575b8080610ecd565b6116c591505f9061190b565b5f5f6116b2565b6040513d5f823e3d90fd5b5f80fd5b7fbbd1199e000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b63558a1e0360e11b5f5260045ffd5b346116d75760203660031901126116d75760043567ffffffffffffffff81116116d7576114ad61174e6020923690600401611754565b906117bd565b9181601f840112156116d75782359167ffffffffffffffff83116116d757602083818601950101116116d757565b60041115610e6157565b9181601f840112156116d75782359167ffffffffffffffff83116116d7576020808501948460051b0101116116d757565b907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff90806040518185823720925f916117fa575b5060f81b91161790565b9050355f1a5f6117f0565b9190820391821161181257565b634e487b7160e01b5f52601160045260245ffd5b5f52600160205260405f20600381015463ffffffff8160801c1663ffffffff8260a01c1692600160ff825460a01c1661185e81611782565b036118b25761186c90611a7f565b9081811061189657505060ff5f925b60e81c166002811015610e6157611890575091565b92915090565b6118ab67ffffffffffffffff9160ff93611805565b169261187b565b50905091565b9067ffffffffffffffff8091169116039067ffffffffffffffff821161181257565b6101e0810190811067ffffffffffffffff8211176118f757604052565b634e487b7160e01b5f52604160045260245ffd5b90601f8019910116810190811067ffffffffffffffff8211176118f757604052565b67ffffffffffffffff81116118f75760051b60200190565b5f1981146118125760010190565b908060209392818452848401375f828201840152601f01601f1916010190565b91907f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81116116d75760051b809282370190565b906002811015610e615760ff60e81b197dff000000000000000000000000000000000000000000000000000000000083549260e81b169116179055565b91908110156119f45760051b0190565b634e487b7160e01b5f52603260045260245ffd5b90815f52600160205260405f209160ff835460a01c16611a2781611782565b8015611a6c57600190611a3981611782565b03611a415750565b7f3496ed15000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5063c006e93f60e01b5f5260045260245ffd5b6003015490611a9864ffffffffff8360c01c1642611805565b9160ff8160e81c166002811015610e615763ffffffff918291611abd5760801c161690565b60a01c161690565b906006600382015491015460405191602083019330855260408401526060830152608082015260808152611afa60a08261190b565b51902090565b67ffffffffffffffff167f000000000000000000000000000000000000000000000000000000000000000080821015611b37575090565b905090565b8181029291811591840414171561181257565b8115611b59570490565b634e487b7160e01b5f52601260045260245ffd5b9067ffffffffffffffff8091169116019067ffffffffffffffff821161181257565b919091611b9b81611a08565b925f91600285016001600160a01b038154163314801590611c8a575b611c45575084611bc691611ac5565b808203610ae2575050611bd883611a7f565b9091818311610ab35780610a9f5750611bf9611c439263ffffffff92611805565b16611c236003850191829063ffffffff60a01b1963ffffffff60a01b83549260a01b169116179055565b805464ffffffffff60c01b19164260c01b64ffffffffff60c01b16179055565b565b836024916001600160a01b036001890154163314159081611c755750610b3f576349f5ad1160e01b815233600452fd5b6001600160a01b039150541633141583610b2a565b5060038601545f945060e81c60ff166002811015610e615760011415611bb756fe115a0505b73d37ff2b039e01b66957dc9c424d5313c711995ad464ceb65f3ab2",
}

// DisputeGame is an auto generated Go binding around an Ethereum contract.
type DisputeGame struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DisputeGame) GetABI() abi.ABI {
	return c.abi
}

// NewDisputeGame creates a new instance of DisputeGame.
func NewDisputeGame() *DisputeGame {
	parsed, err := DisputeGameMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DisputeGame{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DisputeGame) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address verifier_, uint256 arity_, uint32 clockBudget_) returns()
func (disputeGame *DisputeGame) PackConstructor(verifier_ common.Address, arity_ *big.Int, clockBudget_ uint32) []byte {
	enc, err := disputeGame.abi.Pack("", verifier_, arity_, clockBudget_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXARITY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab4b689c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ARITY() view returns(uint256)
func (disputeGame *DisputeGame) PackMAXARITY() []byte {
	enc, err := disputeGame.abi.Pack("MAX_ARITY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXARITY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab4b689c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ARITY() view returns(uint256)
func (disputeGame *DisputeGame) TryPackMAXARITY() ([]byte, error) {
	return disputeGame.abi.Pack("MAX_ARITY")
}

// UnpackMAXARITY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab4b689c.
//
// Solidity: function MAX_ARITY() view returns(uint256)
func (disputeGame *DisputeGame) UnpackMAXARITY(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("MAX_ARITY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXCLOCKBUDGET is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c0e76f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CLOCK_BUDGET() view returns(uint32)
func (disputeGame *DisputeGame) PackMAXCLOCKBUDGET() []byte {
	enc, err := disputeGame.abi.Pack("MAX_CLOCK_BUDGET")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCLOCKBUDGET is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c0e76f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CLOCK_BUDGET() view returns(uint32)
func (disputeGame *DisputeGame) TryPackMAXCLOCKBUDGET() ([]byte, error) {
	return disputeGame.abi.Pack("MAX_CLOCK_BUDGET")
}

// UnpackMAXCLOCKBUDGET is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c0e76f2.
//
// Solidity: function MAX_CLOCK_BUDGET() view returns(uint32)
func (disputeGame *DisputeGame) UnpackMAXCLOCKBUDGET(data []byte) (uint32, error) {
	out, err := disputeGame.abi.Unpack("MAX_CLOCK_BUDGET", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackArity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf899cc27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function arity() view returns(uint256)
func (disputeGame *DisputeGame) PackArity() []byte {
	enc, err := disputeGame.abi.Pack("arity")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf899cc27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function arity() view returns(uint256)
func (disputeGame *DisputeGame) TryPackArity() ([]byte, error) {
	return disputeGame.abi.Pack("arity")
}

// UnpackArity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf899cc27.
//
// Solidity: function arity() view returns(uint256)
func (disputeGame *DisputeGame) UnpackArity(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("arity", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBisect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c2bbd3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bisect(uint256 gameId, bytes32 parent, bytes32[] hashes) returns()
func (disputeGame *DisputeGame) PackBisect(gameId *big.Int, parent [32]byte, hashes [][32]byte) []byte {
	enc, err := disputeGame.abi.Pack("bisect", gameId, parent, hashes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBisect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c2bbd3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bisect(uint256 gameId, bytes32 parent, bytes32[] hashes) returns()
func (disputeGame *DisputeGame) TryPackBisect(gameId *big.Int, parent [32]byte, hashes [][32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("bisect", gameId, parent, hashes)
}

// PackChoose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8fe2af7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function choose(uint256 gameId, bytes32 parent, uint256 index, bytes32[] hashes) returns()
func (disputeGame *DisputeGame) PackChoose(gameId *big.Int, parent [32]byte, index *big.Int, hashes [][32]byte) []byte {
	enc, err := disputeGame.abi.Pack("choose", gameId, parent, index, hashes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChoose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8fe2af7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function choose(uint256 gameId, bytes32 parent, uint256 index, bytes32[] hashes) returns()
func (disputeGame *DisputeGame) TryPackChoose(gameId *big.Int, parent [32]byte, index *big.Int, hashes [][32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("choose", gameId, parent, index, hashes)
}

// PackClockBudget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76a8cb25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clockBudget() view returns(uint32)
func (disputeGame *DisputeGame) PackClockBudget() []byte {
	enc, err := disputeGame.abi.Pack("clockBudget")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClockBudget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76a8cb25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clockBudget() view returns(uint32)
func (disputeGame *DisputeGame) TryPackClockBudget() ([]byte, error) {
	return disputeGame.abi.Pack("clockBudget")
}

// UnpackClockBudget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76a8cb25.
//
// Solidity: function clockBudget() view returns(uint32)
func (disputeGame *DisputeGame) UnpackClockBudget(data []byte) (uint32, error) {
	out, err := disputeGame.abi.Unpack("clockBudget", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackClocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4510f440.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clocks(uint256 gameId) view returns(uint64 claimantLeft, uint64 challengerLeft)
func (disputeGame *DisputeGame) PackClocks(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("clocks", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4510f440.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clocks(uint256 gameId) view returns(uint64 claimantLeft, uint64 challengerLeft)
func (disputeGame *DisputeGame) TryPackClocks(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("clocks", gameId)
}

// ClocksOutput serves as a container for the return parameters of contract
// method Clocks.
type ClocksOutput struct {
	ClaimantLeft   uint64
	ChallengerLeft uint64
}

// UnpackClocks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4510f440.
//
// Solidity: function clocks(uint256 gameId) view returns(uint64 claimantLeft, uint64 challengerLeft)
func (disputeGame *DisputeGame) UnpackClocks(data []byte) (ClocksOutput, error) {
	out, err := disputeGame.abi.Unpack("clocks", data)
	outstruct := new(ClocksOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ClaimantLeft = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.ChallengerLeft = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf4e433e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function create(address claimant, address challenger, bytes32 startHash, bytes32 endHash, uint64 numSteps, uint96 ownerRef) returns(uint256 gameId)
func (disputeGame *DisputeGame) PackCreate(claimant common.Address, challenger common.Address, startHash [32]byte, endHash [32]byte, numSteps uint64, ownerRef *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("create", claimant, challenger, startHash, endHash, numSteps, ownerRef)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf4e433e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function create(address claimant, address challenger, bytes32 startHash, bytes32 endHash, uint64 numSteps, uint96 ownerRef) returns(uint256 gameId)
func (disputeGame *DisputeGame) TryPackCreate(claimant common.Address, challenger common.Address, startHash [32]byte, endHash [32]byte, numSteps uint64, ownerRef *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("create", claimant, challenger, startHash, endHash, numSteps, ownerRef)
}

// UnpackCreate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf4e433e.
//
// Solidity: function create(address claimant, address challenger, bytes32 startHash, bytes32 endHash, uint64 numSteps, uint96 ownerRef) returns(uint256 gameId)
func (disputeGame *DisputeGame) UnpackCreate(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("create", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGame *DisputeGame) PackGameCount() []byte {
	enc, err := disputeGame.abi.Pack("gameCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGame *DisputeGame) TryPackGameCount() ([]byte, error) {
	return disputeGame.abi.Pack("gameCount")
}

// UnpackGameCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d1975b4.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGame *DisputeGame) UnpackGameCount(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("gameCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGameOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70232f84.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameOf(uint256 gameId) view returns((address,uint8,address,address,uint96,uint64,uint64,uint32,uint32,uint40,uint8,uint8,bytes32,bytes32,bytes32))
func (disputeGame *DisputeGame) PackGameOf(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("gameOf", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGameOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70232f84.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gameOf(uint256 gameId) view returns((address,uint8,address,address,uint96,uint64,uint64,uint32,uint32,uint40,uint8,uint8,bytes32,bytes32,bytes32))
func (disputeGame *DisputeGame) TryPackGameOf(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("gameOf", gameId)
}

// UnpackGameOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70232f84.
//
// Solidity: function gameOf(uint256 gameId) view returns((address,uint8,address,address,uint96,uint64,uint64,uint32,uint32,uint40,uint8,uint8,bytes32,bytes32,bytes32))
func (disputeGame *DisputeGame) UnpackGameOf(data []byte) (DisputeGameGame, error) {
	out, err := disputeGame.abi.Unpack("gameOf", data)
	if err != nil {
		return *new(DisputeGameGame), err
	}
	out0 := *abi.ConvertType(out[0], new(DisputeGameGame)).(*DisputeGameGame)
	return out0, nil
}

// PackPositionOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46f96023.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function positionOf(uint256 gameId) view returns(bytes32)
func (disputeGame *DisputeGame) PackPositionOf(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("positionOf", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPositionOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46f96023.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function positionOf(uint256 gameId) view returns(bytes32)
func (disputeGame *DisputeGame) TryPackPositionOf(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("positionOf", gameId)
}

// UnpackPositionOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46f96023.
//
// Solidity: function positionOf(uint256 gameId) view returns(bytes32)
func (disputeGame *DisputeGame) UnpackPositionOf(data []byte) ([32]byte, error) {
	out, err := disputeGame.abi.Unpack("positionOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackResolveTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x292f3da5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolveTimeout(uint256 gameId) returns()
func (disputeGame *DisputeGame) PackResolveTimeout(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("resolveTimeout", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolveTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x292f3da5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolveTimeout(uint256 gameId) returns()
func (disputeGame *DisputeGame) TryPackResolveTimeout(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("resolveTimeout", gameId)
}

// PackSplitPoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65359996.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function splitPoints(uint256 gameId) view returns(uint64[] points)
func (disputeGame *DisputeGame) PackSplitPoints(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("splitPoints", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSplitPoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65359996.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function splitPoints(uint256 gameId) view returns(uint64[] points)
func (disputeGame *DisputeGame) TryPackSplitPoints(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("splitPoints", gameId)
}

// UnpackSplitPoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65359996.
//
// Solidity: function splitPoints(uint256 gameId) view returns(uint64[] points)
func (disputeGame *DisputeGame) UnpackSplitPoints(data []byte) ([]uint64, error) {
	out, err := disputeGame.abi.Unpack("splitPoints", data)
	if err != nil {
		return *new([]uint64), err
	}
	out0 := *abi.ConvertType(out[0], new([]uint64)).(*[]uint64)
	return out0, nil
}

// PackStateHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23548a8f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stateHash(bytes state) pure returns(bytes32 h)
func (disputeGame *DisputeGame) PackStateHash(state []byte) []byte {
	enc, err := disputeGame.abi.Pack("stateHash", state)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStateHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23548a8f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stateHash(bytes state) pure returns(bytes32 h)
func (disputeGame *DisputeGame) TryPackStateHash(state []byte) ([]byte, error) {
	return disputeGame.abi.Pack("stateHash", state)
}

// UnpackStateHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23548a8f.
//
// Solidity: function stateHash(bytes state) pure returns(bytes32 h)
func (disputeGame *DisputeGame) UnpackStateHash(data []byte) ([32]byte, error) {
	out, err := disputeGame.abi.Unpack("stateHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ae56e00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step(uint256 gameId, bytes32 parent, bytes preState, bytes witness) returns()
func (disputeGame *DisputeGame) PackStep(gameId *big.Int, parent [32]byte, preState []byte, witness []byte) []byte {
	enc, err := disputeGame.abi.Pack("step", gameId, parent, preState, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ae56e00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step(uint256 gameId, bytes32 parent, bytes preState, bytes witness) returns()
func (disputeGame *DisputeGame) TryPackStep(gameId *big.Int, parent [32]byte, preState []byte, witness []byte) ([]byte, error) {
	return disputeGame.abi.Pack("step", gameId, parent, preState, witness)
}

// PackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifier() view returns(address)
func (disputeGame *DisputeGame) PackVerifier() []byte {
	enc, err := disputeGame.abi.Pack("verifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifier() view returns(address)
func (disputeGame *DisputeGame) TryPackVerifier() ([]byte, error) {
	return disputeGame.abi.Pack("verifier")
}

// UnpackVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (disputeGame *DisputeGame) UnpackVerifier(data []byte) (common.Address, error) {
	out, err := disputeGame.abi.Unpack("verifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// DisputeGameBisected represents a Bisected event raised by the DisputeGame contract.
type DisputeGameBisected struct {
	GameId   *big.Int
	Round    uint8
	Lo       uint64
	Hi       uint64
	Hashes   [][32]byte
	Position [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const DisputeGameBisectedEventName = "Bisected"

// ContractEventName returns the user-defined event name.
func (DisputeGameBisected) ContractEventName() string {
	return DisputeGameBisectedEventName
}

// UnpackBisectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Bisected(uint256 indexed gameId, uint8 round, uint64 lo, uint64 hi, bytes32[] hashes, bytes32 position)
func (disputeGame *DisputeGame) UnpackBisectedEvent(log *types.Log) (*DisputeGameBisected, error) {
	event := "Bisected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameBisected)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisputeGameChosen represents a Chosen event raised by the DisputeGame contract.
type DisputeGameChosen struct {
	GameId   *big.Int
	Round    uint8
	Index    *big.Int
	Lo       uint64
	Hi       uint64
	Position [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const DisputeGameChosenEventName = "Chosen"

// ContractEventName returns the user-defined event name.
func (DisputeGameChosen) ContractEventName() string {
	return DisputeGameChosenEventName
}

// UnpackChosenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Chosen(uint256 indexed gameId, uint8 round, uint256 index, uint64 lo, uint64 hi, bytes32 position)
func (disputeGame *DisputeGame) UnpackChosenEvent(log *types.Log) (*DisputeGameChosen, error) {
	event := "Chosen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameChosen)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisputeGameGameCreated represents a GameCreated event raised by the DisputeGame contract.
type DisputeGameGameCreated struct {
	GameId     *big.Int
	Owner      common.Address
	OwnerRef   *big.Int
	Claimant   common.Address
	Challenger common.Address
	StartHash  [32]byte
	EndHash    [32]byte
	NumSteps   uint64
	Position   [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const DisputeGameGameCreatedEventName = "GameCreated"

// ContractEventName returns the user-defined event name.
func (DisputeGameGameCreated) ContractEventName() string {
	return DisputeGameGameCreatedEventName
}

// UnpackGameCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GameCreated(uint256 indexed gameId, address indexed owner, uint256 indexed ownerRef, address claimant, address challenger, bytes32 startHash, bytes32 endHash, uint64 numSteps, bytes32 position)
func (disputeGame *DisputeGame) UnpackGameCreatedEvent(log *types.Log) (*DisputeGameGameCreated, error) {
	event := "GameCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameGameCreated)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisputeGameGameResolved represents a GameResolved event raised by the DisputeGame contract.
type DisputeGameGameResolved struct {
	GameId *big.Int
	Status uint8
	Reason uint8
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeGameGameResolvedEventName = "GameResolved"

// ContractEventName returns the user-defined event name.
func (DisputeGameGameResolved) ContractEventName() string {
	return DisputeGameGameResolvedEventName
}

// UnpackGameResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GameResolved(uint256 indexed gameId, uint8 status, uint8 reason)
func (disputeGame *DisputeGame) UnpackGameResolvedEvent(log *types.Log) (*DisputeGameGameResolved, error) {
	event := "GameResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameGameResolved)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisputeGameStepExecuted represents a StepExecuted event raised by the DisputeGame contract.
type DisputeGameStepExecuted struct {
	GameId      *big.Int
	Step        uint64
	PreHash     [32]byte
	PostHash    [32]byte
	ClaimedHash [32]byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const DisputeGameStepExecutedEventName = "StepExecuted"

// ContractEventName returns the user-defined event name.
func (DisputeGameStepExecuted) ContractEventName() string {
	return DisputeGameStepExecutedEventName
}

// UnpackStepExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StepExecuted(uint256 indexed gameId, uint64 step, bytes32 preHash, bytes32 postHash, bytes32 claimedHash)
func (disputeGame *DisputeGame) UnpackStepExecutedEvent(log *types.Log) (*DisputeGameStepExecuted, error) {
	event := "StepExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameStepExecuted)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (disputeGame *DisputeGame) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadArity"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadArityError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadClockBudget"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadClockBudgetError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadIndex"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ClockExpired"].ID.Bytes()[:4]) {
		return disputeGame.UnpackClockExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ClockNotExpired"].ID.Bytes()[:4]) {
		return disputeGame.UnpackClockNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["GameOver"].ID.Bytes()[:4]) {
		return disputeGame.UnpackGameOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["HashesMismatch"].ID.Bytes()[:4]) {
		return disputeGame.UnpackHashesMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NoSteps"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNoStepsError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotYourGame"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotYourGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotYourTurn"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotYourTurnError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["PreStateMismatch"].ID.Bytes()[:4]) {
		return disputeGame.UnpackPreStateMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["RangeIsOneStep"].ID.Bytes()[:4]) {
		return disputeGame.UnpackRangeIsOneStepError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["RangeNotOneStep"].ID.Bytes()[:4]) {
		return disputeGame.UnpackRangeNotOneStepError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["Reentrancy"].ID.Bytes()[:4]) {
		return disputeGame.UnpackReentrancyError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["SameParty"].ID.Bytes()[:4]) {
		return disputeGame.UnpackSamePartyError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["StalePosition"].ID.Bytes()[:4]) {
		return disputeGame.UnpackStalePositionError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["UnknownGame"].ID.Bytes()[:4]) {
		return disputeGame.UnpackUnknownGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["WrongHashCount"].ID.Bytes()[:4]) {
		return disputeGame.UnpackWrongHashCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return disputeGame.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DisputeGameBadArity represents a BadArity error raised by the DisputeGame contract.
type DisputeGameBadArity struct {
	Arity *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadArity(uint256 arity)
func DisputeGameBadArityErrorID() common.Hash {
	return common.HexToHash("0xb3153bc7ce1198d87ed716ba845a83b7ea846616e147afd685930ad23410678f")
}

// UnpackBadArityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadArity(uint256 arity)
func (disputeGame *DisputeGame) UnpackBadArityError(raw []byte) (*DisputeGameBadArity, error) {
	out := new(DisputeGameBadArity)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadArity", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadClockBudget represents a BadClockBudget error raised by the DisputeGame contract.
type DisputeGameBadClockBudget struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadClockBudget()
func DisputeGameBadClockBudgetErrorID() common.Hash {
	return common.HexToHash("0x4a09d90b5f2355d7aea234ba8fcdcec6a960970ccffa2b47e79804f389ac89a8")
}

// UnpackBadClockBudgetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadClockBudget()
func (disputeGame *DisputeGame) UnpackBadClockBudgetError(raw []byte) (*DisputeGameBadClockBudget, error) {
	out := new(DisputeGameBadClockBudget)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadClockBudget", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadIndex represents a BadIndex error raised by the DisputeGame contract.
type DisputeGameBadIndex struct {
	Index *big.Int
	Parts *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadIndex(uint256 index, uint256 parts)
func DisputeGameBadIndexErrorID() common.Hash {
	return common.HexToHash("0x8c69f30ce613cf00078ce65567d04f6ba6644d72f86972d0dcec9a39d9b2661d")
}

// UnpackBadIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadIndex(uint256 index, uint256 parts)
func (disputeGame *DisputeGame) UnpackBadIndexError(raw []byte) (*DisputeGameBadIndex, error) {
	out := new(DisputeGameBadIndex)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameClockExpired represents a ClockExpired error raised by the DisputeGame contract.
type DisputeGameClockExpired struct {
	Elapsed *big.Int
	Left    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockExpired(uint256 elapsed, uint256 left)
func DisputeGameClockExpiredErrorID() common.Hash {
	return common.HexToHash("0xdbe73f57293d68af5f52db4b1f2cd5592f1c71600bff1a6ac824d370e1ead902")
}

// UnpackClockExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockExpired(uint256 elapsed, uint256 left)
func (disputeGame *DisputeGame) UnpackClockExpiredError(raw []byte) (*DisputeGameClockExpired, error) {
	out := new(DisputeGameClockExpired)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ClockExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameClockNotExpired represents a ClockNotExpired error raised by the DisputeGame contract.
type DisputeGameClockNotExpired struct {
	Elapsed *big.Int
	Left    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockNotExpired(uint256 elapsed, uint256 left)
func DisputeGameClockNotExpiredErrorID() common.Hash {
	return common.HexToHash("0xbbd1199e52c5793c381842fd76ea5277efea8a7cc1621437cfc87a4d0c7484f0")
}

// UnpackClockNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockNotExpired(uint256 elapsed, uint256 left)
func (disputeGame *DisputeGame) UnpackClockNotExpiredError(raw []byte) (*DisputeGameClockNotExpired, error) {
	out := new(DisputeGameClockNotExpired)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ClockNotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameGameOver represents a GameOver error raised by the DisputeGame contract.
type DisputeGameGameOver struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GameOver(uint256 gameId)
func DisputeGameGameOverErrorID() common.Hash {
	return common.HexToHash("0x3496ed15a97ad1d154265bf94e0068b3b45bed65b26cb72ecc4e1b8a44d9b3d7")
}

// UnpackGameOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GameOver(uint256 gameId)
func (disputeGame *DisputeGame) UnpackGameOverError(raw []byte) (*DisputeGameGameOver, error) {
	out := new(DisputeGameGameOver)
	if err := disputeGame.abi.UnpackIntoInterface(out, "GameOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameHashesMismatch represents a HashesMismatch error raised by the DisputeGame contract.
type DisputeGameHashesMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HashesMismatch()
func DisputeGameHashesMismatchErrorID() common.Hash {
	return common.HexToHash("0xd5c58b93c2ce1fd04f28da1c41007fe68c51aca9718338464eb30a956b0eba67")
}

// UnpackHashesMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HashesMismatch()
func (disputeGame *DisputeGame) UnpackHashesMismatchError(raw []byte) (*DisputeGameHashesMismatch, error) {
	out := new(DisputeGameHashesMismatch)
	if err := disputeGame.abi.UnpackIntoInterface(out, "HashesMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNoSteps represents a NoSteps error raised by the DisputeGame contract.
type DisputeGameNoSteps struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSteps()
func DisputeGameNoStepsErrorID() common.Hash {
	return common.HexToHash("0x8fd6f281c048e0d53b687f5c300c97797c211c6bd1adeabc58400f8a60b67431")
}

// UnpackNoStepsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSteps()
func (disputeGame *DisputeGame) UnpackNoStepsError(raw []byte) (*DisputeGameNoSteps, error) {
	out := new(DisputeGameNoSteps)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NoSteps", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotYourGame represents a NotYourGame error raised by the DisputeGame contract.
type DisputeGameNotYourGame struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotYourGame(address caller)
func DisputeGameNotYourGameErrorID() common.Hash {
	return common.HexToHash("0x96514c504681f428380e878ed7ecf9cc0f652cef29f44b4390232b440b2142fe")
}

// UnpackNotYourGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotYourGame(address caller)
func (disputeGame *DisputeGame) UnpackNotYourGameError(raw []byte) (*DisputeGameNotYourGame, error) {
	out := new(DisputeGameNotYourGame)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotYourGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotYourTurn represents a NotYourTurn error raised by the DisputeGame contract.
type DisputeGameNotYourTurn struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotYourTurn(address caller)
func DisputeGameNotYourTurnErrorID() common.Hash {
	return common.HexToHash("0x49f5ad115bca450f9fb5b0bba9a633e97a7851632b21616ca1d122654f5977c9")
}

// UnpackNotYourTurnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotYourTurn(address caller)
func (disputeGame *DisputeGame) UnpackNotYourTurnError(raw []byte) (*DisputeGameNotYourTurn, error) {
	out := new(DisputeGameNotYourTurn)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotYourTurn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGamePreStateMismatch represents a PreStateMismatch error raised by the DisputeGame contract.
type DisputeGamePreStateMismatch struct {
	Got    [32]byte
	Agreed [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PreStateMismatch(bytes32 got, bytes32 agreed)
func DisputeGamePreStateMismatchErrorID() common.Hash {
	return common.HexToHash("0x65e7cf52127e4edf8f7f65ff81c78e6d36d4a81c547dae6062edf53ca962d571")
}

// UnpackPreStateMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PreStateMismatch(bytes32 got, bytes32 agreed)
func (disputeGame *DisputeGame) UnpackPreStateMismatchError(raw []byte) (*DisputeGamePreStateMismatch, error) {
	out := new(DisputeGamePreStateMismatch)
	if err := disputeGame.abi.UnpackIntoInterface(out, "PreStateMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameRangeIsOneStep represents a RangeIsOneStep error raised by the DisputeGame contract.
type DisputeGameRangeIsOneStep struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RangeIsOneStep()
func DisputeGameRangeIsOneStepErrorID() common.Hash {
	return common.HexToHash("0x4fa3ffc5d91191382d6bc6686b75f9da498eb191ab0945a5e03815c540df9cfd")
}

// UnpackRangeIsOneStepError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RangeIsOneStep()
func (disputeGame *DisputeGame) UnpackRangeIsOneStepError(raw []byte) (*DisputeGameRangeIsOneStep, error) {
	out := new(DisputeGameRangeIsOneStep)
	if err := disputeGame.abi.UnpackIntoInterface(out, "RangeIsOneStep", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameRangeNotOneStep represents a RangeNotOneStep error raised by the DisputeGame contract.
type DisputeGameRangeNotOneStep struct {
	Lo uint64
	Hi uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RangeNotOneStep(uint64 lo, uint64 hi)
func DisputeGameRangeNotOneStepErrorID() common.Hash {
	return common.HexToHash("0xa23e4eafc2aced34b55610e7c8f25d215656d81915d97fd7ed4db2bbd8fba3b5")
}

// UnpackRangeNotOneStepError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RangeNotOneStep(uint64 lo, uint64 hi)
func (disputeGame *DisputeGame) UnpackRangeNotOneStepError(raw []byte) (*DisputeGameRangeNotOneStep, error) {
	out := new(DisputeGameRangeNotOneStep)
	if err := disputeGame.abi.UnpackIntoInterface(out, "RangeNotOneStep", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameReentrancy represents a Reentrancy error raised by the DisputeGame contract.
type DisputeGameReentrancy struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Reentrancy()
func DisputeGameReentrancyErrorID() common.Hash {
	return common.HexToHash("0xab143c06c9772d69bbbc9f2fe74acd02f810e93b099f3d1dac8448ac9ae35991")
}

// UnpackReentrancyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Reentrancy()
func (disputeGame *DisputeGame) UnpackReentrancyError(raw []byte) (*DisputeGameReentrancy, error) {
	out := new(DisputeGameReentrancy)
	if err := disputeGame.abi.UnpackIntoInterface(out, "Reentrancy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameSameParty represents a SameParty error raised by the DisputeGame contract.
type DisputeGameSameParty struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameParty()
func DisputeGameSamePartyErrorID() common.Hash {
	return common.HexToHash("0x0309d3fc55d9d749cd242eccadc76af9b5716c2106b10e2f211c7907c623ac40")
}

// UnpackSamePartyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameParty()
func (disputeGame *DisputeGame) UnpackSamePartyError(raw []byte) (*DisputeGameSameParty, error) {
	out := new(DisputeGameSameParty)
	if err := disputeGame.abi.UnpackIntoInterface(out, "SameParty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameStalePosition represents a StalePosition error raised by the DisputeGame contract.
type DisputeGameStalePosition struct {
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StalePosition(bytes32 expected, bytes32 got)
func DisputeGameStalePositionErrorID() common.Hash {
	return common.HexToHash("0x53e46d61a6ce799f59e62348831dc09adca8a2a7cc8079bb5aa0cbddbb2961ee")
}

// UnpackStalePositionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StalePosition(bytes32 expected, bytes32 got)
func (disputeGame *DisputeGame) UnpackStalePositionError(raw []byte) (*DisputeGameStalePosition, error) {
	out := new(DisputeGameStalePosition)
	if err := disputeGame.abi.UnpackIntoInterface(out, "StalePosition", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameUnknownGame represents a UnknownGame error raised by the DisputeGame contract.
type DisputeGameUnknownGame struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownGame(uint256 gameId)
func DisputeGameUnknownGameErrorID() common.Hash {
	return common.HexToHash("0xc006e93f4a4e00aa2ee469ba931a709192bce33e7b1f52a163a645fc2ef79abe")
}

// UnpackUnknownGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownGame(uint256 gameId)
func (disputeGame *DisputeGame) UnpackUnknownGameError(raw []byte) (*DisputeGameUnknownGame, error) {
	out := new(DisputeGameUnknownGame)
	if err := disputeGame.abi.UnpackIntoInterface(out, "UnknownGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameWrongHashCount represents a WrongHashCount error raised by the DisputeGame contract.
type DisputeGameWrongHashCount struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongHashCount(uint256 got, uint256 want)
func DisputeGameWrongHashCountErrorID() common.Hash {
	return common.HexToHash("0x7b09f5fa52e682a277d2b4d7d0a0db12d50c670a68df4398897913f7848ec348")
}

// UnpackWrongHashCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongHashCount(uint256 got, uint256 want)
func (disputeGame *DisputeGame) UnpackWrongHashCountError(raw []byte) (*DisputeGameWrongHashCount, error) {
	out := new(DisputeGameWrongHashCount)
	if err := disputeGame.abi.UnpackIntoInterface(out, "WrongHashCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameZeroAddress represents a ZeroAddress error raised by the DisputeGame contract.
type DisputeGameZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func DisputeGameZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (disputeGame *DisputeGame) UnpackZeroAddressError(raw []byte) (*DisputeGameZeroAddress, error) {
	out := new(DisputeGameZeroAddress)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ElementwiseFamilyMetaData contains all meta data concerning the ElementwiseFamily contract.
var ElementwiseFamilyMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"got\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"want\",\"type\":\"uint8\"}],\"name\":\"AccessKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"AccessMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"}],\"name\":\"AccessProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supplied\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"used\",\"type\":\"uint256\"}],\"name\":\"AccessesUnused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPreState\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModelIdMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"pc\",\"type\":\"uint32\"}],\"name\":\"OpMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"pc\",\"type\":\"uint32\"}],\"name\":\"OpProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OpUnexpected\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutputProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"WitnessAccessKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WitnessDepths\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"flag\",\"type\":\"uint8\"}],\"name\":\"WitnessOpFlag\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"extra\",\"type\":\"uint256\"}],\"name\":\"WitnessTrailing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WitnessTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"}],\"name\":\"WitnessVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"}],\"name\":\"WrongFamily\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"preState\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"postStateHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"preState\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"stepState\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"postState\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "85be5112a8eb7990efff6e29d94ce1839d",
	Bin: "0x60808060405234601557612d90908161001a8239f35b5f80fdfe6101a06040526004361015610012575f80fd5b5f3560e01c806370b31be9146100ad5763f8e0cb9614610030575f80fd5b346100a957602061005461004f6100463661011f565b9291909161020f565b610692565b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8282017fff00000000000000000000000000000000000000000000000000000000000000815116925190201617604051908152f35b5f80fd5b346100a957602060406100c561004f6100463661011f565b815192839181835280519182918282860152018484015e5f828201840152601f01601f19168101030190f35b9181601f840112156100a95782359167ffffffffffffffff83116100a957602083818601950101116100a957565b60406003198201126100a95760043567ffffffffffffffff81116100a9578161014a916004016100f1565b929092916024359067ffffffffffffffff82116100a95761016d916004016100f1565b9091565b6040519190601f01601f1916820167ffffffffffffffff81118382101761019757604052565b634e487b7160e01b5f52604160045260245ffd5b60405190610120820182811067ffffffffffffffff82111761019757604052815f81525f60208201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201526101006102056080610171565b9160803684370152565b9392919361021b6101ab565b5060f56102266101ab565b920361066a57803560f81c906002821161066a5763ffffffff60809260618301359085526001830135602086015260218301356040860152604183013560608601528060c01c84860152818160a01c1660a08601528181851c1660c086015260601c1660e08401526075610100840151910190378060ff8151166106645750604051916101c0830183811067ffffffffffffffff821117610197576040525f83525f60208401525f60408401525f60608401525f60808401525f60a08401525f60c08401525f60e08401525f6101008401525f6101208401525f6101408401525f6101608401525f6101808401525f6101a084015280156104e057843560f81c60018103610639575060a181106104e05760018501359460818101356080850152606181013560608501526041810135604085015260218101356020850152858452600260ff8760f01c1610159586610626575b86610613575b86610600575b866105e8575b60ff8160301c166101a086015260ff8160e01c1661018086015260ff8160e81c1661016086015282820160a1830110156104e05760a282019060a183013560f81c600181036105b2575090871561058157600160a087015260c0860152610122820160e086015261012260011960ff8360f01c160160051b806101008801528301019083830182116104e0575b8383018210156104e0576001823560f81c92019782151590816105a9575b50610581579080610120870152876101408701525f915b8183106104a157505050818101860361047157505061046e9293506107b2565b90565b8592507fbae27caa000000000000000000000000000000000000000000000000000000005f52010360045260245ffd5b9091978484018110156104e057803560f81c60018103610508575060219060ff8360e81c165b60051b01019784840189116104e057600101919061044e565b7f87da407a000000000000000000000000000000000000000000000000000000005f5260045ffd5b600281148015610577575b15610528575060219060ff8360e01c166104c7565b60048103610548575060219060ff8360301c1660ff8460e01c16036104c7565b897f7669a5f4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5060038114610513565b7fb8825502000000000000000000000000000000000000000000000000000000005f5260045ffd5b9050155f610437565b806105bd5750610419565b7fb07830b9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b955060ff8660e01c1660ff8760301c1611159561038c565b9550604060ff8760e01c16111595610386565b9550604060ff8760e81c16111595610380565b9550604060ff8760f01c1611159561037a565b7f02ed372a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b93505050565b7fca756003000000000000000000000000000000000000000000000000000000005f5260045ffd5b9061012060f560606106a383610171565b828152926020840190601f190136823783957fffffffffffffffff000000000000000000000000000000000000000000000000608082015160c01b1677ffffffff000000000000000000000000000000000000000060a083015160a01b161773ffffffff0000000000000000000000000000000060c083015160801b16176fffffffff00000000000000000000000060e0830151851b16179080519260208201516040830151917fff00000000000000000000000000000000000000000000000000000000000000610100888601519501519660f81b169052602188015260418701526061860152608185015280516095850152602081015160b5850152604081015160d58501520151910152565b6107ba6101ab565b5081516020830180519060408501908151606087019485519160808901958651925f5260205260405f20905f525f60205260405f20905f5260205260405f20915f5260205260405f205f527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb560205260405f20905f5260205260405f20602086015103610fb857610868916080860167ffffffffffffffff600181835116011690528651915190519161101a565b919091158015610f9b575b8015610f57575b610f4157604084019182519360405194610140860186811067ffffffffffffffff821117610197576040525f8652858860208201925f845260408301905f825260608401975f895260808501905f825260a08601925f845261012060c08801965f885260e08901985f8a525f6101008201525f838201526101408201519052015185528a525190526101608c015190526101808b015182526101a08b0151835260a08a019363ffffffff85511663ffffffff60808901511614610e33575050505060a088015115610e005761098760c089015192516040845f3760405f2060408086015f3760405f20905f5260205260405f2063ffffffff84511660e08c0151916101008d015193611356565b15610dcd575060405191610300830183811067ffffffffffffffff821117610197576040525f83526109b7610fe0565b60208401526109c4610fe0565b60408401526109d1610fe0565b60608401525f60808401525f60a08401525f60c08401525f60e08401525f6101008401525f6101208401525f6101408401525f6101608401525f6101808401525f6101a08401525f6101c08401525f6101e08401525f6102008401525f6102208401525f6102408401525f6102608401525f6102808401525f6102a08401525f6102c08401525f6102e0840152813560f81c8352610ada6002830135602085015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b610b4f601a840135604086015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b610bc46032850135606087015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b604a85013560e081811c60808981019190915263ffffffff60c084811c821660a0808d019190915261ffff60b087901c8116838e015286821c81168d870152609087811c82166101008f01529487901c81166101208e0152607087901c81166101408e0152606087901c166101608d0152604086901c83166101808d015260ff603887901c81165f90810b6101a08f0152603088901c8216810b6101c08f0152602888901c8216810b6101e08f0152602088901c8216810b6102008f015260189790971c811690960b6102208d015260678b01359485901d600390810b6102408e01529185901c8316820b6102608d015284901c909116900b6102808a0152609882901c83166102a08a015281901c82166102c089015260881c166102e08701529082610dc5575b5081610dbd575b5080610dae575b80610d93575b15918215610d68575b508115610d4f575b50610d415783610d219186611498565b15610d345761046e939450519052611403565b5050509061046e9161127e565b505050509061046e9161127e565b905060ff610d608184511692611476565b16105f610d11565b81925063ffffffff60c0610d8b9301511663ffffffff60e085015116918561142d565b15905f610d09565b5069ffffffffffffffffffff606783013560381c1615610d00565b5060ff823560f01c1615610cfa565b90505f610cf3565b91505f610cec565b63ffffffff9051167f37782a63000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b63ffffffff9051167f8a61f9f8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b959350955096959250989760a00151610f195782519351841015610f0657845192833560f81c9660018501359760048103610eeb5750610eac969798999a600191519051900360051b9560218781880197010189520190528660ff61012063ffffffff61016085015151169301511691821c92516113af565b15610ec35761046e91600184526060840152611403565b7f8ccf6233000000000000000000000000000000000000000000000000000000005f5260045ffd5b8663ed42de4760e01b5f52600452602452600460445260645ffd5b836334cd7e7b60e11b5f5260045260245ffd5b7fc8e43713000000000000000000000000000000000000000000000000000000005f5260045ffd5b5050509060a0810151610f195761046e9161127e565b5063ffffffff60a08501511663ffffffff60808401511614801561087a575060c084015163ffffffff1615158061087a575063ffffffff60e085015116151561087a565b5063ffffffff60a08501511663ffffffff60808401511610610873565b7fbe2aa302000000000000000000000000000000000000000000000000000000005f5260045ffd5b604051906080820182811067ffffffffffffffff82111761019757604052815f81525f60208201525f604082015260606102056080610171565b92919060405193610180850185811067ffffffffffffffff821117610197576040525f85525f60208601525f60408601525f60608601525f60808601525f60a08601525f60c08601525f60e08601525f6101008601525f61012086015261107f610fe0565b61014086015261108d610fe0565b610160860152846110a38260f81c808352611e04565b1561127457508060ff65ffffffffffff9260f01c16602087015260ff8160e81c16604087015260ff8160e01c16606087015263ffffffff8160c01c16608087015267ffffffffffffffff8160801c1660a087015263ffffffff8160601c1660c087015263ffffffff8160401c1660e087015260ff8160381c1661010087015260ff8160301c166101208701521661126e576111a68161014086015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b1590811561125a575b50611255576112268161016085015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b15908115611241575b5061123d5761046e82611e62565b5f90565b67ffffffffffffffff91501615155f61122f565b505f90565b67ffffffffffffffff91501615155f6111af565b50505f90565b94505f9392505050565b906101209061128b6101ab565b5001518061129b57506002815290565b6363aa933560e01b5f526004525f60245260445ffd5b90916020820190815191604084015183101561134357835192833560f81c60ff600186013597169081810361132a575060019190828103611308575060a08601515b60051b95602180870197809701019052019052565b6004036113205760c086015160e087015190036112f3565b60c08601516112f3565b8263ed42de4760e01b5f5260045260245260445260645ffd5b826334cd7e7b60e11b5f5260045260245ffd5b93919290928260051c602681116113845781901c61137b57611377936120b0565b1490565b50505050505f90565b5050505050505f90565b93919290928260051c602881116113845781901c61137b57611377936120b0565b94929093918360051c90602881119081156113da575b506113845781901c61137b57611377936120b0565b9050602803602881116113ef5781115f6113c5565b634e487b7160e01b5f52601160045260245ffd5b60406020820151910151808203611418575050565b6363aa933560e01b5f5260045260245260445ffd5b9291608061143b92856120ed565b1561126e5761144a9082612264565b156112555761145d63ffffffff916122e7565b911015908161146a575090565b63ffffffff9150111590565b5160ff16600181146114925760021461148d575f90565b600e90565b50600990565b9190916101605260a0526114ab816122e7565b908061014052816101205202159081611df3575b63ffffffff60c06101605101511691610140518310801590611dd9575b611dd25715611583575b505060e0610160510163ffffffff6001818351160116808252610120511461150f575b50600190565b5f90526101605160c001805163ffffffff9081166001011690526115336080610171565b60803682376101006101605101526101405163ffffffff60c0610160510151161461155f575b5f611509565b5f60c061016051015260a0610160510163ffffffff60018183511601169052611559565b63ffffffff60e06101605101511660ff825116600381145f1461165f57505060208101906101a06115e46115c38563ffffffff865151160160a051612bd7565b946115dd8163ffffffff606087015151160160a051612c55565b9451612ce2565b9101515f0b5f935b82851061160a57505050611603915060a051612d33565b5f806114e6565b90919261163a6001918684811a5f0b8681135f1461164557919060ff8091601f0360031b9316831b921b19161790565b9401939291906115ec565b5085919060ff8091601f0360031b9316831b921b19161790565b929392600681036118e457505091602083016116878263ffffffff835151160160a051612bd7565b916116c56116a48263ffffffff604089015151160160a051612bd7565b916116be8163ffffffff60608a015151160160a051612c55565b9351612ce2565b91926101a08601515f0b6101805261024086015160030b9560ff6102a082015116926101c08201515f0b61026083015160030b60ff6102c085015116926101e08501515f0b9361028086015160030b9260ff6102e088015116946102206102008901515f0b9801515f0b995f610100525b8b610100511061175f5750505050505050505050505061175a91925060a051612d33565b611603565b90919293949596979899809b9c8f60ff8d8d8d8d8d8d8d8d8d8d8a9b6101005160031b9a61018051908c1b60f81d0360141b02808c1d91829182806001603e8511603e86180285181b60011c9218030190603e8111603e821802181c1803637fffffff8113637fffffff8218021893891b60f81d0360141b0280891d91829182806001603e8511603e86180285181b60011c9218030190603e8111603e821802181c1803637fffffff8113637fffffff82180218637fffffff198112637fffffff198218021890637fffffff198112637fffffff198218021801637fffffff8113637fffffff82180218637fffffff198112637fffffff19821802180280861d91829182806001603e8511603e86180285181b60011c9218030190603e8111603e821802181c1803637fffffff8113637fffffff82180218637fffffff198112637fffffff1982180218019080821290821802189060f80394808213908218021816831b921b1916179b60016101005101610100529a99989796959493929190611736565b929392600a81036119f2575061190c61190282856020860151612d5a565b919060a051612bd7565b901a5f0b9263ffffffff6080840151166080850160051c019283608060a05101518160a080510151611941600160a0516112b1565b938193839b9392501c15948515956119dd575b50505050506119aa5750926020608061197c61175a97956119869560606119a2990151612d5a565b949060a051612c55565b940860ff601f9390930360031b92831b19909316921a901b1790565b60a051612d33565b60a051602001515f198101919082116113ef5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b6119e7955061138e565b155f80838882611954565b9293929050600c8103611b62575060208101611a1a8463ffffffff835151160160a051612bd7565b90611a58611a378663ffffffff604087015151160160a051612bd7565b95611a518163ffffffff606088015151160160a051612c55565b9251612ce2565b90926101a08101515f0b926101c08201515f0b936101e08301515f0b906102008401515f0b926102208501515f0b9460ff6102e061028083015160030b92015116603e8111603e82180218916001831b60011c935f995b898b10611acf57505050505050505050505061175a91925060a051612d33565b909192939495969798999a896001918f60ff8f918d8d8d8d8d8d8d8d899a60031b98891b60f81d0391881b60f81d0302029081871d9283808094180301901c1803637fffffff8113637fffffff82180218637fffffff198112637fffffff1982180218019080821290821802189060f80394808213908218021816831b921b1916179b0199989796959493929190611aaf565b919290600d83149283159384611dc8575b15611db657506020810192611b948363ffffffff865151160160a051612bd7565b93611bcb611bb18563ffffffff604087015151160160a051612bd7565b94611a518163ffffffff606088015151160160a051612c55565b60e05260c0526101a08201515f0b9261024083015160030b9160ff6102a085015116916101c08501515f0b61026086015160030b60ff6102c088015116916101e08801515f0b60805261028088015160030b9560ff6102e08a015116976102206102008b01515f0b9a01515f0b9a5f5b60e0518110611c6057505050505050505050505050505061175a60c05160a051612d33565b808d8f60ff8f8f8f8f8f8f8f8f8f8f8f60019f9c8c9d60031b1b60f81d0360141b02808b1d918f9183808094603e8511603e86180285181b60011c9218030190603e8111603e821802181c1803637fffffff8113637fffffff82180218637fffffff198112637fffffff1982180218938c60031b1b60f81d0360141b0280881d91829182808f603e8511603e86180285181b60011c9218030190603e8111603e821802181c1803637fffffff8113637fffffff82180218637fffffff198112637fffffff19821802188092818314151681831318911802180280841d91829182808b603e8511603e86180285181b8c1c9218030190603e8111603e821802181c1803637fffffff8113637fffffff8218021860805190637fffffff198112637fffffff1982180218019080821290821802188460031b60f80393808213908218021816821b911b1960c051161760c05201611c3b565b63178be23560e11b5f5260045260245ffd5b50600e8114611b73565b5050505f90565b506101205163ffffffff60e06101605101511610156114dc565b6001610120526001610140526114bf565b60ff1660018110159081611e16575090565b60029150111590565b906004811015611e305760051b0190565b634e487b7160e01b5f52603260045260245ffd5b8115611e4e570690565b634e487b7160e01b5f52601260045260245ffd5b611e6f60ff825116611e04565b15611255576080810190611e8d6403fffffffc835160021b1661236f565b91600283106120a7575b602082019260ff84511614801590612084575b8015612061575b801561203b575b8015612009575b611dd25763ffffffff63010000009151161161126e576060810191602060ff84511611908115611ff6575b8115611fe6575b5061126e5767ffffffffffffffff60a0820151168015908115611fd4575b5061126e5761014081015163ffffffff81511615801590611fbc575b611dd257611f4560c083019163ffffffff83511690612443565b15908115611f9c575b5061126e57600160ff61012063ffffffff6101608501515116930151161b611f768183611e44565b159283611f84575b50505090565b60019192935060ff9051161b910111155f8080611f7e565b611fb5915063ffffffff61016084015191511690612443565b155f611f4e565b50611fce60ff60208301511683612418565b15611f2b565b6740000000000000009150115f611f0f565b6020915060ff905116115f611ef1565b9050602060ff6040840151161190611eea565b5060ff6101208301511661203461016084015161202e61202882612950565b916129c0565b0261236f565b1415611ebf565b5060ff6101008301511661205a61014084015161202e61202882612950565b1415611eb8565b5060ff60608301511661207d63ffffffff60c08501511661236f565b1415611eb1565b5060ff6040830151166120a063ffffffff60e08501511661236f565b1415611eaa565b60029250611e97565b93929091908101905b8181106120c557505050565b90919360208560051b1690815260208235911852602060405f209460011c91019190916120b9565b92915060ff8351168015801561225a575b6122525761210b916124e4565b1561126e5761211e816020840151612443565b1561126e5760ff82511660068114908115612247575b811561223c575b8115612231575b8115612176575b5080612161575b61126e57606061046e920151612443565b50612170816040840151612443565b15612150565b600b91501480612187575b5f612149565b506040820151606081015163ffffffff825116159182612221575b82612211575b5081612201575b816121ee575b816121db575b816121c8575b5015612181565b63ffffffff91506060015116155f6121c1565b604081015163ffffffff161591506121bb565b602081015163ffffffff161591506121b5565b805163ffffffff161591506121af565b6040015160ff161591505f6121a8565b602081015160ff161592506121a2565b600e81149150612142565b600d8114915061213b565b600c81149150612134565b505050505f90565b50600e81116120fe565b805160ff169291600384146122db57600684146122cf57600a84146122c35750600c83146122ae57600d831480156122b9575b6122ae578263178be23560e11b5f5260045260245ffd5b61046e919250612833565b50600e8314612297565b9061046e929350612917565b5061046e919250612833565b5061046e919250612811565b9060ff8251169160038314612330576006831461233057600a831461235457600c831461233057600d8314801561234a575b612330578263178be23560e11b5f5260045260245ffd5b6020919250015161234361202882612950565b0290600190565b50600e8314612319565b6020919250019061046e6123688351612950565b9251612b94565b5f90600181111561126e575f1901908160401c612411578160019260201c80612404575b508060101c806123f7575b508060081c806123ea575b508060041c806123dd575b508060021c806123d0575b50821c6123ca570190565b81010190565b600291509101905f6123bf565b600491509101905f6123b4565b600891509101905f6123a9565b601091509101905f61239e565b602091509101905f612393565b5050604090565b9060ff166001811461243c5760021461243057505f90565b60ff6002915116101590565b5050600190565b61245360ff6020830151166129e4565b1561126e5760ff60408201511660048111611dd25760608201519060015f5b6004811061249a575050505063ffffffff8151169061249361202882612950565b0201111590565b63ffffffff6124a98286611e1f565b51168382106124c057611384576001905b01612472565b806124cf575b506001906124ba565b9091029063800000008211611384575f6124c6565b907fff00ffffffffffff0000ffffffffffffffffffffffffffffffff00000000000060ff6dffffffffffff0000ffffffffffff9216600181145f1461257a57506dffffffffffffffffffffffff000019927fffffff00ffffff000000000000000000000000000000000000000000000000005b196060820135169319604082013516921960208201351691199035161717171590565b600281036125ac575061ffff19927dff00ffffff00000000000000000000000000000000000000000000000000612557565b600381036125d8575075ffffffffffffffffffffffffffffffffffffffffffff199260ff60e81b612557565b600481148015612807575b1561262c57507fffffffffffffffffffff0000000000000000ffffffffffffffffffffffff0000927affff00000000000000000000000000000000000000000000000000612557565b6006811480156127fd575b80156127f3575b156126b2575075ffffffffffffffffffffffffffffffffffffffffffff19927dffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffff925068ff000000000000ffff60b01b1991507dffffffffffffffffffffffffffffffffffffffff00000000000000000000612557565b600c8103612729575075ffffffffffffffffffffffffffffffffffffffffffff19927dffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffff925068ff000000000000ffff60b01b1991507dffffffffff0000000000000000ffffffff0000ff00000000000000000000612557565b6007811480156127e9575b15612759575075ffffffffffffffffffffffffffffffffffffffffffff19925f612557565b6008811480156127df575b15612785575071ffffffffffffffffffffffffffffffffffff19925f612557565b600b1415915061125590505771ffffffffffffffffffffffffffffffffffff19907dffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffff9068ff000000000000ffff60b01b199060ff60e81b612557565b50600a8114612764565b5060098114612734565b50600e811461263e565b50600d8114612637565b50600581146125e3565b6020810151600160ff6020830151160361126e57606061046e920151906129ff565b602081018051600160ff6020830151161490811591612900575b5061126e575161286360608301918251906129ff565b1561126e5760408201519051612878916129ff565b15611255575f61024082015160030b1280156128ef575b80156128de575b61125557603e60ff6102a083015116111590816128c9575b816128b7575090565b603e91506102e060ff91015116111590565b9050603e60ff6102c0830151161115906128ae565b505f61028082015160030b12612896565b505f61026082015160030b1261288f565b6129109150604084015190612ab9565b155f61284d565b6020810151600160ff60208301511603611dd2576060820151612939916129ff565b1561126e576080015163ffffffff16600801111590565b60ff604082015116906002821061243c576060015163ffffffff81511691600281116129ad575b60038111612999575b60041061298b575090565b6060015163ffffffff160290565b604082015163ffffffff1690920291612980565b9163ffffffff6020830151160291612977565b601f906129dc60ff60206129d384612b94565b930151166129e4565b020160051c90565b60ff1660018114611509576002146129fa575f90565b600490565b90612a0a8183612ab9565b1561126e5763ffffffff82511663ffffffff82511614159182612a2e575b50501590565b909150612a3a81612950565b612a43826129c0565b02612a4d83612950565b612a56846129c0565b02928115159384612aaf575b84612a92575b5083612a79575b5050505f80612a28565b51915163ffffffff9283169216011190505f8080612a6f565b90935063ffffffff8351169063ffffffff8551160111925f612a68565b8015159450612a62565b9060ff60208301511660ff602083015116149182612b7b575b82612b5a575b82612b33575b82612b0c575b82612aee57505090565b63ffffffff9192506060828180809401510151169301510151161490565b915063ffffffff6040606084015101511663ffffffff604060608401510151161491612ae4565b915063ffffffff6020606084015101511663ffffffff602060608401510151161491612ade565b915063ffffffff6060830151511663ffffffff606083015151161491612ad8565b915060ff60408301511660ff6040830151161491612ad2565b60ff6040820151169081158015612bcd575b61243c57606001515f1982019182116113ef5763ffffffff91612bc891611e1f565b511690565b5060048211612ba6565b819060608101518260c0830151612bef6002856112b1565b93819383999392501c1594851595612c40575b5050505050612c1057505090565b602001515f198101919082116113ef5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b612c4a955061138e565b155f80848682612c02565b91906060830151928160c08201519481612c706003856112b1565b9290989180958a931c1594851595612ccd575b5050505050612c9c579061012091946101008201520152565b50602001515f198101919082116113ef5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b612cd7955061138e565b155f86858483612c83565b612cf8612d1192612cf2836129c0565b90611e44565b90612d0960ff6020830151166129e4565b928391612b94565b029060051b900360208111612d2b575b8115611e4e570490565b506020612d21565b90612d556060916101208401516101008501519060c086015160051b926120b0565b910152565b90602091939293612d7060ff84830151166129e4565b91612d8263ffffffff835116926129c0565b020181850260051c0193099056",
}

// ElementwiseFamily is an auto generated Go binding around an Ethereum contract.
type ElementwiseFamily struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ElementwiseFamily) GetABI() abi.ABI {
	return c.abi
}

// NewElementwiseFamily creates a new instance of ElementwiseFamily.
func NewElementwiseFamily() *ElementwiseFamily {
	parsed, err := ElementwiseFamilyMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ElementwiseFamily{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ElementwiseFamily) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e0cb96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step(bytes preState, bytes witness) pure returns(bytes32 postStateHash)
func (elementwiseFamily *ElementwiseFamily) PackStep(preState []byte, witness []byte) []byte {
	enc, err := elementwiseFamily.abi.Pack("step", preState, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e0cb96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step(bytes preState, bytes witness) pure returns(bytes32 postStateHash)
func (elementwiseFamily *ElementwiseFamily) TryPackStep(preState []byte, witness []byte) ([]byte, error) {
	return elementwiseFamily.abi.Pack("step", preState, witness)
}

// UnpackStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8e0cb96.
//
// Solidity: function step(bytes preState, bytes witness) pure returns(bytes32 postStateHash)
func (elementwiseFamily *ElementwiseFamily) UnpackStep(data []byte) ([32]byte, error) {
	out, err := elementwiseFamily.abi.Unpack("step", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStepState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70b31be9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepState(bytes preState, bytes witness) pure returns(bytes postState)
func (elementwiseFamily *ElementwiseFamily) PackStepState(preState []byte, witness []byte) []byte {
	enc, err := elementwiseFamily.abi.Pack("stepState", preState, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70b31be9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepState(bytes preState, bytes witness) pure returns(bytes postState)
func (elementwiseFamily *ElementwiseFamily) TryPackStepState(preState []byte, witness []byte) ([]byte, error) {
	return elementwiseFamily.abi.Pack("stepState", preState, witness)
}

// UnpackStepState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70b31be9.
//
// Solidity: function stepState(bytes preState, bytes witness) pure returns(bytes postState)
func (elementwiseFamily *ElementwiseFamily) UnpackStepState(data []byte) ([]byte, error) {
	out, err := elementwiseFamily.abi.Unpack("stepState", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (elementwiseFamily *ElementwiseFamily) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], elementwiseFamily.abi.Errors["AccessKind"].ID.Bytes()[:4]) {
		return elementwiseFamily.UnpackAccessKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], elementwiseFamily.abi.Errors["AccessMissing"].ID.Bytes()[:4]) {
		return elementwiseFamily.UnpackAccessMissingError(raw[4:])
	}
	if bytes.Equal(raw[:4], elementwiseFamily.abi.Errors["AccessProofInvalid"].ID.Bytes()[:4]) {
		return elementwiseFamily.UnpackAccessProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], elementwiseFamily.abi.Errors["AccessesUnused"].ID.Bytes()[:4]) {
		return elementwiseFamily.UnpackAccessesUnusedError(raw[4:])
	}
	if bytes.Equal(raw[:4], elementwiseFamily.abi.Errors["BadPreState"].ID.Bytes()[:4]) {
		return elementwiseFamily.UnpackBadPreStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], elementwiseFamily.abi.Errors["ModelIdMismatch"].ID.Bytes()[:4]) {
		return elementwiseFamily.UnpackModelIdMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], elementwiseFamily.abi.Errors["OpMissing"].ID.Bytes()[:4]) {
		return elementwiseFamily.UnpackOpMissingError(raw[4:])
	}
	if bytes.Equal(raw[:4], elementwiseFamily.abi.Errors["OpProofInvalid"].ID.Bytes()[:4]) {
		return elementwiseFamily.UnpackOpProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], elementwiseFamily.abi.Errors["OpUnexpected"].ID.Bytes()[:4]) {
		return elementwiseFamily.UnpackOpUnexpectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], elementwiseFamily.abi.Errors["OutputProofInvalid"].ID.Bytes()[:4]) {
		return elementwiseFamily.UnpackOutputProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], elementwiseFamily.abi.Errors["WitnessAccessKind"].ID.Bytes()[:4]) {
		return elementwiseFamily.UnpackWitnessAccessKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], elementwiseFamily.abi.Errors["WitnessDepths"].ID.Bytes()[:4]) {
		return elementwiseFamily.UnpackWitnessDepthsError(raw[4:])
	}
	if bytes.Equal(raw[:4], elementwiseFamily.abi.Errors["WitnessOpFlag"].ID.Bytes()[:4]) {
		return elementwiseFamily.UnpackWitnessOpFlagError(raw[4:])
	}
	if bytes.Equal(raw[:4], elementwiseFamily.abi.Errors["WitnessTrailing"].ID.Bytes()[:4]) {
		return elementwiseFamily.UnpackWitnessTrailingError(raw[4:])
	}
	if bytes.Equal(raw[:4], elementwiseFamily.abi.Errors["WitnessTruncated"].ID.Bytes()[:4]) {
		return elementwiseFamily.UnpackWitnessTruncatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], elementwiseFamily.abi.Errors["WitnessVersion"].ID.Bytes()[:4]) {
		return elementwiseFamily.UnpackWitnessVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], elementwiseFamily.abi.Errors["WrongFamily"].ID.Bytes()[:4]) {
		return elementwiseFamily.UnpackWrongFamilyError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ElementwiseFamilyAccessKind represents a AccessKind error raised by the ElementwiseFamily contract.
type ElementwiseFamilyAccessKind struct {
	K    *big.Int
	Got  uint8
	Want uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessKind(uint256 k, uint8 got, uint8 want)
func ElementwiseFamilyAccessKindErrorID() common.Hash {
	return common.HexToHash("0xed42de477c91b674a82d78ccae7a6bd1b13c2a02c493cefdea8120b2adb7f8f1")
}

// UnpackAccessKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessKind(uint256 k, uint8 got, uint8 want)
func (elementwiseFamily *ElementwiseFamily) UnpackAccessKindError(raw []byte) (*ElementwiseFamilyAccessKind, error) {
	out := new(ElementwiseFamilyAccessKind)
	if err := elementwiseFamily.abi.UnpackIntoInterface(out, "AccessKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ElementwiseFamilyAccessMissing represents a AccessMissing error raised by the ElementwiseFamily contract.
type ElementwiseFamilyAccessMissing struct {
	K *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessMissing(uint256 k)
func ElementwiseFamilyAccessMissingErrorID() common.Hash {
	return common.HexToHash("0x699afcf6e727e6315ec8f99ef6630f3cca9c4619d0df5c01ef1607e5bc5d7b22")
}

// UnpackAccessMissingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessMissing(uint256 k)
func (elementwiseFamily *ElementwiseFamily) UnpackAccessMissingError(raw []byte) (*ElementwiseFamilyAccessMissing, error) {
	out := new(ElementwiseFamilyAccessMissing)
	if err := elementwiseFamily.abi.UnpackIntoInterface(out, "AccessMissing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ElementwiseFamilyAccessProofInvalid represents a AccessProofInvalid error raised by the ElementwiseFamily contract.
type ElementwiseFamilyAccessProofInvalid struct {
	K    *big.Int
	Leaf uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessProofInvalid(uint256 k, uint64 leaf)
func ElementwiseFamilyAccessProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x653046b01386a874647cf8dfeaec31349f195e14c122e4f1dfec015d7553d50e")
}

// UnpackAccessProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessProofInvalid(uint256 k, uint64 leaf)
func (elementwiseFamily *ElementwiseFamily) UnpackAccessProofInvalidError(raw []byte) (*ElementwiseFamilyAccessProofInvalid, error) {
	out := new(ElementwiseFamilyAccessProofInvalid)
	if err := elementwiseFamily.abi.UnpackIntoInterface(out, "AccessProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ElementwiseFamilyAccessesUnused represents a AccessesUnused error raised by the ElementwiseFamily contract.
type ElementwiseFamilyAccessesUnused struct {
	Supplied *big.Int
	Used     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessesUnused(uint256 supplied, uint256 used)
func ElementwiseFamilyAccessesUnusedErrorID() common.Hash {
	return common.HexToHash("0x63aa9335aa3796690ab88b33887829d6f794fdd0e4cb3f3724e112b85822efb9")
}

// UnpackAccessesUnusedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessesUnused(uint256 supplied, uint256 used)
func (elementwiseFamily *ElementwiseFamily) UnpackAccessesUnusedError(raw []byte) (*ElementwiseFamilyAccessesUnused, error) {
	out := new(ElementwiseFamilyAccessesUnused)
	if err := elementwiseFamily.abi.UnpackIntoInterface(out, "AccessesUnused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ElementwiseFamilyBadPreState represents a BadPreState error raised by the ElementwiseFamily contract.
type ElementwiseFamilyBadPreState struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPreState()
func ElementwiseFamilyBadPreStateErrorID() common.Hash {
	return common.HexToHash("0xca7560030f9ed8874fdf19ee9c15444f2660d319059c5b08bf496413e4ce796f")
}

// UnpackBadPreStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPreState()
func (elementwiseFamily *ElementwiseFamily) UnpackBadPreStateError(raw []byte) (*ElementwiseFamilyBadPreState, error) {
	out := new(ElementwiseFamilyBadPreState)
	if err := elementwiseFamily.abi.UnpackIntoInterface(out, "BadPreState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ElementwiseFamilyModelIdMismatch represents a ModelIdMismatch error raised by the ElementwiseFamily contract.
type ElementwiseFamilyModelIdMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelIdMismatch()
func ElementwiseFamilyModelIdMismatchErrorID() common.Hash {
	return common.HexToHash("0xbe2aa3022d62b457cd2c326ee36bcac4b80768c146eaed8632048dcfec3e7a4b")
}

// UnpackModelIdMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelIdMismatch()
func (elementwiseFamily *ElementwiseFamily) UnpackModelIdMismatchError(raw []byte) (*ElementwiseFamilyModelIdMismatch, error) {
	out := new(ElementwiseFamilyModelIdMismatch)
	if err := elementwiseFamily.abi.UnpackIntoInterface(out, "ModelIdMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ElementwiseFamilyOpMissing represents a OpMissing error raised by the ElementwiseFamily contract.
type ElementwiseFamilyOpMissing struct {
	Pc uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpMissing(uint32 pc)
func ElementwiseFamilyOpMissingErrorID() common.Hash {
	return common.HexToHash("0x8a61f9f8ae0f72a50352044ef6dfa79f7eaa2f69daa4a553c21daa19bc5da5b2")
}

// UnpackOpMissingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpMissing(uint32 pc)
func (elementwiseFamily *ElementwiseFamily) UnpackOpMissingError(raw []byte) (*ElementwiseFamilyOpMissing, error) {
	out := new(ElementwiseFamilyOpMissing)
	if err := elementwiseFamily.abi.UnpackIntoInterface(out, "OpMissing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ElementwiseFamilyOpProofInvalid represents a OpProofInvalid error raised by the ElementwiseFamily contract.
type ElementwiseFamilyOpProofInvalid struct {
	Pc uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpProofInvalid(uint32 pc)
func ElementwiseFamilyOpProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x37782a63ddd0248fc94515336b590367147d30fcdd67034fab31e313bc9b798e")
}

// UnpackOpProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpProofInvalid(uint32 pc)
func (elementwiseFamily *ElementwiseFamily) UnpackOpProofInvalidError(raw []byte) (*ElementwiseFamilyOpProofInvalid, error) {
	out := new(ElementwiseFamilyOpProofInvalid)
	if err := elementwiseFamily.abi.UnpackIntoInterface(out, "OpProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ElementwiseFamilyOpUnexpected represents a OpUnexpected error raised by the ElementwiseFamily contract.
type ElementwiseFamilyOpUnexpected struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpUnexpected()
func ElementwiseFamilyOpUnexpectedErrorID() common.Hash {
	return common.HexToHash("0xc8e43713c0ee2c754056063a820aea2d7dfb512807bb21c07719008f9d04b52b")
}

// UnpackOpUnexpectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpUnexpected()
func (elementwiseFamily *ElementwiseFamily) UnpackOpUnexpectedError(raw []byte) (*ElementwiseFamilyOpUnexpected, error) {
	out := new(ElementwiseFamilyOpUnexpected)
	if err := elementwiseFamily.abi.UnpackIntoInterface(out, "OpUnexpected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ElementwiseFamilyOutputProofInvalid represents a OutputProofInvalid error raised by the ElementwiseFamily contract.
type ElementwiseFamilyOutputProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputProofInvalid()
func ElementwiseFamilyOutputProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x8ccf6233e9eb070c44d3ce5ebc69779e597688be21ad3af1d5f85858c9c81ce9")
}

// UnpackOutputProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputProofInvalid()
func (elementwiseFamily *ElementwiseFamily) UnpackOutputProofInvalidError(raw []byte) (*ElementwiseFamilyOutputProofInvalid, error) {
	out := new(ElementwiseFamilyOutputProofInvalid)
	if err := elementwiseFamily.abi.UnpackIntoInterface(out, "OutputProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ElementwiseFamilyWitnessAccessKind represents a WitnessAccessKind error raised by the ElementwiseFamily contract.
type ElementwiseFamilyWitnessAccessKind struct {
	K    *big.Int
	Kind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessAccessKind(uint256 k, uint8 kind)
func ElementwiseFamilyWitnessAccessKindErrorID() common.Hash {
	return common.HexToHash("0x7669a5f4604c7f54736ef410bce4930404d4ef1958cb9e8363d3ba7f6e06d60e")
}

// UnpackWitnessAccessKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessAccessKind(uint256 k, uint8 kind)
func (elementwiseFamily *ElementwiseFamily) UnpackWitnessAccessKindError(raw []byte) (*ElementwiseFamilyWitnessAccessKind, error) {
	out := new(ElementwiseFamilyWitnessAccessKind)
	if err := elementwiseFamily.abi.UnpackIntoInterface(out, "WitnessAccessKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ElementwiseFamilyWitnessDepths represents a WitnessDepths error raised by the ElementwiseFamily contract.
type ElementwiseFamilyWitnessDepths struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessDepths()
func ElementwiseFamilyWitnessDepthsErrorID() common.Hash {
	return common.HexToHash("0xb88255024dc31feb433c55eecb6cfbb136c0306a224348e59cd230cb9548372b")
}

// UnpackWitnessDepthsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessDepths()
func (elementwiseFamily *ElementwiseFamily) UnpackWitnessDepthsError(raw []byte) (*ElementwiseFamilyWitnessDepths, error) {
	out := new(ElementwiseFamilyWitnessDepths)
	if err := elementwiseFamily.abi.UnpackIntoInterface(out, "WitnessDepths", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ElementwiseFamilyWitnessOpFlag represents a WitnessOpFlag error raised by the ElementwiseFamily contract.
type ElementwiseFamilyWitnessOpFlag struct {
	Flag uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessOpFlag(uint8 flag)
func ElementwiseFamilyWitnessOpFlagErrorID() common.Hash {
	return common.HexToHash("0xb07830b9c32a2266ff98cb5e5b976ef9416b57d56237b536f736e2fb5fd450f5")
}

// UnpackWitnessOpFlagError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessOpFlag(uint8 flag)
func (elementwiseFamily *ElementwiseFamily) UnpackWitnessOpFlagError(raw []byte) (*ElementwiseFamilyWitnessOpFlag, error) {
	out := new(ElementwiseFamilyWitnessOpFlag)
	if err := elementwiseFamily.abi.UnpackIntoInterface(out, "WitnessOpFlag", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ElementwiseFamilyWitnessTrailing represents a WitnessTrailing error raised by the ElementwiseFamily contract.
type ElementwiseFamilyWitnessTrailing struct {
	Extra *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessTrailing(uint256 extra)
func ElementwiseFamilyWitnessTrailingErrorID() common.Hash {
	return common.HexToHash("0xbae27caa07af259b3a4f9f1c02f9324163b54c8435977d65507077ed1ebba420")
}

// UnpackWitnessTrailingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessTrailing(uint256 extra)
func (elementwiseFamily *ElementwiseFamily) UnpackWitnessTrailingError(raw []byte) (*ElementwiseFamilyWitnessTrailing, error) {
	out := new(ElementwiseFamilyWitnessTrailing)
	if err := elementwiseFamily.abi.UnpackIntoInterface(out, "WitnessTrailing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ElementwiseFamilyWitnessTruncated represents a WitnessTruncated error raised by the ElementwiseFamily contract.
type ElementwiseFamilyWitnessTruncated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessTruncated()
func ElementwiseFamilyWitnessTruncatedErrorID() common.Hash {
	return common.HexToHash("0x87da407a2a971b9b2197acfc9927e8673864889f1595be4c26a63ebbf44ebec4")
}

// UnpackWitnessTruncatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessTruncated()
func (elementwiseFamily *ElementwiseFamily) UnpackWitnessTruncatedError(raw []byte) (*ElementwiseFamilyWitnessTruncated, error) {
	out := new(ElementwiseFamilyWitnessTruncated)
	if err := elementwiseFamily.abi.UnpackIntoInterface(out, "WitnessTruncated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ElementwiseFamilyWitnessVersion represents a WitnessVersion error raised by the ElementwiseFamily contract.
type ElementwiseFamilyWitnessVersion struct {
	Version uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessVersion(uint8 version)
func ElementwiseFamilyWitnessVersionErrorID() common.Hash {
	return common.HexToHash("0x02ed372a870e18c43a88b490fc53de9cdb844991450bdb551aad29efd899b5d8")
}

// UnpackWitnessVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessVersion(uint8 version)
func (elementwiseFamily *ElementwiseFamily) UnpackWitnessVersionError(raw []byte) (*ElementwiseFamilyWitnessVersion, error) {
	out := new(ElementwiseFamilyWitnessVersion)
	if err := elementwiseFamily.abi.UnpackIntoInterface(out, "WitnessVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ElementwiseFamilyWrongFamily represents a WrongFamily error raised by the ElementwiseFamily contract.
type ElementwiseFamilyWrongFamily struct {
	Op uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongFamily(uint8 op)
func ElementwiseFamilyWrongFamilyErrorID() common.Hash {
	return common.HexToHash("0x2f17c46ad1aa77ce0deb11847b4d2a901b3e9a53fc5e48e3cd36172b783e3caf")
}

// UnpackWrongFamilyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongFamily(uint8 op)
func (elementwiseFamily *ElementwiseFamily) UnpackWrongFamilyError(raw []byte) (*ElementwiseFamilyWrongFamily, error) {
	out := new(ElementwiseFamilyWrongFamily)
	if err := elementwiseFamily.abi.UnpackIntoInterface(out, "WrongFamily", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExampleConsumerMetaData contains all meta data concerning the ExampleConsumer contract.
var ExampleConsumerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractInferenceOracle\",\"name\":\"oracle_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAsker\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOracle\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawFailed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"Asked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"Delivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"callbackGas\",\"type\":\"uint64\"}],\"name\":\"ask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"prompt\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"tokens\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"tokenBytes\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"callbackGas\",\"type\":\"uint64\"}],\"name\":\"askCompletion\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"askerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"delivered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"onInferenceResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractInferenceOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"outputOf\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"refundOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "5eec44802d172e5435ed5f8c1354834128",
	Bin: "0x60a03461008c57601f610dfe38819003918201601f19168301916001600160401b038311848410176100905780849260209460405283398101031261008c57516001600160a01b038116810361008c57608052604051610d5990816100a582396080518181816024015281816101770152818161029a0152818161049b015281816105c101526106c50152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe608080604052600436101561005f575b50361561001a575f80fd5b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016330361004c57005b63037d3e0960e61b5f523360045260245ffd5b5f905f3560e01c90816307738ad214610c4c575080632cb3f1f714610b685780633ccfd60b14610a7857806340e58ee51461068a5780634b5e41081461065b5780634bf23acf146104f2578063628aadd5146104bf5780637dc0d1d01461047b578063a1fbbfe7146102585763e6859df20361000f5760603660031901126102555760043560243567ffffffffffffffff811161025357610104903690600401610cde565b60443567ffffffffffffffff811680910361024f5791602091610164959360405196879384937f7490bfd4000000000000000000000000000000000000000000000000000000008552886004860152606060248601526064850191610d39565b9060448301520381346001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165af190811561024357809161020a575b6020935081815260028452604081206001600160a01b03331673ffffffffffffffffffffffffffffffffffffffff1982541617905560405192827f65470296b44076de7d435507facc005c7f120cd42a76b9452a41bd5db3d09420339380a48152f35b90506020833d60201161023b575b8161022560209383610cbc565b810103126102375760209251906101a7565b5f80fd5b3d9150610218565b604051903d90823e3d90fd5b8480fd5b825b80fd5b5034610255576040366003190112610255576004359060243567ffffffffffffffff81116104775761028e903690600401610cde565b92906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633036104645781835282602052604083209367ffffffffffffffff8111610450576102e58554610c84565b601f81116103fe575b508394601f821160011461037a578185967fe55808ab67ee6194bab018125d65d17037751771f938cea781d152389396d8e395969161036f575b508260011b905f198460031b1c19161790555b838552600160205260408520600160ff19825416179055610369604051928392602084526020840191610d39565b0390a280f35b90508301355f610328565b8085526020852095601f198316865b8181106103e6575090837fe55808ab67ee6194bab018125d65d17037751771f938cea781d152389396d8e396979892106103cd575b5050600182811b01905561033b565b8401355f19600385901b60f8161c191690555f806103be565b85830135895560019098019760209283019201610389565b818111156102ee5785855260208520601f830160051c9060208410610448575b81601f9101920160051c0390855b82811061043a5750506102ee565b80876001928401550161042c565b86915061041e565b602484634e487b7160e01b81526041600452fd5b60248363037d3e0960e61b815233600452fd5b5080fd5b503461025557806003193601126102555760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b5034610255576020366003190112610255576001600160a01b036040602092600435815260028452205416604051908152f35b5060a03660031901126102555760043560243567ffffffffffffffff811161025357610522903690600401610cde565b60443563ffffffff811680910361024f5760643560ff8116809103610657576084359067ffffffffffffffff82168092036106535791602093916105a497959360405198899586957f6320b9890000000000000000000000000000000000000000000000000000000087528a600488015260a0602488015260a4870191610d39565b926044850152606484015260848301520381346001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165af190811561024357809161020a576020935081815260028452604081206001600160a01b03331673ffffffffffffffffffffffffffffffffffffffff1982541617905560405192827f65470296b44076de7d435507facc005c7f120cd42a76b9452a41bd5db3d09420339380a48152f35b8680fd5b8580fd5b50346102555760203660031901126102555760ff60406020926004358152600184522054166040519015158152f35b503461023757602036600319011261023757600435805f5260026020526001600160a01b0360405f2054163303610a4c576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906040517f324e03be0000000000000000000000000000000000000000000000000000000081528160048201525f81602481865afa908115610863575f9161086e575b50602001516bffffffffffffffffffffffff1691803b15610237576040517f40e58ee50000000000000000000000000000000000000000000000000000000081528260048201525f8160248183865af180156108635761084e575b508390836107eb575b50503383526003602052604083208054908382018092116107d757556040519182527f7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c460203393a380f35b602485634e487b7160e01b81526011600452fd5b803b15610477578180916004604051809481937f3ccfd60b0000000000000000000000000000000000000000000000000000000083525af18015610843571561078c578161083891610cbc565b61025357825f61078c565b6040513d84823e3d90fd5b61085b9194505f90610cbc565b5f925f610783565b6040513d5f823e3d90fd5b90503d805f833e61087f8183610cbc565b8101906020818303126102375780519067ffffffffffffffff821161023757016101c08183031261023757604051906101c0820182811067ffffffffffffffff821117610a385760405280516001600160a01b038116810361023757825260208101516bffffffffffffffffffffffff81168103610237576020830152604081015167ffffffffffffffff811681036102375760408301526060810151600481101561023757606083015261093660808201610d28565b608083015261094760a08201610d28565b60a083015260c081015164ffffffffff811681036102375760c083015261097060e08201610d28565b60e08301526109826101008201610d28565b61010083015261012081015160ff81168103610237576101208301526101408101516101408301526101608101516101608301526101808101516101808301526101a08101519067ffffffffffffffff821161023757019082601f83011215610237578151926109f184610d0c565b906109ff6040519283610cbc565b84825260208585010111610237575f6020856bffffffffffffffffffffffff96828097018386015e830101526101a08201529150610728565b634e487b7160e01b5f52604160045260245ffd5b7f1a0bd73a000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b34610237575f36600319011261023757335f52600360205260405f20548015610b4057335f5260036020525f60408120556040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a25f80808084335af13d15610b3b573d610aed81610d0c565b90610afb6040519283610cbc565b81525f60203d92013e5b15610b0c57005b7fa2269912000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b610b05565b7fd0d04f60000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610237576020366003190112610237576004355f525f60205260405f206040515f825492610b9684610c84565b9081845260208401946001811690815f14610c2f5750600114610bef575b84604085610bc481870382610cbc565b8151928391602083525180918160208501528484015e5f828201840152601f01601f19168101030190f35b5f90815260208120939250905b808210610c1557509091508101602001610bc482610bb4565b919260018160209254838588010152019101909291610bfc565b60ff191686525050151560051b82016020019050610bc482610bb4565b3461023757602036600319011261023757600435906001600160a01b038216809203610237576020915f526003825260405f20548152f35b90600182811c92168015610cb2575b6020831014610c9e57565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610c93565b90601f8019910116810190811067ffffffffffffffff821117610a3857604052565b9181601f840112156102375782359167ffffffffffffffff8311610237576020838186019501011161023757565b67ffffffffffffffff8111610a3857601f01601f191660200190565b519063ffffffff8216820361023757565b908060209392818452848401375f828201840152601f01601f191601019056",
}

// ExampleConsumer is an auto generated Go binding around an Ethereum contract.
type ExampleConsumer struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ExampleConsumer) GetABI() abi.ABI {
	return c.abi
}

// NewExampleConsumer creates a new instance of ExampleConsumer.
func NewExampleConsumer() *ExampleConsumer {
	parsed, err := ExampleConsumerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ExampleConsumer{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ExampleConsumer) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address oracle_) returns()
func (exampleConsumer *ExampleConsumer) PackConstructor(oracle_ common.Address) []byte {
	enc, err := exampleConsumer.abi.Pack("", oracle_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAsk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6859df2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ask(bytes32 modelId, bytes input, uint64 callbackGas) payable returns(uint256 requestId)
func (exampleConsumer *ExampleConsumer) PackAsk(modelId [32]byte, input []byte, callbackGas uint64) []byte {
	enc, err := exampleConsumer.abi.Pack("ask", modelId, input, callbackGas)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAsk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6859df2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ask(bytes32 modelId, bytes input, uint64 callbackGas) payable returns(uint256 requestId)
func (exampleConsumer *ExampleConsumer) TryPackAsk(modelId [32]byte, input []byte, callbackGas uint64) ([]byte, error) {
	return exampleConsumer.abi.Pack("ask", modelId, input, callbackGas)
}

// UnpackAsk is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe6859df2.
//
// Solidity: function ask(bytes32 modelId, bytes input, uint64 callbackGas) payable returns(uint256 requestId)
func (exampleConsumer *ExampleConsumer) UnpackAsk(data []byte) (*big.Int, error) {
	out, err := exampleConsumer.abi.Unpack("ask", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAskCompletion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf23acf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function askCompletion(bytes32 modelId, bytes prompt, uint32 tokens, uint8 tokenBytes, uint64 callbackGas) payable returns(uint256 requestId)
func (exampleConsumer *ExampleConsumer) PackAskCompletion(modelId [32]byte, prompt []byte, tokens uint32, tokenBytes uint8, callbackGas uint64) []byte {
	enc, err := exampleConsumer.abi.Pack("askCompletion", modelId, prompt, tokens, tokenBytes, callbackGas)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAskCompletion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf23acf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function askCompletion(bytes32 modelId, bytes prompt, uint32 tokens, uint8 tokenBytes, uint64 callbackGas) payable returns(uint256 requestId)
func (exampleConsumer *ExampleConsumer) TryPackAskCompletion(modelId [32]byte, prompt []byte, tokens uint32, tokenBytes uint8, callbackGas uint64) ([]byte, error) {
	return exampleConsumer.abi.Pack("askCompletion", modelId, prompt, tokens, tokenBytes, callbackGas)
}

// UnpackAskCompletion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bf23acf.
//
// Solidity: function askCompletion(bytes32 modelId, bytes prompt, uint32 tokens, uint8 tokenBytes, uint64 callbackGas) payable returns(uint256 requestId)
func (exampleConsumer *ExampleConsumer) UnpackAskCompletion(data []byte) (*big.Int, error) {
	out, err := exampleConsumer.abi.Unpack("askCompletion", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAskerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x628aadd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function askerOf(uint256 ) view returns(address)
func (exampleConsumer *ExampleConsumer) PackAskerOf(arg0 *big.Int) []byte {
	enc, err := exampleConsumer.abi.Pack("askerOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAskerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x628aadd5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function askerOf(uint256 ) view returns(address)
func (exampleConsumer *ExampleConsumer) TryPackAskerOf(arg0 *big.Int) ([]byte, error) {
	return exampleConsumer.abi.Pack("askerOf", arg0)
}

// UnpackAskerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x628aadd5.
//
// Solidity: function askerOf(uint256 ) view returns(address)
func (exampleConsumer *ExampleConsumer) UnpackAskerOf(data []byte) (common.Address, error) {
	out, err := exampleConsumer.abi.Unpack("askerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(uint256 requestId) returns()
func (exampleConsumer *ExampleConsumer) PackCancel(requestId *big.Int) []byte {
	enc, err := exampleConsumer.abi.Pack("cancel", requestId)
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
func (exampleConsumer *ExampleConsumer) TryPackCancel(requestId *big.Int) ([]byte, error) {
	return exampleConsumer.abi.Pack("cancel", requestId)
}

// PackDelivered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b5e4108.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delivered(uint256 ) view returns(bool)
func (exampleConsumer *ExampleConsumer) PackDelivered(arg0 *big.Int) []byte {
	enc, err := exampleConsumer.abi.Pack("delivered", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelivered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b5e4108.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delivered(uint256 ) view returns(bool)
func (exampleConsumer *ExampleConsumer) TryPackDelivered(arg0 *big.Int) ([]byte, error) {
	return exampleConsumer.abi.Pack("delivered", arg0)
}

// UnpackDelivered is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b5e4108.
//
// Solidity: function delivered(uint256 ) view returns(bool)
func (exampleConsumer *ExampleConsumer) UnpackDelivered(data []byte) (bool, error) {
	out, err := exampleConsumer.abi.Unpack("delivered", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOnInferenceResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1fbbfe7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onInferenceResult(uint256 requestId, bytes output) returns()
func (exampleConsumer *ExampleConsumer) PackOnInferenceResult(requestId *big.Int, output []byte) []byte {
	enc, err := exampleConsumer.abi.Pack("onInferenceResult", requestId, output)
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
func (exampleConsumer *ExampleConsumer) TryPackOnInferenceResult(requestId *big.Int, output []byte) ([]byte, error) {
	return exampleConsumer.abi.Pack("onInferenceResult", requestId, output)
}

// PackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function oracle() view returns(address)
func (exampleConsumer *ExampleConsumer) PackOracle() []byte {
	enc, err := exampleConsumer.abi.Pack("oracle")
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
func (exampleConsumer *ExampleConsumer) TryPackOracle() ([]byte, error) {
	return exampleConsumer.abi.Pack("oracle")
}

// UnpackOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (exampleConsumer *ExampleConsumer) UnpackOracle(data []byte) (common.Address, error) {
	out, err := exampleConsumer.abi.Unpack("oracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOutputOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2cb3f1f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function outputOf(uint256 ) view returns(bytes)
func (exampleConsumer *ExampleConsumer) PackOutputOf(arg0 *big.Int) []byte {
	enc, err := exampleConsumer.abi.Pack("outputOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOutputOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2cb3f1f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function outputOf(uint256 ) view returns(bytes)
func (exampleConsumer *ExampleConsumer) TryPackOutputOf(arg0 *big.Int) ([]byte, error) {
	return exampleConsumer.abi.Pack("outputOf", arg0)
}

// UnpackOutputOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2cb3f1f7.
//
// Solidity: function outputOf(uint256 ) view returns(bytes)
func (exampleConsumer *ExampleConsumer) UnpackOutputOf(data []byte) ([]byte, error) {
	out, err := exampleConsumer.abi.Unpack("outputOf", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackRefundOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07738ad2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundOf(address ) view returns(uint256)
func (exampleConsumer *ExampleConsumer) PackRefundOf(arg0 common.Address) []byte {
	enc, err := exampleConsumer.abi.Pack("refundOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07738ad2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundOf(address ) view returns(uint256)
func (exampleConsumer *ExampleConsumer) TryPackRefundOf(arg0 common.Address) ([]byte, error) {
	return exampleConsumer.abi.Pack("refundOf", arg0)
}

// UnpackRefundOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07738ad2.
//
// Solidity: function refundOf(address ) view returns(uint256)
func (exampleConsumer *ExampleConsumer) UnpackRefundOf(data []byte) (*big.Int, error) {
	out, err := exampleConsumer.abi.Unpack("refundOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (exampleConsumer *ExampleConsumer) PackWithdraw() []byte {
	enc, err := exampleConsumer.abi.Pack("withdraw")
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
func (exampleConsumer *ExampleConsumer) TryPackWithdraw() ([]byte, error) {
	return exampleConsumer.abi.Pack("withdraw")
}

// ExampleConsumerAsked represents a Asked event raised by the ExampleConsumer contract.
type ExampleConsumerAsked struct {
	RequestId *big.Int
	ModelId   [32]byte
	By        common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const ExampleConsumerAskedEventName = "Asked"

// ContractEventName returns the user-defined event name.
func (ExampleConsumerAsked) ContractEventName() string {
	return ExampleConsumerAskedEventName
}

// UnpackAskedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Asked(uint256 indexed requestId, bytes32 indexed modelId, address indexed by)
func (exampleConsumer *ExampleConsumer) UnpackAskedEvent(log *types.Log) (*ExampleConsumerAsked, error) {
	event := "Asked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exampleConsumer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExampleConsumerAsked)
	if len(log.Data) > 0 {
		if err := exampleConsumer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exampleConsumer.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExampleConsumerDelivered represents a Delivered event raised by the ExampleConsumer contract.
type ExampleConsumerDelivered struct {
	RequestId *big.Int
	Output    []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const ExampleConsumerDeliveredEventName = "Delivered"

// ContractEventName returns the user-defined event name.
func (ExampleConsumerDelivered) ContractEventName() string {
	return ExampleConsumerDeliveredEventName
}

// UnpackDeliveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Delivered(uint256 indexed requestId, bytes output)
func (exampleConsumer *ExampleConsumer) UnpackDeliveredEvent(log *types.Log) (*ExampleConsumerDelivered, error) {
	event := "Delivered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exampleConsumer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExampleConsumerDelivered)
	if len(log.Data) > 0 {
		if err := exampleConsumer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exampleConsumer.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExampleConsumerRefunded represents a Refunded event raised by the ExampleConsumer contract.
type ExampleConsumerRefunded struct {
	RequestId *big.Int
	To        common.Address
	Fee       *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ExampleConsumerRefundedEventName = "Refunded"

// ContractEventName returns the user-defined event name.
func (ExampleConsumerRefunded) ContractEventName() string {
	return ExampleConsumerRefundedEventName
}

// UnpackRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Refunded(uint256 indexed requestId, address indexed to, uint256 fee)
func (exampleConsumer *ExampleConsumer) UnpackRefundedEvent(log *types.Log) (*ExampleConsumerRefunded, error) {
	event := "Refunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exampleConsumer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExampleConsumerRefunded)
	if len(log.Data) > 0 {
		if err := exampleConsumer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exampleConsumer.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExampleConsumerWithdrawn represents a Withdrawn event raised by the ExampleConsumer contract.
type ExampleConsumerWithdrawn struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ExampleConsumerWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (ExampleConsumerWithdrawn) ContractEventName() string {
	return ExampleConsumerWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed to, uint256 amount)
func (exampleConsumer *ExampleConsumer) UnpackWithdrawnEvent(log *types.Log) (*ExampleConsumerWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exampleConsumer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExampleConsumerWithdrawn)
	if len(log.Data) > 0 {
		if err := exampleConsumer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exampleConsumer.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (exampleConsumer *ExampleConsumer) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], exampleConsumer.abi.Errors["NotAsker"].ID.Bytes()[:4]) {
		return exampleConsumer.UnpackNotAskerError(raw[4:])
	}
	if bytes.Equal(raw[:4], exampleConsumer.abi.Errors["NotOracle"].ID.Bytes()[:4]) {
		return exampleConsumer.UnpackNotOracleError(raw[4:])
	}
	if bytes.Equal(raw[:4], exampleConsumer.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return exampleConsumer.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], exampleConsumer.abi.Errors["WithdrawFailed"].ID.Bytes()[:4]) {
		return exampleConsumer.UnpackWithdrawFailedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ExampleConsumerNotAsker represents a NotAsker error raised by the ExampleConsumer contract.
type ExampleConsumerNotAsker struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAsker(address caller)
func ExampleConsumerNotAskerErrorID() common.Hash {
	return common.HexToHash("0x1a0bd73a09d253a50374557b8c79497ffafc7e6282a4a0d22acb4a0a154d2265")
}

// UnpackNotAskerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAsker(address caller)
func (exampleConsumer *ExampleConsumer) UnpackNotAskerError(raw []byte) (*ExampleConsumerNotAsker, error) {
	out := new(ExampleConsumerNotAsker)
	if err := exampleConsumer.abi.UnpackIntoInterface(out, "NotAsker", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExampleConsumerNotOracle represents a NotOracle error raised by the ExampleConsumer contract.
type ExampleConsumerNotOracle struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOracle(address caller)
func ExampleConsumerNotOracleErrorID() common.Hash {
	return common.HexToHash("0xdf4f82405d961fcad9f2ba02ce8e436cf5eedd191691916020e727d24df31ee4")
}

// UnpackNotOracleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOracle(address caller)
func (exampleConsumer *ExampleConsumer) UnpackNotOracleError(raw []byte) (*ExampleConsumerNotOracle, error) {
	out := new(ExampleConsumerNotOracle)
	if err := exampleConsumer.abi.UnpackIntoInterface(out, "NotOracle", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExampleConsumerNothingToWithdraw represents a NothingToWithdraw error raised by the ExampleConsumer contract.
type ExampleConsumerNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func ExampleConsumerNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (exampleConsumer *ExampleConsumer) UnpackNothingToWithdrawError(raw []byte) (*ExampleConsumerNothingToWithdraw, error) {
	out := new(ExampleConsumerNothingToWithdraw)
	if err := exampleConsumer.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExampleConsumerWithdrawFailed represents a WithdrawFailed error raised by the ExampleConsumer contract.
type ExampleConsumerWithdrawFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawFailed(address to, uint256 amount)
func ExampleConsumerWithdrawFailedErrorID() common.Hash {
	return common.HexToHash("0xa2269912b47133fae1d7f448c9284ea248951ac29b8c7c41d301f8721a38d10d")
}

// UnpackWithdrawFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawFailed(address to, uint256 amount)
func (exampleConsumer *ExampleConsumer) UnpackWithdrawFailedError(raw []byte) (*ExampleConsumerWithdrawFailed, error) {
	out := new(ExampleConsumerWithdrawFailed)
	if err := exampleConsumer.abi.UnpackIntoInterface(out, "WithdrawFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GemmFamilyMetaData contains all meta data concerning the GemmFamily contract.
var GemmFamilyMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"got\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"want\",\"type\":\"uint8\"}],\"name\":\"AccessKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"AccessMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"}],\"name\":\"AccessProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supplied\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"used\",\"type\":\"uint256\"}],\"name\":\"AccessesUnused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPreState\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModelIdMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"pc\",\"type\":\"uint32\"}],\"name\":\"OpMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"pc\",\"type\":\"uint32\"}],\"name\":\"OpProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OpUnexpected\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutputProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"WitnessAccessKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WitnessDepths\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"flag\",\"type\":\"uint8\"}],\"name\":\"WitnessOpFlag\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"extra\",\"type\":\"uint256\"}],\"name\":\"WitnessTrailing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WitnessTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"}],\"name\":\"WitnessVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"}],\"name\":\"WrongFamily\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"preState\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"postStateHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"preState\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"stepState\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"postState\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "5fc61fbdb283435184781696a571334d84",
	Bin: "0x60808060405234601557612a94908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806370b31be9146100ac5763f8e0cb961461002f575f80fd5b346100a857602061005361004e6100453661011e565b9291909161020e565b610691565b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8282017fff00000000000000000000000000000000000000000000000000000000000000815116925190201617604051908152f35b5f80fd5b346100a857602060406100c461004e6100453661011e565b815192839181835280519182918282860152018484015e5f828201840152601f01601f19168101030190f35b9181601f840112156100a85782359167ffffffffffffffff83116100a857602083818601950101116100a857565b60406003198201126100a85760043567ffffffffffffffff81116100a85781610149916004016100f0565b929092916024359067ffffffffffffffff82116100a85761016c916004016100f0565b9091565b6040519190601f01601f1916820167ffffffffffffffff81118382101761019657604052565b634e487b7160e01b5f52604160045260245ffd5b60405190610120820182811067ffffffffffffffff82111761019657604052815f81525f60208201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201526101006102046080610170565b9160803684370152565b9392919361021a6101aa565b5060f56102256101aa565b920361066957803560f81c90600282116106695763ffffffff60809260618301359085526001830135602086015260218301356040860152604183013560608601528060c01c84860152818160a01c1660a08601528181851c1660c086015260601c1660e08401526075610100840151910190378060ff8151166106635750604051916101c0830183811067ffffffffffffffff821117610196576040525f83525f60208401525f60408401525f60608401525f60808401525f60a08401525f60c08401525f60e08401525f6101008401525f6101208401525f6101408401525f6101608401525f6101808401525f6101a084015280156104df57843560f81c60018103610638575060a181106104df5760018501359460818101356080850152606181013560608501526041810135604085015260218101356020850152858452600260ff8760f01c1610159586610625575b86610612575b866105ff575b866105e7575b60ff8160301c166101a086015260ff8160e01c1661018086015260ff8160e81c1661016086015282820160a1830110156104df5760a282019060a183013560f81c600181036105b1575090871561058057600160a087015260c0860152610122820160e086015261012260011960ff8360f01c160160051b806101008801528301019083830182116104df575b8383018210156104df576001823560f81c92019782151590816105a8575b50610580579080610120870152876101408701525f915b8183106104a057505050818101860361047057505061046d9293506107b1565b90565b8592507fbae27caa000000000000000000000000000000000000000000000000000000005f52010360045260245ffd5b9091978484018110156104df57803560f81c60018103610507575060219060ff8360e81c165b60051b01019784840189116104df57600101919061044d565b7f87da407a000000000000000000000000000000000000000000000000000000005f5260045ffd5b600281148015610576575b15610527575060219060ff8360e01c166104c6565b60048103610547575060219060ff8360301c1660ff8460e01c16036104c6565b897f7669a5f4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5060038114610512565b7fb8825502000000000000000000000000000000000000000000000000000000005f5260045ffd5b9050155f610436565b806105bc5750610418565b7fb07830b9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b955060ff8660e01c1660ff8760301c1611159561038b565b9550604060ff8760e01c16111595610385565b9550604060ff8760e81c1611159561037f565b9550604060ff8760f01c16111595610379565b7f02ed372a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b93505050565b7fca756003000000000000000000000000000000000000000000000000000000005f5260045ffd5b9061012060f560606106a283610170565b828152926020840190601f190136823783957fffffffffffffffff000000000000000000000000000000000000000000000000608082015160c01b1677ffffffff000000000000000000000000000000000000000060a083015160a01b161773ffffffff0000000000000000000000000000000060c083015160801b16176fffffffff00000000000000000000000060e0830151851b16179080519260208201516040830151917fff00000000000000000000000000000000000000000000000000000000000000610100888601519501519660f81b169052602188015260418701526061860152608185015280516095850152602081015160b5850152604081015160d58501520151910152565b6107b96101aa565b5081516020830180519060408501908151606087019485519160808901958651925f5260205260405f20905f525f60205260405f20905f5260205260405f20915f5260205260405f205f527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb560205260405f20905f5260205260405f20602086015103610fb757610867916080860167ffffffffffffffff6001818351160116905286519151905191611019565b919091158015610f9a575b8015610f56575b610f4057604084019182519360405194610140860186811067ffffffffffffffff821117610196576040525f8652858860208201925f845260408301905f825260608401975f895260808501905f825260a08601925f845261012060c08801965f885260e08901985f8a525f6101008201525f838201526101408201519052015185528a525190526101608c015190526101808b015182526101a08b0151835260a08a019363ffffffff85511663ffffffff60808901511614610e32575050505060a088015115610dff5761098660c089015192516040845f3760405f2060408086015f3760405f20905f5260205260405f2063ffffffff84511660e08c0151916101008d015193611355565b15610dcc575060405191610300830183811067ffffffffffffffff821117610196576040525f83526109b6610fdf565b60208401526109c3610fdf565b60408401526109d0610fdf565b60608401525f60808401525f60a08401525f60c08401525f60e08401525f6101008401525f6101208401525f6101408401525f6101608401525f6101808401525f6101a08401525f6101c08401525f6101e08401525f6102008401525f6102208401525f6102408401525f6102608401525f6102808401525f6102a08401525f6102c08401525f6102e0840152813560f81c8352610ad96002830135602085015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b610b4e601a840135604086015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b610bc36032850135606087015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b604a85013560e081811c60808981019190915263ffffffff60c084811c821660a0808d019190915261ffff60b087901c8116838e015286821c81168d870152609087811c82166101008f01529487901c81166101208e0152607087901c81166101408e0152606087901c166101608d0152604086901c83166101808d015260ff603887901c81165f90810b6101a08f0152603088901c8216810b6101c08f0152602888901c8216810b6101e08f0152602088901c8216810b6102008f015260189790971c811690960b6102208d015260678b01359485901d600390810b6102408e01529185901c8316820b6102608d015284901c909116900b6102808a0152609882901c83166102a08a015281901c82166102c089015260881c166102e08701529082610dc4575b5081610dbc575b5080610dad575b80610d92575b15918215610d67575b508115610d4e575b50610d405783610d209186611497565b15610d335761046d939450519052611402565b5050509061046d9161127d565b505050509061046d9161127d565b905060ff610d5f8184511692611475565b16105f610d10565b81925063ffffffff60c0610d8a9301511663ffffffff60e085015116918561142c565b15905f610d08565b5069ffffffffffffffffffff606783013560381c1615610cff565b5060ff823560f01c1615610cf9565b90505f610cf2565b91505f610ceb565b63ffffffff9051167f37782a63000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b63ffffffff9051167f8a61f9f8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b959350955096959250989760a00151610f185782519351841015610f0557845192833560f81c9660018501359760048103610eea5750610eab969798999a600191519051900360051b9560218781880197010189520190528660ff61012063ffffffff61016085015151169301511691821c92516113ae565b15610ec25761046d91600184526060840152611402565b7f8ccf6233000000000000000000000000000000000000000000000000000000005f5260045ffd5b8663ed42de4760e01b5f52600452602452600460445260645ffd5b836334cd7e7b60e11b5f5260045260245ffd5b7fc8e43713000000000000000000000000000000000000000000000000000000005f5260045ffd5b5050509060a0810151610f185761046d9161127d565b5063ffffffff60a08501511663ffffffff608084015116148015610879575060c084015163ffffffff16151580610879575063ffffffff60e0850151161515610879565b5063ffffffff60a08501511663ffffffff60808401511610610872565b7fbe2aa302000000000000000000000000000000000000000000000000000000005f5260045ffd5b604051906080820182811067ffffffffffffffff82111761019657604052815f81525f60208201525f604082015260606102046080610170565b92919060405193610180850185811067ffffffffffffffff821117610196576040525f85525f60208601525f60408601525f60608601525f60808601525f60a08601525f60c08601525f60e08601525f6101008601525f61012086015261107e610fdf565b61014086015261108c610fdf565b610160860152846110a28260f81c80835261166b565b1561127357508060ff65ffffffffffff9260f01c16602087015260ff8160e81c16604087015260ff8160e01c16606087015263ffffffff8160c01c16608087015267ffffffffffffffff8160801c1660a087015263ffffffff8160601c1660c087015263ffffffff8160401c1660e087015260ff8160381c1661010087015260ff8160301c166101208701521661126d576111a58161014086015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b15908115611259575b50611254576112258161016085015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b15908115611240575b5061123c5761046d826116c9565b5f90565b67ffffffffffffffff91501615155f61122e565b505f90565b67ffffffffffffffff91501615155f6111ae565b50505f90565b94505f9392505050565b906101209061128a6101aa565b5001518061129a57506002815290565b6363aa933560e01b5f526004525f60245260445ffd5b90916020820190815191604084015183101561134257835192833560f81c60ff6001860135971690818103611329575060019190828103611307575060a08601515b60051b95602180870197809701019052019052565b60040361131f5760c086015160e087015190036112f2565b60c08601516112f2565b8263ed42de4760e01b5f5260045260245260445260645ffd5b826334cd7e7b60e11b5f5260045260245ffd5b93919290928260051c602681116113835781901c61137a576113769361191e565b1490565b50505050505f90565b5050505050505f90565b93919290928260051c602881116113835781901c61137a576113769361191e565b94929093918360051c90602881119081156113d9575b506113835781901c61137a576113769361191e565b9050602803602881116113ee5781115f6113c4565b634e487b7160e01b5f52601160045260245ffd5b60406020820151910151808203611417575050565b6363aa933560e01b5f5260045260245260445ffd5b9291608061143a928561195b565b1561126d576114499082611ad2565b156112545761145c63ffffffff91611b13565b9110159081611469575090565b63ffffffff9150111590565b5160ff16600181146114915760021461148c575f90565b600e90565b50600990565b90916114a283611b13565b909182820215908161165f575b60c085019563ffffffff8751169285841080159061164b575b61163f5715611551575b50505060e083019063ffffffff6001818451160116808352146114f9575b50505050600190565b5f905263ffffffff600181855116011683526115156080610170565b608036823761010083015263ffffffff83511614611535575b80806114f0565b5f60a092520163ffffffff600181835116011690525f8061152e565b63ffffffff60e087015116926101008701519160ff815116600181145f146116135750908161158261159893612420565b61159281869a949a9793976121bd565b946116ab565b9380821015611602576115fa9760208401926115b48451612358565b916115bf83836121bd565b916115ca84826116ab565b955163ffffffff815116956115ea8863ffffffff60808c015116936127ea565b9a0201019602010201019061283d565b5f80806114d2565b505061160e955061258c565b6115fa565b939492936002810361162d57509061160e949392916121c7565b63178be23560e11b5f5260045260245ffd5b50505050505050505f90565b508463ffffffff60e08901511610156114c8565b600193508392506114af565b60ff166001811015908161167d575090565b60029150111590565b9060048110156116975760051b0190565b634e487b7160e01b5f52603260045260245ffd5b81156116b5570690565b634e487b7160e01b5f52601260045260245ffd5b6116d660ff82511661166b565b156112545760808101906116f46403fffffffc835160021b16611b89565b9160028310611915575b602082019260ff845116148015906118f2575b80156118cf575b80156118a9575b8015611877575b6118235763ffffffff63010000009151161161126d576060810191602060ff84511611908115611864575b8115611854575b5061126d5767ffffffffffffffff60a0820151168015908115611842575b5061126d5761014081015163ffffffff8151161580159061182a575b611823576117ac60c083019163ffffffff83511690611c5d565b15908115611803575b5061126d57600160ff61012063ffffffff6101608501515116930151161b6117dd81836116ab565b1592836117eb575b50505090565b60019192935060ff9051161b910111155f80806117e5565b61181c915063ffffffff61016084015191511690611c5d565b155f6117b5565b5050505f90565b5061183c60ff60208301511683611c32565b15611792565b6740000000000000009150115f611776565b6020915060ff905116115f611758565b9050602060ff6040840151161190611751565b5060ff610120830151166118a261016084015161189c611896826122e8565b91612358565b02611b89565b1415611726565b5060ff610100830151166118c861014084015161189c611896826122e8565b141561171f565b5060ff6060830151166118eb63ffffffff60c085015116611b89565b1415611718565b5060ff60408301511661190e63ffffffff60e085015116611b89565b1415611711565b600292506116fe565b93929091908101905b81811061193357505050565b90919360208560051b1690815260208235911852602060405f209460011c9101919091611927565b92915060ff83511680158015611ac8575b611ac05761197991611cfe565b1561126d5761198c816020840151611c5d565b1561126d5760ff82511660068114908115611ab5575b8115611aaa575b8115611a9f575b81156119e4575b50806119cf575b61126d57606061046d920151611c5d565b506119de816040840151611c5d565b156119be565b600b915014806119f5575b5f6119b7565b506040820151606081015163ffffffff825116159182611a8f575b82611a7f575b5081611a6f575b81611a5c575b81611a49575b81611a36575b50156119ef565b63ffffffff91506060015116155f611a2f565b604081015163ffffffff16159150611a29565b602081015163ffffffff16159150611a23565b805163ffffffff16159150611a1d565b6040015160ff161591505f611a16565b602081015160ff16159250611a10565b600e811491506119b0565b600d811491506119a9565b600c811491506119a2565b505050505f90565b50600e811161196c565b919060ff8351169260018414611b085760028414611afd578363178be23560e11b5f5260045260245ffd5b61046d929350612167565b61046d92935061202b565b60ff8151169160018314611b665760028314611b3c578263178be23560e11b5f5260045260245ffd5b9091506001611b626060840151611b5b611b55826122e8565b916129d3565b0293612568565b0190565b909150600161018063ffffffff611b7c85612420565b9391509501511602920190565b5f90600181111561126d575f1901908160401c611c2b578160019260201c80611c1e575b508060101c80611c11575b508060081c80611c04575b508060041c80611bf7575b508060021c80611bea575b50821c611be4570190565b81010190565b600291509101905f611bd9565b600491509101905f611bce565b600891509101905f611bc3565b601091509101905f611bb8565b602091509101905f611bad565b5050604090565b9060ff1660018114611c5657600214611c4a57505f90565b60ff6002915116101590565b5050600190565b611c6d60ff60208301511661237c565b1561126d5760ff604082015116600481116118235760608201519060015f5b60048110611cb4575050505063ffffffff81511690611cad611896826122e8565b0201111590565b63ffffffff611cc38286611686565b5116838210611cda57611383576001905b01611c8c565b80611ce9575b50600190611cd4565b9091029063800000008211611383575f611ce0565b907fff00ffffffffffff0000ffffffffffffffffffffffffffffffff00000000000060ff6dffffffffffff0000ffffffffffff9216600181145f14611d9457506dffffffffffffffffffffffff000019927fffffff00ffffff000000000000000000000000000000000000000000000000005b196060820135169319604082013516921960208201351691199035161717171590565b60028103611dc6575061ffff19927dff00ffffff00000000000000000000000000000000000000000000000000611d71565b60038103611df2575075ffffffffffffffffffffffffffffffffffffffffffff199260ff60e81b611d71565b600481148015612021575b15611e4657507fffffffffffffffffffff0000000000000000ffffffffffffffffffffffff0000927affff00000000000000000000000000000000000000000000000000611d71565b600681148015612017575b801561200d575b15611ecc575075ffffffffffffffffffffffffffffffffffffffffffff19927dffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffff925068ff000000000000ffff60b01b1991507dffffffffffffffffffffffffffffffffffffffff00000000000000000000611d71565b600c8103611f43575075ffffffffffffffffffffffffffffffffffffffffffff19927dffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffff925068ff000000000000ffff60b01b1991507dffffffffff0000000000000000ffffffff0000ff00000000000000000000611d71565b600781148015612003575b15611f73575075ffffffffffffffffffffffffffffffffffffffffffff19925f611d71565b600881148015611ff9575b15611f9f575071ffffffffffffffffffffffffffffffffffff19925f611d71565b600b1415915061125490505771ffffffffffffffffffffffffffffffffffff19907dffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffff9068ff000000000000ffff60b01b199060ff60e81b611d71565b50600a8114611f7e565b5060098114611f4e565b50600e8114611e58565b50600d8114611e51565b5060058114611dfd565b602081018051600160ff60208301511614801590612151575b611ac05761018083019063ffffffff8251161590811561212d575b50611ac0576060830190815190600260ff60408401511614918261210f575b5081156120e2575b5015611ac057612099915190519061239d565b61126d576120a681612420565b92915063ffffffff8111611ac057839063ffffffff60808401511690840201116118235763ffffffff60a0600192015116910160011c01111590565b82516040015160ff166001149150816120fd575b505f612086565b5163ffffffff1660011490505f6120f6565b63ffffffff91925060600151511663ffffffff82511614905f61207e565b612149915061213b906122e8565b63ffffffff835116906116ab565b15155f61205f565b50600160ff602060608601510151161415612044565b61217081612478565b1561126d5763ffffffff60406060808401510151015116908263ffffffff60808301511661219d83612568565b840201116118235763ffffffff60a0600192015116910160011c01111590565b81156116b5570490565b93929193606081019161220d63ffffffff60206060865101510151169163ffffffff604060606122008383838b510151015116856116ab565b97510151015116906121bd565b9561221783612568565b808210156122db5760208401906122826122318351612358565b9961223c8b866121bd565b61225a6122498d886116ab565b9761225481856121bd565b936116ab565b61227b60e08a019261ffff61227281865116836121bd565b945116906116ab565b9289612743565b9a919a156122ce576122cc9a6122c292879286519263ffffffff602060608287511696015101511602010201019463ffffffff60808801511693516127ea565b950201019161283d565b565b5050505050505050505050565b505050936122cc9461258c565b60ff6040820151169060028210611c56576060015163ffffffff8151169160028111612345575b60038111612331575b600410612323575090565b6060015163ffffffff160290565b604082015163ffffffff1690920291612318565b9163ffffffff602083015116029161230f565b601f9061237460ff602061236b846129d3565b9301511661237c565b020160051c90565b60ff166001811461239757600214612392575f90565b600490565b50600190565b6123a6816122e8565b6123af82612358565b026123b9836122e8565b6123c284612358565b02928115159384612416575b846123f9575b50836123e05750505090565b51915163ffffffff9283169216011190505f80806117e5565b90935063ffffffff8351169063ffffffff8551160111925f6123d4565b80151594506123ce565b9061242e60608301516129d3565b61018083019263ffffffff8451161561247057612464602061246b92019463ffffffff61245b87516122e8565b915116906121bd565b9351612358565b830291565b505f92508291565b61ffff60c0820151168015808015612558575b8015612547575b8015612536575b6118235761ffff60e0840151168083029283041417156113ee576201000010611254576020810151600160ff60208301511614801590612520575b801561250e575b80156124f8575b61126d5760606124f49201519061239d565b1590565b50600360ff6040606085015101511614156124e2565b50600360ff60408301511614156124db565b50600160ff6020606085015101511614156124d4565b5061ffff6101208401511615612499565b5061ffff6101008401511615612492565b5061ffff60e0840151161561248b565b612588602061ffff60c08401511661ffff60e08501511602920151612358565b0290565b9493919092612637906125ae63ffffffff60a0890151168460011c0185612a16565b60808460071b161b6125df60ff8260b81c169263ffffffff8360c01c1660030b9260e01d60030b905160e01d612822565b60030b0290603e8111603e82180218908060ff1d91829182806001841b60011c92180301901c1803637fffffff8113637fffffff821802186101e08701515f0b90637fffffff198112637fffffff1982180218612822565b9160606102008701515f0b936102208801515f0b94808212908218021896015161266760ff60208301511661237c565b9461267963ffffffff83511692612358565b020184830260051c019081606082019586519460c0840193845196846126a06003846112b0565b92909a9180988c931c159485159561272e575b50505050506126fd5799602060ff938493886101206126f99d9e9f8c610100820152015209601f0360031b945160051b97808213908218021816831b921b19161761191e565b9052565b602001515f19810190869082116113ee5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b612738955061138d565b155f888887836126b3565b949391929061ffff61010087015116020161ffff6101408601511690039161ffff61012086015116020161ffff610160850151169003925f82129081156127e0575b81156127c6575b81156127a9575b5061279f579190600190565b505f915081908190565b63ffffffff9150606060208092015101510151168312155f612793565b6020810151606001515163ffffffff16831215915061278c565b5f85129150612785565b61046d9161280a9161280260ff60208301511661237c565b9283916129d3565b029060051b900360208111156121bd575060206121bd565b9190915f83820193841291129080158216911516176113ee57565b9394929190928360608201518160c084015161285a6002866112b0565b938193839b9392501c15948515956129be575b505050505061298d57509061288191612a16565b906101a0855160e01d9401515f0b9192915f935f915b83600384011061292d575b8383106129065750505050507fffffffff00000000000000000000000000000000000000000000000000000000916128dd9160030b90612822565b60e01b167bffffffffffffffffffffffffffffffffffffffffffffffffffffffff825116179052565b90919293946001908360f81d838860f81d0302019560081b9260081b9301919392906128a2565b90919293946004908360181b60f81d838860181b60f81d0302908460101b60f81d848960101b60f81d0302908560081b60f81d858a60081b60f81d0302908660f81d868b60f81d0302010101019560201b9260201b930191939290612897565b60208201515f198101919082116113ee5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b6129c8955061138d565b155f8083888261286d565b60ff6040820151169081158015612a0c575b611c5657606001515f1982019182116113ee5763ffffffff91612a0791611686565b511690565b50600482116129e5565b819060808101518260a0830151612a2e6001856112b0565b93819383999392501c1594851595612a7f575b5050505050612a4f57505090565b602001515f198101919082116113ee5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b612a89955061138d565b155f80848682612a4156",
}

// GemmFamily is an auto generated Go binding around an Ethereum contract.
type GemmFamily struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GemmFamily) GetABI() abi.ABI {
	return c.abi
}

// NewGemmFamily creates a new instance of GemmFamily.
func NewGemmFamily() *GemmFamily {
	parsed, err := GemmFamilyMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GemmFamily{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GemmFamily) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e0cb96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step(bytes preState, bytes witness) pure returns(bytes32 postStateHash)
func (gemmFamily *GemmFamily) PackStep(preState []byte, witness []byte) []byte {
	enc, err := gemmFamily.abi.Pack("step", preState, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e0cb96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step(bytes preState, bytes witness) pure returns(bytes32 postStateHash)
func (gemmFamily *GemmFamily) TryPackStep(preState []byte, witness []byte) ([]byte, error) {
	return gemmFamily.abi.Pack("step", preState, witness)
}

// UnpackStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8e0cb96.
//
// Solidity: function step(bytes preState, bytes witness) pure returns(bytes32 postStateHash)
func (gemmFamily *GemmFamily) UnpackStep(data []byte) ([32]byte, error) {
	out, err := gemmFamily.abi.Unpack("step", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStepState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70b31be9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepState(bytes preState, bytes witness) pure returns(bytes postState)
func (gemmFamily *GemmFamily) PackStepState(preState []byte, witness []byte) []byte {
	enc, err := gemmFamily.abi.Pack("stepState", preState, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70b31be9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepState(bytes preState, bytes witness) pure returns(bytes postState)
func (gemmFamily *GemmFamily) TryPackStepState(preState []byte, witness []byte) ([]byte, error) {
	return gemmFamily.abi.Pack("stepState", preState, witness)
}

// UnpackStepState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70b31be9.
//
// Solidity: function stepState(bytes preState, bytes witness) pure returns(bytes postState)
func (gemmFamily *GemmFamily) UnpackStepState(data []byte) ([]byte, error) {
	out, err := gemmFamily.abi.Unpack("stepState", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (gemmFamily *GemmFamily) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], gemmFamily.abi.Errors["AccessKind"].ID.Bytes()[:4]) {
		return gemmFamily.UnpackAccessKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], gemmFamily.abi.Errors["AccessMissing"].ID.Bytes()[:4]) {
		return gemmFamily.UnpackAccessMissingError(raw[4:])
	}
	if bytes.Equal(raw[:4], gemmFamily.abi.Errors["AccessProofInvalid"].ID.Bytes()[:4]) {
		return gemmFamily.UnpackAccessProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], gemmFamily.abi.Errors["AccessesUnused"].ID.Bytes()[:4]) {
		return gemmFamily.UnpackAccessesUnusedError(raw[4:])
	}
	if bytes.Equal(raw[:4], gemmFamily.abi.Errors["BadPreState"].ID.Bytes()[:4]) {
		return gemmFamily.UnpackBadPreStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], gemmFamily.abi.Errors["ModelIdMismatch"].ID.Bytes()[:4]) {
		return gemmFamily.UnpackModelIdMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], gemmFamily.abi.Errors["OpMissing"].ID.Bytes()[:4]) {
		return gemmFamily.UnpackOpMissingError(raw[4:])
	}
	if bytes.Equal(raw[:4], gemmFamily.abi.Errors["OpProofInvalid"].ID.Bytes()[:4]) {
		return gemmFamily.UnpackOpProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], gemmFamily.abi.Errors["OpUnexpected"].ID.Bytes()[:4]) {
		return gemmFamily.UnpackOpUnexpectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], gemmFamily.abi.Errors["OutputProofInvalid"].ID.Bytes()[:4]) {
		return gemmFamily.UnpackOutputProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], gemmFamily.abi.Errors["WitnessAccessKind"].ID.Bytes()[:4]) {
		return gemmFamily.UnpackWitnessAccessKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], gemmFamily.abi.Errors["WitnessDepths"].ID.Bytes()[:4]) {
		return gemmFamily.UnpackWitnessDepthsError(raw[4:])
	}
	if bytes.Equal(raw[:4], gemmFamily.abi.Errors["WitnessOpFlag"].ID.Bytes()[:4]) {
		return gemmFamily.UnpackWitnessOpFlagError(raw[4:])
	}
	if bytes.Equal(raw[:4], gemmFamily.abi.Errors["WitnessTrailing"].ID.Bytes()[:4]) {
		return gemmFamily.UnpackWitnessTrailingError(raw[4:])
	}
	if bytes.Equal(raw[:4], gemmFamily.abi.Errors["WitnessTruncated"].ID.Bytes()[:4]) {
		return gemmFamily.UnpackWitnessTruncatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], gemmFamily.abi.Errors["WitnessVersion"].ID.Bytes()[:4]) {
		return gemmFamily.UnpackWitnessVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], gemmFamily.abi.Errors["WrongFamily"].ID.Bytes()[:4]) {
		return gemmFamily.UnpackWrongFamilyError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GemmFamilyAccessKind represents a AccessKind error raised by the GemmFamily contract.
type GemmFamilyAccessKind struct {
	K    *big.Int
	Got  uint8
	Want uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessKind(uint256 k, uint8 got, uint8 want)
func GemmFamilyAccessKindErrorID() common.Hash {
	return common.HexToHash("0xed42de477c91b674a82d78ccae7a6bd1b13c2a02c493cefdea8120b2adb7f8f1")
}

// UnpackAccessKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessKind(uint256 k, uint8 got, uint8 want)
func (gemmFamily *GemmFamily) UnpackAccessKindError(raw []byte) (*GemmFamilyAccessKind, error) {
	out := new(GemmFamilyAccessKind)
	if err := gemmFamily.abi.UnpackIntoInterface(out, "AccessKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GemmFamilyAccessMissing represents a AccessMissing error raised by the GemmFamily contract.
type GemmFamilyAccessMissing struct {
	K *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessMissing(uint256 k)
func GemmFamilyAccessMissingErrorID() common.Hash {
	return common.HexToHash("0x699afcf6e727e6315ec8f99ef6630f3cca9c4619d0df5c01ef1607e5bc5d7b22")
}

// UnpackAccessMissingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessMissing(uint256 k)
func (gemmFamily *GemmFamily) UnpackAccessMissingError(raw []byte) (*GemmFamilyAccessMissing, error) {
	out := new(GemmFamilyAccessMissing)
	if err := gemmFamily.abi.UnpackIntoInterface(out, "AccessMissing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GemmFamilyAccessProofInvalid represents a AccessProofInvalid error raised by the GemmFamily contract.
type GemmFamilyAccessProofInvalid struct {
	K    *big.Int
	Leaf uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessProofInvalid(uint256 k, uint64 leaf)
func GemmFamilyAccessProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x653046b01386a874647cf8dfeaec31349f195e14c122e4f1dfec015d7553d50e")
}

// UnpackAccessProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessProofInvalid(uint256 k, uint64 leaf)
func (gemmFamily *GemmFamily) UnpackAccessProofInvalidError(raw []byte) (*GemmFamilyAccessProofInvalid, error) {
	out := new(GemmFamilyAccessProofInvalid)
	if err := gemmFamily.abi.UnpackIntoInterface(out, "AccessProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GemmFamilyAccessesUnused represents a AccessesUnused error raised by the GemmFamily contract.
type GemmFamilyAccessesUnused struct {
	Supplied *big.Int
	Used     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessesUnused(uint256 supplied, uint256 used)
func GemmFamilyAccessesUnusedErrorID() common.Hash {
	return common.HexToHash("0x63aa9335aa3796690ab88b33887829d6f794fdd0e4cb3f3724e112b85822efb9")
}

// UnpackAccessesUnusedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessesUnused(uint256 supplied, uint256 used)
func (gemmFamily *GemmFamily) UnpackAccessesUnusedError(raw []byte) (*GemmFamilyAccessesUnused, error) {
	out := new(GemmFamilyAccessesUnused)
	if err := gemmFamily.abi.UnpackIntoInterface(out, "AccessesUnused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GemmFamilyBadPreState represents a BadPreState error raised by the GemmFamily contract.
type GemmFamilyBadPreState struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPreState()
func GemmFamilyBadPreStateErrorID() common.Hash {
	return common.HexToHash("0xca7560030f9ed8874fdf19ee9c15444f2660d319059c5b08bf496413e4ce796f")
}

// UnpackBadPreStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPreState()
func (gemmFamily *GemmFamily) UnpackBadPreStateError(raw []byte) (*GemmFamilyBadPreState, error) {
	out := new(GemmFamilyBadPreState)
	if err := gemmFamily.abi.UnpackIntoInterface(out, "BadPreState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GemmFamilyModelIdMismatch represents a ModelIdMismatch error raised by the GemmFamily contract.
type GemmFamilyModelIdMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelIdMismatch()
func GemmFamilyModelIdMismatchErrorID() common.Hash {
	return common.HexToHash("0xbe2aa3022d62b457cd2c326ee36bcac4b80768c146eaed8632048dcfec3e7a4b")
}

// UnpackModelIdMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelIdMismatch()
func (gemmFamily *GemmFamily) UnpackModelIdMismatchError(raw []byte) (*GemmFamilyModelIdMismatch, error) {
	out := new(GemmFamilyModelIdMismatch)
	if err := gemmFamily.abi.UnpackIntoInterface(out, "ModelIdMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GemmFamilyOpMissing represents a OpMissing error raised by the GemmFamily contract.
type GemmFamilyOpMissing struct {
	Pc uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpMissing(uint32 pc)
func GemmFamilyOpMissingErrorID() common.Hash {
	return common.HexToHash("0x8a61f9f8ae0f72a50352044ef6dfa79f7eaa2f69daa4a553c21daa19bc5da5b2")
}

// UnpackOpMissingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpMissing(uint32 pc)
func (gemmFamily *GemmFamily) UnpackOpMissingError(raw []byte) (*GemmFamilyOpMissing, error) {
	out := new(GemmFamilyOpMissing)
	if err := gemmFamily.abi.UnpackIntoInterface(out, "OpMissing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GemmFamilyOpProofInvalid represents a OpProofInvalid error raised by the GemmFamily contract.
type GemmFamilyOpProofInvalid struct {
	Pc uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpProofInvalid(uint32 pc)
func GemmFamilyOpProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x37782a63ddd0248fc94515336b590367147d30fcdd67034fab31e313bc9b798e")
}

// UnpackOpProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpProofInvalid(uint32 pc)
func (gemmFamily *GemmFamily) UnpackOpProofInvalidError(raw []byte) (*GemmFamilyOpProofInvalid, error) {
	out := new(GemmFamilyOpProofInvalid)
	if err := gemmFamily.abi.UnpackIntoInterface(out, "OpProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GemmFamilyOpUnexpected represents a OpUnexpected error raised by the GemmFamily contract.
type GemmFamilyOpUnexpected struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpUnexpected()
func GemmFamilyOpUnexpectedErrorID() common.Hash {
	return common.HexToHash("0xc8e43713c0ee2c754056063a820aea2d7dfb512807bb21c07719008f9d04b52b")
}

// UnpackOpUnexpectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpUnexpected()
func (gemmFamily *GemmFamily) UnpackOpUnexpectedError(raw []byte) (*GemmFamilyOpUnexpected, error) {
	out := new(GemmFamilyOpUnexpected)
	if err := gemmFamily.abi.UnpackIntoInterface(out, "OpUnexpected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GemmFamilyOutputProofInvalid represents a OutputProofInvalid error raised by the GemmFamily contract.
type GemmFamilyOutputProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputProofInvalid()
func GemmFamilyOutputProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x8ccf6233e9eb070c44d3ce5ebc69779e597688be21ad3af1d5f85858c9c81ce9")
}

// UnpackOutputProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputProofInvalid()
func (gemmFamily *GemmFamily) UnpackOutputProofInvalidError(raw []byte) (*GemmFamilyOutputProofInvalid, error) {
	out := new(GemmFamilyOutputProofInvalid)
	if err := gemmFamily.abi.UnpackIntoInterface(out, "OutputProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GemmFamilyWitnessAccessKind represents a WitnessAccessKind error raised by the GemmFamily contract.
type GemmFamilyWitnessAccessKind struct {
	K    *big.Int
	Kind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessAccessKind(uint256 k, uint8 kind)
func GemmFamilyWitnessAccessKindErrorID() common.Hash {
	return common.HexToHash("0x7669a5f4604c7f54736ef410bce4930404d4ef1958cb9e8363d3ba7f6e06d60e")
}

// UnpackWitnessAccessKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessAccessKind(uint256 k, uint8 kind)
func (gemmFamily *GemmFamily) UnpackWitnessAccessKindError(raw []byte) (*GemmFamilyWitnessAccessKind, error) {
	out := new(GemmFamilyWitnessAccessKind)
	if err := gemmFamily.abi.UnpackIntoInterface(out, "WitnessAccessKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GemmFamilyWitnessDepths represents a WitnessDepths error raised by the GemmFamily contract.
type GemmFamilyWitnessDepths struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessDepths()
func GemmFamilyWitnessDepthsErrorID() common.Hash {
	return common.HexToHash("0xb88255024dc31feb433c55eecb6cfbb136c0306a224348e59cd230cb9548372b")
}

// UnpackWitnessDepthsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessDepths()
func (gemmFamily *GemmFamily) UnpackWitnessDepthsError(raw []byte) (*GemmFamilyWitnessDepths, error) {
	out := new(GemmFamilyWitnessDepths)
	if err := gemmFamily.abi.UnpackIntoInterface(out, "WitnessDepths", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GemmFamilyWitnessOpFlag represents a WitnessOpFlag error raised by the GemmFamily contract.
type GemmFamilyWitnessOpFlag struct {
	Flag uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessOpFlag(uint8 flag)
func GemmFamilyWitnessOpFlagErrorID() common.Hash {
	return common.HexToHash("0xb07830b9c32a2266ff98cb5e5b976ef9416b57d56237b536f736e2fb5fd450f5")
}

// UnpackWitnessOpFlagError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessOpFlag(uint8 flag)
func (gemmFamily *GemmFamily) UnpackWitnessOpFlagError(raw []byte) (*GemmFamilyWitnessOpFlag, error) {
	out := new(GemmFamilyWitnessOpFlag)
	if err := gemmFamily.abi.UnpackIntoInterface(out, "WitnessOpFlag", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GemmFamilyWitnessTrailing represents a WitnessTrailing error raised by the GemmFamily contract.
type GemmFamilyWitnessTrailing struct {
	Extra *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessTrailing(uint256 extra)
func GemmFamilyWitnessTrailingErrorID() common.Hash {
	return common.HexToHash("0xbae27caa07af259b3a4f9f1c02f9324163b54c8435977d65507077ed1ebba420")
}

// UnpackWitnessTrailingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessTrailing(uint256 extra)
func (gemmFamily *GemmFamily) UnpackWitnessTrailingError(raw []byte) (*GemmFamilyWitnessTrailing, error) {
	out := new(GemmFamilyWitnessTrailing)
	if err := gemmFamily.abi.UnpackIntoInterface(out, "WitnessTrailing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GemmFamilyWitnessTruncated represents a WitnessTruncated error raised by the GemmFamily contract.
type GemmFamilyWitnessTruncated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessTruncated()
func GemmFamilyWitnessTruncatedErrorID() common.Hash {
	return common.HexToHash("0x87da407a2a971b9b2197acfc9927e8673864889f1595be4c26a63ebbf44ebec4")
}

// UnpackWitnessTruncatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessTruncated()
func (gemmFamily *GemmFamily) UnpackWitnessTruncatedError(raw []byte) (*GemmFamilyWitnessTruncated, error) {
	out := new(GemmFamilyWitnessTruncated)
	if err := gemmFamily.abi.UnpackIntoInterface(out, "WitnessTruncated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GemmFamilyWitnessVersion represents a WitnessVersion error raised by the GemmFamily contract.
type GemmFamilyWitnessVersion struct {
	Version uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessVersion(uint8 version)
func GemmFamilyWitnessVersionErrorID() common.Hash {
	return common.HexToHash("0x02ed372a870e18c43a88b490fc53de9cdb844991450bdb551aad29efd899b5d8")
}

// UnpackWitnessVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessVersion(uint8 version)
func (gemmFamily *GemmFamily) UnpackWitnessVersionError(raw []byte) (*GemmFamilyWitnessVersion, error) {
	out := new(GemmFamilyWitnessVersion)
	if err := gemmFamily.abi.UnpackIntoInterface(out, "WitnessVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GemmFamilyWrongFamily represents a WrongFamily error raised by the GemmFamily contract.
type GemmFamilyWrongFamily struct {
	Op uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongFamily(uint8 op)
func GemmFamilyWrongFamilyErrorID() common.Hash {
	return common.HexToHash("0x2f17c46ad1aa77ce0deb11847b4d2a901b3e9a53fc5e48e3cd36172b783e3caf")
}

// UnpackWrongFamilyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongFamily(uint8 op)
func (gemmFamily *GemmFamily) UnpackWrongFamilyError(raw []byte) (*GemmFamilyWrongFamily, error) {
	out := new(GemmFamilyWrongFamily)
	if err := gemmFamily.abi.UnpackIntoInterface(out, "WrongFamily", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleMetaData contains all meta data concerning the InferenceOracle contract.
var InferenceOracleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractModelRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractDisputeGame\",\"name\":\"game_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"submitBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengeBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"requestTimeout_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxCallbackGas_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"promptTokens\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokens\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"context\",\"type\":\"uint256\"}],\"name\":\"BadCompletionLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"BadMaxCallbackGas\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRequestTimeout\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"BadTensorLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tokenBytes\",\"type\":\"uint8\"}],\"name\":\"BadTokenBytes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"CallbackGasTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"ClaimMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"enumInferenceOracle.ClaimStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ClaimNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"pendingClaims\",\"type\":\"uint32\"}],\"name\":\"ClaimsPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"CompletionRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"FeeTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"openGames\",\"type\":\"uint32\"}],\"name\":\"GamesOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"left\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientGasForCallback\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"NotCompletionModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NotCompletionRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotConsumer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGame\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"PromptMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrancy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"RequestExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"RequestNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumInferenceOracle.RequestStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"RequestNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"tokenBytes\",\"type\":\"uint8\"}],\"name\":\"TokenTooWide\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"UnknownClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"UnknownGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"UnknownRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"WindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"WindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"name\":\"ZeroHashLevel\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Burned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"CallbackResult\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"Cancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"Challenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ClaimRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"ClaimSuperseded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"consumer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"callbackGas\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"tokens\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"tokenBytes\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"prompt\",\"type\":\"bytes\"}],\"name\":\"CompletionRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"Finalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"claimantWon\",\"type\":\"bool\"}],\"name\":\"GameSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"consumer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"callbackGas\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"Requested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"finalRamRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"finalHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"Submitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BURN_PERCENT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CALLBACK_RESERVE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CALLBACK_GAS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CHALLENGE_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REQUEST_TIMEOUT\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"burned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"finalHash\",\"type\":\"bytes32\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"attempt\",\"type\":\"uint32\"}],\"name\":\"claimIdOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"claimOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"},{\"internalType\":\"uint24\",\"name\":\"openGames\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"rewardGames\",\"type\":\"uint24\"},{\"internalType\":\"enumInferenceOracle.ClaimStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"finalHash\",\"type\":\"bytes32\"}],\"internalType\":\"structInferenceOracle.Claim\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"finalRamRoot\",\"type\":\"bytes32\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"game\",\"outputs\":[{\"internalType\":\"contractDisputeGame\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"gameRef\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCallbackGas\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"claimantWon\",\"type\":\"bool\"}],\"name\":\"onGameResolved\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractModelRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"callbackGas\",\"type\":\"uint64\"}],\"name\":\"request\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"prompt\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"tokens\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"tokenBytes\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"callbackGas\",\"type\":\"uint64\"}],\"name\":\"requestCompletion\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"requestOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"consumer\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"callbackGas\",\"type\":\"uint64\"},{\"internalType\":\"enumInferenceOracle.RequestStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"attempts\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"pendingClaims\",\"type\":\"uint32\"},{\"internalType\":\"uint40\",\"name\":\"expiresAt\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"promptTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"completionTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"tokenBytes\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"promptHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"internalType\":\"structInferenceOracle.Request\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestTimeout\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"result\",\"outputs\":[{\"internalType\":\"enumInferenceOracle.RequestStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"rewardShare\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"startHashOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"finalRamRoot\",\"type\":\"bytes32\"}],\"name\":\"submit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"submitBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"prompt\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"finalRamRoot\",\"type\":\"bytes32\"}],\"name\":\"submitCompletion\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "7965498e5f4fa6ea7eaf025e88b0e8b3c9",
	Bin: "0x6101603461027a57601f6138ec38819003918201601f19168301916001600160401b0383118484101761027e5780849260e09460405283398101031261027a5780516001600160a01b038116919082810361027a5760208201516001600160a01b038116919082810361027a5760408401519060608501519261008460808701610292565b9461009d60c061009660a08a01610292565b9801610292565b9715908115610271575b506102625782158015610252575b801561024a575b801561023a575b61022b576001600160401b038516801590811561021e575b5061020f576001600160401b0386168015908115610201575b506101f2576001600160401b038716622dc6c081116101d9575060805260a05260c05260e05261010052610120526101405260405161364590816102a78239608051818181610c090152612af6015260a0518181816106b301528181610a3e0152611adb015260c051818181610257015281816109610152818161217301528181612487015281816126f10152612f64015260e0518181816107f80152818161083a0152818161125501526119fe015261010051818181610bc601526130040152610120518181816114b90152612e14015261014051818181610a9e0152612a7a0152f35b63962ae61760e01b5f52600452622dc6c060245260445ffd5b63594db1b160e11b5f5260045ffd5b6301e133809150115f6100f4565b632a0c9bb560e11b5f5260045ffd5b62278d009150115f6100db565b63c2fb134f60e01b5f5260045ffd5b506001600160601b0384116100c3565b5083156100bc565b506001600160601b0383116100b5565b63d92e233d60e01b5f5260045ffd5b9050155f6100a7565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b51906001600160401b038216820361027a5756fe60806040526004361015610011575f80fd5b5f3560e01c806302b2f7c71461199a57806311c8dc5a14611893578063324e03be1461165b5780633c594059146116015780633ccfd60b146114dd5780633f20b4c91461149957806340e58ee5146112ed578063472f7e871461129557806351586ecb14611278578063523051511461123e5780635badbe4c1461122257806360a45742146111d45780636172890c146111b65780636320b98914610dc85780636d9809a014610dab5780637239634814610d7157806373f4256114610d545780637490bfd414610c2d5780637b10399914610bea578063861a141214610ba65780638af6c9d614610b735780638f2d959f14610add5780639c98676414610ac2578063a8e224a414610a7e578063bea9216d14610a62578063c3fe3e2814610a1f578063d57cf40314610683578063d5d44d8014610648578063e290d6c61461027e578063f56418c7146102405763f9e1302a1461016e575f80fd5b61017736611d25565b915f5160206136255f395f51905f525c6102185760015f5160206136255f395f51905f525d6101a584612f23565b60ff600182015460f01c166101ec5790602094826101ce86868560026101d49a99980154612733565b91612fd3565b5f5f5160206136255f395f51905f525d604051908152f35b847f09e251e3000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7fab143c06000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461027a575f36600319011261027a5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b5f80fd5b608036600319011261027a5760243567ffffffffffffffff811161027a576102aa903690600401611cf7565b60443567ffffffffffffffff811161027a576102ca903690600401611cf7565b5f5160206136255f395f51905f525c6102185760015f5160206136255f395f51905f525d6102f9600435612f23565b9160018301549360ff8560f01c161561061a5761031890369087611f4a565b602081519101206004840154036105ec57600283015461033c606435848484612733565b94815f52600760205260405f20549061035361258f565b906103a7838363ffffffff6060809260ff8560f01c16602082015260ff8560e81c1660408201520192818160c81c16845152818160a81c16602085510152818160881c1660408551015260681c1691510152565b600460ff8260f01c1610610546575b6103bf82613233565b6103c8836132aa565b028060021b9080820460041490151715610532576103e59061291c565b9860ff8260f01c16600414610516576107f88260ed1c16610100035f5b63ffffffff8460b01c1681106104f15750505090610457915b5f1963ffffffff8260d01c160160021b9060206403fffffffc5f1963ffffffff8460b01c160160021b89019260ae1c168c01013788519061331d565b995f5b8381106104c65760208b6104a18c8c8c6104948d8d6104808e60ff8360601c169061341a565b9160ff808360581c169260601c16906134fa565b9460643593600435612fd3565b90815f526008835260405f20555f5f5160206136255f395f51905f525d604051908152f35b80838d6020806104e26104db85600198611f8d565b9386611f8d565b92870101918901015e0161045a565b6001908c602060ff8760f01c168302860135851c60e01b918360021b01015201610402565b9061045792916403fffffffc8260ae1c169060208c013761041b565b634e487b7160e01b5f52601160045260245ffd5b5f5f5f915f1963ffffffff8560b01c160160021b88016107f88560ed1c165f5b63ffffffff8760d01c1681106105be575b5050506105855750506103b6565b60ff93507fe8101138000000000000000000000000000000000000000000000000000000005f5260045260245260f01c1660445260645ffd5b8060021b83013560e01c80831c6105d85750600101610566565b9450945050505060019190918c8080610577565b7f5517b531000000000000000000000000000000000000000000000000000000005f5260043560045260245ffd5b7fd3f22102000000000000000000000000000000000000000000000000000000005f5260043560045260245ffd5b3461027a57602036600319011261027a576004356001600160a01b03811680910361027a575f526005602052602060405f2054604051908152f35b3461027a57606036600319011261027a57604435801590602435821560043581840361027a576001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633036109f357805f52600460205260405f2094604051956106f387611d5d565b54846001600160a01b0382169182895260a01c918260208a0152159182156109e8575b50506109bc57815f5260046020525f6040812055835f52600360205281847f51af630ca94c9105af888c0d329ed2a03dbfb5b4e4a15f0ccb0d19fc4f84ee28602060405f2096604051908152a3825460f81c600581101561086c5760011490816109b4575b50610880575b505f1962ffffff825460c81c160162ffffff811161053257815462ffffff60c81b191660c89190911b62ffffff60c81b1617815580548060f81c600581101561086c576003036108645762ffffff6107dc9160e01c166126ef565b925b156108245761082293506001600160a01b0361081d9154167f000000000000000000000000000000000000000000000000000000000000000090612696565b612ee0565b005b505061085e6001600160a01b03610822935116917f0000000000000000000000000000000000000000000000000000000000000000611f80565b90612696565b505f926107de565b634e487b7160e01b5f52602160045260245ffd5b81547bffffffffffffffffffffffffffffffffffffffffffffffffffffffff81166001600160f81b03919091167f030000000000000000000000000000000000000000000000000000000000000090811760181b62ffffff60e01b1691909117178255827f46f888a90d9be4d340049c7e8fabe85c5ac37ce47bf0caaf0be8affa360b3e32602082811c93845f5260028252610958600160405f200161092f63ffffffff825460681c16611f32565b70ffffffff000000000000000000000000001963ffffffff60681b83549260681b169116179055565b604051908152a37f000000000000000000000000000000000000000000000000000000000000000061099b62ffffff835460e01c16610996816126ef565b611f8d565b8103908111610532576109ae9083612ee0565b84610781565b90508661077b565b507fc006e93f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b141590508488610716565b7f7dfe47d8000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b3461027a575f36600319011261027a5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461027a575f36600319011261027a576020604051619c408152f35b3461027a575f36600319011261027a57602060405167ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461027a575f36600319011261027a57602060405160328152f35b3461027a57602036600319011261027a57600435805f52600360205260405f205460f81c600581101561086c5715610b48578060201c5f526002602052600360405f2001548015610b34575b602090604051908152f35b505f526008602052602060405f2054610b29565b7ff3dc2772000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3461027a57604036600319011261027a5760243563ffffffff811680910361027a57602090600435821b17604051908152f35b3461027a575f36600319011261027a57602060405167ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461027a575f36600319011261027a5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b606036600319011261027a5760043560243567ffffffffffffffff811161027a57610c5c903690600401611cf7565b9091604435919067ffffffffffffffff831680840361027a575f5160206136255f395f51905f525c610218577fe515df4067f7a836ffbf05d19cace19e55d40e465e20b77eb98a53574de5bd31600394610d0c92610d3960209860015f5160206136255f395f51905f525d610d0388610cd5868a612a09565b60ff606081610cf561014085015195886101008701978489511690612e8f565b94511692015116908a6134fa565b95869488612d9e565b99819a97919701556040519384933485528b8501526040840152608060608401523397608084019161250a565b0390a45f5f5160206136255f395f51905f525d604051908152f35b3461027a575f36600319011261027a576020600154604051908152f35b3461027a57602036600319011261027a576004355f5260046020526040805f20548151906001600160a01b038116825260a01c6020820152f35b3461027a575f36600319011261027a576020604051622dc6c08152f35b60a036600319011261027a5760043560243567ffffffffffffffff811161027a57610df7903690600401611cf7565b6044359263ffffffff84169384810361027a576064359360ff85169081860361027a576084359167ffffffffffffffff83169283810361027a575f5160206136255f395f51905f525c6102185760015f5160206136255f395f51905f525d610e5f8187612a09565b90610140820191825192600260ff6020610e7887613233565b610e81886132aa565b02960151161480159061119f575b801561117d575b61115157841593848015611147575b61111b57610eb3868c611fa0565b9461110757858b06158015906110ff575b80156110f7575b80156110da575b6110a7575092610f2360209c96937f12d2b4182aaaa1887947f423db5556f2c8f8d0d112ec0ed5ce17df98984031e6989693610d39968c5f528f6007905260405f205415610fe5575b50508a612d9e565b91819c91997dffffffff000000000000000000000000000000000000000000000000000060018501937fff000000000000000000ffffffffffffffffffffffffffffffffffffffffffff79ffffffff0000000000000000000000000000000000000000000060ff60f01b87549360f01b169560b01b169116179160d01b16171790556004610fb2368c86611f4a565b8d81519101209101556040519485943486528c8601526040850152606084015260a06080840152339760a084019161250a565b60606110746bff0000000000000000000000925163ffffffff60681b60608060ff60f01b602085015160f01b1660ff60e81b604086015160e81b161793019263ffffffff60c81b84515160c81b161763ffffffff60a81b60208551015160a81b161774ffffffff000000000000000000000000000000000060408551015160881b16179251015160681b161790565b6cff000000000000000000000000610100850151831b161792015160581b16178b5f5260078f5260405f20558e80610f1b565b8c857f3240caa4000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b506110e58d86611f80565b5f198101908111610532578110610ed2565b508c15610ecb565b508415610ec4565b634e487b7160e01b5f52601260045260245ffd5b857f0efd5827000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5060048611610ea5565b887f3fcc864f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b508361016083015161119761119182613233565b916132aa565b021415610e96565b50600260ff60206101608501510151161415610e8f565b3461027a575f36600319011261027a5760206040516301e133808152f35b3461027a576111e236611d25565b915f5160206136255f395f51905f525c610218576112109360015f5160206136255f395f51905f525d611faa565b5f5f5160206136255f395f51905f525d005b3461027a575f36600319011261027a5760205f54604051908152f35b3461027a575f36600319011261027a5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461027a575f36600319011261027a57602060405162278d008152f35b3461027a57602036600319011261027a576004355f52600360205260405f20548060f81c600581101561086c576003036112e4576112dc62ffffff60209260e01c166126ef565b604051908152f35b5060205f6112dc565b3461027a57602036600319011261027a576004355f5160206136255f395f51905f525c6102185760015f5160206136255f395f51905f525d61132e81612641565b6001600160a01b03815416330361146d576001810191825460ff8160401c16600481101561086c5760018103611438575064ffffffffff8160881c16804210611409575060681c63ffffffff1692836113d957805468ff000000000000000019166803000000000000000017905561121092507fc41d93b8bfbf9fd7cf5bfe271fd649ab6a6fec0ea101c23b82a2a28eca2533a95f80a2546001600160a01b038160a01c9116612696565b83827fb27607cc000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b827f7eb4c8cc000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b61146890837fae6914f9000000000000000000000000000000000000000000000000000000005f52600452611cb8565b60445ffd5b7f5bca3de4000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b3461027a575f36600319011261027a57602060405167ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461027a575f36600319011261027a575f5160206136255f395f51905f525c6102185760015f5160206136255f395f51905f525d335f52600560205260405f205480156115d957335f5260056020525f60408120556040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a25f80808084335af13d156115d4573d61157681611f16565b906115846040519283611e1c565b81525f60203d92013e5b156115a5575f5f5160206136255f395f51905f525d005b7fa2269912000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b61158e565b7fd0d04f60000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461027a57602036600319011261027a57611646611620600435612641565b61165761163a600560ff600185015460401c169301611e76565b60405193848094611cc6565b604060208401526040830190611cd3565b0390f35b3461027a57602036600319011261027a5760606101a060405161167d81611da9565b5f81525f60208201525f60408201525f838201525f60808201525f60a08201525f60c08201525f60e08201525f6101008201525f6101208201525f6101408201525f6101608201525f61018082015201526116d9600435612641565b6040516116e581611da9565b8154916001600160a01b0383168252602082019260a01c8352600181015490604083019167ffffffffffffffff8116835260ff8160401c16906060850191600481101561086c57825260808501908060481c63ffffffff16825260a086018160681c63ffffffff16815260c087018260881c64ffffffffff16815260e08801908360b01c63ffffffff1682526101008901928460d01c63ffffffff1684526101208a019460f01c60ff1685526002880154956101408b019687526003890154976101608c0198895260048a0154996101808d019a8b526005016117c790611e76565b9a6101a08d019b8c52604051809e819e60208352516001600160a01b03166020830152516bffffffffffffffffffffffff1690604001525167ffffffffffffffff1660608d01525160808c0161181c91611cc6565b5163ffffffff1660a08b01525163ffffffff1660c08a01525164ffffffffff1660e08901525163ffffffff166101008801525163ffffffff166101208701525160ff166101408601525161016085015251610180840152516101a0830152516101c082016101c090526101e0820161165791611cd3565b3461027a57602036600319011261027a576004355f60a06040516118b681611d8d565b8281528260208201528260408201528260608201528260808201520152805f52600360205260405f20908154908160f81c90600582101561086c578115610b48575062ffffff6040519261190984611d8d565b6001600160a01b038116845281602085019564ffffffffff8360a01c16875264ffffffffff60016040880192848660c81c1684528460608a019660e01c1686526080890197885201549760a088019889526001600160a01b0360405198511688525116602087015251166040850152511660608301525191600583101561086c5760c09260808301525160a0820152f35b604036600319011261027a576024356004355f5160206136255f395f51905f525c6102185760015f5160206136255f395f51905f525d6119d98161252a565b9180600184015403611ca55782549064ffffffffff8260a01c1680421015611c7657507f0000000000000000000000000000000000000000000000000000000000000000803403611c4757508260201c5f52600260205260405f2060028101545f5260066020526003611a4f60405f20546125c6565b50509290500154908115611c32575b67ffffffffffffffff91926bffffffffffffffffffffffff8616936001600160a01b03604051967fdf4e433e000000000000000000000000000000000000000000000000000000008852166004870152336024870152604486015260648501521660848301528060a483015260208260c4815f6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165af1918215611c27575f92611bf1575b50611b75906bffffffffffffffffffffffff60405191611b2a83611d5d565b33835260208084019182525f868152600490915260409020925190519190911660a01b73ffffffffffffffffffffffffffffffffffffffff19166001600160a01b0391909116179055565b600162ffffff845460c81c16019262ffffff841161053257602093611bb2919062ffffff60c81b1962ffffff60c81b83549260c81b169116179055565b604051918133917fa5f8c369e0214ca8253e5f7a94be7e6296f76d2e0283d76f7759115c6f0424115f80a45f5f5160206136255f395f51905f525d8152f35b9091506020813d602011611c1f575b81611c0d60209383611e1c565b8101031261027a575190611b75611b0b565b3d9150611c00565b6040513d5f823e3d90fd5b5f858152600860205260409020549150611a5e565b7f0c5e03da000000000000000000000000000000000000000000000000000000005f523460045260245260445ffd5b837f96bff40f000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b506344a3353b60e11b5f5260045260245ffd5b600481101561086c57602452565b90600482101561086c5752565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9181601f8401121561027a5782359167ffffffffffffffff831161027a576020838186019501011161027a57565b90606060031983011261027a57600435916024359067ffffffffffffffff821161027a57611d5591600401611cf7565b909160443590565b6040810190811067ffffffffffffffff821117611d7957604052565b634e487b7160e01b5f52604160045260245ffd5b60c0810190811067ffffffffffffffff821117611d7957604052565b6101c0810190811067ffffffffffffffff821117611d7957604052565b6080810190811067ffffffffffffffff821117611d7957604052565b610180810190811067ffffffffffffffff821117611d7957604052565b610120810190811067ffffffffffffffff821117611d7957604052565b90601f8019910116810190811067ffffffffffffffff821117611d7957604052565b90600182811c92168015611e6c575b6020831014611e5857565b634e487b7160e01b5f52602260045260245ffd5b91607f1691611e4d565b9060405191825f825492611e8984611e3e565b8084529360018116908115611ef45750600114611eb0575b50611eae92500383611e1c565b565b90505f9291925260205f20905f915b818310611ed8575050906020611eae928201015f611ea1565b6020919350806001915483858901015201910190918492611ebf565b905060209250611eae94915060ff191682840152151560051b8201015f611ea1565b67ffffffffffffffff8111611d7957601f01601f191660200190565b63ffffffff5f199116019063ffffffff821161053257565b929192611f5682611f16565b91611f646040519384611e1c565b82948184528183011161027a578281602093845f960137010152565b9190820180921161053257565b8181029291811591840414171561053257565b8115611107570490565b9092611fb58261252a565b805464ffffffffff8160a01c168042106124db575060c81c62ffffff16806124ac57508260201c94855f52600260205260405f2094600186019361202f61200563ffffffff875460681c16611f32565b865470ffffffff00000000000000000000000000191660689190911b63ffffffff60681b16178655565b60ff855460401c16600481101561086c5760021461241c5761205790828460028a0154612733565b6001840154036124095782546001600160f81b03167f0200000000000000000000000000000000000000000000000000000000000000178355835468ff00000000000000001916680200000000000000001780855560f081901c60ff1680612398575050906120c7913691611f4a565b925b8351906005860167ffffffffffffffff8311611d795787926120eb8254611e3e565b601f811161233b575b506020601f82116001146122c95791816121979694926001600160a01b0396945f916122be575b508160011b915f199060031b1c19161790555b7f34725b922cfb367ff9d0deb187607e3cdad354e3b6ad413a1f25b1ef034c03466040516020815280612164602082018b611cd3565b0390a3541661085e855460a01c7f0000000000000000000000000000000000000000000000000000000000000000611f80565b546001600160a01b0367ffffffffffffffff8216935416908315908180156122b5575b6122ad5760061b683fffffffffffffffc01690604085830414171561053257603f9004619c40810180911161053257805a1061227e57505f7f7a0c51d60a48cf7a4070d9eef0b27c81e40ec3048a2c46067e79055822f2db7f93602093828094604051612270816122628a8201967fa1fbbfe70000000000000000000000000000000000000000000000000000000088528d6024840152604060448401526064830190611cd3565b03601f198101835282611e1c565b5193f16040519015158152a2565b5a7f486594e4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b505050505050565b50823b156121ba565b90508901515f61211b565b601f19821690835f52805f20915f5b8181106123205750926001600160a01b03969492600192826121979a989610612308575b5050811b01905561212e565b8b01515f1960f88460031b161c191690555f806122fc565b8a83015184558c9750600190930192602092830192016122d8565b818111156120f4579091809394505f5260205f20601f830160051c9060208410612390575b8a95949392601f0160051c82900391015f5b8281106123805750506120f4565b5f818301558b9650600101612372565b5f9150612360565b90915063ffffffff8260d01c16916107f86123bb6123b68486611f8d565b61291c565b945f1963ffffffff8460b01c160160021b019160ed1c1661010003905f5b8481106123eb575050505050926120c9565b8060019160021b83013560e01c841b602086830289010152016123d9565b846344a3353b60e11b5f5260045260245ffd5b505050916001600160a01b039350611eae9491507f04000000000000000000000000000000000000000000000000000000000000006001600160f81b038454161783557fe7d8e3367437bfadcbd626641556baf551ab32bcc6fdfb6886fe319eadbfc2f95f80a354167f000000000000000000000000000000000000000000000000000000000000000090612696565b837fe4b8a2af000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b847fbcbd1a4c000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b908060209392818452848401375f828201840152601f01601f1916010190565b90815f52600360205260405f2091825460f81c906005821090811561086c578215610b48576001830361255c57505050565b7fe0925426000000000000000000000000000000000000000000000000000000005f526004521561086c5760245260445ffd5b6040519061259c82611dc6565b815f81525f60208201525f60408201526060604051916125bd608084611e1c565b60803684370152565b6125ce61258f565b91612622828463ffffffff6060809260ff8560f01c16602082015260ff8560e81c1660408201520192818160c81c16845152818160a81c16602085510152818160881c1660408551015260681c1691510152565b60ff8260601c1663ffffffff67ffffffffffffffff8460201c16931691565b90815f52600260205260405f209160ff600184015460401c16600481101561086c571561266b5750565b7f1f79bbe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b81156126eb5760206001600160a01b037f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f3921692835f526005825260405f206126e0828254611f80565b9055604051908152a2565b5050565b7f0000000000000000000000000000000000000000000000000000000000000000906032820291808304603214901517156105325760646127309204611fa0565b90565b92909192805f52600660205260405f205461274d906125c6565b60ff9097929691971661275f93612e8f565b906040519161276d83611dff565b5f835260208301935f855260408401905f825260608501925f845260808601985f8a5260a08701985f8a5260c08801925f845260e08901945f86526101008a01986040516127bc608082611e1c565b60803682378a5260018b528b528652865267ffffffffffffffff168a5263ffffffff16885261012097604051996127f38a8c611e1c565b60f58b5260208b0199601f1901368b375160c01b7fffffffffffffffff00000000000000000000000000000000000000000000000016905160a01b77ffffffff00000000000000000000000000000000000000001617905160801b73ffffffff000000000000000000000000000000001617905160601b6fffffffff0000000000000000000000001617935194519051915192519460f81b7fff00000000000000000000000000000000000000000000000000000000000000168652602187015260418601526061850152608184015280516095840152602081015160b5840152604081015160d58401526060015160f583015280517fff0000000000000000000000000000000000000000000000000000000000000016915190206001600160f81b03161790565b9061292682611f16565b6129336040519182611e1c565b8281528092612944601f1991611f16565b0190602036910137565b519060ff8216820361027a57565b519063ffffffff8216820361027a57565b91909160e08184031261027a5760405161298681611dc6565b80936129918361295c565b825261299f6020840161294e565b60208301526129b06040840161294e565b604083015280607f8401121561027a57604051926129cf608085611e1c565b839060e0810192831161027a57606001905b8282106129f15750505060600152565b602080916129fe8461295c565b8152019101906129e1565b9190604051612a1781611de2565b5f81525f60208201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201525f6101008201525f610120820152612a5a61258f565b610140820152610160612a6b61258f565b91015267ffffffffffffffff807f0000000000000000000000000000000000000000000000000000000000000000169116818111612d545750506bffffffffffffffffffffffff3411612d2857604051917f24e3047b000000000000000000000000000000000000000000000000000000008352806004840152610300836024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa928315611c27575f93612c0d575b5082815f52600660205260405f205415612b3e575050565b63ffffffff6080612bc961016084015163ffffffff60681b60608060ff60f01b602085015160f01b1660ff60e81b604086015160e81b161793019263ffffffff60c81b84515160c81b161763ffffffff60a81b60208551015160a81b161774ffffffff000000000000000000000000000000000060408551015160881b16179251015160681b161790565b6cff00000000000000000000000061012085015160601b16176bffffffffffffffff0000000060a085015160201b16179201511617905f52600660205260405f2055565b9092506103003d8111612d21575b612c258183611e1c565b8101906103008183031261027a5760405191612c4083611de2565b612c498261294e565b8352612c576020830161294e565b6020840152612c686040830161294e565b6040840152612c796060830161294e565b6060840152612c8a6080830161295c565b608084015260a082015167ffffffffffffffff8116810361027a57612d14926102209160a0860152612cbe60c0820161295c565b60c0860152612ccf60e0820161295c565b60e0860152612ce1610100820161294e565b610100860152612cf4610120820161294e565b610120860152612d0883610140830161296d565b6101408601520161296d565b610160820152915f612b26565b503d612c1b565b7f3598f179000000000000000000000000000000000000000000000000000000005f523460045260245ffd5b7f8473e5b3000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b9064ffffffffff8091169116019064ffffffffff821161053257565b915f545f198114610532576001015f8181558181526002602052604090203460a01b73ffffffffffffffffffffffffffffffffffffffff1916331781559093909260018401805468ffffffffffffffffff191667ffffffffffffffff929092169190911768010000000000000000178155612e447f000000000000000000000000000000000000000000000000000000000000000064ffffffffff908116904216612d82565b7fffffffffffffffffffff0000000000ffffffffffffffffffffffffffffffffff75ffffffffff000000000000000000000000000000000083549260881b1691161790556002830155565b92612e9c9192949361331d565b5f969192965b878110612eb8575050505061273092935061341a565b8084612ec681600194611f8d565b6020612ed28685611f8d565b918701918901013701612ea2565b9080156126eb57602081612f177fcec1bae6e024d929f2929f3478ce70f55f9c636c8ef7b5073a61d7c3a432451b93600154611f80565b600155604051908152a2565b90612f2d82612641565b91600183015460ff8160401c16600481101561086c5760018103611438575064ffffffffff9060881c169081421015612f8d5750507f0000000000000000000000000000000000000000000000000000000000000000803403611c475750565b7fa3242b71000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b63ffffffff60019116019063ffffffff821161053257565b9290600190969594960195865460481c63ffffffff16612ff290612fbb565b9663ffffffff88168560201b179384987f000000000000000000000000000000000000000000000000000000000000000064ffffffffff164264ffffffffff169061303c91612d82565b9460405161304981611d8d565b338152602081019664ffffffffff1694858852604082015f8152606083015f815260808401916001835260a085019a888c528c5f52600360205260405f2095516001600160a01b03166001600160a01b0316865473ffffffffffffffffffffffffffffffffffffffff19161786555185549060a01b78ffffffffff000000000000000000000000000000000000000016907fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff161785555162ffffff1661312890859062ffffff60c81b1962ffffff60c81b83549260c81b169116179055565b5183547fff000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff1660e09190911b62ffffff60e01b1617835551600581101561086c5763ffffffff61321b956132099460017f2853861deb58032ab9a980c2da609d362159046e10787da371215975666f009c9c61092f956001600160f81b037fff0000000000000000000000000000000000000000000000000000000000000085549260f81b169116178355519101556cffffffff00000000000000000084549160481b16906cffffffff00000000000000000019161780845560681c16612fbb565b6040519460808652608086019161250a565b966020840152604083015260608201528033950390a4565b60ff60408201511690600282106132a3576060015163ffffffff8151169160028111613290575b6003811161327c575b60041061326e575090565b6060015163ffffffff160290565b604082015163ffffffff1690920291613263565b9163ffffffff602083015116029161325a565b5050600190565b60ff60408201511690811580156132fb575b6132a357606001515f1982019182116105325760048210156132e75763ffffffff9160051b01511690565b634e487b7160e01b5f52603260045260245ffd5b50600482116132bc565b67ffffffffffffffff8111611d795760051b60200190565b9091613328826132aa565b90601f613346602085019361334060ff865116613603565b90611f8d565b9261336660ff61335e61335888613233565b976132aa565b925116613603565b0201938460051c906133788486611f8d565b81036133cd57506133898185611f8d565b61339281613305565b906133a06040519283611e1c565b8082526133af601f1991613305565b0136602083013794601f191690808204602014901517156105325790565b6133d78486611f8d565b907f66889fd5000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b80518210156132e75760209160051b010190565b80515f925f905b808210613442575050613432575090565b90508051156132e7576020015190565b909391600181018082116105325760011c905f5b82811061347457505091805f52602052600160405f20940190613421565b8060011b907f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81168114158061053257600183019081841161053257848210156134f257506134c45f9189613406565b51905b610532576134d760019389613406565b515f5260205260405f206134eb8289613406565b5201613456565b8791506134c7565b9291905f604082116135d7575f9291925b8381106135bf5750915b8181106135a15750505060405161352b81611dff565b5f815260208101905f825260408101935f8552606082015f815260808301955f875260a08401955f875260c085015f815260e08601915f8352610100870195604051613578608082611e1c565b608036823787525f8852885283525f84525f89525f885261012097604051996127f38a8c611e1c565b5f938452602083905260408085209385529093209192600101613515565b5f82815260209290925260409091209060010161350b565b507ff87c36ca000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60ff166001811461361e57600214613619575f90565b600490565b5060019056fe115a0505b73d37ff2b039e01b66957dc9c424d5313c711995ad464ceb65f3ab2",
}

// InferenceOracle is an auto generated Go binding around an Ethereum contract.
type InferenceOracle struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *InferenceOracle) GetABI() abi.ABI {
	return c.abi
}

// NewInferenceOracle creates a new instance of InferenceOracle.
func NewInferenceOracle() *InferenceOracle {
	parsed, err := InferenceOracleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &InferenceOracle{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *InferenceOracle) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_, address game_, uint256 submitBond_, uint256 challengeBond_, uint64 challengeWindow_, uint64 requestTimeout_, uint64 maxCallbackGas_) returns()
func (inferenceOracle *InferenceOracle) PackConstructor(registry_ common.Address, game_ common.Address, submitBond_ *big.Int, challengeBond_ *big.Int, challengeWindow_ uint64, requestTimeout_ uint64, maxCallbackGas_ uint64) []byte {
	enc, err := inferenceOracle.abi.Pack("", registry_, game_, submitBond_, challengeBond_, challengeWindow_, requestTimeout_, maxCallbackGas_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBURNPERCENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c986764.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BURN_PERCENT() view returns(uint256)
func (inferenceOracle *InferenceOracle) PackBURNPERCENT() []byte {
	enc, err := inferenceOracle.abi.Pack("BURN_PERCENT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBURNPERCENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c986764.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BURN_PERCENT() view returns(uint256)
func (inferenceOracle *InferenceOracle) TryPackBURNPERCENT() ([]byte, error) {
	return inferenceOracle.abi.Pack("BURN_PERCENT")
}

// UnpackBURNPERCENT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9c986764.
//
// Solidity: function BURN_PERCENT() view returns(uint256)
func (inferenceOracle *InferenceOracle) UnpackBURNPERCENT(data []byte) (*big.Int, error) {
	out, err := inferenceOracle.abi.Unpack("BURN_PERCENT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCALLBACKRESERVE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbea9216d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CALLBACK_RESERVE() view returns(uint256)
func (inferenceOracle *InferenceOracle) PackCALLBACKRESERVE() []byte {
	enc, err := inferenceOracle.abi.Pack("CALLBACK_RESERVE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCALLBACKRESERVE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbea9216d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CALLBACK_RESERVE() view returns(uint256)
func (inferenceOracle *InferenceOracle) TryPackCALLBACKRESERVE() ([]byte, error) {
	return inferenceOracle.abi.Pack("CALLBACK_RESERVE")
}

// UnpackCALLBACKRESERVE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbea9216d.
//
// Solidity: function CALLBACK_RESERVE() view returns(uint256)
func (inferenceOracle *InferenceOracle) UnpackCALLBACKRESERVE(data []byte) (*big.Int, error) {
	out, err := inferenceOracle.abi.Unpack("CALLBACK_RESERVE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d9809a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CALLBACK_GAS() view returns(uint64)
func (inferenceOracle *InferenceOracle) PackMAXCALLBACKGAS() []byte {
	enc, err := inferenceOracle.abi.Pack("MAX_CALLBACK_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d9809a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CALLBACK_GAS() view returns(uint64)
func (inferenceOracle *InferenceOracle) TryPackMAXCALLBACKGAS() ([]byte, error) {
	return inferenceOracle.abi.Pack("MAX_CALLBACK_GAS")
}

// UnpackMAXCALLBACKGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d9809a0.
//
// Solidity: function MAX_CALLBACK_GAS() view returns(uint64)
func (inferenceOracle *InferenceOracle) UnpackMAXCALLBACKGAS(data []byte) (uint64, error) {
	out, err := inferenceOracle.abi.Unpack("MAX_CALLBACK_GAS", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXCHALLENGEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51586ecb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CHALLENGE_WINDOW() view returns(uint64)
func (inferenceOracle *InferenceOracle) PackMAXCHALLENGEWINDOW() []byte {
	enc, err := inferenceOracle.abi.Pack("MAX_CHALLENGE_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCHALLENGEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51586ecb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CHALLENGE_WINDOW() view returns(uint64)
func (inferenceOracle *InferenceOracle) TryPackMAXCHALLENGEWINDOW() ([]byte, error) {
	return inferenceOracle.abi.Pack("MAX_CHALLENGE_WINDOW")
}

// UnpackMAXCHALLENGEWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51586ecb.
//
// Solidity: function MAX_CHALLENGE_WINDOW() view returns(uint64)
func (inferenceOracle *InferenceOracle) UnpackMAXCHALLENGEWINDOW(data []byte) (uint64, error) {
	out, err := inferenceOracle.abi.Unpack("MAX_CHALLENGE_WINDOW", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXREQUESTTIMEOUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6172890c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REQUEST_TIMEOUT() view returns(uint64)
func (inferenceOracle *InferenceOracle) PackMAXREQUESTTIMEOUT() []byte {
	enc, err := inferenceOracle.abi.Pack("MAX_REQUEST_TIMEOUT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREQUESTTIMEOUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6172890c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REQUEST_TIMEOUT() view returns(uint64)
func (inferenceOracle *InferenceOracle) TryPackMAXREQUESTTIMEOUT() ([]byte, error) {
	return inferenceOracle.abi.Pack("MAX_REQUEST_TIMEOUT")
}

// UnpackMAXREQUESTTIMEOUT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6172890c.
//
// Solidity: function MAX_REQUEST_TIMEOUT() view returns(uint64)
func (inferenceOracle *InferenceOracle) UnpackMAXREQUESTTIMEOUT(data []byte) (uint64, error) {
	out, err := inferenceOracle.abi.Unpack("MAX_REQUEST_TIMEOUT", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73f42561.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burned() view returns(uint256)
func (inferenceOracle *InferenceOracle) PackBurned() []byte {
	enc, err := inferenceOracle.abi.Pack("burned")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73f42561.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burned() view returns(uint256)
func (inferenceOracle *InferenceOracle) TryPackBurned() ([]byte, error) {
	return inferenceOracle.abi.Pack("burned")
}

// UnpackBurned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73f42561.
//
// Solidity: function burned() view returns(uint256)
func (inferenceOracle *InferenceOracle) UnpackBurned(data []byte) (*big.Int, error) {
	out, err := inferenceOracle.abi.Unpack("burned", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(uint256 requestId) returns()
func (inferenceOracle *InferenceOracle) PackCancel(requestId *big.Int) []byte {
	enc, err := inferenceOracle.abi.Pack("cancel", requestId)
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
func (inferenceOracle *InferenceOracle) TryPackCancel(requestId *big.Int) ([]byte, error) {
	return inferenceOracle.abi.Pack("cancel", requestId)
}

// PackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02b2f7c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenge(uint256 claimId, bytes32 finalHash) payable returns(uint256 gameId)
func (inferenceOracle *InferenceOracle) PackChallenge(claimId *big.Int, finalHash [32]byte) []byte {
	enc, err := inferenceOracle.abi.Pack("challenge", claimId, finalHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02b2f7c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenge(uint256 claimId, bytes32 finalHash) payable returns(uint256 gameId)
func (inferenceOracle *InferenceOracle) TryPackChallenge(claimId *big.Int, finalHash [32]byte) ([]byte, error) {
	return inferenceOracle.abi.Pack("challenge", claimId, finalHash)
}

// UnpackChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02b2f7c7.
//
// Solidity: function challenge(uint256 claimId, bytes32 finalHash) payable returns(uint256 gameId)
func (inferenceOracle *InferenceOracle) UnpackChallenge(data []byte) (*big.Int, error) {
	out, err := inferenceOracle.abi.Unpack("challenge", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallengeBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52305151.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeBond() view returns(uint256)
func (inferenceOracle *InferenceOracle) PackChallengeBond() []byte {
	enc, err := inferenceOracle.abi.Pack("challengeBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52305151.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeBond() view returns(uint256)
func (inferenceOracle *InferenceOracle) TryPackChallengeBond() ([]byte, error) {
	return inferenceOracle.abi.Pack("challengeBond")
}

// UnpackChallengeBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52305151.
//
// Solidity: function challengeBond() view returns(uint256)
func (inferenceOracle *InferenceOracle) UnpackChallengeBond(data []byte) (*big.Int, error) {
	out, err := inferenceOracle.abi.Unpack("challengeBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeWindow() view returns(uint64)
func (inferenceOracle *InferenceOracle) PackChallengeWindow() []byte {
	enc, err := inferenceOracle.abi.Pack("challengeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeWindow() view returns(uint64)
func (inferenceOracle *InferenceOracle) TryPackChallengeWindow() ([]byte, error) {
	return inferenceOracle.abi.Pack("challengeWindow")
}

// UnpackChallengeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x861a1412.
//
// Solidity: function challengeWindow() view returns(uint64)
func (inferenceOracle *InferenceOracle) UnpackChallengeWindow(data []byte) (uint64, error) {
	out, err := inferenceOracle.abi.Unpack("challengeWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackClaimIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8af6c9d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimIdOf(uint256 requestId, uint32 attempt) pure returns(uint256)
func (inferenceOracle *InferenceOracle) PackClaimIdOf(requestId *big.Int, attempt uint32) []byte {
	enc, err := inferenceOracle.abi.Pack("claimIdOf", requestId, attempt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8af6c9d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimIdOf(uint256 requestId, uint32 attempt) pure returns(uint256)
func (inferenceOracle *InferenceOracle) TryPackClaimIdOf(requestId *big.Int, attempt uint32) ([]byte, error) {
	return inferenceOracle.abi.Pack("claimIdOf", requestId, attempt)
}

// UnpackClaimIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8af6c9d6.
//
// Solidity: function claimIdOf(uint256 requestId, uint32 attempt) pure returns(uint256)
func (inferenceOracle *InferenceOracle) UnpackClaimIdOf(data []byte) (*big.Int, error) {
	out, err := inferenceOracle.abi.Unpack("claimIdOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11c8dc5a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimOf(uint256 claimId) view returns((address,uint40,uint24,uint24,uint8,bytes32))
func (inferenceOracle *InferenceOracle) PackClaimOf(claimId *big.Int) []byte {
	enc, err := inferenceOracle.abi.Pack("claimOf", claimId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11c8dc5a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimOf(uint256 claimId) view returns((address,uint40,uint24,uint24,uint8,bytes32))
func (inferenceOracle *InferenceOracle) TryPackClaimOf(claimId *big.Int) ([]byte, error) {
	return inferenceOracle.abi.Pack("claimOf", claimId)
}

// UnpackClaimOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x11c8dc5a.
//
// Solidity: function claimOf(uint256 claimId) view returns((address,uint40,uint24,uint24,uint8,bytes32))
func (inferenceOracle *InferenceOracle) UnpackClaimOf(data []byte) (InferenceOracleClaim, error) {
	out, err := inferenceOracle.abi.Unpack("claimOf", data)
	if err != nil {
		return *new(InferenceOracleClaim), err
	}
	out0 := *abi.ConvertType(out[0], new(InferenceOracleClaim)).(*InferenceOracleClaim)
	return out0, nil
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address ) view returns(uint256)
func (inferenceOracle *InferenceOracle) PackCredit(arg0 common.Address) []byte {
	enc, err := inferenceOracle.abi.Pack("credit", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credit(address ) view returns(uint256)
func (inferenceOracle *InferenceOracle) TryPackCredit(arg0 common.Address) ([]byte, error) {
	return inferenceOracle.abi.Pack("credit", arg0)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d44d80.
//
// Solidity: function credit(address ) view returns(uint256)
func (inferenceOracle *InferenceOracle) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := inferenceOracle.abi.Unpack("credit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60a45742.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256 claimId, bytes output, bytes32 finalRamRoot) returns()
func (inferenceOracle *InferenceOracle) PackFinalize(claimId *big.Int, output []byte, finalRamRoot [32]byte) []byte {
	enc, err := inferenceOracle.abi.Pack("finalize", claimId, output, finalRamRoot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60a45742.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256 claimId, bytes output, bytes32 finalRamRoot) returns()
func (inferenceOracle *InferenceOracle) TryPackFinalize(claimId *big.Int, output []byte, finalRamRoot [32]byte) ([]byte, error) {
	return inferenceOracle.abi.Pack("finalize", claimId, output, finalRamRoot)
}

// PackGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3fe3e28.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function game() view returns(address)
func (inferenceOracle *InferenceOracle) PackGame() []byte {
	enc, err := inferenceOracle.abi.Pack("game")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3fe3e28.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function game() view returns(address)
func (inferenceOracle *InferenceOracle) TryPackGame() ([]byte, error) {
	return inferenceOracle.abi.Pack("game")
}

// UnpackGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3fe3e28.
//
// Solidity: function game() view returns(address)
func (inferenceOracle *InferenceOracle) UnpackGame(data []byte) (common.Address, error) {
	out, err := inferenceOracle.abi.Unpack("game", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGameRef is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72396348.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameRef(uint256 gameId) view returns(address challenger, uint256 claimId)
func (inferenceOracle *InferenceOracle) PackGameRef(gameId *big.Int) []byte {
	enc, err := inferenceOracle.abi.Pack("gameRef", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGameRef is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72396348.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gameRef(uint256 gameId) view returns(address challenger, uint256 claimId)
func (inferenceOracle *InferenceOracle) TryPackGameRef(gameId *big.Int) ([]byte, error) {
	return inferenceOracle.abi.Pack("gameRef", gameId)
}

// GameRefOutput serves as a container for the return parameters of contract
// method GameRef.
type GameRefOutput struct {
	Challenger common.Address
	ClaimId    *big.Int
}

// UnpackGameRef is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x72396348.
//
// Solidity: function gameRef(uint256 gameId) view returns(address challenger, uint256 claimId)
func (inferenceOracle *InferenceOracle) UnpackGameRef(data []byte) (GameRefOutput, error) {
	out, err := inferenceOracle.abi.Unpack("gameRef", data)
	outstruct := new(GameRefOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Challenger = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.ClaimId = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackMaxCallbackGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8e224a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxCallbackGas() view returns(uint64)
func (inferenceOracle *InferenceOracle) PackMaxCallbackGas() []byte {
	enc, err := inferenceOracle.abi.Pack("maxCallbackGas")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxCallbackGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8e224a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxCallbackGas() view returns(uint64)
func (inferenceOracle *InferenceOracle) TryPackMaxCallbackGas() ([]byte, error) {
	return inferenceOracle.abi.Pack("maxCallbackGas")
}

// UnpackMaxCallbackGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8e224a4.
//
// Solidity: function maxCallbackGas() view returns(uint64)
func (inferenceOracle *InferenceOracle) UnpackMaxCallbackGas(data []byte) (uint64, error) {
	out, err := inferenceOracle.abi.Unpack("maxCallbackGas", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOnGameResolved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd57cf403.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onGameResolved(uint256 gameId, uint256 claimId, bool claimantWon) returns()
func (inferenceOracle *InferenceOracle) PackOnGameResolved(gameId *big.Int, claimId *big.Int, claimantWon bool) []byte {
	enc, err := inferenceOracle.abi.Pack("onGameResolved", gameId, claimId, claimantWon)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnGameResolved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd57cf403.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onGameResolved(uint256 gameId, uint256 claimId, bool claimantWon) returns()
func (inferenceOracle *InferenceOracle) TryPackOnGameResolved(gameId *big.Int, claimId *big.Int, claimantWon bool) ([]byte, error) {
	return inferenceOracle.abi.Pack("onGameResolved", gameId, claimId, claimantWon)
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (inferenceOracle *InferenceOracle) PackRegistry() []byte {
	enc, err := inferenceOracle.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (inferenceOracle *InferenceOracle) TryPackRegistry() ([]byte, error) {
	return inferenceOracle.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (inferenceOracle *InferenceOracle) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := inferenceOracle.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7490bfd4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function request(bytes32 modelId, bytes input, uint64 callbackGas) payable returns(uint256 requestId)
func (inferenceOracle *InferenceOracle) PackRequest(modelId [32]byte, input []byte, callbackGas uint64) []byte {
	enc, err := inferenceOracle.abi.Pack("request", modelId, input, callbackGas)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7490bfd4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function request(bytes32 modelId, bytes input, uint64 callbackGas) payable returns(uint256 requestId)
func (inferenceOracle *InferenceOracle) TryPackRequest(modelId [32]byte, input []byte, callbackGas uint64) ([]byte, error) {
	return inferenceOracle.abi.Pack("request", modelId, input, callbackGas)
}

// UnpackRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7490bfd4.
//
// Solidity: function request(bytes32 modelId, bytes input, uint64 callbackGas) payable returns(uint256 requestId)
func (inferenceOracle *InferenceOracle) UnpackRequest(data []byte) (*big.Int, error) {
	out, err := inferenceOracle.abi.Unpack("request", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestCompletion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6320b989.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestCompletion(bytes32 modelId, bytes prompt, uint32 tokens, uint8 tokenBytes, uint64 callbackGas) payable returns(uint256 requestId)
func (inferenceOracle *InferenceOracle) PackRequestCompletion(modelId [32]byte, prompt []byte, tokens uint32, tokenBytes uint8, callbackGas uint64) []byte {
	enc, err := inferenceOracle.abi.Pack("requestCompletion", modelId, prompt, tokens, tokenBytes, callbackGas)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestCompletion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6320b989.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestCompletion(bytes32 modelId, bytes prompt, uint32 tokens, uint8 tokenBytes, uint64 callbackGas) payable returns(uint256 requestId)
func (inferenceOracle *InferenceOracle) TryPackRequestCompletion(modelId [32]byte, prompt []byte, tokens uint32, tokenBytes uint8, callbackGas uint64) ([]byte, error) {
	return inferenceOracle.abi.Pack("requestCompletion", modelId, prompt, tokens, tokenBytes, callbackGas)
}

// UnpackRequestCompletion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6320b989.
//
// Solidity: function requestCompletion(bytes32 modelId, bytes prompt, uint32 tokens, uint8 tokenBytes, uint64 callbackGas) payable returns(uint256 requestId)
func (inferenceOracle *InferenceOracle) UnpackRequestCompletion(data []byte) (*big.Int, error) {
	out, err := inferenceOracle.abi.Unpack("requestCompletion", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5badbe4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestCount() view returns(uint256)
func (inferenceOracle *InferenceOracle) PackRequestCount() []byte {
	enc, err := inferenceOracle.abi.Pack("requestCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5badbe4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestCount() view returns(uint256)
func (inferenceOracle *InferenceOracle) TryPackRequestCount() ([]byte, error) {
	return inferenceOracle.abi.Pack("requestCount")
}

// UnpackRequestCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5badbe4c.
//
// Solidity: function requestCount() view returns(uint256)
func (inferenceOracle *InferenceOracle) UnpackRequestCount(data []byte) (*big.Int, error) {
	out, err := inferenceOracle.abi.Unpack("requestCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x324e03be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestOf(uint256 requestId) view returns((address,uint96,uint64,uint8,uint32,uint32,uint40,uint32,uint32,uint8,bytes32,bytes32,bytes32,bytes))
func (inferenceOracle *InferenceOracle) PackRequestOf(requestId *big.Int) []byte {
	enc, err := inferenceOracle.abi.Pack("requestOf", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x324e03be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestOf(uint256 requestId) view returns((address,uint96,uint64,uint8,uint32,uint32,uint40,uint32,uint32,uint8,bytes32,bytes32,bytes32,bytes))
func (inferenceOracle *InferenceOracle) TryPackRequestOf(requestId *big.Int) ([]byte, error) {
	return inferenceOracle.abi.Pack("requestOf", requestId)
}

// UnpackRequestOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x324e03be.
//
// Solidity: function requestOf(uint256 requestId) view returns((address,uint96,uint64,uint8,uint32,uint32,uint40,uint32,uint32,uint8,bytes32,bytes32,bytes32,bytes))
func (inferenceOracle *InferenceOracle) UnpackRequestOf(data []byte) (InferenceOracleRequest, error) {
	out, err := inferenceOracle.abi.Unpack("requestOf", data)
	if err != nil {
		return *new(InferenceOracleRequest), err
	}
	out0 := *abi.ConvertType(out[0], new(InferenceOracleRequest)).(*InferenceOracleRequest)
	return out0, nil
}

// PackRequestTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f20b4c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestTimeout() view returns(uint64)
func (inferenceOracle *InferenceOracle) PackRequestTimeout() []byte {
	enc, err := inferenceOracle.abi.Pack("requestTimeout")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f20b4c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestTimeout() view returns(uint64)
func (inferenceOracle *InferenceOracle) TryPackRequestTimeout() ([]byte, error) {
	return inferenceOracle.abi.Pack("requestTimeout")
}

// UnpackRequestTimeout is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f20b4c9.
//
// Solidity: function requestTimeout() view returns(uint64)
func (inferenceOracle *InferenceOracle) UnpackRequestTimeout(data []byte) (uint64, error) {
	out, err := inferenceOracle.abi.Unpack("requestTimeout", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c594059.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function result(uint256 requestId) view returns(uint8 status, bytes output)
func (inferenceOracle *InferenceOracle) PackResult(requestId *big.Int) []byte {
	enc, err := inferenceOracle.abi.Pack("result", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c594059.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function result(uint256 requestId) view returns(uint8 status, bytes output)
func (inferenceOracle *InferenceOracle) TryPackResult(requestId *big.Int) ([]byte, error) {
	return inferenceOracle.abi.Pack("result", requestId)
}

// ResultOutput serves as a container for the return parameters of contract
// method Result.
type ResultOutput struct {
	Status uint8
	Output []byte
}

// UnpackResult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3c594059.
//
// Solidity: function result(uint256 requestId) view returns(uint8 status, bytes output)
func (inferenceOracle *InferenceOracle) UnpackResult(data []byte) (ResultOutput, error) {
	out, err := inferenceOracle.abi.Unpack("result", data)
	outstruct := new(ResultOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Status = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Output = *abi.ConvertType(out[1], new([]byte)).(*[]byte)
	return *outstruct, nil
}

// PackRewardShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x472f7e87.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardShare(uint256 claimId) view returns(uint256)
func (inferenceOracle *InferenceOracle) PackRewardShare(claimId *big.Int) []byte {
	enc, err := inferenceOracle.abi.Pack("rewardShare", claimId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x472f7e87.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardShare(uint256 claimId) view returns(uint256)
func (inferenceOracle *InferenceOracle) TryPackRewardShare(claimId *big.Int) ([]byte, error) {
	return inferenceOracle.abi.Pack("rewardShare", claimId)
}

// UnpackRewardShare is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x472f7e87.
//
// Solidity: function rewardShare(uint256 claimId) view returns(uint256)
func (inferenceOracle *InferenceOracle) UnpackRewardShare(data []byte) (*big.Int, error) {
	out, err := inferenceOracle.abi.Unpack("rewardShare", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStartHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f2d959f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function startHashOf(uint256 claimId) view returns(bytes32 start)
func (inferenceOracle *InferenceOracle) PackStartHashOf(claimId *big.Int) []byte {
	enc, err := inferenceOracle.abi.Pack("startHashOf", claimId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStartHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f2d959f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function startHashOf(uint256 claimId) view returns(bytes32 start)
func (inferenceOracle *InferenceOracle) TryPackStartHashOf(claimId *big.Int) ([]byte, error) {
	return inferenceOracle.abi.Pack("startHashOf", claimId)
}

// UnpackStartHashOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f2d959f.
//
// Solidity: function startHashOf(uint256 claimId) view returns(bytes32 start)
func (inferenceOracle *InferenceOracle) UnpackStartHashOf(data []byte) ([32]byte, error) {
	out, err := inferenceOracle.abi.Unpack("startHashOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9e1302a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submit(uint256 requestId, bytes output, bytes32 finalRamRoot) payable returns(uint256 claimId)
func (inferenceOracle *InferenceOracle) PackSubmit(requestId *big.Int, output []byte, finalRamRoot [32]byte) []byte {
	enc, err := inferenceOracle.abi.Pack("submit", requestId, output, finalRamRoot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9e1302a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submit(uint256 requestId, bytes output, bytes32 finalRamRoot) payable returns(uint256 claimId)
func (inferenceOracle *InferenceOracle) TryPackSubmit(requestId *big.Int, output []byte, finalRamRoot [32]byte) ([]byte, error) {
	return inferenceOracle.abi.Pack("submit", requestId, output, finalRamRoot)
}

// UnpackSubmit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf9e1302a.
//
// Solidity: function submit(uint256 requestId, bytes output, bytes32 finalRamRoot) payable returns(uint256 claimId)
func (inferenceOracle *InferenceOracle) UnpackSubmit(data []byte) (*big.Int, error) {
	out, err := inferenceOracle.abi.Unpack("submit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSubmitBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf56418c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitBond() view returns(uint256)
func (inferenceOracle *InferenceOracle) PackSubmitBond() []byte {
	enc, err := inferenceOracle.abi.Pack("submitBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf56418c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitBond() view returns(uint256)
func (inferenceOracle *InferenceOracle) TryPackSubmitBond() ([]byte, error) {
	return inferenceOracle.abi.Pack("submitBond")
}

// UnpackSubmitBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf56418c7.
//
// Solidity: function submitBond() view returns(uint256)
func (inferenceOracle *InferenceOracle) UnpackSubmitBond(data []byte) (*big.Int, error) {
	out, err := inferenceOracle.abi.Unpack("submitBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSubmitCompletion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe290d6c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitCompletion(uint256 requestId, bytes prompt, bytes output, bytes32 finalRamRoot) payable returns(uint256 claimId)
func (inferenceOracle *InferenceOracle) PackSubmitCompletion(requestId *big.Int, prompt []byte, output []byte, finalRamRoot [32]byte) []byte {
	enc, err := inferenceOracle.abi.Pack("submitCompletion", requestId, prompt, output, finalRamRoot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitCompletion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe290d6c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitCompletion(uint256 requestId, bytes prompt, bytes output, bytes32 finalRamRoot) payable returns(uint256 claimId)
func (inferenceOracle *InferenceOracle) TryPackSubmitCompletion(requestId *big.Int, prompt []byte, output []byte, finalRamRoot [32]byte) ([]byte, error) {
	return inferenceOracle.abi.Pack("submitCompletion", requestId, prompt, output, finalRamRoot)
}

// UnpackSubmitCompletion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe290d6c6.
//
// Solidity: function submitCompletion(uint256 requestId, bytes prompt, bytes output, bytes32 finalRamRoot) payable returns(uint256 claimId)
func (inferenceOracle *InferenceOracle) UnpackSubmitCompletion(data []byte) (*big.Int, error) {
	out, err := inferenceOracle.abi.Unpack("submitCompletion", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (inferenceOracle *InferenceOracle) PackWithdraw() []byte {
	enc, err := inferenceOracle.abi.Pack("withdraw")
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
func (inferenceOracle *InferenceOracle) TryPackWithdraw() ([]byte, error) {
	return inferenceOracle.abi.Pack("withdraw")
}

// InferenceOracleBurned represents a Burned event raised by the InferenceOracle contract.
type InferenceOracleBurned struct {
	ClaimId *big.Int
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const InferenceOracleBurnedEventName = "Burned"

// ContractEventName returns the user-defined event name.
func (InferenceOracleBurned) ContractEventName() string {
	return InferenceOracleBurnedEventName
}

// UnpackBurnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Burned(uint256 indexed claimId, uint256 amount)
func (inferenceOracle *InferenceOracle) UnpackBurnedEvent(log *types.Log) (*InferenceOracleBurned, error) {
	event := "Burned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceOracleBurned)
	if len(log.Data) > 0 {
		if err := inferenceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceOracleCallbackResult represents a CallbackResult event raised by the InferenceOracle contract.
type InferenceOracleCallbackResult struct {
	RequestId *big.Int
	Success   bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const InferenceOracleCallbackResultEventName = "CallbackResult"

// ContractEventName returns the user-defined event name.
func (InferenceOracleCallbackResult) ContractEventName() string {
	return InferenceOracleCallbackResultEventName
}

// UnpackCallbackResultEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallbackResult(uint256 indexed requestId, bool success)
func (inferenceOracle *InferenceOracle) UnpackCallbackResultEvent(log *types.Log) (*InferenceOracleCallbackResult, error) {
	event := "CallbackResult"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceOracleCallbackResult)
	if len(log.Data) > 0 {
		if err := inferenceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceOracleCancelled represents a Cancelled event raised by the InferenceOracle contract.
type InferenceOracleCancelled struct {
	RequestId *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const InferenceOracleCancelledEventName = "Cancelled"

// ContractEventName returns the user-defined event name.
func (InferenceOracleCancelled) ContractEventName() string {
	return InferenceOracleCancelledEventName
}

// UnpackCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Cancelled(uint256 indexed requestId)
func (inferenceOracle *InferenceOracle) UnpackCancelledEvent(log *types.Log) (*InferenceOracleCancelled, error) {
	event := "Cancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceOracleCancelled)
	if len(log.Data) > 0 {
		if err := inferenceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceOracleChallenged represents a Challenged event raised by the InferenceOracle contract.
type InferenceOracleChallenged struct {
	ClaimId    *big.Int
	GameId     *big.Int
	Challenger common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const InferenceOracleChallengedEventName = "Challenged"

// ContractEventName returns the user-defined event name.
func (InferenceOracleChallenged) ContractEventName() string {
	return InferenceOracleChallengedEventName
}

// UnpackChallengedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Challenged(uint256 indexed claimId, uint256 indexed gameId, address indexed challenger)
func (inferenceOracle *InferenceOracle) UnpackChallengedEvent(log *types.Log) (*InferenceOracleChallenged, error) {
	event := "Challenged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceOracleChallenged)
	if len(log.Data) > 0 {
		if err := inferenceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceOracleClaimRejected represents a ClaimRejected event raised by the InferenceOracle contract.
type InferenceOracleClaimRejected struct {
	ClaimId   *big.Int
	RequestId *big.Int
	GameId    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const InferenceOracleClaimRejectedEventName = "ClaimRejected"

// ContractEventName returns the user-defined event name.
func (InferenceOracleClaimRejected) ContractEventName() string {
	return InferenceOracleClaimRejectedEventName
}

// UnpackClaimRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimRejected(uint256 indexed claimId, uint256 indexed requestId, uint256 gameId)
func (inferenceOracle *InferenceOracle) UnpackClaimRejectedEvent(log *types.Log) (*InferenceOracleClaimRejected, error) {
	event := "ClaimRejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceOracleClaimRejected)
	if len(log.Data) > 0 {
		if err := inferenceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceOracleClaimSuperseded represents a ClaimSuperseded event raised by the InferenceOracle contract.
type InferenceOracleClaimSuperseded struct {
	ClaimId   *big.Int
	RequestId *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const InferenceOracleClaimSupersededEventName = "ClaimSuperseded"

// ContractEventName returns the user-defined event name.
func (InferenceOracleClaimSuperseded) ContractEventName() string {
	return InferenceOracleClaimSupersededEventName
}

// UnpackClaimSupersededEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimSuperseded(uint256 indexed claimId, uint256 indexed requestId)
func (inferenceOracle *InferenceOracle) UnpackClaimSupersededEvent(log *types.Log) (*InferenceOracleClaimSuperseded, error) {
	event := "ClaimSuperseded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceOracleClaimSuperseded)
	if len(log.Data) > 0 {
		if err := inferenceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceOracleCompletionRequested represents a CompletionRequested event raised by the InferenceOracle contract.
type InferenceOracleCompletionRequested struct {
	RequestId   *big.Int
	ModelId     [32]byte
	Consumer    common.Address
	Fee         *big.Int
	CallbackGas uint64
	Tokens      uint32
	TokenBytes  uint8
	Prompt      []byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const InferenceOracleCompletionRequestedEventName = "CompletionRequested"

// ContractEventName returns the user-defined event name.
func (InferenceOracleCompletionRequested) ContractEventName() string {
	return InferenceOracleCompletionRequestedEventName
}

// UnpackCompletionRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CompletionRequested(uint256 indexed requestId, bytes32 indexed modelId, address indexed consumer, uint256 fee, uint64 callbackGas, uint32 tokens, uint8 tokenBytes, bytes prompt)
func (inferenceOracle *InferenceOracle) UnpackCompletionRequestedEvent(log *types.Log) (*InferenceOracleCompletionRequested, error) {
	event := "CompletionRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceOracleCompletionRequested)
	if len(log.Data) > 0 {
		if err := inferenceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceOracleCredited represents a Credited event raised by the InferenceOracle contract.
type InferenceOracleCredited struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const InferenceOracleCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (InferenceOracleCredited) ContractEventName() string {
	return InferenceOracleCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(address indexed to, uint256 amount)
func (inferenceOracle *InferenceOracle) UnpackCreditedEvent(log *types.Log) (*InferenceOracleCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceOracleCredited)
	if len(log.Data) > 0 {
		if err := inferenceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceOracleFinalized represents a Finalized event raised by the InferenceOracle contract.
type InferenceOracleFinalized struct {
	ClaimId   *big.Int
	RequestId *big.Int
	Output    []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const InferenceOracleFinalizedEventName = "Finalized"

// ContractEventName returns the user-defined event name.
func (InferenceOracleFinalized) ContractEventName() string {
	return InferenceOracleFinalizedEventName
}

// UnpackFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Finalized(uint256 indexed claimId, uint256 indexed requestId, bytes output)
func (inferenceOracle *InferenceOracle) UnpackFinalizedEvent(log *types.Log) (*InferenceOracleFinalized, error) {
	event := "Finalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceOracleFinalized)
	if len(log.Data) > 0 {
		if err := inferenceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceOracleGameSettled represents a GameSettled event raised by the InferenceOracle contract.
type InferenceOracleGameSettled struct {
	ClaimId     *big.Int
	GameId      *big.Int
	ClaimantWon bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const InferenceOracleGameSettledEventName = "GameSettled"

// ContractEventName returns the user-defined event name.
func (InferenceOracleGameSettled) ContractEventName() string {
	return InferenceOracleGameSettledEventName
}

// UnpackGameSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GameSettled(uint256 indexed claimId, uint256 indexed gameId, bool claimantWon)
func (inferenceOracle *InferenceOracle) UnpackGameSettledEvent(log *types.Log) (*InferenceOracleGameSettled, error) {
	event := "GameSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceOracleGameSettled)
	if len(log.Data) > 0 {
		if err := inferenceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceOracleRequested represents a Requested event raised by the InferenceOracle contract.
type InferenceOracleRequested struct {
	RequestId   *big.Int
	ModelId     [32]byte
	Consumer    common.Address
	Fee         *big.Int
	CallbackGas uint64
	StartHash   [32]byte
	Input       []byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const InferenceOracleRequestedEventName = "Requested"

// ContractEventName returns the user-defined event name.
func (InferenceOracleRequested) ContractEventName() string {
	return InferenceOracleRequestedEventName
}

// UnpackRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Requested(uint256 indexed requestId, bytes32 indexed modelId, address indexed consumer, uint256 fee, uint64 callbackGas, bytes32 startHash, bytes input)
func (inferenceOracle *InferenceOracle) UnpackRequestedEvent(log *types.Log) (*InferenceOracleRequested, error) {
	event := "Requested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceOracleRequested)
	if len(log.Data) > 0 {
		if err := inferenceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceOracleSubmitted represents a Submitted event raised by the InferenceOracle contract.
type InferenceOracleSubmitted struct {
	ClaimId      *big.Int
	RequestId    *big.Int
	Submitter    common.Address
	Output       []byte
	FinalRamRoot [32]byte
	FinalHash    [32]byte
	Deadline     uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const InferenceOracleSubmittedEventName = "Submitted"

// ContractEventName returns the user-defined event name.
func (InferenceOracleSubmitted) ContractEventName() string {
	return InferenceOracleSubmittedEventName
}

// UnpackSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Submitted(uint256 indexed claimId, uint256 indexed requestId, address indexed submitter, bytes output, bytes32 finalRamRoot, bytes32 finalHash, uint64 deadline)
func (inferenceOracle *InferenceOracle) UnpackSubmittedEvent(log *types.Log) (*InferenceOracleSubmitted, error) {
	event := "Submitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceOracleSubmitted)
	if len(log.Data) > 0 {
		if err := inferenceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceOracleWithdrawn represents a Withdrawn event raised by the InferenceOracle contract.
type InferenceOracleWithdrawn struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const InferenceOracleWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (InferenceOracleWithdrawn) ContractEventName() string {
	return InferenceOracleWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed to, uint256 amount)
func (inferenceOracle *InferenceOracle) UnpackWithdrawnEvent(log *types.Log) (*InferenceOracleWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceOracleWithdrawn)
	if len(log.Data) > 0 {
		if err := inferenceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (inferenceOracle *InferenceOracle) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["BadBond"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackBadBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["BadCompletionLength"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackBadCompletionLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["BadMaxCallbackGas"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackBadMaxCallbackGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["BadRequestTimeout"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackBadRequestTimeoutError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["BadTensorLength"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackBadTensorLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["BadTokenBytes"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackBadTokenBytesError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["BadWindow"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackBadWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["CallbackGasTooHigh"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackCallbackGasTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["ClaimMismatch"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackClaimMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["ClaimNotPending"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackClaimNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["ClaimsPending"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackClaimsPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["CompletionRequest"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackCompletionRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["FeeTooLarge"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackFeeTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["GamesOpen"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackGamesOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["InsufficientGasForCallback"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackInsufficientGasForCallbackError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["NotCompletionModel"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackNotCompletionModelError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["NotCompletionRequest"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackNotCompletionRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["NotConsumer"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackNotConsumerError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["NotGame"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackNotGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["PromptMismatch"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackPromptMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["Reentrancy"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackReentrancyError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["RequestExpired"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackRequestExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["RequestNotExpired"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackRequestNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["RequestNotOpen"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackRequestNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["TokenTooWide"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackTokenTooWideError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["UnknownClaim"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackUnknownClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["UnknownGame"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackUnknownGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["UnknownRequest"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackUnknownRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["WindowClosed"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["WindowOpen"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["WithdrawFailed"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackWithdrawFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["WrongBond"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackWrongBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["ZeroHashLevel"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackZeroHashLevelError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// InferenceOracleBadBond represents a BadBond error raised by the InferenceOracle contract.
type InferenceOracleBadBond struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadBond()
func InferenceOracleBadBondErrorID() common.Hash {
	return common.HexToHash("0xc2fb134f133ed74a1072a6eb46052a3879f87bf2009bee463ce93fc1ce654ce0")
}

// UnpackBadBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadBond()
func (inferenceOracle *InferenceOracle) UnpackBadBondError(raw []byte) (*InferenceOracleBadBond, error) {
	out := new(InferenceOracleBadBond)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "BadBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleBadCompletionLength represents a BadCompletionLength error raised by the InferenceOracle contract.
type InferenceOracleBadCompletionLength struct {
	PromptTokens *big.Int
	Tokens       *big.Int
	Context      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadCompletionLength(uint256 promptTokens, uint256 tokens, uint256 context)
func InferenceOracleBadCompletionLengthErrorID() common.Hash {
	return common.HexToHash("0x3240caa434dc434de3093ee6e43315d022941528e9b3b3bae49680244d2c01b5")
}

// UnpackBadCompletionLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadCompletionLength(uint256 promptTokens, uint256 tokens, uint256 context)
func (inferenceOracle *InferenceOracle) UnpackBadCompletionLengthError(raw []byte) (*InferenceOracleBadCompletionLength, error) {
	out := new(InferenceOracleBadCompletionLength)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "BadCompletionLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleBadMaxCallbackGas represents a BadMaxCallbackGas error raised by the InferenceOracle contract.
type InferenceOracleBadMaxCallbackGas struct {
	Got uint64
	Max uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadMaxCallbackGas(uint64 got, uint64 max)
func InferenceOracleBadMaxCallbackGasErrorID() common.Hash {
	return common.HexToHash("0x962ae61755fc3f18ab9549d80faf27b7a3dce7ec29618a9252bd65caa48ecd3c")
}

// UnpackBadMaxCallbackGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadMaxCallbackGas(uint64 got, uint64 max)
func (inferenceOracle *InferenceOracle) UnpackBadMaxCallbackGasError(raw []byte) (*InferenceOracleBadMaxCallbackGas, error) {
	out := new(InferenceOracleBadMaxCallbackGas)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "BadMaxCallbackGas", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleBadRequestTimeout represents a BadRequestTimeout error raised by the InferenceOracle contract.
type InferenceOracleBadRequestTimeout struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRequestTimeout()
func InferenceOracleBadRequestTimeoutErrorID() common.Hash {
	return common.HexToHash("0xb29b636225c2e9d8657190915b46ad1299d9eab7cc07f4f76e057b37daf06db5")
}

// UnpackBadRequestTimeoutError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRequestTimeout()
func (inferenceOracle *InferenceOracle) UnpackBadRequestTimeoutError(raw []byte) (*InferenceOracleBadRequestTimeout, error) {
	out := new(InferenceOracleBadRequestTimeout)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "BadRequestTimeout", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleBadTensorLength represents a BadTensorLength error raised by the InferenceOracle contract.
type InferenceOracleBadTensorLength struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTensorLength(uint256 got, uint256 want)
func InferenceOracleBadTensorLengthErrorID() common.Hash {
	return common.HexToHash("0x66889fd57dade8f76eaf77862c129be879795ccf0fde66ab7e6763790a5e6d15")
}

// UnpackBadTensorLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTensorLength(uint256 got, uint256 want)
func (inferenceOracle *InferenceOracle) UnpackBadTensorLengthError(raw []byte) (*InferenceOracleBadTensorLength, error) {
	out := new(InferenceOracleBadTensorLength)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "BadTensorLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleBadTokenBytes represents a BadTokenBytes error raised by the InferenceOracle contract.
type InferenceOracleBadTokenBytes struct {
	TokenBytes uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTokenBytes(uint8 tokenBytes)
func InferenceOracleBadTokenBytesErrorID() common.Hash {
	return common.HexToHash("0x0efd5827488a65ed7b1e3bda5d50e76ef748ac2ac8ada11494876de038e2fd86")
}

// UnpackBadTokenBytesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTokenBytes(uint8 tokenBytes)
func (inferenceOracle *InferenceOracle) UnpackBadTokenBytesError(raw []byte) (*InferenceOracleBadTokenBytes, error) {
	out := new(InferenceOracleBadTokenBytes)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "BadTokenBytes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleBadWindow represents a BadWindow error raised by the InferenceOracle contract.
type InferenceOracleBadWindow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadWindow()
func InferenceOracleBadWindowErrorID() common.Hash {
	return common.HexToHash("0x5419376ac9c2527386ba5d8758ca08c38e4273d9a9ec4ebd8ba2baada064d709")
}

// UnpackBadWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadWindow()
func (inferenceOracle *InferenceOracle) UnpackBadWindowError(raw []byte) (*InferenceOracleBadWindow, error) {
	out := new(InferenceOracleBadWindow)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "BadWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleCallbackGasTooHigh represents a CallbackGasTooHigh error raised by the InferenceOracle contract.
type InferenceOracleCallbackGasTooHigh struct {
	Got uint64
	Max uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallbackGasTooHigh(uint64 got, uint64 max)
func InferenceOracleCallbackGasTooHighErrorID() common.Hash {
	return common.HexToHash("0x8473e5b324b32efd9980fb2b5ab2022eb50d31f1a0c3c5a6a01344f8453bb6f5")
}

// UnpackCallbackGasTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallbackGasTooHigh(uint64 got, uint64 max)
func (inferenceOracle *InferenceOracle) UnpackCallbackGasTooHighError(raw []byte) (*InferenceOracleCallbackGasTooHigh, error) {
	out := new(InferenceOracleCallbackGasTooHigh)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "CallbackGasTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleClaimMismatch represents a ClaimMismatch error raised by the InferenceOracle contract.
type InferenceOracleClaimMismatch struct {
	ClaimId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimMismatch(uint256 claimId)
func InferenceOracleClaimMismatchErrorID() common.Hash {
	return common.HexToHash("0x89466a76e3aa7ba7dbebb771283d66ef8fe82b4aa11e9a684fabe8f0f587da24")
}

// UnpackClaimMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimMismatch(uint256 claimId)
func (inferenceOracle *InferenceOracle) UnpackClaimMismatchError(raw []byte) (*InferenceOracleClaimMismatch, error) {
	out := new(InferenceOracleClaimMismatch)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "ClaimMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleClaimNotPending represents a ClaimNotPending error raised by the InferenceOracle contract.
type InferenceOracleClaimNotPending struct {
	ClaimId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimNotPending(uint256 claimId, uint8 status)
func InferenceOracleClaimNotPendingErrorID() common.Hash {
	return common.HexToHash("0xe09254269f848de629fa881f8812500819e0e922487deb119342691c3b0754bf")
}

// UnpackClaimNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimNotPending(uint256 claimId, uint8 status)
func (inferenceOracle *InferenceOracle) UnpackClaimNotPendingError(raw []byte) (*InferenceOracleClaimNotPending, error) {
	out := new(InferenceOracleClaimNotPending)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "ClaimNotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleClaimsPending represents a ClaimsPending error raised by the InferenceOracle contract.
type InferenceOracleClaimsPending struct {
	RequestId     *big.Int
	PendingClaims uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimsPending(uint256 requestId, uint32 pendingClaims)
func InferenceOracleClaimsPendingErrorID() common.Hash {
	return common.HexToHash("0xb27607cc79f7c3c8a7a8bdcdf42cf17bc8582e23f1c3699a6390122d775c77e3")
}

// UnpackClaimsPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimsPending(uint256 requestId, uint32 pendingClaims)
func (inferenceOracle *InferenceOracle) UnpackClaimsPendingError(raw []byte) (*InferenceOracleClaimsPending, error) {
	out := new(InferenceOracleClaimsPending)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "ClaimsPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleCompletionRequest represents a CompletionRequest error raised by the InferenceOracle contract.
type InferenceOracleCompletionRequest struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CompletionRequest(uint256 requestId)
func InferenceOracleCompletionRequestErrorID() common.Hash {
	return common.HexToHash("0x09e251e3c2af052561afaaecc7416230bcf5c0eea37b97edbf26b4d3feeae7f9")
}

// UnpackCompletionRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CompletionRequest(uint256 requestId)
func (inferenceOracle *InferenceOracle) UnpackCompletionRequestError(raw []byte) (*InferenceOracleCompletionRequest, error) {
	out := new(InferenceOracleCompletionRequest)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "CompletionRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleFeeTooLarge represents a FeeTooLarge error raised by the InferenceOracle contract.
type InferenceOracleFeeTooLarge struct {
	Fee *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooLarge(uint256 fee)
func InferenceOracleFeeTooLargeErrorID() common.Hash {
	return common.HexToHash("0x3598f179a1385729a7e248e776b572af93a1d044d5bdc732f93f88a7b5ad25d5")
}

// UnpackFeeTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooLarge(uint256 fee)
func (inferenceOracle *InferenceOracle) UnpackFeeTooLargeError(raw []byte) (*InferenceOracleFeeTooLarge, error) {
	out := new(InferenceOracleFeeTooLarge)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "FeeTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleGamesOpen represents a GamesOpen error raised by the InferenceOracle contract.
type InferenceOracleGamesOpen struct {
	ClaimId   *big.Int
	OpenGames uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GamesOpen(uint256 claimId, uint32 openGames)
func InferenceOracleGamesOpenErrorID() common.Hash {
	return common.HexToHash("0xe4b8a2af2cd99a16e0e734b7d3a01e04a8dfbbcd532d798dcf91145a82a39a0f")
}

// UnpackGamesOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GamesOpen(uint256 claimId, uint32 openGames)
func (inferenceOracle *InferenceOracle) UnpackGamesOpenError(raw []byte) (*InferenceOracleGamesOpen, error) {
	out := new(InferenceOracleGamesOpen)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "GamesOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleInsufficientGasForCallback represents a InsufficientGasForCallback error raised by the InferenceOracle contract.
type InferenceOracleInsufficientGasForCallback struct {
	Left   *big.Int
	Needed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientGasForCallback(uint256 left, uint256 needed)
func InferenceOracleInsufficientGasForCallbackErrorID() common.Hash {
	return common.HexToHash("0x486594e4294b5c5cda5e4703b770d5a6063f94fe0fac7cf887908574a407e4b8")
}

// UnpackInsufficientGasForCallbackError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientGasForCallback(uint256 left, uint256 needed)
func (inferenceOracle *InferenceOracle) UnpackInsufficientGasForCallbackError(raw []byte) (*InferenceOracleInsufficientGasForCallback, error) {
	out := new(InferenceOracleInsufficientGasForCallback)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "InsufficientGasForCallback", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleNotCompletionModel represents a NotCompletionModel error raised by the InferenceOracle contract.
type InferenceOracleNotCompletionModel struct {
	ModelId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCompletionModel(bytes32 modelId)
func InferenceOracleNotCompletionModelErrorID() common.Hash {
	return common.HexToHash("0x3fcc864f635d75fde1e5fbc759ab067d1dc788036e8f61ff8536de9d0d498923")
}

// UnpackNotCompletionModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCompletionModel(bytes32 modelId)
func (inferenceOracle *InferenceOracle) UnpackNotCompletionModelError(raw []byte) (*InferenceOracleNotCompletionModel, error) {
	out := new(InferenceOracleNotCompletionModel)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "NotCompletionModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleNotCompletionRequest represents a NotCompletionRequest error raised by the InferenceOracle contract.
type InferenceOracleNotCompletionRequest struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCompletionRequest(uint256 requestId)
func InferenceOracleNotCompletionRequestErrorID() common.Hash {
	return common.HexToHash("0xd3f221025714cbdad7acc5d3cb59964a29f74af4ea15d7656df35353006b8d3c")
}

// UnpackNotCompletionRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCompletionRequest(uint256 requestId)
func (inferenceOracle *InferenceOracle) UnpackNotCompletionRequestError(raw []byte) (*InferenceOracleNotCompletionRequest, error) {
	out := new(InferenceOracleNotCompletionRequest)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "NotCompletionRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleNotConsumer represents a NotConsumer error raised by the InferenceOracle contract.
type InferenceOracleNotConsumer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotConsumer(address caller)
func InferenceOracleNotConsumerErrorID() common.Hash {
	return common.HexToHash("0x5bca3de4fac695d43afae3467a4e9b7aa88031896428078695c88df3e39c0b89")
}

// UnpackNotConsumerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotConsumer(address caller)
func (inferenceOracle *InferenceOracle) UnpackNotConsumerError(raw []byte) (*InferenceOracleNotConsumer, error) {
	out := new(InferenceOracleNotConsumer)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "NotConsumer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleNotGame represents a NotGame error raised by the InferenceOracle contract.
type InferenceOracleNotGame struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGame(address caller)
func InferenceOracleNotGameErrorID() common.Hash {
	return common.HexToHash("0x7dfe47d8f47e7b05297eef681bccae0e1b2c1bc186022ed32c571abe2bb9fcd3")
}

// UnpackNotGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGame(address caller)
func (inferenceOracle *InferenceOracle) UnpackNotGameError(raw []byte) (*InferenceOracleNotGame, error) {
	out := new(InferenceOracleNotGame)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "NotGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleNothingToWithdraw represents a NothingToWithdraw error raised by the InferenceOracle contract.
type InferenceOracleNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func InferenceOracleNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (inferenceOracle *InferenceOracle) UnpackNothingToWithdrawError(raw []byte) (*InferenceOracleNothingToWithdraw, error) {
	out := new(InferenceOracleNothingToWithdraw)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOraclePromptMismatch represents a PromptMismatch error raised by the InferenceOracle contract.
type InferenceOraclePromptMismatch struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PromptMismatch(uint256 requestId)
func InferenceOraclePromptMismatchErrorID() common.Hash {
	return common.HexToHash("0x5517b531d58dc3651b2e4ed31b9cbd236eaadab5a8f0a96c3808832850bd6e7a")
}

// UnpackPromptMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PromptMismatch(uint256 requestId)
func (inferenceOracle *InferenceOracle) UnpackPromptMismatchError(raw []byte) (*InferenceOraclePromptMismatch, error) {
	out := new(InferenceOraclePromptMismatch)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "PromptMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleReentrancy represents a Reentrancy error raised by the InferenceOracle contract.
type InferenceOracleReentrancy struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Reentrancy()
func InferenceOracleReentrancyErrorID() common.Hash {
	return common.HexToHash("0xab143c06c9772d69bbbc9f2fe74acd02f810e93b099f3d1dac8448ac9ae35991")
}

// UnpackReentrancyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Reentrancy()
func (inferenceOracle *InferenceOracle) UnpackReentrancyError(raw []byte) (*InferenceOracleReentrancy, error) {
	out := new(InferenceOracleReentrancy)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "Reentrancy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleRequestExpired represents a RequestExpired error raised by the InferenceOracle contract.
type InferenceOracleRequestExpired struct {
	RequestId *big.Int
	ExpiresAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestExpired(uint256 requestId, uint64 expiresAt)
func InferenceOracleRequestExpiredErrorID() common.Hash {
	return common.HexToHash("0xa3242b718565ce7b3720c559bbd25629fec52fe5db60dbc440bfed9e875a0039")
}

// UnpackRequestExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestExpired(uint256 requestId, uint64 expiresAt)
func (inferenceOracle *InferenceOracle) UnpackRequestExpiredError(raw []byte) (*InferenceOracleRequestExpired, error) {
	out := new(InferenceOracleRequestExpired)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "RequestExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleRequestNotExpired represents a RequestNotExpired error raised by the InferenceOracle contract.
type InferenceOracleRequestNotExpired struct {
	RequestId *big.Int
	ExpiresAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestNotExpired(uint256 requestId, uint64 expiresAt)
func InferenceOracleRequestNotExpiredErrorID() common.Hash {
	return common.HexToHash("0x7eb4c8cc24765107b62b1a5b5f7a252ea2c93d8ce85728ab1a9091d14fb3f34f")
}

// UnpackRequestNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestNotExpired(uint256 requestId, uint64 expiresAt)
func (inferenceOracle *InferenceOracle) UnpackRequestNotExpiredError(raw []byte) (*InferenceOracleRequestNotExpired, error) {
	out := new(InferenceOracleRequestNotExpired)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "RequestNotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleRequestNotOpen represents a RequestNotOpen error raised by the InferenceOracle contract.
type InferenceOracleRequestNotOpen struct {
	RequestId *big.Int
	Status    uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestNotOpen(uint256 requestId, uint8 status)
func InferenceOracleRequestNotOpenErrorID() common.Hash {
	return common.HexToHash("0xae6914f910299fca20a59ff775326e2a0ebcc65f82202c468c7ecd2266a956d1")
}

// UnpackRequestNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestNotOpen(uint256 requestId, uint8 status)
func (inferenceOracle *InferenceOracle) UnpackRequestNotOpenError(raw []byte) (*InferenceOracleRequestNotOpen, error) {
	out := new(InferenceOracleRequestNotOpen)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "RequestNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleTokenTooWide represents a TokenTooWide error raised by the InferenceOracle contract.
type InferenceOracleTokenTooWide struct {
	Index      *big.Int
	Token      *big.Int
	TokenBytes uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenTooWide(uint256 index, uint256 token, uint8 tokenBytes)
func InferenceOracleTokenTooWideErrorID() common.Hash {
	return common.HexToHash("0xe8101138119b7b447c7979b9e9cd98fb6163737f125273b590e8468a16d92848")
}

// UnpackTokenTooWideError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenTooWide(uint256 index, uint256 token, uint8 tokenBytes)
func (inferenceOracle *InferenceOracle) UnpackTokenTooWideError(raw []byte) (*InferenceOracleTokenTooWide, error) {
	out := new(InferenceOracleTokenTooWide)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "TokenTooWide", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleUnknownClaim represents a UnknownClaim error raised by the InferenceOracle contract.
type InferenceOracleUnknownClaim struct {
	ClaimId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownClaim(uint256 claimId)
func InferenceOracleUnknownClaimErrorID() common.Hash {
	return common.HexToHash("0xf3dc2772ad1b6f102be43b4e246474c67c59b2e25bcc633b2c1e8b0bbea918cc")
}

// UnpackUnknownClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownClaim(uint256 claimId)
func (inferenceOracle *InferenceOracle) UnpackUnknownClaimError(raw []byte) (*InferenceOracleUnknownClaim, error) {
	out := new(InferenceOracleUnknownClaim)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "UnknownClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleUnknownGame represents a UnknownGame error raised by the InferenceOracle contract.
type InferenceOracleUnknownGame struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownGame(uint256 gameId)
func InferenceOracleUnknownGameErrorID() common.Hash {
	return common.HexToHash("0xc006e93f4a4e00aa2ee469ba931a709192bce33e7b1f52a163a645fc2ef79abe")
}

// UnpackUnknownGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownGame(uint256 gameId)
func (inferenceOracle *InferenceOracle) UnpackUnknownGameError(raw []byte) (*InferenceOracleUnknownGame, error) {
	out := new(InferenceOracleUnknownGame)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "UnknownGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleUnknownRequest represents a UnknownRequest error raised by the InferenceOracle contract.
type InferenceOracleUnknownRequest struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRequest(uint256 requestId)
func InferenceOracleUnknownRequestErrorID() common.Hash {
	return common.HexToHash("0x1f79bbe7615659139997ff125b66c4ba38cac7dfa6b433c10ed50c7d053634ff")
}

// UnpackUnknownRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRequest(uint256 requestId)
func (inferenceOracle *InferenceOracle) UnpackUnknownRequestError(raw []byte) (*InferenceOracleUnknownRequest, error) {
	out := new(InferenceOracleUnknownRequest)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "UnknownRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleWindowClosed represents a WindowClosed error raised by the InferenceOracle contract.
type InferenceOracleWindowClosed struct {
	ClaimId  *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowClosed(uint256 claimId, uint64 deadline)
func InferenceOracleWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x96bff40fd2af68c72a089e094ae79b45538a6f5c99c251473ca81b010ecb8e69")
}

// UnpackWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowClosed(uint256 claimId, uint64 deadline)
func (inferenceOracle *InferenceOracle) UnpackWindowClosedError(raw []byte) (*InferenceOracleWindowClosed, error) {
	out := new(InferenceOracleWindowClosed)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "WindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleWindowOpen represents a WindowOpen error raised by the InferenceOracle contract.
type InferenceOracleWindowOpen struct {
	ClaimId  *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowOpen(uint256 claimId, uint64 deadline)
func InferenceOracleWindowOpenErrorID() common.Hash {
	return common.HexToHash("0xbcbd1a4c7b7bda2e2fa1e7e58025b4e92e405c7005493bae8d6031af4c5eda5d")
}

// UnpackWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowOpen(uint256 claimId, uint64 deadline)
func (inferenceOracle *InferenceOracle) UnpackWindowOpenError(raw []byte) (*InferenceOracleWindowOpen, error) {
	out := new(InferenceOracleWindowOpen)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "WindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleWithdrawFailed represents a WithdrawFailed error raised by the InferenceOracle contract.
type InferenceOracleWithdrawFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawFailed(address to, uint256 amount)
func InferenceOracleWithdrawFailedErrorID() common.Hash {
	return common.HexToHash("0xa2269912b47133fae1d7f448c9284ea248951ac29b8c7c41d301f8721a38d10d")
}

// UnpackWithdrawFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawFailed(address to, uint256 amount)
func (inferenceOracle *InferenceOracle) UnpackWithdrawFailedError(raw []byte) (*InferenceOracleWithdrawFailed, error) {
	out := new(InferenceOracleWithdrawFailed)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "WithdrawFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleWrongBond represents a WrongBond error raised by the InferenceOracle contract.
type InferenceOracleWrongBond struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBond(uint256 got, uint256 want)
func InferenceOracleWrongBondErrorID() common.Hash {
	return common.HexToHash("0x0c5e03da3c3575f08d387f0e59dfdfe46b22550c7a25676fffcb9251582e2c11")
}

// UnpackWrongBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBond(uint256 got, uint256 want)
func (inferenceOracle *InferenceOracle) UnpackWrongBondError(raw []byte) (*InferenceOracleWrongBond, error) {
	out := new(InferenceOracleWrongBond)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "WrongBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleZeroAddress represents a ZeroAddress error raised by the InferenceOracle contract.
type InferenceOracleZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func InferenceOracleZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (inferenceOracle *InferenceOracle) UnpackZeroAddressError(raw []byte) (*InferenceOracleZeroAddress, error) {
	out := new(InferenceOracleZeroAddress)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleZeroHashLevel represents a ZeroHashLevel error raised by the InferenceOracle contract.
type InferenceOracleZeroHashLevel struct {
	Level *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroHashLevel(uint256 level)
func InferenceOracleZeroHashLevelErrorID() common.Hash {
	return common.HexToHash("0xf87c36ca7db26a0a60453031bf7b86ed1b093422e0624abf6b7ad96835768f78")
}

// UnpackZeroHashLevelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroHashLevel(uint256 level)
func (inferenceOracle *InferenceOracle) UnpackZeroHashLevelError(raw []byte) (*InferenceOracleZeroHashLevel, error) {
	out := new(InferenceOracleZeroHashLevel)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "ZeroHashLevel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MerkleMetaData contains all meta data concerning the Merkle contract.
var MerkleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"name\":\"ZeroHashLevel\",\"type\":\"error\"}]",
	ID:  "0cae15b5db07dbb7f962397e8f81413700",
	Bin: "0x6080806040523460175760039081601c823930815050f35b5f80fdfe5f80fd",
}

// Merkle is an auto generated Go binding around an Ethereum contract.
type Merkle struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Merkle) GetABI() abi.ABI {
	return c.abi
}

// NewMerkle creates a new instance of Merkle.
func NewMerkle() *Merkle {
	parsed, err := MerkleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Merkle{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Merkle) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (merkle *Merkle) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], merkle.abi.Errors["ZeroHashLevel"].ID.Bytes()[:4]) {
		return merkle.UnpackZeroHashLevelError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MerkleZeroHashLevel represents a ZeroHashLevel error raised by the Merkle contract.
type MerkleZeroHashLevel struct {
	Level *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroHashLevel(uint256 level)
func MerkleZeroHashLevelErrorID() common.Hash {
	return common.HexToHash("0xf87c36ca7db26a0a60453031bf7b86ed1b093422e0624abf6b7ad96835768f78")
}

// UnpackZeroHashLevelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroHashLevel(uint256 level)
func (merkle *Merkle) UnpackZeroHashLevelError(raw []byte) (*MerkleZeroHashLevel, error) {
	out := new(MerkleZeroHashLevel)
	if err := merkle.abi.UnpackIntoInterface(out, "ZeroHashLevel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryMetaData contains all meta data concerning the ModelRegistry contract.
var ModelRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadURI\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InputClobbersOutput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidHeader\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"OutputTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"UnknownModel\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"registrant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"h0\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"h1\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"h2\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"programRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"weightsRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_OUTPUT_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_URI_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"header\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"programDepth\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"weightsDepth\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"ramDepth\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"numOps\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"ramLeaves\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"weightsLeaves\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"inputDepth\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"outputDepth\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"addr\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"rank\",\"type\":\"uint8\"},{\"internalType\":\"uint32[4]\",\"name\":\"dims\",\"type\":\"uint32[4]\"}],\"internalType\":\"structTensor\",\"name\":\"input\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"addr\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"rank\",\"type\":\"uint8\"},{\"internalType\":\"uint32[4]\",\"name\":\"dims\",\"type\":\"uint32[4]\"}],\"internalType\":\"structTensor\",\"name\":\"output\",\"type\":\"tuple\"}],\"internalType\":\"structModelHeader.Header\",\"name\":\"h\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"isRegistered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"model\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"h0\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"h1\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"h2\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"programRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"weightsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"registrant\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"internalType\":\"structModelRegistry.Model\",\"name\":\"m\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[3]\",\"name\":\"leaves\",\"type\":\"bytes32[3]\"},{\"internalType\":\"bytes32\",\"name\":\"programRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"weightsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "9fdc669f5520c2a1d04f26c8a20764d338",
	Bin: "0x60808060405234601557611345908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806324e3047b1461086557806327258b221461082e57806334cad92814610812578063aab5a877146107f6578063c9817a38146102835763ee19e84b1461005b575f80fd5b3461027f57602036600319011261027f57600435606060e060405161007f816109d1565b5f81525f60208201525f60408201525f838201525f60808201525f60a08201525f60c08201520152805f525f60205260405f2090604051906100c0826109d1565b82548252600183015492602083019384526002810154906040840191825260038101546060850190815260048201549060808601918252600583015493600660a08801946001600160a01b038716865267ffffffffffffffff60c08a019760a01c168752019560405196875f82549261013884610ad1565b808452936001811690811561025d575060011461021a575b5061015d925003886109ee565b60e088019687526001600160a01b03855116156101ef57506040805160208082529851818a01529851908901525160608801525160808701525160a0860152516001600160a01b031660c08501525167ffffffffffffffff1660e08401525161010080840152805161012084018190526101409284928291018385015e5f828201840152601f01601f19168101030190f35b7fa2dc0625000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b90505f9291925260205f20905f915b81831061024257505090602061015d928201015f610150565b80602092948385600194549201015201910190918992610229565b90506020925061015d94915060ff191682840152151560051b8201015f610150565b5f80fd5b3461027f5760c036600319011261027f573660641161027f5760a43567ffffffffffffffff811161027f573660238201121561027f5767ffffffffffffffff81600401351161027f5736602482600401358301011161027f576102ed604435602435600435610b09565b919091156107ce57610303610160830151610cfe565b8060051b90808204602014901517156107ba576110008111610789575061032982610d2c565b610761578060040135158015610752575b61072a576004355f5260243560205260405f206044355f525f60205260405f20905f5260205260405f206064355f5260843560205260405f205f527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb560205260405f20905f5260205260405f2090815f525f6020526001600160a01b03600560405f200154166106fe57604051926103d1846109d1565b600435845260243560208501526044356040850152606435606085015260843560808501523360a085015267ffffffffffffffff421660c08501526040516104276020601f19601f8660040135011601826109ee565b60048301358082526024840160208301375f602084600401358301015260e0850152825f525f60205260e060405f20948051865560208101516001870155604081015160028701556060810151600387015560808101516004870155600586016001600160a01b0360a0830151168154907fffffffff000000000000000000000000000000000000000000000000000000007bffffffffffffffff000000000000000000000000000000000000000060c086015160a01b16921617179055015193845167ffffffffffffffff81116106ea576105066006830154610ad1565b601f8111610696575b50908492916020968790601f83116001146105fb579260068360a0947f93e7c754576a99ea410482513184492528804c115dcd205db3e8c0a8689d1253979467ffffffffffffffff975f926105f0575b50508160011b915f199060031b1c1916179101555b0151166040519081526004358682015260243560408201526044356060820152606435608082015260843560a082015260e060c0820152836004013560e08201528360040135602485016101008301375f610100856004013583010152610100813395601f8019916004013501168101030190a3604051908152f35b015190508c8061055f565b90600684015f52805f20915f5b601f198516811061067c57506001847f93e7c754576a99ea410482513184492528804c115dcd205db3e8c0a8689d1253979467ffffffffffffffff979460069460a098601f19811610610664575b505050811b01910155610574565b01515f1960f88460031b161c191690558c8080610656565b818301518455899750600190930192918a01918a01610608565b8181111561050f5795600683015f5260205f20601f830160051c90602084106106e2575b810197601f0160051c035f5b8181106106d55750509561050f565b5f898201556001016106c6565b5f91506106ba565b634e487b7160e01b5f52604160045260245ffd5b507f77caf672000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f8e5c1871000000000000000000000000000000000000000000000000000000005f5260045ffd5b5061080081600401351161033a565b7feca2a2a7000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f72cd7bff000000000000000000000000000000000000000000000000000000005f5260045261100060245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b7fbabb01dd000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461027f575f36600319011261027f5760206040516108008152f35b3461027f575f36600319011261027f5760206040516110008152f35b3461027f57602036600319011261027f576004355f525f60205260206001600160a01b03600560405f200154161515604051908152f35b3461027f57602036600319011261027f57600435610881610a58565b50805f525f60205260405f20906001600160a01b03600583015416156101ef576103006108bb838054906002600182015491015491610b09565b506109776101606040519260ff815116845260ff602082015116602085015260ff604082015116604085015260ff606082015116606085015263ffffffff608082015116608085015267ffffffffffffffff60a08201511660a085015263ffffffff60c08201511660c085015263ffffffff60e08201511660e085015260ff6101008201511661010085015260ff6101208201511661012085015261096a610140820151610140860190610979565b0151610220830190610979565bf35b6060809163ffffffff815116845260ff602082015116602085015260ff6040820151166040850152015191015f905b600482106109b557505050565b60208060019263ffffffff8651168152019301910190916109a8565b610100810190811067ffffffffffffffff8211176106ea57604052565b90601f8019910116810190811067ffffffffffffffff8211176106ea57604052565b604051906080820182811067ffffffffffffffff8211176106ea57604052815f81525f60208201525f6040820152606060405191610a4f6080846109ee565b60803684370152565b60405190610180820182811067ffffffffffffffff8211176106ea57604052815f81525f60208201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201525f6101008201525f610120820152610abb610a10565b610140820152610160610acc610a10565b910152565b90600182811c92168015610aff575b6020831014610aeb57565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610ae0565b929190610b14610a58565b93610b248160f81c808752610e65565b15610cf7578060ff65ffffffffffff9260f01c16602087015260ff8160e81c16604087015260ff8160e01c16606087015263ffffffff8160c01c16608087015267ffffffffffffffff8160801c1660a087015263ffffffff8160601c1660c087015263ffffffff8160401c1660e087015260ff8160381c1661010087015260ff8160301c1661012087015216610cf157610c268161014086015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b15908115610cdd575b50610cd857610ca68161016085015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b15908115610cc4575b50610cc057610cbd82610ea5565b90565b5f90565b67ffffffffffffffff91501615155f610caf565b505f90565b67ffffffffffffffff91501615155f610c2f565b50505f90565b5050505f90565b601f610d09826110f7565b91610d2360ff6020610d1a846112e1565b93015116611324565b020160051c0290565b610140810190610d3c8251610cfe565b8015908115610e4e575b50610cf157610160015163ffffffff815116159182610d66575b50501590565b909150519060ff60208301511660ff602083015116149182610e35575b82610e14575b82610ded575b82610dc6575b82610da4575b50505f80610d60565b63ffffffff919250606082818080940151015116930151015116145f80610d9b565b915063ffffffff6040606084015101511663ffffffff604060608401510151161491610d95565b915063ffffffff6020606084015101511663ffffffff602060608401510151161491610d8f565b915063ffffffff6060830151511663ffffffff606083015151161491610d89565b915060ff60408301511660ff6040830151161491610d83565b905063ffffffff610160830151511610155f610d46565b60ff1660018110159081610e77575090565b60029150111590565b906004811015610e915760051b0190565b634e487b7160e01b5f52603260045260245ffd5b610eb260ff825116610e65565b15610cd8576080810190610ed06403fffffffc835160021b1661116e565b91600283106110ee575b602082019260ff845116148015906110cb575b80156110a8575b8015611086575b801561105f575b610cf75763ffffffff630100000091511611610cf1576060810191602060ff8451161190811561104c575b811561103c575b50610cf15767ffffffffffffffff60a082015116801590811561102a575b50610cf15761014081015163ffffffff81511615801590611012575b610cf757610f8860c083019163ffffffff8351169061123b565b15908115610ff2575b50610cf157600160ff61012063ffffffff6101608501515116930151161b8015610fde57808206159283610fc6575b50505090565b60019192935060ff9051161b910111155f8080610fc0565b634e487b7160e01b5f52601260045260245ffd5b61100b915063ffffffff6101608401519151169061123b565b155f610f91565b5061102460ff60208301511683611217565b15610f6e565b6740000000000000009150115f610f52565b6020915060ff905116115f610f34565b9050602060ff6040840151161190610f2d565b5060ff6101208301511661107f61107a610160850151610cfe565b61116e565b1415610f02565b5060ff610100830151166110a161107a610140850151610cfe565b1415610efb565b5060ff6060830151166110c463ffffffff60c08501511661116e565b1415610ef4565b5060ff6040830151166110e763ffffffff60e08501511661116e565b1415610eed565b60029250610eda565b60ff6040820151169060028210611167576060015163ffffffff8151169160028111611154575b60038111611140575b600410611132575090565b6060015163ffffffff160290565b604082015163ffffffff1690920291611127565b9163ffffffff602083015116029161111e565b5050600190565b5f906001811115610cf1575f1901908160401c611210578160019260201c80611203575b508060101c806111f6575b508060081c806111e9575b508060041c806111dc575b508060021c806111cf575b50821c6111c9570190565b81010190565b600291509101905f6111be565b600491509101905f6111b3565b600891509101905f6111a8565b601091509101905f61119d565b602091509101905f611192565b5050604090565b9060ff16600181146111675760021461122f57505f90565b60ff6002915116101590565b61124b60ff602083015116611324565b15610cf15760ff60408201511660048111610cf75760608201519060015f5b6004811061128d575050505061128763ffffffff82511691610cfe565b01111590565b63ffffffff61129c8286610e80565b51168382106112bd576112b3576001905b0161126a565b5050505050505f90565b806112cc575b506001906112ad565b90910290638000000082116112b3575f6112c3565b60ff604082015116908115801561131a575b61116757606001515f1982019182116107ba5763ffffffff9161131591610e80565b511690565b50600482116112f3565b60ff166001811461133f5760021461133a575f90565b600490565b5060019056",
}

// ModelRegistry is an auto generated Go binding around an Ethereum contract.
type ModelRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ModelRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewModelRegistry creates a new instance of ModelRegistry.
func NewModelRegistry() *ModelRegistry {
	parsed, err := ModelRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ModelRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ModelRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMAXOUTPUTBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34cad928.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_OUTPUT_BYTES() view returns(uint256)
func (modelRegistry *ModelRegistry) PackMAXOUTPUTBYTES() []byte {
	enc, err := modelRegistry.abi.Pack("MAX_OUTPUT_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXOUTPUTBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34cad928.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_OUTPUT_BYTES() view returns(uint256)
func (modelRegistry *ModelRegistry) TryPackMAXOUTPUTBYTES() ([]byte, error) {
	return modelRegistry.abi.Pack("MAX_OUTPUT_BYTES")
}

// UnpackMAXOUTPUTBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x34cad928.
//
// Solidity: function MAX_OUTPUT_BYTES() view returns(uint256)
func (modelRegistry *ModelRegistry) UnpackMAXOUTPUTBYTES(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("MAX_OUTPUT_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXURILENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaab5a877.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_URI_LENGTH() view returns(uint256)
func (modelRegistry *ModelRegistry) PackMAXURILENGTH() []byte {
	enc, err := modelRegistry.abi.Pack("MAX_URI_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXURILENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaab5a877.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_URI_LENGTH() view returns(uint256)
func (modelRegistry *ModelRegistry) TryPackMAXURILENGTH() ([]byte, error) {
	return modelRegistry.abi.Pack("MAX_URI_LENGTH")
}

// UnpackMAXURILENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaab5a877.
//
// Solidity: function MAX_URI_LENGTH() view returns(uint256)
func (modelRegistry *ModelRegistry) UnpackMAXURILENGTH(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("MAX_URI_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHeader is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24e3047b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function header(bytes32 modelId) view returns((uint8,uint8,uint8,uint8,uint32,uint64,uint32,uint32,uint8,uint8,(uint32,uint8,uint8,uint32[4]),(uint32,uint8,uint8,uint32[4])) h)
func (modelRegistry *ModelRegistry) PackHeader(modelId [32]byte) []byte {
	enc, err := modelRegistry.abi.Pack("header", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHeader is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24e3047b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function header(bytes32 modelId) view returns((uint8,uint8,uint8,uint8,uint32,uint64,uint32,uint32,uint8,uint8,(uint32,uint8,uint8,uint32[4]),(uint32,uint8,uint8,uint32[4])) h)
func (modelRegistry *ModelRegistry) TryPackHeader(modelId [32]byte) ([]byte, error) {
	return modelRegistry.abi.Pack("header", modelId)
}

// UnpackHeader is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24e3047b.
//
// Solidity: function header(bytes32 modelId) view returns((uint8,uint8,uint8,uint8,uint32,uint64,uint32,uint32,uint8,uint8,(uint32,uint8,uint8,uint32[4]),(uint32,uint8,uint8,uint32[4])) h)
func (modelRegistry *ModelRegistry) UnpackHeader(data []byte) (ModelHeaderHeader, error) {
	out, err := modelRegistry.abi.Unpack("header", data)
	if err != nil {
		return *new(ModelHeaderHeader), err
	}
	out0 := *abi.ConvertType(out[0], new(ModelHeaderHeader)).(*ModelHeaderHeader)
	return out0, nil
}

// PackIsRegistered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27258b22.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isRegistered(bytes32 modelId) view returns(bool)
func (modelRegistry *ModelRegistry) PackIsRegistered(modelId [32]byte) []byte {
	enc, err := modelRegistry.abi.Pack("isRegistered", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsRegistered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27258b22.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isRegistered(bytes32 modelId) view returns(bool)
func (modelRegistry *ModelRegistry) TryPackIsRegistered(modelId [32]byte) ([]byte, error) {
	return modelRegistry.abi.Pack("isRegistered", modelId)
}

// UnpackIsRegistered is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27258b22.
//
// Solidity: function isRegistered(bytes32 modelId) view returns(bool)
func (modelRegistry *ModelRegistry) UnpackIsRegistered(data []byte) (bool, error) {
	out, err := modelRegistry.abi.Unpack("isRegistered", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee19e84b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function model(bytes32 modelId) view returns((bytes32,bytes32,bytes32,bytes32,bytes32,address,uint64,string) m)
func (modelRegistry *ModelRegistry) PackModel(modelId [32]byte) []byte {
	enc, err := modelRegistry.abi.Pack("model", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee19e84b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function model(bytes32 modelId) view returns((bytes32,bytes32,bytes32,bytes32,bytes32,address,uint64,string) m)
func (modelRegistry *ModelRegistry) TryPackModel(modelId [32]byte) ([]byte, error) {
	return modelRegistry.abi.Pack("model", modelId)
}

// UnpackModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee19e84b.
//
// Solidity: function model(bytes32 modelId) view returns((bytes32,bytes32,bytes32,bytes32,bytes32,address,uint64,string) m)
func (modelRegistry *ModelRegistry) UnpackModel(data []byte) (ModelRegistryModel, error) {
	out, err := modelRegistry.abi.Unpack("model", data)
	if err != nil {
		return *new(ModelRegistryModel), err
	}
	out0 := *abi.ConvertType(out[0], new(ModelRegistryModel)).(*ModelRegistryModel)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9817a38.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(bytes32[3] leaves, bytes32 programRoot, bytes32 weightsRoot, string uri) returns(bytes32 modelId)
func (modelRegistry *ModelRegistry) PackRegister(leaves [3][32]byte, programRoot [32]byte, weightsRoot [32]byte, uri string) []byte {
	enc, err := modelRegistry.abi.Pack("register", leaves, programRoot, weightsRoot, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9817a38.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(bytes32[3] leaves, bytes32 programRoot, bytes32 weightsRoot, string uri) returns(bytes32 modelId)
func (modelRegistry *ModelRegistry) TryPackRegister(leaves [3][32]byte, programRoot [32]byte, weightsRoot [32]byte, uri string) ([]byte, error) {
	return modelRegistry.abi.Pack("register", leaves, programRoot, weightsRoot, uri)
}

// UnpackRegister is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc9817a38.
//
// Solidity: function register(bytes32[3] leaves, bytes32 programRoot, bytes32 weightsRoot, string uri) returns(bytes32 modelId)
func (modelRegistry *ModelRegistry) UnpackRegister(data []byte) ([32]byte, error) {
	out, err := modelRegistry.abi.Unpack("register", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// ModelRegistryModelRegistered represents a ModelRegistered event raised by the ModelRegistry contract.
type ModelRegistryModelRegistered struct {
	ModelId     [32]byte
	Registrant  common.Address
	NumSteps    uint64
	H0          [32]byte
	H1          [32]byte
	H2          [32]byte
	ProgramRoot [32]byte
	WeightsRoot [32]byte
	Uri         string
	Raw         *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelRegisteredEventName = "ModelRegistered"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelRegistered) ContractEventName() string {
	return ModelRegistryModelRegisteredEventName
}

// UnpackModelRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelRegistered(bytes32 indexed modelId, address indexed registrant, uint64 numSteps, bytes32 h0, bytes32 h1, bytes32 h2, bytes32 programRoot, bytes32 weightsRoot, string uri)
func (modelRegistry *ModelRegistry) UnpackModelRegisteredEvent(log *types.Log) (*ModelRegistryModelRegistered, error) {
	event := "ModelRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelRegistered)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (modelRegistry *ModelRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["BadURI"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackBadURIError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["InputClobbersOutput"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackInputClobbersOutputError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["InvalidHeader"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackInvalidHeaderError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["OutputTooLarge"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackOutputTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["UnknownModel"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackUnknownModelError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ModelRegistryAlreadyRegistered represents a AlreadyRegistered error raised by the ModelRegistry contract.
type ModelRegistryAlreadyRegistered struct {
	ModelId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(bytes32 modelId)
func ModelRegistryAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x77caf672214035207a45708060aa1e2e66841e1b2dbaefae83058807272a7a8a")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(bytes32 modelId)
func (modelRegistry *ModelRegistry) UnpackAlreadyRegisteredError(raw []byte) (*ModelRegistryAlreadyRegistered, error) {
	out := new(ModelRegistryAlreadyRegistered)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryBadURI represents a BadURI error raised by the ModelRegistry contract.
type ModelRegistryBadURI struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadURI()
func ModelRegistryBadURIErrorID() common.Hash {
	return common.HexToHash("0x8e5c1871cb17da67fc4e5cf543bf3434b9727e59f50a38a1b760c575fcf4d38a")
}

// UnpackBadURIError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadURI()
func (modelRegistry *ModelRegistry) UnpackBadURIError(raw []byte) (*ModelRegistryBadURI, error) {
	out := new(ModelRegistryBadURI)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "BadURI", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryInputClobbersOutput represents a InputClobbersOutput error raised by the ModelRegistry contract.
type ModelRegistryInputClobbersOutput struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputClobbersOutput()
func ModelRegistryInputClobbersOutputErrorID() common.Hash {
	return common.HexToHash("0xeca2a2a73d5beef2824333f71b2bf54fb466e42beb0e7f6a2be380577f6ed143")
}

// UnpackInputClobbersOutputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputClobbersOutput()
func (modelRegistry *ModelRegistry) UnpackInputClobbersOutputError(raw []byte) (*ModelRegistryInputClobbersOutput, error) {
	out := new(ModelRegistryInputClobbersOutput)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "InputClobbersOutput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryInvalidHeader represents a InvalidHeader error raised by the ModelRegistry contract.
type ModelRegistryInvalidHeader struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidHeader()
func ModelRegistryInvalidHeaderErrorID() common.Hash {
	return common.HexToHash("0xbabb01ddbf35fa5cb4266dbe78b38e673d97e7c3b147273565c15eb8980ded33")
}

// UnpackInvalidHeaderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidHeader()
func (modelRegistry *ModelRegistry) UnpackInvalidHeaderError(raw []byte) (*ModelRegistryInvalidHeader, error) {
	out := new(ModelRegistryInvalidHeader)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "InvalidHeader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryOutputTooLarge represents a OutputTooLarge error raised by the ModelRegistry contract.
type ModelRegistryOutputTooLarge struct {
	Size *big.Int
	Max  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputTooLarge(uint256 size, uint256 max)
func ModelRegistryOutputTooLargeErrorID() common.Hash {
	return common.HexToHash("0x72cd7bff3ac25a1f3ea0692b84d4cab047392e906802e482d203ce1621686439")
}

// UnpackOutputTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputTooLarge(uint256 size, uint256 max)
func (modelRegistry *ModelRegistry) UnpackOutputTooLargeError(raw []byte) (*ModelRegistryOutputTooLarge, error) {
	out := new(ModelRegistryOutputTooLarge)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "OutputTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryUnknownModel represents a UnknownModel error raised by the ModelRegistry contract.
type ModelRegistryUnknownModel struct {
	ModelId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownModel(bytes32 modelId)
func ModelRegistryUnknownModelErrorID() common.Hash {
	return common.HexToHash("0xa2dc0625b3fe9caa2cc8653c3bb80baa7333672dfd886a80b6343d529b2daa98")
}

// UnpackUnknownModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownModel(bytes32 modelId)
func (modelRegistry *ModelRegistry) UnpackUnknownModelError(raw []byte) (*ModelRegistryUnknownModel, error) {
	out := new(ModelRegistryUnknownModel)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "UnknownModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PoolFamilyMetaData contains all meta data concerning the PoolFamily contract.
var PoolFamilyMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"got\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"want\",\"type\":\"uint8\"}],\"name\":\"AccessKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"AccessMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"}],\"name\":\"AccessProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supplied\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"used\",\"type\":\"uint256\"}],\"name\":\"AccessesUnused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPreState\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModelIdMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"pc\",\"type\":\"uint32\"}],\"name\":\"OpMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"pc\",\"type\":\"uint32\"}],\"name\":\"OpProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OpUnexpected\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutputProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"WitnessAccessKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WitnessDepths\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"flag\",\"type\":\"uint8\"}],\"name\":\"WitnessOpFlag\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"extra\",\"type\":\"uint256\"}],\"name\":\"WitnessTrailing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WitnessTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"}],\"name\":\"WitnessVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"}],\"name\":\"WrongFamily\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"preState\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"postStateHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"preState\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"stepState\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"postState\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "29e7761bb226d30de5ef2988c081d1eacc",
	Bin: "0x60808060405234601557612a15908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806370b31be9146100ac5763f8e0cb961461002f575f80fd5b346100a857602061005361004e6100453661011e565b9291909161020e565b610691565b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8282017fff00000000000000000000000000000000000000000000000000000000000000815116925190201617604051908152f35b5f80fd5b346100a857602060406100c461004e6100453661011e565b815192839181835280519182918282860152018484015e5f828201840152601f01601f19168101030190f35b9181601f840112156100a85782359167ffffffffffffffff83116100a857602083818601950101116100a857565b60406003198201126100a85760043567ffffffffffffffff81116100a85781610149916004016100f0565b929092916024359067ffffffffffffffff82116100a85761016c916004016100f0565b9091565b6040519190601f01601f1916820167ffffffffffffffff81118382101761019657604052565b634e487b7160e01b5f52604160045260245ffd5b60405190610120820182811067ffffffffffffffff82111761019657604052815f81525f60208201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201526101006102046080610170565b9160803684370152565b9392919361021a6101aa565b5060f56102256101aa565b920361066957803560f81c90600282116106695763ffffffff60809260618301359085526001830135602086015260218301356040860152604183013560608601528060c01c84860152818160a01c1660a08601528181851c1660c086015260601c1660e08401526075610100840151910190378060ff8151166106635750604051916101c0830183811067ffffffffffffffff821117610196576040525f83525f60208401525f60408401525f60608401525f60808401525f60a08401525f60c08401525f60e08401525f6101008401525f6101208401525f6101408401525f6101608401525f6101808401525f6101a084015280156104df57843560f81c60018103610638575060a181106104df5760018501359460818101356080850152606181013560608501526041810135604085015260218101356020850152858452600260ff8760f01c1610159586610625575b86610612575b866105ff575b866105e7575b60ff8160301c166101a086015260ff8160e01c1661018086015260ff8160e81c1661016086015282820160a1830110156104df5760a282019060a183013560f81c600181036105b1575090871561058057600160a087015260c0860152610122820160e086015261012260011960ff8360f01c160160051b806101008801528301019083830182116104df575b8383018210156104df576001823560f81c92019782151590816105a8575b50610580579080610120870152876101408701525f915b8183106104a057505050818101860361047057505061046d9293506107b1565b90565b8592507fbae27caa000000000000000000000000000000000000000000000000000000005f52010360045260245ffd5b9091978484018110156104df57803560f81c60018103610507575060219060ff8360e81c165b60051b01019784840189116104df57600101919061044d565b7f87da407a000000000000000000000000000000000000000000000000000000005f5260045ffd5b600281148015610576575b15610527575060219060ff8360e01c166104c6565b60048103610547575060219060ff8360301c1660ff8460e01c16036104c6565b897f7669a5f4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5060038114610512565b7fb8825502000000000000000000000000000000000000000000000000000000005f5260045ffd5b9050155f610436565b806105bc5750610418565b7fb07830b9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b955060ff8660e01c1660ff8760301c1611159561038b565b9550604060ff8760e01c16111595610385565b9550604060ff8760e81c1611159561037f565b9550604060ff8760f01c16111595610379565b7f02ed372a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b93505050565b7fca756003000000000000000000000000000000000000000000000000000000005f5260045ffd5b9061012060f560606106a283610170565b828152926020840190601f190136823783957fffffffffffffffff000000000000000000000000000000000000000000000000608082015160c01b1677ffffffff000000000000000000000000000000000000000060a083015160a01b161773ffffffff0000000000000000000000000000000060c083015160801b16176fffffffff00000000000000000000000060e0830151851b16179080519260208201516040830151917fff00000000000000000000000000000000000000000000000000000000000000610100888601519501519660f81b169052602188015260418701526061860152608185015280516095850152602081015160b5850152604081015160d58501520151910152565b6107b96101aa565b5081516020830180519060408501908151606087019485519160808901958651925f5260205260405f20905f525f60205260405f20905f5260205260405f20915f5260205260405f205f527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb560205260405f20905f5260205260405f20602086015103610fb757610867916080860167ffffffffffffffff6001818351160116905286519151905191611019565b919091158015610f9a575b8015610f56575b610f4057604084019182519360405194610140860186811067ffffffffffffffff821117610196576040525f8652858860208201925f845260408301905f825260608401975f895260808501905f825260a08601925f845261012060c08801965f885260e08901985f8a525f6101008201525f838201526101408201519052015185528a525190526101608c015190526101808b015182526101a08b0151835260a08a019363ffffffff85511663ffffffff60808901511614610e32575050505060a088015115610dff5761098660c089015192516040845f3760405f2060408086015f3760405f20905f5260205260405f2063ffffffff84511660e08c0151916101008d015193611355565b15610dcc575060405191610300830183811067ffffffffffffffff821117610196576040525f83526109b6610fdf565b60208401526109c3610fdf565b60408401526109d0610fdf565b60608401525f60808401525f60a08401525f60c08401525f60e08401525f6101008401525f6101208401525f6101408401525f6101608401525f6101808401525f6101a08401525f6101c08401525f6101e08401525f6102008401525f6102208401525f6102408401525f6102608401525f6102808401525f6102a08401525f6102c08401525f6102e0840152813560f81c8352610ad96002830135602085015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b610b4e601a840135604086015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b610bc36032850135606087015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b604a85013560e081811c60808981019190915263ffffffff60c084811c821660a0808d019190915261ffff60b087901c8116838e015286821c81168d870152609087811c82166101008f01529487901c81166101208e0152607087901c81166101408e0152606087901c166101608d0152604086901c83166101808d015260ff603887901c81165f90810b6101a08f0152603088901c8216810b6101c08f0152602888901c8216810b6101e08f0152602088901c8216810b6102008f015260189790971c811690960b6102208d015260678b01359485901d600390810b6102408e01529185901c8316820b6102608d015284901c909116900b6102808a0152609882901c83166102a08a015281901c82166102c089015260881c166102e08701529082610dc4575b5081610dbc575b5080610dad575b80610d92575b15918215610d67575b508115610d4e575b50610d405783610d209186611497565b15610d335761046d939450519052611402565b5050509061046d9161127d565b505050509061046d9161127d565b905060ff610d5f8184511692611475565b16105f610d10565b81925063ffffffff60c0610d8a9301511663ffffffff60e085015116918561142c565b15905f610d08565b5069ffffffffffffffffffff606783013560381c1615610cff565b5060ff823560f01c1615610cf9565b90505f610cf2565b91505f610ceb565b63ffffffff9051167f37782a63000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b63ffffffff9051167f8a61f9f8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b959350955096959250989760a00151610f185782519351841015610f0557845192833560f81c9660018501359760048103610eea5750610eab969798999a600191519051900360051b9560218781880197010189520190528660ff61012063ffffffff61016085015151169301511691821c92516113ae565b15610ec25761046d91600184526060840152611402565b7f8ccf6233000000000000000000000000000000000000000000000000000000005f5260045ffd5b8663ed42de4760e01b5f52600452602452600460445260645ffd5b836334cd7e7b60e11b5f5260045260245ffd5b7fc8e43713000000000000000000000000000000000000000000000000000000005f5260045ffd5b5050509060a0810151610f185761046d9161127d565b5063ffffffff60a08501511663ffffffff608084015116148015610879575060c084015163ffffffff16151580610879575063ffffffff60e0850151161515610879565b5063ffffffff60a08501511663ffffffff60808401511610610872565b7fbe2aa302000000000000000000000000000000000000000000000000000000005f5260045ffd5b604051906080820182811067ffffffffffffffff82111761019657604052815f81525f60208201525f604082015260606102046080610170565b92919060405193610180850185811067ffffffffffffffff821117610196576040525f85525f60208601525f60408601525f60608601525f60808601525f60a08601525f60c08601525f60e08601525f6101008601525f61012086015261107e610fdf565b61014086015261108c610fdf565b610160860152846110a28260f81c8083526115e3565b1561127357508060ff65ffffffffffff9260f01c16602087015260ff8160e81c16604087015260ff8160e01c16606087015263ffffffff8160c01c16608087015267ffffffffffffffff8160801c1660a087015263ffffffff8160601c1660c087015263ffffffff8160401c1660e087015260ff8160381c1661010087015260ff8160301c166101208701521661126d576111a58161014086015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b15908115611259575b50611254576112258161016085015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b15908115611240575b5061123c5761046d82611641565b5f90565b67ffffffffffffffff91501615155f61122e565b505f90565b67ffffffffffffffff91501615155f6111ae565b50505f90565b94505f9392505050565b906101209061128a6101aa565b5001518061129a57506002815290565b6363aa933560e01b5f526004525f60245260445ffd5b90916020820190815191604084015183101561134257835192833560f81c60ff6001860135971690818103611329575060019190828103611307575060a08601515b60051b95602180870197809701019052019052565b60040361131f5760c086015160e087015190036112f2565b60c08601516112f2565b8263ed42de4760e01b5f5260045260245260445260645ffd5b826334cd7e7b60e11b5f5260045260245ffd5b93919290928260051c602681116113835781901c61137a5761137693611896565b1490565b50505050505f90565b5050505050505f90565b93919290928260051c602881116113835781901c61137a5761137693611896565b94929093918360051c90602881119081156113d9575b506113835781901c61137a5761137693611896565b9050602803602881116113ee5781115f6113c4565b634e487b7160e01b5f52601160045260245ffd5b60406020820151910151808203611417575050565b6363aa933560e01b5f5260045260245260445ffd5b925090608061143b92846118d3565b156112545761144981611a4a565b156112545761145c63ffffffff91611a88565b9110159081611469575090565b63ffffffff9150111590565b5160ff16600181146114915760021461148c575f90565b600e90565b50600990565b90916114a283611a88565b9181928092021594856115d7575b60c085019563ffffffff875116908582108015906115c3575b6115b75715611552575b50505060e083019063ffffffff6001818451160116808352146114fa575b50505050600190565b5f905263ffffffff600181855116011683526115166080610170565b608036823761010083015263ffffffff83511614611536575b80806114f1565b5f60a092520163ffffffff600181835116011690525f8061152f565b63ffffffff60e087015116906101008701519260ff815116600481145f1461158a575090611582949392916123df565b5f80806114d3565b600581036115a55750906115a0949392916120c7565b611582565b63178be23560e11b5f5260045260245ffd5b50505050505050505f90565b508463ffffffff60e08901511610156114c9565b600193508392506114b0565b60ff16600181101590816115f5575090565b60029150111590565b90600481101561160f5760051b0190565b634e487b7160e01b5f52603260045260245ffd5b811561162d570690565b634e487b7160e01b5f52601260045260245ffd5b61164e60ff8251166115e3565b1561125457608081019061166c6403fffffffc835160021b16611aee565b916002831061188d575b602082019260ff8451161480159061186a575b8015611847575b8015611821575b80156117ef575b61179b5763ffffffff63010000009151161161126d576060810191602060ff845116119081156117dc575b81156117cc575b5061126d5767ffffffffffffffff60a08201511680159081156117ba575b5061126d5761014081015163ffffffff815116158015906117a2575b61179b5761172460c083019163ffffffff83511690611bc2565b1590811561177b575b5061126d57600160ff61012063ffffffff6101608501515116930151161b6117558183611623565b159283611763575b50505090565b60019192935060ff9051161b910111155f808061175d565b611794915063ffffffff61016084015191511690611bc2565b155f61172d565b5050505f90565b506117b460ff60208301511683611b97565b1561170a565b6740000000000000009150115f6116ee565b6020915060ff905116115f6116d0565b9050602060ff60408401511611906116c9565b5060ff6101208301511661181a61016084015161181461180e82612638565b916126a8565b02611aee565b141561169e565b5060ff6101008301511661184061014084015161181461180e82612638565b1415611697565b5060ff60608301511661186363ffffffff60c085015116611aee565b1415611690565b5060ff60408301511661188663ffffffff60e085015116611aee565b1415611689565b60029250611676565b93929091908101905b8181106118ab57505050565b90919360208560051b1690815260208235911852602060405f209460011c910191909161189f565b92915060ff83511680158015611a40575b611a38576118f191611c63565b1561126d57611904816020840151611bc2565b1561126d5760ff82511660068114908115611a2d575b8115611a22575b8115611a17575b811561195c575b5080611947575b61126d57606061046d920151611bc2565b50611956816040840151611bc2565b15611936565b600b9150148061196d575b5f61192f565b506040820151606081015163ffffffff825116159182611a07575b826119f7575b50816119e7575b816119d4575b816119c1575b816119ae575b5015611967565b63ffffffff91506060015116155f6119a7565b604081015163ffffffff161591506119a1565b602081015163ffffffff1615915061199b565b805163ffffffff16159150611995565b6040015160ff161591505f61198e565b602081015160ff16159250611988565b600e81149150611928565b600d81149150611921565b600c8114915061191a565b505050505f90565b50600e81116118e4565b9060ff82511691600483148015611a7e575b611a73578263178be23560e11b5f5260045260245ffd5b61046d919250611f90565b5060058314611a5c565b60ff81511691600483148015611ae4575b611ab0578263178be23560e11b5f5260045260245ffd5b909150600160608301611acd611ac68251612638565b91516126a8565b029261ffff60e08160c08401511692015116020190565b5060058314611a99565b5f90600181111561126d575f1901908160401c611b90578160019260201c80611b83575b508060101c80611b76575b508060081c80611b69575b508060041c80611b5c575b508060021c80611b4f575b50821c611b49570190565b81010190565b600291509101905f611b3e565b600491509101905f611b33565b600891509101905f611b28565b601091509101905f611b1d565b602091509101905f611b12565b5050604090565b9060ff1660018114611bbb57600214611baf57505f90565b60ff6002915116101590565b5050600190565b611bd260ff6020830151166126cc565b1561126d5760ff6040820151166004811161179b5760608201519060015f5b60048110611c19575050505063ffffffff81511690611c1261180e82612638565b0201111590565b63ffffffff611c2882866115fe565b5116838210611c3f57611383576001905b01611bf1565b80611c4e575b50600190611c39565b9091029063800000008211611383575f611c45565b907fff00ffffffffffff0000ffffffffffffffffffffffffffffffff00000000000060ff6dffffffffffff0000ffffffffffff9216600181145f14611cf957506dffffffffffffffffffffffff000019927fffffff00ffffff000000000000000000000000000000000000000000000000005b196060820135169319604082013516921960208201351691199035161717171590565b60028103611d2b575061ffff19927dff00ffffff00000000000000000000000000000000000000000000000000611cd6565b60038103611d57575075ffffffffffffffffffffffffffffffffffffffffffff199260ff60e81b611cd6565b600481148015611f86575b15611dab57507fffffffffffffffffffff0000000000000000ffffffffffffffffffffffff0000927affff00000000000000000000000000000000000000000000000000611cd6565b600681148015611f7c575b8015611f72575b15611e31575075ffffffffffffffffffffffffffffffffffffffffffff19927dffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffff925068ff000000000000ffff60b01b1991507dffffffffffffffffffffffffffffffffffffffff00000000000000000000611cd6565b600c8103611ea8575075ffffffffffffffffffffffffffffffffffffffffffff19927dffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffff925068ff000000000000ffff60b01b1991507dffffffffff0000000000000000ffffffff0000ff00000000000000000000611cd6565b600781148015611f68575b15611ed8575075ffffffffffffffffffffffffffffffffffffffffffff19925f611cd6565b600881148015611f5e575b15611f04575071ffffffffffffffffffffffffffffffffffff19925f611cd6565b600b1415915061125490505771ffffffffffffffffffffffffffffffffffff19907dffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffff9068ff000000000000ffff60b01b199060ff60e81b611cd6565b50600a8114611ee3565b5060098114611eb3565b50600e8114611dbd565b50600d8114611db6565b5060058114611d62565b611f99816126ed565b1561125457602081810151606090810151805181840151604092830151848701519094015180519581015193015163ffffffff9586169695918216949382169392821692821691168190036113835782860202156120b35780159485156120aa575b851561208d575b8515612070575b8515612047575b50508315612020575b5050501590565b8293506101609061ffff610120819495015116905f190102930151160111155f8080612019565b9091945061ffff61010085015116905f1901029061ffff61014085015116011115925f80612010565b945061ffff6101608501511661ffff60e086015116111594612009565b945061ffff6101408501511661ffff60c086015116111594612002565b83159550611ffb565b5050505050600190565b811561162d570490565b92949390916120d960208501516126a8565b93606081019463ffffffff602060608851015101511694612104826120fe81846120bd565b92611623565b9161211961211288846120bd565b9783611623565b9761215161213d602087015161213560ff6020830151166126cc565b9182916128fc565b028660051b9003602081116123d7576120bd565b9561ffff60c08701511661ffff60e08801511680910282106122ed5750509063ffffffff6101209695949392515116910201019160608501966122216121ea8951976121a58760c083019a8b5190846129d1565b509890916101008101998a52019687529861ffff6101008701511661ffff6101408801511661ffff60c0890151169163ffffffff606060208b015101515116936129e1565b9161ffff6101208601511661ffff6101608701511661ffff60e0880151169163ffffffff60206060818b01510151015116936129e1565b02915f926102206102008301515f0b9201515f0b915f8213915b8486106122615750505050505061225d94959650519051915160051b92611896565b9052565b9091929394986001908461228d8f8d9060e090601f198360021b1601519160051b1660e0031c60030b90565b5f916122c5575b5084811285821802189060ff808d601f0360031b938981138a8218021816831b921b1916179901949392919061223b565b90508380841b915f811285146122e057841b01045b5f612294565b5f03841b01045f036122da565b81939699945061232195979b9c9a925061230a9061231a926120bd565b9261ffff60e08b01511690611623565b9288612855565b929192156123cd57602061235b9601519263ffffffff6020606082875116960151015116020102010190606081015160c08201519161293f565b50505f5b83811061236c5750505050565b806123c7836001931a5f0b612398838760e090601f198360021b1601519160051b1660e0031c60030b90565b01828663ffffffff60e08192949394601f198660021b16019460051b1660e0039216821b911b19825116179052565b0161235f565b5050505050505050565b5060206120bd565b929493909160208401926123f384516126a8565b6060860163ffffffff60206060835101510151169561241c8361241681876120bd565b95611623565b9461243161242a89876120bd565b9886611623565b61245d612449845161213560ff6020830151166126cc565b028960051b9003602081116123d7576120bd565b9861ffff60c08c0151169260e08c019361ffff855116809102821061254e575050505050509063ffffffff6101209493925151169102010160608301948551936124af8360c0830196875190846129d1565b50949091610100810195865201928352945f916102206102008201515f0b9101515f0b905b8284106124f4575050505061225d94959650519051915160051b92611896565b9091929660019061251c898d60e090601f198360021b1601519160051b1660e0031c60030b90565b607f190183811284821802189060ff808b601f0360031b93878113888218021816831b921b19161797019291906124d4565b61257d979850612577929394959b9d9e9c965061256e61ffff91836120bd565b95511690611623565b93612855565b929192156123cd576125b495519263ffffffff6020606082875116960151015116020102010190606081015160c08201519161293f565b50505f5b8381106125c55750505050565b806125e96001928560e090601f198360021b1601519160051b1660e0031c60030b90565b608084831a5f0b01908113612600575b50016125b8565b61263290828663ffffffff60e08192949394601f198660021b16019460051b1660e0039216821b911b19825116179052565b5f6125f9565b60ff6040820151169060028210611bbb576060015163ffffffff8151169160028111612695575b60038111612681575b600410612673575090565b6060015163ffffffff160290565b604082015163ffffffff1690920291612668565b9163ffffffff602083015116029161265f565b601f906126c460ff60206126bb846128fc565b930151166126cc565b020160051c90565b60ff16600181146126e7576002146126e2575f90565b600490565b50600190565b61ffff60c0820151168015808015612845575b8015612834575b8015612823575b61179b5761ffff60e0840151168083029283041417156113ee57620100001061125457602081015190600160ff6020840151161480159061280d575b80156127fb575b80156127e5575b61126d57606001519061276a81612638565b612773826126a8565b0261277d83612638565b612786846126a8565b029281151593846127db575b846127be575b50836127a5575050501590565b51915163ffffffff9283169216011190505f8080612019565b90935063ffffffff8351169063ffffffff8551160111925f612798565b8015159450612792565b50600360ff604060608401510151161415612758565b50600360ff6040840151161415612751565b50600160ff60206060840151015116141561274a565b5061ffff610120840151161561270e565b5061ffff6101008401511615612707565b5061ffff60e08401511615612700565b949391929061ffff61010087015116020161ffff6101408601511690039161ffff61012086015116020161ffff610160850151169003925f82129081156128f2575b81156128d8575b81156128bb575b506128b1579190600190565b505f915081908190565b63ffffffff9150606060208092015101510151168312155f6128a5565b6020810151606001515163ffffffff16831215915061289e565b5f85129150612897565b60ff6040820151169081158015612935575b611bbb57606001515f1982019182116113ee5763ffffffff91612930916115fe565b511690565b506004821161290e565b929390919361294f6002856112b0565b81969295919684829781819b1c15948515956129bc575b5050505050612973575050565b602001515f198101919082116113ee5767ffffffffffffffff917f653046b0000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b6129c6955061138d565b155f80848180612966565b929390919361294f6003856112b0565b020391908201905f8312612a0d575b808213612a05575b508181131561126d570390565b90505f6129f8565b5f92506129f056",
}

// PoolFamily is an auto generated Go binding around an Ethereum contract.
type PoolFamily struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PoolFamily) GetABI() abi.ABI {
	return c.abi
}

// NewPoolFamily creates a new instance of PoolFamily.
func NewPoolFamily() *PoolFamily {
	parsed, err := PoolFamilyMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PoolFamily{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PoolFamily) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e0cb96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step(bytes preState, bytes witness) pure returns(bytes32 postStateHash)
func (poolFamily *PoolFamily) PackStep(preState []byte, witness []byte) []byte {
	enc, err := poolFamily.abi.Pack("step", preState, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e0cb96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step(bytes preState, bytes witness) pure returns(bytes32 postStateHash)
func (poolFamily *PoolFamily) TryPackStep(preState []byte, witness []byte) ([]byte, error) {
	return poolFamily.abi.Pack("step", preState, witness)
}

// UnpackStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8e0cb96.
//
// Solidity: function step(bytes preState, bytes witness) pure returns(bytes32 postStateHash)
func (poolFamily *PoolFamily) UnpackStep(data []byte) ([32]byte, error) {
	out, err := poolFamily.abi.Unpack("step", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStepState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70b31be9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepState(bytes preState, bytes witness) pure returns(bytes postState)
func (poolFamily *PoolFamily) PackStepState(preState []byte, witness []byte) []byte {
	enc, err := poolFamily.abi.Pack("stepState", preState, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70b31be9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepState(bytes preState, bytes witness) pure returns(bytes postState)
func (poolFamily *PoolFamily) TryPackStepState(preState []byte, witness []byte) ([]byte, error) {
	return poolFamily.abi.Pack("stepState", preState, witness)
}

// UnpackStepState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70b31be9.
//
// Solidity: function stepState(bytes preState, bytes witness) pure returns(bytes postState)
func (poolFamily *PoolFamily) UnpackStepState(data []byte) ([]byte, error) {
	out, err := poolFamily.abi.Unpack("stepState", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (poolFamily *PoolFamily) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], poolFamily.abi.Errors["AccessKind"].ID.Bytes()[:4]) {
		return poolFamily.UnpackAccessKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], poolFamily.abi.Errors["AccessMissing"].ID.Bytes()[:4]) {
		return poolFamily.UnpackAccessMissingError(raw[4:])
	}
	if bytes.Equal(raw[:4], poolFamily.abi.Errors["AccessProofInvalid"].ID.Bytes()[:4]) {
		return poolFamily.UnpackAccessProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], poolFamily.abi.Errors["AccessesUnused"].ID.Bytes()[:4]) {
		return poolFamily.UnpackAccessesUnusedError(raw[4:])
	}
	if bytes.Equal(raw[:4], poolFamily.abi.Errors["BadPreState"].ID.Bytes()[:4]) {
		return poolFamily.UnpackBadPreStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], poolFamily.abi.Errors["ModelIdMismatch"].ID.Bytes()[:4]) {
		return poolFamily.UnpackModelIdMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], poolFamily.abi.Errors["OpMissing"].ID.Bytes()[:4]) {
		return poolFamily.UnpackOpMissingError(raw[4:])
	}
	if bytes.Equal(raw[:4], poolFamily.abi.Errors["OpProofInvalid"].ID.Bytes()[:4]) {
		return poolFamily.UnpackOpProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], poolFamily.abi.Errors["OpUnexpected"].ID.Bytes()[:4]) {
		return poolFamily.UnpackOpUnexpectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], poolFamily.abi.Errors["OutputProofInvalid"].ID.Bytes()[:4]) {
		return poolFamily.UnpackOutputProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], poolFamily.abi.Errors["WitnessAccessKind"].ID.Bytes()[:4]) {
		return poolFamily.UnpackWitnessAccessKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], poolFamily.abi.Errors["WitnessDepths"].ID.Bytes()[:4]) {
		return poolFamily.UnpackWitnessDepthsError(raw[4:])
	}
	if bytes.Equal(raw[:4], poolFamily.abi.Errors["WitnessOpFlag"].ID.Bytes()[:4]) {
		return poolFamily.UnpackWitnessOpFlagError(raw[4:])
	}
	if bytes.Equal(raw[:4], poolFamily.abi.Errors["WitnessTrailing"].ID.Bytes()[:4]) {
		return poolFamily.UnpackWitnessTrailingError(raw[4:])
	}
	if bytes.Equal(raw[:4], poolFamily.abi.Errors["WitnessTruncated"].ID.Bytes()[:4]) {
		return poolFamily.UnpackWitnessTruncatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], poolFamily.abi.Errors["WitnessVersion"].ID.Bytes()[:4]) {
		return poolFamily.UnpackWitnessVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], poolFamily.abi.Errors["WrongFamily"].ID.Bytes()[:4]) {
		return poolFamily.UnpackWrongFamilyError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PoolFamilyAccessKind represents a AccessKind error raised by the PoolFamily contract.
type PoolFamilyAccessKind struct {
	K    *big.Int
	Got  uint8
	Want uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessKind(uint256 k, uint8 got, uint8 want)
func PoolFamilyAccessKindErrorID() common.Hash {
	return common.HexToHash("0xed42de477c91b674a82d78ccae7a6bd1b13c2a02c493cefdea8120b2adb7f8f1")
}

// UnpackAccessKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessKind(uint256 k, uint8 got, uint8 want)
func (poolFamily *PoolFamily) UnpackAccessKindError(raw []byte) (*PoolFamilyAccessKind, error) {
	out := new(PoolFamilyAccessKind)
	if err := poolFamily.abi.UnpackIntoInterface(out, "AccessKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PoolFamilyAccessMissing represents a AccessMissing error raised by the PoolFamily contract.
type PoolFamilyAccessMissing struct {
	K *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessMissing(uint256 k)
func PoolFamilyAccessMissingErrorID() common.Hash {
	return common.HexToHash("0x699afcf6e727e6315ec8f99ef6630f3cca9c4619d0df5c01ef1607e5bc5d7b22")
}

// UnpackAccessMissingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessMissing(uint256 k)
func (poolFamily *PoolFamily) UnpackAccessMissingError(raw []byte) (*PoolFamilyAccessMissing, error) {
	out := new(PoolFamilyAccessMissing)
	if err := poolFamily.abi.UnpackIntoInterface(out, "AccessMissing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PoolFamilyAccessProofInvalid represents a AccessProofInvalid error raised by the PoolFamily contract.
type PoolFamilyAccessProofInvalid struct {
	K    *big.Int
	Leaf uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessProofInvalid(uint256 k, uint64 leaf)
func PoolFamilyAccessProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x653046b01386a874647cf8dfeaec31349f195e14c122e4f1dfec015d7553d50e")
}

// UnpackAccessProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessProofInvalid(uint256 k, uint64 leaf)
func (poolFamily *PoolFamily) UnpackAccessProofInvalidError(raw []byte) (*PoolFamilyAccessProofInvalid, error) {
	out := new(PoolFamilyAccessProofInvalid)
	if err := poolFamily.abi.UnpackIntoInterface(out, "AccessProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PoolFamilyAccessesUnused represents a AccessesUnused error raised by the PoolFamily contract.
type PoolFamilyAccessesUnused struct {
	Supplied *big.Int
	Used     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessesUnused(uint256 supplied, uint256 used)
func PoolFamilyAccessesUnusedErrorID() common.Hash {
	return common.HexToHash("0x63aa9335aa3796690ab88b33887829d6f794fdd0e4cb3f3724e112b85822efb9")
}

// UnpackAccessesUnusedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessesUnused(uint256 supplied, uint256 used)
func (poolFamily *PoolFamily) UnpackAccessesUnusedError(raw []byte) (*PoolFamilyAccessesUnused, error) {
	out := new(PoolFamilyAccessesUnused)
	if err := poolFamily.abi.UnpackIntoInterface(out, "AccessesUnused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PoolFamilyBadPreState represents a BadPreState error raised by the PoolFamily contract.
type PoolFamilyBadPreState struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPreState()
func PoolFamilyBadPreStateErrorID() common.Hash {
	return common.HexToHash("0xca7560030f9ed8874fdf19ee9c15444f2660d319059c5b08bf496413e4ce796f")
}

// UnpackBadPreStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPreState()
func (poolFamily *PoolFamily) UnpackBadPreStateError(raw []byte) (*PoolFamilyBadPreState, error) {
	out := new(PoolFamilyBadPreState)
	if err := poolFamily.abi.UnpackIntoInterface(out, "BadPreState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PoolFamilyModelIdMismatch represents a ModelIdMismatch error raised by the PoolFamily contract.
type PoolFamilyModelIdMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelIdMismatch()
func PoolFamilyModelIdMismatchErrorID() common.Hash {
	return common.HexToHash("0xbe2aa3022d62b457cd2c326ee36bcac4b80768c146eaed8632048dcfec3e7a4b")
}

// UnpackModelIdMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelIdMismatch()
func (poolFamily *PoolFamily) UnpackModelIdMismatchError(raw []byte) (*PoolFamilyModelIdMismatch, error) {
	out := new(PoolFamilyModelIdMismatch)
	if err := poolFamily.abi.UnpackIntoInterface(out, "ModelIdMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PoolFamilyOpMissing represents a OpMissing error raised by the PoolFamily contract.
type PoolFamilyOpMissing struct {
	Pc uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpMissing(uint32 pc)
func PoolFamilyOpMissingErrorID() common.Hash {
	return common.HexToHash("0x8a61f9f8ae0f72a50352044ef6dfa79f7eaa2f69daa4a553c21daa19bc5da5b2")
}

// UnpackOpMissingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpMissing(uint32 pc)
func (poolFamily *PoolFamily) UnpackOpMissingError(raw []byte) (*PoolFamilyOpMissing, error) {
	out := new(PoolFamilyOpMissing)
	if err := poolFamily.abi.UnpackIntoInterface(out, "OpMissing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PoolFamilyOpProofInvalid represents a OpProofInvalid error raised by the PoolFamily contract.
type PoolFamilyOpProofInvalid struct {
	Pc uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpProofInvalid(uint32 pc)
func PoolFamilyOpProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x37782a63ddd0248fc94515336b590367147d30fcdd67034fab31e313bc9b798e")
}

// UnpackOpProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpProofInvalid(uint32 pc)
func (poolFamily *PoolFamily) UnpackOpProofInvalidError(raw []byte) (*PoolFamilyOpProofInvalid, error) {
	out := new(PoolFamilyOpProofInvalid)
	if err := poolFamily.abi.UnpackIntoInterface(out, "OpProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PoolFamilyOpUnexpected represents a OpUnexpected error raised by the PoolFamily contract.
type PoolFamilyOpUnexpected struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpUnexpected()
func PoolFamilyOpUnexpectedErrorID() common.Hash {
	return common.HexToHash("0xc8e43713c0ee2c754056063a820aea2d7dfb512807bb21c07719008f9d04b52b")
}

// UnpackOpUnexpectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpUnexpected()
func (poolFamily *PoolFamily) UnpackOpUnexpectedError(raw []byte) (*PoolFamilyOpUnexpected, error) {
	out := new(PoolFamilyOpUnexpected)
	if err := poolFamily.abi.UnpackIntoInterface(out, "OpUnexpected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PoolFamilyOutputProofInvalid represents a OutputProofInvalid error raised by the PoolFamily contract.
type PoolFamilyOutputProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputProofInvalid()
func PoolFamilyOutputProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x8ccf6233e9eb070c44d3ce5ebc69779e597688be21ad3af1d5f85858c9c81ce9")
}

// UnpackOutputProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputProofInvalid()
func (poolFamily *PoolFamily) UnpackOutputProofInvalidError(raw []byte) (*PoolFamilyOutputProofInvalid, error) {
	out := new(PoolFamilyOutputProofInvalid)
	if err := poolFamily.abi.UnpackIntoInterface(out, "OutputProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PoolFamilyWitnessAccessKind represents a WitnessAccessKind error raised by the PoolFamily contract.
type PoolFamilyWitnessAccessKind struct {
	K    *big.Int
	Kind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessAccessKind(uint256 k, uint8 kind)
func PoolFamilyWitnessAccessKindErrorID() common.Hash {
	return common.HexToHash("0x7669a5f4604c7f54736ef410bce4930404d4ef1958cb9e8363d3ba7f6e06d60e")
}

// UnpackWitnessAccessKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessAccessKind(uint256 k, uint8 kind)
func (poolFamily *PoolFamily) UnpackWitnessAccessKindError(raw []byte) (*PoolFamilyWitnessAccessKind, error) {
	out := new(PoolFamilyWitnessAccessKind)
	if err := poolFamily.abi.UnpackIntoInterface(out, "WitnessAccessKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PoolFamilyWitnessDepths represents a WitnessDepths error raised by the PoolFamily contract.
type PoolFamilyWitnessDepths struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessDepths()
func PoolFamilyWitnessDepthsErrorID() common.Hash {
	return common.HexToHash("0xb88255024dc31feb433c55eecb6cfbb136c0306a224348e59cd230cb9548372b")
}

// UnpackWitnessDepthsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessDepths()
func (poolFamily *PoolFamily) UnpackWitnessDepthsError(raw []byte) (*PoolFamilyWitnessDepths, error) {
	out := new(PoolFamilyWitnessDepths)
	if err := poolFamily.abi.UnpackIntoInterface(out, "WitnessDepths", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PoolFamilyWitnessOpFlag represents a WitnessOpFlag error raised by the PoolFamily contract.
type PoolFamilyWitnessOpFlag struct {
	Flag uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessOpFlag(uint8 flag)
func PoolFamilyWitnessOpFlagErrorID() common.Hash {
	return common.HexToHash("0xb07830b9c32a2266ff98cb5e5b976ef9416b57d56237b536f736e2fb5fd450f5")
}

// UnpackWitnessOpFlagError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessOpFlag(uint8 flag)
func (poolFamily *PoolFamily) UnpackWitnessOpFlagError(raw []byte) (*PoolFamilyWitnessOpFlag, error) {
	out := new(PoolFamilyWitnessOpFlag)
	if err := poolFamily.abi.UnpackIntoInterface(out, "WitnessOpFlag", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PoolFamilyWitnessTrailing represents a WitnessTrailing error raised by the PoolFamily contract.
type PoolFamilyWitnessTrailing struct {
	Extra *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessTrailing(uint256 extra)
func PoolFamilyWitnessTrailingErrorID() common.Hash {
	return common.HexToHash("0xbae27caa07af259b3a4f9f1c02f9324163b54c8435977d65507077ed1ebba420")
}

// UnpackWitnessTrailingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessTrailing(uint256 extra)
func (poolFamily *PoolFamily) UnpackWitnessTrailingError(raw []byte) (*PoolFamilyWitnessTrailing, error) {
	out := new(PoolFamilyWitnessTrailing)
	if err := poolFamily.abi.UnpackIntoInterface(out, "WitnessTrailing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PoolFamilyWitnessTruncated represents a WitnessTruncated error raised by the PoolFamily contract.
type PoolFamilyWitnessTruncated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessTruncated()
func PoolFamilyWitnessTruncatedErrorID() common.Hash {
	return common.HexToHash("0x87da407a2a971b9b2197acfc9927e8673864889f1595be4c26a63ebbf44ebec4")
}

// UnpackWitnessTruncatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessTruncated()
func (poolFamily *PoolFamily) UnpackWitnessTruncatedError(raw []byte) (*PoolFamilyWitnessTruncated, error) {
	out := new(PoolFamilyWitnessTruncated)
	if err := poolFamily.abi.UnpackIntoInterface(out, "WitnessTruncated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PoolFamilyWitnessVersion represents a WitnessVersion error raised by the PoolFamily contract.
type PoolFamilyWitnessVersion struct {
	Version uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessVersion(uint8 version)
func PoolFamilyWitnessVersionErrorID() common.Hash {
	return common.HexToHash("0x02ed372a870e18c43a88b490fc53de9cdb844991450bdb551aad29efd899b5d8")
}

// UnpackWitnessVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessVersion(uint8 version)
func (poolFamily *PoolFamily) UnpackWitnessVersionError(raw []byte) (*PoolFamilyWitnessVersion, error) {
	out := new(PoolFamilyWitnessVersion)
	if err := poolFamily.abi.UnpackIntoInterface(out, "WitnessVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PoolFamilyWrongFamily represents a WrongFamily error raised by the PoolFamily contract.
type PoolFamilyWrongFamily struct {
	Op uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongFamily(uint8 op)
func PoolFamilyWrongFamilyErrorID() common.Hash {
	return common.HexToHash("0x2f17c46ad1aa77ce0deb11847b4d2a901b3e9a53fc5e48e3cd36172b783e3caf")
}

// UnpackWrongFamilyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongFamily(uint8 op)
func (poolFamily *PoolFamily) UnpackWrongFamilyError(raw []byte) (*PoolFamilyWrongFamily, error) {
	out := new(PoolFamilyWrongFamily)
	if err := poolFamily.abi.UnpackIntoInterface(out, "WrongFamily", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReshapeFamilyMetaData contains all meta data concerning the ReshapeFamily contract.
var ReshapeFamilyMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"got\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"want\",\"type\":\"uint8\"}],\"name\":\"AccessKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"AccessMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"}],\"name\":\"AccessProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supplied\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"used\",\"type\":\"uint256\"}],\"name\":\"AccessesUnused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPreState\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModelIdMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"pc\",\"type\":\"uint32\"}],\"name\":\"OpMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"pc\",\"type\":\"uint32\"}],\"name\":\"OpProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OpUnexpected\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutputProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"WitnessAccessKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WitnessDepths\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"flag\",\"type\":\"uint8\"}],\"name\":\"WitnessOpFlag\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"extra\",\"type\":\"uint256\"}],\"name\":\"WitnessTrailing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WitnessTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"}],\"name\":\"WitnessVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"}],\"name\":\"WrongFamily\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"preState\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"postStateHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"preState\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"stepState\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"postState\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "5107dea1c10838d08fbb2d8bb225fb703e",
	Bin: "0x608080604052346015576125fb908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806370b31be9146100ac5763f8e0cb961461002f575f80fd5b346100a857602061005361004e6100453661011e565b9291909161020e565b610691565b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8282017fff00000000000000000000000000000000000000000000000000000000000000815116925190201617604051908152f35b5f80fd5b346100a857602060406100c461004e6100453661011e565b815192839181835280519182918282860152018484015e5f828201840152601f01601f19168101030190f35b9181601f840112156100a85782359167ffffffffffffffff83116100a857602083818601950101116100a857565b60406003198201126100a85760043567ffffffffffffffff81116100a85781610149916004016100f0565b929092916024359067ffffffffffffffff82116100a85761016c916004016100f0565b9091565b6040519190601f01601f1916820167ffffffffffffffff81118382101761019657604052565b634e487b7160e01b5f52604160045260245ffd5b60405190610120820182811067ffffffffffffffff82111761019657604052815f81525f60208201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201526101006102046080610170565b9160803684370152565b9392919361021a6101aa565b5060f56102256101aa565b920361066957803560f81c90600282116106695763ffffffff60809260618301359085526001830135602086015260218301356040860152604183013560608601528060c01c84860152818160a01c1660a08601528181851c1660c086015260601c1660e08401526075610100840151910190378060ff8151166106635750604051916101c0830183811067ffffffffffffffff821117610196576040525f83525f60208401525f60408401525f60608401525f60808401525f60a08401525f60c08401525f60e08401525f6101008401525f6101208401525f6101408401525f6101608401525f6101808401525f6101a084015280156104df57843560f81c60018103610638575060a181106104df5760018501359460818101356080850152606181013560608501526041810135604085015260218101356020850152858452600260ff8760f01c1610159586610625575b86610612575b866105ff575b866105e7575b60ff8160301c166101a086015260ff8160e01c1661018086015260ff8160e81c1661016086015282820160a1830110156104df5760a282019060a183013560f81c600181036105b1575090871561058057600160a087015260c0860152610122820160e086015261012260011960ff8360f01c160160051b806101008801528301019083830182116104df575b8383018210156104df576001823560f81c92019782151590816105a8575b50610580579080610120870152876101408701525f915b8183106104a057505050818101860361047057505061046d9293506107b1565b90565b8592507fbae27caa000000000000000000000000000000000000000000000000000000005f52010360045260245ffd5b9091978484018110156104df57803560f81c60018103610507575060219060ff8360e81c165b60051b01019784840189116104df57600101919061044d565b7f87da407a000000000000000000000000000000000000000000000000000000005f5260045ffd5b600281148015610576575b15610527575060219060ff8360e01c166104c6565b60048103610547575060219060ff8360301c1660ff8460e01c16036104c6565b897f7669a5f4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5060038114610512565b7fb8825502000000000000000000000000000000000000000000000000000000005f5260045ffd5b9050155f610436565b806105bc5750610418565b7fb07830b9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b955060ff8660e01c1660ff8760301c1611159561038b565b9550604060ff8760e01c16111595610385565b9550604060ff8760e81c1611159561037f565b9550604060ff8760f01c16111595610379565b7f02ed372a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b93505050565b7fca756003000000000000000000000000000000000000000000000000000000005f5260045ffd5b9061012060f560606106a283610170565b828152926020840190601f190136823783957fffffffffffffffff000000000000000000000000000000000000000000000000608082015160c01b1677ffffffff000000000000000000000000000000000000000060a083015160a01b161773ffffffff0000000000000000000000000000000060c083015160801b16176fffffffff00000000000000000000000060e0830151851b16179080519260208201516040830151917fff00000000000000000000000000000000000000000000000000000000000000610100888601519501519660f81b169052602188015260418701526061860152608185015280516095850152602081015160b5850152604081015160d58501520151910152565b6107b96101aa565b5081516020830180519060408501908151606087019485519160808901958651925f5260205260405f20905f525f60205260405f20905f5260205260405f20915f5260205260405f205f527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb560205260405f20905f5260205260405f20602086015103610fb757610867916080860167ffffffffffffffff6001818351160116905286519151905191611019565b919091158015610f9a575b8015610f56575b610f4057604084019182519360405194610140860186811067ffffffffffffffff821117610196576040525f8652858860208201925f845260408301905f825260608401975f895260808501905f825260a08601925f845261012060c08801965f885260e08901985f8a525f6101008201525f838201526101408201519052015185528a525190526101608c015190526101808b015182526101a08b0151835260a08a019363ffffffff85511663ffffffff60808901511614610e32575050505060a088015115610dff5761098660c089015192516040845f3760405f2060408086015f3760405f20905f5260205260405f2063ffffffff84511660e08c0151916101008d015193611355565b15610dcc575060405191610300830183811067ffffffffffffffff821117610196576040525f83526109b6610fdf565b60208401526109c3610fdf565b60408401526109d0610fdf565b60608401525f60808401525f60a08401525f60c08401525f60e08401525f6101008401525f6101208401525f6101408401525f6101608401525f6101808401525f6101a08401525f6101c08401525f6101e08401525f6102008401525f6102208401525f6102408401525f6102608401525f6102808401525f6102a08401525f6102c08401525f6102e0840152813560f81c8352610ad96002830135602085015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b610b4e601a840135604086015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b610bc36032850135606087015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b604a85013560e081811c60808981019190915263ffffffff60c084811c821660a0808d019190915261ffff60b087901c8116838e015286821c81168d870152609087811c82166101008f01529487901c81166101208e0152607087901c81166101408e0152606087901c166101608d0152604086901c83166101808d015260ff603887901c81165f90810b6101a08f0152603088901c8216810b6101c08f0152602888901c8216810b6101e08f0152602088901c8216810b6102008f015260189790971c811690960b6102208d015260678b01359485901d600390810b6102408e01529185901c8316820b6102608d015284901c909116900b6102808a0152609882901c83166102a08a015281901c82166102c089015260881c166102e08701529082610dc4575b5081610dbc575b5080610dad575b80610d92575b15918215610d67575b508115610d4e575b50610d405783610d209186611497565b15610d335761046d939450519052611402565b5050509061046d9161127d565b505050509061046d9161127d565b905060ff610d5f8184511692611475565b16105f610d10565b81925063ffffffff60c0610d8a9301511663ffffffff60e085015116918561142c565b15905f610d08565b5069ffffffffffffffffffff606783013560381c1615610cff565b5060ff823560f01c1615610cf9565b90505f610cf2565b91505f610ceb565b63ffffffff9051167f37782a63000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b63ffffffff9051167f8a61f9f8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b959350955096959250989760a00151610f185782519351841015610f0557845192833560f81c9660018501359760048103610eea5750610eab969798999a600191519051900360051b9560218781880197010189520190528660ff61012063ffffffff61016085015151169301511691821c92516113ae565b15610ec25761046d91600184526060840152611402565b7f8ccf6233000000000000000000000000000000000000000000000000000000005f5260045ffd5b8663ed42de4760e01b5f52600452602452600460445260645ffd5b836334cd7e7b60e11b5f5260045260245ffd5b7fc8e43713000000000000000000000000000000000000000000000000000000005f5260045ffd5b5050509060a0810151610f185761046d9161127d565b5063ffffffff60a08501511663ffffffff608084015116148015610879575060c084015163ffffffff16151580610879575063ffffffff60e0850151161515610879565b5063ffffffff60a08501511663ffffffff60808401511610610872565b7fbe2aa302000000000000000000000000000000000000000000000000000000005f5260045ffd5b604051906080820182811067ffffffffffffffff82111761019657604052815f81525f60208201525f604082015260606102046080610170565b92919060405193610180850185811067ffffffffffffffff821117610196576040525f85525f60208601525f60408601525f60608601525f60808601525f60a08601525f60c08601525f60e08601525f6101008601525f61012086015261107e610fdf565b61014086015261108c610fdf565b610160860152846110a28260f81c8083526117af565b1561127357508060ff65ffffffffffff9260f01c16602087015260ff8160e81c16604087015260ff8160e01c16606087015263ffffffff8160c01c16608087015267ffffffffffffffff8160801c1660a087015263ffffffff8160601c1660c087015263ffffffff8160401c1660e087015260ff8160381c1661010087015260ff8160301c166101208701521661126d576111a58161014086015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b15908115611259575b50611254576112258161016085015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b15908115611240575b5061123c5761046d8261180d565b5f90565b67ffffffffffffffff91501615155f61122e565b505f90565b67ffffffffffffffff91501615155f6111ae565b50505f90565b94505f9392505050565b906101209061128a6101aa565b5001518061129a57506002815290565b6363aa933560e01b5f526004525f60245260445ffd5b90916020820190815191604084015183101561134257835192833560f81c60ff6001860135971690818103611329575060019190828103611307575060a08601515b60051b95602180870197809701019052019052565b60040361131f5760c086015160e087015190036112f2565b60c08601516112f2565b8263ed42de4760e01b5f5260045260245260445260645ffd5b826334cd7e7b60e11b5f5260045260245ffd5b93919290928260051c602681116113835781901c61137a5761137693611a62565b1490565b50505050505f90565b5050505050505f90565b93919290928260051c602881116113835781901c61137a5761137693611a62565b94929093918360051c90602881119081156113d9575b506113835781901c61137a5761137693611a62565b9050602803602881116113ee5781115f6113c4565b634e487b7160e01b5f52601160045260245ffd5b60406020820151910151808203611417575050565b6363aa933560e01b5f5260045260245260445ffd5b9291608061143a9285611a9f565b1561126d576114499082611b80565b156112545761145c63ffffffff91611bc3565b9110159081611469575090565b63ffffffff9150111590565b5160ff16600181146114915760021461148c575f90565b600e90565b50600990565b90916114a283611bc3565b9181928092021594856117a3575b60c085019563ffffffff8751169085821080159061178f575b6117835715611552575b50505060e083019063ffffffff6001818451160116808352146114fa575b50505050600190565b5f905263ffffffff600181855116011683526115166080610170565b608036823761010083015263ffffffff83511614611536575b80806114f1565b5f60a092520163ffffffff600181835116011690525f8061152f565b63ffffffff60e08701511660ff835116600781145f1461162357505060206115ba836115f2936115e660ff6115da8661161b9a99019360606115b28651611598816123c6565b6115ac6115a58287612284565b91866117ef565b91612511565b98908c612493565b960151906115ac6115ca836123c6565b6115d48184612284565b926117ef565b96909351015116612322565b60031b94859187612547565b9360031b01610100039160031b1b83610100031c811b9260015f19911b01901b191617906125d4565b5f80806114d3565b909190600b810361177157506060830161163d81516123c6565b82029363ffffffff60808201511684860160031c018060808801518160a08a015161166960018c6112b0565b93819383989392501c159485159561175c575b505050505061172b57508163ffffffff6116b6926008886101a06116ed9c9b9a99989701515f0b990860051b60e0031c1660030b90612409565b6116f2575b50506116cf6116d79360ff93849351612511565b939086612547565b92601f0360031b9316831b921b191617906125d4565b61161b565b60ff938493965061171c611714846116d798946115ac6115ca6116cf986123c6565b91908a612493565b901a5f0b9693509350936116bb565b60208801515f198101919082116113ee5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b611766955061138d565b155f8083858261167c565b63178be23560e11b5f5260045260245ffd5b50505050505050505f90565b508463ffffffff60e08901511610156114c9565b600193508392506114b0565b60ff16600181101590816117c1575090565b60029150111590565b9060048110156117db5760051b0190565b634e487b7160e01b5f52603260045260245ffd5b81156117f9570690565b634e487b7160e01b5f52601260045260245ffd5b61181a60ff8251166117af565b156112545760808101906118386403fffffffc835160021b16611c28565b9160028310611a59575b602082019260ff84511614801590611a36575b8015611a13575b80156119ed575b80156119bb575b6119675763ffffffff63010000009151161161126d576060810191602060ff845116119081156119a8575b8115611998575b5061126d5767ffffffffffffffff60a0820151168015908115611986575b5061126d5761014081015163ffffffff8151161580159061196e575b611967576118f060c083019163ffffffff83511690611cfc565b15908115611947575b5061126d57600160ff61012063ffffffff6101608501515116930151161b61192181836117ef565b15928361192f575b50505090565b60019192935060ff9051161b910111155f8080611929565b611960915063ffffffff61016084015191511690611cfc565b155f6118f9565b5050505f90565b5061198060ff60208301511683611cd1565b156118d6565b6740000000000000009150115f6118ba565b6020915060ff905116115f61189c565b9050602060ff6040840151161190611895565b5060ff610120830151166119e66101608401516119e06119da8261228e565b916122fe565b02611c28565b141561186a565b5060ff61010083015116611a0c6101408401516119e06119da8261228e565b1415611863565b5060ff606083015116611a2f63ffffffff60c085015116611c28565b141561185c565b5060ff604083015116611a5263ffffffff60e085015116611c28565b1415611855565b60029250611842565b93929091908101905b818110611a7757505050565b90919360208560051b1690815260208235911852602060405f209460011c9101919091611a6b565b92915060ff83511680158015611b76575b611b6e57611abd91611d9d565b1561126d57611ad0816020840151611cfc565b1561126d5760ff82511660068114908115611b63575b8115611b58575b8115611b4d575b8115611b28575b5080611b13575b61126d57606061046d920151611cfc565b50611b22816040840151611cfc565b15611b02565b600b91501480611b39575b5f611afb565b50611b4760408301516120ca565b15611b33565b600e81149150611af4565b600d81149150611aed565b600c81149150611ae6565b505050505f90565b50600e8111611ab0565b919060ff8351169260078414611bb657600b8414611bab578363178be23560e11b5f5260045260245ffd5b61046d9293506121ca565b905061046d919250612167565b9060ff8251169160078314611c0857600b8314611bed578263178be23560e11b5f5260045260245ffd5b6060919250019061046d611c01835161228e565b92516123c6565b60209192500151611c21611c1b8261228e565b916123c6565b0290600190565b5f90600181111561126d575f1901908160401c611cca578160019260201c80611cbd575b508060101c80611cb0575b508060081c80611ca3575b508060041c80611c96575b508060021c80611c89575b50821c611c83570190565b81010190565b600291509101905f611c78565b600491509101905f611c6d565b600891509101905f611c62565b601091509101905f611c57565b602091509101905f611c4c565b5050604090565b9060ff1660018114611cf557600214611ce957505f90565b60ff6002915116101590565b5050600190565b611d0c60ff602083015116612322565b1561126d5760ff604082015116600481116119675760608201519060015f5b60048110611d53575050505063ffffffff81511690611d4c6119da8261228e565b0201111590565b63ffffffff611d6282866117ca565b5116838210611d7957611383576001905b01611d2b565b80611d88575b50600190611d73565b9091029063800000008211611383575f611d7f565b907fff00ffffffffffff0000ffffffffffffffffffffffffffffffff00000000000060ff6dffffffffffff0000ffffffffffff9216600181145f14611e3357506dffffffffffffffffffffffff000019927fffffff00ffffff000000000000000000000000000000000000000000000000005b196060820135169319604082013516921960208201351691199035161717171590565b60028103611e65575061ffff19927dff00ffffff00000000000000000000000000000000000000000000000000611e10565b60038103611e91575075ffffffffffffffffffffffffffffffffffffffffffff199260ff60e81b611e10565b6004811480156120c0575b15611ee557507fffffffffffffffffffff0000000000000000ffffffffffffffffffffffff0000927affff00000000000000000000000000000000000000000000000000611e10565b6006811480156120b6575b80156120ac575b15611f6b575075ffffffffffffffffffffffffffffffffffffffffffff19927dffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffff925068ff000000000000ffff60b01b1991507dffffffffffffffffffffffffffffffffffffffff00000000000000000000611e10565b600c8103611fe2575075ffffffffffffffffffffffffffffffffffffffffffff19927dffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffff925068ff000000000000ffff60b01b1991507dffffffffff0000000000000000ffffffff0000ff00000000000000000000611e10565b6007811480156120a2575b15612012575075ffffffffffffffffffffffffffffffffffffffffffff19925f611e10565b600881148015612098575b1561203e575071ffffffffffffffffffffffffffffffffffff19925f611e10565b600b1415915061125490505771ffffffffffffffffffffffffffffffffffff19907dffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffff9068ff000000000000ffff60b01b199060ff60e81b611e10565b50600a811461201d565b5060098114611fed565b50600e8114611ef7565b50600d8114611ef0565b5060058114611e9c565b606081015163ffffffff825116159182612157575b82612147575b5081612137575b81612124575b81612111575b81612101575090565b63ffffffff915060600151161590565b604081015163ffffffff161591506120f8565b602081015163ffffffff161591506120f2565b805163ffffffff161591506120ec565b6040015160ff161591505f6120e5565b602081015160ff161592506120df565b60208101908151606060ff60208301511692019160ff6020845101511614908115916121a4575b5061126d576121a09151905190612343565b1590565b90506121b2611c1b8261228e565b0281516121c1611c1b8261228e565b0214155f61218e565b60408101906121d982516120ca565b15602082015192600160ff6020860151161480159061226e575b61137a57818061225b575b61137a5761221160608401948551612343565b61137a5781612246575b506119675763ffffffff6080600792015116915161223b611c1b8261228e565b020160031c01111590565b61225591508351905190612343565b5f61221b565b50600160ff6020835101511614156121fe565b50600160ff6020606086015101511614156121f3565b81156117f9570490565b60ff6040820151169060028210611cf5576060015163ffffffff81511691600281116122eb575b600381116122d7575b6004106122c9575090565b6060015163ffffffff160290565b604082015163ffffffff16909202916122be565b9163ffffffff60208301511602916122b5565b601f9061231a60ff6020612311846123c6565b93015116612322565b020160051c90565b60ff166001811461233d57600214612338575f90565b600490565b50600190565b61234c8161228e565b612355826122fe565b0261235f8361228e565b612368846122fe565b029281151593846123bc575b8461239f575b50836123865750505090565b51915163ffffffff9283169216011190505f8080611929565b90935063ffffffff8351169063ffffffff8551160111925f61237a565b8015159450612374565b60ff60408201511690811580156123ff575b611cf557606001515f1982019182116113ee5763ffffffff916123fa916117ca565b511690565b50600482116123d8565b90612412610fdf565b915f821261248a576020810190815161242d611c1b8261228e565b029182841061247d575060400161244481516120ca565b1580612464575b61245957505050905f905f90565b519391039150600190565b508051612473611c1b8261228e565b028284031061244b565b5194929350600192915050565b5050905f905f90565b819060608101518260c08301516124ab6002856112b0565b93819383999392501c15948515956124fc575b50505050506124cc57505090565b602001515f198101919082116113ee5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b612506955061138d565b155f808486826124be565b9060209193929361252760ff8483015116612322565b9161253963ffffffff835116926122fe565b020181850260051c01930990565b91906060830151928160c082015194816125626003856112b0565b9290989180958a931c15948515956125bf575b505050505061258e579061012091946101008201520152565b50602001515f198101919082116113ee5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b6125c9955061138d565b155f86858483612575565b906125f66060916101208401516101008501519060c086015160051b92611a62565b91015256",
}

// ReshapeFamily is an auto generated Go binding around an Ethereum contract.
type ReshapeFamily struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReshapeFamily) GetABI() abi.ABI {
	return c.abi
}

// NewReshapeFamily creates a new instance of ReshapeFamily.
func NewReshapeFamily() *ReshapeFamily {
	parsed, err := ReshapeFamilyMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReshapeFamily{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReshapeFamily) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e0cb96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step(bytes preState, bytes witness) pure returns(bytes32 postStateHash)
func (reshapeFamily *ReshapeFamily) PackStep(preState []byte, witness []byte) []byte {
	enc, err := reshapeFamily.abi.Pack("step", preState, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e0cb96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step(bytes preState, bytes witness) pure returns(bytes32 postStateHash)
func (reshapeFamily *ReshapeFamily) TryPackStep(preState []byte, witness []byte) ([]byte, error) {
	return reshapeFamily.abi.Pack("step", preState, witness)
}

// UnpackStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8e0cb96.
//
// Solidity: function step(bytes preState, bytes witness) pure returns(bytes32 postStateHash)
func (reshapeFamily *ReshapeFamily) UnpackStep(data []byte) ([32]byte, error) {
	out, err := reshapeFamily.abi.Unpack("step", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStepState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70b31be9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepState(bytes preState, bytes witness) pure returns(bytes postState)
func (reshapeFamily *ReshapeFamily) PackStepState(preState []byte, witness []byte) []byte {
	enc, err := reshapeFamily.abi.Pack("stepState", preState, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70b31be9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepState(bytes preState, bytes witness) pure returns(bytes postState)
func (reshapeFamily *ReshapeFamily) TryPackStepState(preState []byte, witness []byte) ([]byte, error) {
	return reshapeFamily.abi.Pack("stepState", preState, witness)
}

// UnpackStepState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70b31be9.
//
// Solidity: function stepState(bytes preState, bytes witness) pure returns(bytes postState)
func (reshapeFamily *ReshapeFamily) UnpackStepState(data []byte) ([]byte, error) {
	out, err := reshapeFamily.abi.Unpack("stepState", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (reshapeFamily *ReshapeFamily) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], reshapeFamily.abi.Errors["AccessKind"].ID.Bytes()[:4]) {
		return reshapeFamily.UnpackAccessKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], reshapeFamily.abi.Errors["AccessMissing"].ID.Bytes()[:4]) {
		return reshapeFamily.UnpackAccessMissingError(raw[4:])
	}
	if bytes.Equal(raw[:4], reshapeFamily.abi.Errors["AccessProofInvalid"].ID.Bytes()[:4]) {
		return reshapeFamily.UnpackAccessProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], reshapeFamily.abi.Errors["AccessesUnused"].ID.Bytes()[:4]) {
		return reshapeFamily.UnpackAccessesUnusedError(raw[4:])
	}
	if bytes.Equal(raw[:4], reshapeFamily.abi.Errors["BadPreState"].ID.Bytes()[:4]) {
		return reshapeFamily.UnpackBadPreStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], reshapeFamily.abi.Errors["ModelIdMismatch"].ID.Bytes()[:4]) {
		return reshapeFamily.UnpackModelIdMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], reshapeFamily.abi.Errors["OpMissing"].ID.Bytes()[:4]) {
		return reshapeFamily.UnpackOpMissingError(raw[4:])
	}
	if bytes.Equal(raw[:4], reshapeFamily.abi.Errors["OpProofInvalid"].ID.Bytes()[:4]) {
		return reshapeFamily.UnpackOpProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], reshapeFamily.abi.Errors["OpUnexpected"].ID.Bytes()[:4]) {
		return reshapeFamily.UnpackOpUnexpectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], reshapeFamily.abi.Errors["OutputProofInvalid"].ID.Bytes()[:4]) {
		return reshapeFamily.UnpackOutputProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], reshapeFamily.abi.Errors["WitnessAccessKind"].ID.Bytes()[:4]) {
		return reshapeFamily.UnpackWitnessAccessKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], reshapeFamily.abi.Errors["WitnessDepths"].ID.Bytes()[:4]) {
		return reshapeFamily.UnpackWitnessDepthsError(raw[4:])
	}
	if bytes.Equal(raw[:4], reshapeFamily.abi.Errors["WitnessOpFlag"].ID.Bytes()[:4]) {
		return reshapeFamily.UnpackWitnessOpFlagError(raw[4:])
	}
	if bytes.Equal(raw[:4], reshapeFamily.abi.Errors["WitnessTrailing"].ID.Bytes()[:4]) {
		return reshapeFamily.UnpackWitnessTrailingError(raw[4:])
	}
	if bytes.Equal(raw[:4], reshapeFamily.abi.Errors["WitnessTruncated"].ID.Bytes()[:4]) {
		return reshapeFamily.UnpackWitnessTruncatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], reshapeFamily.abi.Errors["WitnessVersion"].ID.Bytes()[:4]) {
		return reshapeFamily.UnpackWitnessVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], reshapeFamily.abi.Errors["WrongFamily"].ID.Bytes()[:4]) {
		return reshapeFamily.UnpackWrongFamilyError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ReshapeFamilyAccessKind represents a AccessKind error raised by the ReshapeFamily contract.
type ReshapeFamilyAccessKind struct {
	K    *big.Int
	Got  uint8
	Want uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessKind(uint256 k, uint8 got, uint8 want)
func ReshapeFamilyAccessKindErrorID() common.Hash {
	return common.HexToHash("0xed42de477c91b674a82d78ccae7a6bd1b13c2a02c493cefdea8120b2adb7f8f1")
}

// UnpackAccessKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessKind(uint256 k, uint8 got, uint8 want)
func (reshapeFamily *ReshapeFamily) UnpackAccessKindError(raw []byte) (*ReshapeFamilyAccessKind, error) {
	out := new(ReshapeFamilyAccessKind)
	if err := reshapeFamily.abi.UnpackIntoInterface(out, "AccessKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReshapeFamilyAccessMissing represents a AccessMissing error raised by the ReshapeFamily contract.
type ReshapeFamilyAccessMissing struct {
	K *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessMissing(uint256 k)
func ReshapeFamilyAccessMissingErrorID() common.Hash {
	return common.HexToHash("0x699afcf6e727e6315ec8f99ef6630f3cca9c4619d0df5c01ef1607e5bc5d7b22")
}

// UnpackAccessMissingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessMissing(uint256 k)
func (reshapeFamily *ReshapeFamily) UnpackAccessMissingError(raw []byte) (*ReshapeFamilyAccessMissing, error) {
	out := new(ReshapeFamilyAccessMissing)
	if err := reshapeFamily.abi.UnpackIntoInterface(out, "AccessMissing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReshapeFamilyAccessProofInvalid represents a AccessProofInvalid error raised by the ReshapeFamily contract.
type ReshapeFamilyAccessProofInvalid struct {
	K    *big.Int
	Leaf uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessProofInvalid(uint256 k, uint64 leaf)
func ReshapeFamilyAccessProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x653046b01386a874647cf8dfeaec31349f195e14c122e4f1dfec015d7553d50e")
}

// UnpackAccessProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessProofInvalid(uint256 k, uint64 leaf)
func (reshapeFamily *ReshapeFamily) UnpackAccessProofInvalidError(raw []byte) (*ReshapeFamilyAccessProofInvalid, error) {
	out := new(ReshapeFamilyAccessProofInvalid)
	if err := reshapeFamily.abi.UnpackIntoInterface(out, "AccessProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReshapeFamilyAccessesUnused represents a AccessesUnused error raised by the ReshapeFamily contract.
type ReshapeFamilyAccessesUnused struct {
	Supplied *big.Int
	Used     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessesUnused(uint256 supplied, uint256 used)
func ReshapeFamilyAccessesUnusedErrorID() common.Hash {
	return common.HexToHash("0x63aa9335aa3796690ab88b33887829d6f794fdd0e4cb3f3724e112b85822efb9")
}

// UnpackAccessesUnusedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessesUnused(uint256 supplied, uint256 used)
func (reshapeFamily *ReshapeFamily) UnpackAccessesUnusedError(raw []byte) (*ReshapeFamilyAccessesUnused, error) {
	out := new(ReshapeFamilyAccessesUnused)
	if err := reshapeFamily.abi.UnpackIntoInterface(out, "AccessesUnused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReshapeFamilyBadPreState represents a BadPreState error raised by the ReshapeFamily contract.
type ReshapeFamilyBadPreState struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPreState()
func ReshapeFamilyBadPreStateErrorID() common.Hash {
	return common.HexToHash("0xca7560030f9ed8874fdf19ee9c15444f2660d319059c5b08bf496413e4ce796f")
}

// UnpackBadPreStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPreState()
func (reshapeFamily *ReshapeFamily) UnpackBadPreStateError(raw []byte) (*ReshapeFamilyBadPreState, error) {
	out := new(ReshapeFamilyBadPreState)
	if err := reshapeFamily.abi.UnpackIntoInterface(out, "BadPreState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReshapeFamilyModelIdMismatch represents a ModelIdMismatch error raised by the ReshapeFamily contract.
type ReshapeFamilyModelIdMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelIdMismatch()
func ReshapeFamilyModelIdMismatchErrorID() common.Hash {
	return common.HexToHash("0xbe2aa3022d62b457cd2c326ee36bcac4b80768c146eaed8632048dcfec3e7a4b")
}

// UnpackModelIdMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelIdMismatch()
func (reshapeFamily *ReshapeFamily) UnpackModelIdMismatchError(raw []byte) (*ReshapeFamilyModelIdMismatch, error) {
	out := new(ReshapeFamilyModelIdMismatch)
	if err := reshapeFamily.abi.UnpackIntoInterface(out, "ModelIdMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReshapeFamilyOpMissing represents a OpMissing error raised by the ReshapeFamily contract.
type ReshapeFamilyOpMissing struct {
	Pc uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpMissing(uint32 pc)
func ReshapeFamilyOpMissingErrorID() common.Hash {
	return common.HexToHash("0x8a61f9f8ae0f72a50352044ef6dfa79f7eaa2f69daa4a553c21daa19bc5da5b2")
}

// UnpackOpMissingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpMissing(uint32 pc)
func (reshapeFamily *ReshapeFamily) UnpackOpMissingError(raw []byte) (*ReshapeFamilyOpMissing, error) {
	out := new(ReshapeFamilyOpMissing)
	if err := reshapeFamily.abi.UnpackIntoInterface(out, "OpMissing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReshapeFamilyOpProofInvalid represents a OpProofInvalid error raised by the ReshapeFamily contract.
type ReshapeFamilyOpProofInvalid struct {
	Pc uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpProofInvalid(uint32 pc)
func ReshapeFamilyOpProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x37782a63ddd0248fc94515336b590367147d30fcdd67034fab31e313bc9b798e")
}

// UnpackOpProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpProofInvalid(uint32 pc)
func (reshapeFamily *ReshapeFamily) UnpackOpProofInvalidError(raw []byte) (*ReshapeFamilyOpProofInvalid, error) {
	out := new(ReshapeFamilyOpProofInvalid)
	if err := reshapeFamily.abi.UnpackIntoInterface(out, "OpProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReshapeFamilyOpUnexpected represents a OpUnexpected error raised by the ReshapeFamily contract.
type ReshapeFamilyOpUnexpected struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpUnexpected()
func ReshapeFamilyOpUnexpectedErrorID() common.Hash {
	return common.HexToHash("0xc8e43713c0ee2c754056063a820aea2d7dfb512807bb21c07719008f9d04b52b")
}

// UnpackOpUnexpectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpUnexpected()
func (reshapeFamily *ReshapeFamily) UnpackOpUnexpectedError(raw []byte) (*ReshapeFamilyOpUnexpected, error) {
	out := new(ReshapeFamilyOpUnexpected)
	if err := reshapeFamily.abi.UnpackIntoInterface(out, "OpUnexpected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReshapeFamilyOutputProofInvalid represents a OutputProofInvalid error raised by the ReshapeFamily contract.
type ReshapeFamilyOutputProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputProofInvalid()
func ReshapeFamilyOutputProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x8ccf6233e9eb070c44d3ce5ebc69779e597688be21ad3af1d5f85858c9c81ce9")
}

// UnpackOutputProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputProofInvalid()
func (reshapeFamily *ReshapeFamily) UnpackOutputProofInvalidError(raw []byte) (*ReshapeFamilyOutputProofInvalid, error) {
	out := new(ReshapeFamilyOutputProofInvalid)
	if err := reshapeFamily.abi.UnpackIntoInterface(out, "OutputProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReshapeFamilyWitnessAccessKind represents a WitnessAccessKind error raised by the ReshapeFamily contract.
type ReshapeFamilyWitnessAccessKind struct {
	K    *big.Int
	Kind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessAccessKind(uint256 k, uint8 kind)
func ReshapeFamilyWitnessAccessKindErrorID() common.Hash {
	return common.HexToHash("0x7669a5f4604c7f54736ef410bce4930404d4ef1958cb9e8363d3ba7f6e06d60e")
}

// UnpackWitnessAccessKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessAccessKind(uint256 k, uint8 kind)
func (reshapeFamily *ReshapeFamily) UnpackWitnessAccessKindError(raw []byte) (*ReshapeFamilyWitnessAccessKind, error) {
	out := new(ReshapeFamilyWitnessAccessKind)
	if err := reshapeFamily.abi.UnpackIntoInterface(out, "WitnessAccessKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReshapeFamilyWitnessDepths represents a WitnessDepths error raised by the ReshapeFamily contract.
type ReshapeFamilyWitnessDepths struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessDepths()
func ReshapeFamilyWitnessDepthsErrorID() common.Hash {
	return common.HexToHash("0xb88255024dc31feb433c55eecb6cfbb136c0306a224348e59cd230cb9548372b")
}

// UnpackWitnessDepthsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessDepths()
func (reshapeFamily *ReshapeFamily) UnpackWitnessDepthsError(raw []byte) (*ReshapeFamilyWitnessDepths, error) {
	out := new(ReshapeFamilyWitnessDepths)
	if err := reshapeFamily.abi.UnpackIntoInterface(out, "WitnessDepths", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReshapeFamilyWitnessOpFlag represents a WitnessOpFlag error raised by the ReshapeFamily contract.
type ReshapeFamilyWitnessOpFlag struct {
	Flag uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessOpFlag(uint8 flag)
func ReshapeFamilyWitnessOpFlagErrorID() common.Hash {
	return common.HexToHash("0xb07830b9c32a2266ff98cb5e5b976ef9416b57d56237b536f736e2fb5fd450f5")
}

// UnpackWitnessOpFlagError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessOpFlag(uint8 flag)
func (reshapeFamily *ReshapeFamily) UnpackWitnessOpFlagError(raw []byte) (*ReshapeFamilyWitnessOpFlag, error) {
	out := new(ReshapeFamilyWitnessOpFlag)
	if err := reshapeFamily.abi.UnpackIntoInterface(out, "WitnessOpFlag", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReshapeFamilyWitnessTrailing represents a WitnessTrailing error raised by the ReshapeFamily contract.
type ReshapeFamilyWitnessTrailing struct {
	Extra *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessTrailing(uint256 extra)
func ReshapeFamilyWitnessTrailingErrorID() common.Hash {
	return common.HexToHash("0xbae27caa07af259b3a4f9f1c02f9324163b54c8435977d65507077ed1ebba420")
}

// UnpackWitnessTrailingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessTrailing(uint256 extra)
func (reshapeFamily *ReshapeFamily) UnpackWitnessTrailingError(raw []byte) (*ReshapeFamilyWitnessTrailing, error) {
	out := new(ReshapeFamilyWitnessTrailing)
	if err := reshapeFamily.abi.UnpackIntoInterface(out, "WitnessTrailing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReshapeFamilyWitnessTruncated represents a WitnessTruncated error raised by the ReshapeFamily contract.
type ReshapeFamilyWitnessTruncated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessTruncated()
func ReshapeFamilyWitnessTruncatedErrorID() common.Hash {
	return common.HexToHash("0x87da407a2a971b9b2197acfc9927e8673864889f1595be4c26a63ebbf44ebec4")
}

// UnpackWitnessTruncatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessTruncated()
func (reshapeFamily *ReshapeFamily) UnpackWitnessTruncatedError(raw []byte) (*ReshapeFamilyWitnessTruncated, error) {
	out := new(ReshapeFamilyWitnessTruncated)
	if err := reshapeFamily.abi.UnpackIntoInterface(out, "WitnessTruncated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReshapeFamilyWitnessVersion represents a WitnessVersion error raised by the ReshapeFamily contract.
type ReshapeFamilyWitnessVersion struct {
	Version uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessVersion(uint8 version)
func ReshapeFamilyWitnessVersionErrorID() common.Hash {
	return common.HexToHash("0x02ed372a870e18c43a88b490fc53de9cdb844991450bdb551aad29efd899b5d8")
}

// UnpackWitnessVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessVersion(uint8 version)
func (reshapeFamily *ReshapeFamily) UnpackWitnessVersionError(raw []byte) (*ReshapeFamilyWitnessVersion, error) {
	out := new(ReshapeFamilyWitnessVersion)
	if err := reshapeFamily.abi.UnpackIntoInterface(out, "WitnessVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReshapeFamilyWrongFamily represents a WrongFamily error raised by the ReshapeFamily contract.
type ReshapeFamilyWrongFamily struct {
	Op uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongFamily(uint8 op)
func ReshapeFamilyWrongFamilyErrorID() common.Hash {
	return common.HexToHash("0x2f17c46ad1aa77ce0deb11847b4d2a901b3e9a53fc5e48e3cd36172b783e3caf")
}

// UnpackWrongFamilyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongFamily(uint8 op)
func (reshapeFamily *ReshapeFamily) UnpackWrongFamilyError(raw []byte) (*ReshapeFamilyWrongFamily, error) {
	out := new(ReshapeFamilyWrongFamily)
	if err := reshapeFamily.abi.UnpackIntoInterface(out, "WrongFamily", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SoftmaxFamilyMetaData contains all meta data concerning the SoftmaxFamily contract.
var SoftmaxFamilyMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"got\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"want\",\"type\":\"uint8\"}],\"name\":\"AccessKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"AccessMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"}],\"name\":\"AccessProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supplied\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"used\",\"type\":\"uint256\"}],\"name\":\"AccessesUnused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPreState\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModelIdMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"pc\",\"type\":\"uint32\"}],\"name\":\"OpMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"pc\",\"type\":\"uint32\"}],\"name\":\"OpProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OpUnexpected\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutputProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"WitnessAccessKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WitnessDepths\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"flag\",\"type\":\"uint8\"}],\"name\":\"WitnessOpFlag\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"extra\",\"type\":\"uint256\"}],\"name\":\"WitnessTrailing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WitnessTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"}],\"name\":\"WitnessVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"}],\"name\":\"WrongFamily\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"preState\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"postStateHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"preState\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"stepState\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"postState\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "a9841a2466c808c3c1290d5b053c0529d9",
	Bin: "0x60808060405234601557612885908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806370b31be9146100ac5763f8e0cb961461002f575f80fd5b346100a857602061005361004e6100453661011e565b9291909161020e565b610691565b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8282017fff00000000000000000000000000000000000000000000000000000000000000815116925190201617604051908152f35b5f80fd5b346100a857602060406100c461004e6100453661011e565b815192839181835280519182918282860152018484015e5f828201840152601f01601f19168101030190f35b9181601f840112156100a85782359167ffffffffffffffff83116100a857602083818601950101116100a857565b60406003198201126100a85760043567ffffffffffffffff81116100a85781610149916004016100f0565b929092916024359067ffffffffffffffff82116100a85761016c916004016100f0565b9091565b6040519190601f01601f1916820167ffffffffffffffff81118382101761019657604052565b634e487b7160e01b5f52604160045260245ffd5b60405190610120820182811067ffffffffffffffff82111761019657604052815f81525f60208201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201526101006102046080610170565b9160803684370152565b9392919361021a6101aa565b5060f56102256101aa565b920361066957803560f81c90600282116106695763ffffffff60809260618301359085526001830135602086015260218301356040860152604183013560608601528060c01c84860152818160a01c1660a08601528181851c1660c086015260601c1660e08401526075610100840151910190378060ff8151166106635750604051916101c0830183811067ffffffffffffffff821117610196576040525f83525f60208401525f60408401525f60608401525f60808401525f60a08401525f60c08401525f60e08401525f6101008401525f6101208401525f6101408401525f6101608401525f6101808401525f6101a084015280156104df57843560f81c60018103610638575060a181106104df5760018501359460818101356080850152606181013560608501526041810135604085015260218101356020850152858452600260ff8760f01c1610159586610625575b86610612575b866105ff575b866105e7575b60ff8160301c166101a086015260ff8160e01c1661018086015260ff8160e81c1661016086015282820160a1830110156104df5760a282019060a183013560f81c600181036105b1575090871561058057600160a087015260c0860152610122820160e086015261012260011960ff8360f01c160160051b806101008801528301019083830182116104df575b8383018210156104df576001823560f81c92019782151590816105a8575b50610580579080610120870152876101408701525f915b8183106104a057505050818101860361047057505061046d9293506107b1565b90565b8592507fbae27caa000000000000000000000000000000000000000000000000000000005f52010360045260245ffd5b9091978484018110156104df57803560f81c60018103610507575060219060ff8360e81c165b60051b01019784840189116104df57600101919061044d565b7f87da407a000000000000000000000000000000000000000000000000000000005f5260045ffd5b600281148015610576575b15610527575060219060ff8360e01c166104c6565b60048103610547575060219060ff8360301c1660ff8460e01c16036104c6565b897f7669a5f4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5060038114610512565b7fb8825502000000000000000000000000000000000000000000000000000000005f5260045ffd5b9050155f610436565b806105bc5750610418565b7fb07830b9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b955060ff8660e01c1660ff8760301c1611159561038b565b9550604060ff8760e01c16111595610385565b9550604060ff8760e81c1611159561037f565b9550604060ff8760f01c16111595610379565b7f02ed372a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b93505050565b7fca756003000000000000000000000000000000000000000000000000000000005f5260045ffd5b9061012060f560606106a283610170565b828152926020840190601f190136823783957fffffffffffffffff000000000000000000000000000000000000000000000000608082015160c01b1677ffffffff000000000000000000000000000000000000000060a083015160a01b161773ffffffff0000000000000000000000000000000060c083015160801b16176fffffffff00000000000000000000000060e0830151851b16179080519260208201516040830151917fff00000000000000000000000000000000000000000000000000000000000000610100888601519501519660f81b169052602188015260418701526061860152608185015280516095850152602081015160b5850152604081015160d58501520151910152565b6107b96101aa565b5081516020830180519060408501908151606087019485519160808901958651925f5260205260405f20905f525f60205260405f20905f5260205260405f20915f5260205260405f205f527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb560205260405f20905f5260205260405f20602086015103610fb757610867916080860167ffffffffffffffff6001818351160116905286519151905191611019565b919091158015610f9a575b8015610f56575b610f4057604084019182519360405194610140860186811067ffffffffffffffff821117610196576040525f8652858860208201925f845260408301905f825260608401975f895260808501905f825260a08601925f845261012060c08801965f885260e08901985f8a525f6101008201525f838201526101408201519052015185528a525190526101608c015190526101808b015182526101a08b0151835260a08a019363ffffffff85511663ffffffff60808901511614610e32575050505060a088015115610dff5761098660c089015192516040845f3760405f2060408086015f3760405f20905f5260205260405f2063ffffffff84511660e08c0151916101008d015193611355565b15610dcc575060405191610300830183811067ffffffffffffffff821117610196576040525f83526109b6610fdf565b60208401526109c3610fdf565b60408401526109d0610fdf565b60608401525f60808401525f60a08401525f60c08401525f60e08401525f6101008401525f6101208401525f6101408401525f6101608401525f6101808401525f6101a08401525f6101c08401525f6101e08401525f6102008401525f6102208401525f6102408401525f6102608401525f6102808401525f6102a08401525f6102c08401525f6102e0840152813560f81c8352610ad96002830135602085015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b610b4e601a840135604086015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b610bc36032850135606087015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b604a85013560e081811c60808981019190915263ffffffff60c084811c821660a0808d019190915261ffff60b087901c8116838e015286821c81168d870152609087811c82166101008f01529487901c81166101208e0152607087901c81166101408e0152606087901c166101608d0152604086901c83166101808d015260ff603887901c81165f90810b6101a08f0152603088901c8216810b6101c08f0152602888901c8216810b6101e08f0152602088901c8216810b6102008f015260189790971c811690960b6102208d015260678b01359485901d600390810b6102408e01529185901c8316820b6102608d015284901c909116900b6102808a0152609882901c83166102a08a015281901c82166102c089015260881c166102e08701529082610dc4575b5081610dbc575b5080610dad575b80610d92575b15918215610d67575b508115610d4e575b50610d405783610d209186611497565b15610d335761046d939450519052611402565b5050509061046d9161127d565b505050509061046d9161127d565b905060ff610d5f8184511692611475565b16105f610d10565b81925063ffffffff60c0610d8a9301511663ffffffff60e085015116918561142c565b15905f610d08565b5069ffffffffffffffffffff606783013560381c1615610cff565b5060ff823560f01c1615610cf9565b90505f610cf2565b91505f610ceb565b63ffffffff9051167f37782a63000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b63ffffffff9051167f8a61f9f8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b959350955096959250989760a00151610f185782519351841015610f0557845192833560f81c9660018501359760048103610eea5750610eab969798999a600191519051900360051b9560218781880197010189520190528660ff61012063ffffffff61016085015151169301511691821c92516113ae565b15610ec25761046d91600184526060840152611402565b7f8ccf6233000000000000000000000000000000000000000000000000000000005f5260045ffd5b8663ed42de4760e01b5f52600452602452600460445260645ffd5b836334cd7e7b60e11b5f5260045260245ffd5b7fc8e43713000000000000000000000000000000000000000000000000000000005f5260045ffd5b5050509060a0810151610f185761046d9161127d565b5063ffffffff60a08501511663ffffffff608084015116148015610879575060c084015163ffffffff16151580610879575063ffffffff60e0850151161515610879565b5063ffffffff60a08501511663ffffffff60808401511610610872565b7fbe2aa302000000000000000000000000000000000000000000000000000000005f5260045ffd5b604051906080820182811067ffffffffffffffff82111761019657604052815f81525f60208201525f604082015260606102046080610170565b92919060405193610180850185811067ffffffffffffffff821117610196576040525f85525f60208601525f60408601525f60608601525f60808601525f60a08601525f60c08601525f60e08601525f6101008601525f61012086015261107e610fdf565b61014086015261108c610fdf565b610160860152846110a28260f81c8083526115e3565b1561127357508060ff65ffffffffffff9260f01c16602087015260ff8160e81c16604087015260ff8160e01c16606087015263ffffffff8160c01c16608087015267ffffffffffffffff8160801c1660a087015263ffffffff8160601c1660c087015263ffffffff8160401c1660e087015260ff8160381c1661010087015260ff8160301c166101208701521661126d576111a58161014086015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b15908115611259575b50611254576112258161016085015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b15908115611240575b5061123c5761046d82611641565b5f90565b67ffffffffffffffff91501615155f61122e565b505f90565b67ffffffffffffffff91501615155f6111ae565b50505f90565b94505f9392505050565b906101209061128a6101aa565b5001518061129a57506002815290565b6363aa933560e01b5f526004525f60245260445ffd5b90916020820190815191604084015183101561134257835192833560f81c60ff6001860135971690818103611329575060019190828103611307575060a08601515b60051b95602180870197809701019052019052565b60040361131f5760c086015160e087015190036112f2565b60c08601516112f2565b8263ed42de4760e01b5f5260045260245260445260645ffd5b826334cd7e7b60e11b5f5260045260245ffd5b93919290928260051c602681116113835781901c61137a5761137693611896565b1490565b50505050505f90565b5050505050505f90565b93919290928260051c602881116113835781901c61137a5761137693611896565b94929093918360051c90602881119081156113d9575b506113835781901c61137a5761137693611896565b9050602803602881116113ee5781115f6113c4565b634e487b7160e01b5f52601160045260245ffd5b60406020820151910151808203611417575050565b6363aa933560e01b5f5260045260245260445ffd5b9291608061143a92856118d3565b1561126d576114499082611a4a565b156112545761145c63ffffffff91611a8c565b9110159081611469575090565b63ffffffff9150111590565b5160ff16600181146114915760021461148c575f90565b600e90565b50600990565b90916114a283611a8c565b9181928092021594856115d7575b60c085019563ffffffff875116908582108015906115c3575b6115b75715611552575b50505060e083019063ffffffff6001818451160116808352146114fa575b50505050600190565b5f905263ffffffff600181855116011683526115166080610170565b608036823761010083015263ffffffff83511614611536575b80806114f1565b5f60a092520163ffffffff600181835116011690525f8061152f565b63ffffffff60e087015116906101008701519260ff815116600881145f1461158a575090611582949392916122bf565b5f80806114d3565b600981036115a55750906115a094939291612162565b611582565b63178be23560e11b5f5260045260245ffd5b50505050505050505f90565b508463ffffffff60e08901511610156114c9565b600193508392506114b0565b60ff16600181101590816115f5575090565b60029150111590565b90600481101561160f5760051b0190565b634e487b7160e01b5f52603260045260245ffd5b811561162d570690565b634e487b7160e01b5f52601260045260245ffd5b61164e60ff8251166115e3565b1561125457608081019061166c6403fffffffc835160021b16611b04565b916002831061188d575b602082019260ff8451161480159061186a575b8015611847575b8015611821575b80156117ef575b61179b5763ffffffff63010000009151161161126d576060810191602060ff845116119081156117dc575b81156117cc575b5061126d5767ffffffffffffffff60a08201511680159081156117ba575b5061126d5761014081015163ffffffff815116158015906117a2575b61179b5761172460c083019163ffffffff83511690611bd8565b1590811561177b575b5061126d57600160ff61012063ffffffff6101608501515116930151161b6117558183611623565b159283611763575b50505090565b60019192935060ff9051161b910111155f808061175d565b611794915063ffffffff61016084015191511690611bd8565b155f61172d565b5050505f90565b506117b460ff60208301511683611bad565b1561170a565b6740000000000000009150115f6116ee565b6020915060ff905116115f6116d0565b9050602060ff60408401511611906116c9565b5060ff6101208301511661181a61016084015161181461180e82612546565b916125b6565b02611b04565b141561169e565b5060ff6101008301511661184061014084015161181461180e82612546565b1415611697565b5060ff60608301511661186363ffffffff60c085015116611b04565b1415611690565b5060ff60408301511661188663ffffffff60e085015116611b04565b1415611689565b60029250611676565b93929091908101905b8181106118ab57505050565b90919360208560051b1690815260208235911852602060405f209460011c910191909161189f565b92915060ff83511680158015611a40575b611a38576118f191611c79565b1561126d57611904816020840151611bd8565b1561126d5760ff82511660068114908115611a2d575b8115611a22575b8115611a17575b811561195c575b5080611947575b61126d57606061046d920151611bd8565b50611956816040840151611bd8565b15611936565b600b9150148061196d575b5f61192f565b506040820151606081015163ffffffff825116159182611a07575b826119f7575b50816119e7575b816119d4575b816119c1575b816119ae575b5015611967565b63ffffffff91506060015116155f6119a7565b604081015163ffffffff161591506119a1565b602081015163ffffffff1615915061199b565b805163ffffffff16159150611995565b6040015160ff161591505f61198e565b602081015160ff16159250611988565b600e81149150611928565b600d81149150611921565b600c8114915061191a565b505050505f90565b50600e81116118e4565b805160ff16929160088414611a80575060098314611a75578263178be23560e11b5f5260045260245ffd5b61046d9192506120e5565b9061046d929350611fa6565b9060ff8251169160088314611ad75760098314611ab6578263178be23560e11b5f5260045260245ffd5b602091925001906001611ad3611acc8451612546565b93516125b6565b0190565b60209192500190611ae88251612546565b91611afd611af682516125b6565b915161267e565b60011b0190565b5f90600181111561126d575f1901908160401c611ba6578160019260201c80611b99575b508060101c80611b8c575b508060081c80611b7f575b508060041c80611b72575b508060021c80611b65575b50821c611b5f570190565b81010190565b600291509101905f611b54565b600491509101905f611b49565b600891509101905f611b3e565b601091509101905f611b33565b602091509101905f611b28565b5050604090565b9060ff1660018114611bd157600214611bc557505f90565b60ff6002915116101590565b5050600190565b611be860ff6020830151166125da565b1561126d5760ff6040820151166004811161179b5760608201519060015f5b60048110611c2f575050505063ffffffff81511690611c2861180e82612546565b0201111590565b63ffffffff611c3e82866115fe565b5116838210611c5557611383576001905b01611c07565b80611c64575b50600190611c4f565b9091029063800000008211611383575f611c5b565b907fff00ffffffffffff0000ffffffffffffffffffffffffffffffff00000000000060ff6dffffffffffff0000ffffffffffff9216600181145f14611d0f57506dffffffffffffffffffffffff000019927fffffff00ffffff000000000000000000000000000000000000000000000000005b196060820135169319604082013516921960208201351691199035161717171590565b60028103611d41575061ffff19927dff00ffffff00000000000000000000000000000000000000000000000000611cec565b60038103611d6d575075ffffffffffffffffffffffffffffffffffffffffffff199260ff60e81b611cec565b600481148015611f9c575b15611dc157507fffffffffffffffffffff0000000000000000ffffffffffffffffffffffff0000927affff00000000000000000000000000000000000000000000000000611cec565b600681148015611f92575b8015611f88575b15611e47575075ffffffffffffffffffffffffffffffffffffffffffff19927dffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffff925068ff000000000000ffff60b01b1991507dffffffffffffffffffffffffffffffffffffffff00000000000000000000611cec565b600c8103611ebe575075ffffffffffffffffffffffffffffffffffffffffffff19927dffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffff925068ff000000000000ffff60b01b1991507dffffffffff0000000000000000ffffffff0000ff00000000000000000000611cec565b600781148015611f7e575b15611eee575075ffffffffffffffffffffffffffffffffffffffffffff19925f611cec565b600881148015611f74575b15611f1a575071ffffffffffffffffffffffffffffffffffff19925f611cec565b600b1415915061125490505771ffffffffffffffffffffffffffffffffffff19907dffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffff9068ff000000000000ffff60b01b199060ff60e81b611cec565b50600a8114611ef9565b5060098114611ec9565b50600e8114611dd3565b50600d8114611dcc565b5060058114611d78565b60208101805160ff602082015116906001821491821592612000575b505061179b57611fd881516060840151906125fb565b61179b57611fe9617fff915161267e565b1161126d576080015163ffffffff16602001111590565b90915060608401519060ff6020830151161491826120cc575b826120ab575b82612084575b8261205d575b8261203b575b5050155f80611fc2565b63ffffffff919250606082818080940151015116930151015116145f80612031565b915063ffffffff6040606084015101511663ffffffff60406060840151015116149161202b565b915063ffffffff6020606084015101511663ffffffff602060608401510151161491612025565b915063ffffffff6060830151511663ffffffff60608301515116149161201f565b915060ff60408301511660ff6040830151161491612019565b6020810190600160ff602084510151160361126d576060018051600260ff602083015116149081159161214f575b8115612130575b5061126d5761212c91519051906125fb565b1590565b63ffffffff91506060015151166121478351612546565b14155f61211a565b604081015160ff16600114159150612113565b949392916020860161217481516125b6565b8083106121dc5750505063ffffffff6121bf602060606121da979801516121a060ff83830151166125da565b906121ae85825116916125b6565b5081860260051c01940992856127b4565b9160031b60e003925160c01c8116831b921b19161790612841565b565b828098506122049483979263ffffffff6121fd9551511691020101906126c1565b935161273f565b815160e01d94825160c01c60030b935f5b83811061229457505050506122756121da939482907fffffffff000000000000000000000000000000000000000000000000000000009060e01b167bffffffffffffffffffffffffffffffffffffffffffffffffffffffff825116179052565b9063ffffffff60c01b9060c01b1663ffffffff60c01b19825116179052565b608182821a5f0b018881136122ad575b50600101612215565b9750600583901b8101955060016122a4565b90949391929460208201956122d487516125b6565b946122df885161267e565b8682106124985761232161231261230a899a9b61230185899a9b9c8803611623565b9889915161277e565b91908a6126c1565b855160e01d911a5f0b90612868565b63ffffffff6080880151168160031c01908160808a0151818b61234a600160a0830151926112b0565b93819383999392501c1594851595612483575b5050505050612452575060e09060051b1660e0031c970111612419576123c46123cc9360ff9360606121da9964ffffffff0087965160c01c60030b9160081b1660040b5f915f81136123ec575b5050607f1901607f198112607f198218021897015161277e565b9390866127b4565b92601f0360031b93607f8113607f8218021816831b921b19161790612841565b8091925060011b915f811260011461240b5760011b01045b5f806123aa565b5f0360011b01045f03612404565b935050505063ffffffff6121da921660030b815160c01c60030b0163ffffffff60c01b9060c01b1663ffffffff60c01b19825116179052565b60208a01515f198101919082116113ee5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b61248d955061138d565b155f8083868261235d565b508093506124b9926124c095929663ffffffff8a51511691020101906126c1565b945161273f565b90805160e01d915f5b8181106125245750506121da929350907fffffffff000000000000000000000000000000000000000000000000000000009060e01b167bffffffffffffffffffffffffffffffffffffffffffffffffffffffff825116179052565b608086821a5f0b0184811361253d575b506001016124c9565b93506001612534565b60ff6040820151169060028210611bd1576060015163ffffffff81511691600281116125a3575b6003811161258f575b600410612581575090565b6060015163ffffffff160290565b604082015163ffffffff1690920291612576565b9163ffffffff602083015116029161256d565b601f906125d260ff60206125c98461267e565b930151166125da565b020160051c90565b60ff16600181146125f5576002146125f0575f90565b600490565b50600190565b61260481612546565b61260d826125b6565b0261261783612546565b612620846125b6565b02928115159384612674575b84612657575b508361263e5750505090565b51915163ffffffff9283169216011190505f808061175d565b90935063ffffffff8351169063ffffffff8551160111925f612632565b801515945061262c565b60ff60408201511690811580156126b7575b611bd157606001515f1982019182116113ee5763ffffffff916126b2916115fe565b511690565b5060048211612690565b819060608101518260c08301516126d96002856112b0565b93819383999392501c159485159561272a575b50505050506126fa57505090565b602001515f198101919082116113ee5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b612734955061138d565b155f808486826126ec565b9061275c9161275460ff6020830151166125da565b92839161267e565b029060051b900360208111612776575b811561162d570490565b50602061276c565b9060209193929361279460ff84830151166125da565b916127a663ffffffff835116926125b6565b020181850260051c01930990565b91906060830151928160c082015194816127cf6003856112b0565b9290989180958a931c159485159561282c575b50505050506127fb579061012091946101008201520152565b50602001515f198101919082116113ee5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b612836955061138d565b155f868584836127e2565b906128636060916101208401516101008501519060c086015160051b92611896565b910152565b03607f19015f81126112545760ff811361287f5790565b5060ff9056",
}

// SoftmaxFamily is an auto generated Go binding around an Ethereum contract.
type SoftmaxFamily struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SoftmaxFamily) GetABI() abi.ABI {
	return c.abi
}

// NewSoftmaxFamily creates a new instance of SoftmaxFamily.
func NewSoftmaxFamily() *SoftmaxFamily {
	parsed, err := SoftmaxFamilyMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SoftmaxFamily{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SoftmaxFamily) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e0cb96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step(bytes preState, bytes witness) pure returns(bytes32 postStateHash)
func (softmaxFamily *SoftmaxFamily) PackStep(preState []byte, witness []byte) []byte {
	enc, err := softmaxFamily.abi.Pack("step", preState, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e0cb96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step(bytes preState, bytes witness) pure returns(bytes32 postStateHash)
func (softmaxFamily *SoftmaxFamily) TryPackStep(preState []byte, witness []byte) ([]byte, error) {
	return softmaxFamily.abi.Pack("step", preState, witness)
}

// UnpackStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8e0cb96.
//
// Solidity: function step(bytes preState, bytes witness) pure returns(bytes32 postStateHash)
func (softmaxFamily *SoftmaxFamily) UnpackStep(data []byte) ([32]byte, error) {
	out, err := softmaxFamily.abi.Unpack("step", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStepState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70b31be9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepState(bytes preState, bytes witness) pure returns(bytes postState)
func (softmaxFamily *SoftmaxFamily) PackStepState(preState []byte, witness []byte) []byte {
	enc, err := softmaxFamily.abi.Pack("stepState", preState, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70b31be9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepState(bytes preState, bytes witness) pure returns(bytes postState)
func (softmaxFamily *SoftmaxFamily) TryPackStepState(preState []byte, witness []byte) ([]byte, error) {
	return softmaxFamily.abi.Pack("stepState", preState, witness)
}

// UnpackStepState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70b31be9.
//
// Solidity: function stepState(bytes preState, bytes witness) pure returns(bytes postState)
func (softmaxFamily *SoftmaxFamily) UnpackStepState(data []byte) ([]byte, error) {
	out, err := softmaxFamily.abi.Unpack("stepState", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (softmaxFamily *SoftmaxFamily) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], softmaxFamily.abi.Errors["AccessKind"].ID.Bytes()[:4]) {
		return softmaxFamily.UnpackAccessKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], softmaxFamily.abi.Errors["AccessMissing"].ID.Bytes()[:4]) {
		return softmaxFamily.UnpackAccessMissingError(raw[4:])
	}
	if bytes.Equal(raw[:4], softmaxFamily.abi.Errors["AccessProofInvalid"].ID.Bytes()[:4]) {
		return softmaxFamily.UnpackAccessProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], softmaxFamily.abi.Errors["AccessesUnused"].ID.Bytes()[:4]) {
		return softmaxFamily.UnpackAccessesUnusedError(raw[4:])
	}
	if bytes.Equal(raw[:4], softmaxFamily.abi.Errors["BadPreState"].ID.Bytes()[:4]) {
		return softmaxFamily.UnpackBadPreStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], softmaxFamily.abi.Errors["ModelIdMismatch"].ID.Bytes()[:4]) {
		return softmaxFamily.UnpackModelIdMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], softmaxFamily.abi.Errors["OpMissing"].ID.Bytes()[:4]) {
		return softmaxFamily.UnpackOpMissingError(raw[4:])
	}
	if bytes.Equal(raw[:4], softmaxFamily.abi.Errors["OpProofInvalid"].ID.Bytes()[:4]) {
		return softmaxFamily.UnpackOpProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], softmaxFamily.abi.Errors["OpUnexpected"].ID.Bytes()[:4]) {
		return softmaxFamily.UnpackOpUnexpectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], softmaxFamily.abi.Errors["OutputProofInvalid"].ID.Bytes()[:4]) {
		return softmaxFamily.UnpackOutputProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], softmaxFamily.abi.Errors["WitnessAccessKind"].ID.Bytes()[:4]) {
		return softmaxFamily.UnpackWitnessAccessKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], softmaxFamily.abi.Errors["WitnessDepths"].ID.Bytes()[:4]) {
		return softmaxFamily.UnpackWitnessDepthsError(raw[4:])
	}
	if bytes.Equal(raw[:4], softmaxFamily.abi.Errors["WitnessOpFlag"].ID.Bytes()[:4]) {
		return softmaxFamily.UnpackWitnessOpFlagError(raw[4:])
	}
	if bytes.Equal(raw[:4], softmaxFamily.abi.Errors["WitnessTrailing"].ID.Bytes()[:4]) {
		return softmaxFamily.UnpackWitnessTrailingError(raw[4:])
	}
	if bytes.Equal(raw[:4], softmaxFamily.abi.Errors["WitnessTruncated"].ID.Bytes()[:4]) {
		return softmaxFamily.UnpackWitnessTruncatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], softmaxFamily.abi.Errors["WitnessVersion"].ID.Bytes()[:4]) {
		return softmaxFamily.UnpackWitnessVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], softmaxFamily.abi.Errors["WrongFamily"].ID.Bytes()[:4]) {
		return softmaxFamily.UnpackWrongFamilyError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SoftmaxFamilyAccessKind represents a AccessKind error raised by the SoftmaxFamily contract.
type SoftmaxFamilyAccessKind struct {
	K    *big.Int
	Got  uint8
	Want uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessKind(uint256 k, uint8 got, uint8 want)
func SoftmaxFamilyAccessKindErrorID() common.Hash {
	return common.HexToHash("0xed42de477c91b674a82d78ccae7a6bd1b13c2a02c493cefdea8120b2adb7f8f1")
}

// UnpackAccessKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessKind(uint256 k, uint8 got, uint8 want)
func (softmaxFamily *SoftmaxFamily) UnpackAccessKindError(raw []byte) (*SoftmaxFamilyAccessKind, error) {
	out := new(SoftmaxFamilyAccessKind)
	if err := softmaxFamily.abi.UnpackIntoInterface(out, "AccessKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SoftmaxFamilyAccessMissing represents a AccessMissing error raised by the SoftmaxFamily contract.
type SoftmaxFamilyAccessMissing struct {
	K *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessMissing(uint256 k)
func SoftmaxFamilyAccessMissingErrorID() common.Hash {
	return common.HexToHash("0x699afcf6e727e6315ec8f99ef6630f3cca9c4619d0df5c01ef1607e5bc5d7b22")
}

// UnpackAccessMissingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessMissing(uint256 k)
func (softmaxFamily *SoftmaxFamily) UnpackAccessMissingError(raw []byte) (*SoftmaxFamilyAccessMissing, error) {
	out := new(SoftmaxFamilyAccessMissing)
	if err := softmaxFamily.abi.UnpackIntoInterface(out, "AccessMissing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SoftmaxFamilyAccessProofInvalid represents a AccessProofInvalid error raised by the SoftmaxFamily contract.
type SoftmaxFamilyAccessProofInvalid struct {
	K    *big.Int
	Leaf uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessProofInvalid(uint256 k, uint64 leaf)
func SoftmaxFamilyAccessProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x653046b01386a874647cf8dfeaec31349f195e14c122e4f1dfec015d7553d50e")
}

// UnpackAccessProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessProofInvalid(uint256 k, uint64 leaf)
func (softmaxFamily *SoftmaxFamily) UnpackAccessProofInvalidError(raw []byte) (*SoftmaxFamilyAccessProofInvalid, error) {
	out := new(SoftmaxFamilyAccessProofInvalid)
	if err := softmaxFamily.abi.UnpackIntoInterface(out, "AccessProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SoftmaxFamilyAccessesUnused represents a AccessesUnused error raised by the SoftmaxFamily contract.
type SoftmaxFamilyAccessesUnused struct {
	Supplied *big.Int
	Used     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessesUnused(uint256 supplied, uint256 used)
func SoftmaxFamilyAccessesUnusedErrorID() common.Hash {
	return common.HexToHash("0x63aa9335aa3796690ab88b33887829d6f794fdd0e4cb3f3724e112b85822efb9")
}

// UnpackAccessesUnusedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessesUnused(uint256 supplied, uint256 used)
func (softmaxFamily *SoftmaxFamily) UnpackAccessesUnusedError(raw []byte) (*SoftmaxFamilyAccessesUnused, error) {
	out := new(SoftmaxFamilyAccessesUnused)
	if err := softmaxFamily.abi.UnpackIntoInterface(out, "AccessesUnused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SoftmaxFamilyBadPreState represents a BadPreState error raised by the SoftmaxFamily contract.
type SoftmaxFamilyBadPreState struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPreState()
func SoftmaxFamilyBadPreStateErrorID() common.Hash {
	return common.HexToHash("0xca7560030f9ed8874fdf19ee9c15444f2660d319059c5b08bf496413e4ce796f")
}

// UnpackBadPreStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPreState()
func (softmaxFamily *SoftmaxFamily) UnpackBadPreStateError(raw []byte) (*SoftmaxFamilyBadPreState, error) {
	out := new(SoftmaxFamilyBadPreState)
	if err := softmaxFamily.abi.UnpackIntoInterface(out, "BadPreState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SoftmaxFamilyModelIdMismatch represents a ModelIdMismatch error raised by the SoftmaxFamily contract.
type SoftmaxFamilyModelIdMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelIdMismatch()
func SoftmaxFamilyModelIdMismatchErrorID() common.Hash {
	return common.HexToHash("0xbe2aa3022d62b457cd2c326ee36bcac4b80768c146eaed8632048dcfec3e7a4b")
}

// UnpackModelIdMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelIdMismatch()
func (softmaxFamily *SoftmaxFamily) UnpackModelIdMismatchError(raw []byte) (*SoftmaxFamilyModelIdMismatch, error) {
	out := new(SoftmaxFamilyModelIdMismatch)
	if err := softmaxFamily.abi.UnpackIntoInterface(out, "ModelIdMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SoftmaxFamilyOpMissing represents a OpMissing error raised by the SoftmaxFamily contract.
type SoftmaxFamilyOpMissing struct {
	Pc uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpMissing(uint32 pc)
func SoftmaxFamilyOpMissingErrorID() common.Hash {
	return common.HexToHash("0x8a61f9f8ae0f72a50352044ef6dfa79f7eaa2f69daa4a553c21daa19bc5da5b2")
}

// UnpackOpMissingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpMissing(uint32 pc)
func (softmaxFamily *SoftmaxFamily) UnpackOpMissingError(raw []byte) (*SoftmaxFamilyOpMissing, error) {
	out := new(SoftmaxFamilyOpMissing)
	if err := softmaxFamily.abi.UnpackIntoInterface(out, "OpMissing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SoftmaxFamilyOpProofInvalid represents a OpProofInvalid error raised by the SoftmaxFamily contract.
type SoftmaxFamilyOpProofInvalid struct {
	Pc uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpProofInvalid(uint32 pc)
func SoftmaxFamilyOpProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x37782a63ddd0248fc94515336b590367147d30fcdd67034fab31e313bc9b798e")
}

// UnpackOpProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpProofInvalid(uint32 pc)
func (softmaxFamily *SoftmaxFamily) UnpackOpProofInvalidError(raw []byte) (*SoftmaxFamilyOpProofInvalid, error) {
	out := new(SoftmaxFamilyOpProofInvalid)
	if err := softmaxFamily.abi.UnpackIntoInterface(out, "OpProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SoftmaxFamilyOpUnexpected represents a OpUnexpected error raised by the SoftmaxFamily contract.
type SoftmaxFamilyOpUnexpected struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpUnexpected()
func SoftmaxFamilyOpUnexpectedErrorID() common.Hash {
	return common.HexToHash("0xc8e43713c0ee2c754056063a820aea2d7dfb512807bb21c07719008f9d04b52b")
}

// UnpackOpUnexpectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpUnexpected()
func (softmaxFamily *SoftmaxFamily) UnpackOpUnexpectedError(raw []byte) (*SoftmaxFamilyOpUnexpected, error) {
	out := new(SoftmaxFamilyOpUnexpected)
	if err := softmaxFamily.abi.UnpackIntoInterface(out, "OpUnexpected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SoftmaxFamilyOutputProofInvalid represents a OutputProofInvalid error raised by the SoftmaxFamily contract.
type SoftmaxFamilyOutputProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputProofInvalid()
func SoftmaxFamilyOutputProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x8ccf6233e9eb070c44d3ce5ebc69779e597688be21ad3af1d5f85858c9c81ce9")
}

// UnpackOutputProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputProofInvalid()
func (softmaxFamily *SoftmaxFamily) UnpackOutputProofInvalidError(raw []byte) (*SoftmaxFamilyOutputProofInvalid, error) {
	out := new(SoftmaxFamilyOutputProofInvalid)
	if err := softmaxFamily.abi.UnpackIntoInterface(out, "OutputProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SoftmaxFamilyWitnessAccessKind represents a WitnessAccessKind error raised by the SoftmaxFamily contract.
type SoftmaxFamilyWitnessAccessKind struct {
	K    *big.Int
	Kind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessAccessKind(uint256 k, uint8 kind)
func SoftmaxFamilyWitnessAccessKindErrorID() common.Hash {
	return common.HexToHash("0x7669a5f4604c7f54736ef410bce4930404d4ef1958cb9e8363d3ba7f6e06d60e")
}

// UnpackWitnessAccessKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessAccessKind(uint256 k, uint8 kind)
func (softmaxFamily *SoftmaxFamily) UnpackWitnessAccessKindError(raw []byte) (*SoftmaxFamilyWitnessAccessKind, error) {
	out := new(SoftmaxFamilyWitnessAccessKind)
	if err := softmaxFamily.abi.UnpackIntoInterface(out, "WitnessAccessKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SoftmaxFamilyWitnessDepths represents a WitnessDepths error raised by the SoftmaxFamily contract.
type SoftmaxFamilyWitnessDepths struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessDepths()
func SoftmaxFamilyWitnessDepthsErrorID() common.Hash {
	return common.HexToHash("0xb88255024dc31feb433c55eecb6cfbb136c0306a224348e59cd230cb9548372b")
}

// UnpackWitnessDepthsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessDepths()
func (softmaxFamily *SoftmaxFamily) UnpackWitnessDepthsError(raw []byte) (*SoftmaxFamilyWitnessDepths, error) {
	out := new(SoftmaxFamilyWitnessDepths)
	if err := softmaxFamily.abi.UnpackIntoInterface(out, "WitnessDepths", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SoftmaxFamilyWitnessOpFlag represents a WitnessOpFlag error raised by the SoftmaxFamily contract.
type SoftmaxFamilyWitnessOpFlag struct {
	Flag uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessOpFlag(uint8 flag)
func SoftmaxFamilyWitnessOpFlagErrorID() common.Hash {
	return common.HexToHash("0xb07830b9c32a2266ff98cb5e5b976ef9416b57d56237b536f736e2fb5fd450f5")
}

// UnpackWitnessOpFlagError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessOpFlag(uint8 flag)
func (softmaxFamily *SoftmaxFamily) UnpackWitnessOpFlagError(raw []byte) (*SoftmaxFamilyWitnessOpFlag, error) {
	out := new(SoftmaxFamilyWitnessOpFlag)
	if err := softmaxFamily.abi.UnpackIntoInterface(out, "WitnessOpFlag", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SoftmaxFamilyWitnessTrailing represents a WitnessTrailing error raised by the SoftmaxFamily contract.
type SoftmaxFamilyWitnessTrailing struct {
	Extra *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessTrailing(uint256 extra)
func SoftmaxFamilyWitnessTrailingErrorID() common.Hash {
	return common.HexToHash("0xbae27caa07af259b3a4f9f1c02f9324163b54c8435977d65507077ed1ebba420")
}

// UnpackWitnessTrailingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessTrailing(uint256 extra)
func (softmaxFamily *SoftmaxFamily) UnpackWitnessTrailingError(raw []byte) (*SoftmaxFamilyWitnessTrailing, error) {
	out := new(SoftmaxFamilyWitnessTrailing)
	if err := softmaxFamily.abi.UnpackIntoInterface(out, "WitnessTrailing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SoftmaxFamilyWitnessTruncated represents a WitnessTruncated error raised by the SoftmaxFamily contract.
type SoftmaxFamilyWitnessTruncated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessTruncated()
func SoftmaxFamilyWitnessTruncatedErrorID() common.Hash {
	return common.HexToHash("0x87da407a2a971b9b2197acfc9927e8673864889f1595be4c26a63ebbf44ebec4")
}

// UnpackWitnessTruncatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessTruncated()
func (softmaxFamily *SoftmaxFamily) UnpackWitnessTruncatedError(raw []byte) (*SoftmaxFamilyWitnessTruncated, error) {
	out := new(SoftmaxFamilyWitnessTruncated)
	if err := softmaxFamily.abi.UnpackIntoInterface(out, "WitnessTruncated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SoftmaxFamilyWitnessVersion represents a WitnessVersion error raised by the SoftmaxFamily contract.
type SoftmaxFamilyWitnessVersion struct {
	Version uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessVersion(uint8 version)
func SoftmaxFamilyWitnessVersionErrorID() common.Hash {
	return common.HexToHash("0x02ed372a870e18c43a88b490fc53de9cdb844991450bdb551aad29efd899b5d8")
}

// UnpackWitnessVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessVersion(uint8 version)
func (softmaxFamily *SoftmaxFamily) UnpackWitnessVersionError(raw []byte) (*SoftmaxFamilyWitnessVersion, error) {
	out := new(SoftmaxFamilyWitnessVersion)
	if err := softmaxFamily.abi.UnpackIntoInterface(out, "WitnessVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SoftmaxFamilyWrongFamily represents a WrongFamily error raised by the SoftmaxFamily contract.
type SoftmaxFamilyWrongFamily struct {
	Op uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongFamily(uint8 op)
func SoftmaxFamilyWrongFamilyErrorID() common.Hash {
	return common.HexToHash("0x2f17c46ad1aa77ce0deb11847b4d2a901b3e9a53fc5e48e3cd36172b783e3caf")
}

// UnpackWrongFamilyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongFamily(uint8 op)
func (softmaxFamily *SoftmaxFamily) UnpackWrongFamilyError(raw []byte) (*SoftmaxFamilyWrongFamily, error) {
	out := new(SoftmaxFamilyWrongFamily)
	if err := softmaxFamily.abi.UnpackIntoInterface(out, "WrongFamily", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierMetaData contains all meta data concerning the StepVerifier contract.
var StepVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address[5]\",\"name\":\"families\",\"type\":\"address[5]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"got\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"want\",\"type\":\"uint8\"}],\"name\":\"AccessKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"AccessMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"}],\"name\":\"AccessProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supplied\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"used\",\"type\":\"uint256\"}],\"name\":\"AccessesUnused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPreState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"family\",\"type\":\"address\"}],\"name\":\"FamilyWithoutCode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModelIdMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"pc\",\"type\":\"uint32\"}],\"name\":\"OpMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"pc\",\"type\":\"uint32\"}],\"name\":\"OpProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OpUnexpected\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutputProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"WitnessAccessKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WitnessDepths\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"flag\",\"type\":\"uint8\"}],\"name\":\"WitnessOpFlag\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"extra\",\"type\":\"uint256\"}],\"name\":\"WitnessTrailing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WitnessTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"}],\"name\":\"WitnessVersion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"elementwiseFamily\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"}],\"name\":\"familyOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gemmFamily\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"poolFamily\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reshapeFamily\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"softmaxFamily\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"preState\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"preState\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"stepState\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "64541a271ccd3a3d46eb624638496da0a5",
	Bin: "0x6101206040523461019b576040516106ce3881900390601f8201601f19168301906001600160401b0382118483101761019f578291604052833981019060a08183031261019b5781601f8201121561019b576040519160a083016001600160401b0381118482101761019f57604052829160a0810191821161019b57915b81831061017b57835f5b6005811061012c575080516001600160a01b0390811660809081526020830151821660a052604080840151831660c0526060840151831660e0529201511661010052516104f590816101d9823960805181818161029f01528181610331015261043a015260a05181818160a9015261040b015260c05181818161013801526103b4015260e051818181610222015261038501526101005181818160f501526103550152f35b6001600160a01b0361013e82846101b3565b51163b1561014e57600101610087565b906001600160a01b03906101639083906101b3565b5116906312e4e3ed60e01b5f5260045260245260445ffd5b82516001600160a01b038116810361019b5781526020928301920161007d565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b9060058110156101c45760051b0190565b634e487b7160e01b5f52603260045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c80630682139a1461008f5780630b42d6971461008a578063210b59741461008557806370b31be91461007657806397afe07d14610080578063ab9b875f1461007b578063f8e0cb96146100765763fde6c05f14610071575f80fd5b610280565b6101dc565b610246565b610203565b610119565b6100d6565b346100d2575f3660031901126100d2576001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001660805260206080f35b5f80fd5b346100d2575f3660031901126100d25760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100d2575f3660031901126100d25760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b9181601f840112156100d25782359167ffffffffffffffff83116100d257602083818601950101116100d257565b60406003198201126100d25760043567ffffffffffffffff81116100d257816101b59160040161015c565b929092916024359067ffffffffffffffff82116100d2576101d89160040161015c565b9091565b346100d2576101fe6101f96101f03661018a565b92509050610466565b6102c3565b6104d8565b346100d2575f3660031901126100d25760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100d25760203660031901126100d25760043560ff811681036100d25761026f6020916102c3565b6001600160a01b0360405191168152f35b346100d2575f3660031901126100d25760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b60ff1660018114801561045c575b6104375760048114801561042d575b610408576003811480156103fe575b80156103f4575b80156103ea575b80156103e0575b80156103d6575b6103b1576007811480156103a7575b6103825760088114908115610377575b50610353577f000000000000000000000000000000000000000000000000000000000000000090565b7f000000000000000000000000000000000000000000000000000000000000000090565b60099150145f61032a565b507f000000000000000000000000000000000000000000000000000000000000000090565b50600b811461031a565b507f000000000000000000000000000000000000000000000000000000000000000090565b50600e811461030b565b50600d8114610304565b50600c81146102fd565b50600a81146102f6565b50600681146102ef565b507f000000000000000000000000000000000000000000000000000000000000000090565b50600581146102e0565b507f000000000000000000000000000000000000000000000000000000000000000090565b50600281146102d1565b5f929160a28111806104be575b61047b575050565b9091925060a210156104915760a2013560f81c90565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b508060a1101561049157600160a183013560f81c14610473565b5f8091368280378136915afa3d5f803e156104f1573d5ff35b3d5ffd",
}

// StepVerifier is an auto generated Go binding around an Ethereum contract.
type StepVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *StepVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewStepVerifier creates a new instance of StepVerifier.
func NewStepVerifier() *StepVerifier {
	parsed, err := StepVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &StepVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *StepVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address[5] families) returns()
func (stepVerifier *StepVerifier) PackConstructor(families [5]common.Address) []byte {
	enc, err := stepVerifier.abi.Pack("", families)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackElementwiseFamily is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x210b5974.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function elementwiseFamily() view returns(address)
func (stepVerifier *StepVerifier) PackElementwiseFamily() []byte {
	enc, err := stepVerifier.abi.Pack("elementwiseFamily")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackElementwiseFamily is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x210b5974.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function elementwiseFamily() view returns(address)
func (stepVerifier *StepVerifier) TryPackElementwiseFamily() ([]byte, error) {
	return stepVerifier.abi.Pack("elementwiseFamily")
}

// UnpackElementwiseFamily is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x210b5974.
//
// Solidity: function elementwiseFamily() view returns(address)
func (stepVerifier *StepVerifier) UnpackElementwiseFamily(data []byte) (common.Address, error) {
	out, err := stepVerifier.abi.Unpack("elementwiseFamily", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFamilyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab9b875f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function familyOf(uint8 op) view returns(address)
func (stepVerifier *StepVerifier) PackFamilyOf(op uint8) []byte {
	enc, err := stepVerifier.abi.Pack("familyOf", op)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFamilyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab9b875f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function familyOf(uint8 op) view returns(address)
func (stepVerifier *StepVerifier) TryPackFamilyOf(op uint8) ([]byte, error) {
	return stepVerifier.abi.Pack("familyOf", op)
}

// UnpackFamilyOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab9b875f.
//
// Solidity: function familyOf(uint8 op) view returns(address)
func (stepVerifier *StepVerifier) UnpackFamilyOf(data []byte) (common.Address, error) {
	out, err := stepVerifier.abi.Unpack("familyOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGemmFamily is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfde6c05f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gemmFamily() view returns(address)
func (stepVerifier *StepVerifier) PackGemmFamily() []byte {
	enc, err := stepVerifier.abi.Pack("gemmFamily")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGemmFamily is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfde6c05f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gemmFamily() view returns(address)
func (stepVerifier *StepVerifier) TryPackGemmFamily() ([]byte, error) {
	return stepVerifier.abi.Pack("gemmFamily")
}

// UnpackGemmFamily is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfde6c05f.
//
// Solidity: function gemmFamily() view returns(address)
func (stepVerifier *StepVerifier) UnpackGemmFamily(data []byte) (common.Address, error) {
	out, err := stepVerifier.abi.Unpack("gemmFamily", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPoolFamily is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0682139a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function poolFamily() view returns(address)
func (stepVerifier *StepVerifier) PackPoolFamily() []byte {
	enc, err := stepVerifier.abi.Pack("poolFamily")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPoolFamily is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0682139a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function poolFamily() view returns(address)
func (stepVerifier *StepVerifier) TryPackPoolFamily() ([]byte, error) {
	return stepVerifier.abi.Pack("poolFamily")
}

// UnpackPoolFamily is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0682139a.
//
// Solidity: function poolFamily() view returns(address)
func (stepVerifier *StepVerifier) UnpackPoolFamily(data []byte) (common.Address, error) {
	out, err := stepVerifier.abi.Unpack("poolFamily", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReshapeFamily is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97afe07d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reshapeFamily() view returns(address)
func (stepVerifier *StepVerifier) PackReshapeFamily() []byte {
	enc, err := stepVerifier.abi.Pack("reshapeFamily")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReshapeFamily is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97afe07d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reshapeFamily() view returns(address)
func (stepVerifier *StepVerifier) TryPackReshapeFamily() ([]byte, error) {
	return stepVerifier.abi.Pack("reshapeFamily")
}

// UnpackReshapeFamily is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97afe07d.
//
// Solidity: function reshapeFamily() view returns(address)
func (stepVerifier *StepVerifier) UnpackReshapeFamily(data []byte) (common.Address, error) {
	out, err := stepVerifier.abi.Unpack("reshapeFamily", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSoftmaxFamily is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b42d697.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function softmaxFamily() view returns(address)
func (stepVerifier *StepVerifier) PackSoftmaxFamily() []byte {
	enc, err := stepVerifier.abi.Pack("softmaxFamily")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSoftmaxFamily is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b42d697.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function softmaxFamily() view returns(address)
func (stepVerifier *StepVerifier) TryPackSoftmaxFamily() ([]byte, error) {
	return stepVerifier.abi.Pack("softmaxFamily")
}

// UnpackSoftmaxFamily is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0b42d697.
//
// Solidity: function softmaxFamily() view returns(address)
func (stepVerifier *StepVerifier) UnpackSoftmaxFamily(data []byte) (common.Address, error) {
	out, err := stepVerifier.abi.Unpack("softmaxFamily", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e0cb96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step(bytes preState, bytes witness) view returns(bytes32)
func (stepVerifier *StepVerifier) PackStep(preState []byte, witness []byte) []byte {
	enc, err := stepVerifier.abi.Pack("step", preState, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e0cb96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step(bytes preState, bytes witness) view returns(bytes32)
func (stepVerifier *StepVerifier) TryPackStep(preState []byte, witness []byte) ([]byte, error) {
	return stepVerifier.abi.Pack("step", preState, witness)
}

// UnpackStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8e0cb96.
//
// Solidity: function step(bytes preState, bytes witness) view returns(bytes32)
func (stepVerifier *StepVerifier) UnpackStep(data []byte) ([32]byte, error) {
	out, err := stepVerifier.abi.Unpack("step", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStepState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70b31be9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepState(bytes preState, bytes witness) view returns(bytes)
func (stepVerifier *StepVerifier) PackStepState(preState []byte, witness []byte) []byte {
	enc, err := stepVerifier.abi.Pack("stepState", preState, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70b31be9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepState(bytes preState, bytes witness) view returns(bytes)
func (stepVerifier *StepVerifier) TryPackStepState(preState []byte, witness []byte) ([]byte, error) {
	return stepVerifier.abi.Pack("stepState", preState, witness)
}

// UnpackStepState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70b31be9.
//
// Solidity: function stepState(bytes preState, bytes witness) view returns(bytes)
func (stepVerifier *StepVerifier) UnpackStepState(data []byte) ([]byte, error) {
	out, err := stepVerifier.abi.Unpack("stepState", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (stepVerifier *StepVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], stepVerifier.abi.Errors["AccessKind"].ID.Bytes()[:4]) {
		return stepVerifier.UnpackAccessKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], stepVerifier.abi.Errors["AccessMissing"].ID.Bytes()[:4]) {
		return stepVerifier.UnpackAccessMissingError(raw[4:])
	}
	if bytes.Equal(raw[:4], stepVerifier.abi.Errors["AccessProofInvalid"].ID.Bytes()[:4]) {
		return stepVerifier.UnpackAccessProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], stepVerifier.abi.Errors["AccessesUnused"].ID.Bytes()[:4]) {
		return stepVerifier.UnpackAccessesUnusedError(raw[4:])
	}
	if bytes.Equal(raw[:4], stepVerifier.abi.Errors["BadPreState"].ID.Bytes()[:4]) {
		return stepVerifier.UnpackBadPreStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], stepVerifier.abi.Errors["FamilyWithoutCode"].ID.Bytes()[:4]) {
		return stepVerifier.UnpackFamilyWithoutCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], stepVerifier.abi.Errors["ModelIdMismatch"].ID.Bytes()[:4]) {
		return stepVerifier.UnpackModelIdMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], stepVerifier.abi.Errors["OpMissing"].ID.Bytes()[:4]) {
		return stepVerifier.UnpackOpMissingError(raw[4:])
	}
	if bytes.Equal(raw[:4], stepVerifier.abi.Errors["OpProofInvalid"].ID.Bytes()[:4]) {
		return stepVerifier.UnpackOpProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], stepVerifier.abi.Errors["OpUnexpected"].ID.Bytes()[:4]) {
		return stepVerifier.UnpackOpUnexpectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], stepVerifier.abi.Errors["OutputProofInvalid"].ID.Bytes()[:4]) {
		return stepVerifier.UnpackOutputProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], stepVerifier.abi.Errors["WitnessAccessKind"].ID.Bytes()[:4]) {
		return stepVerifier.UnpackWitnessAccessKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], stepVerifier.abi.Errors["WitnessDepths"].ID.Bytes()[:4]) {
		return stepVerifier.UnpackWitnessDepthsError(raw[4:])
	}
	if bytes.Equal(raw[:4], stepVerifier.abi.Errors["WitnessOpFlag"].ID.Bytes()[:4]) {
		return stepVerifier.UnpackWitnessOpFlagError(raw[4:])
	}
	if bytes.Equal(raw[:4], stepVerifier.abi.Errors["WitnessTrailing"].ID.Bytes()[:4]) {
		return stepVerifier.UnpackWitnessTrailingError(raw[4:])
	}
	if bytes.Equal(raw[:4], stepVerifier.abi.Errors["WitnessTruncated"].ID.Bytes()[:4]) {
		return stepVerifier.UnpackWitnessTruncatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], stepVerifier.abi.Errors["WitnessVersion"].ID.Bytes()[:4]) {
		return stepVerifier.UnpackWitnessVersionError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// StepVerifierAccessKind represents a AccessKind error raised by the StepVerifier contract.
type StepVerifierAccessKind struct {
	K    *big.Int
	Got  uint8
	Want uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessKind(uint256 k, uint8 got, uint8 want)
func StepVerifierAccessKindErrorID() common.Hash {
	return common.HexToHash("0xed42de477c91b674a82d78ccae7a6bd1b13c2a02c493cefdea8120b2adb7f8f1")
}

// UnpackAccessKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessKind(uint256 k, uint8 got, uint8 want)
func (stepVerifier *StepVerifier) UnpackAccessKindError(raw []byte) (*StepVerifierAccessKind, error) {
	out := new(StepVerifierAccessKind)
	if err := stepVerifier.abi.UnpackIntoInterface(out, "AccessKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierAccessMissing represents a AccessMissing error raised by the StepVerifier contract.
type StepVerifierAccessMissing struct {
	K *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessMissing(uint256 k)
func StepVerifierAccessMissingErrorID() common.Hash {
	return common.HexToHash("0x699afcf6e727e6315ec8f99ef6630f3cca9c4619d0df5c01ef1607e5bc5d7b22")
}

// UnpackAccessMissingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessMissing(uint256 k)
func (stepVerifier *StepVerifier) UnpackAccessMissingError(raw []byte) (*StepVerifierAccessMissing, error) {
	out := new(StepVerifierAccessMissing)
	if err := stepVerifier.abi.UnpackIntoInterface(out, "AccessMissing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierAccessProofInvalid represents a AccessProofInvalid error raised by the StepVerifier contract.
type StepVerifierAccessProofInvalid struct {
	K    *big.Int
	Leaf uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessProofInvalid(uint256 k, uint64 leaf)
func StepVerifierAccessProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x653046b01386a874647cf8dfeaec31349f195e14c122e4f1dfec015d7553d50e")
}

// UnpackAccessProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessProofInvalid(uint256 k, uint64 leaf)
func (stepVerifier *StepVerifier) UnpackAccessProofInvalidError(raw []byte) (*StepVerifierAccessProofInvalid, error) {
	out := new(StepVerifierAccessProofInvalid)
	if err := stepVerifier.abi.UnpackIntoInterface(out, "AccessProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierAccessesUnused represents a AccessesUnused error raised by the StepVerifier contract.
type StepVerifierAccessesUnused struct {
	Supplied *big.Int
	Used     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessesUnused(uint256 supplied, uint256 used)
func StepVerifierAccessesUnusedErrorID() common.Hash {
	return common.HexToHash("0x63aa9335aa3796690ab88b33887829d6f794fdd0e4cb3f3724e112b85822efb9")
}

// UnpackAccessesUnusedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessesUnused(uint256 supplied, uint256 used)
func (stepVerifier *StepVerifier) UnpackAccessesUnusedError(raw []byte) (*StepVerifierAccessesUnused, error) {
	out := new(StepVerifierAccessesUnused)
	if err := stepVerifier.abi.UnpackIntoInterface(out, "AccessesUnused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierBadPreState represents a BadPreState error raised by the StepVerifier contract.
type StepVerifierBadPreState struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPreState()
func StepVerifierBadPreStateErrorID() common.Hash {
	return common.HexToHash("0xca7560030f9ed8874fdf19ee9c15444f2660d319059c5b08bf496413e4ce796f")
}

// UnpackBadPreStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPreState()
func (stepVerifier *StepVerifier) UnpackBadPreStateError(raw []byte) (*StepVerifierBadPreState, error) {
	out := new(StepVerifierBadPreState)
	if err := stepVerifier.abi.UnpackIntoInterface(out, "BadPreState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierFamilyWithoutCode represents a FamilyWithoutCode error raised by the StepVerifier contract.
type StepVerifierFamilyWithoutCode struct {
	Index  *big.Int
	Family common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FamilyWithoutCode(uint256 index, address family)
func StepVerifierFamilyWithoutCodeErrorID() common.Hash {
	return common.HexToHash("0x12e4e3ed74826ff9ed14048ff782609e4a6c42cb73893f6769a301202f11d264")
}

// UnpackFamilyWithoutCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FamilyWithoutCode(uint256 index, address family)
func (stepVerifier *StepVerifier) UnpackFamilyWithoutCodeError(raw []byte) (*StepVerifierFamilyWithoutCode, error) {
	out := new(StepVerifierFamilyWithoutCode)
	if err := stepVerifier.abi.UnpackIntoInterface(out, "FamilyWithoutCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierModelIdMismatch represents a ModelIdMismatch error raised by the StepVerifier contract.
type StepVerifierModelIdMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelIdMismatch()
func StepVerifierModelIdMismatchErrorID() common.Hash {
	return common.HexToHash("0xbe2aa3022d62b457cd2c326ee36bcac4b80768c146eaed8632048dcfec3e7a4b")
}

// UnpackModelIdMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelIdMismatch()
func (stepVerifier *StepVerifier) UnpackModelIdMismatchError(raw []byte) (*StepVerifierModelIdMismatch, error) {
	out := new(StepVerifierModelIdMismatch)
	if err := stepVerifier.abi.UnpackIntoInterface(out, "ModelIdMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierOpMissing represents a OpMissing error raised by the StepVerifier contract.
type StepVerifierOpMissing struct {
	Pc uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpMissing(uint32 pc)
func StepVerifierOpMissingErrorID() common.Hash {
	return common.HexToHash("0x8a61f9f8ae0f72a50352044ef6dfa79f7eaa2f69daa4a553c21daa19bc5da5b2")
}

// UnpackOpMissingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpMissing(uint32 pc)
func (stepVerifier *StepVerifier) UnpackOpMissingError(raw []byte) (*StepVerifierOpMissing, error) {
	out := new(StepVerifierOpMissing)
	if err := stepVerifier.abi.UnpackIntoInterface(out, "OpMissing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierOpProofInvalid represents a OpProofInvalid error raised by the StepVerifier contract.
type StepVerifierOpProofInvalid struct {
	Pc uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpProofInvalid(uint32 pc)
func StepVerifierOpProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x37782a63ddd0248fc94515336b590367147d30fcdd67034fab31e313bc9b798e")
}

// UnpackOpProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpProofInvalid(uint32 pc)
func (stepVerifier *StepVerifier) UnpackOpProofInvalidError(raw []byte) (*StepVerifierOpProofInvalid, error) {
	out := new(StepVerifierOpProofInvalid)
	if err := stepVerifier.abi.UnpackIntoInterface(out, "OpProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierOpUnexpected represents a OpUnexpected error raised by the StepVerifier contract.
type StepVerifierOpUnexpected struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpUnexpected()
func StepVerifierOpUnexpectedErrorID() common.Hash {
	return common.HexToHash("0xc8e43713c0ee2c754056063a820aea2d7dfb512807bb21c07719008f9d04b52b")
}

// UnpackOpUnexpectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpUnexpected()
func (stepVerifier *StepVerifier) UnpackOpUnexpectedError(raw []byte) (*StepVerifierOpUnexpected, error) {
	out := new(StepVerifierOpUnexpected)
	if err := stepVerifier.abi.UnpackIntoInterface(out, "OpUnexpected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierOutputProofInvalid represents a OutputProofInvalid error raised by the StepVerifier contract.
type StepVerifierOutputProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputProofInvalid()
func StepVerifierOutputProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x8ccf6233e9eb070c44d3ce5ebc69779e597688be21ad3af1d5f85858c9c81ce9")
}

// UnpackOutputProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputProofInvalid()
func (stepVerifier *StepVerifier) UnpackOutputProofInvalidError(raw []byte) (*StepVerifierOutputProofInvalid, error) {
	out := new(StepVerifierOutputProofInvalid)
	if err := stepVerifier.abi.UnpackIntoInterface(out, "OutputProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierWitnessAccessKind represents a WitnessAccessKind error raised by the StepVerifier contract.
type StepVerifierWitnessAccessKind struct {
	K    *big.Int
	Kind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessAccessKind(uint256 k, uint8 kind)
func StepVerifierWitnessAccessKindErrorID() common.Hash {
	return common.HexToHash("0x7669a5f4604c7f54736ef410bce4930404d4ef1958cb9e8363d3ba7f6e06d60e")
}

// UnpackWitnessAccessKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessAccessKind(uint256 k, uint8 kind)
func (stepVerifier *StepVerifier) UnpackWitnessAccessKindError(raw []byte) (*StepVerifierWitnessAccessKind, error) {
	out := new(StepVerifierWitnessAccessKind)
	if err := stepVerifier.abi.UnpackIntoInterface(out, "WitnessAccessKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierWitnessDepths represents a WitnessDepths error raised by the StepVerifier contract.
type StepVerifierWitnessDepths struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessDepths()
func StepVerifierWitnessDepthsErrorID() common.Hash {
	return common.HexToHash("0xb88255024dc31feb433c55eecb6cfbb136c0306a224348e59cd230cb9548372b")
}

// UnpackWitnessDepthsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessDepths()
func (stepVerifier *StepVerifier) UnpackWitnessDepthsError(raw []byte) (*StepVerifierWitnessDepths, error) {
	out := new(StepVerifierWitnessDepths)
	if err := stepVerifier.abi.UnpackIntoInterface(out, "WitnessDepths", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierWitnessOpFlag represents a WitnessOpFlag error raised by the StepVerifier contract.
type StepVerifierWitnessOpFlag struct {
	Flag uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessOpFlag(uint8 flag)
func StepVerifierWitnessOpFlagErrorID() common.Hash {
	return common.HexToHash("0xb07830b9c32a2266ff98cb5e5b976ef9416b57d56237b536f736e2fb5fd450f5")
}

// UnpackWitnessOpFlagError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessOpFlag(uint8 flag)
func (stepVerifier *StepVerifier) UnpackWitnessOpFlagError(raw []byte) (*StepVerifierWitnessOpFlag, error) {
	out := new(StepVerifierWitnessOpFlag)
	if err := stepVerifier.abi.UnpackIntoInterface(out, "WitnessOpFlag", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierWitnessTrailing represents a WitnessTrailing error raised by the StepVerifier contract.
type StepVerifierWitnessTrailing struct {
	Extra *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessTrailing(uint256 extra)
func StepVerifierWitnessTrailingErrorID() common.Hash {
	return common.HexToHash("0xbae27caa07af259b3a4f9f1c02f9324163b54c8435977d65507077ed1ebba420")
}

// UnpackWitnessTrailingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessTrailing(uint256 extra)
func (stepVerifier *StepVerifier) UnpackWitnessTrailingError(raw []byte) (*StepVerifierWitnessTrailing, error) {
	out := new(StepVerifierWitnessTrailing)
	if err := stepVerifier.abi.UnpackIntoInterface(out, "WitnessTrailing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierWitnessTruncated represents a WitnessTruncated error raised by the StepVerifier contract.
type StepVerifierWitnessTruncated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessTruncated()
func StepVerifierWitnessTruncatedErrorID() common.Hash {
	return common.HexToHash("0x87da407a2a971b9b2197acfc9927e8673864889f1595be4c26a63ebbf44ebec4")
}

// UnpackWitnessTruncatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessTruncated()
func (stepVerifier *StepVerifier) UnpackWitnessTruncatedError(raw []byte) (*StepVerifierWitnessTruncated, error) {
	out := new(StepVerifierWitnessTruncated)
	if err := stepVerifier.abi.UnpackIntoInterface(out, "WitnessTruncated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierWitnessVersion represents a WitnessVersion error raised by the StepVerifier contract.
type StepVerifierWitnessVersion struct {
	Version uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessVersion(uint8 version)
func StepVerifierWitnessVersionErrorID() common.Hash {
	return common.HexToHash("0x02ed372a870e18c43a88b490fc53de9cdb844991450bdb551aad29efd899b5d8")
}

// UnpackWitnessVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessVersion(uint8 version)
func (stepVerifier *StepVerifier) UnpackWitnessVersionError(raw []byte) (*StepVerifierWitnessVersion, error) {
	out := new(StepVerifierWitnessVersion)
	if err := stepVerifier.abi.UnpackIntoInterface(out, "WitnessVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}
