package golang

import (
	"sort"

	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/golang/view"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// emitModelsXML gives every model of a package with XML operations MarshalXML and
// UnmarshalXML methods that spell it as the spec's "xml" objects say: element and attribute
// names, wrapped and unwrapped arrays, x-ms-text, base64 bytes. It returns nil for a
// package without XML, whose models stay JSON-only.
func emitModelsXML(pkg *ir.Package) (*jen.File, error) {
	if !view.HasXML(pkg) {
		return nil, nil
	}
	f := gocode.NewFile(pkg)
	stringMaps := false
	for _, m := range pkg.Models {
		if gocode.IsMapModel(m) {
			mapModelXML(f, m.Name, m.AdditionalProperties)
			continue
		}
		structModelXML(f, m)
		for _, fl := range m.Fields {
			stringMaps = stringMaps || xmlKind(fl) == xmlStringMap
		}
	}
	if stringMaps {
		// Inline maps of strings (the SDK's map[string]*string, as Blob.Metadata) are read
		// and written through this one type.
		f.Comment(xmlStringMapType + " carries a map[string]*string field as one child element per key.")
		f.Type().Id(xmlStringMapType).Map(jen.String()).Op("*").String()
		f.Line()
		mapModelXML(f, xmlStringMapType, &ir.Type{Kind: ir.KindPrimitive, Primitive: ir.String})
	}
	return f, nil
}

// xmlStringMapType names the helper type of inline string maps in the auxiliary structs.
const xmlStringMapType = "xmlStringMap"

// xmlFieldKind says how a field is carried in the auxiliary struct that encoding/xml sees.
type xmlFieldKind int

const (
	xmlSame      xmlFieldKind = iota // the field's own type
	xmlWrapped                       // a wrapped array: a pointer to a struct holding the items
	xmlBytes                         // []byte as base64 text
	xmlText                          // x-ms-text: character data
	xmlStringMap                     // map[string]*string: one child element per key
	xmlSkip                          // not representable: left out of the XML
)

// xmlKind classifies field fl.
func xmlKind(fl *ir.Field) xmlFieldKind {
	t := fl.Type
	switch {
	case fl.XML.Text:
		if t.Kind == ir.KindPrimitive && t.Primitive == ir.String {
			return xmlText
		}
		return xmlSkip
	case t.Kind == ir.KindMap && !fl.XML.Attribute && t.Elem != nil && t.Elem.Kind == ir.KindPrimitive && t.Elem.Primitive == ir.String:
		return xmlStringMap
	case t.Kind == ir.KindPrimitive && t.Primitive == ir.Any, t.Kind == ir.KindMap:
		return xmlSkip
	case t.Kind == ir.KindPrimitive && t.Primitive == ir.Bytes:
		return xmlBytes
	case t.Kind == ir.KindArray:
		if e := t.Elem; e.Kind == ir.KindArray || e.Kind == ir.KindMap || (e.Kind == ir.KindPrimitive && (e.Primitive == ir.Any || e.Primitive == ir.Bytes)) || fl.XML.Attribute {
			return xmlSkip
		}
		if fl.XML.Wrapped {
			return xmlWrapped
		}
	case fl.XML.Attribute && t.Kind == ir.KindModel:
		return xmlSkip
	}
	return xmlSame
}

// xmlName is a tag's name, with the namespace URI first when there is one.
func xmlName(x ir.XML, name string) string {
	if x.Namespace != "" {
		return x.Namespace + " " + name
	}
	return name
}

// structModelXML writes MarshalXML and UnmarshalXML for a struct model through a local
// auxiliary struct whose tags say the XML names.
func structModelXML(f *jen.File, m *ir.Model) {
	fields := append([]*ir.Field(nil), m.Fields...)
	// Attributes and text first, then elements in the spec's (sorted) order.
	sort.SliceStable(fields, func(i, j int) bool {
		return fields[i].XML.Attribute && !fields[j].XML.Attribute
	})
	wrapName := func(fl *ir.Field) string { return "xmlWrap" + fl.Name }
	aux := func(g *jen.Group) {
		for _, fl := range fields {
			if xmlKind(fl) != xmlWrapped {
				continue
			}
			g.Type().Id(wrapName(fl)).Struct(
				jen.Id("Items").Add(gocode.ElemType(fl.Type, "")).Tag(map[string]string{"xml": fl.XML.ItemName}),
			)
		}
		g.Type().Id("xmlAux").StructFunc(func(g *jen.Group) {
			for _, fl := range fields {
				var typ jen.Code
				tag := xmlName(fl.XML.XML, fl.XML.Name)
				switch xmlKind(fl) {
				case xmlSkip:
					continue
				case xmlText:
					typ, tag = jen.String(), ",chardata"
				case xmlBytes:
					typ = jen.Op("*").String()
				case xmlWrapped:
					typ = jen.Op("*").Id(wrapName(fl))
				case xmlStringMap:
					typ, tag = jen.Id(xmlStringMapType), tag+",omitempty"
				default:
					typ = fieldType(fl.Type)
					if fl.Type.Kind == ir.KindArray {
						tag = xmlName(fl.XML.XML, fl.XML.ItemName)
					}
				}
				if fl.XML.Attribute {
					tag += ",attr,omitempty"
				}
				g.Id(fl.Name).Add(typ).Tag(map[string]string{"xml": tag})
			}
		})
	}

	f.Comment("MarshalXML writes " + m.Name + " as the spec's XML: attributes, element names and wrapped lists.")
	f.Func().Params(jen.Id("m").Id(m.Name)).Id("MarshalXML").Params(jen.Id("e").Op("*").Qual("encoding/xml", "Encoder"), jen.Id("start").Qual("encoding/xml", "StartElement")).Error().BlockFunc(func(g *jen.Group) {
		aux(g)
		g.Var().Id("a").Id("xmlAux")
		for _, fl := range fields {
			src, dst := jen.Id("m").Dot(fl.Name), jen.Id("a").Dot(fl.Name)
			switch xmlKind(fl) {
			case xmlSkip:
			case xmlText:
				g.If(src.Clone().Op("!=").Nil()).Block(dst.Clone().Op("=").Op("*").Add(src.Clone()))
			case xmlBytes:
				g.If(src.Clone().Op("!=").Nil()).Block(
					jen.Id("s").Op(":=").Qual("encoding/base64", "StdEncoding").Dot("EncodeToString").Call(src.Clone()),
					dst.Clone().Op("=").Op("&").Id("s"),
				)
			case xmlWrapped:
				g.If(src.Clone().Op("!=").Nil()).Block(dst.Clone().Op("=").Op("&").Id(wrapName(fl)).Values(jen.Id("Items").Op(":").Add(src.Clone())))
			default:
				g.Add(dst).Op("=").Add(src)
			}
		}
		g.Return(jen.Id("e").Dot("EncodeElement").Call(jen.Id("a"), jen.Id("start")))
	})
	f.Line()

	f.Comment("UnmarshalXML reads " + m.Name + " from the spec's XML. An empty wrapped list is an empty, non-nil slice.")
	f.Func().Params(jen.Id("m").Op("*").Id(m.Name)).Id("UnmarshalXML").Params(jen.Id("d").Op("*").Qual("encoding/xml", "Decoder"), jen.Id("start").Qual("encoding/xml", "StartElement")).Error().BlockFunc(func(g *jen.Group) {
		aux(g)
		g.Var().Id("a").Id("xmlAux")
		g.If(jen.Err().Op(":=").Id("d").Dot("DecodeElement").Call(jen.Op("&").Id("a"), jen.Op("&").Id("start")), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err()))
		for _, fl := range fields {
			src, dst := jen.Id("a").Dot(fl.Name), jen.Id("m").Dot(fl.Name)
			switch xmlKind(fl) {
			case xmlSkip:
			case xmlText:
				g.If(src.Clone().Op("!=").Lit("")).Block(
					jen.Id("s").Op(":=").Add(src.Clone()),
					dst.Clone().Op("=").Op("&").Id("s"),
				)
			case xmlBytes:
				g.If(src.Clone().Op("!=").Nil()).Block(
					jen.List(jen.Id("b"), jen.Err()).Op(":=").Qual("encoding/base64", "StdEncoding").Dot("DecodeString").Call(jen.Op("*").Add(src.Clone())),
					jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
					dst.Clone().Op("=").Id("b"),
				)
			case xmlWrapped:
				g.If(src.Clone().Op("!=").Nil()).Block(
					dst.Clone().Op("=").Add(src.Clone()).Dot("Items"),
					jen.If(dst.Clone().Op("==").Nil()).Block(dst.Clone().Op("=").Add(gocode.ElemType(fl.Type, "")).Values()),
				)
			default:
				g.Add(dst).Op("=").Add(src)
			}
		}
		g.Return(jen.Nil())
	})
	f.Line()
}

// mapModelXML writes MarshalXML and UnmarshalXML for a map model: each key is a child
// element's name and its value the element's text (keys sorted when writing).
func mapModelXML(f *jen.File, name string, vt *ir.Type) {
	if vt == nil || vt.Kind != ir.KindPrimitive || vt.Primitive != ir.String {
		return
	}
	f.Comment("MarshalXML writes " + name + " as one child element per key, in key order.")
	f.Func().Params(jen.Id("m").Id(name)).Id("MarshalXML").Params(jen.Id("e").Op("*").Qual("encoding/xml", "Encoder"), jen.Id("start").Qual("encoding/xml", "StartElement")).Error().Block(
		jen.Id("keys").Op(":=").Make(jen.Index().String(), jen.Lit(0), jen.Len(jen.Id("m"))),
		jen.For(jen.Id("k").Op(":=").Range().Id("m")).Block(jen.Id("keys").Op("=").Append(jen.Id("keys"), jen.Id("k"))),
		jen.Qual("sort", "Strings").Call(jen.Id("keys")),
		jen.If(jen.Err().Op(":=").Id("e").Dot("EncodeToken").Call(jen.Id("start")), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
		jen.For(jen.List(jen.Id("_"), jen.Id("k")).Op(":=").Range().Id("keys")).Block(
			jen.If(jen.Err().Op(":=").Id("e").Dot("EncodeElement").Call(jen.Id("m").Index(jen.Id("k")), jen.Qual("encoding/xml", "StartElement").Values(jen.Id("Name").Op(":").Qual("encoding/xml", "Name").Values(jen.Id("Local").Op(":").Id("k")))), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
		),
		jen.Return(jen.Id("e").Dot("EncodeToken").Call(jen.Id("start").Dot("End").Call())),
	)
	f.Line()
	f.Comment("UnmarshalXML reads " + name + " from child elements: name to text.")
	f.Func().Params(jen.Id("m").Op("*").Id(name)).Id("UnmarshalXML").Params(jen.Id("d").Op("*").Qual("encoding/xml", "Decoder"), jen.Id("start").Qual("encoding/xml", "StartElement")).Error().Block(
		jen.Id("out").Op(":=").Id(name).Values(),
		jen.For().Block(
			jen.List(jen.Id("tok"), jen.Err()).Op(":=").Id("d").Dot("Token").Call(),
			jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
			jen.Switch(jen.Id("t").Op(":=").Id("tok").Assert(jen.Type())).Block(
				jen.Case(jen.Qual("encoding/xml", "StartElement")).Block(
					jen.Var().Id("v").String(),
					jen.If(jen.Err().Op(":=").Id("d").Dot("DecodeElement").Call(jen.Op("&").Id("v"), jen.Op("&").Id("t")), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
					jen.Id("out").Index(jen.Id("t").Dot("Name").Dot("Local")).Op("=").Op("&").Id("v"),
				),
				jen.Case(jen.Qual("encoding/xml", "EndElement")).Block(
					jen.Op("*").Id("m").Op("=").Id("out"),
					jen.Return(jen.Nil()),
				),
			),
		),
	)
	f.Line()
}
