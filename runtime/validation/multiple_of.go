package validation

import "math"

// MultipleOfRule is the rule name of a number that is not a multiple of its
// multipleOf.
const MultipleOfRule = "multipleOf"

// multipleOfTolerance is the relative error below which a floating-point
// quotient counts as a whole number, so that 0.3 is a multiple of 0.1 even
// though 0.3/0.1 is 2.9999999999999996 in binary floating point.
const multipleOfTolerance = 1e-9

// MultipleOf reports p when v is set and is not a whole multiple of m (m > 0,
// as Swagger requires). Integers are checked exactly; floating-point values
// within a relative 1e-9 of a multiple pass, since decimal steps such as 0.01
// have no exact binary form. A nil v is absent and passes.
func MultipleOf[N Number](errs *Errors, p Path, v *N, m N) {
	if v != nil {
		MultipleOfValue(errs, p, *v, m)
	}
}

// MultipleOfValue is MultipleOf for a non-pointer value.
func MultipleOfValue[N Number](errs *Errors, p Path, v N, m N) {
	if !isMultiple(v, m) {
		errs.add(&p, MultipleOfRule, "must be a multiple of "+formatNumber(m), v)
	}
}

// isMultiple reports whether v is a whole multiple of m.
func isMultiple[N Number](v, m N) bool {
	if m == 0 {
		return v == 0
	}
	if !isFloat[N]() {
		return (v/m)*m == v
	}
	q := float64(v) / float64(m)
	if math.IsNaN(q) || math.IsInf(q, 0) {
		return false
	}
	return math.Abs(q-math.Round(q)) <= multipleOfTolerance*math.Max(1, math.Abs(q))
}
