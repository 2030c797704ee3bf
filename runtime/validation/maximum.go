package validation

// MaximumRule is the rule name of a value above its inclusive maximum.
const MaximumRule = "maximum"

// ExclusiveMaximumRule is the rule name of a value at or above its exclusive
// maximum (Swagger maximum with exclusiveMaximum: true).
const ExclusiveMaximumRule = "exclusiveMaximum"

// Maximum reports p when v is set and above max, or at max when exclusive is
// true (rule "exclusiveMaximum" then). NaN never satisfies a maximum. A nil v
// is absent and passes.
func Maximum[N Number](errs *Errors, p Path, v *N, max N, exclusive bool) {
	if v != nil {
		MaximumValue(errs, p, *v, max, exclusive)
	}
}

// MaximumValue is Maximum for a non-pointer value.
func MaximumValue[N Number](errs *Errors, p Path, v N, max N, exclusive bool) {
	if exclusive {
		if !(v < max) {
			errs.add(&p, ExclusiveMaximumRule, "must be less than "+formatNumber(max), v)
		}
		return
	}
	if !(v <= max) {
		errs.add(&p, MaximumRule, "must be less than or equal to "+formatNumber(max), v)
	}
}
