// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ModelHeader} from "../vm/Header.sol";
import {Tensor, TensorLib} from "../vm/ops/Tensor.sol";
import {Commitments} from "./Commitments.sol";
import {DisputeGame} from "./DisputeGame.sol";
import {ModelRegistry} from "./ModelRegistry.sol";
import {IDisputeGameOwner, IInferenceConsumer} from "./interfaces.sol";
import {ReentrancyGuard} from "./ReentrancyGuard.sol";

/// @title InferenceOracle
/// @notice Optimistic inference (docs/protocol.md §3-§5). Consumers request an
/// inference of a registered model on an input, paying a fee. Submitters
/// claim the output, each with a bond; any number of claims on one request
/// may be pending side by side, so a false claim never keeps a true one out.
/// During a claim's challenge window anyone may challenge it with a bond,
/// which opens a DisputeGame between the submitter and that challenger. After
/// the window, a claim with no open game that lost none finalizes the request
/// (the first such claim: later ones are superseded and get their bond back):
/// the consumer can read the output (and is called back if it asked), the
/// submitter earns the fee. A claim that loses a game is rejected: half its
/// bond is burned, the other half is shared by the games open on it.
///
/// Funds are never pushed: every payout is credited and withdrawn by its
/// owner (withdraw). The contract's balance always equals what it owes
/// (the fees of open requests, the bonds and rewards at stake and the
/// credits) plus what it burned (docs/protocol.md §5).
contract InferenceOracle is IDisputeGameOwner, ReentrancyGuard {
    enum RequestStatus {
        None,
        Open, // accepting claims until expiresAt; claims may be pending
        Finalized, // a claim was accepted; the output is final
        Cancelled // the consumer took its fee back after the expiry
    }

    enum ClaimStatus {
        None,
        Pending, // in its challenge window, or with games open
        Accepted, // finalized the request: the request's output is the claim's
        Rejected, // a game disproved it
        Superseded // survived its window after another claim finalized the request; bond returned
    }

    /// @dev Four slots (a completion request: four, with promptHash for
    /// startHash) plus the output once finalized.
    struct Request {
        address consumer;
        uint96 fee;
        uint64 callbackGas; // 0: no callback
        RequestStatus status;
        uint32 attempts; // claims submitted so far; claim i is claimId(requestId, i)
        uint32 pendingClaims; // claims still Pending
        uint40 expiresAt; // claims accepted while block.timestamp < expiresAt
        uint32 promptTokens; // a completion request: P, the prompt's tokens (0 otherwise)
        uint32 completionTokens; // a completion request: the tokens to generate
        uint8 tokenBytes; // a completion request: bytes per token, 1-4; 0: not a completion request
        bytes32 modelId;
        bytes32 startHash; // initial state hash, computed from the input (zero for a completion request: per claim)
        bytes32 promptHash; // a completion request: keccak256 of the prompt bytes
        bytes output; // set when finalized (a completion request: the completion)
    }

    /// @dev Two slots: a claim costs a submitter two fresh storage slots.
    struct Claim {
        address submitter;
        uint40 deadline; // challenges accepted while block.timestamp < deadline
        uint24 openGames;
        uint24 rewardGames; // once rejected: the games that share the reward (open at the rejection)
        ClaimStatus status;
        bytes32 finalHash; // the halted state hash the claim asserts
    }

    /// @dev One slot; deleted when the game is settled.
    struct GameRef {
        address challenger;
        uint96 claimId;
    }

    /// @notice Extra gas finalize must have beyond the callback's own limit.
    uint256 public constant CALLBACK_RESERVE = 40_000;
    /// @notice Share of a rejected claim's bond that is burned, in percent;
    /// the rest rewards the games open on the claim (docs/protocol.md §3.4).
    uint256 public constant BURN_PERCENT = 50;
    /// @notice Largest accepted challengeWindow.
    uint64 public constant MAX_CHALLENGE_WINDOW = 30 days;
    /// @notice Largest accepted requestTimeout.
    uint64 public constant MAX_REQUEST_TIMEOUT = 365 days;
    /// @notice Largest accepted maxCallbackGas: with the largest output
    /// (ModelRegistry.MAX_OUTPUT_BYTES) finalize stays under half of the
    /// 2^24 per-transaction gas cap (EIP-7825; docs/protocol.md §6).
    uint64 public constant MAX_CALLBACK_GAS = 3_000_000;

    ModelRegistry public immutable registry;
    DisputeGame public immutable game;
    uint256 public immutable submitBond;
    uint256 public immutable challengeBond;
    uint64 public immutable challengeWindow;
    uint64 public immutable requestTimeout;
    uint64 public immutable maxCallbackGas;

    uint256 public requestCount;
    /// @notice Wei burned so far: held by this contract forever, owed to nobody.
    uint256 public burned;

    mapping(uint256 => Request) internal requests;
    mapping(uint256 => Claim) internal claims;
    mapping(uint256 => GameRef) internal gameRefs;
    /// @notice Withdrawable balance per address.
    mapping(address => uint256) public credit;
    /// @dev Per model, what claims need from its header, packed in one word
    /// at the model's first request (the registry is immutable, so it never
    /// goes stale): see _packClaimInfo.
    mapping(bytes32 => uint256) internal claimInfo;
    /// @dev Per completion model, its input tensor, InputDepth and RAMDepth
    /// packed in one word at its first completion request: see _packInputInfo.
    mapping(bytes32 => uint256) internal inputInfo;
    /// @dev The start hash of each claim on a completion request, computed at
    /// submitCompletion from the prompt and the claimed output (docs/protocol.md §3.6).
    mapping(uint256 => bytes32) internal claimStart;

    event Requested(
        uint256 indexed requestId,
        bytes32 indexed modelId,
        address indexed consumer,
        uint256 fee,
        uint64 callbackGas,
        bytes32 startHash,
        bytes input
    );
    event CompletionRequested(
        uint256 indexed requestId,
        bytes32 indexed modelId,
        address indexed consumer,
        uint256 fee,
        uint64 callbackGas,
        uint32 tokens,
        uint8 tokenBytes,
        bytes prompt
    );
    event Cancelled(uint256 indexed requestId);
    event Submitted(
        uint256 indexed claimId,
        uint256 indexed requestId,
        address indexed submitter,
        bytes output,
        bytes32 finalRamRoot,
        bytes32 finalHash,
        uint64 deadline
    );
    event Challenged(uint256 indexed claimId, uint256 indexed gameId, address indexed challenger);
    event GameSettled(uint256 indexed claimId, uint256 indexed gameId, bool claimantWon);
    event ClaimRejected(uint256 indexed claimId, uint256 indexed requestId, uint256 gameId);
    event ClaimSuperseded(uint256 indexed claimId, uint256 indexed requestId);
    event Finalized(uint256 indexed claimId, uint256 indexed requestId, bytes output);
    event CallbackResult(uint256 indexed requestId, bool success);
    event Credited(address indexed to, uint256 amount);
    event Burned(uint256 indexed claimId, uint256 amount);
    event Withdrawn(address indexed to, uint256 amount);

    error ZeroAddress();
    error BadBond();
    error BadWindow();
    error BadRequestTimeout();
    error BadMaxCallbackGas(uint64 got, uint64 max);
    error CallbackGasTooHigh(uint64 got, uint64 max);
    error UnknownRequest(uint256 requestId);
    error RequestNotOpen(uint256 requestId, RequestStatus status);
    error RequestExpired(uint256 requestId, uint64 expiresAt);
    error RequestNotExpired(uint256 requestId, uint64 expiresAt);
    error ClaimsPending(uint256 requestId, uint32 pendingClaims);
    error NotConsumer(address caller);
    error WrongBond(uint256 got, uint256 want);
    error UnknownClaim(uint256 claimId);
    error ClaimNotPending(uint256 claimId, ClaimStatus status);
    error WindowClosed(uint256 claimId, uint64 deadline);
    error WindowOpen(uint256 claimId, uint64 deadline);
    error GamesOpen(uint256 claimId, uint32 openGames);
    error NotGame(address caller);
    error UnknownGame(uint256 gameId);
    error InsufficientGasForCallback(uint256 left, uint256 needed);
    error FeeTooLarge(uint256 fee);
    error ClaimMismatch(uint256 claimId);
    error NothingToWithdraw();
    error WithdrawFailed(address to, uint256 amount);
    error NotCompletionModel(bytes32 modelId);
    error BadTokenBytes(uint8 tokenBytes);
    error BadCompletionLength(uint256 promptTokens, uint256 tokens, uint256 context);
    error CompletionRequest(uint256 requestId);
    error NotCompletionRequest(uint256 requestId);
    error PromptMismatch(uint256 requestId);
    error TokenTooWide(uint256 index, uint256 token, uint8 tokenBytes);

    /// @dev Every parameter is bounded (docs/protocol.md §1): bonds in
    /// (0, 2^96), 0 < challengeWindow <= MAX_CHALLENGE_WINDOW,
    /// 0 < requestTimeout <= MAX_REQUEST_TIMEOUT, maxCallbackGas <=
    /// MAX_CALLBACK_GAS. The bounds keep every timestamp sum inside its
    /// uint40 field and every bond sum inside uint256.
    constructor(
        ModelRegistry registry_,
        DisputeGame game_,
        uint256 submitBond_,
        uint256 challengeBond_,
        uint64 challengeWindow_,
        uint64 requestTimeout_,
        uint64 maxCallbackGas_
    ) {
        if (address(registry_) == address(0) || address(game_) == address(0)) revert ZeroAddress();
        if (submitBond_ == 0 || submitBond_ > type(uint96).max || challengeBond_ == 0 || challengeBond_ > type(uint96).max) {
            revert BadBond();
        }
        if (challengeWindow_ == 0 || challengeWindow_ > MAX_CHALLENGE_WINDOW) revert BadWindow();
        if (requestTimeout_ == 0 || requestTimeout_ > MAX_REQUEST_TIMEOUT) revert BadRequestTimeout();
        if (maxCallbackGas_ > MAX_CALLBACK_GAS) revert BadMaxCallbackGas(maxCallbackGas_, MAX_CALLBACK_GAS);
        registry = registry_;
        game = game_;
        submitBond = submitBond_;
        challengeBond = challengeBond_;
        challengeWindow = challengeWindow_;
        requestTimeout = requestTimeout_;
        maxCallbackGas = maxCallbackGas_;
    }

    // -------------------------------------------------------------- consumer

    /// @notice Requests an inference of `modelId` on `input` (Numel(input)
    /// int8 values, row-major), paying msg.value as the fee. If callbackGas
    /// is non-zero, finalization calls msg.sender's onInferenceResult with
    /// that much gas. Claims are accepted for requestTimeout seconds.
    function request(bytes32 modelId, bytes calldata input, uint64 callbackGas)
        external
        payable
        nonReentrant
        returns (uint256 requestId)
    {
        ModelHeader.Header memory h = _header(modelId, callbackGas);
        bytes32 inputRoot = Commitments.tensorRoot(h.input, h.inputDepth, input);
        bytes32 startHash = Commitments.initialStateHash(modelId, h, inputRoot);
        Request storage r;
        (requestId, r) = _open(modelId, callbackGas);
        r.startHash = startHash;
        emit Requested(requestId, modelId, msg.sender, msg.value, callbackGas, startHash, input);
    }

    /// @notice Requests a greedy completion of `tokens` tokens after
    /// `prompt` from completion model `modelId` (docs/protocol.md §3.6),
    /// paying msg.value as the fee. The prompt is P token ids of tokenBytes
    /// (1-4) bytes each, big-endian (1 for a byte-level model: the prompt is
    /// the text); 1 <= P, 1 <= tokens, P + tokens - 1 <= T, the model's
    /// context (the Numel of its int32 input and of its int32 output). The
    /// request stores keccak256(prompt): its start hash depends on each
    /// claim's completion and is computed by submitCompletion. Once
    /// finalized, the request's output is the completion, tokens ×
    /// tokenBytes bytes (callbackGas and the fee as in request).
    function requestCompletion(bytes32 modelId, bytes calldata prompt, uint32 tokens, uint8 tokenBytes, uint64 callbackGas)
        external
        payable
        nonReentrant
        returns (uint256 requestId)
    {
        ModelHeader.Header memory h = _header(modelId, callbackGas);
        Tensor memory input = h.input;
        uint256 context = TensorLib.numel(input);
        if (input.dtype != TensorLib.INT32 || h.output.dtype != TensorLib.INT32 || TensorLib.numel(h.output) != context) {
            revert NotCompletionModel(modelId);
        }
        if (tokenBytes == 0 || tokenBytes > 4) revert BadTokenBytes(tokenBytes);
        uint256 promptTokens = prompt.length / tokenBytes;
        if (prompt.length % tokenBytes != 0 || promptTokens == 0 || tokens == 0 || promptTokens + tokens - 1 > context) {
            revert BadCompletionLength(promptTokens, tokens, context);
        }
        if (inputInfo[modelId] == 0) inputInfo[modelId] = _packInputInfo(h);
        Request storage r;
        (requestId, r) = _open(modelId, callbackGas);
        r.promptTokens = uint32(promptTokens);
        r.completionTokens = tokens;
        r.tokenBytes = tokenBytes;
        r.promptHash = keccak256(prompt);
        emit CompletionRequested(requestId, modelId, msg.sender, msg.value, callbackGas, tokens, tokenBytes, prompt);
    }

    /// @dev The header of modelId for a new request, after the checks every
    /// request makes; records the model's claim info at its first request.
    function _header(bytes32 modelId, uint64 callbackGas) internal returns (ModelHeader.Header memory h) {
        if (callbackGas > maxCallbackGas) revert CallbackGasTooHigh(callbackGas, maxCallbackGas);
        if (msg.value > type(uint96).max) revert FeeTooLarge(msg.value);
        h = registry.header(modelId); // reverts UnknownModel
        if (claimInfo[modelId] == 0) claimInfo[modelId] = _packClaimInfo(h);
    }

    /// @dev Opens a request of msg.sender for modelId with fee msg.value.
    function _open(bytes32 modelId, uint64 callbackGas) internal returns (uint256 requestId, Request storage r) {
        requestId = ++requestCount;
        r = requests[requestId];
        r.consumer = msg.sender;
        r.fee = uint96(msg.value);
        r.callbackGas = callbackGas;
        r.status = RequestStatus.Open;
        r.expiresAt = uint40(block.timestamp) + uint40(requestTimeout);
        r.modelId = modelId;
    }

    /// @notice The consumer takes back the fee of a request that expired
    /// unanswered: block.timestamp >= expiresAt, no claim pending, not
    /// finalized. Not earlier, so a consumer cannot void an honest
    /// submitter's work (docs/protocol.md §3.1).
    function cancel(uint256 requestId) external nonReentrant {
        Request storage r = _request(requestId);
        if (msg.sender != r.consumer) revert NotConsumer(msg.sender);
        if (r.status != RequestStatus.Open) revert RequestNotOpen(requestId, r.status);
        if (block.timestamp < r.expiresAt) revert RequestNotExpired(requestId, r.expiresAt);
        if (r.pendingClaims != 0) revert ClaimsPending(requestId, r.pendingClaims);
        r.status = RequestStatus.Cancelled;
        emit Cancelled(requestId);
        _credit(r.consumer, r.fee); // the fee was already a liability
    }

    /// @notice A request's status and, once finalized, its output.
    function result(uint256 requestId) external view returns (RequestStatus status, bytes memory output) {
        Request storage r = _request(requestId);
        status = r.status;
        output = r.output;
    }

    /// @notice A request's record.
    function requestOf(uint256 requestId) external view returns (Request memory) {
        return _request(requestId);
    }

    // ------------------------------------------------------------- submitter

    /// @notice Claims that the request's model on its input halts with output
    /// `output` (Numel(output) elements, row-major, int8 or 4-byte big-endian
    /// int32) and final RAM root finalRamRoot. msg.value must be submitBond.
    /// The asserted final state hash is derived from these, so the output
    /// cannot disagree with the state the claim defends. Other claims on the
    /// request, pending or rejected, do not matter: claims run side by side.
    function submit(uint256 requestId, bytes calldata output, bytes32 finalRamRoot)
        external
        payable
        nonReentrant
        returns (uint256 claimId)
    {
        Request storage r = _openRequest(requestId);
        if (r.tokenBytes != 0) revert CompletionRequest(requestId);
        claimId = _claim(requestId, r, _finalHash(r.modelId, output, finalRamRoot), output, finalRamRoot);
    }

    /// @notice Claims a completion (docs/protocol.md §3.6): `output` is the
    /// model's whole output (T int32 elements, 4-byte big-endian) on the
    /// trace input x = prompt ‖ c_0 … c_{tokens-2} ‖ 0 … 0 (T int32 ids),
    /// where c_i = output[P - 1 + i] is the claimed completion, and
    /// finalRamRoot the final RAM root of that run. `prompt` must be the
    /// request's. The claim's start hash (the initial state on x) and final
    /// hash are computed here; with tokenBytes < 4, a completion token that
    /// does not fit tokenBytes bytes reverts (TokenTooWide). msg.value must
    /// be submitBond.
    function submitCompletion(uint256 requestId, bytes calldata prompt, bytes calldata output, bytes32 finalRamRoot)
        external
        payable
        nonReentrant
        returns (uint256 claimId)
    {
        Request storage r = _openRequest(requestId);
        uint8 width = r.tokenBytes;
        if (width == 0) revert NotCompletionRequest(requestId);
        if (keccak256(prompt) != r.promptHash) revert PromptMismatch(requestId);
        bytes32 modelId = r.modelId;
        bytes32 finalHash = _finalHash(modelId, output, finalRamRoot); // checks the output's length
        bytes32 start = _completionStart(modelId, prompt, output, r.promptTokens, r.completionTokens, width);
        claimId = _claim(requestId, r, finalHash, output, finalRamRoot);
        claimStart[claimId] = start;
    }

    /// @dev The Open, unexpired request requestId, checking the submit bond.
    function _openRequest(uint256 requestId) internal view returns (Request storage r) {
        r = _request(requestId);
        if (r.status != RequestStatus.Open) revert RequestNotOpen(requestId, r.status);
        if (block.timestamp >= r.expiresAt) revert RequestExpired(requestId, r.expiresAt);
        if (msg.value != submitBond) revert WrongBond(msg.value, submitBond);
    }

    /// @dev Records a new pending claim of msg.sender on request r asserting
    /// finalHash.
    function _claim(uint256 requestId, Request storage r, bytes32 finalHash, bytes calldata output, bytes32 finalRamRoot)
        internal
        returns (uint256 claimId)
    {
        uint32 attempt = r.attempts + 1;
        claimId = claimIdOf(requestId, attempt);
        uint40 deadline = uint40(block.timestamp) + uint40(challengeWindow);
        claims[claimId] = Claim({
            submitter: msg.sender,
            deadline: deadline,
            openGames: 0,
            rewardGames: 0,
            status: ClaimStatus.Pending,
            finalHash: finalHash
        });
        r.attempts = attempt;
        r.pendingClaims += 1;
        emit Submitted(claimId, requestId, msg.sender, output, finalRamRoot, finalHash, deadline);
    }

    /// @notice Settles a pending claim whose window has closed and that has
    /// no open game (it lost none: a lost game rejects the claim at once).
    /// If the request is still open the claim is accepted: the caller
    /// repeats the claim's output and final RAM root (from the Submitted
    /// event), which are checked against the claim, and the output is
    /// stored for result(); the submitter is credited its bond and the fee;
    /// then the consumer is called back if it asked, with exactly the gas it
    /// asked for; the callback's outcome does not affect finalization. If
    /// another claim finalized the request first, the claim is superseded:
    /// its submitter is credited its bond (output and root are not read).
    /// Anyone may call it.
    function finalize(uint256 claimId, bytes calldata output, bytes32 finalRamRoot) external nonReentrant {
        Claim storage c = _pendingClaim(claimId);
        if (block.timestamp < c.deadline) revert WindowOpen(claimId, c.deadline);
        if (c.openGames != 0) revert GamesOpen(claimId, c.openGames);
        uint256 requestId = claimId >> 32;
        Request storage r = requests[requestId];
        r.pendingClaims -= 1;
        if (r.status == RequestStatus.Finalized) {
            c.status = ClaimStatus.Superseded;
            emit ClaimSuperseded(claimId, requestId);
            _credit(c.submitter, submitBond);
            return;
        }
        if (_finalHash(r.modelId, output, finalRamRoot) != c.finalHash) revert ClaimMismatch(claimId);
        c.status = ClaimStatus.Accepted;
        r.status = RequestStatus.Finalized;
        bytes memory delivered = r.tokenBytes == 0
            ? output
            : _completion(output, r.promptTokens, r.completionTokens, r.tokenBytes);
        r.output = delivered;
        emit Finalized(claimId, requestId, delivered);
        _credit(c.submitter, submitBond + r.fee);
        uint64 gasLimit = r.callbackGas;
        address consumer = r.consumer;
        if (gasLimit == 0 || consumer.code.length == 0) return;
        // EIP-150 forwards at most 63/64 of the remaining gas: require enough
        // that the callee gets its full limit, so a finalizer cannot make the
        // callback fail by sending too little gas.
        uint256 needed = (uint256(gasLimit) * 64) / 63 + CALLBACK_RESERVE;
        if (gasleft() < needed) revert InsufficientGasForCallback(gasleft(), needed);
        bytes memory data = abi.encodeCall(IInferenceConsumer.onInferenceResult, (requestId, delivered));
        bool ok;
        assembly ("memory-safe") {
            // No return data is copied: a callee cannot make us pay for it.
            ok := call(gasLimit, consumer, 0, add(data, 0x20), mload(data), 0, 0)
        }
        emit CallbackResult(requestId, ok);
    }

    /// @notice The ID of attempt `attempt` (1, 2, ...) at answering a request.
    function claimIdOf(uint256 requestId, uint32 attempt) public pure returns (uint256) {
        return (requestId << 32) | attempt;
    }

    /// @notice A claim's record.
    function claimOf(uint256 claimId) external view returns (Claim memory) {
        Claim storage c = claims[claimId];
        if (c.status == ClaimStatus.None) revert UnknownClaim(claimId);
        return c;
    }

    // ------------------------------------------------------------ challenger

    /// @notice Disputes pending claim `claimId`, which must assert
    /// `finalHash` (so a challenge computed before a reorg cannot land on a
    /// different claim under the same ID), inside its window with msg.value
    /// = challengeBond: opens a DisputeGame between the submitter (claimant)
    /// and msg.sender over the model's N steps from the request's initial
    /// state to the claim's final state.
    function challenge(uint256 claimId, bytes32 finalHash) external payable nonReentrant returns (uint256 gameId) {
        Claim storage c = _pendingClaim(claimId);
        if (c.finalHash != finalHash) revert ClaimMismatch(claimId);
        if (block.timestamp >= c.deadline) revert WindowClosed(claimId, c.deadline);
        if (msg.value != challengeBond) revert WrongBond(msg.value, challengeBond);
        Request storage r = requests[claimId >> 32];
        (, uint64 numSteps,,) = _unpackClaimInfo(claimInfo[r.modelId]);
        bytes32 start = r.startHash;
        if (start == bytes32(0)) start = claimStart[claimId]; // a completion request: the claim's own
        gameId = game.create(c.submitter, msg.sender, start, finalHash, numSteps, uint96(claimId));
        gameRefs[gameId] = GameRef({challenger: msg.sender, claimId: uint96(claimId)});
        c.openGames += 1;
        emit Challenged(claimId, gameId, msg.sender);
    }

    /// @inheritdoc IDisputeGameOwner
    /// @dev The winner of a game takes the loser's bond. The first
    /// challenger win rejects a pending claim: BURN_PERCENT of its bond is
    /// burned and the rest is split evenly among the games open on the claim
    /// at that moment (this one included; the division's remainder is
    /// burned). Each of those games, when it settles, pays its share to its
    /// challenger if the challenger won it, or burns it otherwise. So the
    /// submitter of a rejected claim loses its whole bond whatever other
    /// addresses it controls, and a winning challenger gets its bond back
    /// plus a share, whoever won first (docs/protocol.md §5, P1 and P2).
    function onGameResolved(uint256 gameId, uint256 claimId, bool claimantWon) external {
        if (msg.sender != address(game)) revert NotGame(msg.sender);
        GameRef memory ref = gameRefs[gameId];
        if (ref.challenger == address(0) || ref.claimId != claimId) revert UnknownGame(gameId);
        delete gameRefs[gameId];
        Claim storage c = claims[claimId];
        emit GameSettled(claimId, gameId, claimantWon);
        if (c.status == ClaimStatus.Pending && !claimantWon) {
            c.status = ClaimStatus.Rejected;
            c.rewardGames = c.openGames;
            uint256 requestId = claimId >> 32;
            requests[requestId].pendingClaims -= 1;
            emit ClaimRejected(claimId, requestId, gameId);
            _burn(claimId, submitBond - _rewardShare(c.rewardGames) * c.rewardGames);
        }
        c.openGames -= 1;
        uint256 share = c.status == ClaimStatus.Rejected ? _rewardShare(c.rewardGames) : 0;
        if (claimantWon) {
            _credit(c.submitter, challengeBond);
            _burn(claimId, share);
        } else {
            _credit(ref.challenger, challengeBond + share);
        }
    }

    /// @notice What each game that shared in rejecting `claimId` is paid
    /// beyond its bond if its challenger wins (0 unless the claim is rejected).
    function rewardShare(uint256 claimId) external view returns (uint256) {
        Claim storage c = claims[claimId];
        return c.status == ClaimStatus.Rejected ? _rewardShare(c.rewardGames) : 0;
    }

    // ---------------------------------------------------------------- funds

    /// @notice Sends the caller everything credited to it.
    function withdraw() external nonReentrant {
        uint256 amount = credit[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        credit[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert WithdrawFailed(msg.sender, amount);
    }

    // -------------------------------------------------------------- internal

    /// @dev Moves `amount` of existing liabilities into `to`'s credit.
    function _credit(address to, uint256 amount) internal {
        if (amount == 0) return;
        credit[to] += amount;
        emit Credited(to, amount);
    }

    /// @dev Moves `amount` of existing liabilities of claim `claimId` out of
    /// everyone's reach.
    function _burn(uint256 claimId, uint256 amount) internal {
        if (amount == 0) return;
        burned += amount;
        emit Burned(claimId, amount);
    }

    /// @dev The reward of each of `games` games sharing a rejected claim's
    /// unburned bond.
    function _rewardShare(uint256 games) internal view returns (uint256) {
        return (submitBond * (100 - BURN_PERCENT) / 100) / games;
    }

    /// @dev The halted state hash a claim of (output, finalRamRoot) asserts.
    function _finalHash(bytes32 modelId, bytes calldata output, bytes32 finalRamRoot) internal view returns (bytes32) {
        (Tensor memory out, uint64 numSteps, uint32 numOps, uint8 outputDepth) = _unpackClaimInfo(claimInfo[modelId]);
        bytes32 outputRoot = Commitments.tensorRoot(out, outputDepth, output);
        return Commitments.haltedStateHash(modelId, numSteps, numOps, finalRamRoot, outputRoot);
    }

    /// @dev Packs the output tensor's shape (dtype, rank, dims: its address
    /// does not matter for the output root), OutputDepth, NumSteps and
    /// NumOps into one word: dtype 8 | rank 8 | dims 4x32 | outputDepth 8 |
    /// numSteps 64 | numOps 32 bits from the top (248 bits). Never zero, as
    /// NumSteps >= 1.
    function _packClaimInfo(ModelHeader.Header memory h) internal pure returns (uint256 w) {
        w = _packShape(h.output) | uint256(h.outputDepth) << 96 | uint256(h.numSteps) << 32 | uint256(h.numOps);
    }

    /// @dev A tensor's dtype, rank and dims in bits 247-104 of a word (the
    /// layout _packClaimInfo and _packInputInfo share).
    function _packShape(Tensor memory t) internal pure returns (uint256) {
        return uint256(t.dtype) << 240 | uint256(t.rank) << 232 | uint256(t.dims[0]) << 200 | uint256(t.dims[1]) << 168
            | uint256(t.dims[2]) << 136 | uint256(t.dims[3]) << 104;
    }

    /// @dev The inverse of _packShape, into t (whose address stays zero).
    function _unpackShape(Tensor memory t, uint256 w) internal pure {
        t.dtype = uint8(w >> 240);
        t.rank = uint8(w >> 232);
        t.dims[0] = uint32(w >> 200);
        t.dims[1] = uint32(w >> 168);
        t.dims[2] = uint32(w >> 136);
        t.dims[3] = uint32(w >> 104);
    }

    function _unpackClaimInfo(uint256 w)
        internal
        pure
        returns (Tensor memory t, uint64 numSteps, uint32 numOps, uint8 outputDepth)
    {
        _unpackShape(t, w);
        outputDepth = uint8(w >> 96);
        numSteps = uint64(w >> 32);
        numOps = uint32(w);
    }

    /// @notice The start hash of claim claimId's games: the request's (from
    /// its input) or, on a completion request, the claim's own (from its
    /// prompt and completion).
    function startHashOf(uint256 claimId) external view returns (bytes32 start) {
        if (claims[claimId].status == ClaimStatus.None) revert UnknownClaim(claimId);
        start = requests[claimId >> 32].startHash;
        if (start == bytes32(0)) start = claimStart[claimId];
    }

    /// @dev The start hash of a completion claim: the initial state of model
    /// modelId on x = prompt ‖ c_0 … c_{tokens-2} ‖ 0 … 0 (T int32 ids, c_i =
    /// output[P - 1 + i]). Reverts TokenTooWide if some c_i, i < tokens,
    /// does not fit width bytes. output has T 4-byte elements (checked by
    /// _finalHash), so every read below is inside it.
    function _completionStart(
        bytes32 modelId,
        bytes calldata prompt,
        bytes calldata output,
        uint256 promptTokens,
        uint256 tokens,
        uint8 width
    ) internal view returns (bytes32) {
        (Tensor memory input, uint8 inputDepth, uint8 ramDepth) = _unpackInputInfo(inputInfo[modelId]);
        if (width < 4) {
            (bool tooWide, uint256 index, uint256 token) = _tooWide(output, promptTokens, tokens, width);
            if (tooWide) revert TokenTooWide(index, token, width);
        }
        bytes memory x = new bytes(TensorLib.numel(input) * 4); // zeroed: the padding ids are 0
        assembly ("memory-safe") {
            let dst := add(x, 0x20)
            switch width
            case 4 { calldatacopy(dst, prompt.offset, mul(promptTokens, 4)) }
            default {
                // token i: the width bytes at i·width, big-endian, as the
                // 4-byte element i. Each mstore also zeroes the 28 bytes
                // after the element: elements after it are written later,
                // and the bytes past the prompt are the completion's
                // (written below) or padding (zero) or past x (scratch).
                let sh := sub(256, mul(8, width))
                for { let i := 0 } lt(i, promptTokens) { i := add(i, 1) } {
                    let v := shr(sh, calldataload(add(prompt.offset, mul(i, width))))
                    mstore(add(dst, mul(i, 4)), shl(224, v))
                }
            }
            // c_0 ... c_{tokens-2}: output elements P-1 ... P+tokens-3, already 4-byte big-endian
            calldatacopy(add(dst, mul(promptTokens, 4)), add(output.offset, mul(sub(promptTokens, 1), 4)), mul(sub(tokens, 1), 4))
        }
        bytes32 inputRoot = Commitments.tensorRootMem(input, inputDepth, x);
        return Commitments.initialStateHashAt(modelId, inputDepth, ramDepth, inputRoot);
    }

    /// @dev The first completion token c_i = output[P - 1 + i], i < tokens,
    /// that does not fit width bytes, if any.
    function _tooWide(bytes calldata output, uint256 promptTokens, uint256 tokens, uint8 width)
        internal
        pure
        returns (bool tooWide, uint256 index, uint256 token)
    {
        assembly ("memory-safe") {
            let src := add(output.offset, mul(sub(promptTokens, 1), 4))
            let sh := mul(8, width)
            for { let i := 0 } lt(i, tokens) { i := add(i, 1) } {
                let v := shr(224, calldataload(add(src, mul(i, 4))))
                if shr(sh, v) {
                    tooWide := 1
                    index := i
                    token := v
                    break
                }
            }
        }
    }

    /// @dev The completion a claim's output asserts: c_i = output[P - 1 + i]
    /// for i < tokens, each as width bytes big-endian (submitCompletion
    /// checked that they fit).
    function _completion(bytes calldata output, uint256 promptTokens, uint256 tokens, uint8 width)
        internal
        pure
        returns (bytes memory c)
    {
        c = new bytes(tokens * width);
        assembly ("memory-safe") {
            let src := add(output.offset, mul(sub(promptTokens, 1), 4))
            let dst := add(c, 0x20)
            let sh := sub(256, mul(8, width))
            // Each mstore puts token i in the top width bytes of a word and
            // zeroes the rest: the next token overwrites it, and past c the
            // memory is scratch (c is the last allocation).
            for { let i := 0 } lt(i, tokens) { i := add(i, 1) } {
                mstore(add(dst, mul(i, width)), shl(sh, shr(224, calldataload(add(src, mul(i, 4))))))
            }
        }
    }

    /// @dev Packs a completion model's input tensor (dtype, rank, dims:
    /// _packShape), InputDepth and RAMDepth: inputDepth 8 | ramDepth 8 bits
    /// below the shape. Never zero (the dtype is int32).
    function _packInputInfo(ModelHeader.Header memory h) internal pure returns (uint256 w) {
        w = _packShape(h.input) | uint256(h.inputDepth) << 96 | uint256(h.ramDepth) << 88;
    }

    function _unpackInputInfo(uint256 w) internal pure returns (Tensor memory t, uint8 inputDepth, uint8 ramDepth) {
        _unpackShape(t, w);
        inputDepth = uint8(w >> 96);
        ramDepth = uint8(w >> 88);
    }

    /// @notice A game's settlement record: the challenger and the claim (both
    /// zero once the game is settled, or if the oracle did not create it).
    function gameRef(uint256 gameId) external view returns (address challenger, uint256 claimId) {
        GameRef storage ref = gameRefs[gameId];
        return (ref.challenger, ref.claimId);
    }

    function _request(uint256 requestId) internal view returns (Request storage r) {
        r = requests[requestId];
        if (r.status == RequestStatus.None) revert UnknownRequest(requestId);
    }

    function _pendingClaim(uint256 claimId) internal view returns (Claim storage c) {
        c = claims[claimId];
        if (c.status == ClaimStatus.None) revert UnknownClaim(claimId);
        if (c.status != ClaimStatus.Pending) revert ClaimNotPending(claimId, c.status);
    }
}
