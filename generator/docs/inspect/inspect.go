// Package inspect prints a JSON tree exactly as Node.js 20's util.inspect prints the
// value that JSON.parse makes of it.
//
// GruCloud's docs pages show each resource's Swagger schema as
// util.inspect(schema, { depth: 24 }) output; Inspect reproduces that text byte for
// byte. The algorithm follows lib/internal/util/inspect.js of Node v20: each object or
// array is formatted bottom-up into a list of entries, which reduceToSingleString
// either joins on one line (when the object is among the innermost `compact` levels
// and the entries fit in `breakLength`) or puts one per line; arrays of more than six
// entries are first grouped into aligned columns (groupArrayElements). Node 20
// never splits a long string by length; a string longer than the line allows is
// split only after each of its newlines, into quoted pieces joined by " +". Only the
// value kinds that JSON can produce are handled: null, booleans, numbers, strings,
// arrays and plain objects.
package inspect

import (
	"strconv"
	"strings"

	"github.com/armgen/armgen/generator/jsonv"
)

// Options are the util.inspect options that matter for JSON values.
// Start from DefaultOptions: the zero Options is not Node's default.
type Options struct {
	// Depth is how many levels of nesting are shown before an object prints as
	// [Object] and an array as [Array]; negative means unlimited (Node's null).
	Depth int
	// BreakLength is the length at which entries are split across lines.
	BreakLength int
	// Compact is Node's numeric compact option: the innermost Compact levels are
	// joined on one line when they fit. Zero behaves like compact: false.
	Compact int
	// MaxArrayLength is how many array elements are shown before
	// "... n more items"; negative means unlimited.
	MaxArrayLength int
	// MaxStringLength is how many UTF-16 code units of a string are shown before
	// "... n more characters"; negative means unlimited.
	MaxStringLength int
}

// DefaultOptions returns the options GruCloud used: Node's defaults with depth 24.
func DefaultOptions() Options {
	return Options{Depth: 24, BreakLength: 80, Compact: 3, MaxArrayLength: 100, MaxStringLength: 10000}
}

// Inspect returns util.inspect(JSON.parse(v), opts) as Node v20 prints it, without
// colors. A nil v prints as undefined.
func Inspect(v *jsonv.Value, opts Options) string {
	if v == nil {
		return "undefined"
	}
	c := &ctx{opts: opts, budget: map[int]int{}}
	return c.formatValue(v, 0)
}

// ctx is the state of one Inspect call, Node's ctx object.
type ctx struct {
	opts           Options
	indentationLvl int
	// currentDepth is the depth of the object most recently entered, which
	// reduceToSingleString compares with the depth of the object being reduced.
	currentDepth int
	// budget is the output length per indentation level; past 2^27 Node stops
	// descending into objects (depthExhausted).
	budget         map[int]int
	depthExhausted bool
}

const (
	kindObject = iota // Node's kObjectType
	kindArray         // Node's kArrayExtrasType
)

func (c *ctx) beyondDepth(recurseTimes int) bool {
	if c.depthExhausted {
		return true
	}
	return c.opts.Depth >= 0 && recurseTimes > c.opts.Depth
}

func (c *ctx) formatValue(v *jsonv.Value, recurseTimes int) string {
	switch v.Kind {
	case jsonv.Null:
		return "null"
	case jsonv.Bool:
		return strconv.FormatBool(v.Bool)
	case jsonv.Number:
		return formatNumber(JSNumber(v.Num))
	case jsonv.String:
		return c.formatString(v.Str)
	case jsonv.Array:
		if len(v.Arr) == 0 {
			return "[]"
		}
		if c.beyondDepth(recurseTimes) {
			return "[Array]"
		}
		recurseTimes++
		c.currentDepth = recurseTimes
		output := c.formatArray(v.Arr, recurseTimes)
		return c.finish(c.reduceToSingleString(output, "[", "]", kindArray, recurseTimes, v.Arr))
	case jsonv.Object:
		members := PropertyOrder(v.Obj)
		if len(members) == 0 {
			return "{}"
		}
		if c.beyondDepth(recurseTimes) {
			return "[Object]"
		}
		recurseTimes++
		c.currentDepth = recurseTimes
		output := make([]string, 0, len(members))
		for _, m := range members {
			c.indentationLvl += 2
			str := c.formatValue(m.Value, recurseTimes)
			c.indentationLvl -= 2
			output = append(output, formatKey(m.Key)+": "+str)
		}
		return c.finish(c.reduceToSingleString(output, "{", "}", kindObject, recurseTimes, nil))
	}
	return "undefined"
}

// finish accounts res in the output budget, as formatRaw does.
func (c *ctx) finish(res string) string {
	n := c.budget[c.indentationLvl] + UTF16Len(res)
	c.budget[c.indentationLvl] = n
	if n > 1<<27 {
		c.depthExhausted = true
	}
	return res
}

func (c *ctx) formatArray(arr []*jsonv.Value, recurseTimes int) []string {
	n := len(arr)
	if c.opts.MaxArrayLength >= 0 && c.opts.MaxArrayLength < n {
		n = c.opts.MaxArrayLength
	}
	output := make([]string, 0, n+1)
	for _, e := range arr[:n] {
		c.indentationLvl += 2
		output = append(output, c.formatValue(e, recurseTimes))
		c.indentationLvl -= 2
	}
	if remaining := len(arr) - n; remaining > 0 {
		output = append(output, "... "+strconv.Itoa(remaining)+" more item"+plural(remaining))
	}
	return output
}

func plural(n int) string {
	if n > 1 {
		return "s"
	}
	return ""
}

// formatNumber prints a double as Node does: String(n), except -0.
func formatNumber(f float64) string {
	if f == 0 && 1/f < 0 {
		return "-0"
	}
	return NumberToString(f)
}

// reduceToSingleString joins the entries of one object or array.
func (c *ctx) reduceToSingleString(output []string, open, close string, kind, recurseTimes int, arr []*jsonv.Value) string {
	if c.opts.Compact >= 1 {
		entries := len(output)
		if kind == kindArray && entries > 6 {
			output = c.groupArrayElements(output, arr)
		}
		if c.currentDepth-recurseTimes < c.opts.Compact && entries == len(output) {
			start := len(output) + c.indentationLvl + len(open) + 10
			if c.isBelowBreakLength(output, start) {
				joined := strings.Join(output, ", ")
				if !strings.Contains(joined, "\n") {
					return open + " " + joined + " " + close
				}
			}
		}
	}
	indentation := "\n" + strings.Repeat(" ", c.indentationLvl)
	return open + indentation + "  " + strings.Join(output, ","+indentation+"  ") + indentation + close
}

// isBelowBreakLength reports whether the entries, with a comma and a space each and
// start columns before them, fit in BreakLength, counting UTF-16 code units.
func (c *ctx) isBelowBreakLength(output []string, start int) bool {
	total := len(output) + start
	if total+len(output) > c.opts.BreakLength {
		return false
	}
	for _, s := range output {
		total += UTF16Len(s)
		if total > c.opts.BreakLength {
			return false
		}
	}
	return true
}
