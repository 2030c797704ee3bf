package validation

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Error is one problem found by a validation pass.
type Error struct {
	// Path is the JSON location of the offending value, such as
	// properties.filters[0].localPort; "" for the root value.
	Path string
	// Rule is the short stable identifier of the broken rule, such as
	// "maxLength", "format.uuid" or "ipFilter" (see the *Rule constants).
	Rule string
	// Value is the offending value, normalized to one of string, bool, int64,
	// uint64 or float64 (a typed string such as an enum becomes a string), or
	// nil when the rule is about absence (required) or the value is not a
	// scalar (a read-only object).
	Value any
	// Message says what is wrong without repeating Path, such as "must be at
	// most 80 characters long"; it may quote the offending part of Value
	// (one entry of a list).
	Message string
}

// Error renders e on one line as "path: rule: message", followed by
// ", got VALUE" when e.Value is set. The root path renders as "(root)".
// String values longer than 256 runes are cut.
func (e *Error) Error() string {
	var b strings.Builder
	if e.Path == "" {
		b.WriteString("(root)")
	} else {
		b.WriteString(e.Path)
	}
	b.WriteString(": ")
	b.WriteString(e.Rule)
	b.WriteString(": ")
	b.WriteString(e.Message)
	if e.Value != nil {
		b.WriteString(", got ")
		b.WriteString(formatValue(e.Value))
	}
	return b.String()
}

// Errors is every problem found by one validation pass, in the order they were
// found (the order of the properties in the spec, depth first).
//
// A generated Validate method returns Errors as its error when it is not empty,
// and nil otherwise (see Err). Callers get the list back with errors.As:
//
//	var ve validation.Errors
//	if errors.As(err, &ve) { for _, e := range ve { ... e.Path, e.Rule ... } }
//
// Errors also implements Unwrap() []error, so errors.As(err, &e) with
// e of type *validation.Error finds the first problem.
type Errors []*Error

// Error renders every problem, one per line (see Error.Error), without a
// trailing newline.
func (e Errors) Error() string {
	var b strings.Builder
	for i, err := range e {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(err.Error())
	}
	return b.String()
}

// Err returns e as an error, or nil when e is empty. Generated Validate
// methods end with return errs.Err().
func (e Errors) Err() error {
	if len(e) == 0 {
		return nil
	}
	return e
}

// Unwrap returns each problem as an error, for errors.Is and errors.As.
func (e Errors) Unwrap() []error {
	errs := make([]error, len(e))
	for i, err := range e {
		errs[i] = err
	}
	return errs
}

// Add records a problem found at p. rule is a short stable identifier, message
// says what is wrong without repeating the path or the value, and value is the
// offending value or nil; it is normalized as Error.Value says. Add renders p
// at once, so p need not outlive the call. Hand-written rules use Add the way
// the helpers of this package record their problems.
func (e *Errors) Add(p Path, rule, message string, value any) {
	e.add(&p, rule, message, value)
}

// maxValueRunes is how many runes of a string value Error.Error shows.
const maxValueRunes = 256

// formatValue renders a value for an error line: strings quoted and cut to
// maxValueRunes runes, numbers and booleans as Go prints them.
func formatValue(v any) string {
	switch v := v.(type) {
	case string:
		if utf8.RuneCountInString(v) > maxValueRunes {
			n := 0
			for i := range v {
				if n == maxValueRunes {
					return strconv.Quote(v[:i]) + "..."
				}
				n++
			}
		}
		return strconv.Quote(v)
	case bool:
		return strconv.FormatBool(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case uint64:
		return strconv.FormatUint(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	return fmt.Sprint(v)
}

// scalar normalizes v for Error.Value: strings, booleans and numbers of any
// named type become string, bool, int64, uint64 or float64; anything else
// becomes nil. A non-nil pointer stands for the value it points to. It is
// called only when an error is recorded.
func scalar(v any) any {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv = rv.Elem()
	}
	switch rv.Kind() {
	case reflect.String:
		return rv.String()
	case reflect.Bool:
		return rv.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return rv.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return rv.Uint()
	case reflect.Float32:
		// Through the shortest decimal form, so float32(0.1) shows as 0.1.
		f, _ := strconv.ParseFloat(strconv.FormatFloat(rv.Float(), 'g', -1, 32), 64)
		return f
	case reflect.Float64:
		return rv.Float()
	}
	return nil
}

// add records a problem whose value is v (normalized by scalar).
func (e *Errors) add(p *Path, rule, message string, v any) {
	*e = append(*e, &Error{Path: p.String(), Rule: rule, Value: scalar(v), Message: message})
}
