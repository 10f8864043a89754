// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ModelHeader} from "../vm/Header.sol";
import {TensorLib} from "../vm/ops/Tensor.sol";

/// @title ModelRegistry
/// @notice Immutable registry of VM models (docs/protocol.md §2). A model is
/// registered by its three header leaves and its program and weights roots;
/// the registry computes the model ID from them (docs/spec.md §3.5), so the
/// step count N and the input/output layouts it records are exactly the ones
/// the model ID commits to. The header must be valid (spec §3.2, H1-H9), its
/// output at most MAX_OUTPUT_BYTES long, padding included (so that every
/// claim on the model can finalize, docs/protocol.md §2), and its input must
/// not clobber its output (the header-only part (b) of model rule M6, spec
/// §3.6).
/// Registration is permissionless and final: a model ID, once registered,
/// never changes or disappears.
contract ModelRegistry {
    struct Model {
        bytes32 h0;
        bytes32 h1;
        bytes32 h2;
        bytes32 programRoot;
        bytes32 weightsRoot;
        address registrant;
        uint64 registeredAt;
        string uri; // where the model file can be fetched
    }

    /// @notice Longest accepted URI, in bytes.
    uint256 public constant MAX_URI_LENGTH = 2048;
    /// @notice Largest accepted output, in bytes with its padding: Leaves(output)
    /// times 32, each row padded to whole leaves (at least Numel(output) times
    /// the element size). Submit and finalize hash the output leaf by leaf and
    /// finalize stores it; both must stay under half of the 2^24
    /// per-transaction gas cap with the largest callback
    /// (InferenceOracle.MAX_CALLBACK_GAS; docs/protocol.md §6). Counting the
    /// element bytes alone would not bound the leaves: an int8 [4096, 1]
    /// output is 4096 bytes in 4096 leaves, and finalizing it took 9.3M gas.
    uint256 public constant MAX_OUTPUT_BYTES = 4096;

    mapping(bytes32 => Model) internal models;

    event ModelRegistered(
        bytes32 indexed modelId,
        address indexed registrant,
        uint64 numSteps,
        bytes32 h0,
        bytes32 h1,
        bytes32 h2,
        bytes32 programRoot,
        bytes32 weightsRoot,
        string uri
    );

    error InvalidHeader();
    error AlreadyRegistered(bytes32 modelId);
    error UnknownModel(bytes32 modelId);
    error BadURI();
    error OutputTooLarge(uint256 size, uint256 max);
    error InputClobbersOutput();

    /// @notice Registers a model by its header leaves h0, h1, h2 and roots;
    /// returns its ID.
    function register(bytes32[3] calldata leaves, bytes32 programRoot, bytes32 weightsRoot, string calldata uri)
        external
        returns (bytes32 modelId)
    {
        (ModelHeader.Header memory h, bool ok) = ModelHeader.decode(leaves[0], leaves[1], leaves[2]);
        if (!ok) revert InvalidHeader();
        uint256 size = TensorLib.leaves(h.output) * TensorLib.LEAF_SIZE;
        if (size > MAX_OUTPUT_BYTES) revert OutputTooLarge(size, MAX_OUTPUT_BYTES);
        if (_inputClobbersOutput(h)) revert InputClobbersOutput();
        if (bytes(uri).length == 0 || bytes(uri).length > MAX_URI_LENGTH) revert BadURI();
        modelId = ModelHeader.id(leaves[0], leaves[1], leaves[2], programRoot, weightsRoot);
        if (models[modelId].registrant != address(0)) revert AlreadyRegistered(modelId);
        models[modelId] = Model({
            h0: leaves[0],
            h1: leaves[1],
            h2: leaves[2],
            programRoot: programRoot,
            weightsRoot: weightsRoot,
            registrant: msg.sender,
            registeredAt: uint64(block.timestamp),
            uri: uri
        });
        emit ModelRegistered(modelId, msg.sender, h.numSteps, leaves[0], leaves[1], leaves[2], programRoot, weightsRoot, uri);
    }

    /// @dev model.Header.InputClobbersOutput: the input (at leaf 0, H7) has a
    /// leaf in the output region [Output.Addr, Output.Addr + 2^OutputDepth)
    /// and is not the output tensor itself (same address and shape). On a
    /// valid header the region is inside RAM (H9), so this is
    /// Output.Addr < Leaves(Input) and Output != Input.
    function _inputClobbersOutput(ModelHeader.Header memory h) internal pure returns (bool) {
        uint256 inLeaves = TensorLib.leaves(h.input);
        if (inLeaves == 0 || uint256(h.output.addr) >= inLeaves) return false;
        return !(h.output.addr == 0 && TensorLib.sameShape(h.input, h.output));
    }

    /// @notice Whether modelId is registered.
    function isRegistered(bytes32 modelId) external view returns (bool) {
        return models[modelId].registrant != address(0);
    }

    /// @notice The registered model's record.
    function model(bytes32 modelId) external view returns (Model memory m) {
        m = models[modelId];
        if (m.registrant == address(0)) revert UnknownModel(modelId);
    }

    /// @notice The model's decoded header (valid: checked at registration).
    function header(bytes32 modelId) external view returns (ModelHeader.Header memory h) {
        Model storage m = models[modelId];
        if (m.registrant == address(0)) revert UnknownModel(modelId);
        (h,) = ModelHeader.decode(m.h0, m.h1, m.h2);
    }
}
