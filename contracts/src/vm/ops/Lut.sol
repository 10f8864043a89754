// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Desc} from "./Desc.sol";
import {Elementwise} from "./Elementwise.sol";
import {Kernel} from "./Kernel.sol";
import {Mem, MemLib} from "./Mem.sol";
import {TensorLib} from "./Tensor.sol";

/// @title Lut
/// @notice Mirrors lut of vm/ops/lut.go (docs/spec.md §6.10): y = T[x + 128],
/// elementwise, for a 256-entry int8 table T in ROM at leaf W (entry d at
/// leaf W + d / 32, byte d % 32). One element per step: read the element's
/// leaf, read the table leaf of its entry, update the output element. The
/// output may alias the input exactly (in place).
library Lut {
    /// @notice ops.LutTableLeaves: 256 int8 entries.
    uint256 internal constant TABLE_LEAVES = 8;

    /// @notice lut.validate: L1-L3.
    function validate(Desc memory d, uint256 romLeaves) internal pure returns (bool) {
        if (d.input.dtype != TensorLib.INT8) return false;
        if (!Elementwise.validateInPlace(d.input, d.output)) return false;
        return Kernel.romFits(romLeaves, d.w, TABLE_LEAVES);
    }

    /// @notice lut.schedule: I = Rows(In), J = RowLen(In).
    function schedule(Desc memory d) internal pure returns (uint256 I, uint256 J) {
        return (TensorLib.rows(d.input), TensorLib.rowLen(d.input));
    }

    /// @notice lutIndex: the table index of the input x, x + 128.
    function lutIndex(int256 x) internal pure returns (uint256) {
        unchecked {
            return uint256(x + 128);
        }
    }

    /// @notice lut.step: element (i, j): x = In[i][j], t = ROM[W + (x + 128) / 32],
    /// Out[i][j] = t[(x + 128) % 32].
    function step(Desc memory d, uint256 i, uint256 j, Mem memory m) internal pure {
        unchecked {
            (uint256 inLeaf, uint256 inOff) = TensorLib.elemLeaf(d.input, i, j);
            bytes32 x = MemLib.ram(m, inLeaf);
            uint256 k = lutIndex(Kernel.lane(x, inOff));
            bytes32 t = MemLib.rom(m, uint256(d.w) + k / Kernel.LEAF_SIZE);
            (uint256 outLeaf, uint256 outOff) = TensorLib.elemLeaf(d.output, i, j);
            bytes32 old = MemLib.updateRAM(m, outLeaf);
            MemLib.commitRAM(m, Kernel.setLane(old, outOff, Kernel.lane(t, k % Kernel.LEAF_SIZE)));
        }
    }
}
