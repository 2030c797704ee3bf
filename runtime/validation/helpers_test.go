package validation_test

import (
	"strconv"
	"testing"

	"github.com/armgen/armgen/runtime/validation"
)

// stringRule is the shape of the string helpers and prose rules.
type stringRule func(errs *validation.Errors, p validation.Path, v *string)

// stringCase is one input of a stringRule and the Error() text it must give:
// "" for a valid input.
type stringCase struct {
	in   string
	want string
}

// testPath is the path the table tests validate at.
func testPath() validation.Path {
	return validation.Root("body").Field("v")
}

// runString runs f on in at testPath and returns the errors it records.
func runString(f stringRule, in string) validation.Errors {
	var errs validation.Errors
	f(&errs, testPath(), &in)
	return errs
}

// testStringRule runs every case of a string rule: the Error() text must be
// want, an invalid input must be reported once with the input as Value and
// rule as Rule, and an absent (nil) value must pass.
func testStringRule(t *testing.T, rule string, f stringRule, cases []stringCase) {
	t.Helper()
	for _, c := range cases {
		errs := runString(f, c.in)
		if got := errs.Error(); got != c.want {
			t.Errorf("%s(%q):\n got: %s\nwant: %s", rule, c.in, got, c.want)
			continue
		}
		if c.want == "" {
			continue
		}
		if len(errs) != 1 || errs[0].Rule != rule || errs[0].Value != c.in || errs[0].Path != "body.v" {
			t.Errorf("%s(%q): got %#v, want one error of rule %q at body.v with the input as value", rule, c.in, errs[0], rule)
		}
	}
	var errs validation.Errors
	f(&errs, testPath(), nil)
	if len(errs) != 0 {
		t.Errorf("%s(nil) = %v, want no error: absent values pass", rule, errs)
	}
}

// bad returns the Error() text of a failed string rule at testPath.
func bad(rule, msg, value string) string {
	return "body.v: " + rule + ": " + msg + ", got " + strconv.Quote(value)
}

// itoa formats an int32 as Error() shows it.
func itoa(v int32) string {
	return strconv.FormatInt(int64(v), 10)
}
