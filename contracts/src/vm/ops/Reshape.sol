// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Desc} from "./Desc.sol";
import {Mem, MemLib} from "./Mem.sol";
import {Tensor, TensorLib} from "./Tensor.sol";

/// @title Reshape
/// @notice Mirrors vm/ops/reshape.go (docs/spec.md §6.7): copies a tensor
/// into another shape with the same element type and count, one element
/// per step in row-major order.
library Reshape {
    /// @notice reshape.validate: S1-S3.
    function validate(Desc memory d) internal pure returns (bool) {
        unchecked {
            if (d.input.dtype != d.output.dtype || TensorLib.numel(d.input) != TensorLib.numel(d.output)) return false;
            return !TensorLib.overlaps(d.input, d.output);
        }
    }

    /// @notice reshape.schedule: I = Numel(In), J = 1.
    function schedule(Desc memory d) internal pure returns (uint256 I, uint256 J) {
        unchecked {
            return (TensorLib.numel(d.input), 1);
        }
    }

    /// @notice elemAddr: where flat element e of t lives.
    function elemAddr(Tensor memory t, uint256 e) internal pure returns (uint256 leaf, uint256 off) {
        unchecked {
            uint256 n = TensorLib.rowLen(t);
            return TensorLib.elemLeaf(t, e / n, e % n);
        }
    }

    /// @notice reshape.step: read the leaf of element e of In, copy its
    /// `size` bytes into element e of Out.
    function step(Desc memory d, uint256 e, Mem memory m) internal pure {
        unchecked {
            (uint256 inLeaf, uint256 inOff) = elemAddr(d.input, e);
            bytes32 x = MemLib.ram(m, inLeaf);
            (uint256 outLeaf, uint256 outOff) = elemAddr(d.output, e);
            uint256 bits = 8 * TensorLib.elemSize(d.input);
            bytes32 old = MemLib.updateRAM(m, outLeaf);
            // The element as an integer, then placed at outOff.
            uint256 v = (uint256(x) << (8 * inOff)) >> (256 - bits);
            uint256 shift = 256 - 8 * outOff - bits;
            uint256 mask = ((1 << bits) - 1) << shift;
            MemLib.commitRAM(m, bytes32((uint256(old) & ~mask) | (v << shift)));
        }
    }
}
