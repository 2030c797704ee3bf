package validation

import (
	"strconv"
	"unicode/utf8"
)

// MaxLengthRule is the rule name of a string longer than its maxLength.
const MaxLengthRule = "maxLength"

// MaxLength reports p when the string v is set and has more than max
// characters. Characters are counted as JSON Schema counts them, in Unicode
// code points (runes), not bytes. A nil v is absent and passes.
func MaxLength[S ~string](errs *Errors, p Path, v *S, max int) {
	if v != nil {
		MaxLengthValue(errs, p, *v, max)
	}
}

// MaxLengthValue is MaxLength for a non-pointer value.
func MaxLengthValue[S ~string](errs *Errors, p Path, v S, max int) {
	// A string of at most max bytes has at most max runes; count runes only
	// when that can change the answer.
	if len(v) > max && utf8.RuneCountInString(string(v)) > max {
		errs.add(&p, MaxLengthRule, "must be at most "+strconv.Itoa(max)+" characters long", v)
	}
}
