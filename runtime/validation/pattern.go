package validation

import (
	"regexp"
	"strconv"
)

// PatternRule is the rule name of a string that does not match its pattern.
const PatternRule = "pattern"

// Pattern reports p when the string v is set and does not match re. The
// generated package compiles re once (a package-level regexp.MustCompile of
// the spec's pattern, translated to RE2 syntax by the generator). As in JSON
// Schema the pattern is not anchored: write ^ and $ to match the whole string.
// A nil v is absent and passes.
func Pattern[S ~string](errs *Errors, p Path, v *S, re *regexp.Regexp) {
	if v != nil {
		PatternValue(errs, p, *v, re)
	}
}

// PatternValue is Pattern for a non-pointer value.
func PatternValue[S ~string](errs *Errors, p Path, v S, re *regexp.Regexp) {
	if !re.MatchString(string(v)) {
		errs.add(&p, PatternRule, "must match the pattern "+strconv.Quote(re.String()), v)
	}
}
