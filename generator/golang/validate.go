package golang

import (
	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/naming"
	"github.com/dave/jennifer/jen"
)

// validationPkg is the import path of the hand-written runtime that validators call.
const validationPkg = "github.com/armgen/armgen/runtime/validation"

// validator builds validate.go for one package.
type validator struct {
	pkg *ir.Package
	// checked holds the models whose validateInto checks something, directly or through
	// the models it reaches; calls into the others are left out.
	checked map[*ir.Model]bool
	// patterns maps each pattern to the package-level variable that holds it compiled, in
	// the order of first use; nil while checked is being computed.
	patterns     map[string]string
	patternOrder []string
	names        *naming.Namer
}

// emitValidate writes validate.go: for every model, Validate, ValidateRequest and
// validateInto, which walks the value with a validation.Path and records every problem
// into one validation.Errors; and the compiled patterns they use.
//
// Generated code checks required properties, the schema's keywords (minimum and maximum
// and their exclusive forms, minLength, maxLength, pattern, minItems, maxItems,
// uniqueItems, multipleOf), closed enums, the formats that constrain a value kept as a
// string or a wider number (uuid, uri, url, date-time, int32), the prose rules a rules
// file attached, and recurses through nested models, arrays and maps. Read-only
// properties are checked by Validate like the others; ValidateRequest reports each one
// that is set (rule "readOnly") and checks nothing else about it, since the service
// ignores it in a request.
func emitValidate(pkg *ir.Package) (*jen.File, error) {
	if len(pkg.Models) == 0 {
		return nil, nil
	}
	v := &validator{pkg: pkg, checked: map[*ir.Model]bool{}}
	// A model is checked when its body says something; what it says depends on which of
	// the models it reaches are checked, so iterate to the fixed point (it only grows).
	for changed := true; changed; {
		changed = false
		for _, m := range pkg.Models {
			if !v.checked[m] && len(v.modelStmts(m)) > 0 {
				v.checked[m] = true
				changed = true
			}
		}
	}
	v.patterns = map[string]string{}
	v.names = naming.NewNamer()
	var decls []jen.Code
	for _, m := range pkg.Models {
		decls = append(decls, v.methods(m))
	}
	f := gocode.NewFile(pkg)
	f.ImportName(validationPkg, "validation")
	if len(v.patternOrder) > 0 {
		f.Comment("The patterns of the schema, compiled once; they are never modified.")
		f.Var().DefsFunc(func(g *jen.Group) {
			for _, pat := range v.patternOrder {
				g.Id(v.patterns[pat]).Op("=").Qual("regexp", "MustCompile").Call(jen.Lit(pat))
			}
		})
		f.Line()
	}
	for _, d := range decls {
		f.Add(d)
		f.Line()
	}
	return f, nil
}

// methods declares Validate, ValidateRequest and validateInto of m.
func (v *validator) methods(m *ir.Model) jen.Code {
	recv := jen.Id("m").Op("*").Id(m.Name)
	if gocode.IsMapModel(m) {
		recv = jen.Id("m").Id(m.Name)
	}
	entry := func(name string, request bool, doc ...string) jen.Code {
		opts := jen.Qual(validationPkg, "Options").Values()
		if request {
			opts = jen.Qual(validationPkg, "Options").Values(jen.Dict{jen.Id("Request"): jen.True()})
		}
		return jen.CustomFunc(jen.Options{Multi: true}, func(g *jen.Group) {
			gocode.Comment(g, doc...)
			g.Func().Params(recv.Clone()).Id(name).Params().Error().Block(
				jen.Var().Id("errs").Qual(validationPkg, "Errors"),
				jen.Id("m").Dot("validateInto").Call(jen.Op("&").Id("errs"), jen.Qual(validationPkg, "Path").Values(), opts),
				jen.Return(jen.Id("errs").Dot("Err").Call()),
			)
		})
	}
	body := v.modelStmts(m)
	params := []jen.Code{
		jen.Id("errs").Op("*").Qual(validationPkg, "Errors"),
		jen.Id("p").Qual(validationPkg, "Path"),
		jen.Id("o").Qual(validationPkg, "Options"),
	}
	if len(body) == 0 {
		params = []jen.Code{jen.Op("*").Qual(validationPkg, "Errors"), jen.Qual(validationPkg, "Path"), jen.Qual(validationPkg, "Options")}
	} else if !gocode.IsMapModel(m) {
		body = append([]jen.Code{jen.If(jen.Id("m").Op("==").Nil()).Block(jen.Return())}, body...)
	}
	into := []string{"validateInto records every problem of m, found at path p, in errs: the constraints of its"}
	if len(body) == 0 {
		into = []string{"validateInto records nothing: " + m.Name + " has no constraints, and reaches no value that has."}
	} else {
		into = append(into, "schema and the rules attached to it, then those of the values it holds.")
	}
	return jen.Add(
		entry("Validate", false,
			"Validate reports every way m breaks the constraints of its schema and the rules attached to it,",
			"as a value the service sends or accepts: read-only properties are checked like the others.",
			"It returns nil, or a validation.Errors listing each problem with its JSON path, rule and value."),
		jen.Line(), jen.Line(),
		entry("ValidateRequest", true,
			"ValidateRequest is Validate for a request body: it reports every read-only property that is set",
			"(rule \"readOnly\"), and checks nothing else about read-only properties, which the service ignores",
			"in a request."),
		jen.Line(), jen.Line(),
		jen.CustomFunc(jen.Options{Multi: true}, func(g *jen.Group) {
			gocode.Comment(g, into...)
			g.Func().Params(recv.Clone()).Id("validateInto").Params(params...).Block(body...)
		}),
	)
}

// modelStmts returns the body of m's validateInto (without the nil check).
func (v *validator) modelStmts(m *ir.Model) []jen.Code {
	self := func() *jen.Statement { return jen.Id("m") }
	path := func() *jen.Statement { return jen.Id("p") }
	if gocode.IsMapModel(m) {
		return v.mapStmts(value{expr: self}, path, m.AdditionalProperties, nil, m.Name+"Value", 0)
	}
	var out, readOnly []jen.Code
	flush := func() {
		if len(readOnly) > 0 {
			out = append(out, jen.If(jen.Id("o").Dot("Request")).Block(readOnly...))
			readOnly = nil
		}
	}
	for _, fl := range m.Fields {
		stmts, ro := v.fieldStmts(writtenDiscriminator(m, fl), m.Name)
		if ro != nil {
			readOnly = append(readOnly, ro)
			continue
		}
		if len(stmts) > 0 {
			flush()
			out = append(out, stmts...)
		}
	}
	flush()
	if m.AdditionalProperties != nil {
		extra := func() *jen.Statement { return jen.Id("m").Dot("AdditionalProperties") }
		out = append(out, v.mapStmts(value{expr: extra}, path, m.AdditionalProperties, nil, m.Name+"Value", 0)...)
	}
	for _, r := range m.ObjectRules {
		out = append(out, objectRuleStmts(r)...)
	}
	return out
}

// fieldStmts checks one field: required, readOnly in request mode, then its value. A
// read-only field with nothing else to check returns only its readOnly check, in ro, so
// that the caller can group those under one "if o.Request".
func (v *validator) fieldStmts(fl *ir.Field, model string) (stmts []jen.Code, ro jen.Code) {
	path := func() *jen.Statement { return jen.Id("p").Dot("Field").Call(jen.Lit(fl.JSONName)) }
	val := value{expr: func() *jen.Statement { return jen.Id("m").Dot(fl.Name) }, ptr: gocode.PointerField(fl.Type)}
	var checks []jen.Code
	if fl.Required {
		checks = append(checks, presence("Required", val, path, fl.Type))
	}
	values := v.valueStmts(val, path, fl.Type, &fl.Constraints, model+fl.Name, 0)
	if fl.Nullable && len(values) > 0 && !gocode.IsInterfaceType(fl.Type) {
		// JSON null (azcore.NullValue) is a value of an x-nullable field; its constraints
		// are about the other values.
		values = []jen.Code{jen.If(jen.Op("!").Qual(gocode.AzcorePkg, "IsNullValue").Call(val.expr())).Block(values...)}
	}
	checks = append(checks, values...)
	if !fl.ReadOnly {
		return checks, nil
	}
	if len(checks) == 0 {
		return nil, presence("ReadOnly", val, path, fl.Type)
	}
	return []jen.Code{jen.If(jen.Id("o").Dot("Request")).Block(presence("ReadOnly", val, path, fl.Type)).Else().Block(checks...)}, nil
}

// presence calls validation.Required or validation.ReadOnly (fn) in the form that suits
// the field's Go type: the pointer form, ...Slice, ...Map, or, for an any field, the
// pointer form with a nil *any when the field is nil.
func presence(fn string, val value, path func() *jen.Statement, t *ir.Type) jen.Code {
	call := func(name string, arg jen.Code) jen.Code {
		return jen.Qual(validationPkg, name).Call(jen.Id("errs"), path(), arg)
	}
	switch {
	case val.ptr:
		return call(fn, val.expr())
	case t.Kind == ir.KindArray || (t.Kind == ir.KindPrimitive && t.Primitive == ir.Bytes):
		return call(fn+"Slice", val.expr())
	case t.Kind == ir.KindMap || t.Kind == ir.KindModel && !t.Model.Polymorphic():
		return call(fn+"Map", val.expr())
	}
	// An any field: absent when nil.
	arg := jen.Parens(jen.Op("*").Any()).Parens(jen.Nil())
	if fn == "ReadOnly" {
		arg = jen.Op("&").Add(val.expr())
	}
	return jen.If(val.expr().Op(nilOp(fn)).Nil()).Block(jen.Qual(validationPkg, fn).Call(jen.Id("errs"), path(), arg))
}

// nilOp is the comparison with nil under which fn reports an any field.
func nilOp(fn string) string {
	if fn == "Required" {
		return "=="
	}
	return "!="
}
