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
	Consumer      common.Address
	Fee           *big.Int
	CallbackGas   uint64
	Status        uint8
	Attempts      uint32
	PendingClaims uint32
	ExpiresAt     *big.Int
	ModelId       [32]byte
	StartHash     [32]byte
	Output        []byte
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

// AttentionFamilyMetaData contains all meta data concerning the AttentionFamily contract.
var AttentionFamilyMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"got\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"want\",\"type\":\"uint8\"}],\"name\":\"AccessKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"AccessMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"}],\"name\":\"AccessProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supplied\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"used\",\"type\":\"uint256\"}],\"name\":\"AccessesUnused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPreState\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModelIdMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"pc\",\"type\":\"uint32\"}],\"name\":\"OpMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"pc\",\"type\":\"uint32\"}],\"name\":\"OpProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OpUnexpected\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutputProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"WitnessAccessKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WitnessDepths\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"flag\",\"type\":\"uint8\"}],\"name\":\"WitnessOpFlag\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"extra\",\"type\":\"uint256\"}],\"name\":\"WitnessTrailing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WitnessTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"}],\"name\":\"WitnessVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"}],\"name\":\"WrongFamily\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"preState\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"postStateHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"preState\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"stepState\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"postState\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "bc32e3297caa2f98f8fd37c78eb7687560",
	Bin: "0x6080806040523460155761292a908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806370b31be9146100ac5763f8e0cb961461002f575f80fd5b346100a857602061005361004e6100453661011e565b9291909161020e565b610691565b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8282017fff00000000000000000000000000000000000000000000000000000000000000815116925190201617604051908152f35b5f80fd5b346100a857602060406100c461004e6100453661011e565b815192839181835280519182918282860152018484015e5f828201840152601f01601f19168101030190f35b9181601f840112156100a85782359167ffffffffffffffff83116100a857602083818601950101116100a857565b60406003198201126100a85760043567ffffffffffffffff81116100a85781610149916004016100f0565b929092916024359067ffffffffffffffff82116100a85761016c916004016100f0565b9091565b6040519190601f01601f1916820167ffffffffffffffff81118382101761019657604052565b634e487b7160e01b5f52604160045260245ffd5b60405190610120820182811067ffffffffffffffff82111761019657604052815f81525f60208201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201526101006102046080610170565b9160803684370152565b9392919361021a6101aa565b5060f56102256101aa565b920361066957803560f81c90600282116106695763ffffffff60809260618301359085526001830135602086015260218301356040860152604183013560608601528060c01c84860152818160a01c1660a08601528181851c1660c086015260601c1660e08401526075610100840151910190378060ff8151166106635750604051916101c0830183811067ffffffffffffffff821117610196576040525f83525f60208401525f60408401525f60608401525f60808401525f60a08401525f60c08401525f60e08401525f6101008401525f6101208401525f6101408401525f6101608401525f6101808401525f6101a084015280156104df57843560f81c60018103610638575060a181106104df5760018501359460818101356080850152606181013560608501526041810135604085015260218101356020850152858452600260ff8760f01c1610159586610625575b86610612575b866105ff575b866105e7575b60ff8160301c166101a086015260ff8160e01c1661018086015260ff8160e81c1661016086015282820160a1830110156104df5760a282019060a183013560f81c600181036105b1575090871561058057600160a087015260c0860152610122820160e086015261012260011960ff8360f01c160160051b806101008801528301019083830182116104df575b8383018210156104df576001823560f81c92019782151590816105a8575b50610580579080610120870152876101408701525f915b8183106104a057505050818101860361047057505061046d9293506107b1565b90565b8592507fbae27caa000000000000000000000000000000000000000000000000000000005f52010360045260245ffd5b9091978484018110156104df57803560f81c60018103610507575060219060ff8360e81c165b60051b01019784840189116104df57600101919061044d565b7f87da407a000000000000000000000000000000000000000000000000000000005f5260045ffd5b600281148015610576575b15610527575060219060ff8360e01c166104c6565b60048103610547575060219060ff8360301c1660ff8460e01c16036104c6565b897f7669a5f4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5060038114610512565b7fb8825502000000000000000000000000000000000000000000000000000000005f5260045ffd5b9050155f610436565b806105bc5750610418565b7fb07830b9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b955060ff8660e01c1660ff8760301c1611159561038b565b9550604060ff8760e01c16111595610385565b9550604060ff8760e81c1611159561037f565b9550604060ff8760f01c16111595610379565b7f02ed372a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b93505050565b7fca756003000000000000000000000000000000000000000000000000000000005f5260045ffd5b9061012060f560606106a283610170565b828152926020840190601f190136823783957fffffffffffffffff000000000000000000000000000000000000000000000000608082015160c01b1677ffffffff000000000000000000000000000000000000000060a083015160a01b161773ffffffff0000000000000000000000000000000060c083015160801b16176fffffffff00000000000000000000000060e0830151851b16179080519260208201516040830151917fff00000000000000000000000000000000000000000000000000000000000000610100888601519501519660f81b169052602188015260418701526061860152608185015280516095850152602081015160b5850152604081015160d58501520151910152565b6107b96101aa565b5081516020830180519060408501908151606087019485519160808901958651925f5260205260405f20905f525f60205260405f20905f5260205260405f20915f5260205260405f205f527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb560205260405f20905f5260205260405f20602086015103610fb457610867916080860167ffffffffffffffff6001818351160116905286519151905191611016565b919091158015610f97575b8015610f53575b610f3d57604084019182519360405194610140860186811067ffffffffffffffff821117610196576040525f8652858860208201925f845260408301905f825260608401975f895260808501905f825260a08601925f845261012060c08801965f885260e08901985f8a525f6101008201525f838201526101408201519052015185528a525190526101608c015190526101808b015182526101a08b0151835260a08a019363ffffffff85511663ffffffff60808901511614610e2f575050505060a088015115610dfc5761098660c089015192516040845f3760405f2060408086015f3760405f20905f5260205260405f2063ffffffff84511660e08c0151916101008d015193611352565b15610dc957506040519161030083019083821067ffffffffffffffff8311176101965783916040525f82526109b9610fdc565b60208301526109c6610fdc565b60408301526109d3610fdc565b60608301525f60808301525f60a08301525f60c08301525f60e08301525f6101008301525f6101208301525f6101408301525f6101608301525f6101808301525f6101a08301525f6101c08301525f6101e08301525f6102008301525f6102208301525f6102408301525f6102608301525f6102808301525f6102a08301525f6102c08301525f6102e0830152823560f81c8252610adc6002840135602084015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b610b51601a850135604085015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b610bc66032860135606086015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b604a86013560e081811c60808881019190915263ffffffff60c084811c821660a0808c019190915261ffff60b087901c8116838d015286821c81168c870152609087811c82166101008e01529487901c81166101208d0152607087901c81166101408d0152606087901c166101608c0152604086901c83166101808c015260ff603887901c81165f90810b6101a08e0152603088901c8216810b6101c08e0152602888901c8216810b6101e08e0152602088901c8216810b6102008e015260189790971c811690960b6102208c015260678c01359485901d600390810b6102408d01529185901c8316820b6102608c015284901c909116900b610280890152609882901c83166102a089015281901c82166102c088015260881c166102e08601529082610dc1575b5081610db9575b5080610daa575b80610d8f575b15928315610d64575b508215610d52575b5050610d445783610d2491866114c4565b15610d375761046d9394505190526113ff565b5050509061046d9161127a565b505050509061046d9161127a565b610d5c9250611472565b15815f610d13565b81935063ffffffff60c0610d879301511663ffffffff60e0860151169184611429565b15915f610d0b565b5069ffffffffffffffffffff606784013560381c1615610d02565b5060ff833560f01c1615610cfc565b90505f610cf5565b91505f610cee565b63ffffffff9051167f37782a63000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b63ffffffff9051167f8a61f9f8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b959350955096959250989760a00151610f155782519351841015610f0257845192833560f81c9660018501359760048103610ee75750610ea8969798999a600191519051900360051b9560218781880197010189520190528660ff61012063ffffffff61016085015151169301511691821c92516113ab565b15610ebf5761046d916001845260608401526113ff565b7f8ccf6233000000000000000000000000000000000000000000000000000000005f5260045ffd5b8663ed42de4760e01b5f52600452602452600460445260645ffd5b836334cd7e7b60e11b5f5260045260245ffd5b7fc8e43713000000000000000000000000000000000000000000000000000000005f5260045ffd5b5050509060a0810151610f155761046d9161127a565b5063ffffffff60a08501511663ffffffff608084015116148015610879575060c084015163ffffffff16151580610879575063ffffffff60e0850151161515610879565b5063ffffffff60a08501511663ffffffff60808401511610610872565b7fbe2aa302000000000000000000000000000000000000000000000000000000005f5260045ffd5b604051906080820182811067ffffffffffffffff82111761019657604052815f81525f60208201525f604082015260606102046080610170565b92919060405193610180850185811067ffffffffffffffff821117610196576040525f85525f60208601525f60408601525f60608601525f60808601525f60a08601525f60c08601525f60e08601525f6101008601525f61012086015261107b610fdc565b610140860152611089610fdc565b6101608601528461109f8260f81c80835261160f565b1561127057508060ff65ffffffffffff9260f01c16602087015260ff8160e81c16604087015260ff8160e01c16606087015263ffffffff8160c01c16608087015267ffffffffffffffff8160801c1660a087015263ffffffff8160601c1660c087015263ffffffff8160401c1660e087015260ff8160381c1661010087015260ff8160301c166101208701521661126a576111a28161014086015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b15908115611256575b50611251576112228161016085015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b1590811561123d575b506112395761046d8261166d565b5f90565b67ffffffffffffffff91501615155f61122b565b505f90565b67ffffffffffffffff91501615155f6111ab565b50505f90565b94505f9392505050565b90610120906112876101aa565b5001518061129757506002815290565b6363aa933560e01b5f526004525f60245260445ffd5b90916020820190815191604084015183101561133f57835192833560f81c60ff6001860135971690818103611326575060019190828103611304575060a08601515b60051b95602180870197809701019052019052565b60040361131c5760c086015160e087015190036112ef565b60c08601516112ef565b8263ed42de4760e01b5f5260045260245260445260645ffd5b826334cd7e7b60e11b5f5260045260245ffd5b93919290928260051c602681116113805781901c61137757611373936118bb565b1490565b50505050505f90565b5050505050505f90565b93919290928260051c602881116113805781901c61137757611373936118bb565b94929093918360051c90602881119081156113d6575b506113805781901c61137757611373936118bb565b9050602803602881116113eb5781115f6113c1565b634e487b7160e01b5f52601160045260245ffd5b60406020820151910151808203611414575050565b6363aa933560e01b5f5260045260245260445ffd5b925090608061143892846118f8565b156112515761144681611a8d565b156112515761145963ffffffff91611ab9565b9110159081611466575090565b63ffffffff9150111590565b9060ff8151169160ff61148482611b05565b1683116114bd5760ff600291511610918215926114a057505090565b6008149150816114af57501590565b60c0015161ffff1615919050565b5050505f90565b90916114cf83611ab9565b909182820215919082611603575b60c085019563ffffffff87511693858510156115f7571593846115e4575b5060e086019363ffffffff85511690848210156115d757611591575b50505063ffffffff600181845116011680835214611539575b50505050600190565b5f905263ffffffff600181855116011683526115556080610170565b608036823761010083015263ffffffff83511614611575575b8080611530565b5f60a092520163ffffffff600181835116011690525f8061156e565b63ffffffff8851166101008801519260ff815116601081145f146115c55750906115bd94939291612316565b5f8080611517565b63178be23560e11b5f5260045260245ffd5b5050505050505050505f90565b816115f0929450611b27565b915f6114fb565b50505050505050505f90565b925050600180926114dd565b60ff1660018110159081611621575090565b60029150111590565b90600481101561163b5760051b0190565b634e487b7160e01b5f52603260045260245ffd5b8115611659570690565b634e487b7160e01b5f52601260045260245ffd5b61167a60ff82511661160f565b156112515760808101906116986403fffffffc835160021b16611b54565b91600283106118b2575b602082019260ff8451161480159061188f575b801561186c575b8015611846575b8015611814575b6114bd5763ffffffff63010000009151161161126a576060810191602060ff84511611908115611801575b81156117f1575b5061126a5767ffffffffffffffff60a08201511680159081156117df575b5061126a5761014081015163ffffffff815116158015906117c7575b6114bd5761175060c083019163ffffffff83511690611c28565b159081156117a7575b5061126a57600160ff61012063ffffffff6101608501515116930151161b611781818361164f565b15928361178f575b50505090565b60019192935060ff9051161b910111155f8080611789565b6117c0915063ffffffff61016084015191511690611c28565b155f611759565b506117d960ff60208301511683611bfd565b15611736565b6740000000000000009150115f61171a565b6020915060ff905116115f6116fc565b9050602060ff60408401511611906116f5565b5060ff6101208301511661183f610160840151611839611833826126a9565b91612719565b02611b54565b14156116ca565b5060ff61010083015116611865610140840151611839611833826126a9565b14156116c3565b5060ff60608301511661188863ffffffff60c085015116611b54565b14156116bc565b5060ff6040830151166118ab63ffffffff60e085015116611b54565b14156116b5565b600292506116a2565b93929091908101905b8181106118d057505050565b90919360208560051b1690815260208235911852602060405f209460011c91019190916118c4565b92915060ff83511680158015611a77575b611a6f5761191691611cc9565b1561126a57611929816020840151611c28565b1561126a5760ff82511660068114908115611a64575b8115611a59575b8115611a4e575b8115611a43575b8115611988575b5080611973575b61126a57606061046d920151611c28565b50611982816040840151611c28565b15611962565b600b91501480611999575b5f61195b565b506040820151606081015163ffffffff825116159182611a33575b82611a23575b5081611a13575b81611a00575b816119ed575b816119da575b5015611993565b63ffffffff91506060015116155f6119d3565b604081015163ffffffff161591506119cd565b602081015163ffffffff161591506119c7565b805163ffffffff161591506119c1565b6040015160ff161591505f6119ba565b602081015160ff161592506119b4565b601081149150611954565b600e8114915061194d565b600d81149150611946565b600c8114915061193f565b505050505f90565b50600e8111801561190957506010811415611909565b601060ff82511614611ab05760ff90511663178be23560e11b5f5260045260245ffd5b61046d90612051565b90601060ff83511614611add5760ff82511663178be23560e11b5f5260045260245ffd5b816001602063ffffffff611af26060966127e1565b5097919390950151015151160293010290565b5160ff1660018114611b2157600214611b1c575f90565b601090565b50600990565b90601060ff83511614611b4b5760ff82511663178be23560e11b5f5260045260245ffd5b61046d916122be565b5f90600181111561126a575f1901908160401c611bf6578160019260201c80611be9575b508060101c80611bdc575b508060081c80611bcf575b508060041c80611bc2575b508060021c80611bb5575b50821c611baf570190565b81010190565b600291509101905f611ba4565b600491509101905f611b99565b600891509101905f611b8e565b601091509101905f611b83565b602091509101905f611b78565b5050604090565b9060ff1660018114611c2157600214611c1557505f90565b60ff6002915116101590565b5050600190565b611c3860ff60208301511661273d565b1561126a5760ff604082015116600481116114bd5760608201519060015f5b60048110611c7f575050505063ffffffff81511690611c78611833826126a9565b0201111590565b63ffffffff611c8e828661162a565b5116838210611ca557611380576001905b01611c57565b80611cb4575b50600190611c9f565b9091029063800000008211611380575f611cab565b907fff00ffffffffffff0000ffffffffffffffffffffffffffffffff00000000000060ff6dffffffffffff0000ffffffffffff9216600181145f14611d5f57506dffffffffffffffffffffffff000019927fffffff00ffffff000000000000000000000000000000000000000000000000005b196060820135169319604082013516921960208201351691199035161717171590565b60028103611d91575061ffff19927dff00ffffff00000000000000000000000000000000000000000000000000611d3c565b60038103611dbd575075ffffffffffffffffffffffffffffffffffffffffffff199260ff60e81b611d3c565b600481148015612047575b15611e1157507fffffffffffffffffffff0000000000000000ffffffffffffffffffffffff0000927affff00000000000000000000000000000000000000000000000000611d3c565b60068114801561203d575b8015612033575b15611e87575075ffffffffffffffffffffffffffffffffffffffffffff199267ffff000000000001600160f01b03925068ff000000000000ffff60b01b1991507dffffffffffffffffffffffffffffffffffffffff00000000000000000000611d3c565b600c8103611eee575075ffffffffffffffffffffffffffffffffffffffffffff199267ffff000000000001600160f01b03925068ff000000000000ffff60b01b1991507dffffffffff0000000000000000ffffffff0000ff00000000000000000000611d3c565b600781148015612029575b15611f1e575075ffffffffffffffffffffffffffffffffffffffffffff19925f611d3c565b600a8103611f42575071ffffffffffffffffffffffffffffffffffff19925f611d3c565b60088103611f7357507fffffffffffffffffffffffffffff00000000ffff000000000000000000000000925f611d3c565b91505060108103611fe457507fffffffffffffffffffff0000000000000000ffff0000000000000000000000009067ffff000000000001600160f01b039068ff000000000000ffff60b01b19907dffffffffff0000000000000000ffffffff0000ff00000000000000000000611d3c565b600b036112515771ffffffffffffffffffffffffffffffffffff199067ffff000000000001600160f01b039068ff000000000000ffff60b01b199060ff60e81b611d3c565b5060098114611ef9565b50600e8114611e23565b50600d8114611e1c565b5060058114611dc8565b60208101805190606082015190604084019182519060608201519160608701958651606081015192600160ff60208501511614928315936122ab575b8315612298575b8315612285575b508215612272575b50811561225f575b506121d55763ffffffff60408401511690604083019163ffffffff8351161490811591612245575b8115612225575b8115612206575b506121d55763ffffffff8351161580156121e0575b6121d55761ffff60c08801511680159384156121a5575b508315612175575b50505015611a6f578251905161212a9161275e565b918215612160575b5050611251575f61028082015160030b1215908161214e575090565b603e91506102e060ff91015116111590565b61216e92505190519061275e565b5f80612132565b6002149250908261218b575b50505f8080612115565b63ffffffff91925060208291015116915116145f80612181565b9093506001841490816121bb575b50925f61210d565b905063ffffffff602081818601511692015116145f6121b3565b505050505050505f90565b5063ffffffff82511663ffffffff84511680156116595763ffffffff91061615156120f6565b63ffffffff9150604001511663ffffffff60208501511614155f6120e1565b905063ffffffff60208201511663ffffffff6020850151161415906120da565b905063ffffffff81511663ffffffff8451161415906120d3565b6040015160ff166003141590505f6120ab565b6040015160ff166003141591505f6120a3565b6040015160ff166003141592505f61209b565b602083015160ff16600114159350612094565b602082015160ff1660011415935061208d565b6122c7816127e1565b50918094919415611377576122db9161164f565b91600161ffff60c083015116146122fe57916122f991600193612848565b010290565b506001919250810191010290565b8115611659570490565b9190929493612324836127e1565b919092612331818961164f565b9361233d85828a612848565b926123556001850161234f818b61230c565b9961164f565b93841061250f57505050505050855160e01d61028084015160030b60ff6102e086015116910290603e8111603e82180218908060ff1d91829182806001841b60011c92180301901c1803637fffffff8113637fffffff82180218637fffffff198112637fffffff1982180218926101e08101515f0b935f85820195861291129080158216911516176113eb578061020060609201515f0b946102208201515f0b958082129082180218977bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8151169052015161243360ff60208301511661273d565b9461244563ffffffff83511692612719565b020184830260051c019081606082019586519460c08401938451968461246c6003846112ad565b92909a9180988c931c15948515956124fa575b50505050506124c95799602060ff938493886101206124c59d9e9f8c610100820152015209601f0360031b945160051b97808213908218021816831b921b1916176118bb565b9052565b602001515f19810190869082116113eb5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b612504955061138a565b155f8888878361247f565b9683959b999760208a98969801978589515163ffffffff16858c0201016125369088612869565b9960408c01515163ffffffff169561254d9161230c565b906125579161230c565b020102010161256591612869565b9151602081015160ff166125789061273d565b61258281926128e7565b029160051b80920390602082119161259d926126a15761230c565b96600261ffff60c0870151161480612693575b612686575b5050835160e01d926101c06101a08201515f0b9101515f0b9192915f935f5b89600182011061264e57987fffffffff000000000000000000000000000000000000000000000000000000009798991061263a575b5050505060030b0160e01b167bffffffffffffffffffffffffffffffffffffffffffffffffffffffff825116179052565b60f81d039160f81d0302015f808080612609565b909394600290838660081b60f81d03858860081b60f81d030290848760f81d03868960f81d030201019560101b9460101b91016125d4565b0360010195505f806125b5565b5087600183830301106125b0565b50602061230c565b60ff6040820151169060028210611c21576060015163ffffffff8151169160028111612706575b600381116126f2575b6004106126e4575090565b6060015163ffffffff160290565b604082015163ffffffff16909202916126d9565b9163ffffffff60208301511602916126d0565b601f9061273560ff602061272c846128e7565b9301511661273d565b020160051c90565b60ff166001811461275857600214612753575f90565b600490565b50600190565b612767816126a9565b61277082612719565b0261277a836126a9565b61278384612719565b029281151593846127d7575b846127ba575b50836127a15750505090565b51915163ffffffff9283169216011190505f8080611789565b90935063ffffffff8351169063ffffffff8551160111925f612795565b801515945061278f565b905f906020830191604063ffffffff602060608651015101511694019163ffffffff60206060855101510151169363ffffffff60606128208351612719565b9551015151169081612830575050565b61046d929350606063ffffffff91510151511661230c565b60c0015190919061ffff1660021461285e575090565b6001915060051c0190565b819060608101518260c08301516128816002856112ad565b93819383999392501c15948515956128d2575b50505050506128a257505090565b602001515f198101919082116113eb5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b6128dc955061138a565b155f80848682612894565b60ff6040820151169081158015612920575b611c2157606001515f1982019182116113eb5763ffffffff9161291b9161162a565b511690565b50600482116128f956",
}

// AttentionFamily is an auto generated Go binding around an Ethereum contract.
type AttentionFamily struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AttentionFamily) GetABI() abi.ABI {
	return c.abi
}

// NewAttentionFamily creates a new instance of AttentionFamily.
func NewAttentionFamily() *AttentionFamily {
	parsed, err := AttentionFamilyMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AttentionFamily{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AttentionFamily) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e0cb96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step(bytes preState, bytes witness) pure returns(bytes32 postStateHash)
func (attentionFamily *AttentionFamily) PackStep(preState []byte, witness []byte) []byte {
	enc, err := attentionFamily.abi.Pack("step", preState, witness)
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
func (attentionFamily *AttentionFamily) TryPackStep(preState []byte, witness []byte) ([]byte, error) {
	return attentionFamily.abi.Pack("step", preState, witness)
}

// UnpackStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8e0cb96.
//
// Solidity: function step(bytes preState, bytes witness) pure returns(bytes32 postStateHash)
func (attentionFamily *AttentionFamily) UnpackStep(data []byte) ([32]byte, error) {
	out, err := attentionFamily.abi.Unpack("step", data)
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
func (attentionFamily *AttentionFamily) PackStepState(preState []byte, witness []byte) []byte {
	enc, err := attentionFamily.abi.Pack("stepState", preState, witness)
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
func (attentionFamily *AttentionFamily) TryPackStepState(preState []byte, witness []byte) ([]byte, error) {
	return attentionFamily.abi.Pack("stepState", preState, witness)
}

// UnpackStepState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70b31be9.
//
// Solidity: function stepState(bytes preState, bytes witness) pure returns(bytes postState)
func (attentionFamily *AttentionFamily) UnpackStepState(data []byte) ([]byte, error) {
	out, err := attentionFamily.abi.Unpack("stepState", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (attentionFamily *AttentionFamily) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], attentionFamily.abi.Errors["AccessKind"].ID.Bytes()[:4]) {
		return attentionFamily.UnpackAccessKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], attentionFamily.abi.Errors["AccessMissing"].ID.Bytes()[:4]) {
		return attentionFamily.UnpackAccessMissingError(raw[4:])
	}
	if bytes.Equal(raw[:4], attentionFamily.abi.Errors["AccessProofInvalid"].ID.Bytes()[:4]) {
		return attentionFamily.UnpackAccessProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], attentionFamily.abi.Errors["AccessesUnused"].ID.Bytes()[:4]) {
		return attentionFamily.UnpackAccessesUnusedError(raw[4:])
	}
	if bytes.Equal(raw[:4], attentionFamily.abi.Errors["BadPreState"].ID.Bytes()[:4]) {
		return attentionFamily.UnpackBadPreStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], attentionFamily.abi.Errors["ModelIdMismatch"].ID.Bytes()[:4]) {
		return attentionFamily.UnpackModelIdMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], attentionFamily.abi.Errors["OpMissing"].ID.Bytes()[:4]) {
		return attentionFamily.UnpackOpMissingError(raw[4:])
	}
	if bytes.Equal(raw[:4], attentionFamily.abi.Errors["OpProofInvalid"].ID.Bytes()[:4]) {
		return attentionFamily.UnpackOpProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], attentionFamily.abi.Errors["OpUnexpected"].ID.Bytes()[:4]) {
		return attentionFamily.UnpackOpUnexpectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], attentionFamily.abi.Errors["OutputProofInvalid"].ID.Bytes()[:4]) {
		return attentionFamily.UnpackOutputProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], attentionFamily.abi.Errors["WitnessAccessKind"].ID.Bytes()[:4]) {
		return attentionFamily.UnpackWitnessAccessKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], attentionFamily.abi.Errors["WitnessDepths"].ID.Bytes()[:4]) {
		return attentionFamily.UnpackWitnessDepthsError(raw[4:])
	}
	if bytes.Equal(raw[:4], attentionFamily.abi.Errors["WitnessOpFlag"].ID.Bytes()[:4]) {
		return attentionFamily.UnpackWitnessOpFlagError(raw[4:])
	}
	if bytes.Equal(raw[:4], attentionFamily.abi.Errors["WitnessTrailing"].ID.Bytes()[:4]) {
		return attentionFamily.UnpackWitnessTrailingError(raw[4:])
	}
	if bytes.Equal(raw[:4], attentionFamily.abi.Errors["WitnessTruncated"].ID.Bytes()[:4]) {
		return attentionFamily.UnpackWitnessTruncatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], attentionFamily.abi.Errors["WitnessVersion"].ID.Bytes()[:4]) {
		return attentionFamily.UnpackWitnessVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], attentionFamily.abi.Errors["WrongFamily"].ID.Bytes()[:4]) {
		return attentionFamily.UnpackWrongFamilyError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AttentionFamilyAccessKind represents a AccessKind error raised by the AttentionFamily contract.
type AttentionFamilyAccessKind struct {
	K    *big.Int
	Got  uint8
	Want uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessKind(uint256 k, uint8 got, uint8 want)
func AttentionFamilyAccessKindErrorID() common.Hash {
	return common.HexToHash("0xed42de477c91b674a82d78ccae7a6bd1b13c2a02c493cefdea8120b2adb7f8f1")
}

// UnpackAccessKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessKind(uint256 k, uint8 got, uint8 want)
func (attentionFamily *AttentionFamily) UnpackAccessKindError(raw []byte) (*AttentionFamilyAccessKind, error) {
	out := new(AttentionFamilyAccessKind)
	if err := attentionFamily.abi.UnpackIntoInterface(out, "AccessKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttentionFamilyAccessMissing represents a AccessMissing error raised by the AttentionFamily contract.
type AttentionFamilyAccessMissing struct {
	K *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessMissing(uint256 k)
func AttentionFamilyAccessMissingErrorID() common.Hash {
	return common.HexToHash("0x699afcf6e727e6315ec8f99ef6630f3cca9c4619d0df5c01ef1607e5bc5d7b22")
}

// UnpackAccessMissingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessMissing(uint256 k)
func (attentionFamily *AttentionFamily) UnpackAccessMissingError(raw []byte) (*AttentionFamilyAccessMissing, error) {
	out := new(AttentionFamilyAccessMissing)
	if err := attentionFamily.abi.UnpackIntoInterface(out, "AccessMissing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttentionFamilyAccessProofInvalid represents a AccessProofInvalid error raised by the AttentionFamily contract.
type AttentionFamilyAccessProofInvalid struct {
	K    *big.Int
	Leaf uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessProofInvalid(uint256 k, uint64 leaf)
func AttentionFamilyAccessProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x653046b01386a874647cf8dfeaec31349f195e14c122e4f1dfec015d7553d50e")
}

// UnpackAccessProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessProofInvalid(uint256 k, uint64 leaf)
func (attentionFamily *AttentionFamily) UnpackAccessProofInvalidError(raw []byte) (*AttentionFamilyAccessProofInvalid, error) {
	out := new(AttentionFamilyAccessProofInvalid)
	if err := attentionFamily.abi.UnpackIntoInterface(out, "AccessProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttentionFamilyAccessesUnused represents a AccessesUnused error raised by the AttentionFamily contract.
type AttentionFamilyAccessesUnused struct {
	Supplied *big.Int
	Used     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessesUnused(uint256 supplied, uint256 used)
func AttentionFamilyAccessesUnusedErrorID() common.Hash {
	return common.HexToHash("0x63aa9335aa3796690ab88b33887829d6f794fdd0e4cb3f3724e112b85822efb9")
}

// UnpackAccessesUnusedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessesUnused(uint256 supplied, uint256 used)
func (attentionFamily *AttentionFamily) UnpackAccessesUnusedError(raw []byte) (*AttentionFamilyAccessesUnused, error) {
	out := new(AttentionFamilyAccessesUnused)
	if err := attentionFamily.abi.UnpackIntoInterface(out, "AccessesUnused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttentionFamilyBadPreState represents a BadPreState error raised by the AttentionFamily contract.
type AttentionFamilyBadPreState struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPreState()
func AttentionFamilyBadPreStateErrorID() common.Hash {
	return common.HexToHash("0xca7560030f9ed8874fdf19ee9c15444f2660d319059c5b08bf496413e4ce796f")
}

// UnpackBadPreStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPreState()
func (attentionFamily *AttentionFamily) UnpackBadPreStateError(raw []byte) (*AttentionFamilyBadPreState, error) {
	out := new(AttentionFamilyBadPreState)
	if err := attentionFamily.abi.UnpackIntoInterface(out, "BadPreState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttentionFamilyModelIdMismatch represents a ModelIdMismatch error raised by the AttentionFamily contract.
type AttentionFamilyModelIdMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelIdMismatch()
func AttentionFamilyModelIdMismatchErrorID() common.Hash {
	return common.HexToHash("0xbe2aa3022d62b457cd2c326ee36bcac4b80768c146eaed8632048dcfec3e7a4b")
}

// UnpackModelIdMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelIdMismatch()
func (attentionFamily *AttentionFamily) UnpackModelIdMismatchError(raw []byte) (*AttentionFamilyModelIdMismatch, error) {
	out := new(AttentionFamilyModelIdMismatch)
	if err := attentionFamily.abi.UnpackIntoInterface(out, "ModelIdMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttentionFamilyOpMissing represents a OpMissing error raised by the AttentionFamily contract.
type AttentionFamilyOpMissing struct {
	Pc uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpMissing(uint32 pc)
func AttentionFamilyOpMissingErrorID() common.Hash {
	return common.HexToHash("0x8a61f9f8ae0f72a50352044ef6dfa79f7eaa2f69daa4a553c21daa19bc5da5b2")
}

// UnpackOpMissingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpMissing(uint32 pc)
func (attentionFamily *AttentionFamily) UnpackOpMissingError(raw []byte) (*AttentionFamilyOpMissing, error) {
	out := new(AttentionFamilyOpMissing)
	if err := attentionFamily.abi.UnpackIntoInterface(out, "OpMissing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttentionFamilyOpProofInvalid represents a OpProofInvalid error raised by the AttentionFamily contract.
type AttentionFamilyOpProofInvalid struct {
	Pc uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpProofInvalid(uint32 pc)
func AttentionFamilyOpProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x37782a63ddd0248fc94515336b590367147d30fcdd67034fab31e313bc9b798e")
}

// UnpackOpProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpProofInvalid(uint32 pc)
func (attentionFamily *AttentionFamily) UnpackOpProofInvalidError(raw []byte) (*AttentionFamilyOpProofInvalid, error) {
	out := new(AttentionFamilyOpProofInvalid)
	if err := attentionFamily.abi.UnpackIntoInterface(out, "OpProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttentionFamilyOpUnexpected represents a OpUnexpected error raised by the AttentionFamily contract.
type AttentionFamilyOpUnexpected struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpUnexpected()
func AttentionFamilyOpUnexpectedErrorID() common.Hash {
	return common.HexToHash("0xc8e43713c0ee2c754056063a820aea2d7dfb512807bb21c07719008f9d04b52b")
}

// UnpackOpUnexpectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpUnexpected()
func (attentionFamily *AttentionFamily) UnpackOpUnexpectedError(raw []byte) (*AttentionFamilyOpUnexpected, error) {
	out := new(AttentionFamilyOpUnexpected)
	if err := attentionFamily.abi.UnpackIntoInterface(out, "OpUnexpected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttentionFamilyOutputProofInvalid represents a OutputProofInvalid error raised by the AttentionFamily contract.
type AttentionFamilyOutputProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputProofInvalid()
func AttentionFamilyOutputProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x8ccf6233e9eb070c44d3ce5ebc69779e597688be21ad3af1d5f85858c9c81ce9")
}

// UnpackOutputProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputProofInvalid()
func (attentionFamily *AttentionFamily) UnpackOutputProofInvalidError(raw []byte) (*AttentionFamilyOutputProofInvalid, error) {
	out := new(AttentionFamilyOutputProofInvalid)
	if err := attentionFamily.abi.UnpackIntoInterface(out, "OutputProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttentionFamilyWitnessAccessKind represents a WitnessAccessKind error raised by the AttentionFamily contract.
type AttentionFamilyWitnessAccessKind struct {
	K    *big.Int
	Kind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessAccessKind(uint256 k, uint8 kind)
func AttentionFamilyWitnessAccessKindErrorID() common.Hash {
	return common.HexToHash("0x7669a5f4604c7f54736ef410bce4930404d4ef1958cb9e8363d3ba7f6e06d60e")
}

// UnpackWitnessAccessKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessAccessKind(uint256 k, uint8 kind)
func (attentionFamily *AttentionFamily) UnpackWitnessAccessKindError(raw []byte) (*AttentionFamilyWitnessAccessKind, error) {
	out := new(AttentionFamilyWitnessAccessKind)
	if err := attentionFamily.abi.UnpackIntoInterface(out, "WitnessAccessKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttentionFamilyWitnessDepths represents a WitnessDepths error raised by the AttentionFamily contract.
type AttentionFamilyWitnessDepths struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessDepths()
func AttentionFamilyWitnessDepthsErrorID() common.Hash {
	return common.HexToHash("0xb88255024dc31feb433c55eecb6cfbb136c0306a224348e59cd230cb9548372b")
}

// UnpackWitnessDepthsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessDepths()
func (attentionFamily *AttentionFamily) UnpackWitnessDepthsError(raw []byte) (*AttentionFamilyWitnessDepths, error) {
	out := new(AttentionFamilyWitnessDepths)
	if err := attentionFamily.abi.UnpackIntoInterface(out, "WitnessDepths", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttentionFamilyWitnessOpFlag represents a WitnessOpFlag error raised by the AttentionFamily contract.
type AttentionFamilyWitnessOpFlag struct {
	Flag uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessOpFlag(uint8 flag)
func AttentionFamilyWitnessOpFlagErrorID() common.Hash {
	return common.HexToHash("0xb07830b9c32a2266ff98cb5e5b976ef9416b57d56237b536f736e2fb5fd450f5")
}

// UnpackWitnessOpFlagError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessOpFlag(uint8 flag)
func (attentionFamily *AttentionFamily) UnpackWitnessOpFlagError(raw []byte) (*AttentionFamilyWitnessOpFlag, error) {
	out := new(AttentionFamilyWitnessOpFlag)
	if err := attentionFamily.abi.UnpackIntoInterface(out, "WitnessOpFlag", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttentionFamilyWitnessTrailing represents a WitnessTrailing error raised by the AttentionFamily contract.
type AttentionFamilyWitnessTrailing struct {
	Extra *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessTrailing(uint256 extra)
func AttentionFamilyWitnessTrailingErrorID() common.Hash {
	return common.HexToHash("0xbae27caa07af259b3a4f9f1c02f9324163b54c8435977d65507077ed1ebba420")
}

// UnpackWitnessTrailingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessTrailing(uint256 extra)
func (attentionFamily *AttentionFamily) UnpackWitnessTrailingError(raw []byte) (*AttentionFamilyWitnessTrailing, error) {
	out := new(AttentionFamilyWitnessTrailing)
	if err := attentionFamily.abi.UnpackIntoInterface(out, "WitnessTrailing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttentionFamilyWitnessTruncated represents a WitnessTruncated error raised by the AttentionFamily contract.
type AttentionFamilyWitnessTruncated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessTruncated()
func AttentionFamilyWitnessTruncatedErrorID() common.Hash {
	return common.HexToHash("0x87da407a2a971b9b2197acfc9927e8673864889f1595be4c26a63ebbf44ebec4")
}

// UnpackWitnessTruncatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessTruncated()
func (attentionFamily *AttentionFamily) UnpackWitnessTruncatedError(raw []byte) (*AttentionFamilyWitnessTruncated, error) {
	out := new(AttentionFamilyWitnessTruncated)
	if err := attentionFamily.abi.UnpackIntoInterface(out, "WitnessTruncated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttentionFamilyWitnessVersion represents a WitnessVersion error raised by the AttentionFamily contract.
type AttentionFamilyWitnessVersion struct {
	Version uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessVersion(uint8 version)
func AttentionFamilyWitnessVersionErrorID() common.Hash {
	return common.HexToHash("0x02ed372a870e18c43a88b490fc53de9cdb844991450bdb551aad29efd899b5d8")
}

// UnpackWitnessVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessVersion(uint8 version)
func (attentionFamily *AttentionFamily) UnpackWitnessVersionError(raw []byte) (*AttentionFamilyWitnessVersion, error) {
	out := new(AttentionFamilyWitnessVersion)
	if err := attentionFamily.abi.UnpackIntoInterface(out, "WitnessVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttentionFamilyWrongFamily represents a WrongFamily error raised by the AttentionFamily contract.
type AttentionFamilyWrongFamily struct {
	Op uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongFamily(uint8 op)
func AttentionFamilyWrongFamilyErrorID() common.Hash {
	return common.HexToHash("0x2f17c46ad1aa77ce0deb11847b4d2a901b3e9a53fc5e48e3cd36172b783e3caf")
}

// UnpackWrongFamilyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongFamily(uint8 op)
func (attentionFamily *AttentionFamily) UnpackWrongFamilyError(raw []byte) (*AttentionFamilyWrongFamily, error) {
	out := new(AttentionFamilyWrongFamily)
	if err := attentionFamily.abi.UnpackIntoInterface(out, "WrongFamily", raw); err != nil {
		return nil, err
	}
	return out, nil
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
	Bin: "0x60808060405234601557612e5a908161001a8239f35b5f80fdfe6101a06040526004361015610012575f80fd5b5f3560e01c806370b31be9146100ad5763f8e0cb9614610030575f80fd5b346100a957602061005461004f6100463661011f565b9291909161020f565b610692565b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8282017fff00000000000000000000000000000000000000000000000000000000000000815116925190201617604051908152f35b5f80fd5b346100a957602060406100c561004f6100463661011f565b815192839181835280519182918282860152018484015e5f828201840152601f01601f19168101030190f35b9181601f840112156100a95782359167ffffffffffffffff83116100a957602083818601950101116100a957565b60406003198201126100a95760043567ffffffffffffffff81116100a9578161014a916004016100f1565b929092916024359067ffffffffffffffff82116100a95761016d916004016100f1565b9091565b6040519190601f01601f1916820167ffffffffffffffff81118382101761019757604052565b634e487b7160e01b5f52604160045260245ffd5b60405190610120820182811067ffffffffffffffff82111761019757604052815f81525f60208201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201526101006102056080610171565b9160803684370152565b9392919361021b6101ab565b5060f56102266101ab565b920361066a57803560f81c906002821161066a5763ffffffff60809260618301359085526001830135602086015260218301356040860152604183013560608601528060c01c84860152818160a01c1660a08601528181851c1660c086015260601c1660e08401526075610100840151910190378060ff8151166106645750604051916101c0830183811067ffffffffffffffff821117610197576040525f83525f60208401525f60408401525f60608401525f60808401525f60a08401525f60c08401525f60e08401525f6101008401525f6101208401525f6101408401525f6101608401525f6101808401525f6101a084015280156104e057843560f81c60018103610639575060a181106104e05760018501359460818101356080850152606181013560608501526041810135604085015260218101356020850152858452600260ff8760f01c1610159586610626575b86610613575b86610600575b866105e8575b60ff8160301c166101a086015260ff8160e01c1661018086015260ff8160e81c1661016086015282820160a1830110156104e05760a282019060a183013560f81c600181036105b2575090871561058157600160a087015260c0860152610122820160e086015261012260011960ff8360f01c160160051b806101008801528301019083830182116104e0575b8383018210156104e0576001823560f81c92019782151590816105a9575b50610581579080610120870152876101408701525f915b8183106104a157505050818101860361047157505061046e9293506107b2565b90565b8592507fbae27caa000000000000000000000000000000000000000000000000000000005f52010360045260245ffd5b9091978484018110156104e057803560f81c60018103610508575060219060ff8360e81c165b60051b01019784840189116104e057600101919061044e565b7f87da407a000000000000000000000000000000000000000000000000000000005f5260045ffd5b600281148015610577575b15610528575060219060ff8360e01c166104c7565b60048103610548575060219060ff8360301c1660ff8460e01c16036104c7565b897f7669a5f4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5060038114610513565b7fb8825502000000000000000000000000000000000000000000000000000000005f5260045ffd5b9050155f610437565b806105bd5750610419565b7fb07830b9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b955060ff8660e01c1660ff8760301c1611159561038c565b9550604060ff8760e01c16111595610386565b9550604060ff8760e81c16111595610380565b9550604060ff8760f01c1611159561037a565b7f02ed372a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b93505050565b7fca756003000000000000000000000000000000000000000000000000000000005f5260045ffd5b9061012060f560606106a383610171565b828152926020840190601f190136823783957fffffffffffffffff000000000000000000000000000000000000000000000000608082015160c01b1677ffffffff000000000000000000000000000000000000000060a083015160a01b161773ffffffff0000000000000000000000000000000060c083015160801b16176fffffffff00000000000000000000000060e0830151851b16179080519260208201516040830151917fff00000000000000000000000000000000000000000000000000000000000000610100888601519501519660f81b169052602188015260418701526061860152608185015280516095850152602081015160b5850152604081015160d58501520151910152565b6107ba6101ab565b5081516020830180519060408501908151606087019485519160808901958651925f5260205260405f20905f525f60205260405f20905f5260205260405f20915f5260205260405f205f527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb560205260405f20905f5260205260405f20602086015103610fb557610868916080860167ffffffffffffffff6001818351160116905286519151905191611017565b919091158015610f98575b8015610f54575b610f3e57604084019182519360405194610140860186811067ffffffffffffffff821117610197576040525f8652858860208201925f845260408301905f825260608401975f895260808501905f825260a08601925f845261012060c08801965f885260e08901985f8a525f6101008201525f838201526101408201519052015185528a525190526101608c015190526101808b015182526101a08b0151835260a08a019363ffffffff85511663ffffffff60808901511614610e30575050505060a088015115610dfd5761098760c089015192516040845f3760405f2060408086015f3760405f20905f5260205260405f2063ffffffff84511660e08c0151916101008d015193611353565b15610dca57506040519161030083019083821067ffffffffffffffff8311176101975783916040525f82526109ba610fdd565b60208301526109c7610fdd565b60408301526109d4610fdd565b60608301525f60808301525f60a08301525f60c08301525f60e08301525f6101008301525f6101208301525f6101408301525f6101608301525f6101808301525f6101a08301525f6101c08301525f6101e08301525f6102008301525f6102208301525f6102408301525f6102608301525f6102808301525f6102a08301525f6102c08301525f6102e0830152823560f81c8252610add6002840135602084015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b610b52601a850135604085015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b610bc76032860135606086015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b604a86013560e081811c60808881019190915263ffffffff60c084811c821660a0808c019190915261ffff60b087901c8116838d015286821c81168c870152609087811c82166101008e01529487901c81166101208d0152607087901c81166101408d0152606087901c166101608c0152604086901c83166101808c015260ff603887901c81165f90810b6101a08e0152603088901c8216810b6101c08e0152602888901c8216810b6101e08e0152602088901c8216810b6102008e015260189790971c811690960b6102208c015260678c01359485901d600390810b6102408d01529185901c8316820b6102608c015284901c909116900b610280890152609882901c83166102a089015281901c82166102c088015260881c166102e08601529082610dc2575b5081610dba575b5080610dab575b80610d90575b15928315610d65575b508215610d53575b5050610d455783610d2591866114c5565b15610d385761046e939450519052611400565b5050509061046e9161127b565b505050509061046e9161127b565b610d5d9250611473565b15815f610d14565b81935063ffffffff60c0610d889301511663ffffffff60e086015116918461142a565b15915f610d0c565b5069ffffffffffffffffffff606784013560381c1615610d03565b5060ff833560f01c1615610cfd565b90505f610cf6565b91505f610cef565b63ffffffff9051167f37782a63000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b63ffffffff9051167f8a61f9f8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b959350955096959250989760a00151610f165782519351841015610f0357845192833560f81c9660018501359760048103610ee85750610ea9969798999a600191519051900360051b9560218781880197010189520190528660ff61012063ffffffff61016085015151169301511691821c92516113ac565b15610ec05761046e91600184526060840152611400565b7f8ccf6233000000000000000000000000000000000000000000000000000000005f5260045ffd5b8663ed42de4760e01b5f52600452602452600460445260645ffd5b836334cd7e7b60e11b5f5260045260245ffd5b7fc8e43713000000000000000000000000000000000000000000000000000000005f5260045ffd5b5050509060a0810151610f165761046e9161127b565b5063ffffffff60a08501511663ffffffff60808401511614801561087a575060c084015163ffffffff1615158061087a575063ffffffff60e085015116151561087a565b5063ffffffff60a08501511663ffffffff60808401511610610873565b7fbe2aa302000000000000000000000000000000000000000000000000000000005f5260045ffd5b604051906080820182811067ffffffffffffffff82111761019757604052815f81525f60208201525f604082015260606102056080610171565b92919060405193610180850185811067ffffffffffffffff821117610197576040525f85525f60208601525f60408601525f60608601525f60808601525f60a08601525f60c08601525f60e08601525f6101008601525f61012086015261107c610fdd565b61014086015261108a610fdd565b610160860152846110a08260f81c808352611e35565b1561127157508060ff65ffffffffffff9260f01c16602087015260ff8160e81c16604087015260ff8160e01c16606087015263ffffffff8160c01c16608087015267ffffffffffffffff8160801c1660a087015263ffffffff8160601c1660c087015263ffffffff8160401c1660e087015260ff8160381c1661010087015260ff8160301c166101208701521661126b576111a38161014086015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b15908115611257575b50611252576112238161016085015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b1590811561123e575b5061123a5761046e82611e93565b5f90565b67ffffffffffffffff91501615155f61122c565b505f90565b67ffffffffffffffff91501615155f6111ac565b50505f90565b94505f9392505050565b90610120906112886101ab565b5001518061129857506002815290565b6363aa933560e01b5f526004525f60245260445ffd5b90916020820190815191604084015183101561134057835192833560f81c60ff6001860135971690818103611327575060019190828103611305575060a08601515b60051b95602180870197809701019052019052565b60040361131d5760c086015160e087015190036112f0565b60c08601516112f0565b8263ed42de4760e01b5f5260045260245260445260645ffd5b826334cd7e7b60e11b5f5260045260245ffd5b93919290928260051c602681116113815781901c61137857611374936120e1565b1490565b50505050505f90565b5050505050505f90565b93919290928260051c602881116113815781901c61137857611374936120e1565b94929093918360051c90602881119081156113d7575b506113815781901c61137857611374936120e1565b9050602803602881116113ec5781115f6113c2565b634e487b7160e01b5f52601160045260245ffd5b60406020820151910151808203611415575050565b6363aa933560e01b5f5260045260245260445ffd5b92916080611438928561211e565b1561126b5761144790826122ab565b156112525761145a63ffffffff9161232e565b9110159081611467575090565b63ffffffff9150111590565b9060ff8151169160ff611485826123b6565b1683116114be5760ff600291511610918215926114a157505090565b6008149150816114b057501590565b60c0015161ffff1615919050565b5050505f90565b9190916101605260a0526114d88161232e565b908061014052816101205202159081611e22575b63ffffffff60c06101605101511691610140518310156114be571580611e1d575b63ffffffff60e0610160510151169061012051821015611e15576115d5575b50505063ffffffff60018160e06101605101511601168060e0610160510152610120511461155957600190565b5f60e061016051015263ffffffff60018160c061016051015116011660c06101605101526115876080610171565b60803682376101006101605101526101405163ffffffff60c061016051015116146115b157600190565b5f60c061016051015260a0610160510163ffffffff60018183511601169052600190565b815160ff16600381036116a257505060208101906101a06116266116058563ffffffff865151160160a051612ca1565b9461161f8163ffffffff606087015151160160a051612d1f565b9451612dac565b9101515f0b5f935b82851061164d57505050611645915060a051612dfd565b5f808061152c565b90919261167d6001918684811a5f0b8681135f1461168857919060ff8091601f0360031b9316831b921b19161790565b94019392919061162e565b5085919060ff8091601f0360031b9316831b921b19161790565b9293926006810361192757505091602083016116ca8263ffffffff835151160160a051612ca1565b916117086116e78263ffffffff604089015151160160a051612ca1565b916117018163ffffffff60608a015151160160a051612d1f565b9351612dac565b91926101a08601515f0b6101805261024086015160030b9560ff6102a082015116926101c08201515f0b61026083015160030b60ff6102c085015116926101e08501515f0b9361028086015160030b9260ff6102e088015116946102206102008901515f0b9801515f0b995f610100525b8b61010051106117a25750505050505050505050505061179d91925060a051612dfd565b611645565b90919293949596979899809b9c8f60ff8d8d8d8d8d8d8d8d8d8d8a9b6101005160031b9a61018051908c1b60f81d0360141b02808c1d91829182806001603e8511603e86180285181b60011c9218030190603e8111603e821802181c1803637fffffff8113637fffffff8218021893891b60f81d0360141b0280891d91829182806001603e8511603e86180285181b60011c9218030190603e8111603e821802181c1803637fffffff8113637fffffff82180218637fffffff198112637fffffff198218021890637fffffff198112637fffffff198218021801637fffffff8113637fffffff82180218637fffffff198112637fffffff19821802180280861d91829182806001603e8511603e86180285181b60011c9218030190603e8111603e821802181c1803637fffffff8113637fffffff82180218637fffffff198112637fffffff1982180218019080821290821802189060f80394808213908218021816831b921b1916179b60016101005101610100529a99989796959493929190611779565b929392600a8103611a35575061194f61194582856020860151612e24565b919060a051612ca1565b901a5f0b9263ffffffff6080840151166080850160051c019283608060a05101518160a080510151611984600160a0516112ae565b938193839b9392501c1594851595611a20575b50505050506119ed575092602060806119bf61179d97956119c99560606119e5990151612e24565b949060a051612d1f565b940860ff601f9390930360031b92831b19909316921a901b1790565b60a051612dfd565b60a051602001515f198101919082116113ec5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b611a2a955061138b565b155f80838882611997565b9293929050600c8103611ba5575060208101611a5d8463ffffffff835151160160a051612ca1565b90611a9b611a7a8663ffffffff604087015151160160a051612ca1565b95611a948163ffffffff606088015151160160a051612d1f565b9251612dac565b90926101a08101515f0b926101c08201515f0b936101e08301515f0b906102008401515f0b926102208501515f0b9460ff6102e061028083015160030b92015116603e8111603e82180218916001831b60011c935f995b898b10611b1257505050505050505050505061179d91925060a051612dfd565b909192939495969798999a896001918f60ff8f918d8d8d8d8d8d8d8d899a60031b98891b60f81d0391881b60f81d0302029081871d9283808094180301901c1803637fffffff8113637fffffff82180218637fffffff198112637fffffff1982180218019080821290821802189060f80394808213908218021816831b921b1916179b0199989796959493929190611af2565b919290600d83149283159384611e0b575b15611df957506020810192611bd78363ffffffff865151160160a051612ca1565b93611c0e611bf48563ffffffff604087015151160160a051612ca1565b94611a948163ffffffff606088015151160160a051612d1f565b60e05260c0526101a08201515f0b9261024083015160030b9160ff6102a085015116916101c08501515f0b61026086015160030b60ff6102c088015116916101e08801515f0b60805261028088015160030b9560ff6102e08a015116976102206102008b01515f0b9a01515f0b9a5f5b60e0518110611ca357505050505050505050505050505061179d60c05160a051612dfd565b808d8f60ff8f8f8f8f8f8f8f8f8f8f8f60019f9c8c9d60031b1b60f81d0360141b02808b1d918f9183808094603e8511603e86180285181b60011c9218030190603e8111603e821802181c1803637fffffff8113637fffffff82180218637fffffff198112637fffffff1982180218938c60031b1b60f81d0360141b0280881d91829182808f603e8511603e86180285181b60011c9218030190603e8111603e821802181c1803637fffffff8113637fffffff82180218637fffffff198112637fffffff19821802188092818314151681831318911802180280841d91829182808b603e8511603e86180285181b8c1c9218030190603e8111603e821802181c1803637fffffff8113637fffffff8218021860805190637fffffff198112637fffffff1982180218019080821290821802188460031b60f80393808213908218021816821b911b1960c051161760c05201611c7e565b63178be23560e11b5f5260045260245ffd5b50600e8114611bb6565b505050505f90565b61150d565b60016101205261012051610140526114ec565b60ff1660018110159081611e47575090565b60029150111590565b906004811015611e615760051b0190565b634e487b7160e01b5f52603260045260245ffd5b8115611e7f570690565b634e487b7160e01b5f52601260045260245ffd5b611ea060ff825116611e35565b15611252576080810190611ebe6403fffffffc835160021b166123d8565b91600283106120d8575b602082019260ff845116148015906120b5575b8015612092575b801561206c575b801561203a575b6114be5763ffffffff63010000009151161161126b576060810191602060ff84511611908115612027575b8115612017575b5061126b5767ffffffffffffffff60a0820151168015908115612005575b5061126b5761014081015163ffffffff81511615801590611fed575b6114be57611f7660c083019163ffffffff835116906124ac565b15908115611fcd575b5061126b57600160ff61012063ffffffff6101608501515116930151161b611fa78183611e75565b159283611fb5575b50505090565b60019192935060ff9051161b910111155f8080611faf565b611fe6915063ffffffff610160840151915116906124ac565b155f611f7f565b50611fff60ff60208301511683612481565b15611f5c565b6740000000000000009150115f611f40565b6020915060ff905116115f611f22565b9050602060ff6040840151161190611f1b565b5060ff6101208301511661206561016084015161205f61205982612a14565b91612a84565b026123d8565b1415611ef0565b5060ff6101008301511661208b61014084015161205f61205982612a14565b1415611ee9565b5060ff6060830151166120ae63ffffffff60c0850151166123d8565b1415611ee2565b5060ff6040830151166120d163ffffffff60e0850151166123d8565b1415611edb565b60029250611ec8565b93929091908101905b8181106120f657505050565b90919360208560051b1690815260208235911852602060405f209460011c91019190916120ea565b92915060ff83511680158015612295575b611e155761213c9161254d565b1561126b5761214f8160208401516124ac565b1561126b5760ff8251166006811490811561228a575b811561227f575b8115612274575b8115612269575b81156121ae575b5080612199575b61126b57606061046e9201516124ac565b506121a88160408401516124ac565b15612188565b600b915014806121bf575b5f612181565b506040820151606081015163ffffffff825116159182612259575b82612249575b5081612239575b81612226575b81612213575b81612200575b50156121b9565b63ffffffff91506060015116155f6121f9565b604081015163ffffffff161591506121f3565b602081015163ffffffff161591506121ed565b805163ffffffff161591506121e7565b6040015160ff161591505f6121e0565b602081015160ff161592506121da565b60108114915061217a565b600e81149150612173565b600d8114915061216c565b600c81149150612165565b50600e8111801561212f5750601081141561212f565b805160ff16929160038414612322576006841461231657600a841461230a5750600c83146122f557600d83148015612300575b6122f5578263178be23560e11b5f5260045260245ffd5b61046e9192506128f7565b50600e83146122de565b9061046e9293506129db565b5061046e9192506128f7565b5061046e9192506128d5565b9060ff8251169160038314612377576006831461237757600a831461239b57600c831461237757600d83148015612391575b612377578263178be23560e11b5f5260045260245ffd5b6020919250015161238a61205982612a14565b0290600190565b50600e8314612360565b6020919250019061046e6123af8351612a14565b9251612c5e565b5160ff16600181146123d2576002146123cd575f90565b601090565b50600990565b5f90600181111561126b575f1901908160401c61247a578160019260201c8061246d575b508060101c80612460575b508060081c80612453575b508060041c80612446575b508060021c80612439575b50821c612433570190565b81010190565b600291509101905f612428565b600491509101905f61241d565b600891509101905f612412565b601091509101905f612407565b602091509101905f6123fc565b5050604090565b9060ff16600181146124a55760021461249957505f90565b60ff6002915116101590565b5050600190565b6124bc60ff602083015116612aa8565b1561126b5760ff604082015116600481116114be5760608201519060015f5b60048110612503575050505063ffffffff815116906124fc61205982612a14565b0201111590565b63ffffffff6125128286611e50565b511683821061252957611381576001905b016124db565b80612538575b50600190612523565b9091029063800000008211611381575f61252f565b907fff00ffffffffffff0000ffffffffffffffffffffffffffffffff00000000000060ff6dffffffffffff0000ffffffffffff9216600181145f146125e357506dffffffffffffffffffffffff000019927fffffff00ffffff000000000000000000000000000000000000000000000000005b196060820135169319604082013516921960208201351691199035161717171590565b60028103612615575061ffff19927dff00ffffff000000000000000000000000000000000000000000000000006125c0565b60038103612641575075ffffffffffffffffffffffffffffffffffffffffffff199260ff60e81b6125c0565b6004811480156128cb575b1561269557507fffffffffffffffffffff0000000000000000ffffffffffffffffffffffff0000927affff000000000000000000000000000000000000000000000000006125c0565b6006811480156128c1575b80156128b7575b1561270b575075ffffffffffffffffffffffffffffffffffffffffffff199267ffff000000000001600160f01b03925068ff000000000000ffff60b01b1991507dffffffffffffffffffffffffffffffffffffffff000000000000000000006125c0565b600c8103612772575075ffffffffffffffffffffffffffffffffffffffffffff199267ffff000000000001600160f01b03925068ff000000000000ffff60b01b1991507dffffffffff0000000000000000ffffffff0000ff000000000000000000006125c0565b6007811480156128ad575b156127a2575075ffffffffffffffffffffffffffffffffffffffffffff19925f6125c0565b600a81036127c6575071ffffffffffffffffffffffffffffffffffff19925f6125c0565b600881036127f757507fffffffffffffffffffffffffffff00000000ffff000000000000000000000000925f6125c0565b9150506010810361286857507fffffffffffffffffffff0000000000000000ffff0000000000000000000000009067ffff000000000001600160f01b039068ff000000000000ffff60b01b19907dffffffffff0000000000000000ffffffff0000ff000000000000000000006125c0565b600b036112525771ffffffffffffffffffffffffffffffffffff199067ffff000000000001600160f01b039068ff000000000000ffff60b01b199060ff60e81b6125c0565b506009811461277d565b50600e81146126a7565b50600d81146126a0565b506005811461264c565b6020810151600160ff6020830151160361126b57606061046e92015190612ac9565b602081018051600160ff60208301511614908115916129c4575b5061126b57516129276060830191825190612ac9565b1561126b576040820151905161293c91612ac9565b15611252575f61024082015160030b1280156129b3575b80156129a2575b61125257603e60ff6102a0830151161115908161298d575b8161297b575090565b603e91506102e060ff91015116111590565b9050603e60ff6102c083015116111590612972565b505f61028082015160030b1261295a565b505f61026082015160030b12612953565b6129d49150604084015190612b83565b155f612911565b6020810151600160ff602083015116036114be5760608201516129fd91612ac9565b1561126b576080015163ffffffff16600801111590565b60ff60408201511690600282106124a5576060015163ffffffff8151169160028111612a71575b60038111612a5d575b600410612a4f575090565b6060015163ffffffff160290565b604082015163ffffffff1690920291612a44565b9163ffffffff6020830151160291612a3b565b601f90612aa060ff6020612a9784612c5e565b93015116612aa8565b020160051c90565b60ff1660018114612ac357600214612abe575f90565b600490565b50600190565b90612ad48183612b83565b1561126b5763ffffffff82511663ffffffff82511614159182612af8575b50501590565b909150612b0481612a14565b612b0d82612a84565b02612b1783612a14565b612b2084612a84565b02928115159384612b79575b84612b5c575b5083612b43575b5050505f80612af2565b51915163ffffffff9283169216011190505f8080612b39565b90935063ffffffff8351169063ffffffff8551160111925f612b32565b8015159450612b2c565b9060ff60208301511660ff602083015116149182612c45575b82612c24575b82612bfd575b82612bd6575b82612bb857505090565b63ffffffff9192506060828180809401510151169301510151161490565b915063ffffffff6040606084015101511663ffffffff604060608401510151161491612bae565b915063ffffffff6020606084015101511663ffffffff602060608401510151161491612ba8565b915063ffffffff6060830151511663ffffffff606083015151161491612ba2565b915060ff60408301511660ff6040830151161491612b9c565b60ff6040820151169081158015612c97575b6124a557606001515f1982019182116113ec5763ffffffff91612c9291611e50565b511690565b5060048211612c70565b819060608101518260c0830151612cb96002856112ae565b93819383999392501c1594851595612d0a575b5050505050612cda57505090565b602001515f198101919082116113ec5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b612d14955061138b565b155f80848682612ccc565b91906060830151928160c08201519481612d3a6003856112ae565b9290989180958a931c1594851595612d97575b5050505050612d66579061012091946101008201520152565b50602001515f198101919082116113ec5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b612da1955061138b565b155f86858483612d4d565b612dc2612ddb92612dbc83612a84565b90611e75565b90612dd360ff602083015116612aa8565b928391612c5e565b029060051b900360208111612df5575b8115611e7f570490565b506020612deb565b90612e1f6060916101208401516101008501519060c086015160051b926120e1565b910152565b90602091939293612e3a60ff8483015116612aa8565b91612e4c63ffffffff83511692612a84565b020181850260051c0193099056",
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractInferenceOracle\",\"name\":\"oracle_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAsker\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOracle\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawFailed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"Asked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"Delivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"callbackGas\",\"type\":\"uint64\"}],\"name\":\"ask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"askerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"delivered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"onInferenceResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractInferenceOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"outputOf\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"refundOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "5eec44802d172e5435ed5f8c1354834128",
	Bin: "0x60a03461008557601f610c3a38819003918201601f19168301916001600160401b038311848410176100895780849260209460405283398101031261008557516001600160a01b038116810361008557608052604051610b9c908161009e823960805181818160240152818161016c0152818161028a0152818161048b015261054c0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe608080604052600436101561005f575b50361561001a575f80fd5b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016330361004c57005b63037d3e0960e61b5f523360045260245ffd5b5f905f3560e01c90816307738ad214610a8f575080632cb3f1f7146109ab5780633ccfd60b146108bb57806340e58ee5146105115780634b5e4108146104e2578063628aadd5146104af5780637dc0d1d01461046b578063a1fbbfe7146102485763e6859df20361000f5760603660031901126102455760043560243567ffffffffffffffff811161022c576100f9903690600401610b21565b906044359067ffffffffffffffff8216809203610243576101599260209260405194859384937f7490bfd4000000000000000000000000000000000000000000000000000000008552886004860152606060248601526064850191610b7c565b9060448301520381346001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165af1908115610238578391610201575b508281602094526002845260408120337fffffffffffffffffffffffff000000000000000000000000000000000000000082541617905560405192827f65470296b44076de7d435507facc005c7f120cd42a76b9452a41bd5db3d09420339380a48152f35b90506020813d602011610230575b8161021c60209383610aff565b8101031261022c5751602061019c565b8280fd5b3d915061020f565b6040513d85823e3d90fd5b845b80fd5b5034610245576040366003190112610245576004359060243567ffffffffffffffff81116104675761027e903690600401610b21565b92906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633036104545781835282602052604083209367ffffffffffffffff8111610440576102d58554610ac7565b601f81116103ee575b508394601f821160011461036a578185967fe55808ab67ee6194bab018125d65d17037751771f938cea781d152389396d8e395969161035f575b508260011b905f198460031b1c19161790555b838552600160205260408520600160ff19825416179055610359604051928392602084526020840191610b7c565b0390a280f35b90508301355f610318565b8085526020852095601f198316865b8181106103d6575090837fe55808ab67ee6194bab018125d65d17037751771f938cea781d152389396d8e396979892106103bd575b5050600182811b01905561032b565b8401355f19600385901b60f8161c191690555f806103ae565b85830135895560019098019760209283019201610379565b818111156102de5785855260208520601f830160051c9060208410610438575b81601f9101920160051c0390855b82811061042a5750506102de565b80876001928401550161041c565b86915061040e565b602484634e487b7160e01b81526041600452fd5b60248363037d3e0960e61b815233600452fd5b5080fd5b503461024557806003193601126102455760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b5034610245576020366003190112610245576001600160a01b036040602092600435815260028452205416604051908152f35b50346102455760203660031901126102455760ff60406020926004358152600184522054166040519015158152f35b50346106f55760203660031901126106f557600435805f5260026020526001600160a01b0360405f205416330361088f576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906040517f324e03be0000000000000000000000000000000000000000000000000000000081528160048201525f81602481865afa9081156106ea575f916106f9575b50602001516bffffffffffffffffffffffff1691803b156106f5576040517f40e58ee50000000000000000000000000000000000000000000000000000000081528260048201525f8160248183865af180156106ea576106d5575b50839083610672575b505033835260036020526040832080549083820180921161065e57556040519182527f7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c460203393a380f35b602485634e487b7160e01b81526011600452fd5b803b15610467578180916004604051809481937f3ccfd60b0000000000000000000000000000000000000000000000000000000083525af180156106ca571561061357816106bf91610aff565b61022c57825f610613565b6040513d84823e3d90fd5b6106e29194505f90610aff565b5f925f61060a565b6040513d5f823e3d90fd5b5f80fd5b90503d805f833e61070a8183610aff565b8101906020818303126106f55780519067ffffffffffffffff82116106f55701610140818303126106f55760405190610140820182811067ffffffffffffffff82111761087b5760405280516001600160a01b03811681036106f557825260208101516bffffffffffffffffffffffff811681036106f5576020830152604081015167ffffffffffffffff811681036106f5576040830152606081015160048110156106f55760608301526107c160808201610b6b565b60808301526107d260a08201610b6b565b60a083015260c081015164ffffffffff811681036106f55760c083015260e081015160e08301526101008101516101008301526101208101519067ffffffffffffffff82116106f557019082601f830112156106f55781519261083484610b4f565b906108426040519283610aff565b848252602085850101116106f5575f6020856bffffffffffffffffffffffff96828097018386015e8301015261012082015291506105af565b634e487b7160e01b5f52604160045260245ffd5b7f1a0bd73a000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346106f5575f3660031901126106f557335f52600360205260405f2054801561098357335f5260036020525f60408120556040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a25f80808084335af13d1561097e573d61093081610b4f565b9061093e6040519283610aff565b81525f60203d92013e5b1561094f57005b7fa2269912000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b610948565b7fd0d04f60000000000000000000000000000000000000000000000000000000005f5260045ffd5b346106f55760203660031901126106f5576004355f525f60205260405f206040515f8254926109d984610ac7565b9081845260208401946001811690815f14610a725750600114610a32575b84604085610a0781870382610aff565b8151928391602083525180918160208501528484015e5f828201840152601f01601f19168101030190f35b5f90815260208120939250905b808210610a5857509091508101602001610a07826109f7565b919260018160209254838588010152019101909291610a3f565b60ff191686525050151560051b82016020019050610a07826109f7565b346106f55760203660031901126106f557600435906001600160a01b0382168092036106f5576020915f526003825260405f20548152f35b90600182811c92168015610af5575b6020831014610ae157565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610ad6565b90601f8019910116810190811067ffffffffffffffff82111761087b57604052565b9181601f840112156106f55782359167ffffffffffffffff83116106f557602083818601950101116106f557565b67ffffffffffffffff811161087b57601f01601f191660200190565b519063ffffffff821682036106f557565b908060209392818452848401375f828201840152601f01601f191601019056",
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
	Bin: "0x60808060405234601557612b5b908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806370b31be9146100ac5763f8e0cb961461002f575f80fd5b346100a857602061005361004e6100453661011e565b9291909161020e565b610691565b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8282017fff00000000000000000000000000000000000000000000000000000000000000815116925190201617604051908152f35b5f80fd5b346100a857602060406100c461004e6100453661011e565b815192839181835280519182918282860152018484015e5f828201840152601f01601f19168101030190f35b9181601f840112156100a85782359167ffffffffffffffff83116100a857602083818601950101116100a857565b60406003198201126100a85760043567ffffffffffffffff81116100a85781610149916004016100f0565b929092916024359067ffffffffffffffff82116100a85761016c916004016100f0565b9091565b6040519190601f01601f1916820167ffffffffffffffff81118382101761019657604052565b634e487b7160e01b5f52604160045260245ffd5b60405190610120820182811067ffffffffffffffff82111761019657604052815f81525f60208201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201526101006102046080610170565b9160803684370152565b9392919361021a6101aa565b5060f56102256101aa565b920361066957803560f81c90600282116106695763ffffffff60809260618301359085526001830135602086015260218301356040860152604183013560608601528060c01c84860152818160a01c1660a08601528181851c1660c086015260601c1660e08401526075610100840151910190378060ff8151166106635750604051916101c0830183811067ffffffffffffffff821117610196576040525f83525f60208401525f60408401525f60608401525f60808401525f60a08401525f60c08401525f60e08401525f6101008401525f6101208401525f6101408401525f6101608401525f6101808401525f6101a084015280156104df57843560f81c60018103610638575060a181106104df5760018501359460818101356080850152606181013560608501526041810135604085015260218101356020850152858452600260ff8760f01c1610159586610625575b86610612575b866105ff575b866105e7575b60ff8160301c166101a086015260ff8160e01c1661018086015260ff8160e81c1661016086015282820160a1830110156104df5760a282019060a183013560f81c600181036105b1575090871561058057600160a087015260c0860152610122820160e086015261012260011960ff8360f01c160160051b806101008801528301019083830182116104df575b8383018210156104df576001823560f81c92019782151590816105a8575b50610580579080610120870152876101408701525f915b8183106104a057505050818101860361047057505061046d9293506107b1565b90565b8592507fbae27caa000000000000000000000000000000000000000000000000000000005f52010360045260245ffd5b9091978484018110156104df57803560f81c60018103610507575060219060ff8360e81c165b60051b01019784840189116104df57600101919061044d565b7f87da407a000000000000000000000000000000000000000000000000000000005f5260045ffd5b600281148015610576575b15610527575060219060ff8360e01c166104c6565b60048103610547575060219060ff8360301c1660ff8460e01c16036104c6565b897f7669a5f4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5060038114610512565b7fb8825502000000000000000000000000000000000000000000000000000000005f5260045ffd5b9050155f610436565b806105bc5750610418565b7fb07830b9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b955060ff8660e01c1660ff8760301c1611159561038b565b9550604060ff8760e01c16111595610385565b9550604060ff8760e81c1611159561037f565b9550604060ff8760f01c16111595610379565b7f02ed372a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b93505050565b7fca756003000000000000000000000000000000000000000000000000000000005f5260045ffd5b9061012060f560606106a283610170565b828152926020840190601f190136823783957fffffffffffffffff000000000000000000000000000000000000000000000000608082015160c01b1677ffffffff000000000000000000000000000000000000000060a083015160a01b161773ffffffff0000000000000000000000000000000060c083015160801b16176fffffffff00000000000000000000000060e0830151851b16179080519260208201516040830151917fff00000000000000000000000000000000000000000000000000000000000000610100888601519501519660f81b169052602188015260418701526061860152608185015280516095850152602081015160b5850152604081015160d58501520151910152565b6107b96101aa565b5081516020830180519060408501908151606087019485519160808901958651925f5260205260405f20905f525f60205260405f20905f5260205260405f20915f5260205260405f205f527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb560205260405f20905f5260205260405f20602086015103610fb457610867916080860167ffffffffffffffff6001818351160116905286519151905191611016565b919091158015610f97575b8015610f53575b610f3d57604084019182519360405194610140860186811067ffffffffffffffff821117610196576040525f8652858860208201925f845260408301905f825260608401975f895260808501905f825260a08601925f845261012060c08801965f885260e08901985f8a525f6101008201525f838201526101408201519052015185528a525190526101608c015190526101808b015182526101a08b0151835260a08a019363ffffffff85511663ffffffff60808901511614610e2f575050505060a088015115610dfc5761098660c089015192516040845f3760405f2060408086015f3760405f20905f5260205260405f2063ffffffff84511660e08c0151916101008d015193611352565b15610dc957506040519161030083019083821067ffffffffffffffff8311176101965783916040525f82526109b9610fdc565b60208301526109c6610fdc565b60408301526109d3610fdc565b60608301525f60808301525f60a08301525f60c08301525f60e08301525f6101008301525f6101208301525f6101408301525f6101608301525f6101808301525f6101a08301525f6101c08301525f6101e08301525f6102008301525f6102208301525f6102408301525f6102608301525f6102808301525f6102a08301525f6102c08301525f6102e0830152823560f81c8252610adc6002840135602084015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b610b51601a850135604085015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b610bc66032860135606086015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b604a86013560e081811c60808881019190915263ffffffff60c084811c821660a0808c019190915261ffff60b087901c8116838d015286821c81168c870152609087811c82166101008e01529487901c81166101208d0152607087901c81166101408d0152606087901c166101608c0152604086901c83166101808c015260ff603887901c81165f90810b6101a08e0152603088901c8216810b6101c08e0152602888901c8216810b6101e08e0152602088901c8216810b6102008e015260189790971c811690960b6102208c015260678c01359485901d600390810b6102408d01529185901c8316820b6102608c015284901c909116900b610280890152609882901c83166102a089015281901c82166102c088015260881c166102e08601529082610dc1575b5081610db9575b5080610daa575b80610d8f575b15928315610d64575b508215610d52575b5050610d445783610d2491866114c4565b15610d375761046d9394505190526113ff565b5050509061046d9161127a565b505050509061046d9161127a565b610d5c9250611472565b15815f610d13565b81935063ffffffff60c0610d879301511663ffffffff60e0860151169184611429565b15915f610d0b565b5069ffffffffffffffffffff606784013560381c1615610d02565b5060ff833560f01c1615610cfc565b90505f610cf5565b91505f610cee565b63ffffffff9051167f37782a63000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b63ffffffff9051167f8a61f9f8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b959350955096959250989760a00151610f155782519351841015610f0257845192833560f81c9660018501359760048103610ee75750610ea8969798999a600191519051900360051b9560218781880197010189520190528660ff61012063ffffffff61016085015151169301511691821c92516113ab565b15610ebf5761046d916001845260608401526113ff565b7f8ccf6233000000000000000000000000000000000000000000000000000000005f5260045ffd5b8663ed42de4760e01b5f52600452602452600460445260645ffd5b836334cd7e7b60e11b5f5260045260245ffd5b7fc8e43713000000000000000000000000000000000000000000000000000000005f5260045ffd5b5050509060a0810151610f155761046d9161127a565b5063ffffffff60a08501511663ffffffff608084015116148015610879575060c084015163ffffffff16151580610879575063ffffffff60e0850151161515610879565b5063ffffffff60a08501511663ffffffff60808401511610610872565b7fbe2aa302000000000000000000000000000000000000000000000000000000005f5260045ffd5b604051906080820182811067ffffffffffffffff82111761019657604052815f81525f60208201525f604082015260606102046080610170565b92919060405193610180850185811067ffffffffffffffff821117610196576040525f85525f60208601525f60408601525f60608601525f60808601525f60a08601525f60c08601525f60e08601525f6101008601525f61012086015261107b610fdc565b610140860152611089610fdc565b6101608601528461109f8260f81c80835261169e565b1561127057508060ff65ffffffffffff9260f01c16602087015260ff8160e81c16604087015260ff8160e01c16606087015263ffffffff8160c01c16608087015267ffffffffffffffff8160801c1660a087015263ffffffff8160601c1660c087015263ffffffff8160401c1660e087015260ff8160381c1661010087015260ff8160301c166101208701521661126a576111a28161014086015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b15908115611256575b50611251576112228161016085015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b1590811561123d575b506112395761046d826116fc565b5f90565b67ffffffffffffffff91501615155f61122b565b505f90565b67ffffffffffffffff91501615155f6111ab565b50505f90565b94505f9392505050565b90610120906112876101aa565b5001518061129757506002815290565b6363aa933560e01b5f526004525f60245260445ffd5b90916020820190815191604084015183101561133f57835192833560f81c60ff6001860135971690818103611326575060019190828103611304575060a08601515b60051b95602180870197809701019052019052565b60040361131c5760c086015160e087015190036112ef565b60c08601516112ef565b8263ed42de4760e01b5f5260045260245260445260645ffd5b826334cd7e7b60e11b5f5260045260245ffd5b93919290928260051c602681116113805781901c611377576113739361194a565b1490565b50505050505f90565b5050505050505f90565b93919290928260051c602881116113805781901c611377576113739361194a565b94929093918360051c90602881119081156113d6575b506113805781901c611377576113739361194a565b9050602803602881116113eb5781115f6113c1565b634e487b7160e01b5f52601160045260245ffd5b60406020820151910151808203611414575050565b6363aa933560e01b5f5260045260245260445ffd5b929160806114379285611987565b1561126a576114469082611b1c565b156112515761145963ffffffff91611b5d565b9110159081611466575090565b63ffffffff9150111590565b9060ff8151169160ff61148482611bd3565b1683116114bd5760ff600291511610918215926114a057505090565b6008149150816114af57501590565b60c0015161ffff1615919050565b5050505f90565b906114ce81611b5d565b909182820215919082611692575b60c085019563ffffffff875116938585101561168657159182611681575b60e087019463ffffffff865116938585101561167357611590575b5050505063ffffffff600181845116011680835214611538575b50505050600190565b5f905263ffffffff600181855116011683526115546080610170565b608036823761010083015263ffffffff83511614611574575b808061152f565b5f60a092520163ffffffff600181835116011690525f8061156d565b6101008801519160ff815116600181145f14611647575090816115b56115cb936124e7565b6115c581869a949a979397612284565b946116de565b93808210156116365761162d9760208401926115e7845161241f565b916115f28383612284565b916115fd84826116de565b955163ffffffff8151169561161d8863ffffffff60808c015116936128b1565b9a02010196020102010190612904565b5f808080611515565b50506116429550612653565b61162d565b93949293600281036116615750906116429493929161228e565b63178be23560e11b5f5260045260245ffd5b505050505050505050505f90565b6114fa565b50505050505050505f90565b925050600180926114dc565b60ff16600181101590816116b0575090565b60029150111590565b9060048110156116ca5760051b0190565b634e487b7160e01b5f52603260045260245ffd5b81156116e8570690565b634e487b7160e01b5f52601260045260245ffd5b61170960ff82511661169e565b156112515760808101906117276403fffffffc835160021b16611bf5565b9160028310611941575b602082019260ff8451161480159061191e575b80156118fb575b80156118d5575b80156118a3575b6114bd5763ffffffff63010000009151161161126a576060810191602060ff84511611908115611890575b8115611880575b5061126a5767ffffffffffffffff60a082015116801590811561186e575b5061126a5761014081015163ffffffff81511615801590611856575b6114bd576117df60c083019163ffffffff83511690611cc9565b15908115611836575b5061126a57600160ff61012063ffffffff6101608501515116930151161b61181081836116de565b15928361181e575b50505090565b60019192935060ff9051161b910111155f8080611818565b61184f915063ffffffff61016084015191511690611cc9565b155f6117e8565b5061186860ff60208301511683611c9e565b156117c5565b6740000000000000009150115f6117a9565b6020915060ff905116115f61178b565b9050602060ff6040840151161190611784565b5060ff610120830151166118ce6101608401516118c86118c2826123af565b9161241f565b02611bf5565b1415611759565b5060ff610100830151166118f46101408401516118c86118c2826123af565b1415611752565b5060ff60608301511661191763ffffffff60c085015116611bf5565b141561174b565b5060ff60408301511661193a63ffffffff60e085015116611bf5565b1415611744565b60029250611731565b93929091908101905b81811061195f57505050565b90919360208560051b1690815260208235911852602060405f209460011c9101919091611953565b92915060ff83511680158015611b06575b611afe576119a591611d6a565b1561126a576119b8816020840151611cc9565b1561126a5760ff82511660068114908115611af3575b8115611ae8575b8115611add575b8115611ad2575b8115611a17575b5080611a02575b61126a57606061046d920151611cc9565b50611a11816040840151611cc9565b156119f1565b600b91501480611a28575b5f6119ea565b506040820151606081015163ffffffff825116159182611ac2575b82611ab2575b5081611aa2575b81611a8f575b81611a7c575b81611a69575b5015611a22565b63ffffffff91506060015116155f611a62565b604081015163ffffffff16159150611a5c565b602081015163ffffffff16159150611a56565b805163ffffffff16159150611a50565b6040015160ff161591505f611a49565b602081015160ff16159250611a43565b6010811491506119e3565b600e811491506119dc565b600d811491506119d5565b600c811491506119ce565b505050505f90565b50600e8111801561199857506010811415611998565b919060ff8351169260018414611b525760028414611b47578363178be23560e11b5f5260045260245ffd5b61046d92935061222e565b61046d9293506120f2565b60ff8151169160018314611bb05760028314611b86578263178be23560e11b5f5260045260245ffd5b9091506001611bac6060840151611ba5611b9f826123af565b91612a9a565b029361262f565b0190565b909150600161018063ffffffff611bc6856124e7565b9391509501511602920190565b5160ff1660018114611bef57600214611bea575f90565b601090565b50600990565b5f90600181111561126a575f1901908160401c611c97578160019260201c80611c8a575b508060101c80611c7d575b508060081c80611c70575b508060041c80611c63575b508060021c80611c56575b50821c611c50570190565b81010190565b600291509101905f611c45565b600491509101905f611c3a565b600891509101905f611c2f565b601091509101905f611c24565b602091509101905f611c19565b5050604090565b9060ff1660018114611cc257600214611cb657505f90565b60ff6002915116101590565b5050600190565b611cd960ff602083015116612443565b1561126a5760ff604082015116600481116114bd5760608201519060015f5b60048110611d20575050505063ffffffff81511690611d196118c2826123af565b0201111590565b63ffffffff611d2f82866116b9565b5116838210611d4657611380576001905b01611cf8565b80611d55575b50600190611d40565b9091029063800000008211611380575f611d4c565b907fff00ffffffffffff0000ffffffffffffffffffffffffffffffff00000000000060ff6dffffffffffff0000ffffffffffff9216600181145f14611e0057506dffffffffffffffffffffffff000019927fffffff00ffffff000000000000000000000000000000000000000000000000005b196060820135169319604082013516921960208201351691199035161717171590565b60028103611e32575061ffff19927dff00ffffff00000000000000000000000000000000000000000000000000611ddd565b60038103611e5e575075ffffffffffffffffffffffffffffffffffffffffffff199260ff60e81b611ddd565b6004811480156120e8575b15611eb257507fffffffffffffffffffff0000000000000000ffffffffffffffffffffffff0000927affff00000000000000000000000000000000000000000000000000611ddd565b6006811480156120de575b80156120d4575b15611f28575075ffffffffffffffffffffffffffffffffffffffffffff199267ffff000000000001600160f01b03925068ff000000000000ffff60b01b1991507dffffffffffffffffffffffffffffffffffffffff00000000000000000000611ddd565b600c8103611f8f575075ffffffffffffffffffffffffffffffffffffffffffff199267ffff000000000001600160f01b03925068ff000000000000ffff60b01b1991507dffffffffff0000000000000000ffffffff0000ff00000000000000000000611ddd565b6007811480156120ca575b15611fbf575075ffffffffffffffffffffffffffffffffffffffffffff19925f611ddd565b600a8103611fe3575071ffffffffffffffffffffffffffffffffffff19925f611ddd565b6008810361201457507fffffffffffffffffffffffffffff00000000ffff000000000000000000000000925f611ddd565b9150506010810361208557507fffffffffffffffffffff0000000000000000ffff0000000000000000000000009067ffff000000000001600160f01b039068ff000000000000ffff60b01b19907dffffffffff0000000000000000ffffffff0000ff00000000000000000000611ddd565b600b036112515771ffffffffffffffffffffffffffffffffffff199067ffff000000000001600160f01b039068ff000000000000ffff60b01b199060ff60e81b611ddd565b5060098114611f9a565b50600e8114611ec4565b50600d8114611ebd565b5060058114611e69565b602081018051600160ff60208301511614801590612218575b611afe5761018083019063ffffffff825116159081156121f4575b50611afe576060830190815190600260ff6040840151161491826121d6575b5081156121a9575b5015611afe576121609151905190612464565b61126a5761216d816124e7565b92915063ffffffff8111611afe57839063ffffffff60808401511690840201116114bd5763ffffffff60a0600192015116910160011c01111590565b82516040015160ff166001149150816121c4575b505f61214d565b5163ffffffff1660011490505f6121bd565b63ffffffff91925060600151511663ffffffff82511614905f612145565b6122109150612202906123af565b63ffffffff835116906116de565b15155f612126565b50600160ff60206060860151015116141561210b565b6122378161253f565b1561126a5763ffffffff60406060808401510151015116908263ffffffff6080830151166122648361262f565b840201116114bd5763ffffffff60a0600192015116910160011c01111590565b81156116e8570490565b9392919360608101916122d463ffffffff60206060865101510151169163ffffffff604060606122c78383838b510151015116856116de565b9751015101511690612284565b956122de8361262f565b808210156123a25760208401906123496122f8835161241f565b996123038b86612284565b6123216123108d886116de565b9761231b8185612284565b936116de565b61234260e08a019261ffff6123398186511683612284565b945116906116de565b928961280a565b9a919a15612395576123939a61238992879286519263ffffffff602060608287511696015101511602010201019463ffffffff60808801511693516128b1565b9502010191612904565b565b5050505050505050505050565b5050509361239394612653565b60ff6040820151169060028210611cc2576060015163ffffffff815116916002811161240c575b600381116123f8575b6004106123ea575090565b6060015163ffffffff160290565b604082015163ffffffff16909202916123df565b9163ffffffff60208301511602916123d6565b601f9061243b60ff602061243284612a9a565b93015116612443565b020160051c90565b60ff166001811461245e57600214612459575f90565b600490565b50600190565b61246d816123af565b6124768261241f565b02612480836123af565b6124898461241f565b029281151593846124dd575b846124c0575b50836124a75750505090565b51915163ffffffff9283169216011190505f8080611818565b90935063ffffffff8351169063ffffffff8551160111925f61249b565b8015159450612495565b906124f56060830151612a9a565b61018083019263ffffffff845116156125375761252b602061253292019463ffffffff61252287516123af565b91511690612284565b935161241f565b830291565b505f92508291565b61ffff60c082015116801580801561261f575b801561260e575b80156125fd575b6114bd5761ffff60e0840151168083029283041417156113eb576201000010611251576020810151600160ff602083015116148015906125e7575b80156125d5575b80156125bf575b61126a5760606125bb92015190612464565b1590565b50600360ff6040606085015101511614156125a9565b50600360ff60408301511614156125a2565b50600160ff60206060850151015116141561259b565b5061ffff6101208401511615612560565b5061ffff6101008401511615612559565b5061ffff60e08401511615612552565b61264f602061ffff60c08401511661ffff60e0850151160292015161241f565b0290565b94939190926126fe9061267563ffffffff60a0890151168460011c0185612add565b60808460071b161b6126a660ff8260b81c169263ffffffff8360c01c1660030b9260e01d60030b905160e01d6128e9565b60030b0290603e8111603e82180218908060ff1d91829182806001841b60011c92180301901c1803637fffffff8113637fffffff821802186101e08701515f0b90637fffffff198112637fffffff19821802186128e9565b9160606102008701515f0b936102208801515f0b94808212908218021896015161272e60ff602083015116612443565b9461274063ffffffff8351169261241f565b020184830260051c019081606082019586519460c0840193845196846127676003846112ad565b92909a9180988c931c15948515956127f5575b50505050506127c45799602060ff938493886101206127c09d9e9f8c610100820152015209601f0360031b945160051b97808213908218021816831b921b19161761194a565b9052565b602001515f19810190869082116113eb5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b6127ff955061138a565b155f8888878361277a565b949391929061ffff61010087015116020161ffff6101408601511690039161ffff61012086015116020161ffff610160850151169003925f82129081156128a7575b811561288d575b8115612870575b50612866579190600190565b505f915081908190565b63ffffffff9150606060208092015101510151168312155f61285a565b6020810151606001515163ffffffff168312159150612853565b5f8512915061284c565b61046d916128d1916128c960ff602083015116612443565b928391612a9a565b029060051b9003602081111561228457506020612284565b9190915f83820193841291129080158216911516176113eb57565b9394929190928360608201518160c08401516129216002866112ad565b938193839b9392501c1594851595612a85575b5050505050612a5457509061294891612add565b906101a0855160e01d9401515f0b9192915f935f915b8360038401106129f4575b8383106129cd5750505050507fffffffff00000000000000000000000000000000000000000000000000000000916129a49160030b906128e9565b60e01b167bffffffffffffffffffffffffffffffffffffffffffffffffffffffff825116179052565b90919293946001908360f81d838860f81d0302019560081b9260081b930191939290612969565b90919293946004908360181b60f81d838860181b60f81d0302908460101b60f81d848960101b60f81d0302908560081b60f81d858a60081b60f81d0302908660f81d868b60f81d0302010101019560201b9260201b93019193929061295e565b60208201515f198101919082116113eb5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b612a8f955061138a565b155f80838882612934565b60ff6040820151169081158015612ad3575b611cc257606001515f1982019182116113eb5763ffffffff91612ace916116b9565b511690565b5060048211612aac565b819060808101518260a0830151612af56001856112ad565b93819383999392501c1594851595612b46575b5050505050612b1657505090565b602001515f198101919082116113eb5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b612b50955061138a565b155f80848682612b0856",
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractModelRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractDisputeGame\",\"name\":\"game_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"submitBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengeBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"requestTimeout_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxCallbackGas_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"BadMaxCallbackGas\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRequestTimeout\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"BadTensorLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"CallbackGasTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"ClaimMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"enumInferenceOracle.ClaimStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ClaimNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"pendingClaims\",\"type\":\"uint32\"}],\"name\":\"ClaimsPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"FeeTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"openGames\",\"type\":\"uint32\"}],\"name\":\"GamesOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"left\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientGasForCallback\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotConsumer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGame\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrancy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"RequestExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"RequestNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumInferenceOracle.RequestStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"RequestNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"UnknownClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"UnknownGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"UnknownRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"WindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"WindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"name\":\"ZeroHashLevel\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Burned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"CallbackResult\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"Cancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"Challenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ClaimRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"ClaimSuperseded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"Finalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"claimantWon\",\"type\":\"bool\"}],\"name\":\"GameSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"consumer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"callbackGas\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"Requested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"finalRamRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"finalHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"Submitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BURN_PERCENT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CALLBACK_RESERVE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CALLBACK_GAS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CHALLENGE_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REQUEST_TIMEOUT\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"burned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"finalHash\",\"type\":\"bytes32\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"attempt\",\"type\":\"uint32\"}],\"name\":\"claimIdOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"claimOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"},{\"internalType\":\"uint24\",\"name\":\"openGames\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"rewardGames\",\"type\":\"uint24\"},{\"internalType\":\"enumInferenceOracle.ClaimStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"finalHash\",\"type\":\"bytes32\"}],\"internalType\":\"structInferenceOracle.Claim\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"finalRamRoot\",\"type\":\"bytes32\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"game\",\"outputs\":[{\"internalType\":\"contractDisputeGame\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"gameRef\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCallbackGas\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"claimantWon\",\"type\":\"bool\"}],\"name\":\"onGameResolved\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractModelRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"callbackGas\",\"type\":\"uint64\"}],\"name\":\"request\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"requestOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"consumer\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"callbackGas\",\"type\":\"uint64\"},{\"internalType\":\"enumInferenceOracle.RequestStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"attempts\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"pendingClaims\",\"type\":\"uint32\"},{\"internalType\":\"uint40\",\"name\":\"expiresAt\",\"type\":\"uint40\"},{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"internalType\":\"structInferenceOracle.Request\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestTimeout\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"result\",\"outputs\":[{\"internalType\":\"enumInferenceOracle.RequestStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"name\":\"rewardShare\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"finalRamRoot\",\"type\":\"bytes32\"}],\"name\":\"submit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"claimId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"submitBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "7965498e5f4fa6ea7eaf025e88b0e8b3c9",
	Bin: "0x6101603461027a57601f612f1e38819003918201601f19168301916001600160401b0383118484101761027e5780849260e09460405283398101031261027a5780516001600160a01b038116919082810361027a5760208201516001600160a01b038116919082810361027a5760408401519060608501519261008460808701610292565b9461009d60c061009660a08a01610292565b9801610292565b9715908115610271575b506102625782158015610252575b801561024a575b801561023a575b61022b576001600160401b038516801590811561021e575b5061020f576001600160401b0386168015908115610201575b506101f2576001600160401b038716622dc6c081116101d9575060805260a05260c05260e052610100526101205261014052604051612c7790816102a78239608051818181610a750152610b87015260a0518181816105de015281816109400152611b59015260c0518181816101bd0152818161054c0152818161086301528181612120015281816123d20152612703015260e05181818161072301528181610765015281816113470152611a850152610100518181816102190152610a32015261012051818181610e5b015261158d0152610140518181816109a00152610b0e0152f35b63962ae61760e01b5f52600452622dc6c060245260445ffd5b63594db1b160e11b5f5260045ffd5b6301e133809150115f6100f4565b632a0c9bb560e11b5f5260045ffd5b62278d009150115f6100db565b63c2fb134f60e01b5f5260045ffd5b506001600160601b0384116100c3565b5083156100bc565b506001600160601b0383116100b5565b63d92e233d60e01b5f5260045ffd5b9050155f6100a7565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b51906001600160401b038216820361027a5756fe60806040526004361015610011575f80fd5b5f3560e01c806302b2f7c714611a2157806311c8dc5a146118ef578063324e03be1461173f5780633c594059146116e55780633ccfd60b146115b15780633f20b4c91461156d57806340e58ee5146113df578063472f7e871461138757806351586ecb1461136a57806352305151146113305780635badbe4c1461131457806360a45742146112c65780636172890c146112a85780636d9809a01461128b578063723963481461124a57806373f425611461122d5780637490bfd414610a995780637b10399914610a56578063861a141214610a125780638af6c9d6146109df5780639c986764146109c4578063a8e224a414610980578063bea9216d14610964578063c3fe3e2814610921578063d57cf403146105ae578063d5d44d8014610573578063f56418c7146105355763f9e1302a1461014d575f80fd5b61015636611d54565b90925f516020612c575f395f51905f525c61050d5760015f516020612c575f395f51905f525d61018581612653565b93600185019485549060ff8260401c16600481101561047f57600181036104f1575064ffffffffff8260881c16804210156104c257507f000000000000000000000000000000000000000000000000000000000000000080340361049357508483600288930154926101f693612757565b9060481c63ffffffff166102099061252c565b9163ffffffff83168460201b17957f000000000000000000000000000000000000000000000000000000000000000064ffffffffff164264ffffffffff169061025191612510565b926040519461025f86611da8565b338652602086019464ffffffffff1692838652604087015f8152606088015f815260808901916001835260a08a0198868a528d5f52600360205260405f209a516001600160a01b03166001600160a01b03168b5473ffffffffffffffffffffffffffffffffffffffff1916178b55518a549060a01b78ffffffffff000000000000000000000000000000000000000016907fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff16178a555162ffffff1661033e908a9062ffffff60c81b1962ffffff60c81b83549260c81b169116179055565b5188547fff000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff1660e09190911b62ffffff60e01b161788555196600588101561047f5760209b61040d63ffffffff61045295610440948f9c7f2853861deb58032ab9a980c2da609d362159046e10787da371215975666f009c9c6001916001600160f81b036001600160f81b031985549260f81b169116178355519101556cffffffff00000000000000000084549160481b16906cffffffff00000000000000000019161780845560681c1661252c565b70ffffffff000000000000000000000000001970ffffffff0000000000000000000000000083549260681b169116179055565b60405194608086526080860191611f2c565b9689840152604083015260608201528033950390a45f5f516020612c575f395f51905f525d604051908152f35b634e487b7160e01b5f52602160045260245ffd5b7f0c5e03da000000000000000000000000000000000000000000000000000000005f523460045260245260445ffd5b847fa3242b71000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b610508908563ae6914f960e01b5f52600452611ce7565b60445ffd5b7fab143c06000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461056f575f36600319011261056f5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b5f80fd5b3461056f57602036600319011261056f576004356001600160a01b03811680910361056f575f526005602052602060405f2054604051908152f35b3461056f57606036600319011261056f57604435801590602435821560043581840361056f576001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633036108f557805f52600460205260405f20946040519561061e87611d8c565b54846001600160a01b0382169182895260a01c918260208a0152159182156108ea575b50506108be57815f5260046020525f6040812055835f52600360205281847f51af630ca94c9105af888c0d329ed2a03dbfb5b4e4a15f0ccb0d19fc4f84ee28602060405f2096604051908152a3825460f81c600581101561047f5760011490816108b6575b506107ab575b505f1962ffffff825460c81c160162ffffff811161079757815462ffffff60c81b191660c89190911b62ffffff60c81b1617815580548060f81c600581101561047f5760030361078f5762ffffff6107079160e01c16612701565b925b1561074f5761074d93506001600160a01b036107489154167f0000000000000000000000000000000000000000000000000000000000000000906126a8565b612b34565b005b50506107896001600160a01b0361074d935116917f0000000000000000000000000000000000000000000000000000000000000000611f4c565b906126a8565b505f92610709565b634e487b7160e01b5f52601160045260245ffd5b81547bffffffffffffffffffffffffffffffffffffffffffffffffffffffff81166001600160f81b03919091167f030000000000000000000000000000000000000000000000000000000000000090811760181b62ffffff60e01b1691909117178255827f46f888a90d9be4d340049c7e8fabe85c5ac37ce47bf0caaf0be8affa360b3e32602082811c93845f526002825261085a600160405f200161040d63ffffffff825460681c16611f14565b604051908152a37f000000000000000000000000000000000000000000000000000000000000000061089d62ffffff835460e01c1661089881612701565b611f59565b8103908111610797576108b09083612b34565b846106ac565b9050866106a6565b507fc006e93f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b141590508488610641565b7f7dfe47d8000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b3461056f575f36600319011261056f5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461056f575f36600319011261056f576020604051619c408152f35b3461056f575f36600319011261056f57602060405167ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461056f575f36600319011261056f57602060405160328152f35b3461056f57604036600319011261056f5760243563ffffffff811680910361056f57602090600435821b17604051908152f35b3461056f575f36600319011261056f57602060405167ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461056f575f36600319011261056f5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b606036600319011261056f5760043560243567ffffffffffffffff811161056f57610ac8903690600401611d26565b916044359267ffffffffffffffff841680940361056f575f516020612c575f395f51905f525c61050d5760015f516020612c575f395f51905f525d67ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168085116111fe57506bffffffffffffffffffffffff34116111d257604051927f24e3047b000000000000000000000000000000000000000000000000000000008452826004850152610300846024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa9384156111c7575f94611086575b50825f52600660205260405f205415610f53575b61014084015192610be8838361010088019660ff8851169061293f565b9260ff8551165f9060408111610f28575f97969597905b808210610f0d57505060ff6060919551169501955b60ff875116861015610c40575f9081526020859052604080822095825290206001959095019493610c14565b87928492604051610c5081611dfd565b5f815260208101905f825260408101915f835260608201915f835260808101935f855260a08201935f855260c08301915f835260e084015f815261010085019360809b8c60405190610ca29082611e1a565b8d36823786525f87528b885283525f84525f89525f88526101209760405199610ccb8a8c611e1a565b60f58b5260208b0199601f1901368b375160c01b7fffffffffffffffff00000000000000000000000000000000000000000000000016905160a01b63ffffffff60a01b161790518c1b73ffffffff000000000000000000000000000000001617905160601b6fffffffff0000000000000000000000001617935194519051915192519460f81b6001600160f81b0319168652602187015260418601526061850152608184015280516095840152602081015160b5840152604081015160d58401526060015160f583015280516001600160f81b031916915190206001600160f81b0316175f54905f1982146107975760019182015f8181558181526002602090815260409091203460a01b73ffffffffffffffffffffffffffffffffffffffff19163317815593840180546801000000000000000068ffffffffffffffffff1990911668ff0000000000000000198c16171781559098919788957fe515df4067f7a836ffbf05d19cace19e55d40e465e20b77eb98a53574de5bd3195610ef2938691600391610e8464ffffffffff7f00000000000000000000000000000000000000000000000000000000000000008116904216612510565b7fffffffffffffffffffff0000000000ffffffffffffffffffffffffffffffffff75ffffffffff000000000000000000000000000000000083549260881b1691161790558a600282015501556040519485943486528c86015260408501528860608501523398840191611f2c565b0390a45f5f516020612c575f395f51905f525d604051908152f35b5f838152602093909352604090922091600190910190610bff565b7ff87c36ca000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b61016084015170ffffffff000000000000000000000000006060807eff000000000000000000000000000000000000000000000000000000000000602085015160f01b167dff0000000000000000000000000000000000000000000000000000000000604086015160e81b16179301927cffffffff0000000000000000000000000000000000000000000000000084515160c81b161778ffffffff00000000000000000000000000000000000000000060208551015160a81b161774ffffffff000000000000000000000000000000000060408551015160881b16179251015160681b16176cff00000000000000000000000061012086015160601b16176bffffffffffffffff0000000060a086015160201b161763ffffffff60808601511617835f52600660205260405f2055610bcb565b9093506103003d81116111c0575b61109e8183611e1a565b8101906103008183031261056f5760405191610180830183811067ffffffffffffffff8211176111ac576040526110d482612455565b83526110e260208301612455565b60208401526110f360408301612455565b604084015261110460608301612455565b606084015261111560808301612463565b608084015260a082015167ffffffffffffffff8116810361056f5761119f926102209160a086015261114960c08201612463565b60c086015261115a60e08201612463565b60e086015261116c6101008201612455565b61010086015261117f6101208201612455565b610120860152611193836101408301612474565b61014086015201612474565b6101608201529285610bb7565b634e487b7160e01b5f52604160045260245ffd5b503d611094565b6040513d5f823e3d90fd5b7f3598f179000000000000000000000000000000000000000000000000000000005f523460045260245ffd5b847f8473e5b3000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b3461056f575f36600319011261056f576020600154604051908152f35b3461056f57602036600319011261056f576004355f52600460205260405f2054604051906001600160a01b038116825260a01c602082015260408180030190f35b3461056f575f36600319011261056f576020604051622dc6c08152f35b3461056f575f36600319011261056f5760206040516301e133808152f35b3461056f576112d436611d54565b915f516020612c575f395f51905f525c61050d576113029360015f516020612c575f395f51905f525d611f6c565b5f5f516020612c575f395f51905f525d005b3461056f575f36600319011261056f5760205f54604051908152f35b3461056f575f36600319011261056f5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461056f575f36600319011261056f57602060405162278d008152f35b3461056f57602036600319011261056f576004355f52600360205260405f20548060f81c600581101561047f576003036113d6576113ce62ffffff60209260e01c16612701565b604051908152f35b5060205f6113ce565b3461056f57602036600319011261056f576004355f516020612c575f395f51905f525c61050d5760015f516020612c575f395f51905f525d61142081612653565b6001600160a01b038154163303611541576001810191825460ff8160401c16600481101561047f576001810361152a575064ffffffffff8160881c168042106114fb575060681c63ffffffff1692836114cb57805468ff000000000000000019166803000000000000000017905561130292507fc41d93b8bfbf9fd7cf5bfe271fd649ab6a6fec0ea101c23b82a2a28eca2533a95f80a2546001600160a01b038160a01c91166126a8565b83827fb27607cc000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b827f7eb4c8cc000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b610508908363ae6914f960e01b5f52600452611ce7565b7f5bca3de4000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b3461056f575f36600319011261056f57602060405167ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461056f575f36600319011261056f575f516020612c575f395f51905f525c61050d5760015f516020612c575f395f51905f525d335f52600560205260405f205480156116bd57335f5260056020525f60408120556040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a25f80808084335af13d156116b8573d67ffffffffffffffff81116111ac5760405190611668601f8201601f191660200183611e1a565b81525f60203d92013e5b15611689575f5f516020612c575f395f51905f525d005b7fa2269912000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b611672565b7fd0d04f60000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461056f57602036600319011261056f5761172a611704600435612653565b61173b61171e600460ff600185015460401c169301611e74565b60405193848094611cf5565b604060208401526040830190611d02565b0390f35b3461056f57602036600319011261056f57606061012060405161176181611dc4565b5f81525f60208201525f60408201525f838201525f60808201525f60a08201525f60c08201525f60e08201525f61010082015201526117a1600435612653565b6040516117ad81611dc4565b8154916001600160a01b0383168252602082019260a01c8352600181015490604083019167ffffffffffffffff8116835260ff8160401c16906060850191600481101561047f578252608085018160481c63ffffffff16815260a08601908260681c63ffffffff16825260c087019260881c64ffffffffff16835260028501549360e08801948552600386015495610100890196875260040161184f90611e74565b966101208901978852604051998a9960208b52516001600160a01b031660208b0152516bffffffffffffffffffffffff1660408a01525167ffffffffffffffff16606089015251608088016118a391611cf5565b5163ffffffff1660a08701525163ffffffff1660c08601525164ffffffffff1660e085015251610100840152516101208301525161014082016101409052610160820161173b91611d02565b3461056f57602036600319011261056f576004355f60a060405161191281611da8565b8281528260208201528260408201528260608201528260808201520152805f52600360205260405f20908154908160f81c90600582101561047f5781156119f6575062ffffff6040519261196584611da8565b6001600160a01b038116845281602085019564ffffffffff8360a01c16875264ffffffffff60016040880192848660c81c1684528460608a019660e01c1686526080890197885201549760a088019889526001600160a01b0360405198511688525116602087015251166040850152511660608301525191600583101561047f5760c09260808301525160a0820152f35b7ff3dc2772000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b604036600319011261056f576024356004355f516020612c575f395f51905f525c61050d5760015f516020612c575f395f51905f525d611a6081612544565b9180600184015403611cd45782549064ffffffffff8260a01c1680421015611ca557507f000000000000000000000000000000000000000000000000000000000000000080340361049357508260201c5f52600260205267ffffffffffffffff60405f2060028101545f5260066020526003611adf60405f20546125a9565b50509290500154926bffffffffffffffffffffffff8616936001600160a01b03604051967fdf4e433e000000000000000000000000000000000000000000000000000000008852166004870152336024870152604486015260648501521660848301528060a483015260208260c4815f6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165af19182156111c7575f92611c6f575b50611bf3906bffffffffffffffffffffffff60405191611ba883611d8c565b33835260208084019182525f868152600490915260409020925190519190911660a01b73ffffffffffffffffffffffffffffffffffffffff19166001600160a01b0391909116179055565b600162ffffff845460c81c16019262ffffff841161079757602093611c30919062ffffff60c81b1962ffffff60c81b83549260c81b169116179055565b604051918133917fa5f8c369e0214ca8253e5f7a94be7e6296f76d2e0283d76f7759115c6f0424115f80a45f5f516020612c575f395f51905f525d8152f35b9091506020813d602011611c9d575b81611c8b60209383611e1a565b8101031261056f575190611bf3611b89565b3d9150611c7e565b837f96bff40f000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b506344a3353b60e11b5f5260045260245ffd5b600481101561047f57602452565b90600482101561047f5752565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9181601f8401121561056f5782359167ffffffffffffffff831161056f576020838186019501011161056f57565b90606060031983011261056f57600435916024359067ffffffffffffffff821161056f57611d8491600401611d26565b909160443590565b6040810190811067ffffffffffffffff8211176111ac57604052565b60c0810190811067ffffffffffffffff8211176111ac57604052565b610140810190811067ffffffffffffffff8211176111ac57604052565b6080810190811067ffffffffffffffff8211176111ac57604052565b610120810190811067ffffffffffffffff8211176111ac57604052565b90601f8019910116810190811067ffffffffffffffff8211176111ac57604052565b90600182811c92168015611e6a575b6020831014611e5657565b634e487b7160e01b5f52602260045260245ffd5b91607f1691611e4b565b9060405191825f825492611e8784611e3c565b8084529360018116908115611ef25750600114611eae575b50611eac92500383611e1a565b565b90505f9291925260205f20905f915b818310611ed6575050906020611eac928201015f611e9f565b6020919350806001915483858901015201910190918492611ebd565b905060209250611eac94915060ff191682840152151560051b8201015f611e9f565b63ffffffff5f199116019063ffffffff821161079757565b908060209392818452848401375f828201840152601f01601f1916010190565b9190820180921161079757565b8181029291811591840414171561079757565b9190611f7783612544565b93845464ffffffffff8160a01c16804210612426575060c81c62ffffff16806123f757508360201c94855f52600260205260405f20946001860192611ffc611fc863ffffffff865460681c16611f14565b855470ffffffff00000000000000000000000000191660689190911b70ffffffff0000000000000000000000000016178555565b60ff845460401c16600481101561047f576002146123665761202490868660028a0154612757565b6001830154036123545781546001600160f81b03167f0200000000000000000000000000000000000000000000000000000000000000178255825468ff0000000000000000191668020000000000000000178355600486019067ffffffffffffffff86116111ac5781612098899354611e3c565b601f81116122f9575b50865f601f821160011461227b57916121449593916001600160a01b0395935f91612270575b508960011b905f198b60031b1c19161790555b7f34725b922cfb367ff9d0deb187607e3cdad354e3b6ad413a1f25b1ef034c03466040516020815280612111602082018c8c611f2c565b0390a35416610789865460a01c7f0000000000000000000000000000000000000000000000000000000000000000611f4c565b54916001600160a01b0367ffffffffffffffff841694541692841590818015612267575b61225e5760061b683fffffffffffffffc01690604086830414171561079757603f9004619c40810180911161079757805a1061222f57507f7a0c51d60a48cf7a4070d9eef0b27c81e40ec3048a2c46067e79055822f2db7f93855f602095819561222183966122136040519384928c8401987fa1fbbfe7000000000000000000000000000000000000000000000000000000008a526024850152604060448501526064840191611f2c565b03601f198101835282611e1a565b5193f16040519015158152a2565b5a7f486594e4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b50505050505050565b50843b15612168565b90508801355f6120c7565b949392919050601f19881694815f5260205f2090895f5b8881106122db5750906001600160a01b0396959493929161214498106122c2575b5050600189811b0190556120da565b8901355f1960038c901b60f8161c191690555f806122b3565b8a83013584558d96506001909301926020928301928c925001612292565b878111156120a15790809293505f5260205f20601f880160051c906020891061234c575b8a949392601f0160051c82900391015f5b82811061233c5750506120a1565b5f818301558b955060010161232e565b5f915061231d565b6344a3353b60e11b5f5260045260245ffd5b50915092506001600160a01b039350611eac9491507f04000000000000000000000000000000000000000000000000000000000000006001600160f81b038454161783557fe7d8e3367437bfadcbd626641556baf551ab32bcc6fdfb6886fe319eadbfc2f95f80a354167f0000000000000000000000000000000000000000000000000000000000000000906126a8565b847fe4b8a2af000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b857fbcbd1a4c000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b519060ff8216820361056f57565b519063ffffffff8216820361056f57565b91909160e08184031261056f5760405161248d81611de1565b809361249883612463565b82526124a660208401612455565b60208301526124b760408401612455565b604083015280607f8401121561056f57604051926124d6608085611e1a565b839060e0810192831161056f57606001905b8282106124f85750505060600152565b6020809161250584612463565b8152019101906124e8565b9064ffffffffff8091169116019064ffffffffff821161079757565b63ffffffff60019116019063ffffffff821161079757565b90815f52600360205260405f2091825460f81c906005821090811561047f5782156119f6576001830361257657505050565b7fe0925426000000000000000000000000000000000000000000000000000000005f526004521561047f5760245260445ffd5b604051916125b683611de1565b5f835260208301925f845260408101905f82526060810191604051916125dd608084611e1a565b60803684378284529560ff8660f01c16905260ff8560e81c16905263ffffffff8460c81c16905263ffffffff8360a81c1660208251015263ffffffff8360881c16604082510152606063ffffffff8460681c169151015260ff8260601c1663ffffffff67ffffffffffffffff8460201c16931691565b90815f52600260205260405f209160ff600184015460401c16600481101561047f571561267d5750565b7f1f79bbe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b81156126fd5760206001600160a01b037f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f3921692835f526005825260405f206126f2828254611f4c565b9055604051908152a2565b5050565b7f000000000000000000000000000000000000000000000000000000000000000060328102908082046032149015171561079757811561274357606490040490565b634e487b7160e01b5f52601260045260245ffd5b92909192805f52600660205260405f2054612771906125a9565b60ff909792969197166127839361293f565b906040519161279183611dfd565b5f835260208301935f855260408401905f825260608501925f845260808601985f8a5260a08701985f8a5260c08801925f845260e08901945f86526101008a01986040516127e0608082611e1a565b60803682378a5260018b528b528652865267ffffffffffffffff168a5263ffffffff16885261012097604051996128178a8c611e1a565b60f58b5260208b0199601f1901368b375160c01b7fffffffffffffffff00000000000000000000000000000000000000000000000016905160a01b63ffffffff60a01b1617905160801b73ffffffff000000000000000000000000000000001617905160601b6fffffffff0000000000000000000000001617935194519051915192519460f81b6001600160f81b0319168652602187015260418601526061850152608184015280516095840152602081015160b5840152604081015160d58401526060015160f583015280516001600160f81b031916915190206001600160f81b03161790565b67ffffffffffffffff81116111ac5760051b60200190565b805182101561292b5760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b9290926020810191601f61296261295960ff865116612c35565b61089885612b77565b9361298260ff61297a61297487612bc5565b96612b77565b925116612c35565b020160051c906129928484611f59565b8103612afb57506129a38183611f59565b916129ad836128ff565b936129bb6040519586611e1a565b8385526129c7846128ff565b602086019690601f19013688375f5b838110612abe5750505050505f935f905b808210612a065750506129f957505090565b909150511561292b575190565b909491600181018082116107975760011c905f5b828110612a3857505091805f52602052600160405f209501906129e7565b8060011b907f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8116811415806107975760018301908184116107975784821015612ab65750612a885f9189612917565b51905b61079757612a9b60019389612917565b515f5260205260405f20612aaf8289612917565b5201612a1a565b879150612a8b565b612ac88382611f59565b90612ad38682611f59565b918260051b928084046020149015171561079757600192602086928601918b010137016129d6565b612b058484611f59565b907f66889fd5000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b9080156126fd57602081612b6b7fcec1bae6e024d929f2929f3478ce70f55f9c636c8ef7b5073a61d7c3a432451b93600154611f4c565b600155604051908152a2565b60ff6040820151169081158015612bbb575b612bb457606001515f19820191821161079757600482101561292b5763ffffffff9160051b01511690565b5050600190565b5060048211612b89565b60ff6040820151169060028210612bb4576060015163ffffffff8151169160028111612c22575b60038111612c0e575b600410612c00575090565b6060015163ffffffff160290565b604082015163ffffffff1690920291612bf5565b9163ffffffff6020830151160291612bec565b60ff1660018114612c5057600214612c4b575f90565b600490565b5060019056fe115a0505b73d37ff2b039e01b66957dc9c424d5313c711995ad464ceb65f3ab2",
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
// Solidity: function requestOf(uint256 requestId) view returns((address,uint96,uint64,uint8,uint32,uint32,uint40,bytes32,bytes32,bytes))
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
// Solidity: function requestOf(uint256 requestId) view returns((address,uint96,uint64,uint8,uint32,uint32,uint40,bytes32,bytes32,bytes))
func (inferenceOracle *InferenceOracle) TryPackRequestOf(requestId *big.Int) ([]byte, error) {
	return inferenceOracle.abi.Pack("requestOf", requestId)
}

// UnpackRequestOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x324e03be.
//
// Solidity: function requestOf(uint256 requestId) view returns((address,uint96,uint64,uint8,uint32,uint32,uint40,bytes32,bytes32,bytes))
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
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["BadMaxCallbackGas"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackBadMaxCallbackGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["BadRequestTimeout"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackBadRequestTimeoutError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["BadTensorLength"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackBadTensorLengthError(raw[4:])
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
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["FeeTooLarge"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackFeeTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["GamesOpen"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackGamesOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["InsufficientGasForCallback"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackInsufficientGasForCallbackError(raw[4:])
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
	Bin: "0x60808060405234601557612adb908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806370b31be9146100ac5763f8e0cb961461002f575f80fd5b346100a857602061005361004e6100453661011e565b9291909161020e565b610691565b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8282017fff00000000000000000000000000000000000000000000000000000000000000815116925190201617604051908152f35b5f80fd5b346100a857602060406100c461004e6100453661011e565b815192839181835280519182918282860152018484015e5f828201840152601f01601f19168101030190f35b9181601f840112156100a85782359167ffffffffffffffff83116100a857602083818601950101116100a857565b60406003198201126100a85760043567ffffffffffffffff81116100a85781610149916004016100f0565b929092916024359067ffffffffffffffff82116100a85761016c916004016100f0565b9091565b6040519190601f01601f1916820167ffffffffffffffff81118382101761019657604052565b634e487b7160e01b5f52604160045260245ffd5b60405190610120820182811067ffffffffffffffff82111761019657604052815f81525f60208201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201526101006102046080610170565b9160803684370152565b9392919361021a6101aa565b5060f56102256101aa565b920361066957803560f81c90600282116106695763ffffffff60809260618301359085526001830135602086015260218301356040860152604183013560608601528060c01c84860152818160a01c1660a08601528181851c1660c086015260601c1660e08401526075610100840151910190378060ff8151166106635750604051916101c0830183811067ffffffffffffffff821117610196576040525f83525f60208401525f60408401525f60608401525f60808401525f60a08401525f60c08401525f60e08401525f6101008401525f6101208401525f6101408401525f6101608401525f6101808401525f6101a084015280156104df57843560f81c60018103610638575060a181106104df5760018501359460818101356080850152606181013560608501526041810135604085015260218101356020850152858452600260ff8760f01c1610159586610625575b86610612575b866105ff575b866105e7575b60ff8160301c166101a086015260ff8160e01c1661018086015260ff8160e81c1661016086015282820160a1830110156104df5760a282019060a183013560f81c600181036105b1575090871561058057600160a087015260c0860152610122820160e086015261012260011960ff8360f01c160160051b806101008801528301019083830182116104df575b8383018210156104df576001823560f81c92019782151590816105a8575b50610580579080610120870152876101408701525f915b8183106104a057505050818101860361047057505061046d9293506107b1565b90565b8592507fbae27caa000000000000000000000000000000000000000000000000000000005f52010360045260245ffd5b9091978484018110156104df57803560f81c60018103610507575060219060ff8360e81c165b60051b01019784840189116104df57600101919061044d565b7f87da407a000000000000000000000000000000000000000000000000000000005f5260045ffd5b600281148015610576575b15610527575060219060ff8360e01c166104c6565b60048103610547575060219060ff8360301c1660ff8460e01c16036104c6565b897f7669a5f4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5060038114610512565b7fb8825502000000000000000000000000000000000000000000000000000000005f5260045ffd5b9050155f610436565b806105bc5750610418565b7fb07830b9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b955060ff8660e01c1660ff8760301c1611159561038b565b9550604060ff8760e01c16111595610385565b9550604060ff8760e81c1611159561037f565b9550604060ff8760f01c16111595610379565b7f02ed372a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b93505050565b7fca756003000000000000000000000000000000000000000000000000000000005f5260045ffd5b9061012060f560606106a283610170565b828152926020840190601f190136823783957fffffffffffffffff000000000000000000000000000000000000000000000000608082015160c01b1677ffffffff000000000000000000000000000000000000000060a083015160a01b161773ffffffff0000000000000000000000000000000060c083015160801b16176fffffffff00000000000000000000000060e0830151851b16179080519260208201516040830151917fff00000000000000000000000000000000000000000000000000000000000000610100888601519501519660f81b169052602188015260418701526061860152608185015280516095850152602081015160b5850152604081015160d58501520151910152565b6107b96101aa565b5081516020830180519060408501908151606087019485519160808901958651925f5260205260405f20905f525f60205260405f20905f5260205260405f20915f5260205260405f205f527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb560205260405f20905f5260205260405f20602086015103610fb457610867916080860167ffffffffffffffff6001818351160116905286519151905191611016565b919091158015610f97575b8015610f53575b610f3d57604084019182519360405194610140860186811067ffffffffffffffff821117610196576040525f8652858860208201925f845260408301905f825260608401975f895260808501905f825260a08601925f845261012060c08801965f885260e08901985f8a525f6101008201525f838201526101408201519052015185528a525190526101608c015190526101808b015182526101a08b0151835260a08a019363ffffffff85511663ffffffff60808901511614610e2f575050505060a088015115610dfc5761098660c089015192516040845f3760405f2060408086015f3760405f20905f5260205260405f2063ffffffff84511660e08c0151916101008d015193611352565b15610dc957506040519161030083019083821067ffffffffffffffff8311176101965783916040525f82526109b9610fdc565b60208301526109c6610fdc565b60408301526109d3610fdc565b60608301525f60808301525f60a08301525f60c08301525f60e08301525f6101008301525f6101208301525f6101408301525f6101608301525f6101808301525f6101a08301525f6101c08301525f6101e08301525f6102008301525f6102208301525f6102408301525f6102608301525f6102808301525f6102a08301525f6102c08301525f6102e0830152823560f81c8252610adc6002840135602084015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b610b51601a850135604085015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b610bc66032860135606086015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b604a86013560e081811c60808881019190915263ffffffff60c084811c821660a0808c019190915261ffff60b087901c8116838d015286821c81168c870152609087811c82166101008e01529487901c81166101208d0152607087901c81166101408d0152606087901c166101608c0152604086901c83166101808c015260ff603887901c81165f90810b6101a08e0152603088901c8216810b6101c08e0152602888901c8216810b6101e08e0152602088901c8216810b6102008e015260189790971c811690960b6102208c015260678c01359485901d600390810b6102408d01529185901c8316820b6102608c015284901c909116900b610280890152609882901c83166102a089015281901c82166102c088015260881c166102e08601529082610dc1575b5081610db9575b5080610daa575b80610d8f575b15928315610d64575b508215610d52575b5050610d445783610d2491866114c4565b15610d375761046d9394505190526113ff565b5050509061046d9161127a565b505050509061046d9161127a565b610d5c9250611472565b15815f610d13565b81935063ffffffff60c0610d879301511663ffffffff60e0860151169184611429565b15915f610d0b565b5069ffffffffffffffffffff606784013560381c1615610d02565b5060ff833560f01c1615610cfc565b90505f610cf5565b91505f610cee565b63ffffffff9051167f37782a63000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b63ffffffff9051167f8a61f9f8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b959350955096959250989760a00151610f155782519351841015610f0257845192833560f81c9660018501359760048103610ee75750610ea8969798999a600191519051900360051b9560218781880197010189520190528660ff61012063ffffffff61016085015151169301511691821c92516113ab565b15610ebf5761046d916001845260608401526113ff565b7f8ccf6233000000000000000000000000000000000000000000000000000000005f5260045ffd5b8663ed42de4760e01b5f52600452602452600460445260645ffd5b836334cd7e7b60e11b5f5260045260245ffd5b7fc8e43713000000000000000000000000000000000000000000000000000000005f5260045ffd5b5050509060a0810151610f155761046d9161127a565b5063ffffffff60a08501511663ffffffff608084015116148015610879575060c084015163ffffffff16151580610879575063ffffffff60e0850151161515610879565b5063ffffffff60a08501511663ffffffff60808401511610610872565b7fbe2aa302000000000000000000000000000000000000000000000000000000005f5260045ffd5b604051906080820182811067ffffffffffffffff82111761019657604052815f81525f60208201525f604082015260606102046080610170565b92919060405193610180850185811067ffffffffffffffff821117610196576040525f85525f60208601525f60408601525f60608601525f60808601525f60a08601525f60c08601525f60e08601525f6101008601525f61012086015261107b610fdc565b610140860152611089610fdc565b6101608601528461109f8260f81c808352611615565b1561127057508060ff65ffffffffffff9260f01c16602087015260ff8160e81c16604087015260ff8160e01c16606087015263ffffffff8160c01c16608087015267ffffffffffffffff8160801c1660a087015263ffffffff8160601c1660c087015263ffffffff8160401c1660e087015260ff8160381c1661010087015260ff8160301c166101208701521661126a576111a28161014086015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b15908115611256575b50611251576112228161016085015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b1590811561123d575b506112395761046d82611673565b5f90565b67ffffffffffffffff91501615155f61122b565b505f90565b67ffffffffffffffff91501615155f6111ab565b50505f90565b94505f9392505050565b90610120906112876101aa565b5001518061129757506002815290565b6363aa933560e01b5f526004525f60245260445ffd5b90916020820190815191604084015183101561133f57835192833560f81c60ff6001860135971690818103611326575060019190828103611304575060a08601515b60051b95602180870197809701019052019052565b60040361131c5760c086015160e087015190036112ef565b60c08601516112ef565b8263ed42de4760e01b5f5260045260245260445260645ffd5b826334cd7e7b60e11b5f5260045260245ffd5b93919290928260051c602681116113805781901c61137757611373936118c1565b1490565b50505050505f90565b5050505050505f90565b93919290928260051c602881116113805781901c61137757611373936118c1565b94929093918360051c90602881119081156113d6575b506113805781901c61137757611373936118c1565b9050602803602881116113eb5781115f6113c1565b634e487b7160e01b5f52601160045260245ffd5b60406020820151910151808203611414575050565b6363aa933560e01b5f5260045260245260445ffd5b925090608061143892846118fe565b156112515761144681611a93565b156112515761145963ffffffff91611ad1565b9110159081611466575090565b63ffffffff9150111590565b9060ff8151169160ff61148482611b37565b1683116114bd5760ff600291511610918215926114a057505090565b6008149150816114af57501590565b60c0015161ffff1615919050565b5050505f90565b90916114cf83611ad1565b909182820215919082611609575b60c085019563ffffffff87511693858510156115fd5715806115f8575b60e087019463ffffffff86511691858310156115ea57611590575b5050505063ffffffff600181845116011680835214611538575b50505050600190565b5f905263ffffffff600181855116011683526115546080610170565b608036823761010083015263ffffffff83511614611574575b808061152f565b5f60a092520163ffffffff600181835116011690525f8061156d565b6101008801519260ff815116600481145f146115bd5750906115b4949392916124a5565b5f808080611515565b600581036115d85750906115d39493929161218d565b6115b4565b63178be23560e11b5f5260045260245ffd5b505050505050505050505f90565b6114fa565b50505050505050505f90565b925050600180926114dd565b60ff1660018110159081611627575090565b60029150111590565b9060048110156116415760051b0190565b634e487b7160e01b5f52603260045260245ffd5b811561165f570690565b634e487b7160e01b5f52601260045260245ffd5b61168060ff825116611615565b1561125157608081019061169e6403fffffffc835160021b16611b59565b91600283106118b8575b602082019260ff84511614801590611895575b8015611872575b801561184c575b801561181a575b6114bd5763ffffffff63010000009151161161126a576060810191602060ff84511611908115611807575b81156117f7575b5061126a5767ffffffffffffffff60a08201511680159081156117e5575b5061126a5761014081015163ffffffff815116158015906117cd575b6114bd5761175660c083019163ffffffff83511690611c2d565b159081156117ad575b5061126a57600160ff61012063ffffffff6101608501515116930151161b6117878183611655565b159283611795575b50505090565b60019192935060ff9051161b910111155f808061178f565b6117c6915063ffffffff61016084015191511690611c2d565b155f61175f565b506117df60ff60208301511683611c02565b1561173c565b6740000000000000009150115f611720565b6020915060ff905116115f611702565b9050602060ff60408401511611906116fb565b5060ff6101208301511661184561016084015161183f611839826126fe565b9161276e565b02611b59565b14156116d0565b5060ff6101008301511661186b61014084015161183f611839826126fe565b14156116c9565b5060ff60608301511661188e63ffffffff60c085015116611b59565b14156116c2565b5060ff6040830151166118b163ffffffff60e085015116611b59565b14156116bb565b600292506116a8565b93929091908101905b8181106118d657505050565b90919360208560051b1690815260208235911852602060405f209460011c91019190916118ca565b92915060ff83511680158015611a7d575b611a755761191c91611cce565b1561126a5761192f816020840151611c2d565b1561126a5760ff82511660068114908115611a6a575b8115611a5f575b8115611a54575b8115611a49575b811561198e575b5080611979575b61126a57606061046d920151611c2d565b50611988816040840151611c2d565b15611968565b600b9150148061199f575b5f611961565b506040820151606081015163ffffffff825116159182611a39575b82611a29575b5081611a19575b81611a06575b816119f3575b816119e0575b5015611999565b63ffffffff91506060015116155f6119d9565b604081015163ffffffff161591506119d3565b602081015163ffffffff161591506119cd565b805163ffffffff161591506119c7565b6040015160ff161591505f6119c0565b602081015160ff161592506119ba565b60108114915061195a565b600e81149150611953565b600d8114915061194c565b600c81149150611945565b505050505f90565b50600e8111801561190f5750601081141561190f565b9060ff82511691600483148015611ac7575b611abc578263178be23560e11b5f5260045260245ffd5b61046d919250612056565b5060058314611aa5565b60ff81511691600483148015611b2d575b611af9578263178be23560e11b5f5260045260245ffd5b909150600160608301611b16611b0f82516126fe565b915161276e565b029261ffff60e08160c08401511692015116020190565b5060058314611ae2565b5160ff1660018114611b5357600214611b4e575f90565b601090565b50600990565b5f90600181111561126a575f1901908160401c611bfb578160019260201c80611bee575b508060101c80611be1575b508060081c80611bd4575b508060041c80611bc7575b508060021c80611bba575b50821c611bb4570190565b81010190565b600291509101905f611ba9565b600491509101905f611b9e565b600891509101905f611b93565b601091509101905f611b88565b602091509101905f611b7d565b5050604090565b9060ff1660018114611c2657600214611c1a57505f90565b60ff6002915116101590565b5050600190565b611c3d60ff602083015116612792565b1561126a5760ff604082015116600481116114bd5760608201519060015f5b60048110611c84575050505063ffffffff81511690611c7d611839826126fe565b0201111590565b63ffffffff611c938286611630565b5116838210611caa57611380576001905b01611c5c565b80611cb9575b50600190611ca4565b9091029063800000008211611380575f611cb0565b907fff00ffffffffffff0000ffffffffffffffffffffffffffffffff00000000000060ff6dffffffffffff0000ffffffffffff9216600181145f14611d6457506dffffffffffffffffffffffff000019927fffffff00ffffff000000000000000000000000000000000000000000000000005b196060820135169319604082013516921960208201351691199035161717171590565b60028103611d96575061ffff19927dff00ffffff00000000000000000000000000000000000000000000000000611d41565b60038103611dc2575075ffffffffffffffffffffffffffffffffffffffffffff199260ff60e81b611d41565b60048114801561204c575b15611e1657507fffffffffffffffffffff0000000000000000ffffffffffffffffffffffff0000927affff00000000000000000000000000000000000000000000000000611d41565b600681148015612042575b8015612038575b15611e8c575075ffffffffffffffffffffffffffffffffffffffffffff199267ffff000000000001600160f01b03925068ff000000000000ffff60b01b1991507dffffffffffffffffffffffffffffffffffffffff00000000000000000000611d41565b600c8103611ef3575075ffffffffffffffffffffffffffffffffffffffffffff199267ffff000000000001600160f01b03925068ff000000000000ffff60b01b1991507dffffffffff0000000000000000ffffffff0000ff00000000000000000000611d41565b60078114801561202e575b15611f23575075ffffffffffffffffffffffffffffffffffffffffffff19925f611d41565b600a8103611f47575071ffffffffffffffffffffffffffffffffffff19925f611d41565b60088103611f7857507fffffffffffffffffffffffffffff00000000ffff000000000000000000000000925f611d41565b91505060108103611fe957507fffffffffffffffffffff0000000000000000ffff0000000000000000000000009067ffff000000000001600160f01b039068ff000000000000ffff60b01b19907dffffffffff0000000000000000ffffffff0000ff00000000000000000000611d41565b600b036112515771ffffffffffffffffffffffffffffffffffff199067ffff000000000001600160f01b039068ff000000000000ffff60b01b199060ff60e81b611d41565b5060098114611efe565b50600e8114611e28565b50600d8114611e21565b5060058114611dcd565b61205f816127b3565b1561125157602081810151606090810151805181840151604092830151848701519094015180519581015193015163ffffffff958616969591821694938216939282169282169116819003611380578286020215612179578015948515612170575b8515612153575b8515612136575b851561210d575b505083156120e6575b5050501590565b8293506101609061ffff610120819495015116905f190102930151160111155f80806120df565b9091945061ffff61010085015116905f1901029061ffff61014085015116011115925f806120d6565b945061ffff6101608501511661ffff60e0860151161115946120cf565b945061ffff6101408501511661ffff60c0860151161115946120c8565b831595506120c1565b5050505050600190565b811561165f570490565b929493909161219f602085015161276e565b93606081019463ffffffff6020606088510151015116946121ca826121c48184612183565b92611655565b916121df6121d88884612183565b9783611655565b9761221761220360208701516121fb60ff602083015116612792565b9182916129c2565b028660051b90036020811161249d57612183565b9561ffff60c08701511661ffff60e08801511680910282106123b35750509063ffffffff6101209695949392515116910201019160608501966122e76122b089519761226b8760c083019a8b519084612a97565b509890916101008101998a52019687529861ffff6101008701511661ffff6101408801511661ffff60c0890151169163ffffffff606060208b01510151511693612aa7565b9161ffff6101208601511661ffff6101608701511661ffff60e0880151169163ffffffff60206060818b0151015101511693612aa7565b02915f926102206102008301515f0b9201515f0b915f8213915b8486106123275750505050505061232394959650519051915160051b926118c1565b9052565b909192939498600190846123538f8d9060e090601f198360021b1601519160051b1660e0031c60030b90565b5f9161238b575b5084811285821802189060ff808d601f0360031b938981138a8218021816831b921b19161799019493929190612301565b90508380841b915f811285146123a657841b01045b5f61235a565b5f03841b01045f036123a0565b8193969994506123e795979b9c9a92506123d0906123e092612183565b9261ffff60e08b01511690611655565b928861291b565b929192156124935760206124219601519263ffffffff6020606082875116960151015116020102010190606081015160c082015191612a05565b50505f5b8381106124325750505050565b8061248d836001931a5f0b61245e838760e090601f198360021b1601519160051b1660e0031c60030b90565b01828663ffffffff60e08192949394601f198660021b16019460051b1660e0039216821b911b19825116179052565b01612425565b5050505050505050565b506020612183565b929493909160208401926124b9845161276e565b6060860163ffffffff6020606083510151015116956124e2836124dc8187612183565b95611655565b946124f76124f08987612183565b9886611655565b61252361250f84516121fb60ff602083015116612792565b028960051b90036020811161249d57612183565b9861ffff60c08c0151169260e08c019361ffff8551168091028210612614575050505050509063ffffffff6101209493925151169102010160608301948551936125758360c083019687519084612a97565b50949091610100810195865201928352945f916102206102008201515f0b9101515f0b905b8284106125ba575050505061232394959650519051915160051b926118c1565b909192966001906125e2898d60e090601f198360021b1601519160051b1660e0031c60030b90565b607f190183811284821802189060ff808b601f0360031b93878113888218021816831b921b191617970192919061259a565b61264397985061263d929394959b9d9e9c965061263461ffff9183612183565b95511690611655565b9361291b565b929192156124935761267a95519263ffffffff6020606082875116960151015116020102010190606081015160c082015191612a05565b50505f5b83811061268b5750505050565b806126af6001928560e090601f198360021b1601519160051b1660e0031c60030b90565b608084831a5f0b019081136126c6575b500161267e565b6126f890828663ffffffff60e08192949394601f198660021b16019460051b1660e0039216821b911b19825116179052565b5f6126bf565b60ff6040820151169060028210611c26576060015163ffffffff815116916002811161275b575b60038111612747575b600410612739575090565b6060015163ffffffff160290565b604082015163ffffffff169092029161272e565b9163ffffffff6020830151160291612725565b601f9061278a60ff6020612781846129c2565b93015116612792565b020160051c90565b60ff16600181146127ad576002146127a8575f90565b600490565b50600190565b61ffff60c082015116801580801561290b575b80156128fa575b80156128e9575b6114bd5761ffff60e0840151168083029283041417156113eb57620100001061125157602081015190600160ff602084015116148015906128d3575b80156128c1575b80156128ab575b61126a576060015190612830816126fe565b6128398261276e565b02612843836126fe565b61284c8461276e565b029281151593846128a1575b84612884575b508361286b575050501590565b51915163ffffffff9283169216011190505f80806120df565b90935063ffffffff8351169063ffffffff8551160111925f61285e565b8015159450612858565b50600360ff60406060840151015116141561281e565b50600360ff6040840151161415612817565b50600160ff602060608401510151161415612810565b5061ffff61012084015116156127d4565b5061ffff61010084015116156127cd565b5061ffff60e084015116156127c6565b949391929061ffff61010087015116020161ffff6101408601511690039161ffff61012086015116020161ffff610160850151169003925f82129081156129b8575b811561299e575b8115612981575b50612977579190600190565b505f915081908190565b63ffffffff9150606060208092015101510151168312155f61296b565b6020810151606001515163ffffffff168312159150612964565b5f8512915061295d565b60ff60408201511690811580156129fb575b611c2657606001515f1982019182116113eb5763ffffffff916129f691611630565b511690565b50600482116129d4565b9293909193612a156002856112ad565b81969295919684829781819b1c1594851595612a82575b5050505050612a39575050565b602001515f198101919082116113eb5767ffffffffffffffff917f653046b0000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b612a8c955061138a565b155f80848180612a2c565b9293909193612a156003856112ad565b020391908201905f8312612ad3575b808213612acb575b508181131561126a570390565b90505f612abe565b5f9250612ab656",
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
	Bin: "0x608080604052346015576126c1908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806370b31be9146100ac5763f8e0cb961461002f575f80fd5b346100a857602061005361004e6100453661011e565b9291909161020e565b610691565b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8282017fff00000000000000000000000000000000000000000000000000000000000000815116925190201617604051908152f35b5f80fd5b346100a857602060406100c461004e6100453661011e565b815192839181835280519182918282860152018484015e5f828201840152601f01601f19168101030190f35b9181601f840112156100a85782359167ffffffffffffffff83116100a857602083818601950101116100a857565b60406003198201126100a85760043567ffffffffffffffff81116100a85781610149916004016100f0565b929092916024359067ffffffffffffffff82116100a85761016c916004016100f0565b9091565b6040519190601f01601f1916820167ffffffffffffffff81118382101761019657604052565b634e487b7160e01b5f52604160045260245ffd5b60405190610120820182811067ffffffffffffffff82111761019657604052815f81525f60208201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201526101006102046080610170565b9160803684370152565b9392919361021a6101aa565b5060f56102256101aa565b920361066957803560f81c90600282116106695763ffffffff60809260618301359085526001830135602086015260218301356040860152604183013560608601528060c01c84860152818160a01c1660a08601528181851c1660c086015260601c1660e08401526075610100840151910190378060ff8151166106635750604051916101c0830183811067ffffffffffffffff821117610196576040525f83525f60208401525f60408401525f60608401525f60808401525f60a08401525f60c08401525f60e08401525f6101008401525f6101208401525f6101408401525f6101608401525f6101808401525f6101a084015280156104df57843560f81c60018103610638575060a181106104df5760018501359460818101356080850152606181013560608501526041810135604085015260218101356020850152858452600260ff8760f01c1610159586610625575b86610612575b866105ff575b866105e7575b60ff8160301c166101a086015260ff8160e01c1661018086015260ff8160e81c1661016086015282820160a1830110156104df5760a282019060a183013560f81c600181036105b1575090871561058057600160a087015260c0860152610122820160e086015261012260011960ff8360f01c160160051b806101008801528301019083830182116104df575b8383018210156104df576001823560f81c92019782151590816105a8575b50610580579080610120870152876101408701525f915b8183106104a057505050818101860361047057505061046d9293506107b1565b90565b8592507fbae27caa000000000000000000000000000000000000000000000000000000005f52010360045260245ffd5b9091978484018110156104df57803560f81c60018103610507575060219060ff8360e81c165b60051b01019784840189116104df57600101919061044d565b7f87da407a000000000000000000000000000000000000000000000000000000005f5260045ffd5b600281148015610576575b15610527575060219060ff8360e01c166104c6565b60048103610547575060219060ff8360301c1660ff8460e01c16036104c6565b897f7669a5f4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5060038114610512565b7fb8825502000000000000000000000000000000000000000000000000000000005f5260045ffd5b9050155f610436565b806105bc5750610418565b7fb07830b9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b955060ff8660e01c1660ff8760301c1611159561038b565b9550604060ff8760e01c16111595610385565b9550604060ff8760e81c1611159561037f565b9550604060ff8760f01c16111595610379565b7f02ed372a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b93505050565b7fca756003000000000000000000000000000000000000000000000000000000005f5260045ffd5b9061012060f560606106a283610170565b828152926020840190601f190136823783957fffffffffffffffff000000000000000000000000000000000000000000000000608082015160c01b1677ffffffff000000000000000000000000000000000000000060a083015160a01b161773ffffffff0000000000000000000000000000000060c083015160801b16176fffffffff00000000000000000000000060e0830151851b16179080519260208201516040830151917fff00000000000000000000000000000000000000000000000000000000000000610100888601519501519660f81b169052602188015260418701526061860152608185015280516095850152602081015160b5850152604081015160d58501520151910152565b6107b96101aa565b5081516020830180519060408501908151606087019485519160808901958651925f5260205260405f20905f525f60205260405f20905f5260205260405f20915f5260205260405f205f527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb560205260405f20905f5260205260405f20602086015103610fb457610867916080860167ffffffffffffffff6001818351160116905286519151905191611016565b919091158015610f97575b8015610f53575b610f3d57604084019182519360405194610140860186811067ffffffffffffffff821117610196576040525f8652858860208201925f845260408301905f825260608401975f895260808501905f825260a08601925f845261012060c08801965f885260e08901985f8a525f6101008201525f838201526101408201519052015185528a525190526101608c015190526101808b015182526101a08b0151835260a08a019363ffffffff85511663ffffffff60808901511614610e2f575050505060a088015115610dfc5761098660c089015192516040845f3760405f2060408086015f3760405f20905f5260205260405f2063ffffffff84511660e08c0151916101008d015193611352565b15610dc957506040519161030083019083821067ffffffffffffffff8311176101965783916040525f82526109b9610fdc565b60208301526109c6610fdc565b60408301526109d3610fdc565b60608301525f60808301525f60a08301525f60c08301525f60e08301525f6101008301525f6101208301525f6101408301525f6101608301525f6101808301525f6101a08301525f6101c08301525f6101e08301525f6102008301525f6102208301525f6102408301525f6102608301525f6102808301525f6102a08301525f6102c08301525f6102e0830152823560f81c8252610adc6002840135602084015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b610b51601a850135604085015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b610bc66032860135606086015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b604a86013560e081811c60808881019190915263ffffffff60c084811c821660a0808c019190915261ffff60b087901c8116838d015286821c81168c870152609087811c82166101008e01529487901c81166101208d0152607087901c81166101408d0152606087901c166101608c0152604086901c83166101808c015260ff603887901c81165f90810b6101a08e0152603088901c8216810b6101c08e0152602888901c8216810b6101e08e0152602088901c8216810b6102008e015260189790971c811690960b6102208c015260678c01359485901d600390810b6102408d01529185901c8316820b6102608c015284901c909116900b610280890152609882901c83166102a089015281901c82166102c088015260881c166102e08601529082610dc1575b5081610db9575b5080610daa575b80610d8f575b15928315610d64575b508215610d52575b5050610d445783610d2491866114c4565b15610d375761046d9394505190526113ff565b5050509061046d9161127a565b505050509061046d9161127a565b610d5c9250611472565b15815f610d13565b81935063ffffffff60c0610d879301511663ffffffff60e0860151169184611429565b15915f610d0b565b5069ffffffffffffffffffff606784013560381c1615610d02565b5060ff833560f01c1615610cfc565b90505f610cf5565b91505f610cee565b63ffffffff9051167f37782a63000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b63ffffffff9051167f8a61f9f8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b959350955096959250989760a00151610f155782519351841015610f0257845192833560f81c9660018501359760048103610ee75750610ea8969798999a600191519051900360051b9560218781880197010189520190528660ff61012063ffffffff61016085015151169301511691821c92516113ab565b15610ebf5761046d916001845260608401526113ff565b7f8ccf6233000000000000000000000000000000000000000000000000000000005f5260045ffd5b8663ed42de4760e01b5f52600452602452600460445260645ffd5b836334cd7e7b60e11b5f5260045260245ffd5b7fc8e43713000000000000000000000000000000000000000000000000000000005f5260045ffd5b5050509060a0810151610f155761046d9161127a565b5063ffffffff60a08501511663ffffffff608084015116148015610879575060c084015163ffffffff16151580610879575063ffffffff60e0850151161515610879565b5063ffffffff60a08501511663ffffffff60808401511610610872565b7fbe2aa302000000000000000000000000000000000000000000000000000000005f5260045ffd5b604051906080820182811067ffffffffffffffff82111761019657604052815f81525f60208201525f604082015260606102046080610170565b92919060405193610180850185811067ffffffffffffffff821117610196576040525f85525f60208601525f60408601525f60608601525f60808601525f60a08601525f60c08601525f60e08601525f6101008601525f61012086015261107b610fdc565b610140860152611089610fdc565b6101608601528461109f8260f81c8083526117e1565b1561127057508060ff65ffffffffffff9260f01c16602087015260ff8160e81c16604087015260ff8160e01c16606087015263ffffffff8160c01c16608087015267ffffffffffffffff8160801c1660a087015263ffffffff8160601c1660c087015263ffffffff8160401c1660e087015260ff8160381c1661010087015260ff8160301c166101208701521661126a576111a28161014086015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b15908115611256575b50611251576112228161016085015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b1590811561123d575b506112395761046d8261183f565b5f90565b67ffffffffffffffff91501615155f61122b565b505f90565b67ffffffffffffffff91501615155f6111ab565b50505f90565b94505f9392505050565b90610120906112876101aa565b5001518061129757506002815290565b6363aa933560e01b5f526004525f60245260445ffd5b90916020820190815191604084015183101561133f57835192833560f81c60ff6001860135971690818103611326575060019190828103611304575060a08601515b60051b95602180870197809701019052019052565b60040361131c5760c086015160e087015190036112ef565b60c08601516112ef565b8263ed42de4760e01b5f5260045260245260445260645ffd5b826334cd7e7b60e11b5f5260045260245ffd5b93919290928260051c602681116113805781901c6113775761137393611a8d565b1490565b50505050505f90565b5050505050505f90565b93919290928260051c602881116113805781901c6113775761137393611a8d565b94929093918360051c90602881119081156113d6575b506113805781901c6113775761137393611a8d565b9050602803602881116113eb5781115f6113c1565b634e487b7160e01b5f52601160045260245ffd5b60406020820151910151808203611414575050565b6363aa933560e01b5f5260045260245260445ffd5b929160806114379285611aca565b1561126a576114469082611bc9565b156112515761145963ffffffff91611c0c565b9110159081611466575090565b63ffffffff9150111590565b9060ff8151169160ff61148482611c71565b1683116114bd5760ff600291511610918215926114a057505090565b6008149150816114af57501590565b60c0015161ffff1615919050565b5050505f90565b90916114cf83611c0c565b9091828202159190826117d5575b60c085019563ffffffff87511693858510156117c9571593846117c4575b60e087019463ffffffff86511690858210156117b657611591575b5050505063ffffffff600181845116011680835214611539575b50505050600190565b5f905263ffffffff600181855116011683526115556080610170565b608036823761010083015263ffffffff83511614611575575b8080611530565b5f60a092520163ffffffff600181835116011690525f8061156e565b825160ff166007810361165657505060206115ec836116249361161860ff61160c8661164d9a99019360606115e486516115ca8161248c565b6115de6115d7828761234a565b9186611821565b916125d7565b98908c612559565b960151906115de6115fc8361248c565b611606818461234a565b92611821565b969093510151166123e8565b60031b9485918761260d565b9360031b01610100039160031b1b83610100031c811b9260015f19911b01901b1916179061269a565b5f808080611516565b909190600b81036117a4575060608301611670815161248c565b82029363ffffffff60808201511684860160031c018060808801518160a08a015161169c60018c6112ad565b93819383989392501c159485159561178f575b505050505061175e57508163ffffffff6116e9926008886101a06117209c9b9a99989701515f0b990860051b60e0031c1660030b906124cf565b611725575b505061170261170a9360ff938493516125d7565b93908661260d565b92601f0360031b9316831b921b1916179061269a565b61164d565b60ff938493965061174f6117478461170a98946115de6115fc6117029861248c565b91908a612559565b901a5f0b9693509350936116ee565b60208801515f198101919082116113eb5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b611799955061138a565b155f808385826116af565b63178be23560e11b5f5260045260245ffd5b505050505050505050505f90565b6114fb565b50505050505050505f90565b925050600180926114dd565b60ff16600181101590816117f3575090565b60029150111590565b90600481101561180d5760051b0190565b634e487b7160e01b5f52603260045260245ffd5b811561182b570690565b634e487b7160e01b5f52601260045260245ffd5b61184c60ff8251166117e1565b1561125157608081019061186a6403fffffffc835160021b16611c93565b9160028310611a84575b602082019260ff84511614801590611a61575b8015611a3e575b8015611a18575b80156119e6575b6114bd5763ffffffff63010000009151161161126a576060810191602060ff845116119081156119d3575b81156119c3575b5061126a5767ffffffffffffffff60a08201511680159081156119b1575b5061126a5761014081015163ffffffff81511615801590611999575b6114bd5761192260c083019163ffffffff83511690611d67565b15908115611979575b5061126a57600160ff61012063ffffffff6101608501515116930151161b6119538183611821565b159283611961575b50505090565b60019192935060ff9051161b910111155f808061195b565b611992915063ffffffff61016084015191511690611d67565b155f61192b565b506119ab60ff60208301511683611d3c565b15611908565b6740000000000000009150115f6118ec565b6020915060ff905116115f6118ce565b9050602060ff60408401511611906118c7565b5060ff61012083015116611a11610160840151611a0b611a0582612354565b916123c4565b02611c93565b141561189c565b5060ff61010083015116611a37610140840151611a0b611a0582612354565b1415611895565b5060ff606083015116611a5a63ffffffff60c085015116611c93565b141561188e565b5060ff604083015116611a7d63ffffffff60e085015116611c93565b1415611887565b60029250611874565b93929091908101905b818110611aa257505050565b90919360208560051b1690815260208235911852602060405f209460011c9101919091611a96565b92915060ff83511680158015611bb3575b611bab57611ae891611e08565b1561126a57611afb816020840151611d67565b1561126a5760ff82511660068114908115611ba0575b8115611b95575b8115611b8a575b8115611b7f575b8115611b5a575b5080611b45575b61126a57606061046d920151611d67565b50611b54816040840151611d67565b15611b34565b600b91501480611b6b575b5f611b2d565b50611b796040830151612190565b15611b65565b601081149150611b26565b600e81149150611b1f565b600d81149150611b18565b600c81149150611b11565b505050505f90565b50600e81118015611adb57506010811415611adb565b919060ff8351169260078414611bff57600b8414611bf4578363178be23560e11b5f5260045260245ffd5b61046d929350612290565b905061046d91925061222d565b9060ff8251169160078314611c5157600b8314611c36578263178be23560e11b5f5260045260245ffd5b6060919250019061046d611c4a8351612354565b925161248c565b60209192500151611c6a611c6482612354565b9161248c565b0290600190565b5160ff1660018114611c8d57600214611c88575f90565b601090565b50600990565b5f90600181111561126a575f1901908160401c611d35578160019260201c80611d28575b508060101c80611d1b575b508060081c80611d0e575b508060041c80611d01575b508060021c80611cf4575b50821c611cee570190565b81010190565b600291509101905f611ce3565b600491509101905f611cd8565b600891509101905f611ccd565b601091509101905f611cc2565b602091509101905f611cb7565b5050604090565b9060ff1660018114611d6057600214611d5457505f90565b60ff6002915116101590565b5050600190565b611d7760ff6020830151166123e8565b1561126a5760ff604082015116600481116114bd5760608201519060015f5b60048110611dbe575050505063ffffffff81511690611db7611a0582612354565b0201111590565b63ffffffff611dcd82866117fc565b5116838210611de457611380576001905b01611d96565b80611df3575b50600190611dde565b9091029063800000008211611380575f611dea565b907fff00ffffffffffff0000ffffffffffffffffffffffffffffffff00000000000060ff6dffffffffffff0000ffffffffffff9216600181145f14611e9e57506dffffffffffffffffffffffff000019927fffffff00ffffff000000000000000000000000000000000000000000000000005b196060820135169319604082013516921960208201351691199035161717171590565b60028103611ed0575061ffff19927dff00ffffff00000000000000000000000000000000000000000000000000611e7b565b60038103611efc575075ffffffffffffffffffffffffffffffffffffffffffff199260ff60e81b611e7b565b600481148015612186575b15611f5057507fffffffffffffffffffff0000000000000000ffffffffffffffffffffffff0000927affff00000000000000000000000000000000000000000000000000611e7b565b60068114801561217c575b8015612172575b15611fc6575075ffffffffffffffffffffffffffffffffffffffffffff199267ffff000000000001600160f01b03925068ff000000000000ffff60b01b1991507dffffffffffffffffffffffffffffffffffffffff00000000000000000000611e7b565b600c810361202d575075ffffffffffffffffffffffffffffffffffffffffffff199267ffff000000000001600160f01b03925068ff000000000000ffff60b01b1991507dffffffffff0000000000000000ffffffff0000ff00000000000000000000611e7b565b600781148015612168575b1561205d575075ffffffffffffffffffffffffffffffffffffffffffff19925f611e7b565b600a8103612081575071ffffffffffffffffffffffffffffffffffff19925f611e7b565b600881036120b257507fffffffffffffffffffffffffffff00000000ffff000000000000000000000000925f611e7b565b9150506010810361212357507fffffffffffffffffffff0000000000000000ffff0000000000000000000000009067ffff000000000001600160f01b039068ff000000000000ffff60b01b19907dffffffffff0000000000000000ffffffff0000ff00000000000000000000611e7b565b600b036112515771ffffffffffffffffffffffffffffffffffff199067ffff000000000001600160f01b039068ff000000000000ffff60b01b199060ff60e81b611e7b565b5060098114612038565b50600e8114611f62565b50600d8114611f5b565b5060058114611f07565b606081015163ffffffff82511615918261221d575b8261220d575b50816121fd575b816121ea575b816121d7575b816121c7575090565b63ffffffff915060600151161590565b604081015163ffffffff161591506121be565b602081015163ffffffff161591506121b8565b805163ffffffff161591506121b2565b6040015160ff161591505f6121ab565b602081015160ff161592506121a5565b60208101908151606060ff60208301511692019160ff60208451015116149081159161226a575b5061126a576122669151905190612409565b1590565b9050612278611c6482612354565b028151612287611c6482612354565b0214155f612254565b604081019061229f8251612190565b15602082015192600160ff60208601511614801590612334575b611377578180612321575b611377576122d760608401948551612409565b611377578161230c575b506114bd5763ffffffff60806007920151169151612301611c6482612354565b020160031c01111590565b61231b91508351905190612409565b5f6122e1565b50600160ff6020835101511614156122c4565b50600160ff6020606086015101511614156122b9565b811561182b570490565b60ff6040820151169060028210611d60576060015163ffffffff81511691600281116123b1575b6003811161239d575b60041061238f575090565b6060015163ffffffff160290565b604082015163ffffffff1690920291612384565b9163ffffffff602083015116029161237b565b601f906123e060ff60206123d78461248c565b930151166123e8565b020160051c90565b60ff1660018114612403576002146123fe575f90565b600490565b50600190565b61241281612354565b61241b826123c4565b0261242583612354565b61242e846123c4565b02928115159384612482575b84612465575b508361244c5750505090565b51915163ffffffff9283169216011190505f808061195b565b90935063ffffffff8351169063ffffffff8551160111925f612440565b801515945061243a565b60ff60408201511690811580156124c5575b611d6057606001515f1982019182116113eb5763ffffffff916124c0916117fc565b511690565b506004821161249e565b906124d8610fdc565b915f821261255057602081019081516124f3611c6482612354565b0291828410612543575060400161250a8151612190565b158061252a575b61251f57505050905f905f90565b519391039150600190565b508051612539611c6482612354565b0282840310612511565b5194929350600192915050565b5050905f905f90565b819060608101518260c08301516125716002856112ad565b93819383999392501c15948515956125c2575b505050505061259257505090565b602001515f198101919082116113eb5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b6125cc955061138a565b155f80848682612584565b906020919392936125ed60ff84830151166123e8565b916125ff63ffffffff835116926123c4565b020181850260051c01930990565b91906060830151928160c082015194816126286003856112ad565b9290989180958a931c1594851595612685575b5050505050612654579061012091946101008201520152565b50602001515f198101919082116113eb5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b61268f955061138a565b155f8685848361263b565b906126bc6060916101208401516101008501519060c086015160051b92611a8d565b91015256",
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
	Bin: "0x608080604052346015576129f6908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806370b31be9146100ac5763f8e0cb961461002f575f80fd5b346100a857602061005361004e6100453661011e565b9291909161020e565b610691565b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8282017fff00000000000000000000000000000000000000000000000000000000000000815116925190201617604051908152f35b5f80fd5b346100a857602060406100c461004e6100453661011e565b815192839181835280519182918282860152018484015e5f828201840152601f01601f19168101030190f35b9181601f840112156100a85782359167ffffffffffffffff83116100a857602083818601950101116100a857565b60406003198201126100a85760043567ffffffffffffffff81116100a85781610149916004016100f0565b929092916024359067ffffffffffffffff82116100a85761016c916004016100f0565b9091565b6040519190601f01601f1916820167ffffffffffffffff81118382101761019657604052565b634e487b7160e01b5f52604160045260245ffd5b60405190610120820182811067ffffffffffffffff82111761019657604052815f81525f60208201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201526101006102046080610170565b9160803684370152565b9392919361021a6101aa565b5060f56102256101aa565b920361066957803560f81c90600282116106695763ffffffff60809260618301359085526001830135602086015260218301356040860152604183013560608601528060c01c84860152818160a01c1660a08601528181851c1660c086015260601c1660e08401526075610100840151910190378060ff8151166106635750604051916101c0830183811067ffffffffffffffff821117610196576040525f83525f60208401525f60408401525f60608401525f60808401525f60a08401525f60c08401525f60e08401525f6101008401525f6101208401525f6101408401525f6101608401525f6101808401525f6101a084015280156104df57843560f81c60018103610638575060a181106104df5760018501359460818101356080850152606181013560608501526041810135604085015260218101356020850152858452600260ff8760f01c1610159586610625575b86610612575b866105ff575b866105e7575b60ff8160301c166101a086015260ff8160e01c1661018086015260ff8160e81c1661016086015282820160a1830110156104df5760a282019060a183013560f81c600181036105b1575090871561058057600160a087015260c0860152610122820160e086015261012260011960ff8360f01c160160051b806101008801528301019083830182116104df575b8383018210156104df576001823560f81c92019782151590816105a8575b50610580579080610120870152876101408701525f915b8183106104a057505050818101860361047057505061046d9293506107b1565b90565b8592507fbae27caa000000000000000000000000000000000000000000000000000000005f52010360045260245ffd5b9091978484018110156104df57803560f81c60018103610507575060219060ff8360e81c165b60051b01019784840189116104df57600101919061044d565b7f87da407a000000000000000000000000000000000000000000000000000000005f5260045ffd5b600281148015610576575b15610527575060219060ff8360e01c166104c6565b60048103610547575060219060ff8360301c1660ff8460e01c16036104c6565b897f7669a5f4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5060038114610512565b7fb8825502000000000000000000000000000000000000000000000000000000005f5260045ffd5b9050155f610436565b806105bc5750610418565b7fb07830b9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b955060ff8660e01c1660ff8760301c1611159561038b565b9550604060ff8760e01c16111595610385565b9550604060ff8760e81c1611159561037f565b9550604060ff8760f01c16111595610379565b7f02ed372a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b93505050565b7fca756003000000000000000000000000000000000000000000000000000000005f5260045ffd5b9061012060f560606106a283610170565b828152926020840190601f190136823783957fffffffffffffffff000000000000000000000000000000000000000000000000608082015160c01b1677ffffffff000000000000000000000000000000000000000060a083015160a01b161773ffffffff0000000000000000000000000000000060c083015160801b16176fffffffff00000000000000000000000060e0830151851b16179080519260208201516040830151917fff00000000000000000000000000000000000000000000000000000000000000610100888601519501519660f81b169052602188015260418701526061860152608185015280516095850152602081015160b5850152604081015160d58501520151910152565b6107b96101aa565b5081516020830180519060408501908151606087019485519160808901958651925f5260205260405f20905f525f60205260405f20905f5260205260405f20915f5260205260405f205f527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb560205260405f20905f5260205260405f20602086015103610fb457610867916080860167ffffffffffffffff6001818351160116905286519151905191611016565b919091158015610f97575b8015610f53575b610f3d57604084019182519360405194610140860186811067ffffffffffffffff821117610196576040525f8652858860208201925f845260408301905f825260608401975f895260808501905f825260a08601925f845261012060c08801965f885260e08901985f8a525f6101008201525f838201526101408201519052015185528a525190526101608c015190526101808b015182526101a08b0151835260a08a019363ffffffff85511663ffffffff60808901511614610e2f575050505060a088015115610dfc5761098660c089015192516040845f3760405f2060408086015f3760405f20905f5260205260405f2063ffffffff84511660e08c0151916101008d015193611352565b15610dc957506040519161030083019083821067ffffffffffffffff8311176101965783916040525f82526109b9610fdc565b60208301526109c6610fdc565b60408301526109d3610fdc565b60608301525f60808301525f60a08301525f60c08301525f60e08301525f6101008301525f6101208301525f6101408301525f6101608301525f6101808301525f6101a08301525f6101c08301525f6101e08301525f6102008301525f6102208301525f6102408301525f6102608301525f6102808301525f6102a08301525f6102c08301525f6102e0830152823560f81c8252610adc6002840135602084015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b610b51601a850135604085015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b610bc66032860135606086015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b604a86013560e081811c60808881019190915263ffffffff60c084811c821660a0808c019190915261ffff60b087901c8116838d015286821c81168c870152609087811c82166101008e01529487901c81166101208d0152607087901c81166101408d0152606087901c166101608c0152604086901c83166101808c015260ff603887901c81165f90810b6101a08e0152603088901c8216810b6101c08e0152602888901c8216810b6101e08e0152602088901c8216810b6102008e015260189790971c811690960b6102208c015260678c01359485901d600390810b6102408d01529185901c8316820b6102608c015284901c909116900b610280890152609882901c83166102a089015281901c82166102c088015260881c166102e08601529082610dc1575b5081610db9575b5080610daa575b80610d8f575b15928315610d64575b508215610d52575b5050610d445783610d2491866114c4565b15610d375761046d9394505190526113ff565b5050509061046d9161127a565b505050509061046d9161127a565b610d5c9250611472565b15815f610d13565b81935063ffffffff60c0610d879301511663ffffffff60e0860151169184611429565b15915f610d0b565b5069ffffffffffffffffffff606784013560381c1615610d02565b5060ff833560f01c1615610cfc565b90505f610cf5565b91505f610cee565b63ffffffff9051167f37782a63000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b63ffffffff9051167f8a61f9f8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b959350955096959250989760a00151610f155782519351841015610f0257845192833560f81c9660018501359760048103610ee75750610ea8969798999a600191519051900360051b9560218781880197010189520190528660ff61012063ffffffff61016085015151169301511691821c92516113ab565b15610ebf5761046d916001845260608401526113ff565b7f8ccf6233000000000000000000000000000000000000000000000000000000005f5260045ffd5b8663ed42de4760e01b5f52600452602452600460445260645ffd5b836334cd7e7b60e11b5f5260045260245ffd5b7fc8e43713000000000000000000000000000000000000000000000000000000005f5260045ffd5b5050509060a0810151610f155761046d9161127a565b5063ffffffff60a08501511663ffffffff608084015116148015610879575060c084015163ffffffff16151580610879575063ffffffff60e0850151161515610879565b5063ffffffff60a08501511663ffffffff60808401511610610872565b7fbe2aa302000000000000000000000000000000000000000000000000000000005f5260045ffd5b604051906080820182811067ffffffffffffffff82111761019657604052815f81525f60208201525f604082015260606102046080610170565b92919060405193610180850185811067ffffffffffffffff821117610196576040525f85525f60208601525f60408601525f60608601525f60808601525f60a08601525f60c08601525f60e08601525f6101008601525f61012086015261107b610fdc565b610140860152611089610fdc565b6101608601528461109f8260f81c80835261162a565b1561127057508060ff65ffffffffffff9260f01c16602087015260ff8160e81c16604087015260ff8160e01c16606087015263ffffffff8160c01c16608087015267ffffffffffffffff8160801c1660a087015263ffffffff8160601c1660c087015263ffffffff8160401c1660e087015260ff8160381c1661010087015260ff8160301c166101208701521661126a576111a28161014086015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b15908115611256575b50611251576112228161016085015190606061ffff928260e01c815260ff8360d81c16602082015260ff8360d01c166040820152015163ffffffff8260a01c16815263ffffffff8260801c16602082015263ffffffff8260601c166040820152606063ffffffff8360401c1691015260c01c161590565b1590811561123d575b506112395761046d82611688565b5f90565b67ffffffffffffffff91501615155f61122b565b505f90565b67ffffffffffffffff91501615155f6111ab565b50505f90565b94505f9392505050565b90610120906112876101aa565b5001518061129757506002815290565b6363aa933560e01b5f526004525f60245260445ffd5b90916020820190815191604084015183101561133f57835192833560f81c60ff6001860135971690818103611326575060019190828103611304575060a08601515b60051b95602180870197809701019052019052565b60040361131c5760c086015160e087015190036112ef565b60c08601516112ef565b8263ed42de4760e01b5f5260045260245260445260645ffd5b826334cd7e7b60e11b5f5260045260245ffd5b93919290928260051c602681116113805781901c61137757611373936118d6565b1490565b50505050505f90565b5050505050505f90565b93919290928260051c602881116113805781901c61137757611373936118d6565b94929093918360051c90602881119081156113d6575b506113805781901c61137757611373936118d6565b9050602803602881116113eb5781115f6113c1565b634e487b7160e01b5f52601160045260245ffd5b60406020820151910151808203611414575050565b6363aa933560e01b5f5260045260245260445ffd5b929160806114379285611913565b1561126a576114469082611aa8565b156112515761145963ffffffff91611aea565b9110159081611466575090565b63ffffffff9150111590565b9060ff8151169160ff61148482611b62565b1683116114bd5760ff600291511610918215926114a057505090565b6008149150816114af57501590565b60c0015161ffff1615919050565b5050505f90565b90916114cf83611aea565b90918282021591908261161e575b60c085019563ffffffff8751169385851015611612571593846115ff575b5060e086019363ffffffff85511690848210156115f257611591575b50505063ffffffff600181845116011680835214611539575b50505050600190565b5f905263ffffffff600181855116011683526115556080610170565b608036823761010083015263ffffffff83511614611575575b8080611530565b5f60a092520163ffffffff600181835116011690525f8061156e565b63ffffffff8851166101008801519260ff815116600881145f146115c55750906115bd949392916123c5565b5f8080611517565b600981036115e05750906115db94939291612268565b6115bd565b63178be23560e11b5f5260045260245ffd5b5050505050505050505f90565b92819361160b92611b84565b915f6114fb565b50505050505050505f90565b925050600180926114dd565b60ff166001811015908161163c575090565b60029150111590565b9060048110156116565760051b0190565b634e487b7160e01b5f52603260045260245ffd5b8115611674570690565b634e487b7160e01b5f52601260045260245ffd5b61169560ff82511661162a565b156112515760808101906116b36403fffffffc835160021b16611b9f565b91600283106118cd575b602082019260ff845116148015906118aa575b8015611887575b8015611861575b801561182f575b6114bd5763ffffffff63010000009151161161126a576060810191602060ff8451161190811561181c575b811561180c575b5061126a5767ffffffffffffffff60a08201511680159081156117fa575b5061126a5761014081015163ffffffff815116158015906117e2575b6114bd5761176b60c083019163ffffffff83511690611c73565b159081156117c2575b5061126a57600160ff61012063ffffffff6101608501515116930151161b61179c818361166a565b1592836117aa575b50505090565b60019192935060ff9051161b910111155f80806117a4565b6117db915063ffffffff61016084015191511690611c73565b155f611774565b506117f460ff60208301511683611c48565b15611751565b6740000000000000009150115f611735565b6020915060ff905116115f611717565b9050602060ff6040840151161190611710565b5060ff6101208301511661185a61016084015161185461184e82612661565b916126d1565b02611b9f565b14156116e5565b5060ff6101008301511661188061014084015161185461184e82612661565b14156116de565b5060ff6060830151166118a363ffffffff60c085015116611b9f565b14156116d7565b5060ff6040830151166118c663ffffffff60e085015116611b9f565b14156116d0565b600292506116bd565b93929091908101905b8181106118eb57505050565b90919360208560051b1690815260208235911852602060405f209460011c91019190916118df565b92915060ff83511680158015611a92575b611a8a5761193191611d14565b1561126a57611944816020840151611c73565b1561126a5760ff82511660068114908115611a7f575b8115611a74575b8115611a69575b8115611a5e575b81156119a3575b508061198e575b61126a57606061046d920151611c73565b5061199d816040840151611c73565b1561197d565b600b915014806119b4575b5f611976565b506040820151606081015163ffffffff825116159182611a4e575b82611a3e575b5081611a2e575b81611a1b575b81611a08575b816119f5575b50156119ae565b63ffffffff91506060015116155f6119ee565b604081015163ffffffff161591506119e8565b602081015163ffffffff161591506119e2565b805163ffffffff161591506119dc565b6040015160ff161591505f6119d5565b602081015160ff161592506119cf565b60108114915061196f565b600e81149150611968565b600d81149150611961565b600c8114915061195a565b505050505f90565b50600e8111801561192457506010811415611924565b805160ff16929160088414611ade575060098314611ad3578263178be23560e11b5f5260045260245ffd5b61046d9192506121eb565b9061046d92935061209c565b9060ff8251169160088314611b355760098314611b14578263178be23560e11b5f5260045260245ffd5b602091925001906001611b31611b2a8451612661565b93516126d1565b0190565b60209192500190611b468251612661565b91611b5b611b5482516126d1565b9151612799565b60011b0190565b5160ff1660018114611b7e57600214611b79575f90565b601090565b50600990565b600860ff82511614611b9557505090565b611b5b92506127dc565b5f90600181111561126a575f1901908160401c611c41578160019260201c80611c34575b508060101c80611c27575b508060081c80611c1a575b508060041c80611c0d575b508060021c80611c00575b50821c611bfa570190565b81010190565b600291509101905f611bef565b600491509101905f611be4565b600891509101905f611bd9565b601091509101905f611bce565b602091509101905f611bc3565b5050604090565b9060ff1660018114611c6c57600214611c6057505f90565b60ff6002915116101590565b5050600190565b611c8360ff6020830151166126f5565b1561126a5760ff604082015116600481116114bd5760608201519060015f5b60048110611cca575050505063ffffffff81511690611cc361184e82612661565b0201111590565b63ffffffff611cd98286611645565b5116838210611cf057611380576001905b01611ca2565b80611cff575b50600190611cea565b9091029063800000008211611380575f611cf6565b907fff00ffffffffffff0000ffffffffffffffffffffffffffffffff00000000000060ff6dffffffffffff0000ffffffffffff9216600181145f14611daa57506dffffffffffffffffffffffff000019927fffffff00ffffff000000000000000000000000000000000000000000000000005b196060820135169319604082013516921960208201351691199035161717171590565b60028103611ddc575061ffff19927dff00ffffff00000000000000000000000000000000000000000000000000611d87565b60038103611e08575075ffffffffffffffffffffffffffffffffffffffffffff199260ff60e81b611d87565b600481148015612092575b15611e5c57507fffffffffffffffffffff0000000000000000ffffffffffffffffffffffff0000927affff00000000000000000000000000000000000000000000000000611d87565b600681148015612088575b801561207e575b15611ed2575075ffffffffffffffffffffffffffffffffffffffffffff199267ffff000000000001600160f01b03925068ff000000000000ffff60b01b1991507dffffffffffffffffffffffffffffffffffffffff00000000000000000000611d87565b600c8103611f39575075ffffffffffffffffffffffffffffffffffffffffffff199267ffff000000000001600160f01b03925068ff000000000000ffff60b01b1991507dffffffffff0000000000000000ffffffff0000ff00000000000000000000611d87565b600781148015612074575b15611f69575075ffffffffffffffffffffffffffffffffffffffffffff19925f611d87565b600a8103611f8d575071ffffffffffffffffffffffffffffffffffff19925f611d87565b60088103611fbe57507fffffffffffffffffffffffffffff00000000ffff000000000000000000000000925f611d87565b9150506010810361202f57507fffffffffffffffffffff0000000000000000ffff0000000000000000000000009067ffff000000000001600160f01b039068ff000000000000ffff60b01b19907dffffffffff0000000000000000ffffffff0000ff00000000000000000000611d87565b600b036112515771ffffffffffffffffffffffffffffffffffff199067ffff000000000001600160f01b039068ff000000000000ffff60b01b199060ff60e81b611d87565b5060098114611f44565b50600e8114611e6e565b50600d8114611e67565b5060058114611e13565b60208101805160ff602082015116906001821491821592612106575b50506114bd576120ce8151606084015190612716565b6114bd576120df617fff9151612799565b1161126a57600161ffff60c0830151161161126a576080015163ffffffff16602001111590565b90915060608401519060ff6020830151161491826121d2575b826121b1575b8261218a575b82612163575b82612141575b5050155f806120b8565b63ffffffff919250606082818080940151015116930151015116145f80612137565b915063ffffffff6040606084015101511663ffffffff604060608401510151161491612131565b915063ffffffff6020606084015101511663ffffffff60206060840151015116149161212b565b915063ffffffff6060830151511663ffffffff606083015151161491612125565b915060ff60408301511660ff604083015116149161211f565b6020810190600160ff602084510151160361126a576060018051600260ff6020830151161490811591612255575b8115612236575b5061126a576122329151905190612716565b1590565b63ffffffff915060600151511661224d8351612661565b14155f612220565b604081015160ff16600114159150612219565b949392916020860161227a81516126d1565b8083106122e25750505063ffffffff6122c5602060606122e0979801516122a660ff83830151166126f5565b906122b485825116916126d1565b5081860260051c0194099285612925565b9160031b60e003925160c01c8116831b921b191617906129b2565b565b8280985061230a9483979263ffffffff612303955151169102010190612832565b93516128b0565b815160e01d94825160c01c60030b935f5b83811061239a575050505061237b6122e0939482907fffffffff000000000000000000000000000000000000000000000000000000009060e01b167bffffffffffffffffffffffffffffffffffffffffffffffffffffffff825116179052565b9063ffffffff60c01b9060c01b1663ffffffff60c01b19825116179052565b608182821a5f0b018881136123b3575b5060010161231b565b9750600583901b8101955060016123aa565b919392906123d381846127dc565b92909586811061258d576123e98488830361166a565b936124166124076123ff878760208b01516128ef565b91908a612832565b855160e01d911a5f0b906129d9565b63ffffffff6080880151168160031c01908160808a0151818b61243f600160a0830151926112ad565b93819383999392501c1594851595612578575b5050505050612547575060e09060051b1660e0031c97011161250e576124b96124c19360ff9360606122e09964ffffffff0087965160c01c60030b9160081b1660040b5f915f81136124e1575b5050607f1901607f198112607f19821802189701516128ef565b939086612925565b92601f0360031b93607f8113607f8218021816831b921b191617906129b2565b8091925060011b915f81126001146125005760011b01045b5f8061249f565b5f0360011b01045f036124f9565b935050505063ffffffff6122e0921660030b815160c01c60030b0163ffffffff60c01b9060c01b1663ffffffff60c01b19825116179052565b60208a01515f198101919082116113eb5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b612582955061138a565b155f80838682612452565b946125c5929796506125be9086602081949701998a51906125b563ffffffff835116926126d1565b02010190612832565b96516128b0565b9260051b9003828110612659575b50805160e01d915f5b8181106126375750506122e0929350907fffffffff000000000000000000000000000000000000000000000000000000009060e01b167bffffffffffffffffffffffffffffffffffffffffffffffffffffffff825116179052565b608086821a5f0b01848113612650575b506001016125dc565b93506001612647565b91505f6125d3565b60ff6040820151169060028210611c6c576060015163ffffffff81511691600281116126be575b600381116126aa575b60041061269c575090565b6060015163ffffffff160290565b604082015163ffffffff1690920291612691565b9163ffffffff6020830151160291612688565b601f906126ed60ff60206126e484612799565b930151166126f5565b020160051c90565b60ff16600181146127105760021461270b575f90565b600490565b50600190565b61271f81612661565b612728826126d1565b0261273283612661565b61273b846126d1565b0292811515938461278f575b84612772575b50836127595750505090565b51915163ffffffff9283169216011190505f80806117a4565b90935063ffffffff8351169063ffffffff8551160111925f61274d565b8015159450612747565b60ff60408201511690811580156127d2575b611c6c57606001515f1982019182116113eb5763ffffffff916127cd91611645565b511690565b50600482116127ab565b9091602082019261ffff60c06127fc6127f587516126d1565b9651612799565b94015116151580612829575b61280f5750565b61281b9291935061166a565b602060018201910160051c91565b50821515612808565b819060608101518260c083015161284a6002856112ad565b93819383999392501c159485159561289b575b505050505061286b57505090565b602001515f198101919082116113eb5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b6128a5955061138a565b155f8084868261285d565b906128cd916128c560ff6020830151166126f5565b928391612799565b029060051b9003602081116128e7575b8115611674570490565b5060206128dd565b9060209193929361290560ff84830151166126f5565b9161291763ffffffff835116926126d1565b020181850260051c01930990565b91906060830151928160c082015194816129406003856112ad565b9290989180958a931c159485159561299d575b505050505061296c579061012091946101008201520152565b50602001515f198101919082116113eb5767ffffffffffffffff91630653046b60e41b5f526004521660245260445ffd5b6129a7955061138a565b155f86858483612953565b906129d46060916101208401516101008501519060c086015160051b926118d6565b910152565b03607f19015f81126112515760ff81136129f05790565b5060ff9056",
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
	ABI: "[{\"inputs\":[{\"internalType\":\"address[6]\",\"name\":\"families\",\"type\":\"address[6]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"got\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"want\",\"type\":\"uint8\"}],\"name\":\"AccessKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"AccessMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"}],\"name\":\"AccessProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supplied\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"used\",\"type\":\"uint256\"}],\"name\":\"AccessesUnused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPreState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"family\",\"type\":\"address\"}],\"name\":\"FamilyWithoutCode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModelIdMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"pc\",\"type\":\"uint32\"}],\"name\":\"OpMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"pc\",\"type\":\"uint32\"}],\"name\":\"OpProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OpUnexpected\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutputProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"WitnessAccessKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WitnessDepths\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"flag\",\"type\":\"uint8\"}],\"name\":\"WitnessOpFlag\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"extra\",\"type\":\"uint256\"}],\"name\":\"WitnessTrailing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WitnessTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"}],\"name\":\"WitnessVersion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"attentionFamily\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"elementwiseFamily\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"}],\"name\":\"familyOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gemmFamily\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"poolFamily\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reshapeFamily\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"softmaxFamily\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"preState\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"preState\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"stepState\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "64541a271ccd3a3d46eb624638496da0a5",
	Bin: "0x610140604052346101ba576040516107693881900390601f8201601f19168301906001600160401b038211848310176101be578291604052833981019060c0818303126101ba5781601f820112156101ba576040519160c083016001600160401b038111848210176101be57604052829160c081019182116101ba57915b81831061019a57835f5b6006811061014b575080516001600160a01b0390811660809081526020830151821660a0908152604080850151841660c0526060850151841660e052918401518316610100529092015116610120525161057190816101f882396080518181816102f20152818161038901526104b6015260a05181818160b90152610487015260c0518181816101480152610430015260e051818181610275015261040101526101005181818161010501526103d201526101205181818161018b01526103ad0152f35b6001600160a01b0361015d82846101d2565b51163b1561016d57600101610087565b906001600160a01b03906101829083906101d2565b5116906312e4e3ed60e01b5f5260045260245260445ffd5b82516001600160a01b03811681036101ba5781526020928301920161007d565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b9060068110156101e35760051b0190565b634e487b7160e01b5f52603260045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c80630682139a1461009f5780630b42d6971461009a578063210b59741461009557806325d71fdc1461009057806370b31be91461008157806397afe07d1461008b578063ab9b875f14610086578063f8e0cb96146100815763fde6c05f1461007c575f80fd5b6102d3565b61022f565b610299565b610256565b61016c565b610129565b6100e6565b346100e2575f3660031901126100e2576001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001660805260206080f35b5f80fd5b346100e2575f3660031901126100e25760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100e2575f3660031901126100e25760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100e2575f3660031901126100e25760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b9181601f840112156100e25782359167ffffffffffffffff83116100e257602083818601950101116100e257565b60406003198201126100e25760043567ffffffffffffffff81116100e25781610208916004016101af565b929092916024359067ffffffffffffffff82116100e25761022b916004016101af565b9091565b346100e25761025161024c610243366101dd565b925090506104e2565b610316565b610554565b346100e2575f3660031901126100e25760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100e25760203660031901126100e25760043560ff811681036100e2576102c2602091610316565b6001600160a01b0360405191168152f35b346100e2575f3660031901126100e25760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b60ff166001811480156104d8575b6104b3576004811480156104a9575b6104845760038114801561047a575b8015610470575b8015610466575b801561045c575b8015610452575b61042d57600781148015610423575b6103fe576008811480156103f4575b6103cf576010146103ab577f000000000000000000000000000000000000000000000000000000000000000090565b7f000000000000000000000000000000000000000000000000000000000000000090565b507f000000000000000000000000000000000000000000000000000000000000000090565b506009811461037c565b507f000000000000000000000000000000000000000000000000000000000000000090565b50600b811461036d565b507f000000000000000000000000000000000000000000000000000000000000000090565b50600e811461035e565b50600d8114610357565b50600c8114610350565b50600a8114610349565b5060068114610342565b507f000000000000000000000000000000000000000000000000000000000000000090565b5060058114610333565b507f000000000000000000000000000000000000000000000000000000000000000090565b5060028114610324565b5f929160a281118061053a575b6104f7575050565b9091925060a2101561050d5760a2013560f81c90565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b508060a1101561050d57600160a183013560f81c146104ef565b5f8091368280378136915afa3d5f803e1561056d573d5ff35b3d5ffd",
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
// Solidity: constructor(address[6] families) returns()
func (stepVerifier *StepVerifier) PackConstructor(families [6]common.Address) []byte {
	enc, err := stepVerifier.abi.Pack("", families)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAttentionFamily is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25d71fdc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attentionFamily() view returns(address)
func (stepVerifier *StepVerifier) PackAttentionFamily() []byte {
	enc, err := stepVerifier.abi.Pack("attentionFamily")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttentionFamily is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25d71fdc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attentionFamily() view returns(address)
func (stepVerifier *StepVerifier) TryPackAttentionFamily() ([]byte, error) {
	return stepVerifier.abi.Pack("attentionFamily")
}

// UnpackAttentionFamily is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25d71fdc.
//
// Solidity: function attentionFamily() view returns(address)
func (stepVerifier *StepVerifier) UnpackAttentionFamily(data []byte) (common.Address, error) {
	out, err := stepVerifier.abi.Unpack("attentionFamily", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
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
