package load

import (
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/armgen/armgen/generator/jsonv"
)

// Diagnostic is one problem found in the input, located by file and JSON pointer.
type Diagnostic struct {
	// File is the file's path relative to the spec root, with forward slashes.
	File string
	// Pointer is an RFC 6901 JSON pointer into File ("" for the whole file).
	Pointer string
	// Line is the 1-based line of the value in File, 0 when unknown.
	Line int
	// Msg says what is wrong and, where it can, what to do.
	Msg string
	// Kind names the kind of a warning (one of the Warn* constants), so that a big run
	// can count its warnings by kind; errors leave it empty.
	Kind string
	// readErr is the file system's error when File could not be read at all (missing, a
	// name too long, a folder), so that a $ref naming it can be blamed instead.
	readErr error
}

// missing reports whether the diagnostic is a file that does not exist.
func (d *Diagnostic) missing() bool { return errors.Is(d.readErr, fs.ErrNotExist) }

// Kinds of warnings. Every warning carries one; the command line counts them by kind.
const (
	// WarnMissingExample: an x-ms-examples entry names a file that does not exist.
	WarnMissingExample = "missing-example"
	// WarnBrokenExample: an x-ms-examples entry names a file that is not an example: not
	// JSON (invalid UTF-8, a syntax error, merge-conflict markers), or without "parameters"
	// and "responses" objects. The example is skipped, as a missing one is.
	WarnBrokenExample = "broken-example"
	// WarnPageable: x-ms-pageable names a property its response model does not have, or
	// the response is not an object; the warning says what the client does instead.
	WarnPageable = "pageable"
	// WarnSecurity: a security requirement the generated clients do not honour.
	WarnSecurity = "security"
	// WarnExampleLeftOut: an example whose values do not fit the generated types is left
	// out of the example tests.
	WarnExampleLeftOut = "example-left-out"
	// WarnPatternNotChecked: a pattern Go's regexp cannot compile (ECMA-262 lookaround) is
	// not checked by the generated validators.
	WarnPatternNotChecked = "pattern-not-checked"
	// WarnRecursiveType: a definition that is an array holds itself with no model in
	// between; where it recurs, its values are of type any.
	WarnRecursiveType = "recursive-type"
	// WarnReadmeKeys: keys of an AutoRest readme.md's applicable yaml blocks that armgen
	// does not act on (directive, suppressions, ...), listed once.
	WarnReadmeKeys = "readme-keys"
)

// String renders the diagnostic as "file#/pointer: message (line N)".
func (d Diagnostic) String() string {
	var b strings.Builder
	b.WriteString(oneLine.Replace(d.File))
	b.WriteString("#")
	b.WriteString(oneLine.Replace(d.Pointer))
	b.WriteString(": ")
	b.WriteString(oneLine.Replace(d.Msg))
	if d.Line > 0 {
		fmt.Fprintf(&b, " (line %d)", d.Line)
	}
	return b.String()
}

// oneLine keeps a diagnostic on its line: a file name, key or text quoted from a spec may
// hold line breaks, which are written as Go writes them in a string (\n, \r).
var oneLine = strings.NewReplacer("\n", `\n`, "\r", `\r`)

// Errors is a list of diagnostics that stopped a run. Its Error method prints one per line.
type Errors []Diagnostic

// Error implements error.
func (e Errors) Error() string {
	lines := make([]string, len(e))
	for i, d := range e {
		lines[i] = d.String()
	}
	return strings.Join(lines, "\n")
}

// Sort orders the diagnostics by file, line and pointer so that output is stable.
func (e Errors) Sort() {
	sort.SliceStable(e, func(i, j int) bool {
		a, b := e[i], e[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Pointer < b.Pointer
	})
}

// Pointer joins reference tokens into a JSON pointer, escaping each.
func Pointer(tokens ...string) string {
	var b strings.Builder
	for _, t := range tokens {
		b.WriteByte('/')
		b.WriteString(jsonv.EscapeToken(t))
	}
	return b.String()
}
