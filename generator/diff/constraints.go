package diff

import (
	"strconv"

	"github.com/armgen/armgen/generator/ir"
)

// strength says how a changed constraint moved.
type strength int

const (
	// stronger: some values that passed before fail now.
	stronger strength = iota
	// weaker: every value that passed before still passes, and more do.
	weaker
	// changed: neither contains the other (a new pattern).
	changed
)

// constraintDiff is one validation keyword that changed.
type constraintDiff struct {
	key      string
	old, new string
	dir      strength
}

// constraintDiffs compares the validation keywords of two schemas. Format is compared with
// the type, and prose rules are not part of the wire contract.
func constraintDiffs(a, b ir.Constraints) []constraintDiff {
	var out []constraintDiff
	lower := func(key string, x, y *float64) {
		if d, ok := boundDiff(key, x, y, true); ok {
			out = append(out, d)
		}
	}
	upper := func(key string, x, y *float64) {
		if d, ok := boundDiff(key, x, y, false); ok {
			out = append(out, d)
		}
	}
	lower("minimum", a.Minimum, b.Minimum)
	upper("maximum", a.Maximum, b.Maximum)
	lower("minLength", intF(a.MinLength), intF(b.MinLength))
	upper("maxLength", intF(a.MaxLength), intF(b.MaxLength))
	lower("minItems", intF(a.MinItems), intF(b.MinItems))
	upper("maxItems", intF(a.MaxItems), intF(b.MaxItems))
	flag := func(key string, x, y bool) {
		if x != y {
			d := constraintDiff{key: key, old: strconv.FormatBool(x), new: strconv.FormatBool(y), dir: weaker}
			if y {
				d.dir = stronger
			}
			out = append(out, d)
		}
	}
	flag("exclusiveMinimum", a.ExclusiveMinimum, b.ExclusiveMinimum)
	flag("exclusiveMaximum", a.ExclusiveMaximum, b.ExclusiveMaximum)
	flag("uniqueItems", a.UniqueItems, b.UniqueItems)
	if a.Pattern != b.Pattern {
		d := constraintDiff{key: "pattern", old: a.Pattern, new: b.Pattern, dir: changed}
		switch {
		case a.Pattern == "":
			d.dir = stronger
		case b.Pattern == "":
			d.dir = weaker
		}
		out = append(out, d)
	}
	if !sameFloat(a.MultipleOf, b.MultipleOf) {
		d := constraintDiff{key: "multipleOf", old: fmtF(a.MultipleOf), new: fmtF(b.MultipleOf), dir: changed}
		switch {
		case a.MultipleOf == nil:
			d.dir = stronger
		case b.MultipleOf == nil:
			d.dir = weaker
		}
		out = append(out, d)
	}
	return out
}

// boundDiff compares a lower (minimum) or upper (maximum) bound.
func boundDiff(key string, x, y *float64, isLower bool) (constraintDiff, bool) {
	if sameFloat(x, y) {
		return constraintDiff{}, false
	}
	d := constraintDiff{key: key, old: fmtF(x), new: fmtF(y)}
	switch {
	case x == nil:
		d.dir = stronger
	case y == nil:
		d.dir = weaker
	case (*y > *x) == isLower:
		d.dir = stronger
	default:
		d.dir = weaker
	}
	return d, true
}

func intF(p *int64) *float64 {
	if p == nil {
		return nil
	}
	f := float64(*p)
	return &f
}

func sameFloat(a, b *float64) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

func fmtF(p *float64) string {
	if p == nil {
		return "none"
	}
	return strconv.FormatFloat(*p, 'g', -1, 64)
}
