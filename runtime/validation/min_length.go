package validation

import (
	"strconv"
	"unicode/utf8"
)

// MinLengthRule is the rule name of a string shorter than its minLength.
const MinLengthRule = "minLength"

// MinLength reports p when the string v is set and has fewer than min
// characters. Characters are counted as JSON Schema counts them, in Unicode
// code points (runes), not bytes. A nil v is absent and passes.
func MinLength[S ~string](errs *Errors, p Path, v *S, min int) {
	if v != nil {
		MinLengthValue(errs, p, *v, min)
	}
}

// MinLengthValue is MinLength for a non-pointer value.
func MinLengthValue[S ~string](errs *Errors, p Path, v S, min int) {
	// A string of fewer than min bytes has fewer than min runes too; count
	// runes only when that can change the answer.
	if len(v) < min || (len(v) < utf8.UTFMax*min && utf8.RuneCountInString(string(v)) < min) {
		errs.add(&p, MinLengthRule, "must be at least "+strconv.Itoa(min)+" characters long", v)
	}
}
