package validation

import (
	"math"
	"strconv"
)

// Int32Rule is the rule name of a value of format int32 that a 32-bit signed
// integer cannot hold.
const Int32Rule = "format.int32"

// Int32 reports p when v is set and is not a whole number within the int32
// range (-2147483648 to 2147483647). The generator calls it when it models a
// format: int32 property with a wider Go type; an int32 field needs no check.
// A nil v is absent and passes.
func Int32[N Number](errs *Errors, p Path, v *N) {
	if v != nil {
		Int32Value(errs, p, *v)
	}
}

// Int32Value is Int32 for a non-pointer value.
func Int32Value[N Number](errs *Errors, p Path, v N) {
	if !fitsInt32(v) {
		errs.add(&p, Int32Rule, "must be a whole number from "+strconv.Itoa(math.MinInt32)+" to "+strconv.Itoa(math.MaxInt32), v)
	}
}

// fitsInt32 reports whether v is a whole number in the int32 range.
func fitsInt32[N Number](v N) bool {
	if isFloat[N]() {
		f := float64(v)
		return f == math.Trunc(f) && f >= math.MinInt32 && f <= math.MaxInt32
	}
	// v < 0 only for signed types, where int64(v) is exact; otherwise uint64(v)
	// is exact.
	if v < 0 {
		return int64(v) >= math.MinInt32
	}
	return uint64(v) <= math.MaxInt32
}
