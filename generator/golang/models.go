package golang

import (
	"strings"

	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// emitModels writes a struct per object model (a map type for a model that is only
// additionalProperties). Fields are pointers with omitempty so that absent and zero differ.
func emitModels(pkg *ir.Package) (*jen.File, error) {
	if len(pkg.Models) == 0 {
		return nil, nil
	}
	f := newFile(pkg)
	for _, m := range pkg.Models {
		f.Add(modelDecl(m))
		f.Line()
		if m.AdditionalProperties != nil && !isMapModel(m) {
			f.Add(extraKeysMethods(m))
			f.Line()
		}
		if c := modelExtras(m); c != nil {
			f.Add(c)
			f.Line()
		}
	}
	return f, nil
}

func modelDecl(m *ir.Model) jen.Code {
	return jen.CustomFunc(jen.Options{Multi: true}, func(g *jen.Group) {
		lines := docFor(m.Name, m.Doc, "a model of "+m.Source.String()+".")
		comment(g, lines...)
		if isMapModel(m) {
			g.Type().Id(m.Name).Map(jen.String()).Add(elemType(m.AdditionalProperties))
			return
		}
		g.Type().Id(m.Name).StructFunc(func(s *jen.Group) {
			for i, fl := range m.Fields {
				if i > 0 {
					s.Line()
				}
				comment(s, fieldDoc(fl)...)
				s.Id(fl.Name).Add(fieldType(fl.Type)).Tag(map[string]string{"json": fl.JSONName + omitOption(fl.Type)})
			}
			if m.AdditionalProperties != nil {
				if len(m.Fields) > 0 {
					s.Line()
				}
				comment(s, "AdditionalProperties holds the object's keys that are not declared properties.")
				s.Id("AdditionalProperties").Map(jen.String()).Add(elemType(m.AdditionalProperties)).Tag(map[string]string{"json": "-"})
			}
		})
	})
}

// omitOption keeps an empty but present slice or map on the wire ("[]" and "{}" stay as
// they were sent): omitzero drops only nil, where omitempty would drop both.
func omitOption(t *ir.Type) string {
	switch {
	case t.Kind == ir.KindArray, t.Kind == ir.KindMap, t.Kind == ir.KindModel && isMapModel(t.Model):
		return ",omitzero"
	case t.Kind == ir.KindPrimitive && (t.Primitive == ir.Bytes || t.Primitive == ir.Any):
		return ",omitzero"
	}
	return ",omitempty"
}

// isMapModel reports whether a model is emitted as a named map type.
func isMapModel(m *ir.Model) bool {
	return len(m.Fields) == 0 && m.AdditionalProperties != nil
}

// fieldDoc states required and readOnly before the description.
func fieldDoc(fl *ir.Field) []string {
	lines := docLines(fl.Doc)
	var tags []string
	if fl.Required {
		tags = append(tags, "REQUIRED")
	}
	if fl.ReadOnly {
		tags = append(tags, "READ-ONLY")
	}
	prefix := fl.Name + " - "
	if len(tags) > 0 {
		prefix += strings.Join(tags, "; ") + "; "
	}
	if len(lines) == 0 {
		lines = []string{"the \"" + fl.JSONName + "\" property."}
	}
	lines[0] = prefix + lines[0]
	return lines
}

// fieldType is a field's Go type: scalars, enums and structs by pointer; slices, maps,
// map models, []byte and any as they are (see pointerField).
func fieldType(t *ir.Type) jen.Code {
	if pointerField(t) {
		return jen.Op("*").Add(elemType(t))
	}
	return elemType(t)
}

// elemType is the type of an array element or map value: values, not pointers.
func elemType(t *ir.Type) jen.Code { return ElemType(t, "") }

// ElemType is the Go type the generated package gives a value of t where it holds it by
// value (a slice element, a map value, a method argument). The package's own types are
// qualified with importPath, or left unqualified when importPath is "" (inside the
// package).
func ElemType(t *ir.Type, importPath string) *jen.Statement {
	switch t.Kind {
	case ir.KindArray:
		return jen.Index().Add(ElemType(t.Elem, importPath))
	case ir.KindMap:
		return jen.Map(jen.String()).Add(ElemType(t.Elem, importPath))
	case ir.KindModel:
		if t.Model.Polymorphic() {
			return typeName(t.Model.Interface, importPath)
		}
		return typeName(t.Model.Name, importPath)
	case ir.KindEnum:
		return typeName(t.Enum.Name, importPath)
	}
	if t.IsFile() {
		return jen.Qual("io", "ReadSeekCloser")
	}
	return jen.Add(primitive(t.Primitive))
}

// typeName is a type of the generated package, qualified with importPath unless it is "".
func typeName(name, importPath string) *jen.Statement {
	if importPath == "" {
		return jen.Id(name)
	}
	return jen.Qual(importPath, name)
}

// primitive is the Go type of a primitive.
func primitive(p ir.Primitive) jen.Code {
	switch p {
	case ir.String:
		return jen.String()
	case ir.Int32:
		return jen.Int32()
	case ir.Int64:
		return jen.Int64()
	case ir.Float32:
		return jen.Float32()
	case ir.Float64:
		return jen.Float64()
	case ir.Bool:
		return jen.Bool()
	case ir.DateTime:
		return jen.Qual("time", "Time")
	case ir.Bytes:
		return jen.Index().Byte()
	}
	return jen.Any()
}
