package validation

// DateTimeRule is the rule name of a string of format date-time that is not
// an RFC 3339 date-time.
const DateTimeRule = "format.date-time"

// DateTimeDoc documents the format.date-time rule.
const DateTimeDoc = `An RFC 3339 date-time such as 2022-01-01T10:00:00Z or 2022-01-01T10:00:00.1234567+02:00.
Applies to string properties of "format": "date-time" that the generator keeps as strings.
The time zone (Z or an offset) is required, as RFC 3339 and JSON Schema require it; "T" and "Z" may be lower case;
any number of fractional-second digits is allowed; the date must exist (2023-02-29 does not) and the
second may be 60 (a leap second).`

// DateTime reports p when the string v is set and is not an RFC 3339
// date-time (see DateTimeDoc). It checks the text without allocating; it does
// not parse into a time.Time. A nil v is absent and passes.
func DateTime[S ~string](errs *Errors, p Path, v *S) {
	if v != nil {
		DateTimeValue(errs, p, *v)
	}
}

// DateTimeValue is DateTime for a non-pointer value.
func DateTimeValue[S ~string](errs *Errors, p Path, v S) {
	if !isDateTime(string(v)) {
		errs.add(&p, DateTimeRule, "must be an RFC 3339 date-time such as 2022-01-01T10:00:00Z", v)
	}
}

// isDateTime reports whether s is an RFC 3339 date-time.
func isDateTime(s string) bool {
	// 2006-01-02T15:04:05 is 19 bytes; the shortest offset is "Z".
	if len(s) < 20 {
		return false
	}
	year, ok1 := digits(s, 0, 4)
	month, ok2 := digits(s, 5, 2)
	day, ok3 := digits(s, 8, 2)
	hour, ok4 := digits(s, 11, 2)
	minute, ok5 := digits(s, 14, 2)
	second, ok6 := digits(s, 17, 2)
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6) ||
		s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't') || s[13] != ':' || s[16] != ':' {
		return false
	}
	if month < 1 || month > 12 || day < 1 || day > daysIn(month, year) ||
		hour > 23 || minute > 59 || second > 60 {
		return false
	}
	rest := s[19:]
	if rest[0] == '.' {
		n := 1
		for n < len(rest) && isDigit(rest[n]) {
			n++
		}
		if n == 1 {
			return false
		}
		rest = rest[n:]
	}
	switch {
	case rest == "Z" || rest == "z":
		return true
	case len(rest) == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':':
		oh, ok1 := digits(rest, 1, 2)
		om, ok2 := digits(rest, 4, 2)
		return ok1 && ok2 && oh <= 23 && om <= 59
	}
	return false
}

// digits parses the n decimal digits of s starting at i.
func digits(s string, i, n int) (int, bool) {
	v := 0
	for j := i; j < i+n; j++ {
		if !isDigit(s[j]) {
			return 0, false
		}
		v = v*10 + int(s[j]-'0')
	}
	return v, true
}

// daysIn returns the number of days of month (1-12) in year.
func daysIn(month, year int) int {
	switch month {
	case 4, 6, 9, 11:
		return 30
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	}
	return 31
}
