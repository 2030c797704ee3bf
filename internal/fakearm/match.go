package fakearm

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
)

// DiffJSON compares two JSON documents semantically (object key order and number spelling
// do not matter, and a member whose value is null counts as absent, as for ARM's optional
// properties) and lists every difference by path. Empty input is JSON null.
func DiffJSON(want, have []byte) []string {
	var w, h any
	if err := decode(want, &w); err != nil {
		return []string{"want: " + err.Error()}
	}
	if err := decode(have, &h); err != nil {
		return []string{"have: " + err.Error()}
	}
	return diff("$", w, h)
}

func decode(data []byte, v *any) error {
	if len(bytes.TrimSpace(data)) == 0 {
		*v = nil
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("invalid JSON: %w", err)
	}
	*v = normalize(*v)
	return nil
}

// normalize turns json.Number into float64 so that 1, 1.0 and 1e0 compare equal, and drops
// null members of objects.
func normalize(v any) any {
	switch t := v.(type) {
	case json.Number:
		f, err := t.Float64()
		if err != nil {
			return t.String()
		}
		return f
	case map[string]any:
		for k, e := range t {
			if e == nil {
				delete(t, k)
				continue
			}
			t[k] = normalize(e)
		}
	case []any:
		for i, e := range t {
			t[i] = normalize(e)
		}
	}
	return v
}

func diff(path string, want, have any) []string {
	switch w := want.(type) {
	case map[string]any:
		h, ok := have.(map[string]any)
		if !ok {
			return []string{fmt.Sprintf("%s: want an object, got %s", path, short(have))}
		}
		keys := make([]string, 0, len(w)+len(h))
		for k := range w {
			keys = append(keys, k)
		}
		for k := range h {
			if _, ok := w[k]; !ok {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		var out []string
		for _, k := range keys {
			wv, inW := w[k]
			hv, inH := h[k]
			switch {
			case !inH:
				out = append(out, fmt.Sprintf("%s.%s: missing (want %s)", path, k, short(wv)))
			case !inW:
				out = append(out, fmt.Sprintf("%s.%s: unexpected %s", path, k, short(hv)))
			default:
				out = append(out, diff(path+"."+k, wv, hv)...)
			}
		}
		return out
	case []any:
		h, ok := have.([]any)
		if !ok || len(h) != len(w) {
			return []string{fmt.Sprintf("%s: want %d elements, got %s", path, len(w), short(have))}
		}
		var out []string
		for i := range w {
			out = append(out, diff(fmt.Sprintf("%s[%d]", path, i), w[i], h[i])...)
		}
		return out
	}
	if !reflect.DeepEqual(want, have) {
		return []string{fmt.Sprintf("%s: want %s, got %s", path, short(want), short(have))}
	}
	return nil
}

// short renders a value for a message, cut to a readable length.
func short(v any) string {
	b, _ := json.Marshal(v)
	if len(b) > 120 {
		return string(b[:117]) + "..."
	}
	return string(b)
}
