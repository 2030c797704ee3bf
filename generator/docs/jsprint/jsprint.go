// Package jsprint prints the JavaScript examples of GruCloud docs pages exactly as
// prettier 2.8.8 formats them with its default options (printWidth 80, two-space
// indentation, double quotes, es5 trailing commas, semicolons, arrowParens
// "always", bracketSpacing).
//
// GruCloud wrote each example as compact source text, JSON.stringify of the example
// body inside an exports.createResources program, and ran prettier.format on it with
// the babel parser. This package builds the same prettier document (with the
// pretty package) directly from the JSON tree, so it applies the rules that matter
// for such input: keys unquoted when quoteProps "as-needed" allows, strings in the
// quote that needs fewer escapes, numbers as JSON.stringify writes them and
// prettier normalizes them, arrays of numbers filled, arrays of several
// multi-entry objects always broken, values moved after "key:" onto their own line
// when they do not fit (the assignment layouts), and nothing of the source layout
// preserved, since compact source has no newlines to preserve.
package jsprint

import (
	"github.com/armgen/armgen/generator/docs/pretty"
	"github.com/armgen/armgen/generator/jsonv"
)

// Resource is one GruCloud example resource.
type Resource struct {
	// Type and Group are the GruCloud resource type and group ("PacketCapture", "Network").
	Type, Group string
	// Name is the example's resource name; GruCloud uses "my" + Type.
	Name string
	// Properties is the example request body. Nil omits the properties arrow, as
	// GruCloud does when the example has no body.
	Properties *jsonv.Value
	// Dependencies are the entries of the dependencies arrow, in order. Empty omits it.
	Dependencies []Dependency
}

// Dependency is one "key: value" entry of a resource's dependencies.
type Dependency struct {
	// Key is the dependency name, a JavaScript identifier such as "resourceGroup".
	Key string
	// Values are the referenced resource names. Unless List is set there must be
	// exactly one, printed as a string; with List they print as an array.
	Values []string
	// List prints Values as an array.
	List bool
}

// CreateResourcesProgram returns, with its final newline, the program prettier 2.8.8
// prints for GruCloud's source text
//
//	exports.createResources = () => [{ type: "T", group: "G", name: "N",
//	  properties: () => (<JSON.stringify(Properties)>),
//	  dependencies: ({}) => ({<key>: "<value>", <key>: ["<value>"]})}]
//
// A docs page puts it between "```js\n" and "\n```", which is where the blank line
// before the closing fence comes from.
func CreateResourcesProgram(r Resource) string {
	b := &builder{}
	props := []pretty.Doc{
		b.property("type", b.str(r.Type)),
		b.property("group", b.str(r.Group)),
		b.property("name", b.str(r.Name)),
	}
	if r.Properties != nil {
		props = append(props, b.property("properties", b.arrow("()", b.value(r.Properties))))
	}
	if len(r.Dependencies) > 0 {
		deps := make([]pretty.Doc, len(r.Dependencies))
		for i, d := range r.Dependencies {
			deps[i] = b.property(keyText(d.Key), b.dependencyValue(d))
		}
		props = append(props, b.property("dependencies", b.arrow("({})", b.object(deps))))
	}
	resources := b.array([]expr{b.object(props)})
	return b.statement("exports.createResources", b.arrow("()", resources))
}

// FormatExports returns, with its final newline, the program prettier 2.8.8 prints
// for the source text "module.exports = <JSON.stringify(v)>;". It exposes the value
// printer of CreateResourcesProgram for any JSON value.
func FormatExports(v *jsonv.Value) string {
	b := &builder{}
	return b.statement("module.exports", b.value(v))
}

// statement prints "left = right;" as a whole program.
func (b *builder) statement(left string, right expr) string {
	doc := pretty.Cat(b.assignment(pretty.Text(left), " =", right, false), pretty.Text(";"), pretty.Hardline())
	return pretty.Print(doc, pretty.DefaultOptions())
}

func (b *builder) str(s string) expr {
	return expr{doc: pretty.Text(QuoteString(s)), kind: kindString}
}

func (b *builder) dependencyValue(d Dependency) expr {
	if !d.List {
		v := ""
		if len(d.Values) > 0 {
			v = d.Values[0]
		}
		return b.str(v)
	}
	elems := make([]expr, len(d.Values))
	for i, v := range d.Values {
		elems[i] = b.str(v)
	}
	return b.array(elems)
}
