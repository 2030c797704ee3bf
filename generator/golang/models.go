package golang

import (
	"strings"

	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// emitModels writes a struct per object model (a map type for a model that is only
// additionalProperties). Fields are pointers with omitempty so that absent and zero differ.
func emitModels(pkg *ir.Package) (*jen.File, error) {
	if len(pkg.Models) == 0 {
		return nil, nil
	}
	f := gocode.NewFile(pkg)
	for _, m := range pkg.Models {
		f.Add(modelDecl(m))
		f.Line()
		if m.AdditionalProperties != nil && !gocode.IsMapModel(m) {
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
		lines := gocode.DocFor(m.Name, m.Doc, "a model of "+m.Source.String()+".")
		gocode.Comment(g, lines...)
		if gocode.IsMapModel(m) {
			g.Type().Id(m.Name).Map(jen.String()).Add(gocode.ElemOf(m.AdditionalProperties, ""))
			return
		}
		g.Type().Id(m.Name).StructFunc(func(s *jen.Group) {
			for i, fl := range m.Fields {
				if i > 0 {
					s.Line()
				}
				gocode.Comment(s, fieldDoc(fl)...)
				s.Id(fl.Name).Add(fieldType(fl.Type)).Tag(map[string]string{"json": fl.JSONName + omitOption(fl.Type)})
			}
			if m.AdditionalProperties != nil {
				if len(m.Fields) > 0 {
					s.Line()
				}
				gocode.Comment(s, "AdditionalProperties holds the object's keys that are not declared properties.")
				s.Id("AdditionalProperties").Map(jen.String()).Add(gocode.ElemOf(m.AdditionalProperties, "")).Tag(map[string]string{"json": "-"})
			}
		})
	})
}

// omitOption keeps an empty but present slice or map on the wire ("[]" and "{}" stay as
// they were sent): omitzero drops only nil, where omitempty would drop both.
func omitOption(t *ir.Type) string {
	switch {
	case t.Kind == ir.KindArray, t.Kind == ir.KindMap, t.Kind == ir.KindModel && gocode.IsMapModel(t.Model):
		return ",omitzero"
	case t.Kind == ir.KindPrimitive && (t.Primitive == ir.Bytes || t.Primitive == ir.Any):
		return ",omitzero"
	}
	return ",omitempty"
}

// fieldDoc states required and readOnly before the description.
func fieldDoc(fl *ir.Field) []string {
	lines := gocode.DocLines(fl.Doc)
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
// map models, []byte and any as they are (see PointerField).
func fieldType(t *ir.Type) jen.Code {
	if gocode.PointerField(t) {
		return jen.Op("*").Add(gocode.ElemType(t, ""))
	}
	return gocode.ElemType(t, "")
}
