package docs

import (
	"slices"
	"strconv"
	"strings"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/runtime/validation"
)

// propWalker lists the properties of a request body with their validation in words, and
// collects the documentation of the prose rules they use.
type propWalker struct {
	stack    map[*ir.Model]bool
	props    []goProp
	rules    map[string]bool
	ruleDocs []goRule
}

// walkModelRules adds a row for the body itself when its model has object rules.
func (w *propWalker) walkModelRules(t *ir.Type, path string) {
	if t == nil || t.Kind != ir.KindModel || len(t.Model.ObjectRules) == 0 {
		return
	}
	w.props = append(w.props, goProp{Path: "(request body)", Type: goType(t), Validation: strings.Join(w.objectRules(t.Model), "; ")})
}

// walkType adds the rows of the properties inside a value of type t at path.
func (w *propWalker) walkType(t *ir.Type, schema *jsonv.Value, path string) {
	switch {
	case t == nil:
	case t.Kind == ir.KindArray:
		w.walkType(t.Elem, schema.Get("items"), path+"[]")
	case t.Kind == ir.KindMap:
		w.walkType(t.Elem, schema.Get("additionalProperties"), path+"{}")
	case t.Kind == ir.KindModel:
		m := t.Model
		if w.stack[m] {
			return
		}
		w.stack[m] = true
		defer delete(w.stack, m)
		if m.AdditionalProperties != nil && len(m.Fields) == 0 {
			w.walkType(m.AdditionalProperties, schema.Get("additionalProperties"), path+"{}")
			return
		}
		for _, f := range orderedFields(m, schema) {
			p := f.JSONName
			if path != "" {
				p = path + "." + p
			}
			w.props = append(w.props, w.row(f, p))
			w.walkType(f.Type, propertySchema(schema, f.JSONName), p)
		}
	}
}

// row is the table row of field f at path.
func (w *propWalker) row(f *ir.Field, path string) goProp {
	row := goProp{Path: path, Type: goType(f.Type), Doc: f.Doc}
	switch {
	case f.ReadOnly:
		row.Presence = "read-only"
	case f.Required:
		row.Presence = "required"
	}
	if w := mutabilityWords(f.Mutability); w != "" && !f.ReadOnly {
		if row.Presence != "" {
			row.Presence += ", "
		}
		row.Presence += w
	}
	if f.Secret {
		// x-ms-secret: the service never returns the value.
		if row.Presence != "" {
			row.Presence += ", "
		}
		row.Presence += "secret (write-only)"
	}
	var words []string
	if f.Nullable {
		words = append(words, "nullable: "+codeSpan("null", true)+" is a value")
	}
	words = append(words, w.constraintWords(&f.Constraints)...)
	words = append(words, w.typeWords(f.Type, "")...)
	if f.Default != nil {
		words = append(words, "default "+codeSpan(string(jsonv.AppendCompact(nil, f.Default)), true))
	}
	if f.DependsOn != nil {
		words = append(words, "the ID of a "+codeSpan(f.DependsOn.ResourceType, true)+" resource, which must exist first")
	}
	row.Validation = strings.Join(words, "; ")
	return row
}

// typeWords describes what the type itself allows: enum values, and the object rules of a
// model (of the items, for an array).
func (w *propWalker) typeWords(t *ir.Type, prefix string) []string {
	switch t.Kind {
	case ir.KindEnum:
		vals := make([]string, len(t.Enum.Values))
		for i, v := range t.Enum.Values {
			vals[i] = codeSpan(v.Value, true)
		}
		s := prefix + "one of " + strings.Join(vals, ", ")
		if t.Enum.ModelAsString {
			s += " (or another value: the set is open)"
		}
		return []string{s}
	case ir.KindArray:
		return w.typeWords(t.Elem, "each item: ")
	case ir.KindMap:
		if t.Elem.Kind == ir.KindPrimitive && t.Elem.Primitive == ir.UnixTime {
			return w.typeWords(t.Elem, "each value: ")
		}
	case ir.KindPrimitive:
		if t.Primitive == ir.UnixTime {
			return []string{prefix + "format " + codeSpan("unixtime", true) + ": integer seconds since the Unix epoch on the wire"}
		}
	case ir.KindModel:
		var out []string
		if t.Model.Polymorphic() {
			out = append(out, prefix+polyWords(t.Model))
		}
		for _, r := range w.objectRules(t.Model) {
			out = append(out, prefix+r)
		}
		return out
	}
	return nil
}

// objectRules describes a model's object rules.
func (w *propWalker) objectRules(m *ir.Model) []string {
	var out []string
	for _, r := range m.ObjectRules {
		params := make([]string, len(r.Params))
		for i, p := range r.Params {
			params[i] = p.Path
		}
		out = append(out, w.rule(r.RuleRef, "of "+strings.Join(params, ", ")))
	}
	return out
}

// constraintWords describes constraint keywords and prose rules.
func (w *propWalker) constraintWords(c *ir.Constraints) []string {
	var out []string
	num := func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
	if c.Minimum != nil {
		op := "at least "
		if c.ExclusiveMinimum {
			op = "greater than "
		}
		out = append(out, op+num(*c.Minimum))
	}
	if c.Maximum != nil {
		op := "at most "
		if c.ExclusiveMaximum {
			op = "less than "
		}
		out = append(out, op+num(*c.Maximum))
	}
	if c.MultipleOf != nil {
		out = append(out, "a multiple of "+num(*c.MultipleOf))
	}
	if c.MinLength != nil {
		out = append(out, "at least "+count(*c.MinLength, "character"))
	}
	if c.MaxLength != nil {
		out = append(out, "at most "+count(*c.MaxLength, "character"))
	}
	if c.Pattern != "" {
		out = append(out, "matches the pattern "+codeSpan(c.Pattern, true))
	}
	if c.MinItems != nil {
		out = append(out, "at least "+count(*c.MinItems, "item"))
	}
	if c.MaxItems != nil {
		out = append(out, "at most "+count(*c.MaxItems, "item"))
	}
	if c.UniqueItems {
		out = append(out, "items are unique")
	}
	if c.Format != "" {
		out = append(out, "format "+codeSpan(c.Format, true))
	}
	for _, r := range c.Rules {
		out = append(out, w.rule(r, ""))
	}
	if c.Elem != nil {
		for _, s := range w.constraintWords(c.Elem) {
			out = append(out, "each item: "+s)
		}
	}
	return out
}

// rule names a prose rule with its arguments, and records its documentation.
func (w *propWalker) rule(r ir.RuleRef, detail string) string {
	s := "rule " + codeSpan(r.Name, true)
	var args []string
	for _, a := range r.Args {
		if a.Kind == jsonv.String {
			args = append(args, a.Str)
		} else {
			args = append(args, a.Literal())
		}
	}
	if len(args) > 0 {
		s += " (" + codeSpan(strings.Join(args, ", "), true) + ")"
	}
	if detail != "" {
		s += " " + escapeProse(detail)
	}
	if !w.rules[r.Name] {
		w.rules[r.Name] = true
		doc, fn := r.Doc, r.Func
		if info, ok := validation.LookupRule(r.Name); ok {
			doc, fn = info.Doc, info.Func
		}
		w.ruleDocs = append(w.ruleDocs, goRule{Name: r.Name, Func: fn, Paragraphs: paragraphs(doc)})
	}
	return s
}

// count writes n and a noun, plural unless n is 1.
func count(n int64, noun string) string {
	if n != 1 {
		noun += "s"
	}
	return strconv.FormatInt(n, 10) + " " + noun
}

// mutabilityWords says what an x-ms-mutability list means to a client: "create-only" when
// the value is set on creation and cannot change, "write-only" when the service does not
// return it, "" when it can be read, created and updated (or there is no list).
func mutabilityWords(m []string) string {
	if m == nil {
		return ""
	}
	has := func(s string) bool { return slices.Contains(m, s) }
	switch {
	case !has("read") && (has("create") || has("update")):
		return "write-only"
	case has("create") && !has("update"):
		return "create-only"
	case has("update") && !has("create"):
		return "update-only"
	}
	return ""
}
