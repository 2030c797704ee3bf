package jsprint_test

import (
	"testing"

	"github.com/armgen/armgen/generator/docs/jsprint"
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

// TestFormatExportsPinned pins prettier 2.8.8's output for
// "module.exports = " + JSON.stringify(JSON.parse(in)) + ";".
func TestFormatExportsPinned(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{"a":1}`, "module.exports = { a: 1 };\n"},
		{`"it's"`, "module.exports = \"it's\";\n"},
		{`"say \"hi\""`, "module.exports = 'say \"hi\"';\n"},
		{`"both ' and \""`, "module.exports = \"both ' and \\\"\";\n"},
		{`"x\n\t\u0001y"`, "module.exports = \"x\\n\\t\\u0001y\";\n"},
		{`[1.0,1e21,-0,0.1,1e-7,4294967295,12345678901234567890,-5]`,
			"module.exports = [1, 1e21, 0, 0.1, 1e-7, 4294967295, 12345678901234567000, -5];\n"},
		{`{"2":"b","1":"a","z":0,"x-ms-enum":true,"$ref":"r","1.5":1,"01":2,"café":3,"😀":4}`,
			"module.exports = {\n  1: \"a\",\n  2: \"b\",\n  z: 0,\n  \"x-ms-enum\": true,\n  $ref: \"r\",\n  1.5: 1,\n  \"01\": 2,\n  café: 3,\n  \"😀\": 4,\n};\n"},
		{`{"description":"A very long description string that will not fit on the line at all, really"}`,
			"module.exports = {\n  description:\n    \"A very long description string that will not fit on the line at all, really\",\n};\n"},
		{`[[1,2],[3,4]]`, "module.exports = [\n  [1, 2],\n  [3, 4],\n];\n"},
		{`[{"a":1,"b":2},{"c":3,"d":4}]`, "module.exports = [\n  { a: 1, b: 2 },\n  { c: 3, d: 4 },\n];\n"},
		{`[{"a":1},{"b":2}]`, "module.exports = [{ a: 1 }, { b: 2 }];\n"},
		{`[]`, "module.exports = [];\n"},
		{`{}`, "module.exports = {};\n"},
		{`null`, "module.exports = null;\n"},
		{`[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]`,
			"module.exports = [\n  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,\n  23, 24, 25, 26, 27, 28, 29, 30,\n];\n"},
		{`{"aVeryLongPropertyNameThatKeepsGoingOnAndOnForQuiteAWhileIndeedYesIndeedMoreMore":null}`,
			"module.exports = {\n  aVeryLongPropertyNameThatKeepsGoingOnAndOnForQuiteAWhileIndeedYesIndeedMoreMore:\n    null,\n};\n"},
	} {
		if got := jsprint.FormatExports(mustParse(t, tc.in)); got != tc.want {
			t.Errorf("FormatExports(%s)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

// TestCreateResourcesShort pins a resource whose properties fit on one line, with a
// list dependency, and one without properties or dependencies.
func TestCreateResourcesShort(t *testing.T) {
	got := jsprint.CreateResourcesProgram(jsprint.Resource{
		Type: "Key", Group: "KeyVault", Name: "myKey", Properties: mustParse(t, `{"properties":{"kty":"RSA"}}`),
		Dependencies: []jsprint.Dependency{{Key: "vaults", Values: []string{"myVault"}, List: true}},
	})
	want := `exports.createResources = () => [
  {
    type: "Key",
    group: "KeyVault",
    name: "myKey",
    properties: () => ({ properties: { kty: "RSA" } }),
    dependencies: ({}) => ({ vaults: ["myVault"] }),
  },
];
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	got = jsprint.CreateResourcesProgram(jsprint.Resource{Type: "Key", Group: "KeyVault", Name: "myKey"})
	want = "exports.createResources = () => [\n  { type: \"Key\", group: \"KeyVault\", name: \"myKey\" },\n];\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestQuoteString pins prettier's quote choice for JSON.stringify output.
func TestQuoteString(t *testing.T) {
	for in, want := range map[string]string{
		``:             `""`,
		`it's`:         `"it's"`,
		`"a" 'b'`:      `"\"a\" 'b'"`,
		`"a" "b" 'c'`:  `'"a" "b" \'c\''`,
		"tab\there":    `"tab\there"`,
		"\u2028 \x7f ": "\"\u2028 \x7f \"",
		`back\slash`:   `"back\\slash"`,
	} {
		if got := jsprint.QuoteString(in); got != want {
			t.Errorf("QuoteString(%q) = %s, want %s", in, got, want)
		}
	}
}
