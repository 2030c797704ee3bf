package jsonv

import (
	"bytes"
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// SyntaxError is a JSON syntax error at a 1-based line and column.
type SyntaxError struct {
	Line, Col int
	Msg       string
}

// Error implements error.
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Col, e.Msg)
}

// BOM is the UTF-8 byte order mark, which Parse skips.
var bom = []byte{0xEF, 0xBB, 0xBF}

// maxDepth bounds nesting so that hostile input cannot exhaust the stack.
const maxDepth = 512

// Parse parses one JSON document. A leading UTF-8 byte order mark is skipped.
// Duplicate object keys are an error, as is anything after the document.
func Parse(data []byte) (*Value, error) {
	data = bytes.TrimPrefix(data, bom)
	p := &parser{data: data, line: 1, lineStart: 0}
	p.skipSpace()
	v, err := p.value(0)
	if err != nil {
		return nil, err
	}
	p.skipSpace()
	if p.pos < len(p.data) {
		return nil, p.errf("unexpected %s after the end of the document", p.describe())
	}
	return v, nil
}

type parser struct {
	data      []byte
	pos       int
	line      int
	lineStart int
}

func (p *parser) errf(format string, args ...any) error {
	return &SyntaxError{Line: p.line, Col: p.pos - p.lineStart + 1, Msg: fmt.Sprintf(format, args...)}
}

func (p *parser) describe() string {
	if p.pos >= len(p.data) {
		return "end of input"
	}
	r, _ := utf8.DecodeRune(p.data[p.pos:])
	return strconv.QuoteRune(r)
}

func (p *parser) skipSpace() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case '\n':
			p.line++
			p.lineStart = p.pos + 1
		case ' ', '\t', '\r':
		default:
			return
		}
		p.pos++
	}
}

func (p *parser) value(depth int) (*Value, error) {
	if depth > maxDepth {
		return nil, p.errf("nesting deeper than %d levels", maxDepth)
	}
	if p.pos >= len(p.data) {
		return nil, p.errf("unexpected end of input, want a value")
	}
	v := &Value{Line: p.line, Col: p.pos - p.lineStart + 1}
	switch c := p.data[p.pos]; {
	case c == '{':
		return v, p.object(v, depth)
	case c == '[':
		return v, p.array(v, depth)
	case c == '"':
		s, err := p.str()
		v.Kind, v.Str = String, s
		return v, err
	case c == '-' || (c >= '0' && c <= '9'):
		n, err := p.number()
		v.Kind, v.Num = Number, n
		return v, err
	case p.literal("true"):
		v.Kind, v.Bool = Bool, true
	case p.literal("false"):
		v.Kind = Bool
	case p.literal("null"):
		v.Kind = Null
	default:
		return nil, p.errf("unexpected %s, want a value", p.describe())
	}
	return v, nil
}

func (p *parser) literal(word string) bool {
	if bytes.HasPrefix(p.data[p.pos:], []byte(word)) {
		p.pos += len(word)
		return true
	}
	return false
}

func (p *parser) object(v *Value, depth int) error {
	v.Kind = Object
	v.Obj = []Member{}
	p.pos++ // {
	p.skipSpace()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		return nil
	}
	// Duplicate keys: a linear scan for small objects, a map (kept as the Get index)
	// once the object has indexMin members.
	var seen map[string]int
	for {
		if p.pos >= len(p.data) || p.data[p.pos] != '"' {
			return p.errf("unexpected %s, want a string key", p.describe())
		}
		key, err := p.str()
		if err != nil {
			return err
		}
		if seen != nil {
			if _, dup := seen[key]; dup {
				return p.errf("duplicate key %q", key)
			}
			seen[key] = len(v.Obj)
		} else {
			for i := range v.Obj {
				if v.Obj[i].Key == key {
					return p.errf("duplicate key %q", key)
				}
			}
			if len(v.Obj)+1 == indexMin {
				seen = make(map[string]int, 2*indexMin)
				for i, m := range v.Obj {
					seen[m.Key] = i
				}
				seen[key] = len(v.Obj)
				v.index = seen
			}
		}
		p.skipSpace()
		if p.pos >= len(p.data) || p.data[p.pos] != ':' {
			return p.errf("unexpected %s, want ':'", p.describe())
		}
		p.pos++
		p.skipSpace()
		val, err := p.value(depth + 1)
		if err != nil {
			return err
		}
		v.Obj = append(v.Obj, Member{Key: key, Value: val})
		p.skipSpace()
		if p.pos >= len(p.data) {
			return p.errf("unexpected end of input, want ',' or '}'")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
			p.skipSpace()
		case '}':
			p.pos++
			return nil
		default:
			return p.errf("unexpected %s, want ',' or '}'", p.describe())
		}
	}
}

func (p *parser) array(v *Value, depth int) error {
	v.Kind = Array
	v.Arr = []*Value{}
	p.pos++ // [
	p.skipSpace()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		return nil
	}
	for {
		el, err := p.value(depth + 1)
		if err != nil {
			return err
		}
		v.Arr = append(v.Arr, el)
		p.skipSpace()
		if p.pos >= len(p.data) {
			return p.errf("unexpected end of input, want ',' or ']'")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
			p.skipSpace()
		case ']':
			p.pos++
			return nil
		default:
			return p.errf("unexpected %s, want ',' or ']'", p.describe())
		}
	}
}

func (p *parser) number() (string, error) {
	start := p.pos
	if p.data[p.pos] == '-' {
		p.pos++
	}
	digits := func() int {
		n := 0
		for p.pos < len(p.data) && p.data[p.pos] >= '0' && p.data[p.pos] <= '9' {
			p.pos++
			n++
		}
		return n
	}
	if p.pos < len(p.data) && p.data[p.pos] == '0' {
		p.pos++
	} else if digits() == 0 {
		return "", p.errf("malformed number")
	}
	if p.pos < len(p.data) && p.data[p.pos] == '.' {
		p.pos++
		if digits() == 0 {
			return "", p.errf("malformed number: no digits after '.'")
		}
	}
	if p.pos < len(p.data) && (p.data[p.pos] == 'e' || p.data[p.pos] == 'E') {
		p.pos++
		if p.pos < len(p.data) && (p.data[p.pos] == '+' || p.data[p.pos] == '-') {
			p.pos++
		}
		if digits() == 0 {
			return "", p.errf("malformed number: no digits in exponent")
		}
	}
	return string(p.data[start:p.pos]), nil
}

func (p *parser) str() (string, error) {
	p.pos++ // opening quote
	start := p.pos
	// Fast path: no escapes.
	for p.pos < len(p.data) {
		c := p.data[p.pos]
		if c == '"' {
			s := p.data[start:p.pos]
			p.pos++
			if !utf8.Valid(s) {
				return "", p.errf("string is not valid UTF-8")
			}
			return string(s), nil
		}
		if c == '\\' || c < 0x20 {
			break
		}
		p.pos++
	}
	buf := append([]byte(nil), p.data[start:p.pos]...)
	for p.pos < len(p.data) {
		c := p.data[p.pos]
		switch {
		case c == '"':
			p.pos++
			if !utf8.Valid(buf) {
				return "", p.errf("string is not valid UTF-8")
			}
			return string(buf), nil
		case c < 0x20:
			return "", p.errf("control character %#02x in string", c)
		case c == '\\':
			p.pos++
			if p.pos >= len(p.data) {
				return "", p.errf("unexpected end of input in string escape")
			}
			e := p.data[p.pos]
			p.pos++
			switch e {
			case '"', '\\', '/':
				buf = append(buf, e)
			case 'b':
				buf = append(buf, '\b')
			case 'f':
				buf = append(buf, '\f')
			case 'n':
				buf = append(buf, '\n')
			case 'r':
				buf = append(buf, '\r')
			case 't':
				buf = append(buf, '\t')
			case 'u':
				r, err := p.hex4()
				if err != nil {
					return "", err
				}
				if utf16.IsSurrogate(r) {
					r2 := rune(-1)
					if bytes.HasPrefix(p.data[p.pos:], []byte(`\u`)) {
						save := p.pos
						p.pos += 2
						if r2, err = p.hex4(); err != nil {
							return "", err
						}
						if utf16.DecodeRune(r, r2) == utf8.RuneError {
							p.pos = save
							r2 = -1
						}
					}
					r = utf16.DecodeRune(r, r2)
				}
				buf = utf8.AppendRune(buf, r)
			default:
				return "", p.errf("invalid escape '\\%c' in string", e)
			}
		default:
			buf = append(buf, c)
			p.pos++
		}
	}
	return "", p.errf("unexpected end of input in string")
}

func (p *parser) hex4() (rune, error) {
	if p.pos+4 > len(p.data) {
		return 0, p.errf("unexpected end of input in \\u escape")
	}
	n, err := strconv.ParseUint(string(p.data[p.pos:p.pos+4]), 16, 32)
	if err != nil {
		return 0, p.errf("invalid \\u escape")
	}
	p.pos += 4
	return rune(n), nil
}
