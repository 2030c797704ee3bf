package inspect_test

import (
	"testing"

	"github.com/armgen/armgen/generator/docs/inspect"
	"github.com/armgen/armgen/generator/jsonv"
)

func mustParse(t testing.TB, s string) *jsonv.Value {
	t.Helper()
	v, err := jsonv.Parse([]byte(s))
	if err != nil {
		t.Fatalf("parse %s: %v", s, err)
	}
	return v
}

// TestInspectPinned pins outputs of Node v20.20.2's util.inspect(JSON.parse(in), {depth: 24}).
func TestInspectPinned(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{"a":"it's","b":"say \"hi\"","c":"both ' and \"","d":"all ' \" ` + "`" + `","e":"x\n\u0001\u007f\u0085\\"}`,
			"{\n  a: \"it's\",\n  b: 'say \"hi\"',\n  c: `both ' and \"`,\n  d: 'all \\' \" `',\n  e: 'x\\n\\x01\\x7F\\x85\\\\'\n}"},
		{`[1.0,1e21,-0,0.1,1e-7,4294967295,12345678901234567890,1e400]`,
			"[ 1, 1e+21, -0, 0.1, 1e-7, 4294967295, 12345678901234567000, Infinity ]"},
		{`{"2":"b","1":"a","x-ms-enum":1,"$ref":"r","__proto__":5,"a b":6,"_ok1":7}`,
			"{\n  '1': 'a',\n  '2': 'b',\n  'x-ms-enum': 1,\n  '$ref': 'r',\n  ['__proto__']: 5,\n  'a b': 6,\n  _ok1: 7\n}"},
		{`[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,-100]`,
			"[\n   1,  2,  3,  4,  5,    6,  7,\n   8,  9, 10, 11, 12,   13, 14,\n  15, 16, 17, 18, 19,   20, 21,\n  22, 23, 24, 25, 26, -100\n]"},
		{`["alpha","beta","gamma","delta","epsilon","zeta","eta","theta","iota"]`,
			"[\n  'alpha',   'beta',\n  'gamma',   'delta',\n  'epsilon', 'zeta',\n  'eta',     'theta',\n  'iota'\n]"},
		{`{"a":{"b":{"c":{"d":{}}}},"e":[[[]]]}`, "{ a: { b: { c: { d: {} } } }, e: [ [ [] ] ] }"},
		{`{"long":"first line of a long enough string, long enough to be split\nsecond line of it\nthird","s":"xxxxxxxxxxxx\ud83d\ude00"}`,
			"{\n  long: 'first line of a long enough string, long enough to be split\\n' +\n    'second line of it\\n' +\n    'third',\n  s: 'xxxxxxxxxxxx😀'\n}"},
		{`[]`, "[]"},
		{`"plain"`, "'plain'"},
	} {
		if got := inspect.Inspect(mustParse(t, tc.in), inspect.DefaultOptions()); got != tc.want {
			t.Errorf("Inspect(%s)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

// TestInspectDepth pins the [Object] and [Array] cut-offs (util.inspect with depth 1).
func TestInspectDepth(t *testing.T) {
	o := inspect.DefaultOptions()
	o.Depth = 1
	got := inspect.Inspect(mustParse(t, `{"a":{"b":{"c":{"d":{}}}},"e":[[[]]]}`), o)
	if want := "{ a: { b: [Object] }, e: [ [Array] ] }"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestNumberToString pins JavaScript's Number::toString.
func TestNumberToString(t *testing.T) {
	for lit, want := range map[string]string{
		"1.0": "1", "1e21": "1e+21", "1e20": "100000000000000000000", "-0": "0", "0.1": "0.1",
		"1e-7": "1e-7", "1.5e-7": "1.5e-7", "0.000001": "0.000001", "123e-20": "1.23e-18",
		"4294967295": "4294967295", "12345678901234567890": "12345678901234567000",
		"1e400": "Infinity", "-1e400": "-Infinity", "5e-324": "5e-324", "-2.5": "-2.5",
		"1.7976931348623157e308": "1.7976931348623157e+308", "0.30000000000000004": "0.30000000000000004",
	} {
		if got := inspect.NumberToString(inspect.JSNumber(lit)); got != want {
			t.Errorf("NumberToString(%s) = %q, want %q", lit, got, want)
		}
	}
}

// TestPropertyOrder pins JavaScript's own-property order.
func TestPropertyOrder(t *testing.T) {
	members := []jsonv.Member{{Key: "b"}, {Key: "10"}, {Key: "2"}, {Key: "01"}, {Key: "4294967295"}, {Key: "0"}}
	var got []string
	for _, m := range inspect.PropertyOrder(members) {
		got = append(got, m.Key)
	}
	want := []string{"0", "2", "10", "b", "01", "4294967295"}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("PropertyOrder = %q, want %q", got, want)
		}
	}
}
