package graph

import (
	"fmt"
	"math"
)

// FnKind is an elementwise function of one float: the function of a Unary
// node. Each is an ONNX op (or a pattern of ONNX ops the importer
// recognizes), with ONNX's semantics and attribute defaults.
type FnKind int

// The elementwise functions. Alpha and Beta are the parameters named in the
// comment; the others ignore them.
const (
	Sigmoid         FnKind = iota + 1 // 1 / (1 + e^−x)
	Tanh                              // tanh x
	Erf                               // erf x
	Exp                               // e^x
	Log                               // ln x
	Sqrt                              // √x
	Neg                               // −x
	Abs                               // |x|
	Recip                             // 1 / x (ONNX Reciprocal)
	Softplus                          // ln(1 + e^x)
	Softsign                          // x / (1 + |x|)
	Elu                               // x < 0 ? Alpha·(e^x − 1) : x
	Selu                              // Beta · (x ≤ 0 ? Alpha·(e^x − 1) : x); Beta is ONNX's gamma
	LeakyRelu                         // x < 0 ? Alpha·x : x (also PRelu with a scalar slope Alpha)
	HardSigmoid                       // max(0, min(1, Alpha·x + Beta))
	HardSwish                         // x · max(0, min(1, x/6 + 1/2))
	ThresholdedRelu                   // x > Alpha ? x : 0
	Celu                              // max(0, x) + min(0, Alpha·(e^(x/Alpha) − 1))
	Clip                              // min(max(x, Alpha), Beta)
	Shrink                            // x < −Alpha ? x + Beta : x > Alpha ? x − Beta : 0; Alpha is lambd, Beta is bias
	Sin                               // sin x
	Cos                               // cos x
	Tan                               // tan x
	Asin                              // asin x
	Acos                              // acos x
	Atan                              // atan x
	Sinh                              // sinh x
	Cosh                              // cosh x
	Asinh                             // asinh x
	Acosh                             // acosh x
	Atanh                             // atanh x
	Ceil                              // ⌈x⌉
	Floor                             // ⌊x⌋
	Round                             // x rounded to the nearest integer, ties to even
	Sign                              // −1, 0 or 1
	Gelu                              // x/2 · (1 + erf(x/√2))
	GeluTanh                          // x/2 · (1 + tanh(√(2/π) · (x + 0.044715·x³)))
	Silu                              // x · sigmoid(x)
	Mish                              // x · tanh(softplus(x))
	Pow                               // x^Alpha (ONNX Pow by a constant scalar exponent)
	Affine                            // Alpha·x + Beta (ONNX Add, Sub, Mul, Div by a scalar constant)
	fnEnd
)

var fnNames = [...]string{
	Sigmoid: "Sigmoid", Tanh: "Tanh", Erf: "Erf", Exp: "Exp", Log: "Log", Sqrt: "Sqrt", Neg: "Neg",
	Abs: "Abs", Recip: "Reciprocal", Softplus: "Softplus", Softsign: "Softsign", Elu: "Elu",
	Selu: "Selu", LeakyRelu: "LeakyRelu", HardSigmoid: "HardSigmoid", HardSwish: "HardSwish",
	ThresholdedRelu: "ThresholdedRelu", Celu: "Celu", Clip: "Clip", Shrink: "Shrink", Sin: "Sin",
	Cos: "Cos", Tan: "Tan", Asin: "Asin", Acos: "Acos", Atan: "Atan", Sinh: "Sinh", Cosh: "Cosh",
	Asinh: "Asinh", Acosh: "Acosh", Atanh: "Atanh", Ceil: "Ceil", Floor: "Floor", Round: "Round",
	Sign: "Sign", Gelu: "Gelu", GeluTanh: "GeluTanh", Silu: "Silu", Mish: "Mish", Pow: "Pow", Affine: "Affine",
}

func (k FnKind) String() string {
	if k > 0 && k < fnEnd {
		return fnNames[k]
	}
	return fmt.Sprintf("FnKind(%d)", int(k))
}

// FnKinds lists every function, in order.
func FnKinds() []FnKind {
	ks := make([]FnKind, 0, fnEnd-1)
	for k := Sigmoid; k < fnEnd; k++ {
		ks = append(ks, k)
	}
	return ks
}

// Fn is a Unary node's function with its parameters.
type Fn struct {
	Kind        FnKind
	Alpha, Beta float64
}

func (f Fn) String() string {
	switch f.Kind {
	case Elu, LeakyRelu, ThresholdedRelu, Celu:
		return fmt.Sprintf("%s(alpha=%g)", f.Kind, f.Alpha)
	case Selu:
		return fmt.Sprintf("%s(alpha=%g, gamma=%g)", f.Kind, f.Alpha, f.Beta)
	case HardSigmoid:
		return fmt.Sprintf("%s(alpha=%g, beta=%g)", f.Kind, f.Alpha, f.Beta)
	case Clip:
		return fmt.Sprintf("%s(min=%g, max=%g)", f.Kind, f.Alpha, f.Beta)
	case Shrink:
		return fmt.Sprintf("%s(lambd=%g, bias=%g)", f.Kind, f.Alpha, f.Beta)
	case Pow:
		return fmt.Sprintf("%s(exponent=%g)", f.Kind, f.Alpha)
	case Affine:
		return fmt.Sprintf("%s(%g·x + %g)", f.Kind, f.Alpha, f.Beta)
	}
	return f.Kind.String()
}

// Check reports whether f is a known function with finite parameters in
// their domains.
func (f Fn) Check() error {
	if f.Kind <= 0 || f.Kind >= fnEnd {
		return fmt.Errorf("unknown function %v", f.Kind)
	}
	if math.IsNaN(f.Alpha) || math.IsInf(f.Alpha, 0) || math.IsNaN(f.Beta) || math.IsInf(f.Beta, 0) {
		return fmt.Errorf("%v: parameters must be finite", f)
	}
	switch f.Kind {
	case Celu:
		if f.Alpha == 0 {
			return fmt.Errorf("%v: alpha must not be 0", f)
		}
	case Clip:
		if f.Alpha > f.Beta {
			return fmt.Errorf("%v: min is above max", f)
		}
	case Shrink:
		if f.Alpha < 0 {
			return fmt.Errorf("%v: lambd must not be negative", f)
		}
	}
	return nil
}

// Eval is f(x) in float64 (Go's math package). It is the one definition
// of the function: the float reference applies it to every element and the
// quantizer tabulates it (docs/quantization.md). Outside the function's
// domain it returns NaN or ±Inf, as math does.
func (f Fn) Eval(x float64) float64 {
	a, b := f.Alpha, f.Beta
	switch f.Kind {
	case Sigmoid:
		return sigmoid(x)
	case Tanh:
		return math.Tanh(x)
	case Erf:
		return math.Erf(x)
	case Exp:
		return math.Exp(x)
	case Log:
		return math.Log(x)
	case Sqrt:
		return math.Sqrt(x)
	case Neg:
		return -x
	case Abs:
		return math.Abs(x)
	case Recip:
		return 1 / x
	case Softplus:
		return softplus(x)
	case Softsign:
		return x / (1 + math.Abs(x))
	case Elu:
		if x < 0 {
			return a * math.Expm1(x)
		}
		return x
	case Selu:
		if x <= 0 {
			return b * a * math.Expm1(x)
		}
		return b * x
	case LeakyRelu:
		if x < 0 {
			return a * x
		}
		return x
	case HardSigmoid:
		return max(0, min(1, a*x+b))
	case HardSwish:
		return x * max(0, min(1, x/6+0.5))
	case ThresholdedRelu:
		if x > a {
			return x
		}
		return 0
	case Celu:
		return max(0, x) + min(0, a*math.Expm1(x/a))
	case Clip:
		return min(max(x, a), b)
	case Shrink:
		switch {
		case x < -a:
			return x + b
		case x > a:
			return x - b
		}
		return 0
	case Sin:
		return math.Sin(x)
	case Cos:
		return math.Cos(x)
	case Tan:
		return math.Tan(x)
	case Asin:
		return math.Asin(x)
	case Acos:
		return math.Acos(x)
	case Atan:
		return math.Atan(x)
	case Sinh:
		return math.Sinh(x)
	case Cosh:
		return math.Cosh(x)
	case Asinh:
		return math.Asinh(x)
	case Acosh:
		return math.Acosh(x)
	case Atanh:
		return math.Atanh(x)
	case Ceil:
		return math.Ceil(x)
	case Floor:
		return math.Floor(x)
	case Round:
		return math.RoundToEven(x)
	case Sign:
		switch {
		case x > 0:
			return 1
		case x < 0:
			return -1
		}
		return x // 0, −0 or NaN
	case Gelu:
		return x / 2 * (1 + math.Erf(x/math.Sqrt2))
	case GeluTanh:
		return x / 2 * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(x+0.044715*x*x*x)))
	case Silu:
		return x * sigmoid(x)
	case Mish:
		return x * math.Tanh(softplus(x))
	case Affine:
		return a*x + b
	case Pow:
		if a == 2 {
			return x * x // exact, as numpy's square
		}
		return math.Pow(x, a)
	}
	return math.NaN()
}

func sigmoid(x float64) float64 {
	if x >= 0 {
		return 1 / (1 + math.Exp(-x))
	}
	e := math.Exp(x)
	return e / (1 + e)
}

// softplus is ln(1 + e^x) without overflow.
func softplus(x float64) float64 {
	return max(x, 0) + math.Log1p(math.Exp(-math.Abs(x)))
}
