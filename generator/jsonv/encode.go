package jsonv

import (
	"bytes"
	"encoding/json"
	"strings"
)

// AppendCompact appends v as compact JSON, keys in their order, numbers as written.
func AppendCompact(dst []byte, v *Value) []byte {
	return appendValue(dst, v, "", 0)
}

// Indent returns v as JSON indented by indent per level, keys in their order.
func Indent(v *Value, indent string) []byte {
	return appendValue(nil, v, indent, 0)
}

func appendValue(dst []byte, v *Value, indent string, level int) []byte {
	if v == nil {
		return append(dst, "null"...)
	}
	nl := func(dst []byte, level int) []byte {
		if indent == "" {
			return dst
		}
		dst = append(dst, '\n')
		return append(dst, strings.Repeat(indent, level)...)
	}
	switch v.Kind {
	case Null:
		return append(dst, "null"...)
	case Bool:
		if v.Bool {
			return append(dst, "true"...)
		}
		return append(dst, "false"...)
	case Number:
		return append(dst, v.Num...)
	case String:
		return AppendString(dst, v.Str)
	case Array:
		if len(v.Arr) == 0 {
			return append(dst, "[]"...)
		}
		dst = append(dst, '[')
		for i, e := range v.Arr {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = nl(dst, level+1)
			dst = appendValue(dst, e, indent, level+1)
		}
		dst = nl(dst, level)
		return append(dst, ']')
	case Object:
		if len(v.Obj) == 0 {
			return append(dst, "{}"...)
		}
		dst = append(dst, '{')
		for i, m := range v.Obj {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = nl(dst, level+1)
			dst = AppendString(dst, m.Key)
			dst = append(dst, ':')
			if indent != "" {
				dst = append(dst, ' ')
			}
			dst = appendValue(dst, m.Value, indent, level+1)
		}
		dst = nl(dst, level)
		return append(dst, '}')
	}
	return dst
}

// AppendString appends s as a JSON string literal without HTML escaping.
func AppendString(dst []byte, s string) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a Go string always encodes
	return append(dst, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
}
