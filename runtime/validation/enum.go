package validation

import "strings"

// EnumRule is the rule name of a value outside its closed set of values.
const EnumRule = "enum"

// Enum reports p when v is set and is not one of allowed (compared with ==,
// so case-sensitively for strings). Generate it for closed sets only: an
// x-ms-enum with modelAsString: true is open, the service may add values, and
// a client must accept them. A nil v is absent and passes.
func Enum[T comparable](errs *Errors, p Path, v *T, allowed ...T) {
	if v != nil {
		EnumValue(errs, p, *v, allowed...)
	}
}

// EnumValue is Enum for a non-pointer value.
func EnumValue[T comparable](errs *Errors, p Path, v T, allowed ...T) {
	for _, a := range allowed {
		if v == a {
			return
		}
	}
	var b strings.Builder
	b.WriteString("must be one of ")
	for i, a := range allowed {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(formatValue(scalar(a)))
	}
	errs.add(&p, EnumRule, b.String(), v)
}
