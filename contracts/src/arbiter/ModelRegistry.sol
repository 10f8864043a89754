// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ModelHeader} from "../vm/Header.sol";

/// @title ModelRegistry
/// @notice Immutable registry of VM models (docs/protocol.md §2). A model is
/// registered by its three header leaves and its program and weights roots;
/// the registry computes the model ID from them (docs/spec.md §3.5), so the
/// step count N and the input/output layouts it records are exactly the ones
/// the model ID commits to. The header must be valid (spec §3.2, H1-H9).
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

    /// @notice Registers a model by its header leaves h0, h1, h2 and roots;
    /// returns its ID.
    function register(bytes32[3] calldata leaves, bytes32 programRoot, bytes32 weightsRoot, string calldata uri)
        external
        returns (bytes32 modelId)
    {
        (ModelHeader.Header memory h, bool ok) = ModelHeader.decode(leaves[0], leaves[1], leaves[2]);
        if (!ok) revert InvalidHeader();
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
