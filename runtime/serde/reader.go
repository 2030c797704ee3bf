// Package serde reads the JSON of generated models in one pass and without reflection:
// the UnmarshalJSON methods armgen generates call it. It decodes what encoding/json
// decodes, the same way (strings unescaped with invalid UTF-8 replaced by U+FFFD, numbers
// checked against their Go type, null for absent), so that a model decodes alike through
// either; it is faster because it reads every byte once, where nested UnmarshalJSON
// methods on encoding/json rescan each nested object.
package serde

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/armgen/armgen/runtime/decode"
)

// Reader reads one JSON value from a byte slice. Its methods read the next value, or part
// of one; the first problem stops it: every later read returns a zero value and Err
// returns the problem, with the byte offset where it was found.
type Reader struct {
	data []byte
	pos  int
	err  error
	// buf holds unescaped strings and keys between calls.
	buf []byte
}

// NewReader returns a Reader of data.
func NewReader(data []byte) *Reader { return &Reader{data: data} }

// Err returns the first problem met, or nil.
func (r *Reader) Err() error { return r.err }

// Fail records err as the Reader's problem unless it already has one.
func (r *Reader) Fail(err error) {
	if r.err == nil && err != nil {
		r.err = err
	}
}

// End reports the Reader's problem, or an error when anything but white space follows the
// value read.
func (r *Reader) End() error {
	if r.err != nil {
		return r.err
	}
	r.ws()
	if r.pos < len(r.data) {
		r.failf("invalid character %s after top-level value", quoteChar(r.data[r.pos]))
	}
	return r.err
}

func (r *Reader) failf(format string, args ...any) {
	r.Fail(&SyntaxError{Offset: r.pos, msg: fmt.Sprintf(format, args...)})
}

// SyntaxError is JSON that is not well formed, or a value of another type than the Go
// type that reads it, at a byte offset of the input.
type SyntaxError struct {
	// Offset is the byte offset of the problem in the input.
	Offset int
	msg    string
}

func (e *SyntaxError) Error() string { return "json: offset " + strconv.Itoa(e.Offset) + ": " + e.msg }

func quoteChar(c byte) string {
	if c == '\'' {
		return `'\''`
	}
	if c == '"' {
		return `'"'`
	}
	s := strconv.Quote(string(c))
	return "'" + s[1:len(s)-1] + "'"
}

// ws skips white space.
func (r *Reader) ws() {
	for r.pos < len(r.data) {
		switch r.data[r.pos] {
		case ' ', '\t', '\n', '\r':
			r.pos++
		default:
			return
		}
	}
}

// peek returns the next byte after white space, 0 at the end or after a problem.
func (r *Reader) peek() byte {
	if r.err != nil {
		return 0
	}
	r.ws()
	if r.pos >= len(r.data) {
		return 0
	}
	return r.data[r.pos]
}

// kind names the JSON value starting with c, for errors.
func kind(c byte) string {
	switch {
	case c == '{':
		return "an object"
	case c == '[':
		return "an array"
	case c == '"':
		return "a string"
	case c == 't' || c == 'f':
		return "a boolean"
	case c == 'n':
		return "null"
	case c == '-' || (c >= '0' && c <= '9'):
		return "a number"
	case c == 0:
		return "the end of the input"
	}
	return "the character " + quoteChar(c)
}

// mismatch records that the next value is not of the kind want.
func (r *Reader) mismatch(want string) {
	c := r.peek()
	if r.err == nil {
		r.failf("cannot read %s as %s", kind(c), want)
	}
}

// literal consumes the literal word (null, true, false) at the position.
func (r *Reader) literal(word string) bool {
	if len(r.data)-r.pos >= len(word) && string(r.data[r.pos:r.pos+len(word)]) == word {
		r.pos += len(word)
		return true
	}
	r.failf("invalid literal, want %s", word)
	return false
}

// Null consumes a JSON null and reports true; any other value is left to be read.
func (r *Reader) Null() bool {
	if r.peek() == 'n' {
		return r.literal("null")
	}
	return false
}

// Object starts reading an object: it reports true after its "{", false after a null
// (which leaves the Go value as it was, as encoding/json does) or on a problem.
func (r *Reader) Object() bool {
	switch r.peek() {
	case '{':
		r.pos++
		return true
	case 'n':
		r.literal("null")
		return false
	}
	r.mismatch("an object")
	return false
}

// Key reads the key of member i (from 0) of the object Object started, and the colon
// after it. It returns false after the object's "}" or on a problem. The key is valid
// until the next read.
func (r *Reader) Key(i int) ([]byte, bool) {
	c := r.peek()
	if c == '}' {
		r.pos++
		return nil, false
	}
	if i > 0 {
		if c != ',' {
			if r.err == nil {
				r.failf("invalid character %s after object member, want ',' or '}'", quoteChar(c))
			}
			return nil, false
		}
		r.pos++
		c = r.peek()
	}
	if c != '"' {
		if r.err == nil {
			r.failf("invalid character %s, want an object key", quoteChar(c))
		}
		return nil, false
	}
	key := r.str()
	if r.peek() != ':' {
		if r.err == nil {
			r.failf("invalid character %s after object key, want ':'", quoteChar(r.peek()))
		}
		return nil, false
	}
	r.pos++
	return key, r.err == nil
}

// Array starts reading an array: true after its "[", false after a null or on a problem.
func (r *Reader) Array() bool {
	switch r.peek() {
	case '[':
		r.pos++
		return true
	case 'n':
		r.literal("null")
		return false
	}
	r.mismatch("an array")
	return false
}

// Item reports whether item i (from 0) of the array Array started follows, consuming the
// comma before it; false after the array's "]" or on a problem.
func (r *Reader) Item(i int) bool {
	c := r.peek()
	if c == ']' {
		r.pos++
		return false
	}
	if i > 0 {
		if c != ',' {
			if r.err == nil {
				r.failf("invalid character %s after array item, want ',' or ']'", quoteChar(c))
			}
			return false
		}
		r.pos++
	}
	return r.err == nil
}

// String reads a JSON string.
func (r *Reader) String() string {
	if r.peek() != '"' {
		r.mismatch("a string")
		return ""
	}
	return string(r.str())
}

// str reads the string at the position (its opening quote), unescaped; the result is
// valid until the next read.
func (r *Reader) str() []byte {
	start := r.pos + 1
	for i := start; i < len(r.data); i++ {
		c := r.data[i]
		switch {
		case c == '"':
			r.pos = i + 1
			return r.data[start:i]
		case c == '\\' || c < 0x20 || c >= utf8.RuneSelf:
			return r.slowStr(start, i)
		}
	}
	r.pos = len(r.data)
	r.failf("unexpected end of input in a string")
	return nil
}

// slowStr unescapes the string that starts at start; plain is the first byte that needs
// care.
func (r *Reader) slowStr(start, plain int) []byte {
	b := append(r.buf[:0], r.data[start:plain]...)
	i := plain
	for i < len(r.data) {
		c := r.data[i]
		switch {
		case c == '"':
			r.pos = i + 1
			r.buf = b
			return b
		case c < 0x20:
			r.pos = i
			r.failf("invalid control character %s in a string", quoteChar(c))
			return nil
		case c >= utf8.RuneSelf:
			ru, size := utf8.DecodeRune(r.data[i:])
			if ru == utf8.RuneError && size == 1 {
				b = utf8.AppendRune(b, utf8.RuneError)
			} else {
				b = append(b, r.data[i:i+size]...)
			}
			i += size
		case c != '\\':
			b = append(b, c)
			i++
		default:
			if i+1 >= len(r.data) {
				i = len(r.data)
				continue
			}
			e := r.data[i+1]
			i += 2
			switch e {
			case '"', '\\', '/':
				b = append(b, e)
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				ru, ok := hex4(r.data, i)
				if !ok {
					r.pos = i
					r.failf("invalid \\u escape in a string")
					return nil
				}
				i += 4
				if utf16.IsSurrogate(ru) {
					lo, ok := rune(-1), false
					if i+6 <= len(r.data) && r.data[i] == '\\' && r.data[i+1] == 'u' {
						lo, ok = hex4(r.data, i+2)
					}
					if dec := utf16.DecodeRune(ru, lo); ok && dec != utf8.RuneError {
						ru = dec
						i += 6
					} else {
						ru = utf8.RuneError
					}
				}
				b = utf8.AppendRune(b, ru)
			default:
				r.pos = i - 1
				r.failf("invalid escape %s in a string", quoteChar(e))
				return nil
			}
		}
	}
	r.pos = len(r.data)
	r.failf("unexpected end of input in a string")
	return nil
}

// hex4 decodes the four hex digits at data[i:].
func hex4(data []byte, i int) (rune, bool) {
	if i+4 > len(data) {
		return 0, false
	}
	var v rune
	for _, c := range data[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		v = v<<4 | rune(c)
	}
	return v, true
}

// Bool reads true or false.
func (r *Reader) Bool() bool {
	switch r.peek() {
	case 't':
		return r.literal("true")
	case 'f':
		r.literal("false")
		return false
	}
	r.mismatch("a boolean")
	return false
}

// number reads a JSON number's text.
func (r *Reader) number(want string) []byte {
	c := r.peek()
	if c != '-' && (c < '0' || c > '9') {
		r.mismatch(want)
		return nil
	}
	start, i := r.pos, r.pos
	if r.data[i] == '-' {
		i++
	}
	digits := func() int {
		n := 0
		for i < len(r.data) && r.data[i] >= '0' && r.data[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(r.data) && r.data[i] == '0' {
		i++
	} else if digits() == 0 {
		r.pos = i
		r.failf("invalid number")
		return nil
	}
	if i < len(r.data) && r.data[i] == '.' {
		i++
		if digits() == 0 {
			r.pos = i
			r.failf("invalid number: no digits after the decimal point")
			return nil
		}
	}
	if i < len(r.data) && (r.data[i] == 'e' || r.data[i] == 'E') {
		i++
		if i < len(r.data) && (r.data[i] == '+' || r.data[i] == '-') {
			i++
		}
		if digits() == 0 {
			r.pos = i
			r.failf("invalid number: no digits in the exponent")
			return nil
		}
	}
	r.pos = i
	return r.data[start:i]
}

// integer reads a JSON number that must be an integer of bits bits.
func (r *Reader) integer(bits int) int64 {
	start := r.pos
	text := r.number(fmt.Sprintf("an int%d", bits))
	if text == nil {
		return 0
	}
	neg := text[0] == '-'
	digits := text
	if neg {
		digits = text[1:]
	}
	var u uint64
	limit := uint64(1) << (bits - 1)
	for _, c := range digits {
		if c < '0' || c > '9' {
			r.pos = start
			r.failf("cannot read the number %s as an int%d", text, bits)
			return 0
		}
		if u > limit/10 {
			r.pos = start
			r.failf("the number %s overflows an int%d", text, bits)
			return 0
		}
		u = u*10 + uint64(c-'0')
		if u > limit {
			r.pos = start
			r.failf("the number %s overflows an int%d", text, bits)
			return 0
		}
	}
	if neg {
		return -int64(u)
	}
	if u == limit {
		r.pos = start
		r.failf("the number %s overflows an int%d", text, bits)
		return 0
	}
	return int64(u)
}

// Int32 reads an integer that fits an int32.
func (r *Reader) Int32() int32 { return int32(r.integer(32)) }

// Int64 reads an integer that fits an int64.
func (r *Reader) Int64() int64 { return r.integer(64) }

// Float64 reads a number as a float64.
func (r *Reader) Float64() float64 { return r.float(64) }

// Float32 reads a number that fits a float32.
func (r *Reader) Float32() float32 { return float32(r.float(32)) }

func (r *Reader) float(bits int) float64 {
	start := r.pos
	text := r.number(fmt.Sprintf("a float%d", bits))
	if text == nil {
		return 0
	}
	f, err := strconv.ParseFloat(string(text), bits)
	if err != nil || math.IsInf(f, 0) {
		r.pos = start
		r.failf("the number %s overflows a float%d", text, bits)
		return 0
	}
	return f
}

// Skip reads the next value, whatever it is, and drops it.
func (r *Reader) Skip() { r.Raw() }

// Raw reads the next value, whatever it is, and returns its JSON text (valid until the
// data given to NewReader changes).
func (r *Reader) Raw() []byte {
	c := r.peek()
	start := r.pos
	switch {
	case c == '{':
		r.pos++
		for i := 0; ; i++ {
			if _, ok := r.Key(i); !ok {
				break
			}
			r.Raw()
		}
	case c == '[':
		r.pos++
		for i := 0; r.Item(i); i++ {
			r.Raw()
		}
	case c == '"':
		r.str()
	case c == 't':
		r.literal("true")
	case c == 'f':
		r.literal("false")
	case c == 'n':
		r.literal("null")
	case c == '-' || (c >= '0' && c <= '9'):
		r.number("a number")
	default:
		if r.err == nil {
			if c == 0 {
				r.failf("unexpected end of input")
			} else {
				r.failf("invalid character %s looking for the beginning of a value", quoteChar(c))
			}
		}
	}
	if r.err != nil {
		return nil
	}
	return r.data[start:r.pos]
}

// Any reads a value of no fixed schema as encoding/json does into an any: objects as
// map[string]any, arrays as []any, numbers as float64.
func (r *Reader) Any() any {
	raw := r.Raw()
	if raw == nil {
		return nil
	}
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		r.Fail(err)
	}
	return v
}

// Bytes reads a base64 string (standard alphabet, padded) as encoding/json reads a []byte;
// null gives nil.
func (r *Reader) Bytes() []byte {
	if r.Null() {
		return nil
	}
	if r.peek() != '"' {
		r.mismatch("a base64 string")
		return nil
	}
	start := r.pos
	s := r.str()
	out := make([]byte, base64.StdEncoding.DecodedLen(len(s)))
	n, err := base64.StdEncoding.Decode(out, s)
	if err != nil {
		r.pos = start
		r.failf("invalid base64 string: %v", err)
		return nil
	}
	return out[:n]
}

// Time reads a date-time string leniently (decode.ParseTime: RFC 3339, or without an
// offset, as UTC).
func (r *Reader) Time() time.Time {
	if r.peek() != '"' {
		r.mismatch("a date-time string")
		return time.Time{}
	}
	start := r.pos
	t, err := decode.ParseTime(string(r.str()))
	if err != nil {
		r.pos = start
		r.Fail(fmt.Errorf("json: offset %d: %w", start, err))
	}
	return t
}

// Decode reads a value with a function of the decode runtime (an UnmarshalXxx of a
// polymorphic hierarchy): its raw JSON, then fn.
func Decode[T any](r *Reader, fn func([]byte) (T, error)) T {
	var zero T
	start := r.pos
	raw := r.Raw()
	if raw == nil {
		return zero
	}
	v, err := fn(raw)
	if err != nil {
		r.pos = start
		r.Fail(fmt.Errorf("json: offset %d: %w", start, err))
		return zero
	}
	return v
}
