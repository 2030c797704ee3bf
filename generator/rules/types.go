package rules

import (
	"strings"

	"github.com/armgen/armgen/generator/ir"
)

// This file decides whether a field's value can be passed to a rule's Go function. It
// mirrors how package golang models fields: scalars, enums and structs by pointer; arrays,
// maps, map models, []byte and any as they are; array items as values.

// pointerHeld reports whether the generated field of type t is a pointer.
func pointerHeld(t *ir.Type) bool {
	switch t.Kind {
	case ir.KindEnum:
		return true
	case ir.KindModel:
		return !(len(t.Model.Fields) == 0 && t.Model.AdditionalProperties != nil)
	case ir.KindPrimitive:
		return t.Primitive != ir.Any && t.Primitive != ir.Bytes
	}
	return false
}

// fits reports whether a value of type t can be passed where a rule wants the Go type want
// (RuleInfo.Value or Param.Type: "*string", "*N", "[]E"), whose type parameters are
// typeParams ("N Integer"). addressable is true when the generated code may take the
// value's address (a property rule's value); false when it passes the value as the model
// holds it (an object rule's param).
func fits(want string, typeParams []string, t *ir.Type, addressable bool) bool {
	switch {
	case strings.HasPrefix(want, "*"):
		if !addressable && !pointerHeld(t) {
			return false
		}
		return matches(want[1:], typeParams, t)
	case strings.HasPrefix(want, "[]"):
		return t.Kind == ir.KindArray && matches(want[2:], typeParams, t.Elem)
	}
	return false
}

// matches reports whether the Go type of a value of type t is the Go type name, which is
// a concrete type or a type parameter of typeParams.
func matches(name string, typeParams []string, t *ir.Type) bool {
	constraint, isParam := "", false
	for _, tp := range typeParams {
		if n, c, ok := strings.Cut(tp, " "); ok && n == name {
			constraint, isParam = strings.TrimSpace(c), true
		}
	}
	if !isParam {
		return t.Kind == ir.KindPrimitive && t.Primitive.GoName() == name
	}
	base, ok := scalarBase(t)
	switch constraint {
	case "any":
		return true
	case "~string":
		return ok && base == ir.String
	case "Integer":
		return ok && (base == ir.Int32 || base == ir.Int64)
	case "Number":
		return ok && (base == ir.Int32 || base == ir.Int64 || base == ir.Float32 || base == ir.Float64)
	}
	return false
}

// scalarBase returns the primitive underlying a scalar or enum type.
func scalarBase(t *ir.Type) (ir.Primitive, bool) {
	switch t.Kind {
	case ir.KindPrimitive:
		return t.Primitive, true
	case ir.KindEnum:
		return t.Enum.Base, true
	}
	return 0, false
}

// goType renders a rule's Go type for messages, with the constraints of its type
// parameters: "*string", "*N (N Integer)".
func goType(t string, typeParams []string) string {
	var used []string
	for _, tp := range typeParams {
		if name, _, ok := strings.Cut(tp, " "); ok && strings.TrimLeft(t, "*[]") == name {
			used = append(used, tp)
		}
	}
	if len(used) == 0 {
		return t
	}
	return t + " (" + strings.Join(used, ", ") + ")"
}

// fieldGoType renders the Go type of a field of type t as the generated model declares it.
func fieldGoType(t *ir.Type) string {
	if pointerHeld(t) {
		return "*" + t.String()
	}
	return t.String()
}
