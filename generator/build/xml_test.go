package build

import (
	"testing"

	"github.com/armgen/armgen/generator/ir"
)

// TestXMLNames checks the XML names the builder works out for the test server's
// xml-service.json: attributes, property and model names, wrapped and unwrapped items,
// x-ms-text, and the root and item names of bodies, per operation media type.
func TestXMLNames(t *testing.T) {
	pkg := testServerSpec(t, "xml-service.json")
	field := func(model, json string) ir.XMLField {
		t.Helper()
		m := findModel(pkg, model)
		if m == nil {
			t.Fatalf("no model %s", model)
		}
		for _, f := range m.Fields {
			if f.JSONName == json {
				return f.XML
			}
		}
		t.Fatalf("no property %s.%s", model, json)
		return ir.XMLField{}
	}
	for _, c := range []struct {
		model, prop string
		want        ir.XMLField
	}{
		{"Slideshow", "title", ir.XMLField{XML: ir.XML{Name: "title", Attribute: true}}},
		{"Slideshow", "slides", ir.XMLField{XML: ir.XML{Name: "slides"}, ItemName: "slide"}},
		{"Slide", "items", ir.XMLField{XML: ir.XML{Name: "items"}, ItemName: "item"}},
		{"AppleBarrel", "GoodApples", ir.XMLField{XML: ir.XML{Name: "GoodApples", Wrapped: true}, ItemName: "Apple"}},
		{"ListContainersResponse", "Containers", ir.XMLField{XML: ir.XML{Name: "Containers", Wrapped: true}, ItemName: "Container"}},
		{"Blobs", "BlobPrefix", ir.XMLField{XML: ir.XML{Name: "BlobPrefix"}, ItemName: "BlobPrefix"}},
		{"RootWithRefAndMeta", "RefToModel", ir.XMLField{XML: ir.XML{Name: "XMLComplexTypeWithMeta"}}},
		{"RootWithRefAndNoMeta", "RefToModel", ir.XMLField{XML: ir.XML{Name: "RefToModel"}}},
		{"ObjectWithXMsTextProperty", "content", ir.XMLField{XML: ir.XML{Name: "content", Text: true}}},
		{"ObjectWithXMsTextProperty", "language", ir.XMLField{XML: ir.XML{Name: "language", Attribute: true}}},
	} {
		if got := field(c.model, c.prop); got != c.want {
			t.Errorf("%s.%s: got %+v, want %+v", c.model, c.prop, got, c.want)
		}
	}
	for id, want := range map[string][2]*ir.XMLBody{
		"xml_putSimple":               {{Root: "slideshow"}, {}},
		"xml_getRootList":             {nil, {Root: "bananas", ItemName: "banana"}},
		"xml_putRootList":             {{Root: "bananas", ItemName: "banana"}, {}},
		"xml_putAcls":                 {{Root: "SignedIdentifiers", ItemName: "SignedIdentifier"}, {}},
		"xml_getAcls":                 {nil, {Root: "SignedIdentifiers", ItemName: "SignedIdentifier"}},
		"xml_putComplexTypeRefNoMeta": {{Root: "RootWithRefAndNoMeta"}, {}},
		"xml_jsonInput":               {nil, {}},
		"xml_jsonOutput":              {nil, nil},
	} {
		op := findOp(pkg, id)
		if op == nil {
			t.Fatalf("no operation %s", id)
		}
		for i, got := range []*ir.XMLBody{op.XMLRequest, op.XMLResponse} {
			if (got == nil) != (want[i] == nil) || (got != nil && *got != *want[i]) {
				t.Errorf("%s %s: got %+v, want %+v", id, []string{"request", "response"}[i], got, want[i])
			}
		}
	}
}
