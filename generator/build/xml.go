package build

import (
	"strings"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/load"
)

// readXML reads the "xml" object of the schema at file#ptr (not following $ref).
func readXML(f *load.File, ptr string) ir.XML {
	var x ir.XML
	node := f.Tree.Pointer(ptr + "/xml")
	if node == nil || node.Kind != jsonv.Object {
		return x
	}
	x.Name = node.Get("name").StrOr("")
	x.Namespace = node.Get("namespace").StrOr("")
	x.Prefix = node.Get("prefix").StrOr("")
	is := func(key string) bool {
		v := node.Get(key)
		return v != nil && v.Kind == jsonv.Bool && v.Bool
	}
	x.Attribute, x.Wrapped, x.Text = is("attribute"), is("wrapped"), is("x-ms-text")
	return x
}

// refTarget follows the $ref of the schema at file#ptr, if it has one, and returns where
// the schema it names lives and whether it is a definition.
func (b *builder) refTarget(f *load.File, ptr string) (*load.File, string, bool) {
	r := f.Tree.Pointer(ptr + "/$ref")
	if r == nil || r.Kind != jsonv.String {
		return f, ptr, false
	}
	tf, tptr, _, err := b.doc.Resolve(f, r.Str)
	if err != nil {
		return f, ptr, false
	}
	return tf, tptr, true
}

// xmlTypeName is the element name the schema at file#ptr gives itself: its own xml name,
// or that of the definition it refers to, or (withDef) that definition's name.
func (b *builder) xmlTypeName(f *load.File, ptr string, withDef bool) string {
	if n := readXML(f, ptr).Name; n != "" {
		return n
	}
	tf, tptr, ok := b.refTarget(f, ptr)
	if !ok {
		return ""
	}
	if n := readXML(tf, tptr).Name; n != "" {
		return n
	}
	if withDef && strings.HasPrefix(tptr, "/definitions/") {
		return defName(tptr)
	}
	return ""
}

// fieldXML sets how property fl (at file#pptr) travels as XML. An element is named by the
// property's xml name, else by the xml name of the model it refers to, else by the property.
// Items of an array are named by the items' xml name, else their model's; unwrapped items
// fall back to the property's element name, wrapped ones to the items' definition name.
func (b *builder) fieldXML(f *load.File, pptr string, fl *ir.Field) {
	fl.XML.XML = readXML(f, pptr)
	if fl.XML.Name == "" {
		fl.XML.Name = b.xmlTypeName(f, pptr, false)
	}
	if fl.XML.Name == "" {
		fl.XML.Name = fl.JSONName
	}
	af, aptr, _ := b.refTarget(f, pptr)
	if af.Tree.Pointer(aptr+"/items") == nil {
		return
	}
	if !fl.XML.Wrapped {
		fl.XML.Wrapped = readXML(af, aptr).Wrapped
	}
	fl.XML.ItemName = b.xmlTypeName(af, aptr+"/items", fl.XML.Wrapped)
	if fl.XML.ItemName == "" {
		fl.XML.ItemName = fl.XML.Name
	}
}

// mediaTypes is an operation's consumes or produces, else the spec's.
func mediaTypes(f *load.File, node *jsonv.Value, key string) []string {
	list := node.Get(key)
	if list == nil {
		list = f.Tree.Get(key)
	}
	var out []string
	if list != nil && list.Kind == jsonv.Array {
		for _, v := range list.Arr {
			out = append(out, strings.ToLower(v.StrOr("")))
		}
	}
	return out
}

// isXMLOnly reports whether media types name XML and no JSON: such bodies travel as XML.
func isXMLOnly(types []string) bool {
	xml := false
	for _, t := range types {
		switch {
		case strings.Contains(t, "json"):
			return false
		case strings.HasSuffix(t, "/xml"), strings.HasSuffix(t, "+xml"):
			xml = true
		}
	}
	return xml
}

// xmlBody is how the schema at file#ptr travels as an XML body: the root element is its xml
// name, else its definition's xml name or name, else fallback; an array's items are named
// as wrapped items are.
func (b *builder) xmlBody(f *load.File, ptr, fallback string) *ir.XMLBody {
	x := &ir.XMLBody{Root: b.xmlTypeName(f, ptr, true)}
	if x.Root == "" {
		x.Root = fallback
	}
	af, aptr, _ := b.refTarget(f, ptr)
	if af.Tree.Pointer(aptr+"/items") != nil {
		x.ItemName = b.xmlTypeName(af, aptr+"/items", true)
		if x.ItemName == "" {
			x.ItemName = x.Root
		}
	}
	return x
}

// operationXML marks an operation whose consumes (with a body) or produces are XML and
// works out the root and item element names of its bodies.
func (b *builder) operationXML(f *load.File, optr string, node *jsonv.Value, op *ir.Operation) {
	if op.Body != nil && isXMLOnly(mediaTypes(f, node, "consumes")) {
		bf := b.doc.File(op.Body.Source.File)
		if bf != nil {
			op.XMLRequest = b.xmlBody(bf, op.Body.Source.Pointer+"/schema", op.Body.Name)
		}
	}
	if !isXMLOnly(mediaTypes(f, node, "produces")) {
		return
	}
	op.XMLResponse = &ir.XMLBody{}
	rs := node.Get("responses")
	if rs == nil || rs.Kind != jsonv.Object {
		return
	}
	for _, m := range rs.Obj {
		if m.Key == "default" || strings.HasPrefix(m.Key, "4") || strings.HasPrefix(m.Key, "5") {
			continue
		}
		rptr := optr + "/responses/" + jsonv.EscapeToken(m.Key)
		rf, rp, _ := b.refTarget(f, rptr)
		if rf.Tree.Pointer(rp+"/schema") != nil {
			op.XMLResponse = b.xmlBody(rf, rp+"/schema", "")
			return
		}
	}
}
