// Package jsonv is an order-preserving JSON tree with source positions.
//
// The loader parses every spec and example file into a jsonv tree as well as into
// go-openapi types: the tree keeps what go-openapi drops (the order of object keys,
// the exact text of numbers, the line and column of each value), which the docs
// printers and the error messages need.
package jsonv

import (
	"strconv"
	"strings"
)

// Kind is the JSON type of a Value.
type Kind uint8

// The JSON kinds.
const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
)

// String returns the JSON name of the kind.
func (k Kind) String() string {
	switch k {
	case Null:
		return "null"
	case Bool:
		return "boolean"
	case Number:
		return "number"
	case String:
		return "string"
	case Array:
		return "array"
	case Object:
		return "object"
	}
	return "unknown"
}

// Value is one JSON value. Only the fields that belong to its Kind are set.
type Value struct {
	Kind Kind
	// Bool holds a boolean.
	Bool bool
	// Num holds a number's literal text as written in the source ("1.0", "4294967295").
	Num string
	// Str holds a decoded string.
	Str string
	// Arr holds array elements in order.
	Arr []*Value
	// Obj holds object members in source order.
	Obj []Member
	// Line and Col are the 1-based position of the value's first byte in its source.
	Line, Col int
	// index maps the keys of a large parsed object to their position in Obj, so that Get
	// on "definitions" or "paths" of a big spec is not a linear scan. It is only a hint:
	// Get checks the member it points at and falls back to scanning Obj.
	index map[string]int
}

// indexMin is the number of members from which Parse indexes an object's keys.
const indexMin = 16

// Member is one key of an object with its value.
type Member struct {
	Key   string
	Value *Value
}

// Get returns the value of key in an object, or nil when v is not an object or lacks the key.
func (v *Value) Get(key string) *Value {
	if v == nil || v.Kind != Object {
		return nil
	}
	if i, ok := v.index[key]; ok && i < len(v.Obj) && v.Obj[i].Key == key {
		return v.Obj[i].Value
	}
	for i := range v.Obj {
		if v.Obj[i].Key == key {
			return v.Obj[i].Value
		}
	}
	return nil
}

// Has reports whether the object v has key.
func (v *Value) Has(key string) bool { return v.Get(key) != nil }

// Pointer resolves an RFC 6901 JSON pointer ("" or "/a/b/0") against v.
// It returns nil when a step does not exist.
func (v *Value) Pointer(ptr string) *Value {
	if ptr == "" {
		return v
	}
	if ptr[0] != '/' {
		return nil
	}
	cur := v
	rest := ptr[1:]
	for more := true; more; {
		var raw string
		raw, rest, more = strings.Cut(rest, "/")
		tok := UnescapeToken(raw)
		switch {
		case cur == nil:
			return nil
		case cur.Kind == Object:
			cur = cur.Get(tok)
		case cur.Kind == Array:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(cur.Arr) {
				return nil
			}
			cur = cur.Arr[i]
		default:
			return nil
		}
	}
	return cur
}

// EscapeToken escapes one JSON pointer reference token ("~" and "/").
func EscapeToken(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '~':
			b.WriteString("~0")
		case '/':
			b.WriteString("~1")
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// UnescapeToken reverses EscapeToken: "~1" is "/" and "~0" is "~"; any other "~" stays.
func UnescapeToken(s string) string {
	if strings.IndexByte(s, '~') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '~' && i+1 < len(s) && (s[i+1] == '0' || s[i+1] == '1') {
			b.WriteByte("~/"[s[i+1]-'0'])
			i++
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// Clone returns a deep copy of v without positions shared with the original.
func (v *Value) Clone() *Value {
	if v == nil {
		return nil
	}
	c := *v
	if v.Arr != nil {
		c.Arr = make([]*Value, len(v.Arr))
		for i, e := range v.Arr {
			c.Arr[i] = e.Clone()
		}
	}
	if v.Obj != nil {
		c.Obj = make([]Member, len(v.Obj))
		for i, m := range v.Obj {
			c.Obj[i] = Member{Key: m.Key, Value: m.Value.Clone()}
		}
	}
	return &c
}

// StrOr returns the string of a string value, or def when v is nil or not a string.
func (v *Value) StrOr(def string) string {
	if v == nil || v.Kind != String {
		return def
	}
	return v.Str
}

// Literal returns a scalar's text: a string's contents, a number as written, true or
// false, or null. Arrays and objects return their compact JSON.
func (v *Value) Literal() string {
	switch v.Kind {
	case String:
		return v.Str
	case Number:
		return v.Num
	case Bool:
		if v.Bool {
			return "true"
		}
		return "false"
	case Null:
		return "null"
	}
	return string(AppendCompact(nil, v))
}
