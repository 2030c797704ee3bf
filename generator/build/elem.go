package build

import (
	"errors"
	"regexp"
	"regexp/syntax"
	"strconv"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/load"
	"github.com/dlclark/regexp2"
	"github.com/go-openapi/spec"
)

// maxElemDepth bounds how deep elemConstraints follows arrays of arrays.
const maxElemDepth = 32

// elemConstraints returns the validation keywords of the items of the array schema at
// file#ptr (or of the values of the map schema there), whose IR type is t, with those of
// nested arrays and maps in Elem; nil when there is nothing to check.
func (b *builder) elemConstraints(f *load.File, ptr string, t *ir.Type, depth int) *ir.Constraints {
	if t == nil || (t.Kind != ir.KindArray && t.Kind != ir.KindMap) || depth > maxElemDepth {
		return nil
	}
	f, ptr, s := b.deref(f, ptr)
	if s == nil {
		return nil
	}
	sub := "/items"
	if t.Kind == ir.KindMap {
		if s.AdditionalProperties == nil || s.AdditionalProperties.Schema == nil {
			return nil
		}
		sub = "/additionalProperties"
	} else if s.Items == nil || s.Items.Schema == nil {
		return nil
	}
	ef, eptr, es := b.deref(f, ptr+sub)
	if es == nil {
		return nil
	}
	c := constraintsOf(es)
	b.armIDRule(ef, eptr, t.Elem, &c)
	b.checkConstraints(ef, eptr, &c)
	c.Elem = b.elemConstraints(ef, eptr, t.Elem, depth+1)
	if c.Empty() {
		return nil
	}
	return &c
}

// deref follows the $refs of the schema at file#ptr and returns where the schema they end
// at lives; s is nil when a step does not resolve (the type builder reports that).
func (b *builder) deref(f *load.File, ptr string) (*load.File, string, *spec.Schema) {
	for range maxElemDepth {
		s, err := b.doc.Schema(f, ptr)
		if err != nil || s == nil {
			return f, ptr, nil
		}
		ref := s.Ref.String()
		if ref == "" {
			return f, ptr, s
		}
		tf, tptr, _, err := b.doc.Resolve(f, ref)
		if err != nil {
			return f, ptr, nil
		}
		f, ptr = tf, tptr
	}
	return f, ptr, nil
}

// checkConstraints reports the validation keywords of the schema at file#ptr (after its
// $refs) that the generated validators cannot check. Swagger patterns are ECMA-262 regular
// expressions; the generated validators compile them with Go's regexp (RE2), which has no
// lookaround or backreferences. A pattern that is valid ECMA-262 but not RE2 is dropped from
// c, so that its one check is skipped, with a warning naming it; a pattern invalid in both is
// an error, and so is a multipleOf that is not positive. Each schema is reported once, but c
// is cleared on every use.
func (b *builder) checkConstraints(f *load.File, ptr string, c *ir.Constraints) {
	f, ptr, s := b.deref(f, ptr)
	key := f.Path + "#" + ptr
	if s == nil {
		return
	}
	if b.constraintsChecked == nil {
		b.constraintsChecked = map[string]bool{}
	}
	first := !b.constraintsChecked[key]
	b.constraintsChecked[key] = true
	if c.Pattern != "" {
		if _, err := regexp.Compile(c.Pattern); err != nil {
			_, ecmaErr := regexp2.Compile(c.Pattern, regexp2.ECMAScript)
			switch {
			case ecmaErr != nil && first:
				b.errorf(f.Path, ptr+"/pattern", "pattern %q is not a valid ECMA-262 regular expression (%v)", c.Pattern, ecmaErr)
			case ecmaErr == nil:
				if first {
					b.warnf(load.WarnPatternNotChecked, f.Path, ptr+"/pattern", "pattern %q needs ECMA-262 features Go's regexp (RE2) lacks (%v): the generated validators do not check it", c.Pattern, errCause(err))
				}
				c.Pattern = ""
			}
		}
	}
	if first && c.MultipleOf != nil && !(*c.MultipleOf > 0) {
		b.errorf(f.Path, ptr+"/multipleOf", "multipleOf must be greater than 0, not %v", *c.MultipleOf)
	}
}

// errCause returns what a regexp.Error says is wrong, without the pattern it repeats.
func errCause(err error) string {
	var re *syntax.Error
	if errors.As(err, &re) {
		return re.Code.String() + " " + strconv.Quote(re.Expr)
	}
	return err.Error()
}
