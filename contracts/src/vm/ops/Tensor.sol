// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice Mirrors ops.Tensor (vm/ops/tensor.go): a tensor in RAM
/// (docs/spec.md §3.3). Row-major; every row starts on a leaf boundary and
/// occupies rowLeaves leaves; the tail bytes of a row's last leaf are
/// padding that ops never write and reductions never read.
struct Tensor {
    uint32 addr; // first RAM leaf
    uint8 dtype; // 1 = int8, 2 = int32
    uint8 rank; // 0..4
    uint32[4] dims; // dims[k] for k < rank, zero beyond
}

/// @title TensorLib
/// @notice Mirrors vm/ops/tensor.go: the derived quantities, the tensor
/// rules T1-T4 and the 24-byte tensor encoding. Quantities are computed in
/// uint256; for every tensor that passes T1-T4 they equal the Go uint64
/// values (no product can wrap), and the Go code only relies on values of
/// validated tensors. The arithmetic is unchecked because it cannot
/// overflow 256 bits: every operand is a u8/u32 field, a product of at most
/// four of them (< 2^128), or an index below such a product.
library TensorLib {
    /// @notice ops.LeafSize.
    uint256 internal constant LEAF_SIZE = 32;
    /// @notice ops.TensorSize: the encoded size of a tensor.
    uint256 internal constant TENSOR_SIZE = 24;
    /// @notice ops.MaxElements: bound on the product of the non-zero dims.
    uint256 internal constant MAX_ELEMENTS = 1 << 31;
    /// @notice ops.Int8 and ops.Int32.
    uint8 internal constant INT8 = 1;
    uint8 internal constant INT32 = 2;

    /// @notice DType.Size: 1 for int8, 4 for int32, 0 for an unknown type.
    function elemSize(Tensor memory t) internal pure returns (uint256) {
        return dtypeSize(t.dtype);
    }

    /// @notice DType.Size of a raw dtype.
    function dtypeSize(uint8 dtype) internal pure returns (uint256) {
        if (dtype == INT8) return 1;
        if (dtype == INT32) return 4;
        return 0;
    }

    /// @notice Tensor.RowLen: the innermost dimension (1 for a scalar, and
    /// for an invalid rank above 4).
    function rowLen(Tensor memory t) internal pure returns (uint256) {
        uint256 r = t.rank;
        if (r == 0 || r > 4) return 1;
        return t.dims[r - 1];
    }

    /// @notice Tensor.Rows: the product of all but the innermost dimension
    /// (at most the four stored dims).
    function rows(Tensor memory t) internal pure returns (uint256 r) {
        unchecked {
            // Go: for k := 0; k+1 < Rank && k < 4; k++ { r *= Dims[k] }.
            uint256 rank = t.rank;
            if (rank < 2) return 1;
            uint32[4] memory d = t.dims;
            r = d[0];
            if (rank > 2) r *= d[1];
            if (rank > 3) r *= d[2];
            if (rank > 4) r *= d[3];
        }
    }

    /// @notice Tensor.Numel: the number of elements.
    function numel(Tensor memory t) internal pure returns (uint256) {
        unchecked {
            return rows(t) * rowLen(t);
        }
    }

    /// @notice Tensor.RowLeaves: ceil(rowLen · size / 32).
    function rowLeaves(Tensor memory t) internal pure returns (uint256) {
        unchecked {
            return (rowLen(t) * dtypeSize(t.dtype) + LEAF_SIZE - 1) / LEAF_SIZE;
        }
    }

    /// @notice Tensor.Leaves: rows · rowLeaves.
    function leaves(Tensor memory t) internal pure returns (uint256) {
        unchecked {
            return rows(t) * rowLeaves(t);
        }
    }

    /// @notice Tensor.End: the leaf just past the tensor.
    function end(Tensor memory t) internal pure returns (uint256) {
        unchecked {
            return uint256(t.addr) + leaves(t);
        }
    }

    /// @notice Tensor.SameShape: same dtype, rank and dims (address ignored).
    function sameShape(Tensor memory t, Tensor memory u) internal pure returns (bool) {
        return t.dtype == u.dtype && t.rank == u.rank && t.dims[0] == u.dims[0] && t.dims[1] == u.dims[1]
            && t.dims[2] == u.dims[2] && t.dims[3] == u.dims[3];
    }

    /// @notice Tensor.IsZero: the all-zero tensor (address, dtype, rank and
    /// dims zero), the encoding of an absent optional tensor (Gather's In2).
    /// It never satisfies T1.
    function isZero(Tensor memory t) internal pure returns (bool) {
        uint32[4] memory d = t.dims;
        return t.addr == 0 && t.dtype == 0 && t.rank == 0 && d[0] == 0 && d[1] == 0 && d[2] == 0 && d[3] == 0;
    }

    /// @notice Tensor.Overlaps: both non-empty and their leaf ranges meet.
    function overlaps(Tensor memory t, Tensor memory u) internal pure returns (bool) {
        unchecked {
            uint256 lt = leaves(t);
            uint256 lu = leaves(u);
            return lt > 0 && lu > 0 && uint256(t.addr) < uint256(u.addr) + lu && uint256(u.addr) < uint256(t.addr) + lt;
        }
    }

    /// @notice Tensor.ElemLeaf: the leaf and byte offset of element
    /// (row, col).
    function elemLeaf(Tensor memory t, uint256 row, uint256 col) internal pure returns (uint256 leaf, uint256 off) {
        unchecked {
            uint256 b = col * elemSize(t);
            leaf = uint256(t.addr) + row * rowLeaves(t) + b / LEAF_SIZE;
            off = b % LEAF_SIZE;
        }
    }

    /// @notice Tensor.Validate: the tensor rules T1-T4 against a RAM of
    /// ramLeaves leaves (spec §3.3).
    function validate(Tensor memory t, uint256 ramLeaves) internal pure returns (bool) {
        unchecked {
            if (dtypeSize(t.dtype) == 0) return false; // T1
            uint256 rank = t.rank;
            if (rank > 4) return false; // T2
            uint32[4] memory d = t.dims;
            uint256 p = 1;
            for (uint256 k = 0; k < 4; ++k) {
                uint256 dk = d[k];
                if (k >= rank) {
                    if (dk != 0) return false; // T2
                } else if (dk != 0) {
                    p *= dk;
                    if (p > MAX_ELEMENTS) return false; // T3
                }
            }
            return end(t) <= ramLeaves; // T4
        }
    }

    /// @notice ops.getTensor / ops.DecodeTensor: the tensor encoded in the
    /// top 24 bytes of w (addr u32, dtype u8, rank u8, 2 reserved bytes,
    /// dims 4 × u32). ok is false iff the reserved bytes are not zero.
    function decode(bytes32 w) internal pure returns (Tensor memory t, bool ok) {
        ok = decodeInto(t, w);
    }

    /// @notice decode into an existing tensor (no allocation).
    function decodeInto(Tensor memory t, bytes32 w) internal pure returns (bool ok) {
        uint256 v = uint256(w);
        t.addr = uint32(v >> 224);
        t.dtype = uint8(v >> 216);
        t.rank = uint8(v >> 208);
        uint32[4] memory d = t.dims;
        d[0] = uint32(v >> 160);
        d[1] = uint32(v >> 128);
        d[2] = uint32(v >> 96);
        d[3] = uint32(v >> 64);
        ok = uint16(v >> 192) == 0;
    }
}
