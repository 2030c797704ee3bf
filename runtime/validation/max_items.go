package validation

import "strconv"

// MaxItemsRule is the rule name of an array with more items than its maxItems.
const MaxItemsRule = "maxItems"

// MaxItems reports p when the array v has more than max items.
func MaxItems[E any](errs *Errors, p Path, v []E, max int) {
	if len(v) > max {
		errs.add(&p, MaxItemsRule, "must have at most "+strconv.Itoa(max)+" items, has "+strconv.Itoa(len(v)), nil)
	}
}
