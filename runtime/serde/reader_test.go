package serde

import (
	"encoding/json"
	"reflect"
	"testing"
)

// same decodes data with read and with encoding/json into a T, and fails the test unless
// both succeed with equal values or both fail.
func same[T any](t *testing.T, data []byte, read func(*Reader) T) {
	t.Helper()
	r := NewReader(data)
	got := read(r)
	err := r.End()
	var want T
	jerr := json.Unmarshal(data, &want)
	if (err == nil) != (jerr == nil) {
		t.Fatalf("%q: serde error %v, encoding/json error %v", data, err, jerr)
	}
	if err == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: serde %#v, encoding/json %#v", data, got, want)
	}
}

var stringSeeds = []string{
	`"plain"`, `"esc\"aped\\ \/ \b\f\n\r\t"`, `"\u00e9\u4e2d"`, `"\ud83d\ude00"`, `"\ud83d"`, `"\ude00x"`,
	`"\ud83d\u0041"`, "\"caf\xc3\xa9\"", "\"bad \xff utf8\"", "\"ctl \x01\"", `"unterminated`, `"\x"`, `"\u12"`,
	` "spaced" `, `"a" "b"`, `5`, `null`, `""`, `"<&>"`, "\"\u2028\"",
}

// FuzzString: serde reads a JSON string exactly as encoding/json does, escapes, surrogate
// pairs and invalid UTF-8 included, and rejects what it rejects.
func FuzzString(f *testing.F) {
	for _, s := range stringSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 0 && data[0] == 'n' {
			return // null leaves a string as it was in encoding/json; String rejects it
		}
		same(t, data, (*Reader).String)
	})
}

var numberSeeds = []string{`0`, `-0`, `12`, `-12`, `2147483647`, `2147483648`, `-2147483648`, `-2147483649`,
	`9223372036854775807`, `9223372036854775808`, `-9223372036854775808`, `1.5`, `1e3`, `01`, `-`, `1.`, `.5`,
	`1e`, `1e+`, `3.4e39`, `1e400`, `"5"`, `true`, `  7  `}

// FuzzNumbers: integers and floats are read and range-checked as encoding/json does.
func FuzzNumbers(f *testing.F) {
	for _, s := range numberSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 0 && data[0] == 'n' {
			return
		}
		same(t, data, (*Reader).Int32)
		same(t, data, (*Reader).Int64)
		unixSame(t, data)
		same(t, data, (*Reader).Float64)
		same(t, data, (*Reader).Float32)
		same(t, data, (*Reader).Bool)
	})
}

var valueSeeds = []string{`{"a":[1,2,{"b":null}],"c":"d"}`, `[]`, `{}`, `[1,]`, `{"a":1,}`, `{"a" 1}`, `{,"a":1}`,
	`[1 2]`, `{"a":1}}`, `nul`, `tru`, `{"a":{"b":{"c":[[[]]]}}}`, `  [ 1 , "x" , true , null ]  `, `{"\u0061":1}`}

// FuzzRaw: Raw accepts exactly the JSON encoding/json accepts, and Any decodes it alike.
func FuzzRaw(f *testing.F) {
	for _, s := range valueSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := NewReader(data)
		r.Raw()
		if ok := r.End() == nil; ok != json.Valid(data) {
			t.Fatalf("%q: serde valid %v, json.Valid %v (%v)", data, ok, !ok, r.Err())
		}
		same(t, data, (*Reader).Any)
		same(t, data, func(r *Reader) map[string]any { return Map(r, Any) })
		same(t, data, func(r *Reader) []*string {
			return Slice(r, func(r *Reader) *string { return Ptr(r, (*Reader).String) })
		})
	})
}

// TestReaderErrorsNameTheOffset: a problem says where it is.
func TestReaderErrorsNameTheOffset(t *testing.T) {
	r := NewReader([]byte(`{"a": tru}`))
	r.Object()
	for i := 0; ; i++ {
		if _, ok := r.Key(i); !ok {
			break
		}
		r.Skip()
	}
	if err := r.Err(); err == nil || err.Error() != "json: offset 6: invalid literal, want true" {
		t.Fatalf("err = %v", err)
	}
	r = NewReader([]byte(`{"n": "x"}`))
	r.Object()
	r.Key(0)
	r.Int32()
	if err := r.Err(); err == nil || err.Error() != "json: offset 6: cannot read a string as an int32" {
		t.Fatalf("err = %v", err)
	}
}

func TestFold(t *testing.T) {
	names := []string{"name", "etag", "properties"}
	for key, want := range map[string]string{"ETag": "etag", "Properties": "properties", "nam": "", "n@me": ""} {
		got, ok := Fold([]byte(key), names...)
		if string(got) != want || ok != (want != "") {
			t.Errorf("Fold(%q) = %q, %v; want %q", key, got, ok, want)
		}
	}
}
