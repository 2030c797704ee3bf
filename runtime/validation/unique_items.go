package validation

import "strconv"

// UniqueItemsRule is the rule name of an array with uniqueItems: true that
// holds two equal items.
const UniqueItemsRule = "uniqueItems"

// UniqueItems reports each item of v that equals an earlier item, at the
// path of the later item, naming the earlier index. Items are compared with
// ==, so use it for arrays of non-pointer scalars; use UniqueItemsFunc with
// PtrEqual for []*string and the like. It compares every pair, which is right
// for the short arrays of ARM payloads, and allocates nothing.
func UniqueItems[E comparable](errs *Errors, p Path, v []E) {
	for j := 1; j < len(v); j++ {
		for i := 0; i < j; i++ {
			if v[i] == v[j] {
				duplicate(errs, &p, i, j, v[j])
				break
			}
		}
	}
}

// UniqueItemsFunc is UniqueItems with eq deciding whether two items are equal.
func UniqueItemsFunc[E any](errs *Errors, p Path, v []E, eq func(a, b E) bool) {
	for j := 1; j < len(v); j++ {
		for i := 0; i < j; i++ {
			if eq(v[i], v[j]) {
				duplicate(errs, &p, i, j, v[j])
				break
			}
		}
	}
}

// PtrEqual reports whether a and b are both nil or point to equal values. Pass
// PtrEqual[string] to UniqueItemsFunc for a []*string.
func PtrEqual[T comparable](a, b *T) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// duplicate records that item j of the array at p repeats item i.
func duplicate(errs *Errors, p *Path, i, j int, v any) {
	q := p.Index(j)
	errs.add(&q, UniqueItemsRule, "must not repeat item "+strconv.Itoa(i), v)
}
