package decode

import (
	"encoding/json"
	"strings"
)

// Ptr decodes data with one into a new value; JSON null gives nil.
func Ptr[T any](data []byte, one func([]byte) (T, error)) (*T, error) {
	if data == nil || string(data) == "null" {
		return nil, nil
	}
	v, err := one(data)
	if err != nil {
		return nil, err
	}
	return &v, nil
}

// Slice decodes a JSON array, each item with one; JSON null gives nil, [] an empty slice.
func Slice[T any](data []byte, one func([]byte) (T, error)) ([]T, error) {
	var raws []json.RawMessage
	if err := json.Unmarshal(data, &raws); err != nil {
		return nil, err
	}
	if raws == nil {
		return nil, nil
	}
	out := make([]T, len(raws))
	for i, raw := range raws {
		v, err := one(raw)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// Map decodes a JSON object, each value with one; JSON null gives nil, {} an empty map.
func Map[T any](data []byte, one func([]byte) (T, error)) (map[string]T, error) {
	var raws map[string]json.RawMessage
	if err := json.Unmarshal(data, &raws); err != nil {
		return nil, err
	}
	if raws == nil {
		return nil, nil
	}
	out := make(map[string]T, len(raws))
	for k, raw := range raws {
		v, err := one(raw)
		if err != nil {
			return nil, err
		}
		out[k] = v
	}
	return out, nil
}

// Discriminator returns the value of the string property name of the JSON object data,
// and whether the object has it. JSON null, and an object without it, give "", false.
func Discriminator(data []byte, name string) (string, bool, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(data, &obj); err != nil {
		return "", false, err
	}
	raw, ok := obj[name]
	if !ok || string(raw) == "null" {
		return "", false, nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", false, err
	}
	return s, true, nil
}

// IsNull reports whether data is the JSON literal null (or empty), around white space.
func IsNull(data []byte) bool {
	s := strings.TrimSpace(string(data))
	return s == "" || s == "null"
}
