package validation

import (
	"strconv"
	"strings"
)

// segKind says what one Path segment is.
type segKind uint8

const (
	segRoot segKind = iota
	segField
	segIndex
	segKey
)

// Path is the location of a value inside the payload being validated, such as
// properties.filters[0].localPort. It is a small value type: each segment holds a
// pointer to its parent segment on the caller's stack, so building a path while
// walking a valid payload allocates nothing. The path is rendered to a string
// only when an error is recorded.
//
// The zero Path is the unnamed root: its fields render as "name", not ".name".
// A Path must not be kept after the call that received it returns; the Errors
// methods copy what they need.
type Path struct {
	parent *Path
	name   string // field name, map key or root name
	index  int    // element index for segIndex
	kind   segKind
}

// Root returns a root Path with a name, such as "parameters" for an operation's
// body parameter; its fields render as "parameters.name".
func Root(name string) Path {
	return Path{name: name}
}

// Field returns the path of the property with the JSON name name inside p.
func (p Path) Field(name string) Path {
	return Path{parent: &p, name: name, kind: segField}
}

// Index returns the path of element i of the array at p.
func (p Path) Index(i int) Path {
	return Path{parent: &p, index: i, kind: segIndex}
}

// Key returns the path of the value stored under key k in the map (JSON
// object with additionalProperties) at p.
func (p Path) Key(k string) Path {
	return Path{parent: &p, name: k, kind: segKey}
}

// String renders p, such as properties.filters[0].localPort or tags["a b"].
// The unnamed root renders as "".
func (p Path) String() string {
	var b strings.Builder
	b.Grow(p.size())
	p.writeTo(&b)
	return b.String()
}

// size returns about how many bytes String needs, so that it allocates once.
func (p *Path) size() int {
	n := 0
	for q := p; q != nil; q = q.parent {
		switch q.kind {
		case segIndex:
			n += 2 + 20
		case segKey:
			n += 4 + len(q.name)
		default:
			n += 1 + len(q.name)
		}
	}
	return n
}

// writeTo writes the rendering of p to b.
func (p *Path) writeTo(b *strings.Builder) {
	if p.parent != nil {
		p.parent.writeTo(b)
	}
	switch p.kind {
	case segRoot:
		b.WriteString(p.name)
	case segField:
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(p.name)
	case segIndex:
		var buf [24]byte
		b.WriteByte('[')
		b.Write(strconv.AppendInt(buf[:0], int64(p.index), 10))
		b.WriteByte(']')
	case segKey:
		if !isIdentifier(p.name) {
			b.WriteByte('[')
			b.WriteString(strconv.Quote(p.name))
			b.WriteByte(']')
			return
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(p.name)
	}
}

// isIdentifier reports whether s can be written after a dot in a path: ASCII
// letters, digits, '_' and '-', not starting with a digit.
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_', c == '$':
		case (c >= '0' && c <= '9') || c == '-':
			if i == 0 {
				return false
			}
		default:
			return false
		}
	}
	return true
}
