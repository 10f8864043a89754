// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title IInferenceOracle
/// @notice The consumer-facing part of opml's InferenceOracle
/// (docs/protocol.md §3): request an inference or a completion paying a
/// fee, read the result, cancel a request that expired unanswered and
/// withdraw the fee it credits. Its selectors, events and errors are the
/// deployed oracle's exactly (a test in contracts/arbiter compares them with
/// the oracle's compiled ABI), so a dapp compiled with any solc >= 0.8.20
/// talks to the oracle without importing it.
interface IInferenceOracle {
    enum RequestStatus {
        None,
        Open, // accepting claims until expiresAt; claims may be pending
        Finalized, // a claim was accepted; the output is final
        Cancelled // the consumer took its fee back after the expiry
    }

    /// @notice A request's record (InferenceOracle.requestOf).
    struct Request {
        address consumer;
        uint96 fee;
        uint64 callbackGas; // 0: no callback
        RequestStatus status;
        uint32 attempts; // claims submitted so far
        uint32 pendingClaims; // claims still pending
        uint40 expiresAt; // claims accepted while block.timestamp < expiresAt
        uint32 promptTokens; // a completion request: the prompt's tokens (0 otherwise)
        uint32 completionTokens; // a completion request: the tokens to generate
        uint8 tokenBytes; // a completion request: bytes per token, 1-4; 0: not a completion request
        bytes32 modelId;
        bytes32 startHash; // initial state hash (zero for a completion request)
        bytes32 promptHash; // a completion request: keccak256 of the prompt bytes
        bytes output; // set when finalized (a completion request: the completion)
    }

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
    event Finalized(uint256 indexed claimId, uint256 indexed requestId, bytes output);
    event CallbackResult(uint256 indexed requestId, bool success);
    event Credited(address indexed to, uint256 amount);
    event Withdrawn(address indexed to, uint256 amount);

    error CallbackGasTooHigh(uint64 got, uint64 max);
    error FeeTooLarge(uint256 fee);
    error UnknownRequest(uint256 requestId);
    error RequestNotOpen(uint256 requestId, RequestStatus status);
    error RequestNotExpired(uint256 requestId, uint64 expiresAt);
    error ClaimsPending(uint256 requestId, uint32 pendingClaims);
    error NotConsumer(address caller);
    error NothingToWithdraw();
    error WithdrawFailed(address to, uint256 amount);
    error NotCompletionModel(bytes32 modelId);
    error BadTokenBytes(uint8 tokenBytes);
    error BadCompletionLength(uint256 promptTokens, uint256 tokens, uint256 context);

    /// @notice Requests an inference of registered model `modelId` on
    /// `input` (its input tensor's elements, row-major: one byte per int8
    /// element, 4 big-endian bytes per int32 element), paying msg.value as
    /// the fee. If callbackGas is non-zero, finalization calls msg.sender's
    /// IInferenceConsumer.onInferenceResult with exactly that much gas
    /// (at most maxCallbackGas()). Claims are accepted for requestTimeout()
    /// seconds.
    function request(bytes32 modelId, bytes calldata input, uint64 callbackGas)
        external
        payable
        returns (uint256 requestId);

    /// @notice Requests a greedy completion of `tokens` tokens after
    /// `prompt` (token ids of tokenBytes bytes each, big-endian; the text
    /// itself for a byte-level model) from completion model `modelId`. The
    /// delivered output is the completion, tokens × tokenBytes bytes.
    function requestCompletion(bytes32 modelId, bytes calldata prompt, uint32 tokens, uint8 tokenBytes, uint64 callbackGas)
        external
        payable
        returns (uint256 requestId);

    /// @notice The consumer (the request's msg.sender) takes back the fee
    /// of a request that expired unanswered (block.timestamp >= expiresAt,
    /// no claim pending, not finalized): the fee is credited to it, and
    /// withdraw() pays it.
    function cancel(uint256 requestId) external;

    /// @notice Sends the caller everything credited to it.
    function withdraw() external;

    /// @notice A request's status and, once finalized, its output.
    function result(uint256 requestId) external view returns (RequestStatus status, bytes memory output);

    /// @notice A request's record.
    function requestOf(uint256 requestId) external view returns (Request memory);

    /// @notice The withdrawable balance of an address.
    function credit(address) external view returns (uint256);

    /// @notice Seconds a request accepts claims; then its consumer may cancel it.
    function requestTimeout() external view returns (uint64);

    /// @notice The largest callbackGas a request may ask for.
    function maxCallbackGas() external view returns (uint64);
}
