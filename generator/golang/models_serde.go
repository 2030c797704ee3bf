package golang

import (
	"sort"
	"strconv"
	"strings"

	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/output"
)

// emitModelsSerde gives every object model the JSON methods the Azure SDK's models have:
// MarshalJSON on the value (encoding/json over the struct's tags, unless the model writes
// its discriminator or extra keys itself, see modelExtras) and UnmarshalJSON on the
// pointer, which reads the object in one pass with the runtime's serde.Reader: the model's
// readJSON, which nested models' readJSON continue without rescanning their bytes.
//
// The file is the largest the package has and its code is the same few shapes for every
// model, so it is written as gofmt's output directly rather than built with jennifer and
// formatted: that took a fifth of a whole run's time (TestSerdeFormatted checks that gofmt
// leaves every golden case's file as it is).
func emitModelsSerde(pkg *ir.Package) ([]byte, error) {
	var models, maps []*ir.Model
	for _, m := range pkg.Models {
		if gocode.IsMapModel(m) {
			maps = append(maps, m)
		} else {
			models = append(models, m)
		}
	}
	if len(models) == 0 && len(maps) == 0 {
		return nil, nil
	}
	w := &serdeWriter{imports: map[string]bool{}}
	for _, m := range models {
		if !hasOwnMarshal(m) {
			w.line("// MarshalJSON implements json.Marshaler.")
			w.line("func (m ", m.Name, ") MarshalJSON() ([]byte, error) {")
			w.line("\ttype plain ", m.Name)
			if w.membersBefore(m) {
				w.line("\tb, err := ", w.q("encoding/json", "Marshal"), "(plain(m))")
				w.line("\tif err != nil {")
				w.line("\t\treturn nil, err")
				w.line("\t}")
				w.line("\treturn ", w.s("Members"), "(b, written), nil")
			} else {
				w.line("\treturn ", w.q("encoding/json", "Marshal"), "(plain(m))")
			}
			w.line("}")
			w.line()
		}
		w.unmarshalMethods(m)
	}
	// A map model (a map definition whose values reach it) is read by a function of its
	// own, which its values' readers call.
	for _, m := range maps {
		w.line("// ", readFunc(m), " reads a JSON object as a ", m.Name, "; null gives nil.")
		w.line("func ", readFunc(m), "(r *", w.s("Reader"), ") ", m.Name, " {")
		w.line("\treturn ", m.Name, "(", w.s("Map"), "(r, ", w.elemReader(m.AdditionalProperties, "\t"), "))")
		w.line("}")
		w.line()
	}
	return w.file(pkg.Name), nil
}

// hasOwnMarshal reports whether modelExtras declares m's MarshalJSON: to write its extra
// keys flat, or its discriminator.
func hasOwnMarshal(m *ir.Model) bool {
	return m.AdditionalProperties != nil || gocode.DiscriminatorSet(m) != nil
}

// serdeWriter writes Go source laid out as gofmt lays it out, and the imports it uses.
type serdeWriter struct {
	b       strings.Builder
	imports map[string]bool
}

// line writes its parts and a newline.
func (w *serdeWriter) line(parts ...string) {
	for _, p := range parts {
		w.b.WriteString(p)
	}
	w.b.WriteByte('\n')
}

// q is name qualified with the package at path, which the file then imports.
func (w *serdeWriter) q(path, name string) string {
	w.imports[path] = true
	return path[strings.LastIndexByte(path, '/')+1:] + "." + name
}

// s is a name of the runtime's serde package.
func (w *serdeWriter) s(name string) string { return w.q(gocode.SerdePkg, name) }

// file is the whole file: armgen's header, the package clause, the imports (sorted by
// path, as gofmt sorts them; packages outside the standard library named, as jennifer
// names them) and the code.
func (w *serdeWriter) file(pkgName string) []byte {
	var out strings.Builder
	out.Grow(w.b.Len() + 256)
	out.WriteString(output.GeneratedHeader + "\n\npackage " + pkgName + "\n\n")
	paths := make([]string, 0, len(w.imports))
	for p := range w.imports {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	imp := func(p string) string {
		if strings.Contains(strings.SplitN(p, "/", 2)[0], ".") {
			return p[strings.LastIndexByte(p, '/')+1:] + " " + strconv.Quote(p)
		}
		return strconv.Quote(p)
	}
	if len(paths) == 1 {
		out.WriteString("import " + imp(paths[0]) + "\n\n")
	} else {
		out.WriteString("import (\n")
		for _, p := range paths {
			out.WriteString("\t" + imp(p) + "\n")
		}
		out.WriteString(")\n\n")
	}
	out.WriteString(strings.TrimSuffix(w.b.String(), "\n"))
	return []byte(out.String())
}

// unmarshalMethods declares m's UnmarshalJSON, readJSON, readField and readM.
func (w *serdeWriter) unmarshalMethods(m *ir.Model) {
	rd := "r *" + w.s("Reader")
	w.line("// UnmarshalJSON implements json.Unmarshaler: it reads the JSON object in one pass.")
	w.line("func (m *", m.Name, ") UnmarshalJSON(data []byte) error {")
	w.line("\tr := ", w.s("NewReader"), "(data)")
	w.line("\tm.readJSON(r)")
	w.line("\tif err := r.End(); err != nil {")
	w.line("\t\treturn ", w.q("fmt", "Errorf"), "(", strconv.Quote("unmarshalling type "+m.Name+": %w"), ", err)")
	w.line("\t}")
	w.line("\treturn nil")
	w.line("}")
	w.line()
	w.line("// readJSON reads a JSON object into m; null leaves m as it is.")
	w.line("func (m *", m.Name, ") readJSON(", rd, ") {")
	w.line("\tif !r.Object() {")
	w.line("\t\treturn")
	w.line("\t}")
	w.line("\tfor i := 0; ; i++ {")
	w.line("\t\tkey, ok := r.Key(i)")
	w.line("\t\tif !ok {")
	w.line("\t\t\treturn")
	w.line("\t\t}")
	if len(m.Fields) > 0 {
		w.line("\t\tif m.readField(r, key) {")
		w.line("\t\t\tcontinue")
		w.line("\t\t}")
	}
	switch {
	case m.AdditionalProperties != nil:
		// Declared properties match their key exactly; any other key is an extra one.
		elem := m.AdditionalProperties
		w.line("\t\tif m.AdditionalProperties == nil {")
		w.line("\t\t\tm.AdditionalProperties = map[string]", w.elemType(elem), "{}")
		w.line("\t\t}")
		w.line("\t\tm.AdditionalProperties[string(key)] = ", w.elemReader(elem, "\t\t"), "(r)")
	case len(m.Fields) > 0:
		// encoding/json's rule: a key no field's name equals matches one without case.
		keys := make([]string, len(m.Fields))
		for i, fl := range m.Fields {
			keys[i] = strconv.Quote(fl.JSONName)
		}
		w.line("\t\tif name, ok := ", w.s("Fold"), "(key, ", strings.Join(keys, ", "), "); ok {")
		w.line("\t\t\tm.readField(r, name)")
		w.line("\t\t} else {")
		w.line("\t\t\tr.Skip()")
		w.line("\t\t}")
	default:
		w.line("\t\tr.Skip()")
	}
	w.line("\t}")
	w.line("}")
	w.line()
	if len(m.Fields) > 0 {
		w.line("// readField reads the value of the field whose JSON name is key into m, or reports false.")
		w.line("func (m *", m.Name, ") readField(", rd, ", key []byte) bool {")
		w.line("\tswitch string(key) {")
		for _, fl := range m.Fields {
			w.line("\tcase ", strconv.Quote(fl.JSONName), ":")
			if fl.Nullable && !gocode.IsInterfaceType(fl.Type) {
				// JSON null of an x-nullable field is azcore.NullValue, which MarshalJSON
				// writes back as null (membersBefore).
				w.line("\t\tif r.Null() {")
				w.line("\t\t\tm.", fl.Name, " = ", w.q(gocode.AzcorePkg, "NullValue"), "[", w.elemType(fl.Type), "]()")
				w.line("\t\t} else {")
				w.line("\t\t\tm.", fl.Name, " = ", w.fieldReader(fl.Type, "\t\t\t"))
				w.line("\t\t}")
			} else {
				w.line("\t\tm.", fl.Name, " = ", w.fieldReader(fl.Type, "\t\t"))
			}
		}
		w.line("\tdefault:")
		w.line("\t\treturn false")
		w.line("\t}")
		w.line("\treturn true")
		w.line("}")
		w.line()
	}
	w.line("// ", readFunc(m), " reads a JSON object as a new ", m.Name, "; null gives nil.")
	w.line("func ", readFunc(m), "(", rd, ") *", m.Name, " {")
	w.line("\tif r.Null() {")
	w.line("\t\treturn nil")
	w.line("\t}")
	w.line("\tv := &", m.Name, "{}")
	w.line("\tv.readJSON(r)")
	w.line("\treturn v")
	w.line("}")
	w.line()
}

// readFunc names the function that reads a new *M.
func readFunc(m *ir.Model) string { return "read" + m.Name }

// fieldReader is an expression that reads a struct field's value of type t (its Go type:
// fieldType) from r; indent is the indentation of the line it starts on.
func (w *serdeWriter) fieldReader(t *ir.Type, indent string) string {
	if gocode.PointerField(t) {
		return w.elemReader(t, indent) + "(r)"
	}
	return w.valueReader(t, indent)
}

// valueReader reads a value of type t held by value (slices, maps, map models,
// interfaces, any, []byte).
func (w *serdeWriter) valueReader(t *ir.Type, indent string) string {
	switch {
	case t.Kind == ir.KindArray:
		return w.s("Slice") + "(r, " + w.elemReader(t.Elem, indent) + ")"
	case t.Kind == ir.KindMap:
		return w.s("Map") + "(r, " + w.elemReader(t.Elem, indent) + ")"
	case t.Kind == ir.KindModel && gocode.IsMapModel(t.Model):
		return readFunc(t.Model) + "(r)"
	case t.Polymorphic():
		return w.s("Decode") + "(r, Unmarshal" + t.Model.Interface + ")"
	case t.Kind == ir.KindPrimitive && t.Primitive == ir.Bytes:
		return w.s("Bytes") + "(r)"
	}
	return w.s("Any") + "(r)"
}

// elemReader is a func(*serde.Reader) E reading an element of type ElemOf(t): a pointer
// (nil for null) to a scalar, enum or model, else the value. A function literal's body is
// indented one step deeper than indent, the indentation of the line it starts on.
func (w *serdeWriter) elemReader(t *ir.Type, indent string) string {
	if t.Kind == ir.KindModel && !t.Model.Polymorphic() && !gocode.IsMapModel(t.Model) {
		return readFunc(t.Model)
	}
	var body string
	if gocode.PointerField(t) {
		if t.Kind == ir.KindPrimitive {
			if name, ok := ptrReaders[t.Primitive]; ok {
				return w.s(name)
			}
		}
		body = w.s("Ptr") + "(r, " + w.scalarReader(t) + ")"
	} else {
		body = w.valueReader(t, indent+"\t")
	}
	return "func(r *" + w.s("Reader") + ") " + w.elemType(t) + " {\n" + indent + "\treturn " + body + "\n" + indent + "}"
}

// elemType is the Go type of an element of type t (gocode.ElemOf, inside the package).
func (w *serdeWriter) elemType(t *ir.Type) string {
	if gocode.PointerField(t) {
		return "*" + w.valueType(t)
	}
	return w.valueType(t)
}

// valueType is the Go type of a value of type t held by value (gocode.ElemType).
func (w *serdeWriter) valueType(t *ir.Type) string {
	switch t.Kind {
	case ir.KindArray:
		return "[]" + w.elemType(t.Elem)
	case ir.KindMap:
		return "map[string]" + w.elemType(t.Elem)
	case ir.KindModel:
		if t.Model.Polymorphic() {
			return t.Model.Interface
		}
		return t.Model.Name
	case ir.KindEnum:
		return t.Enum.Name
	}
	if t.IsFile() {
		return w.q("io", "ReadSeekCloser")
	}
	switch t.Primitive {
	case ir.String:
		return "string"
	case ir.Int32:
		return "int32"
	case ir.Int64:
		return "int64"
	case ir.Float32:
		return "float32"
	case ir.Float64:
		return "float64"
	case ir.Bool:
		return "bool"
	case ir.DateTime, ir.UnixTime:
		return w.q("time", "Time")
	case ir.Bytes:
		return "[]byte"
	}
	return "any"
}

// ptrReaders are the runtime's readers of a pointer to a scalar (nil for null).
var ptrReaders = map[ir.Primitive]string{
	ir.String: "StringPtr", ir.Int32: "Int32Ptr", ir.Int64: "Int64Ptr", ir.Float32: "Float32Ptr",
	ir.Float64: "Float64Ptr", ir.Bool: "BoolPtr", ir.DateTime: "TimePtr", ir.UnixTime: "UnixTimePtr",
}

// scalarReaders are the runtime's generic readers of an enum of each base type.
var scalarReaders = map[ir.Primitive]string{
	ir.String: "String", ir.Int32: "Int32", ir.Int64: "Int64", ir.Float32: "Float32", ir.Float64: "Float64", ir.Bool: "Bool",
}

// scalarReader is a func(*serde.Reader) T reading a scalar or enum of type t.
func (w *serdeWriter) scalarReader(t *ir.Type) string {
	base := t.Primitive
	if t.Kind == ir.KindEnum {
		base = t.Enum.Base
		if name := scalarReaders[base]; name != "" {
			return w.s(name) + "[" + t.Enum.Name + "]"
		}
	}
	switch base {
	case ir.DateTime:
		return w.s("Time")
	case ir.UnixTime:
		return w.s("UnixTime")
	}
	if name := scalarReaders[base]; name != "" {
		return "(*" + w.s("Reader") + ")." + name
	}
	return w.s("Any")
}

// membersBefore writes the statements of a MarshalJSON (receiver m, a copy) that move the
// fields encoding/json cannot write (handWritten: x-nullable fields holding
// azcore.NullValue, unixtime fields) out of the struct into "written", the members
// serde.Members adds to encoding/json's encoding of the rest, and reports whether m has
// any (the jennifer form, for the models that write their own MarshalJSON, is in
// models_members.go).
func (w *serdeWriter) membersBefore(m *ir.Model) bool {
	fields := handWritten(m)
	if len(fields) == 0 {
		return false
	}
	w.line("\tvar written []byte")
	for _, fl := range fields {
		field := "m." + fl.Name
		write := ""
		switch t := fl.Type; {
		case t.Kind == ir.KindPrimitive && t.Primitive == ir.UnixTime:
			write = "written = " + w.s("AppendUnixTime") + "(written, " + strconv.Quote(fl.JSONName) + ", *" + field + ")"
		case t.Kind == ir.KindArray && t.Elem.Kind == ir.KindPrimitive && t.Elem.Primitive == ir.UnixTime:
			write = "written = " + w.s("AppendUnixTimes") + "(written, " + strconv.Quote(fl.JSONName) + ", " + field + ")"
		case t.Kind == ir.KindMap && t.Elem.Kind == ir.KindPrimitive && t.Elem.Primitive == ir.UnixTime:
			write = "written = " + w.s("AppendUnixTimeMap") + "(written, " + strconv.Quote(fl.JSONName) + ", " + field + ")"
		}
		null := func() {
			w.line("\t\twritten = ", w.s("AppendNull"), "(written, ", strconv.Quote(fl.JSONName), ")")
			w.line("\t\t", field, " = nil")
		}
		// Only a nullable field names azcore: the file imports it only then.
		isNull := func() string { return w.q(gocode.AzcorePkg, "IsNullValue") + "(" + field + ")" }
		switch {
		case fl.Nullable && write != "":
			w.line("\tif ", isNull(), " {")
			null()
			w.line("\t} else if ", field, " != nil {")
			w.line("\t\t", write)
			w.line("\t\t", field, " = nil")
			w.line("\t}")
		case fl.Nullable:
			w.line("\tif ", isNull(), " {")
			null()
			w.line("\t}")
		default:
			w.line("\tif ", field, " != nil {")
			w.line("\t\t", write)
			w.line("\t\t", field, " = nil")
			w.line("\t}")
		}
	}
	return true
}
