// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Tensor, TensorLib} from "./Tensor.sol";

/// @notice Mirrors ops.Desc (vm/ops/desc.go): a decoded 128-byte op
/// descriptor (docs/spec.md §5.1). Each op uses a subset of the fields and
/// requires the others to be zero. `in` is a reserved word in Solidity, so
/// Go's In, In2 and Out are input, input2 and output.
struct Desc {
    uint8 op;
    Tensor input; // In
    Tensor input2; // In2: the second input of Add, Mul, Max, Min, GluMul; Gather's optional second source
    Tensor output; // Out
    uint32 w; // ROM leaf: weights (Gemm, Conv2D), exp table (Softmax), lookup table (Lut, GluMul), index table (Gather), embedding (Embed) or cos/sin table (Rope)
    uint32 cp; // ROM leaf: per-channel records (Gemm, Conv2D)
    uint16 kh; // kernel and stride (Conv2D, pools); kh: the causal mode (MatMul, Softmax), Norm's mode
    uint16 kw;
    uint16 sh;
    uint16 sw;
    uint16 padT; // top and left padding (Conv2D, pools)
    uint16 padL;
    uint32 m; // Gemm: number of output rows; Embed: V, the table's rows; Norm: EpsQ
    int8 zIn; // zero points (zIn: Gather's fill value)
    int8 zIn2;
    int8 zOut;
    int8 lo; // output clamp (fused activation)
    int8 hi;
    int32 mulIn; // Add: fixed-point multipliers
    int32 mulIn2;
    int32 mulOut;
    uint8 shIn; // Add: shifts
    uint8 shIn2;
    uint8 shOut;
}

/// @title DescLib
/// @notice Mirrors vm/ops/desc.go: descriptor decoding (ops.Decode) and
/// validation (Desc.Validate, rules V1-V5 of spec §5.2).
library DescLib {
    /// @notice ops.DescSize.
    uint256 internal constant DESC_SIZE = 128;
    /// @notice ops.MaxCount: bound on every schedule dimension (V5).
    uint256 internal constant MAX_COUNT = 2 ** 32 - 1;

    /// @notice The opcodes (spec §5.1); 0 and values above 19 are invalid,
    /// and 10 to 19 are invalid in a version-1 model (ModelHeader.maxOpcode).
    uint8 internal constant OP_GEMM = 1;
    uint8 internal constant OP_CONV2D = 2;
    uint8 internal constant OP_RELU = 3;
    uint8 internal constant OP_MAXPOOL2D = 4;
    uint8 internal constant OP_AVGPOOL2D = 5;
    uint8 internal constant OP_ADD = 6;
    uint8 internal constant OP_RESHAPE = 7;
    uint8 internal constant OP_SOFTMAX = 8;
    uint8 internal constant OP_ARGMAX = 9;
    uint8 internal constant OP_LUT = 10;
    uint8 internal constant OP_GATHER = 11;
    uint8 internal constant OP_MUL = 12;
    uint8 internal constant OP_MAX = 13;
    uint8 internal constant OP_MIN = 14;
    uint8 internal constant OP_EMBED = 15;
    uint8 internal constant OP_MATMUL = 16;
    uint8 internal constant OP_NORM = 17;
    uint8 internal constant OP_ROPE = 18;
    uint8 internal constant OP_GLUMUL = 19;

    // The canonical zero rule (spec §5.1, V2) as byte masks over the four
    // descriptor words: a byte may be non-zero only if it belongs to a field
    // the op uses. The reserved bytes (1, 118-127 and bytes 6-7 of each
    // tensor: 8-9, 32-33, 56-57) are in no mask. Words 0 and 1 (bytes 0-63)
    // hold Op, In, In2 and the start of Out; only Add, Mul, Max, Min and
    // Gather use In2.
    uint256 private constant W0_IN_OUT = 0xff00ffffffffffff0000ffffffffffffffffffffffffffffffff000000000000;
    uint256 private constant W0_IN_IN2_OUT = 0xff00ffffffffffff0000ffffffffffffffffffffffffffffffffffffffffffff;
    uint256 private constant W1_IN_OUT = 0x000000000000000000000000000000000000ffffffffffff0000ffffffffffff;
    uint256 private constant W1_IN_IN2_OUT = 0x0000ffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffff;
    // Word 2 (bytes 64-95): the end of Out (64-73), W (74-77), CP (78-81),
    // KH KW SH SW PadT PadL (82-93), the high half of M (94-95).
    // Word 3 (bytes 96-127): the low half of M (96-97), ZIn (98), ZIn2 (99),
    // ZOut (100), Lo (101), Hi (102), MulIn MulIn2 MulOut ShIn ShIn2 ShOut
    // (103-117).
    uint256 private constant W2_GEMM = 0xffffffffffffffffffffffffffffffffffff000000000000000000000000ffff; // Out W CP M
    uint256 private constant W3_GEMM = 0xffffff00ffffff00000000000000000000000000000000000000000000000000; // M ZIn ZOut Lo Hi
    uint256 private constant W2_CONV2D = 0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000; // Out W CP window
    uint256 private constant W3_CONV2D = 0x0000ff00ffffff00000000000000000000000000000000000000000000000000; // ZIn ZOut Lo Hi
    uint256 private constant W2_OUT = 0xffffffffffffffffffff00000000000000000000000000000000000000000000; // Out
    uint256 private constant W3_ZIN = 0x0000ff0000000000000000000000000000000000000000000000000000000000; // ZIn
    uint256 private constant W2_POOL = 0xffffffffffffffffffff0000000000000000ffffffffffffffffffffffff0000; // Out window
    uint256 private constant W3_POOL = 0x0000000000ffff00000000000000000000000000000000000000000000000000; // Lo Hi
    uint256 private constant W3_ADD = 0x0000ffffffffffffffffffffffffffffffffffffffff00000000000000000000; // ZIn ZIn2 ZOut Lo Hi quant
    uint256 private constant W3_MUL = 0x0000ffffffffff0000000000000000ffffffff0000ff00000000000000000000; // ZIn ZIn2 ZOut Lo Hi MulOut ShOut
    uint256 private constant W2_OUT_W = 0xffffffffffffffffffffffffffff000000000000000000000000000000000000; // Out W
    uint256 private constant W2_OUT_W_KH = 0xffffffffffffffffffffffffffff00000000ffff000000000000000000000000; // Out W KH
    uint256 private constant W2_OUT_KH = 0xffffffffffffffffffff0000000000000000ffff000000000000000000000000; // Out KH
    uint256 private constant W2_EMBED = 0xffffffffffffffffffffffffffff00000000000000000000000000000000ffff; // Out W M
    uint256 private constant W3_EMBED = 0xffff0000ff000000000000000000000000000000000000000000000000000000; // M ZOut
    uint256 private constant W2_NORM = 0xffffffffffffffffffff0000000000000000ffff00000000000000000000ffff; // Out KH M
    uint256 private constant W3_NORM = 0xffffff00ffffff0000000000000000ffffffff0000ff00000000000000000000; // M ZIn ZOut Lo Hi MulOut ShOut
    uint256 private constant W3_ROPE = 0x0000ff00ffffff0000000000000000ffffffff0000ff00000000000000000000; // ZIn ZOut Lo Hi MulOut ShOut
    uint256 private constant W3_GLUMUL = 0x000000ffffffff0000000000000000ffffffff0000ff00000000000000000000; // ZIn2 ZOut Lo Hi MulOut ShOut

    /// @notice ops.Decode: the fields of a 128-byte descriptor. ok is false
    /// if the length is not 128 or a reserved byte (1, 118-127, bytes 6-7
    /// of a tensor) is not zero. Validity is checked by validate.
    function decode(bytes calldata b) internal pure returns (Desc memory d, bool ok) {
        if (b.length != DESC_SIZE) return (d, false);
        uint256 w0;
        uint256 tIn;
        uint256 tIn2;
        uint256 tOut;
        uint256 f; // bytes 74..105
        uint256 g; // bytes 103..127 (and 7 bytes beyond, ignored)
        assembly ("memory-safe") {
            let o := b.offset
            w0 := calldataload(o)
            tIn := calldataload(add(o, 2))
            tIn2 := calldataload(add(o, 26))
            tOut := calldataload(add(o, 50))
            f := calldataload(add(o, 74))
            g := calldataload(add(o, 103))
        }
        d.op = uint8(w0 >> 248);
        bool ok1 = TensorLib.decodeInto(d.input, bytes32(tIn));
        bool ok2 = TensorLib.decodeInto(d.input2, bytes32(tIn2));
        bool ok3 = TensorLib.decodeInto(d.output, bytes32(tOut));
        d.w = uint32(f >> 224);
        d.cp = uint32(f >> 192);
        d.kh = uint16(f >> 176);
        d.kw = uint16(f >> 160);
        d.sh = uint16(f >> 144);
        d.sw = uint16(f >> 128);
        d.padT = uint16(f >> 112);
        d.padL = uint16(f >> 96);
        d.m = uint32(f >> 64);
        d.zIn = int8(uint8(f >> 56));
        d.zIn2 = int8(uint8(f >> 48));
        d.zOut = int8(uint8(f >> 40));
        d.lo = int8(uint8(f >> 32));
        d.hi = int8(uint8(f >> 24));
        d.mulIn = int32(uint32(g >> 224));
        d.mulIn2 = int32(uint32(g >> 192));
        d.mulOut = int32(uint32(g >> 160));
        d.shIn = uint8(g >> 152);
        d.shIn2 = uint8(g >> 144);
        d.shOut = uint8(g >> 136);
        // Reserved: byte 1, bytes 118..127 (g bytes 15..24), tensor bytes 6-7.
        ok = ok1 && ok2 && ok3 && uint8(w0 >> 240) == 0 && (g >> 56) & ((1 << 80) - 1) == 0;
    }

    /// @notice The canonical zero rule (V2, Go's `canonical(d) == *d`):
    /// every byte of descriptor b outside the fields op uses is zero. For an
    /// unknown opcode it is false. b is 128 bytes.
    function canonical(bytes calldata b, uint8 op) internal pure returns (bool) {
        uint256 w0;
        uint256 w1;
        uint256 w2;
        uint256 w3;
        assembly ("memory-safe") {
            let o := b.offset
            w0 := calldataload(o)
            w1 := calldataload(add(o, 32))
            w2 := calldataload(add(o, 64))
            w3 := calldataload(add(o, 96))
        }
        uint256 m0 = W0_IN_OUT;
        uint256 m1 = W1_IN_OUT;
        uint256 m2;
        uint256 m3;
        if (op == OP_GEMM) {
            (m2, m3) = (W2_GEMM, W3_GEMM);
        } else if (op == OP_CONV2D) {
            (m2, m3) = (W2_CONV2D, W3_CONV2D);
        } else if (op == OP_RELU) {
            (m2, m3) = (W2_OUT, W3_ZIN);
        } else if (op == OP_MAXPOOL2D || op == OP_AVGPOOL2D) {
            (m2, m3) = (W2_POOL, W3_POOL);
        } else if (op == OP_ADD || op == OP_MAX || op == OP_MIN) {
            (m0, m1, m2, m3) = (W0_IN_IN2_OUT, W1_IN_IN2_OUT, W2_OUT, W3_ADD);
        } else if (op == OP_MUL) {
            (m0, m1, m2, m3) = (W0_IN_IN2_OUT, W1_IN_IN2_OUT, W2_OUT, W3_MUL);
        } else if (op == OP_RESHAPE || op == OP_ARGMAX) {
            (m2, m3) = (W2_OUT, 0);
        } else if (op == OP_LUT) {
            (m2, m3) = (W2_OUT_W, 0);
        } else if (op == OP_SOFTMAX) {
            (m2, m3) = (W2_OUT_W_KH, 0);
        } else if (op == OP_MATMUL) {
            (m0, m1, m2, m3) = (W0_IN_IN2_OUT, W1_IN_IN2_OUT, W2_OUT_KH, W3_MUL);
        } else if (op == OP_GATHER) {
            (m0, m1, m2, m3) = (W0_IN_IN2_OUT, W1_IN_IN2_OUT, W2_OUT_W, W3_ZIN);
        } else if (op == OP_EMBED) {
            (m2, m3) = (W2_EMBED, W3_EMBED);
        } else if (op == OP_NORM) {
            (m2, m3) = (W2_NORM, W3_NORM);
        } else if (op == OP_ROPE) {
            (m2, m3) = (W2_OUT_W, W3_ROPE);
        } else if (op == OP_GLUMUL) {
            (m0, m1, m2, m3) = (W0_IN_IN2_OUT, W1_IN_IN2_OUT, W2_OUT_W, W3_GLUMUL);
        } else {
            return false;
        }
        return (w0 & ~m0) | (w1 & ~m1) | (w2 & ~m2) | (w3 & ~m3) == 0;
    }

    /// @notice The op-independent part of Desc.Validate against the RAM
    /// size: V1 the opcode exists (StepCore also bounds it by the header's
    /// version, ModelHeader.maxOpcode), V2 the canonical zero rule (on the raw
    /// bytes b), V3 the tensors satisfy T1-T4. V4 (the op's own rules) and V5
    /// (the schedule fits 32-bit counters) are the op family's: StepCore.sol
    /// runs them after this through its family's kernel dispatch.
    function validate(Desc memory d, bytes calldata b, uint256 ramLeaves) internal pure returns (bool) {
        if (d.op == 0 || d.op > OP_GLUMUL) return false; // V1
        if (!canonical(b, d.op)) return false; // V2
        if (!TensorLib.validate(d.input, ramLeaves)) return false; // V3
        // Desc.Tensors: In2 for Add, Mul, Max, Min, MatMul and GluMul, and
        // for Gather when present.
        bool in2 = d.op == OP_ADD || d.op == OP_MUL || d.op == OP_MAX || d.op == OP_MIN || d.op == OP_MATMUL
            || d.op == OP_GLUMUL
            || (d.op == OP_GATHER && !TensorLib.isZero(d.input2));
        if (in2 && !TensorLib.validate(d.input2, ramLeaves)) return false;
        return TensorLib.validate(d.output, ramLeaves);
    }
}
