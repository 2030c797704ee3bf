// Package rules loads a rules file (format: specs/rules/README.md), checks it strictly and
// attaches what it says to the IR: prose rules to fields (ir.Constraints.Rules, and
// Constraints.Elem.Rules for "name[]"), object rules to models (ir.Model.ObjectRules) and
// dependencies to fields (ir.Field.DependsOn).
//
// The rules themselves live in runtime/validation: a rule name must be one of
// validation.Rules(), and its RuleInfo says where it may be attached, which arguments it
// takes and which Go types its values may have. Every problem is reported, each as one
// load.Diagnostic naming the rules file and the JSON pointer in it.
package rules

import (
	"fmt"
	"os"

	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/load"
	"github.com/armgen/armgen/runtime/validation"
)

// File is a parsed rules file whose structure, rule names, kinds and arguments have been
// checked; Apply checks the rest against a spec's IR.
type File struct {
	name  string
	defs  []definition
	deps  []dependency
	diags diagnostics
}

// definition is the entry of one spec definition.
type definition struct {
	name   string
	ptr    string
	line   int
	props  []property
	object []objectRule
}

// property is the rule list of one property ("name") or of its items ("name[]").
type property struct {
	name  string
	items bool
	ptr   string
	line  int
	rules []rule
}

// rule is one reference to a rule of validation.Rules.
type rule struct {
	info validation.RuleInfo
	args []*jsonv.Value
	ptr  string
	line int
}

// objectRule is a rule about a whole object with the properties that feed its params.
type objectRule struct {
	rule
	params []param
}

// param is the property, or dotted path, that feeds one param of an object rule.
type param struct {
	path string
	line int
}

// dependency is one entry of "dependencies".
type dependency struct {
	def, prop                string
	ptr                      string
	line                     int
	group, typ, resourceType string
}

// Load reads and parses the rules file at path (see Parse).
func Load(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("rules file: %w (check the --rules path)", err)
	}
	return Parse(path, data)
}

// Parse parses a rules file's content; name is how errors call the file. It returns a
// load.Errors listing every problem it finds.
func Parse(name string, data []byte) (*File, error) {
	f := &File{name: name, diags: diagnostics{file: name}}
	root, err := jsonv.Parse(data)
	if err != nil {
		f.diags.add("", 0, "not valid JSON: %v", err)
		return nil, f.diags.err()
	}
	f.parseRoot(root)
	if err := f.diags.err(); err != nil {
		return nil, err
	}
	return f, nil
}

// diagnostics collects the problems of one rules file.
type diagnostics struct {
	file string
	list load.Errors
}

func (d *diagnostics) add(ptr string, line int, format string, args ...any) {
	d.list = append(d.list, load.Diagnostic{File: d.file, Pointer: ptr, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// err returns the problems, sorted, as a load.Errors, or nil.
func (d *diagnostics) err() error {
	if len(d.list) == 0 {
		return nil
	}
	d.list.Sort()
	return d.list
}
