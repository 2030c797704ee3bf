package validation

import (
	"strconv"
	"strings"
)

// HTTPStatusCodeRangesRule is the name of the rule that checks a list of HTTP
// status codes and ranges.
const HTTPStatusCodeRangesRule = "httpStatusCodeRanges"

// HTTPStatusCodeRangesDoc documents the httpStatusCodeRanges rule.
const HTTPStatusCodeRangesDoc = `HTTP status codes, classes and ranges, separated by commas, such as "2xx,301-304,418".
Applies to each item of ConnectionMonitorHttpConfiguration.validStatusCodeRanges: "HTTP status codes to consider
successful. For instance, "2xx,301-304,418"."
Each comma-separated entry is a status code from 100 to 599 ("418"), a class of a digit from 1 to 5 followed by "xx"
("2xx", either case), or a range of two codes "low-high" with low <= high ("301-304"). Spaces around an entry are
allowed; empty entries are not.`

// HTTPStatusCodeRanges reports p when the string v is set and is not a list of
// HTTP status codes, classes and ranges (see HTTPStatusCodeRangesDoc). A nil v
// is absent and passes.
func HTTPStatusCodeRanges(errs *Errors, p Path, v *string) {
	if v == nil {
		return
	}
	for i, rest := 1, *v; ; i++ {
		var entry string
		entry, rest, _ = strings.Cut(rest, ",")
		if msg := checkStatusCodeEntry(strings.Trim(entry, " ")); msg != "" {
			errs.add(&p, HTTPStatusCodeRangesRule, "entry "+strconv.Itoa(i)+": "+msg, *v)
			return
		}
		if rest == "" && !strings.HasSuffix(*v, ",") {
			return
		}
	}
}

// checkStatusCodeEntry checks one entry of a status code list.
func checkStatusCodeEntry(s string) string {
	if s == "" {
		return "must not be empty"
	}
	if len(s) == 3 && s[0] >= '1' && s[0] <= '5' && (s[1] == 'x' || s[1] == 'X') && (s[2] == 'x' || s[2] == 'X') {
		return ""
	}
	lo, hi, isRange := strings.Cut(s, "-")
	a, ok := parseStatusCode(lo)
	if !ok {
		return strconv.Quote(s) + " is not a status code from 100 to 599, a class such as 2xx, or a range such as 301-304"
	}
	if !isRange {
		return ""
	}
	b, ok := parseStatusCode(hi)
	if !ok {
		return "range " + strconv.Quote(s) + ": high end is not a status code from 100 to 599"
	}
	if a > b {
		return "range " + strconv.Quote(s) + ": low end is after high end"
	}
	return ""
}

// parseStatusCode parses a three-digit HTTP status code from 100 to 599.
func parseStatusCode(s string) (int, bool) {
	if len(s) != 3 || !isDigit(s[0]) || !isDigit(s[1]) || !isDigit(s[2]) {
		return 0, false
	}
	n := int(s[0]-'0')*100 + int(s[1]-'0')*10 + int(s[2]-'0')
	return n, n >= 100 && n <= 599
}
