package diff

import "github.com/armgen/armgen/generator/ir"

// typeDiffKind says how two types at the same place differ.
type typeDiffKind int

const (
	// diffType: another JSON type (string to object, array to string...).
	diffType typeDiffKind = iota
	// diffFormat: the same JSON type with another format (int32 to int64, uuid to none).
	diffFormat
	// diffToEnum: a plain value became an enum.
	diffToEnum
	// diffFromEnum: an enum became a plain value.
	diffFromEnum
)

// typeDiff is one difference between two types, at suffix ("", "[]", "{}[]"...) below the
// place both types describe.
type typeDiff struct {
	kind     typeDiffKind
	suffix   string
	old, new string
	// widens is +1 when a number format widens (int32 to int64, float to double), -1 when
	// it narrows, 0 otherwise.
	widens int
	// enum is the enum of diffToEnum and diffFromEnum.
	enum *ir.Enum
}

// typeDiffs compares two types by JSON shape. Models and enums on both sides are equal
// here: their contents are compared as pairs.
func typeDiffs(a, b *ir.Type, suffix string) []typeDiff {
	if a == nil || b == nil {
		if a == b {
			return nil
		}
		return []typeDiff{{kind: diffType, suffix: suffix, old: wireType(a), new: wireType(b)}}
	}
	ka, kb := shapeOf(a), shapeOf(b)
	switch {
	case ka == shapeArray && kb == shapeArray:
		return typeDiffs(a.Elem, b.Elem, suffix+"[]")
	case ka == shapeMap && kb == shapeMap:
		return typeDiffs(mapElem(a), mapElem(b), suffix+"{}")
	case ka == kb && (ka == shapeModel || ka == shapeEnum):
		return nil
	case ka == shapePrimitive && kb == shapePrimitive:
		ja, fa := jsonType(a)
		jb, fb := jsonType(b)
		switch {
		case ja == jb && fa == fb:
			return nil
		case ja == jb:
			return []typeDiff{{kind: diffFormat, suffix: suffix, old: wireType(a), new: wireType(b), widens: widening(a.Primitive, b.Primitive)}}
		}
	case ka == shapePrimitive && kb == shapeEnum:
		if j, _ := jsonType(a); j == enumJSONType(b.Enum) {
			return []typeDiff{{kind: diffToEnum, suffix: suffix, old: wireType(a), new: wireType(b), enum: b.Enum}}
		}
	case ka == shapeEnum && kb == shapePrimitive:
		if j, _ := jsonType(b); j == enumJSONType(a.Enum) {
			return []typeDiff{{kind: diffFromEnum, suffix: suffix, old: wireType(a), new: wireType(b), enum: a.Enum}}
		}
	}
	return []typeDiff{{kind: diffType, suffix: suffix, old: wireType(a), new: wireType(b)}}
}

// widening compares number formats.
func widening(a, b ir.Primitive) int {
	switch {
	case a == ir.Int32 && b == ir.Int64, a == ir.Float32 && b == ir.Float64:
		return 1
	case a == ir.Int64 && b == ir.Int32, a == ir.Float64 && b == ir.Float32:
		return -1
	}
	return 0
}

// jsonType returns a primitive's JSON type and its normalised format: integers are int32
// or int64, numbers float or double, strings keep the spec's format.
func jsonType(t *ir.Type) (string, string) {
	switch t.Primitive {
	case ir.String, ir.DateTime, ir.Bytes:
		return "string", t.Format
	case ir.Int32:
		return "integer", "int32"
	case ir.Int64:
		return "integer", "int64"
	case ir.UnixTime:
		return "integer", "unixtime"
	case ir.Float32:
		return "number", "float"
	case ir.Float64:
		return "number", "double"
	case ir.Bool:
		return "boolean", ""
	}
	return "any", ""
}

func enumJSONType(e *ir.Enum) string {
	j, _ := jsonType(&ir.Type{Primitive: e.Base})
	return j
}

// wireType describes a type as JSON, for Old and New.
func wireType(t *ir.Type) string {
	if t == nil {
		return "none"
	}
	switch shapeOf(t) {
	case shapeModel:
		return "object"
	case shapeEnum:
		return enumJSONType(t.Enum) + " enum"
	case shapeArray:
		return "array of " + wireType(t.Elem)
	case shapeMap:
		return "map of " + wireType(mapElem(t))
	}
	j, f := jsonType(t)
	if f != "" {
		return j + " (" + f + ")"
	}
	return j
}
