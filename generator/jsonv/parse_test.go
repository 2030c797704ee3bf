package jsonv

import (
	"errors"
	"testing"
)

func TestParseKeepsOrderAndNumbers(t *testing.T) {
	v, err := Parse([]byte("\xEF\xBB\xBF{\"b\": 1.0, \"a\": [true, null, \"x\\u00e9\\ud83d\\ude00\"]}"))
	if err != nil {
		t.Fatal(err)
	}
	if v.Obj[0].Key != "b" || v.Obj[1].Key != "a" {
		t.Fatalf("order lost: %+v", v.Obj)
	}
	if v.Get("b").Num != "1.0" {
		t.Fatalf("number text lost: %q", v.Get("b").Num)
	}
	if got := v.Pointer("/a/2").Str; got != "xé😀" {
		t.Fatalf("string = %q", got)
	}
	if got := string(AppendCompact(nil, v)); got != `{"b":1.0,"a":[true,null,"xé😀"]}` {
		t.Fatalf("compact = %s", got)
	}
}

func TestParseErrors(t *testing.T) {
	cases := map[string]string{
		"{\n  \"a\": 1,\n}": "line 3, column 1: unexpected '}', want a string key",
		`{"a":1,"a":2}`:     `line 1, column 11: duplicate key "a"`,
		"<<<<<<< HEAD\n{}":  "line 1, column 1: unexpected '<', want a value",
		`[1 2]`:             "line 1, column 4: unexpected '2', want ',' or ']'",
		`"abc`:              "line 1, column 5: unexpected end of input in string",
		`{} x`:              "line 1, column 4: unexpected 'x' after the end of the document",
		`01`:                "line 1, column 2: unexpected '1' after the end of the document",
		"[\"\\q\"]":         `line 1, column 5: invalid escape '\q' in string`,
	}
	for in, want := range cases {
		_, err := Parse([]byte(in))
		var se *SyntaxError
		if !errors.As(err, &se) || err.Error() != want {
			t.Errorf("Parse(%q) = %v, want %s", in, err, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{`{}`, `[1,{"a":"b"}]`, `"\ud800"`, `-0.5e+3`, "\xEF\xBB\xBF[]"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := Parse(data)
		if err != nil {
			return
		}
		again, err := Parse(AppendCompact(nil, v))
		if err != nil {
			t.Fatalf("re-parse of compact output failed: %v", err)
		}
		if string(AppendCompact(nil, again)) != string(AppendCompact(nil, v)) {
			t.Fatal("compact output is not stable")
		}
	})
}
