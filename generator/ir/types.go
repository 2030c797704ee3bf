package ir

// Primitive is a scalar Go type chosen by a schema's type and format.
type Primitive uint8

// The primitives.
const (
	// Any is a value of no fixed schema (Go any).
	Any Primitive = iota
	String
	Int32
	Int64
	Float32
	Float64
	Bool
	// DateTime is a date-time string (Go time.Time).
	DateTime
	// Bytes is a base64 "byte" string or a binary body (Go []byte).
	Bytes
	// UnixTime is an integer of seconds since the Unix epoch, format unixtime (Go
	// time.Time, as in the Azure SDK for Go).
	UnixTime
)

// GoName returns the Go spelling of the primitive.
func (p Primitive) GoName() string {
	switch p {
	case String:
		return "string"
	case Int32:
		return "int32"
	case Int64:
		return "int64"
	case Float32:
		return "float32"
	case Float64:
		return "float64"
	case Bool:
		return "bool"
	case DateTime, UnixTime:
		return "time.Time"
	case Bytes:
		return "[]byte"
	}
	return "any"
}

// IsTime reports whether the primitive is a Go time.Time (DateTime or UnixTime).
func (p Primitive) IsTime() bool { return p == DateTime || p == UnixTime }

// Kind says which field of a Type is set.
type Kind uint8

// The type kinds.
const (
	KindPrimitive Kind = iota
	KindModel
	KindEnum
	KindArray
	KindMap
)

// Type is the type of a field, parameter or body.
type Type struct {
	Kind Kind
	// Primitive is set for KindPrimitive.
	Primitive Primitive
	// Format is the schema's format, kept for docs and validation (uuid, uri, date-time...).
	Format string
	// Model is set for KindModel.
	Model *Model
	// Enum is set for KindEnum.
	Enum *Enum
	// Elem is the element type of KindArray and the value type of KindMap.
	Elem *Type
}

// String describes the type in Go syntax, for docs and diffs.
func (t *Type) String() string {
	if t == nil {
		return ""
	}
	switch t.Kind {
	case KindModel:
		return t.Model.Name
	case KindEnum:
		return t.Enum.Name
	case KindArray:
		return "[]" + t.Elem.String()
	case KindMap:
		return "map[string]" + t.Elem.String()
	}
	return t.Primitive.GoName()
}
