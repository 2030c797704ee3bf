package validation

// ReadOnlyRule is the rule name of a read-only property set in a request body.
const ReadOnlyRule = "readOnly"

// readOnlyMessage is the message of every readOnly error.
const readOnlyMessage = "is read-only: the service sets it, and a request must leave it out"

// ReadOnly reports p when the read-only property v is set (non-nil). The
// generated code calls it only when validating a request body, that is when
// Options.Request is true: Validate() accepts what the service sends, read-only
// properties included. The reported Value is the property's value when it is a
// scalar and nil for an object.
func ReadOnly[T any](errs *Errors, p Path, v *T) {
	if v != nil {
		errs.add(&p, ReadOnlyRule, readOnlyMessage, v)
	}
}

// ReadOnlySlice is ReadOnly for an array property: a non-nil slice is set.
func ReadOnlySlice[E any](errs *Errors, p Path, v []E) {
	if v != nil {
		errs.add(&p, ReadOnlyRule, readOnlyMessage, nil)
	}
}

// ReadOnlyMap is ReadOnly for a map property: a non-nil map is set.
func ReadOnlyMap[K comparable, V any](errs *Errors, p Path, v map[K]V) {
	if v != nil {
		errs.add(&p, ReadOnlyRule, readOnlyMessage, nil)
	}
}
