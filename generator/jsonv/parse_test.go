package jsonv

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
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

// TestLargeObjects covers objects past indexMin members, whose keys Parse indexes: every
// key is found, a missing one is not, a duplicate is an error at its position, and a
// value whose members were rearranged after parsing is still read correctly.
func TestLargeObjects(t *testing.T) {
	for _, n := range []int{indexMin - 1, indexMin, 3 * indexMin} {
		var b strings.Builder
		b.WriteString("{")
		for i := range n {
			if i > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, `"k/%d":%d`, i, i)
		}
		b.WriteString("}")
		v, err := Parse([]byte(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		if got := v.index != nil; got != (n >= indexMin) {
			t.Errorf("%d members: indexed = %v", n, got)
		}
		for i := range n {
			key := fmt.Sprintf("k/%d", i)
			if got := v.Get(key); got == nil || got.Num != strconv.Itoa(i) {
				t.Fatalf("%d members: Get(%q) = %v", n, key, got)
			}
			if got := v.Pointer("/" + EscapeToken(key)); got == nil || got.Num != strconv.Itoa(i) {
				t.Fatalf("%d members: Pointer(%q) = %v", n, key, got)
			}
		}
		if v.Get("k/x") != nil || v.Pointer("/k~1x") != nil {
			t.Errorf("%d members: a missing key was found", n)
		}
		c := v.Clone()
		c.Obj[0], c.Obj[n-1] = c.Obj[n-1], c.Obj[0]
		c.Obj = append(c.Obj, Member{Key: "new", Value: &Value{Kind: Null}})
		if c.Get("k/0").Num != "0" || c.Get(fmt.Sprintf("k/%d", n-1)).Num != strconv.Itoa(n-1) || c.Get("new") == nil {
			t.Errorf("%d members: Get on a rearranged clone is wrong", n)
		}
		dup := strings.TrimSuffix(b.String(), "}") + `,"k/3":0}`
		_, err = Parse([]byte(dup))
		if want := fmt.Sprintf(`line 1, column %d: duplicate key "k/3"`, len(dup)-2); err == nil || err.Error() != want {
			t.Errorf("%d members: duplicate: %v, want %s", n, err, want)
		}
	}
}
