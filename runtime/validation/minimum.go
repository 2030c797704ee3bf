package validation

// MinimumRule is the rule name of a value below its inclusive minimum.
const MinimumRule = "minimum"

// ExclusiveMinimumRule is the rule name of a value at or below its exclusive
// minimum (Swagger minimum with exclusiveMinimum: true).
const ExclusiveMinimumRule = "exclusiveMinimum"

// Minimum reports p when v is set and below min, or at min when exclusive is
// true (rule "exclusiveMinimum" then). NaN never satisfies a minimum. A nil v
// is absent and passes.
func Minimum[N Number](errs *Errors, p Path, v *N, min N, exclusive bool) {
	if v != nil {
		MinimumValue(errs, p, *v, min, exclusive)
	}
}

// MinimumValue is Minimum for a non-pointer value.
func MinimumValue[N Number](errs *Errors, p Path, v N, min N, exclusive bool) {
	if exclusive {
		if !(v > min) {
			errs.add(&p, ExclusiveMinimumRule, "must be greater than "+formatNumber(min), v)
		}
		return
	}
	if !(v >= min) {
		errs.add(&p, MinimumRule, "must be greater than or equal to "+formatNumber(min), v)
	}
}
