package validation

import "strconv"

// MinItemsRule is the rule name of an array with fewer items than its minItems.
const MinItemsRule = "minItems"

// MinItems reports p when the array v is present (non-nil) and has fewer than
// min items. A nil v is absent and passes; RequiredSlice is the rule about
// presence.
func MinItems[E any](errs *Errors, p Path, v []E, min int) {
	if v != nil && len(v) < min {
		errs.add(&p, MinItemsRule, "must have at least "+strconv.Itoa(min)+" items, has "+strconv.Itoa(len(v)), nil)
	}
}
