package validation

// RequiredRule is the rule name of a required property that is absent.
const RequiredRule = "required"

// requiredMessage is the message of every required error.
const requiredMessage = "is required"

// Required reports p when the optional (pointer) property v is nil, that is
// absent from the JSON.
func Required[T any](errs *Errors, p Path, v *T) {
	if v == nil {
		errs.add(&p, RequiredRule, requiredMessage, nil)
	}
}

// RequiredSlice reports p when the array property v is nil, that is absent
// from the JSON. An empty non-nil slice is present (it encodes as []), so it
// satisfies required; MinItems is the rule about length.
func RequiredSlice[E any](errs *Errors, p Path, v []E) {
	if v == nil {
		errs.add(&p, RequiredRule, requiredMessage, nil)
	}
}

// RequiredMap reports p when the object property v (a JSON object with
// additionalProperties) is nil, that is absent from the JSON. An empty non-nil
// map is present.
func RequiredMap[K comparable, V any](errs *Errors, p Path, v map[K]V) {
	if v == nil {
		errs.add(&p, RequiredRule, requiredMessage, nil)
	}
}

// RequiredString reports p when the non-pointer string property v is empty.
// Use it only for required string fields that the generator models as plain
// strings, where "" stands for absent.
func RequiredString[S ~string](errs *Errors, p Path, v S) {
	if v == "" {
		errs.add(&p, RequiredRule, requiredMessage, nil)
	}
}
